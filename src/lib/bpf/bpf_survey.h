/*
 * bpf_survey.h - what auto asks of the BPF source before choosing it
 * (lib/source/choose.c): where its iterator would come from, what keeps
 * a load from working, and the system's task and process counts that
 * its estimate needs.  The survey then goes to the source's open() in
 * source_args.bpf, which opens as it says.
 */
#ifndef TDPS_BPF_SURVEY_H
#define TDPS_BPF_SURVEY_H

#include "lib/source/source_config.h"

struct proc_reader;

struct bpf_survey {
	const char *pin_dir;	/* a trusted pin to read, or NULL: a load */
	const char *looked;	/* where pins were looked for, for messages */
	/* a /proc listing that counted the processes, for the scan to keep */
	struct proc_reader *pr;
	int *pids;
	long npids;
};

/*
 * Survey the BPF source for a run with @config: 0, or -EXDEV (with why)
 * when /proc is not this pid namespace's, which the program's ids are.
 */
int bpf_survey(const struct source_config *config, struct bpf_survey *sv,
	       char *why, size_t whysize);
/* the processes, counted by listing /proc (kept in @sv); > 0, or <= 0 */
long bpf_survey_list(struct bpf_survey *sv);
/* release what open() did not take of @sv */
void bpf_survey_free(struct bpf_survey *sv);

/* what keeps any load from working here (rights, lockdown, BTF), or NULL */
const char *bpf_load_blocker(void);
/* the tasks on the system (/proc/loadavg), or -1 */
long bpf_count_tasks(void);
/* the processes on the whole system (/proc's link count), or -1 */
long bpf_count_processes(void);
/* is this the initial pid namespace (where the system's counts are ours)? */
int bpf_in_init_pid_ns(void);

#endif
