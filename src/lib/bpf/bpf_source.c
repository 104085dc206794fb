/*
 * bpf_source.c - the BPF task-iterator source.
 *
 * The iterator program (src/lib/bpf/task_iter.bpf.c) writes one task_diag
 * message per task into a seq_file; this source reads the whole dump with
 * read(), decodes it with diag_decode.c and hands each record to fill.c,
 * which reads from /proc whatever groups the program did not send for
 * that task, runs the early filter and calls back: the same path as the
 * task_diag netlink source.
 *
 * Where the iterator comes from:
 *   - a pin: tdps --bpf-pin DIR (root) leaves an iterator link in bpffs,
 *     as DIR/tasks; any user who may open it reads it, with no privilege
 *     and no load, and says with the open() flags what the program is to
 *     send (task_iter.h).  DIR is the first of BPF_PIN_DIRS that holds a
 *     trusted pin, or $TDPS_BPF_PIN.
 *   - a load: without a pin, a caller with CAP_BPF and CAP_PERFMON (or
 *     CAP_SYS_ADMIN) loads the program at open() and creates an iterator
 *     per scan.  The load goes through a light skeleton (bpftool gen
 *     skeleton -L): a loader program relocates it in the kernel against
 *     the kernel's own BTF, so no run reads and parses the 5 MiB of
 *     /sys/kernel/btf/vmlinux as libbpf's loader would.  The groups
 *     the run wants are fixed in the program's read-only data before
 *     the load (load_groups), so the verifier drops the code of the
 *     others; whether a scan wants threads goes into the writable
 *     global all_threads before its iterator is created.
 *
 * The program serves a reader only when the reader's /proc shows every
 * task (no hidepid; task_iter.bpf.c view_of()); a refused dump holds no
 * task and says so at its end, and the scan is then /proc's, with this
 * process's own rights.  Command lines always come from /proc: the
 * program reads no process's memory.
 *
 * Cross-check against /proc.  The dump is merged with the /proc
 * directory listing, which is the order and the set of processes the
 * /proc source prints: a pid /proc lists but the dump lacks is read from
 * /proc (the kernel may hide tasks from iterators: the test VM's 6.18
 * hides pid 1), a dumped task /proc does not list is dropped.  Threads
 * come from the iterator in tid order, not grouped by process as /proc
 * lists them, so thread scans collect the dump, sort it by tgid and tid,
 * and take each multi-threaded process's thread order (and set) from
 * /proc/PID/task.
 *
 * The pid namespace: the program reports ids in the reader's active pid
 * namespace, and /proc in the namespace of its mount.  open() refuses a
 * /proc that is not our namespace's (/proc/self is not getpid()) with
 * -EXDEV, so "auto" settles on /proc.
 *
 * Listed pids (ps -q, q) are read from /proc: for a handful of tasks a
 * whole dump costs more than it saves.
 *
 * The config's bpf_record (TDPS_BPF_RECORD=FILE, which set-id programs
 * ignore) appends the raw bytes of every dump to FILE, for tests and
 * debugging; tests/bpf/dumpstat decodes it.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <linux/capability.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include <linux/bpf.h>

#include "lib/source/source.h"
#include "lib/bpf/bpf_pin.h"
#include "lib/taskdiag/diag_decode.h"
#include "lib/source/fill.h"
#include "lib/record/groups.h"
#include "lib/proc/proc_parse.h"
#include "lib/system/sys_facts.h"
#include "lib/bpf/task_iter.h"
#include "lib/bpf/task_iter.lskel.h"
#include "lib/bpf/bpf_priv.h"

/* one scan: the dump merged with the /proc listing */
struct merge {
	struct bpf_state *s;
	struct fill_ctx fill;
	int *pids;			/* the /proc listing */
	size_t npids, at;
	struct arena arena;		/* for records read from /proc */
	/* thread scans: the dumped records, copied */
	struct task **recs;
	size_t nrecs, cap;
	struct arena keep;
	/* a proven dump: pid 1 is to be read from /proc before the rest */
	int hidden_init;
};

