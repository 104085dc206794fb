/*
 * fixture.c - a controlled, repeatable process set for comparing ps/pstree
 * implementations byte for byte (see README.md beside this file).
 *
 * One static binary, several modes:
 *   fixture init --sock PATH --etc DIR [--lifeline] [--lifetime SEC]
 *                [--tree BIN --tree-map FILE]
 *       Must be pid 1 of a fresh pid + mount namespace (unshare --pid --fork
 *       --mount-proc).  With --tree, pid 200 runs BIN (pstree-lab.c), which
 *       builds pstree's tree of cases below itself and writes FILE, the
 *       lowest pid of each process name.  Installs /etc/passwd, /etc/group, /etc/nsswitch.conf
 *       and a private devpts, then builds the process set of specs[] with
 *       fixed pids (by writing /proc/sys/kernel/ns_last_pid before every
 *       fork), prints "READY ..." on stdout and idles until stdin reaches EOF
 *       (--lifeline) or the lifetime runs out.  When pid 1 exits the kernel
 *       kills every process of the namespace.
 *   fixture client --sock PATH --bin FILE --exec PATH [--env K=V]...
 *                  [--size COLSxROWS] [--timeout SEC] -- [@pty[=CxR]] [@notty]
 *                  [@nobody] [K=V]... PROG [ARG]...
 *       Runs FILE once inside the namespace as the "observer": it is bind-
 *       mounted over PATH and executed as PATH with argv PROG ARG..., with the
 *       client's stdin/stdout/stderr, pid OBS_PID, parent RUNNER_PID (as
 *       nobody, uid and gid 65534 without groups, with @nobody).  Exits
 *       with the observer's exit status (128+N if killed by signal N).
 *   fixture list
 *       Prints the process plan.
 * Processes of the set are this same binary re-executed; they learn their
 * role from a record on ROLE_FD.  The per-run helper ("compat-run") is
 * recognised by its argv[0] and the socket on CONN_FD.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <sys/fsuid.h>

#include "../mm_map.h"

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif
#ifndef PR_SET_MM
#define PR_SET_MM 35
#endif
#include <linux/prctl.h>	/* struct prctl_mm_map */

/* Fixed file descriptors handed across exec. */
enum {
	ROLE_FD = 197,		/* parent -> child: struct role_msg */
	READY_FD = 198,		/* child -> parent: one byte once set up */
	CONN_FD = 199,		/* compat-run: connection to the client */
	LISTEN_FD = 200,	/* agent: listening socket */
	MASTER_FD = 201,	/* agent, compat-run: pty master of pts/0 */
	LOG_FD = 202,		/* agent, compat-run: the fixture's log (init's stderr) */
};

/* Fixed pids of the harness side of the namespace. */
enum { AGENT_PID = 140, RUNNER_PID = 29990, OBS_PID = 29999 };

#define ROLE_MAGIC "FIXROLE1"
#define REQ_MAGIC 0x46495852u	/* "FIXR" */
#define REP_MAGIC 0x46495841u	/* "FIXA" */

/* ---------------------------------------------------------------- utils */

static const char *prog = "fixture";

static _Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	fprintf(stderr, "%s[%d]: ", prog, (int)getpid());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (e)
		fprintf(stderr, ": %s", strerror(e));
	fputc('\n', stderr);
	_exit(99);
}

static void xwrite_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			die("write");
		p += n;
		len -= (size_t)n;
	}
}

static int read_all(int fd, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		ssize_t n = read(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static void write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

	if (fd < 0)
		die("open %s", path);
	xwrite_all(fd, text, strlen(text));
	close(fd);
}

/* The next fork/clone in this pid namespace gets pid+1. */
static void set_last_pid(int pid)
{
	char buf[16];
	int fd = open("/proc/sys/kernel/ns_last_pid", O_WRONLY | O_CLOEXEC);

	if (fd < 0)
		die("open ns_last_pid");
	snprintf(buf, sizeof buf, "%d", pid);
	xwrite_all(fd, buf, strlen(buf));
	close(fd);
}

static void sleep_us(long us)
{
	struct timespec ts = { us / 1000000, (us % 1000000) * 1000 };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static void pin_to_cpu(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof set, &set) < 0)
		die("sched_setaffinity %d", cpu);
}

