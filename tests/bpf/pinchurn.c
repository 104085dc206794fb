/*
 * pinchurn - many readers of a pin at once, each opening it, reading a
 * little or all of it and closing it, over and over: the load that must
 * not disturb another reader's dump (each reader's walk is its own).
 *
 *   pinchurn PIN N READY
 *
 * Forks N readers of the pin file PIN (they ask for various groups, as
 * tdps does, with the open() flags of task_iter.h), creates READY once
 * all of them have read the pin once, and keeps them going until it is
 * killed (they die with it: PR_SET_PDEATHSIG).  No process is created
 * after READY, so a dump taken meanwhile can still prove itself.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static const int flag_sets[] = {
	0, O_APPEND, O_APPEND | O_DSYNC, O_ASYNC, O_NONBLOCK,
	O_NONBLOCK | O_APPEND,
};

static void reader(const char *pin, int k, int go)
{
	static char buf[1 << 16];
	unsigned i;
	int fd;
	ssize_t n;

	for (i = k;; i++) {
		fd = open(pin, O_RDONLY | O_CLOEXEC |
			  flag_sets[i % (sizeof(flag_sets) / sizeof(flag_sets[0]))]);
		if (fd < 0)
			_exit(1);
		/* every third read to the end, the others a buffer or two */
		do
			n = read(fd, buf, sizeof(buf));
		while (n > 0 && (i % 3 == 0 || (n = read(fd, buf, 4096), 0)));
		close(fd);
		if (i == (unsigned)k) {
			/* once: tell the parent this reader is running */
			if (write(go, "x", 1) != 1)
				_exit(1);
			close(go);
		}
	}
}

int main(int argc, char **argv)
{
	int n, k, p[2], fd;
	char c;

	if (argc != 4 || (n = atoi(argv[2])) <= 0) {
		fprintf(stderr, "usage: pinchurn PIN N READY\n");
		return 2;
	}
	if (pipe(p) < 0)
		return 1;
	for (k = 0; k < n; k++) {
		pid_t pid = fork();

		if (pid < 0)
			return 1;
		if (pid == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			close(p[0]);
			reader(argv[1], k, p[1]);
		}
	}
	close(p[1]);
	for (k = 0; k < n; k++)
		if (read(p[0], &c, 1) != 1)
			return 1;
	fd = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0)
		close(fd);
	for (;;)
		pause();
}