/* does /proc show our pid namespace?  0, or -EXDEV */
static int proc_is_ours(void)
{
	char path[256], link[32];
	ssize_t n;

	snprintf(path, sizeof(path), "%s/self", sys_proc_root());
	n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return -EXDEV;
	link[n] = '\0';
	return atoi(link) == getpid() ? 0 : -EXDEV;
}
/* ---- the /proc listing ---- */

/*
 * Listing /proc costs about as much as the dump (getdents walks every
 * pid in the kernel too; the figures are in doc/bpf.md, "The /proc
 * cross-check"), so it runs in a thread: beside the program's load when
 * there is one (the listing is then older than the dump by the time the
 * load takes, which the merge does not mind: a task that came in between
 * is dropped, one that left is looked up and found gone), else beside
 * the reading of the dump.
 */
static void *list_proc(void *arg)
{
	struct lister *l = arg;

	l->n = proc_list_pids(l->dirfd, ".", &l->pids);
	return NULL;
}

static struct lister *list_init(struct bpf_state *s)
{
	s->list.dirfd = proc_reader_dirfd(s->pr);
	s->list.pids = NULL;
	s->list.n = 0;
	return &s->list;
}

static void list_start(struct bpf_state *s)
{
	s->listed = 1;
	s->listing = pthread_create(&s->list_th, NULL, list_proc,
				    list_init(s)) == 0;
	if (!s->listing)
		list_proc(&s->list);
}

/* the listing list_start() began: its count or -errno, and *pids */
static long list_finish(struct bpf_state *s, int **pids)
{
	if (s->listing)
		pthread_join(s->list_th, NULL);
	s->listing = 0;
	s->listed = 0;
	*pids = s->list.pids;
	s->list.pids = NULL;
	return s->list.n;
}

/* ---- opening ---- */

void bpf_close(void *state)
{
	struct bpf_state *s = state;

	if (!s)
		return;
	if (s->listed) {
		int *pids;

		list_finish(s, &pids);
		free(pids);
	}
	task_iter__destroy(s->skel);
	if (s->proc)
		proc_source_ops.close(s->proc);
	proc_reader_free(s->pr);
	diag_decoder_free(s->dec);
	free(s->pin_dir);
	sys_huge_unmap(s->buf, s->size);
	free(s);
}

struct bpf_state *bpf_state_new(const struct source_config *config)
{
	struct bpf_state *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->config = config;
	s->rss_sum = -1;
	s->dec = diag_decoder_new();
	if (!s->dec) {
		bpf_close(s);
		return NULL;
	}
	return s;
}

/* ---- auto's survey (bpf_survey.h) ---- */

int bpf_survey(const struct source_config *config, struct bpf_survey *sv,
	       char *why, size_t whysize)
{
	int rc = proc_is_ours();

	memset(sv, 0, sizeof(*sv));
	if (rc < 0) {
		snprintf(why, whysize, "%s is not this pid namespace's",
			 sys_proc_root());
		return rc;
	}
	sv->pin_dir = bpf_pin_dir(config);
	sv->looked = bpf_pin_dirs_looked(config);
	return 0;
}

long bpf_survey_list(struct bpf_survey *sv)
{
	sv->pr = proc_reader_new();
	if (!sv->pr)
		return -1;
	sv->npids = proc_list_pids(proc_reader_dirfd(sv->pr), ".", &sv->pids);
	return sv->npids;
}

void bpf_survey_free(struct bpf_survey *sv)
{
	proc_reader_free(sv->pr);
	sv->pr = NULL;
	free(sv->pids);
	sv->pids = NULL;
}

/* ---- opening ---- */

/*
 * The listing @sv made to count the processes, kept for the first scan,
 * with the reader it was made through
 */
