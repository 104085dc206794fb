/*
 * fields.c - the format specifier table and its printers.
 *
 * Printers write the bare value into out (OUTBUF_SIZE bytes) and return
 * its width in cells; padding and truncation belong to the layout code.
 * The values and their quirks are procps-ng 4.0.2's.
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <sys/resource.h>
#include <time.h>

#include "lib/escape.h"
#include "lib/fields.h"
#include "lib/names.h"
#include "lib/sd.h"
#include "lib/sys.h"
#include "lib/tty.h"

#define COLWID 240


static int emit(char *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int emit(char *out, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(out, COLWID, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if (n >= COLWID)
		n = COLWID - 1;
	return n;
}

int field_print_nop(char *out, const struct task *t, const struct pctx *c)
{
	return emit(out, "-");
}

/* ---- derived values ---- */

static unsigned long long tics_all(const struct task *t, bool children)
{
	unsigned long long v = t->utime + t->stime;

	return children ? v + t->cutime + t->cstime : v;
}

/* ticks since boot at scan time, as procps's library truncates it */
static unsigned long long boot_tics(void)
{
	return (unsigned long long)(sys_uptime() * sys_hz());
}

/* seconds since the task started (procps's TIME_ELAPSED) */
static double elapsed(const struct task *t)
{
	double d = (double)boot_tics() - (double)t->start_time;

	return d > 0 ? d / sys_hz() : 0;
}

static double utilization(const struct task *t, bool children)
{
	double d = (double)boot_tics() - (double)t->start_time;
	float used = (float)tics_all(t, children) * 100.0f;

	return d > 0 ? used / d : 0;
}

static unsigned per_mill_cpu(const struct task *t, const struct pctx *c)
{
	unsigned long long jiffies = (unsigned long long)(elapsed(t) * sys_hz());

	return jiffies ? (unsigned)(tics_all(t, c->dead_children) * 1000ULL / jiffies) : 0;
}

static time_t start_epoch(const struct task *t)
{
	return (time_t)(sys_boot_time() + t->start_time / sys_hz());
}

/* a thread other than the leader reports its own pending set */
static uint64_t pending_set(const struct task *t)
{
	return t->nonleader ? t->sigpnd : t->shdpnd;
}

size_t task_comm_text(const struct task *t, char *out, size_t size)
{
	return esc_read(out, size < 64 ? size : 64, t->comm);
}

/* procps's read_unvectored: NUL and newline become sep, trailing NULs go */
static size_t unvector(const struct tstr *raw, char *dst, size_t size, char sep)
{
	size_t n = raw->len, i;

	if (n >= size)
		n = size - 1;
	memcpy(dst, raw->s, n);
	if (n) {
		i = n;
		while (i && dst[i - 1] == '\0')
			i--;
		while (i--)
			if (dst[i] == '\n' || dst[i] == '\0')
				dst[i] = sep;
		if (dst[n - 1] == ' ')
			dst[n - 1] = '\0';
	}
	dst[n] = '\0';
	return n;
}

static char *scratch(void)
{
	static char *buf;

	if (!buf)
		buf = malloc(TASK_STR_MAX + 1);
	return buf;
}

/*
 * The text a printer builds before laying it out: allocated once, not
 * per row (128 KiB per row was an mmap and a munmap for every process).
 * Printers run on one thread, one at a time; the helpers they call use
 * scratch(), never this.
 */
static char *text_buf(void)
{
	static char *buf;

	if (!buf)
		buf = malloc(TASK_STR_MAX + 64);
	return buf;
}

size_t task_cmdline_text(const struct task *t, char *out, size_t size)
{
	char *tmp = scratch();
	char comm[64];
	size_t n = 0, room;
	int defunct = t->state == 'Z';

	if (!tmp || !size)
		return 0;
	if (t->cmdline.len && unvector(&t->cmdline, tmp, TASK_STR_MAX, ' ')) {
		n = esc_read(out, size, tmp);
	} else {
		/* "[comm]", and " <defunct>" for zombies */
		room = size - 2 - (defunct ? 10 : 0);
		if (2 + (defunct ? 10 : 0) + 1 < size) {
			task_comm_text(t, comm, sizeof(comm));
			out[n++] = '[';
			n += esc_read(out + n, room, comm);
			out[n++] = ']';
			if (defunct) {
				memcpy(out + n, " <defunct>", 10);
				n += 10;
			}
		}
		out[n] = '\0';
	}
	if (!n && size > 1) {
		strcpy(out, "?");
		n = 1;
	}
	return n;
}

static size_t environ_text(const struct task *t, char *out, size_t size)
{
	char *tmp = scratch();
	size_t n = 0;

	if (tmp && t->environ.len && unvector(&t->environ, tmp, TASK_STR_MAX, ' '))
		n = esc_read(out, size, tmp);
	if (!n) {
		strcpy(out, "-");
		n = 1;
	}
	return n;
}

/*
 * procps's cgroup text: the lines of /proc/PID/cgroup that are not a bare
 * root, escaped and joined by commas; "-" when there are none.
 */
static size_t cgroup_text(const struct task *t, char *out, size_t size)
{
	char *tmp = scratch();
	size_t n = 0, len, k;
	const char *p, *end;

	if (!tmp || size < 2)
		return 0;
	unvector(&t->cgroup, tmp, TASK_STR_MAX, '\0');
	len = t->cgroup.len < TASK_STR_MAX ? t->cgroup.len : TASK_STR_MAX - 1;
	out[0] = '\0';
	for (p = tmp, end = tmp + len; p < end; p += k) {
		k = 1;
		if (!*p)
			continue;
		k = strlen(p);
		if (p[k - 1] == '/')
			continue;
		if (size - n <= 1)
			break;
		if (n)
			out[n++] = ',';
		n += esc_read(out + n, size - n, p);
	}
	out[n] = '\0';
	if (!n) {
		strcpy(out, "-");
		n = 1;
	}
	return n;
}

static const char *cgname_of(const char *cg)
{
	const char *name = strstr(cg, ":name=");

	return name && name[6] ? name + 6 : cg;
}

/* ---- command and name columns ---- */

/* the tree prefix of forest output; returns bytes written */
static int forest_prefix(char *out, const struct pctx *c)
{
	const char *p = c->forest_prefix;
	int room = c->max_rightward < OUTBUF_SIZE ? c->max_rightward : OUTBUF_SIZE - 1;
	int step = c->forest_type == 'u' ? 2 : 4;
	char *q = out;

	*q = '\0';
	if (!p)
		return 0;
	for (; *p && room >= step; p++, q += step, room -= step) {
		if (step == 2)
			memcpy(q, "  ", 2);
		else if (*p == ' ')
			memcpy(q, "    ", 4);
		else if (*p == '|')
			memcpy(q, " |  ", 4);
		else
			memcpy(q, " \\_ ", 4);
	}
	*q = '\0';
	return q - out;
}

/* command text after the forest prefix, then the environment for BSD e */
static int print_command(char *out, const struct task *t, const struct pctx *c,
			 bool long_form)
{
	char *text = text_buf();
	int right = c->max_rightward, fh;
	char *end = out;

	if (!text)
		return 0;
	fh = forest_prefix(out, c);
	end += fh;
	right -= fh;
	if (long_form)
		task_cmdline_text(t, text, TASK_STR_MAX);
	else
		task_comm_text(t, text, 64);
	end += esc_print(end, OUTBUF_SIZE - (end - out), text, &right);
	if (c->bsd_e && right > 1) {
		environ_text(t, text, TASK_STR_MAX);
		if (strcmp(text, "-")) {
			*end++ = ' ';
			right--;
			esc_print(end, OUTBUF_SIZE - (end - out), text, &right);
		}
	}
	return c->max_rightward - right;
}

static int pr_args(char *out, const struct task *t, const struct pctx *c)
{
	return print_command(out, t, c, !c->bsd_c);
}

static int pr_comm(char *out, const struct task *t, const struct pctx *c)
{
	return print_command(out, t, c, c->unix_f);
}

static int pr_fname(char *out, const struct task *t, const struct pctx *c)
{
	char comm[64];
	int right = c->max_rightward, fh;

	fh = forest_prefix(out, c);
	right -= fh;
	if (right > 8)
		right = 8;
	task_comm_text(t, comm, sizeof(comm));
	esc_print(out + fh, OUTBUF_SIZE - fh, comm, &right);
	return c->max_rightward - right;
}

static int print_text(char *out, const char *s, const struct pctx *c)
{
	int right = c->max_rightward;

	esc_print(out, OUTBUF_SIZE, s, &right);
	return c->max_rightward - right;
}

static int pr_cgroup(char *out, const struct task *t, const struct pctx *c)
{
	char *text = text_buf();
	int n;

	if (!text)
		return 0;
	cgroup_text(t, text, TASK_STR_MAX);
	n = print_text(out, text, c);
	return n;
}

static int pr_cgname(char *out, const struct task *t, const struct pctx *c)
{
	char *text = text_buf();
	int n;

	if (!text)
		return 0;
	cgroup_text(t, text, TASK_STR_MAX);
	n = print_text(out, cgname_of(text), c);
	return n;
}

static int pr_exe(char *out, const struct task *t, const struct pctx *c)
{
	char text[4096 + 16];

	if (t->exe.len)
		esc_read(text, sizeof(text), t->exe.s);
	else
		strcpy(text, "-");
	return print_text(out, text, c);
}

