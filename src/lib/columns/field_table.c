/*
 * field_table.c - the one table of format specifiers, and the named
 * formats.  Everything about a column is its row: -o parsing, `ps L`,
 * the manual's list (tools/mkman), the data groups a source must fetch
 * and the sort item it sorts by.  The printers are in field_print.c.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/columns/field_priv.h"
#include "lib/record/versions.h"

/*
 * One row per specifier, sorted by name (field_find() uses bsearch; the unit
 * test checks the order).  A NULL printer is a column procps accepts but
 * has no data for: it prints "-".
 *   name, header, printer, sort item, width, alignment, when, flags,
 *   groups, and the sort items procps's printer registers (see regs in
 *   fields.h)
 */
const struct field fields[] = {
	{ "%cpu", "%CPU", pr_pcpu, SK_UTILIZATION, 4, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "%mem", "%MEM", pr_pmem, SK_VM_RSS, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "_left", "LLLLLLLL", pr_t_left, SK_NOOP, 8, AL_LEFT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_left2", "L2L2L2L2", pr_t_left2, SK_NOOP, 8, AL_LEFT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_right", "RRRRRRRRRRR", pr_t_right, SK_NOOP, 11, AL_RIGHT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_right2", "R2R2R2R2R2R", pr_t_right2, SK_NOOP, 11, AL_RIGHT, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_unlimited", "U", pr_t_unlimited, SK_NOOP, 16, AL_UNLIMITED, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "_unlimited2", "U2", pr_t_unlimited2, SK_NOOP, 16, AL_UNLIMITED, W_EVERY, FLD_TEST, 0, { 0 } },
	{ "acflag", "ACFLG", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "acflg", "ACFLG", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "addr", "ADDR", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "addr_1", "ADDR", NULL, SK_NOOP, 1, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "ag_id", "AGID", pr_agid, SK_AUTOGRP_ID, 5, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_AUTOGROUP), { SK_AUTOGRP_ID } },
	{ "ag_nice", "AGNI", pr_agnice, SK_AUTOGRP_NICE, 4, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_AUTOGROUP), { SK_AUTOGRP_NICE } },
	{ "alarm", "ALARM", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "argc", "ARGC", NULL, SK_NOOP, 4, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "args", "COMMAND", pr_args, SK_CMDLINE, 27, AL_UNLIMITED, W_PROC, FLD_U98|FLD_ARGS, TG_BIT(TG_MSG)|TG_BIT(TG_NAME)|TG_BIT(TG_CMDLINE), { SK_CMDLINE, SK_CMD } },
	{ "atime", "TIME", pr_time, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "blocked", "BLOCKED", pr_sigmask, SK_SIGBLOCKED, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGBLOCKED } },
	{ "bnd", "BND", NULL, SK_NOOP, 1, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "bsdstart", "START", pr_bsdstart, SK_TICS_BEGAN, 6, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "bsdtime", "TIME", pr_bsdtime, SK_TICS_ALL, 6, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL } },
	{ "c", "C", pr_c, SK_UTILIZATION, 2, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "caught", "CAUGHT", pr_sigcatch, SK_SIGCATCH, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGCATCH } },
	{ "cgname", "CGNAME", pr_cgname, SK_CGNAME, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_CGROUP), { SK_CGNAME } },
	{ "cgroup", "CGROUP", pr_cgroup, SK_CGROUP, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_CGROUP), { SK_CGROUP } },
	{ "cgroupns", "CGROUPNS", pr_cgroupns, SK_NS_CGROUP, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_CGROUP } },
	{ "class", "CLS", pr_class, SK_SCHED_CLASS, 3, AL_LEFT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS }, 0, PROCPS_4_0_4 },
	{ "class", "CLS", pr_class, SK_SCHED_CLASSSTR, 3, AL_LEFT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASSSTR }, PROCPS_4_0_6 },
	{ "cls", "CLS", pr_class, SK_SCHED_CLASS, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS }, 0, PROCPS_4_0_4 },
	{ "cls", "CLS", pr_class, SK_SCHED_CLASSSTR, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASSSTR }, PROCPS_4_0_6 },
	{ "cmaj_flt", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cmd", "CMD", pr_args, SK_CMDLINE, 27, AL_UNLIMITED, W_PROC, FLD_ARGS, TG_BIT(TG_MSG)|TG_BIT(TG_NAME)|TG_BIT(TG_CMDLINE), { SK_CMDLINE, SK_CMD } },
	{ "cmin_flt", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cnswap", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "comm", "COMMAND", pr_comm, SK_CMD, 15, AL_UNLIMITED, W_PROC, FLD_U98|FLD_COMM, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD, SK_CMDLINE } },
	{ "command", "COMMAND", pr_args, SK_CMDLINE, 27, AL_UNLIMITED, W_PROC, FLD_ARGS, TG_BIT(TG_MSG)|TG_BIT(TG_NAME)|TG_BIT(TG_CMDLINE), { SK_CMDLINE, SK_CMD } },
	{ "context", "CONTEXT", pr_context, SK_ID_TGID, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_SECCTX), { SK_ID_TGID } },
	{ "cp", "CP", pr_cp, SK_UTILIZATION, 3, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "cpu", "CPU", NULL, SK_NOOP, 3, AL_RIGHT, W_NEEDED, 0, 0, { 0 }, 0, PROCPS_4_0_4 },
	{ "cpu", "CPU", pr_psr, SK_PROCESSOR, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR }, PROCPS_4_0_6 },
	{ "cpuid", "CPUID", pr_psr, SK_PROCESSOR, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR } },
	{ "cputime", "TIME", pr_time, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "cputimes", "TIME", pr_times, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "ctid", "CTID", NULL, SK_NOOP, 5, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "cuc", "%CUC", pr_cuc, SK_UTILIZATION_C, 7, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_UTILIZATION_C } },
	{ "cursig", "CURSIG", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cutime", "-", NULL, SK_TICS_USER_C, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "cuu", "%CUU", pr_cuu, SK_UTILIZATION, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_UTILIZATION } },
	{ "cwd", "CWD", NULL, SK_NOOP, 3, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "docker", "DOCKER", pr_docker, SK_DOCKER_ID, 12, AL_LEFT, W_NEEDED, 0, TG_BIT(TG_CGROUP), { SK_DOCKER_ID }, PROCPS_4_0_6 },
	{ "drs", "DRS", pr_drs, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "dsiz", "DSIZ", pr_drs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "egid", "EGID", pr_egid, SK_ID_EGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EGID } },
	{ "egroup", "EGROUP", pr_egroup, SK_ID_EGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EGROUP, SK_ID_EGID } },
	{ "eip", "EIP", pr_eip, SK_ADDR_CURR_EIP, 16, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STATADDR), { SK_ADDR_CURR_EIP } },
	{ "emul", "EMUL", NULL, SK_NOOP, 13, AL_LEFT, W_PROC, 0, 0, { 0 } },
	{ "end_code", "E_CODE", NULL, SK_ADDR_CODE_END, 16, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "environ", "ENVIRONMENT", NULL, SK_NOOP, 11, AL_UNLIMITED, W_PROC, 0, 0, { 0 }, 0, PROCPS_4_0_4 },
	{ "environ", "ENVIRONMENT", pr_environ, SK_NOOP, 31, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_ENVIRON), { 0 }, PROCPS_4_0_6 },
	{ "esp", "ESP", pr_esp, SK_ADDR_CURR_ESP, 16, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STATADDR), { SK_ADDR_CURR_ESP } },
	{ "etime", "ELAPSED", pr_etime, SK_TIME_ELAPSED, 11, AL_RIGHT, W_EVERY, FLD_U98, TG_BIT(TG_STAT), { SK_TIME_ELAPSED } },
	{ "etimes", "ELAPSED", pr_etimes, SK_TIME_ELAPSED, 7, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ELAPSED } },
	{ "euid", "EUID", pr_euid, SK_ID_EUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUID } },
	{ "euser", "EUSER", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "exe", "EXE", pr_exe, SK_EXE, 27, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_EXE), { SK_EXE } },
	{ "f", "F", pr_flag, SK_FLAGS, 1, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_FLAGS } },
	{ "fds", "FDS", pr_fds, SK_OPEN_FILES, 3, AL_RIGHT, W_PROC, 0, TG_BIT(TG_FDS), { SK_OPEN_FILES }, PROCPS_4_0_6 },
	{ "fgid", "FGID", pr_fgid, SK_FLAGS, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGID } },
	{ "fgroup", "FGROUP", pr_fgroup, SK_ID_FGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGROUP, SK_ID_FGID } },
	{ "flag", "F", pr_flag, SK_FLAGS, 1, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_FLAGS } },
	{ "flags", "F", pr_flag, SK_FLAGS, 1, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_FLAGS } },
	{ "fname", "COMMAND", pr_fname, SK_CMD, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD } },
	{ "fsgid", "FSGID", pr_fgid, SK_ID_FGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGID } },
	{ "fsgroup", "FSGROUP", pr_fgroup, SK_ID_FGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FGROUP, SK_ID_FGID } },
	{ "fsuid", "FSUID", pr_fuid, SK_ID_FUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUID } },
	{ "fsuser", "FSUSER", pr_fuser, SK_ID_FUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUSER, SK_ID_FUID } },
	{ "fuid", "FUID", pr_fuid, SK_ID_FUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUID } },
	{ "fuser", "FUSER", pr_fuser, SK_ID_FUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_FUSER, SK_ID_FUID } },
	{ "gid", "GID", pr_egid, SK_ID_EGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EGID } },
	{ "group", "GROUP", pr_egroup, SK_ID_EGROUP, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_OWNER), { SK_ID_EGROUP, SK_ID_EGID } },
	{ "htprv", "HTPRV", pr_htprv, SK_SMAP_HUGE_TLBPRV, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_SMAPS), { SK_SMAP_HUGE_TLBPRV }, PROCPS_4_0_6 },
	/* sorted by the private figure, as procps does */
	{ "htshr", "HTSHR", pr_htshr, SK_SMAP_HUGE_TLBPRV, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_SMAPS), { SK_SMAP_HUGE_TLBSHR }, PROCPS_4_0_6 },
	{ "ignored", "IGNORED", pr_sigignore, SK_SIGIGNORE, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGIGNORE } },
	{ "inblk", "INBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "inblock", "INBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "intpri", "PRI", pr_opri, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "ipcns", "IPCNS", pr_ipcns, SK_NS_IPC, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_IPC } },
	{ "jid", "JID", NULL, SK_NOOP, 1, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "jobc", "JOBC", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ktrace", "KTRACE", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ktracep", "KTRACEP", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "label", "LABEL", pr_context, SK_ID_TGID, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_SECCTX), { SK_ID_TGID } },
	{ "lastcpu", "C", pr_psr, SK_PROCESSOR, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR } },
	{ "lim", "LIM", pr_lim, SK_RSS_RLIM, 5, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_RSS_RLIM } },
	{ "login", "LOGNAME", NULL, SK_NOOP, 8, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "logname", "LOGNAME", NULL, SK_NOOP, 8, AL_LEFT, W_NEEDED, 0, 0, { 0 } },
	{ "longtname", "TTY", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "lsession", "SESSION", pr_sd_session, SK_SD_SESS, 11, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_SESS } },
	{ "lstart", "STARTED", pr_lstart, SK_TICS_BEGAN, 24, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "luid", "LUID", pr_luid, SK_ID_LOGIN, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_LOGIN), { SK_ID_LOGIN } },
	{ "luser", "LUSER", NULL, SK_NOOP, 8, AL_USER, W_EVERY, 0, 0, { 0 } },
	{ "lwp", "LWP", pr_tasks, SK_ID_PID, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { SK_ID_PID } },
	{ "lxc", "LXC", pr_lxcname, SK_LXCNAME, 8, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_LXCNAME } },
	{ "m_drs", "DRS", pr_drs, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "m_dt", "DT", NULL, SK_NOOP, 4, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_lrs", "LRS", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_resident", "RES", NULL, SK_MEM_RES_PGS, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_share", "SHRD", NULL, SK_MEM_SHR_PGS, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_size", "SIZE", pr_size, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VSIZE_BYTES } },
	{ "m_swap", "SWAP", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "m_trs", "TRS", pr_trs, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "machine", "MACHINE", pr_sd_machine, SK_SD_MACH, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_MACH } },
	{ "maj_flt", "MAJFL", pr_majflt, SK_FLT_MAJ, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MAJ } },
	{ "majflt", "MAJFLT", pr_majflt, SK_FLT_MAJ, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MAJ } },
	{ "min_flt", "MINFL", pr_minflt, SK_FLT_MIN, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MIN } },
	{ "minflt", "MINFLT", pr_minflt, SK_FLT_MIN, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MIN } },
	{ "mntns", "MNTNS", pr_mntns, SK_NS_MNT, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_MNT } },
	{ "msgrcv", "MSGRCV", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "msgsnd", "MSGSND", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "mwchan", "MWCHAN", NULL, SK_NOOP, 6, AL_WCHAN, W_THREAD, 0, 0, { 0 } },
	{ "netns", "NETNS", pr_netns, SK_NS_NET, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_NET } },
	{ "ni", "NI", pr_nice, SK_NICE, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_NICE, SK_SCHED_CLASS } },
	{ "nice", "NI", pr_nice, SK_NICE, 3, AL_RIGHT, W_THREAD, FLD_U98, TG_BIT(TG_STAT), { SK_NICE, SK_SCHED_CLASS } },
	{ "nivcsw", "IVCSW", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nlwp", "NLWP", pr_nlwp, SK_NLWP, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_NLWP } },
	{ "nsignals", "NSIGS", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nsigs", "NSIGS", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nswap", "NSWAP", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "numa", "NUMA", pr_numa, SK_PROCESSOR_NODE, 4, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_PROCESSOR_NODE } },
	{ "nvcsw", "VCSW", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "nwchan", "WCHAN", NULL, SK_NOOP, 6, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "oom", "OOM", pr_oom, SK_OOM_SCORE, 4, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_OOM), { SK_OOM_SCORE } },
	{ "oomadj", "OOMADJ", pr_oom_adj, SK_OOM_ADJ, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_OOM), { SK_OOM_ADJ } },
	{ "opri", "PRI", pr_opri, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "osz", "SZ", NULL, SK_NOOP, 2, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "oublk", "OUBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "oublock", "OUBLK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ouid", "OWNER", pr_sd_ouid, SK_SD_OUID, 5, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_OUID } },
	{ "p_ru", "P_RU", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "paddr", "PADDR", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "pagein", "PAGEIN", pr_majflt, SK_FLT_MAJ, 6, AL_RIGHT, W_NEEDED, 0, TG_BIT(TG_STAT), { SK_FLT_MAJ } },
	{ "pcap", "PCAP", pr_pcap, SK_CAPS_PERMITTED, 16, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_CRED), { SK_CAPS_PERMITTED }, PROCPS_4_0_6 },
	{ "pcaps", "PCAPS", pr_pcaps, SK_CAPS_PERMITTED, 16, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_CRED), { SK_CAPS_PERMITTED }, PROCPS_4_0_6 },
	{ "pcpu", "%CPU", pr_pcpu, SK_UTILIZATION, 4, AL_RIGHT, W_EVERY, FLD_U98, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "pending", "PENDING", pr_sig, SK_SIGNALS, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGNALS } },
	{ "pgid", "PGID", pr_pgid, SK_ID_PGRP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX|FLD_U98, TG_BIT(TG_SESS), { SK_ID_PGRP } },
	{ "pgrp", "PGRP", pr_pgid, SK_ID_PGRP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_SESS), { SK_ID_PGRP } },
	{ "pid", "PID", pr_procs, SK_ID_TGID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX|FLD_U98, 0, { SK_ID_TGID } },
	{ "pidns", "PIDNS", pr_pidns, SK_NS_PID, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_PID } },
	{ "pmem", "%MEM", pr_pmem, SK_VM_RSS, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "poip", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "policy", "POL", pr_class, SK_SCHED_CLASS, 3, AL_LEFT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS }, 0, PROCPS_4_0_4 },
	{ "policy", "POL", pr_class, SK_SCHED_CLASSSTR, 3, AL_LEFT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASSSTR }, PROCPS_4_0_6 },
	{ "ppid", "PPID", pr_ppid, SK_ID_PPID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX|FLD_U98, TG_BIT(TG_MSG), { SK_ID_PPID } },
	{ "pri", "PRI", pr_pri, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_api", "API", pr_pri_api, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_bar", "BAR", pr_pri_bar, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_baz", "BAZ", pr_pri_baz, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "pri_foo", "FOO", pr_pri_foo, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "priority", "PRI", pr_priority, SK_PRIORITY, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PRIORITY } },
	{ "prmgrp", "PRMGRP", NULL, SK_NOOP, 12, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "prmid", "PRMID", NULL, SK_NOOP, 12, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "project", "PROJECT", NULL, SK_NOOP, 12, AL_LEFT, W_PROC, 0, 0, { 0 } },
	{ "projid", "PROJID", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "pset", "PSET", NULL, SK_NOOP, 4, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "psr", "PSR", pr_psr, SK_PROCESSOR, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_PROCESSOR } },
	{ "pss", "PSS", pr_pss, SK_SMAP_PSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_SMAPS), { SK_SMAP_PSS } },
	{ "psxpri", "PPR", NULL, SK_NOOP, 3, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "rbytes", "RBYTES", pr_rbytes, SK_IO_READ_BYTES, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_READ_BYTES } },
	{ "rchars", "RCHARS", pr_rchars, SK_IO_READ_CHARS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_READ_CHARS } },
	{ "re", "RE", NULL, SK_NOOP, 3, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "resident", "RES", NULL, SK_MEM_RES_PGS, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "rgid", "RGID", pr_rgid, SK_ID_RGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_RGID } },
	{ "rgroup", "RGROUP", pr_rgroup, SK_ID_RGROUP, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_CRED), { SK_ID_RGROUP, SK_ID_RGID } },
	{ "rlink", "RLINK", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "rops", "ROPS", pr_rops, SK_IO_READ_OPS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_READ_OPS } },
	{ "rss", "RSS", pr_rss, SK_VM_RSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "rssize", "RSS", pr_rss, SK_VM_RSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "rsz", "RSZ", pr_rss, SK_VM_RSS, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "rtprio", "RTPRIO", pr_rtprio, SK_PRIORITY_RT, 6, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS, SK_PRIORITY_RT } },
	{ "ruid", "RUID", pr_ruid, SK_ID_RUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_RUID } },
	{ "ruser", "RUSER", pr_ruser, SK_ID_RUSER, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_CRED), { SK_ID_RUSER, SK_ID_RUID } },
	{ "s", "S", pr_s, SK_STATE, 1, AL_LEFT, W_THREAD, 0, TG_BIT(TG_MSG), { SK_STATE } },
	{ "sched", "SCH", pr_sched, SK_SCHED_CLASS, 3, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_STAT), { SK_SCHED_CLASS } },
	{ "scnt", "SCNT", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "scount", "SC", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "seat", "SEAT", pr_sd_seat, SK_SD_SEAT, 11, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_SEAT } },
	{ "sess", "SESS", pr_sess, SK_ID_SESSION, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_SESS), { SK_ID_SESSION } },
	{ "session", "SESS", pr_sess, SK_ID_SESSION, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_SESS), { SK_ID_SESSION } },
	{ "sgi_p", "P", pr_sgi_p, SK_STATE, 1, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_MSG)|TG_BIT(TG_STAT), { SK_STATE, SK_PROCESSOR } },
	{ "sgi_rss", "RSS", pr_rss, SK_VM_RSS, 4, AL_LEFT, W_PROC, 0, TG_BIT(TG_RSS), { SK_VM_RSS } },
	{ "sgid", "SGID", pr_sgid, SK_ID_SGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGID } },
	{ "sgroup", "SGROUP", pr_sgroup, SK_ID_SGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGROUP, SK_ID_SGID } },
	{ "share", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "sid", "SID", pr_sess, SK_ID_SESSION, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_SESS), { SK_ID_SESSION } },
	{ "sig", "PENDING", pr_sig, SK_SIGNALS, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGNALS } },
	{ "sig_block", "BLOCKED", pr_sigmask, SK_SIGBLOCKED, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGBLOCKED } },
	{ "sig_catch", "CATCHED", pr_sigcatch, SK_SIGCATCH, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGCATCH } },
	{ "sig_ignore", "IGNORED", pr_sigignore, SK_SIGIGNORE, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGIGNORE } },
	{ "sig_pend", "SIGNAL", pr_sig, SK_SIGNALS, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGNALS } },
	{ "sigcatch", "CAUGHT", pr_sigcatch, SK_SIGCATCH, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGCATCH } },
	{ "sigignore", "IGNORED", pr_sigignore, SK_SIGIGNORE, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGIGNORE } },
	{ "sigmask", "BLOCKED", pr_sigmask, SK_SIGBLOCKED, 9, AL_SIGNAL, W_THREAD, 0, TG_BIT(TG_SIGNAL), { SK_SIGBLOCKED } },
	{ "size", "SIZE", pr_swapable, SK_VSIZE_BYTES, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STATM), { SK_VM_DATA, SK_VM_STACK, SK_VSIZE_BYTES } },
	{ "sl", "SL", NULL, SK_NOOP, 3, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "slice", "SLICE", pr_sd_slice, SK_SD_SLICE, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_SLICE } },
	{ "spid", "SPID", pr_tasks, SK_ID_PID, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { SK_ID_PID } },
	{ "stackp", "STACKP", pr_stackp, SK_ADDR_STACK_START, 16, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STATADDR), { SK_ADDR_STACK_START } },
	{ "start", "STARTED", pr_start, SK_TICS_BEGAN, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "start_code", "S_CODE", NULL, SK_ADDR_CODE_START, 16, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "start_stack", "STACKP", pr_stackp, SK_ADDR_STACK_START, 16, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STATADDR), { SK_ADDR_STACK_START } },
	{ "start_time", "START", pr_stime, SK_TICS_BEGAN, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "stat", "STAT", pr_stat, SK_STATE, 4, AL_LEFT, W_THREAD, 0, TG_BIT(TG_MSG)|TG_BIT(TG_SESS)|TG_BIT(TG_STAT)|TG_BIT(TG_STATM), { SK_STATE, SK_NICE, SK_VM_RSS_LOCKED, SK_ID_SESSION, SK_ID_TGID, SK_NLWP, SK_ID_PGRP, SK_ID_TPGID } },
	{ "state", "S", pr_s, SK_STATE, 1, AL_LEFT, W_THREAD, 0, TG_BIT(TG_MSG), { SK_STATE } },
	{ "status", "STATUS", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "stime", "STIME", pr_stime, SK_TICS_BEGAN, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_BEGAN } },
	{ "suid", "SUID", pr_suid, SK_ID_SUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUID } },
	{ "supgid", "SUPGID", pr_supgid, SK_SUPGIDS, 20, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_GROUPS), { SK_SUPGIDS } },
	{ "supgrp", "SUPGRP", pr_supgrp, SK_SUPGROUPS, 40, AL_UNLIMITED, W_PROC, 0, TG_BIT(TG_GROUPS), { SK_SUPGROUPS } },
	{ "suser", "SUSER", pr_suser, SK_ID_SUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUSER, SK_ID_SUID } },
	{ "svgid", "SVGID", pr_sgid, SK_ID_SGID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGID } },
	{ "svgroup", "SVGROUP", pr_sgroup, SK_ID_SGROUP, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SGROUP, SK_ID_SGID } },
	{ "svuid", "SVUID", pr_suid, SK_ID_SUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUID } },
	{ "svuser", "SVUSER", pr_suser, SK_ID_SUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_CRED), { SK_ID_SUSER, SK_ID_SUID } },
	{ "systime", "SYSTEM", NULL, SK_NOOP, 6, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "sz", "SZ", pr_sz, SK_VM_SIZE, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VM_SIZE } },
	{ "taskid", "TASKID", NULL, SK_NOOP, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { 0 } },
	{ "tdev", "TDEV", NULL, SK_NOOP, 4, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "tgid", "TGID", pr_procs, SK_ID_TGID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { SK_ID_TGID } },
	{ "thcount", "THCNT", pr_nlwp, SK_NLWP, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_NLWP } },
	{ "tid", "TID", pr_tasks, SK_ID_PID, 5, AL_RIGHT, W_THREAD, FLD_PIDMAX, 0, { SK_ID_PID } },
	{ "time", "TIME", pr_time, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, FLD_U98, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "timens", "TIMENS", pr_timens, SK_NS_TIME, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_TIME } },
	{ "timeout", "TMOUT", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "times", "TIME", pr_times, SK_TIME_ALL, 8, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TIME_ALL } },
	{ "tmout", "TMOUT", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "tname", "TTY", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "tpgid", "TPGID", pr_tpgid, SK_ID_TPGID, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, TG_BIT(TG_STAT), { SK_ID_TPGID } },
	{ "trs", "TRS", pr_trs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "trss", "TRSS", pr_trs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "tsess", "TSESS", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { 0 } },
	{ "tsession", "TSESS", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { 0 } },
	{ "tsid", "TSID", NULL, SK_NOOP, 5, AL_RIGHT, W_PROC, FLD_PIDMAX, 0, { 0 } },
	{ "tsig", "PENDING", pr_tsig, SK_SIGPENDING, 9, AL_SIGNAL, W_EVERY, 0, TG_BIT(TG_SIGNAL), { SK_SIGPENDING } },
	{ "tsiz", "TSIZ", pr_trs, SK_VSIZE_BYTES, 4, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT)|TG_BIT(TG_STATADDR), { SK_VSIZE_BYTES, SK_ADDR_CODE_END, SK_ADDR_CODE_START } },
	{ "tt", "TT", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "tty", "TT", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, FLD_U98, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "tty4", "TTY", pr_tty4, SK_TTY_NAME, 4, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { 0 } },
	{ "tty8", "TTY", pr_tty8, SK_TTY_NAME, 8, AL_LEFT, W_PROC, 0, TG_BIT(TG_STAT), { SK_TTY_NAME } },
	{ "u_procp", "UPROCP", NULL, SK_NOOP, 6, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "ucmd", "CMD", pr_comm, SK_CMD, 15, AL_UNLIMITED, W_PROC, FLD_COMM, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD, SK_CMDLINE } },
	{ "ucomm", "COMMAND", pr_comm, SK_CMD, 15, AL_UNLIMITED, W_PROC, FLD_COMM, TG_BIT(TG_MSG)|TG_BIT(TG_NAME), { SK_CMD, SK_CMDLINE } },
	{ "uid", "UID", pr_euid, SK_ID_EUID, 5, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUID } },
	{ "uid_hack", "UID", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "umask", "UMASK", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "uname", "USER", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, 0, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "unit", "UNIT", pr_sd_unit, SK_SD_UNIT, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_UNIT } },
	{ "upr", "UPR", NULL, SK_NOOP, 3, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "uprocp", "UPROCP", NULL, SK_NOOP, 8, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "user", "USER", pr_euser, SK_ID_EUSER, 8, AL_USER, W_EVERY, FLD_U98, TG_BIT(TG_OWNER), { SK_ID_EUSER, SK_ID_EUID } },
	{ "userns", "USERNS", pr_userns, SK_NS_USER, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_USER } },
	{ "usertime", "USER", NULL, SK_NOOP, 4, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "usrpri", "UPR", NULL, SK_NOOP, 3, AL_RIGHT, W_THREAD, 0, 0, { 0 } },
	{ "uss", "USS", pr_uss, SK_SMAP_PRV_TOTAL, 5, AL_RIGHT, W_PROC, 0, TG_BIT(TG_SMAPS), { SK_SMAP_PRV_TOTAL } },
	{ "util", "C", pr_c, SK_UTILIZATION, 2, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_STAT), { SK_TICS_ALL, SK_TIME_ELAPSED, SK_UTILIZATION } },
	{ "utime", "UTIME", NULL, SK_TICS_USER, 6, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "utsns", "UTSNS", pr_utsns, SK_NS_UTS, 10, AL_RIGHT, W_EVERY, 0, TG_BIT(TG_NS), { SK_NS_UTS } },
	{ "uunit", "UUNIT", pr_sd_uunit, SK_SD_UUNIT, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_CGROUP), { SK_SD_UUNIT } },
	{ "vm_data", "DATA", NULL, SK_VM_DATA, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_exe", "EXE", NULL, SK_VM_EXE, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_lib", "LIB", NULL, SK_VM_LIB, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_lock", "LCK", NULL, SK_VM_RSS_LOCKED, 3, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vm_stack", "STACK", NULL, SK_VM_STACK, 5, AL_RIGHT, W_PROC, 0, 0, { 0 } },
	{ "vsize", "VSZ", pr_vsz, SK_VSIZE_BYTES, 6, AL_RIGHT, W_PROC, 0, TG_BIT(TG_STAT), { SK_VM_SIZE } },
	{ "vsz", "VSZ", pr_vsz, SK_VM_SIZE, 6, AL_RIGHT, W_PROC, FLD_U98, TG_BIT(TG_STAT), { SK_VM_SIZE } },
	{ "wbytes", "WBYTES", pr_wbytes, SK_IO_WRITE_BYTES, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_BYTES } },
	{ "wcbytes", "WCBYTES", pr_wcbytes, SK_IO_WRITE_CBYTES, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_CBYTES } },
	{ "wchan", "WCHAN", pr_wchan, SK_WCHAN_NAME, 6, AL_WCHAN, W_THREAD, 0, TG_BIT(TG_WCHAN), { SK_WCHAN_NAME } },
	{ "wchars", "WCHARS", pr_wchars, SK_IO_WRITE_CHARS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_CHARS } },
	{ "wname", "WCHAN", pr_wchan, SK_WCHAN_NAME, 6, AL_WCHAN, W_THREAD, 0, TG_BIT(TG_WCHAN), { SK_WCHAN_NAME } },
	{ "wops", "WOPS", pr_wops, SK_IO_WRITE_OPS, 5, AL_RIGHT, W_THREAD, 0, TG_BIT(TG_IO), { SK_IO_WRITE_OPS } },
	{ "xstat", "XSTAT", NULL, SK_NOOP, 5, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
	{ "zone", "ZONE", pr_context, SK_ID_TGID, 31, AL_LEFT, W_EVERY, 0, TG_BIT(TG_SECCTX), { SK_ID_TGID } },
	{ "zoneid", "ZONEID", NULL, SK_NOOP, 31, AL_RIGHT, W_EVERY, 0, 0, { 0 } },
	{ "~", "-", NULL, SK_NOOP, 1, AL_RIGHT, W_NEEDED, 0, 0, { 0 } },
};

/* named formats, also accepted by -o; sorted by name */
const struct macro macros[] = {
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
	{ "OL_m", "pid,tname,majflt,minflt,m_trs,m_drs,m_size,m_swap,rss,m_share,vm_lib,m_dt,args" },
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

const unsigned nfields = sizeof(fields) / sizeof(fields[0]);
const unsigned nmacros = sizeof(macros) / sizeof(macros[0]);

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
	const struct field *f = bsearch(name, fields, nfields, sizeof(fields[0]),
					field_cmp);

	if (!f)
		return NULL;
	/* the rows of one name are neighbours: take the current one */
	while (f > fields && !strcmp(f[-1].name, name))
		f--;
	for (; f < fields + nfields && !strcmp(f->name, name); f++)
		if (field_current(f))
			return f;
	return NULL;
}

const struct macro *macro_find(const char *name)
{
	return bsearch(name, macros, nmacros, sizeof(macros[0]), macro_cmp);
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
	g = TG_BIT(TG_MSG) | TG_BIT(TG_NAME);
	if (long_form)
		g |= TG_BIT(TG_CMDLINE);
	if (o->bsd_e)
		g |= TG_BIT(TG_ENVIRON);
	return g;
}
