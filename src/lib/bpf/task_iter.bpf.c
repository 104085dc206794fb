// SPDX-License-Identifier: GPL-2.0
/*
 * task_iter.bpf.c - a BPF task iterator that writes task_diag messages.
 *
 * Reading the iterator (bpf_iter_create() on a link, or open() and read()
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
 * about 80 ms for this program on 6.18, most of a load.  Loads through an
 * untrusted pointer skip that and are still plain loads that cannot
 * fault, so the program reads the tasks through bpf_rdonly_cast() (Linux
 * 6.2 and later; the JIT makes it a register move).  bpf_probe_read_kernel()
 * for every read would verify as fast but runs 2.5 times slower.
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
 * function taking the pointers instead verified 6.1's aux in 464,000
 * instructions (4.9 s in the test VM), walked again for every state of
 * its caller; a global one is walked once.
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

/*
 * pid_nr_ns(): the number of @pid in the namespace @ns, 0 when it has
 * none there; @ns is the reader's, at the level of @mine, the reader's
 * own pid.  numbers[] is a flexible array: constant indexes are direct
 * loads, which the verifier checks against the kernel's BTF and the JIT
 * makes plain loads; deeper levels than those spelled out here go
 * through bpf_probe_read_kernel(), which takes a run-time index.
 *
 * Kept small for the verifier, which walks every path: each way returns
 * its number at once (a upid carried to one compare would hold a kernel
 * pointer on some paths and a plain value on others: states it cannot
 * merge), and the level is loaded afresh at each call, so that no path
 * leaves with the level known (paths that know different levels never
 * merge, and the rest of the program was walked once per case).
 * With mul_div()'s loop a callback, ax -o pid,ppid verified 10.7k
 * instructions before, 3.5k now; aux 37.7k, 11.9k (2.8k and 10.9k once
 * a task with no walk entry stopped being a second kind of state).
 */
static __noinline __u32 pid_nr_deep(struct pid *pid, struct pid_namespace *ns,
				    __u32 level)
{
	struct upid up;

	if (bpf_core_read(&up, sizeof(up), &pid->numbers[level]))
		return 0;
	return up.ns == ns ? (__u32)up.nr : 0;
}

static __always_inline __u32 pid_nr(struct pid *pid, struct pid_namespace *ns,
				    struct pid *mine)
{
	__u32 level = *(volatile unsigned int *)&mine->level;

	if (!pid || pid->level < level)
		return 0;
	switch (level) {
	case 0:
		return pid->numbers[0].ns == ns ? (__u32)pid->numbers[0].nr : 0;
	case 1:
		return pid->numbers[1].ns == ns ? (__u32)pid->numbers[1].nr : 0;
	case 2:
		return pid->numbers[2].ns == ns ? (__u32)pid->numbers[2].nr : 0;
	default:
		/* a call of its own: clang would merge its compare with the
		 * others' into one load from a stack or a kernel pointer,
		 * which the verifier refuses */
		return pid_nr_deep(pid, ns, level);
	}
}

/* the reader's pid namespace and its level: task_active_pid_ns(me); 0 */
static __always_inline int reader_ns(struct task_struct *me,
				     struct pid_namespace **ns, __u32 *level)
{
	struct pid *mypid = me->thread_pid;

