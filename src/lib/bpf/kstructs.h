/*
 * kstructs.h - the few kernel structures task_iter.bpf.c reads.
 *
 * Hand-written instead of a generated vmlinux.h: only the members used
 * are declared, and preserve_access_index makes clang record every access
 * as a CO-RE relocation, so libbpf moves each offset to wherever the
 * running kernel (its BTF) has the member.  Order and padding here do not
 * matter; names and types do.
 */
#ifndef TDPS_BPF_KSTRUCTS_H
#define TDPS_BPF_KSTRUCTS_H

#define __pai __attribute__((preserve_access_index))

typedef struct {
	__u32 val;
} kuid_t;

typedef struct {
	__u32 val;
} kgid_t;

/* 6.3 made this one __u64 (before: __u32 cap[2], the same 8 bytes) */
typedef struct {
	__u64 val;
} kernel_cap_t;

/* before 6.3: typedef struct kernel_cap_struct { __u32 cap[2]; } */
struct kernel_cap_struct___old {
	__u32 cap[2];
} __pai;

struct pid_namespace {
	unsigned int level;
} __pai;

struct user_namespace {
	int level;
} __pai;

struct upid {
	int nr;
	struct pid_namespace *ns;
} __pai;

struct pid {
	unsigned int level;
	struct upid numbers[3];	/* really [level + 1]: a flexible array */
} __pai;

struct list_head {
	struct list_head *next;
	struct list_head *prev;
} __pai;

struct prev_cputime {
	__u64 utime;
	__u64 stime;
} __pai;

struct rlimit {
	unsigned long rlim_cur;
	unsigned long rlim_max;
} __pai;

/* Linux 6.2 and later: the mm's rss counters are percpu_counters */
struct percpu_counter {
	__s64 count;
	__s32 *counters;	/* __percpu */
} __pai;

struct mm_struct {
	unsigned long total_vm;
	unsigned long hiwater_vm;
	unsigned long hiwater_rss;
	unsigned long locked_vm;
	struct {
		__s64 counter;
	} pinned_vm;
	unsigned long data_vm;
	unsigned long exec_vm;
	unsigned long stack_vm;
	unsigned long start_code;
	unsigned long end_code;
	unsigned long arg_start;
	unsigned long arg_end;
	unsigned long env_start;
	unsigned long env_end;
	struct {
		long counter;
	} pgtables_bytes;
	struct {
		long counter;
	} hugetlb_usage;
	struct percpu_counter rss_stat[4];
} __pai;

/*
 * Before 6.2 (Debian 12's 6.1): the counters are atomic_long_t in a
 * struct mm_rss_stat, a type later kernels do not have.
 */
struct mm_rss_stat {
	struct {
		long counter;
	} count[4];
} __pai;

struct mm_struct___61 {
	struct mm_rss_stat rss_stat;
} __pai;

/* enum mm counter indexes (include/linux/mm_types_task.h) */
#define KMM_FILEPAGES	0
#define KMM_ANONPAGES	1
#define KMM_SWAPENTS	2
#define KMM_SHMEMPAGES	3

struct tty_driver {
	int major;
	int minor_start;
} __pai;

struct tty_struct {
	int index;
	struct tty_driver *driver;
	struct {
		struct pid *pgrp;
	} __pai ctrl;
} __pai;

struct timespec64 {
	__s64 tv_sec;
	long tv_nsec;
} __pai;

struct timens_offsets {
	struct timespec64 boottime;
} __pai;

struct time_namespace {
	struct timens_offsets offsets;
} __pai;

struct nsproxy {
	struct time_namespace *time_ns;
} __pai;

struct task_delay_info {
	__u64 blkio_delay;
} __pai;

struct sched_entity {
	__u64 sum_exec_runtime;
} __pai;

struct thread_info {
	__u32 cpu;
} __pai;

