/*
 * order.c - sorting the held records as procps does: successive stable
 * sorts, one per key, least significant first, by keys procps would
 * honour.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "ps/ps.h"

struct sort_ctx {
	struct sort_value *vals;
	enum sort_type type;
	int order;
};

/* procps's comparators: ascending, or descending for order -1 */
static int key_cmp(const struct sort_ctx *c, size_t a, size_t b)
{
	int r = sort_value_cmp(c->type, &c->vals[a], &c->vals[b]);

	return c->order > 0 ? r : -r;
}

/* stable merge sort of an index array */
static void merge_sort(size_t *idx, size_t *tmp, size_t n,
		       const struct sort_ctx *c)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;

	if (n < 2)
		return;
	merge_sort(idx, tmp, mid, c);
	merge_sort(idx + mid, tmp, n - mid, c);
	while (i < mid && j < n)
		tmp[k++] = key_cmp(c, idx[j], idx[i]) < 0 ? idx[j++] : idx[i++];
	while (i < mid)
		tmp[k++] = idx[i++];
	while (j < n)
		tmp[k++] = idx[j++];
	memcpy(idx, tmp, n * sizeof(*idx));
}

void run_sort(struct run *r, enum sort_key key, int order)
{
	struct sort_ctx c = { .type = sort_key_type(key), .order = order };
	struct arena a;
	size_t *idx, *tmp, i;
	struct task **sorted;

	/*
	 * procps_pids_sort() refuses an order other than +1 and -1 and
	 * leaves the list as it was: BSD O's keys after the first that have
	 * no sign of their own ("Ots") sort nothing.
	 */
	if (c.type == SORT_T_NONE || r->n < 2 || order == 0)
		return;
	arena_init(&a);
	c.vals = xmalloc(r->n * sizeof(*c.vals));
	idx = xmalloc(r->n * sizeof(*idx));
	tmp = xmalloc(r->n * sizeof(*tmp));
	sorted = xmalloc(r->n * sizeof(*sorted));
	for (i = 0; i < r->n; i++) {
		sort_key_value(key, r->tasks[i], &c.vals[i], &a);
		idx[i] = i;
	}
	merge_sort(idx, tmp, r->n, &c);
	for (i = 0; i < r->n; i++)
		sorted[i] = r->tasks[idx[i]];
	memcpy(r->tasks, sorted, r->n * sizeof(*sorted));
	free(sorted);
	free(tmp);
	free(idx);
	free(c.vals);
	arena_free(&a);
}

/*
 * procps sorts by a key only when some column, some sort key's printer or
 * its own fixed list (BASE in sort_items.h) asked its library for that
 * item; otherwise the sort silently does nothing.
 */
static bool key_registered(const struct ps *ps, enum sort_key key)
{
	const struct col *c;
	const struct sortkey *k;
	const unsigned char *r;

	if (sort_key_base(key))
		return true;
	for (c = ps->cols; c; c = c->next)
		for (r = c->f ? c->f->regs : (const unsigned char *)""; *r; r++)
			if (*r == key)
				return true;
	for (k = ps->sort; k; k = k->next)
		for (r = k->f->regs; *r; r++)
			if (*r == key)
				return true;
	return false;
}

void run_sort_keys(struct run *r)
{
	const struct sortkey *k;

	for (k = r->ps->sort; k; k = k->next)
		if (key_registered(r->ps, k->key))
			run_sort(r, k->key, k->order);
}
