/*
 * fill.c - completing, filtering and delivering records (see fill.h).
 */
#include <errno.h>

#include "lib/source/fill.h"
#include "lib/record/groups.h"

void fill_leader_row(const struct fill_ctx *c, struct task *t)
{
	static uint64_t per_thread;

	if (!t->is_thread || task_row_own(t, c->req->leader_row_own))
		return;
	if (!per_thread)
		per_thread = group_per_thread();
	t->have &= ~per_thread;
}

int fill_missing(struct fill_ctx *c, struct task *t, uint64_t groups,
		 struct arena *a)
{
	group_derive(t);
	if (!(groups & ~t->have))
		return 0;
	if (!*c->pr) {
		*c->pr = proc_reader_new();
		if (!*c->pr)
			return errno ? -errno : -ENOMEM;
	}
	return proc_fill(*c->pr, t, groups, c->req->leader_row_own, a);
}

int fill_deliver(struct fill_ctx *c, struct task *t, struct arena *a)
{
	const struct scan_request *req = c->req;
	int rc;

	if (req->filter) {
		rc = fill_missing(c, t, req->filter_want, a);
		if (rc == -ENOENT)
			return 0;
		if (rc < 0 || !req->filter(t, req->filter_arg))
			goto out;
	}
	rc = fill_missing(c, t, req->want, a);
	if (rc == -ENOENT)
		return 0;
	if (rc >= 0)
		rc = c->deliver(t, c->arg);
out:
	if (rc < 0)
		c->stopped = 1;
	return rc < 0 ? rc : 0;
}
