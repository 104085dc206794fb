/*
 * task.h - the task record every source fills and every front end reads.
 *
 * A record carries a mask of the data groups it holds.  The groups are the
 * task_diag groups (same bit numbers as show_flags), plus TG_MSG for the
 * identity block every record has, TG_SESS for the process group and
 * session that travel with it, and parts of others that /proc gives for
 * less.  lib/record/groups.h is the contract that says how each source delivers
 * each group.
 */
#ifndef TDPS_TASK_H
#define TDPS_TASK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "uapi/linux/task_diag.h"

enum task_group {
	TG_CRED = TASK_DIAG_CRED,		/* real/effective/saved/fs ids */
	TG_STAT = TASK_DIAG_STAT,		/* times, faults, priorities, tty... */
	TG_STATM = TASK_DIAG_STATM,		/* Vm and Rss sizes */
	TG_CMDLINE = TASK_DIAG_CMDLINE,
	TG_ENVIRON = TASK_DIAG_ENVIRON,
	TG_NAME = TASK_DIAG_NAME,		/* full name (comm) */
	TG_SIGNAL = TASK_DIAG_SIGNAL,
	TG_GROUPS = TASK_DIAG_GROUPS,
	TG_CGROUP = TASK_DIAG_CGROUP,
	TG_WCHAN = TASK_DIAG_WCHAN,
	TG_IO = TASK_DIAG_IO,
	TG_NS = TASK_DIAG_NS,
	TG_OOM = TASK_DIAG_OOM,
	TG_LOGIN = TASK_DIAG_LOGIN,
	TG_EXE = TASK_DIAG_EXE,
	TG_AUTOGROUP = TASK_DIAG_AUTOGROUP,
	TG_SMAPS = TASK_DIAG_SMAPS,
	TG_SECCTX = TASK_DIAG_SECCTX,
	TG_FDS = TASK_DIAG_FDS,			/* the number of open fds */
	TG_NGROUPS = __TASK_DIAG_GROUP_MAX,
	/* not task_diag groups: parts of others (lib/record/groups.c) */
	TG_SESS = 59,				/* process group and session */
	TG_STATADDR = 60,			/* stat's ptrace-guarded fields */
	TG_RSS = 61,				/* vm_rss alone */
	TG_OWNER = 62,				/* euid and egid alone */
	TG_MSG = 63,				/* pid, tgid, ppid, tracer, state */
};

#define TG_BIT(g)	(1ULL << (g))
#define TG_ALL		((TG_BIT(TG_NGROUPS) - 1) | TG_BIT(TG_STATADDR) | \
			 TG_BIT(TG_OWNER) | TG_BIT(TG_RSS) | TG_BIT(TG_MSG) | \
			 TG_BIT(TG_SESS))

/*
 * At most this much of cmdline, environ and cgroup is kept: what procps
 * reads, so every source prints the same.
 */
#define TASK_STR_MAX (128 * 1024)

/* a byte string owned by the task's arena; len excludes the final NUL */
struct tstr {
	const char *s;
	size_t len;
};

struct task {
	uint64_t have;		/* TG_BIT()s filled */
	unsigned is_thread:1;	/* a thread row (tid may differ from tgid) */
	unsigned nonleader:1;	/* a thread other than the group leader */
	/*
	 * 1 << enum proc_file of each file that did not answer in time
	 * (proc_read.h): its groups are filled as unreadable, as /proc
	 * leaves them when it refuses the read
	 */
	unsigned timed_out;

	/* TG_MSG */
	int tgid;		/* the "PID" */
	int tid;		/* the "LWP"/"SPID" */
	int ppid;
	/* TG_SESS */
	int pgrp;
	int sid;
	/* TG_MSG */
	int tracer;		/* TracerPid */
	char state;		/* 'R', 'S', ... */
	/*
	 * the raw name, NUL terminated, with TG_NAME; before that, what a
	 * kernel message's 16 bytes held (empty from a BPF process scan not
	 * asked for the session: see task_iter.bpf.c fill_msg())
	 */
	char comm[64];

