/*
 * help.c - usage and version text.
 *
 * The usage text is procps's, byte for byte: scripts and people compare
 * it, and a bad option must print exactly what procps prints.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/record/versions.h"
#include "ps/ps.h"

static const struct {
	const char *word, *abbrev;
} sections[] = {
	{ "simple", "s" }, { "list", "l" }, { "output", "o" },
	{ "threads", "t" }, { "misc", "m" }, { "all", "a" },
};

enum { H_SIMPLE, H_LIST, H_OUTPUT, H_THREADS, H_MISC, H_ALL, H_DEFAULT };

/*
 * The output section, a line at a time: some lines come with the options
 * of later procps releases (gate: the versions.h field that has them).
 */
static const struct {
	const char *line;
	enum procps_gate gate;
} output_lines[] = {
	{ "\nOutput formats:\n", PROCPS_ALWAYS },
	{ " -D <format>          date format for lstart\n", PROCPS_GATE(date_format) },
	{ " -F                   extra full\n"
	  " -f                   full-format, including command lines\n"
	  "  f, --forest         ascii art process tree\n"
	  " -H                   show process hierarchy\n"
	  " -j                   jobs format\n"
	  "  j                   BSD job control format\n"
	  " -l                   long format\n"
	  "  l                   BSD long format\n"
	  " -M, Z                add security data (for SELinux)\n"
	  " -O <format>          preloaded with default columns\n"
	  "  O <format>          as -O, with BSD personality\n"
	  " -o, o, --format <format>\n"
	  "                      user-defined format\n"
	  "  -P                  add psr column\n"
	  "  s                   signal format\n"
	  "  u                   user-oriented format\n"
	  "  v                   virtual memory format\n"
	  "  X                   register format\n"
	  " -y                   do not show flags, show rss vs. addr (used with -l)\n"
	  "     --context        display security context (for SELinux)\n", PROCPS_ALWAYS },
	{ "     --delimiter <d>  Use <d> as a column delimiter instead of variable space\n",
	  PROCPS_GATE(delimiter) },
	{ "     --headers        repeat header lines, one per page\n"
	  "     --no-headers     do not print header at all\n"
	  "     --cols, --columns, --width <num>\n"
	  "                      set screen width\n"
	  "     --rows, --lines <num>\n"
	  "                      set screen height\n", PROCPS_ALWAYS },
	{ "     --signames       display signal masks using signal names\n",
	  PROCPS_GATE(signames) },
};

static void output_section(FILE *out)
{
	size_t i;

	for (i = 0; i < sizeof(output_lines) / sizeof(output_lines[0]); i++)
		if (procps_has(output_lines[i].gate))
			fputs(output_lines[i].line, out);
}

static const char *const text[H_ALL] = {
	"\nBasic options:\n"
	" -A, -e               all processes\n"
	" -a                   all with tty, except session leaders\n"
	"  a                   all with tty, including other users\n"
	" -d                   all except session leaders\n"
	" -N, --deselect       negate selection\n"
	"  r                   only running processes\n"
	"  T                   all processes on this terminal\n"
	"  x                   processes without controlling ttys\n",

	"\nSelection by list:\n"
	" -C <command>         command name\n"
	" -G, --Group <GID>    real group id or name\n"
	" -g, --group <group>  session or effective group name\n"
	" -p, p, --pid <PID>   process id\n"
	"        --ppid <PID>  parent process id\n"
	" -q, q, --quick-pid <PID>\n"
	"                      process id (quick mode)\n"
	" -s, --sid <session>  session id\n"
	" -t, t, --tty <tty>   terminal\n"
	" -u, U, --user <UID>  effective user id or name\n"
	" -U, --User <UID>     real user id or name\n"
	"\n"
	"  The selection options take as their argument either:\n"
	"    a comma-separated list e.g. '-u root,nobody' or\n"
	"    a blank-separated list e.g. '-p 123 4567'\n",

	NULL,	/* output_lines[] */

	"\nShow threads:\n"
	"  H                   as if they were processes\n"
	" -L                   possibly with LWP and NLWP columns\n"
	" -m, m                after processes\n"
	" -T                   possibly with SPID column\n",

	"\nMiscellaneous options:\n"
	" -c                   show scheduling class with -l option\n"
	"  c                   show true command name\n"
	"  e                   show the environment after command\n"
	"  k,    --sort        specify sort order as: [+|-]key[,[+|-]key[,...]]\n"
	"  L                   show format specifiers\n"
	"  n                   display numeric uid and wchan\n"
	"  S,    --cumulative  include some dead child process data\n"
	" -y                   do not show flags, show rss (only with -l)\n"
	" -V, V, --version     display version information and exit\n"
	" -w, w                unlimited output width\n",
};

void ps_usage(const struct ps *ps, const char *section, int rc)
{
	FILE *out = rc == EXIT_SUCCESS ? stdout : stderr;
	int s = H_DEFAULT, i;

	for (i = 0; section && i < H_DEFAULT; i++)
		if (!strcmp(section, sections[i].word) ||
		    !strcmp(section, sections[i].abbrev))
			s = i;
	fprintf(out, "\nUsage:\n %s [options]\n", ps->prog);
	for (i = 0; i < H_ALL; i++)
		if (s == i || s == H_ALL) {
			if (i == H_OUTPUT)
				output_section(out);
			else
				fputs(text[i], out);
		}
	if (s == H_MISC || s == H_ALL)
		fprintf(out, "\n        --help <simple|list|output|threads|misc|all>\n"
			"                      display help and exit\n");
	if (s == H_DEFAULT)
		fprintf(out, "\n Try '%s --help <simple|list|output|threads|misc|all>'\n"
			"  or '%s --help <s|l|o|t|m|a>'\n"
			" for additional help text.\n", ps->prog, ps->prog);
	/* tdps(1) as tdps; as ps (tdps-as-ps) ps(1) is tdps's manual too */
	fprintf(out, "\nFor more details see %s(1).\n", ps->prog);
	exit(rc);
}

void ps_version(void)
{
	printf("%s from %s, following procps-ng %s\n",
	       program_invocation_short_name, PACKAGE_STRING, procps->name);
	exit(0);
}
