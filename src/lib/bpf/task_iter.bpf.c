// SPDX-License-Identifier: GPL-2.0
/*
 * task_iter.bpf.c - a BPF task iterator that writes task_diag messages.
 *
 * Reading the iterator (BPF_ITER_CREATE on a link, or open() and read()
 * on a pinned link) runs the program below once per task of the
 * reader's pid namespace, in ascending pid order, then once with no
 * task.  Each task becomes one netlink message in the task_diag dump
 * format (see task_iter.h), so bpf_source.c decodes it with diag_decode.c,
 * the same code that reads the kernel's netlink dumps.
 *
 * Exactness: every value is computed as fs/proc computes the one /proc
 * shows a reader who may not ptrace the task (noted at each function).
 * What cannot be (kernel thread names, ids mapped into another user
 * namespace, ...) is not sent, and the client reads it from /proc.
 *
 * The rule for every source: a reader learns nothing its /proc would not
 * tell it, and no reader can be made to wait on another process's memory.
 * So the program
 *   - reads no process's memory: a command line or environment is the
 *     task's own pages, which a task can back with a file that never
 *     answers (FUSE), and /proc alone refuses such pages (FOLL_ANON);
 *     those come from /proc, always.  Nothing here sleeps: the program
 *     is not sleepable, and runs for each task under rcu_read_lock(), so
 *     the tasks, pids, creds and thread lists it follows stay valid while
 *     it reads them; the mm and the tty, which RCU does not keep, are
 *     looked at again afterwards and their values dropped if they changed;
 *   - serves a reader only when the reader's own /proc shows every task
 *     of its pid namespace (view_of(): the procfs mounted on /proc in the
 *     reader's root, without hidepid).  Otherwise it sends no task, and
 *     the client reads that /proc with the reader's own rights.
 *
 * Configuration.  A run that loads the program fixes the groups it wants
 * in read-only data before the load (load_groups): the verifier then
 * knows which groups' code no task can reach and neither walks nor keeps
 * it (ps ax -o pid,ppid verifies a fraction of what aux does).  Whether
 * it wants threads goes into the writable global all_threads (.data,
 * mmap()ed by the loader) before it creates each iterator; nobody else
 * holds that map.  A pinned link runs the program it was created with
 * for every reader, and read() carries no request: a pin's reader asks
 * with the flags it opened the pin with (pin_request()).  public_only is
 * read-only data frozen at load: set for pins, it limits every reader to
 * what /proc shows all users (TDPS_BPF_PUBLIC_GROUPS), and the verifier
 * removes the code for the other groups.
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/netlink.h>
#include <linux/genetlink.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#include "uapi/linux/task_diag.h"
#include "lib/bpf/kstructs.h"
#include "lib/bpf/task_iter.h"

char LICENSE[] SEC("license") = "GPL";

/* fixed at load: the groups a run that loads the program sends */
const volatile __u64 load_groups = 0;
/* procs sends every thread too: how a loader uses one program for both */
__u32 all_threads SEC(".data") = 0;
/* fixed at load: a pin's program sends public groups only */
const volatile __u8 public_only = 0;
/* fixed at load: the open() flags that ask a pin for more (task_iter.h) */
const volatile __u32 open_threads = 0;
const volatile __u32 open_stat = 0;
const volatile __u32 open_statm = 0;
/* fixed at load: the open() flag that asks a pin for the ids alone */
const volatile __u32 open_ids_only = 0;
/* fixed at load: the possible CPUs, for summing per-CPU counters */
const volatile __u32 nr_cpus = 1;

/*
 * fixed at load: whether status and statm sum the mm's per-CPU rss
 * counters, as /proc does since Linux 6.16 and in the stable kernels it
 * was backported to (6.12.39, ...).  No BTF shows it (the change is in
 * fs/proc's code), so the loader asks /proc itself (bpf_load.c
 * bpf_proc_sums_rss()).
 */
const volatile __u8 rss_percpu_sum = 0;
/*
 * fixed at load: the kernel has bpf_rdonly_cast() (6.2 and later).  The
 * loader tries with it first; a kernel without it (Debian 12's 6.1)
 * refuses that load, and the loader loads again with this 0.
 */
const volatile __u8 have_rdonly_cast = 1;

/* task->flags (include/linux/sched.h) */
#define PF_EXITING	0x00000004
#define PF_WQ_WORKER	0x00000020
#define PF_KTHREAD	0x00200000

/* USER_HZ clock ticks: nsec_to_clock_t() */
#define NSEC_PER_TICK	10000000ULL
#define KPAGE_SHIFT	12
#define KPAGE_SIZE	(1UL << KPAGE_SHIFT)
#define MAX_RT_PRIO	100
#define NICE_0_PRIO	120

