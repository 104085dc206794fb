/*
 * taskgen - make tasks of awkward shapes for the source comparison tests,
 * then wait to be killed.
 *
 *   taskgen READY threads N      N more threads, all asleep
 *   taskgen READY wrap           three threads whose tids go backwards
 *                                (needs root: writes ns_last_pid), so
 *                                /proc/PID/task order is not tid order
 *   taskgen READY leader-exit N  N threads, then the main thread exits:
 *                                a zombie leader with live threads (ready
 *                                once it is a zombie)
 *   taskgen READY zombie         a child that exits and is never reaped
 *   taskgen READY traced         a child stopped under ptrace by us
 *   taskgen READY name NAME      a process renamed with PR_SET_NAME
 *   taskgen READY busy N         N threads that each burn some user and
 *                                system CPU time, then sleep
 *   taskgen READY title TEXT     argv overwritten with TEXT past its end
 *                                (setproctitle(): /proc reads it another way)
 *   taskgen READY locked         64 KiB locked in memory (VmLck, STAT L)
 *   taskgen READY argv-in FILE   argv moved into FILE's first page, mapped
 *                                but never touched (PR_SET_MM_MAP, which
 *                                any user may do): reading the command
 *                                line means reading FILE (fusehang's
 *                                never answers); /proc refuses and
 *                                shows none
 *   taskgen READY mmap-lock FILE a thread reads FILE (fusehang's: it waits
 *                                for ever), then the main thread maps it
 *                                opened with O_DIRECT, which waits for that
 *                                read's page holding its mmap_lock: every
 *                                reader of its command line, environment
 *                                or smaps waits too.  Ready before the map.
 *   taskgen READY mmap-lock-exec FILE  the same, and a process that shares
 *                                that memory (clone CLONE_VM) execs once
 *                                the map waits: its exec waits for the
 *                                mmap_lock holding its exec_update_lock,
 *                                so every reader of its stat, io, wchan,
 *                                exe waits too; READY holds its pid
 *   taskgen READY exec-a SECRET  execs itself for ever, in turn with a
 *                                long command line and no environment,
 *                                and with a short command line and the
 *                                environment SECRET=SECRET...: where the
 *                                one's argv was, the other has its
 *                                environment (under setarch -R the
 *                                addresses repeat); ready at the first
 *
 * Extra arguments are ignored: a long one makes a long command line.
 *
 * READY is a file created once the tasks are in place.
 */
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/prctl.h>

#include "../mm_map.h"
#include "../stuck_map.h"

static const char *ready;

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return NULL;
}

static void say_ready(void)
{
	int fd = open(ready, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd >= 0)
		close(fd);
}

static void spawn_threads(int n)
{
	pthread_t t;

	while (n-- > 0)
		if (pthread_create(&t, NULL, sleeper, NULL)) {
			perror("pthread_create");
			exit(1);
		}
}

/* a thread that says ready once the main thread is a zombie */
static void *leader_watch(void *arg)
{
	char path[64], buf[512], *p;
	FILE *f;

	(void)arg;
	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", (int)getpid(),
		 (int)getpid());
	for (;;) {
		f = fopen(path, "r");
		p = f && fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL;
		if (f)
			fclose(f);
		if (p && p[1] == ' ' && p[2] == 'Z')
			break;
		usleep(1000);
	}
	say_ready();
	for (;;)
		pause();
	return NULL;
}

static void set_last_pid(int v)
{
	FILE *f = fopen("/proc/sys/kernel/ns_last_pid", "w");

	if (!f || fprintf(f, "%d\n", v) < 0 || fclose(f)) {
		perror("ns_last_pid");
		exit(1);
	}
}

/* tids 5002, 4001, 3001 in that creation order, under tgid 5001 or so */
static void wrap(void)
{
	static const int last[] = { 4000, 3000 };
	size_t i;

	spawn_threads(1);
	for (i = 0; i < sizeof(last) / sizeof(last[0]); i++) {
		set_last_pid(last[i]);
		spawn_threads(1);
	}
}