	*level = mypid->level;
	if (*level == 0) {
		*ns = mypid->numbers[0].ns;
		return 0;
	}
	return bpf_core_read(ns, sizeof(*ns), &mypid->numbers[*level].ns) ? -1 : 0;
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
 *
 * @lean (a process scan that wants neither pgid nor sid): the task's
 * signal struct is not read, which saves two cache misses a task, most
 * of what the program costs for ps ax -o pid,ppid.  A group leader's
 * tgid is its pid; the caller has dropped the tasks that have lost their
 * sighand (they are EXIT_DEAD, being released); pgid, sid and the short
 * name are left empty, and the client knows (TG_SESS not delivered; the
 * columns that print a name ask for TASK_DIAG_NAME).
 */
static __always_inline void fill_msg(struct head *h, struct task_struct *t,
				     struct pid_namespace *ns, struct pid *mine,
				     int lean)
{
	struct task_diag_msg *m = &h->msg;
	struct signal_struct *sig;
	struct task_struct *tracer;

	m->pid = pid_nr(t->thread_pid, ns, mine);
	m->ppid = 0;
	m->pgid = (__u32)-1;
	m->sid = (__u32)-1;
	if (lean) {
		m->tgid = m->pid;
		m->ppid = pid_nr(t->real_parent->signal->pids[KPIDTYPE_TGID],
				 ns, mine);
	} else {
		sig = t->signal;
		m->tgid = pid_nr(sig->pids[KPIDTYPE_TGID], ns, mine);
		if (t->sighand) {
			m->ppid = pid_nr(t->real_parent->signal->pids[KPIDTYPE_TGID],
					 ns, mine);
			m->pgid = pid_nr(sig->pids[KPIDTYPE_PGID], ns, mine);
			m->sid = pid_nr(sig->pids[KPIDTYPE_SID], ns, mine);
		}
	}
	m->tpid = 0;
	if (t->ptrace) {
		tracer = t->parent;
		m->tpid = pid_nr(tracer->signal->pids[KPIDTYPE_TGID], ns,
				 mine);
	}
	m->state = task_state(t);
	if (!lean)
		bpf_probe_read_kernel(m->comm, sizeof(m->comm), t->comm);
}

/*
 * /proc/PID/status Uid:, Gid: and Cap* lines: the task's objective
 * credentials (__task_cred() is real_cred), ids mapped into the reader's
 * user namespace, which the caller checked is the initial one, where the
 * mapping is the identity.
 */
#define CAP_OLD(m) ((struct kernel_cap_struct___old *)&(m))

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
	if (!bpf_core_field_exists(cr->cap_inheritable.val)) {
		/* before 6.3: __u32 cap[2] */
		c->cap_inheritable.cap[0] = CAP_OLD(cr->cap_inheritable)->cap[0];
		c->cap_inheritable.cap[1] = CAP_OLD(cr->cap_inheritable)->cap[1];
		c->cap_permitted.cap[0] = CAP_OLD(cr->cap_permitted)->cap[0];
		c->cap_permitted.cap[1] = CAP_OLD(cr->cap_permitted)->cap[1];
		c->cap_effective.cap[0] = CAP_OLD(cr->cap_effective)->cap[0];
		c->cap_effective.cap[1] = CAP_OLD(cr->cap_effective)->cap[1];
		c->cap_bset.cap[0] = CAP_OLD(cr->cap_bset)->cap[0];
		c->cap_bset.cap[1] = CAP_OLD(cr->cap_bset)->cap[1];
		return;
	}
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

/* one step of a restoring division of (rem:lo) by c, hi < c */
struct div_state {
	__u64 rem, lo, q, c;
};

static long div_step(__u32 i __attribute__((unused)), struct div_state *d)
{
	__u64 carry = d->rem >> 63;

	d->rem = (d->rem << 1) | (d->lo >> 63);
	d->lo <<= 1;
	d->q <<= 1;
	if (carry || d->rem >= d->c) {
		d->rem -= d->c;
		d->q |= 1;
	}
	return 0;
}

/*
 * (a * b) / c with a 128-bit product, as mul_u64_u64_div_u64() computes
 * it on x86-64 (mulq, divq); a <= c, so the quotient fits.  A global
 * function: the verifier checks it once, not at every call.  The 64
 * steps of the long division are a bpf_loop() callback, which the
 * verifier checks once, not unrolled (7,400 instructions it walked,
 * half of a whole load's); they run only when the product passes 64 bits
 * (seconds of CPU time).
 */
__noinline __u64 mul_div(__u64 a, __u64 b, __u64 c)
{
	__u64 a0 = (__u32)a, a1 = a >> 32, b0 = (__u32)b, b1 = b >> 32;
	__u64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
	__u64 mid = (p00 >> 32) + (__u32)p01 + (__u32)p10;
	__u64 lo = (mid << 32) | (__u32)p00;
	__u64 hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
	struct div_state d = { .rem = hi, .lo = lo, .q = 0, .c = c };

	if (!c)
		return 0;
	if (!hi)
		return lo / c;
	bpf_loop(64, div_step, &d, 0);
	return d.q;
}

/*
 * cputime_adjust() (kernel/sched/cputime.c): the tick-sampled utime and
 * stime scaled to the precise runtime, never below what was last shown
 * (prev).  The kernel stores the result in prev; the program cannot,
 * and need not: the next reader computes the same from the same prev.
 */
static __always_inline void cputime_adjust(__u64 rtime, __u64 utime,
					   __u64 stime, __u64 pu, __u64 ps,
					   __u64 *ut, __u64 *st)
{
	if (ps + pu >= rtime) {
		*ut = pu;
		*st = ps;
		return;
	}
	if (stime == 0)
		;			/* all runtime is user time */
	else if (utime == 0)
		stime = rtime;
	else {
		stime = mul_div(stime, rtime, stime + utime);
		if (stime > rtime)
			stime = rtime;
	}
	if (stime < ps)
		stime = ps;
	utime = rtime - stime;
	if (utime < pu) {
		utime = pu;
		stime = rtime - utime;
	}
	*ut = utime;
	*st = stime;
}

/* the sums of thread_group_cputime() and do_task_stat() over threads */
struct tg_sum {
	__u64 node;		/* the thread_node being visited */
	__u64 off;		/* offsetof(struct task_struct, thread_node) */
	__u64 utime, stime, rtime, min_flt, maj_flt, gtime;
};

static long sum_thread(__u32 i __attribute__((unused)), struct tg_sum *c)
{
	struct task_struct *t;
	__u64 next = 0;

	if (have_rdonly_cast) {
		t = (struct task_struct *)bpf_rdonly_cast(
			(void *)(c->node - c->off),
			bpf_core_type_id_kernel(struct task_struct));
		c->utime += t->utime;
		c->stime += t->stime;
		c->rtime += t->se.sum_exec_runtime;
		c->min_flt += t->min_flt;
		c->maj_flt += t->maj_flt;
		c->gtime += t->gtime;
	} else {
		/* 6.1: a number is no pointer the verifier lets us load from */
		t = (struct task_struct *)(c->node - c->off);
		c->utime += BPF_CORE_READ(t, utime);
		c->stime += BPF_CORE_READ(t, stime);
		c->rtime += BPF_CORE_READ(t, se.sum_exec_runtime);
		c->min_flt += BPF_CORE_READ(t, min_flt);
		c->maj_flt += BPF_CORE_READ(t, maj_flt);
		c->gtime += BPF_CORE_READ(t, gtime);
	}
	if (bpf_probe_read_kernel(&next, sizeof(next), (void *)c->node))
		return 1;
	c->node = next;
	return 0;
}

/* the mm's rss counters summed over CPUs, as percpu_counter_sum() */
struct rss_sum {
	__u64 counters[4];	/* each counter's __percpu pointer */
	__s64 sum[4];
};

/*
 * __per_cpu_offset[cpu], or 0.  The map's address is a number
 * (addr_of()), so no cast is needed: the same on 6.1.
 */
static __always_inline __u64 addr_of(const void *p);

static __always_inline __u64 cpu_offset(__u32 cpu)
{
	__u64 *slot = bpf_map_lookup_elem(&cpu_offsets, &cpu);
	__u64 base = 0, addr = 0;
	__u32 zero = 0;
	void *p;

	if (!slot)
		return 0;
	if (*slot)
		return *slot;
	p = bpf_map_lookup_percpu_elem(&pcpu_probe, &zero, cpu);
	if (!p)
		return 0;
	if (bpf_probe_read_kernel(&base, sizeof(base),
			(void *)(addr_of(&pcpu_probe) +
				 bpf_core_field_offset(struct bpf_array, pptrs))))
		return 0;
	addr = addr_of(p);
	*slot = addr - base;
	return *slot;
}

static long sum_cpu(__u32 cpu, struct rss_sum *c)
{
	__u64 off = cpu_offset(cpu);
	__s32 v;
	int k;

	if (!off)
		return 1;
	for (k = 0; k < 4; k++) {
		v = 0;
		bpf_probe_read_kernel(&v, sizeof(v),
				      (void *)(c->counters[k] + off));
		c->sum[k] += v;
	}
	return 0;
}

/*
 * The mm counters /proc shows: status and statm (task_mem(),
 * task_statm()) sum the per-CPU parts since Linux 6.16 and its stable
 * backports (@exact and rss_percpu_sum); stat's rss (get_mm_rss()) and
 * older kernels read the shared count alone.  Before 6.2 the counters are
 * atomic_long_t (struct mm_rss_stat), read as they are.  Negative values
 * are 0 (the _positive variants; 6.1's get_mm_counter()).
 */
static __always_inline void mm_counters(struct mm_struct *mm, __u64 *out,
					int exact)
{
	struct rss_sum c = {};
	int k;

	if (bpf_core_type_exists(struct mm_rss_stat)) {
		/*
		 * before 6.2: atomic_long_t counts, read as get_mm_counter().
		 * 6.1's verifier cannot walk an array of a typedef'd struct
		 * ("Type 'atomic_long_t' is not a struct"): one copy of all four
		 */
		struct mm_struct___61 *m61 = (void *)mm;
		__s64 cnt[4] = {};

		bpf_core_read(cnt, sizeof(cnt), &m61->rss_stat);
		for (k = 0; k < 4; k++)
			out[k] = cnt[k] < 0 ? 0 : cnt[k];
		return;
	}
	/* constant indexes: each access is its own CO-RE relocation */
#define COUNTER(k) do {							\
		c.sum[k] = RD(mm, rss_stat[k].count);			\
		c.counters[k] = (__u64)RD(mm, rss_stat[k].counters);	\
	} while (0)
	COUNTER(0);
	COUNTER(1);
	COUNTER(2);
	COUNTER(3);
#undef COUNTER
	if (exact && rss_percpu_sum)
		bpf_loop(nr_cpus < CPUS_MAX ? nr_cpus : CPUS_MAX, sum_cpu, &c, 0);
	for (k = 0; k < 4; k++)
		out[k] = c.sum[k] < 0 ? 0 : c.sum[k];
}

