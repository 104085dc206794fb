/*
 * proc_read.h - reading one task's files from /proc.
 *
 * The /proc source reads every record with it; the kernel-side sources
 * use it (through fill.c) for the groups their kernel did not deliver for
 * a task.  Which files a want needs comes from the group contract
 * (groups.h).
 */
#ifndef TDPS_PROC_READ_H
#define TDPS_PROC_READ_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "lib/record/task.h"
#include "lib/record/groups.h"

struct proc_reader;

/* a reader of the proc tree at sys_proc_root(); NULL on error */
struct proc_reader *proc_reader_new(void);
void proc_reader_free(struct proc_reader *r);
int proc_reader_dirfd(const struct proc_reader *r);

/*
 * Reads that may wait on another process: cmdline, environ and
 * smaps_rollup take the task's mmap_lock, io and environ its exec lock,
 * and a task can hold either as long as it likes (mmap() of a FUSE file
 * whose server does not answer).  Those waits are killable, not
 * interruptible: nothing gets the reading thread out but the end of the
 * process.  So such a read is published in the reader's watch, if it has
 * one: whoever watches may give the thread up (proc_watch_abandon()) once
 * the read has waited too long, and the thread then exits as soon as the
 * read returns, touching nothing else.  A task whose reads were given up
 * twice (proc_stuck) is not read again: those files count as unreadable
 * for it (task.timed_out).  A reader without a watch reads without one.
 */
#define PROC_WAITING_FILES ((1u << PFILE_CMDLINE) | (1u << PFILE_ENVIRON) | \
			    (1u << PFILE_SMAPS_ROLLUP) | (1u << PFILE_IO))

/* the processes whose reads were given up, and how often; one a scan */
#define PROC_STUCK_MAX 64
struct proc_stuck {
	pthread_mutex_t mu;
	int n;
	struct {
		int tgid;
		int times;
	} e[PROC_STUCK_MAX];
};

void proc_stuck_init(struct proc_stuck *s);
/* count one more abandoned read of a file of process @tgid */
void proc_stuck_add(struct proc_stuck *s, int tgid);
/* how often reads of @tgid's files were given up (PROC_STUCK_MAX known) */
int proc_stuck_times(struct proc_stuck *s, int tgid);

struct proc_watch {
	/* (sequence << 2) | PROC_WATCH_*: changed only by compare-and-swap */
	unsigned long word;
	uint64_t since_ns;	/* CLOCK_MONOTONIC when the read began */
	int tgid;		/* whose file */
	struct proc_stuck *stuck;
};
#define PROC_WATCH_IDLE		0
#define PROC_WATCH_READING	1
#define PROC_WATCH_ABANDONED	2

void proc_reader_watch(struct proc_reader *r, struct proc_watch *w);
/*
 * Give up the thread of @w if its read has waited more than @limit_ns at
 * @now_ns: true when it is given up (it will exit on its own).
 */
bool proc_watch_abandon(struct proc_watch *w, uint64_t now_ns,
			uint64_t limit_ns);

/*
 * Read into @t the files that give it @groups, beyond the groups it has:
 * the thread's or the process's, as task_row_own(@t, @leader_row_own)
 * says.  Returns 0, or -ENOENT when the task has gone (the caller then
 * drops the record).
 */
int proc_fill(struct proc_reader *r, struct task *t, uint64_t groups,
	      bool leader_row_own, struct arena *a);

/*
 * The pids (all-digit names) of the directory @path under @dirfd, in
 * readdir order (for /proc and /proc/PID/task: the order /proc lists
 * them).  Returns the count, *out to be freed, or -errno.
 */
long proc_list_pids(int dirfd, const char *path, int **out);

struct scan_request;
struct source_config;
struct task;

/*
 * Complete, filter and deliver @n process records another source made
 * (@recs, their strings valid throughout), in their order: what each
 * lacks of @req's groups is read from /proc by the /proc source's
 * workers, in parallel, as a /proc scan reads (proc_scan.c), tuned by
 * @config.  A record with no groups is read wholly from /proc; one whose
 * process has gone is skipped.  0, or the first error or negative return
 * of @cb.
 */
int proc_complete(struct proc_reader *r, const struct source_config *config,
		  const struct scan_request *req, struct task *const *recs,
		  size_t n, int (*cb)(const struct task *t, void *arg),
		  void *arg);

#endif
