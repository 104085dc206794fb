/*
 * bpf_load.c - loading the BPF task iterator: the light skeleton, the
 * fallback for kernels without bpf_rdonly_cast(), and why a load fails.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <linux/bpf.h>
#include <linux/capability.h>

#include "lib/bpf/bpf_pin.h"
#include "lib/bpf/bpf_priv.h"
#include "lib/bpf/task_iter.lskel.h"
#include "lib/system/sys_facts.h"

/*
 * The bpf() calls tdps makes itself: the light skeleton does the
 * loading with its own syscall wrappers, so tdps does not link libbpf
 * (nor libelf and libz), which cost every run, /proc ones too, some
 * milliseconds of dynamic linking.  They are bpf_sys_*, not libbpf's
 * bpf_iter_create() and bpf_obj_pin(), which the light skeleton's header
 * declares and which libbpf, if ever linked, would define.
 */
static int sys_bpf(enum bpf_cmd cmd, union bpf_attr *attr)
{
	return (int)syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

int bpf_sys_iter_create(int link_fd)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.iter_create.link_fd = link_fd;
	return sys_bpf(BPF_ITER_CREATE, &attr);
}

int bpf_sys_obj_pin(int fd, const char *path)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.pathname = (unsigned long)path;
	attr.bpf_fd = fd;
	return sys_bpf(BPF_OBJ_PIN, &attr);
}

/* the possible CPUs: /sys/devices/system/cpu/possible, "0-7" or "0,2-5" */
static int possible_cpus(void)
{
	char buf[256], *p;
	long a, b;
	int n = 0;

	if (sys_read_file(AT_FDCWD, "/sys/devices/system/cpu/possible", buf,
			  sizeof(buf)) <= 0)
		return -1;
	for (p = buf; *p && *p != '\n';) {
		a = strtol(p, &p, 10);
		b = a;
		if (*p == '-')
			b = strtol(p + 1, &p, 10);
		if (b < a)
			return -1;
		n = (int)(b + 1);	/* ids run from 0: the highest + 1 */
		if (*p == ',')
			p++;
		else if (*p && *p != '\n')
			return -1;
	}
	return n > 0 ? n : -1;
}


/* may this process load tracing programs?  (CAP_BPF + CAP_PERFMON) */
static int may_load(void)
{
	struct __user_cap_header_struct h = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct d[2];
	uint64_t eff;

	if (syscall(SYS_capget, &h, d) < 0)
		return 0;
	eff = (uint64_t)d[1].effective << 32 | d[0].effective;
#define HAS(c) ((eff >> (c)) & 1)
	/* 38 CAP_PERFMON and 39 CAP_BPF are newer than some headers */
	return (HAS(39) || HAS(CAP_SYS_ADMIN)) &&
	       (HAS(38) || HAS(CAP_SYS_ADMIN));
#undef HAS
}

/* the running kernel's version as major * 1000 + minor, or 0 */
static int kernel_version(void)
{
	struct utsname u;
	int major = 0, minor = 0;

	if (uname(&u) < 0 || sscanf(u.release, "%d.%d", &major, &minor) != 2)
		return 0;
	return major * 1000 + minor;
}

/* this process's RssAnon in KiB, from /proc/self/status; -1 */
static long rss_anon_kb(void)
{
	static char buf[4096];
	char path[256];
	const char *p;
	long n;

	snprintf(path, sizeof(path), "%s/self/status", sys_proc_root());
	n = sys_read_file(AT_FDCWD, path, buf, sizeof(buf) - 1);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strstr(buf, "\nRssAnon:");
	return p ? strtol(p + 9, NULL, 10) : -1;
}

