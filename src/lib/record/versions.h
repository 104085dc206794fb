/*
 * versions.h - the procps and psmisc versions tdps and tdpstree follow.
 *
 * One is followed at a time: chosen at build time (configure
 * --with-procps, --with-psmisc) and at run time by TDPS_PROCPS and
 * TDPS_PSMISC.  Everything that differs between the versions tdps knows
 * is a field of these tables, one row per version (versions.c); the code
 * asks the row, never a version number.  Columns that exist, or mean
 * something else, in some versions only carry their range in the field
 * table (struct field's since and until).
 */
#ifndef TDPS_VERSIONS_H
#define TDPS_VERSIONS_H

#include <stdbool.h>

/* procps-ng releases, oldest first (struct field's since/until use them) */
enum procps_release {
	PROCPS_4_0_2 = 1,
	PROCPS_4_0_4,
	PROCPS_4_0_6,
	PROCPS_4_0_7,
};

/*
 * What differs between releases, one behaviour per X(field, text): the
 * field of struct procps_version that says whether a release has it, and
 * a sentence for the manual (roff; tools/mkman prints which releases have
 * it).
 */
#define PROCPS_BEHAVIOURS(X) \
	/* ---- options ---- */ \
	/* -D, --date-format: lstart's strftime format (4.0.3) */ \
	X(date_format, "\\fB\\-D\\fR, \\fB\\-\\-date\\-format\\fR " \
		       "\\fIformat\\fR: the strftime(3) format of " \
		       "\\fBlstart\\fR.") \
	/* --signames: signal masks as names (4.0.4) */ \
	X(signames, "\\fB\\-\\-signames\\fR: the signal mask columns as signal names.") \
	/* ... read as the hex they are (4.0.5) */ \
	X(signames_hex, "\\fB\\-\\-signames\\fR reads the masks " \
			"as the hexadecimal they are (before, as " \
			"decimal, which names the wrong signals).") \
	/* --delimiter: a column separator (4.0.6) */ \
	X(delimiter, "\\fB\\-\\-delimiter\\fR \\fIc\\fR: one " \
		     "character between columns and no padding.") \
	/* --ppid 0 is a pid like any other (4.0.6) */ \
	X(ppid_zero, "\\fB\\-\\-ppid 0\\fR selects the children of " \
		     "pid 0 (kthreadd and init); before, it is refused.") \
	/* \
	 * -p, p and --pid, alone in the selection and without a forest, a \
	 * sort or -N, select in quick mode as -q does: the listed pids, in \
	 * their order (4.0.5). \
	 */ \
	X(pid_quick, "\\fB\\-p\\fR, \\fBp\\fR and \\fB\\-\\-pid\\fR " \
		     "alone (no forest, sort or \\fB\\-N\\fR) list the " \
		     "pids in the order given, as \\fB\\-q\\fR does.") \
	/* \
	 * AIX formats (-o "%p %c") take any text between descriptors and \
	 * must start with '%' or a blank; a list that fails and starts like \
	 * %cpu or %mem is not retried as AIX (4.0.5). \
	 */ \
	X(aix_free_text, "AIX formats take any text between descriptors; " \
			 "a list starting like %cpu is not retried as AIX.") \
	/* ---- selection ---- */ \
	/* \
	 * The simple selections (a, x, g, -a, -d) as tests every process \
	 * must pass (4.0.6), which fixes -ad and makes g alone, or BSD and \
	 * UNIX ones mixed, a conflict; before, a truth table. \
	 */ \
	X(select_tests, "the simple selections (\\fBa\\fR, \\fBx\\fR, " \
			"\\fBg\\fR, \\fB\\-a\\fR, \\fB\\-d\\fR) are " \
			"tests every process must pass: \\fB\\-ad\\fR " \
			"works, and \\fBg\\fR alone or BSD and UNIX " \
			"ones mixed are a conflict.") \
	/* ---- what rows show ---- */ \
	/* \
	 * Thread rows (-L, -T, m, -m) read every file of the thread under \
	 * /proc/PID/task/TID, the group leader's too, so the leader's row \
	 * shows its own faults, I/O and pending signals, and no autogroup \
	 * (4.0.4).  Before, the leader's row showed the whole process's. \
	 */ \
	X(leader_row_own, "thread rows read the thread's own files, " \
			  "the group leader's too: its row shows " \
			  "its own faults, I/O and pending signals.") \
	/* \
	 * Thread rows of m and -m show the thread's priority, policy, \
	 * real-time priority, OOM score, I/O and wait channel (4.0.4); \
	 * 4.0.2 left them unread: zero, TS, "-", empty. \
	 */ \
	X(thread_rows_filled, "thread rows of \\fBm\\fR and \\fB\\-m\\fR " \
			      "show the thread's priority, scheduling " \
			      "class, real-time priority, OOM score, I/O " \
			      "counters and wait channel (4.0.2 prints " \
			      "them as zero, TS and empty).") \
	/* a zombie's name (comm, ucmd, BSD c) ends in " <defunct>" (4.0.5) */ \
	X(comm_defunct, "a zombie's name (\\fBcomm\\fR, \\fBucmd\\fR, " \
			"BSD \\fBc\\fR) ends in \\(lq <defunct>\\(rq.") \
	/* \
	 * In UTF-8, the read-time escape turns a byte that cannot start a \
	 * character (or starts one the string is too short for) into '?' \
	 * and goes on (4.0.4).  4.0.2 sent the rest of the string through \
	 * the table used outside UTF-8: '?' from 0x80, '.' for control \
	 * characters.  Measured with names, arguments and environments. \
	 */ \
	X(u8_bad_byte, "in a UTF\\-8 locale, an invalid byte in a name, the " \
		       "arguments or the environment shows as \\(lq?\\(rq " \
		       "and what follows keeps its characters (before, what " \
		       "followed showed \\(lq?\\(rq for each byte from 0x80 " \
		       "and \\(lq.\\(rq for each control character).") \
	/* \
	 * The escape of names, arguments and environments as they are read \
	 * (4.0.6): '?' for every unprintable byte outside UTF-8 (control \
	 * characters were '.'), and in UTF-8 private-use characters are \
	 * bad bytes too (surrogates and overlong forms already were). \
	 */ \
	X(escape_u8, "names, arguments and environments: outside " \
		     "UTF\\-8, \\(lq?\\(rq for each unprintable " \
		     "byte (control characters were \\(lq.\\(rq); " \
		     "in UTF\\-8, private-use characters show as " \
		     "\\(lq?\\(rq for each byte; an empty command " \
		     "line shows \\(lq\\-\\(rq, not \\(lq?\\(rq.") \
	/* \
	 * %CPU, C and CP from the real utilization ((utime + stime) * 100 / \
	 * ticks alive, truncated) rather than whole ticks divided by whole \
	 * ticks (4.0.5). \
	 */ \
	X(pcpu_real, "%CPU, C and CP from the real utilization, " \
		     "not whole ticks over whole ticks.") \
	/* \
	 * The messages for a missing system file (boot time, total \
	 * memory) name the program by errx(3)'s short name (4.0.6); \
	 * before, by error(3)'s path it was run as. \
	 */ \
	X(errx_short_name, "\\(lqUnable to get system boot time\\(rq and " \
			   "\\(lqUnable to get total memory\\(rq (a /proc " \
			   "without /proc/stat or /proc/meminfo) start with " \
			   "the program's name, not the path it was run as.") \
	/* \
	 * ps keeps a descriptor of its own /proc/PID directory open from \
	 * start to exit (4.0.6 only: a leak, fixed in 4.0.7).  With stdout \
	 * closed it takes descriptor 1, so stdio sizes stdout's buffer \
	 * from /proc's st_blksize (1 KiB, not BUFSIZ) and the final \
	 * fclose() closes it without error: which "write error" message \
	 * ps prints, and whether it names a cause, follow from both. \
	 */ \
	X(self_dir_on_stdout, "with standard output closed, the /proc " \
			      "directory of ps itself, kept open, " \
			      "takes its descriptor: output is written " \
			      "in 1 KiB blocks and the last close " \
			      "succeeds, so a different \\(lqwrite " \
			      "error\\(rq message can follow.") \
	/* \
	 * environ prints the library's "-" for an environment it could \
	 * not read, or an empty one (4.0.7).  4.0.5 and 4.0.6 print \
	 * nothing there, so the column keeps what the one before it left \
	 * in ps's buffer. \
	 */ \
	X(environ_dash, "\\fBenviron\\fR shows \\(lq\\-\\(rq for an " \
			"environment that cannot be read or is empty (4.0.5 " \
			"and 4.0.6 repeat the text of the column before it).") \
	/* \
	 * The pid columns are as wide as the largest pid, pid_max - 1 \
	 * (4.0.7); before, as many digits as pid_max has, one too many \
	 * when pid_max is a power of ten. \
	 */ \
	X(pid_width_below_max, "pid columns are as wide as the largest " \
			       "pid (pid_max \\- 1): one digit narrower " \
			       "when pid_max is a power of ten.") \
	/* ---- forests ---- */ \
	/* \
	 * ps f and --forest print the children of pid 1 at pid 1's own \
	 * level, not below it (until 4.0.6; -H never did). \
	 */ \
	X(forest_flat_init, "\\fBf\\fR and \\fB\\-\\-forest\\fR " \
			    "print the children of pid 1 at " \
			    "pid 1's level, not below it.") \
	/* \
	 * A forest with --sort (or k) sorts by the keys, then by parent, so \
	 * siblings follow the keys and no child leaves its parent (4.0.5). \
	 * Before, start time then the keys, ppid not at all. \
	 */ \
	X(forest_sort_last_ppid, "a forest with \\fB\\-\\-sort\\fR " \
				 "sorts siblings by the keys " \
				 "(before: by start time first).")