static int pr_lxcname(char *out, const struct task *t, const struct pctx *c)
{
	static const char *const delims[] = { "lxc.payload.", "lxc.payload/", "lxc/" };
	char *buf = scratch(), *p = NULL, *q;
	size_t i, n;

	if (!buf)
		return emit(out, "-");
	n = t->cgroup.len < TASK_STR_MAX ? t->cgroup.len : TASK_STR_MAX;
	memcpy(buf, t->cgroup.s, n);
	buf[n] = '\0';
	for (i = 0; i < 3 && !p; i++)
		p = strstr(buf, delims[i]);
	if (!p)
		return emit(out, "-");
	i--;
	if ((q = strchr(p, '\n')))
		*q = '\0';
	do {
		q = p + strlen(delims[i]);
		p = strstr(q, delims[i]);
	} while (p);
	if ((p = strchr(q, '/')))
		*p = '\0';
	return emit(out, "%s", q);
}

static int pr_context(char *out, const struct task *t, const struct pctx *c)
{
	size_t len = 0, max = t->secctx.len;

	if (max > OUTBUF_SIZE - 1)
		max = OUTBUF_SIZE - 1;
	while (len < max && isprint((unsigned char)t->secctx.s[len]))
		len++;
	if (!len)
		return emit(out, "-");
	memcpy(out, t->secctx.s, len);
	out[len] = '\0';
	return len;
}

static int pr_wchan(char *out, const struct task *t, const struct pctx *c)
{
	size_t len = t->wchan_name.len;

	if (len > (size_t)c->max_rightward)
		len = c->max_rightward;
	memcpy(out, t->wchan_name.s, len);
	out[len] = '\0';
	return len;
}

static int pr_tty8(char *out, const struct task *t, const struct pctx *c)
{
	tty_name(out, 64, t->tty, t->tid, TTY_ABBREV_DEV);
	return strlen(out);
}

static int pr_tty4(char *out, const struct task *t, const struct pctx *c)
{
	tty_name(out, 64, t->tty, t->tid,
		 TTY_ABBREV_DEV | TTY_ABBREV_TTY | TTY_ABBREV_PTS);
	return strlen(out);
}

/* ---- users and groups ---- */

static int print_name(char *out, const char *name, unsigned id,
		      const struct pctx *c)
{
	int right = OUTBUF_SIZE, len;

	if (!c->user_is_number) {
		esc_print(out, OUTBUF_SIZE, name, &right);
		len = OUTBUF_SIZE - right;
		if (len <= c->max_rightward)
			return len;
		/* '+' only after a single-byte character */
		if (c->max_rightward >= 1 &&
		    (unsigned)out[c->max_rightward - 1] < 127) {
			len = c->max_rightward - 1;
			out[len++] = '+';
			out[len] = '\0';
			return len;
		}
	}
	return emit(out, "%u", id);
}

#define USER_PRINTER(fn, field)						\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	return print_name(out, user_name(t->field), t->field, c);	\
}
#define GROUP_PRINTER(fn, field)					\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	return print_name(out, group_name(t->field), t->field, c);	\
}
USER_PRINTER(pr_euser, euid)
USER_PRINTER(pr_ruser, ruid)
USER_PRINTER(pr_suser, suid)
USER_PRINTER(pr_fuser, fuid)
GROUP_PRINTER(pr_egroup, egid)
GROUP_PRINTER(pr_rgroup, rgid)
GROUP_PRINTER(pr_sgroup, sgid)
GROUP_PRINTER(pr_fgroup, fgid)

static int pr_supgid(char *out, const struct task *t, const struct pctx *c)
{
	char buf[OUTBUF_SIZE];
	size_t n = 0;
	int i, right = c->max_rightward;

	if (!t->nsupgids)
		strcpy(buf, "-");
	for (i = 0; i < t->nsupgids && n < sizeof(buf) - 16; i++)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%u", i ? "," : "",
			      (unsigned)t->supgids[i]);
	/* copied without escaping, as procps does */
	n = strlen(buf);
	if (n > (size_t)right)
		n = right;
	memcpy(out, buf, n);
	out[n] = '\0';
	return n;
}

static size_t supgroups_text(const struct task *t, char *buf, size_t size)
{
	size_t n = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < t->nsupgids && n + 40 < size; i++)
		n += snprintf(buf + n, size - n, "%s%s", i ? "," : "",
			      group_name(t->supgids[i]));
	if (!n) {
		strcpy(buf, "-");
		n = 1;
	}
	return n;
}

static int pr_supgrp(char *out, const struct task *t, const struct pctx *c)
{
	char *buf = text_buf();
	int n;

	if (!buf)
		return 0;
	supgroups_text(t, buf, OUTBUF_SIZE);
	n = print_text(out, buf, c);
	return n;
}

#define ID_PRINTER(fn, fmt, expr)					\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	return emit(out, fmt, expr);					\
}

ID_PRINTER(pr_euid, "%d", (int)t->euid)
ID_PRINTER(pr_ruid, "%d", (int)t->ruid)
ID_PRINTER(pr_suid, "%d", (int)t->suid)
ID_PRINTER(pr_fuid, "%d", (int)t->fuid)
ID_PRINTER(pr_egid, "%d", (int)t->egid)
ID_PRINTER(pr_rgid, "%d", (int)t->rgid)
ID_PRINTER(pr_sgid, "%d", (int)t->sgid)
ID_PRINTER(pr_fgid, "%d", (int)t->fgid)

/* ---- ids and simple numbers ---- */

ID_PRINTER(pr_procs, "%d", t->tgid)
ID_PRINTER(pr_tasks, "%d", t->tid)
ID_PRINTER(pr_ppid, "%u", (unsigned)t->ppid)
ID_PRINTER(pr_pgid, "%u", (unsigned)t->pgrp)
ID_PRINTER(pr_sess, "%d", t->sid)
ID_PRINTER(pr_tpgid, "%d", t->tpgid)
ID_PRINTER(pr_nlwp, "%d", t->nlwp)
ID_PRINTER(pr_psr, "%d", t->processor)
/* priority arithmetic wraps as procps's int arithmetic does in practice */
#define PRI(expr) ((int)(unsigned)(expr))
#define P ((unsigned)t->priority)
ID_PRINTER(pr_priority, "%d", t->priority)
ID_PRINTER(pr_opri, "%d", PRI(60u + P))
ID_PRINTER(pr_pri_foo, "%d", PRI(P - 20u))
ID_PRINTER(pr_pri_bar, "%d", PRI(P + 1u))
ID_PRINTER(pr_pri_baz, "%d", PRI(P + 100u))
ID_PRINTER(pr_pri, "%d", PRI(39u - P))
ID_PRINTER(pr_pri_api, "%d", PRI(0u - 1u - P))
#undef P
#undef PRI
ID_PRINTER(pr_oom, "%d", t->oom_score)
ID_PRINTER(pr_oom_adj, "%d", t->oom_adj)
ID_PRINTER(pr_agid, "%d", t->ag_id)
ID_PRINTER(pr_agnice, "%d", t->ag_nice)
ID_PRINTER(pr_flag, "%o", (unsigned)(t->flags >> 6) & 7)
/*
 * VmSize (procps's VM_SIZE) and stat's vsize are both the mm's total_vm,
 * in KiB and in bytes, so stat serves and status is not generated.  Not
 * so VmRSS: stat's rss is an approximate per-CPU counter read, status's
 * an exact sum on current kernels, and they differ.
 */
ID_PRINTER(pr_vsz, "%lu", t->vsize >> 10)
ID_PRINTER(pr_rss, "%lu", t->vm_rss)
ID_PRINTER(pr_sz, "%lu", t->vsize / sys_page_size())
ID_PRINTER(pr_swapable, "%lu", t->vm_data + t->vm_stack)
ID_PRINTER(pr_size, "%lu", t->vsize)
ID_PRINTER(pr_pss, "%lu", t->smap_pss)
ID_PRINTER(pr_uss, "%lu", t->smap_uss)
ID_PRINTER(pr_rbytes, "%llu", t->read_bytes)
ID_PRINTER(pr_rchars, "%llu", t->rchar)
ID_PRINTER(pr_rops, "%llu", t->syscr)
ID_PRINTER(pr_wbytes, "%llu", t->write_bytes)
ID_PRINTER(pr_wcbytes, "%llu", t->cancelled_write_bytes)
ID_PRINTER(pr_wchars, "%llu", t->wchar)
ID_PRINTER(pr_wops, "%llu", t->syscw)
ID_PRINTER(pr_stackp, "%016lx", t->start_stack)
ID_PRINTER(pr_esp, "%016lx", t->kstk_esp)
ID_PRINTER(pr_eip, "%016lx", t->kstk_eip)

static int pr_minflt(char *out, const struct task *t, const struct pctx *c)
{
	return emit(out, "%lu", c->dead_children ? t->cminflt : t->minflt);
}

static int pr_majflt(char *out, const struct task *t, const struct pctx *c)
{
	return emit(out, "%lu", c->dead_children ? t->cmajflt : t->majflt);
}

static int pr_luid(char *out, const struct task *t, const struct pctx *c)
{
	if (t->luid == -1)
		return emit(out, "-");
	return emit(out, "%d", t->luid);
}

static int pr_s(char *out, const struct task *t, const struct pctx *c)
{
	out[0] = t->state;
	out[1] = '\0';
	return 1;
}

static int pr_stat(char *out, const struct task *t, const struct pctx *c)
{
	int n = 0;

	out[n++] = t->state;
	if (t->nice < 0)
		out[n++] = '<';
	if (t->nice > 0)
		out[n++] = 'N';
	if (t->vm_lock)
		out[n++] = 'L';
	if (t->sid == t->tgid)
		out[n++] = 's';
	if (t->nlwp > 1)
		out[n++] = 'l';
	if (t->pgrp == t->tpgid)
		out[n++] = '+';
	out[n] = '\0';
	return n;
}

static int pr_sgi_p(char *out, const struct task *t, const struct pctx *c)
{
	if (t->state == 'R')
		return emit(out, "%u", (unsigned)t->processor);
	return emit(out, "*");
}

static int pr_lim(char *out, const struct task *t, const struct pctx *c)
{
	if (t->rsslim == (unsigned long)RLIM_INFINITY)
		return emit(out, "xx");
	return emit(out, "%5lu", t->rsslim >> 10);
}

