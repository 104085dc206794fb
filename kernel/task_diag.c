// SPDX-License-Identifier: GPL-2.0
/*
 * task_diag: per-task information over generic netlink.
 *
 * The generic-netlink family "TASKDIAG" answers TASKDIAG_CMD_GET with one
 * message per task.  Every message starts with TASK_DIAG_MSG; the optional
 * groups the requester asked for follow in increasing group order.  The
 * values are those procfs shows for the same task, computed with the same
 * kernel helpers; include/uapi/linux/task_diag.h is the ABI and
 * Documentation-style notes live with the tdps project (doc/task_diag.md).
 *
 * Rules kept here:
 *  - tasks come in ascending pid order (threads: tgid, then tid) and a dump
 *    resumes by pid number, never by list position, so tasks that come and
 *    go between two recvmsg() rounds never make a live task skipped or
 *    repeated;
 *  - pids are those of the requester's active pid namespace; permissions
 *    and ids follow the credentials the socket was opened with, as procfs
 *    follows the opener of a /proc file;
 *  - a task that the requester's /proc hides (hidepid=) is not reported
 *    at all, see td_hidepid();
 *  - MSG, STAT and NAME are public like /proc/PID/stat, FDS like the size
 *    of /proc/PID/fd; every other group needs
 *    ptrace_may_access(PTRACE_MODE_READ_FSCREDS);
 *  - a message never exceeds the dump skb: a task whose data does not fit
 *    goes on in continuation messages (TASK_DIAG_MSG, TASK_DIAG_CONT, ...)
 *    and the byte-string groups may be cut at any byte;
 *  - no requester waits on another task's locks: the locks procfs sleeps
 *    on (the task's mmap_lock, its exec_update_lock) are only trylocked,
 *    and a group that would need one that is taken is left out of the
 *    message (the client reads that /proc file under its own deadline).
 *    A process can hold its mmap_lock for ever (it maps a file of a FUSE
 *    server that never answers), and a dump must still end.
 */

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/sched/mm.h>
#include <linux/sched/cputime.h>
#include <linux/sched/autogroup.h>
#include <linux/pid_namespace.h>
#include <linux/user_namespace.h>
#include <linux/time_namespace.h>
#include <linux/cred.h>
#include <linux/ptrace.h>
#include <linux/mm.h>
#include <linux/mmap_lock.h>
#include <linux/highmem.h>
#include <linux/swap.h>
#include <linux/oom.h>
#include <linux/seq_file.h>
#include <linux/kallsyms.h>
#include <linux/kthread.h>
#include <linux/workqueue.h>
#include <linux/cgroup.h>
#include <linux/audit.h>
#include <linux/security.h>
#include <linux/proc_ns.h>
#include <linux/proc_fs.h>
#include <linux/tty.h>
#include <linux/delayacct.h>
#include <linux/task_io_accounting_ops.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/namei.h>
#include <linux/magic.h>
#include <linux/moduleparam.h>
#include <linux/dcache.h>
#include <net/genetlink.h>
#include <net/sock.h>
#include <uapi/linux/task_diag.h>
#include <linux/version.h>

/*
 * The kernels this file is built and tested for: 6.1.y and 6.12.y (the
 * linux-source packages of Debian 12 and 13).  The few interfaces that
 * changed in between, each behind the version that changed it:
 *  - 6.2: the rss counters are per-CPU; /proc/PID/status and statm sum
 *    them exactly (get_mm_counter_sum(), from 6.16 and 6.12.39 on; before
 *    that they read them roughly, a few pages off), while
 *    /proc/PID/stat's rss still reads them roughly (get_mm_rss());
 *  - 6.3: kernel_cap_t is one u64 (was u32[2]);
 *  - 6.5: get_user_pages_remote() lost its vmas argument;
 *  - 6.6: a dump's parsed attributes are in a struct genl_info
 *    (genl_info_dump()), no longer genl_dumpit_info.attrs;
 *  - 6.8: security_getprocattr() names the LSM by its id, LSM_ID_UNDEF
 *    for "the first that answers" (was a name, NULL for that).
 */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 2, 0)
#define td_mm_counter_sum(mm, member) \
	percpu_counter_sum_positive(&(mm)->rss_stat[member])
#else
#define td_mm_counter_sum(mm, member)	get_mm_counter(mm, member)
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
#define td_cap_word(c, i)	((u32)((c)->val >> (32 * (i))))
#else
#define td_cap_word(c, i)	((c)->cap[i])
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 5, 0)
#define td_gup_remote(mm, addr, flags, page) \
	get_user_pages_remote(mm, addr, 1, flags, page, NULL)
#else
#define td_gup_remote(mm, addr, flags, page) \
	get_user_pages_remote(mm, addr, 1, flags, page, NULL, NULL)
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 6, 0)
#define td_dump_attrs(cb)	(genl_info_dump(cb)->attrs)
#else
#define td_dump_attrs(cb)	(genl_dumpit_info(cb)->attrs)
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 8, 0)
#define TD_ANY_LSM		LSM_ID_UNDEF
#else
#define TD_ANY_LSM		NULL
#endif

/*
 * Where a dump stands, kept in cb->ctx between two rounds.  @tgid and @tid
 * are pid numbers in @ns: the next task to emit is the first one whose
 * number is >= them.  @group is 0 for a fresh task, else 1 + the group a
 * continuation resumes at, @offset the bytes of that group already sent.
 * @skip holds the groups the current task is sent without after a cut
 * group had to be withdrawn (see td_withdraw()); 0 for the next task.
 */
struct td_cursor {
	struct pid_namespace	*ns;
	struct pid		*target;	/* CHILDREN, ONE, THREAD */
	u64			show;
	u32			tgid;
	u32			tid;
	u32			offset;
	u32			skip;		/* groups this task is without */
	u8			group;
	u8			strategy;
	bool			done;
	bool			hide;		/* only ptrace-readable tasks */
};

/* How td_fill_task() deals with a message that runs out of room. */
enum td_mode {
	TD_DUMP,	/* end the message, go on in a continuation */
	TD_WHOLE,	/* fail: the caller retries with a bigger skb */
	TD_TRIM,	/* leave the group that does not fit out */
};

/* Everything one message of one task is built from. */
struct td_fill {
	struct sk_buff		*skb;
	struct task_struct	*task;
	struct pid_namespace	*ns;
	struct user_namespace	*user_ns;
	struct mm_struct	*mm;
	bool			whole;		/* thread-group values */
	bool			permitted;	/* may ptrace-read the task */
	u32			offset;		/* byte groups: bytes sent */
	char			*page;		/* PAGE_SIZE scratch buffer */
	char			*cgroup;	/* CGROUP text, made once */
	size_t			cgroup_len;
};

static struct genl_family task_diag_family;

/* ----------------------------------------------------------------- */
/* Group contents                                                      */

/* the scratch page, allocated on first use */
static char *td_page(struct td_fill *f)
{
	if (!f->page)
		f->page = (char *)__get_free_page(GFP_KERNEL);
	return f->page;
}

static int td_put(struct td_fill *f, int type, int len, const void *data)
{
	return nla_put(f->skb, type, len, data);
}

static void td_task_msg(struct task_diag_msg *msg, struct task_struct *task,
			struct pid_namespace *ns)
{
	struct task_struct *tracer;

	memset(msg, 0, sizeof(*msg));
	msg->tgid = task_tgid_nr_ns(task, ns);
	msg->pid = task_pid_nr_ns(task, ns);
	msg->ppid = task_ppid_nr_ns(task, ns);
	rcu_read_lock();
	tracer = ptrace_parent(task);
	if (tracer)
		msg->tpid = task_pid_nr_ns(tracer, ns);	/* as TracerPid */
	rcu_read_unlock();
	msg->sid = task_session_nr_ns(task, ns);
	msg->pgid = task_pgrp_nr_ns(task, ns);
	msg->state = task_state_index(task);
	__get_task_comm(msg->comm, sizeof(msg->comm), task);
}

static void td_caps(struct task_diag_caps *dst, const kernel_cap_t *src)
{
	BUILD_BUG_ON(sizeof(*src) != sizeof(dst->cap));
	dst->cap[0] = td_cap_word(src, 0);
	dst->cap[1] = td_cap_word(src, 1);
}

