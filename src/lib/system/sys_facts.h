/*
 * sys_facts.h - facts about the running system that columns need, read once.
 */
#ifndef TDPS_SYS_H
#define TDPS_SYS_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

long sys_hz(void);			/* clock ticks per second */
long sys_page_size(void);
/*
 * Each is read once.  Where the file is missing (/proc mounted with
 * subset=pid, a container's partial /proc) a value is never made up:
 * boot time and memory total are 0 (procps then stops; see FIELD_NO_*
 * in fields.h), the uptime comes from CLOCK_BOOTTIME, the same clock.
 */
unsigned long sys_boot_time(void);	/* /proc/stat btime, seconds since the epoch; 0 */
double sys_uptime(void);		/* /proc/uptime, else CLOCK_BOOTTIME */
bool sys_uptime_file(void);		/* could /proc/uptime be read? (psmisc needs it) */
unsigned long sys_mem_total(void);	/* MemTotal, KiB; 0 */
/* the pid columns' width: digits of pid_max, or of pid_max - 1 (4.0.7) */
int sys_pid_width(bool below_max);
int sys_pid_width_of(const char *pid_max_text, bool below_max);
time_t sys_now(void);			/* time(NULL) at start-up */
/*
 * Fix the uptime and the time (their text, in seconds; NULL or "": the
 * clock's) before the first sys_uptime() and sys_now(): for tests.
 */
void sys_fix_clock(const char *uptime, const char *now);

/*
 * The /proc directory everything is read from: the /proc source's
 * listing and its readers (proc_read.h), the global files above, the tty
 * drivers and ps's own stat.  /proc unless set, which must happen before
 * the first read (each fact is read once): the front ends set it from
 * TDPS_PROC_ROOT, for the tests of tests/golden on a made-up tree.  The
 * fast sources read the running kernel, not a directory, so with a root
 * set source_open() takes the /proc source alone.
 */
void sys_set_proc_root(const char *root);	/* NULL: /proc */
const char *sys_proc_root(void);
bool sys_proc_root_set(void);			/* is it other than /proc? */

/*
 * Give stdout a large buffer when it is not a terminal, so a listing of
 * thousands of processes leaves in a few big writes instead of one per
 * 4 KiB.  Call before any output.  (tdpstree only: tdps keeps stdio's own
 * buffer, whose size decides which write error procps reports.)
 */
void sys_big_stdout(void);

/*
 * When descriptor 1 is closed, hold it with a descriptor that refuses
 * writes (EBADF, as a closed one does), so that nothing the program opens
 * later (a /proc directory, a netlink socket) becomes its stdout.  True
 * when it was closed.  Call first, before anything opens a file.
 */
bool sys_hold_stdout(void);

/*
 * Serve allocations of 128 KiB and more (the arrays that grow with the
 * number of processes) from their own mappings, as glibc does until its
 * first free of one: realloc() then moves them with mremap() instead of
 * copying into the heap, and freed ones leave the process.  Call first.
 */
void sys_big_arrays(void);

/*
 * A large buffer, faulted in before use: @size rounded up to 2 MiB, on a
 * 2 MiB boundary and marked for transparent huge pages, so that where the
 * kernel has them a whole dump costs a few page faults instead of one per
 * 4 KiB, which in a VM with shadow page tables are dear (bench/results.md,
 * "Huge pages").  *mapped gets the length to give sys_huge_unmap().  NULL
 * on failure.
 */
void *sys_huge_map(size_t size, size_t *mapped);
void sys_huge_unmap(void *p, size_t mapped);

/*
 * A growable array for what a scan keeps per task: @p (NULL at first)
 * has *@cap bytes, the first @used of them in use; grow it to at least
 * @need bytes, doubling.  Below SYS_BIG bytes it lives in malloc(), from
 * there on in huge pages (sys_huge_map()), so it costs a fault per 2 MiB
 * rather than per 4 KiB.  The new address, or NULL (@p and *@cap
 * unchanged).  Free it with sys_big_free(p, cap).
 */
#define SYS_BIG		(256 * 1024)
void *sys_big_grow(void *p, size_t *cap, size_t used, size_t need);
void sys_big_free(void *p, size_t cap);

/* read a small file whole into buf (NUL-terminated); bytes or -1 */
ssize_t sys_read_file(int dirfd, const char *path, char *buf, size_t size);

#endif
