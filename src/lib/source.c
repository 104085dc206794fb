/*
 * source.c - choosing where task records come from.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

static const struct {
	const char *name;
	enum source_kind kind;
} kinds[] = {
	{ "auto", SOURCE_AUTO },
	{ "proc", SOURCE_PROC },
	{ "taskdiag", SOURCE_TASKDIAG },
	{ "bpf", SOURCE_BPF },
};

int source_kind_parse(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(name, kinds[i].name))
			return kinds[i].kind;
	return -1;
}

int source_kind_from_env(void)
{
	const char *s = getenv("TDPS_SOURCE");

	if (!s || !*s)
		return SOURCE_AUTO;
	return source_kind_parse(s);
}

static const struct source_ops *ops_of(enum source_kind kind)
{
	switch (kind) {
	case SOURCE_PROC:
		return &proc_source_ops;
#ifdef HAVE_TASKDIAG_SOURCE
	case SOURCE_TASKDIAG:
		return &diag_source_ops;
#endif
#ifdef HAVE_BPF_SOURCE
	case SOURCE_BPF:
		return &bpf_source_ops;
#endif
	default:
		return NULL;
	}
}

static int try_open(struct source *src, enum source_kind kind, int for_auto,
		    uint64_t want)
{
	const struct source_ops *ops = ops_of(kind);
	int rc;

	if (!ops)
		return -EPROTONOSUPPORT;
#ifdef HAVE_BPF_SOURCE
	/* auto loads the BPF program only when it pays off (src_bpf.c) */
	if (for_auto && kind == SOURCE_BPF)
		rc = bpf_open_auto(&src->state, want);
	else
#endif
		rc = ops->open(&src->state);
	if (rc == 0)
		src->ops = ops;
	return rc;
}

int source_open(struct source *src, enum source_kind kind, uint64_t want)
{
	/*
	 * The fast sources first; /proc is always there.  task_diag before
	 * BPF: both are fast, but task_diag never needs a load or a pin.
	 */
	static const enum source_kind order[] = {
		SOURCE_TASKDIAG, SOURCE_BPF, SOURCE_PROC,
	};
	size_t i;
	int rc = -ENOENT;

	src->ops = NULL;
	src->state = NULL;
	if (kind != SOURCE_AUTO)
		return try_open(src, kind, 0, want);
	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		rc = try_open(src, order[i], 1, want);
		if (rc == 0)
			return 0;
	}
	return rc;
}

int source_scan(struct source *src, const struct scan_request *req,
		task_cb cb, void *arg)
{
	return src->ops->scan(src->state, req, cb, arg);
}

void source_close(struct source *src)
{
	if (src->ops)
		src->ops->close(src->state);
	src->ops = NULL;
}

const char *source_name(const struct source *src)
{
	return src->ops ? src->ops->name : "none";
}

#ifndef HAVE_BPF_SOURCE
int bpf_open_auto(void **state, uint64_t want)
{
	return -EPROTONOSUPPORT;
}

int bpf_pin(const char *dir, int *world_readable)
{
	*world_readable = 0;
	return -EPROTONOSUPPORT;
}

int bpf_unpin(const char *dir)
{
	return -EPROTONOSUPPORT;
}
#endif
