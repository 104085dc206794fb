/*
 * proc_scan.c - the /proc source: walking /proc, in parallel.
 *
 * The pid list comes from one getdents pass.  It is cut into chunks of
 * consecutive pids; worker threads (and the calling thread, while it
 * waits) read chunks into records, and the calling thread hands them to
 * the callback strictly in chunk order, so output order never depends on
 * timing.  Workers may run only a bounded window ahead, which bounds
 * memory.  Small scans, and machines with one CPU, use no threads.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "source.h"
#include "lib/sys.h"

/*
 * A chunk of 32 is ~0.3 ms of reading for the cheapest listing, so the
 * lock taken per chunk costs nothing measurable, while the records in
 * flight (760 bytes each) stay few: the window lets each reader be 4
 * chunks ahead of the consumer, enough to ride out a reader being
 * descheduled for a while, and bounds memory at 4 * 32 records per
 * reader (~100 KiB) whatever the number of processes.
 */
#define CHUNK_PIDS 32		/* pids per chunk */
#define WINDOW_PER_READER 4	/* chunks read ahead, per reading thread */
#define MIN_PARALLEL 512	/* fewer processes: not worth a thread */
#define MAX_WORKERS 4

/* ---- directory listing ---- */

struct linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* the all-digit names of a directory, in readdir order; count or -errno */
static long list_pids(int dirfd, const char *path, int **out)
{
	char *buf;
	int *pids = NULL, *np;
	long n = 0, cap = 0, len, pos;
	int fd;

	*out = NULL;
	fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	buf = malloc(65536);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	while ((len = syscall(SYS_getdents64, fd, buf, 65536)) > 0) {
		for (pos = 0; pos < len; ) {
			struct linux_dirent64 *d = (void *)(buf + pos);
			const char *p = d->d_name;
			long v = 0;

			pos += d->d_reclen;
			if (*p < '1' || *p > '9')
				continue;
			while (*p >= '0' && *p <= '9' && v <= 0x7fffffff)
				v = v * 10 + (*p++ - '0');
			if (*p || v > 0x7fffffff)
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 1024;
				np = realloc(pids, cap * sizeof(*pids));
				if (!np) {
					n = -ENOMEM;
					goto out;
				}
				pids = np;
			}
			pids[n++] = (int)v;
		}
	}
	if (len < 0)
		n = -errno;
out:
	free(buf);
	close(fd);
	if (n < 0)
		free(pids);
	else
		*out = pids;
	return n;
}

/* ---- chunks ---- */

struct chunk {
	size_t first, count;		/* slice of the pid list */
	struct task *recs;
	size_t nrecs, cap;
	struct arena arena;
	int err;
	enum { CH_FREE, CH_BUSY, CH_DONE } state;
};

