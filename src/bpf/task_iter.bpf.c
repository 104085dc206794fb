// SPDX-License-Identifier: GPL-2.0
/*
 * task_iter.bpf.c - a BPF task iterator that writes task_diag messages.
 *
 * Reading the iterator (bpf_iter_create() on a link, or open() and read()
 * on a pinned link) runs one of the two programs below once per task of
 * the reader's pid namespace, in ascending pid order, then once with no
 * task.  Each task becomes one netlink message in the task_diag dump
 * format (see task_iter.h), so src_bpf.c decodes it with diag_decode.c,
 * the same code that reads the kernel's netlink dumps.
 *
 * Exactness: every value is computed as fs/proc/array.c computes the one
 * /proc shows (noted at each function).  What cannot be (cputime_adjust,
 * per-cpu rss counters, ids mapped into another user namespace, ...) is
 * not sent, and the client reads it from /proc.
 *
 * Configuration.  A pinned link runs the program it was created with,
 * for every reader, and a read() carries no request; a request can only
 * come from a map the readers share.  Here that map is the program's
 * writable global show_flags (.data, mmap()ed by the loader): a run that
 * loads the program writes the groups it wants there before it creates
 * its iterator.  Nobody else holds the map, so a pin keeps the value set
 * when it was made.  public_only is read-only data frozen at load: set
 * for pins, it limits every reader to what /proc shows all users
 * (TDPS_BPF_PUBLIC_GROUPS) whatever show_flags says, and the verifier
 * then removes the code for the other groups.
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/netlink.h>
#include <linux/genetlink.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#include "uapi/linux/task_diag.h"
#include "bpf/kstructs.h"
#include "bpf/task_iter.h"

char LICENSE[] SEC("license") = "GPL";

/* the groups to send, read at every task: the loader may change it */
__u64 show_flags SEC(".data") = 0;
/* procs sends every thread too: how a loader uses one program for both */
__u32 all_threads SEC(".data") = 0;
/* fixed at load: a pin's program sends public groups only */
const volatile __u8 public_only = 0;

/* task->flags (include/linux/sched.h) */
#define PF_WQ_WORKER	0x00000020
#define PF_KTHREAD	0x00200000

/* task states (include/linux/sched.h, 5.14 and later) */
#define TASK_REPORT		0x7f	/* RUNNING..PARKED, EXIT_* included */
#define TASK_IDLE_BITS		0x402	/* TASK_UNINTERRUPTIBLE | TASK_NOLOAD */
#define TASK_REPORT_IDLE	0x80
#define TASK_RTLOCK_WAIT	0x1000
#define TASK_FROZEN		0x8000
#define TASK_UNINTERRUPTIBLE	0x2

/*
 * The verifier checks every load through a trusted pointer (ctx->task,
 * bpf_get_current_task_btf()) against the kernel's lists of trusted and
 * RCU-protected members, each check a linear search of the vmlinux BTF:
 * about 80 ms for this program on 6.18, most of a load.  Loads through an
 * untrusted pointer skip that and are still plain loads that cannot
 * fault, so the program reads the tasks through bpf_rdonly_cast() (Linux
 * 6.2 and later; the JIT makes it a register move).  bpf_probe_read_kernel()
 * for every read would verify as fast but runs 2.5 times slower.
 */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym;

#define UNTRUSTED_TASK(t) \
	((struct task_struct *)bpf_rdonly_cast((t), \
		bpf_core_type_id_kernel(struct task_struct)))

/* kernels before 5.14 called __state "state", a long */
struct task_struct___old {
	long state;
} __pai;

struct head {
	struct nlmsghdr nlh;
	struct genlmsghdr genl;
	struct nlattr msg_attr;
	struct task_diag_msg msg;
};

struct name_attr {
	struct nlattr hdr;
	char name[TASK_DIAG_COMM_LEN];
};

struct cred_attr {
	struct nlattr hdr;
	struct task_diag_creds c;
};

/*
 * The walk of each read, by the iterator session: pins are read by many
 * at once, so the counts cannot be globals.  LRU: a read that never
 * reached its end (a killed reader) leaves an entry that ages out.
 */
struct walk_state {
	__u64 visited;
	__u32 last_pid;
	__u32 ordered;
	__u32 level;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, struct walk_state);
} walks SEC(".maps");

struct done {
	struct nlmsghdr nlh;
	struct tdps_bpf_done body;
};

/*
 * pid_nr_ns(): the number of @pid in the namespace @ns at @level, 0 when
 * it has none there.  numbers[] is a flexible array: constant indexes are
 * direct loads, which the verifier checks against the kernel's BTF and
 * the JIT makes plain loads; deeper levels than those spelled out here go
 * through bpf_probe_read_kernel(), which takes a run-time index.
 */