static int td_cred(struct td_fill *f)
{
	struct user_namespace *ns = f->user_ns;
	struct task_diag_creds c;
	const struct cred *cred;

	memset(&c, 0, sizeof(c));
	rcu_read_lock();
	cred = __task_cred(f->task);
	td_caps(&c.cap_inheritable, &cred->cap_inheritable);
	td_caps(&c.cap_permitted, &cred->cap_permitted);
	td_caps(&c.cap_effective, &cred->cap_effective);
	td_caps(&c.cap_bset, &cred->cap_bset);
	c.uid = from_kuid_munged(ns, cred->uid);
	c.euid = from_kuid_munged(ns, cred->euid);
	c.suid = from_kuid_munged(ns, cred->suid);
	c.fsuid = from_kuid_munged(ns, cred->fsuid);
	c.gid = from_kgid_munged(ns, cred->gid);
	c.egid = from_kgid_munged(ns, cred->egid);
	c.sgid = from_kgid_munged(ns, cred->sgid);
	c.fsgid = from_kgid_munged(ns, cred->fsgid);
	rcu_read_unlock();

	return td_put(f, TASK_DIAG_CRED, sizeof(c), &c);
}

static u64 td_sigset(const sigset_t *set)
{
	u64 v = set->sig[0];

#if _NSIG_WORDS > 1 && _NSIG_BPW == 32
	v |= (u64)set->sig[1] << 32;
#endif
	return v;
}

/* SIG_IGN and caught signals, as /proc/PID/status and stat count them */
static void td_sigign_sigcatch(struct task_struct *task, sigset_t *ign,
			       sigset_t *catch)
{
	struct k_sigaction *k = task->sighand->action;
	int i;

	for (i = 1; i <= _NSIG; i++, k++) {
		if (k->sa.sa_handler == SIG_IGN)
			sigaddset(ign, i);
		else if (k->sa.sa_handler != SIG_DFL)
			sigaddset(catch, i);
	}
}

/* /proc/PID/stat (process strategies) and /proc/PID/task/TID/stat */
static int td_stat(struct td_fill *f)
{
	struct task_struct *task = f->task;
	struct signal_struct *sig = task->signal;
	struct mm_struct *mm = f->mm;
	bool whole = f->whole, permitted = f->permitted;
	u64 utime, stime, gtime = 0, cutime, cstime, cgtime;
	unsigned long min_flt = 0, maj_flt = 0, cmin_flt, cmaj_flt;
	unsigned long flags, seqflags;
	struct task_diag_stat st;
	int exit_code = task->exit_code;
	int num_threads = 0;

	memset(&st, 0, sizeof(st));
	st.tpgid = -1;

	if (mm) {
		st.vsize = PAGE_SIZE * mm->total_vm;
		st.rss = get_mm_rss(mm);
		/* procfs shows 1, not 0, when it hides the code range */
		st.start_code = permitted ? mm->start_code : 1;
		st.end_code = permitted ? mm->end_code : 1;
		if (permitted)
			st.start_stack = mm->start_stack;
		/* only a dying or core-dumping task has a stable stack */
		if (permitted && (task->flags &
				  (PF_EXITING | PF_DUMPCORE | PF_POSTCOREDUMP)) &&
		    try_get_task_stack(task)) {
			st.kstk_eip = KSTK_EIP(task);
			st.kstk_esp = KSTK_ESP(task);
			put_task_stack(task);
		}
	}

	if (lock_task_sighand(task, &flags)) {
		if (sig->tty) {
			struct pid *pgrp = tty_get_pgrp(sig->tty);

			st.tpgid = pid_nr_ns(pgrp, f->ns);
			put_pid(pgrp);
			st.tty_nr = new_encode_dev(tty_devnum(sig->tty));
		}
		num_threads = get_nr_threads(task);
		st.rsslim = READ_ONCE(sig->rlim[RLIMIT_RSS].rlim_cur);
		if (whole &&
		    (sig->flags & (SIGNAL_GROUP_EXIT | SIGNAL_STOP_STOPPED)))
			exit_code = sig->group_exit_code;
		unlock_task_sighand(task, &flags);
	}

	if (permitted && (!whole || num_threads < 2))
		st.wchan = !task_is_running(task);

	read_seqlock_excl_irqsave(&sig->stats_lock, seqflags);
	cmin_flt = sig->cmin_flt;
	cmaj_flt = sig->cmaj_flt;
	cutime = sig->cutime;
	cstime = sig->cstime;
	cgtime = sig->cgtime;
	if (whole) {
		struct task_struct *t;

		min_flt = sig->min_flt;
		maj_flt = sig->maj_flt;
		gtime = sig->gtime;
		rcu_read_lock();
		__for_each_thread(sig, t) {
			min_flt += t->min_flt;
			maj_flt += t->maj_flt;
			gtime += task_gtime(t);
		}
		rcu_read_unlock();
	}
	read_sequnlock_excl_irqrestore(&sig->stats_lock, seqflags);

	if (whole) {
		thread_group_cputime_adjusted(task, &utime, &stime);
	} else {
		task_cputime_adjusted(task, &utime, &stime);
		min_flt = task->min_flt;
		maj_flt = task->maj_flt;
		gtime = task_gtime(task);
	}

	st.minflt = min_flt;
	st.cminflt = cmin_flt;
	st.majflt = maj_flt;
	st.cmajflt = cmaj_flt;
	st.utime = nsec_to_clock_t(utime);
	st.stime = nsec_to_clock_t(stime);
	st.cutime = nsec_to_clock_t(cutime);
	st.cstime = nsec_to_clock_t(cstime);
	st.start_time =
		nsec_to_clock_t(timens_add_boottime_ns(task->start_boottime));
	st.blkio_ticks = delayacct_blkio_ticks(task);
	st.gtime = nsec_to_clock_t(gtime);
	st.cgtime = nsec_to_clock_t(cgtime);
	st.flags = task->flags;
	st.priority = task_prio(task);
	st.nice = task_nice(task);
	st.num_threads = num_threads;
	st.processor = task_cpu(task);
	st.rt_priority = task->rt_priority;
	st.policy = task->policy;
	st.exit_signal = task->exit_signal;
	st.exit_code = permitted ? exit_code : 0;

	return td_put(f, TASK_DIAG_STAT, sizeof(st), &st);
}

/* the Vm and Rss lines of /proc/PID/status, as task_mem() prints them */
static int td_statm(struct td_fill *f)
{
	struct mm_struct *mm = f->mm;
	struct task_diag_statm sm;
	unsigned long anon, file, shmem, total_rss, text, lib;
	const int shift = PAGE_SHIFT - 10;

	memset(&sm, 0, sizeof(sm));
	if (!mm)
		return td_put(f, TASK_DIAG_STATM, sizeof(sm), &sm);

	anon = td_mm_counter_sum(mm, MM_ANONPAGES);
	file = td_mm_counter_sum(mm, MM_FILEPAGES);
	shmem = td_mm_counter_sum(mm, MM_SHMEMPAGES);
	total_rss = anon + file + shmem;

	text = PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK);
	text = min(text, mm->exec_vm << PAGE_SHIFT);
	lib = (mm->exec_vm << PAGE_SHIFT) - text;

	sm.vm_size = (u64)mm->total_vm << shift;
	sm.vm_peak = (u64)max(mm->total_vm, mm->hiwater_vm) << shift;
	sm.vm_lck = (u64)mm->locked_vm << shift;
	sm.vm_pin = (u64)atomic64_read(&mm->pinned_vm) << shift;
	sm.vm_rss = (u64)total_rss << shift;
	sm.vm_hwm = (u64)max(total_rss, mm->hiwater_rss) << shift;
	sm.rss_anon = (u64)anon << shift;
	sm.rss_file = (u64)file << shift;
	sm.rss_shmem = (u64)shmem << shift;
	sm.vm_data = (u64)mm->data_vm << shift;
	sm.vm_stk = (u64)mm->stack_vm << shift;
	sm.vm_exe = text >> 10;
	sm.vm_lib = lib >> 10;
	sm.vm_pte = mm_pgtables_bytes(mm) >> 10;
	sm.vm_swap = (u64)td_mm_counter_sum(mm, MM_SWAPENTS) << shift;
#ifdef CONFIG_HUGETLB_PAGE
	sm.hugetlb = (u64)atomic_long_read(&mm->hugetlb_usage) << shift;
#endif
	return td_put(f, TASK_DIAG_STATM, sizeof(sm), &sm);
}

/*
 * Byte-string groups are produced by a reader that copies up to @size
 * bytes from byte @pos on into @buf (the scratch page) and returns how
 * many, 0 at the end.  td_put_bytes() packs them into attributes of
 * @type until the data ends (0) or the skb is full (-EMSGSIZE, with
 * f->offset telling how far it got).  Empty data is one empty attribute.
 */