struct scan {
	const struct scan_request *req;
	int procfd;
	int *pids;
	size_t npids;
	struct chunk *chunks;
	size_t nchunks;
	size_t next_claim, next_emit;
	size_t window;			/* chunks claimed ahead of next_emit */
	bool stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

static int add_record(struct chunk *c, const struct task *t)
{
	if (c->nrecs == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : CHUNK_PIDS;
		struct task *nr = realloc(c->recs, cap * sizeof(*nr));

		if (!nr)
			return -ENOMEM;
		c->recs = nr;
		c->cap = cap;
	}
	c->recs[c->nrecs++] = *t;
	return 0;
}

/* fill one record; keep it unless it vanished or the filter says no */
static int read_one(struct proc_reader *r, struct chunk *c, struct task *t,
		    const struct scan_request *req)
{
	if (req->filter) {
		if (proc_fill(r, t, req->filter_want, &c->arena) < 0)
			return 0;
		if (!req->filter(t, req->filter_arg))
			return 0;
	}
	if (proc_fill(r, t, req->want, &c->arena) < 0)
		return 0;
	return add_record(c, t);
}

/*
 * The thread records of one process.  The leader's stat comes first: it
 * is read for the leader's record anyway, and when it counts a single
 * thread, task/ would list only the leader, so the listing (an open, two
 * getdents and a close, more than the rest of a pstree record) is not
 * made.  A thread started after that stat is missed, as it would be by
 * a listing made a moment earlier.
 */
static int read_threads(struct proc_reader *r, struct chunk *c, int tgid,
			const struct scan_request *req)
{
	char path[32];
	struct task lead, t;
	int *tids, rc = 0;
	long n, i;

	task_init(&lead, tgid, tgid);
	lead.is_thread = 1;
	if (proc_fill(r, &lead, TG_BIT(TG_MSG), &c->arena) < 0)
		return 0;	/* the process has gone */
	if (lead.nlwp <= 1)
		return read_one(r, c, &lead, req);
	snprintf(path, sizeof(path), "%d/task", tgid);
	n = list_pids(proc_reader_dirfd(r), path, &tids);
	if (n < 0)
		return 0;	/* the process has gone */
	for (i = 0; i < n && !rc; i++) {
		if (tids[i] == tgid) {
			rc = read_one(r, c, &lead, req);
			continue;
		}
		task_init(&t, tgid, tids[i]);
		t.is_thread = 1;
		t.nonleader = 1;
		rc = read_one(r, c, &t, req);
	}
	free(tids);
	return rc;
}

static void read_chunk(struct scan *s, struct proc_reader *r, struct chunk *c)
{
	const struct scan_request *req = s->req;
	struct task t;
	size_t i;

	for (i = c->first; i < c->first + c->count && !c->err; i++) {
		if (req->threads) {
			c->err = read_threads(r, c, s->pids[i], req);
			continue;
		}
		task_init(&t, s->pids[i], s->pids[i]);
		c->err = read_one(r, c, &t, req);
	}
}

static void release_chunk(struct chunk *c)
{
	free(c->recs);
	c->recs = NULL;
	c->nrecs = c->cap = 0;
	arena_free(&c->arena);
}

/* claim the next chunk within the window; call with the lock held */
static struct chunk *claim(struct scan *s)
{
	struct chunk *c;

	if (s->stop || s->next_claim >= s->nchunks ||
	    s->next_claim >= s->next_emit + s->window)
		return NULL;
	c = &s->chunks[s->next_claim++];
	c->state = CH_BUSY;
	return c;
}

static void work_on(struct scan *s, struct proc_reader *r, struct chunk *c)
{
	pthread_mutex_unlock(&s->mu);
	read_chunk(s, r, c);
	pthread_mutex_lock(&s->mu);
	c->state = CH_DONE;
	pthread_cond_broadcast(&s->cv);
}

static void *worker(void *arg)
{
	struct scan *s = arg;
	struct proc_reader *r = proc_reader_new(NULL);
	struct chunk *c;

	pthread_mutex_lock(&s->mu);
	while (r && !s->stop && s->next_claim < s->nchunks) {
		c = claim(s);
		if (c)
			work_on(s, r, c);
		else
			pthread_cond_wait(&s->cv, &s->mu);
	}
	pthread_mutex_unlock(&s->mu);
	proc_reader_free(r);
	return NULL;
}

/* the consumer: help with the work, then emit each chunk in order */
static int consume(struct scan *s, struct proc_reader *r, task_cb cb, void *arg)
{
	struct chunk *c;
	size_t e, i;
	int rc = 0;

	for (e = 0; e < s->nchunks && !rc; e++) {
		pthread_mutex_lock(&s->mu);
		while (s->chunks[e].state != CH_DONE) {
			c = claim(s);
			if (c)
				work_on(s, r, c);
			else
				pthread_cond_wait(&s->cv, &s->mu);
		}
		pthread_mutex_unlock(&s->mu);
		c = &s->chunks[e];
		rc = c->err;
		for (i = 0; i < c->nrecs && !rc; i++)
			if ((rc = cb(&c->recs[i], arg)) > 0)
				rc = 0;
		release_chunk(c);
		pthread_mutex_lock(&s->mu);
		s->next_emit = e + 1;
		if (rc)
			s->stop = true;
		pthread_cond_broadcast(&s->cv);
		pthread_mutex_unlock(&s->mu);
	}
	return rc;
}

/* TDPS_THREADS=N forces N readers (tests use it to exercise the workers) */
static int workers_for(size_t npids)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	const char *env = getenv("TDPS_THREADS");

	if (env && *env) {
		cpus = atol(env);
		npids = MIN_PARALLEL;
	}
	if (npids < MIN_PARALLEL || cpus <= 1)
		return 0;
	return cpus - 1 < MAX_WORKERS ? (int)(cpus - 1) : MAX_WORKERS;
}

