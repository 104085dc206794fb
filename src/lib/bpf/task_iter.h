/*
 * task_iter.h - what task_iter.bpf.c and the loader (bpf_*.c) agree on.
 *
 * The iterator writes the task_diag dump format (doc/task_diag.md): per
 * task one netlink message, genlmsghdr, TASK_DIAG_MSG first, then the
 * groups it can compute exactly as /proc shows them; NLMSG_DONE at the
 * end.  The message type stands in for the generic-netlink family id.
 */
#ifndef TDPS_BPF_TASK_ITER_H
#define TDPS_BPF_TASK_ITER_H

/* nlmsg_type of the task messages: the first non-reserved type */
#define TDPS_BPF_MSG_TYPE	0x10

/*
 * A show bit of this program's alone, no task_diag group: the message's
 * pgid and sid (TG_SESS).  task_diag always fills them; the program only
 * when asked, as they cost it the task's signal struct.
 */
#define TDPS_BPF_SESS		62
#define TDPS_BPF_SHOW_SESS	(1ULL << TDPS_BPF_SESS)

/*
 * The optional groups the program can fill (bits of show_flags,
 * as the client's requests and load_groups carry them).  NAME
 * only for user tasks (kernel threads and workqueue workers have longer
 * names that /proc builds elsewhere); CRED only when the reader's user
 * namespace is the initial one, where /proc prints kernel ids unchanged;
 * STAT without its ptrace-guarded fields (TG_STATADDR, never sent);
 * STATM.  Never CMDLINE or anything else read from a process's memory:
 * a process can make its pages wait forever (a FUSE file mapped over
 * its argv), and only /proc refuses such pages.
 */
#define TDPS_BPF_GROUPS		(TASK_DIAG_SHOW_NAME | TASK_DIAG_SHOW_CRED | \
				 TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_STATM | \
				 TDPS_BPF_SHOW_SESS)

/*
 * What a pinned iterator may carry: a pin is read by anyone who may open
 * it, with no ptrace check, so only what /proc shows every user when it
 * has no hidepid (the program serves only readers whose /proc has none:
 * view_of()): stat as a reader who may not ptrace sees it (0444), the
 * ids, capabilities and sizes of status (0444).  That is every group the
 * program sends; nothing read from a task's private files (environ, io,
 * exe, ...), ever.  CRED still only for readers in the initial user
 * namespace.
 */
#define TDPS_BPF_PUBLIC_GROUPS	TDPS_BPF_GROUPS

/*
 * A pin is read by plain open() and read(), which carry no request; but
 * the program sees the flags its reader opened the pin with.  Flags that
 * change nothing for reading an iterator ask for the costlier groups
 * (the ids, names and CRED come unless asked not to): O_APPEND for
 * STAT, O_DSYNC for STATM; O_NONBLOCK for every thread, not the group
 * leaders alone; O_ASYNC for the ids alone, no NAME, CRED, pgid or sid
 * (open() keeps FASYNC in f_flags and arms nothing).  O_NOFOLLOW asks
 * nothing: the client always opens with it.  The pinning process writes
 * its <fcntl.h> values into the program (open_stat, ...), so they are
 * the running kernel's.  A reader that asks nothing gets what pins
 * always sent.
 */
#define TDPS_BPF_PIN_CHEAP	(TASK_DIAG_SHOW_NAME | TASK_DIAG_SHOW_CRED | \
				 TDPS_BPF_SHOW_SESS)

/*
 * What the NLMSG_DONE message carries after its int: how the walk went,
 * for the client's proof that the dump missed no task (bpf_proof.c).
 * visited counts every task the iterator showed the program, threads
 * and tasks of other namespaces included, each once; ordered is 1 when
 * their pids (in the reader's namespace) only ever grew; level is the
 * reader's pid namespace level; view says whether the reader was served
 * at all (its /proc shows every task: view_of()) or refused, with no
 * task in the dump.  magic 0: the program could not keep this read's
 * walk, and sent no task.
 */
#define TDPS_BPF_WALK_MAGIC	0x74647732	/* "tdw2" */
#define TDPS_BPF_VIEW_SERVED	1
#define TDPS_BPF_VIEW_REFUSED	2
struct tdps_bpf_walk {
	__u32 magic;
	__u32 ordered;
	__u32 level;
	__u32 view;
	__u64 visited;
};

/* the NLMSG_DONE payload: the int every dump ends with, then the walk */
struct tdps_bpf_done {
	__s32 err;
	__u32 pad;
	struct tdps_bpf_walk walk;
};

/*
 * The pin inside a pin directory: one link of the one program, which a
 * reader opens with the flags above.  Pins of tdps 0.2 ("procs",
 * "threads") sent command lines and served every reader: tdps neither
 * reads them nor leaves them behind when it pins (TDPS_BPF_OLD_PINS).
 */
#define TDPS_BPF_PIN_NAME	"tasks"
#define TDPS_BPF_OLD_PINS	{ "procs", "threads" }

#endif
