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

/* enum pid_type, unchanged since 4.19 */
#define KPIDTYPE_PID	0
#define KPIDTYPE_TGID	1
#define KPIDTYPE_PGID	2
#define KPIDTYPE_SID	3

struct signal_struct {
	struct pid *pids[4];
} __pai;

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

struct task_struct {
	unsigned int __state;
	unsigned int flags;
	unsigned int ptrace;
	int exit_state;
	struct task_struct *real_parent;
	struct task_struct *parent;
	struct pid *thread_pid;
	const struct cred *real_cred;
	const struct cred *cred;
	char comm[16];
	struct signal_struct *signal;
	struct sighand_struct *sighand;
} __pai;

struct seq_file;

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
