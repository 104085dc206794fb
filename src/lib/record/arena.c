/*
 * arena.c - bump allocation for task records and strings.
 *
 * Chunks double in size as an arena grows (64 KiB up to 32 MiB), and from
 * SYS_BIG on (sys_facts.h's line for every per-task array) they are
 * mapped in transparent huge pages (sys_huge_map): a scan that keeps
 * every record (sorting, a forest, pstree, a thread scan) holds ~800
 * bytes a task, 8 MB at 10,000 tasks, and on virtual machines with
 * shadow paging the first touch of a 4 KiB page costs more than the copy
 * itself (bench/results.md, "Huge pages"); a 2 MiB page is one fault.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/record/task.h"
#include "lib/system/sys_facts.h"

struct arena_chunk {
	struct arena_chunk *next;
	size_t size;		/* bytes of data[] */
	size_t mapped;		/* the mapping's length; 0: from malloc() */
	char data[];
};

#define ARENA_CHUNK	(64 * 1024)
#define ARENA_MAX	(32 * 1024 * 1024)

static void chunk_free(struct arena_chunk *c)
{
	if (c->mapped)
		sys_huge_unmap(c, c->mapped);
	else
		free(c);
}

/* a chunk for at least n bytes, twice the last one up to ARENA_MAX */
static struct arena_chunk *chunk_new(size_t n, size_t last)
{
	struct arena_chunk *c;
	size_t sz = last * 2, mapped;

	if (sz > ARENA_MAX)
		sz = ARENA_MAX;
	if (sz < ARENA_CHUNK)
		sz = ARENA_CHUNK;
	if (sz < n)
		sz = n;
	if (sz >= SYS_BIG) {
		c = sys_huge_map(sizeof(*c) + sz, &mapped);
		if (c) {
			c->size = mapped - sizeof(*c);
			c->mapped = mapped;
			return c;
		}
	}
	c = malloc(sizeof(*c) + sz);
	if (!c)
		return NULL;
	c->size = sz;
	c->mapped = 0;
	return c;
}

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = a->size = 0;
}

void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk *c;
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (!a->head || a->size - a->used < n) {
		c = chunk_new(n, a->head ? a->head->size : 0);
		if (!c)
			return NULL;
		c->next = a->head;
		a->head = c;
		a->size = c->size;
		a->used = 0;
	}
	p = a->head->data + a->used;
	a->used += n;
	return p;
}

const char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* keep the newest chunk for reuse, free the rest */
void arena_reset(struct arena *a)
{
	struct arena_chunk *c, *next;

	if (!a->head)
		return;
	for (c = a->head->next; c; c = next) {
		next = c->next;
		chunk_free(c);
	}
	a->head->next = NULL;
	a->size = a->head->size;
	a->used = 0;
}

void arena_free(struct arena *a)
{
	struct arena_chunk *c, *next;

	for (c = a->head; c; c = next) {
		next = c->next;
		chunk_free(c);
	}
	arena_init(a);
}
