/*
 * forest.c - procps's forest (ps f, --forest, -H) over the held records,
 * drawn with index maps so it stays linear in the number of records.
 */
#include <stdio.h>
#include <stdlib.h>

#include "xalloc.h"
#include "lib/record/idmap.h"
#include "lib/record/versions.h"
#include "ps/ps.h"

static void idmap_need(struct idmap *m, size_t n)
{
	if (idmap_init(m, n) < 0)
		xalloc_die(2 * n * sizeof(*m->slots));
}

static void idmap_add(struct idmap *m, int key, size_t val)
{
	if (idmap_add_first(m, key, val) < 0)
		xalloc_die(2 * m->bytes);
}

struct frame {
	size_t self;		/* the record this frame shows */
	size_t next;		/* its next child to show */
	int level;
	bool children;		/* more children to show */
};

/* print one node with its tree marker; returns the level its children use */
static void show_node(struct run *r, char *prefix, size_t i, int level,
		      bool sibling)
{
	if (level)
		prefix[level - 1] = sibling ? '+' : 'L';
	prefix[level] = '\0';
	out_row(&r->out, r->tasks[i], false, prefix);
	/* what the node's own children see of this level */
	if (level)
		prefix[level - 1] = sibling ? '|' : ' ';
	prefix[level] = '\0';
}

/*
 * procps's tree walk: a node's children are the run of records, starting
 * at the first whose ppid is the node's pid, that keep that ppid.  Children
 * of pid 1 stay at its level (except for -H) in procps before 4.0.6.  Done with an explicit stack
 * so deep chains cannot overflow ours.
 */
static void show_tree(struct run *r, const struct idmap *first_child,
		      char *prefix, size_t prefix_max, size_t root)
{
	struct task **t = r->tasks;
	size_t depth = 0, cap = 64, i;
	struct frame *stack, *f;
	int level;
	bool more;

	stack = malloc(cap * sizeof(*stack));
	if (!stack)
		return;
	show_node(r, prefix, root, 0, false);
	stack[0] = (struct frame){ root, 0, 0, false };
	stack[0].children = idmap_get(first_child, t[root]->tid, &stack[0].next);
	for (;;) {
		f = &stack[depth];
		if (!f->children) {
			prefix[f->level] = '\0';
			if (depth-- == 0)
				break;
			continue;
		}
		i = f->next++;
		more = f->next < r->n && t[f->next]->ppid == t[f->self]->tid;
		f->children = more;
		level = f->level;
		if (!(t[f->self]->tid == 1 && r->ps->forest_type != 'u' &&
		      procps->forest_flat_init) &&
		    (size_t)level + 1 < prefix_max)
			level++;
		show_node(r, prefix, i, level, more);
		if (depth + 1 == cap) {
			struct frame *ns = realloc(stack, 2 * cap * sizeof(*stack));

			if (!ns)
				break;
			stack = ns;
			cap *= 2;
		}
		f = &stack[++depth];
		*f = (struct frame){ i, 0, level, false };
		f->children = idmap_get(first_child, t[i]->tid, &f->next);
	}
	free(stack);
}

void run_forest(struct run *r)
{
	struct idmap pids, first_child;
	size_t i, dummy, prefix_max = 4 * 32 * 1024 + 100;
	char *prefix = malloc(prefix_max);

	if (!prefix)
		return;
	idmap_need(&pids, r->n);
	idmap_need(&first_child, r->n);
	for (i = 0; i < r->n; i++) {
		idmap_add(&pids, r->tasks[i]->tid, i);
		idmap_add(&first_child, r->tasks[i]->ppid, i);
	}
	/* roots are records whose parent is not listed, last first */
	for (i = r->n; i--; ) {
		if (idmap_get(&pids, r->tasks[i]->ppid, &dummy))
			continue;
		show_tree(r, &first_child, prefix, prefix_max, i);
	}
	idmap_free(&pids);
	idmap_free(&first_child);
	free(prefix);
}
