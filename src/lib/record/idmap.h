/*
 * idmap.h - an open-addressing map from a task id to an index.
 *
 * The front ends link records by pid and ppid; with tens of thousands
 * of tasks a list search per link would make them quadratic.  Ids are
 * non-negative; -1 is never stored and never found.
 */
#ifndef TDPS_IDMAP_H
#define TDPS_IDMAP_H

#include <stdbool.h>
#include <stddef.h>

/* a key and its value side by side: one cache line serves a probe */
struct idmap_slot {
	int key;
	unsigned val;		/* indexes stay below 2^32 */
};

struct idmap {
	struct idmap_slot *slots;
	size_t mask;
	size_t used;
	size_t bytes;		/* slots' allocation (sys_big_grow()) */
};

/* room for about n keys (it grows past that); 0 or -ENOMEM */
int idmap_init(struct idmap *m, size_t n);
void idmap_free(struct idmap *m);

/*
 * map key to val unless key is already there; 0, 1 (present), -ENOMEM,
 * or -EOVERFLOW for a val of 2^32 or more
 */
int idmap_add_first(struct idmap *m, int key, size_t val);
bool idmap_get(const struct idmap *m, int key, size_t *val);

#endif