/* text and data sizes as old Linux ps computed them, in KiB */
static int pr_trs(char *out, const struct task *t, const struct pctx *c)
{
	long v = t->vsize ? (long)((t->end_code - t->start_code) >> 10) : 0;

	return emit(out, "%ld", v);
}

static int pr_drs(char *out, const struct task *t, const struct pctx *c)
{
	long v = t->vsize ?
		(long)((t->vsize - t->end_code + t->start_code) >> 10) : 0;

	return emit(out, "%ld", v);
}

static int pr_pmem(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long pmem = t->vm_rss * 1000ULL / sys_mem_total();

	if (pmem > 999)
		pmem = 999;
	return emit(out, "%2u.%u", (unsigned)(pmem / 10), (unsigned)(pmem % 10));
}

/* numa node of the task's cpu; -1 without libnuma, as procps */
static int numa_node(int cpu)
{
	static int (*node_of_cpu)(int);
	static int tried;

	if (!tried) {
		void *h = dlopen("libnuma.so", RTLD_LAZY);

		tried = 1;
		if (!h)
			h = dlopen("libnuma.so.1", RTLD_LAZY);
		if (h && dlsym(h, "numa_max_node"))
			node_of_cpu = (int (*)(int))dlsym(h, "numa_node_of_cpu");
	}
	return node_of_cpu ? node_of_cpu(cpu) : -1;
}

static int pr_numa(char *out, const struct task *t, const struct pctx *c)
{
	return emit(out, "%d", numa_node(t->processor));
}

/* ---- scheduling ---- */

static int pr_nice(char *out, const struct task *t, const struct pctx *c)
{
	if (t->policy != 0 && t->policy != 3 && t->policy != -1)
		return emit(out, "-");
	return emit(out, "%d", t->nice);
}

static int pr_class(char *out, const struct task *t, const struct pctx *c)
{
	static const char *const names[] = {
		"TS", "FF", "RR", "B", "ISO", "IDL", "DLN", "#7", "#8", "#9",
	};

	if (t->policy == -1)
		return emit(out, "-");
	if (t->policy < 0 || t->policy > 9)
		return emit(out, "?");
	return emit(out, "%s", names[t->policy]);
}

static int pr_rtprio(char *out, const struct task *t, const struct pctx *c)
{
	if (t->policy == 0 || t->policy == -1)
		return emit(out, "-");
	return emit(out, "%d", t->rtprio);
}

static int pr_sched(char *out, const struct task *t, const struct pctx *c)
{
	if (t->policy == -1)
		return emit(out, "-");
	return emit(out, "%d", t->policy);
}

/* ---- cpu and time ---- */

static int pr_pcpu(char *out, const struct task *t, const struct pctx *c)
{
	unsigned pcpu = per_mill_cpu(t, c);

	if (pcpu > 999)
		return emit(out, "%u", pcpu / 10);
	return emit(out, "%u.%u", pcpu / 10, pcpu % 10);
}

static int pr_c(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long long jiffies = (unsigned long long)(elapsed(t) * sys_hz());
	unsigned pcpu = 0;

	if (jiffies)
		pcpu = tics_all(t, c->dead_children) * 100ULL / jiffies;
	if (pcpu > 99)
		pcpu = 99;
	return emit(out, "%2u", pcpu);
}

static int pr_cp(char *out, const struct task *t, const struct pctx *c)
{
	unsigned pcpu = per_mill_cpu(t, c);

	return emit(out, "%3u", pcpu > 999 ? 999 : pcpu);
}

static int print_util(char *out, double cu)
{
	if (cu > 99.0)
		cu = 99.999;
	return emit(out, "%#.3f", cu);
}

static int pr_cuu(char *out, const struct task *t, const struct pctx *c)
{
	return print_util(out, utilization(t, false));
}

static int pr_cuc(char *out, const struct task *t, const struct pctx *c)
{
	return print_util(out, utilization(t, true));
}

static unsigned long cpu_seconds(const struct task *t)
{
	return (unsigned long)(((double)t->utime + t->stime) / sys_hz());
}

static int pr_time(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long s = cpu_seconds(t);
	unsigned dd = s / 86400;
	int n = 0;

	if (dd)
		n = emit(out, "%u-", dd);
	return n + emit(out + n, "%02u:%02u:%02u", (unsigned)(s / 3600 % 24),
			(unsigned)(s / 60 % 60), (unsigned)(s % 60));
}

static int pr_times(char *out, const struct task *t, const struct pctx *c)
{
	return emit(out, "%lu", cpu_seconds(t));
}

static int pr_bsdtime(char *out, const struct task *t, const struct pctx *c)
{
	unsigned u = tics_all(t, c->dead_children) / sys_hz();

	return emit(out, "%3u:%02u", u / 60, u % 60);
}

static int pr_etime(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long s = (unsigned long)elapsed(t);
	unsigned dd = s / 86400, hh = s / 3600 % 24;
	int n = 0;

	if (dd)
		n += emit(out, "%u-", dd);
	if (dd || hh)
		n += emit(out + n, "%02u:", hh);
	return n + emit(out + n, "%02u:%02u", (unsigned)(s / 60 % 60),
			(unsigned)(s % 60));
}

static int pr_etimes(char *out, const struct task *t, const struct pctx *c)
{
	return emit(out, "%u", (unsigned)elapsed(t));
}

static int pr_lstart(char *out, const struct task *t, const struct pctx *c)
{
	time_t st = start_epoch(t);
	char buf[64];

	return emit(out, "%24.24s", ctime_r(&st, buf));
}

static int pr_start(char *out, const struct task *t, const struct pctx *c)
{
	time_t st = start_epoch(t);
	char buf[64];

	/* a start time past what a time_t date can hold (procps crashes) */
	if (!ctime_r(&st, buf))
		return emit(out, "-");
	if (buf[8] == ' ')
		buf[8] = '0';
	if (buf[11] == ' ')
		buf[11] = '0';
	if ((unsigned long)st + 86400 > (unsigned long)sys_now())
		return emit(out, "%8.8s", buf + 11);
	return emit(out, "  %6.6s", buf + 4);
}

static int pr_bsdstart(char *out, const struct task *t, const struct pctx *c)
{
	time_t st = start_epoch(t);
	time_t ago = sys_now() - st;
	char buf[64];

	if (ago < 0)
		ago = 0;
	if (!ctime_r(&st, buf))
		return emit(out, "-");
	snprintf(out, COLWID, "%s", buf + (ago > 86400 ? 4 : 10));
	out[6] = '\0';
	return 6;
}

static int pr_stime(char *out, const struct task *t, const struct pctx *c)
{
	time_t now = sys_now(), st = start_epoch(t);
	struct tm ours, theirs;
	const char *fmt = "%H:%M";
	size_t len;

	if (!localtime_r(&now, &ours) || !localtime_r(&st, &theirs)) {
		out[0] = '\0';		/* not the last column's text again */
		return 0;
	}
	if (ours.tm_yday != theirs.tm_yday)
		fmt = "%b%d";
	if (ours.tm_year != theirs.tm_year)
		fmt = "%Y";
	len = strftime(out, COLWID, fmt, &theirs);
	if (len == 0 || len >= COLWID)
		out[len = 0] = '\0';
	return len;
}

/* ---- signals ---- */

static int print_sigs(char *out, uint64_t set, const struct pctx *c)
{
	char sig[17];
	size_t len, sig_digits;

	snprintf(sig, sizeof(sig), "%016llx", (unsigned long long)set);
	len = strlen(sig);
	if (c->wide_signals)
		return emit(out, "%s", sig);
	sig_digits = len - strspn(sig, "0");
	if (sig_digits > 8)
		return emit(out, "<%s", sig + len - 8);
	return emit(out, "%s", sig + len - 8);
}

static int pr_sig(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, pending_set(t), c);
}

static int pr_tsig(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigpnd, c);
}

static int pr_sigmask(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigblk, c);
}

static int pr_sigignore(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigign, c);
}

static int pr_sigcatch(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigcgt, c);
}

/* ---- namespaces ---- */

#define NS_PRINTER(fn, idx)						\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	if (!t->ns[idx])						\
		return emit(out, "-");					\
	return emit(out, "%lu", t->ns[idx]);				\
}
NS_PRINTER(pr_cgroupns, TASK_DIAG_NS_CGROUP)
NS_PRINTER(pr_ipcns, TASK_DIAG_NS_IPC)
NS_PRINTER(pr_mntns, TASK_DIAG_NS_MNT)
NS_PRINTER(pr_netns, TASK_DIAG_NS_NET)
NS_PRINTER(pr_pidns, TASK_DIAG_NS_PID)
NS_PRINTER(pr_timens, TASK_DIAG_NS_TIME)
NS_PRINTER(pr_userns, TASK_DIAG_NS_USER)
NS_PRINTER(pr_utsns, TASK_DIAG_NS_UTS)

/* ---- systemd ---- */

#define SD_PRINTER(fn, what)						\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	char buf[256];							\
	if (sd_lookup(what, t, buf, sizeof(buf)) < 0)			\
		return emit(out, "-");					\
	return emit(out, "%s", buf);					\
}
SD_PRINTER(pr_sd_unit, SD_UNIT)
SD_PRINTER(pr_sd_uunit, SD_USER_UNIT)
SD_PRINTER(pr_sd_slice, SD_SLICE)
SD_PRINTER(pr_sd_session, SD_SESSION)
SD_PRINTER(pr_sd_ouid, SD_OWNER_UID)
SD_PRINTER(pr_sd_machine, SD_MACHINE)
SD_PRINTER(pr_sd_seat, SD_SEAT)

/* ---- procps's layout test columns ---- */