static int scan_pids(struct proc_reader *r, int *pids, size_t npids,
		     const struct scan_request *req, task_cb cb, void *arg)
{
	struct scan s = { .req = req, .pids = pids, .npids = npids };
	pthread_t tids[MAX_WORKERS];
	int nworkers = workers_for(npids), started = 0, rc, i;
	size_t k;

	s.window = WINDOW_PER_READER * (nworkers + 1);
	s.nchunks = (npids + CHUNK_PIDS - 1) / CHUNK_PIDS;
	s.chunks = calloc(s.nchunks ? s.nchunks : 1, sizeof(*s.chunks));
	if (!s.chunks)
		return -ENOMEM;
	for (k = 0; k < s.nchunks; k++) {
		s.chunks[k].first = k * CHUNK_PIDS;
		s.chunks[k].count = npids - k * CHUNK_PIDS < CHUNK_PIDS ?
				    npids - k * CHUNK_PIDS : CHUNK_PIDS;
		arena_init(&s.chunks[k].arena);
	}
	pthread_mutex_init(&s.mu, NULL);
	pthread_cond_init(&s.cv, NULL);
	for (i = 0; i < nworkers; i++)
		if (pthread_create(&tids[started], NULL, worker, &s) == 0)
			started++;
	rc = consume(&s, r, cb, arg);
	pthread_mutex_lock(&s.mu);
	s.stop = true;
	pthread_cond_broadcast(&s.cv);
	pthread_mutex_unlock(&s.mu);
	for (i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	for (k = 0; k < s.nchunks; k++)
		release_chunk(&s.chunks[k]);
	pthread_cond_destroy(&s.cv);
	pthread_mutex_destroy(&s.mu);
	free(s.chunks);
	return rc;
}

/* ---- listed pids (ps -q) ---- */

/* the thread group a listed pid belongs to (it may name a thread) */
static int listed_tgid(struct proc_reader *r, int pid)
{
	char path[32], buf[1024];
	const char *p;

	snprintf(path, sizeof(path), "%d/status", pid);
	if (sys_read_file(proc_reader_dirfd(r), path, buf, sizeof(buf)) < 0)
		return 0;
	p = strstr(buf, "\nTgid:");
	return p ? atoi(p + 6) : pid;
}

static int scan_listed(struct proc_reader *r, const struct scan_request *req,
		       task_cb cb, void *arg)
{
	struct chunk c = { 0 };
	struct task t;
	size_t i, k;
	int rc = 0, tgid;

	arena_init(&c.arena);
	for (i = 0; i < req->npids && !rc; i++) {
		tgid = listed_tgid(r, req->pids[i]);
		if (!tgid)
			continue;
		if (req->threads) {
			rc = read_threads(r, &c, tgid, req);
		} else {
			task_init(&t, tgid, req->pids[i]);
			rc = read_one(r, &c, &t, req);
		}
		for (k = 0; k < c.nrecs && !rc; k++)
			if ((rc = cb(&c.recs[k], arg)) > 0)
				rc = 0;
		c.nrecs = 0;
		arena_reset(&c.arena);
	}
	release_chunk(&c);
	return rc;
}

/* ---- the source ---- */

static int proc_open(void **state)
{
	struct proc_reader *r = proc_reader_new(NULL);

	if (!r)
		return errno ? -errno : -ENOENT;
	*state = r;
	return 0;
}

static void proc_close(void *state)
{
	proc_reader_free(state);
}

static int proc_scan(void *state, const struct scan_request *req,
		     task_cb cb, void *arg)
{
	struct proc_reader *r = state;
	int *pids;
	long n;
	int rc;

	if (req->scope == SCAN_PIDS)
		return scan_listed(r, req, cb, arg);
	/* SCAN_CHILDREN: /proc has no index by parent; callers re-check ppid */
	n = list_pids(proc_reader_dirfd(r), ".", &pids);
	if (n < 0)
		return (int)n;
	rc = scan_pids(r, pids, n, req, cb, arg);
	free(pids);
	return rc;
}

const struct source_ops proc_source_ops = {
	.name = "proc",
	.open = proc_open,
	.scan = proc_scan,
	.close = proc_close,
};