static void reset_signals(void)
{
	sigset_t none;

	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			signal(sig, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

static void on_signal(int sig)
{
	(void)sig;
}

/* Install fn for sig; without SA_RESTART unless asked, so waits see EINTR. */
static void set_handler(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static void catch_signal(int sig, int flags)
{
	set_handler(sig, on_signal, flags);
}

static char proc_state(int pid)
{
	char path[64], buf[512];
	int fd;
	ssize_t n;
	char *p;

	snprintf(path, sizeof path, "/proc/%d/stat", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	p = strrchr(buf, ')');
	return p && p[1] && p[2] ? p[2] : 0;
}

/* Growable NULL-terminated string vector. */
struct vec {
	char **v;
	size_t n, cap;
};

static void vec_push(struct vec *v, char *s)
{
	if (v->n + 2 > v->cap) {
		v->cap = v->cap ? 2 * v->cap : 16;
		v->v = realloc(v->v, v->cap * sizeof *v->v);
		if (!v->v)
			die("realloc");
	}
	v->v[v->n++] = s;
	v->v[v->n] = NULL;
}

static void vec_add(struct vec *v, const char *const *list)
{
	for (; list && *list; list++)
		vec_push(v, (char *)*list);
}

/* ------------------------------------------------------- the process set */

struct thr {
	const char *name;	/* NULL: keep the process name */
	int nice;
	int policy, prio;	/* policy 0 with prio 0: inherit */
};

struct creds {
	uid_t ruid, euid, suid, fsuid;
	gid_t rgid, egid, sgid, fsgid;
	int ngroups;		/* -1: keep (none, as set up by init) */
	gid_t groups[8];
};

enum {
	F_TTY_LEADER = 1 << 0,	/* new session owning pts/0 */
	F_FOREGROUND = 1 << 1,	/* parent makes my pgrp the tty's foreground */
	F_ZOMBIE = 1 << 2,	/* exit after set-up; parent never reaps */
	F_STOP = 1 << 3,	/* parent stops me with SIGSTOP */
	F_TSTP = 1 << 4,	/* parent stops me with SIGTSTP (job control) */
	F_TRACED = 1 << 5,	/* parent ptrace-stops me */
	F_AGENT = 1 << 6,	/* serve clients on LISTEN_FD */
	F_DEFER = 1 << 7,	/* parent collects my readiness last */
	F_BURN = 1 << 8,	/* burn ~1.05 s of CPU, then idle */
	F_MLOCK = 1 << 9,	/* mlock 128 KiB (STAT L) */
	F_LEADER_EXIT = 1 << 10,	/* main thread exits, threads live */
	F_SIGS = 1 << 11,	/* blocked, ignored, caught, pending signals */
	F_EMPTYCMD = 1 << 12,	/* arg_end = arg_start: empty cmdline */
	F_REWRITE = 1 << 13,	/* rewrite argv in place, shorter */
	F_SPILL = 1 << 14,	/* setproctitle-style title spilling into env */
	F_ZEROARGS = 1 << 15,	/* zero the whole argv area */
	F_NODUMP = 1 << 16,	/* stay non-dumpable after the uid change */
	F_ARGC0 = 1 << 17,	/* execve with an empty argv */
	F_SHELL = 1 << 18,	/* ignore job-control signals like a shell */
	F_TREE = 1 << 19,	/* with init --tree only: become pstree-lab */
};

struct spec {
	int pid, ppid;
	const char *comm;		/* PR_SET_NAME; NULL: basename(argv[0]) */
	const char *const *argv;	/* NULL: built by argv_fn */
	void (*argv_fn)(struct vec *);
	const char *const *env;		/* NULL: env_fn or default_env */
	void (*env_fn)(struct vec *);
	const struct creds *cred;	/* NULL: stay root */
	int nice;
	int policy, rtprio;
	int pgrp;			/* 0 inherit, -1 own group, >0 join */
	int nthreads;
	const struct thr *threads;
	long mem_kib;			/* anonymous memory touched */
	int oom_adj;			/* oom_score_adj; 0 leaves it */
	unsigned flags;
	const char *what;		/* for `fixture list` and the README */
};

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })
#define CRED(...) (&(const struct creds){ __VA_ARGS__ })
/* All ids equal; no supplementary groups change. */
#define USER(u, g) CRED(u, u, u, u, g, g, g, g, -1, { 0 })

static const char *const default_env[] = {
	"HOME=/", "PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C", NULL
};

static const char *const session_env[] = {
	"HOME=/root", "LOGNAME=root", "PATH=/usr/local/bin:/usr/bin:/bin",
	"SHELL=/bin/bash", "TERM=xterm", "USER=root", NULL
};

static const char *const odd_env[] = {
	"UTF8=gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac", "CTRL=a\tb\nc\x1b[0m",
	"BAD=\xff\xfe\x80", "EMPTY=", "NOEQUALSIGN", "=LEADINGEQUALS",
	"SPACES=a b  c", NULL
};

static void argv_longargs(struct vec *v)
{
	vec_push(v, "longargs");
	for (int i = 0; i < 300; i++) {
		char *s;
		if (asprintf(&s, "--option-%03d=value-%03d", i, i) < 0)
			die("asprintf");
		vec_push(v, s);
	}
}

/* One argument of 131070 bytes (+NUL = MAX_ARG_STRLEN - 1): cmdline > 128 KiB. */
static void argv_bigarg(struct vec *v)
{
	static const char pat[] = "0123456789abcdefghijklmnopqrstuvwxyz-";
	size_t len = 131070;
	char *s = malloc(len + 1);

	if (!s)
		die("malloc");
	for (size_t i = 0; i < len; i++)
		s[i] = pat[i % (sizeof pat - 1)];
	s[len] = 0;
	vec_push(v, "bigarg");
	vec_push(v, s);
}

/* About 200 KiB of environment. */
static void env_huge(struct vec *v)
{
	vec_add(v, default_env);
	for (int i = 0; i < 2500; i++) {
		char *s;
		if (asprintf(&s, "HUGE_VARIABLE_%04d=%070d", i, i) < 0)
			die("asprintf");
		vec_push(v, s);
	}
}

static const struct thr mixed_threads[] = {
	{ "tworker-1", 5, 0, 0 },
	{ "tworker-2", 0, SCHED_RR, 3 },
	{ NULL, 0, 0, 0 },
	{ "io ) thread", -2, 0, 0 },
};

static const struct thr pool_threads[10];	/* all unnamed, default */
static const struct thr leader_threads[2] = { { "survivor", 0, 0, 0 } };

static const struct spec specs[] = {
	{ .pid = 1, .ppid = 0, .comm = "init", .argv = ARGV("/sbin/init"),
	  .what = "init of the namespace (reaps orphans, watches the lifeline)" },
	/* Spawned first and collected last: burns CPU while the rest is built. */
	{ .pid = 5, .ppid = 1, .argv = ARGV("cpu-burner", "--seconds", "1.05"),
	  .flags = F_BURN | F_DEFER,
	  .what = "burned ~1.05 s of CPU on cpu 1 before going idle (TIME 0:01)" },

	{ .pid = 10, .ppid = 1, .argv = ARGV("sleep", "1000"), .what = "plain sleeper" },
	{ .pid = 11, .ppid = 1, .argv = ARGV("sleep", "1000"), .what = "plain sleeper" },
	{ .pid = 12, .ppid = 1, .argv = ARGV("sleep", "1000"), .what = "plain sleeper" },
	{ .pid = 13, .ppid = 1, .argv = ARGV("sleep", "infinity"), .what = "plain sleeper" },

	{ .pid = 20, .ppid = 1, .argv = ARGV("worker-pool", "--workers", "8"),
	  .what = "parent of 8 identical children" },
	{ .pid = 21, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 22, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 23, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 24, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 25, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 26, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 27, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },
	{ .pid = 28, .ppid = 20, .argv = ARGV("worker", "--idle"), .what = "pool child" },

	{ .pid = 30, .ppid = 1, .argv = ARGV("supervisor", "-n", "3"),
	  .what = "3 identical subtrees bash---sleep (pstree 3*[...])" },
	{ .pid = 31, .ppid = 30, .argv = ARGV("bash", "-c", "sleep 60"), .what = "subtree" },
	{ .pid = 32, .ppid = 31, .argv = ARGV("sleep", "60"), .what = "subtree leaf" },
	{ .pid = 33, .ppid = 30, .argv = ARGV("bash", "-c", "sleep 60"), .what = "subtree" },
	{ .pid = 34, .ppid = 33, .argv = ARGV("sleep", "60"), .what = "subtree leaf" },
	{ .pid = 35, .ppid = 30, .argv = ARGV("bash", "-c", "sleep 60"), .what = "subtree" },
	{ .pid = 36, .ppid = 35, .argv = ARGV("sleep", "60"), .what = "subtree leaf" },

	{ .pid = 40, .ppid = 1, .argv = ARGV("deep-00", "level", "0"), .what = "chain of 12 levels" },
	{ .pid = 41, .ppid = 40, .argv = ARGV("deep-01", "level", "1"), .what = "chain" },
	{ .pid = 42, .ppid = 41, .argv = ARGV("deep-02", "level", "2"), .what = "chain" },
	{ .pid = 43, .ppid = 42, .argv = ARGV("deep-03", "level", "3"), .what = "chain" },
	{ .pid = 44, .ppid = 43, .argv = ARGV("deep-04", "level", "4"), .what = "chain" },
	{ .pid = 45, .ppid = 44, .argv = ARGV("deep-05", "level", "5"), .what = "chain" },
	{ .pid = 46, .ppid = 45, .argv = ARGV("deep-06", "level", "6"), .what = "chain" },
	{ .pid = 47, .ppid = 46, .argv = ARGV("deep-07", "level", "7"), .what = "chain" },
	{ .pid = 48, .ppid = 47, .argv = ARGV("deep-08", "level", "8"), .what = "chain" },
	{ .pid = 49, .ppid = 48, .argv = ARGV("deep-09", "level", "9"), .what = "chain" },
	{ .pid = 50, .ppid = 49, .argv = ARGV("deep-10", "level", "10"), .what = "chain" },
	{ .pid = 51, .ppid = 50, .argv = ARGV("deep-11", "level", "11"), .what = "chain (leaf)" },

	{ .pid = 60, .ppid = 1, .argv = ARGV("threads-mixed", "--threads=4"),
	  .nthreads = 4, .threads = mixed_threads,
	  .what = "4 threads 61-64: renamed, nice 5, SCHED_RR 3, unnamed, \"io ) thread\" nice -2" },
	{ .pid = 70, .ppid = 1, .argv = ARGV("threadpool", "-j10"),
	  .nthreads = 10, .threads = pool_threads,
	  .what = "10 identical unnamed threads 71-80" },
	{ .pid = 85, .ppid = 1, .argv = ARGV("leader-gone"),
	  .nthreads = 2, .threads = leader_threads, .flags = F_LEADER_EXIT,
	  .what = "main thread exited (Zl), threads 86 \"survivor\" and 87 live" },

	{ .pid = 90, .ppid = 1, .argv = ARGV("lazy-parent", "--no-wait"),
	  .what = "never reaps its child" },
	{ .pid = 91, .ppid = 90, .argv = ARGV("zchild", "--exit"), .flags = F_ZOMBIE,
	  .what = "zombie" },
	{ .pid = 95, .ppid = 1, .argv = ARGV("stopped", "--sigstop"), .flags = F_STOP,
	  .what = "stopped by SIGSTOP (T)" },
	{ .pid = 96, .ppid = 1, .argv = ARGV("tracer", "-p", "97"),
	  .what = "ptrace tracer of 97" },
	{ .pid = 97, .ppid = 96, .argv = ARGV("tracee"), .flags = F_TRACED,
	  .what = "in ptrace stop (t)" },

	{ .pid = 100, .ppid = 1, .argv = ARGV("nice10"), .nice = 10, .what = "nice +10" },
	{ .pid = 101, .ppid = 1, .argv = ARGV("nice-5"), .nice = -5, .what = "nice -5" },
	{ .pid = 102, .ppid = 1, .argv = ARGV("nice19"), .nice = 19, .what = "nice +19" },
	{ .pid = 103, .ppid = 1, .argv = ARGV("nice-20"), .nice = -20, .what = "nice -20" },
	{ .pid = 104, .ppid = 1, .argv = ARGV("rt-fifo", "10"), .policy = SCHED_FIFO,
	  .rtprio = 10, .what = "SCHED_FIFO 10" },
	{ .pid = 105, .ppid = 1, .argv = ARGV("rt-rr", "50"), .policy = SCHED_RR,
	  .rtprio = 50, .what = "SCHED_RR 50" },
	{ .pid = 106, .ppid = 1, .argv = ARGV("batch"), .policy = SCHED_BATCH, .nice = 5,
	  .what = "SCHED_BATCH nice 5" },
	{ .pid = 107, .ppid = 1, .argv = ARGV("idleprio"), .policy = SCHED_IDLE,
	  .what = "SCHED_IDLE" },
	{ .pid = 108, .ppid = 1, .argv = ARGV("rt-fifo99"), .policy = SCHED_FIFO,
	  .rtprio = 99, .what = "SCHED_FIFO 99" },

	{ .pid = 110, .ppid = 1, .argv = ARGV("svc", "--user", "alice"),
	  .cred = USER(1000, 1000), .what = "alice:alice" },
	{ .pid = 111, .ppid = 1, .argv = ARGV("svc", "--user", "verylongusername"),
	  .cred = USER(1004, 1004), .what = "16-char user and group names" },
	{ .pid = 112, .ppid = 1, .argv = ARGV("svc", "--user", "j\xc3\xb6s\xc3\xa9"),
	  .cred = USER(1005, 1005), .what = "non-ASCII user and group names" },
	{ .pid = 113, .ppid = 1, .argv = ARGV("svc", "--uid", "1234"),
	  .cred = USER(1234, 2345), .what = "uid 1234 / gid 2345 without names" },
	{ .pid = 114, .ppid = 1, .argv = ARGV("svc", "--uid", "4000000000"),
	  .cred = USER(4000000000u, 4000000000u), .what = "huge uid/gid without names" },
	{ .pid = 115, .ppid = 1, .argv = ARGV("svc", "--uid", "3000000000"),
	  .cred = USER(3000000000u, 3000000000u), .what = "huge uid/gid with names" },
	{ .pid = 116, .ppid = 1, .argv = ARGV("setuid-mix"),
	  .cred = CRED(1000, 1001, 1002, 1002, 1000, 1001, 1002, 1003, -1, { 0 }),
	  .what = "real/effective/saved/fs ids all different" },
	{ .pid = 117, .ppid = 1, .argv = ARGV("groupie"),
	  .cred = CRED(1001, 1001, 1001, 1001, 1001, 1001, 1001, 1001, 7,
		       { 5, 50, 100, 1000, 1004, 2345, 4000000000u }),
	  .what = "bob with 7 supplementary groups (named, unnamed, huge)" },
	{ .pid = 118, .ppid = 1, .argv = ARGV("nodump"), .flags = F_NODUMP,
	  .cred = CRED(1000, 1003, 1003, 1003, 1000, 1003, 1003, 1003, -1, { 0 }),
	  .what = "non-dumpable: /proc/118 owned by root, euid 1003" },
	{ .pid = 119, .ppid = 1, .argv = ARGV("svc", "--user", "eightchr"),
	  .cred = USER(1002, 1003), .what = "8-char user, 9-char group" },
	{ .pid = 120, .ppid = 1, .argv = ARGV("daemon-ish"),
	  .cred = CRED(1, 1, 1, 1, 1, 1, 1, 1, 0, { 0 }), .what = "daemon, no groups" },
	{ .pid = 121, .ppid = 1, .argv = ARGV("su", "-", "alice"),
	  .what = "root -> alice -> bob uid transitions (pstree -u)" },
	{ .pid = 122, .ppid = 121, .argv = ARGV("-sh"), .comm = "sh",
	  .cred = USER(1000, 1000), .what = "alice login shell" },
	{ .pid = 123, .ppid = 122, .argv = ARGV("sleep", "100"),
	  .cred = USER(1001, 1001), .what = "bob" },

	/* The terminal session; the agent lives in it so observers share pts/0. */
	{ .pid = 130, .ppid = 1, .argv = ARGV("-bash"), .comm = "bash",
	  .env = session_env, .flags = F_TTY_LEADER | F_SHELL,
	  .what = "session leader owning pts/0" },
	{ .pid = 131, .ppid = 130, .argv = ARGV("grep", "-r", "needle", "/srv"),
	  .env = session_env, .pgrp = -1, .flags = F_FOREGROUND,
	  .what = "foreground job (pgrp 131)" },
	{ .pid = 132, .ppid = 130, .argv = ARGV("less"), .env = session_env, .pgrp = 131,
	  .what = "foreground job, second member" },
	{ .pid = 133, .ppid = 130, .argv = ARGV("make", "-j2"), .env = session_env,
	  .pgrp = -1, .what = "background job (pgrp 133)" },
	{ .pid = 134, .ppid = 133, .argv = ARGV("cc1", "-quiet", "main.c"),
	  .env = session_env, .what = "background job member" },
	{ .pid = 136, .ppid = 130, .argv = ARGV("top"), .env = session_env, .pgrp = -1,
	  .flags = F_TSTP, .what = "stopped job (SIGTSTP)" },
	{ .pid = 137, .ppid = 130, .argv = ARGV("alice-job", "--bg"), .pgrp = -1,
	  .env = session_env, .cred = USER(1000, 1000),
	  .what = "background job of another user on pts/0" },
	{ .pid = AGENT_PID, .ppid = 130, .argv = ARGV("compat-agent"), .pgrp = -1,
	  .env = session_env, .flags = F_AGENT,
	  .what = "harness agent: spawns compat-run (29990) -> observer (29999)" },

	{ .pid = 150, .ppid = 1, .argv = NULL, .argv_fn = argv_longargs,
	  .what = "301 arguments, ~7 KiB" },
	{ .pid = 151, .ppid = 1, .argv = NULL, .argv_fn = argv_bigarg,
	  .what = "one 131070-byte argument (cmdline > 128 KiB)" },
	{ .pid = 152, .ppid = 1, .comm = "utf8",
	  .argv = ARGV("utf8", "gr\xc3\xbc\xc3\x9f" "e", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
		       "\xf0\x9f\x8e\x89party", "e\xcc\x81t\xc3\xa9", "\xef\xbc\xa1wide"),
	  .what = "valid UTF-8 arguments" },
	{ .pid = 153, .ppid = 1, .comm = "badbytes",
	  .argv = ARGV("badbytes", "\xff\xfe", "\x80" "abc", "\xc0\xaf", "trunc\xe6\x97",
		       "\xed\xa0\x80surrogate"),
	  .what = "invalid UTF-8 arguments" },
	{ .pid = 154, .ppid = 1, .comm = "ctrl",
	  .argv = ARGV("ctrl", "line1\nline2", "tab\there", "esc\x1b[31mred\x1b[0m",
		       "del\x7f", "bell\a", "cr\rret"),
	  .what = "control characters in arguments" },
	{ .pid = 155, .ppid = 1, .comm = "noargv", .argv = ARGV("unused"), .flags = F_ARGC0,
	  .what = "execve with empty argv (kernel supplies \"\")" },
	{ .pid = 156, .ppid = 1, .comm = "kworker/u9:9", .argv = ARGV("emptycmd"),
	  .flags = F_EMPTYCMD, .what = "cmdline made empty with PR_SET_MM_MAP (arg_end = arg_start)" },
	{ .pid = 157, .ppid = 1, .comm = "a) b\nc ) d", .argv = ARGV("weird-comm"),
	  .what = "comm \"a) b\\nc ) d\"" },
	{ .pid = 158, .ppid = 1, .argv = ARGV("rewrite", "--original", "args", "here"),
	  .flags = F_REWRITE, .what = "rewrote its argv in place (shorter)" },
	{ .pid = 159, .ppid = 1, .argv = ARGV("spill", "x"), .flags = F_SPILL,
	  .what = "setproctitle-style title overflowing into the env area" },
	{ .pid = 160, .ppid = 1, .argv = ARGV("hugeenv"), .env_fn = env_huge,
	  .what = "~200 KiB environment" },
	{ .pid = 161, .ppid = 1, .argv = ARGV("oddenv"), .env = odd_env,
	  .what = "environment with UTF-8, control and invalid bytes" },
	{ .pid = 162, .ppid = 1, .argv = ARGV("zeroargs", "will", "vanish"),
	  .flags = F_ZEROARGS, .what = "argv area zeroed (cmdline all NULs)" },
	{ .pid = 163, .ppid = 1,
	  .argv = ARGV("/usr/lib/very/long/path/to/averyveryverylongprogramname", "--flag"),
	  .comm = "averyveryverylongprogramname", .what = "comm truncated to 15 bytes" },
	{ .pid = 164, .ppid = 1, .comm = "proze\xc3\x9f-\xc3\xbc",
	  .argv = ARGV("proze\xc3\x9f-\xc3\xbc", "--utf8-comm"), .what = "UTF-8 comm" },
	{ .pid = 165, .ppid = 1, .comm = "", .argv = ARGV("emptycomm"), .what = "empty comm" },
	{ .pid = 166, .ppid = 1, .argv = ARGV("empties", "", "", "x", "", ""),
	  .what = "empty argument strings" },
	{ .pid = 167, .ppid = 1, .argv = ARGV("my program", "arg with spaces", " lead"),
	  .comm = "my program", .what = "spaces in argv[0] and comm" },
	{ .pid = 168, .ppid = 1, .argv = ARGV("fifteen-chars-x", "exact"),
	  .what = "15-byte comm" },
	{ .pid = 169, .ppid = 1, .comm = "esc\x1b[1mbold", .argv = ARGV("esc-comm"),
	  .what = "escape sequence in comm" },

	{ .pid = 180, .ppid = 1, .argv = ARGV("sigs"), .flags = F_SIGS,
	  .what = "blocked/ignored/caught/pending signal masks" },
	{ .pid = 185, .ppid = 1, .argv = ARGV("memhog", "24M"), .mem_kib = 24 * 1024,
	  .what = "24 MiB touched" },
	{ .pid = 186, .ppid = 1, .argv = ARGV("cache", "12M"), .mem_kib = 12 * 1024,
	  .what = "12 MiB touched" },
	{ .pid = 187, .ppid = 1, .argv = ARGV("locked"), .flags = F_MLOCK,
	  .what = "128 KiB mlocked (STAT L)" },
	{ .pid = 190, .ppid = 1, .argv = ARGV("oom-victim"), .oom_adj = 500,
	  .what = "oom_score_adj 500" },
	{ .pid = 191, .ppid = 1, .argv = ARGV("oom-max"), .oom_adj = 1000,
	  .what = "oom_score_adj 1000 (lowering needs CAP_SYS_RESOURCE)" },

	/* Last, so its tree's pids follow from it: pstree's cases only. */
	{ .pid = 200, .ppid = 1, .argv = ARGV("pstree-lab"), .flags = F_TREE,
	  .what = "with init --tree: pstree-lab.c's tree of cases below it" },
};

#define NSPECS (sizeof specs / sizeof specs[0])

static const struct spec *spec_by_pid(int pid)
{
	for (size_t i = 0; i < NSPECS; i++)
		if (specs[i].pid == pid)
			return &specs[i];
	return NULL;
}

static const char *spec_comm(const struct spec *s)
{
	const char *slash;

	if (s->comm)
		return s->comm;
	if (!s->argv)
		return s->argv_fn == argv_longargs ? "longargs" : "bigarg";
	slash = strrchr(s->argv[0], '/');
	return slash ? slash + 1 : s->argv[0];
}

/* Does s, or one of its descendants, need the agent's descriptors? */
static int leads_to_agent(const struct spec *s)
{
	const struct spec *a = spec_by_pid(AGENT_PID);

	while (a) {
		if (a == s)
			return 1;
		a = spec_by_pid(a->ppid);
	}
	return 0;
}

/* ------------------------------------------------------------- spawning */

struct role_msg {
	char magic[8];
	int index;
	int lifeline;
	int lifetime;
	char tree[1024];	/* init --tree: the pstree-lab binary, its map */
	char tree_map[1024];
};

/* init's --tree and --tree-map, handed down to pid 200 */
static char tree_bin[1024], tree_map[1024];

static void build_argv_env(const struct spec *s, struct vec *av, struct vec *ev)
{
	if (s->argv)
		vec_add(av, s->argv);
	else
		s->argv_fn(av);
	if (s->env)
		vec_add(ev, s->env);
	else if (s->env_fn)
		s->env_fn(ev);
	else
		vec_add(ev, default_env);
}

static void child_exec(const struct spec *s, int role_r, int ready_w)
{
	struct vec av = { 0 }, ev = { 0 };
	char *none[] = { NULL };

	reset_signals();
	if (dup2(role_r, ROLE_FD) < 0 || dup2(ready_w, READY_FD) < 0)
		die("dup2");
	if (s->ppid == 1) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(null, 1);
		close(null);
	}
	if (!leads_to_agent(s)) {
		close(LISTEN_FD);
		close(MASTER_FD);
		close(LOG_FD);
	}
	build_argv_env(s, &av, &ev);
	execve("/proc/self/exe", (s->flags & F_ARGC0) ? none : av.v, ev.v);
	die("execve");
}

static void wait_ready(int fd, const struct spec *s)
{
	char c;

	if (read_all(fd, &c, 1) < 0) {
		errno = 0;
		die("pid %d (%s) died during set-up", s->pid, spec_comm(s));
	}
	close(fd);
}

static void after_ready(const struct spec *s)
{
	siginfo_t si;
	int st;

	if (s->flags & F_ZOMBIE) {
		if (waitid(P_PID, s->pid, &si, WEXITED | WNOWAIT) < 0)
			die("waitid zombie");
	}
	if (s->flags & (F_STOP | F_TSTP)) {
		kill(s->pid, (s->flags & F_STOP) ? SIGSTOP : SIGTSTP);
		if (waitid(P_PID, s->pid, &si, WSTOPPED | WNOWAIT) < 0)
			die("waitid stopped");
	}
	if (s->flags & F_TRACED) {
		if (ptrace(PTRACE_SEIZE, s->pid, 0, 0) < 0 ||
		    ptrace(PTRACE_INTERRUPT, s->pid, 0, 0) < 0)
			die("ptrace %d", s->pid);
		if (waitpid(s->pid, &st, __WALL) < 0)
			die("waitpid tracee");
	}
	if (s->flags & F_FOREGROUND) {
		if (tcsetpgrp(0, s->pid) < 0)
			die("tcsetpgrp");
	}
}

/* Fork+exec s with pid s->pid; returns its ready fd if deferred, else -1. */
static int spawn(const struct spec *s)
{
	struct role_msg m;
	int rp[2], dp[2];
	pid_t pid;

	if (pipe2(rp, O_CLOEXEC) < 0 || pipe2(dp, O_CLOEXEC) < 0)
		die("pipe");
	set_last_pid(s->pid - 1);
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0)
		child_exec(s, rp[0], dp[1]);
	if (pid != s->pid) {
		errno = 0;
		die("wanted pid %d for %s, got %d", s->pid, spec_comm(s), (int)pid);
	}
	close(rp[0]);
	close(dp[1]);
	memset(&m, 0, sizeof m);
	memcpy(m.magic, ROLE_MAGIC, 8);
	m.index = (int)(s - specs);
	memcpy(m.tree, tree_bin, sizeof m.tree);
	memcpy(m.tree_map, tree_map, sizeof m.tree_map);
	xwrite_all(rp[1], &m, sizeof m);
	close(rp[1]);
	if (s->flags & F_DEFER)
		return dp[0];
	wait_ready(dp[0], s);
	after_ready(s);
	return -1;
}

