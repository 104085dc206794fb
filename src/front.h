/*
 * front.h - what tdps and tdpstree share around the library: the TDPS_*
 * environment, taking the source from TDPS_SOURCE, opening it or saying
 * why not, and --info's line about it.  These print and exit, which the
 * library never does; and only they read the environment.
 */
#ifndef TDPS_FRONT_H
#define TDPS_FRONT_H

#include <stdbool.h>

#include "lib/source/source_config.h"
#include "lib/source/source.h"

/* what the TDPS_* variables say (front_env_read()) */
struct front_env {
	const char *source;		/* TDPS_SOURCE */
	const char *procps, *psmisc;	/* TDPS_PROCPS, TDPS_PSMISC */
	bool info;			/* TDPS_INFO */
	const char *uptime, *now;	/* TDPS_UPTIME, TDPS_NOW */
	const char *proc_root;		/* TDPS_PROC_ROOT */
	struct source_config lib;	/* what the library is told */
};
extern struct front_env front_env;

/* the manual pages that describe a variable */
#define FRONT_MAN_TDPS		1u	/* tdps(1), made from this table */
#define FRONT_MAN_TDPSTREE	2u	/* tdpstree(1), written by hand */

/*
 * The one list of the TDPS_* variables: where each goes, whether set-id
 * programs ignore it, and what it means (roff: tools/mkman makes the
 * ENVIRONMENT entries of tdps(1) of it, and tests/unit/test_env checks
 * both manuals against it).  Exactly one destination is set; its type
 * says how the value is read.
 */
struct front_knob {
	const char *name;
	bool secure;		/* read with secure_getenv() */
	unsigned man;		/* FRONT_MAN_* */
	const char **text;	/* the value; NULL when unset or empty */
	const char **raw;	/* the value; NULL only when unset */
	bool *present;		/* set at all, even empty */
	bool *nonempty;		/* set and not empty */
	struct config_number *number;	/* set and not empty: its atol() */
	const char *meaning;
};
extern const struct front_knob front_knobs[];
extern const unsigned nfront_knobs;

/*
 * Read the table's variables into front_env, and fix the clock when
 * TDPS_UPTIME or TDPS_NOW says so.  Call first, before anything that
 * reads the time.
 */
void front_env_read(void);

/*
 * Follow the procps (TDPS_PROCPS) or psmisc (TDPS_PSMISC) version the
 * environment names, if it names one; exits 1 when it names one not known.
 */
void front_procps_from_env(void);
void front_psmisc_from_env(void);

/* The kind $TDPS_SOURCE names (auto when unset); exits 1 when unknown. */
enum source_kind front_source_from_env(void);

/* open the source; exits 1 with the reason when it cannot be opened */
void front_source_open(struct source *src, enum source_kind kind,
		       uint64_t want, bool threads);

/*
 * One line on stderr for each file a scan gave up reading (a process
 * that kept its memory locked: see proc_scan.c), naming the file.
 */
void front_report_unread(const struct source *src);

/* --info: "source: NAME: WHY" on stdout */
void front_source_info(const struct source *src);

#endif
