/*
 * test_scan.c - the parallel /proc reader emits what a plain readdir
 * lists, in the same order, however many threads read.
 *
 * In a private pid namespace (so nothing else comes and goes) it forks
 * 3000 idle children, one of them with three threads, and scans with the
 * /proc source as one reader and as 2 and 4 (the config's readers, which
 * TDPS_THREADS sets), by process
 * and by thread.  The compat suites' process set is too small to start a
 * worker at all, so this is where the workers, the listing that overlaps
 * them and the skipped task/ listings are checked.  Needs root.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"
#include "lib/source/source.h"

#define NKIDS 3000

struct seen {
	int *tgid, *tid, *ppid;
	size_t n, cap;
};

/*
 * Our own process is left out: while a scan runs it has the reader's
 * threads, which readdir beforehand did not see.
 */
static int record(const struct task *t, void *arg)
{
	struct seen *s = arg;

	if (t->tgid == getpid())
		return 0;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 4096;
		s->tgid = realloc(s->tgid, s->cap * sizeof(int));
		s->tid = realloc(s->tid, s->cap * sizeof(int));
		s->ppid = realloc(s->ppid, s->cap * sizeof(int));
		if (!s->tgid || !s->tid || !s->ppid)
			return -ENOMEM;
	}
	s->tgid[s->n] = t->tgid;
	s->tid[s->n] = t->tid;
	s->ppid[s->n] = t->ppid;
	s->n++;
	return 0;
}

/* what readdir lists: pids, and with @threads every task/ entry */
static void expected(struct seen *s, int threads)
{
	DIR *d = opendir("/proc"), *td;
	struct dirent *e, *te;
	struct task t;
	char path[64];

	while (d && (e = readdir(d))) {
		int pid = atoi(e->d_name);

		if (pid <= 0)
			continue;
		if (!threads) {
			task_init(&t, pid, pid);
			record(&t, s);
			continue;
		}
		snprintf(path, sizeof(path), "/proc/%d/task", pid);
		td = opendir(path);
		while (td && (te = readdir(td))) {
			if (atoi(te->d_name) > 0) {
				task_init(&t, pid, atoi(te->d_name));
				record(&t, s);
			}
		}
		if (td)
			closedir(td);
	}
	if (d)
		closedir(d);
}

static int same(const struct seen *a, const struct seen *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->tgid[i] != b->tgid[i] || a->tid[i] != b->tid[i])
			return 0;
	return 1;
}

static void scan_with(const char *threads, int by_thread, const struct seen *want)
{
	struct scan_request req = { .want = TG_BIT(TG_MSG), .scope = SCAN_ALL };
	/* as TDPS_THREADS=@threads sets it */
	struct source_config config = {
		.readers = { .set = true, .value = atol(threads) },
	};
	struct source src;
	struct seen got = { 0 };
	size_t i, kids = 0;
	int rc;

	req.threads = by_thread;
	if (source_open(&src, SOURCE_PROC, TG_ALL, false, &config) < 0) {
		CHECK(0, "open the /proc source");
		return;
	}
	rc = source_scan(&src, &req, record, &got);
	source_close(&src);
	CHECK_EQ(rc, 0, "scan succeeds");
	for (i = 0; i < got.n; i++)
		kids += got.ppid[i] == getpid();
	CHECK(same(&got, want), "%s reader(s), %s: %zu records in readdir order",
	      threads, by_thread ? "threads" : "processes", got.n);
	CHECK(kids >= NKIDS, "%s reader(s): the %d children, with their parent",
	      threads, NKIDS);
	free(got.tgid);
	free(got.tid);
	free(got.ppid);
}

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return NULL;
}

static void kid(int threads, int fd)
{
	pthread_t t;
	int i;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	for (i = 0; i < threads; i++)
		pthread_create(&t, NULL, sleeper, NULL);
	if (write(fd, "x", 1) != 1)
		_exit(1);
	for (;;)
		pause();
}

static int inside(void)
{
	struct seen procs = { 0 }, tasks = { 0 };
	pid_t pids[NKIDS];
	int fds[2], i;
	char c;

	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
	    mount("proc", "/proc", "proc", 0, NULL) < 0) {
		printf("1..0 # SKIP cannot mount a private /proc\n");
		return 0;
	}
	if (pipe(fds) < 0)
		return 1;
	for (i = 0; i < NKIDS; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			kid(i == NKIDS / 2 ? 3 : 0, fds[1]);
	}
	for (i = 0; i < NKIDS; i++)
		if (read(fds[0], &c, 1) != 1)
			return 1;
	expected(&procs, 0);
	expected(&tasks, 1);
	CHECK(tasks.n == procs.n + 3, "%zu tasks in %zu processes", tasks.n, procs.n);
	scan_with("1", 0, &procs);
	scan_with("2", 0, &procs);
	scan_with("4", 0, &procs);
	scan_with("1", 1, &tasks);
	scan_with("4", 1, &tasks);
	for (i = 0; i < NKIDS; i++)
		kill(pids[i], SIGKILL);
	while (wait(NULL) > 0)
		;
	return check_done();
}

int main(void)
{
	int status;
	pid_t p;

	if (geteuid() != 0 || unshare(CLONE_NEWPID | CLONE_NEWNS) < 0) {
		printf("1..0 # SKIP needs root and pid namespaces\n");
		return 0;
	}
	fflush(stdout);
	p = fork();
	if (p == 0) {
		int rc = inside();

		fflush(stdout);
		_exit(rc);
	}
	if (p < 0 || waitpid(p, &status, 0) < 0)
		return 1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
