/*
 * idler.c - N idle processes for the benchmarks, forked from one parent.
 *
 *   idler N
 *
 * Forks N children that sleep in pause() until killed, prints "ready"
 * on stdout and waits.  On SIGTERM, SIGINT or SIGHUP (or when its own
 * parent dies) it kills and reaps every child before exiting; each child
 * also asks for SIGKILL when the idler dies, so nothing outlives it even
 * if the idler itself is SIGKILLed.  Forking (no exec) from a small
 * static binary keeps spawning fast and each child small.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t *kids;
static long nkids;
static volatile sig_atomic_t quit;

static void on_signal(int sig)
{
	(void)sig;
	quit = 1;
}

/* the child: die with the idler, otherwise sleep forever */
static void idle_child(pid_t idler, const sigset_t *mask)
{
	signal(SIGTERM, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	sigprocmask(SIG_SETMASK, mask, NULL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != idler)		/* the idler died before prctl */
		_exit(0);
	for (;;)
		pause();
}

static void kill_all(void)
{
	long i;

	for (i = 0; i < nkids; i++)
		kill(kids[i], SIGKILL);
	while (wait(NULL) > 0 || errno == EINTR)
		;
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	sigset_t block, old;
	pid_t self = getpid(), p;
	long n, i;

	if (argc != 2 || (n = atol(argv[1])) < 0) {
		fprintf(stderr, "usage: idler N\n");
		return 2;
	}
	kids = calloc(n ? n : 1, sizeof(*kids));
	if (!kids)
		return 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* blocked but while waiting, so a signal cannot slip in before it */
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &old);
	/* SIGHUP when whoever started us goes away */
	prctl(PR_SET_PDEATHSIG, SIGHUP);
	for (i = 0; i < n; i++) {
		p = fork();
		if (p == 0)
			idle_child(self, &old);
		if (p < 0) {
			fprintf(stderr, "idler: fork %ld of %ld: %s\n", i + 1, n,
				strerror(errno));
			kill_all();
			return 1;
		}
		kids[nkids++] = p;
	}
	printf("ready\n");
	fflush(stdout);
	while (!quit)
		sigsuspend(&old);
	kill_all();
	return 0;
}
