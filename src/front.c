/*
 * front.c - the front ends' shared handling of sources (see front.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front.h"
#include "lib/record/groups.h"
#include "lib/record/versions.h"
#include "lib/system/sys_facts.h"

static void bad_version(const char *var, const char *what, const char *known)
{
	fprintf(stderr, "%s: %s=%s: unknown %s version (known: %s)\n",
		program_invocation_short_name, var, getenv(var), what, known);
	exit(EXIT_FAILURE);
}

void front_procps_from_env(void)
{
	if (procps_follow(getenv("TDPS_PROCPS")) < 0)
		bad_version("TDPS_PROCPS", "procps-ng", procps_known());
}

void front_psmisc_from_env(void)
{
	if (psmisc_follow(getenv("TDPS_PSMISC")) < 0)
		bad_version("TDPS_PSMISC", "psmisc", psmisc_known());
}

enum source_kind front_source_from_env(void)
{
	/* a made-up /proc for the tests (tests/golden); read before any fact */
	const char *root = secure_getenv("TDPS_PROC_ROOT");
	int k;

	if (root && *root)
		sys_set_proc_root(root);
	k = source_kind_from_env();

	if (k < 0) {
		fprintf(stderr, "%s: TDPS_SOURCE must be one of %s\n",
			program_invocation_short_name, source_kind_names());
		exit(EXIT_FAILURE);
	}
	return k;
}

void front_source_open(struct source *src, enum source_kind kind,
		       uint64_t want, bool threads)
{
	int rc = source_open(src, kind, want, threads);

	if (rc < 0) {
		/* in words where the source said why, else the errno */
		fprintf(stderr, "%s: the %s source is not available: %s\n",
			program_invocation_short_name, source_kind_name(kind),
			src->why[0] ? src->why : strerror(-rc));
		exit(EXIT_FAILURE);
	}
	/* TDPS_INFO: which source this run took, and why, for any command */
	if (getenv("TDPS_INFO") && *getenv("TDPS_INFO"))
		fprintf(stderr, "%s: source: %s: %s\n",
			program_invocation_short_name, source_name(src),
			src->why);
}

void front_source_info(const struct source *src)
{
	printf("source: %s: %s\n", source_name(src), src->why);
}

void front_report_unread(const struct source *src)
{
	size_t i;
	int f;

	for (i = 0; i < src->nunread; i++) {
		const struct source_unread *u = &src->unread[i];

		for (f = 0; f < 32; f++) {
			if (!(u->files & (1u << f)))
				continue;
			fprintf(stderr, "%s: /proc/%d/%s did not answer within "
				"%u ms, twice; shown as unreadable\n",
				program_invocation_short_name, u->tgid,
				proc_file_name(f), source_read_deadline_ms());
		}
	}
	if (src->more_unread)
		fprintf(stderr, "%s: and %zu more processes whose files did not answer\n",
			program_invocation_short_name, src->more_unread);
}