typedef ssize_t (*td_reader_t)(struct td_fill *f, unsigned long pos,
			       char *buf, size_t size);

static int td_put_bytes(struct td_fill *f, int type, td_reader_t read)
{
	bool empty = f->offset == 0;

	if (!td_page(f))
		return -ENOMEM;
	for (;;) {
		int room = (skb_tailroom(f->skb) & ~(NLA_ALIGNTO - 1)) -
			   NLA_HDRLEN;
		ssize_t n;

		if (room < 0 || (room == 0 && !empty))
			return -EMSGSIZE;
		if (room == 0)
			return td_put(f, type, 0, NULL);

		n = read(f, f->offset, f->page, min_t(size_t, room, PAGE_SIZE));
		if (n < 0)
			return n;
		if (n == 0)
			return empty ? td_put(f, type, 0, NULL) : 0;
		if (td_put(f, type, n, f->page))
			return -EMSGSIZE;	/* cannot happen: room checked */
		f->offset += n;
		empty = false;
	}
}

/*
 * Copy up to @len bytes at @addr of @mm into @buf, as procfs's
 * access_remote_vm(mm, addr, buf, len, FOLL_ANON) does for cmdline and
 * environ, but under the mmap_lock the caller holds for read (taken with
 * mmap_read_trylock(), see td_put_vm_bytes()): access_remote_vm() takes
 * that lock itself and sleeps until it is free.  Page by page, through
 * get_user_pages_remote() without FAULT_FLAG_ALLOW_RETRY (so the lock is
 * never dropped, and a userfaultfd range fails rather than waits) and
 * FOLL_ANON (anonymous memory only: no file, and so no FUSE, is read);
 * the copy ends at the first page that cannot be had.
 *
 * Returns the bytes copied, or -EAGAIN where procfs would go on by means
 * that are not for a dump: growing a stack to reach @addr (expand_stack()
 * takes the lock for write) or a driver's ->access() for VM_IO/VM_PFNMAP
 * memory.  The caller then leaves the group to the client's /proc read.
 */
static int td_access_vm(struct mm_struct *mm, unsigned long addr, char *buf,
			int len)
{
	struct vm_area_struct *vma, *prev;
	int done = 0;

	mmap_assert_locked(mm);
	if (!vma_lookup(mm, addr)) {
		vma = find_vma_prev(mm, addr, &prev);
		if ((vma && (vma->vm_flags & VM_GROWSDOWN)) ||
		    (prev && (prev->vm_flags & VM_GROWSUP)))
			return -EAGAIN;
		return 0;
	}
	while (done < len) {
		unsigned long off = offset_in_page(addr);
		int n = min_t(int, len - done, PAGE_SIZE - off);
		struct page *page;
		void *kaddr;

		if (td_gup_remote(mm, addr, FOLL_ANON, &page) <= 0) {
			vma = vma_lookup(mm, addr);
			if (vma && vma->vm_ops && vma->vm_ops->access)
				return -EAGAIN;
			break;
		}
		kaddr = kmap_local_page(page);
		memcpy(buf + done, kaddr + off, n);
		kunmap_local(kaddr);
		put_page(page);
		done += n;
		addr += n;
	}
	return done;
}

/*
 * CMDLINE and ENVIRON read the task's memory: td_put_bytes() under its
 * mmap_lock, if that can be had at once.  It is held for the part of the
 * group that goes into this message, so the part is read in one go.
 * When it is taken (for write, or with a writer waiting) the group is not
 * read: -EAGAIN, see td_fill_task().
 */
static int td_put_vm_bytes(struct td_fill *f, int type, td_reader_t read)
{
	int err;

	if (!f->mm)
		return td_put_bytes(f, type, read);
	if (!td_page(f))
		return -ENOMEM;
	if (!mmap_read_trylock(f->mm))
		return -EAGAIN;
	err = td_put_bytes(f, type, read);
	mmap_read_unlock(f->mm);
	return err;
}

/* setproctitle(): the first page from arg_start, up to its first NUL */
static ssize_t td_read_proctitle(struct mm_struct *mm, unsigned long start,
				 unsigned long pos, char *page, size_t size)
{
	int got, len;

	if (pos >= PAGE_SIZE)
		return 0;
	got = td_access_vm(mm, start, page, PAGE_SIZE);
	if (got <= 0)
		return got;
	len = strnlen(page, got);
	if (len < got)
		len++;		/* with its NUL */
	if (len <= pos)
		return 0;
	size = min_t(size_t, size, len - pos);
	memmove(page, page + pos, size);
	return size;
}

/* the rules of /proc/PID/cmdline (get_mm_cmdline() in fs/proc/base.c) */
static ssize_t td_read_cmdline(struct td_fill *f, unsigned long pos,
			       char *buf, size_t size)
{
	unsigned long arg_start, arg_end, env_start, env_end, len;
	struct mm_struct *mm = f->mm;
	char c;
	int got;

	if (!mm || !mm->env_end)
		return 0;

	spin_lock(&mm->arg_lock);
	arg_start = mm->arg_start;
	arg_end = mm->arg_end;
	env_start = mm->env_start;
	env_end = mm->env_end;
	spin_unlock(&mm->arg_lock);

	if (arg_start >= arg_end)
		return 0;
	/* setproctitle() may only overflow into the environment */
	if (env_start != arg_end || env_end < env_start) {
		env_start = arg_end;
		env_end = arg_end;
	}
	len = env_end - arg_start;
	if (pos >= len)
		return 0;
	size = min(size, len - pos);

	/* a non-NUL last argv byte means the title was rewritten */
	got = td_access_vm(mm, arg_end - 1, &c, 1);
	if (got < 0)
		return got;
	if (got == 1 && c)
		return td_read_proctitle(mm, arg_start, pos, buf, size);

	pos += arg_start;
	if (pos < arg_start || pos >= arg_end)
		return 0;
	size = min(size, arg_end - pos);
	return td_access_vm(mm, pos, buf, size);
}

static int td_cmdline(struct td_fill *f)
{
	return td_put_vm_bytes(f, TASK_DIAG_CMDLINE, td_read_cmdline);
}

/* the rules of /proc/PID/environ (environ_read() in fs/proc/base.c) */
static ssize_t td_read_environ(struct td_fill *f, unsigned long pos,
			       char *buf, size_t size)
{
	unsigned long env_start, env_end;
	struct mm_struct *mm = f->mm;

	if (!mm || !mm->env_end)
		return 0;

	spin_lock(&mm->arg_lock);
	env_start = mm->env_start;
	env_end = mm->env_end;
	spin_unlock(&mm->arg_lock);

	if (pos >= env_end - env_start)
		return 0;
	size = min(size, env_end - (env_start + pos));
	return td_access_vm(mm, env_start + pos, buf, size);
}

static int td_environ(struct td_fill *f)
{
	return td_put_vm_bytes(f, TASK_DIAG_ENVIRON, td_read_environ);
}

/* the name inside the parentheses of /proc/PID/stat (proc_task_name()) */
static int td_name(struct td_fill *f)
{
	struct task_struct *task = f->task;
	char name[64];

	if (task->flags & PF_WQ_WORKER)
		wq_worker_comm(name, sizeof(name), task);
	else if (task->flags & PF_KTHREAD)
		get_kthread_comm(name, sizeof(name), task);
	else
		__get_task_comm(name, sizeof(name), task);

	return td_put(f, TASK_DIAG_NAME, strnlen(name, sizeof(name) - 1) + 1,
		      name);
}

static int td_signal(struct td_fill *f)
{
	struct task_struct *task = f->task;
	sigset_t pending, shpending, blocked, ignored, caught;
	struct task_diag_signal s;
	unsigned long flags;

	sigemptyset(&pending);
	sigemptyset(&shpending);
	sigemptyset(&blocked);
	sigemptyset(&ignored);
	sigemptyset(&caught);

	if (lock_task_sighand(task, &flags)) {
		pending = task->pending.signal;
		shpending = task->signal->shared_pending.signal;
		blocked = task->blocked;
		td_sigign_sigcatch(task, &ignored, &caught);
		unlock_task_sighand(task, &flags);
	}

	s.pending = td_sigset(&pending);
	s.shpending = td_sigset(&shpending);
	s.blocked = td_sigset(&blocked);
	s.ignored = td_sigset(&ignored);
	s.caught = td_sigset(&caught);
	return td_put(f, TASK_DIAG_SIGNAL, sizeof(s), &s);
}

