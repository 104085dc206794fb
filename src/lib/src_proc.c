/*
 * src_proc.c - the /proc source.
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

/* procps reads at most this much of cmdline, environ and cgroup */
#define PROC_STR_MAX (128 * 1024)

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

static int gone(int err)
{
	return err == ENOENT || err == ESRCH;
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
		return gone(-n) ? -ENOENT : 0;
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
		return n < 0 && gone(errno) ? -ENOENT : 0;
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

static int fill_status(struct proc_reader *r, struct task *t, uint64_t g,
		       struct arena *a)
{
	ssize_t n = read_file(r, "status", 16384);

	if (n < 0)
		return gone(-n) ? -ENOENT : 0;
	return parse_status(r->buf, t, g, a);
}

static int fill_wchan(struct proc_reader *r, struct task *t, struct arena *a)
{
	char path[32];
	int fd;
	ssize_t n;
	char buf[64];
	const char *w = buf;

	/* procps asks /proc/TID/wchan, which works for threads too */
	snprintf(path, sizeof(path), "%d/wchan", t->tid);
	t->wchan_name.s = "?";
	fd = openat(r->procfd, path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		goto done;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n < 1)
		goto done;
	buf[n] = '\0';
	if (buf[0] == '0' && buf[1] == '\0') {
		t->wchan_name.s = "-";
		goto done;
	}
	if (*w == '.')
		w++;
	while (*w == '_')
		w++;
	t->wchan_name.s = arena_strndup(a, w, strlen(w));
	if (!t->wchan_name.s)
		t->wchan_name.s = "?";
done:
	t->wchan_name.len = strlen(t->wchan_name.s);
	t->have |= TG_BIT(TG_WCHAN);
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

/* the uid /proc shows as the owner of the task's directory */
static int fill_owner(struct proc_reader *r, struct task *t)
{
	struct stat st;

	if (fstatat(r->procfd, at(r, "."), &st, 0) < 0)
		return gone(errno) ? -ENOENT : 0;
	t->owner = st.st_uid;
	t->have |= TG_BIT(TG_OWNER);
	return 0;
}

static int small_int_file(struct proc_reader *r, const char *file, int *val)
{
	ssize_t n = read_file(r, file, 64);

	if (n > 0)
		*val = atoi(r->buf);
	return n < 0 && gone(-n) ? -ENOENT : 0;
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
	if ((g & status_groups) && fill_status(r, t, g, a) < 0)
		return -ENOENT;
	if ((g & TG_BIT(TG_OWNER)) && fill_owner(r, t) < 0)
		return -ENOENT;
	if (g & TG_BIT(TG_CMDLINE)) {
		if (read_string(r, "cmdline", &t->cmdline, PROC_STR_MAX, a) < 0)
			return -ENOENT;
		t->have |= TG_BIT(TG_CMDLINE);
	}
	if (g & TG_BIT(TG_ENVIRON)) {
		if (read_string(r, "environ", &t->environ, PROC_STR_MAX, a) < 0)
			return -ENOENT;
		t->have |= TG_BIT(TG_ENVIRON);
	}
	if (g & TG_BIT(TG_CGROUP)) {
		if (read_string(r, "cgroup", &t->cgroup, PROC_STR_MAX, a) < 0)
			return -ENOENT;
		t->have |= TG_BIT(TG_CGROUP);
	}
	return fill_misc(r, t, g, a);
}

/* ---- directory walking ---- */

struct dir_iter {
	int fd;
	char buf[32768];
	long len, pos;
};

struct linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* the next all-digit entry as a number, 0 at the end */
static int dir_next_pid(struct dir_iter *it)
{
	for (;;) {
		struct linux_dirent64 *d;
		const char *p;
		long v = 0;

		if (it->pos >= it->len) {
			it->len = syscall(SYS_getdents64, it->fd, it->buf,
					  sizeof(it->buf));
			it->pos = 0;
			if (it->len <= 0)
				return 0;
		}
		d = (struct linux_dirent64 *)(it->buf + it->pos);
		it->pos += d->d_reclen;
		p = d->d_name;
		if (*p < '1' || *p > '9')
			continue;
		while (*p >= '0' && *p <= '9' && v < 0x7fffffff)
			v = v * 10 + (*p++ - '0');
		if (!*p && v > 0 && v <= 0x7fffffff)
			return (int)v;
	}
}

struct proc_state {
	struct proc_reader *r;
	struct arena arena;
};

static int proc_open(void **state)
{
	struct proc_state *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->r = proc_reader_new(NULL);
	if (!s->r) {
		free(s);
		return -errno ? -errno : -ENOENT;
	}
	arena_init(&s->arena);
	*state = s;
	return 0;
}

static void proc_close(void *state)
{
	struct proc_state *s = state;

	proc_reader_free(s->r);
	arena_free(&s->arena);
	free(s);
}

/* read one record and hand it over; 0 to continue, <0 to stop */
static int emit(struct proc_state *s, struct task *t,
		const struct scan_request *req, task_cb cb, void *arg)
{
	int rc;

	arena_reset(&s->arena);
	if (req->filter) {
		if (proc_fill(s->r, t, req->filter_want, &s->arena) < 0)
			return 0;
		if (!req->filter(t, req->filter_arg))
			return 0;
	}
	if (proc_fill(s->r, t, req->want, &s->arena) < 0)
		return 0;
	rc = cb(t, arg);
	return rc < 0 ? rc : 0;
}

static void task_init(struct task *t, int tgid, int tid)
{
	memset(t, 0, sizeof(*t));
	t->tgid = tgid;
	t->tid = tid;
	t->luid = -1;
	t->ag_id = -1;
}

static int emit_threads(struct proc_state *s, int tgid,
			const struct scan_request *req, task_cb cb, void *arg)
{
	struct dir_iter *it;
	struct task t;
	char path[32];
	int tid, rc = 0;

	it = malloc(sizeof(*it));
	if (!it)
		return -ENOMEM;
	snprintf(path, sizeof(path), "%d/task", tgid);
	it->fd = openat(s->r->procfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	it->len = it->pos = 0;
	if (it->fd < 0) {
		free(it);
		return 0;
	}
	while (!rc && (tid = dir_next_pid(it))) {
		task_init(&t, tgid, tid);
		t.is_thread = 1;
		t.nonleader = tid != tgid;
		rc = emit(s, &t, req, cb, arg);
	}
	close(it->fd);
	free(it);
	return rc;
}

static int scan_one(struct proc_state *s, int tgid,
		    const struct scan_request *req, task_cb cb, void *arg)
{
	struct task t;

	if (req->threads)
		return emit_threads(s, tgid, req, cb, arg);
	task_init(&t, tgid, tgid);
	return emit(s, &t, req, cb, arg);
}

/* the thread group a listed pid belongs to (it may name a thread) */
static int listed_tgid(struct proc_state *s, int pid)
{
	char path[32], buf[1024];
	const char *p;

	snprintf(path, sizeof(path), "%d/status", pid);
	if (sys_read_file(s->r->procfd, path, buf, sizeof(buf)) < 0)
		return 0;
	p = strstr(buf, "\nTgid:");
	return p ? atoi(p + 6) : pid;
}

static int scan_listed(struct proc_state *s, const struct scan_request *req,
		       task_cb cb, void *arg)
{
	struct task t;
	size_t i;
	int rc = 0, tgid;

	for (i = 0; !rc && i < req->npids; i++) {
		tgid = listed_tgid(s, req->pids[i]);
		if (!tgid)
			continue;
		if (req->threads) {
			rc = emit_threads(s, tgid, req, cb, arg);
			continue;
		}
		task_init(&t, tgid, req->pids[i]);
		rc = emit(s, &t, req, cb, arg);
	}
	return rc;
}

static int proc_scan(void *state, const struct scan_request *req,
		     task_cb cb, void *arg)
{
	struct proc_state *s = state;
	struct dir_iter *it;
	int pid, rc = 0;

	if (req->scope == SCAN_PIDS)
		return scan_listed(s, req, cb, arg);
	it = malloc(sizeof(*it));
	if (!it)
		return -ENOMEM;
	it->fd = dup(s->r->procfd);
	it->len = it->pos = 0;
	if (it->fd < 0 || lseek(it->fd, 0, SEEK_SET) < 0) {
		rc = -errno;
		goto out;
	}
	while (!rc && (pid = dir_next_pid(it)))
		rc = scan_one(s, pid, req, cb, arg);
out:
	if (it->fd >= 0)
		close(it->fd);
	free(it);
	return rc;
}

const struct source_ops proc_source_ops = {
	.name = "proc",
	.open = proc_open,
	.scan = proc_scan,
	.close = proc_close,
};
