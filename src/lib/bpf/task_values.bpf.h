/* SPDX-License-Identifier: GPL-2.0 */
/*
 * task_values.bpf.h - the values task_iter.bpf.c sends for a task, each
 * computed as fs/proc computes what /proc shows: pid numbers in the
 * reader's namespace, the state letter, the names and credentials, and
 * stat's and statm's times and sizes (cputime_adjust(), the rss
 * counters).  Part of the program, not a header of its own: included
 * once by task_iter.bpf.c after the globals, macros and records it uses.
 */
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
 * This and mul_div()'s loop as a callback cut most of what the verifier
 * walks (the counts: doc/bpf.md, "load_groups, open flags and pins", and
 * bench/results.md, 2026-12-04).
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
 * verifier checks once, not unrolled (unrolled, they were a large share
 * of what it walked: doc/bpf.md, "load_groups, open flags and pins");
 * they run only when the product passes 64 bits (seconds of CPU time).
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
	/* 6.1 reads through the number (RD()): no pointer to load from */
	struct task_struct *t = UNTRUSTED_TASK((void *)(c->node - c->off));
	__u64 next = 0;

	c->utime += RD(t, utime);
	c->stime += RD(t, stime);
	c->rtime += RD(t, se.sum_exec_runtime);
	c->min_flt += RD(t, min_flt);
	c->maj_flt += RD(t, maj_flt);
	c->gtime += RD(t, gtime);
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