/* task states (include/linux/sched.h, 5.14 and later) */
#define TASK_REPORT		0x7f	/* RUNNING..PARKED, EXIT_* included */
#define TASK_IDLE_BITS		0x402	/* TASK_UNINTERRUPTIBLE | TASK_NOLOAD */
#define TASK_REPORT_IDLE	0x80
#define TASK_RTLOCK_WAIT	0x1000
#define TASK_FROZEN		0x8000
#define TASK_UNINTERRUPTIBLE	0x2
#define EXIT_DEAD		0x10

/*
 * The verifier checks every load through a trusted pointer (ctx->task,
 * bpf_get_current_task_btf()) against the kernel's lists of trusted and
 * RCU-protected members, each check a linear search of the vmlinux BTF:
 * on 6.18, most of a load of this program.  Loads through an untrusted
 * pointer skip that and are still plain loads that cannot fault, so the
 * program reads the tasks through bpf_rdonly_cast() (Linux 6.2 and later;
 * the JIT makes it a register move).  bpf_probe_read_kernel() for every
 * read would verify as fast but runs much slower (doc/bpf.md,
 * "Verification and load time", has the figures).
 *
 * Linux 6.1 has neither the kfunc nor those lists: there the program
 * loads through the pointers it has (ctx->task and what it leads to are
 * PTR_TO_BTF_ID, whose loads cannot fault either), and where it holds
 * only a number (a thread of the list it walks) it reads with
 * bpf_probe_read_kernel().  The kfunc is weak: where the kernel lacks
 * it, the calls stay in code that have_rdonly_cast == 0 makes dead, which
 * the verifier removes unwalked (6.1 accepts an unresolved kfunc call
 * there).
 */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym __weak;

/* @p as an untrusted pointer of @type where the kernel can cast, else @p */
#define UNTRUSTED(type, p) \
	(have_rdonly_cast ? (type *)bpf_rdonly_cast((p), \
				bpf_core_type_id_kernel(type)) : (type *)(p))
#define UNTRUSTED_TASK(t) UNTRUSTED(struct task_struct, t)

/*
 * The member @f of @p in the global functions (stat_of(), statm_of()),
 * which hold the task as a number: a load through the cast pointer where
 * the kernel has the kfunc, else bpf_probe_read_kernel().  A static
 * function taking the pointers instead is walked again by 6.1's verifier
 * for every state of its caller, which made verifying aux many times
 * longer (doc/bpf.md, "Kernels", has the counts); a global one is walked
 * once.
 */
#define RD(p, f) (have_rdonly_cast ? (p)->f : BPF_CORE_READ(p, f))

/* a member loaded again, not the value the compiler kept from before */
#define RELOAD(m) (*(typeof(m) volatile *)&(m))

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

/* packed: the payload follows the 4-byte header, as in netlink */
struct stat_attr {
	struct nlattr hdr;
	struct task_diag_stat s;
} __attribute__((packed));

struct statm_attr {
	struct nlattr hdr;
	struct task_diag_statm m;
} __attribute__((packed));

/*
 * The walk of a read, kept by the reading thread: a pin is read by many
 * at once, so the counts cannot be globals, and no reader may disturb
 * another's.  Task storage of the thread that reads (current) is its
 * own: no other reader can evict or reuse it, and it goes when the
 * thread does.  A thread that interleaves reads of two iterators starts
 * its walk again at each switch of session (its dumps then prove
 * nothing; the client lists /proc).
 */
struct walk_state {
	__u64 session;		/* the iterator session this walk is of */
	__u64 visited;
	__u32 last_pid;
	__u32 ordered;
	__u32 level;
	__u32 view;		/* TDPS_BPF_VIEW_*: may this reader be served? */
	/*
	 * The read's scratch space, too big for the stack: the stack of the
	 * deepest chain of calls (the view's mount walk, its callbacks
	 * counted as calls) must stay within 512 bytes with the task's
	 * frame, which on 6.1 spills more
	 */
	struct stat_attr stat;
	struct statm_attr statm;
	struct cred_attr cred;
	struct name_attr name;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct walk_state);
} walks SEC(".maps");

/*
 * Each CPU's per-CPU offset (__per_cpu_offset[cpu]: the kernel exports
 * no symbol a program can read it by without CONFIG_KALLSYMS_ALL),
 * learnt once from a per-CPU map of our own: where its value sits on
 * that CPU, less its __percpu pointer.  Index: the CPU; 0: not yet.
 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} pcpu_probe SEC(".maps");

#define CPUS_MAX	8192		/* Debian's NR_CPUS */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, CPUS_MAX);
	__type(key, __u32);
	__type(value, __u64);
} cpu_offsets SEC(".maps");

