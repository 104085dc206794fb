/*
 * front.h - what tdps and tdpstree share around the library: taking the
 * source from TDPS_SOURCE, opening it or saying why not, and --info's
 * line about it.  These print and exit, which the library never does.
 */
#ifndef TDPS_FRONT_H
#define TDPS_FRONT_H

#include "lib/source/source.h"

/*
 * Follow the procps (TDPS_PROCPS) or psmisc (TDPS_PSMISC) version the
 * environment names, if it names one; exits 1 when it names one not known.
 */
void front_procps_from_env(void);
void front_psmisc_from_env(void);

/*
 * The kind $TDPS_SOURCE names (auto when unset); exits 1 when unknown.
 * First it takes the /proc directory from $TDPS_PROC_ROOT, when set (a
 * made-up tree, for the tests: see sys_set_proc_root()).
 */
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