/* Spawn every child of pid `self` in table order. */
static void spawn_children(int self, int *deferred, int *ndeferred)
{
	for (size_t i = 0; i < NSPECS; i++) {
		if (specs[i].ppid != self || ((specs[i].flags & F_TREE) && !tree_bin[0]))
			continue;
		int fd = spawn(&specs[i]);
		if (fd >= 0)
			deferred[(*ndeferred)++] = fd;
	}
}

/* ------------------------------------------------- being a fixture process */

static void setup_tty_session(void)
{
	struct termios t;
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	int m, sl;

	m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (m < 0 || unlockpt(m) < 0)
		die("posix_openpt");
	if (setsid() < 0)
		die("setsid");
	sl = ioctl(m, TIOCGPTPEER, O_RDWR | O_NOCTTY);
	if (sl < 0 || ioctl(sl, TIOCSCTTY, 0) < 0)
		die("pty slave");
	if (tcgetattr(sl, &t) < 0)
		die("tcgetattr");
	t.c_oflag &= ~(tcflag_t)OPOST;	/* observers' bytes reach the master unchanged */
	t.c_lflag &= ~(tcflag_t)TOSTOP;
	if (tcsetattr(sl, TCSANOW, &t) < 0 || ioctl(sl, TIOCSWINSZ, &ws) < 0)
		die("tcsetattr");
	dup2(sl, 0);
	dup2(sl, 1);
	dup2(sl, 2);
	dup2(m, MASTER_FD);
	close(sl);
	close(m);
}

