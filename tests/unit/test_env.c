/*
 * test_env.c - the TDPS_* variables: one list, the manuals agree with it,
 * and only the front ends read the environment.
 *
 *   - every variable of front.c's table is described in the ENVIRONMENT
 *     section of each manual its row names (tdps.1 is made from the
 *     table by tools/mkman, tdpstree.1 is written by hand), and in no
 *     other manual's;
 *   - every TDPS_* name those sections mention is a row of the table;
 *   - no file under src/lib calls getenv() or secure_getenv(): the
 *     library is told (lib/source/source_config.h), never reads the
 *     environment.
 *
 * Needs no root.  $srcdir (the harness sets it) finds src/lib and
 * tdpstree.1; man/tdps.1 is the one built here.
 */
#include <ctype.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "front.h"

/* the ENVIRONMENT section of the page at @path, or NULL */
static char *environment_of(const char *path)
{
	static char page[1 << 17];
	char *start, *end;
	size_t n;
	FILE *f = fopen(path, "re");

	if (!f)
		return NULL;
	n = fread(page, 1, sizeof(page) - 1, f);
	fclose(f);
	page[n] = '\0';
	start = strstr(page, "\n.SH ENVIRONMENT\n");
	if (!start)
		return NULL;
	start++;
	end = strstr(start + 1, "\n.SH ");
	if (end)
		*end = '\0';
	return strdup(start);
}

/* does @text hold @name as a whole word? */
static bool mentions(const char *text, const char *name)
{
	size_t len = strlen(name);
	const char *p;

	for (p = strstr(text, name); p; p = strstr(p + 1, name))
		if ((p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
		    !(isalnum((unsigned char)p[len]) || p[len] == '_'))
			return true;
	return false;
}

static const struct front_knob *knob_named(const char *name, size_t len)
{
	unsigned i;

	for (i = 0; i < nfront_knobs; i++)
		if (strlen(front_knobs[i].name) == len &&
		    !strncmp(front_knobs[i].name, name, len))
			return &front_knobs[i];
	return NULL;
}

static void check_page(const char *page, const char *path, unsigned man)
{
	char *env = environment_of(path);
	const char *p;
	unsigned i;

	CHECK(env != NULL, "%s has an ENVIRONMENT section", page);
	if (!env)
		return;
	for (i = 0; i < nfront_knobs; i++) {
		bool want = front_knobs[i].man & man;

		CHECK(mentions(env, front_knobs[i].name) == want,
		      "%s %s %s", page, want ? "describes" : "does not describe",
		      front_knobs[i].name);
	}
	for (p = strstr(env, "TDPS_"); p; p = strstr(p + 1, "TDPS_")) {
		size_t len = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		const struct front_knob *k = knob_named(p, len);

		if (p > env && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
			continue;
		CHECK(k && (k->man & man), "%s: %.*s is a row of front.c's table "
		      "for this page", page, (int)len, p);
	}
	free(env);
}

/* every row has exactly one destination and a meaning */
static void check_rows(void)
{
	unsigned i;

	for (i = 0; i < nfront_knobs; i++) {
		const struct front_knob *k = &front_knobs[i];
		int dest = !!k->text + !!k->raw + !!k->present + !!k->nonempty +
			   !!k->number;

		CHECK(dest == 1 && k->meaning && *k->meaning &&
		      !strncmp(k->name, "TDPS_", 5) && k->man,
		      "%s: one destination, a meaning, a manual", k->name);
	}
}

static int getenv_calls;

static int look(const char *path, const struct stat *st, int type,
		struct FTW *ftw)
{
	static char text[1 << 20];
	const char *dot = strrchr(path, '.');
	size_t n;
	FILE *f;

	(void)st;
	(void)ftw;
	if (type != FTW_F || !dot || (strcmp(dot, ".c") && strcmp(dot, ".h")))
		return 0;
	f = fopen(path, "re");
	if (!f)
		return 0;
	n = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[n] = '\0';
	if (strstr(text, "getenv(")) {
		getenv_calls++;
		printf("# %s calls getenv()\n", path);
	}
	return 0;
}

int main(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	int rc;

	if (!srcdir || !*srcdir)
		srcdir = ".";
	check_rows();
	check_page("tdps.1", "man/tdps.1", FRONT_MAN_TDPS);
	snprintf(path, sizeof(path), "%s/man/tdpstree.1", srcdir);
	check_page("tdpstree.1", path, FRONT_MAN_TDPSTREE);
	snprintf(path, sizeof(path), "%s/src/lib", srcdir);
	rc = nftw(path, look, 16, FTW_PHYS);
	CHECK(rc == 0, "src/lib can be read (%s)", path);
	CHECK_EQ(getenv_calls, 0, "files under src/lib that read the environment");
	return check_done();
}