/*
 * Do status and statm sum the mm's per-CPU rss counters?  Linux 6.16
 * made them (get_mm_counter_sum(), "mm: fix the inaccurate memory
 * statistics issue for users"), and stable kernels took the change
 * (6.12.39: Debian 13's 6.12 sums, 6.12.38 did not); stat's rss still
 * reads the shared count.  It is fs/proc's code, which no BTF shows, so
 * ask /proc: fault in 16 pages of fresh anonymous memory and see what
 * RssAnon says.  A per-CPU counter adds its CPU's part into the shared
 * count only when that part reaches the batch (32 or more), so the shared
 * count moves by 0 or by at least 32 pages: 16 exactly is a sum.  Asked
 * before any other thread of ours runs; a move that is neither (memory
 * of ours faulted meanwhile) asks again, twice, then the version decides.
 * Next to nothing beside a load (doc/bpf.md, "Kernels", has its time).
 */
int bpf_proc_sums_rss(void)
{
	const long pages = 16, page = sysconf(_SC_PAGESIZE);
	long before, after, kb = pages * page / 1024;
	int tries, i;
	char *p;

	if (page <= 0 || rss_anon_kb() < 0)	/* also faults in the buffer */
		goto by_version;
	for (tries = 0; tries < 3; tries++) {
		p = mmap(NULL, pages * page, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			break;
		madvise(p, pages * page, MADV_NOHUGEPAGE);
		before = rss_anon_kb();
		for (i = 0; i < pages; i++)
			((volatile char *)p)[i * page] = 1;
		after = rss_anon_kb();
		munmap(p, pages * page);
		if (before < 0 || after < 0)
			break;
		if (after - before == kb)
			return 1;
		if (after == before || after - before >= 2 * kb)
			return 0;
	}
by_version:
	return kernel_version() >= 6016;
}

/* the lockdown mode when it keeps BPF from reading the kernel, or NULL */
static const char *locked_down(void)
{
	static char buf[128];

	if (sys_read_file(AT_FDCWD, "/sys/kernel/security/lockdown", buf,
			  sizeof(buf) - 1) <= 0)
		return NULL;
	return strstr(buf, "[confidentiality]") ? "confidentiality" : NULL;
}

/*
 * Why a load failed, in words, for --source=bpf and --bpf-pin: what the
 * system says (rights, lockdown, BTF, an old kernel) before the errno.
 */
static char load_why[200];

/*
 * What keeps any load from working here (rights, lockdown, no BTF), in
 * load_why: 1, else 0.  auto asks before it loads; a failed load, after.
 */
static int load_blocked(void)
{
	const char *ld = locked_down();

	if (!may_load())
		snprintf(load_why, sizeof(load_why),
			 "no right to load BPF programs (CAP_BPF and CAP_PERFMON, "
			 "or CAP_SYS_ADMIN)");
	else if (ld)
		snprintf(load_why, sizeof(load_why),
			 "the kernel is locked down (%s), which lets no BPF "
			 "program read kernel memory", ld);
	else if (access("/sys/kernel/btf/vmlinux", R_OK) != 0)
		snprintf(load_why, sizeof(load_why),
			 "the kernel has no BTF (/sys/kernel/btf/vmlinux: "
			 "CONFIG_DEBUG_INFO_BTF), which the program needs");
	else
		return 0;
	return 1;
}

static void explain_load(int rc)
{
	int v = kernel_version();

	if (load_blocked())
		return;
	if (v && v < 6001)
		snprintf(load_why, sizeof(load_why),
			 "Linux %d.%d is older than 6.1, the oldest kernel the "
			 "program is made for", v / 1000, v % 1000);
	else
		snprintf(load_why, sizeof(load_why),
			 "the kernel refused the program (%s; TDPS_BPF_DEBUG=log "
			 "shows the verifier's log)", strerror(rc < 0 ? -rc : rc));
}

const char *bpf_load_why(void)
{
	return load_why;
}

void bpf_load_refuse(const char *why)
{
	snprintf(load_why, sizeof(load_why), "%s", why);
}

const char *bpf_load_blocker(void)
{
	return load_blocked() ? load_why : NULL;
}

/*
 * Load the program and make its link.  For a pin, public_only (and the
 * pin's readers say what they want with the open() flags); for this
 * run, the groups and whether it wants threads go into its writable
 * globals before each iterator is made.  @cast: with bpf_rdonly_cast().
 */
static int load_once(struct bpf_state *s, int for_pin, uint64_t groups,
		     int cast)
{
	static char vlog[1 << 20];
	const char *dbg = s->config->bpf_debug;
	int rc;

	s->skel = task_iter__open();
	if (!s->skel)
		return errno ? -errno : -ENOMEM;
	s->skel->rodata->have_rdonly_cast = cast;
	s->skel->rodata->public_only = for_pin;
	s->skel->rodata->open_threads = PIN_OPEN_THREADS;
	s->skel->rodata->open_stat = PIN_OPEN_STAT;
	s->skel->rodata->open_statm = PIN_OPEN_STATM;
	s->skel->rodata->open_ids_only = PIN_OPEN_IDS_ONLY;
	if (s->rss_sum < 0)
		s->rss_sum = bpf_proc_sums_rss();
	s->skel->rodata->rss_percpu_sum = s->rss_sum;
	rc = possible_cpus();
	s->skel->rodata->nr_cpus = rc > 0 ? rc : 1;
	s->skel->rodata->load_groups = for_pin ? 0 : groups;
	s->load_show = for_pin ? 0 : groups;
	/*
	 * bpf_debug (TDPS_BPF_DEBUG) "stats": the verifier's statistics;
	 * "log": the end of its log (what it refused)
	 */
	if (dbg && (!strcmp(dbg, "stats") || !strcmp(dbg, "log"))) {
		vlog[0] = '\0';
		s->skel->ctx.log_level = !strcmp(dbg, "log") ? 1 : 4;
		s->skel->ctx.log_buf = (long)vlog;
		s->skel->ctx.log_size = sizeof(vlog);
	}
	rc = task_iter__load(s->skel);
	if (dbg && !strcmp(dbg, "stats"))
		fprintf(stderr, "%s", vlog);
	if (dbg && !strcmp(dbg, "log")) {
		size_t n = strnlen(vlog, sizeof(vlog));

		fprintf(stderr, "tdps: the verifier's log (with%s bpf_rdonly_cast), "
			"its end:\n%s\n", cast ? "" : "out",
			vlog + (n > 4000 ? n - 4000 : 0));
	}
	if (rc)
		return rc < 0 ? rc : -EINVAL;
	rc = task_iter__procs__attach(s->skel);
	return rc < 0 ? rc : 0;
}

/*
 * With bpf_rdonly_cast() (6.2 and later), else without (6.1): a kernel
 * without the kfunc refuses the first load (the weak kfunc's call is
 * live), and the program is loaded again with the call in dead code.
 * No right to load: no second try.  A failure leaves its reason in
 * load_why.  The config's bpf_no_cast (TDPS_BPF_NO_CAST) loads without
 * the kfunc anywhere (for tests and measurements).
 */
int bpf_load(struct bpf_state *s, int for_pin, uint64_t groups)
{
	int rc, rc2;

	load_why[0] = '\0';
	/* bpf_no_cast: 6.1's way on any kernel, to compare */
	rc = -ENOENT;
	if (!s->config->bpf_no_cast)
		rc = load_once(s, for_pin, groups, 1);
	if (rc == 0)
		return 0;
	if (s->skel) {
		task_iter__destroy(s->skel);
		s->skel = NULL;
	}
	if (rc != -EPERM) {
		rc2 = load_once(s, for_pin, groups, 0);
		if (rc2 == 0) {
			s->no_cast = 1;
			return 0;
		}
		if (s->skel) {
			task_iter__destroy(s->skel);
			s->skel = NULL;
		}
	}
	explain_load(rc);
	return rc;
}