struct done {
	struct nlmsghdr nlh;
	struct tdps_bpf_done body;
};

#include "lib/bpf/task_values.bpf.h"
#include "lib/bpf/task_view.bpf.h"

/* ---- the walk ---- */

/*
 * The reading thread's walk of this session, begun at the session's
 * first call (a task, or the end of an empty dump): its pid namespace
 * and whether its view lets it be served.  NULL when the storage cannot
 * be had: that call sends nothing.
 */
static __always_inline struct walk_state *walk_of(__u64 session)
{
	struct task_struct *cur = bpf_get_current_task_btf();
	struct task_struct *me = UNTRUSTED_TASK(cur);
	struct pid_namespace *ns;
	struct walk_state *w;
	__u32 level;

	w = bpf_task_storage_get(&walks, cur, 0,
				 BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!w)
		return 0;
	if (w->session != session) {
		if (reader_ns(me, &ns, &level))
			return 0;
		w->session = session;
		w->visited = 0;
		w->last_pid = 0;
		w->ordered = 1;
		w->level = level;
		w->view = view_of(addr_of(me), addr_of(ns));
	}
	return w;
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
	struct walk_state *w = walk_of(session);

	if (w) {
		d.body.walk.magic = TDPS_BPF_WALK_MAGIC;
		d.body.walk.ordered = w->ordered;
		d.body.walk.level = w->level;
		d.body.walk.view = w->view;
		d.body.walk.visited = w->visited;
		/* kept: this too may be shown again */
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
static __always_inline void count_task(struct walk_state *w, __u32 pid)
{
	if (!pid) {
		w->visited++;
		return;
	}
	if (w->visited && pid == w->last_pid)
		return;		/* shown again after a full buffer */
	if (pid < w->last_pid)
		w->ordered = 0;
	w->visited++;
	w->last_pid = pid;
}

/*
 * What the reader of a pin asks for: the flags it opened the pin with
 * (its groups; *threads: every task, not the leaders alone).
 */
static __always_inline __u64 pin_request(struct seq_file *seq, int *threads)
{
	struct seq_file *sf = UNTRUSTED(struct seq_file, seq);
	unsigned int fl = sf->file->f_flags;
	__u64 want = TDPS_BPF_PIN_CHEAP;

	*threads = open_threads && (fl & open_threads);
	if (open_stat && (fl & open_stat))
		want |= TASK_DIAG_SHOW_STAT;
	if (open_statm && (fl & open_statm))
		want |= TASK_DIAG_SHOW_STATM;
	if (open_ids_only && (fl & open_ids_only))
		want &= ~TDPS_BPF_PIN_CHEAP;
	return want;
}

static __always_inline int dump_task(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task, *t, *me;
	struct pid_namespace *ns;
	struct mm_struct *mm;
	struct walk_state *w;
	struct head h = {};
	__u64 want, exec_id;
	__u64 session = ctx->meta->session_id;
	__u32 level;
	int threads, lean;

	if (!task)
		return end_dump(seq, session);
	/*
	 * No walk for this read (no storage): send nothing.  Such a dump
	 * never proves itself complete, and a refused one says so at its
	 * end: either way the client reads /proc.  Every path below has its
	 * walk, which leaves the verifier one kind of state to walk, not two.
	 */
	w = walk_of(session);
	if (!w || w->view != TDPS_BPF_VIEW_SERVED)
		return 0;
	t = UNTRUSTED_TASK(task);
	/* a pin: what its reader asks, of what every user may read */
	if (public_only) {
		want = pin_request(seq, &threads) & TDPS_BPF_PUBLIC_GROUPS;
	} else {
		want = load_groups & TDPS_BPF_GROUPS;
		threads = all_threads != 0;
	}

	/* the reader's pid namespace: task_active_pid_ns(current) */
	me = UNTRUSTED_TASK(bpf_get_current_task_btf());
	if (reader_ns(me, &ns, &level))
		return 0;
	count_task(w, pid_nr(t->thread_pid, ns, me->thread_pid));

	/*
	 * process scans: thread-group leaders only, as /proc lists them
	 * (group_leader shares its cache line with the ids read below)
	 */
	if (!threads && t->group_leader != t)
		return 0;
	lean = !threads && !(want & TDPS_BPF_SHOW_SESS);
	/* released (no sighand any more): gone from /proc as it is read */
	if (lean && (t->exit_state & EXIT_DEAD))
		return 0;

	fill_msg(&h, t, ns, me->thread_pid, lean);
	if (!h.msg.pid)		/* not visible to the reader */
		return 0;
	if (t->flags & (PF_KTHREAD | PF_WQ_WORKER))
		want &= ~TASK_DIAG_SHOW_NAME;
	if ((want & TASK_DIAG_SHOW_CRED) && me->cred->user_ns->level != 0)
		want &= ~TASK_DIAG_SHOW_CRED;
	/*
	 * get_task_mm(): none for kernel threads (even one using an mm).
	 * Big groups are built in the walk's scratch space.  The mm is not
	 * freed by RCU: a task that is exiting may be dropping it as it is
	 * read (exit_mm()), and /proc reads those; for the others, the mm
	 * and the exec count are read again below, after the values.
	 */
	mm = 0;
	exec_id = 0;
	if (want & (TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_STATM)) {
		mm = (t->flags & PF_KTHREAD) ? 0 : t->mm;
		exec_id = t->self_exec_id;
		if ((t->flags & PF_EXITING) && mm)
			want &= ~(TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_STATM);
	}

	if ((want & TASK_DIAG_SHOW_STAT) &&
	    stat_of((struct task_diag_stat *)((char *)&w->stat + NLA_HDRLEN),
		    addr_of(t), addr_of(me), !threads))
		want &= ~TASK_DIAG_SHOW_STAT;
	if (want & TASK_DIAG_SHOW_STATM)
		statm_of((struct task_diag_statm *)((char *)&w->statm + NLA_HDRLEN),
			 addr_of(t));
	/*
	 * Still the same mm, and no exec in between (an exec frees the old
	 * mm only after it has allocated the new one, so a new mm at the
	 * old address takes two execs, which the count shows): else the
	 * values may be of freed memory, and /proc answers for this task.
	 */
	if (mm && (RELOAD(t->mm) != mm || RELOAD(t->self_exec_id) != exec_id))
		want &= ~(TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_STATM);
	if (want & TASK_DIAG_SHOW_STAT) {
		w->stat.hdr.nla_len = sizeof(w->stat);
		w->stat.hdr.nla_type = TASK_DIAG_STAT;
	}
	if (want & TASK_DIAG_SHOW_STATM) {
		w->statm.hdr.nla_len = sizeof(w->statm);
		w->statm.hdr.nla_type = TASK_DIAG_STATM;
	}

	h.nlh.nlmsg_len = sizeof(h);
	if (want & TASK_DIAG_SHOW_CRED)
		h.nlh.nlmsg_len += sizeof(w->cred);
	if (want & TASK_DIAG_SHOW_STAT)
		h.nlh.nlmsg_len += sizeof(w->stat);
	if (want & TASK_DIAG_SHOW_STATM)
		h.nlh.nlmsg_len += sizeof(w->statm);
	if (want & TASK_DIAG_SHOW_NAME)
		h.nlh.nlmsg_len += sizeof(w->name);
	h.nlh.nlmsg_type = TDPS_BPF_MSG_TYPE;
	h.nlh.nlmsg_flags = NLM_F_MULTI;
	h.genl.cmd = TASKDIAG_CMD_GET;
	h.genl.version = TASKDIAG_GENL_VERSION;
	h.msg_attr.nla_len = sizeof(h.msg_attr) + sizeof(h.msg);
	h.msg_attr.nla_type = TASK_DIAG_MSG;
	bpf_seq_write(seq, &h, sizeof(h));

	/* groups in increasing group order */
	if (want & TASK_DIAG_SHOW_CRED) {
		w->cred.hdr.nla_len = sizeof(w->cred);
		w->cred.hdr.nla_type = TASK_DIAG_CRED;
		fill_cred(&w->cred.c, t);
		bpf_seq_write(seq, &w->cred, sizeof(w->cred));
	}
	if (want & TASK_DIAG_SHOW_STAT)
		bpf_seq_write(seq, &w->stat, sizeof(w->stat));
	if (want & TASK_DIAG_SHOW_STATM)
		bpf_seq_write(seq, &w->statm, sizeof(w->statm));
	if (want & TASK_DIAG_SHOW_NAME) {
		/* __get_task_comm(): always NUL-terminated */
		__builtin_memset(&w->name, 0, sizeof(w->name));
		w->name.hdr.nla_len = sizeof(w->name);
		w->name.hdr.nla_type = TASK_DIAG_NAME;
		bpf_probe_read_kernel_str(w->name.name, sizeof(w->name.name),
					  t->comm);
		bpf_seq_write(seq, &w->name, sizeof(w->name));
	}
	return 0;
}

/*
 * Thread-group leaders, or every task: for a run that loads the program
 * when it sets all_threads, for a pin's reader when it opens the pin
 * with open_threads (one program, one verification, for both).  Not
 * sleepable: each call runs under rcu_read_lock().
 */
SEC("iter/task")
int procs(struct bpf_iter__task *ctx)
{
	return dump_task(ctx);
}
