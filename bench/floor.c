/*
 * floor.c - the least work a /proc reader can do for `ps ax -o pid,ppid`.
 *
 *   floor THREADS [PROC [FILE,...]]
 *
 * Lists PROC (default /proc) with getdents64, then opens, reads and closes
 * every PID/stat (or each PID/FILE of the list, in order: the files the
 * columns of another command need) relative to one directory descriptor,
 * on THREADS threads taking chunks of 64 pids in turn.  It parses and prints nothing (but a
 * count on stderr when FLOOR_VERBOSE is set), so it is a floor: a real
 * reader also parses and writes its output.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define CHUNK 64

struct dirent64 {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static int procfd;
static int *pids;
static long npids;
static long next_chunk;		/* claimed with __atomic_fetch_add */
static long bytes_read;

static void list_pids(void)
{
	static char buf[65536];
	long cap = 0, len, pos;

	while ((len = syscall(SYS_getdents64, procfd, buf, sizeof(buf))) > 0) {
		for (pos = 0; pos < len; ) {
			struct dirent64 *d = (void *)(buf + pos);

			pos += d->d_reclen;
			if (d->d_name[0] < '1' || d->d_name[0] > '9')
				continue;
			if (npids == cap) {
				cap = cap ? 2 * cap : 4096;
				pids = realloc(pids, cap * sizeof(*pids));
				if (!pids)
					exit(1);
			}
			pids[npids++] = atoi(d->d_name);
		}
	}
}

static const char *files[8] = { "stat" };
static int nfiles = 1;

static void *reader(void *arg)
{
	char path[64], buf[16384];
	long c, i, total = 0;
	ssize_t n;
	int fd;

	(void)arg;
	while ((c = __atomic_fetch_add(&next_chunk, CHUNK, __ATOMIC_RELAXED)) < npids) {
		for (i = c; i < c + CHUNK && i < npids; i++) {
			for (int f = 0; f < nfiles; f++) {
				snprintf(path, sizeof(path), "%d/%s", pids[i], files[f]);
				fd = openat(procfd, path, O_RDONLY | O_CLOEXEC);
				if (fd < 0)
					break;
				n = read(fd, buf, sizeof(buf));
				close(fd);
				if (n > 0)
					total += n;
			}
		}
	}
	__atomic_fetch_add(&bytes_read, total, __ATOMIC_RELAXED);
	return NULL;
}

int main(int argc, char **argv)
{
	int nthreads = argc > 1 ? atoi(argv[1]) : 1, i;
	pthread_t *tids;

	if (nthreads < 1) {
		fprintf(stderr, "usage: floor THREADS [PROC [FILE,...]]\n");
		return 2;
	}
	if (argc > 3) {
		char *list = strdup(argv[3]), *tok;

		nfiles = 0;
		for (tok = strtok(list, ","); tok && nfiles < 8; tok = strtok(NULL, ","))
			files[nfiles++] = tok;
	}
	procfd = open(argc > 2 ? argv[2] : "/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (procfd < 0) {
		perror("open");
		return 1;
	}
	list_pids();
	tids = calloc(nthreads, sizeof(*tids));
	for (i = 1; i < nthreads; i++)
		pthread_create(&tids[i], NULL, reader, NULL);
	reader(NULL);
	for (i = 1; i < nthreads; i++)
		pthread_join(tids[i], NULL);
	if (getenv("FLOOR_VERBOSE"))
		fprintf(stderr, "%ld pids, %ld bytes\n", npids, bytes_read);
	return 0;
}
