/*
 * task.c - creating and copying task records.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib/record/task.h"

void task_init(struct task *t, int tgid, int tid)
{
	memset(t, 0, sizeof(*t));
	t->tgid = tgid;
	t->tid = tid;
	t->luid = -1;
	t->ag_id = -1;
}

static const char *keep_str(struct arena *a, const struct tstr *s)
{
	const char *p;

	if (!s->s)
		return NULL;
	p = arena_strndup(a, s->s, s->len);
	return p ? p : "";
}

struct task *task_copy(struct arena *a, const struct task *src)
{
	struct task *t = arena_alloc(a, sizeof(*t));

	if (!t)
		return NULL;
	*t = *src;
	t->cmdline.s = keep_str(a, &src->cmdline);
	t->environ.s = keep_str(a, &src->environ);
	t->cgroup.s = keep_str(a, &src->cgroup);
	t->wchan_name.s = keep_str(a, &src->wchan_name);
	t->exe.s = keep_str(a, &src->exe);
	t->secctx.s = keep_str(a, &src->secctx);
	if (src->nsupgids) {
		gid_t *g = arena_alloc(a, src->nsupgids * sizeof(*g));

		if (g)
			memcpy(g, src->supgids, src->nsupgids * sizeof(*g));
		t->supgids = g;
		if (!g)
			t->nsupgids = 0;
	}
	return t;
}


int task_append_copy(struct task ***v, size_t *n, size_t *cap,
		     struct arena *a, const struct task *t)
{
	struct task *copy;

	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 1024;
		struct task **nv = realloc(*v, c * sizeof(*nv));

		if (!nv)
			return -ENOMEM;
		*v = nv;
		*cap = c;
	}
	copy = task_copy(a, t);
	if (!copy)
		return -ENOMEM;
	(*v)[(*n)++] = copy;
	return 0;
}
