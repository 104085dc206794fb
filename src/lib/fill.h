/*
 * fill.h - the last steps every fast source takes for each record.
 *
 * A kernel-side source (task_diag netlink, the BPF iterator) delivers the
 * groups it could compute for a task.  Whatever the scan needs beyond
 * them is read from /proc for that task only; then the early filter
 * runs, then the scan's callback.  A task /proc no longer has is dropped.
 */
#ifndef TDPS_FILL_H
#define TDPS_FILL_H

#include "source.h"

struct fill_ctx {
	struct proc_reader **pr;	/* the source's reader, opened on need */
	const struct scan_request *req;
	task_cb cb;
	void *arg;
	int stopped;		/* the callback (or a fill) ended the scan */
};

/* read from /proc what @groups need and @t lacks; 0, -ENOENT (gone), -errno */
int fill_missing(struct fill_ctx *c, struct task *t, uint64_t groups,
		 struct arena *a);

/*
 * Complete @t for the filter and then for the scan, filter it, and hand
 * it to the callback.  0 to go on (also when the task was dropped), or
 * the negative value that stops the scan (c->stopped is then set).
 */
int fill_deliver(struct fill_ctx *c, struct task *t, struct arena *a);

#endif