/*
 * A pointer as a plain number, for the global functions below, whose
 * arguments the verifier checks once and only as numbers or memory.
 */
static __always_inline __u64 addr_of(const void *p)
{
	__u64 v = 0;

	bpf_probe_read_kernel(&v, sizeof(v), &p);
	return v;
}

#define AS_TASK(a) UNTRUSTED_TASK((void *)(a))

/* reader_ns() and pid_nr() where the task may be a number (RD()) */
static __always_inline int reader_ns_any(struct task_struct *me,
					 struct pid_namespace **ns,
					 __u32 *level)
{
	struct pid *mypid;

	if (have_rdonly_cast)
		return reader_ns(me, ns, level);
	mypid = BPF_CORE_READ(me, thread_pid);
	*level = BPF_CORE_READ(mypid, level);
	return bpf_core_read(ns, sizeof(*ns), &mypid->numbers[*level].ns) ?
	       -1 : 0;
}

static __always_inline __u32 pid_nr_of(struct pid *pid,
				       struct pid_namespace *ns,
				       struct task_struct *me, __u32 level)
{
	if (have_rdonly_cast)
		return pid_nr(pid, ns, me->thread_pid);
	if (!pid || BPF_CORE_READ(pid, level) < level)
		return 0;
	return pid_nr_deep(pid, ns, level);
}