static void set_sched(pid_t tid, int policy, int prio)
{
	struct sched_param sp = { .sched_priority = prio };

	if (sched_setscheduler(tid, policy, &sp) < 0)
		die("sched_setscheduler %d/%d", policy, prio);
}

static void touch_memory(long kib)
{
	size_t len = (size_t)kib * 1024;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		die("mmap");
	memset(p, 0x5a, len);
}

static void lock_memory(void)
{
	size_t len = 128 * 1024;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED || mlock(p, len) < 0)
		die("mlock");
	memset(p, 1, len);
}

static void set_oom_adj(int adj)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%d", adj);
	write_file("/proc/self/oom_score_adj", buf);
}

static void setup_signals(void)
{
	sigset_t block;

	catch_signal(SIGTERM, 0);
	catch_signal(SIGINT, 0);
	catch_signal(SIGRTMIN + 5, SA_SIGINFO);
	signal(SIGHUP, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGUSR2);
	sigaddset(&block, SIGRTMIN + 2);
	sigprocmask(SIG_BLOCK, &block, NULL);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGRTMIN + 2);
}

static void burn_cpu(void)
{
	struct timespec ts;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	pin_to_cpu(cpus > 1 ? 1 : 0);
	do {
		for (volatile int i = 0; i < 100000; i++)
			;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	} while (ts.tv_sec < 1 || (ts.tv_sec == 1 && ts.tv_nsec < 50000000));
	pin_to_cpu(0);
}

