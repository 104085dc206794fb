/*
 * source_config.h - everything the library is told from outside: the
 * tuning and testing knobs of the sources.
 *
 * The library reads no environment.  The front ends fill this structure
 * once (src/front.c, from its one table of TDPS_* variables, of which the
 * manual's ENVIRONMENT section is made) and pass it to source_open(),
 * which hands it to the source it opens.  Zero is "not set" throughout:
 * a zeroed config runs with the built-in defaults.
 */
#ifndef TDPS_SOURCE_CONFIG_H
#define TDPS_SOURCE_CONFIG_H

#include <stdbool.h>

/* a number the environment may set */
struct config_number {
	bool set;
	long value;
};

struct source_config {
	/* how long a read that waits on a process may last, ms (source.c) */
	struct config_number read_deadline_ms;
	/* the /proc source's readers, as if there were this many CPUs (tests) */
	struct config_number readers;
	/* the one directory to look for the BPF pin in (NULL: BPF_PIN_DIRS) */
	const char *bpf_pin;
	/* auto loads the BPF program from this many tasks on (tests) */
	struct config_number bpf_auto_min;
	/* set (even empty): say what the BPF source does; "stats", "log" too */
	const char *bpf_debug;
	bool bpf_no_cast;	/* load as on Linux 6.1, without bpf_rdonly_cast */
	bool bpf_list;		/* always check a dump against the /proc listing */
	const char *bpf_record;	/* append every BPF dump to this file */
	/* task_diag: replay the netlink bytes of a file; record them to one */
	const char *taskdiag_replay, *taskdiag_record;
};

#endif
