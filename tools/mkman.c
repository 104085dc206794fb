/*
 * mkman.c - fill the specifier section of tdps.1 from the field table,
 * so the manual and the program can never disagree.
 *
 * Reads the page template on stdin and replaces @SPECIFIERS@, @NOPS@,
 * @MACROS@, @VERSIONS@ (what differs between procps releases),
 * @ENVIRONMENT@ (the TDPS_* variables, from src/front.c's table) and
 * @VERSION@.
 */
#include <stdio.h>
#include <string.h>

#include "front.h"
#include "lib/columns/fields.h"
#include "lib/record/versions.h"

static const char *align_name(const struct field *f)
{
	switch (f->align) {
	case AL_LEFT: return "left";
	case AL_RIGHT: return "right";
	case AL_UNLIMITED: return "text";
	case AL_USER: return "name";
	case AL_WCHAN: return "wchan";
	case AL_SIGNAL: return "signals";
	default: return "";
	}
}

/* when a row came, for the manual: new, or printing what was "-" before */
static const char *since_note(const struct field *f)
{
	const struct field *prev = f > field_defs ? f - 1 : NULL;

	if (!f->since)
		return "";
	if (!prev || strcmp(prev->name, f->name))
		return " (procps 4.0.5 on)";
	return prev->print ? "" : " (procps 4.0.5 on; \"-\" before)";
}

static void specifiers(void)
{
	unsigned i;

	printf("%-12s %-9s %5s  %s\n", "SPECIFIER", "HEADER", "WIDTH", "ALIGN");
	for (i = 0; i < nfield_defs; i++) {
		const struct field *f = &field_defs[i];

		/* a meaning a later release replaced is the later row's */
		if (!f->print || f->until)
			continue;
		printf("%-12s %-9s %5u  %s%s\n", f->name, f->header, f->width,
		       align_name(f), since_note(f));
	}
}

static void nops(void)
{
	unsigned i, n = 0;

	/* "~" is procps's end-of-table marker, accepted but not worth naming */
	for (i = 0; i < nfield_defs; i++)
		if (!field_defs[i].print && strcmp(field_defs[i].name, "~"))
			printf("%s\\fB%s\\fR%s", n++ ? ", " : "", field_defs[i].name,
			       field_defs[i].until ? " (until procps 4.0.4)" : "");
}

static void macro_names(void)
{
	unsigned i;

	for (i = 0; i < nfield_macros; i++)
		printf("%s\\fB%s\\fR", i ? ", " : "", field_macros[i].name);
}

/* each behaviour that differs between releases, and who has it */
static void versions(void)
{
	unsigned i, j;

	for (i = 0; i < nprocps_behaviours; i++) {
		const char *sep = "";

		printf(".TP\n");
		for (j = 0; j < nprocps_versions; j++) {
			if (procps_version_has(&procps_versions[j],
					       procps_behaviours[i].gate)) {
				printf("%s%s", sep, procps_versions[j].name);
				sep = ", ";
			}
		}
		printf("%s\n%s\n", *sep ? "" : "none", procps_behaviours[i].what);
	}
}

/* the TDPS_* variables tdps(1) describes, from the front ends' table */
static void environment(void)
{
	const char *sep = "";
	unsigned i;

	for (i = 0; i < nfront_knobs; i++)
		if (front_knobs[i].man & FRONT_MAN_TDPS)
			printf(".TP\n.B %s\n%s\n", front_knobs[i].name,
			       front_knobs[i].meaning);
	printf(".PP\nSet-id programs ignore ");
	for (i = 0; i < nfront_knobs; i++)
		if ((front_knobs[i].man & FRONT_MAN_TDPS) && front_knobs[i].secure) {
			printf("%s%s", sep, front_knobs[i].name);
			sep = ",\n";
		}
	printf(".\n");
}

int main(int argc, char **argv)
{
	char line[4096];
	const char *version = argc > 1 ? argv[1] : "";

	while (fgets(line, sizeof(line), stdin)) {
		char *at;

		if (!strcmp(line, "@SPECIFIERS@\n")) {
			specifiers();
			continue;
		}
		if (!strcmp(line, "@VERSIONS@\n")) {
			versions();
			continue;
		}
		if (!strcmp(line, "@ENVIRONMENT@\n")) {
			environment();
			continue;
		}
		for (at = line; *at; at++) {
			if (!strncmp(at, "@NOPS@", 6)) {
				nops();
				at += 5;
			} else if (!strncmp(at, "@MACROS@", 8)) {
				macro_names();
				at += 7;
			} else if (!strncmp(at, "@VERSION@", 9)) {
				fputs(version, stdout);
				at += 8;
			} else {
				putchar(*at);
			}
		}
	}
	return 0;
}