static void take_listing(struct bpf_state *s, struct bpf_survey *sv)
{
	s->pr = sv->pr;
	s->listed = 1;
	list_init(s);
	s->list.pids = sv->pids;
	s->list.n = sv->npids;
	sv->pr = NULL;
	sv->pids = NULL;
}

/*
 * Through a pin when there is one, else by loading the program; as auto's
 * survey says when auto chose the source (args->bpf).
 */
static int bpf_open(void **state, struct source_args *args)
{
	struct source_args proc_args = { .config = args->config };
	struct bpf_survey *sv = args->bpf;
	struct bpf_state *s;
	const char *dir;
	int rc;

	if (!sv) {
		rc = proc_is_ours();
		if (rc < 0) {
			snprintf(args->why, sizeof(args->why),
				 "%s is not this pid namespace's", sys_proc_root());
			return rc;
		}
	}
	s = bpf_state_new(args->config);
	if (!s)
		return -ENOMEM;
	rc = proc_source_ops.open(&s->proc, &proc_args);
	if (rc < 0) {
		s->proc = NULL;
		goto fail;
	}
	dir = sv ? sv->pin_dir : bpf_pin_dir(s->config);
	if (dir) {
		s->pin_dir = strdup(dir);
		rc = s->pin_dir ? 0 : -ENOMEM;
		snprintf(args->why, sizeof(args->why), "pin %s", dir);
	} else {
		if (sv && sv->pr)
			take_listing(s, sv);
		if (!s->pr)
			s->pr = proc_reader_new();
		/* asked of /proc while no other thread of ours runs */
		s->rss_sum = bpf_proc_sums_rss();
		/*
		 * The listing beside the load, for scans whose dump cannot
		 * prove itself complete (threads, other pid namespaces)
		 */
		if (s->pr && !s->listed && (args->threads || !bpf_in_init_pid_ns()))
			list_start(s);
		rc = bpf_load(s, 0, group_request(args->want, GS_BPF, 0));
		if (!rc)
			snprintf(args->why, sizeof(args->why),
				 "loaded for this run (no pin in %s)%s",
				 bpf_pin_dirs_looked(s->config), s->no_cast ?
				 " without bpf_rdonly_cast(), as on Linux 6.1" : "");
		else
			snprintf(args->why, sizeof(args->why),
				 "no pin in %s, and loading failed: %.*s",
				 bpf_pin_dirs_looked(s->config), 150,
				 bpf_load_why());
	}
	if (rc < 0)
		goto fail;
	*state = s;
	return 0;
fail:
	bpf_close(s);
	return rc;
}

/* ---- reading the dump ---- */

static int iter_fd(struct bpf_state *s, int threads, uint64_t show)
{
	int fd, flags = 0;

	if (!s->pin_dir) {
		s->sent_sess = (show & TDPS_BPF_SHOW_SESS) != 0;
		s->skel->data->all_threads = threads;
		fd = bpf_sys_iter_create(s->skel->links.procs_fd);
		return fd < 0 ? (errno ? -errno : -EINVAL) : fd;
	}
	if (threads)
		flags |= PIN_OPEN_THREADS;
	if (show & TASK_DIAG_SHOW_STAT)
		flags |= PIN_OPEN_STAT;
	if (show & TASK_DIAG_SHOW_STATM)
		flags |= PIN_OPEN_STATM;
	/* what a pin sends unless asked for the ids alone */
	s->sent_sess = (show & TDPS_BPF_PIN_CHEAP) != 0;
	if (!s->sent_sess)
		flags |= PIN_OPEN_IDS_ONLY;
	return bpf_pin_open(s->pin_dir, flags);
}

/* best effort: a failing recording must not fail the scan */
static void record(const struct bpf_state *s, const unsigned char *p,
		   size_t len)
{
	const char *path = s->config->bpf_record;
	ssize_t w;
	int fd;

	if (!path || !*path)
		return;
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC,
		  0644);
	if (fd < 0)
		return;
	while (len > 0) {
		w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		p += w;
		len -= w;
	}
	close(fd);
}

