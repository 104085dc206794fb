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
#include <stddef.h>

/* procps-ng releases, oldest first (struct field's since/until use them) */
enum procps_release {
	PROCPS_4_0_2 = 1,
	PROCPS_4_0_4,
	PROCPS_4_0_6,
};

struct procps_version {
	const char *name;		/* "4.0.2" */
	unsigned char release;		/* enum procps_release */

	/* ---- options ---- */
	bool date_format;	/* -D, --date-format: lstart's strftime format (4.0.3) */
	bool signames;		/* --signames: signal masks as names (4.0.4) */
	bool signames_hex;	/* ... read as the hex they are (4.0.5) */
	bool delimiter;		/* --delimiter: a column separator (4.0.6) */
	bool ppid_zero;		/* --ppid 0 is a pid like any other (4.0.6) */
	/*
	 * -p, p and --pid, alone in the selection and without a forest, a
	 * sort or -N, select in quick mode as -q does: the listed pids, in
	 * their order (4.0.5).
	 */
	bool pid_quick;
	/*
	 * AIX formats (-o "%p %c") take any text between descriptors and
	 * must start with '%' or a blank; a list that fails and starts like
	 * %cpu or %mem is not retried as AIX (4.0.5).
	 */
	bool aix_free_text;

	/* ---- selection ---- */
	/*
	 * The simple selections (a, x, g, -a, -d) as tests every process
	 * must pass (4.0.6), which fixes -ad and makes g alone, or BSD and
	 * UNIX ones mixed, a conflict; before, a truth table.
	 */
	bool select_tests;

	/* ---- what rows show ---- */
	/*
	 * Thread rows (-L, -T, m, -m) read every file of the thread under
	 * /proc/PID/task/TID, the group leader's too, so the leader's row
	 * shows its own faults, I/O and pending signals, and no autogroup
	 * (4.0.4).  Before, the leader's row showed the whole process's.
	 */
	bool leader_row_own;
	/* a zombie's name (comm, ucmd, BSD c) ends in " <defunct>" (4.0.5) */
	bool comm_defunct;
	/*
	 * The escape of names, arguments and environments as they are read
	 * (4.0.6): '?' for every unprintable byte outside UTF-8 (control
	 * characters were '.'), and in UTF-8 one '?' per bad byte, with
	 * surrogates, overlong forms and private-use characters bad too
	 * (a broken sequence used to turn the rest of the string to '?').
	 */
	bool escape_u8;
	/*
	 * %CPU, C and CP from the real utilization ((utime + stime) * 100 /
	 * ticks alive, truncated) rather than whole ticks divided by whole
	 * ticks (4.0.5).
	 */
	bool pcpu_real;
	/* what an empty command line shows: "?" until 4.0.6, then "-" */
	const char *no_cmdline;

	/* ---- forests ---- */
	/*
	 * ps f and --forest print the children of pid 1 at pid 1's own
	 * level, not below it (until 4.0.6; -H never did).
	 */
	bool forest_flat_init;
	/*
	 * A forest with --sort (or k) sorts by the keys, then by parent, so
	 * siblings follow the keys and no child leaves its parent (4.0.5).
	 * Before, start time then the keys, ppid not at all.
	 */
	bool forest_sort_last_ppid;
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
 * For tables of options and texts that some releases have: does the
 * version followed have the behaviour at @offset (offsetof(struct
 * procps_version, field) of a bool field; 0: every version)?
 */
#define PROCPS_ALWAYS 0
#define PROCPS_GATE(field) offsetof(struct procps_version, field)
bool procps_has(size_t offset);

/* "4.0.2, 4.0.4, 4.0.6": the known versions, for messages */
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
