/*
 * groups.c - the data-group contract (see groups.h).
 */
#include "lib/record/groups.h"
#include "lib/bpf/task_iter.h"

/*
 * /proc/PID is owned by the task's effective ids: fs/proc/base.c
 * task_dump_owner() re-owns the files of non-dumpable tasks to root, never
 * the S_IFDIR|0555 task directories, and kernel threads are root-owned as
 * their credentials are root.  So credentials give the owner, and euid and
 * egid are already in place.
 */
static void owner_from_cred(struct task *t)
{
	t->owner = t->euid;
}

#define ALL_KERNEL (GS_TASKDIAG | GS_BPF)

/*
 * Each group: its name, the file that fills it and its kernel group;
 * then the kernel-side sources that send it and the rest (groups.h).
 */
const struct group_def group_defs[64] = {
	/*
	 * ids and state: every kernel message carries them (and a 16-byte
	 * comm, which no column takes: those that print a name want
	 * TG_NAME, which the same read of stat fills)
	 */
	[TG_MSG]	= { .name = "msg", .file = PFILE_STAT, .kernel = KG_NONE,
			    .sources = ALL_KERNEL, .public = true, .in_msg = ALL_KERNEL },
	/*
	 * The process group and session: in task_diag_msg, which task_diag
	 * fills in every message.  The BPF program fills them only when
	 * asked with a show bit of its own (task_iter.h): reading them costs
	 * it two cache misses a task (the task's signal pointer, then the
	 * signal struct), the most of what ps ax -o pid,ppid costs it.
	 */
	[TG_SESS]	= { .name = "sess", .file = PFILE_STAT, .kernel = TDPS_BPF_SESS,
			    .sources = GS_BPF, .public = true, .in_msg = GS_TASKDIAG },
	[TG_NAME]	= { .name = "name", .file = PFILE_STAT, .kernel = TASK_DIAG_NAME,
			    .sources = ALL_KERNEL, .public = true },
	/*
	 * stat is world-readable, but procfs shows its code and stack
	 * addresses, kernel stack pointers, wchan flag and exit code only to
	 * readers who may ptrace the task (ptrace_may_access(), which LSMs
	 * hook).  The rest, TG_STAT, is the same for every reader, and the
	 * BPF program computes it as do_task_stat() does.  The guarded part
	 * travels in the same kernel group but only task_diag, which asks
	 * ptrace_may_access(), delivers it: a BPF record never holds it, and
	 * a column that needs it reads stat.
	 */
	[TG_STAT]	= { .name = "stat", .file = PFILE_STAT, .kernel = TASK_DIAG_STAT,
			    .sources = ALL_KERNEL, .public = true, .per_thread = true },
	[TG_STATADDR]	= { .name = "stataddr", .file = PFILE_STAT, .kernel = TASK_DIAG_STAT,
			    .sources = GS_TASKDIAG, .per_thread = true },
	[TG_CRED]	= { .name = "cred", .file = PFILE_STATUS, .kernel = TASK_DIAG_CRED,
			    .sources = ALL_KERNEL, .public = true },
	[TG_STATM]	= { .name = "statm", .file = PFILE_STATUS, .kernel = TASK_DIAG_STATM,
			    .sources = ALL_KERNEL, .public = true },
	[TG_SIGNAL]	= { .name = "signal", .file = PFILE_STATUS, .kernel = TASK_DIAG_SIGNAL,
			    .sources = GS_TASKDIAG, .public = true, .per_thread = true },
	[TG_GROUPS]	= { .name = "groups", .file = PFILE_STATUS, .kernel = TASK_DIAG_GROUPS,
			    .sources = GS_TASKDIAG, .public = true },
	/*
	 * The effective uid and gid alone, as the owner of /proc/PID: one
	 * fstatat() instead of generating status, so ps's user columns, its
	 * default selection and pstree's owner cost almost nothing.
	 */
	[TG_OWNER]	= { .name = "owner", .file = PFILE_DIR, .kernel = KG_NONE,
			    .public = true, .stand_in = G_CRED, .derive = owner_from_cred },
	/*
	 * vm_rss alone.  status's VmRSS and statm's resident pages are the
	 * same sum of the mm's counters (fs/proc/task_mmu.c task_mem() and
	 * task_statm()), and statm is much the cheaper to generate (the
	 * costs: choose.c's file_cost_ns[], bench/results.md).
	 * (stat's rss field is not the same: on 6.18 it differed from VmRSS
	 * by up to a few hundred KiB, read approximately from per-CPU
	 * counters.)
	 */
	[TG_RSS]	= { .name = "rss", .file = PFILE_STATM, .kernel = KG_NONE,
			    .public = true, .stand_in = G_STATM },
	/*
	 * Not from BPF: a command line is the task's own memory, which it
	 * can make wait forever (a FUSE file mapped over its argv), and
	 * /proc alone refuses such pages (FOLL_ANON).  task_diag reads it
	 * with /proc's rules.
	 */
	[TG_CMDLINE]	= { .name = "cmdline", .file = PFILE_CMDLINE, .kernel = TASK_DIAG_CMDLINE,
			    .sources = GS_TASKDIAG, .public = true },
	[TG_ENVIRON]	= { .name = "environ", .file = PFILE_ENVIRON, .kernel = TASK_DIAG_ENVIRON,
			    .sources = GS_TASKDIAG },
	[TG_CGROUP]	= { .name = "cgroup", .file = PFILE_CGROUP, .kernel = TASK_DIAG_CGROUP,
			    .sources = GS_TASKDIAG },
	[TG_IO]		= { .name = "io", .file = PFILE_IO, .kernel = TASK_DIAG_IO,
			    .sources = GS_TASKDIAG, .per_thread = true },
	[TG_OOM]	= { .name = "oom", .file = PFILE_OOM, .kernel = TASK_DIAG_OOM,
			    .sources = GS_TASKDIAG },
	[TG_LOGIN]	= { .name = "login", .file = PFILE_LOGINUID, .kernel = TASK_DIAG_LOGIN,
			    .sources = GS_TASKDIAG },
	[TG_AUTOGROUP]	= { .name = "autogroup", .file = PFILE_AUTOGROUP,
			    .kernel = TASK_DIAG_AUTOGROUP, .sources = GS_TASKDIAG },
	[TG_SMAPS]	= { .name = "smaps", .file = PFILE_SMAPS_ROLLUP, .kernel = TASK_DIAG_SMAPS,
			    .sources = GS_TASKDIAG },
	[TG_EXE]	= { .name = "exe", .file = PFILE_EXE, .kernel = TASK_DIAG_EXE,
			    .sources = GS_TASKDIAG },
	[TG_SECCTX]	= { .name = "secctx", .file = PFILE_ATTR_CURRENT,
			    .kernel = TASK_DIAG_SECCTX, .sources = GS_TASKDIAG },
	[TG_NS]		= { .name = "ns", .file = PFILE_NS, .kernel = TASK_DIAG_NS,
			    .sources = GS_TASKDIAG },
	[TG_WCHAN]	= { .name = "wchan", .file = PFILE_WCHAN, .kernel = TASK_DIAG_WCHAN,
			    .sources = GS_TASKDIAG },
	/* the fd directory's size is its count (Linux 6.2), for anyone to see */
	[TG_FDS]	= { .name = "fds", .file = PFILE_FDS, .kernel = TASK_DIAG_FDS,
			    .sources = GS_TASKDIAG, .public = true },
};

