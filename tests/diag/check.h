/*
 * check.h - a few lines of test harness: one "ok N - what" or
 * "not ok N - what" line per check (TAP style, readable in the .log),
 * a summary, and the exit status Automake's harness looks at.
 */
#ifndef TDPS_CHECK_H
#define TDPS_CHECK_H

#include <stdio.h>

static int check_n, check_failed;

#define CHECK(cond, ...) do {						\
	int ok_ = !!(cond);						\
	check_n++;							\
	if (!ok_) {							\
		check_failed++;						\
		printf("not ok %d - ", check_n);			\
	} else {							\
		printf("ok %d - ", check_n);				\
	}								\
	printf(__VA_ARGS__);						\
	printf("%s\n", ok_ ? "" : "  [" #cond "]");			\
} while (0)

#define CHECK_EQ(a, b, what) do {					\
	long long a_ = (long long)(a), b_ = (long long)(b);		\
	CHECK(a_ == b_, "%s: %lld == %lld", what, a_, b_);		\
} while (0)

static int check_done(void)
{
	printf("1..%d\n# %d passed, %d failed\n", check_n,
	       check_n - check_failed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