/* enum pid_type, unchanged since 4.19 */
#define KPIDTYPE_PID	0
#define KPIDTYPE_TGID	1
#define KPIDTYPE_PGID	2
#define KPIDTYPE_SID	3

struct signal_struct {
	struct pid *pids[4];
	int nr_threads;
	struct list_head thread_head;
	struct tty_struct *tty;
	__u64 utime, stime, cutime, cstime, gtime, cgtime;
	struct prev_cputime prev_cputime;
	unsigned long min_flt, maj_flt, cmin_flt, cmaj_flt;
	unsigned long long sum_sched_runtime;
	struct rlimit rlim[16];
} __pai;

#define KRLIMIT_RSS	5

struct cred {
	kuid_t uid;
	kgid_t gid;
	kuid_t suid;
	kgid_t sgid;
	kuid_t euid;
	kgid_t egid;
	kuid_t fsuid;
	kgid_t fsgid;
	kernel_cap_t cap_inheritable;
	kernel_cap_t cap_permitted;
	kernel_cap_t cap_effective;
	kernel_cap_t cap_bset;
	struct user_namespace *user_ns;
} __pai;

struct sighand_struct;

/*
 * The reader's /proc (task_iter.bpf.c view_of()): its root, the mounts
 * on "proc" in it, and the procfs instance at the top of them.
 */
struct qstr {
	const unsigned char *name;
} __pai;

struct dentry {
	struct dentry *d_parent;
	struct qstr d_name;
} __pai;

struct super_block {
	unsigned long s_magic;
	struct dentry *s_root;
	void *s_fs_info;
} __pai;

struct vfsmount {
	struct dentry *mnt_root;
	struct super_block *mnt_sb;
} __pai;

/* fs/mount.h: a vfsmount is the member mnt of its struct mount */
struct mount {
	struct mount *mnt_parent;
	struct dentry *mnt_mountpoint;
	struct vfsmount mnt;
	struct list_head mnt_mounts;	/* its children, by their mnt_child */
	struct list_head mnt_child;
} __pai;

struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
} __pai;

struct fs_struct {
	struct path root;
} __pai;

/* include/linux/proc_fs.h (5.8 and later: per procfs instance) */
enum proc_hidepid {
	HIDEPID_OFF = 0,
};

struct proc_fs_info {
	struct pid_namespace *pid_ns;
	enum proc_hidepid hide_pid;
} __pai;

#define KPROC_SUPER_MAGIC	0x9fa0

struct task_struct {
	unsigned int __state;
	unsigned int flags;
	unsigned int ptrace;
	int exit_state;
	struct task_struct *real_parent;
	struct task_struct *parent;
	struct task_struct *group_leader;
	struct pid *thread_pid;
	const struct cred *real_cred;
	const struct cred *cred;
	char comm[16];
	struct signal_struct *signal;
	struct sighand_struct *sighand;
	struct thread_info thread_info;
	int prio;
	int static_prio;
	unsigned int rt_priority;
	unsigned int policy;
	int exit_signal;
	struct sched_entity se;
	struct mm_struct *mm;
	struct list_head thread_node;
	__u64 utime, stime, gtime;
	struct prev_cputime prev_cputime;
	__u64 start_boottime;
	unsigned long min_flt, maj_flt;
	struct nsproxy *nsproxy;
	struct fs_struct *fs;
	struct task_delay_info *delays;
	__u64 self_exec_id;
} __pai;

struct file {
	unsigned int f_flags;
} __pai;

struct seq_file {
	const struct file *file;
} __pai;

/* a per-CPU array map: its values' __percpu pointers */
struct bpf_array {
	void *pptrs[1];		/* really a flexible array in a union */
} __pai;

struct bpf_iter_meta {
	struct seq_file *seq;
	__u64 session_id;
	__u64 seq_num;
} __pai;

struct bpf_iter__task {
	struct bpf_iter_meta *meta;
	struct task_struct *task;
} __pai;

#endif