#define TEST_PRINTER(fn, ...)						\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	static const char *const vals[] = { __VA_ARGS__ };		\
	unsigned n = sizeof(vals) / sizeof(vals[0]);			\
	return emit(out, "%s", vals[(unsigned)c->lines_to_next_header % n]); \
}
TEST_PRINTER(pr_t_right, "999-23:59:59", "99-23:59:59", "9-23:59:59", "59:59")
TEST_PRINTER(pr_t_right2, "999-23:59:59", "99-23:59:59", "9-23:59:59")
TEST_PRINTER(pr_t_left, "tty7", "pts/9999", "iseries/vtty42", "ttySMX0", "3270/tty4")
TEST_PRINTER(pr_t_left2, "tty7", "pts/9999", "ttySMX0", "3270/tty4")

#define TEST_UNLIMITED(fn, ...)						\
static int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	static const char *const vals[] = { __VA_ARGS__ };		\
	unsigned n = sizeof(vals) / sizeof(vals[0]);			\
	snprintf(out, c->max_rightward + 1, "%s",			\
		 vals[(unsigned)c->lines_to_next_header % n]);		\
	return strlen(out);						\
}
TEST_UNLIMITED(pr_t_unlimited, "[123456789-12345] <defunct>", "ps", "123456789-123456")
TEST_UNLIMITED(pr_t_unlimited2, "unlimited", "[123456789-12345] <defunct>", "ps",
	       "123456789-123456")

/* ---- the table ---- */

/*
 * One row per specifier, sorted by name (field_find() uses bsearch; the unit
 * test checks the order).  A NULL printer is a column procps accepts but
 * has no data for: it prints "-".
 *   name, header, printer, sort item, width, alignment, when, flags,
 *   groups, and the sort items procps's printer registers (see regs in
 *   fields.h)
 */