/*
 * What a task's message may take in the dump with @show, to size the
 * read buffer: a few hundred bytes.
 */
static size_t task_bytes(uint64_t show)
{
	size_t n = 68 + 72 + 20;	/* message, ids, name */

	if (show & TASK_DIAG_SHOW_STAT)
		n += 4 + sizeof(struct task_diag_stat);
	if (show & TASK_DIAG_SHOW_STATM)
		n += 4 + sizeof(struct task_diag_statm);
	return n;
}

/*
 * Make room for @size bytes, faulted in at once and in huge pages where
 * the kernel has them (sys_huge_map): in this VM a page fault taken
 * during read() costs more than the read itself.  Growing keeps the
 * contents.
 */
static int buf_reserve(struct bpf_state *s, size_t size, int keep)
{
	size_t mapped;
	void *nb;

	if (size <= s->size)
		return 0;
	nb = sys_huge_map(size, &mapped);
	if (!nb)
		return -ENOMEM;
	if (s->buf && keep)
		memcpy(nb, s->buf, s->len);
	sys_huge_unmap(s->buf, s->size);
	s->buf = nb;
	s->size = mapped;
	return 0;
}

/*
 * The whole dump into s->buf; 0 or -errno.  @tasks: the system's task
 * count, to size the buffer (the caller may have read it already), or
 * -1 for a guess.
 */
