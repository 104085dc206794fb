/*
 * field_table.c - the one table of format specifiers, and the named
 * formats.  Everything about a column is its row and its printer's
 * entry: -o parsing, `ps L`, the manual's list (tools/mkman), the data
 * groups a source must fetch, the sort item it sorts by and the items it
 * makes sortable.  The printers are in field_print.c.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/columns/field_priv.h"
#include "lib/record/groups.h"
#include "lib/record/versions.h"

/*
 * What each printer brings to the rows that name it (a row's printer is
 * the name after P_): the function, NULL for nop (procps's pr_nop: a
 * column procps accepts but has no data for, printed "-"); the data
 * groups it reads; and in parentheses the sort items procps's printer of
 * that name asks its library for (regs in fields.h), (0) for none.
 */
#define P_nop		NULL,			0, (0)
#define P_agid		pr_agid,		G_AUTOGROUP, (SK_AUTOGRP_ID)
#define P_agnice	pr_agnice,		G_AUTOGROUP, (SK_AUTOGRP_NICE)
#define P_args		pr_args,		G_MSG | G_NAME | G_CMDLINE, (SK_CMDLINE, SK_CMD)
#define P_bsdstart	pr_bsdstart,		G_STAT, (SK_TICS_BEGAN)
#define P_bsdtime	pr_bsdtime,		G_STAT, (SK_TICS_ALL)
#define P_c		pr_c,			G_STAT, \
						(SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION)
#define P_cgname	pr_cgname,		G_CGROUP, (SK_CGNAME)
#define P_cgroup	pr_cgroup,		G_CGROUP, (SK_CGROUP)
#define P_cgroupns	pr_cgroupns,		G_NS, (SK_NS_CGROUP)
#define P_class		pr_class,		G_STAT, (SK_SCHED_CLASSSTR)
/* procps 4.0.4's pr_class asked for the class number, 4.0.5's for its name */
#define P_class_404	pr_class,		G_STAT, (SK_SCHED_CLASS)
#define P_comm		pr_comm,		G_MSG | G_NAME, (SK_CMD, SK_CMDLINE)
#define P_context	pr_context,		G_SECCTX, (SK_ID_TGID)
#define P_cp		pr_cp,			G_STAT, \
						(SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION)
#define P_cuc		pr_cuc,			G_STAT, (SK_UTILIZATION_C)
#define P_cuu		pr_cuu,			G_STAT, (SK_UTILIZATION)
#define P_docker	pr_docker,		G_CGROUP, (SK_DOCKER_ID)
#define P_drs		pr_drs,			G_STAT | G_STATADDR, \
						(SK_VSIZE_BYTES, SK_ADDR_CODE_END, \
						 SK_ADDR_CODE_START)
#define P_egid		pr_egid,		G_OWNER, (SK_ID_EGID)
#define P_egroup	pr_egroup,		G_OWNER, (SK_ID_EGROUP, SK_ID_EGID)
#define P_eip		pr_eip,			G_STATADDR, (SK_ADDR_CURR_EIP)
#define P_environ	pr_environ,		G_ENVIRON, (0)
#define P_esp		pr_esp,			G_STATADDR, (SK_ADDR_CURR_ESP)
#define P_etime		pr_etime,		G_STAT, (SK_TIME_ELAPSED)
#define P_etimes	pr_etimes,		G_STAT, (SK_TIME_ELAPSED)
#define P_euid		pr_euid,		G_OWNER, (SK_ID_EUID)
#define P_euser		pr_euser,		G_OWNER, (SK_ID_EUSER, SK_ID_EUID)
#define P_exe		pr_exe,			G_EXE, (SK_EXE)
#define P_fds		pr_fds,			G_FDS, (SK_OPEN_FILES)
#define P_fgid		pr_fgid,		G_CRED, (SK_ID_FGID)
#define P_fgroup	pr_fgroup,		G_CRED, (SK_ID_FGROUP, SK_ID_FGID)
#define P_flag		pr_flag,		G_STAT, (SK_FLAGS)
#define P_fname		pr_fname,		G_MSG | G_NAME, (SK_CMD)
#define P_fuid		pr_fuid,		G_CRED, (SK_ID_FUID)
#define P_fuser		pr_fuser,		G_CRED, (SK_ID_FUSER, SK_ID_FUID)
#define P_htprv		pr_htprv,		G_SMAPS, (SK_SMAP_HUGE_TLBPRV)
#define P_htshr		pr_htshr,		G_SMAPS, (SK_SMAP_HUGE_TLBSHR)
#define P_ipcns		pr_ipcns,		G_NS, (SK_NS_IPC)
#define P_lim		pr_lim,			G_STAT, (SK_RSS_RLIM)
#define P_lstart	pr_lstart,		G_STAT, (SK_TICS_BEGAN)
#define P_luid		pr_luid,		G_LOGIN, (SK_ID_LOGIN)
#define P_lxcname	pr_lxcname,		G_CGROUP, (SK_LXCNAME)
#define P_majflt	pr_majflt,		G_STAT, (SK_FLT_MAJ)
#define P_minflt	pr_minflt,		G_STAT, (SK_FLT_MIN)
#define P_mntns		pr_mntns,		G_NS, (SK_NS_MNT)
#define P_netns		pr_netns,		G_NS, (SK_NS_NET)
#define P_nice		pr_nice,		G_STAT, (SK_NICE, SK_SCHED_CLASS)
#define P_nlwp		pr_nlwp,		G_STAT, (SK_NLWP)
#define P_numa		pr_numa,		G_STAT, (SK_PROCESSOR_NODE)
#define P_oom		pr_oom,			G_OOM, (SK_OOM_SCORE)
#define P_oom_adj	pr_oom_adj,		G_OOM, (SK_OOM_ADJ)
#define P_opri		pr_opri,		G_STAT, (SK_PRIORITY)
#define P_pcap		pr_pcap,		G_CRED, (SK_CAPS_PERMITTED)
#define P_pcaps		pr_pcaps,		G_CRED, (SK_CAPS_PERMITTED)
#define P_pcpu		pr_pcpu,		G_STAT, \
						(SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION)
