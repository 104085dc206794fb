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

#include "task.h"

struct proc_reader;

/* a reader of the proc tree at @root (NULL: sys_proc_root()); NULL on error */
struct proc_reader *proc_reader_new(const char *root);
void proc_reader_free(struct proc_reader *r);
int proc_reader_dirfd(const struct proc_reader *r);

/*
 * Read into @t the files that give it @groups, beyond the groups it has.
 * Returns 0, or -ENOENT when the task has gone (the caller then drops the
 * record).
 */
int proc_fill(struct proc_reader *r, struct task *t, uint64_t groups,
	      struct arena *a);

/*
 * The pids (all-digit names) of the directory @path under @dirfd, in
 * readdir order (for /proc and /proc/PID/task: the order /proc lists
 * them).  Returns the count, *out to be freed, or -errno.
 */
long proc_list_pids(int dirfd, const char *path, int **out);

struct scan_request;
struct task;

/*
 * Complete, filter and deliver @n process records another source made
 * (@recs, their strings valid throughout), in their order: what each
 * lacks of @req's groups is read from /proc by the /proc source's
 * workers, in parallel, as a /proc scan reads (src_proc.c).  A record
 * with no groups is read wholly from /proc; one whose process has gone
 * is skipped.  0, or the first error or negative return of @cb.
 */
int proc_complete(struct proc_reader *r, const struct scan_request *req,
		  struct task *const *recs, size_t n,
		  int (*cb)(const struct task *t, void *arg), void *arg);

#endif