static int td_groups(struct td_fill *f)
{
	const struct cred *cred = get_task_cred(f->task);
	const struct group_info *gi = cred->group_info;
	size_t len = gi->ngroups * sizeof(__u32);
	struct nlattr *nla;
	__u32 *gids;
	int i, err = 0;

	/*
	 * nla_len is 16 bits: 16383 groups and more do not fit in one
	 * attribute.  Leave the group out, as a dump does when it does not
	 * fit the message; the client reads /proc/PID/status instead.
	 */
	if (nla_attr_size(len) > U16_MAX)
		goto out;
	nla = nla_reserve(f->skb, TASK_DIAG_GROUPS, len);
	if (!nla) {
		err = -EMSGSIZE;
		goto out;
	}
	gids = nla_data(nla);
	for (i = 0; i < gi->ngroups; i++)
		gids[i] = from_kgid_munged(f->user_ns, gi->gid[i]);
out:
	put_cred(cred);
	return err;
}

#ifdef CONFIG_CGROUPS
/* /proc/PID/cgroup: proc_cgroup_show() into a private seq_file */
static ssize_t td_read_cgroup(struct td_fill *f, unsigned long pos,
			      char *buf, size_t size)
{
	if (!f->cgroup) {
		size_t len = PAGE_SIZE;

		for (;;) {
			struct seq_file m = { .size = len };
			int err;

			m.buf = kmalloc(len, GFP_KERNEL);
			if (!m.buf)
				return -ENOMEM;
			err = proc_cgroup_show(&m, f->ns, task_pid(f->task),
					       f->task);
			if (err) {
				kfree(m.buf);
				return 0;	/* leaves the group empty */
			}
			if (!seq_has_overflowed(&m)) {
				f->cgroup = m.buf;
				f->cgroup_len = m.count;
				break;
			}
			kfree(m.buf);
			len *= 2;
		}
	}
	if (pos >= f->cgroup_len)
		return 0;
	size = min(size, f->cgroup_len - pos);
	memcpy(buf, f->cgroup + pos, size);
	return size;
}

static int td_cgroup(struct td_fill *f)
{
	return td_put_bytes(f, TASK_DIAG_CGROUP, td_read_cgroup);
}
#endif

#ifdef CONFIG_KALLSYMS
/* /proc/PID/wchan: a symbol name or "0" */
static int td_wchan(struct td_fill *f)
{
	unsigned long wchan = get_wchan(f->task);
	char *name = td_page(f);

	BUILD_BUG_ON(KSYM_NAME_LEN > PAGE_SIZE);
	if (!name)
		return -ENOMEM;
	if (!wchan || lookup_symbol_name(wchan, name))
		strcpy(name, "0");
	return td_put(f, TASK_DIAG_WCHAN, strlen(name) + 1, name);
}
#endif

#ifdef CONFIG_TASK_IO_ACCOUNTING
/* /proc/PID/io (do_io_accounting() in fs/proc/base.c) */
static int td_io(struct td_fill *f)
{
	struct task_struct *task = f->task;
	struct task_io_accounting acct = task->ioac;
	struct task_diag_io io;
	unsigned long flags;

	if (f->whole && lock_task_sighand(task, &flags)) {
		struct task_struct *t = task;

		task_io_accounting_add(&acct, &task->signal->ioac);
		while_each_thread(task, t)
			task_io_accounting_add(&acct, &t->ioac);
		unlock_task_sighand(task, &flags);
	}

	io.rchar = acct.rchar;
	io.wchar = acct.wchar;
	io.syscr = acct.syscr;
	io.syscw = acct.syscw;
	io.read_bytes = acct.read_bytes;
	io.write_bytes = acct.write_bytes;
	io.cancelled_write_bytes = acct.cancelled_write_bytes;
	return td_put(f, TASK_DIAG_IO, sizeof(io), &io);
}
#endif

/* inode numbers of /proc/PID/ns/<name>, as ns_get_name() finds them */
static u64 td_ns_inum(struct task_struct *task,
		      const struct proc_ns_operations *ops)
{
	struct ns_common *ns = ops->get(task);
	u64 inum = 0;

	if (ns) {
		inum = ns->inum;
		ops->put(ns);
	}
	return inum;
}

static int td_ns(struct td_fill *f)
{
	struct task_struct *task = f->task;
	struct task_diag_ns ns;

	memset(&ns, 0, sizeof(ns));
#ifdef CONFIG_CGROUPS
	ns.ino[TASK_DIAG_NS_CGROUP] = td_ns_inum(task, &cgroupns_operations);
#endif
#ifdef CONFIG_IPC_NS
	ns.ino[TASK_DIAG_NS_IPC] = td_ns_inum(task, &ipcns_operations);
#endif
	ns.ino[TASK_DIAG_NS_MNT] = td_ns_inum(task, &mntns_operations);
#ifdef CONFIG_NET_NS
	ns.ino[TASK_DIAG_NS_NET] = td_ns_inum(task, &netns_operations);
#endif
#ifdef CONFIG_PID_NS
	ns.ino[TASK_DIAG_NS_PID] = td_ns_inum(task, &pidns_operations);
#endif
#ifdef CONFIG_TIME_NS
	ns.ino[TASK_DIAG_NS_TIME] = td_ns_inum(task, &timens_operations);
#endif
#ifdef CONFIG_USER_NS
	ns.ino[TASK_DIAG_NS_USER] = td_ns_inum(task, &userns_operations);
#endif
#ifdef CONFIG_UTS_NS
	ns.ino[TASK_DIAG_NS_UTS] = td_ns_inum(task, &utsns_operations);
#endif
	return td_put(f, TASK_DIAG_NS, sizeof(ns), &ns);
}

/* oom_score (proc_oom_score()), oom_adj and oom_score_adj */
static int td_oom(struct td_fill *f)
{
	struct task_struct *task = f->task;
	unsigned long totalpages = totalram_pages() + total_swap_pages;
	short score_adj = READ_ONCE(task->signal->oom_score_adj);
	struct task_diag_oom oom;
	long badness;

	memset(&oom, 0, sizeof(oom));
	badness = oom_badness(task, totalpages);
	if (badness != LONG_MIN)
		oom.oom_score = (1000 + badness * 1000 / (long)totalpages) *
				2 / 3;

	if (score_adj == OOM_SCORE_ADJ_MAX)
		oom.oom_adj = OOM_ADJUST_MAX;
	else
		oom.oom_adj = (score_adj * -OOM_DISABLE) / OOM_SCORE_ADJ_MAX;
	if (oom.oom_adj > OOM_ADJUST_MAX)
		oom.oom_adj = OOM_ADJUST_MAX;
	oom.oom_score_adj = score_adj;
	return td_put(f, TASK_DIAG_OOM, sizeof(oom), &oom);
}

#ifdef CONFIG_AUDIT
/* /proc/PID/loginuid and sessionid */
static int td_login(struct td_fill *f)
{
	struct task_diag_login l;

	l.loginuid = from_kuid(f->user_ns, audit_get_loginuid(f->task));
	l.sessionid = audit_get_sessionid(f->task);
	return td_put(f, TASK_DIAG_LOGIN, sizeof(l), &l);
}
#endif

/* readlink /proc/PID/exe: d_path() of the exe file, in our root */
static int td_exe(struct td_fill *f)
{
	struct file *exe = get_task_exe_file(f->task);
	char *path;
	int err = 0;

	if (!exe)
		return 0;
	if (!td_page(f)) {
		fput(exe);
		return -ENOMEM;
	}
	path = d_path(&exe->f_path, f->page, PAGE_SIZE);
	if (!IS_ERR(path))
		err = td_put(f, TASK_DIAG_EXE, strlen(path) + 1, path);
	fput(exe);
	return err;
}

#ifdef CONFIG_SCHED_AUTOGROUP
static int td_autogroup(struct task_diag_autogroup *ag, struct td_fill *f)
{
	long id;
	int nice;

	if (!sched_autogroup_task_info(f->task, &id, &nice))
		return 0;	/* no autogroup: the procfs file is empty */
	ag->id = id;
	ag->nice = nice;
	return 1;
}

static int td_put_autogroup(struct td_fill *f)
{
	struct task_diag_autogroup ag;

	if (!td_autogroup(&ag, f))
		return 0;
	return td_put(f, TASK_DIAG_AUTOGROUP, sizeof(ag), &ag);
}
#endif

#ifdef CONFIG_PROC_PAGE_MONITOR
static int td_smaps(struct td_fill *f)
{
	struct task_diag_smaps sm;
	int err;

	if (!f->mm)
		return 0;	/* smaps_rollup of a task without mm: ESRCH */
	memset(&sm, 0, sizeof(sm));
	err = task_diag_smaps_rollup(f->mm, &sm);
	if (err)
		return err;
	return td_put(f, TASK_DIAG_SMAPS, sizeof(sm), &sm);
}
#endif

