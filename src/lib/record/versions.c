/*
 * versions.c - what differs between the procps and psmisc versions
 * followed, one row per version (see versions.h).  Facts measured against
 * the reference builds (tests/compat) and read in the projects' NEWS.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "lib/record/versions.h"

#ifndef TDPS_PROCPS_DEFAULT
#define TDPS_PROCPS_DEFAULT "4.0.2"
#endif
#ifndef TDPS_PSMISC_DEFAULT
#define TDPS_PSMISC_DEFAULT "23.6"
#endif

const struct procps_version procps_versions[] = {
	{
		.name = "4.0.2", .release = PROCPS_4_0_2,
		.no_cmdline = "?",
		.j_fail_line = 885, .c_fail_line = 900,
		.forest_flat_init = true,
	},
	{
		/* Debian 13, Ubuntu 24.04 */
		.name = "4.0.4", .release = PROCPS_4_0_4,
		.j_fail_line = 889, .c_fail_line = 904,
		.date_format = true, .signames = true,
		.leader_row_own = true, .thread_rows_filled = true,
		.u8_bad_byte = true, .no_cmdline = "?",
		.forest_flat_init = true,
	},
	{
		.name = "4.0.6", .release = PROCPS_4_0_6,
		.j_fail_line = 902, .c_fail_line = 917,
		.date_format = true, .signames = true, .signames_hex = true,
		.delimiter = true,
		.ppid_zero = true, .pid_quick = true, .select_tests = true,
		.aix_free_text = true,
		.leader_row_own = true, .thread_rows_filled = true,
		.comm_defunct = true,
		.u8_bad_byte = true,
		.escape_u8 = true, .no_cmdline = "-", .pcpu_real = true,
		.errx_short_name = true,
		.self_dir_on_stdout = true,
		.forest_sort_last_ppid = true,
	},
	{
		/*
		 * Debian testing and sid.  The descriptor leak of 4.0.6 is
		 * fixed (no self_dir_on_stdout: with stdout closed its
		 * buffer is BUFSIZ and the last close fails with EBADF, as
		 * in 4.0.2 and 4.0.4).  Two more changes need no field,
		 * since no output of ps shows them: the library escapes
		 * the items of its string vectors (procps #429), which ps
		 * never asks for, and ps reads environ only for environ
		 * and BSD e (#431), where 4.0.6 read it for every command
		 * column as well (tdps never did).
		 */
		.name = "4.0.7", .release = PROCPS_4_0_7,
		.j_fail_line = 902, .c_fail_line = 917,
		.date_format = true, .signames = true, .signames_hex = true,
		.delimiter = true,
		.ppid_zero = true, .pid_quick = true, .select_tests = true,
		.aix_free_text = true,
		.leader_row_own = true, .thread_rows_filled = true,
		.comm_defunct = true,
		.u8_bad_byte = true,
		.escape_u8 = true, .no_cmdline = "-", .pcpu_real = true,
		.errx_short_name = true,
		.environ_dash = true, .pid_width_below_max = true,
		.forest_sort_last_ppid = true,
	},
};
const unsigned nprocps_versions =
	sizeof(procps_versions) / sizeof(procps_versions[0]);

const struct procps_behaviour procps_behaviours[] = {
#define X(field, text) { PROCPS_GATE(field), text },
	PROCPS_BEHAVIOURS(X)
#undef X
};
const unsigned nprocps_behaviours =
	sizeof(procps_behaviours) / sizeof(procps_behaviours[0]);

const struct psmisc_version psmisc_versions[] = {
	{ .name = "23.6" },
	{ .name = "23.7" },
};
const unsigned npsmisc_versions =
	sizeof(psmisc_versions) / sizeof(psmisc_versions[0]);

/* a row of @table (@n rows of @size bytes, name first) named @name */
static const void *find(const void *table, unsigned n, size_t size,
			const char *name)
{
	const char *row = table;
	unsigned i;

	for (i = 0; i < n; i++, row += size)
		if (!strcmp(*(const char *const *)row, name))
			return row;
	return NULL;
}

/* "a, b, c" from the names of a table */
static const char *names(char *buf, size_t bufsize, const void *table,
			 unsigned n, size_t size)
{
	const char *row = table;
	size_t len = 0;
	unsigned i;

	buf[0] = '\0';
	for (i = 0; i < n && len < bufsize; i++, row += size)
		len += snprintf(buf + len, bufsize - len, "%s%s", i ? ", " : "",
				*(const char *const *)row);
	return buf;
}

const struct procps_version *procps;
const struct psmisc_version *psmisc;

/* the build's defaults, before main() runs */
__attribute__((constructor)) static void follow_defaults(void)
{
	procps = find(procps_versions, nprocps_versions,
		      sizeof(procps_versions[0]), TDPS_PROCPS_DEFAULT);
	if (!procps)
		procps = &procps_versions[0];
	psmisc = find(psmisc_versions, npsmisc_versions,
		      sizeof(psmisc_versions[0]), TDPS_PSMISC_DEFAULT);
	if (!psmisc)
		psmisc = &psmisc_versions[0];
}

int procps_follow(const char *name)
{
	const struct procps_version *v;

	if (!name || !*name)
		return 0;
	v = find(procps_versions, nprocps_versions, sizeof(*v), name);
	if (!v)
		return -EINVAL;
	procps = v;
	return 0;
}

int psmisc_follow(const char *name)
{
	const struct psmisc_version *v;

	if (!name || !*name)
		return 0;
	v = find(psmisc_versions, npsmisc_versions, sizeof(*v), name);
	if (!v)
		return -EINVAL;
	psmisc = v;
	return 0;
}

bool procps_version_has(const struct procps_version *v, enum procps_gate g)
{
	switch (g) {
	case PROCPS_ALWAYS:
		return true;
#define X(field, text) case PROCPS_GATE(field): return v->field;
	PROCPS_BEHAVIOURS(X)
#undef X
	}
	return false;
}

bool procps_has(enum procps_gate g)
{
	return procps_version_has(procps, g);
}

const char *procps_known(void)
{
	static char buf[128];

	return names(buf, sizeof(buf), procps_versions, nprocps_versions,
		     sizeof(procps_versions[0]));
}

const char *psmisc_known(void)
{
	static char buf[128];

	return names(buf, sizeof(buf), psmisc_versions, npsmisc_versions,
		     sizeof(psmisc_versions[0]));
}