static int read_dump(struct bpf_state *s, int threads, uint64_t show,
		     long tasks)
{
	ssize_t n;
	int fd, rc;

	if (s->skel)
		show = s->load_show;	/* what the loaded program sends */
	rc = buf_reserve(s, (tasks > 0 ? (size_t)tasks : 1000) * task_bytes(show) +
			 4 * BPF_READ_CHUNK, 0);
	if (rc < 0)
		return rc;
	fd = iter_fd(s, threads, show);
	if (fd < 0)
		return fd;
	s->len = 0;
	for (;;) {
		if (s->size - s->len < BPF_READ_CHUNK &&
		    buf_reserve(s, s->size * 2, 1) < 0) {
			close(fd);
			return -ENOMEM;
		}
		n = read(fd, s->buf + s->len, s->size - s->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		s->len += n;
	}
	n = n < 0 ? -errno : 0;
	close(fd);
	if (!n)
		record(s, s->buf, s->len);
	return (int)n;
}

/* decode s->buf; 0 or -errno (-EPROTO when the dump did not end) */
static int decode(struct bpf_state *s, int threads, diag_task_fn cb,
		  void *arg)
{
	struct diag_dump dd = {
		.family = TDPS_BPF_MSG_TYPE,
		.threads = threads,
		.source = GS_BPF,
		.msg_extra = s->sent_sess ?
			group_delivered(TDPS_BPF_SESS, GS_BPF) : 0,
	};
	int rc;

	diag_decoder_start(s->dec, &dd);
	rc = diag_decoder_feed(s->dec, s->buf, s->len, cb, arg);
	if (rc == 0)
		return -EPROTO;
	return rc == 1 ? 0 : rc;
}

/* ---- merging with /proc ---- */

/* a task the dump lacks, read from /proc alone */
static int from_proc(struct merge *m, int tgid, int tid, int thread)
{
	struct task t;
	int rc;

	task_init(&t, tgid, tid);
	t.is_thread = thread;
	t.nonleader = thread && tid != tgid;
	arena_reset(&m->arena);
	rc = fill_missing(&m->fill, &t, TG_BIT(TG_MSG), &m->arena);
	if (rc == -ENOENT)
		return 0;
	if (rc < 0)
		return rc;
	return fill_deliver(&m->fill, &t, &m->arena);
}

/* process scans: the dump and the listing are both in ascending pid order */
static int merge_proc(struct task *t, struct arena *a, void *arg)
{
	struct merge *m = arg;
	int rc;

	while (m->at < m->npids && m->pids[m->at] < t->tgid) {
		rc = from_proc(m, m->pids[m->at], m->pids[m->at], 0);
		m->at++;
		if (rc < 0)
			return rc;
	}
	if (m->at >= m->npids || m->pids[m->at] != t->tgid)
		return 0;	/* /proc does not list it: gone, or not ours */
	m->at++;
	return fill_deliver(&m->fill, t, a);
}

/* process scans of a proven dump: every task as it came, pid 1 first */
static int merge_proven(struct task *t, struct arena *a, void *arg)
{
	struct merge *m = arg;
	int rc;

	if (m->hidden_init && t->tgid > 1) {
		m->hidden_init = 0;
		rc = from_proc(m, 1, 1, 0);
		if (rc < 0)
			return rc;
	}
	return fill_deliver(&m->fill, t, a);
}

static int scan_proven(struct merge *m)
{
	int rc = decode(m->s, 0, merge_proven, m);

	if (!rc && m->hidden_init)
		rc = from_proc(m, 1, 1, 0);
	return rc;
}

static int scan_procs(struct merge *m)
{
	int rc = decode(m->s, 0, merge_proc, m);

	while (!rc && m->at < m->npids) {
		rc = from_proc(m, m->pids[m->at], m->pids[m->at], 0);
		m->at++;
	}
	return rc;
}

static int keep_record(struct task *t, struct arena *a, void *arg)
{
	struct merge *m = arg;

	return task_append_copy(&m->recs, &m->nrecs, &m->cap, &m->keep, t);
}

static int by_tgid_tid(const void *a, const void *b)
{
	const struct task *x = *(struct task *const *)a;
	const struct task *y = *(struct task *const *)b;

	if (x->tgid != y->tgid)
		return x->tgid < y->tgid ? -1 : 1;
	return x->tid < y->tid ? -1 : x->tid > y->tid;
}

/* the records to complete, in order: pointers into the kept records */
struct seeds {
	struct task **v;
	size_t n, cap;
};

static int seed(struct seeds *sd, struct task *t)
{
	struct task **nv;

	if (sd->n == sd->cap) {
		sd->cap = sd->cap ? sd->cap * 2 : 1024;
		nv = realloc(sd->v, sd->cap * sizeof(*nv));
		if (!nv)
			return -ENOMEM;
		sd->v = nv;
	}
	sd->v[sd->n++] = t;
	return 0;
}

/* a record of @tid with nothing in it yet: /proc fills it whole */
static int seed_bare(struct merge *m, struct seeds *sd, int tgid, int tid,
		     int thread)
{
	struct task t, *copy;

	task_init(&t, tgid, tid);
	t.is_thread = thread;
	t.nonleader = thread && tid != tgid;
	copy = task_copy(&m->keep, &t);
	return copy ? seed(sd, copy) : -ENOMEM;
}

/*
 * The threads of @tgid as /proc/TGID/task lists them; @recs: the dumped
 * ones, sorted by tid.
 */
static int threads_listed(struct merge *m, struct seeds *sd, int tgid,
			  struct task **recs, size_t n)
{
	char path[32];
	int *tids;
	long k, count;
	int rc = 0;

	snprintf(path, sizeof(path), "%d/task", tgid);
	count = proc_list_pids(proc_reader_dirfd(*m->fill.pr), path, &tids);
	if (count < 0)
		return 0;	/* the process has gone */
	for (k = 0; k < count && !rc; k++) {
		struct task key = { .tgid = tgid, .tid = tids[k] }, *kp = &key;
		struct task **hit = bsearch(&kp, recs, n, sizeof(*recs),
					    by_tgid_tid);

		if (hit) {
			fill_leader_row(&m->fill, *hit);
			rc = seed(sd, *hit);
		} else {
			rc = seed_bare(m, sd, tgid, tids[k], 1);
		}
	}
	free(tids);
	return rc;
}

/*
 * Deliver @sd in order, reading in this thread what they lack: only for
 * scans that read no file that may wait on a process (the others go to
 * proc_complete()).  A bare record is read whole, as from_proc() does.
 */
static int deliver_seeds(struct merge *m, struct seeds *sd)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < sd->n && !rc; i++) {
		struct task *t = sd->v[i];

		if (!t->have) {
			rc = fill_missing(&m->fill, t, TG_BIT(TG_MSG), &m->keep);
			if (rc == -ENOENT) {
				rc = 0;
				continue;
			}
			if (rc < 0)
				break;
		}
		rc = fill_deliver(&m->fill, t, &m->keep);
	}
	return rc;
}

