/*
 * check.h - the unit tests' few lines of harness: one TAP line per check
 * ("ok N - what" / "not ok N - what"), a plan at the end, and the exit
 * status.  Automake's TAP driver counts every check.
 */
#ifndef TDPS_CHECK_H
#define TDPS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_run, check_failed;

#define CHECK(cond, ...) do {						\
		int ok_ = !!(cond);					\
		check_run++;						\
		if (ok_) {						\
			printf("ok %d - ", check_run);			\
		} else {						\
			check_failed++;					\
			printf("not ok %d - %s:%d: ", check_run,	\
			       __FILE__, __LINE__);			\
		}							\
		printf(__VA_ARGS__);					\
		printf("%s\n", ok_ ? "" : "  [" #cond "]");		\
	} while (0)

#define CHECK_EQ(a, b, what) do {					\
		long long a_ = (long long)(a), b_ = (long long)(b);	\
		CHECK(a_ == b_, "%s: %lld == %lld", what, a_, b_);	\
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
	printf("1..%d\n# %d passed, %d failed\n", check_run,
	       check_run - check_failed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
