/*
 * replay_test.c - the whole task_diag source, without the kernel: a dump
 * file built here is replayed through TDPS_TASKDIAG_REPLAY and the
 * records that reach the front end are checked, including the groups the
 * "kernel" left out and the source had to read from /proc.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../check.h"
#include "nlbuild.h"
#include "lib/source/source.h"

/* a pid that cannot exist (above PID_MAX_LIMIT) */
#define GHOST 4194999

struct got {
	int n;
	int tgid[16];
	uint64_t have[16];
	uid_t ruid[16];
	int is_thread[16];
	char cmdline[16][256];
	size_t cmdline_len[16];
	unsigned long long start_time[16];
	int stop_after;
};

static int collect(const struct task *t, void *arg)
{
	struct got *g = arg;
	size_t n;

	if (g->n == 16)
		return -E2BIG;
	g->tgid[g->n] = t->tgid;
	g->have[g->n] = t->have;
	g->ruid[g->n] = t->ruid;
	g->is_thread[g->n] = t->is_thread;
	g->start_time[g->n] = t->start_time;
	n = t->cmdline.len < 255 ? t->cmdline.len : 255;
	memcpy(g->cmdline[g->n], t->cmdline.s, n);
	g->cmdline_len[g->n] = t->cmdline.len;
	g->n++;
	return g->stop_after && g->n >= g->stop_after ? -ECANCELED : 0;
}

static void add_cred(struct nlb *b, uid_t uid)
{
	struct task_diag_creds cr = { .uid = uid, .euid = uid };

	nlb_attr(b, TASK_DIAG_CRED, &cr, sizeof(cr));
}

static void add_stat(struct nlb *b, unsigned long long start)
{
	struct task_diag_stat st = { .start_time = start, .num_threads = 1 };

	nlb_attr(b, TASK_DIAG_STAT, &st, sizeof(st));
}

/*
 * Scan 1, SCAN_ALL for MSG|CRED|STAT|CMDLINE:
 *   self: CRED and STAT sent, CMDLINE missing -> read from /proc
 *   GHOST: everything sent -> delivered as is
 *   GHOST+1: CMDLINE missing, and /proc has no such task -> dropped
 */
static void dump_all(struct nlb *b, int self)
{
	struct task_diag_msg m = nlb_mkmsg(self, self, getppid(), 0, "self");
	struct task_diag_msg g1 = nlb_mkmsg(GHOST, GHOST, 1, 1, "ghost");
	struct task_diag_msg g2 = nlb_mkmsg(GHOST + 1, GHOST + 1, 1, 1, "gone");

	nlb_task(b, &m, 0);
	add_cred(b, 4242);
	add_stat(b, 123456);
	nlb_task(b, &g1, 0);
	add_cred(b, 7);
	add_stat(b, 1);
	nlb_attr(b, TASK_DIAG_CMDLINE, "ghost\0-v", 9);
	nlb_task(b, &g2, 0);
	add_cred(b, 8);
	add_stat(b, 2);
	nlb_done(b, 0);
}

/* scan 2, SCAN_PIDS {GHOST+5, self}: the first has gone (-ESRCH) */
static void dump_pids(struct nlb *b, int self, int via_error)
{
	struct task_diag_msg m = nlb_mkmsg(self, self, getppid(), 0, "self");

	if (via_error)
		nlb_error(b, -ESRCH);
	else
		nlb_done(b, -ESRCH);
	nlb_task(b, &m, 0);
	add_cred(b, 4242);
	add_stat(b, 5);
	nlb_attr(b, TASK_DIAG_CMDLINE, "x", 2);
	nlb_done(b, 0);
}

/* scan 4, threads: two thread rows of GHOST, stopped after the first */
static void dump_threads(struct nlb *b)
{
	struct task_diag_msg t1 = nlb_mkmsg(GHOST, GHOST, 1, 0, "t");
	struct task_diag_msg t2 = nlb_mkmsg(GHOST, GHOST + 2, 1, 0, "t");

	nlb_task(b, &t1, 0);
	add_cred(b, 1);
	nlb_task(b, &t2, 0);
	add_cred(b, 1);
	nlb_done(b, 0);
}

static int read_all(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, size);
	close(fd);
	return (int)n;
}

static int accept_uid(const struct task *t, void *arg)
{
	return t->ruid == *(uid_t *)arg;
}

