/*
 * src_proc.c - reading one task from /proc (the /proc source's reader).
 *
 * Reads only the files the requested groups need, each with one
 * openat/read/close relative to a single /proc directory descriptor, into
 * one reusable buffer.  A task that disappears while it is being read is
 * dropped without a word.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "source.h"
#include "lib/procparse.h"
#include "lib/sys.h"


struct proc_reader {
	int procfd;
	char *buf;
	size_t size;
	char path[64];		/* "PID/" or "PID/task/TID/" */
	size_t plen;
};

struct proc_reader *proc_reader_new(const char *root)
{
	struct proc_reader *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->procfd = open(root ? root : sys_proc_root(),
			 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	r->size = 4096;
	r->buf = malloc(r->size);
	if (r->procfd < 0 || !r->buf) {
		proc_reader_free(r);
		return NULL;
	}
	return r;
}

void proc_reader_free(struct proc_reader *r)
{
	if (!r)
		return;
	if (r->procfd >= 0)
		close(r->procfd);
	free(r->buf);
	free(r);
}

int proc_reader_dirfd(const struct proc_reader *r)
{
	return r->procfd;
}

/*
 * A file that cannot be read does not by itself mean the task has gone:
 * ESRCH answers "no memory map" (a zombie's environ) and ENOENT a missing
 * link (a zombie's exe).  The task has gone when its directory has.
 */
static int gone(struct proc_reader *r, int err)
{
	char dir[sizeof(r->path) + 2];
	struct stat st;

	if (err != ENOENT && err != ESRCH)
		return 0;
	memcpy(dir, r->path, r->plen);
	dir[r->plen] = '.';
	dir[r->plen + 1] = '\0';
	return fstatat(r->procfd, dir, &st, 0) < 0 && errno == ENOENT;
}

static const char *at(struct proc_reader *r, const char *file)
{
	snprintf(r->path + r->plen, sizeof(r->path) - r->plen, "%s", file);
	return r->path;
}

/*
 * Read a file of the current task into r->buf, at most max bytes.
 * Returns the length, or -errno.  procfs files fill a read as far as they
 * can, so a short read is the end of the file.
 */
static ssize_t read_file(struct proc_reader *r, const char *file, size_t max)
{
	ssize_t n, tot = 0;
	int fd;

	fd = openat(r->procfd, at(r, file), O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	for (;;) {
		size_t room;

		if ((size_t)tot + 1 >= r->size && r->size < max + 1) {
			size_t nsize = r->size * 2 > max + 1 ? max + 1 : r->size * 2;
			char *nb = realloc(r->buf, nsize);

			if (!nb) {
				close(fd);
				return -ENOMEM;
			}
			r->buf = nb;
			r->size = nsize;
		}
		room = r->size - 1 - tot;
		if ((size_t)tot >= max || room == 0)
			break;
		if (room > max - tot)
			room = max - tot;
		n = read(fd, r->buf + tot, room);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			n = -errno;
			close(fd);
			return n;
		}
		tot += n;
		if ((size_t)n < room)
			break;
	}
	close(fd);
	r->buf[tot] = '\0';
	return tot;
}

/* read a file into the arena as a string; missing means "", gone is fatal */
static int read_string(struct proc_reader *r, const char *file,
		       struct tstr *out, size_t max, struct arena *a)
{
	ssize_t n = read_file(r, file, max);

	out->s = "";
	out->len = 0;
	if (n < 0)
		return gone(r, -n) ? -ENOENT : 0;
	out->s = arena_strndup(a, r->buf, n);
	out->len = out->s ? (size_t)n : 0;
	if (!out->s)
		out->s = "";
	return 0;
}

static int read_link(struct proc_reader *r, const char *file,
		     struct tstr *out, const char *dflt, struct arena *a)
{
	char buf[4096];
	ssize_t n;