const struct field fields[] = {
	{ "%cpu", "%CPU", pr_pcpu, SK_UTILIZATION, 4, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "%mem", "%MEM", pr_pmem, SK_VM_RSS, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "_left", "LLLLLLLL", pr_t_left, SK_NOOP, 8, AL_LEFT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_left2", "L2L2L2L2", pr_t_left2, SK_NOOP, 8, AL_LEFT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_right", "RRRRRRRRRRR", pr_t_right, SK_NOOP, 11, AL_RIGHT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_right2", "R2R2R2R2R2R", pr_t_right2, SK_NOOP, 11, AL_RIGHT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_unlimited", "U", pr_t_unlimited, SK_NOOP, 16, AL_UNLIMITED, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_unlimited2", "U2", pr_t_unlimited2, SK_NOOP, 16, AL_UNLIMITED, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "acflag", "ACFLG", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "acflg", "ACFLG", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "addr", "ADDR", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "addr_1", "ADDR", NULL, SK_NOOP, 1, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "ag_id", "AGID", pr_agid, SK_AUTOGRP_ID, 5, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_AUTOGROUP), { SK_AUTOGRP_ID } },
	{ "ag_nice", "AGNI", pr_agnice, SK_AUTOGRP_NICE, 4, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_AUTOGROUP), { SK_AUTOGRP_NICE } },
	{ "alarm", "ALARM", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "argc", "ARGC", NULL, SK_NOOP, 4, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "args", "COMMAND", pr_args, SK_CMDLINE, 27, AL_UNLIMITED, W_PROC, FLD_U98, TG_BIT(TG_MSG)|TG_BIT(TG_NAME)|TG_BIT(TG_CMDLINE), { SK_CMDLINE, SK_CMD } },
	{ "atime", "TIME", pr_time, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "blocked", "BLOCKED", pr_sigmask, SK_SIGBLOCKED, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGBLOCKED } },
	{ "bnd", "BND", NULL, SK_NOOP, 1, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "bsdstart", "START", pr_bsdstart, SK_TICS_BEGAN, 6, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "bsdtime", "TIME", pr_bsdtime, SK_TICS_ALL, 6, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL } },
	{ "c", "C", pr_c, SK_UTILIZATION, 2, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "caught", "CAUGHT", pr_sigcatch, SK_SIGCATCH, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGCATCH } },
	{ "cgname", "CGNAME", pr_cgname, SK_CGNAME, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_CGROUP), { SK_CGNAME } },
	{ "cgroup", "CGROUP", pr_cgroup, SK_CGROUP, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_CGROUP), { SK_CGROUP } },
	{ "cgroupns", "CGROUPNS", pr_cgroupns, SK_NS_CGROUP, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_CGROUP } },
	{ "class", "CLS", pr_class, SK_SCHED_CLASS, 3, AL_LEFT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS } },
	{ "cls", "CLS", pr_class, SK_SCHED_CLASS, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS } },
	{ "cmaj_flt", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cmd", "CMD", pr_args, SK_CMDLINE, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_MSG)|TG_BIT(TG_NAME)|TG_BIT(TG_CMDLINE), { SK_CMDLINE, SK_CMD } },
	{ "cmin_flt", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cnswap", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "comm", "COMMAND", pr_comm, SK_CMD, 15, AL_UNLIMITED, W_PROC, FLD_U98, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD, SK_CMDLINE } },
	{ "command", "COMMAND", pr_args, SK_CMDLINE, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_MSG)|TG_BIT(TG_NAME)|TG_BIT(TG_CMDLINE), { SK_CMDLINE, SK_CMD } },
	{ "context", "CONTEXT", pr_context, SK_ID_TGID, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_SECCTX), { SK_ID_TGID } },
	{ "cp", "CP", pr_cp, SK_UTILIZATION, 3, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "cpu", "CPU", NULL, SK_NOOP, 3, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cpuid", "CPUID", pr_psr, SK_PROCESSOR, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR } },
	{ "cputime", "TIME", pr_time, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "cputimes", "TIME", pr_times, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "ctid", "CTID", NULL, SK_NOOP, 5, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "cuc", "%CUC", pr_cuc, SK_UTILIZATION_C, 7, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_UTILIZATION_C } },
	{ "cursig", "CURSIG", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cutime", "-", NULL, SK_TICS_USER_C, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cuu", "%CUU", pr_cuu, SK_UTILIZATION, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_UTILIZATION } },
	{ "cwd", "CWD", NULL, SK_NOOP, 3, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "drs", "DRS", pr_drs, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "dsiz", "DSIZ", pr_drs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "egid", "EGID", pr_egid, SK_ID_EGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EGID } },
	{ "egroup", "EGROUP", pr_egroup, SK_ID_EGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EGROUP, SK_ID_EGID } },
	{ "eip", "EIP", pr_eip, SK_ADDR_CURR_EIP, 16, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_ADDR_CURR_EIP } },
	{ "emul", "EMUL", NULL, SK_NOOP, 13, AL_LEFT, W_PROC, 0, 0, { 0 } },
	{ "end_code", "E_CODE", NULL, SK_ADDR_CODE_END, 16, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "environ", "ENVIRONMENT", NULL, SK_NOOP, 11, AL_UNLIMITED, W_PROC, 0, 0, { 0 } },
	{ "esp", "ESP", pr_esp, SK_ADDR_CURR_ESP, 16, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_ADDR_CURR_ESP } },
	{ "etime", "ELAPSED", pr_etime, SK_TIME_ELAPSED, 11, AL_RIGHT, W_EVERY, FLD_U98, TG_BIT(TG_STAT), { SK_TIME_ELAPSED } },
	{ "etimes", "ELAPSED", pr_etimes, SK_TIME_ELAPSED, 7, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ELAPSED } },
	{ "euid", "EUID", pr_euid, SK_ID_EUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUID } },
	{ "euser", "EUSER", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "exe", "EXE", pr_exe, SK_EXE, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_EXE), { SK_EXE } },
	{ "f", "F", pr_flag, SK_FLAGS, 1, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_FLAGS } },
	{ "fgid", "FGID", pr_fgid, SK_FLAGS, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGID } },
	{ "fgroup", "FGROUP", pr_fgroup, SK_ID_FGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGROUP, SK_ID_FGID } },
	{ "flag", "F", pr_flag, SK_FLAGS, 1, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_FLAGS } },
	{ "flags", "F", pr_flag, SK_FLAGS, 1, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_FLAGS } },
	{ "fname", "COMMAND", pr_fname, SK_CMD, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD } },
	{ "fsgid", "FSGID", pr_fgid, SK_ID_FGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGID } },
	{ "fsgroup", "FSGROUP", pr_fgroup, SK_ID_FGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGROUP, SK_ID_FGID } },
	{ "fsuid", "FSUID", pr_fuid, SK_ID_FUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUID } },
	{ "fsuser", "FSUSER", pr_fuser, SK_ID_FUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUSER, SK_ID_FUID } },
	{ "fuid", "FUID", pr_fuid, SK_ID_FUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUID } },
	{ "fuser", "FUSER", pr_fuser, SK_ID_FUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUSER, SK_ID_FUID } },
	{ "gid", "GID", pr_egid, SK_ID_EGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EGID } },
	{ "group", "GROUP", pr_egroup, SK_ID_EGROUP, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_OWNER), { SK_ID_EGROUP, SK_ID_EGID } },
	{ "ignored", "IGNORED", pr_sigignore, SK_SIGIGNORE, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGIGNORE } },
	{ "inblk", "INBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "inblock", "INBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "intpri", "PRI", pr_opri, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "ipcns", "IPCNS", pr_ipcns, SK_NS_IPC, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_IPC } },
	{ "jid", "JID", NULL, SK_NOOP, 1, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "jobc", "JOBC", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ktrace", "KTRACE", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ktracep", "KTRACEP", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "label", "LABEL", pr_context, SK_ID_TGID, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_SECCTX), { SK_ID_TGID } },
	{ "lastcpu", "C", pr_psr, SK_PROCESSOR, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR } },
	{ "lim", "LIM", pr_lim, SK_RSS_RLIM, 5, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_RSS_RLIM } },
	{ "login", "LOGNAME", NULL, SK_NOOP, 8, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "logname", "LOGNAME", NULL, SK_NOOP, 8, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "longtname", "TTY", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "lsession", "SESSION", pr_sd_session, SK_SD_SESS, 11, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_SESS } },
	{ "lstart", "STARTED", pr_lstart, SK_TICS_BEGAN, 24, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "luid", "LUID", pr_luid, SK_ID_LOGIN, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_LOGIN), { SK_ID_LOGIN } },
	{ "luser", "LUSER", NULL, SK_NOOP, 8, AL_USER, W_EVERY, 0, 0, { 0 } },
	{ "lwp", "LWP", pr_tasks, SK_ID_PID, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { SK_ID_PID } },
	{ "lxc", "LXC", pr_lxcname, SK_LXCNAME, 8, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_LXCNAME } },
	{ "m_drs", "DRS", pr_drs, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "m_dt", "DT", NULL, SK_NOOP, 4, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_lrs", "LRS", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_resident", "RES", NULL, SK_MEM_RES_PGS, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_share", "SHRD", NULL, SK_MEM_SHR_PGS, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_size", "SIZE", pr_size, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES } },
	{ "m_swap", "SWAP", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_trs", "TRS", pr_trs, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "machine", "MACHINE", pr_sd_machine, SK_SD_MACH, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_MACH } },
	{ "maj_flt", "MAJFL", pr_majflt, SK_FLT_MAJ, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MAJ } },
	{ "majflt", "MAJFLT", pr_majflt, SK_FLT_MAJ, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MAJ } },
	{ "min_flt", "MINFL", pr_minflt, SK_FLT_MIN, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MIN } },
	{ "minflt", "MINFLT", pr_minflt, SK_FLT_MIN, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MIN } },
	{ "mntns", "MNTNS", pr_mntns, SK_NS_MNT, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_MNT } },
	{ "msgrcv", "MSGRCV", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "msgsnd", "MSGSND", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "mwchan", "MWCHAN", NULL, SK_NOOP, 6, AL_WCHAN, W_THREAD, 0, 0, { 0 } },
	{ "netns", "NETNS", pr_netns, SK_NS_NET, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_NET } },
	{ "ni", "NI", pr_nice, SK_NICE, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_NICE, SK_SCHED_CLASS } },
	{ "nice", "NI", pr_nice, SK_NICE, 3, AL_RIGHT, W_THREAD, FLD_U98, TG_BIT(TG_STAT), { SK_NICE, SK_SCHED_CLASS } },
	{ "nivcsw", "IVCSW", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nlwp", "NLWP", pr_nlwp, SK_NLWP, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_NLWP } },
	{ "nsignals", "NSIGS", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nsigs", "NSIGS", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nswap", "NSWAP", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "numa", "NUMA", pr_numa, SK_PROCESSOR_NODE, 4, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_PROCESSOR_NODE } },
	{ "nvcsw", "VCSW", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nwchan", "WCHAN", NULL, SK_NOOP, 6, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "oom", "OOM", pr_oom, SK_OOM_SCORE, 4, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_OOM), { SK_OOM_SCORE } },
	{ "oomadj", "OOMADJ", pr_oom_adj, SK_OOM_ADJ, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_OOM), { SK_OOM_ADJ } },
	{ "opri", "PRI", pr_opri, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "osz", "SZ", NULL, SK_NOOP, 2, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "oublk", "OUBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "oublock", "OUBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ouid", "OWNER", pr_sd_ouid, SK_SD_OUID, 5, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_OUID } },
	{ "p_ru", "P_RU", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "paddr", "PADDR", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "pagein", "PAGEIN", pr_majflt, SK_FLT_MAJ, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MAJ } },
	{ "pcpu", "%CPU", pr_pcpu, SK_UTILIZATION, 4, AL_RIGHT, W_EVERY, FLD_U98, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "pending", "PENDING", pr_sig, SK_SIGNALS, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGNALS } },
	{ "pgid", "PGID", pr_pgid, SK_ID_PGRP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX|FLD_U98, TG_BIT(TG_MSG), { SK_ID_PGRP } },
	{ "pgrp", "PGRP", pr_pgid, SK_ID_PGRP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_MSG), { SK_ID_PGRP } },
	{ "pid", "PID", pr_procs, SK_ID_TGID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX|FLD_U98, 0, { SK_ID_TGID } },
	{ "pidns", "PIDNS", pr_pidns, SK_NS_PID, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_PID } },
	{ "pmem", "%MEM", pr_pmem, SK_VM_RSS, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "poip", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "policy", "POL", pr_class, SK_SCHED_CLASS, 3, AL_LEFT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS } },
	{ "ppid", "PPID", pr_ppid, SK_ID_PPID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX|FLD_U98, TG_BIT(TG_MSG), { SK_ID_PPID } },
	{ "pri", "PRI", pr_pri, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_api", "API", pr_pri_api, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_bar", "BAR", pr_pri_bar, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_baz", "BAZ", pr_pri_baz, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_foo", "FOO", pr_pri_foo, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "priority", "PRI", pr_priority, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "prmgrp", "PRMGRP", NULL, SK_NOOP, 12, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "prmid", "PRMID", NULL, SK_NOOP, 12, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "project", "PROJECT", NULL, SK_NOOP, 12, AL_LEFT, W_PROC, 0, 0, { 0 } },
	{ "projid", "PROJID", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "pset", "PSET", NULL, SK_NOOP, 4, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "psr", "PSR", pr_psr, SK_PROCESSOR, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR } },
	{ "pss", "PSS", pr_pss, SK_SMAP_PSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_SMAPS), { SK_SMAP_PSS } },
	{ "psxpri", "PPR", NULL, SK_NOOP, 3, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "rbytes", "RBYTES", pr_rbytes, SK_IO_READ_BYTES, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_READ_BYTES } },
	{ "rchars", "RCHARS", pr_rchars, SK_IO_READ_CHARS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_READ_CHARS } },
	{ "re", "RE", NULL, SK_NOOP, 3, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "resident", "RES", NULL, SK_MEM_RES_PGS, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "rgid", "RGID", pr_rgid, SK_ID_RGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_RGID } },
	{ "rgroup", "RGROUP", pr_rgroup, SK_ID_RGROUP, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_CRED), { SK_ID_RGROUP, SK_ID_RGID } },
	{ "rlink", "RLINK", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "rops", "ROPS", pr_rops, SK_IO_READ_OPS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_READ_OPS } },
	{ "rss", "RSS", pr_rss, SK_VM_RSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "rssize", "RSS", pr_rss, SK_VM_RSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "rsz", "RSZ", pr_rss, SK_VM_RSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "rtprio", "RTPRIO", pr_rtprio, SK_PRIORITY_RT, 6, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS, SK_PRIORITY_RT } },
	{ "ruid", "RUID", pr_ruid, SK_ID_RUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_RUID } },
	{ "ruser", "RUSER", pr_ruser, SK_ID_RUSER, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_CRED), { SK_ID_RUSER, SK_ID_RUID } },
	{ "s", "S", pr_s, SK_STATE, 1, AL_LEFT, W_THREAD, 0, TG_BIT(TG_MSG), { SK_STATE } },
	{ "sched", "SCH", pr_sched, SK_SCHED_CLASS, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS } },
	{ "scnt", "SCNT", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "scount", "SC", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "seat", "SEAT", pr_sd_seat, SK_SD_SEAT, 11, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_SEAT } },
	{ "sess", "SESS", pr_sess, SK_ID_SESSION, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_MSG), { SK_ID_SESSION } },
	{ "session", "SESS", pr_sess, SK_ID_SESSION, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_MSG), { SK_ID_SESSION } },
	{ "sgi_p", "P", pr_sgi_p, SK_STATE, 1, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_MSG)|TG_BIT(TG_STAT), { SK_STATE, SK_PROCESSOR } },
	{ "sgi_rss", "RSS", pr_rss, SK_VM_RSS, 4, AL_LEFT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "sgid", "SGID", pr_sgid, SK_ID_SGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGID } },
	{ "sgroup", "SGROUP", pr_sgroup, SK_ID_SGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGROUP, SK_ID_SGID } },
	{ "share", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "sid", "SID", pr_sess, SK_ID_SESSION, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_MSG), { SK_ID_SESSION } },
	{ "sig", "PENDING", pr_sig, SK_SIGNALS, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGNALS } },
	{ "sig_block", "BLOCKED", pr_sigmask, SK_SIGBLOCKED, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGBLOCKED } },
	{ "sig_catch", "CATCHED", pr_sigcatch, SK_SIGCATCH, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGCATCH } },
	{ "sig_ignore", "IGNORED", pr_sigignore, SK_SIGIGNORE, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGIGNORE } },
	{ "sig_pend", "SIGNAL", pr_sig, SK_SIGNALS, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGNALS } },
	{ "sigcatch", "CAUGHT", pr_sigcatch, SK_SIGCATCH, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGCATCH } },
	{ "sigignore", "IGNORED", pr_sigignore, SK_SIGIGNORE, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGIGNORE } },
	{ "sigmask", "BLOCKED", pr_sigmask, SK_SIGBLOCKED, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGBLOCKED } },
	{ "size", "SIZE", pr_swapable, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STATM), { SK_VM_DATA, SK_VM_STACK, SK_VSIZE_BYTES } },
	{ "sl", "SL", NULL, SK_NOOP, 3, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "slice", "SLICE", pr_sd_slice, SK_SD_SLICE, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_SLICE } },
	{ "spid", "SPID", pr_tasks, SK_ID_PID, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { SK_ID_PID } },
	{ "stackp", "STACKP", pr_stackp, SK_ADDR_STACK_START, 16, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_ADDR_STACK_START } },
	{ "start", "STARTED", pr_start, SK_TICS_BEGAN, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "start_code", "S_CODE", NULL, SK_ADDR_CODE_START, 16, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "start_stack", "STACKP", pr_stackp, SK_ADDR_STACK_START, 16, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_ADDR_STACK_START } },
	{ "start_time", "START", pr_stime, SK_TICS_BEGAN, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "stat", "STAT", pr_stat, SK_STATE, 4, AL_LEFT, W_THREAD, 0, TG_BIT(TG_MSG)|TG_BIT(TG_STAT)|TG_BIT(TG_STATM), { SK_STATE, SK_NICE, SK_VM_RSS_LOCKED, SK_ID_SESSION, SK_ID_TGID, SK_NLWP, SK_ID_PGRP, SK_ID_TPGID } },
	{ "state", "S", pr_s, SK_STATE, 1, AL_LEFT, W_THREAD, 0, TG_BIT(TG_MSG), { SK_STATE } },
	{ "status", "STATUS", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "stime", "STIME", pr_stime, SK_TICS_BEGAN, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "suid", "SUID", pr_suid, SK_ID_SUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUID } },
	{ "supgid", "SUPGID", pr_supgid, SK_SUPGIDS, 20, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_GROUPS), { SK_SUPGIDS } },
	{ "supgrp", "SUPGRP", pr_supgrp, SK_SUPGROUPS, 40, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_GROUPS), { SK_SUPGROUPS } },
	{ "suser", "SUSER", pr_suser, SK_ID_SUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUSER, SK_ID_SUID } },
	{ "svgid", "SVGID", pr_sgid, SK_ID_SGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGID } },
	{ "svgroup", "SVGROUP", pr_sgroup, SK_ID_SGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGROUP, SK_ID_SGID } },
	{ "svuid", "SVUID", pr_suid, SK_ID_SUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUID } },
	{ "svuser", "SVUSER", pr_suser, SK_ID_SUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUSER, SK_ID_SUID } },
	{ "systime", "SYSTEM", NULL, SK_NOOP, 6, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "sz", "SZ", pr_sz, SK_VM_SIZE, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VM_SIZE } },
	{ "taskid", "TASKID", NULL, SK_NOOP, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { 0 } },
	{ "tdev", "TDEV", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "tgid", "TGID", pr_procs, SK_ID_TGID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { SK_ID_TGID } },
	{ "thcount", "THCNT", pr_nlwp, SK_NLWP, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_NLWP } },
	{ "tid", "TID", pr_tasks, SK_ID_PID, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { SK_ID_PID } },
	{ "time", "TIME", pr_time, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, FLD_U98, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "timens", "TIMENS", pr_timens, SK_NS_TIME, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_TIME } },
	{ "timeout", "TMOUT", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "times", "TIME", pr_times, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "tmout", "TMOUT", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "tname", "TTY", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "tpgid", "TPGID", pr_tpgid, SK_ID_TPGID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_STAT), { SK_ID_TPGID } },
	{ "trs", "TRS", pr_trs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "trss", "TRSS", pr_trs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "tsess", "TSESS", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { 0 } },
	{ "tsession", "TSESS", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { 0 } },
	{ "tsid", "TSID", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { 0 } },
	{ "tsig", "PENDING", pr_tsig, SK_SIGPENDING, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGPENDING } },
	{ "tsiz", "TSIZ", pr_trs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "tt", "TT", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "tty", "TT", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, FLD_U98, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "tty4", "TTY", pr_tty4, SK_TTY_NAME, 4, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { 0 } },
	{ "tty8", "TTY", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "u_procp", "UPROCP", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ucmd", "CMD", pr_comm, SK_CMD, 15, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD, SK_CMDLINE } },
	{ "ucomm", "COMMAND", pr_comm, SK_CMD, 15, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD, SK_CMDLINE } },
	{ "uid", "UID", pr_euid, SK_ID_EUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUID } },
	{ "uid_hack", "UID", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "umask", "UMASK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "uname", "USER", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "unit", "UNIT", pr_sd_unit, SK_SD_UNIT, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_UNIT } },
	{ "upr", "UPR", NULL, SK_NOOP, 3, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "uprocp", "UPROCP", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "user", "USER", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "userns", "USERNS", pr_userns, SK_NS_USER, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_USER } },
	{ "usertime", "USER", NULL, SK_NOOP, 4, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "usrpri", "UPR", NULL, SK_NOOP, 3, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "uss", "USS", pr_uss, SK_SMAP_PRV_TOTAL, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_SMAPS), { SK_SMAP_PRV_TOTAL } },
	{ "util", "C", pr_c, SK_UTILIZATION, 2, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "utime", "UTIME", NULL, SK_TICS_USER, 6, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "utsns", "UTSNS", pr_utsns, SK_NS_UTS, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_UTS } },
	{ "uunit", "UUNIT", pr_sd_uunit, SK_SD_UUNIT, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_UUNIT } },
	{ "vm_data", "DATA", NULL, SK_VM_DATA, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_exe", "EXE", NULL, SK_VM_EXE, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_lib", "LIB", NULL, SK_VM_LIB, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_lock", "LCK", NULL, SK_VM_RSS_LOCKED, 3, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_stack", "STACK", NULL, SK_VM_STACK, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vsize", "VSZ", pr_vsz, SK_VSIZE_BYTES, 6, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VM_SIZE } },
	{ "vsz", "VSZ", pr_vsz, SK_VM_SIZE, 6, AL_RIGHT, W_PROC, FLD_U98, TG_BIT(TG_STAT), { SK_VM_SIZE } },
	{ "wbytes", "WBYTES", pr_wbytes, SK_IO_WRITE_BYTES, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_BYTES } },
	{ "wcbytes", "WCBYTES", pr_wcbytes, SK_IO_WRITE_CBYTES, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_CBYTES } },
	{ "wchan", "WCHAN", pr_wchan, SK_WCHAN_NAME, 6, AL_WCHAN, W_THREAD, 0, TG_BIT(TG_WCHAN), { SK_WCHAN_NAME } },
	{ "wchars", "WCHARS", pr_wchars, SK_IO_WRITE_CHARS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_CHARS } },
	{ "wname", "WCHAN", pr_wchan, SK_WCHAN_NAME, 6, AL_WCHAN, W_THREAD, 0, TG_BIT(TG_WCHAN), { SK_WCHAN_NAME } },
	{ "wops", "WOPS", pr_wops, SK_IO_WRITE_OPS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_OPS } },
	{ "xstat", "XSTAT", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "zone", "ZONE", pr_context, SK_ID_TGID, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_SECCTX), { SK_ID_TGID } },
	{ "zoneid", "ZONEID", NULL, SK_NOOP, 31, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "~", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
};