static void child_zombie(void)
{
	siginfo_t si;
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	/* wait for it to be a zombie, and leave it one */
	waitid(P_PID, pid, &si, WEXITED | WNOWAIT);
}

static void child_traced(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		raise(SIGSTOP);
		_exit(0);
	}
	/* see it stop, leave it stopped (and traced) */
	waitpid(pid, NULL, WUNTRACED);
}

/* about 0.2 s of CPU, half in the kernel (getppid), half not */
static void *burn(void *arg)
{
	volatile unsigned long x = 0;
	unsigned long i;

	(void)arg;
	for (i = 0; i < 150000; i++)
		(void)getppid();
	for (i = 0; i < 60000000; i++)
		x += i;
	return NULL;
}

static void busy(int n)
{
	pthread_t t[16];
	int i;

	if (n > 16)
		n = 16;
	for (i = 0; i < n; i++)
		pthread_create(&t[i], NULL, burn, NULL);
	burn(NULL);
	for (i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	spawn_threads(n);
}

/* overwrite argv and the start of the environment, as setproctitle() */
static void title(int argc, char **argv, const char *text)
{
	char *start = argv[0];
	size_t len = argv[argc - 1] + strlen(argv[argc - 1]) + 1 - start;
	size_t tl = strlen(text), i;

	for (i = 0; i < len + 8; i++)
		start[i] = text[i % tl];
	start[len + 8] = '\0';
}

static void argv_in(const char *file)
{
	struct prctl_mm_map m;
	int fd = open(file, O_RDONLY);
	char *page;

	page = fd < 0 ? MAP_FAILED : mmap(NULL, 4096, PROT_READ, MAP_PRIVATE,
					  fd, 0);
	if (page == MAP_FAILED) {
		perror("taskgen: map the file");
		exit(1);
	}
	if (mm_map_of_self(&m) < 0) {
		perror("taskgen: /proc/self/stat");
		exit(1);
	}
	/* short: well under any limit on the length of what is copied */
	m.arg_start = (unsigned long)page + 64;
	m.arg_end = (unsigned long)page + 128;
	if (prctl(PR_SET_MM, PR_SET_MM_MAP, (unsigned long)&m, sizeof(m), 0)) {
		perror("taskgen: PR_SET_MM_MAP");
		exit(1);
	}
}

/* exec-a and exec-b, each the other's image (about 500 execs a second) */
static void exec_loop(const char *mode, const char *secret)
{
	static char env[1024], arg[1024];
	char *next_env[] = { env, NULL }, *none[] = { NULL };
	char *a[] = { "taskgen", (char *)ready, "exec-b", (char *)secret,
		      NULL };
	char *b[] = { "taskgen", (char *)ready, "exec-a", (char *)secret,
		      arg, NULL };
	int i;

	if (access(ready, F_OK))
		say_ready();
	usleep(1000);
	if (!strcmp(mode, "exec-a")) {
		/* to b: a short argv, the secret in the environment */
		snprintf(env, sizeof(env), "SECRET=");
		for (i = 0; i < 20; i++)
			strncat(env, secret, sizeof(env) - strlen(env) - 1);
		execve("/proc/self/exe", a, next_env);
	} else {
		/* to a: a long argv over where b's environment was */
		memset(arg, 'A', 400);
		execve("/proc/self/exe", b, none);
	}
	perror("taskgen: execve");
	exit(1);
}

/*
 * The process that shares our memory.  Once our mmap holds the lock it
 * must not fault (a fault waits for the lock, and it would wait there,
 * not in its exec): everything it touches is touched before, its stack,
 * code and data, and it makes raw system calls only.
 */
static char sharer_stack[64 * 1024] __attribute__((aligned(16)));
static struct {
	char path[32], a0[16], a1[16], a2[16], a3[16];
	char *argv[5], *envp[1];
} sharer;

static int sharer_main(void *arg)
{
	struct timespec ts = { 0, 600000000 };

	(void)arg;
	syscall(SYS_nanosleep, &ts, NULL);	/* the map waits by then */
	syscall(SYS_execve, sharer.path, sharer.argv, sharer.envp);
	syscall(SYS_exit, 1);
	return 0;
}

static pid_t start_sharer(void)
{
	pid_t pid;

	memset(sharer_stack, 0, sizeof(sharer_stack));
	strcpy(sharer.path, "/proc/self/exe");
	/* should the exec ever go through: a harmless taskgen */
	strcpy(sharer.a0, "taskgen");
	strcpy(sharer.a1, "/dev/null");
	strcpy(sharer.a2, "name");
	strcpy(sharer.a3, "tg-sharer");
	sharer.argv[0] = sharer.a0;
	sharer.argv[1] = sharer.a1;
	sharer.argv[2] = sharer.a2;
	sharer.argv[3] = sharer.a3;
	sharer.argv[4] = NULL;
	sharer.envp[0] = NULL;
	syscall(SYS_getpid);	/* the code sharer_main runs is mapped */
	pid = clone(sharer_main, sharer_stack + sizeof(sharer_stack),
		    CLONE_VM | SIGCHLD, NULL);
	if (pid < 0) {
		perror("taskgen: clone");
		exit(1);
	}
	return pid;
}

/* hold our mmap_lock for write behind a read that never ends */
static void mmap_lock(const char *file, int with_exec)
{
	int fd = stuck_map_open(file);
	pid_t sharer_pid = 0;

	stuck_map_read(file);
	if (with_exec)
		sharer_pid = start_sharer();
	usleep(300000);		/* the read has its page locked by then */
	if (sharer_pid) {
		FILE *f = fopen(ready, "w");

		if (!f || fprintf(f, "%d\n", (int)sharer_pid) < 0 || fclose(f)) {
			perror("taskgen: READY");
			exit(1);
		}
	} else {
		say_ready();
	}
	stuck_map(fd);
	for (;;)
		pause();
}

int main(int argc, char **argv)
{
	const char *mode;

	if (argc < 3) {
		fprintf(stderr, "usage: taskgen READY MODE [ARG]\n");
		return 2;
	}
	ready = argv[1];
	mode = argv[2];
	if (!strcmp(mode, "threads") && argc > 3) {
		spawn_threads(atoi(argv[3]));
	} else if (!strcmp(mode, "wrap")) {
		wrap();
	} else if (!strcmp(mode, "leader-exit") && argc > 3) {
		pthread_t t;

		spawn_threads(atoi(argv[3]) - 1);
		pthread_create(&t, NULL, leader_watch, NULL);
		pthread_exit(NULL);
	} else if (!strcmp(mode, "zombie")) {
		child_zombie();
	} else if (!strcmp(mode, "traced")) {
		child_traced();
	} else if (!strcmp(mode, "name") && argc > 3) {
		prctl(PR_SET_NAME, argv[3]);
	} else if (!strcmp(mode, "busy") && argc > 3) {
		busy(atoi(argv[3]));
	} else if (!strcmp(mode, "title") && argc > 3) {
		static char keep[4096];

		snprintf(keep, sizeof(keep), "%s", ready);
		ready = keep;
		title(argc, argv, argv[3]);
	} else if (!strcmp(mode, "mmap-lock") && argc > 3) {
		mmap_lock(argv[3], 0);
	} else if (!strcmp(mode, "mmap-lock-exec") && argc > 3) {
		mmap_lock(argv[3], 1);
	} else if (!strncmp(mode, "exec-", 5) && argc > 3) {
		exec_loop(mode, argv[3]);
	} else if (!strcmp(mode, "argv-in") && argc > 3) {
		argv_in(argv[3]);
	} else if (!strcmp(mode, "locked")) {
		static char buf[65536];

		memset(buf, 1, sizeof(buf));
		if (mlock(buf, sizeof(buf)) < 0)
			perror("taskgen: mlock");
	} else {
		fprintf(stderr, "taskgen: bad mode %s\n", mode);
		return 2;
	}
	say_ready();
	for (;;)
		pause();
}
