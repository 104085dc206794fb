/*
 * stuck_map.h - for test programs: how a process holds its own mmap_lock
 * for write for ever, with no privilege beyond a FUSE mount (issue 28).
 * FILE is fusehang's, whose server never answers a READ:
 *
 *	fd = stuck_map_open(FILE);	(first: a direct I/O open drops the
 *					 file's page cache, which would wait
 *					 for the pending read's page)
 *	stuck_map_read(FILE);		a thread reads FILE, for ever, with
 *					 its page locked
 *	(let the read start: 300 ms)
 *	stuck_map(fd);			maps FILE: the fault waits for that
 *					 page with the mmap_lock held for write
 *
 * From then on every reader of the process's memory (its cmdline,
 * environ, smaps) waits, and so does anything else that needs the lock.
 */
#ifndef TDPS_TESTS_STUCK_MAP_H
#define TDPS_TESTS_STUCK_MAP_H

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/* FILE opened for direct I/O; exits when it cannot be */
static inline int stuck_map_open(const char *file)
{
	int fd = open(file, O_RDONLY | O_DIRECT);

	if (fd < 0) {
		perror("stuck_map: open O_DIRECT");
		exit(1);
	}
	return fd;
}

static void *stuck_map_reader(void *file)
{
	char c;
	int fd = open(file, O_RDONLY);

	if (fd < 0 || read(fd, &c, 1) < 0)
		perror("stuck_map: read");
	return NULL;
}

/* a thread that reads FILE (it never returns) */
static inline void stuck_map_read(const char *file)
{
	pthread_t t;

	if (pthread_create(&t, NULL, stuck_map_reader, (void *)file)) {
		fprintf(stderr, "stuck_map: cannot start the reader\n");
		exit(1);
	}
}

/* maps FD's file: waits for ever, the mmap_lock held */
static inline void stuck_map(int fd)
{
	if (mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED)
		perror("stuck_map: mmap");
}

#endif
