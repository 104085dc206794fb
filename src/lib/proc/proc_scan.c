/*
 * proc_scan.c - the /proc source: walking /proc, in parallel.
 *
 * The calling thread lists /proc with getdents and cuts the pids into
 * chunks of consecutive pids as they come; worker threads read chunks
 * into records while it lists (and it helps once the listing is done),
 * and it hands the records to the callback strictly in chunk order, so
 * output order never depends on timing.  Workers may run only a bounded
 * window ahead, which bounds memory.  Small scans, and machines with one
 * CPU, use no threads.
 *
 * The same engine completes records another source made (the BPF dump,
 * whose tasks still need a /proc file each, such as their command
 * lines): proc_complete() cuts them into chunks of seeds instead of
 * listing pids.
 *
 * No scan waits for ever on a process.  Some files make the reader wait
 * on the task they describe (proc_read.h, PROC_WAITING_FILES: its
 * command line while it holds its mmap_lock, ...), in a wait only the
 * end of tdps ends.  A scan that reads them does so in workers alone,
 * never in the calling thread, which watches them instead: a worker
 * whose such read has lasted source_read_deadline_ms() is given up (it
 * exits when the read returns, if ever; exit_group() ends it with tdps),
 * its chunk is read again by a new worker, which tries that task's file
 * once more, and a task given up twice is read without those files, as
 * /proc shows files it refuses (task.timed_out says which).  Such a scan
 * reads tdps's own record first, in the calling thread, before any
 * worker exists: a reader sees itself as procps sees itself, running and
 * single-threaded, not waiting for its workers with two threads.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lib/source/source.h"
#include "lib/source/fill.h"
#include "lib/system/sys_facts.h"

/*
 * A chunk of 32 takes long enough to read, even for the cheapest listing,
 * that the lock taken per chunk costs nothing measurable (bench/results.md,
 * "Figures behind design choices in the code"), while the records in
 * flight (760 bytes each) stay few: the window lets each reader be 4
 * chunks ahead of the consumer, enough to ride out a reader being
 * descheduled for a while, and bounds memory at 4 * 32 records per
 * reader (~100 KiB) whatever the number of processes.
 */
#define CHUNK_PIDS 32		/* pids per chunk */
#define WINDOW_PER_READER 4	/* chunks read ahead, per reading thread */
#define MIN_PARALLEL 512	/* fewer processes: not worth a thread */
#define MAX_WORKERS 4

/*
 * The watch looks every WATCH_TICK_MS for a read that has lasted longer
 * than source_read_deadline_ms() (source.c: the default and why).
 */
#define WATCH_TICK_MS 50

/* ---- directory listing ---- */

/*
 * The layout of a getdents64 record.  Records are only ever read with
 * memcpy at these offsets, never through a struct pointer into the
 * buffer, so nothing depends on how the buffer or a record is aligned
 * (UBSan flagged the pointer read).
 */
struct linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};
#define DIRENT_RECLEN_OFF offsetof(struct linux_dirent64, d_reclen)
#define DIRENT_NAME_OFF offsetof(struct linux_dirent64, d_name)

/*
 * The next record of a getdents64 buffer of LEN bytes at *POS: the pid its
 * name spells (0 when the name is not a pid), *POS moved past it; -1 at
 * the end or at a malformed record.
 */
