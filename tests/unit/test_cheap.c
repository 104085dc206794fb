/*
 * test_cheap.c - the groups /proc gives cheaper than status hold exactly
 * what status says, which is what lets ps print them without having the
 * kernel generate status:
 *
 *   TG_OWNER (a stat of /proc/PID)  euid, egid  = status Uid/Gid, 2nd
 *   TG_RSS (statm's resident)       vm_rss      = status VmRSS
 *   TG_STAT (stat's vsize)          vsize/1024  = status VmSize
 *
 * The owner is checked on processes made for it (euid != ruid with every
 * id different, dumpable and not, a zombie, a thread whose credentials
 * differ from its process's) and all three on every task of the running
 * system, through proc_fill() as the /proc source reads them.  Needs
 * root to change credentials; otherwise only the system-wide part runs.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"
#include "lib/proc/proc_read.h"

static struct proc_reader *reader;
static struct arena arena;

/* read one task the two ways; 0 when it has gone */
static int both_ways(int tgid, int tid, struct task *own, struct task *cred)
{
	task_init(own, tgid, tid);
	task_init(cred, tgid, tid);
	own->nonleader = cred->nonleader = tid != tgid;
	if (proc_fill(reader, own, TG_BIT(TG_OWNER), false, &arena) < 0 ||
	    proc_fill(reader, cred, TG_BIT(TG_CRED), false, &arena) < 0)
		return 0;
	return 1;
}

static void check_task(int tgid, int tid, const char *what)
{
	struct task own, cred;

	if (!both_ways(tgid, tid, &own, &cred)) {
		CHECK(0, "%s: task %d/%d readable", what, tgid, tid);
		return;
	}
	CHECK(!(own.have & TG_BIT(TG_CRED)), "%s: no status read for the owner", what);
	CHECK_EQ(own.euid, cred.euid, what);
	CHECK_EQ(own.egid, cred.egid, what);
	CHECK_EQ(own.owner, cred.euid, what);
}

/* ---- made-up processes (root only) ---- */

struct ids { uid_t r, e, s; gid_t rg, eg, sg; };

static void take_ids(const struct ids *id)
{
	if (setresgid(id->rg, id->eg, id->sg) < 0 ||
	    setresuid(id->r, id->e, id->s) < 0)
		_exit(1);
}

