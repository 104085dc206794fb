/*
 * fill.h - the last steps every source takes for each record.
 *
 * A source starts a record with what it has: the /proc source with the
 * ids it listed, a kernel-side source (task_diag netlink, the BPF
 * iterator) with the groups its kernel sent.  Then, the same way for all:
 * whatever the scan's early filter needs beyond that is read from /proc
 * for that task only (groups.h says which files), the filter runs, the
 * rest of what the scan wants is read, and the record is delivered.  A
 * task /proc no longer has is dropped without a word.
 */
#ifndef TDPS_FILL_H
#define TDPS_FILL_H

#include "lib/source/source.h"
#include "lib/proc/proc_read.h"

struct fill_ctx {
	struct proc_reader **pr;	/* the reader; opened on need if NULL */
	const struct scan_request *req;
	task_cb deliver;	/* where accepted records go */
	void *arg;
	int stopped;		/* delivery (or a fill) ended the scan */
};

/*
 * A kernel thread dump gives every thread, the group leader too, its own
 * values (/proc/PID/task/TID); a request without leader_row_own shows the
 * leader's row with the process's (/proc/PID): forget those groups of
 * such a row, so that they are read from /proc/PID.
 */
void fill_leader_row(const struct fill_ctx *c, struct task *t);

/* read from /proc what @groups need and @t lacks; 0, -ENOENT (gone), -errno */
int fill_missing(struct fill_ctx *c, struct task *t, uint64_t groups,
		 struct arena *a);

/*
 * Complete @t for the filter and then for the scan, filter it, and
 * deliver it.  0 to go on (also when the task was dropped), or the
 * negative value that stops the scan (c->stopped is then set).
 */
int fill_deliver(struct fill_ctx *c, struct task *t, struct arena *a);

#endif
