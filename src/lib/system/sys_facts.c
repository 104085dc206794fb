/*
 * sys_facts.c - system-wide values used by the column printers.
 */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "lib/system/sys_facts.h"

static const char *proc_root = "/proc";

void sys_set_proc_root(const char *root)
{
	proc_root = root ? root : "/proc";
}

const char *sys_proc_root(void)
{
	return proc_root;
}

bool sys_proc_root_set(void)
{
	return strcmp(proc_root, "/proc") != 0;
}

ssize_t sys_read_file(int dirfd, const char *path, char *buf, size_t size)
{
	ssize_t n, tot = 0;
	int fd;

	if (size == 0)
		return -1;
	fd = openat(dirfd, path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	while ((size_t)tot < size - 1) {
		n = read(fd, buf + tot, size - 1 - tot);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		tot += n;
	}
	close(fd);
	buf[tot] = '\0';
	return tot;
}

static ssize_t read_global(const char *name, char *buf, size_t size)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", proc_root, name);
	return sys_read_file(AT_FDCWD, path, buf, size);
}

long sys_hz(void)
{
	static long hz;

	if (!hz) {
		hz = sysconf(_SC_CLK_TCK);
		if (hz <= 0)
			hz = 100;
	}
	return hz;
}

long sys_page_size(void)
{
	static long ps;

	if (!ps)
		ps = sysconf(_SC_PAGESIZE);
	return ps;
}

unsigned long sys_boot_time(void)
{
	static unsigned long btime;
	static char buf[16384];
	char *p;

	if (btime)
		return btime;
	if (read_global("stat", buf, sizeof(buf)) > 0) {
		p = strstr(buf, "\nbtime ");
		if (p)
			btime = strtoul(p + 7, NULL, 10);
	}
	return btime;
}

/*
 * The clock as the front end fixed it (TDPS_UPTIME, TDPS_NOW), for tests
 * that compare two runs (tests/bpf): %CPU, C and the elapsed times of a
 * young process move between any two runs otherwise.  NULL: the clock's.
 */
static const char *fixed_uptime, *fixed_now;

void sys_fix_clock(const char *uptime, const char *now)
{
	fixed_uptime = uptime && *uptime ? uptime : NULL;
	fixed_now = now && *now ? now : NULL;
}

static int uptime_file = -1;	/* was /proc/uptime readable? */

double sys_uptime(void)
{
	static double up = -1;
	struct timespec ts;
	char buf[128];

	if (up < 0) {
		up = 0;
		uptime_file = read_global("uptime", buf, sizeof(buf)) > 0;
		if (fixed_uptime)
			up = strtod(fixed_uptime, NULL);
		else if (uptime_file)
			up = strtod(buf, NULL);
		/* the same clock /proc/uptime shows, time namespace and all */
		else if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
			up = ts.tv_sec + ts.tv_nsec / 1e9;
	}
	return up;
}

bool sys_uptime_file(void)
{
	if (uptime_file < 0)
		sys_uptime();
	return uptime_file;
}

unsigned long sys_mem_total(void)
{
	static unsigned long total;
	char buf[8192];
	char *p;

	if (total)
		return total;
	if (read_global("meminfo", buf, sizeof(buf)) > 0) {
		p = strstr(buf, "MemTotal:");
		if (p)
			total = strtoul(p + 9, NULL, 10);
	}
	return total;
}

/*
 * The width of the pid columns for pid_max written as @text: its digits
 * (procps until 4.0.6), or with @below_max those of the largest pid,
 * pid_max - 1 (4.0.7's pid_width_below_max); 5 when there are none, and
 * with @below_max also when @text holds no positive number.
 */
int sys_pid_width_of(const char *text, bool below_max)
{
	size_t n;
	long max;
	char *end;
	int width = 5;

	if (!below_max) {
		n = strspn(text, "0123456789");
		return n > 0 ? (int)n : width;
	}
	errno = 0;
	max = strtol(text, &end, 10);
	if (end != text && !errno && max > 0)
		for (width = 1, max--; max >= 10; max /= 10)
			width++;
	return width;
}

int sys_pid_width(bool below_max)
{
	static bool read_once;
	static char buf[64];

	if (!read_once) {
		read_once = true;
		if (read_global("sys/kernel/pid_max", buf, sizeof(buf)) <= 0)
			buf[0] = '\0';
	}
	return sys_pid_width_of(buf, below_max);
}

time_t sys_now(void)
{
	static time_t now;

	if (!now)
		now = fixed_now ? (time_t)atoll(fixed_now) : time(NULL);
	return now;
}

bool sys_hold_stdout(void)
{
	int fd;

	if (fcntl(STDOUT_FILENO, F_GETFD) != -1 || errno != EBADF)
		return false;
	/* O_PATH: fstat() works, read() and write() fail with EBADF */
	fd = open("/", O_PATH | O_CLOEXEC);
	if (fd >= 0 && fd != STDOUT_FILENO) {
		/* stdin was closed too: 1 gets the hold, 0 is free again */
		dup3(fd, STDOUT_FILENO, O_CLOEXEC);
		close(fd);
	}
	return true;
}

void sys_big_stdout(void)
{
	static char buf[64 * 1024];

	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, buf, _IOFBF, sizeof(buf));
}

#define HUGE_PAGE	(2UL << 20)

void *sys_huge_map(size_t size, size_t *mapped)
{
	size_t len = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
	char *raw, *p;

	if (!len)
		len = HUGE_PAGE;
	raw = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED)
		return NULL;
	/* keep the aligned middle; give back the ends */
	p = (char *)(((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
	if (p > raw)
		munmap(raw, p - raw);
	if (raw + HUGE_PAGE > p)
		munmap(p + len, raw + HUGE_PAGE - p);
#ifdef MADV_HUGEPAGE
	madvise(p, len, MADV_HUGEPAGE);		/* a hint: THP may be off */
#endif
#ifdef MADV_POPULATE_WRITE
	madvise(p, len, MADV_POPULATE_WRITE);	/* since Linux 5.14 */
#endif
	*mapped = len;
	return p;
}

void sys_huge_unmap(void *p, size_t mapped)
{
	if (p)
		munmap(p, mapped);
}

void *sys_big_grow(void *p, size_t *cap, size_t used, size_t need)
{
	size_t want = *cap * 2, mapped;
	void *np;

	if (need <= *cap)
		return p;
	if (want < need)
		want = need;
	if (want < SYS_BIG) {
		np = realloc(p, want);
		if (np)
			*cap = want;
		return np;
	}
	np = sys_huge_map(want, &mapped);
	if (!np)
		return NULL;
	if (p)
		memcpy(np, p, used);
	sys_big_free(p, *cap);
	*cap = mapped;
	return np;
}

void sys_big_free(void *p, size_t cap)
{
	if (cap >= SYS_BIG)
		sys_huge_unmap(p, cap);
	else
		free(p);
}

void sys_big_arrays(void)
{
	/* fixing the threshold also stops glibc raising it on free() */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
}
