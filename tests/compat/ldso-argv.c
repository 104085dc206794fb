/*
 * ldso-argv.c - a library preloaded (ld.so --preload) into a reference ps
 * that runs through its own dynamic loader (../shared/refs/procps-4.0.7:
 * lib/ps --library-path lib --argv0 ps ps.bin ARG...).  The kernel's
 * command line of such a process is the loader's, options and all; this
 * moves it (PR_SET_MM_MAP) to a copy of the argv the program itself sees,
 * so that the observer's row reads "ps ARG..." as it would for an
 * installed ps, and as the candidate's does.  Nothing else is touched:
 * the environment was handed to the loader unchanged.
 *
 * Built by tests/compat/run (cc -shared -fPIC) when a case runs a
 * reference with --ref-loader.
 */
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>

#include "../mm_map.h"

__attribute__((constructor)) static void argv_as_seen(int argc, char **argv)
{
	struct prctl_mm_map m;
	size_t len = 0;
	char *area, *p;
	int i;

	if (argc < 1 || !argv || mm_map_of_self(&m) < 0)
		return;
	for (i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	area = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED)
		return;
	for (p = area, i = 0; i < argc; i++)
		p = stpcpy(p, argv[i]) + 1;
	m.arg_start = (unsigned long)area;
	m.arg_end = (unsigned long)area + len;
	prctl(PR_SET_MM, PR_SET_MM_MAP, &m, sizeof(m), 0);
}
