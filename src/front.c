/*
 * front.c - the front ends' shared handling of the environment and of
 * sources (see front.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front.h"
#include "lib/record/groups.h"
#include "lib/record/versions.h"
#include "lib/system/sys_facts.h"

struct front_env front_env;

/* the destinations, short: the front ends' own, and the library's */
#define FE (&front_env)
#define LIB (&front_env.lib)

const struct front_knob front_knobs[] = {
	/* ---- choosing and following ---- */
	{ "TDPS_SOURCE", false, FRONT_MAN_TDPS | FRONT_MAN_TDPSTREE,
	  .text = &FE->source,
	  .meaning =
		"The default for \\fB\\-\\-source\\fR." },
	{ "TDPS_PROCPS", false, FRONT_MAN_TDPS,
	  .text = &FE->procps,
	  .meaning =
		"The procps-ng release to follow (see PROCPS VERSIONS); an\n"
		"unknown one is an error that lists the known ones." },
	{ "TDPS_PSMISC", false, FRONT_MAN_TDPSTREE,
	  .text = &FE->psmisc,
	  .meaning =
		"The psmisc release tdpstree follows; an unknown one is an\n"
		"error that lists the known ones." },
	{ "TDPS_INFO", false, FRONT_MAN_TDPS | FRONT_MAN_TDPSTREE,
	  .nonempty = &FE->info,
	  .meaning =
		"When set and not empty, print on standard error, for any\n"
		"command, the source the run took and why (as\n"
		"\\fB\\-\\-info\\fR does, which procps makes an option of its\n"
		"own), with auto's estimate: for example \\fBtdps: source:\n"
		"bpf: pin /run/tdps/iter (about 10.2 us a process, 32.0\n"
		"through /proc)\\fR." },
	/* ---- the /proc source ---- */
	{ "TDPS_READ_DEADLINE_MS", true, FRONT_MAN_TDPS | FRONT_MAN_TDPSTREE,
	  .number = &LIB->read_deadline_ms,
	  .meaning =
		"How long a read of a file that waits on its process\n"
		"(cmdline, environ, smaps_rollup, io) may take before tdps\n"
		"gives it up (default 2000; see DIFFERENCES FROM PROCPS)." },
	{ "TDPS_THREADS", false, FRONT_MAN_TDPS,
	  .number = &LIB->readers,
	  .meaning =
		"Read /proc as if there were this many CPUs, whatever the\n"
		"number of processes: 1 in one thread, more with one helper\n"
		"thread fewer than that, at most 4 (for testing)." },
	/* ---- task_diag ---- */
	{ "TDPS_TASKDIAG_REPLAY", true, FRONT_MAN_TDPS,
	  .text = &LIB->taskdiag_replay,
	  .meaning =
		"Read task_diag netlink traffic from this file instead of the\n"
		"kernel (for testing)." },
	{ "TDPS_TASKDIAG_RECORD", true, FRONT_MAN_TDPS,
	  .text = &LIB->taskdiag_record,
	  .meaning =
		"Append the task_diag netlink traffic received (or replayed)\n"
		"to this file (for testing)." },
	/* ---- the BPF iterator ---- */
	{ "TDPS_BPF_PIN", true, FRONT_MAN_TDPS,
	  .text = &LIB->bpf_pin,
	  .meaning =
		"The one directory to look for the BPF pin in (default:\n"
		"/run/tdps/iter, then /sys/fs/bpf/tdps)." },
	{ "TDPS_BPF_AUTO_MIN", true, FRONT_MAN_TDPS,
	  .number = &LIB->bpf_auto_min,
	  .meaning =
		"Below this many tasks on the system\n"
		"\\fB\\-\\-source=auto\\fR never loads the BPF program\n"
		"(default 1000); when set, auto loads it from there on,\n"
		"whatever the estimate (for testing)." },
	{ "TDPS_BPF_RECORD", true, FRONT_MAN_TDPS,
	  .text = &LIB->bpf_record,
	  .meaning =
		"Append each BPF dump, in the task_diag message format, to\n"
		"this file (for testing)." },
	{ "TDPS_BPF_DEBUG", true, FRONT_MAN_TDPS,
	  .raw = &LIB->bpf_debug,
	  .meaning =
		"Say whether a dump proved itself complete; \\fBstats\\fR\n"
		"also prints the verifier's statistics when the program is\n"
		"loaded, \\fBlog\\fR the end of the verifier's log (what it\n"
		"refused)." },
	{ "TDPS_BPF_NO_CAST", true, FRONT_MAN_TDPS,
	  .present = &LIB->bpf_no_cast,
	  .meaning =
		"Load the BPF program as on Linux 6.1, without the kernel\n"
		"function bpf_rdonly_cast, on any kernel (for tests and\n"
		"measurements)." },
	{ "TDPS_BPF_LIST", true, FRONT_MAN_TDPS,
	  .present = &LIB->bpf_list,
	  .meaning =
		"Always check a BPF dump against the /proc listing, even\n"
		"where the dump proves itself complete (for measurements)." },
	/* ---- a made-up /proc ---- */
	{ "TDPS_PROC_ROOT", true, FRONT_MAN_TDPS | FRONT_MAN_TDPSTREE,
	  .text = &FE->proc_root,
	  .meaning =
		"For tests: read processes from this directory instead of\n"
		"/proc; forces the /proc source (\\fB\\-\\-source=taskdiag\\fR,\n"
		"\\fB\\-\\-source=bpf\\fR and \\fB\\-\\-bpf\\-pin\\fR are refused\n"
		"with the reason).  A made-up tree gives a user nothing: tdps\n"
		"reads it with the user's own rights, as any program of the\n"
		"user could." },
	/* ---- the clock ---- */
	{ "TDPS_UPTIME", true, FRONT_MAN_TDPS,
	  .text = &FE->uptime,
	  .meaning =
		"The seconds since boot, instead of /proc/uptime's, for tests\n"
		"that compare two runs (%CPU, C and elapsed times move\n"
		"between them)." },
	{ "TDPS_NOW", true, FRONT_MAN_TDPS,
	  .text = &FE->now,
	  .meaning =
		"The time, in seconds since the epoch, instead of the\n"
		"clock's, for tests that compare two runs." },
};
const unsigned nfront_knobs = sizeof(front_knobs) / sizeof(front_knobs[0]);

