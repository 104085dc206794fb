/*
 * parse_mem.c - memory of the option parsers.
 *
 * Selections, deferred -o/--sort strings, columns and sort keys are
 * linked into each other in ways that make single ownership awkward
 * (a failed first parse is thrown away whole; -O wraps columns that
 * another list already holds).  So everything the parsers allocate is
 * registered here and released at once: when a second-chance parse
 * starts over, and by whoever drives the parser repeatedly (tests, the
 * fuzz target).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "ps/ps.h"

union blk {
	union blk *next;
	max_align_t align;
};

static union blk *blocks;

void *ps_zalloc(size_t n)
{
	union blk *b;

	if (n > (size_t)-1 - sizeof(*b))
		return NULL;
	b = calloc(1, sizeof(*b) + n);
	if (!b)
		return NULL;
	b->next = blocks;
	blocks = b;
	return b + 1;
}

char *ps_strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = ps_zalloc(len + 1);

	if (p)
		memcpy(p, s, len);
	return p;
}

char *ps_strdup(const char *s)
{
	return ps_strndup(s, strlen(s));
}

void ps_release(void)
{
	union blk *b, *next;

	for (b = blocks; b; b = next) {
		next = b->next;
		free(b);
	}
	blocks = NULL;
}
