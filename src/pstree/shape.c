/*
 * shape.c - what psmisc does to its tree between reading and printing.
 *
 * Highlighting marks a node and its ancestors; -s cuts every ancestor's
 * list down to the one child on the path; -N detaches each namespace's
 * top nodes and groups them.  Then every subtree gets an equivalence
 * class, so that drawing can find identical siblings (psmisc's
 * tree_equal()) by comparing two integers instead of two subtrees.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pstree/pstree.h"

void shape_highlight(struct tree *t, pid_t pid)
{
	size_t i = tree_find(t, pid), steps = 0;

	/* steps: a pid reused during the scan could close a loop */
	for (; i != NO_NODE && steps <= t->n; i = t->nodes[i].parent, steps++)
		t->nodes[i].hilite = 1;
}

/* psmisc's trim_tree_by_parent(): each ancestor keeps one child */
void shape_trim_to(struct tree *t, size_t i)
{
	size_t p, steps = 0;

	for (; (p = t->nodes[i].parent) != NO_NODE && steps <= t->n; i = p, steps++) {
		t->kids[t->nodes[p].kid_off] = i;
		t->nodes[p].nkids = 1;
	}
}

/* ---- -N ---- */

/* namespace inode -> group index, in the order groups are found */
struct inomap {
	unsigned long *keys;
	size_t *vals;
	size_t mask;
};

static size_t ino_slot(const struct inomap *m, unsigned long ino, bool *found)
{
	size_t h = (size_t)(ino * 0x9E3779B97F4A7C15ULL >> 17) & m->mask;

	while (m->vals[h] != NO_NODE && m->keys[h] != ino)
		h = (h + 1) & m->mask;
	*found = m->vals[h] != NO_NODE;
	return h;
}

struct ns_walk {
	size_t *stack, *pos;	/* DFS: node and the next child to visit */
	size_t *root, *group;	/* detached nodes and their groups, in order */
	size_t nroots;
	struct inomap map;
};

static int ns_walk_init(struct ns_walk *w, size_t n)
{
	size_t size = 16, i;

	while (size < 2 * n)
		size <<= 1;
	memset(w, 0, sizeof(*w));
	w->stack = malloc(n * sizeof(size_t));
	w->pos = malloc(n * sizeof(size_t));
	w->root = malloc(n * sizeof(size_t));
	w->group = malloc(n * sizeof(size_t));
	w->map.keys = malloc(size * sizeof(*w->map.keys));
	w->map.vals = malloc(size * sizeof(*w->map.vals));
	w->map.mask = size - 1;
	if (!w->stack || !w->pos || !w->root || !w->group || !w->map.keys ||
	    !w->map.vals)
		return -ENOMEM;
	for (i = 0; i < size; i++)
		w->map.vals[i] = NO_NODE;
	return 0;
}

static void ns_walk_free(struct ns_walk *w)
{
	free(w->stack);
	free(w->pos);
	free(w->root);
	free(w->group);
	free(w->map.keys);
	free(w->map.vals);
}

/* a node that starts a namespace of its own: leave the parent, join a group */
static int ns_detach(struct tree *t, struct ns_walk *w, size_t i, int ns)
{
	struct node *nd = &t->nodes[i];
	bool found;
	size_t h;

	if (nd->parent != NO_NODE && t->nodes[nd->parent].ns[ns] == nd->ns[ns])
		return 0;
	h = ino_slot(&w->map, nd->ns[ns], &found);
	if (!found) {
		struct ns_group *g = realloc(t->groups,
					     (t->ngroups + 1) * sizeof(*g));

		if (!g)
			return -ENOMEM;
		t->groups = g;
		g[t->ngroups] = (struct ns_group){ nd->ns[ns], 0, 0 };
		w->map.keys[h] = nd->ns[ns];
		w->map.vals[h] = t->ngroups++;
	}
	w->root[w->nroots] = i;
	w->group[w->nroots++] = w->map.vals[h];
	t->groups[w->map.vals[h]].count++;
	nd->parent = NO_NODE;
	nd->removed = 1;	/* marks "detached" until the lists are rebuilt */
	return 0;
}

/* psmisc's sort_by_namespace(): a pre-order walk from pid 1 */
static int ns_visit(struct tree *t, struct ns_walk *w, size_t start, int ns)
{
	size_t depth = 0;

	w->stack[0] = start;
	w->pos[0] = 0;
	if (ns_detach(t, w, start, ns) < 0)
		return -ENOMEM;
	while (depth != (size_t)-1) {
		const struct node *nd = &t->nodes[w->stack[depth]];
		size_t k;

		if (w->pos[depth] == nd->nkids || depth + 1 >= t->n) {
			depth--;
			continue;
		}
		k = t->kids[nd->kid_off + w->pos[depth]++];
		if (ns_detach(t, w, k, ns) < 0)
			return -ENOMEM;
		w->stack[++depth] = k;
		w->pos[depth] = 0;
	}
	return 0;
}

/* drop detached nodes from their parents' lists, keeping the order */
static void drop_detached(struct tree *t)
{
	size_t i, j, k;

	for (i = 0; i < t->n; i++) {
		struct node *nd = &t->nodes[i];
		size_t *list = t->kids + nd->kid_off;

		for (j = k = 0; j < nd->nkids; j++)
			if (!t->nodes[list[j]].removed)
				list[k++] = list[j];
		nd->nkids = k;
	}
	for (i = 0; i < t->n; i++)
		t->nodes[i].removed = 0;
}