/* a child with these ids and dumpability, stopped until killed */
static pid_t child(const struct ids *id, int dumpable, int pipefd)
{
	pid_t p = fork();

	if (p == 0) {
		take_ids(id);
		prctl(PR_SET_DUMPABLE, dumpable, 0, 0, 0);
		if (write(pipefd, "x", 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	return p;
}

static void *thread_ids(void *arg)
{
	const struct ids *id = arg;

	/* the raw calls change this thread only, not the whole process */
	syscall(SYS_setresgid, id->rg, id->eg, id->sg);
	syscall(SYS_setresuid, id->r, id->e, id->s);
	for (;;)
		pause();
	return NULL;
}

/* a process whose second thread has credentials of its own */
static pid_t child_with_thread(const struct ids *id, int pipefd, int tidfd)
{
	pid_t p = fork();

	if (p == 0) {
		pthread_t th;
		pid_t tid = 0;
		DIR *d;
		struct dirent *e;

		prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
		if (pthread_create(&th, NULL, thread_ids, (void *)id))
			_exit(1);
		usleep(100000);
		d = opendir("/proc/self/task");
		while (d && (e = readdir(d)))
			if (atoi(e->d_name) > 0 && atoi(e->d_name) != getpid())
				tid = atoi(e->d_name);
		if (write(tidfd, &tid, sizeof(tid)) != sizeof(tid) ||
		    write(pipefd, "x", 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	return p;
}

static uid_t file_uid(pid_t pid, const char *file)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/%d/%s", pid, file);
	return stat(path, &st) == 0 ? st.st_uid : (uid_t)-1;
}

static void made_up(void)
{
	static const struct ids mixed = { 1000, 1001, 1002, 2000, 2001, 2002 };
	static const struct ids other = { 3000, 3001, 3002, 4000, 4001, 4002 };
	int fds[2], tfds[2];
	pid_t kids[4], zombie, tid = 0;
	char c;
	int i;

	if (pipe(fds) < 0 || pipe(tfds) < 0)
		return;
	kids[0] = child(&mixed, 1, fds[1]);
	kids[1] = child(&mixed, 0, fds[1]);
	kids[2] = child_with_thread(&other, fds[1], tfds[1]);
	zombie = fork();
	if (zombie == 0) {
		take_ids(&mixed);
		_exit(0);
	}
	kids[3] = zombie;
	for (i = 0; i < 3; i++)
		if (read(fds[0], &c, 1) != 1)
			break;
	if (read(tfds[0], &tid, sizeof(tid)) != sizeof(tid))
		tid = 0;
	/* the zombie: exited, not reaped */
	waitid(P_PID, zombie, NULL, WEXITED | WNOWAIT);

	check_task(kids[0], kids[0], "euid != ruid, dumpable");
	check_task(kids[1], kids[1], "euid != ruid, not dumpable");
	CHECK(file_uid(kids[1], "status") == 0,
	      "not dumpable: its files are root's, its directory is not");
	check_task(kids[2], kids[2], "process with an odd thread, leader");
	CHECK(tid > 0, "the odd thread exists");
	if (tid > 0)
		check_task(kids[2], tid, "thread with its own credentials");
	check_task(zombie, zombie, "zombie with changed ids");
	for (i = 0; i < 3; i++)
		kill(kids[i], SIGKILL);
	for (i = 0; i < 4; i++)
		waitpid(kids[i], NULL, 0);
}

/* ---- every task on the system ---- */

/* the value a read of @groups gives for one of the three; -1: gone */
static long long value(int tgid, int tid, uint64_t groups, int which)
{
	struct task t;

	task_init(&t, tgid, tid);
	t.nonleader = tid != tgid;
	if (proc_fill(reader, &t, groups, false, &arena) < 0)
		return -1;
	switch (which) {
	case 0: return (long long)t.euid << 32 | t.egid;
	case 1: return (long long)t.vm_rss;
	case 2: return groups & TG_BIT(TG_STAT) ? (long long)(t.vsize >> 10) :
		       (long long)t.vm_size;
	}
	return -1;
}

/*
 * Cheap, status, cheap again: a task whose value moved between the two
 * cheap reads (a running process growing) proves nothing either way.
 * Returns 1 when they disagree on a steady value, 0 otherwise.
 */
static int disagree(int tgid, int tid, uint64_t cheap, int which, const char *what)
{
	long long a = value(tgid, tid, cheap, which);
	long long b = value(tgid, tid, TG_BIT(TG_CRED) | TG_BIT(TG_STATM), which);
	long long a2 = value(tgid, tid, cheap, which);

	if (a < 0 || b < 0 || a2 < 0 || a != a2 || a == b)
		return 0;
	printf("# %d/%d: %s %lld, status %lld\n", tgid, tid, what, a, b);
	return 1;
}

static void everything(void)
{
	struct dirent *e, *te;
	char path[64];
	DIR *d = opendir("/proc"), *td;
	int n = 0, bad[3] = { 0 }, pid, tid;

	while (d && (e = readdir(d))) {
		if ((pid = atoi(e->d_name)) <= 0)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task", pid);
		td = opendir(path);
		while (td && (te = readdir(td))) {
			if ((tid = atoi(te->d_name)) <= 0)
				continue;
			n++;
			bad[0] += disagree(pid, tid, TG_BIT(TG_OWNER), 0, "owner");
			bad[1] += disagree(pid, tid, TG_BIT(TG_RSS), 1, "statm rss");
			bad[2] += disagree(pid, tid, TG_BIT(TG_STAT), 2, "stat vsize");
		}
		if (td)
			closedir(td);
		arena_reset(&arena);
	}
	if (d)
		closedir(d);
	CHECK(n > 0, "read %d tasks", n);
	CHECK_EQ(bad[0], 0, "tasks whose /proc owner is not their euid:egid");
	CHECK_EQ(bad[1], 0, "tasks whose statm resident is not their VmRSS");
	CHECK_EQ(bad[2], 0, "tasks whose stat vsize is not their VmSize");
}

int main(void)
{
	reader = proc_reader_new();
	arena_init(&arena);
	if (!reader) {
		printf("1..0 # SKIP cannot open /proc\n");
		return 0;
	}
	if (geteuid() == 0)
		made_up();
	else
		printf("# not root: no made-up processes\n");
	everything();
	arena_free(&arena);
	proc_reader_free(reader);
	return check_done();
}
