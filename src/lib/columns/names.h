/*
 * names.h - cached uid/gid to name lookups, with procps's fallbacks.
 */
#ifndef TDPS_NAMES_H
#define TDPS_NAMES_H

#include <sys/types.h>

/* the name, or the number as text when there is none (or it is too long) */
const char *names_user(uid_t uid);
const char *names_group(gid_t gid);

#endif