static void run_scans(const char *file, const char *rec, int self)
{
	const uint64_t want = TG_BIT(TG_MSG) | TG_BIT(TG_CRED) |
			      TG_BIT(TG_STAT) | TG_BIT(TG_CMDLINE);
	int pids[2] = { GHOST + 5, self };
	struct scan_request req = { .want = want, .scope = SCAN_ALL };
	/* as TDPS_TASKDIAG_REPLAY and TDPS_TASKDIAG_RECORD set them */
	const struct source_config config = {
		.taskdiag_replay = file, .taskdiag_record = rec,
	};
	struct source src;
	struct got g;
	char self_cmd[256];
	int n, rc;
	uid_t uid = 7;

	rc = source_open(&src, SOURCE_TASKDIAG, TG_ALL, false, &config);
	CHECK_EQ(rc, 0, "open with TDPS_TASKDIAG_REPLAY needs no kernel");
	if (rc)
		return;
	CHECK(!strcmp(source_name(&src), "taskdiag"), "source name");

	memset(&g, 0, sizeof(g));
	rc = source_scan(&src, &req, collect, &g);
	CHECK_EQ(rc, 0, "scan 1 (all)");
	CHECK_EQ(g.n, 2, "self and the complete ghost; the incomplete ghost dropped");
	n = read_all("/proc/self/cmdline", self_cmd, sizeof(self_cmd));
	if (g.n == 2) {
		CHECK(g.tgid[0] == self && g.ruid[0] == 4242 &&
		      g.start_time[0] == 123456,
		      "self: the groups the kernel sent are not overwritten");
		CHECK((g.have[0] & want) == want,
		      "self: CMDLINE filled in from /proc");
		CHECK(n > 0 && g.cmdline_len[0] == (size_t)n &&
		      !memcmp(g.cmdline[0], self_cmd, n),
		      "self: cmdline equals /proc/self/cmdline (%zu bytes)",
		      g.cmdline_len[0]);
		CHECK(g.tgid[1] == GHOST && g.cmdline_len[1] == 9 &&
		      !memcmp(g.cmdline[1], "ghost\0-v", 9) && g.ruid[1] == 7,
		      "ghost: delivered from the dump alone");
	}

	memset(&g, 0, sizeof(g));
	req.scope = SCAN_PIDS;
	req.pids = pids;
	req.npids = 2;
	rc = source_scan(&src, &req, collect, &g);
	CHECK(rc == 0 && g.n == 1 && g.tgid[0] == self && g.ruid[0] == 4242,
	      "scan 2 (pids): DONE -ESRCH skipped, self found");
	memset(&g, 0, sizeof(g));
	rc = source_scan(&src, &req, collect, &g);
	CHECK(rc == 0 && g.n == 1 && g.tgid[0] == self,
	      "scan 3 (pids): NLMSG_ERROR -ESRCH skipped too");

	memset(&g, 0, sizeof(g));
	req.scope = SCAN_ALL;
	req.filter = accept_uid;
	req.filter_arg = &uid;
	req.filter_want = TG_BIT(TG_CRED);
	rc = source_scan(&src, &req, collect, &g);
	CHECK(rc == 0 && g.n == 1 && g.tgid[0] == GHOST,
	      "scan 4 (filter ruid 7): only the ghost");

	memset(&g, 0, sizeof(g));
	req.filter = NULL;
	req.threads = 1;
	req.want = TG_BIT(TG_MSG) | TG_BIT(TG_CRED);
	g.stop_after = 1;
	rc = source_scan(&src, &req, collect, &g);
	CHECK(rc == -ECANCELED && g.n == 1 && g.is_thread[0],
	      "scan 5 (threads): thread rows, stopped by the callback");

	memset(&g, 0, sizeof(g));
	req.threads = 0;
	req.want = want;
	rc = source_scan(&src, &req, collect, &g);
	CHECK(rc == 0 && g.n == 2,
	      "scan 6 (all): the stopped dump was stepped over");
	rc = source_scan(&src, &req, collect, &g);
	CHECK_EQ(rc, -ENODATA, "scan 7: the replay has run out");
	source_close(&src);
}

static int same_file(const char *a, const char *b)
{
	static char x[1 << 16], y[1 << 16];
	int n = read_all(a, x, sizeof(x)), m = read_all(b, y, sizeof(y));

	return n > 0 && n == m && !memcmp(x, y, n);
}

/* without a replay file: the kernel, which here has no TASKDIAG */
static void test_no_kernel(void)
{
	static const struct source_config config;
	struct source src;
	struct timespec a, b;
	double ms;
	int rc;

	clock_gettime(CLOCK_MONOTONIC, &a);
	rc = source_open(&src, SOURCE_TASKDIAG, TG_ALL, false, &config);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
	if (rc == 0) {
		printf("# this kernel has TASKDIAG: open succeeded\n");
		source_close(&src);
	}
	CHECK(rc == 0 || rc == -ENOENT,
	      "open without the family: -ENOENT (got %d) in %.1f ms", rc, ms);
	CHECK(ms < 1000, "and quickly");
	rc = source_open(&src, SOURCE_AUTO, TG_ALL, false, &config);
	CHECK(rc == 0, "auto still opens a source (%s)", source_name(&src));
	if (!rc)
		source_close(&src);
}

int main(void)
{
	char dir[] = "/tmp/tdps-replay-XXXXXX", file[64], rec[64];
	struct nlb b;
	int self = getpid();

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 99;
	}
	snprintf(file, sizeof(file), "%s/dump", dir);
	snprintf(rec, sizeof(rec), "%s/rec", dir);
	nlb_init(&b);
	dump_all(&b, self);
	dump_pids(&b, self, 0);
	dump_pids(&b, self, 1);
	dump_all(&b, self);	/* the filtered scan */
	dump_threads(&b);
	dump_all(&b, self);
	if (nlb_write(&b, dir, "dump") < 0) {
		perror(file);
		return 99;
	}
	run_scans(file, rec, self);
	CHECK(same_file(file, rec),
	      "TDPS_TASKDIAG_RECORD wrote back every byte replayed");
	test_no_kernel();
	unlink(file);
	unlink(rec);
	rmdir(dir);
	nlb_free(&b);
	return check_done();
}