static __always_inline __u32 pid_nr(struct pid *pid, struct pid_namespace *ns,
				    __u32 level)
{
	struct upid up;

	if (!pid || pid->level < level)
		return 0;
	switch (level) {
	case 0:
		up.nr = pid->numbers[0].nr;
		up.ns = pid->numbers[0].ns;
		break;
	case 1:
		up.nr = pid->numbers[1].nr;
		up.ns = pid->numbers[1].ns;
		break;
	case 2:
		up.nr = pid->numbers[2].nr;
		up.ns = pid->numbers[2].ns;
		break;
	default:
		if (bpf_core_read(&up, sizeof(up), &pid->numbers[level]))
			return 0;
	}
	return up.ns == ns ? (__u32)up.nr : 0;
}

static __always_inline unsigned int task_state(struct task_struct *t)
{
	unsigned int st, s;

	if (bpf_core_field_exists(t->__state))
		st = t->__state;
	else
		st = (unsigned int)((struct task_struct___old *)t)->state;
	/* __task_state_index() */
	s = (st | (unsigned int)t->exit_state) & TASK_REPORT;
	if ((st & TASK_IDLE_BITS) == TASK_IDLE_BITS)
		s = TASK_REPORT_IDLE;
	if (st & (TASK_RTLOCK_WAIT | TASK_FROZEN))
		s = TASK_UNINTERRUPTIBLE;
	/* fls() */
	if (s >= 0x80)
		return 8;
	if (s >= 0x40)
		return 7;
	if (s >= 0x20)
		return 6;
	if (s >= 0x10)
		return 5;
	if (s >= 0x8)
		return 4;
	if (s >= 0x4)
		return 3;
	if (s >= 0x2)
		return 2;
	return s;	/* 0 running, 1 sleeping */
}

/*
 * The ids of do_task_stat(): ppid, pgid and sid only while the task has
 * its sighand (lock_task_sighand() succeeds), else 0, -1, -1.  The
 * tracer is ptrace_parent(), reported by tgid as the ABI says.
 */
static __always_inline void fill_msg(struct head *h, struct task_struct *t,
				     struct pid_namespace *ns, __u32 level)
{
	struct task_diag_msg *m = &h->msg;
	struct signal_struct *sig = t->signal;
	struct task_struct *tracer;

	m->pid = pid_nr(t->thread_pid, ns, level);
	m->tgid = pid_nr(sig->pids[KPIDTYPE_TGID], ns, level);
	m->ppid = 0;
	m->pgid = (__u32)-1;
	m->sid = (__u32)-1;
	if (t->sighand) {
		m->ppid = pid_nr(t->real_parent->signal->pids[KPIDTYPE_TGID],
				 ns, level);
		m->pgid = pid_nr(sig->pids[KPIDTYPE_PGID], ns, level);
		m->sid = pid_nr(sig->pids[KPIDTYPE_SID], ns, level);
	}
	m->tpid = 0;
	if (t->ptrace) {
		tracer = t->parent;
		m->tpid = pid_nr(tracer->signal->pids[KPIDTYPE_TGID], ns,
				 level);
	}
	m->state = task_state(t);
	bpf_probe_read_kernel(m->comm, sizeof(m->comm), t->comm);
}

/*
 * /proc/PID/status Uid:, Gid: and Cap* lines: the task's objective
 * credentials (__task_cred() is real_cred), ids mapped into the reader's
 * user namespace, which the caller checked is the initial one, where the
 * mapping is the identity.
 */
static __always_inline void fill_cred(struct task_diag_creds *c,
				      struct task_struct *t)
{
	const struct cred *cr = t->real_cred;
	__u64 v;

	c->uid = cr->uid.val;
	c->euid = cr->euid.val;
	c->suid = cr->suid.val;
	c->fsuid = cr->fsuid.val;
	c->gid = cr->gid.val;
	c->egid = cr->egid.val;
	c->sgid = cr->sgid.val;
	c->fsgid = cr->fsgid.val;
	v = cr->cap_inheritable.val;
	c->cap_inheritable.cap[0] = (__u32)v;
	c->cap_inheritable.cap[1] = (__u32)(v >> 32);
	v = cr->cap_permitted.val;
	c->cap_permitted.cap[0] = (__u32)v;
	c->cap_permitted.cap[1] = (__u32)(v >> 32);
	v = cr->cap_effective.val;
	c->cap_effective.cap[0] = (__u32)v;
	c->cap_effective.cap[1] = (__u32)(v >> 32);
	v = cr->cap_bset.val;
	c->cap_bset.cap[0] = (__u32)v;
	c->cap_bset.cap[1] = (__u32)(v >> 32);
}

static __always_inline int end_dump(struct seq_file *seq, __u64 session)
{
	struct done d = {
		.nlh = {
			.nlmsg_len = sizeof(d),
			.nlmsg_type = NLMSG_DONE,
			.nlmsg_flags = NLM_F_MULTI,
		},
	};
	struct walk_state *w = bpf_map_lookup_elem(&walks, &session);

	if (w) {
		d.body.walk.magic = TDPS_BPF_WALK_MAGIC;
		d.body.walk.ordered = w->ordered;
		d.body.walk.level = w->level;
		d.body.walk.visited = w->visited;
		/* kept: this too may be shown again; the LRU ages it out */
	}
	bpf_seq_write(seq, &d, sizeof(d));
	return 0;
}