#ifdef CONFIG_SECURITY
/* /proc/PID/attr/current, NUL-terminated */
static int td_secctx(struct td_fill *f)
{
	char *value = NULL;
	struct nlattr *nla;
	int len, err = 0;

	len = security_getprocattr(f->task, TD_ANY_LSM, "current", &value);
	if (len > 0) {
		nla = nla_reserve(f->skb, TASK_DIAG_SECCTX, len + 1);
		if (nla) {
			memcpy(nla_data(nla), value, len);
			((char *)nla_data(nla))[len] = '\0';
		} else {
			err = -EMSGSIZE;
		}
	}
	kfree(value);
	return err;
}
#endif

/* the open descriptors, as the size of /proc/PID/fd */
static int td_fds(struct td_fill *f)
{
	__u32 n = proc_task_open_fds(f->task);

	return td_put(f, TASK_DIAG_FDS, sizeof(n), &n);
}

struct td_group {
	int	(*fill)(struct td_fill *f);
	bool	split;		/* byte string: may be cut anywhere */
	bool	public;		/* no ptrace check, like /proc/PID/stat */
	bool	mm;		/* needs the task's mm */
	bool	locked;		/* checked and read under exec_update_lock */
};

static const struct td_group td_groups_tab[__TASK_DIAG_GROUP_MAX] = {
	[TASK_DIAG_CRED]	= { .fill = td_cred },
	[TASK_DIAG_STAT]	= { .fill = td_stat, .public = true, .mm = true },
	[TASK_DIAG_STATM]	= { .fill = td_statm, .mm = true },
	[TASK_DIAG_CMDLINE]	= { .fill = td_cmdline, .split = true, .mm = true },
	[TASK_DIAG_ENVIRON]	= { .fill = td_environ, .split = true, .mm = true },
	[TASK_DIAG_NAME]	= { .fill = td_name, .public = true },
	[TASK_DIAG_SIGNAL]	= { .fill = td_signal },
	[TASK_DIAG_GROUPS]	= { .fill = td_groups },
#ifdef CONFIG_CGROUPS
	[TASK_DIAG_CGROUP]	= { .fill = td_cgroup, .split = true },
#endif
#ifdef CONFIG_KALLSYMS
	[TASK_DIAG_WCHAN]	= { .fill = td_wchan, .locked = true },
#endif
#ifdef CONFIG_TASK_IO_ACCOUNTING
	[TASK_DIAG_IO]		= { .fill = td_io, .locked = true },
#endif
	[TASK_DIAG_NS]		= { .fill = td_ns },
	[TASK_DIAG_OOM]		= { .fill = td_oom },
#ifdef CONFIG_AUDIT
	[TASK_DIAG_LOGIN]	= { .fill = td_login },
#endif
	[TASK_DIAG_EXE]		= { .fill = td_exe, .locked = true },
#ifdef CONFIG_SCHED_AUTOGROUP
	[TASK_DIAG_AUTOGROUP]	= { .fill = td_put_autogroup },
#endif
#ifdef CONFIG_PROC_PAGE_MONITOR
	[TASK_DIAG_SMAPS]	= { .fill = td_smaps, .mm = true },
#endif
#ifdef CONFIG_SECURITY
	[TASK_DIAG_SECCTX]	= { .fill = td_secctx },
#endif
	/* /proc/PID/fd may be stat()ed by anyone */
	[TASK_DIAG_FDS]		= { .fill = td_fds, .public = true },
};

/* the show bits this kernel answers, those anyone may see, those with mm */
static u64 td_known_groups __ro_after_init;
static u64 td_public_groups __ro_after_init;
static u64 td_mm_groups __ro_after_init;

/* ----------------------------------------------------------------- */
/* Messages                                                            */

/*
 * May the requester (whose credentials are current's, see
 * td_requester_cred()) read the sensitive groups of @task?  That is
 * ptrace_may_access(PTRACE_MODE_READ_FSCREDS), except that ptrace lets a
 * process read its own thread group unconditionally: when the socket's
 * opener is not the process handling the request (a descriptor handed to
 * a setuid program), the own thread group is judged like any other task:
 * same ids and a dumpable mm, or CAP_SYS_PTRACE.
 */
static bool td_may_read(struct task_struct *task)
{
	const struct cred *cred = current_cred(), *tcred;
	bool ok;

	if (!same_thread_group(task, current) || cred == current->real_cred)
		return ptrace_may_access(task, PTRACE_MODE_READ_FSCREDS |
					       PTRACE_MODE_NOAUDIT);

	tcred = get_task_cred(task);
	ok = uid_eq(cred->fsuid, tcred->euid) &&
	     uid_eq(cred->fsuid, tcred->suid) &&
	     uid_eq(cred->fsuid, tcred->uid) &&
	     gid_eq(cred->fsgid, tcred->egid) &&
	     gid_eq(cred->fsgid, tcred->sgid) &&
	     gid_eq(cred->fsgid, tcred->gid);
	if (ok && task->mm)
		ok = get_dumpable(task->mm) == SUID_DUMP_USER;
	if (!ok)
		ok = ns_capable_noaudit(tcred->user_ns, CAP_SYS_PTRACE);
	put_cred(tcred);
	return ok;
}

/*
 * The task a continuation was for has exited between two dump rounds (or
 * is hidden from the requester now): say so, so the client drops the
 * parts it has (they are all it will get) instead of taking a cut command
 * line for a whole one.
 */
static int td_put_gone(struct sk_buff *skb, u32 portid, u32 seq, u32 tgid,
		       u32 pid)
{
	struct task_diag_msg msg;
	void *hdr;

	hdr = genlmsg_put(skb, portid, seq, &task_diag_family, NLM_F_MULTI,
			  TASKDIAG_CMD_GET);
	if (!hdr)
		return -EMSGSIZE;
	memset(&msg, 0, sizeof(msg));
	msg.tgid = tgid;
	msg.pid = pid;
	if (nla_put(skb, TASK_DIAG_MSG, sizeof(msg), &msg) ||
	    nla_put_u32(skb, TASK_DIAG_CONT, 1) ||
	    nla_put_u32(skb, TASK_DIAG_GONE, 1)) {
		genlmsg_cancel(skb, hdr);
		return -EMSGSIZE;
	}
	genlmsg_end(skb, hdr);
	return 0;
}

/* td_fill_task(): the requester may not see the task, nothing was sent */
#define TD_HIDDEN	1
/* __td_fill_task(): what was sent of the task is withdrawn, start anew */
#define TD_AGAIN	2

/*
 * A continuation cannot finish the group it was cut in: the group's lock
 * is taken now, the requester may no longer read the task (it ran a
 * setuid program between two rounds), or the task has exited and is a
 * zombie without memory to read the rest from.  Its first bytes went out in
 * earlier messages, and the client would take them for the whole string.
 * So withdraw the task, as if it had gone (TASK_DIAG_GONE: the client
 * drops the parts it has), and send it again from the start, without
 * that group: the client then reads it from /proc.  Each withdrawal adds
 * a group to @c->skip, so a task is withdrawn at most once per group
 * that can be cut.  A continuation always starts a fresh skb, so the
 * GONE message fits.
 */
static int td_withdraw(struct sk_buff *skb, struct td_cursor *c,
		       struct task_struct *task, u32 portid, u32 seq, int group)
{
	int err = td_put_gone(skb, portid, seq, task_tgid_nr_ns(task, c->ns),
			      task_pid_nr_ns(task, c->ns));

	if (err)
		return err;
	c->group = 0;
	c->offset = 0;
	c->skip |= TASK_DIAG_SHOW(group);
	return TD_AGAIN;
}

/*
 * Put one message for @task into @skb, from where @c says (a fresh task
 * or a continuation).  @first: the skb holds nothing of other tasks.
 * See td_fill_task(); TD_AGAIN means the task was withdrawn, the caller
 * starts it again.
 */
