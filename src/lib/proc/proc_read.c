/*
 * proc_read.c - reading one task from /proc (see proc_read.h).
 *
 * Reads only the files the requested groups need (groups.h says which),
 * each with one openat/read/close relative to a single /proc directory
 * descriptor, into one reusable buffer.  A task that disappears while it
 * is being read is dropped without a word.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "lib/record/groups.h"
#include "lib/proc/proc_read.h"
#include "lib/proc/proc_parse.h"
#include "lib/system/sys_facts.h"


struct proc_reader {
	int procfd;
	char *buf;
	size_t size;
	char path[64];		/* "PID/" or "PID/task/TID/" */
	size_t plen;
	struct task *cur;	/* the task being read */
	struct proc_watch *watch;
};

struct proc_reader *proc_reader_new(void)
{
	struct proc_reader *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->procfd = open(sys_proc_root(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
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

void proc_reader_watch(struct proc_reader *r, struct proc_watch *w)
{
	r->watch = w;
}

/* ---- reads that may wait on another process ---- */

void proc_stuck_init(struct proc_stuck *s)
{
	memset(s, 0, sizeof(*s));
	pthread_mutex_init(&s->mu, NULL);
}

void proc_stuck_add(struct proc_stuck *s, int tgid)
{
	int i;

	pthread_mutex_lock(&s->mu);
	for (i = 0; i < s->n && s->e[i].tgid != tgid; i++)
		;
	if (i == s->n && s->n < PROC_STUCK_MAX) {
		s->e[i].tgid = tgid;
		s->e[i].times = 0;
		__atomic_store_n(&s->n, s->n + 1, __ATOMIC_RELEASE);
	}
	if (i < s->n)
		s->e[i].times++;
	pthread_mutex_unlock(&s->mu);
}

int proc_stuck_times(struct proc_stuck *s, int tgid)
{
	int i, times = 0;

	if (!s || !__atomic_load_n(&s->n, __ATOMIC_ACQUIRE))
		return 0;
	pthread_mutex_lock(&s->mu);
	for (i = 0; i < s->n; i++)
		if (s->e[i].tgid == tgid)
			times = s->e[i].times;
	pthread_mutex_unlock(&s->mu);
	return times;
}

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

bool proc_watch_abandon(struct proc_watch *w, uint64_t now_ns,
			uint64_t limit_ns)
{
	unsigned long word = __atomic_load_n(&w->word, __ATOMIC_ACQUIRE);
	uint64_t since = __atomic_load_n(&w->since_ns, __ATOMIC_RELAXED);

	if ((word & 3) != PROC_WATCH_READING || now_ns < since + limit_ns)
		return false;
	/* fails if the read ended, or another began, since the load */
	return __atomic_compare_exchange_n(&w->word, &word,
					   (word & ~3UL) | PROC_WATCH_ABANDONED,
					   false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
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

/*
 * read_file() for the file @pf, which may wait on the task (above).  A
 * task given up twice is not read again: -EACCES, as for a file /proc
 * refuses.  A thread given up meanwhile does not come back from here.
 */
static ssize_t read_waiting(struct proc_reader *r, const char *file,
			    size_t max, enum proc_file pf)
{
	struct proc_watch *w = r->watch;
	unsigned long word;
	ssize_t n;

	if (!w)
		return read_file(r, file, max);
	if (proc_stuck_times(w->stuck, r->cur->tgid) >= 2) {
		r->cur->timed_out |= 1u << pf;
		return -EACCES;
	}
	word = ((__atomic_load_n(&w->word, __ATOMIC_RELAXED) >> 2) + 1) << 2;
	w->tgid = r->cur->tgid;
	__atomic_store_n(&w->since_ns, mono_ns(), __ATOMIC_RELAXED);
	__atomic_store_n(&w->word, word | PROC_WATCH_READING, __ATOMIC_RELEASE);
	n = read_file(r, file, max);
	word |= PROC_WATCH_READING;
	if (!__atomic_compare_exchange_n(&w->word, &word, word & ~3UL, false,
					 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		pthread_exit(NULL);	/* given up: the scan went on */
	return n;
}

/* read a file into the arena as a string; missing means "", gone is fatal */
static int read_string_pf(struct proc_reader *r, const char *file,
			  enum proc_file pf, struct tstr *out, size_t max,
			  struct arena *a)
{
	ssize_t n = pf == PFILE_NONE ? read_file(r, file, max)
				  : read_waiting(r, file, max, pf);

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

static int read_string(struct proc_reader *r, const char *file,
		       struct tstr *out, size_t max, struct arena *a)
{
	return read_string_pf(r, file, PFILE_NONE, out, max, a);
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

/* ---- one reader per file (enum proc_file); 0, or -ENOENT: gone ---- */

static int read_stat(struct proc_reader *r, struct task *t, struct arena *a)
{
	ssize_t n = read_file(r, "stat", 4096);

	if (n < 0)
		return -ENOENT;
	return proc_parse_stat(r->buf, t) < 0 ? -ENOENT : 0;
}

/* one read of status fills every group the contract maps to it */
static int read_status(struct proc_reader *r, struct task *t, struct arena *a)
{
	ssize_t n = read_file(r, "status", 16384);

	if (n < 0)
		return gone(r, -n) ? -ENOENT : 0;
	return proc_parse_status(r->buf, t, group_file_groups(PFILE_STATUS), a);
}

/* the effective ids, as the owner of the task's directory (groups.c) */
static int read_dir(struct proc_reader *r, struct task *t, struct arena *a)
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
 * VmRSS (zero without an mm, as status then has no VmRSS line).
 */
static int read_statm(struct proc_reader *r, struct task *t, struct arena *a)
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

static int read_cmdline(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->have |= TG_BIT(TG_CMDLINE);
	return read_string_pf(r, "cmdline", PFILE_CMDLINE, &t->cmdline,
			      TASK_STR_MAX, a);
}

static int read_environ(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->have |= TG_BIT(TG_ENVIRON);
	return read_string_pf(r, "environ", PFILE_ENVIRON, &t->environ,
			      TASK_STR_MAX, a);
}

static int read_cgroup(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->have |= TG_BIT(TG_CGROUP);
	return read_string(r, "cgroup", &t->cgroup, TASK_STR_MAX, a);
}

static int small_int_file(struct proc_reader *r, const char *file, int *val)
{
	ssize_t n = read_file(r, file, 64);

	if (n > 0)
		*val = atoi(r->buf);
	return n < 0 && gone(r, -n) ? -ENOENT : 0;
}

static int read_io(struct proc_reader *r, struct task *t, struct arena *a)
{
	if (read_waiting(r, "io", 4096, PFILE_IO) > 0)
		proc_parse_io(r->buf, t);
	t->have |= TG_BIT(TG_IO);
	return 0;
}

static int read_oom(struct proc_reader *r, struct task *t, struct arena *a)
{
	int rc = small_int_file(r, "oom_score", &t->oom_score);

	if (!rc)
		rc = small_int_file(r, "oom_score_adj", &t->oom_adj);
	t->have |= TG_BIT(TG_OOM);
	return rc;
}

static int read_loginuid(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->luid = -1;
	t->have |= TG_BIT(TG_LOGIN);
	return small_int_file(r, "loginuid", &t->luid);
}

static int read_autogroup(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->ag_id = -1;
	t->ag_nice = 0;
	if (read_file(r, "autogroup", 256) > 0)
		proc_parse_autogroup(r->buf, t);
	t->have |= TG_BIT(TG_AUTOGROUP);
	return 0;
}

static int read_smaps(struct proc_reader *r, struct task *t, struct arena *a)
{
	if (read_waiting(r, "smaps_rollup", 8192, PFILE_SMAPS_ROLLUP) > 0)
		proc_parse_smaps_rollup(r->buf, t);
	t->have |= TG_BIT(TG_SMAPS);
	return 0;
}

static int read_exe(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->have |= TG_BIT(TG_EXE);
	return read_link(r, "exe", &t->exe, "", a);
}

static int read_secctx(struct proc_reader *r, struct task *t, struct arena *a)
{
	t->have |= TG_BIT(TG_SECCTX);
	return read_string(r, "attr/current", &t->secctx, 4096, a);
}

static int read_ns(struct proc_reader *r, struct task *t, struct arena *a)
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
	return 0;
}

static int read_wchan(struct proc_reader *r, struct task *t, struct arena *a)
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
	proc_parse_wchan(buf, n > 0 ? (size_t)n : 0, t, a);
	return 0;
}

/*
 * procps 4.0.5's open-files count: the size Linux (6.2 on) gives the fd
 * directory, 0 when it cannot be looked at (another user's process).
 */
static int read_fds(struct proc_reader *r, struct task *t, struct arena *a)
{
	struct stat st;

	t->fds = fstatat(r->procfd, at(r, "fd"), &st, 0) == 0 ? (int)st.st_size : 0;
	t->have |= TG_BIT(TG_FDS);
	return 0;
}

static int (*const readers[PFILE_COUNT])(struct proc_reader *, struct task *,
				      struct arena *) = {
	[PFILE_STAT] = read_stat, [PFILE_STATUS] = read_status, [PFILE_DIR] = read_dir,
	[PFILE_STATM] = read_statm, [PFILE_CMDLINE] = read_cmdline,
	[PFILE_ENVIRON] = read_environ, [PFILE_CGROUP] = read_cgroup,
	[PFILE_IO] = read_io, [PFILE_OOM] = read_oom, [PFILE_LOGINUID] = read_loginuid,
	[PFILE_AUTOGROUP] = read_autogroup, [PFILE_SMAPS_ROLLUP] = read_smaps,
	[PFILE_EXE] = read_exe, [PFILE_ATTR_CURRENT] = read_secctx, [PFILE_NS] = read_ns,
	[PFILE_WCHAN] = read_wchan, [PFILE_FDS] = read_fds,
};

/* a row of its own values reads /proc/PID/task/TID, else /proc/PID */
static void set_prefix(struct proc_reader *r, const struct task *t,
		       bool leader_row_own)
{
	int n;

	if (task_row_own(t, leader_row_own))
		n = snprintf(r->path, sizeof(r->path), "%d/task/%d/",
			     t->tgid, t->tid);
	else
		n = snprintf(r->path, sizeof(r->path), "%d/", t->tid);
	r->plen = n > 0 && (size_t)n < sizeof(r->path) ? (size_t)n : 0;
}

int proc_fill(struct proc_reader *r, struct task *t, uint64_t groups,
	      bool leader_row_own, struct arena *a)
{
	unsigned files = group_files(groups, t->have);
	int f;

	if (!files)
		return 0;
	set_prefix(r, t, leader_row_own);
	r->cur = t;
	for (f = PFILE_NONE + 1; f < PFILE_COUNT; f++)
		if ((files & (1u << f)) && readers[f](r, t, a) < 0)
			return -ENOENT;
	group_derive(t);
	return 0;
}