/* new_encode_dev() of tty_devnum() */
static __always_inline __u32 tty_nr(struct tty_struct *tty)
{
	struct tty_driver *drv = RD(tty, driver);
	__u32 major = RD(drv, major);
	__u32 minor = RD(drv, minor_start) + RD(tty, index);

	return (minor & 0xff) | (major << 8) | ((minor & ~0xffU) << 12);
}

/*
 * /proc/PID/stat (@whole: the thread group's, else /proc/PID/task/TID/
 * stat), as do_task_stat() computes it for a reader who may not ptrace
 * the task: no code or stack addresses (start_code and end_code 1), no
 * kernel stack pointers, wchan flag or exit code.  That part is
 * TG_STATADDR, which the client never takes from this program.
 * 0, or -1 when the values are not to be sent.
 */
static __always_inline int stat_body(struct task_diag_stat *st,
				     struct task_struct *t,
				     struct task_struct *me, __u32 whole)
{
	struct pid_namespace *ns;
	struct signal_struct *sig = RD(t, signal);
	struct mm_struct *mm = (RD(t, flags) & PF_KTHREAD) ? 0 : RD(t, mm);
	struct tg_sum c = {};
	__u64 ut, stt, pu, ps, boot, rss[4];

	__u32 level;

	if (!st || reader_ns_any(me, &ns, &level))
		return 0;
	__builtin_memset(st, 0, sizeof(*st));
	st->tpgid = -1;
	if (mm) {
		mm_counters(mm, rss, 0);
		st->vsize = KPAGE_SIZE * RD(mm, total_vm);
		st->rss = rss[KMM_FILEPAGES] + rss[KMM_ANONPAGES] +
			  rss[KMM_SHMEMPAGES];
		st->start_code = 1;
		st->end_code = 1;
	}
	if (RD(t, sighand)) {	/* lock_task_sighand() */
		struct tty_struct *tty = RD(sig, tty);

		if (tty) {
			st->tpgid = pid_nr_of(RD(tty, ctrl.pgrp), ns, me, level);
			st->tty_nr = tty_nr(tty);
			/*
			 * The signal struct holds a reference on its tty, but
			 * the program holds no lock: if the task dropped the
			 * tty meanwhile, it may have been freed under us.
			 */
			if ((have_rdonly_cast ? RELOAD(sig->tty) :
			     BPF_CORE_READ(sig, tty)) != tty)
				return -1;
		}
		st->num_threads = RD(sig, nr_threads);
		st->rsslim = RD(sig, rlim[KRLIMIT_RSS].rlim_cur);
	}
	st->cminflt = RD(sig, cmin_flt);
	st->cmajflt = RD(sig, cmaj_flt);
	st->cutime = RD(sig, cutime) / NSEC_PER_TICK;
	st->cstime = RD(sig, cstime) / NSEC_PER_TICK;
	st->cgtime = RD(sig, cgtime) / NSEC_PER_TICK;
	if (whole) {
		c.off = bpf_core_field_offset(struct task_struct, thread_node);
		bpf_probe_read_kernel(&c.node, sizeof(c.node),
				      &sig->thread_head.next);
		bpf_loop(RD(sig, nr_threads), sum_thread, &c, 0);
		c.min_flt += RD(sig, min_flt);
		c.maj_flt += RD(sig, maj_flt);
		c.gtime += RD(sig, gtime);
		c.rtime += RD(sig, sum_sched_runtime);
		c.utime += RD(sig, utime);
		c.stime += RD(sig, stime);
		pu = RD(sig, prev_cputime.utime);
		ps = RD(sig, prev_cputime.stime);
	} else {
		c.min_flt = RD(t, min_flt);
		c.maj_flt = RD(t, maj_flt);
		c.gtime = RD(t, gtime);
		c.rtime = RD(t, se.sum_exec_runtime);
		c.utime = RD(t, utime);
		c.stime = RD(t, stime);
		pu = RD(t, prev_cputime.utime);
		ps = RD(t, prev_cputime.stime);
	}
	st->minflt = c.min_flt;
	st->majflt = c.maj_flt;
	st->gtime = c.gtime / NSEC_PER_TICK;
	cputime_adjust(c.rtime, c.utime, c.stime, pu, ps, &ut, &stt);
	st->utime = ut / NSEC_PER_TICK;
	st->stime = stt / NSEC_PER_TICK;
	/* timens_add_boottime_ns(): the reader's time namespace */
	boot = RD(t, start_boottime);
	if (bpf_core_field_exists(me->nsproxy->time_ns)) {
		struct nsproxy *nsp = RD(me, nsproxy);
		struct time_namespace *tns = RD(nsp, time_ns);

		if (tns)
			boot += RD(tns, offsets.boottime.tv_sec) * 1000000000ULL +
				RD(tns, offsets.boottime.tv_nsec);
	}
	st->start_time = boot / NSEC_PER_TICK;
	if (bpf_core_field_exists(t->delays)) {
		struct task_delay_info *dl = RD(t, delays);

		if (dl)
			st->blkio_ticks = RD(dl, blkio_delay) / NSEC_PER_TICK;
	}
	st->flags = RD(t, flags);
	st->priority = RD(t, prio) - MAX_RT_PRIO;
	st->nice = RD(t, static_prio) - NICE_0_PRIO;
	st->processor = RD(t, thread_info.cpu);
	st->rt_priority = RD(t, rt_priority);
	st->policy = RD(t, policy);
	st->exit_signal = RD(t, exit_signal);
	return 0;
}

