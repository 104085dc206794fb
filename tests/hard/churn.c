/*
 * churn.c - keep a population of short-lived processes forking and
 * exiting, for tests/hard/churn.test.
 *
 *   churn [-n POPULATION] [-t SECONDS] [-u UID] [-r READYFILE]
 *   churn --threads N        (an idle process with N idle threads)
 *
 * The parent (a child subreaper, so orphans come back to it) keeps about
 * POPULATION children alive.  Each child does one of: exit at once;
 * sleep a few milliseconds; start threads and exit while they run (the
 * leader may leave first, Zl); keep renaming itself and rewriting its
 * argv; re-execute this binary; fork a grandchild it does not reap for a
 * while (zombies), then exit (an orphan).  Everything is named "churn"
 * or "churn-...", and runs as UID (default: unchanged) after the
 * fork-rate parent has dropped to it, so a reader can tell the churners'
 * rows apart and check their user.  READYFILE is created once half the
 * population is alive, or after 3 s on a busy machine.  Ends after SECONDS (default 30), when
 * its parent dies, or on SIGTERM, taking its children with it.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static unsigned seed;

static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static unsigned rnd(unsigned n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

static void msleep(unsigned ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static void *thread_main(void *arg)
{
	char name[16];

	snprintf(name, sizeof(name), "churn-t%lu", (unsigned long)(size_t)arg);
	prctl(PR_SET_NAME, name);
	msleep(1 + rnd(15));
	return NULL;
}

static void *idle_thread(void *arg)
{
	(void)arg;
	prctl(PR_SET_NAME, "churn-idle");
	for (;;)
		pause();
	return NULL;
}

static void with_threads(void)
{
	pthread_attr_t attr;
	pthread_t t;
	size_t i, n = 1 + rnd(4);

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (i = 0; i < n; i++)
		pthread_create(&t, &attr, thread_main, (void *)i);
	if (rnd(2))
		pthread_exit(NULL);	/* the leader leaves first */
	msleep(rnd(10));
	_exit(0);
}

static void renamer(int argc, char **argv)
{
	static const char *const names[] = {
		"churn-a", "churn-bb", "churn-ccc", "churn-\n-esc\x1b[1m",
	};
	int i, k;

	for (i = 0; i < 40; i++) {
		prctl(PR_SET_NAME, names[rnd(4)]);
		/* rewrite the argument area in place, shorter and longer */
		for (k = 0; k < argc; k++) {
			size_t len = strlen(argv[k]);

			memset(argv[k], 'a' + rnd(26), len);
			if (len > 6)
				memcpy(argv[k], "churn-", 6);
		}
		if (!(i % 8))
			msleep(1);
	}
	_exit(0);
}

static void lazy_parent(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		prctl(PR_SET_NAME, "churn-orphan");
		msleep(rnd(20));
		_exit(0);
	}
	msleep(rnd(10));	/* the grandchild may be a zombie meanwhile */
	_exit(0);
}

static void child(const char *self, int argc, char **argv)
{
	seed ^= (unsigned)getpid() * 2654435761u;
	signal(SIGTERM, SIG_DFL);
	switch (rnd(8)) {
	case 0:
		_exit(0);
	case 1:
	case 2:
		/* the long-lived part of the population */
		prctl(PR_SET_NAME, "churn-sleep");
		msleep(50 + rnd(700));
		_exit(0);
	case 3:
		with_threads();
		break;
	case 4:
		renamer(argc, argv);
		break;
	case 5:
		execl(self, "churn", "--exec", "an argument", (char *)NULL);
		_exit(127);
	case 6:
		lazy_parent();
		break;
	default:
		msleep(rnd(5));
		_exit(rnd(3));
	}
	_exit(0);
}

int main(int argc, char **argv)
{
	long population = 500, seconds = 30, uid = -1;
	const char *ready = NULL;
	char self[4096];
	struct timespec start, now;
	long live = 0, forks = 0;
	int opt, said_ready = 0;
	ssize_t n;

	if (argc > 2 && !strcmp(argv[1], "--threads")) {
		pthread_t t;
		long k;

		prctl(PR_SET_PDEATHSIG, SIGTERM);
		for (k = atol(argv[2]); k > 0; k--)
			pthread_create(&t, NULL, idle_thread, NULL);
		for (;;)
			pause();
	}
	if (argc > 1 && !strcmp(argv[1], "--exec")) {
		/* a re-executed child: live a little, then go */
		seed = (unsigned)getpid();
		msleep(rnd(10));
		return 0;
	}
	while ((opt = getopt(argc, argv, "n:t:u:r:")) != -1) {
		switch (opt) {
		case 'n': population = atol(optarg); break;
		case 't': seconds = atol(optarg); break;
		case 'u': uid = atol(optarg); break;
		case 'r': ready = optarg; break;
		default:
			fprintf(stderr, "usage: churn [-n N] [-t SEC] [-u UID] [-r FILE]\n");
			return 2;
		}
	}
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0) {
		perror("churn: /proc/self/exe");
		return 1;
	}
	self[n] = '\0';
	if (uid >= 0 && (setgroups(0, NULL) < 0 || setgid(uid) < 0 || setuid(uid) < 0)) {
		perror("churn: setuid");
		return 1;
	}
	/* after setuid, which clears it; a group of our own for kill(0) */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	if (getpid() != 1)
		setpgid(0, 0);
	signal(SIGTERM, on_term);
	signal(SIGINT, on_term);
	seed = (unsigned)getpid();
	clock_gettime(CLOCK_MONOTONIC, &start);
	while (!stop) {
		pid_t pid;
		int status;

		while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
			live--;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (ready && !said_ready &&
		    (live >= population / 2 || now.tv_sec - start.tv_sec >= 3)) {
			int fd = open(ready, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);

			if (fd >= 0)
				close(fd);
			said_ready = 1;
		}
		if (live >= population) {
			pid = waitpid(-1, &status, 0);
			if (pid > 0)
				live--;
		}
		if (now.tv_sec - start.tv_sec >= seconds)
			break;
		pid = fork();
		if (pid == 0)
			child(self, argc, argv);
		if (pid > 0) {
			live++;
			forks++;
		} else
			msleep(5);	/* out of processes: let some go */
	}
	signal(SIGTERM, SIG_IGN);
	kill(0, SIGTERM);	/* our process group: every churner */
	while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
		;
	clock_gettime(CLOCK_MONOTONIC, &now);
	fprintf(stderr, "churn: %ld forks in %ld s\n", forks,
		(long)(now.tv_sec - start.tv_sec));
	return 0;
}