/* The argv strings occupy [argv[0], end of last string]. */
static char *argv_area_end(int argc, char **argv)
{
	return argv[argc - 1] + strlen(argv[argc - 1]) + 1;
}

/*
 * Move mm->arg_end to arg_start.  PR_SET_MM_ARG_END needs CAP_SYS_RESOURCE,
 * which containers often lack; PR_SET_MM_MAP (all fields at once, same exe)
 * does not.
 */
static void empty_cmdline(void)
{
	struct prctl_mm_map map;

	if (mm_map_of_self(&map) < 0)
		die("read /proc/self/stat");
	map.arg_end = map.arg_start;
	if (prctl(PR_SET_MM, PR_SET_MM_MAP, (unsigned long)&map, sizeof map, 0) < 0)
		die("PR_SET_MM_MAP");
}

static void rewrite_cmdline(unsigned flags, int argc, char **argv)
{
	char *start = argv[0], *end = argv_area_end(argc, argv);
	size_t len = (size_t)(end - start);

	if (flags & F_EMPTYCMD)
		empty_cmdline();
	if (flags & F_REWRITE) {
		memset(start, 0, len);
		snprintf(start, len, "rewritten: idle");
	}
	if (flags & F_ZEROARGS)
		memset(start, 0, len);
	if (flags & F_SPILL) {
		/* Fill the argv area without a NUL and run on into the env area. */
		static const char title[] =
			"spill: this title is much longer than the original argv area";
		memcpy(start, title, sizeof title);
	}
}

static void apply_creds(const struct creds *c, unsigned flags)
{
	if (c->ngroups >= 0 && setgroups((size_t)c->ngroups, c->groups) < 0)
		die("setgroups");
	if (setresgid(c->rgid, c->egid, c->sgid) < 0)
		die("setresgid");
	setfsgid(c->fsgid);
	if (setresuid(c->ruid, c->euid, c->suid) < 0)
		die("setresuid");
	setfsuid(c->fsuid);
	if (!(flags & F_NODUMP))
		prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
}

static void signal_ready(void)
{
	xwrite_all(READY_FD, "R", 1);
	close(READY_FD);
}

static _Noreturn void idle_forever(void)
{
	for (;;)
		pause();
}

/* Threads. */
struct thr_arg {
	const struct thr *t;
	pthread_barrier_t *barrier;
	int watch_leader;	/* wait for the main thread to exit, then report ready */
	int leader;
};

static pthread_t main_thread;

static void *thread_main(void *p)
{
	struct thr_arg *a = p;
	pid_t tid = (pid_t)syscall(SYS_gettid);

	if (a->t->name)
		prctl(PR_SET_NAME, a->t->name, 0, 0, 0);
	if (a->t->nice)
		setpriority(PRIO_PROCESS, (id_t)tid, a->t->nice);
	if (a->t->policy)
		set_sched(tid, a->t->policy, a->t->prio);
	pthread_barrier_wait(a->barrier);
	if (a->watch_leader) {
		pthread_join(main_thread, NULL);
		while (proc_state(a->leader) != 'Z')
			sleep_us(1000);
		signal_ready();
	}
	idle_forever();
}

static void start_threads(const struct spec *s)
{
	static pthread_barrier_t barrier;
	struct thr_arg *args = calloc((size_t)s->nthreads, sizeof *args);

	if (!args)
		die("calloc");
	main_thread = pthread_self();
	pthread_barrier_init(&barrier, NULL, (unsigned)s->nthreads + 1);
	set_last_pid(s->pid);	/* threads get pid+1, pid+2, ... */
	for (int i = 0; i < s->nthreads; i++) {
		pthread_t t;
		args[i].t = &s->threads[i];
		args[i].barrier = &barrier;
		args[i].watch_leader = (s->flags & F_LEADER_EXIT) && i == 0;
		args[i].leader = s->pid;
		if (pthread_create(&t, NULL, thread_main, &args[i]) != 0)
			die("pthread_create");
	}
	pthread_barrier_wait(&barrier);
}

static _Noreturn void agent_loop(void);
static _Noreturn void init_loop(int lifeline, int lifetime, int *deferred, int n);

static _Noreturn void become(const struct spec *s, const struct role_msg *m,
			     int argc, char **argv)
{
	int deferred[8], ndeferred = 0;

	memcpy(tree_bin, m->tree, sizeof tree_bin);
	memcpy(tree_map, m->tree_map, sizeof tree_map);
	if (s->flags & F_TREE) {
		/* it signals READY_FD itself once its tree is up */
		execl(tree_bin, "pstree-lab", "tree", tree_map, (char *)NULL);
		die("exec %s", tree_bin);
	}
	prctl(PR_SET_NAME, spec_comm(s), 0, 0, 0);
	if (s->flags & F_SHELL) {
		signal(SIGTTOU, SIG_IGN);
		signal(SIGTTIN, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
		catch_signal(SIGINT, SA_RESTART);
	}
	if (s->flags & F_TTY_LEADER)
		setup_tty_session();
	if (s->pgrp && setpgid(0, s->pgrp < 0 ? 0 : s->pgrp) < 0)
		die("setpgid");

	spawn_children(s->pid, deferred, &ndeferred);

	if (s->mem_kib)
		touch_memory(s->mem_kib);
	if (s->flags & F_MLOCK)
		lock_memory();
	if (s->oom_adj)
		set_oom_adj(s->oom_adj);
	if (s->flags & F_SIGS)
		setup_signals();
	if (s->flags & (F_EMPTYCMD | F_REWRITE | F_SPILL | F_ZEROARGS))
		rewrite_cmdline(s->flags, argc, argv);
	if (s->nice)
		setpriority(PRIO_PROCESS, 0, s->nice);
	if (s->policy)
		set_sched(0, s->policy, s->rtprio);
	if (s->flags & F_BURN)
		burn_cpu();
	if (s->nthreads)
		start_threads(s);
	if (s->cred)
		apply_creds(s->cred, s->flags);

	if (s->pid == 1)
		init_loop(m->lifeline, m->lifetime, deferred, ndeferred);
	if (s->flags & F_LEADER_EXIT)
		pthread_exit(NULL);
	signal_ready();
	if (s->flags & F_ZOMBIE)
		_exit(0);
	if (s->flags & F_AGENT)
		agent_loop();
	idle_forever();
}

static int role_main(int argc, char **argv)
{
	struct role_msg m;

	if (read_all(ROLE_FD, &m, sizeof m) < 0 || memcmp(m.magic, ROLE_MAGIC, 8) ||
	    m.index < 0 || (size_t)m.index >= NSPECS)
		die("bad role record");
	close(ROLE_FD);
	become(&specs[m.index], &m, argc, argv);
}

/* ------------------------------------------------------------------ init */

static volatile sig_atomic_t init_expired;

static void on_alarm(int sig)
{
	(void)sig;
	init_expired = 1;
}

static _Noreturn void init_loop(int lifeline, int lifetime, int *deferred, int n)
{
	for (int i = 0; i < n; i++)
		wait_ready(deferred[i], spec_by_pid(5));
	set_last_pid(RUNNER_PID - 1);
	printf("READY agent=%d runner=%d observer=%d\n", AGENT_PID, RUNNER_PID, OBS_PID);
	fflush(stdout);

	catch_signal(SIGCHLD, 0);
	set_handler(SIGALRM, on_alarm, 0);
	if (lifetime > 0)
		alarm((unsigned)lifetime);
	while (!init_expired) {
		struct pollfd p = { .fd = 0, .events = POLLIN };
		int r = poll(&p, lifeline ? 1 : 0, -1);
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (r > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)))
			break;
		if (r > 0 && (p.revents & POLLIN)) {
			char buf[64];
			if (read(0, buf, sizeof buf) <= 0)
				break;
		}
	}
	exit(0);
}

