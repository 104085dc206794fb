/*
 * main.c - tdpstree: options, messages and exit codes of psmisc's pstree
 * (23.6 or 23.7, as versions.c says), over whichever task source tdps
 * would use.
 *
 * The order of checks follows psmisc, because it decides which message
 * a bad command line gets: the width and the default symbols are found
 * before the options are read, each option is checked as it is met, the
 * PID or USER argument after all of them, and /proc is read last.
 *
 * --source=KIND (and TDPS_SOURCE) and --info are ours.  They are taken out
 * of argv before getopt sees it, so every psmisc option, abbreviation and error
 * message stays exactly as getopt_long gives them to psmisc.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"
#include "front.h"
#include "lib/record/versions.h"
#include "lib/system/sys_facts.h"
#include "pstree/pstree.h"

static const struct option long_opts[] = {
	{ "arguments", no_argument, NULL, 'a' },
	{ "ascii", no_argument, NULL, 'A' },
	{ "compact-not", no_argument, NULL, 'c' },
	{ "color", required_argument, NULL, 'C' },
	{ "vt100", no_argument, NULL, 'G' },
	{ "highlight-all", no_argument, NULL, 'h' },
	{ "highlight-pid", required_argument, NULL, 'H' },
	{ "long", no_argument, NULL, 'l' },
	{ "numeric-sort", no_argument, NULL, 'n' },
	{ "ns-sort", required_argument, NULL, 'N' },
	{ "show-pids", no_argument, NULL, 'p' },
	{ "show-pgids", no_argument, NULL, 'g' },
	{ "show-parents", no_argument, NULL, 's' },
	{ "ns-changes", no_argument, NULL, 'S' },
	{ "thread-names", no_argument, NULL, 't' },
	{ "hide-threads", no_argument, NULL, 'T' },
	{ "uid-changes", no_argument, NULL, 'u' },
	{ "unicode", no_argument, NULL, 'U' },
	{ "version", no_argument, NULL, 'V' },
	{ "security-context", no_argument, NULL, 'Z' },
	{ NULL, 0, NULL, 0 }
};

static const char short_opts[] = "aAcC:GhH:nN:pglsStTuUVZ";

static const char *const ns_names[PNS_COUNT] = {
	"cgroup", "ipc", "mnt", "net", "pid", "user", "uts", "time",
};

/* psmisc's text, byte for byte, including the program name it hardcodes */
static void usage(void)
{
	fputs("Usage: pstree [-acglpsStTuZ] [ -h | -H PID ] [ -n | -N type ]\n"
	      "              [ -A | -G | -U ] [ PID | USER ]\n"
	      "   or: pstree -V\n", stderr);
	fputs("\nDisplay a tree of processes.\n\n", stderr);
	fputs("  -a, --arguments     show command line arguments\n"
	      "  -A, --ascii         use ASCII line drawing characters\n"
	      "  -c, --compact-not   don't compact identical subtrees\n", stderr);
	fputs("  -C, --color=TYPE    color process by attribute\n"
	      "                      (age)\n", stderr);
	fputs("  -g, --show-pgids    show process group ids; implies -c\n"
	      "  -G, --vt100         use VT100 line drawing characters\n", stderr);
	fputs("  -h, --highlight-all highlight current process and its ancestors\n"
	      "  -H PID, --highlight-pid=PID\n"
	      "                      highlight this process and its ancestors\n"
	      "  -l, --long          don't truncate long lines\n", stderr);
	fputs("  -n, --numeric-sort  sort output by PID\n"
	      "  -N TYPE, --ns-sort=TYPE\n"
	      "                      sort output by this namespace type\n"
	      "                              (cgroup, ipc, mnt, net, pid, time, user, uts)\n"
	      "  -p, --show-pids     show PIDs; implies -c\n", stderr);
	fputs("  -s, --show-parents  show parents of the selected process\n"
	      "  -S, --ns-changes    show namespace transitions\n"
	      "  -t, --thread-names  show full thread names\n"
	      "  -T, --hide-threads  hide threads, show only processes\n", stderr);
	fputs("  -u, --uid-changes   show uid transitions\n"
	      "  -U, --unicode       use UTF-8 (Unicode) line drawing characters\n"
	      "  -V, --version       display version information\n", stderr);
	fputs("  -Z, --security-context\n"
	      "                      show security attributes\n", stderr);
	fputs("\n  PID    start at this PID; default is 1 (init)\n"
	      "  USER   show only trees rooted at processes of this user\n\n",
	      stderr);
	exit(1);
}

