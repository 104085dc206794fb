/*
 * choose.c - "auto": which source a run reads, and the cost model it
 * chooses by.  The sources only open what they are told.
 *
 * auto tries the sources in this order and takes the first that opens
 * and pays:
 *   1. task_diag, whenever the kernel has the family: one netlink dump,
 *      with nothing to load or pin, is below any other estimate;
 *   2. the BPF iterator, when its estimate beats /proc's: read through a
 *      pin, when the estimate per process is lower; loaded, when it is
 *      lower by more than the load costs, so that no command is slower
 *      than through /proc;
 *   3. /proc, which is always there.
 *
 * The estimates are wall time per process, in nanoseconds.  The figures
 * were measured at 10000 idle processes on the 2-CPU test VM with
 * bench/costs.sh (the /proc files, the iterator's base and groups) and
 * bench/bpf.sh (the load); bench/results.md holds the runs.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "lib/source/choose.h"
#include "lib/record/groups.h"
#ifdef HAVE_BPF_SOURCE
#include "lib/bpf/bpf_survey.h"
#include "lib/bpf/task_iter.h"
#endif

/* ---- /proc: a base (listing, the directory, output) and each file ---- */

#define PROC_BASE_NS		6000
static const unsigned file_cost_ns[PFILE_COUNT] = {
	[PFILE_STAT] = 5000, [PFILE_STATUS] = 10000, [PFILE_DIR] = 800,
	[PFILE_STATM] = 2600, [PFILE_CMDLINE] = 11000,
};
#define FILE_COST_DEFAULT_NS	8000	/* the files not measured */

/* what reading @files (1 << enum proc_file) costs the /proc source */
static long files_ns(unsigned files)
{
	long ns = 0;
	int f;

	for (f = PFILE_NONE + 1; f < PFILE_COUNT; f++)
		if (files & (1u << f))
			ns += file_cost_ns[f] ? file_cost_ns[f]
					      : FILE_COST_DEFAULT_NS;
	return ns;
}

/* a scan of the groups @want through /proc */
static long proc_estimate(uint64_t want)
{
	return PROC_BASE_NS + files_ns(group_files(want, 0));
}

#ifdef HAVE_BPF_SOURCE
/*
 * ---- the BPF iterator ----
 * A base per process (the dump, decoding, output), each group it sends,
 * a visit per other thread, and the files still read from /proc for what
 * it does not send (with the directory opened again).  A thread scan
 * never proves its dump: it keeps every record, sorts them and lists
 * /proc and each threaded process's task directory.  No pin: a load
 * first, for the groups of ps aux (its verification most of it).
 */
#define BPF_BASE_NS		3200
#define BPF_VISIT_NS		300
#define BPF_REOPEN_NS		1000
#define BPF_THREADS_NS		2000
#define BPF_LOAD_NS		12000000L
static const struct {
	int group;
	unsigned ns;
} bpf_group_cost[] = {
	{ TASK_DIAG_STAT, 2000 }, { TASK_DIAG_STATM, 1000 },
};

/*
 * auto considers a load only from this many tasks on the system (one
 * read of /proc/loadavg), then counts the processes; the config's
 * bpf_auto_min (TDPS_BPF_AUTO_MIN) overrides it (tests).
 */
#define BPF_AUTO_MIN_TASKS	1000

/* a scan of @want through the iterator, a pin's (@pin) or a load's */
static long bpf_estimate(uint64_t want, bool threads, bool pin)
{
	uint64_t show = group_request(want, GS_BPF, pin);
	uint64_t have = group_in_msg(GS_BPF);
	unsigned left;
	long ns;
	size_t i;

	for (i = 0; i < 64; i++)
		if (show & TG_BIT(i))
			have |= group_delivered((int)i, GS_BPF);
	left = group_files(want, have);
	ns = BPF_BASE_NS + files_ns(left) + (left ? BPF_REOPEN_NS : 0) +
	     (threads ? BPF_THREADS_NS : 0);
	for (i = 0; i < sizeof(bpf_group_cost) / sizeof(bpf_group_cost[0]); i++)
		if (show & TG_BIT(bpf_group_cost[i].group))
			ns += bpf_group_cost[i].ns;
	return ns;
}

/*
 * Without a pin: a load pays when the caller may load, and when the
 * estimate for this many processes (and tasks) beats /proc by more than
 * the load.  The system's task count (/proc/loadavg) rules out small
 * systems at no cost; then, if even every task being a process would not
 * pay, no count is made.  In the initial pid namespace /proc's link count
 * gives the processes; elsewhere the system's count says nothing of the
 * namespace's, and a /proc listing counts them (its cost: doc/bpf.md,
 * "auto"), which @sv keeps for the scan.  @why says why, or why not.
 */