static int scan_threads(struct merge *m, int parallel)
{
	struct seeds sd = { 0 };
	size_t r = 0, e, i;
	int rc, tgid;

	rc = decode(m->s, 1, keep_record, m);
	if (rc < 0)
		return rc;
	qsort(m->recs, m->nrecs, sizeof(*m->recs), by_tgid_tid);
	for (i = 0; i < m->npids && !rc; i++) {
		tgid = m->pids[i];
		while (r < m->nrecs && m->recs[r]->tgid < tgid)
			r++;	/* not listed by /proc: dropped */
		for (e = r; e < m->nrecs && m->recs[e]->tgid == tgid; e++)
			;
		/* a lone leader is the whole process; else ask /proc */
		if (e - r == 1 && m->recs[r]->tid == tgid) {
			fill_leader_row(&m->fill, m->recs[r]);
			rc = seed(&sd, m->recs[r]);
		} else {
			rc = threads_listed(m, &sd, tgid, m->recs + r, e - r);
		}
		r = e;
	}
	if (!rc && parallel)
		rc = proc_complete(*m->fill.pr, m->s->config, m->fill.req,
				   sd.v, sd.n, m->fill.deliver, m->fill.arg);
	else if (!rc)
		rc = deliver_seeds(m, &sd);
	free(sd.v);
	return rc;
}

/* ---- process scans that still need a /proc file per task ---- */

/*
 * Does every task of this scan still need a /proc file, the dump
 * notwithstanding (ps aux and -ef: the command line)?  Then reading them
 * one after the other would cost more than the dump saves; they are read
 * by the /proc source's workers instead (proc_complete()).
 */
static int files_per_task(const struct scan_request *req, uint64_t show)
{
	uint64_t have = group_in_msg(GS_BPF);
	int i;

	for (i = 0; i < 64; i++)
		if (show & TG_BIT(i))
			have |= group_delivered(i, GS_BPF);
	return group_files(req->want | (req->filter ? req->filter_want : 0),
			   have) != 0;
}

/*
 * A process scan, all of it collected first, then completed, filtered and
 * delivered in parallel: the dump's records in its order (@proven, with
 * pid 1 first when the dump lacks it), or merged with the /proc listing
 * as scan_procs() merges (m->pids).
 */
static int complete_procs(struct merge *m, int proven)
{
	struct seeds sd = { 0 };
	size_t r = 0, i;
	int rc = decode(m->s, 0, keep_record, m);

	if (rc < 0)
		return rc;
	if (proven) {
		if (m->hidden_init)
			rc = seed_bare(m, &sd, 1, 1, 0);
		for (i = 0; i < m->nrecs && !rc; i++)
			rc = seed(&sd, m->recs[i]);
	} else {
		for (i = 0; i < m->npids && !rc; i++) {
			while (r < m->nrecs && m->recs[r]->tgid < m->pids[i])
				r++;	/* not listed by /proc: gone */
			if (r < m->nrecs && m->recs[r]->tgid == m->pids[i])
				rc = seed(&sd, m->recs[r++]);
			else
				rc = seed_bare(m, &sd, m->pids[i], m->pids[i], 0);
		}
	}
	if (!rc)
		rc = proc_complete(*m->fill.pr, m->s->config, m->fill.req,
				   sd.v, sd.n, m->fill.deliver, m->fill.arg);
	free(sd.v);
	return rc;
}