static const char *const file_names[PFILE_COUNT] = {
	[PFILE_NONE] = "", [PFILE_STAT] = "stat", [PFILE_STATUS] = "status",
	[PFILE_DIR] = ".", [PFILE_STATM] = "statm", [PFILE_CMDLINE] = "cmdline",
	[PFILE_ENVIRON] = "environ", [PFILE_CGROUP] = "cgroup", [PFILE_IO] = "io",
	[PFILE_OOM] = "oom_score", [PFILE_LOGINUID] = "loginuid",
	[PFILE_AUTOGROUP] = "autogroup", [PFILE_SMAPS_ROLLUP] = "smaps_rollup",
	[PFILE_EXE] = "exe", [PFILE_ATTR_CURRENT] = "attr/current", [PFILE_NS] = "ns",
	[PFILE_WCHAN] = "wchan", [PFILE_FDS] = "fd",
};

const char *group_file_name(enum proc_file f)
{
	return f < PFILE_COUNT ? file_names[f] : "";
}

/* the index of the lowest set bit; m must not be 0 */
static int low_bit(uint64_t m)
{
	return __builtin_ctzll(m);
}

uint64_t group_file_groups(enum proc_file f)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 64; i++)
		if (group_defs[i].name && group_defs[i].file == f)
			m |= TG_BIT(i);
	return m;
}