/*
 * A global function, which the verifier checks once, taking the tasks
 * as numbers it casts back (6.2 and later); on 6.1 it reads through them
 * with bpf_probe_read_kernel() (RD()).
 */
__noinline int stat_of(struct task_diag_stat *st, __u64 task, __u64 reader,
		       __u32 whole)
{
	return stat_body(st, AS_TASK(task), AS_TASK(reader), whole);
}

/* the Vm and Rss lines of /proc/PID/status (task_mem()), in KiB */
static __always_inline int statm_body(struct task_diag_statm *sm,
				      struct task_struct *t)
{
	const int shift = KPAGE_SHIFT - 10;
	struct mm_struct *mm = (RD(t, flags) & PF_KTHREAD) ? 0 : RD(t, mm);
	__u64 total_rss, text, lib, exec, rss[4], total_vm, hiwater;

	if (!sm)
		return 0;
	__builtin_memset(sm, 0, sizeof(*sm));
	if (!mm)
		return 0;
	mm_counters(mm, rss, 1);
	total_rss = rss[KMM_ANONPAGES] + rss[KMM_FILEPAGES] +
		    rss[KMM_SHMEMPAGES];
	exec = (__u64)RD(mm, exec_vm) << KPAGE_SHIFT;
	text = ((RD(mm, end_code) + KPAGE_SIZE - 1) & ~(KPAGE_SIZE - 1)) -
	       (RD(mm, start_code) & ~(KPAGE_SIZE - 1));
	if (text > exec)
		text = exec;
	lib = exec - text;
	total_vm = RD(mm, total_vm);
	hiwater = RD(mm, hiwater_vm);
	sm->vm_size = total_vm << shift;
	sm->vm_peak = (total_vm > hiwater ? total_vm : hiwater) << shift;
	sm->vm_lck = (__u64)RD(mm, locked_vm) << shift;
	sm->vm_pin = (__u64)RD(mm, pinned_vm.counter) << shift;
	sm->vm_rss = total_rss << shift;
	hiwater = RD(mm, hiwater_rss);
	sm->vm_hwm = (total_rss > hiwater ? total_rss : hiwater) << shift;
	sm->rss_anon = rss[KMM_ANONPAGES] << shift;
	sm->rss_file = rss[KMM_FILEPAGES] << shift;
	sm->rss_shmem = rss[KMM_SHMEMPAGES] << shift;
	sm->vm_data = (__u64)RD(mm, data_vm) << shift;
	sm->vm_stk = (__u64)RD(mm, stack_vm) << shift;
	sm->vm_exe = text >> 10;
	sm->vm_lib = lib >> 10;
	sm->vm_pte = (__u64)RD(mm, pgtables_bytes.counter) >> 10;
	sm->vm_swap = rss[KMM_SWAPENTS] << shift;
	if (bpf_core_field_exists(mm->hugetlb_usage))
		sm->hugetlb = (__u64)RD(mm, hugetlb_usage.counter) << shift;
	return 0;
}