#define P_pgid		pr_pgid,		G_SESS, (SK_ID_PGRP)
#define P_pidns		pr_pidns,		G_NS, (SK_NS_PID)
#define P_pmem		pr_pmem,		G_RSS, (SK_VM_RSS)
#define P_ppid		pr_ppid,		G_MSG, (SK_ID_PPID)
#define P_pri		pr_pri,			G_STAT, (SK_PRIORITY)
#define P_pri_api	pr_pri_api,		G_STAT, (SK_PRIORITY)
#define P_pri_bar	pr_pri_bar,		G_STAT, (SK_PRIORITY)
#define P_pri_baz	pr_pri_baz,		G_STAT, (SK_PRIORITY)
#define P_pri_foo	pr_pri_foo,		G_STAT, (SK_PRIORITY)
#define P_priority	pr_priority,		G_STAT, (SK_PRIORITY)
#define P_procs		pr_procs,		0, (SK_ID_TGID)
#define P_psr		pr_psr,			G_STAT, (SK_PROCESSOR)
#define P_pss		pr_pss,			G_SMAPS, (SK_SMAP_PSS)
#define P_rbytes	pr_rbytes,		G_IO, (SK_IO_READ_BYTES)
#define P_rchars	pr_rchars,		G_IO, (SK_IO_READ_CHARS)
#define P_rgid		pr_rgid,		G_CRED, (SK_ID_RGID)
#define P_rgroup	pr_rgroup,		G_CRED, (SK_ID_RGROUP, SK_ID_RGID)
#define P_rops		pr_rops,		G_IO, (SK_IO_READ_OPS)
#define P_rss		pr_rss,			G_RSS, (SK_VM_RSS)
#define P_rtprio	pr_rtprio,		G_STAT, (SK_SCHED_CLASS, SK_PRIORITY_RT)
#define P_ruid		pr_ruid,		G_CRED, (SK_ID_RUID)
#define P_ruser		pr_ruser,		G_CRED, (SK_ID_RUSER, SK_ID_RUID)
#define P_s		pr_s,			G_MSG, (SK_STATE)
#define P_sched		pr_sched,		G_STAT, (SK_SCHED_CLASS)
#define P_sd_machine	pr_sd_machine,		G_CGROUP, (SK_SD_MACH)
#define P_sd_ouid	pr_sd_ouid,		G_CGROUP, (SK_SD_OUID)
#define P_sd_seat	pr_sd_seat,		G_CGROUP, (SK_SD_SEAT)
#define P_sd_session	pr_sd_session,		G_CGROUP, (SK_SD_SESS)
#define P_sd_slice	pr_sd_slice,		G_CGROUP, (SK_SD_SLICE)
#define P_sd_unit	pr_sd_unit,		G_CGROUP, (SK_SD_UNIT)
#define P_sd_uunit	pr_sd_uunit,		G_CGROUP, (SK_SD_UUNIT)
#define P_sess		pr_sess,		G_SESS, (SK_ID_SESSION)
#define P_sgi_p		pr_sgi_p,		G_MSG | G_STAT, (SK_STATE, SK_PROCESSOR)
#define P_sgid		pr_sgid,		G_CRED, (SK_ID_SGID)
#define P_sgroup	pr_sgroup,		G_CRED, (SK_ID_SGROUP, SK_ID_SGID)
#define P_sig		pr_sig,			G_SIGNAL, (SK_SIGNALS)
#define P_sigcatch	pr_sigcatch,		G_SIGNAL, (SK_SIGCATCH)
#define P_sigignore	pr_sigignore,		G_SIGNAL, (SK_SIGIGNORE)
#define P_sigmask	pr_sigmask,		G_SIGNAL, (SK_SIGBLOCKED)
#define P_size		pr_size,		G_STAT, (SK_VSIZE_BYTES)
#define P_stackp	pr_stackp,		G_STATADDR, (SK_ADDR_STACK_START)
#define P_start		pr_start,		G_STAT, (SK_TICS_BEGAN)
#define P_stat		pr_stat,		G_MSG | G_SESS | G_STAT | G_STATM, \
						(SK_STATE, SK_NICE, SK_VM_RSS_LOCKED, \
						 SK_ID_SESSION, SK_ID_TGID, SK_NLWP, SK_ID_PGRP, \
						 SK_ID_TPGID)
#define P_stime		pr_stime,		G_STAT, (SK_TICS_BEGAN)
#define P_suid		pr_suid,		G_CRED, (SK_ID_SUID)
#define P_supgid	pr_supgid,		G_GROUPS, (SK_SUPGIDS)
#define P_supgrp	pr_supgrp,		G_GROUPS, (SK_SUPGROUPS)
#define P_suser		pr_suser,		G_CRED, (SK_ID_SUSER, SK_ID_SUID)
#define P_swapable	pr_swapable,		G_STATM, (SK_VM_DATA, SK_VM_STACK, SK_VSIZE_BYTES)
#define P_sz		pr_sz,			G_STAT, (SK_VM_SIZE)
#define P_t_left	pr_t_left,		0, (0)
#define P_t_left2	pr_t_left2,		0, (0)
#define P_t_right	pr_t_right,		0, (0)
#define P_t_right2	pr_t_right2,		0, (0)
#define P_t_unlimited	pr_t_unlimited,		0, (0)
#define P_t_unlimited2	pr_t_unlimited2,	0, (0)
#define P_tasks		pr_tasks,		0, (SK_ID_PID)
#define P_time		pr_time,		G_STAT, (SK_TIME_ALL)
#define P_timens	pr_timens,		G_NS, (SK_NS_TIME)
#define P_times		pr_times,		G_STAT, (SK_TIME_ALL)
#define P_tpgid		pr_tpgid,		G_STAT, (SK_ID_TPGID)
#define P_trs		pr_trs,			G_STAT | G_STATADDR, \
						(SK_VSIZE_BYTES, SK_ADDR_CODE_END, \
						 SK_ADDR_CODE_START)
#define P_tsig		pr_tsig,		G_SIGNAL, (SK_SIGPENDING)
#define P_tty4		pr_tty4,		G_STAT, (0)
#define P_tty8		pr_tty8,		G_STAT, (SK_TTY_NAME)
#define P_userns	pr_userns,		G_NS, (SK_NS_USER)
#define P_uss		pr_uss,			G_SMAPS, (SK_SMAP_PRV_TOTAL)
#define P_utsns		pr_utsns,		G_NS, (SK_NS_UTS)
#define P_vsz		pr_vsz,			G_STAT, (SK_VM_SIZE)
#define P_wbytes	pr_wbytes,		G_IO, (SK_IO_WRITE_BYTES)
#define P_wcbytes	pr_wcbytes,		G_IO, (SK_IO_WRITE_CBYTES)
#define P_wchan		pr_wchan,		G_WCHAN, (SK_WCHAN_NAME)
#define P_wchars	pr_wchars,		G_IO, (SK_IO_WRITE_CHARS)
#define P_wops		pr_wops,		G_IO, (SK_IO_WRITE_OPS)