/* named formats, also accepted by -o; sorted by name */
const struct macro macros[] = {
	{ "DFMT", "pid,tname,state,cputime,cmd" },
	{ "DefBSD", "pid,tname,stat,bsdtime,args" },
	{ "DefSysV", "pid,tname,time,cmd" },
	{ "END_BSD", "state,tname,cputime,comm" },
	{ "END_SYS5", "state,tname,time,command" },
	{ "F5FMT", "uname,pid,ppid,c,start,tname,time,cmd" },
	{ "FB_", "pid,tt,stat,time,command" },
	{ "FB_j", "user,pid,ppid,pgid,sess,jobc,stat,tt,time,command" },
	{ "FB_l", "uid,pid,ppid,cpu,pri,nice,vsz,rss,wchan,stat,tt,time,command" },
	{ "FB_u", "user,pid,pcpu,pmem,vsz,rss,tt,stat,start,time,command" },
	{ "FB_v", "pid,stat,time,sl,re,pagein,vsz,rss,lim,tsiz,pcpu,pmem,command" },
	{ "FD_", "pid,tty,time,comm" },
	{ "FD_f", "user,pid,ppid,start_time,tty,time,comm" },
	{ "FD_fj", "user,pid,ppid,start_time,tty,time,pgid,sid,comm" },
	{ "FD_j", "pid,tty,time,pgid,sid,comm" },
	{ "FD_l", "flags,state,uid,pid,ppid,priority,nice,vsz,wchan,tty,time,comm" },
	{ "FD_lj", "flags,state,uid,pid,ppid,priority,nice,vsz,wchan,tty,time,pgid,sid,comm" },
	{ "FL5FMT", "f,state,uid,pid,ppid,pcpu,pri,nice,rss,wchan,start,time,command" },
	{ "FLASK_context", "pid,context,command" },
	{ "HP_", "pid,tty,time,comm" },
	{ "HP_f", "user,pid,ppid,cpu,stime,tty,time,args" },
	{ "HP_fl", "flags,state,user,pid,ppid,cpu,intpri,nice,addr,sz,wchan,stime,tty,time,args" },
	{ "HP_l", "flags,state,uid,pid,ppid,cpu,intpri,nice,addr,sz,wchan,tty,time,comm" },
	{ "J390", "pid,sid,pgrp,tname,atime,args" },
	{ "JFMT", "user,pid,ppid,pgid,sess,jobc,state,tname,cputime,command" },
	{ "L5FMT", "f,state,uid,pid,ppid,c,pri,nice,addr,sz,wchan,tt,time,ucmd" },
	{ "LFMT", "uid,pid,ppid,cp,pri,nice,vsz,rss,wchan,state,tname,cputime,command" },
	{ "OL_X", "pid,start_stack,esp,eip,timeout,alarm,stat,tname,bsdtime,args" },
	{ "OL_j", "ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args" },
	{ "OL_l", "flags,uid,pid,ppid,priority,nice,vsz,rss,wchan,stat,tname,bsdtime,args" },
	{ "OL_m", "pid,tname,majflt,minflt,m_trs,m_drs,m_size,m_swap,rss,m_share,vm_lib,m_dt,args" },
	{ "OL_s", "uid,pid,pending,sig_block,sig_ignore,caught,stat,tname,bsdtime,args" },
	{ "OL_u", "user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args" },
	{ "OL_v", "pid,tname,stat,bsdtime,maj_flt,m_trs,m_drs,rss,pmem,args" },
	{ "RD_", "pid,tname,state,bsdtime,comm" },
	{ "RD_f", "uid,pid,ppid,start_time,tname,bsdtime,args" },
	{ "RD_fj", "uid,pid,ppid,start_time,tname,bsdtime,pgid,sid,args" },
	{ "RD_j", "pid,tname,state,bsdtime,pgid,sid,comm" },
	{ "RD_l", "flags,state,uid,pid,ppid,priority,nice,wchan,tname,bsdtime,comm" },
	{ "RD_lj", "flags,state,uid,pid,ppid,priority,nice,wchan,tname,bsdtime,pgid,sid,comm" },
	{ "RUSAGE", "minflt,majflt,nswap,inblock,oublock,msgsnd,msgrcv,nsigs,nvcsw,nivcsw" },
	{ "SCHED", "user,pcpu,pri,usrpri,nice,psxpri,psr,policy,pset" },
	{ "SFMT", "uid,pid,cursig,sig,sigmask,sigignore,sigcatch,stat,tname,command" },
	{ "Std_f", "uid_hack,pid,ppid,c,stime,tname,time,cmd" },
	{ "Std_fl", "f,s,uid_hack,pid,ppid,c,opri,ni,addr,sz,wchan,stime,tname,time,cmd" },
	{ "Std_l", "f,s,uid,pid,ppid,c,opri,ni,addr,sz,wchan,tname,time,ucmd" },
	{ "THREAD", "user,pcpu,pri,scnt,wchan,usertime,systime" },
	{ "UFMT", "uname,pid,pcpu,pmem,vsz,rss,tt,state,start,time,command" },
	{ "VFMT", "pid,tt,state,time,sl,pagein,vsz,rss,pcpu,pmem,command" },
};