/*
 * The program refused this reader: this scan and the run's later ones
 * are /proc's, read with this process's rights, as the /proc source
 * reads it.
 */
static int scan_refused(struct bpf_state *s, const struct scan_request *req,
			task_cb cb, void *arg)
{
	if (!s->refused && s->config->bpf_debug)
		fprintf(stderr, "tdps: bpf: the program did not serve this "
			"reader (its /proc hides tasks, or no walk could be "
			"kept): reading /proc\n");
	s->refused = 1;
	return proc_source_ops.scan(s->proc, req, cb, arg);
}

static int bpf_scan(void *state, const struct scan_request *req,
		    task_cb cb, void *arg)
{
	struct bpf_state *s = state;
	struct merge m = {
		.s = s,
		.fill = { .pr = &s->pr, .req = req, .deliver = cb, .arg = arg },
	};
	/* a pin carries only what every user may read in /proc */
	uint64_t show = group_request(req->want |
				      (req->filter ? req->filter_want : 0),
				      GS_BPF, s->pin_dir != NULL);
	long n;
	int rc;

	if (req->scope == SCAN_PIDS)
		return proc_source_ops.scan(s->proc, req, cb, arg);
	if (s->refused)
		return scan_refused(s, req, cb, arg);
	if (!s->pr) {
		s->pr = proc_reader_new();
		if (!s->pr)
			return errno ? -errno : -ENOMEM;
	}
	/* a process scan in the initial pid namespace may prove its dump */
	if (!req->threads && !s->listed && !s->config->bpf_list &&
	    bpf_in_init_pid_ns()) {
		struct tasks_now before, after;
		int proven;

		proven = bpf_tasks_now(&before) == 0;
		rc = read_dump(s, 0, show, proven ? before.threads : -1);
		if (rc < 0)
			return rc;
		if (!bpf_dump_served(s))
			return scan_refused(s, req, cb, arg);
		proven = proven && bpf_tasks_now(&after) == 0 &&
			 bpf_dump_proven(s, &before, &after, &m.hidden_init);
		if (proven && files_per_task(req, s->skel ? s->load_show : show)) {
			arena_init(&m.keep);
			rc = complete_procs(&m, 1);
			arena_free(&m.keep);
			free(m.recs);
			return rc;
		}
		if (proven) {
			arena_init(&m.arena);
			rc = scan_proven(&m);
			arena_free(&m.arena);
			return rc;
		}
		list_start(s);
		n = list_finish(s, &m.pids);
		goto merge;
	}
	if (!s->listed)
		list_start(s);
	rc = read_dump(s, req->threads, show, bpf_count_tasks());
	n = list_finish(s, &m.pids);
	if (!rc && !bpf_dump_served(s)) {
		free(m.pids);
		return scan_refused(s, req, cb, arg);
	}
merge:
	if (rc < 0 || n < 0) {
		free(m.pids);
		return rc < 0 ? rc : (int)n;
	}
	m.npids = n;
	arena_init(&m.arena);
	arena_init(&m.keep);
	if (req->threads)
		rc = scan_threads(&m, files_per_task(req, s->skel ? s->load_show
							       : show));
	else if (files_per_task(req, s->skel ? s->load_show : show))
		rc = complete_procs(&m, 0);
	else
		rc = scan_procs(&m);
	arena_free(&m.arena);
	arena_free(&m.keep);
	free(m.recs);
	free(m.pids);
	return rc;
}

const struct source_ops bpf_source_ops = {
	.name = "bpf",
	.open = bpf_open,
	.scan = bpf_scan,
	.close = bpf_close,
};