/* as stat_of() */
__noinline int statm_of(struct task_diag_statm *sm, __u64 task)
{
	return statm_body(sm, AS_TASK(task));
}

/* ---- the reader's view ---- */

/* a kernel word at @addr, or 0 */
static __always_inline __u64 kword(__u64 addr)
{
	__u64 v = 0;

	bpf_probe_read_kernel(&v, sizeof(v), (void *)addr);
	return v;
}

#define OFF(type, member) ((__u64)bpf_core_field_offset(type, member))

/*
 * A walk over a mount's children (its mnt_mounts list, through their
 * mnt_child), for the child mounted on the dentry @on, or when @on is
 * 0 for the one mounted on a directory "proc" in @under.
 */
struct child_walk {
	__u64 head;		/* &parent->mnt_mounts */
	__u64 node;		/* the mnt_child visited */
	__u64 on;
	__u64 under;
	__u64 found;		/* the struct mount, or 0 */
};

/*
 * Is the dentry @d "proc" in the directory @dir?  This and child_mount()
 * are global functions, which the verifier checks once, not once for
 * each way they are reached.
 */
__noinline int is_proc_in(__u64 d, __u64 dir)
{
	char name[8] = {};

	if (kword(d + OFF(struct dentry, d_parent)) != dir)
		return 0;
	if (bpf_probe_read_kernel_str(name, sizeof(name),
			(void *)kword(d + OFF(struct dentry, d_name) +
				      OFF(struct qstr, name))) != 5)
		return 0;
	return name[0] == 'p' && name[1] == 'r' && name[2] == 'o' &&
	       name[3] == 'c';
}