#undef FE
#undef LIB

void front_env_read(void)
{
	unsigned i;

	for (i = 0; i < nfront_knobs; i++) {
		const struct front_knob *k = &front_knobs[i];
		const char *v = k->secure ? secure_getenv(k->name)
					  : getenv(k->name);
		bool full = v && *v;

		if (k->text)
			*k->text = full ? v : NULL;
		else if (k->raw)
			*k->raw = v;
		else if (k->present)
			*k->present = v != NULL;
		else if (k->nonempty)
			*k->nonempty = full;
		else if (k->number)
			*k->number = (struct config_number){
				.set = full, .value = full ? atol(v) : 0,
			};
	}
	/* the tests' made-up /proc, before any fact of the system is read */
	sys_set_proc_root(front_env.proc_root);
	sys_fix_clock(front_env.uptime, front_env.now);
}

static void bad_version(const char *var, const char *value, const char *what,
			const char *known)
{
	fprintf(stderr, "%s: %s=%s: unknown %s version (known: %s)\n",
		program_invocation_short_name, var, value, what, known);
	exit(EXIT_FAILURE);
}

void front_procps_from_env(void)
{
	if (procps_follow(front_env.procps) < 0)
		bad_version("TDPS_PROCPS", front_env.procps, "procps-ng",
			    procps_known());
}

void front_psmisc_from_env(void)
{
	if (psmisc_follow(front_env.psmisc) < 0)
		bad_version("TDPS_PSMISC", front_env.psmisc, "psmisc",
			    psmisc_known());
}

enum source_kind front_source_from_env(void)
{
	int k = front_env.source ? source_kind_parse(front_env.source)
				 : SOURCE_AUTO;

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
	int rc = source_open(src, kind, want, threads, &front_env.lib);

	if (rc < 0) {
		/* in words where the source said why, else the errno */
		fprintf(stderr, "%s: the %s source is not available: %s\n",
			program_invocation_short_name, source_kind_name(kind),
			src->why[0] ? src->why : strerror(-rc));
		exit(EXIT_FAILURE);
	}
	/* TDPS_INFO: which source this run took, and why, for any command */
	if (front_env.info)
		fprintf(stderr, "%s: source: %s: %s\n",
			program_invocation_short_name, source_name(src),
			src->why);
}

void front_source_info(const struct source *src)
{
	printf("source: %s: %s\n", source_name(src), src->why);
}

/*
 * Said once the scan is over, when a row printed meanwhile (ps's rows as
 * they come) may lie half in stdout's buffer, half written: stdout goes
 * out first, so that where both are one file (2>&1) the message falls
 * between two rows, never inside one.
 */
void front_report_unread(const struct source *src)
{
	size_t i;
	int f;

	if (src->nunread || src->more_unread)
		fflush(stdout);
	for (i = 0; i < src->nunread; i++) {
		const struct source_unread *u = &src->unread[i];

		for (f = 0; f < 32; f++) {
			if (!(u->files & (1u << f)))
				continue;
			fprintf(stderr, "%s: /proc/%d/%s did not answer within "
				"%u ms, twice; shown as unreadable\n",
				program_invocation_short_name, u->tgid,
				group_file_name(f),
				source_read_deadline_ms(&front_env.lib));
		}
	}
	if (src->more_unread)
		fprintf(stderr, "%s: and %zu more processes whose files did not answer\n",
			program_invocation_short_name, src->more_unread);
}
