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
#include "task.h"

enum scan_scope {
	SCAN_ALL,		/* every process */
	SCAN_PIDS,		/* only the processes in pids[], in that order */
	SCAN_CHILDREN,		/* the children of pids[0] */
};

struct scan_request {
	uint64_t want;		/* TG_BIT()s the caller needs */
	enum scan_scope scope;
	bool threads;		/* one record per thread instead of per process */
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

struct source_ops {
	const char *name;
	/* 0 when usable, -errno when not (e.g. -ENOENT: family absent) */
	int (*open)(void **state);
	int (*scan)(void *state, const struct scan_request *req,
		    task_cb cb, void *arg);
	void (*close)(void *state);
};

enum source_kind {
	SOURCE_AUTO,
	SOURCE_PROC,
	SOURCE_TASKDIAG,
	SOURCE_BPF,
};

struct source {
	const struct source_ops *ops;
	void *state;
};

/* "auto", "proc", "taskdiag", "bpf"; -1 when unknown */
int source_kind_parse(const char *name);
/* the kind named by $TDPS_SOURCE (SOURCE_AUTO when unset); -1 when unknown */
int source_kind_from_env(void);

/*
 * Open the source of the given kind.  SOURCE_AUTO tries the fast ones and
 * settles on /proc silently; @want (the groups the scans will ask for)
 * tells it whether a fast one would save any /proc reading.  Returns 0
 * or -errno.
 */
int source_open(struct source *src, enum source_kind kind, uint64_t want);
int source_scan(struct source *src, const struct scan_request *req,
		task_cb cb, void *arg);
void source_close(struct source *src);
const char *source_name(const struct source *src);

extern const struct source_ops proc_source_ops;
extern const struct source_ops diag_source_ops;
extern const struct source_ops bpf_source_ops;

/*
 * The BPF task-iterator source (src_bpf.c; built with HAVE_BPF_SOURCE).
 * Its pins live in a directory of bpffs, BPF_PIN_DIR unless the
 * environment variable TDPS_BPF_PIN names another.
 */
#define BPF_PIN_DIR "/sys/fs/bpf/tdps"

/*
 * Open for "auto", for scans that ask for @want: never when @want needs
 * /proc/PID/stat anyway (the iterator would then be pure cost); else
 * through a pin when there is one, or by loading the program when the
 * caller may and the system runs enough tasks for the load to pay off.
 * -ENOENT (or another -errno) when not.
 */
int bpf_open_auto(void **state, uint64_t want);

/*
 * Load the iterator and pin its links in @dir (created if needed), the
 * programs limited to what /proc shows every user.  *world_readable says
 * whether the pins were made readable by all: not when /proc is mounted
 * with hidepid, which the pins would bypass.  0 or -errno;
 * -EPROTONOSUPPORT when tdps was built without BPF.
 */
int bpf_pin(const char *dir, int *world_readable);
/* remove the pins of @dir and @dir itself; 0 or -errno */
int bpf_unpin(const char *dir);

/*
 * The /proc reader, shared with the other sources: they use it to fill
 * groups their kernel side did not deliver for a task.  Returns 0, or
 * -ENOENT when the task has gone (the caller then drops the record).
 */
struct proc_reader;
struct proc_reader *proc_reader_new(const char *root);
void proc_reader_free(struct proc_reader *r);
int proc_reader_dirfd(const struct proc_reader *r);
int proc_fill(struct proc_reader *r, struct task *t, uint64_t groups,
	      struct arena *a);
/*
 * The pids (all-digit names) of the directory @path under @dirfd, in
 * readdir order (for /proc and /proc/PID/task: the order /proc lists
 * them).  Returns the count, *out to be freed, or -errno.
 */
long proc_list_pids(int dirfd, const char *path, int **out);

#endif