/*
 * The rows, one per specifier, sorted by name (field_find() uses bsearch;
 * the unit test checks the order).  The macro says when the column
 * prints, in procps's words: PO on process lines only, TO on thread lines
 * only (ps m), ET on every line, AN "as needed", which is every line too.
 *   name, header  as -o takes and prints them
 *   printer       P_ above: what prints it, reads for it, asks for it
 *   sort item     what --sort sorts it by (sort_items.h)
 *   width, align  its default width and alignment (AL_ in fields.h)
 *   flags         PIDMAX, U98, ARGS, COMM, TEST (FLD_ in fields.h)
 * then, for a row that some procps releases lack, the releases that have
 * it: UPTO404 or FROM406 (procps 4.0.5 on).  A row that copies a procps
 * oddity on purpose says so above it.
 */
#define PIDMAX	FLD_PIDMAX
#define U98	FLD_U98
#define ARGS	FLD_ARGS
#define COMM	FLD_COMM
#define TEST	FLD_TEST
#define UPTO404	.until = PROCPS_4_0_4
#define FROM406	.since = PROCPS_4_0_6

#define PO(n, h, p, s, w, a, fl, ...) \
	ROW(P_##p, n, h, SK_##s, w, AL_##a, W_PROC, fl, __VA_ARGS__)
#define TO(n, h, p, s, w, a, fl, ...) \
	ROW(P_##p, n, h, SK_##s, w, AL_##a, W_THREAD, fl, __VA_ARGS__)
#define ET(n, h, p, s, w, a, fl, ...) \
	ROW(P_##p, n, h, SK_##s, w, AL_##a, W_EVERY, fl, __VA_ARGS__)
#define AN(n, h, p, s, w, a, fl, ...) \
	ROW(P_##p, n, h, SK_##s, w, AL_##a, W_NEEDED, fl, __VA_ARGS__)
/* one more expansion, so that the P_ spreads into its three parts */
#define ROW(...)	ROW_(__VA_ARGS__)
#define ROW_(fn, g, r, n, h, s, w, a, wh, fl, ...)				\
	{ .name = n, .header = h, .print = fn, .sort = s, .width = w,		\
	  .align = a, .when = wh, .flags = (fl), .groups = g,			\
	  .regs = { REGS r }, __VA_ARGS__ }
#define REGS(...)	__VA_ARGS__

const struct field field_defs[] = {
	/* name           header         printer       sort item       width align      flags */
	ET("%cpu",        "%CPU",        pcpu,         UTILIZATION,       4, RIGHT,     0),
	PO("%mem",        "%MEM",        pmem,         VM_RSS,            4, RIGHT,     0),
	ET("_left",       "LLLLLLLL",    t_left,       NOOP,              8, LEFT,      TEST),
	ET("_left2",      "L2L2L2L2",    t_left2,      NOOP,              8, LEFT,      TEST),
	ET("_right",      "RRRRRRRRRRR", t_right,      NOOP,             11, RIGHT,     TEST),
	ET("_right2",     "R2R2R2R2R2R", t_right2,     NOOP,             11, RIGHT,     TEST),
	ET("_unlimited",  "U",           t_unlimited,  NOOP,             16, UNLIMITED, TEST),
	ET("_unlimited2", "U2",          t_unlimited2, NOOP,             16, UNLIMITED, TEST),
	AN("acflag",      "ACFLG",       nop,          NOOP,              5, RIGHT,     0),
	AN("acflg",       "ACFLG",       nop,          NOOP,              5, RIGHT,     0),
	AN("addr",        "ADDR",        nop,          NOOP,              4, RIGHT,     0),
	AN("addr_1",      "ADDR",        nop,          NOOP,              1, LEFT,      0),
	AN("ag_id",       "AGID",        agid,         AUTOGRP_ID,        5, RIGHT,     0),
	AN("ag_nice",     "AGNI",        agnice,       AUTOGRP_NICE,      4, RIGHT,     0),
	AN("alarm",       "ALARM",       nop,          NOOP,              5, RIGHT,     0),
	PO("argc",        "ARGC",        nop,          NOOP,              4, RIGHT,     0),
	PO("args",        "COMMAND",     args,         CMDLINE,          27, UNLIMITED, U98|ARGS),
	ET("atime",       "TIME",        time,         TIME_ALL,          8, RIGHT,     0),
	TO("blocked",     "BLOCKED",     sigmask,      SIGBLOCKED,        9, SIGNAL,    0),
	TO("bnd",         "BND",         nop,          NOOP,              1, RIGHT,     0),
	ET("bsdstart",    "START",       bsdstart,     TICS_BEGAN,        6, RIGHT,     0),
	ET("bsdtime",     "TIME",        bsdtime,      TICS_ALL,          6, RIGHT,     0),
	ET("c",           "C",           c,            UTILIZATION,       2, RIGHT,     0),
	TO("caught",      "CAUGHT",      sigcatch,     SIGCATCH,          9, SIGNAL,    0),
	PO("cgname",      "CGNAME",      cgname,       CGNAME,           27, UNLIMITED, 0),
	PO("cgroup",      "CGROUP",      cgroup,       CGROUP,           27, UNLIMITED, 0),
	ET("cgroupns",    "CGROUPNS",    cgroupns,     NS_CGROUP,        10, RIGHT,     0),
	TO("class",       "CLS",         class_404,    SCHED_CLASS,       3, LEFT,      0, UPTO404),
	TO("class",       "CLS",         class,        SCHED_CLASSSTR,    3, LEFT,      0, FROM406),
	TO("cls",         "CLS",         class_404,    SCHED_CLASS,       3, RIGHT,     0, UPTO404),
	TO("cls",         "CLS",         class,        SCHED_CLASSSTR,    3, RIGHT,     0, FROM406),
	AN("cmaj_flt",    "-",           nop,          NOOP,              1, RIGHT,     0),
	PO("cmd",         "CMD",         args,         CMDLINE,          27, UNLIMITED, ARGS),
	AN("cmin_flt",    "-",           nop,          NOOP,              1, RIGHT,     0),
	AN("cnswap",      "-",           nop,          NOOP,              1, RIGHT,     0),
	PO("comm",        "COMMAND",     comm,         CMD,              15, UNLIMITED, U98|COMM),
	PO("command",     "COMMAND",     args,         CMDLINE,          27, UNLIMITED, ARGS),
	/* sorted by pid: procps sorts the security context by the tgid */
	ET("context",     "CONTEXT",     context,      ID_TGID,          31, LEFT,      0),
	ET("cp",          "CP",          cp,           UTILIZATION,       3, RIGHT,     0),
	AN("cpu",         "CPU",         nop,          NOOP,              3, RIGHT,     0, UPTO404),
	TO("cpu",         "CPU",         psr,          PROCESSOR,         3, RIGHT,     0, FROM406),
	TO("cpuid",       "CPUID",       psr,          PROCESSOR,         5, RIGHT,     0),
	ET("cputime",     "TIME",        time,         TIME_ALL,          8, RIGHT,     0),
	ET("cputimes",    "TIME",        times,        TIME_ALL,          8, RIGHT,     0),
	ET("ctid",        "CTID",        nop,          NOOP,              5, RIGHT,     0),
	AN("cuc",         "%CUC",        cuc,          UTILIZATION_C,     7, RIGHT,     0),
	AN("cursig",      "CURSIG",      nop,          NOOP,              6, RIGHT,     0),
	/* "-", yet sorts by its item when a column asks for it (procps) */
	AN("cutime",      "-",           nop,          TICS_USER_C,       1, RIGHT,     0),
	AN("cuu",         "%CUU",        cuu,          UTILIZATION,       6, RIGHT,     0),
	AN("cwd",         "CWD",         nop,          NOOP,              3, LEFT,      0),
	AN("docker",      "DOCKER",      docker,       DOCKER_ID,        12, LEFT,      0, FROM406),
	/* drs, dsiz: sorted by the whole virtual size, as procps */
	PO("drs",         "DRS",         drs,          VSIZE_BYTES,       5, RIGHT,     0),
	PO("dsiz",        "DSIZ",        drs,          VSIZE_BYTES,       4, RIGHT,     0),
	ET("egid",        "EGID",        egid,         ID_EGID,           5, RIGHT,     0),
	ET("egroup",      "EGROUP",      egroup,       ID_EGROUP,         8, USER,      0),
	TO("eip",         "EIP",         eip,          ADDR_CURR_EIP,    16, RIGHT,     0),
	PO("emul",        "EMUL",        nop,          NOOP,             13, LEFT,      0),
	/* "-", yet sorts by its item when a column asks for it (procps) */
	PO("end_code",    "E_CODE",      nop,          ADDR_CODE_END,    16, RIGHT,     0),
	PO("environ",     "ENVIRONMENT", nop,          NOOP,             11, UNLIMITED, 0, UPTO404),
	/* accepted by --sort, sorts nothing (procps: PIDS_noop) */
	PO("environ",     "ENVIRONMENT", environ,      NOOP,             31, UNLIMITED, 0, FROM406),
	TO("esp",         "ESP",         esp,          ADDR_CURR_ESP,    16, RIGHT,     0),
	ET("etime",       "ELAPSED",     etime,        TIME_ELAPSED,     11, RIGHT,     U98),
	ET("etimes",      "ELAPSED",     etimes,       TIME_ELAPSED,      7, RIGHT,     0),
	ET("euid",        "EUID",        euid,         ID_EUID,           5, RIGHT,     0),
	ET("euser",       "EUSER",       euser,        ID_EUSER,          8, USER,      0),
	PO("exe",         "EXE",         exe,          EXE,              27, UNLIMITED, 0),
	ET("f",           "F",           flag,         FLAGS,             1, RIGHT,     0),
	PO("fds",         "FDS",         fds,          OPEN_FILES,        3, RIGHT,     0, FROM406),
	/* sorted by the flags (not fsgid): procps's table says PIDS_FLAGS */
	ET("fgid",        "FGID",        fgid,         FLAGS,             5, RIGHT,     0),
	ET("fgroup",      "FGROUP",      fgroup,       ID_FGROUP,         8, USER,      0),
	ET("flag",        "F",           flag,         FLAGS,             1, RIGHT,     0),
	ET("flags",       "F",           flag,         FLAGS,             1, RIGHT,     0),
	PO("fname",       "COMMAND",     fname,        CMD,               8, LEFT,      0),
	ET("fsgid",       "FSGID",       fgid,         ID_FGID,           5, RIGHT,     0),
	ET("fsgroup",     "FSGROUP",     fgroup,       ID_FGROUP,         8, USER,      0),
	ET("fsuid",       "FSUID",       fuid,         ID_FUID,           5, RIGHT,     0),
	ET("fsuser",      "FSUSER",      fuser,        ID_FUSER,          8, USER,      0),
	ET("fuid",        "FUID",        fuid,         ID_FUID,           5, RIGHT,     0),
	ET("fuser",       "FUSER",       fuser,        ID_FUSER,          8, USER,      0),
	ET("gid",         "GID",         egid,         ID_EGID,           5, RIGHT,     0),
	ET("group",       "GROUP",       egroup,       ID_EGROUP,         8, USER,      U98),
	PO("htprv",       "HTPRV",       htprv,        SMAP_HUGE_TLBPRV,  5, RIGHT,     0, FROM406),
	/* sorted by the private figure, as procps does */
	PO("htshr",       "HTSHR",       htshr,        SMAP_HUGE_TLBPRV,  5, RIGHT,     0, FROM406),
	TO("ignored",     "IGNORED",     sigignore,    SIGIGNORE,         9, SIGNAL,    0),
	AN("inblk",       "INBLK",       nop,          NOOP,              5, RIGHT,     0),
	AN("inblock",     "INBLK",       nop,          NOOP,              5, RIGHT,     0),
	TO("intpri",      "PRI",         opri,         PRIORITY,          3, RIGHT,     0),
	ET("ipcns",       "IPCNS",       ipcns,        NS_IPC,           10, RIGHT,     0),
	PO("jid",         "JID",         nop,          NOOP,              1, RIGHT,     0),
	AN("jobc",        "JOBC",        nop,          NOOP,              4, RIGHT,     0),
	AN("ktrace",      "KTRACE",      nop,          NOOP,              8, RIGHT,     0),
	AN("ktracep",     "KTRACEP",     nop,          NOOP,              8, RIGHT,     0),
	/* sorted by pid, as context */
	ET("label",       "LABEL",       context,      ID_TGID,          31, LEFT,      0),
	/* headed C, as the utilization column c is: procps's, after DragonFly */
	TO("lastcpu",     "C",           psr,          PROCESSOR,         3, RIGHT,     0),
	AN("lim",         "LIM",         lim,          RSS_RLIM,          5, RIGHT,     0),
	AN("login",       "LOGNAME",     nop,          NOOP,              8, LEFT,      0),
	AN("logname",     "LOGNAME",     nop,          NOOP,              8, LEFT,      0),
	PO("longtname",   "TTY",         tty8,         TTY_NAME,          8, LEFT,      0),
	ET("lsession",    "SESSION",     sd_session,   SD_SESS,          11, LEFT,      0),
	ET("lstart",      "STARTED",     lstart,       TICS_BEGAN,       24, RIGHT,     0),
	ET("luid",        "LUID",        luid,         ID_LOGIN,          5, RIGHT,     0),
	ET("luser",       "LUSER",       nop,          NOOP,              8, USER,      0),
	TO("lwp",         "LWP",         tasks,        ID_PID,            5, RIGHT,     PIDMAX),
	ET("lxc",         "LXC",         lxcname,      LXCNAME,           8, LEFT,      0),
	/* sorted by the whole virtual size, as procps */
	PO("m_drs",       "DRS",         drs,          VSIZE_BYTES,       5, RIGHT,     0),
	PO("m_dt",        "DT",          nop,          NOOP,              4, RIGHT,     0),
	PO("m_lrs",       "LRS",         nop,          NOOP,              5, RIGHT,     0),
	/* m_resident, m_share: "-", yet sort (as cutime) */
	PO("m_resident",  "RES",         nop,          MEM_RES_PGS,       5, RIGHT,     0),
	PO("m_share",     "SHRD",        nop,          MEM_SHR_PGS,       5, RIGHT,     0),
	PO("m_size",      "SIZE",        size,         VSIZE_BYTES,       5, RIGHT,     0),
	PO("m_swap",      "SWAP",        nop,          NOOP,              5, RIGHT,     0),
	/* sorted by the whole virtual size, as procps */
	PO("m_trs",       "TRS",         trs,          VSIZE_BYTES,       5, RIGHT,     0),
	ET("machine",     "MACHINE",     sd_machine,   SD_MACH,          31, LEFT,      0),
	AN("maj_flt",     "MAJFL",       majflt,       FLT_MAJ,           6, RIGHT,     0),
	AN("majflt",      "MAJFLT",      majflt,       FLT_MAJ,           6, RIGHT,     0),
	AN("min_flt",     "MINFL",       minflt,       FLT_MIN,           6, RIGHT,     0),
	AN("minflt",      "MINFLT",      minflt,       FLT_MIN,           6, RIGHT,     0),
	ET("mntns",       "MNTNS",       mntns,        NS_MNT,           10, RIGHT,     0),
	AN("msgrcv",      "MSGRCV",      nop,          NOOP,              6, RIGHT,     0),
	AN("msgsnd",      "MSGSND",      nop,          NOOP,              6, RIGHT,     0),
	TO("mwchan",      "MWCHAN",      nop,          NOOP,              6, WCHAN,     0),
	ET("netns",       "NETNS",       netns,        NS_NET,           10, RIGHT,     0),
	TO("ni",          "NI",          nice,         NICE,              3, RIGHT,     0),
	TO("nice",        "NI",          nice,         NICE,              3, RIGHT,     U98),
	AN("nivcsw",      "IVCSW",       nop,          NOOP,              5, RIGHT,     0),
	PO("nlwp",        "NLWP",        nlwp,         NLWP,              4, RIGHT,     0),
	AN("nsignals",    "NSIGS",       nop,          NOOP,              5, RIGHT,     0),
	AN("nsigs",       "NSIGS",       nop,          NOOP,              5, RIGHT,     0),
	AN("nswap",       "NSWAP",       nop,          NOOP,              5, RIGHT,     0),
	AN("numa",        "NUMA",        numa,         PROCESSOR_NODE,    4, RIGHT,     0),
	AN("nvcsw",       "VCSW",        nop,          NOOP,              5, RIGHT,     0),
	TO("nwchan",      "WCHAN",       nop,          NOOP,              6, RIGHT,     0),
	TO("oom",         "OOM",         oom,          OOM_SCORE,         4, RIGHT,     0),
	TO("oomadj",      "OOMADJ",      oom_adj,      OOM_ADJ,           5, RIGHT,     0),
	TO("opri",        "PRI",         opri,         PRIORITY,          3, RIGHT,     0),
	PO("osz",         "SZ",          nop,          NOOP,              2, RIGHT,     0),
	AN("oublk",       "OUBLK",       nop,          NOOP,              5, RIGHT,     0),
	AN("oublock",     "OUBLK",       nop,          NOOP,              5, RIGHT,     0),
	ET("ouid",        "OWNER",       sd_ouid,      SD_OUID,           5, LEFT,      0),
	AN("p_ru",        "P_RU",        nop,          NOOP,              6, RIGHT,     0),
	AN("paddr",       "PADDR",       nop,          NOOP,              6, RIGHT,     0),
	AN("pagein",      "PAGEIN",      majflt,       FLT_MAJ,           6, RIGHT,     0),
	TO("pcap",        "PCAP",        pcap,         CAPS_PERMITTED,   16, RIGHT,     0, FROM406),
	TO("pcaps",       "PCAPS",       pcaps,        CAPS_PERMITTED,   16, RIGHT,     0, FROM406),
	ET("pcpu",        "%CPU",        pcpu,         UTILIZATION,       4, RIGHT,     U98),
	ET("pending",     "PENDING",     sig,          SIGNALS,           9, SIGNAL,    0),
	PO("pgid",        "PGID",        pgid,         ID_PGRP,           5, RIGHT,     PIDMAX|U98),
	PO("pgrp",        "PGRP",        pgid,         ID_PGRP,           5, RIGHT,     PIDMAX),
	PO("pid",         "PID",         procs,        ID_TGID,           5, RIGHT,     PIDMAX|U98),
	ET("pidns",       "PIDNS",       pidns,        NS_PID,           10, RIGHT,     0),
	PO("pmem",        "%MEM",        pmem,         VM_RSS,            4, RIGHT,     0),
	AN("poip",        "-",           nop,          NOOP,              1, RIGHT,     0),
	TO("policy",      "POL",         class_404,    SCHED_CLASS,       3, LEFT,      0, UPTO404),
	TO("policy",      "POL",         class,        SCHED_CLASSSTR,    3, LEFT,      0, FROM406),
	PO("ppid",        "PPID",        ppid,         ID_PPID,           5, RIGHT,     PIDMAX|U98),
	/* pri, pri_api: sorted by the kernel's priority, printed reversed (procps) */
	TO("pri",         "PRI",         pri,          PRIORITY,          3, RIGHT,     0),
	TO("pri_api",     "API",         pri_api,      PRIORITY,          3, RIGHT,     0),
	TO("pri_bar",     "BAR",         pri_bar,      PRIORITY,          3, RIGHT,     0),
	TO("pri_baz",     "BAZ",         pri_baz,      PRIORITY,          3, RIGHT,     0),
	TO("pri_foo",     "FOO",         pri_foo,      PRIORITY,          3, RIGHT,     0),
	TO("priority",    "PRI",         priority,     PRIORITY,          3, RIGHT,     0),
	PO("prmgrp",      "PRMGRP",      nop,          NOOP,             12, RIGHT,     0),
	PO("prmid",       "PRMID",       nop,          NOOP,             12, RIGHT,     0),
	PO("project",     "PROJECT",     nop,          NOOP,             12, LEFT,      0),
	PO("projid",      "PROJID",      nop,          NOOP,              5, RIGHT,     0),
	TO("pset",        "PSET",        nop,          NOOP,              4, RIGHT,     0),
	TO("psr",         "PSR",         psr,          PROCESSOR,         3, RIGHT,     0),
	PO("pss",         "PSS",         pss,          SMAP_PSS,          5, RIGHT,     0),
	TO("psxpri",      "PPR",         nop,          NOOP,              3, RIGHT,     0),
	TO("rbytes",      "RBYTES",      rbytes,       IO_READ_BYTES,     5, RIGHT,     0),
	TO("rchars",      "RCHARS",      rchars,       IO_READ_CHARS,     5, RIGHT,     0),
	AN("re",          "RE",          nop,          NOOP,              3, RIGHT,     0),
	/* "-", yet sorts (as cutime) */
	PO("resident",    "RES",         nop,          MEM_RES_PGS,       5, RIGHT,     0),
	ET("rgid",        "RGID",        rgid,         ID_RGID,           5, RIGHT,     0),
	ET("rgroup",      "RGROUP",      rgroup,       ID_RGROUP,         8, USER,      U98),
	AN("rlink",       "RLINK",       nop,          NOOP,              8, RIGHT,     0),
	TO("rops",        "ROPS",        rops,         IO_READ_OPS,       5, RIGHT,     0),
	PO("rss",         "RSS",         rss,          VM_RSS,            5, RIGHT,     0),
	PO("rssize",      "RSS",         rss,          VM_RSS,            5, RIGHT,     0),
	PO("rsz",         "RSZ",         rss,          VM_RSS,            5, RIGHT,     0),
	TO("rtprio",      "RTPRIO",      rtprio,       PRIORITY_RT,       6, RIGHT,     0),
	ET("ruid",        "RUID",        ruid,         ID_RUID,           5, RIGHT,     0),
	ET("ruser",       "RUSER",       ruser,        ID_RUSER,          8, USER,      U98),
	TO("s",           "S",           s,            STATE,             1, LEFT,      0),
	TO("sched",       "SCH",         sched,        SCHED_CLASS,       3, RIGHT,     0),
	AN("scnt",        "SCNT",        nop,          NOOP,              4, RIGHT,     0),
	AN("scount",      "SC",          nop,          NOOP,              4, RIGHT,     0),
	ET("seat",        "SEAT",        sd_seat,      SD_SEAT,          11, LEFT,      0),
	PO("sess",        "SESS",        sess,         ID_SESSION,        5, RIGHT,     PIDMAX),
	PO("session",     "SESS",        sess,         ID_SESSION,        5, RIGHT,     PIDMAX),
	/* sorted by the state, not the processor it prints (procps) */
	TO("sgi_p",       "P",           sgi_p,        STATE,             1, RIGHT,     0),
	/* left-aligned number, as procps */
	PO("sgi_rss",     "RSS",         rss,          VM_RSS,            4, LEFT,      0),
	ET("sgid",        "SGID",        sgid,         ID_SGID,           5, RIGHT,     0),
	ET("sgroup",      "SGROUP",      sgroup,       ID_SGROUP,         8, USER,      0),
	PO("share",       "-",           nop,          NOOP,              1, RIGHT,     0),
	PO("sid",         "SID",         sess,         ID_SESSION,        5, RIGHT,     PIDMAX),
	ET("sig",         "PENDING",     sig,          SIGNALS,           9, SIGNAL,    0),
	TO("sig_block",   "BLOCKED",     sigmask,      SIGBLOCKED,        9, SIGNAL,    0),
	/* CATCHED: procps's header, spelling and all */
	TO("sig_catch",   "CATCHED",     sigcatch,     SIGCATCH,          9, SIGNAL,    0),
	TO("sig_ignore",  "IGNORED",     sigignore,    SIGIGNORE,         9, SIGNAL,    0),
	ET("sig_pend",    "SIGNAL",      sig,          SIGNALS,           9, SIGNAL,    0),
	TO("sigcatch",    "CAUGHT",      sigcatch,     SIGCATCH,          9, SIGNAL,    0),
	TO("sigignore",   "IGNORED",     sigignore,    SIGIGNORE,         9, SIGNAL,    0),
	TO("sigmask",     "BLOCKED",     sigmask,      SIGBLOCKED,        9, SIGNAL,    0),
	/* sorted by the virtual size, not the data and stack it prints (procps) */
	PO("size",        "SIZE",        swapable,     VSIZE_BYTES,       5, RIGHT,     0),
	AN("sl",          "SL",          nop,          NOOP,              3, RIGHT,     0),
	ET("slice",       "SLICE",       sd_slice,     SD_SLICE,         31, LEFT,      0),
	TO("spid",        "SPID",        tasks,        ID_PID,            5, RIGHT,     PIDMAX),
	PO("stackp",      "STACKP",      stackp,       ADDR_STACK_START, 16, RIGHT,     0),
	ET("start",       "STARTED",     start,        TICS_BEGAN,        8, RIGHT,     0),
	/* "-", yet sorts by its item when a column asks for it (procps) */
	PO("start_code",  "S_CODE",      nop,          ADDR_CODE_START,  16, RIGHT,     0),
	PO("start_stack", "STACKP",      stackp,       ADDR_STACK_START, 16, RIGHT,     0),
	ET("start_time",  "START",       stime,        TICS_BEGAN,        5, RIGHT,     0),
	TO("stat",        "STAT",        stat,         STATE,             4, LEFT,      0),
	TO("state",       "S",           s,            STATE,             1, LEFT,      0),
	AN("status",      "STATUS",      nop,          NOOP,              6, RIGHT,     0),
	ET("stime",       "STIME",       stime,        TICS_BEGAN,        5, RIGHT,     0),
	ET("suid",        "SUID",        suid,         ID_SUID,           5, RIGHT,     0),
	PO("supgid",      "SUPGID",      supgid,       SUPGIDS,          20, UNLIMITED, 0),
	PO("supgrp",      "SUPGRP",      supgrp,       SUPGROUPS,        40, UNLIMITED, 0),
	ET("suser",       "SUSER",       suser,        ID_SUSER,          8, USER,      0),
	ET("svgid",       "SVGID",       sgid,         ID_SGID,           5, RIGHT,     0),
	ET("svgroup",     "SVGROUP",     sgroup,       ID_SGROUP,         8, USER,      0),
	ET("svuid",       "SVUID",       suid,         ID_SUID,           5, RIGHT,     0),
	ET("svuser",      "SVUSER",      suser,        ID_SUSER,          8, USER,      0),
	ET("systime",     "SYSTEM",      nop,          NOOP,              6, RIGHT,     0),
	PO("sz",          "SZ",          sz,           VM_SIZE,           5, RIGHT,     0),
	TO("taskid",      "TASKID",      nop,          NOOP,              5, RIGHT,     PIDMAX),
	AN("tdev",        "TDEV",        nop,          NOOP,              4, RIGHT,     0),
	PO("tgid",        "TGID",        procs,        ID_TGID,           5, RIGHT,     PIDMAX),
	PO("thcount",     "THCNT",       nlwp,         NLWP,              5, RIGHT,     0),
	TO("tid",         "TID",         tasks,        ID_PID,            5, RIGHT,     PIDMAX),
	ET("time",        "TIME",        time,         TIME_ALL,          8, RIGHT,     U98),
	ET("timens",      "TIMENS",      timens,       NS_TIME,          10, RIGHT,     0),
	AN("timeout",     "TMOUT",       nop,          NOOP,              5, RIGHT,     0),
	ET("times",       "TIME",        times,        TIME_ALL,          8, RIGHT,     0),
	AN("tmout",       "TMOUT",       nop,          NOOP,              5, RIGHT,     0),
	PO("tname",       "TTY",         tty8,         TTY_NAME,          8, LEFT,      0),
	PO("tpgid",       "TPGID",       tpgid,        ID_TPGID,          5, RIGHT,     PIDMAX),
	/* trs, trss: sorted by the whole virtual size, as procps */
	PO("trs",         "TRS",         trs,          VSIZE_BYTES,       4, RIGHT,     0),
	PO("trss",        "TRSS",        trs,          VSIZE_BYTES,       4, RIGHT,     0),
	PO("tsess",       "TSESS",       nop,          NOOP,              5, RIGHT,     PIDMAX),
	PO("tsession",    "TSESS",       nop,          NOOP,              5, RIGHT,     PIDMAX),
	PO("tsid",        "TSID",        nop,          NOOP,              5, RIGHT,     PIDMAX),
	ET("tsig",        "PENDING",     tsig,         SIGPENDING,        9, SIGNAL,    0),
	/* sorted by the whole virtual size, as procps */
	PO("tsiz",        "TSIZ",        trs,          VSIZE_BYTES,       4, RIGHT,     0),
	PO("tt",          "TT",          tty8,         TTY_NAME,          8, LEFT,      0),
	PO("tty",         "TT",          tty8,         TTY_NAME,          8, LEFT,      U98),
	/*
	 * procps's printer asks for the tty number, which nothing sorts by: it
	 * sorts only beside a column that asks for the tty name
	 */
	PO("tty4",        "TTY",         tty4,         TTY_NAME,          4, LEFT,      0),
	PO("tty8",        "TTY",         tty8,         TTY_NAME,          8, LEFT,      0),
	AN("u_procp",     "UPROCP",      nop,          NOOP,              6, RIGHT,     0),
	PO("ucmd",        "CMD",         comm,         CMD,              15, UNLIMITED, COMM),
	PO("ucomm",       "COMMAND",     comm,         CMD,              15, UNLIMITED, COMM),
	ET("uid",         "UID",         euid,         ID_EUID,           5, RIGHT,     0),
	/* a user name headed UID: -f's column (procps's Std_f) */
	ET("uid_hack",    "UID",         euser,        ID_EUSER,          8, USER,      0),
	AN("umask",       "UMASK",       nop,          NOOP,              5, RIGHT,     0),
	ET("uname",       "USER",        euser,        ID_EUSER,          8, USER,      0),
	ET("unit",        "UNIT",        sd_unit,      SD_UNIT,          31, LEFT,      0),
	TO("upr",         "UPR",         nop,          NOOP,              3, RIGHT,     0),
	AN("uprocp",      "UPROCP",      nop,          NOOP,              8, RIGHT,     0),
	ET("user",        "USER",        euser,        ID_EUSER,          8, USER,      U98),
	ET("userns",      "USERNS",      userns,       NS_USER,          10, RIGHT,     0),
	ET("usertime",    "USER",        nop,          NOOP,              4, RIGHT,     0),
	TO("usrpri",      "UPR",         nop,          NOOP,              3, RIGHT,     0),
	PO("uss",         "USS",         uss,          SMAP_PRV_TOTAL,    5, RIGHT,     0),
	ET("util",        "C",           c,            UTILIZATION,       2, RIGHT,     0),
	/* "-", yet sorts by its item when a column asks for it (procps) */
	ET("utime",       "UTIME",       nop,          TICS_USER,         6, RIGHT,     0),
	ET("utsns",       "UTSNS",       utsns,        NS_UTS,           10, RIGHT,     0),
	ET("uunit",       "UUNIT",       sd_uunit,     SD_UUNIT,         31, LEFT,      0),
	/* vm_data to vm_stack: "-", yet sort (as cutime) */
	PO("vm_data",     "DATA",        nop,          VM_DATA,           5, RIGHT,     0),
	PO("vm_exe",      "EXE",         nop,          VM_EXE,            5, RIGHT,     0),
	PO("vm_lib",      "LIB",         nop,          VM_LIB,            5, RIGHT,     0),
	PO("vm_lock",     "LCK",         nop,          VM_RSS_LOCKED,     3, RIGHT,     0),
	PO("vm_stack",    "STACK",       nop,          VM_STACK,          5, RIGHT,     0),
	/*
	 * sorted by bytes, an item its printer does not ask for: it sorts only
	 * beside a column that does (procps)
	 */
	PO("vsize",       "VSZ",         vsz,          VSIZE_BYTES,       6, RIGHT,     0),
	PO("vsz",         "VSZ",         vsz,          VM_SIZE,           6, RIGHT,     U98),
	TO("wbytes",      "WBYTES",      wbytes,       IO_WRITE_BYTES,    5, RIGHT,     0),
	TO("wcbytes",     "WCBYTES",     wcbytes,      IO_WRITE_CBYTES,   5, RIGHT,     0),
	TO("wchan",       "WCHAN",       wchan,        WCHAN_NAME,        6, WCHAN,     0),
	TO("wchars",      "WCHARS",      wchars,       IO_WRITE_CHARS,    5, RIGHT,     0),
	TO("wname",       "WCHAN",       wchan,        WCHAN_NAME,        6, WCHAN,     0),
	TO("wops",        "WOPS",        wops,         IO_WRITE_OPS,      5, RIGHT,     0),
	AN("xstat",       "XSTAT",       nop,          NOOP,              5, RIGHT,     0),
	/* sorted by pid, as context */
	ET("zone",        "ZONE",        context,      ID_TGID,          31, LEFT,      0),
	ET("zoneid",      "ZONEID",      nop,          NOOP,             31, RIGHT,     0),
	AN("~",           "-",           nop,          NOOP,              1, RIGHT,     0),
};

#undef PO
#undef TO
#undef ET
#undef AN
#undef PIDMAX
#undef U98
#undef ARGS
#undef COMM
#undef TEST

/* named formats, also accepted by -o; sorted by name */
const struct macro field_macros[] = {
	{ "DFMT", "pid,tname,state,cputime,cmd" },
	{ "DefBSD", "pid,tname,stat,bsdtime,args" },
	{ "DefSysV", "pid,tname,time,cmd" },
	{ "END_BSD", "state,tname,cputime,comm" },
	{ "END_SYS5", "state,tname,time,command" },
	{ "F5FMT", "uname,pid,ppid,c,start,tname,time,cmd" },
	{ "FB_", "pid,tt,stat,time,command" },
	{ "FB_j", "user,pid,ppid,pgid,sess,jobc,stat,tt,time,command" },
	{ "FB_l", "uid,pid,ppid,cpu,pri,nice,vsz,rss,wchan,stat,tt,time,command" },
	{ "FB_u", "user,pid,pcpu,pmem,vsz,rss,tt,stat,start,time,command" },
	{ "FB_v", "pid,stat,time,sl,re,pagein,vsz,rss,lim,tsiz,pcpu,pmem,command" },
	{ "FD_", "pid,tty,time,comm" },
	{ "FD_f", "user,pid,ppid,start_time,tty,time,comm" },
	{ "FD_fj", "user,pid,ppid,start_time,tty,time,pgid,sid,comm" },
	{ "FD_j", "pid,tty,time,pgid,sid,comm" },
	{ "FD_l", "flags,state,uid,pid,ppid,priority,nice,vsz,wchan,tty,time,comm" },
	{ "FD_lj", "flags,state,uid,pid,ppid,priority,nice,vsz,wchan,tty,time,pgid,sid,comm" },
	{ "FL5FMT", "f,state,uid,pid,ppid,pcpu,pri,nice,rss,wchan,start,time,command" },
	{ "FLASK_context", "pid,context,command" },
	{ "HP_", "pid,tty,time,comm" },
	{ "HP_f", "user,pid,ppid,cpu,stime,tty,time,args" },
	{ "HP_fl", "flags,state,user,pid,ppid,cpu,intpri,nice,addr,sz,wchan,stime,tty,time,args" },
	{ "HP_l", "flags,state,uid,pid,ppid,cpu,intpri,nice,addr,sz,wchan,tty,time,comm" },
	{ "J390", "pid,sid,pgrp,tname,atime,args" },
	{ "JFMT", "user,pid,ppid,pgid,sess,jobc,state,tname,cputime,command" },
	{ "L5FMT", "f,state,uid,pid,ppid,c,pri,nice,addr,sz,wchan,tt,time,ucmd" },
	{ "LFMT", "uid,pid,ppid,cp,pri,nice,vsz,rss,wchan,state,tname,cputime,command" },
	{ "OL_X", "pid,start_stack,esp,eip,timeout,alarm,stat,tname,bsdtime,args" },
	{ "OL_j", "ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args" },
	{ "OL_l", "flags,uid,pid,ppid,priority,nice,vsz,rss,wchan,stat,tname,bsdtime,args" },
	{ "OL_m", "pid,tname,majflt,minflt,m_trs,m_drs,m_size,m_swap,rss,m_share,"
		  "vm_lib,m_dt,args" },
	{ "OL_s", "uid,pid,pending,sig_block,sig_ignore,caught,stat,tname,bsdtime,args" },
	{ "OL_u", "user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args" },
	{ "OL_v", "pid,tname,stat,bsdtime,maj_flt,m_trs,m_drs,rss,pmem,args" },
	{ "RD_", "pid,tname,state,bsdtime,comm" },
	{ "RD_f", "uid,pid,ppid,start_time,tname,bsdtime,args" },
	{ "RD_fj", "uid,pid,ppid,start_time,tname,bsdtime,pgid,sid,args" },
	{ "RD_j", "pid,tname,state,bsdtime,pgid,sid,comm" },
	{ "RD_l", "flags,state,uid,pid,ppid,priority,nice,wchan,tname,bsdtime,comm" },
	{ "RD_lj", "flags,state,uid,pid,ppid,priority,nice,wchan,tname,bsdtime,pgid,sid,comm" },
	{ "RUSAGE", "minflt,majflt,nswap,inblock,oublock,msgsnd,msgrcv,nsigs,nvcsw,nivcsw" },
	{ "SCHED", "user,pcpu,pri,usrpri,nice,psxpri,psr,policy,pset" },
	{ "SFMT", "uid,pid,cursig,sig,sigmask,sigignore,sigcatch,stat,tname,command" },
	{ "Std_f", "uid_hack,pid,ppid,c,stime,tname,time,cmd" },
	{ "Std_fl", "f,s,uid_hack,pid,ppid,c,opri,ni,addr,sz,wchan,stime,tname,time,cmd" },
	{ "Std_l", "f,s,uid,pid,ppid,c,opri,ni,addr,sz,wchan,tname,time,ucmd" },
	{ "THREAD", "user,pcpu,pri,scnt,wchan,usertime,systime" },
	{ "UFMT", "uname,pid,pcpu,pmem,vsz,rss,tt,state,start,time,command" },
	{ "VFMT", "pid,tt,state,time,sl,pagein,vsz,rss,pcpu,pmem,command" },
};

const unsigned nfield_defs = sizeof(field_defs) / sizeof(field_defs[0]);
const unsigned nfield_macros = sizeof(field_macros) / sizeof(field_macros[0]);

static int field_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct field *)elem)->name);
}

