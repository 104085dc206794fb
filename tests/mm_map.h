/*
 * mm_map.h - for test programs: the prctl_mm_map of the calling process
 * as it stands, so that a test can move one range of it (its command
 * line) with PR_SET_MM_MAP, which takes no capability where the single
 * PR_SET_MM_* fields need CAP_SYS_RESOURCE.  The fields come from
 * /proc/self/stat (a process sees its own addresses there) and the break
 * from brk(0).
 */
#ifndef TDPS_TESTS_MM_MAP_H
#define TDPS_TESTS_MM_MAP_H

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/prctl.h>

/* 0, or -1 when /proc/self/stat cannot be read */
static inline int mm_map_of_self(struct prctl_mm_map *m)
{
	unsigned long long f[52] = { 0 };
	char buf[1024], *p;
	int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC), i;
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	p = strrchr(buf, ')');
	if (!p || strlen(p) < 4)
		return -1;
	p += 4;		/* past ") S ": field 4 (ppid) on */
	for (i = 4; i < 52 && *p; i++)
		f[i] = strtoull(p, &p, 10);
	memset(m, 0, sizeof(*m));
	m->start_code = f[26];
	m->end_code = f[27];
	m->start_stack = f[28];
	m->start_data = f[45];
	m->end_data = f[46];
	m->start_brk = f[47];
	m->brk = (unsigned long)syscall(SYS_brk, 0);
	m->arg_start = f[48];
	m->arg_end = f[49];
	m->env_start = f[50];
	m->env_end = f[51];
	m->exe_fd = (__u32)-1;
	return 0;
}

#endif