static const char passwd_text[] =
	"root:x:0:0:root:/root:/bin/bash\n"
	"daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
	"alice:x:1000:1000:Alice:/home/alice:/bin/sh\n"
	"bob:x:1001:1001:Bob:/home/bob:/bin/sh\n"
	"eightchr:x:1002:1002:Eight:/home/eightchr:/bin/sh\n"
	"ninechars:x:1003:1003:Nine:/home/ninechars:/bin/sh\n"
	"verylongusername:x:1004:1004:Long:/home/long:/bin/sh\n"
	"j\xc3\xb6s\xc3\xa9:x:1005:1005:Jose:/home/jose:/bin/sh\n"
	"hugeuser:x:3000000000:3000000000:Huge:/home/huge:/bin/sh\n"
	"bobbybobbybobbybobbybobbybobbybobbyxx:x:1011:1011:Bobby:/:/bin/sh\n"
	"idle:x:3000:3000:Idle:/:/bin/sh\n"
	"nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";

static const char group_text[] =
	"root:x:0:\n"
	"daemon:x:1:\n"
	"tty:x:5:\n"
	"staff:x:50:\n"
	"users:x:100:\n"
	"alice:x:1000:\n"
	"bob:x:1001:\n"
	"eightchr:x:1002:\n"
	"ninechars:x:1003:\n"
	"verylonggroupname:x:1004:\n"
	"gr\xc3\xbcppe:x:1005:\n"
	"hugegrp:x:3000000000:\n"
	"nogroup:x:65534:\n";

static void bind_file(const char *dir, const char *name, const char *text, const char *target)
{
	char path[4096];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	write_file(path, text);
	if (mount(path, target, NULL, MS_BIND, NULL) < 0)
		die("bind %s on %s", path, target);
}

static void setup_namespace(const char *etc)
{
	bind_file(etc, "passwd", passwd_text, "/etc/passwd");
	bind_file(etc, "group", group_text, "/etc/group");
	bind_file(etc, "nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\n",
		  "/etc/nsswitch.conf");
	if (mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC,
		  "newinstance,ptmxmode=0666,mode=0620,gid=5") < 0)
		die("mount devpts");
	if (mount("/dev/pts/ptmx", "/dev/ptmx", NULL, MS_BIND, NULL) < 0)
		die("bind ptmx");
}

static void listen_on(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (strlen(path) >= sizeof sa.sun_path) {
		errno = ENAMETOOLONG;
		die("socket path %s", path);
	}
	strcpy(sa.sun_path, path);
	unlink(path);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(fd, 16) < 0)
		die("listen on %s", path);
	if (dup2(fd, LISTEN_FD) < 0)
		die("dup2");
	close(fd);
}

/* pid 1: prepare the namespace, then re-exec as the "init" role. */
static int init_main(int argc, char **argv)
{
	const char *sock = NULL, *etc = NULL;
	struct role_msg m = { .index = 0 };
	struct vec env = { 0 };
	int rp[2];

	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--sock") && i + 1 < argc)
			sock = argv[++i];
		else if (!strcmp(argv[i], "--etc") && i + 1 < argc)
			etc = argv[++i];
		else if (!strcmp(argv[i], "--lifeline"))
			m.lifeline = 1;
		else if (!strcmp(argv[i], "--lifetime") && i + 1 < argc)
			m.lifetime = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--tree") && i + 1 < argc)
			snprintf(m.tree, sizeof m.tree, "%s", argv[++i]);
		else if (!strcmp(argv[i], "--tree-map") && i + 1 < argc)
			snprintf(m.tree_map, sizeof m.tree_map, "%s", argv[++i]);
		else {
			fprintf(stderr, "fixture init: bad argument %s\n", argv[i]);
			return 2;
		}
	}
	if (!sock || !etc) {
		fprintf(stderr, "usage: fixture init --sock PATH --etc DIR [--lifeline] [--lifetime SEC]\n");
		return 2;
	}
	if (getpid() != 1) {
		fprintf(stderr, "fixture init: must be pid 1 of a new pid namespace\n");
		return 2;
	}
	setsid();		/* no controlling tty from the caller */
	reset_signals();
	if (setgroups(0, NULL) < 0)
		die("setgroups");
	umask(022);
	if (chdir("/") < 0)
		die("chdir");
	pin_to_cpu(0);
	setup_namespace(etc);
	listen_on(sock);
	if (dup2(2, LOG_FD) < 0)
		die("dup2");

	memcpy(m.magic, ROLE_MAGIC, 8);
	if (pipe(rp) < 0 || dup2(rp[0], ROLE_FD) < 0)
		die("pipe");
	xwrite_all(rp[1], &m, sizeof m);
	close(rp[0]);
	close(rp[1]);
	vec_add(&env, default_env);
	execve("/proc/self/exe", (char **)specs[0].argv, env.v);
	die("execve");
}

/* --------------------------------------------------- requests and replies */

enum { RQ_PTY = 1, RQ_NOTTY = 2, RQ_NOBODY = 4 };
/* the end of a pty run's output (see drain()); no newline, which OPOST would change */
#define PTY_END "<<compat-run: end of output>>"

enum { REP_DONE = 1, REP_PTY = 2, REP_RETRY = 3, REP_ERROR = 4, REP_TIMEOUT = 5 };

struct req_hdr {
	uint32_t magic, flags, cols, rows, timeout, argc, envc, blob_len;
};

struct rep {
	uint32_t magic;
	int32_t kind, status;
};

static int send_with_fds(int sock, const void *buf, size_t len, const int *fds, int nfds)
{
	char ctl[CMSG_SPACE(sizeof(int) * 4)];
	struct iovec iov = { (void *)buf, len };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };

	if (nfds) {
		struct cmsghdr *c;
		memset(ctl, 0, sizeof ctl);
		mh.msg_control = ctl;
		mh.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
	}
	return sendmsg(sock, &mh, MSG_NOSIGNAL) == (ssize_t)len ? 0 : -1;
}

/* Receive exactly len bytes; the first recvmsg may carry up to maxfds fds. */
static int recv_with_fds(int sock, void *buf, size_t len, int *fds, int maxfds, int *nfds)
{
	char ctl[CMSG_SPACE(sizeof(int) * 4)];
	struct iovec iov = { buf, len };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
			     .msg_control = ctl, .msg_controllen = sizeof ctl };
	ssize_t n;

	*nfds = 0;
	do
		n = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
			int k = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
			if (k > maxfds)
				k = maxfds;
			memcpy(fds, CMSG_DATA(c), sizeof(int) * (size_t)k);
			*nfds = k;
		}
	}
	if ((size_t)n < len)
		return recv(sock, (char *)buf + n, len - (size_t)n, MSG_WAITALL) ==
			       (ssize_t)(len - (size_t)n) ? 0 : -1;
	return 0;
}

static void send_reply(int sock, int kind, int status, int fd)
{
	struct rep r = { REP_MAGIC, kind, status };

	send_with_fds(sock, &r, sizeof r, &fd, fd >= 0 ? 1 : 0);
}

/* ------------------------------------------------------------- the agent */

static pid_t spawn_runner(int conn)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t all, none;
	char *argv[] = { "compat-run", NULL };
	extern char **environ;
	pid_t pid;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, conn, CONN_FD);
	posix_spawn_file_actions_addclose(&fa, LISTEN_FD);
	posix_spawnattr_init(&at);
	sigfillset(&all);
	sigemptyset(&none);
	posix_spawnattr_setsigdefault(&at, &all);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	if (posix_spawn(&pid, "/proc/self/exe", &fa, &at, argv, environ) != 0)
		pid = -1;
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return pid;
}

/*
 * The agent must look the same to every observer: it neither reads nor
 * writes files (no io counters move), never faults after set-up, and does
 * not reap (SIGCHLD ignored, so no cumulative child times).  During an
 * observation it sleeps in poll() on the runner's pidfd.
 */
static _Noreturn void agent_loop(void)
{
	signal(SIGCHLD, SIG_IGN);
	for (;;) {
		int conn = accept4(LISTEN_FD, NULL, NULL, SOCK_CLOEXEC);
		if (conn < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			die("accept");
		}
		pid_t pid = spawn_runner(conn);
		close(conn);
		if (pid < 0)
			continue;
		int pfd = (int)syscall(SYS_pidfd_open, pid, 0);
		if (pfd >= 0) {
			struct pollfd p = { .fd = pfd, .events = POLLIN };
			while (poll(&p, 1, -1) < 0 && errno == EINTR)
				;
			close(pfd);
		}
		while (kill(pid, 0) == 0)	/* until the pid is really free */
			sleep_us(500);
		sleep_us(1000);
	}
}