static int macro_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct macro *)elem)->name);
}

bool field_current(const struct field *f)
{
	return (!f->since || procps->release >= f->since) &&
	       (!f->until || procps->release <= f->until);
}

const struct field *field_find(const char *name)
{
	const struct field *f = bsearch(name, field_defs, nfield_defs,
					sizeof(field_defs[0]), field_cmp);

	if (!f)
		return NULL;
	/* the rows of one name are neighbours: take the current one */
	while (f > field_defs && !strcmp(f[-1].name, name))
		f--;
	for (; f < field_defs + nfield_defs && !strcmp(f->name, name); f++)
		if (field_current(f))
			return f;
	return NULL;
}

const struct macro *field_macro_find(const char *name)
{
	return bsearch(name, field_macros, nfield_macros,
		       sizeof(field_macros[0]), macro_cmp);
}

/*
 * The command columns read the command line only in their long form
 * (args unless BSD c, comm with -f), and the environment after it with
 * BSD e.
 */
uint64_t field_groups(const struct field *f, const struct print_opts *o)
{
	bool long_form;
	uint64_t g;

	if (!(f->flags & (FLD_ARGS | FLD_COMM)))
		return f->groups;
	long_form = f->flags & FLD_ARGS ? !o->bsd_c : o->unix_f;
	g = G_MSG | G_NAME;
	if (long_form)
		g |= G_CMDLINE;
	if (o->bsd_e)
		g |= G_ENVIRON;
	return g;
}