	n = readlinkat(r->procfd, at(r, file), buf, sizeof(buf) - 1);
	if (n <= 0) {
		out->s = dflt;
		out->len = strlen(dflt);
		return n < 0 && gone(r, errno) ? -ENOENT : 0;
	}
	out->s = arena_strndup(a, buf, n);
	out->len = out->s ? (size_t)n : 0;
	if (!out->s)
		out->s = dflt;
	return 0;
}

static int fill_stat(struct proc_reader *r, struct task *t)
{
	ssize_t n = read_file(r, "stat", 4096);

	if (n < 0)
		return -ENOENT;
	return parse_stat(r->buf, t) < 0 ? -ENOENT : 0;
}

/*
 * status holds every status group, and parse_status() fills them all, so
 * all are marked: a record that needed status for VmLck has its ids too,
 * and the owner and rss follow without another read.
 */
static int fill_status(struct proc_reader *r, struct task *t, struct arena *a)
{
	ssize_t n = read_file(r, "status", 16384);

	if (n < 0)
		return gone(r, -n) ? -ENOENT : 0;
	return parse_status(r->buf, t, TG_BIT(TG_CRED) | TG_BIT(TG_STATM) |
			    TG_BIT(TG_SIGNAL) | TG_BIT(TG_GROUPS), a);
}

static int fill_wchan(struct proc_reader *r, struct task *t, struct arena *a)
{
	char path[32];
	int fd;
	ssize_t n = 0;
	char buf[64];

	/* procps asks /proc/TID/wchan, which works for threads too */
	snprintf(path, sizeof(path), "%d/wchan", t->tid);
	fd = openat(r->procfd, path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
	}
	parse_wchan(buf, n > 0 ? (size_t)n : 0, t, a);
	return 0;
}

static void fill_ns(struct proc_reader *r, struct task *t)
{
	static const char *const names[TASK_DIAG_NS_COUNT] = {
		"ns/cgroup", "ns/ipc", "ns/mnt", "ns/net",
		"ns/pid", "ns/time", "ns/user", "ns/uts",
	};
	struct stat st;
	char path[48];
	int i;

	/* procps looks at /proc/TID/ns, even for threads */
	for (i = 0; i < TASK_DIAG_NS_COUNT; i++) {
		snprintf(path, sizeof(path), "%d/%s", t->tid, names[i]);
		t->ns[i] = fstatat(r->procfd, path, &st, 0) == 0 ? st.st_ino : 0;
	}
	t->have |= TG_BIT(TG_NS);
}

/*
 * The effective ids, as the owner of the task's directory: the kernel
 * owns it by the euid and egid whatever the task's dumpability (see
 * TG_OWNER), and a stat costs far less than generating status.
 */
static int fill_owner(struct proc_reader *r, struct task *t)
{
	struct stat st;

	if (fstatat(r->procfd, at(r, "."), &st, 0) < 0)
		return gone(r, errno) ? -ENOENT : 0;
	t->owner = st.st_uid;
	t->euid = st.st_uid;
	t->egid = st.st_gid;
	t->have |= TG_BIT(TG_OWNER);
	return 0;
}

/*
 * vm_rss from statm's resident pages: the same sum status prints as
 * VmRSS (zero without an mm, as status then has no VmRSS line), for
 * half the kernel's work.
 */
static int fill_rss(struct proc_reader *r, struct task *t)
{
	ssize_t n = read_file(r, "statm", 256);
	const char *p = r->buf;

	if (n < 0)
		return gone(r, -n) ? -ENOENT : 0;
	t->vm_rss = 0;
	while (*p >= '0' && *p <= '9')		/* size */
		p++;
	if (*p == ' ')
		t->vm_rss = strtoul(p + 1, NULL, 10) * (sys_page_size() / 1024);
	t->have |= TG_BIT(TG_RSS);
	return 0;
}

static int small_int_file(struct proc_reader *r, const char *file, int *val)
{
	ssize_t n = read_file(r, file, 64);

	if (n > 0)
		*val = atoi(r->buf);
	return n < 0 && gone(r, -n) ? -ENOENT : 0;
}

static int fill_misc(struct proc_reader *r, struct task *t, uint64_t g,
		     struct arena *a)
{
	ssize_t n;
	int rc = 0;