/* ------------------------------------------------------------ the runner */

struct request {
	struct req_hdr h;
	int fds[3];
	char *blob;
	char *bin, *exec;
	char **argv, **envp;
};

static int read_request(int sock, struct request *rq)
{
	int nfds;
	char *p;

	if (recv_with_fds(sock, &rq->h, sizeof rq->h, rq->fds, 3, &nfds) < 0 ||
	    rq->h.magic != REQ_MAGIC || nfds != 3 || rq->h.blob_len > (64u << 20))
		return -1;
	rq->blob = malloc(rq->h.blob_len + 1);
	rq->argv = calloc(rq->h.argc + 1, sizeof *rq->argv);
	rq->envp = calloc(rq->h.envc + 1, sizeof *rq->envp);
	if (!rq->blob || !rq->argv || !rq->envp)
		return -1;
	if (recv(sock, rq->blob, rq->h.blob_len, MSG_WAITALL) != (ssize_t)rq->h.blob_len)
		return -1;
	rq->blob[rq->h.blob_len] = 0;
	p = rq->blob;
	rq->bin = p;
	p += strlen(p) + 1;
	rq->exec = p;
	p += strlen(p) + 1;
	for (uint32_t i = 0; i < rq->h.argc; i++, p += strlen(p) + 1)
		rq->argv[i] = p;
	for (uint32_t i = 0; i < rq->h.envc; i++, p += strlen(p) + 1)
		rq->envp[i] = p;
	return p <= rq->blob + rq->h.blob_len ? 0 : -1;
}

static void wait_agent_asleep(void)
{
	for (int i = 0; i < 4000 && proc_state(AGENT_PID) != 'S'; i++)
		sleep_us(250);
}

/* Make `exec` show the binary `bin`: drop older binds, bind bin over it. */
static int prepare_exec(const char *bin, const char *exec, int errfd)
{
	while (umount2(exec, MNT_DETACH) == 0)
		;
	if (mount(bin, exec, NULL, MS_BIND, NULL) < 0) {
		dprintf(errfd, "compat-run: cannot bind %s on %s: %s\n", bin, exec, strerror(errno));
		return -1;
	}
	return 0;
}

static volatile sig_atomic_t run_timed_out;

static void on_run_alarm(int sig)
{
	(void)sig;
	run_timed_out = 1;
}

static _Noreturn void observer_exec(struct request *rq, int slave)
{
	int pty = rq->h.flags & RQ_PTY;

	if (rq->h.flags & RQ_NOTTY)
		setsid();
	else if (pty) {
		setpgid(0, 0);
		tcsetpgrp(slave, getpid());	/* SIGTTOU is ignored here */
	}
	if (dup2(pty ? slave : rq->fds[0], 0) < 0 || dup2(pty ? slave : rq->fds[1], 1) < 0 ||
	    dup2(rq->fds[2], 2) < 0)
		_exit(125);
	for (int fd = 3; fd < 1024; fd++)
		close(fd);
	reset_signals();
	/* an unprivileged observer: other users' environ, exe, io unreadable */
	if ((rq->h.flags & RQ_NOBODY) &&
	    (setgroups(0, NULL) < 0 || setgid(65534) < 0 || setuid(65534) < 0)) {
		dprintf(2, "compat-run: cannot become nobody: %s\n", strerror(errno));
		_exit(125);
	}
	execve(rq->exec, rq->argv, rq->envp);
	dprintf(2, "compat-run: exec %s: %s\n", rq->exec, strerror(errno));
	_exit(127);
}

static int runner_main(void)
{
	struct request rq;
	struct winsize ws;
	int slave, status = 0, kind = REP_DONE;
	pid_t fg = -1, pid;

	prog = "compat-run";
	dup2(LOG_FD, 2);	/* not the tty: errors must be seen */
	prctl(PR_SET_NAME, "compat-run", 0, 0, 0);
	signal(SIGTTOU, SIG_IGN);
	set_handler(SIGALRM, on_run_alarm, 0);
	memset(&rq, 0, sizeof rq);
	if (read_request(CONN_FD, &rq) < 0) {
		fprintf(stderr, "compat-run: bad request\n");
		set_last_pid(RUNNER_PID - 1);
		send_reply(CONN_FD, REP_ERROR, 0, -1);
		return 1;
	}
	/* The previous runner's pid was not free yet: let the client retry. */
	if (getpid() != RUNNER_PID) {
		fprintf(stderr, "compat-run: got pid %d, not %d; retrying\n", (int)getpid(), RUNNER_PID);
		set_last_pid(RUNNER_PID - 1);
		send_reply(CONN_FD, REP_RETRY, 0, -1);
		return 0;
	}
	dup2(rq.fds[2], 2);	/* from now on the client's stderr */
	wait_agent_asleep();
	if (prepare_exec(rq.bin, rq.exec, rq.fds[2]) < 0) {
		set_last_pid(RUNNER_PID - 1);
		send_reply(CONN_FD, REP_ERROR, 0, -1);
		return 1;
	}
	slave = ioctl(MASTER_FD, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
	ws = (struct winsize){ .ws_row = (unsigned short)rq.h.rows,
			       .ws_col = (unsigned short)rq.h.cols };
	if (slave < 0 || ioctl(MASTER_FD, TIOCSWINSZ, &ws) < 0)
		die("pty");
	if (rq.h.flags & RQ_PTY) {
		fg = tcgetpgrp(slave);
		tcflush(slave, TCIOFLUSH);
		send_reply(CONN_FD, REP_PTY, 0, MASTER_FD);
	}

	set_last_pid(OBS_PID - 1);
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0)
		observer_exec(&rq, slave);
	alarm(rq.h.timeout ? rq.h.timeout : 60);
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			die("waitpid");
		if (run_timed_out) {
			kill(pid, SIGKILL);
			kind = REP_TIMEOUT;
		}
	}
	if (fg > 0)
		tcsetpgrp(slave, fg);
	/* behind all the observer wrote: the client reads up to here */
	if (rq.h.flags & RQ_PTY)
		xwrite_all(slave, PTY_END, strlen(PTY_END));
	set_last_pid(RUNNER_PID - 1);
	if (pid != OBS_PID)
		kind = REP_RETRY;
	send_reply(CONN_FD, kind, status, -1);
	return 0;
}

/* ------------------------------------------------------------ the client */

struct client_opts {
	const char *sock, *bin, *exec;
	struct vec env;
	unsigned cols, rows, timeout, flags;
	char **argv;
	int argc;
};

static int env_key_len(const char *s)
{
	const char *eq = strchr(s, '=');

	return eq ? (int)(eq - s) : -1;
}

static void env_set(struct vec *env, char *kv)
{
	int k = env_key_len(kv);

	for (size_t i = 0; i < env->n; i++) {
		if (env_key_len(env->v[i]) == k && !strncmp(env->v[i], kv, (size_t)k)) {
			env->v[i] = kv;
			return;
		}
	}
	vec_push(env, kv);
}