static int __td_fill_task(struct sk_buff *skb, struct td_cursor *c,
			  struct task_struct *task, bool whole, u32 portid,
			  u32 seq, int nlflags, enum td_mode mode, bool first)
{
	struct td_fill f = {
		.skb = skb,
		.task = task,
		.ns = c->ns,
		.user_ns = current_user_ns(),
		.whole = whole,
	};
	bool cont = c->group != 0;
	/* a group cut in an earlier message, whose first bytes went out */
	int cut = cont && c->offset ? c->group - 1 : -1;
	struct task_diag_msg msg;
	unsigned int base;
	u64 show = c->show & ~(u64)c->skip;
	void *hdr = NULL;
	int group, err;

	/*
	 * Decide what the requester may see and take the mm under
	 * exec_update_lock, as procfs does (mm_access(), do_task_stat()),
	 * so that the check and the mm belong to the same program.  A
	 * request for MSG alone (ps -o pid,ppid) needs none of it, unless
	 * the requester's /proc hides the tasks it may not ptrace-read.
	 *
	 * The lock is only tried: an exec holds it for write from
	 * exec_mmap() to setup_new_exec(), and exec_mmap() waits there
	 * (killably, but for ever if need be) for the old mm's mmap_lock,
	 * which a process sharing that mm (CLONE_VM) can hold for ever.
	 * While it is taken, whether the task is reported at all is decided
	 * as procfs decides it for /proc/PID (has_pid_permissions(), no
	 * lock), and only the public groups are sent, STAT as to a
	 * requester who may not ptrace-read the task: a check made without
	 * the lock could pass for the program being replaced and show the
	 * addresses of the new one (a setuid program's, say).
	 */
	if (show || c->hide) {
		bool locked = down_read_trylock(&task->signal->exec_update_lock);

		f.permitted = td_may_read(task);
		if (!f.permitted && c->hide) {
			if (locked)
				up_read(&task->signal->exec_update_lock);
			if (!cont)
				return TD_HIDDEN;
			/* hidden since its first part went out: end it */
			err = td_put_gone(skb, portid, seq,
					  task_tgid_nr_ns(task, c->ns),
					  task_pid_nr_ns(task, c->ns));
			if (err)
				return err;
			c->group = 0;
			c->offset = 0;
			return TD_HIDDEN;
		}
		if (!locked)
			f.permitted = false;
		if (!f.permitted)
			show &= td_public_groups;
		if (show & td_mm_groups)
			f.mm = get_task_mm(task);
		if (locked)
			up_read(&task->signal->exec_update_lock);
	}
	/*
	 * The group that was cut cannot be finished (the requester may not
	 * read it now, or the task lost its mm: it exited, and /proc shows
	 * a zombie's command line empty): withdraw the task.
	 */
	if (cut >= 0 && (!(show & TASK_DIAG_SHOW(cut)) ||
			 (td_groups_tab[cut].mm && !f.mm))) {
		err = td_withdraw(skb, c, task, portid, seq, cut);
		goto out;
	}

	err = -EMSGSIZE;
	hdr = genlmsg_put(skb, portid, seq, &task_diag_family, nlflags,
			  TASKDIAG_CMD_GET);
	if (!hdr)
		goto out;
	td_task_msg(&msg, task, c->ns);
	if (nla_put(skb, TASK_DIAG_MSG, sizeof(msg), &msg) ||
	    (cont && nla_put_u32(skb, TASK_DIAG_CONT, 1)))
		goto cancel;
	base = skb->len;

	for (group = cont ? c->group - 1 : 0; group < __TASK_DIAG_GROUP_MAX;
	     group++) {
		const struct td_group *g = &td_groups_tab[group];
		unsigned char *mark = skb_tail_pointer(skb);
		unsigned int len = skb->len;

		if (!(show & TASK_DIAG_SHOW(group)))
			continue;
		f.offset = group == cut ? c->offset : 0;
		if (g->locked) {
			/*
			 * As /proc/PID/io and wchan: the check and the read
			 * under exec_update_lock, so that what is read
			 * belongs to the program the check was made for;
			 * left out while an exec holds it (see above).
			 */
			if (!down_read_trylock(&task->signal->exec_update_lock)) {
				err = -EAGAIN;
			} else {
				err = td_may_read(task) ? g->fill(&f) : 0;
				up_read(&task->signal->exec_update_lock);
			}
		} else {
			err = g->fill(&f);
		}
		if (!err)
			continue;
		if (err == -EAGAIN) {
			/* its lock is taken: the group is left out */
			nlmsg_trim(skb, mark);
			if (group != cut)
				continue;
			genlmsg_cancel(skb, hdr);
			hdr = NULL;
			err = td_withdraw(skb, c, task, portid, seq, cut);
			goto out;
		}
		if (err != -EMSGSIZE)
			goto cancel;

		if (mode == TD_TRIM) {
			nlmsg_trim(skb, mark);
			continue;
		}
		/* a whole reply, or a task that does not start a fresh skb */
		if (mode == TD_WHOLE || !first)
			goto cancel;
		if (skb->len == len)
			nlmsg_trim(skb, mark);	/* keep no half attribute */
		if (skb->len == base && !g->split) {
			/* too big for any message: leave it out */
			continue;
		}
		/* go on from here in the next message */
		c->group = group + 1;
		c->offset = f.offset;
		genlmsg_end(skb, hdr);
		goto out;
	}
	genlmsg_end(skb, hdr);
	c->group = 0;
	c->offset = 0;
	err = 0;
	goto out;

cancel:
	genlmsg_cancel(skb, hdr);
out:
	kfree(f.cgroup);
	if (f.page)
		free_page((unsigned long)f.page);
	if (f.mm)
		mmput(f.mm);
	return err;
}

/*
 * Put one message for @task into @skb, from where @c says (a fresh task
 * or a continuation).  Returns 0 when the task is complete, TD_HIDDEN
 * when the requester's /proc hides it (then nothing is sent, or only
 * the GONE message that ends a continuation).  -EMSGSIZE means the skb
 * is full: if this message made progress it was ended and
 * @c->group/@c->offset say where the next one resumes, otherwise it was
 * cancelled and @c is unchanged.  A group whose lock is taken is left
 * out (the ABI lets any group be missing); one that was cut across
 * messages is withdrawn with the whole task, which then starts again
 * without it (td_withdraw()).
 */
static int td_fill_task(struct sk_buff *skb, struct td_cursor *c,
			struct task_struct *task, bool whole, u32 portid,
			u32 seq, int nlflags, enum td_mode mode)
{
	bool first = skb->len == 0;
	int err;

	do {
		err = __td_fill_task(skb, c, task, whole, portid, seq, nlflags,
				     mode, first);
	} while (err == TD_AGAIN);
	return err;
}

/* ----------------------------------------------------------------- */
/* Which tasks                                                         */

/*
 * The thread-group leader with the lowest tgid >= *nr in @ns (whose
 * parent is @parent, if given), with a reference; *nr becomes its tgid.
 */
static struct task_struct *td_next_tgid(struct pid_namespace *ns, u32 *nr,
					struct pid *parent)
{
	struct task_struct *task = NULL;
	struct pid *pid;

	rcu_read_lock();
	for (;; (*nr)++) {
		pid = find_ge_pid(*nr, ns);
		if (!pid)
			break;
		*nr = pid_nr_ns(pid, ns);
		task = pid_task(pid, PIDTYPE_TGID);
		if (!task)
			continue;
		if (parent &&
		    (!pid_alive(task) ||
		     task_tgid(rcu_dereference(task->real_parent)) != parent)) {
			task = NULL;
			continue;
		}
		get_task_struct(task);
		break;
	}
	rcu_read_unlock();
	return task;
}

static int td_cmp_u32(const void *a, const void *b)
{
	u32 x = *(const u32 *)a, y = *(const u32 *)b;

	return x < y ? -1 : x > y;
}

/*
 * The tids >= @from of @leader's thread group, ascending, in *tids
 * (@buf when it is big enough, else a kvmalloc()ed array: a process may
 * have hundreds of thousands of threads).
 */
static int td_collect_tids(struct task_struct *leader, struct pid_namespace *ns,
			   u32 from, u32 *buf, int buflen, u32 **tids)
{
	int max = buflen, n;
	u32 *arr = buf;

	for (;;) {
		struct task_struct *t;

		n = 0;
		rcu_read_lock();
		for_each_thread(leader, t) {
			u32 nr = task_pid_nr_ns(t, ns);

			if (nr < from || !nr)
				continue;
			if (n == max) {
				n = -1;
				break;
			}
			arr[n++] = nr;
		}
		rcu_read_unlock();
		if (n >= 0)
			break;
		if (arr != buf)
			kvfree(arr);
		max = 2 * max + get_nr_threads(leader);
		arr = kvmalloc_array(max, sizeof(*arr), GFP_KERNEL);
		if (!arr)
			return -ENOMEM;
	}
	sort(arr, n, sizeof(*arr), td_cmp_u32, NULL);
	*tids = arr;
	return n;
}

/* ----------------------------------------------------------------- */
/* Requests                                                            */

