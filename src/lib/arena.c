/*
 * arena.c - bump allocation for task strings.
 */
#include <stdlib.h>
#include <string.h>

#include "task.h"

struct arena_chunk {
	struct arena_chunk *next;
	size_t size;
	char data[];
};

#define ARENA_CHUNK (64 * 1024)

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
		size_t sz = n > ARENA_CHUNK ? n : ARENA_CHUNK;

		c = malloc(sizeof(*c) + sz);
		if (!c)
			return NULL;
		c->size = sz;
		c->next = a->head;
		a->head = c;
		a->size = sz;
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
		free(c);
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
		free(c);
	}
	arena_init(a);
}