struct procps_version {
	const char *name;		/* "4.0.2" */
	unsigned char release;		/* enum procps_release */

	/* what an empty command line shows: "?" until 4.0.6, then "-" */
	const char *no_cmdline;
	/*
	 * Where procps's sortformat.c stops when -j finds neither PID nor
	 * PPID, or -c no PRI, in a standard format ("ps -c u"): its
	 * "internal error" names the source line.
	 */
	unsigned short j_fail_line, c_fail_line;
#define X(field, text) bool field;
	PROCPS_BEHAVIOURS(X)
#undef X
};

/* the version followed; never NULL */
extern const struct procps_version *procps;

/* the known versions, oldest first, and how many */
extern const struct procps_version procps_versions[];
extern const unsigned nprocps_versions;

/*
 * Follow the version named @name ("4.0.6"); NULL or "" keeps the build's
 * default.  0, or -EINVAL when no such version is known.
 */
int procps_follow(const char *name);

/*
 * For tables of options and texts that some releases have: a behaviour
 * by name, PROCPS_GATE(field), which only a field of PROCPS_BEHAVIOURS
 * (a bool of struct procps_version) compiles to; PROCPS_ALWAYS: every
 * version.  Code that asks one behaviour reads procps->field itself.
 */
enum procps_gate {
	PROCPS_ALWAYS,
#define X(field, text) PROCPS_GATE_##field,
	PROCPS_BEHAVIOURS(X)
#undef X
};
#define PROCPS_GATE(field) PROCPS_GATE_##field

/* does version @v (the one followed, for procps_has) have behaviour @g? */
bool procps_version_has(const struct procps_version *v, enum procps_gate g);
bool procps_has(enum procps_gate g);

/* PROCPS_BEHAVIOURS as a table, for the manual */
struct procps_behaviour {
	enum procps_gate gate;
	const char *what;		/* roff text */
};
extern const struct procps_behaviour procps_behaviours[];
extern const unsigned nprocps_behaviours;

/* "4.0.2, 4.0.4, 4.0.6, 4.0.7": the known versions, for messages */
const char *procps_known(void);

/* ---- psmisc ---- */

struct psmisc_version {
	const char *name;		/* "23.6" */
};

extern const struct psmisc_version *psmisc;
extern const struct psmisc_version psmisc_versions[];
extern const unsigned npsmisc_versions;

int psmisc_follow(const char *name);
const char *psmisc_known(void);

#endif
