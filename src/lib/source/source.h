/*
 * source.h - where task records come from.
 *
 * A source is picked once per run (source_open) and then asked for one
 * scan.  The front ends see only struct task records and never learn
 * which source produced them.
 */
#ifndef TDPS_SOURCE_H
#define TDPS_SOURCE_H

#include <stdbool.h>
#include "lib/record/task.h"
#include "lib/source/source_config.h"

enum scan_scope {
	SCAN_ALL,		/* every process */
	SCAN_PIDS,		/* only the processes in pids[], in that order */
};

struct scan_request {
	uint64_t want;		/* TG_BIT()s the caller needs */
	enum scan_scope scope;
	bool threads;		/* one record per thread instead of per process */
	/*
	 * A thread row of a group leader shows the leader's own values, not
	 * the process's (task_row_own()): procps 4.0.4's rows, and the
	 * front end's to decide.
	 */
	bool leader_row_own;
	const int *pids;
	size_t npids;
	/*
	 * Optional early selection: the source first fills filter_want,
	 * calls filter, and fetches the rest of want only for records it
	 * accepts (returns non-zero).  Saves reading what nobody prints.
	 */
	uint64_t filter_want;
	int (*filter)(const struct task *t, void *arg);
	void *filter_arg;
};

/*
 * Called once per record, in the order the scan produces them.  The
 * record and its strings are valid only during the call.  A negative
 * return stops the scan and is returned by source_scan().
 */
typedef int (*task_cb)(const struct task *t, void *arg);

struct bpf_survey;

/* what a source is opened for */
struct source_args {
	/* the knobs (never NULL); the source may keep the pointer */
	const struct source_config *config;
	uint64_t want;		/* the groups the scans will ask for */
	bool threads;		/* the scans will list threads */
	/*
	 * For the BPF source, when auto chose it (choose.c): its survey, which
	 * says how to open (a pin, or a load); NULL: the source looks itself.
	 */
	struct bpf_survey *bpf;
	/* out: a phrase for --info: how it opened, or why it did not */
	char why[256];
};

struct source_ops {
	const char *name;
	/* 0 when usable, -errno when not (e.g. -ENOENT: family absent) */
	int (*open)(void **state, struct source_args *args);
	int (*scan)(void *state, const struct scan_request *req,
		    task_cb cb, void *arg);
	void (*close)(void *state);
	/*
	 * Optional: after a scan failed, what the source was told beyond
	 * the errno (the kernel's extended ack), or "".
	 */
	const char *(*failure)(void *state);
};

enum source_kind {
	SOURCE_AUTO,
	SOURCE_PROC,
	SOURCE_TASKDIAG,
	SOURCE_BPF,
};

/* a process some of whose files did not answer in time (task.timed_out) */
struct source_unread {
	int tgid;
	unsigned files;		/* 1 << enum proc_file */
};
#define SOURCE_UNREAD_MAX 16

struct source {
	const struct source_ops *ops;
	void *state;
	/* for --info: which source and why, or why the wanted one failed */
	char why[512];
	/*
	 * After a failed source_scan(): its errno in words, and the source's
	 * own (the kernel's message); "" after a scan that did not fail.
	 */
	char failed[512];
	/* the scans' tasks with files that did not answer, and how many more */
	struct source_unread unread[SOURCE_UNREAD_MAX];
	size_t nunread, more_unread;
};

/* how long a read that waits on another process may last, in ms */
unsigned source_read_deadline_ms(const struct source_config *config);

/*
 * This process's controlling terminal, as tty_nr of self/stat under
 * sys_proc_root() (ps's default selection is the processes on it): 0
 * with the device number in *tty, or -1 when that cannot be read.
 */
int source_self_tty(unsigned *tty);

/* "auto", "proc", "taskdiag", "bpf"; -1 when unknown */
int source_kind_parse(const char *name);
/* the name of a kind */
const char *source_kind_name(enum source_kind kind);
/* "auto, proc, taskdiag, bpf": the names, for messages */
const char *source_kind_names(void);

/*
 * Open the source of the given kind, with the knobs of @config (kept
 * until source_close(): it must outlive the source).  SOURCE_AUTO
 * chooses by auto's estimates (choose.c); @want (the groups the scans
 * will ask for) and @threads feed them.  Returns 0 or -errno; either way
 * src->why says what happened.
 */
int source_open(struct source *src, enum source_kind kind, uint64_t want,
		bool threads, const struct source_config *config);
int source_scan(struct source *src, const struct scan_request *req,
		task_cb cb, void *arg);
void source_close(struct source *src);
const char *source_name(const struct source *src);

extern const struct source_ops proc_source_ops;
extern const struct source_ops diag_source_ops;
extern const struct source_ops bpf_source_ops;

#endif