const unsigned nfields = sizeof(fields) / sizeof(fields[0]);
const unsigned nmacros = sizeof(macros) / sizeof(macros[0]);

static int field_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct field *)elem)->name);
}

static int macro_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct macro *)elem)->name);
}

const struct field *field_find(const char *name)
{
	return bsearch(name, fields, nfields, sizeof(fields[0]), field_cmp);
}

const struct macro *macro_find(const char *name)
{
	return bsearch(name, macros, nmacros, sizeof(macros[0]), macro_cmp);
}

uint64_t field_groups(const struct field *f, const struct pctx *c)
{
	uint64_t g = f->groups;

	if (f->print == pr_args || f->print == pr_comm) {
		bool long_form = f->print == pr_args ? !c->bsd_c : c->unix_f;

		g = TG_BIT(TG_MSG) | TG_BIT(TG_NAME);
		if (long_form)
			g |= TG_BIT(TG_CMDLINE);
		if (c->bsd_e)
			g |= TG_BIT(TG_ENVIRON);
	}
	return g;
}

/* ---- sorting ---- */

static const struct {
	unsigned char type;
	uint64_t groups;
} sort_keys[SK_COUNT] = {
#define K(k, ty, g) [SK_##k] = { ST_##ty, g }
#define S_ TG_BIT(TG_STAT)
#define C_ TG_BIT(TG_CRED)
#define E_ TG_BIT(TG_OWNER)	/* euid and egid alone */
#define V_ TG_BIT(TG_STATM)
#define M_ TG_BIT(TG_MSG)
	K(NOOP, NONE, 0),
	K(ADDR_CODE_END, UINT, S_), K(ADDR_CODE_START, UINT, S_),
	K(ADDR_CURR_EIP, UINT, S_), K(ADDR_CURR_ESP, UINT, S_),
	K(ADDR_STACK_START, UINT, S_),
	K(AUTOGRP_ID, INT, TG_BIT(TG_AUTOGROUP)),
	K(AUTOGRP_NICE, INT, TG_BIT(TG_AUTOGROUP)),
	K(CGNAME, STR, TG_BIT(TG_CGROUP)), K(CGROUP, STR, TG_BIT(TG_CGROUP)),
	K(CMD, STR, M_ | TG_BIT(TG_NAME)),
	K(CMDLINE, STR, M_ | TG_BIT(TG_NAME) | TG_BIT(TG_CMDLINE)),
	K(EXE, STR, TG_BIT(TG_EXE)),
	K(FLAGS, UINT, S_), K(FLT_MAJ, UINT, S_), K(FLT_MIN, UINT, S_),
	K(ID_EGID, UINT, E_), K(ID_EGROUP, STR, E_),
	K(ID_EUID, UINT, E_), K(ID_EUSER, STR, E_),
	K(ID_FGID, UINT, C_), K(ID_FGROUP, STR, C_),
	K(ID_FUID, UINT, C_), K(ID_FUSER, STR, C_),
	K(ID_LOGIN, INT, TG_BIT(TG_LOGIN)), K(ID_PGRP, INT, M_),
	K(ID_PID, INT, 0), K(ID_PPID, INT, M_),
	K(ID_RGID, UINT, C_), K(ID_RGROUP, STR, C_),
	K(ID_RUID, UINT, C_), K(ID_RUSER, STR, C_),
	K(ID_SESSION, INT, M_),
	K(ID_SGID, UINT, C_), K(ID_SGROUP, STR, C_),
	K(ID_SUID, UINT, C_), K(ID_SUSER, STR, C_),
	K(ID_TGID, INT, 0), K(ID_TPGID, INT, S_),
	K(IO_READ_BYTES, UINT, TG_BIT(TG_IO)), K(IO_READ_CHARS, UINT, TG_BIT(TG_IO)),
	K(IO_READ_OPS, UINT, TG_BIT(TG_IO)), K(IO_WRITE_BYTES, UINT, TG_BIT(TG_IO)),
	K(IO_WRITE_CBYTES, UINT, TG_BIT(TG_IO)), K(IO_WRITE_CHARS, UINT, TG_BIT(TG_IO)),
	K(IO_WRITE_OPS, UINT, TG_BIT(TG_IO)),
	K(LXCNAME, STR, TG_BIT(TG_CGROUP)),
	K(MEM_RES_PGS, UINT, V_), K(MEM_SHR_PGS, UINT, V_),
	K(NICE, INT, S_), K(NLWP, INT, S_),
	K(NS_CGROUP, UINT, TG_BIT(TG_NS)), K(NS_IPC, UINT, TG_BIT(TG_NS)),
	K(NS_MNT, UINT, TG_BIT(TG_NS)), K(NS_NET, UINT, TG_BIT(TG_NS)),
	K(NS_PID, UINT, TG_BIT(TG_NS)), K(NS_TIME, UINT, TG_BIT(TG_NS)),
	K(NS_USER, UINT, TG_BIT(TG_NS)), K(NS_UTS, UINT, TG_BIT(TG_NS)),
	K(OOM_ADJ, INT, TG_BIT(TG_OOM)), K(OOM_SCORE, INT, TG_BIT(TG_OOM)),
	K(PRIORITY, INT, S_), K(PRIORITY_RT, INT, S_), K(PROCESSOR, INT, S_),
	K(PROCESSOR_NODE, INT, S_), K(RSS_RLIM, UINT, S_), K(SCHED_CLASS, INT, S_),
	K(SD_MACH, STR, TG_BIT(TG_CGROUP)), K(SD_OUID, STR, TG_BIT(TG_CGROUP)),
	K(SD_SEAT, STR, TG_BIT(TG_CGROUP)), K(SD_SESS, STR, TG_BIT(TG_CGROUP)),
	K(SD_SLICE, STR, TG_BIT(TG_CGROUP)), K(SD_UNIT, STR, TG_BIT(TG_CGROUP)),
	K(SD_UUNIT, STR, TG_BIT(TG_CGROUP)),
	K(SIGBLOCKED, STR, TG_BIT(TG_SIGNAL)), K(SIGCATCH, STR, TG_BIT(TG_SIGNAL)),
	K(SIGIGNORE, STR, TG_BIT(TG_SIGNAL)), K(SIGNALS, STR, TG_BIT(TG_SIGNAL)),
	K(SIGPENDING, STR, TG_BIT(TG_SIGNAL)),
	K(SMAP_PRV_TOTAL, UINT, TG_BIT(TG_SMAPS)), K(SMAP_PSS, UINT, TG_BIT(TG_SMAPS)),
	K(STATE, CHAR, M_),
	K(SUPGIDS, STR, TG_BIT(TG_GROUPS)), K(SUPGROUPS, STR, TG_BIT(TG_GROUPS)),
	K(TICS_ALL, UINT, S_), K(TICS_BEGAN, UINT, S_), K(TICS_USER, UINT, S_),
	K(TICS_USER_C, UINT, S_), K(TIME_ALL, REAL, S_), K(TIME_ELAPSED, REAL, S_),
	K(TTY_NAME, STRVERS, S_),
	K(UTILIZATION, REAL, S_), K(UTILIZATION_C, REAL, S_),
	K(VM_DATA, UINT, V_), K(VM_EXE, UINT, V_), K(VM_LIB, UINT, V_),
	K(VM_RSS, UINT, TG_BIT(TG_RSS)), K(VM_RSS_LOCKED, UINT, V_),
	K(VM_SIZE, UINT, S_),
	K(VM_STACK, UINT, V_), K(VSIZE_BYTES, UINT, S_),
	K(WCHAN_NAME, STR, TG_BIT(TG_WCHAN)),
#undef K
};

enum sort_type sort_key_type(enum sort_key k)
{
	return sort_keys[k].type;
}

uint64_t sort_key_groups(enum sort_key k, const struct pctx *c)
{
	uint64_t g = sort_keys[k].groups;

	if (k == SK_CMDLINE && c->bsd_e)
		g |= TG_BIT(TG_ENVIRON);
	return g;
}