/*
 * Two passes: first the files of the groups that need their own, then a
 * group with a stand-in only when the stand-in is neither held, nor
 * wanted, nor in a file already chosen (status read for VmLck gives the
 * owner, with no stat of the directory).
 */
unsigned group_files(uint64_t want, uint64_t have)
{
	uint64_t need = want & ~have, all = want | have, m;
	unsigned files = 0;

	for (m = need; m; m &= m - 1) {
		const struct group_def *g = &group_defs[low_bit(m)];

		if (!g->stand_in)
			files |= 1u << g->file;
	}
	for (m = need; m; m &= m - 1) {
		const struct group_def *g = &group_defs[low_bit(m)];

		if (g->stand_in && !(g->stand_in & all) &&
		    !(files & (1u << group_defs[low_bit(g->stand_in)].file)))
			files |= 1u << g->file;
	}
	return files;
}

/* may @source deliver @g (to every reader, with @public_only)? */
static bool delivers(const struct group_def *g, unsigned source,
		     bool public_only)
{
	return g->kernel != KG_NONE && (g->sources & source) &&
	       (g->public || !public_only);
}

uint64_t group_request(uint64_t want, unsigned source, bool public_only)
{
	uint64_t show = 0;

	for (; want; want &= want - 1) {
		const struct group_def *g = &group_defs[low_bit(want)];

		if (delivers(g, source, public_only)) {
			show |= TG_BIT(g->kernel);
			continue;
		}
		if (g->stand_in) {
			const struct group_def *s = &group_defs[low_bit(g->stand_in)];

			if (delivers(s, source, public_only))
				show |= TG_BIT(s->kernel);
		}
	}
	return show;
}

uint64_t group_kernel_mask(unsigned source, bool public_only)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 64; i++)
		if (group_defs[i].name && delivers(&group_defs[i], source,
						   public_only))
			m |= TG_BIT(group_defs[i].kernel);
	return m;
}

uint64_t group_delivered(int kernel, unsigned source)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 64; i++)
		if (group_defs[i].name && group_defs[i].kernel == kernel &&
		    (group_defs[i].sources & source))
			m |= TG_BIT(i);
	return m;
}

uint64_t group_in_msg(unsigned source)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 64; i++)
		if (group_defs[i].name && (group_defs[i].in_msg & source))
			m |= TG_BIT(i);
	return m;
}

uint64_t group_per_thread(void)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 64; i++)
		if (group_defs[i].name && group_defs[i].per_thread)
			m |= TG_BIT(i);
	return m;
}

/*
 * The groups another group can stand in for, computed once (the /proc
 * source's reader threads may race to it: each stores the same value)
 */
static uint64_t derivable(void)
{
	static uint64_t cached;
	uint64_t m = __atomic_load_n(&cached, __ATOMIC_RELAXED);
	int i;

	if (!m) {
		for (i = 0; i < 64; i++)
			if (group_defs[i].name && group_defs[i].stand_in)
				m |= TG_BIT(i);
		__atomic_store_n(&cached, m, __ATOMIC_RELAXED);
	}
	return m;
}

/* called for every record: only the groups with a stand-in are looked at */
void group_derive(struct task *t)
{
	uint64_t missing = derivable() & ~t->have;

	for (; missing; missing &= missing - 1) {
		int i = low_bit(missing);
		const struct group_def *g = &group_defs[i];

		if (!g->stand_in || !(g->stand_in & t->have))
			continue;
		if (g->derive)
			g->derive(t);
		t->have |= TG_BIT(i);
	}
}
