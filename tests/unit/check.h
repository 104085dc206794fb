/*
 * check.h - a tiny TAP-like checker for the unit tests.
 */
#ifndef TDPS_CHECK_H
#define TDPS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_run, check_failed;

#define CHECK(cond, ...) do {						\
		check_run++;						\
		if (cond) {						\
			printf("ok %d - ", check_run);			\
		} else {						\
			check_failed++;					\
			printf("not ok %d - %s:%d: ", check_run,	\
			       __FILE__, __LINE__);			\
		}							\
		printf(__VA_ARGS__);					\
		putchar('\n');						\
	} while (0)

#define CHECK_STR(got, want, ...) do {					\
		const char *g_ = (got), *w_ = (want);			\
		CHECK(g_ && !strcmp(g_, w_), __VA_ARGS__);		\
		if (!g_ || strcmp(g_, w_))				\
			printf("#   got  \"%s\"\n#   want \"%s\"\n",	\
			       g_ ? g_ : "(null)", w_);			\
	} while (0)

static inline int check_done(void)
{
	printf("1..%d\n", check_run);
	printf("# %d checks, %d failed\n", check_run, check_failed);
	return check_failed ? 1 : 0;
}

#endif
