/*
 * task_iter.h - what task_iter.bpf.c and src_bpf.c agree on.
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
 * The optional groups the program can fill (bits of show_flags).  NAME
 * only for user tasks (kernel threads and workqueue workers have longer
 * names that /proc builds elsewhere); CRED only when the reader's user
 * namespace is the initial one, where /proc prints kernel ids unchanged.
 */
#define TDPS_BPF_GROUPS		(TASK_DIAG_SHOW_NAME | TASK_DIAG_SHOW_CRED)

/*
 * What a pinned iterator may carry: a pin is read by anyone who may open
 * it, with no hidepid or ptrace check, so only what /proc/PID/stat shows
 * every user.  CRED (status), and anything like cmdline or environ, never.
 */
#define TDPS_BPF_PUBLIC_GROUPS	TASK_DIAG_SHOW_NAME

/* the names of the two programs, and of their pins inside a pin directory */
#define TDPS_BPF_PROCS		"procs"
#define TDPS_BPF_THREADS	"threads"

#endif