static int td_parse(struct nlattr **attrs, struct task_diag_pid *req,
		    struct netlink_ext_ack *extack)
{
	struct nlattr *nla = attrs ? attrs[TASKDIAG_CMD_ATTR_GET] : NULL;

	if (!nla) {
		NL_SET_ERR_MSG(extack, "TASKDIAG_CMD_ATTR_GET is missing");
		return -EINVAL;
	}
	if (nla_len(nla) < sizeof(*req)) {
		NL_SET_ERR_MSG_ATTR(extack, nla, "struct task_diag_pid is too short");
		return -EINVAL;
	}
	memcpy(req, nla_data(nla), sizeof(*req));
	if (req->__reserved) {
		NL_SET_ERR_MSG_ATTR(extack, nla, "reserved field is not zero");
		return -EINVAL;
	}
	if (req->dump_strategy > TASK_DIAG_DUMP_ALL_THREAD) {
		NL_SET_ERR_MSG_ATTR(extack, nla, "unknown dump strategy");
		return -EINVAL;
	}
	return 0;
}

/*
 * Whose view a request gets: the credentials the socket was opened with,
 * as procfs judges a /proc file by its opener (f_cred).  A request that
 * someone else writes into the socket (a setuid program's stdout), or a
 * dump round run by another reader of it, never sees more than the opener
 * may, and ids are mapped into the opener's user namespace.
 */
static const struct cred *td_requester_cred(struct sk_buff *request)
{
	struct sock *sk = NETLINK_CB(request).sk;

	if (sk && sk->sk_socket && sk->sk_socket->file)
		return sk->sk_socket->file->f_cred;
	return current_cred();
}

/*
 * Where the requester's root has no procfs of its pid namespace at /proc,
 * a requester sees only the tasks it may ptrace-read, as with
 * hidepid=invisible: there is no mount option to follow, and the
 * administrator may have left /proc out on purpose.  trust_no_proc=1 (the
 * boot parameter task_diag.trust_no_proc=1, or
 * /sys/module/task_diag/parameters/trust_no_proc) shows every task there,
 * as a /proc without hidepid would.  Where unprivileged users may create
 * user namespaces they can make a root without /proc (chroot, or a mount
 * over /proc) themselves, so leave it off there.
 */
static bool td_trust_no_proc;
module_param_named(trust_no_proc, td_trust_no_proc, bool, 0644);

/*
 * Does the requester see only the tasks it may ptrace-read?  Its /proc
 * decides: the procfs mounted at /proc in the root of the task sending
 * the request (path lookup of "/proc" from current's root, in current's
 * mount namespace, following symlinks and mounts), when that is the root
 * of a procfs of the requester's pid namespace @ns.  Its hidepid= and
 * gid= are applied as procfs applies them to /proc/PID itself
 * (proc_pid_permission(), HIDEPID_NO_ACCESS): with hidepid=noaccess (1),
 * invisible (2) or ptraceable (4) a task whose /proc/PID files the
 * requester may not open is left out.  For noaccess that is stricter
 * than /proc, which still lists the pid and its owner: every task_diag
 * group, TASK_DIAG_MSG included, comes from files /proc refuses then.
 *
 * Runs with the requester's credentials (in_group_p() for gid=).
 */
static bool td_hidepid(struct pid_namespace *ns)
{
	bool hide = !READ_ONCE(td_trust_no_proc);
	struct proc_fs_info *fs_info;
	struct super_block *sb;
	struct path path;

	if (!current->fs || kern_path("/proc", LOOKUP_FOLLOW, &path))
		return hide;
	sb = path.dentry->d_sb;
	if (sb->s_magic == PROC_SUPER_MAGIC && path.dentry == sb->s_root) {
		fs_info = proc_sb_info(sb);
		if (fs_info->pid_ns == ns)
			hide = proc_hidepid_needs_ptrace(fs_info,
							 HIDEPID_NO_ACCESS);
	}
	path_put(&path);
	return hide;
}

/*
 * Fill in a cursor for @req; takes references, see td_cursor_release().
 * Runs with the requester's credentials, see td_requester_cred().
 */
static int td_cursor_init(struct td_cursor *c, const struct task_diag_pid *req,
			  struct netlink_ext_ack *extack)
{
	struct pid_namespace *ns = task_active_pid_ns(current);
	struct task_struct *task = NULL;
	struct pid *target = NULL;

	memset(c, 0, sizeof(*c));
	c->show = req->show_flags & td_known_groups;
	c->strategy = req->dump_strategy;
	c->tgid = 1;
	c->hide = td_hidepid(ns);

	switch (c->strategy) {
	case TASK_DIAG_DUMP_CHILDREN:
	case TASK_DIAG_DUMP_ONE:
	case TASK_DIAG_DUMP_THREAD:
		rcu_read_lock();
		if (req->pid)
			task = find_task_by_pid_ns(req->pid, ns);
		if (task)
			get_task_struct(task);
		rcu_read_unlock();
		/* a task the requester's /proc hides does not exist */
		if (task && (!c->hide || td_may_read(task))) {
			/* ONE is the task itself, like /proc/@pid */
			target = get_pid(c->strategy == TASK_DIAG_DUMP_ONE ?
					 task_pid(task) : task_tgid(task));
			c->tgid = task_tgid_nr_ns(task, ns);
		}
		if (task)
			put_task_struct(task);
		if (!target) {
			NL_SET_ERR_MSG(extack, "no such process");
			return -ESRCH;
		}
		break;
	}
	c->target = target;
	c->ns = get_pid_ns(ns);
	return 0;
}

static void td_cursor_release(struct td_cursor *c)
{
	put_pid(c->target);
	if (c->ns)
		put_pid_ns(c->ns);
	c->target = NULL;
	c->ns = NULL;
}

static int td_start(struct netlink_callback *cb)
{
	struct td_cursor *c = (struct td_cursor *)cb->ctx;
	const struct cred *old;
	struct task_diag_pid req;
	int err;

	BUILD_BUG_ON(sizeof(*c) > sizeof(cb->ctx));
	BUILD_BUG_ON(__TASK_DIAG_GROUP_MAX > 8 * sizeof(c->skip));

	/*
	 * The dump skbs keep netlink's size (NLMSG_GOODSIZE, or the
	 * requester's recvmsg() buffer up to 32 KiB), so clients with 4 KiB
	 * buffers work; an attribute that cannot be cut and does not fit in
	 * an empty message of that size is left out.
	 */
	err = td_parse(td_dump_attrs(cb), &req, cb->extack);
	if (err)
		return err;
	old = override_creds(td_requester_cred(cb->skb));
	err = td_cursor_init(c, &req, cb->extack);
	revert_creds(old);
	return err;
}

static int td_done(struct netlink_callback *cb)
{
	td_cursor_release((struct td_cursor *)cb->ctx);
	return 0;
}

/* one task of a dump; a hidden task is simply left out */
static int td_dump_one(struct sk_buff *skb, struct netlink_callback *cb,
		       struct td_cursor *c, struct task_struct *task, bool whole)
{
	int err = td_fill_task(skb, c, task, whole,
			       NETLINK_CB(cb->skb).portid, cb->nlh->nlmsg_seq,
			       NLM_F_MULTI, TD_DUMP);

	return err == TD_HIDDEN ? 0 : err;
}

/* ALL, CHILDREN, ONE: thread groups in tgid order */
static int td_dump_processes(struct sk_buff *skb, struct netlink_callback *cb,
			     struct td_cursor *c)
{
	struct pid *parent = c->strategy == TASK_DIAG_DUMP_CHILDREN ?
			     c->target : NULL;
	struct task_struct *task;
	int err;

	while (!c->done) {
		u32 nr = c->tgid;

		if (c->strategy == TASK_DIAG_DUMP_ONE) {
			task = get_pid_task(c->target, PIDTYPE_PID);
			c->done = 1;
		} else {
			task = td_next_tgid(c->ns, &nr, parent);
		}
		if (c->group && (!task || nr != c->tgid)) {
			/* the task a continuation was for is gone */
			err = td_put_gone(skb, NETLINK_CB(cb->skb).portid,
					  cb->nlh->nlmsg_seq, c->tgid,
					  c->strategy == TASK_DIAG_DUMP_ONE ?
					  pid_nr_ns(c->target, c->ns) : c->tgid);
			if (err) {
				if (task)
					put_task_struct(task);
				c->done = 0;
				return err;
			}
			c->group = 0;
			c->offset = 0;
		}
		if (!task)
			break;
		if (nr != c->tgid) {
			c->tgid = nr;
			c->group = 0;
			c->offset = 0;
			c->skip = 0;
		}
		err = td_dump_one(skb, cb, c, task, true);
		put_task_struct(task);
		if (err) {
			if (c->strategy == TASK_DIAG_DUMP_ONE)
				c->done = 0;
			return err;
		}
		c->tgid++;
		c->skip = 0;
		/*
		 * A round may fill 32 KiB with hundreds of tasks: let what was
		 * woken on this CPU (ksoftirqd, rcu kthreads) run between two
		 * of them, as a read() of each /proc file would have.
		 */
		cond_resched();
	}
	c->done = 1;
	return 0;
}