int shape_ns_groups(struct tree *t, int ns)
{
	struct ns_walk w;
	size_t start = tree_find(t, 1), i, off = 0, *fill = NULL;
	int rc = -ENOMEM;

	if (start == NO_NODE || t->n == 0)
		return 0;
	if (ns_walk_init(&w, t->n) < 0 || ns_visit(t, &w, start, ns) < 0)
		goto out;
	drop_detached(t);
	t->ns_roots = malloc((w.nroots ? w.nroots : 1) * sizeof(size_t));
	fill = calloc(t->ngroups ? t->ngroups : 1, sizeof(*fill));
	if (!t->ns_roots || !fill)
		goto out;
	for (i = 0; i < t->ngroups; i++) {
		t->groups[i].first = off;
		off += t->groups[i].count;
	}
	for (i = 0; i < w.nroots; i++) {
		struct ns_group *g = &t->groups[w.group[i]];

		t->ns_roots[g->first + fill[w.group[i]]++] = w.root[i];
	}
	rc = 0;
out:
	free(fill);
	ns_walk_free(&w);
	return rc;
}

/* ---- equivalence classes ---- */

struct classes {
	const struct tree *t;
	const struct opts *o;
	size_t *slots;		/* hash table of class representatives */
	size_t mask;
	size_t *rep;		/* class -> a node of that class */
	uint64_t *hash;		/* class -> its hash */
};

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	return h * 0xFF51AFD7ED558CCDULL;
}

/* what psmisc's tree_equal() compares, hashed */
static uint64_t node_hash(const struct classes *c, const struct node *nd)
{
	const unsigned char *s = (const unsigned char *)nd->comm;
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (; *s; s++)
		h = (h ^ *s) * 1099511628211ULL;
	if (c->o->user_change)
		h = mix(h, nd->uid);
	if (c->o->ns_change)
		for (i = 0; i < PNS_COUNT; i++)
			h = mix(h, nd->ns[i]);
	h = mix(h, nd->nkids);
	for (i = 0; i < nd->nkids; i++)
		h = mix(h, c->t->nodes[c->t->kids[nd->kid_off + i]].cls);
	return h;
}

static bool node_equal(const struct classes *c, const struct node *a,
		       const struct node *b)
{
	const size_t *ka = c->t->kids + a->kid_off, *kb = c->t->kids + b->kid_off;
	size_t i;

	if (strcmp(a->comm, b->comm) || a->nkids != b->nkids)
		return false;
	if (c->o->user_change && a->uid != b->uid)
		return false;
	if (c->o->ns_change &&
	    memcmp(a->ns, b->ns, PNS_COUNT * sizeof(*a->ns)) != 0)
		return false;
	for (i = 0; i < a->nkids; i++)
		if (c->t->nodes[ka[i]].cls != c->t->nodes[kb[i]].cls)
			return false;
	return true;
}

/* the class of node i, whose children already have theirs */
static size_t intern(struct classes *c, struct tree *t, size_t i)
{
	const struct node *nd = &t->nodes[i];
	uint64_t h = node_hash(c, nd);
	size_t s = (size_t)h & c->mask;

	for (; c->slots[s] != NO_NODE; s = (s + 1) & c->mask) {
		size_t k = c->slots[s];

		if (c->hash[k] == h && node_equal(c, &t->nodes[c->rep[k]], nd))
			return k;
	}
	c->slots[s] = t->nclasses;
	c->rep[t->nclasses] = i;
	c->hash[t->nclasses] = h;
	return t->nclasses++;
}

/*
 * Children before parents: a breadth-first order from the nodes that are
 * in no list, taken backwards.  Nodes on a loop (only a pid reused
 * mid-scan can make one) are never reached and get classes of their own.
 */
static int class_order(const struct tree *t, size_t *order, size_t *len)
{
	unsigned char *listed = calloc(t->n ? t->n : 1, 1);
	size_t i, j, head = 0, tail = 0;

	if (!listed)
		return -ENOMEM;
	for (i = 0; i < t->n; i++)
		for (j = 0; j < t->nodes[i].nkids; j++)
			listed[t->kids[t->nodes[i].kid_off + j]] = 1;
	for (i = 0; i < t->n; i++)
		if (!listed[i])
			order[tail++] = i;
	for (; head < tail; head++) {
		const struct node *nd = &t->nodes[order[head]];

		for (j = 0; j < nd->nkids; j++)
			order[tail++] = t->kids[nd->kid_off + j];
	}
	free(listed);
	*len = tail;
	return 0;
}

int shape_classes(struct tree *t, const struct opts *o)
{
	struct classes c = { .t = t, .o = o };
	size_t size = 16, i, len, *order;
	int rc = -ENOMEM;

	while (size < 2 * t->n)
		size <<= 1;
	c.mask = size - 1;
	c.slots = malloc(size * sizeof(*c.slots));
	c.rep = malloc((t->n + 1) * sizeof(*c.rep));
	c.hash = malloc((t->n + 1) * sizeof(*c.hash));
	order = malloc((t->n + 1) * sizeof(*order));
	if (!c.slots || !c.rep || !c.hash || !order)
		goto out;
	memset(c.slots, 0xff, size * sizeof(*c.slots));
	t->nclasses = 0;
	for (i = 0; i < t->n; i++)
		t->nodes[i].cls = NO_NODE;
	if (class_order(t, order, &len) < 0)
		goto out;
	for (i = len; i--; )
		t->nodes[order[i]].cls = intern(&c, t, order[i]);
	for (i = 0; i < t->n; i++)
		if (t->nodes[i].cls == NO_NODE)
			t->nodes[i].cls = t->nclasses++;
	rc = 0;
out:
	free(c.slots);
	free(c.rep);
	free(c.hash);
	free(order);
	return rc;
}