/*
 * Count one task of this read.  The iterator walks the tasks in ascending
 * order of their pids; when a task's messages do not fit in what is left
 * of the reader's buffer, the kernel runs the program for it again at the
 * next read(), which is not a second task.  ordered stays 1 while the
 * pids only grow.  pid is the task's number for the reader (0: none).
 */
static __always_inline void count_task(__u64 session, __u32 pid, __u32 level)
{
	struct walk_state *w = bpf_map_lookup_elem(&walks, &session);
	struct walk_state first = { .visited = 1, .last_pid = pid,
				    .ordered = 1, .level = level };

	if (!w) {
		/* full map: no entry, no magic, and the client lists /proc */
		bpf_map_update_elem(&walks, &session, &first, BPF_NOEXIST);
		return;
	}
	if (!pid) {
		w->visited++;
		return;
	}
	if (pid == w->last_pid)
		return;		/* shown again after a full buffer */
	if (pid < w->last_pid)
		w->ordered = 0;
	w->visited++;
	w->last_pid = pid;
}

static __always_inline int dump_task(struct bpf_iter__task *ctx, int threads)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *t = ctx->task, *me;
	struct pid_namespace *ns;
	struct pid *mypid;
	struct head h = {};
	struct name_attr name = {};
	struct cred_attr cred = {};
	__u64 want = show_flags & TDPS_BPF_GROUPS;
	__u32 level;

	if (!t)
		return end_dump(seq, ctx->meta->session_id);
	t = UNTRUSTED_TASK(t);
	if (public_only)
		want &= TDPS_BPF_PUBLIC_GROUPS;

	/* the reader's pid namespace: task_active_pid_ns(current) */
	me = UNTRUSTED_TASK(bpf_get_current_task_btf());
	mypid = me->thread_pid;
	level = mypid->level;
	if (level == 0)
		ns = mypid->numbers[0].ns;
	else if (bpf_core_read(&ns, sizeof(ns), &mypid->numbers[level].ns))
		return 0;
	count_task(ctx->meta->session_id, pid_nr(t->thread_pid, ns, level), level);

	/* process scans: thread-group leaders only, as /proc lists them */
	if (!threads && t->thread_pid != t->signal->pids[KPIDTYPE_TGID])
		return 0;

	fill_msg(&h, t, ns, level);
	if (!h.msg.pid)		/* not visible to the reader */
		return 0;
	if (t->flags & (PF_KTHREAD | PF_WQ_WORKER))
		want &= ~TASK_DIAG_SHOW_NAME;
	if ((want & TASK_DIAG_SHOW_CRED) && me->cred->user_ns->level != 0)
		want &= ~TASK_DIAG_SHOW_CRED;

	h.nlh.nlmsg_len = sizeof(h);
	if (want & TASK_DIAG_SHOW_CRED)
		h.nlh.nlmsg_len += sizeof(cred);
	if (want & TASK_DIAG_SHOW_NAME)
		h.nlh.nlmsg_len += sizeof(name);
	h.nlh.nlmsg_type = TDPS_BPF_MSG_TYPE;
	h.nlh.nlmsg_flags = NLM_F_MULTI;
	h.genl.cmd = TASKDIAG_CMD_GET;
	h.genl.version = TASKDIAG_GENL_VERSION;
	h.msg_attr.nla_len = sizeof(h.msg_attr) + sizeof(h.msg);
	h.msg_attr.nla_type = TASK_DIAG_MSG;
	bpf_seq_write(seq, &h, sizeof(h));

	/* groups in increasing group order */
	if (want & TASK_DIAG_SHOW_CRED) {
		cred.hdr.nla_len = sizeof(cred);
		cred.hdr.nla_type = TASK_DIAG_CRED;
		fill_cred(&cred.c, t);
		bpf_seq_write(seq, &cred, sizeof(cred));
	}
	if (want & TASK_DIAG_SHOW_NAME) {
		/* __get_task_comm(): always NUL-terminated */
		name.hdr.nla_len = sizeof(name);
		name.hdr.nla_type = TASK_DIAG_NAME;
		bpf_probe_read_kernel_str(name.name, sizeof(name.name), t->comm);
		bpf_seq_write(seq, &name, sizeof(name));
	}
	return 0;
}

/*
 * Thread-group leaders, or every task when all_threads is set.  A run
 * that loads the program loads this one only (each program costs a
 * verification); a pin has it with all_threads 0, beside threads.
 */
SEC("iter/task")
int procs(struct bpf_iter__task *ctx)
{
	return dump_task(ctx, all_threads != 0);
}

SEC("iter/task")
int threads(struct bpf_iter__task *ctx)
{
	return dump_task(ctx, 1);
}
