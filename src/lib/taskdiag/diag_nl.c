/*
 * diag_nl.c - libnl-genl-3 loaded when the task_diag source needs it
 * (diag_nl.h says why it is not linked).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "lib/taskdiag/diag_nl.h"

/*
 * libnl-genl-3's soname since libnl 3.2 (2012); dlopen() follows
 * DT_NEEDED to libnl-3.so.200, and dlsym() on the handle searches both.
 */
#define NL_GENL_SONAME "libnl-genl-3.so.200"

/* each member has its function's type (no reference is emitted) */
#define NL_TYPE(member, symbol)						\
	_Static_assert(__builtin_types_compatible_p(__typeof__(&symbol),	\
		__typeof__(((struct nl_lib *)0)->member)), #symbol);
NL_FNS(NL_TYPE)

#define NL_ENTRY(member, symbol) { #symbol, offsetof(struct nl_lib, member) },
static const struct {
	const char *symbol;
	size_t at;
} nl_fns[] = { NL_FNS(NL_ENTRY) };

const struct nl_lib *nl_lib(char *why, size_t size)
{
	static struct nl_lib loaded;
	static int state;	/* 0 not tried, 1 loaded, -1 failed */
	static char failure[256];
	void *h, *fn;
	size_t i;

	if (&nl_lib_linked)
		return &nl_lib_linked;
	if (state == 0) {
		state = -1;
		h = dlopen(NL_GENL_SONAME, RTLD_NOW | RTLD_LOCAL);
		if (!h) {
			snprintf(failure, sizeof(failure), "%s", dlerror());
		} else {
			for (i = 0; i < sizeof(nl_fns) / sizeof(nl_fns[0]); i++) {
				fn = dlsym(h, nl_fns[i].symbol);
				if (!fn) {
					snprintf(failure, sizeof(failure),
						 "%s has no %s", NL_GENL_SONAME,
						 nl_fns[i].symbol);
					break;
				}
				/* POSIX: a symbol's address converts */
				memcpy((char *)&loaded + nl_fns[i].at, &fn,
				       sizeof(fn));
			}
			if (i == sizeof(nl_fns) / sizeof(nl_fns[0]))
				state = 1;
			else
				dlclose(h);
		}
	}
	if (state == 1)
		return &loaded;
	snprintf(why, size, "%s", failure);
	return NULL;
}
