/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * task_diag: per-task information over a generic-netlink dump.
 *
 * This is the ABI owned by the tdps project.  It keeps the wire layout of
 * the 2015 v1 proposal (family "TASKDIAG", struct task_diag_pid, the
 * TASK_DIAG_MSG and TASK_DIAG_CRED groups) and adds the groups a ps(1)
 * needs.  doc/task_diag.md describes the protocol in prose.
 *
 * Every structure has a fixed size and no implicit padding, so i386 and
 * x86_64 agree; the sizes are checked with static assertions below.
 * All integers are in host byte order.
 */
#ifndef _UAPI_LINUX_TASK_DIAG_H
#define _UAPI_LINUX_TASK_DIAG_H

#include <linux/types.h>

#define TASKDIAG_GENL_NAME	"TASKDIAG"
#define TASKDIAG_GENL_VERSION	0x1

/* generic-netlink commands */
enum {
	TASKDIAG_CMD_UNSPEC = 0,
	TASKDIAG_CMD_GET,		/* doit: one task; dumpit: a set */
	__TASKDIAG_CMD_MAX,
};
#define TASKDIAG_CMD_MAX (__TASKDIAG_CMD_MAX - 1)

/* request attributes */
enum {
	TASKDIAG_CMD_ATTR_UNSPEC = 0,
	TASKDIAG_CMD_ATTR_GET,		/* struct task_diag_pid */
	__TASKDIAG_CMD_ATTR_MAX,
};
#define TASKDIAG_CMD_ATTR_MAX (__TASKDIAG_CMD_ATTR_MAX - 1)

/*
 * Which tasks a request covers.  ALL and CHILDREN keep their v1 values.
 *   ALL         every thread-group leader in the requester's pid namespace
 *   CHILDREN    thread-group leaders whose parent is @pid
 *   ONE         the thread group @pid
 *   THREAD      every thread of the thread group @pid
 *   ALL_THREAD  every thread of every thread group
 * Tasks come in ascending pid order (threads: by tgid, then tid), and a
 * dump resumes by pid, so tasks that come and go never make it skip or
 * repeat a live task.
 */
#define TASK_DIAG_DUMP_ALL		0
#define TASK_DIAG_DUMP_CHILDREN		1
#define TASK_DIAG_DUMP_ONE		2
#define TASK_DIAG_DUMP_THREAD		3
#define TASK_DIAG_DUMP_ALL_THREAD	4

struct task_diag_pid {
	__u64	show_flags;	/* TASK_DIAG_SHOW_* */
	__u64	dump_strategy;	/* TASK_DIAG_DUMP_* */
	__u32	pid;		/* for CHILDREN, ONE, THREAD */
	__u32	__reserved;	/* must be zero */
};

/*
 * Per-task message attributes.  Types 0..62 are optional groups, each
 * selected by bit (1ULL << type) of show_flags; bit 63 is reserved (never
 * a group, so clients may use it for themselves).  TASK_DIAG_MSG is always
 * sent and always first.  A kernel may send a subset of the requested
 * groups (a group it does not know, or one the requester may not see for
 * this task); clients must cope.  Unknown attribute types are ignored.
 */
