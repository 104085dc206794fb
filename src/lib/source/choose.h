/*
 * choose.h - within the source layer: opening a kind as told
 * (source.c), and auto's choice among them (choose.c).
 */
#ifndef TDPS_CHOOSE_H
#define TDPS_CHOOSE_H

#include "lib/source/source.h"

/*
 * Open the source of @kind with @args, no questions asked; 0 or -errno,
 * with args->why saying how it opened, or why not.
 */
int source_try_open(struct source *src, enum source_kind kind,
		    struct source_args *args);

/*
 * auto: open the first source that opens and pays by the estimates of
 * choose.c; src->why says which, and what it passed over.
 */
int source_choose(struct source *src, struct source_args *args);

#endif