static const char *sort_string(enum sort_key k, const struct task *t,
			       struct arena *a)
{
	/* one buffer for every record: the value is copied to the arena */
	static char *buf;
	const char *s = "";
	char sd[256];

	if (!buf)
		buf = malloc(TASK_STR_MAX + 64);
	if (!buf)
		return "";
	buf[0] = '\0';
	switch (k) {
	case SK_CMD: task_comm_text(t, buf, 64); break;
	case SK_CMDLINE: task_cmdline_text(t, buf, TASK_STR_MAX); break;
	case SK_CGROUP: cgroup_text(t, buf, TASK_STR_MAX); break;
	case SK_CGNAME:
		cgroup_text(t, buf, TASK_STR_MAX);
		memmove(buf, cgname_of(buf), strlen(cgname_of(buf)) + 1);
		break;
	case SK_EXE:
		if (t->exe.len)
			esc_read(buf, TASK_STR_MAX, t->exe.s);
		else
			strcpy(buf, "-");
		break;
	case SK_ID_EUSER: s = user_name(t->euid); break;
	case SK_ID_RUSER: s = user_name(t->ruid); break;
	case SK_ID_SUSER: s = user_name(t->suid); break;
	case SK_ID_FUSER: s = user_name(t->fuid); break;
	case SK_ID_EGROUP: s = group_name(t->egid); break;
	case SK_ID_RGROUP: s = group_name(t->rgid); break;
	case SK_ID_SGROUP: s = group_name(t->sgid); break;
	case SK_ID_FGROUP: s = group_name(t->fgid); break;
	case SK_LXCNAME: {
		struct pctx c = { .max_rightward = OUTBUF_SIZE - 1 };

		pr_lxcname(buf, t, &c);
		break;
	}
	case SK_SIGBLOCKED: snprintf(buf, 17, "%016llx", (unsigned long long)t->sigblk); break;
	case SK_SIGCATCH: snprintf(buf, 17, "%016llx", (unsigned long long)t->sigcgt); break;
	case SK_SIGIGNORE: snprintf(buf, 17, "%016llx", (unsigned long long)t->sigign); break;
	case SK_SIGNALS: snprintf(buf, 17, "%016llx", (unsigned long long)pending_set(t)); break;
	case SK_SIGPENDING: snprintf(buf, 17, "%016llx", (unsigned long long)t->sigpnd); break;
	case SK_SUPGIDS: {
		struct pctx c = { .max_rightward = OUTBUF_SIZE - 1 };

		pr_supgid(buf, t, &c);
		break;
	}
	case SK_SUPGROUPS: supgroups_text(t, buf, OUTBUF_SIZE); break;
	case SK_TTY_NAME: tty_name(buf, 64, t->tty, t->tid, TTY_ABBREV_DEV); break;
	case SK_WCHAN_NAME: s = t->wchan_name.s ? t->wchan_name.s : ""; break;
	case SK_SD_MACH: case SK_SD_OUID: case SK_SD_SEAT: case SK_SD_SESS:
	case SK_SD_SLICE: case SK_SD_UNIT: case SK_SD_UUNIT: {
		static const int what[] = {
			[SK_SD_MACH - SK_SD_MACH] = SD_MACHINE,
			[SK_SD_OUID - SK_SD_MACH] = SD_OWNER_UID,
			[SK_SD_SEAT - SK_SD_MACH] = SD_SEAT,
			[SK_SD_SESS - SK_SD_MACH] = SD_SESSION,
			[SK_SD_SLICE - SK_SD_MACH] = SD_SLICE,
			[SK_SD_UNIT - SK_SD_MACH] = SD_UNIT,
			[SK_SD_UUNIT - SK_SD_MACH] = SD_USER_UNIT,
		};

		s = sd_lookup(what[k - SK_SD_MACH], t, sd, sizeof(sd)) < 0 ? "-" : sd;
		break;
	}
	default:
		break;
	}
	if (!*buf && *s)
		snprintf(buf, TASK_STR_MAX, "%s", s);
	s = arena_strndup(a, buf, strlen(buf));
	return s ? s : "";
}

void sort_key_value(enum sort_key k, const struct task *t,
		    const struct pctx *c, struct sort_value *v,
		    struct arena *a)
{
	unsigned long pk = sys_page_size() / 1024;

	v->u = 0;
	switch (k) {
	case SK_NOOP: break;
	case SK_ADDR_CODE_END: v->u = t->end_code; break;
	case SK_ADDR_CODE_START: v->u = t->start_code; break;
	case SK_ADDR_CURR_EIP: v->u = t->kstk_eip; break;
	case SK_ADDR_CURR_ESP: v->u = t->kstk_esp; break;
	case SK_ADDR_STACK_START: v->u = t->start_stack; break;
	case SK_AUTOGRP_ID: v->i = t->ag_id; break;
	case SK_AUTOGRP_NICE: v->i = t->ag_nice; break;
	case SK_FLAGS: v->u = t->flags; break;
	case SK_FLT_MAJ: v->u = t->majflt; break;
	case SK_FLT_MIN: v->u = t->minflt; break;
	case SK_ID_EGID: v->u = t->egid; break;
	case SK_ID_EUID: v->u = t->euid; break;
	case SK_ID_FGID: v->u = t->fgid; break;
	case SK_ID_FUID: v->u = t->fuid; break;
	case SK_ID_RGID: v->u = t->rgid; break;
	case SK_ID_RUID: v->u = t->ruid; break;
	case SK_ID_SGID: v->u = t->sgid; break;
	case SK_ID_SUID: v->u = t->suid; break;
	case SK_ID_LOGIN: v->i = t->luid; break;
	case SK_ID_PGRP: v->i = t->pgrp; break;
	case SK_ID_PID: v->i = t->tid; break;
	case SK_ID_PPID: v->i = t->ppid; break;
	case SK_ID_SESSION: v->i = t->sid; break;
	case SK_ID_TGID: v->i = t->tgid; break;
	case SK_ID_TPGID: v->i = t->tpgid; break;
	case SK_IO_READ_BYTES: v->u = t->read_bytes; break;
	case SK_IO_READ_CHARS: v->u = t->rchar; break;
	case SK_IO_READ_OPS: v->u = t->syscr; break;
	case SK_IO_WRITE_BYTES: v->u = t->write_bytes; break;
	case SK_IO_WRITE_CBYTES: v->u = t->cancelled_write_bytes; break;
	case SK_IO_WRITE_CHARS: v->u = t->wchar; break;
	case SK_IO_WRITE_OPS: v->u = t->syscw; break;
	case SK_MEM_RES_PGS: v->u = t->vm_rss / pk; break;
	case SK_MEM_SHR_PGS: v->u = (t->vm_rss_file + t->vm_rss_shared) / pk; break;
	case SK_NICE: v->i = t->nice; break;
	case SK_NLWP: v->i = t->nlwp; break;
	case SK_NS_CGROUP: case SK_NS_IPC: case SK_NS_MNT: case SK_NS_NET:
	case SK_NS_PID: case SK_NS_TIME: case SK_NS_USER: case SK_NS_UTS:
		v->u = t->ns[k - SK_NS_CGROUP];
		break;
	case SK_OOM_ADJ: v->i = t->oom_adj; break;
	case SK_OOM_SCORE: v->i = t->oom_score; break;
	case SK_PRIORITY: v->i = t->priority; break;
	case SK_PRIORITY_RT: v->i = t->rtprio; break;
	case SK_PROCESSOR: v->i = t->processor; break;
	case SK_PROCESSOR_NODE: v->i = numa_node(t->processor); break;
	case SK_RSS_RLIM: v->u = t->rsslim; break;
	case SK_SCHED_CLASS: v->i = t->policy; break;
	case SK_SMAP_PRV_TOTAL: v->u = t->smap_uss; break;
	case SK_SMAP_PSS: v->u = t->smap_pss; break;
	case SK_STATE: v->i = t->state; break;
	case SK_TICS_ALL: v->u = tics_all(t, false); break;
	case SK_TICS_BEGAN: v->u = t->start_time; break;
	case SK_TICS_USER: v->u = t->utime; break;
	case SK_TICS_USER_C: v->u = t->utime + t->cutime; break;
	case SK_TIME_ALL: v->r = ((double)t->utime + t->stime) / sys_hz(); break;
	case SK_TIME_ELAPSED: v->r = elapsed(t); break;
	case SK_UTILIZATION: v->r = utilization(t, false); break;
	case SK_UTILIZATION_C: v->r = utilization(t, true); break;
	case SK_VM_DATA: v->u = t->vm_data; break;
	case SK_VM_EXE: v->u = t->vm_exe; break;
	case SK_VM_LIB: v->u = t->vm_lib; break;
	case SK_VM_RSS: v->u = t->vm_rss; break;
	case SK_VM_RSS_LOCKED: v->u = t->vm_lock; break;
	case SK_VM_SIZE: v->u = t->vsize >> 10; break;
	case SK_VM_STACK: v->u = t->vm_stack; break;
	case SK_VSIZE_BYTES: v->u = t->vsize; break;
	default:
		v->s = sort_string(k, t, a);
		break;
	}
}

int sort_value_cmp(enum sort_type type, const struct sort_value *a,
		   const struct sort_value *b)
{
	switch (type) {
	case ST_INT:
	case ST_CHAR:
		return a->i < b->i ? -1 : a->i > b->i;
	case ST_UINT:
		return a->u < b->u ? -1 : a->u > b->u;
	case ST_REAL:
		return a->r < b->r ? -1 : a->r > b->r;
	case ST_STR:
		return strcoll(a->s, b->s);
	case ST_STRVERS:
		return strverscmp(a->s, b->s);
	default:
		return 0;
	}
}