enum {
	TASK_DIAG_CRED = 0,	/* struct task_diag_creds (v1) */
	TASK_DIAG_STAT,		/* struct task_diag_stat */
	TASK_DIAG_STATM,	/* struct task_diag_statm */
	TASK_DIAG_CMDLINE,	/* argv bytes, NUL separated, as /proc/PID/cmdline */
	TASK_DIAG_ENVIRON,	/* environment bytes, as /proc/PID/environ */
	TASK_DIAG_NAME,		/* NUL-terminated name, as in /proc/PID/stat
				 * (kworker names can exceed 15 bytes) */
	TASK_DIAG_SIGNAL,	/* struct task_diag_signal */
	TASK_DIAG_GROUPS,	/* __u32[] supplementary group ids */
	TASK_DIAG_CGROUP,	/* text, as /proc/PID/cgroup */
	TASK_DIAG_WCHAN,	/* NUL-terminated text, as /proc/PID/wchan */
	TASK_DIAG_IO,		/* struct task_diag_io */
	TASK_DIAG_NS,		/* struct task_diag_ns */
	TASK_DIAG_OOM,		/* struct task_diag_oom */
	TASK_DIAG_LOGIN,	/* struct task_diag_login */
	TASK_DIAG_EXE,		/* NUL-terminated path, as readlink /proc/PID/exe */
	TASK_DIAG_AUTOGROUP,	/* struct task_diag_autogroup */
	TASK_DIAG_SMAPS,	/* struct task_diag_smaps */
	TASK_DIAG_SECCTX,	/* NUL-terminated LSM label, as /proc/PID/attr/current */
	TASK_DIAG_FDS,		/* __u32: open file descriptors, as the size of /proc/PID/fd */
	__TASK_DIAG_GROUP_MAX,

	TASK_DIAG_MSG = 64,	/* struct task_diag_msg, always present (v1) */
	TASK_DIAG_CONT,		/* __u32 1: this message continues the previous task */
	TASK_DIAG_GONE,		/* __u32 1 (after CONT): that task exited, drop it */
	__TASK_DIAG_ATTR_MAX,
};
#define TASK_DIAG_ATTR_MAX (__TASK_DIAG_ATTR_MAX - 1)

#define TASK_DIAG_SHOW(group)		(1ULL << (group))
#define TASK_DIAG_SHOW_CRED		TASK_DIAG_SHOW(TASK_DIAG_CRED)
#define TASK_DIAG_SHOW_STAT		TASK_DIAG_SHOW(TASK_DIAG_STAT)
#define TASK_DIAG_SHOW_STATM		TASK_DIAG_SHOW(TASK_DIAG_STATM)
#define TASK_DIAG_SHOW_CMDLINE		TASK_DIAG_SHOW(TASK_DIAG_CMDLINE)
#define TASK_DIAG_SHOW_ENVIRON		TASK_DIAG_SHOW(TASK_DIAG_ENVIRON)
#define TASK_DIAG_SHOW_NAME		TASK_DIAG_SHOW(TASK_DIAG_NAME)
#define TASK_DIAG_SHOW_SIGNAL		TASK_DIAG_SHOW(TASK_DIAG_SIGNAL)
#define TASK_DIAG_SHOW_GROUPS		TASK_DIAG_SHOW(TASK_DIAG_GROUPS)
#define TASK_DIAG_SHOW_CGROUP		TASK_DIAG_SHOW(TASK_DIAG_CGROUP)
#define TASK_DIAG_SHOW_WCHAN		TASK_DIAG_SHOW(TASK_DIAG_WCHAN)
#define TASK_DIAG_SHOW_IO		TASK_DIAG_SHOW(TASK_DIAG_IO)
#define TASK_DIAG_SHOW_NS		TASK_DIAG_SHOW(TASK_DIAG_NS)
#define TASK_DIAG_SHOW_OOM		TASK_DIAG_SHOW(TASK_DIAG_OOM)
#define TASK_DIAG_SHOW_LOGIN		TASK_DIAG_SHOW(TASK_DIAG_LOGIN)
#define TASK_DIAG_SHOW_EXE		TASK_DIAG_SHOW(TASK_DIAG_EXE)
#define TASK_DIAG_SHOW_AUTOGROUP	TASK_DIAG_SHOW(TASK_DIAG_AUTOGROUP)
#define TASK_DIAG_SHOW_SMAPS		TASK_DIAG_SHOW(TASK_DIAG_SMAPS)
#define TASK_DIAG_SHOW_SECCTX		TASK_DIAG_SHOW(TASK_DIAG_SECCTX)
#define TASK_DIAG_SHOW_FDS		TASK_DIAG_SHOW(TASK_DIAG_FDS)
#define TASK_DIAG_SHOW_ALL		(TASK_DIAG_SHOW(__TASK_DIAG_GROUP_MAX) - 1)