/* like psmisc's, on stderr, but naming this program */
static void print_version(void)
{
	fprintf(stderr, "tdpstree (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
	fprintf(stderr, "Compatible with pstree (PSmisc) %s.\n\n"
		"This is free software; it comes with ABSOLUTELY NO WARRANTY.\n",
		psmisc->name);
}

/* COLUMNS (any base strtol takes), then the terminal on fd 1, then 132 */
static int output_width(void)
{
	const char *env = getenv("COLUMNS");
	struct winsize ws;

	if (env && *env) {
		char *end;
		long v = strtol(env, &end, 0);

		if (!*end && v > 0 && v < 0x7fffffffL)
			return (int)v;
	}
	if (ioctl(1, TIOCGWINSZ, &ws) >= 0 && ws.ws_col)
		return ws.ws_col;
	return 132;
}

/* ---- --source ---- */

static void bad_source(const char *what)
{
	fprintf(stderr, "%s: %s must be one of %s\n",
		program_invocation_short_name, what, source_kind_names());
	exit(1);
}

/* does this long option (without "--") consume the next argument? */
static bool long_takes_next(const char *name)
{
	const struct option *o, *hit = NULL;
	size_t len = strlen(name);
	int hits = 0;

	if (strchr(name, '='))
		return false;
	for (o = long_opts; o->name; o++) {
		if (strncmp(o->name, name, len))
			continue;
		if (strlen(o->name) == len)
			return o->has_arg == required_argument;
		hit = o;
		hits++;
	}
	return hits == 1 && hit->has_arg == required_argument;
}

/* does this cluster of short options end in one that takes the next word? */
static bool short_takes_next(const char *cluster)
{
	for (; *cluster; cluster++) {
		const char *spec = strchr(short_opts, *cluster);

		if (spec && spec[1] == ':')
			return cluster[1] == '\0';
	}
	return false;
}

/*
 * Remove "--source=KIND" / "--source KIND" and "--info" from argv,
 * skipping words that are arguments of other options, up to "--".
 */
static void take_source(int *argc, char **argv, enum source_kind *kind,
			bool *info)
{
	bool value_next = false;
	int i, kept = 1;

	for (i = 1; i < *argc; i++) {
		const char *a = argv[i], *val = NULL;

		if (value_next) {
			value_next = false;
			argv[kept++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--"))
			break;
		if (a[0] != '-' || !a[1]) {
			argv[kept++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--info")) {
			*info = true;
			continue;
		}
		if (!strncmp(a, "--source=", 9)) {
			val = a + 9;
		} else if (!strcmp(a, "--source")) {
			if (i + 1 >= *argc)
				bad_source("--source");
			val = argv[++i];
		}
		if (val) {
			int k = source_kind_parse(val);

			if (k < 0)
				bad_source("--source");
			*kind = k;
			continue;
		}
		value_next = a[1] == '-' ? long_takes_next(a + 2) :
			     short_takes_next(a + 1);
		argv[kept++] = argv[i];
	}
	for (; i < *argc; i++)
		argv[kept++] = argv[i];
	argv[kept] = NULL;
	*argc = kept;
}

/* ---- options ---- */

static int ns_id(const char *name)
{
	int i;

	for (i = 0; i < PNS_COUNT; i++)
		if (!strcmp(ns_names[i], name))
			return i;
	return -1;
}

/* psmisc checks its own /proc/PID/ns file for the type asked for */
static bool ns_available(int id)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/%d/ns/%s", (int)getpid(),
		 ns_names[id]);
	return stat(path, &st) == 0;
}

/* one option; returns -1 to go on, or an exit code */
static int take_option(struct opts *o, int c, const char *arg)
{
	const char *term = getenv("TERM");

	switch (c) {
	case 'a': o->args = true; break;
	case 'A': o->sym = &sym_ascii; break;
	case 'c': o->compact = false; break;
	case 'C':
		if (strcasecmp("age", arg))
			usage();
		o->color_age = true;
		break;
	case 'G': o->sym = &sym_vt100; break;
	case 'h':
		if (o->highlight)
			usage();
		if (term && term_load(term))
			o->highlight = getpid();
		break;
	case 'H':
		if (o->highlight)
			usage();
		if (!term) {
			fputs("TERM is not set\n", stderr);
			return 1;
		}
		if (!term_load(term)) {
			fputs("Can't get terminal capabilities\n", stderr);
			return 1;
		}
		if (!(o->highlight = atoi(arg)))
			usage();
		break;
	case 'l': o->trunc = false; break;
	case 'n': o->by_pid = true; break;
	case 'N':
		o->ns_sort = ns_id(arg);
		if (o->ns_sort < 0)
			usage();
		if (!ns_available(o->ns_sort)) {
			fprintf(stderr, "procfs file for %s namespace not available\n",
				arg);
			return 1;
		}
		break;
	case 'p': o->pids = true; o->compact = false; break;
	case 'g': o->pgids = true; break;	/* psmisc's -g does not imply -c */
	case 's': o->show_parents = true; break;
	case 'S': o->ns_change = true; break;
	case 't': o->thread_names = true; break;
	case 'T': o->hide_threads = true; break;
	case 'u': o->user_change = true; break;
	case 'U': o->sym = &sym_utf; break;
	case 'V': print_version(); return 0;
	case 'Z': o->scontext = true; break;
	default: usage();
	}
	return -1;
}

/* the PID or USER operand */
static int take_operand(struct opts *o, int argc, char **argv)
{
	if (optind == argc - 1) {
		const char *a = argv[optind++];
		struct passwd *pw;
		char *end;

		if (isdigit((unsigned char)*a)) {
			o->root = (pid_t)strtol(a, &end, 10);
			o->pid_set = true;
			if (*end)
				usage();
		} else if (!(pw = getpwnam(a))) {
			fprintf(stderr, "No such user name: %s\n", a);
			return 1;
		} else {
			o->by_user = true;
			o->user = pw->pw_uid;
		}
	}
	if (optind != argc)
		usage();
	return -1;
}

static int parse_args(struct opts *o, int argc, char **argv)
{
	int c, rc;

	take_source(&argc, argv, &o->source, &o->info_only);
	while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1)
		if ((rc = take_option(o, c, optarg)) >= 0)
			return rc;
	return take_operand(o, argc, argv);
}

/* ---- the run ---- */

static void read_tasks(struct tree *t, const struct opts *o)
{
	struct source src;
	int rc;

	front_source_open(&src, o->source, tree_wanted_groups(o),
			  !o->hide_threads);
	if (o->info_only) {
		front_source_info(&src);
		source_close(&src);
		exit(0);
	}
	/* psmisc reads the uptime first and stops without it (subset=pid) */
	if (!sys_uptime_file()) {
		fprintf(stderr, "%s: error opening uptime file\n",
			program_invocation_short_name);
		exit(1);
	}
	rc = tree_collect(t, &src, o);
	front_report_unread(&src);
	source_close(&src);
	if (rc < 0) {
		fprintf(stderr, "%s: reading processes: %s\n",
			program_invocation_short_name,
			src.failed[0] ? src.failed : strerror(-rc));
		exit(1);
	}
	if (!t->records) {
		fputs("/proc is empty (not mounted ?)\n", stderr);
		exit(1);
	}
}

static void shape_failed(int rc)
{
	if (rc < 0)
		xalloc_die(0);
}

/* read, reshape and print; returns the exit code */
static int run(struct opts *o)
{
	static struct tree t;
	struct draw *d;
	int rc = 0;

	read_tasks(&t, o);
	/* psmisc highlights pid 0's "?" even without -h: harmless, but real */
	shape_highlight(&t, o->highlight);
	if (o->show_parents && o->pid_set) {
		size_t n = tree_find(&t, o->root);

		if (n == NO_NODE) {
			fprintf(stderr, "Process %d not found.\n", (int)o->root);
			return 1;
		}
		shape_trim_to(&t, n);
		o->root = 1;
	}
	if (o->ns_sort >= 0)
		shape_failed(shape_ns_groups(&t, o->ns_sort));
	if (o->compact)
		shape_failed(shape_classes(&t, o));
	d = draw_new(&t, o);
	if (o->ns_sort >= 0) {
		draw_ns_groups(d);
	} else if (!o->by_user) {
		draw_tree(d, tree_find(&t, o->root));
	} else if (!draw_by_user(d, tree_find(&t, 1), o->user)) {
		fputs("No processes found.\n", stderr);
		rc = 1;
	}
	draw_free(d);
	tree_free(&t);
	return rc;
}

int main(int argc, char **argv)
{
	struct opts o = {
		.compact = true, .trunc = true, .ns_sort = -1, .root = 1,
	};
	int rc;

	sys_hold_stdout();
	sys_big_arrays();
	front_env_read();
	o.width = output_width();
	sys_big_stdout();
	setlocale(LC_ALL, "");
	o.wait_end = !strcmp(program_invocation_short_name, "pstree.x11");
	o.sym = term_default_symbols();
	front_psmisc_from_env();
	o.source = front_source_from_env();
	rc = parse_args(&o, argc, argv);
	if (rc >= 0)
		return rc;
	rc = run(&o);
	if (rc)
		return rc;
	if (o.wait_end) {
		fflush(stdout);
		fputs("Press return to close\n", stderr);
		(void)getchar();
	}
	return 0;
}
