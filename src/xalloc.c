/*
 * xalloc.c - the front ends' allocation (see xalloc.h).
 *
 * The message is procps's ("ps: cannot allocate N bytes", from its
 * xalloc.h); psmisc's pstree says perror("malloc") instead, but no test
 * can make one allocation fail and not another, so both front ends
 * share procps's words and its exit status, which is psmisc's too.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void xalloc_die(size_t size)
{
	fflush(stdout);
	if (size)
		fprintf(stderr, "%s: cannot allocate %zu bytes\n",
			program_invocation_short_name, size);
	else
		fprintf(stderr, "%s: cannot allocate memory\n",
			program_invocation_short_name);
	exit(EXIT_FAILURE);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		xalloc_die(size);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		xalloc_die(n * size);
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		xalloc_die(size);
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}