static long child_step(__u32 i __attribute__((unused)), struct child_walk *w)
{
	__u64 m, mp;

	if (!w->node || w->node == w->head)
		return 1;
	m = w->node - OFF(struct mount, mnt_child);
	mp = kword(m + OFF(struct mount, mnt_mountpoint));
	if (w->on ? mp == w->on : is_proc_in(mp, w->under)) {
		w->found = m;
		return 1;
	}
	w->node = kword(w->node + OFF(struct list_head, next));
	return 0;
}

/* more than this many mounts on one mount: the view is not looked into */
#define CHILD_MOUNTS_MAX	4096
/* procfs instances stacked on /proc (unshare --mount-proc, ProtectProc=) */
#define PROC_STACK_MAX		8

/*
 * The child of the mount @parent mounted on the dentry @on, or when @on
 * is 0 on "proc" in the directory @under: the struct mount, 0 for none,
 * CHILD_TOO_MANY when the list was too long to walk.
 */
#define CHILD_TOO_MANY	1
__noinline __u64 child_mount(__u64 parent, __u64 on, __u64 under)
{
	struct child_walk w = { .on = on, .under = under };

	w.head = parent + OFF(struct mount, mnt_mounts);
	w.node = kword(w.head + OFF(struct list_head, next));
	bpf_loop(CHILD_MOUNTS_MAX, child_step, &w, 0);
	if (w.found)
		return w.found;
	return w.node == w.head ? 0 : CHILD_TOO_MANY;
}