/* task states: the index into the kernel's task_state_array */
enum {
	TASK_DIAG_RUNNING,		/* R */
	TASK_DIAG_INTERRUPTIBLE,	/* S */
	TASK_DIAG_UNINTERRUPTIBLE,	/* D */
	TASK_DIAG_STOPPED,		/* T */
	TASK_DIAG_TRACE_STOP,		/* t */
	TASK_DIAG_DEAD,			/* X */
	TASK_DIAG_ZOMBIE,		/* Z */
	TASK_DIAG_PARKED,		/* P */
	TASK_DIAG_IDLE,			/* I */
};

#define TASK_DIAG_COMM_LEN 16

/*
 * Always sent.  Ids are in the requester's pid namespace (0 when not
 * visible there).  tpid is the tracer's pid (thread id), as TracerPid in
 * /proc/PID/status.  For process strategies pid
 * equals tgid; for thread strategies it is the thread id.  comm is the
 * kernel's 16-byte name and need not end in a NUL.  Layout as v1 (44
 * bytes), the tail padding now named.
 */
struct task_diag_msg {
	__u32	tgid;
	__u32	pid;
	__u32	ppid;
	__u32	tpid;
	__u32	sid;
	__u32	pgid;
	__u8	state;		/* TASK_DIAG_RUNNING ... */
	char	comm[TASK_DIAG_COMM_LEN];
	__u8	__pad[3];
};

struct task_diag_caps {
	__u32 cap[2];
};

/* v1 layout (64 bytes); ids in the requester's user namespace */
struct task_diag_creds {
	struct task_diag_caps cap_inheritable;
	struct task_diag_caps cap_permitted;
	struct task_diag_caps cap_effective;
	struct task_diag_caps cap_bset;

	__u32 uid;
	__u32 euid;
	__u32 suid;
	__u32 fsuid;
	__u32 gid;
	__u32 egid;
	__u32 sgid;
	__u32 fsgid;
};

/*
 * The numbers of /proc/PID/stat, with the same units and the same rules
 * (times in USER_HZ clock ticks, start_time in ticks since boot; whole
 * thread group for process strategies, one thread for thread strategies;
 * the stack and instruction addresses are zero unless the requester may
 * ptrace-read the task, as in procfs).
 */
struct task_diag_stat {
	__u64	minflt;
	__u64	cminflt;
	__u64	majflt;
	__u64	cmajflt;
	__u64	utime;
	__u64	stime;
	__u64	cutime;
	__u64	cstime;
	__u64	start_time;
	__u64	blkio_ticks;
	__u64	gtime;
	__u64	cgtime;
	__u64	vsize;		/* bytes */
	__u64	rss;		/* pages */
	__u64	rsslim;		/* bytes */
	__u64	start_code;
	__u64	end_code;
	__u64	start_stack;
	__u64	kstk_esp;
	__u64	kstk_eip;
	__u64	wchan;		/* 1 when blocked in the kernel, as stat field 35 */
	__u32	flags;		/* PF_* */
	__s32	priority;	/* as stat field 18 */
	__s32	nice;
	__u32	num_threads;
	__u32	tty_nr;		/* new_encode_dev() of the controlling tty */
	__s32	tpgid;		/* foreground process group of the tty, -1 if none */
	__s32	processor;
	__u32	rt_priority;
	__u32	policy;
	__s32	exit_signal;
	__s32	exit_code;
	__u32	__pad;
};

/* The Vm and Rss lines of /proc/PID/status, in KiB; zero without an mm. */
struct task_diag_statm {
	__u64	vm_peak;
	__u64	vm_size;
	__u64	vm_lck;
	__u64	vm_pin;
	__u64	vm_hwm;
	__u64	vm_rss;
	__u64	rss_anon;
	__u64	rss_file;
	__u64	rss_shmem;
	__u64	vm_data;
	__u64	vm_stk;
	__u64	vm_exe;
	__u64	vm_lib;
	__u64	vm_pte;
	__u64	vm_swap;
	__u64	hugetlb;
};

