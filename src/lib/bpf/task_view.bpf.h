/* SPDX-License-Identifier: GPL-2.0 */
/*
 * task_view.bpf.h - whether the reader's own /proc shows every task of
 * its pid namespace (view_of()): the procfs mounted on /proc in the
 * reader's root, whole and without hidepid.  Part of the program, not a
 * header of its own: included once by task_iter.bpf.c (see "The rule"
 * at the top there) after task_values.bpf.h.
 */

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