/* up the mounts stacked on /proc: the one on top of them all */
struct stack_walk {
	__u64 top;		/* the topmost mount found so far */
	int state;		/* 0 going up, 1 at the top, -1 lost */
};

static long stack_step(__u32 i __attribute__((unused)), struct stack_walk *s)
{
	__u64 m = child_mount(s->top, kword(s->top + OFF(struct mount, mnt) +
					     OFF(struct vfsmount, mnt_root)), 0);

	if (m == CHILD_TOO_MANY) {
		s->state = -1;
		return 1;
	}
	if (!m) {
		s->state = 1;
		return 1;
	}
	s->top = m;
	return 0;
}

/*
 * May the reader (@reader, of the pid namespace @ns) be served?  Only
 * when its /proc shows it every task of @ns: the procfs at the top of
 * the mounts on "proc" in its root (fs->root, where its path lookup of
 * /proc begins; mounts on the root itself are not crossed by a lookup)
 * is an instance of @ns, mounted whole, without hidepid.  hidepid is
 * per instance since Linux 5.8 and a remount changes it in place, so
 * this is asked at every read.  Anything else (hidepid of any kind,
 * no /proc, another namespace's, part of one, a mount list too long to
 * walk) refuses; the reader's tdps then reads its /proc, which applies
 * its rules itself.  (A reader in hidepid's gid= group, or one who may
 * ptrace every task, would see everything there too; the program does
 * not judge group membership or ptrace rights, and refuses them.)
 */
__noinline int view_of(__u64 reader, __u64 ns)
{
	__u64 fs = kword(reader + OFF(struct task_struct, fs));
	__u64 root = fs + OFF(struct fs_struct, root);
	__u64 sb, info, mnt, dir;
	struct stack_walk up = {};
	__u32 hide = 1;

	if (!fs)
		return TDPS_BPF_VIEW_REFUSED;
	mnt = kword(root + OFF(struct path, mnt));
	dir = kword(root + OFF(struct path, dentry));
	if (!mnt || !dir)
		return TDPS_BPF_VIEW_REFUSED;
	/* real_mount(): the vfsmount is a member of its struct mount */
	up.top = child_mount(mnt - OFF(struct mount, mnt), 0, dir);
	if (up.top <= CHILD_TOO_MANY)
		return TDPS_BPF_VIEW_REFUSED;
	bpf_loop(PROC_STACK_MAX, stack_step, &up, 0);
	if (up.state != 1)
		return TDPS_BPF_VIEW_REFUSED;
	mnt = up.top + OFF(struct mount, mnt);
	sb = kword(mnt + OFF(struct vfsmount, mnt_sb));
	if (!sb || kword(sb + OFF(struct super_block, s_magic)) != KPROC_SUPER_MAGIC)
		return TDPS_BPF_VIEW_REFUSED;
	/* the instance's root, not a part of it bound there */
	if (kword(sb + OFF(struct super_block, s_root)) !=
	    kword(mnt + OFF(struct vfsmount, mnt_root)))
		return TDPS_BPF_VIEW_REFUSED;
	info = kword(sb + OFF(struct super_block, s_fs_info));
	if (!info || kword(info + OFF(struct proc_fs_info, pid_ns)) != ns)
		return TDPS_BPF_VIEW_REFUSED;
	if (bpf_core_field_size(struct proc_fs_info, hide_pid) != sizeof(hide) ||
	    bpf_probe_read_kernel(&hide, sizeof(hide), (void *)(info +
				  OFF(struct proc_fs_info, hide_pid))) ||
	    hide != HIDEPID_OFF)
		return TDPS_BPF_VIEW_REFUSED;
	return TDPS_BPF_VIEW_SERVED;
}

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
