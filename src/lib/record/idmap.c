/*
 * idmap.c - id to index map with linear probing.
 *
 * Kept at most half full so probes stay short; pids are dense small
 * integers, so a multiplicative hash spreads them well enough.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "lib/record/idmap.h"
#include "lib/system/sys_facts.h"

#define EMPTY (-1)

static size_t hash(int key, size_t mask)
{
	return ((unsigned)key * 2654435761u) & mask;
}

static int alloc_table(struct idmap *m, size_t size)
{
	size_t i;

	m->bytes = 0;
	m->slots = sys_big_grow(NULL, &m->bytes, 0, size * sizeof(*m->slots));
	if (!m->slots)
		return -ENOMEM;
	for (i = 0; i < size; i++)
		m->slots[i].key = EMPTY;
	m->mask = size - 1;
	m->used = 0;
	return 0;
}

int idmap_init(struct idmap *m, size_t n)
{
	size_t size = 16;

	while (size < n * 2)
		size <<= 1;
	return alloc_table(m, size);
}

void idmap_free(struct idmap *m)
{
	sys_big_free(m->slots, m->bytes);
	m->slots = NULL;
	m->bytes = 0;
}

static size_t find_slot(const struct idmap *m, int key)
{
	size_t h = hash(key, m->mask);

	while (m->slots[h].key != EMPTY && m->slots[h].key != key)
		h = (h + 1) & m->mask;
	return h;
}

static int grow(struct idmap *m)
{
	struct idmap old = *m;
	size_t i;

	if (alloc_table(m, (old.mask + 1) * 2) < 0) {
		*m = old;
		return -ENOMEM;
	}
	for (i = 0; i <= old.mask; i++) {
		if (old.slots[i].key != EMPTY) {
			m->slots[find_slot(m, old.slots[i].key)] = old.slots[i];
			m->used++;
		}
	}
	idmap_free(&old);
	return 0;
}

int idmap_add_first(struct idmap *m, int key, size_t val)
{
	size_t h;

	if (key == EMPTY)
		return 1;
	if (val > UINT_MAX)
		return -EOVERFLOW;
	if ((m->used + 1) * 2 > m->mask + 1 && grow(m) < 0)
		return -ENOMEM;
	h = find_slot(m, key);
	if (m->slots[h].key == key)
		return 1;
	m->slots[h].key = key;
	m->slots[h].val = (unsigned)val;
	m->used++;
	return 0;
}

bool idmap_get(const struct idmap *m, int key, size_t *val)
{
	size_t h;

	if (key == EMPTY || !m->slots)
		return false;
	h = find_slot(m, key);
	if (m->slots[h].key != key)
		return false;
	*val = m->slots[h].val;
	return true;
}