static int is_assignment(const char *s)
{
	int k = env_key_len(s);

	if (k <= 0)
		return 0;
	for (int i = 0; i < k; i++)
		if (!(s[i] == '_' || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
		      (i > 0 && s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

static int parse_size(const char *s, unsigned *cols, unsigned *rows)
{
	return sscanf(s, "%ux%u", cols, rows) == 2 && *cols && *rows ? 0 : -1;
}

static int client_usage(void)
{
	fprintf(stderr, "usage: fixture client --sock PATH --bin FILE --exec PATH [--env K=V]...\n"
			"       [--size COLSxROWS] [--timeout SEC] -- [@pty[=CxR]] [@notty] [@nobody]\n"
			"       [K=V]... PROG [ARG]...\n");
	return 125;
}

static int parse_client(int argc, char **argv, struct client_opts *o)
{
	int i;

	o->cols = 80;
	o->rows = 24;
	o->timeout = 60;
	for (i = 2; i + 1 < argc && strcmp(argv[i], "--"); i += 2) {
		const char *a = argv[i], *v = argv[i + 1];
		if (!strcmp(a, "--sock"))
			o->sock = v;
		else if (!strcmp(a, "--bin"))
			o->bin = v;
		else if (!strcmp(a, "--exec"))
			o->exec = v;
		else if (!strcmp(a, "--env"))
			env_set(&o->env, (char *)v);
		else if (!strcmp(a, "--timeout"))
			o->timeout = (unsigned)atoi(v);
		else if (!strcmp(a, "--size")) {
			if (parse_size(v, &o->cols, &o->rows) < 0)
				return -1;
		} else
			return -1;
	}
	if (i >= argc || strcmp(argv[i], "--") || !o->sock || !o->bin || !o->exec)
		return -1;
	for (i++; i < argc; i++) {
		if (!strcmp(argv[i], "@notty"))
			o->flags |= RQ_NOTTY;
		else if (!strcmp(argv[i], "@pty"))
			o->flags |= RQ_PTY;
		else if (!strcmp(argv[i], "@nobody"))
			o->flags |= RQ_NOBODY;
		else if (!strncmp(argv[i], "@pty=", 5)) {
			o->flags |= RQ_PTY;
			if (parse_size(argv[i] + 5, &o->cols, &o->rows) < 0)
				return -1;
		} else if (argv[i][0] == '@')
			return -1;
		else if (is_assignment(argv[i]))
			env_set(&o->env, argv[i]);
		else
			break;
	}
	if (i >= argc)
		return -1;
	o->argv = argv + i;
	o->argc = argc - i;
	return 0;
}

static void blob_add(char **blob, size_t *len, const char *s)
{
	size_t n = strlen(s) + 1;

	*blob = realloc(*blob, *len + n);
	if (!*blob)
		die("realloc");
	memcpy(*blob + *len, s, n);
	*len += n;
}

static int send_request(int sock, const struct client_opts *o)
{
	struct req_hdr h = { REQ_MAGIC, o->flags, o->cols, o->rows, o->timeout,
			     (uint32_t)o->argc, (uint32_t)o->env.n, 0 };
	char *blob = NULL;
	size_t len = 0;
	int fds[3] = { 0, 1, 2 };

	blob_add(&blob, &len, o->bin);
	blob_add(&blob, &len, o->exec);
	for (int i = 0; i < o->argc; i++)
		blob_add(&blob, &len, o->argv[i]);
	for (size_t i = 0; i < o->env.n; i++)
		blob_add(&blob, &len, o->env.v[i]);
	h.blob_len = (uint32_t)len;
	if (send_with_fds(sock, &h, sizeof h, fds, 3) < 0)
		return -1;
	for (size_t off = 0; off < len;) {
		ssize_t n = send(sock, blob + off, len - off, MSG_NOSIGNAL);
		if (n <= 0)
			return -1;
		off += (size_t)n;
	}
	free(blob);
	return 0;
}

static int connect_to(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
		fprintf(stderr, "fixture client: connect %s: %s\n", path, strerror(errno));
		return -1;
	}
	return fd;
}

/*
 * What the pty master gave so far.  It is kept until the run ends: what
 * the observer wrote reaches the master through the tty layer's flip
 * buffers, pushed by a kernel work item, so when the observer has exited
 * its last lines may not be readable yet (on a loaded machine the tree of
 * a pstree run once arrived as its first line only).  The runner writes
 * PTY_END to the slave after the observer exits, behind everything the
 * observer wrote; the client reads until it sees it.
 */
static struct { char *p; size_t n, cap; } ptyout;

static int relay(int master)
{
	char buf[65536];
	ssize_t n = read(master, buf, sizeof buf);

	if (n <= 0)
		return -1;
	if (ptyout.n + (size_t)n > ptyout.cap) {
		ptyout.cap = (ptyout.n + (size_t)n) * 2;
		ptyout.p = realloc(ptyout.p, ptyout.cap);
		if (!ptyout.p)
			die("realloc");
	}
	memcpy(ptyout.p + ptyout.n, buf, (size_t)n);
	ptyout.n += (size_t)n;
	return 0;
}

/* read up to the runner's PTY_END (10 s at most), print what came before */
static void drain(int master)
{
	const char *end = NULL;

	for (int waited = 0; waited < 10000; ) {
		struct pollfd p = { master, POLLIN, 0 };

		end = ptyout.n ? memmem(ptyout.p, ptyout.n, PTY_END, strlen(PTY_END)) : NULL;
		if (end)
			break;
		int r = poll(&p, 1, 100);
		if (r < 0 && errno != EINTR)
			break;
		if (r <= 0) {
			waited += 100;
			continue;
		}
		if (relay(master) < 0)
			break;
	}
	if (!end)
		fprintf(stderr, "fixture client: the pty output did not end\n");
	xwrite_all(1, ptyout.p, end ? (size_t)(end - ptyout.p) : ptyout.n);
	ptyout.n = 0;
}

/* One attempt; returns the reply kind and sets *status. */
static int client_attempt(const struct client_opts *o, int *status)
{
	int sock = connect_to(o->sock), master = -1;
	struct rep r;

	if (sock < 0)
		return REP_ERROR;
	if (send_request(sock, o) < 0) {
		fprintf(stderr, "fixture client: cannot send the request: %s\n", strerror(errno));
		return REP_ERROR;
	}
	for (;;) {
		struct pollfd p[2] = { { sock, POLLIN, 0 }, { master, POLLIN, 0 } };
		if (poll(p, master >= 0 ? 2 : 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			return REP_ERROR;
		}
		if (master >= 0 && (p[1].revents & POLLIN))
			relay(master);
		if (!(p[0].revents & (POLLIN | POLLHUP)))
			continue;
		int fd = -1, nfds;
		if (recv_with_fds(sock, &r, sizeof r, &fd, 1, &nfds) < 0 || r.magic != REP_MAGIC) {
			fprintf(stderr, "fixture client: compat-run closed the connection without a reply\n");
			return REP_ERROR;
		}
		if (r.kind == REP_PTY && nfds == 1) {
			master = fd;
			continue;
		}
		if (master >= 0)
			drain(master);
		*status = r.status;
		close(sock);
		return r.kind;
	}
}

static int client_main(int argc, char **argv)
{
	struct client_opts o;
	int status = 0, kind = REP_RETRY;

	memset(&o, 0, sizeof o);
	if (parse_client(argc, argv, &o) < 0)
		return client_usage();
	signal(SIGPIPE, SIG_IGN);
	alarm(o.timeout + 30);	/* last resort if the namespace is wedged */
	for (int tries = 0; tries < 50 && kind == REP_RETRY; tries++) {
		if (tries)
			sleep_us(20000);
		kind = client_attempt(&o, &status);
	}
	switch (kind) {
	case REP_DONE:
		if (WIFEXITED(status))
			return WEXITSTATUS(status);
		return 128 + WTERMSIG(status);
	case REP_TIMEOUT:
		fprintf(stderr, "fixture client: timed out after %u s\n", o.timeout);
		return 124;
	case REP_RETRY:
		fprintf(stderr, "fixture client: compat-run never got pid %d\n", RUNNER_PID);
		return 125;
	default:
		fprintf(stderr, "fixture client: the run failed\n");
		return 125;
	}
}

/* ----------------------------------------------------------------- list */

static int list_main(void)
{
	printf("%6s %6s  %-16s %s\n", "PID", "PPID", "COMM", "WHAT");
	for (size_t i = 0; i < NSPECS; i++) {
		char comm[64];
		size_t k = 0;
		const char *name = spec_comm(&specs[i]);
		for (const char *c = name; *c && c - name < 15 && k < sizeof comm - 5; c++) {
			if ((unsigned char)*c < 0x20 || *c == 0x7f)
				k += (size_t)snprintf(comm + k, 5, "\\x%02x", (unsigned char)*c);
			else
				comm[k++] = *c;
		}
		comm[k] = 0;
		printf("%6d %6d  %-16s %s\n", specs[i].pid, specs[i].ppid, comm, specs[i].what);
	}
	printf("%6d %6d  %-16s %s\n", RUNNER_PID, AGENT_PID, "compat-run",
	       "per-run parent of the observer");
	printf("%6d %6d  %-16s %s\n", OBS_PID, RUNNER_PID, "(ps|pstree)", "the observer");
	return 0;
}

/* ----------------------------------------------------------------- main */

static int is_fifo(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode);
}

static int is_socket(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
}

int main(int argc, char **argv)
{
	if (is_fifo(ROLE_FD))
		return role_main(argc, argv);
	if (argc > 0 && !strcmp(argv[0], "compat-run") && is_socket(CONN_FD))
		return runner_main();
	if (argc > 1 && !strcmp(argv[1], "init"))
		return init_main(argc, argv);
	if (argc > 1 && !strcmp(argv[1], "client"))
		return client_main(argc, argv);
	if (argc > 1 && !strcmp(argv[1], "list"))
		return list_main();
	fprintf(stderr, "usage: fixture init|client|list ... (see the comment at the top of fixture.c)\n");
	return 2;
}