	if (g & TG_BIT(TG_IO)) {
		n = read_file(r, "io", 4096);
		if (n > 0)
			parse_io(r->buf, t);
		t->have |= TG_BIT(TG_IO);
	}
	if (g & TG_BIT(TG_OOM)) {
		rc |= small_int_file(r, "oom_score", &t->oom_score);
		rc |= small_int_file(r, "oom_score_adj", &t->oom_adj);
		t->have |= TG_BIT(TG_OOM);
	}
	if (g & TG_BIT(TG_LOGIN)) {
		t->luid = -1;
		rc |= small_int_file(r, "loginuid", &t->luid);
		t->have |= TG_BIT(TG_LOGIN);
	}
	if (g & TG_BIT(TG_AUTOGROUP)) {
		t->ag_id = -1;
		t->ag_nice = 0;
		n = read_file(r, "autogroup", 256);
		if (n > 0)
			parse_autogroup(r->buf, t);
		t->have |= TG_BIT(TG_AUTOGROUP);
	}
	if (g & TG_BIT(TG_SMAPS)) {
		n = read_file(r, "smaps_rollup", 8192);
		if (n > 0)
			parse_smaps_rollup(r->buf, t);
		t->have |= TG_BIT(TG_SMAPS);
	}
	if (g & TG_BIT(TG_EXE)) {
		rc |= read_link(r, "exe", &t->exe, "", a);
		t->have |= TG_BIT(TG_EXE);
	}
	if (g & TG_BIT(TG_SECCTX)) {
		rc |= read_string(r, "attr/current", &t->secctx, 4096, a);
		t->have |= TG_BIT(TG_SECCTX);
	}
	if (g & TG_BIT(TG_NS))
		fill_ns(r, t);
	if (g & TG_BIT(TG_WCHAN))
		rc |= fill_wchan(r, t, a);
	return rc ? -ENOENT : 0;
}

static void set_prefix(struct proc_reader *r, const struct task *t)
{
	int n;

	if (t->nonleader)
		n = snprintf(r->path, sizeof(r->path), "%d/task/%d/",
			     t->tgid, t->tid);
	else
		n = snprintf(r->path, sizeof(r->path), "%d/", t->tid);
	r->plen = n > 0 && (size_t)n < sizeof(r->path) ? (size_t)n : 0;
}

int proc_fill(struct proc_reader *r, struct task *t, uint64_t groups,
	      struct arena *a)
{
	const uint64_t status_groups = TG_BIT(TG_CRED) | TG_BIT(TG_STATM) |
				       TG_BIT(TG_SIGNAL) | TG_BIT(TG_GROUPS);
	const uint64_t stat_groups = TG_BIT(TG_MSG) | TG_BIT(TG_NAME) |
				     TG_BIT(TG_STAT);
	uint64_t g = groups & ~t->have;

	if (!g)
		return 0;
	set_prefix(r, t);
	if ((g & stat_groups) && fill_stat(r, t) < 0)
		return -ENOENT;
	if ((g & status_groups) && fill_status(r, t, a) < 0)
		return -ENOENT;
	/* status just read gives the owner and rss too */
	task_derive(t);
	if ((groups & ~t->have & TG_BIT(TG_OWNER)) && fill_owner(r, t) < 0)
		return -ENOENT;
	if ((groups & ~t->have & TG_BIT(TG_RSS)) && fill_rss(r, t) < 0)
		return -ENOENT;
	if (g & TG_BIT(TG_CMDLINE)) {
		if (read_string(r, "cmdline", &t->cmdline, TASK_STR_MAX, a) < 0)
			return -ENOENT;
		t->have |= TG_BIT(TG_CMDLINE);
	}
	if (g & TG_BIT(TG_ENVIRON)) {
		if (read_string(r, "environ", &t->environ, TASK_STR_MAX, a) < 0)
			return -ENOENT;
		t->have |= TG_BIT(TG_ENVIRON);
	}
	if (g & TG_BIT(TG_CGROUP)) {
		if (read_string(r, "cgroup", &t->cgroup, TASK_STR_MAX, a) < 0)
			return -ENOENT;
		t->have |= TG_BIT(TG_CGROUP);
	}
	return fill_misc(r, t, g, a);
}