/* THREAD, ALL_THREAD: by tgid, then by tid */
static int td_dump_threads(struct sk_buff *skb, struct netlink_callback *cb,
			   struct td_cursor *c)
{
	u32 stack_tids[16], *tids;
	struct task_struct *leader, *task;
	int i, n, err = 0;

	while (!c->done) {
		u32 nr = c->tgid;

		if (c->strategy == TASK_DIAG_DUMP_THREAD) {
			leader = get_pid_task(c->target, PIDTYPE_TGID);
			nr = pid_nr_ns(c->target, c->ns);
		} else {
			leader = td_next_tgid(c->ns, &nr, NULL);
		}
		if (c->group && (!leader || nr != c->tgid)) {
			/* the thread group of a pending continuation is gone */
			err = td_put_gone(skb, NETLINK_CB(cb->skb).portid,
					  cb->nlh->nlmsg_seq, c->tgid, c->tid);
			if (err) {
				if (leader)
					put_task_struct(leader);
				return err;
			}
			c->group = 0;
			c->offset = 0;
		}
		if (!leader)
			break;
		if (nr != c->tgid) {
			c->tgid = nr;
			c->tid = 0;
			c->group = 0;
			c->offset = 0;
			c->skip = 0;
		}

		n = td_collect_tids(leader, c->ns, c->tid, stack_tids,
				    ARRAY_SIZE(stack_tids), &tids);
		if (n < 0) {
			put_task_struct(leader);
			return n;
		}
		for (i = 0; i < n; i++) {
			rcu_read_lock();
			task = find_task_by_pid_ns(tids[i], c->ns);
			if (task && !same_thread_group(task, leader))
				task = NULL;
			if (task)
				get_task_struct(task);
			rcu_read_unlock();
			if (c->group && (!task || tids[i] != c->tid)) {
				/* the thread a continuation was for is gone */
				err = td_put_gone(skb,
						  NETLINK_CB(cb->skb).portid,
						  cb->nlh->nlmsg_seq, c->tgid,
						  c->tid);
				if (err) {
					if (task)
						put_task_struct(task);
					break;
				}
				c->group = 0;
				c->offset = 0;
			}
			if (!task)
				continue;
			if (tids[i] != c->tid) {
				c->tid = tids[i];
				c->group = 0;
				c->offset = 0;
				c->skip = 0;
			}
			err = td_dump_one(skb, cb, c, task, false);
			put_task_struct(task);
			if (err)
				break;
			c->tid++;
			c->group = 0;
			c->offset = 0;
			c->skip = 0;
			cond_resched();	/* as between processes */
		}
		if (tids != stack_tids)
			kvfree(tids);
		put_task_struct(leader);
		if (err)
			return err;

		if (c->strategy == TASK_DIAG_DUMP_THREAD)
			break;
		c->tgid++;
		c->tid = 0;
	}
	c->done = 1;
	return 0;
}

static int td_dumpit(struct sk_buff *skb, struct netlink_callback *cb)
{
	struct td_cursor *c = (struct td_cursor *)cb->ctx;
	const struct cred *old;
	int err;

	old = override_creds(td_requester_cred(cb->skb));
	if (c->strategy == TASK_DIAG_DUMP_THREAD ||
	    c->strategy == TASK_DIAG_DUMP_ALL_THREAD)
		err = td_dump_threads(skb, cb, c);
	else
		err = td_dump_processes(skb, cb, c);
	revert_creds(old);

	/* a full skb: send it and come back; an empty one cannot happen */
	if (err == -EMSGSIZE && skb->len)
		return skb->len;
	if (err)
		return err;
	return skb->len;
}

/*
 * Without NLM_F_DUMP: strategy ONE, answered by a single message.  The
 * message grows until the task fits; past TD_DOIT_MAX a byte string that
 * still does not fit is left out (the client reads it from /proc).
 */
#define TD_DOIT_MAX	(1024 * 1024)

static int td_doit(struct sk_buff *skb, struct genl_info *info)
{
	struct task_diag_pid req;
	struct td_cursor c;
	struct task_struct *task;
	size_t size = NLMSG_GOODSIZE;
	enum td_mode mode = TD_WHOLE;
	const struct cred *old;
	struct sk_buff *msg;
	int err;

	err = td_parse(info->attrs, &req, info->extack);
	if (err)
		return err;
	if (req.dump_strategy != TASK_DIAG_DUMP_ONE) {
		NL_SET_ERR_MSG(info->extack,
			       "only TASK_DIAG_DUMP_ONE works without NLM_F_DUMP");
		return -EINVAL;
	}
	old = override_creds(td_requester_cred(skb));
	err = td_cursor_init(&c, &req, info->extack);
	if (err)
		goto out_creds;

	task = get_pid_task(c.target, PIDTYPE_PID);
	if (!task) {
		err = -ESRCH;
		goto out;
	}
	for (;;) {
		msg = nlmsg_new(size, GFP_KERNEL | __GFP_NOWARN);
		err = -ENOMEM;
		if (!msg)
			break;
		/* use what was asked for, not what the allocator rounded to */
		if (skb_tailroom(msg) > nlmsg_total_size(size))
			skb_reserve(msg, skb_tailroom(msg) - nlmsg_total_size(size));
		c.group = 0;
		c.offset = 0;
		err = td_fill_task(msg, &c, task, true, info->snd_portid,
				   info->snd_seq, 0, mode);
		if (!err) {
			err = genlmsg_reply(msg, info);
			break;
		}
		nlmsg_free(msg);
		if (err == TD_HIDDEN) {
			/* hidden since td_cursor_init() looked: as if gone */
			err = -ESRCH;
			break;
		}
		if (err != -EMSGSIZE || mode == TD_TRIM)
			break;
		if (size >= TD_DOIT_MAX)
			mode = TD_TRIM;
		size = min_t(size_t, size * 8, TD_DOIT_MAX);
	}
	put_task_struct(task);
out:
	td_cursor_release(&c);
out_creds:
	revert_creds(old);
	return err;
}

static const struct nla_policy td_policy[TASKDIAG_CMD_ATTR_MAX + 1] = {
	/* any length: td_parse() answers a short one with -EINVAL */
	[TASKDIAG_CMD_ATTR_GET] = { .type = NLA_BINARY },
};

static const struct genl_ops td_ops[] = {
	{
		.cmd	= TASKDIAG_CMD_GET,
		.doit	= td_doit,
		.start	= td_start,
		.dumpit	= td_dumpit,
		.done	= td_done,
	},
};

static struct genl_family task_diag_family __ro_after_init = {
	.name		= TASKDIAG_GENL_NAME,
	.version	= TASKDIAG_GENL_VERSION,
	.maxattr	= TASKDIAG_CMD_ATTR_MAX,
	.policy		= td_policy,
	.netnsok	= true,
	.parallel_ops	= true,
	.module		= THIS_MODULE,
	.ops		= td_ops,
	.n_ops		= ARRAY_SIZE(td_ops),
};

static int __init task_diag_init(void)
{
	int i;

	BUILD_BUG_ON(sizeof(struct task_diag_pid) != 24);
	BUILD_BUG_ON(sizeof(struct task_diag_msg) != 44);
	BUILD_BUG_ON(sizeof(struct task_diag_stat) != 216);
	/* task_state_index() is what TASK_DIAG_RUNNING... number */
	BUILD_BUG_ON(ilog2(TASK_REPORT_MAX) != TASK_DIAG_IDLE);
	for (i = 0; i < __TASK_DIAG_GROUP_MAX; i++) {
		if (!td_groups_tab[i].fill)
			continue;
		td_known_groups |= TASK_DIAG_SHOW(i);
		if (td_groups_tab[i].public)
			td_public_groups |= TASK_DIAG_SHOW(i);
		if (td_groups_tab[i].mm)
			td_mm_groups |= TASK_DIAG_SHOW(i);
	}
	return genl_register_family(&task_diag_family);
}
late_initcall(task_diag_init);