static bool load_pays(const struct source_args *args, struct bpf_survey *sv,
		      long proc_ns, long bpf_ns, char *why, size_t size)
{
	const struct config_number *told = &args->config->bpf_auto_min;
	long min = told->set ? told->value : BPF_AUTO_MIN_TASKS;
	long tasks = bpf_count_tasks(), procs, gain;
	const char *blocker = bpf_load_blocker();

	if (blocker) {
		snprintf(why, size, "no pin in %s, and %.*s", sv->looked, 150,
			 blocker);
		return false;
	}
	snprintf(why, size,
		 "no pin in %s, and fewer than %ld tasks to pay for a load",
		 sv->looked, min);
	if (tasks < min)
		return false;
	if (!told->set && tasks * (proc_ns - bpf_ns) <= BPF_LOAD_NS) {
		snprintf(why, size,
			 "no pin in %s; a load does not pay at %ld tasks "
			 "(about %.1f us a process, %.1f through /proc, %.0f ms to load)",
			 sv->looked, tasks, bpf_ns / 1e3, proc_ns / 1e3,
			 BPF_LOAD_NS / 1e6);
		return false;
	}
	procs = bpf_in_init_pid_ns() ? bpf_count_processes() : -1;
	if (procs < 0)
		procs = bpf_survey_list(sv);
	if (procs <= 0)
		return false;
	gain = procs * (proc_ns - bpf_ns) -
	       (tasks > procs ? tasks - procs : 0) * BPF_VISIT_NS;
	/*
	 * Told the minimum: it pays from there, whatever else runs on the
	 * machine (a test in a small pid namespace beside another's 2000
	 * tasks would otherwise never see a load).
	 */
	if (told->set)
		gain = BPF_LOAD_NS + 1;
	snprintf(why, size,
		 "no pin in %s; a load %s at %ld processes "
		 "(about %.1f us a process, %.1f through /proc, %.0f ms to load)",
		 sv->looked, gain > BPF_LOAD_NS ? "pays" : "does not pay",
		 procs, bpf_ns / 1e3, proc_ns / 1e3, BPF_LOAD_NS / 1e6);
	return gain > BPF_LOAD_NS;
}

/* the iterator, if it pays: through the pin its survey found, or a load */
static int choose_bpf(struct source *src, struct source_args *args)
{
	long proc_ns = proc_estimate(args->want), bpf_ns;
	char why[sizeof(args->why)];
	struct bpf_survey sv;
	int rc;

	rc = bpf_survey(args->config, &sv, args->why, sizeof(args->why));
	if (rc < 0)
		return rc;
	bpf_ns = bpf_estimate(args->want, args->threads, sv.pin_dir != NULL);
	if (sv.pin_dir && bpf_ns >= proc_ns) {
		snprintf(args->why, sizeof(args->why),
			 "pin %s, but the columns save nothing through it "
			 "(%.1f us a process, %.1f through /proc)", sv.pin_dir,
			 bpf_ns / 1e3, proc_ns / 1e3);
		bpf_survey_free(&sv);
		return -ENOENT;
	}
	if (sv.pin_dir) {
		snprintf(why, sizeof(why),
			 "pin %s (about %.1f us a process, %.1f through /proc)",
			 sv.pin_dir, bpf_ns / 1e3, proc_ns / 1e3);
	} else if (!load_pays(args, &sv, proc_ns, bpf_ns, why, sizeof(why))) {
		snprintf(args->why, sizeof(args->why), "%s", why);
		bpf_survey_free(&sv);
		return -ENOENT;
	}
	args->bpf = &sv;
	rc = source_try_open(src, SOURCE_BPF, args);
	args->bpf = NULL;
	bpf_survey_free(&sv);
	if (rc == 0)	/* auto's why: the estimate */
		snprintf(args->why, sizeof(args->why), "%s", why);
	return rc;
}
#else
static int choose_bpf(struct source *src, struct source_args *args)
{
	return source_try_open(src, SOURCE_BPF, args);	/* "not built in" */
}
#endif

int source_choose(struct source *src, struct source_args *args)
{
	static const enum source_kind order[] = {
		SOURCE_TASKDIAG, SOURCE_BPF, SOURCE_PROC,
	};
	char passed[sizeof(src->why)] = "";
	size_t i, n = 0;
	int rc = -ENOENT;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		if (order[i] == SOURCE_BPF) {
			args->why[0] = '\0';
			rc = choose_bpf(src, args);
			if (rc < 0 && !args->why[0])
				snprintf(args->why, sizeof(args->why), "%s",
					 strerror(-rc));
		} else {
			rc = source_try_open(src, order[i], args);
		}
		if (rc == 0)
			break;
		if (n < sizeof(passed))
			n += snprintf(passed + n, sizeof(passed) - n, "%s%s: %s",
				      n ? "; " : "", source_kind_name(order[i]),
				      args->why);
	}
	snprintf(src->why, sizeof(src->why), n ? "%s (auto passed over %s)" : "%s",
		 args->why, passed);
	return rc;
}