	/* TG_STAT */
	int tty;		/* tty_nr (dev_t, new encoding) */
	int tpgid;
	unsigned long flags;
	unsigned long minflt, cminflt, majflt, cmajflt;
	unsigned long long utime, stime, cutime, cstime;
	int priority, nice;
	int nlwp;
	unsigned long long start_time;	/* ticks since boot */
	unsigned long vsize;		/* bytes */
	unsigned long rss;		/* pages */
	unsigned long rsslim;
	/* TG_STATADDR: zero (start_code, end_code 1) unless we may ptrace */
	unsigned long start_code, end_code, start_stack, kstk_esp, kstk_eip;
	unsigned long wchan;
	int exit_signal;
	int processor;
	int rtprio;
	int policy;
	unsigned long long blkio_ticks, gtime, cgtime;

	/* TG_OWNER: owner (always the euid), euid, egid */
	uid_t owner;

	/* TG_CRED: all of these */
	uid_t ruid, euid, suid, fuid;
	gid_t rgid, egid, sgid, fgid;
	uint64_t cap_prm;	/* permitted capabilities */

	/* TG_STATM, KiB (TG_RSS: vm_rss only) */
	unsigned long vm_size, vm_lock, vm_rss, vm_rss_anon, vm_rss_file,
		vm_rss_shared, vm_data, vm_stack, vm_exe, vm_lib, vm_swap;

	/* TG_SIGNAL */
	uint64_t sigpnd, shdpnd, sigblk, sigign, sigcgt;

	/* TG_GROUPS */
	const gid_t *supgids;
	int nsupgids;

	/* strings */
	struct tstr cmdline;	/* TG_CMDLINE: raw bytes, NUL separated */
	struct tstr environ;	/* TG_ENVIRON */
	struct tstr cgroup;	/* TG_CGROUP: file text */
	struct tstr wchan_name;	/* TG_WCHAN */
	struct tstr exe;	/* TG_EXE */
	struct tstr secctx;	/* TG_SECCTX */

	/* TG_IO */
	unsigned long long rchar, wchar, syscr, syscw, read_bytes,
		write_bytes, cancelled_write_bytes;

	/* TG_NS */
	unsigned long ns[TASK_DIAG_NS_COUNT];

	/* TG_OOM */
	int oom_score, oom_adj;

	/* TG_LOGIN */
	int luid;		/* -1 when unset */

	/* TG_AUTOGROUP */
	int ag_id, ag_nice;	/* -1, 0 when unavailable */

	/* TG_SMAPS, KiB */
	unsigned long smap_pss, smap_uss, smap_htprv, smap_htshr;

	/* TG_FDS: open file descriptors (0 when not visible) */
	int fds;
};

/*
 * The leader-row rule: does the row of @t show the thread's own values
 * (/proc/PID/task/TID), or the process's (/proc/PID)?  A thread other
 * than the leader always its own; the group leader's thread row its own
 * only with @leader_row_own (procps 4.0.4 and later: versions.h), and a
 * process row the process's.
 */
static inline bool task_row_own(const struct task *t, bool leader_row_own)
{
	return t->nonleader || (t->is_thread && leader_row_own);
}

/*
 * A simple bump allocator for a task's strings.  A source owns one per
 * batch of records; records stay valid until the arena is reset.
 */
struct arena {
	struct arena_chunk *head;
	size_t used, size;
};

void arena_init(struct arena *a);
void *arena_alloc(struct arena *a, size_t n);
const char *arena_strndup(struct arena *a, const char *s, size_t n);
void arena_reset(struct arena *a);
void arena_free(struct arena *a);

/* a blank record for a task (unset ids and groups as procps reports them) */
void task_init(struct task *t, int tgid, int tid);
/* a copy of src whose strings live in the arena; NULL when out of memory */
struct task *task_copy(struct arena *a, const struct task *src);
/*
 * Append a copy of @t (made in @a) to the array *@v of *@n records, which
 * grows as needed (*@cap).  0, or -ENOMEM.
 */
int task_append_copy(struct task ***v, size_t *n, size_t *cap,
		     struct arena *a, const struct task *t);

#endif
