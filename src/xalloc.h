/*
 * xalloc.h - allocation for the front ends, which have nothing better to
 * do when memory runs out than to say so and exit with status 1, as
 * procps's ps and psmisc's pstree do.  The library never exits: its
 * functions return -ENOMEM and let the front end decide.
 */
#ifndef TDPS_XALLOC_H
#define TDPS_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
/* say that @size bytes (0: an unknown amount) could not be had; exit(1) */
void xalloc_die(size_t size) __attribute__((noreturn));

#endif