static long next_dirent_pid(const char *buf, long len, long *pos)
{
	unsigned short reclen;
	const char *p;
	long v = 0;

	if (*pos + (long)DIRENT_NAME_OFF >= len)
		return -1;
	memcpy(&reclen, buf + *pos + DIRENT_RECLEN_OFF, sizeof(reclen));
	if (reclen <= DIRENT_NAME_OFF || reclen > len - *pos)
		return -1;
	p = buf + *pos + DIRENT_NAME_OFF;
	*pos += reclen;
	if (*p < '1' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9' && v <= 0x7fffffff)
		v = v * 10 + (*p++ - '0');
	return *p || v > 0x7fffffff ? 0 : v;
}

/* the all-digit names of a directory, in readdir order; count or -errno */
long proc_list_pids(int dirfd, const char *path, int **out)
{
	char *buf;
	int *pids = NULL, *np;
	long n = 0, cap = 0, len, pos, v;
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
		for (pos = 0; (v = next_dirent_pid(buf, len, &pos)) >= 0; ) {
			if (!v)
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
	int pids[CHUNK_PIDS];
	/* proc_complete(): the records to complete, instead of pids */
	struct task *const *seeds;
	size_t count;
	/* read again by another worker after this one's was given up */
	struct chunk *redo;
	struct task *recs;
	size_t nrecs, cap;
	struct arena arena;
	int err;
	enum { CH_FREE, CH_BUSY, CH_DONE } state;
};

/*
 * Chunks live in blocks that never move, so a reader keeps a pointer to
 * its chunk while the lister adds more; the table of blocks is only
 * touched with the lock held.
 */
#define BLOCK_CHUNKS 64

struct worker;

struct scan {
	const struct source_config *config;
	const struct scan_request *req;
	/* reads that may wait on a process: workers only, watched */
	bool watched;
	uint64_t deadline_ns;
	struct proc_stuck stuck;
	/* every worker started, given up or not (with the lock held) */
	struct worker **workers;
	size_t nworkers;
	/* a watched scan's record of tdps itself, read before the workers */
	struct task *self;
	struct arena self_arena;
	struct chunk **blocks;
	size_t nblocks;
	size_t nchunks;			/* published: listed and claimable */
	bool listed;			/* the listing is complete */
	size_t next_claim, next_emit;
	size_t window;			/* chunks claimed ahead of next_emit */
	bool stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

static struct chunk *chunk_at(const struct scan *s, size_t k)
{
	return &s->blocks[k / BLOCK_CHUNKS][k % BLOCK_CHUNKS];
}

/* the chunk that stands for chunk @c now: the last reading of it */
static struct chunk *current(struct chunk *c)
{
	while (c->redo)
		c = c->redo;
	return c;
}

struct worker {
	struct scan *s;
	pthread_t tid;
	struct proc_watch *watch;	/* NULL when the scan is not watched */
	struct chunk *first;		/* a chunk to read before claiming */
	struct chunk *on;		/* the chunk being read */
	bool given_up;
};

/* fill.c's delivery: keep the record in its chunk, to emit in order */
static int add_record(const struct task *t, void *arg)
{
	struct chunk *c = arg;

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
	struct fill_ctx fc = {
		.pr = &r, .req = req, .deliver = add_record, .arg = c,
	};

	return fill_deliver(&fc, t, &c->arena);
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
	if (proc_fill(r, &lead, TG_BIT(TG_MSG), req->leader_row_own,
		      &c->arena) < 0)
		return 0;	/* the process has gone */
	if (lead.nlwp <= 1)
		return read_one(r, c, &lead, req);
	snprintf(path, sizeof(path), "%d/task", tgid);
	n = proc_list_pids(proc_reader_dirfd(r), path, &tids);
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

/* is (tgid, tid) tdps's own record, read already?  (a copy in *t) */
static bool is_self(const struct scan *s, int tgid, int tid, struct task *t)
{
	if (!s->self || tgid != s->self->tgid || tid != s->self->tid)
		return false;
	*t = *s->self;
	return true;
}

static void read_chunk(struct scan *s, struct proc_reader *r, struct chunk *c)
{
	const struct scan_request *req = s->req;
	struct task t;
	size_t i;

	for (i = 0; i < c->count && !c->err; i++) {
		if (c->seeds) {
			/* a kernel's record of tdps is kept: only /proc's are */
			if (c->seeds[i]->have ||
			    !is_self(s, c->seeds[i]->tgid, c->seeds[i]->tid, &t))
				t = *c->seeds[i];
			c->err = read_one(r, c, &t, req);
			continue;
		}
		/* tdps itself: one row, also of threads (a single thread) */
		if (is_self(s, c->pids[i], c->pids[i], &t)) {
			c->err = read_one(r, c, &t, req);
			continue;
		}
		if (req->threads) {
			c->err = read_threads(r, c, c->pids[i], req);
			continue;
		}
		task_init(&t, c->pids[i], c->pids[i]);
		c->err = read_one(r, c, &t, req);
	}
}

static void release_chunk(struct chunk *c)
{
	struct chunk *redo = c->redo;

	free(c->recs);
	c->recs = NULL;
	c->nrecs = c->cap = 0;
	arena_free(&c->arena);
	c->redo = NULL;
	if (redo) {
		release_chunk(redo);
		free(redo);
	}
}

/* claim the next chunk within the window; call with the lock held */
static struct chunk *claim(struct scan *s)
{
	struct chunk *c;

	if (s->stop || s->next_claim >= s->nchunks ||
	    s->next_claim >= s->next_emit + s->window)
		return NULL;
	c = chunk_at(s, s->next_claim++);
	c->state = CH_BUSY;
	return c;
}

static void work_on(struct scan *s, struct proc_reader *r, struct chunk *c,
		    struct worker *w)
{
	if (w)
		w->on = c;
	pthread_mutex_unlock(&s->mu);
	read_chunk(s, r, c);
	pthread_mutex_lock(&s->mu);
	c->state = CH_DONE;
	pthread_cond_broadcast(&s->cv);
}

/* nothing more to claim, ever; call with the lock held */
static bool all_claimed(const struct scan *s)
{
	return s->stop || (s->listed && s->next_claim >= s->nchunks);
}

static void *worker(void *arg)
{
	struct worker *w = arg;
	struct scan *s = w->s;
	struct proc_reader *r = proc_reader_new();
	struct chunk *c;

	if (r && w->watch)
		proc_reader_watch(r, w->watch);
	pthread_mutex_lock(&s->mu);
	if (w->first)
		work_on(s, r, w->first, w);
	while (r && !all_claimed(s)) {
		c = claim(s);
		if (c)
			work_on(s, r, c, w);
		else
			pthread_cond_wait(&s->cv, &s->mu);
	}
	pthread_mutex_unlock(&s->mu);
	proc_reader_free(r);
	return NULL;
}

/*
 * Start a worker (reading @first before anything else); with the lock
 * held.  Its struct outlives the scan if it is given up: the thread may
 * still look at its watch.
 */
static bool start_worker(struct scan *s, struct chunk *first)
{
	struct worker *w = calloc(1, sizeof(*w)), **nw;

	if (!w)
		return false;
	w->s = s;
	w->first = first;
	if (s->watched) {
		w->watch = calloc(1, sizeof(*w->watch));
		if (!w->watch)
			goto fail;
		w->watch->stuck = &s->stuck;
	}
	nw = realloc(s->workers, (s->nworkers + 1) * sizeof(*nw));
	if (!nw)
		goto fail;
	s->workers = nw;
	if (pthread_create(&w->tid, NULL, worker, w) != 0)
		goto fail;
	s->workers[s->nworkers++] = w;
	return true;
fail:
	free(w->watch);
	free(w);
	return false;
}

/*
 * The watch, with the lock held: give up each worker whose read has
 * waited too long, and have its chunk read again by a new one.  -ENOMEM
 * when no new worker can be had (the scan then fails rather than wait).
 */
static int watch_workers(struct scan *s)
{
	struct timespec ts;
	uint64_t now;
	struct chunk *c, *redo;
	size_t i, n = s->nworkers;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	now = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
	for (i = 0; i < n; i++) {
		struct worker *w = s->workers[i];

		if (w->given_up || !w->watch ||
		    !proc_watch_abandon(w->watch, now, s->deadline_ns))
			continue;
		w->given_up = true;
		pthread_detach(w->tid);
		proc_stuck_add(&s->stuck, w->watch->tgid);
		c = w->on;
		redo = calloc(1, sizeof(*redo));
		if (!redo)
			return -ENOMEM;
		memcpy(redo->pids, c->pids, sizeof(redo->pids));
		redo->seeds = c->seeds;
		redo->count = c->count;
		arena_init(&redo->arena);
		redo->state = CH_BUSY;
		c->redo = redo;
		if (!start_worker(s, redo))
			return -ENOMEM;
	}
	return 0;
}

/* wait for the workers: a tick at a time when they are watched */
static int wait_workers(struct scan *s)
{
	struct timespec ts;

	if (!s->watched) {
		pthread_cond_wait(&s->cv, &s->mu);
		return 0;
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_nsec += WATCH_TICK_MS * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_cond_timedwait(&s->cv, &s->mu, &ts);
	return watch_workers(s);
}

/* ---- listing, while the workers read ---- */

/*
 * Listing /proc costs about a microsecond per process, a tenth of reading
 * one, and it used to come first, alone.  Now the calling thread lists in
 * batches, publishing each chunk as it fills, and the workers read them
 * meanwhile; between batches it emits what the workers finished, so the
 * window does not stall them.
 */
#define LIST_BATCH (32 * 1024)	/* getdents buffer: ~1300 pids */

struct lister {
	int fd;
	char *buf;
	struct chunk *cur;		/* being filled, not yet published */
	size_t listed;			/* pids so far */
};

/* a new chunk at the end; call with the lock held */
static struct chunk *add_chunk(struct scan *s)
{
	size_t k = s->nchunks;
	struct chunk *c;

	if (k / BLOCK_CHUNKS == s->nblocks) {
		struct chunk **nb = realloc(s->blocks, (s->nblocks + 1) * sizeof(*nb));

		if (!nb)
			return NULL;
		s->blocks = nb;
		nb[s->nblocks] = calloc(BLOCK_CHUNKS, sizeof(**nb));
		if (!nb[s->nblocks])
			return NULL;
		s->nblocks++;
	}
	c = chunk_at(s, k);
	arena_init(&c->arena);
	return c;
}

/* make the chunk being filled claimable */
static void publish(struct scan *s, struct lister *l)
{
	pthread_mutex_lock(&s->mu);
	s->nchunks++;
	l->cur = NULL;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
}

static int add_pid(struct scan *s, struct lister *l, int pid)
{
	if (!l->cur) {
		pthread_mutex_lock(&s->mu);
		l->cur = add_chunk(s);
		pthread_mutex_unlock(&s->mu);
		if (!l->cur)
			return -ENOMEM;
	}
	l->cur->pids[l->cur->count++] = pid;
	l->listed++;
	if (l->cur->count == CHUNK_PIDS)
		publish(s, l);
	return 0;
}

/* one getdents batch; at the end, the last chunk and s->listed */
static int list_batch(struct scan *s, struct lister *l)
{
	long len, pos, pid;
	int rc;

	len = syscall(SYS_getdents64, l->fd, l->buf, LIST_BATCH);
	if (len < 0)
		return -errno;
	for (pos = 0; (pid = next_dirent_pid(l->buf, len, &pos)) >= 0; )
		if (pid && (rc = add_pid(s, l, (int)pid)) < 0)
			return rc;
	if (len == 0) {
		if (l->cur)
			publish(s, l);
		pthread_mutex_lock(&s->mu);
		s->listed = true;
		pthread_cond_broadcast(&s->cv);
		pthread_mutex_unlock(&s->mu);
	}
	return 0;
}

/*
 * The config's readers (TDPS_THREADS=N) reads as if there were N CPUs,
 * whatever the scan's size (tests use it to exercise the workers)
 */
static int max_workers(const struct source_config *config, bool *forced)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	*forced = config->readers.set;
	if (*forced)
		cpus = config->readers.value;
	if (cpus <= 1)
		return 0;
	return cpus - 1 < MAX_WORKERS ? (int)(cpus - 1) : MAX_WORKERS;
}

struct pool {
	int want, started;
	bool forced;
};

/*
 * Start the workers once there is enough to read to pay for them.  A
 * watched scan reads with workers alone, one more than would help the
 * calling thread (which reads nothing there): one from the start,
 * whatever the scan's size, the rest past MIN_PARALLEL.
 */
static void maybe_start(struct scan *s, struct pool *p, size_t listed)
{
	int target = p->want;

	if (!p->forced && listed < MIN_PARALLEL)
		target = s->watched ? 1 : 0;
	if (p->started >= target)
		return;
	pthread_mutex_lock(&s->mu);
	while (p->started < target && start_worker(s, NULL))
		p->started++;
	pthread_mutex_unlock(&s->mu);
	if (p->started < target)
		p->want = p->started;	/* no more threads to be had */
}

/*
 * The consumer: list, then help read; emit each chunk in order.  While
 * the listing runs it emits only what is already read, so the workers'
 * window moves on.
 */
static int consume(struct scan *s, struct proc_reader *r, struct lister *l,
		   struct pool *p, task_cb cb, void *arg)
{
	struct chunk *c;
	size_t e, i;
	int rc = 0;

	for (e = 0; !rc; e++) {
		pthread_mutex_lock(&s->mu);
		while (!(e < s->nchunks &&
			 current(chunk_at(s, e))->state == CH_DONE)) {
			if (s->listed && e >= s->nchunks)
				break;
			if (!s->listed) {
				pthread_mutex_unlock(&s->mu);
				rc = list_batch(s, l);
				maybe_start(s, p, l->listed);
				pthread_mutex_lock(&s->mu);
				if (rc)
					break;
				continue;
			}
			/* a watched scan's reads are the workers' alone */
			c = s->watched ? NULL : claim(s);
			if (c)
				work_on(s, r, c, NULL);
			else if ((rc = wait_workers(s)) < 0)
				break;
		}
		if (rc || e >= s->nchunks) {
			pthread_mutex_unlock(&s->mu);
			break;
		}
		pthread_mutex_unlock(&s->mu);
		c = current(chunk_at(s, e));
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

/*
 * tdps's own record, read here before any worker starts (see the top);
 * left to the workers if it cannot be read.
 */
static void read_self(struct scan *s, struct proc_reader *r)
{
	const struct scan_request *req = s->req;
	struct task t;
	char link[32];
	ssize_t n;
	int me;

	/* our pid as this /proc numbers it (another namespace's may) */
	n = readlinkat(proc_reader_dirfd(r), "self", link, sizeof(link) - 1);
	if (n <= 0)
		return;		/* not in this /proc's namespace */
	link[n] = '\0';
	me = atoi(link);
	if (me <= 0)
		return;
	task_init(&t, me, me);
	t.is_thread = req->threads;
	if (proc_fill(r, &t, req->want | (req->filter ? req->filter_want : 0),
		      req->leader_row_own, &s->self_arena) == 0)
		s->self = task_copy(&s->self_arena, &t);
}

/*
 * Read and emit what @s holds or @l lists (@listed of it so far): the
 * workers, the consumer, then the cleanup of every chunk.
 */
static int run_scan(struct scan *s, struct proc_reader *r, struct lister *l,
		    size_t listed, task_cb cb, void *arg)
{
	struct pool p = { 0 };
	pthread_condattr_t ca;
	unsigned files = group_files(s->req->want |
				     (s->req->filter ? s->req->filter_want : 0), 0);
	size_t k;
	int rc;

	s->watched = (files & PROC_WAITING_FILES) != 0;
	s->deadline_ns = source_read_deadline_ms(s->config) * 1000000ULL;
	proc_stuck_init(&s->stuck);
	arena_init(&s->self_arena);
	if (s->watched)
		read_self(s, r);
	p.want = max_workers(s->config, &p.forced);
	s->window = WINDOW_PER_READER * (p.want + 1);
	if (s->watched)
		p.want++;	/* the calling thread's share goes to a worker */
	pthread_mutex_init(&s->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&s->cv, &ca);
	pthread_condattr_destroy(&ca);
	maybe_start(s, &p, listed);
	rc = consume(s, r, l, &p, cb, arg);
	pthread_mutex_lock(&s->mu);
	s->stop = true;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
	/* given-up workers are not waited for: they may never return */
	for (k = 0; k < s->nworkers; k++) {
		struct worker *w = s->workers[k];

		if (w->given_up)
			continue;
		pthread_join(w->tid, NULL);
		free(w->watch);
		free(w);
	}
	free(s->workers);
	for (k = 0; k < s->nchunks; k++)
		release_chunk(chunk_at(s, k));
	if (l->cur)
		release_chunk(l->cur);
	for (k = 0; k < s->nblocks; k++)
		free(s->blocks[k]);
	free(s->blocks);
	pthread_cond_destroy(&s->cv);
	pthread_mutex_destroy(&s->mu);
	arena_free(&s->self_arena);
	return rc;
}

static int scan_all(struct proc_reader *r, const struct source_config *config,
		    const struct scan_request *req, task_cb cb, void *arg)
{
	struct scan s = { .config = config, .req = req };
	struct lister l = { .fd = -1 };
	int rc;

	l.fd = openat(proc_reader_dirfd(r), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (l.fd < 0)
		return -errno;
	l.buf = malloc(LIST_BATCH);
	if (!l.buf) {
		close(l.fd);
		return -ENOMEM;
	}
	rc = run_scan(&s, r, &l, 0, cb, arg);
	free(l.buf);
	close(l.fd);
	return rc;
}

int proc_complete(struct proc_reader *r, const struct source_config *config,
		  const struct scan_request *req, struct task *const *recs,
		  size_t n, task_cb cb, void *arg)
{
	struct scan s = { .config = config, .req = req, .listed = true };
	struct lister l = { .fd = -1 };
	struct chunk *c;
	size_t k;

	for (k = 0; k < n; k += CHUNK_PIDS) {
		c = add_chunk(&s);
		if (!c) {
			s.listed = false;	/* nothing to run: clean up */
			break;
		}
		c->seeds = recs + k;
		c->count = n - k < CHUNK_PIDS ? n - k : CHUNK_PIDS;
		s.nchunks++;
	}
	if (!s.listed) {
		for (k = 0; k < s.nchunks; k++)
			release_chunk(chunk_at(&s, k));
		for (k = 0; k < s.nblocks; k++)
			free(s.blocks[k]);
		free(s.blocks);
		return -ENOMEM;
	}
	return run_scan(&s, r, &l, n, cb, arg);
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

/* one more listed record to read: @tid of @tgid, a thread row or not */
static int list_seed(struct task ***v, size_t *n, size_t *cap,
		     struct arena *a, int tgid, int tid, bool thread)
{
	struct task t;

	task_init(&t, tgid, tid);
	t.is_thread = thread;
	t.nonleader = thread && tid != tgid;
	return task_append_copy(v, n, cap, a, &t);
}

/*
 * The listed pids, in their order (each process's threads in /proc's
 * order), read by the engine above: its workers read what may wait.
 */
static int scan_listed(struct proc_reader *r,
		       const struct source_config *config,
		       const struct scan_request *req, task_cb cb, void *arg)
{
	struct task **seeds = NULL;
	size_t n = 0, cap = 0, i;
	struct arena a;
	char path[32];
	int rc = 0, tgid, *tids;
	long k, nt;

	arena_init(&a);
	for (i = 0; i < req->npids && !rc; i++) {
		tgid = listed_tgid(r, req->pids[i]);
		if (!tgid)
			continue;
		if (!req->threads) {
			rc = list_seed(&seeds, &n, &cap, &a, tgid, req->pids[i],
				       false);
			continue;
		}
		snprintf(path, sizeof(path), "%d/task", tgid);
		nt = proc_list_pids(proc_reader_dirfd(r), path, &tids);
		for (k = 0; k < nt && !rc; k++)
			rc = list_seed(&seeds, &n, &cap, &a, tgid, tids[k], true);
		if (nt > 0)
			free(tids);
	}
	if (!rc)
		rc = proc_complete(r, config, req, seeds, n, cb, arg);
	free(seeds);
	arena_free(&a);
	return rc;
}

/* ---- the source ---- */

struct proc_state {
	struct proc_reader *r;
	const struct source_config *config;
};

static int proc_open(void **state, struct source_args *args)
{
	struct proc_state *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->config = args->config;
	s->r = proc_reader_new();
	if (!s->r) {
		int rc = errno ? -errno : -ENOENT;

		free(s);
		return rc;
	}
	snprintf(args->why, sizeof(args->why), "the files of %s",
		 sys_proc_root());
	*state = s;
	return 0;
}

static void proc_close(void *state)
{
	struct proc_state *s = state;

	if (!s)
		return;
	proc_reader_free(s->r);
	free(s);
}

static int proc_scan(void *state, const struct scan_request *req,
		     task_cb cb, void *arg)
{
	struct proc_state *s = state;

	if (req->scope == SCAN_PIDS)
		return scan_listed(s->r, s->config, req, cb, arg);
	return scan_all(s->r, s->config, req, cb, arg);
}

const struct source_ops proc_source_ops = {
	.name = "proc",
	.open = proc_open,
	.scan = proc_scan,
	.close = proc_close,
};