/* signal masks as in /proc/PID/status: bit (n-1) is signal n */
struct task_diag_signal {
	__u64	pending;	/* SigPnd: this thread */
	__u64	shpending;	/* ShdPnd: thread group */
	__u64	blocked;	/* SigBlk */
	__u64	ignored;	/* SigIgn */
	__u64	caught;		/* SigCgt */
};

/* /proc/PID/io */
struct task_diag_io {
	__u64	rchar;
	__u64	wchar;
	__u64	syscr;
	__u64	syscw;
	__u64	read_bytes;
	__u64	write_bytes;
	__u64	cancelled_write_bytes;
};

/* namespace inode numbers, as readlink /proc/PID/ns/<name>; 0 if absent */
enum {
	TASK_DIAG_NS_CGROUP,
	TASK_DIAG_NS_IPC,
	TASK_DIAG_NS_MNT,
	TASK_DIAG_NS_NET,
	TASK_DIAG_NS_PID,
	TASK_DIAG_NS_TIME,
	TASK_DIAG_NS_USER,
	TASK_DIAG_NS_UTS,
	TASK_DIAG_NS_COUNT,
};
struct task_diag_ns {
	__u64	ino[TASK_DIAG_NS_COUNT];
};

struct task_diag_oom {
	__s32	oom_score;	/* /proc/PID/oom_score */
	__s32	oom_adj;	/* /proc/PID/oom_adj */
	__s32	oom_score_adj;	/* /proc/PID/oom_score_adj */
	__u32	__pad;
};

struct task_diag_login {
	__u32	loginuid;	/* (__u32)-1 when unset */
	__u32	sessionid;
};

/* /proc/PID/autogroup "/autogroup-<id> nice <nice>" */
struct task_diag_autogroup {
	__s32	id;
	__s32	nice;
};

/* /proc/PID/smaps_rollup totals, in KiB */
struct task_diag_smaps {
	__u64	rss;
	__u64	pss;
	__u64	pss_anon;
	__u64	pss_file;
	__u64	pss_shmem;
	__u64	shared_clean;
	__u64	shared_dirty;
	__u64	private_clean;
	__u64	private_dirty;
	__u64	referenced;
	__u64	anonymous;
	__u64	lazyfree;
	__u64	anon_huge;
	__u64	shmem_huge;
	__u64	file_huge;
	__u64	shared_hugetlb;
	__u64	private_hugetlb;
	__u64	swap;
	__u64	swap_pss;
	__u64	locked;
};

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define __TASK_DIAG_SIZE(s, n) _Static_assert(sizeof(struct s) == (n), #s)
__TASK_DIAG_SIZE(task_diag_pid, 24);
__TASK_DIAG_SIZE(task_diag_msg, 44);
__TASK_DIAG_SIZE(task_diag_caps, 8);
__TASK_DIAG_SIZE(task_diag_creds, 64);
__TASK_DIAG_SIZE(task_diag_stat, 216);
__TASK_DIAG_SIZE(task_diag_statm, 128);
__TASK_DIAG_SIZE(task_diag_signal, 40);
__TASK_DIAG_SIZE(task_diag_io, 56);
__TASK_DIAG_SIZE(task_diag_ns, 64);
__TASK_DIAG_SIZE(task_diag_oom, 16);
__TASK_DIAG_SIZE(task_diag_login, 8);
__TASK_DIAG_SIZE(task_diag_autogroup, 8);
__TASK_DIAG_SIZE(task_diag_smaps, 160);
#undef __TASK_DIAG_SIZE
#endif

#endif /* _UAPI_LINUX_TASK_DIAG_H */
