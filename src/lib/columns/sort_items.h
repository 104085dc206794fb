/*
 * sort_items.h - procps's sort items, one row each.
 *
 * A column sorts by an item (struct field's sort) and registers items
 * (its regs); several columns share one.  Each row here is the whole of
 * an item: SORT_ITEMS(X) calls X(NAME, TYPE, GROUPS, FLAGS, VALUE) once
 * per item, and fields.h makes enum sort_key (SK_NAME) from it, sort.c
 * the rest.
 *
 *   TYPE    how values compare: INT, UINT, REAL, CHAR, STR, STRVERS, NONE
 *   GROUPS  the data groups the value needs (G_ names, groups.h)
 *   FLAGS   BASE: procps's library registers the item whatever the
 *           columns, so it always sorts; ENVE: with BSD e the value
 *           needs the environment too
 *   VALUE   a statement that sets v->i, v->u or v->r from t, or, for
 *           STR and STRVERS, writes the text into buf (TASK_STR_MAX
 *           bytes); TEXT(s) copies a string there, HEX16(v) writes a
 *           mask as 16 hex digits
 *
 * NOOP is first: 0 ends a column's regs.
 */
#ifndef TDPS_SORT_ITEMS_H
#define TDPS_SORT_ITEMS_H

#define SORT_ITEMS(X) \
	X(NOOP, NONE, 0, 0, (void)0) \
	X(ADDR_CODE_END, UINT, G_STATADDR, 0, v->u = t->end_code) \
	X(ADDR_CODE_START, UINT, G_STATADDR, 0, v->u = t->start_code) \
	X(ADDR_CURR_EIP, UINT, G_STATADDR, 0, v->u = t->kstk_eip) \
	X(ADDR_CURR_ESP, UINT, G_STATADDR, 0, v->u = t->kstk_esp) \
	X(ADDR_STACK_START, UINT, G_STATADDR, 0, v->u = t->start_stack) \
	X(AUTOGRP_ID, INT, G_AUTOGROUP, 0, v->i = t->ag_id) \
	X(AUTOGRP_NICE, INT, G_AUTOGROUP, 0, v->i = t->ag_nice) \
	X(CAPS_PERMITTED, STR, G_CRED, 0, HEX16(t->cap_prm)) \
	X(CGNAME, STR, G_CGROUP, 0, cgname_value(t, buf)) \
	X(CGROUP, STR, G_CGROUP, 0, field_cgroup_text(t, buf, TASK_STR_MAX)) \
	X(CMD, STR, G_MSG | G_NAME, BASE, field_comm_text(t, buf, 64)) \
	X(CMDLINE, STR, G_MSG | G_NAME | G_CMDLINE, ENVE, \
	  field_cmdline_text(t, buf, TASK_STR_MAX)) \
	X(DOCKER_ID, STR, G_CGROUP, 0, field_docker_text(t, buf, TASK_STR_MAX)) \
	X(EXE, STR, G_EXE, 0, exe_value(t, buf)) \
	X(FLAGS, UINT, G_STAT, 0, v->u = t->flags) \
	X(FLT_MAJ, UINT, G_STAT, 0, v->u = t->majflt) \
	X(FLT_MIN, UINT, G_STAT, 0, v->u = t->minflt) \
	X(ID_EGID, UINT, G_OWNER, BASE, v->u = t->egid) \
	X(ID_EGROUP, STR, G_OWNER, 0, TEXT(names_group(t->egid))) \
	X(ID_EUID, UINT, G_OWNER, BASE, v->u = t->euid) \
	X(ID_EUSER, STR, G_OWNER, 0, TEXT(names_user(t->euid))) \
	X(ID_FGID, UINT, G_CRED, BASE, v->u = t->fgid) \
	X(ID_FGROUP, STR, G_CRED, 0, TEXT(names_group(t->fgid))) \
	X(ID_FUID, UINT, G_CRED, BASE, v->u = t->fuid) \
	X(ID_FUSER, STR, G_CRED, 0, TEXT(names_user(t->fuid))) \
	X(ID_LOGIN, INT, G_LOGIN, 0, v->i = t->luid) \
	X(ID_PGRP, INT, G_SESS, BASE, v->i = t->pgrp) \
	X(ID_PID, INT, 0, BASE, v->i = t->tid) \
	X(ID_PPID, INT, G_MSG, BASE, v->i = t->ppid) \
	X(ID_RGID, UINT, G_CRED, BASE, v->u = t->rgid) \
	X(ID_RGROUP, STR, G_CRED, 0, TEXT(names_group(t->rgid))) \
	X(ID_RUID, UINT, G_CRED, BASE, v->u = t->ruid) \
	X(ID_RUSER, STR, G_CRED, 0, TEXT(names_user(t->ruid))) \
	X(ID_SESSION, INT, G_SESS, BASE, v->i = t->sid) \
	X(ID_SGID, UINT, G_CRED, BASE, v->u = t->sgid) \
	X(ID_SGROUP, STR, G_CRED, 0, TEXT(names_group(t->sgid))) \
	X(ID_SUID, UINT, G_CRED, BASE, v->u = t->suid) \
	X(ID_SUSER, STR, G_CRED, 0, TEXT(names_user(t->suid))) \
	X(ID_TGID, INT, 0, BASE, v->i = t->tgid) \
	X(ID_TPGID, INT, G_STAT, BASE, v->i = t->tpgid) \
	X(IO_READ_BYTES, UINT, G_IO, 0, v->u = t->read_bytes) \
	X(IO_READ_CHARS, UINT, G_IO, 0, v->u = t->rchar) \
	X(IO_READ_OPS, UINT, G_IO, 0, v->u = t->syscr) \
	X(IO_WRITE_BYTES, UINT, G_IO, 0, v->u = t->write_bytes) \
	X(IO_WRITE_CBYTES, UINT, G_IO, 0, v->u = t->cancelled_write_bytes) \
	X(IO_WRITE_CHARS, UINT, G_IO, 0, v->u = t->wchar) \
	X(IO_WRITE_OPS, UINT, G_IO, 0, v->u = t->syscw) \
	X(LXCNAME, STR, G_CGROUP, 0, column_value(pr_lxcname, t, buf)) \
	X(MEM_RES_PGS, UINT, G_STATM, 0, v->u = t->vm_rss / page_kib()) \
	X(MEM_SHR_PGS, UINT, G_STATM, 0, v->u = (t->vm_rss_file + t->vm_rss_shared) / page_kib()) \
	X(NICE, INT, G_STAT, BASE, v->i = t->nice) \
	X(NLWP, INT, G_STAT, BASE, v->i = t->nlwp) \
	X(NS_CGROUP, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_CGROUP]) \
	X(NS_IPC, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_IPC]) \
	X(NS_MNT, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_MNT]) \
	X(NS_NET, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_NET]) \
	X(NS_PID, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_PID]) \
	X(NS_TIME, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_TIME]) \
	X(NS_USER, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_USER]) \
	X(NS_UTS, UINT, G_NS, 0, v->u = t->ns[TASK_DIAG_NS_UTS]) \
	X(OOM_ADJ, INT, G_OOM, 0, v->i = t->oom_adj) \
	X(OOM_SCORE, INT, G_OOM, 0, v->i = t->oom_score) \
	X(OPEN_FILES, INT, G_FDS, 0, v->i = t->fds) \
	X(PRIORITY, INT, G_STAT, 0, v->i = t->priority) \
	X(PRIORITY_RT, INT, G_STAT, 0, v->i = t->rtprio) \
	X(PROCESSOR, INT, G_STAT, 0, v->i = t->processor) \
	X(PROCESSOR_NODE, INT, G_STAT, 0, v->i = field_numa_node(t->processor)) \
	X(RSS_RLIM, UINT, G_STAT, 0, v->u = t->rsslim) \
	X(SCHED_CLASS, INT, G_STAT, 0, v->i = t->policy) \
	X(SCHED_CLASSSTR, STR, G_STAT, 0, column_value(pr_class, t, buf)) \
	X(SD_MACH, STR, G_CGROUP, 0, sd_value(SYSTEMD_MACHINE, t, buf)) \
	X(SD_OUID, STR, G_CGROUP, 0, sd_value(SYSTEMD_OWNER_UID, t, buf)) \
	X(SD_SEAT, STR, G_CGROUP, 0, sd_value(SYSTEMD_SEAT, t, buf)) \
	X(SD_SESS, STR, G_CGROUP, 0, sd_value(SYSTEMD_SESSION, t, buf)) \
	X(SD_SLICE, STR, G_CGROUP, 0, sd_value(SYSTEMD_SLICE, t, buf)) \
	X(SD_UNIT, STR, G_CGROUP, 0, sd_value(SYSTEMD_UNIT, t, buf)) \
	X(SD_UUNIT, STR, G_CGROUP, 0, sd_value(SYSTEMD_USER_UNIT, t, buf)) \
	X(SIGBLOCKED, STR, G_SIGNAL, BASE, HEX16(t->sigblk)) \
	X(SIGCATCH, STR, G_SIGNAL, BASE, HEX16(t->sigcgt)) \
	X(SIGIGNORE, STR, G_SIGNAL, BASE, HEX16(t->sigign)) \
	X(SIGNALS, STR, G_SIGNAL, BASE, HEX16(field_pending_set(t))) \
	X(SIGPENDING, STR, G_SIGNAL, BASE, HEX16(t->sigpnd)) \
	X(SMAP_HUGE_TLBPRV, UINT, G_SMAPS, 0, v->u = t->smap_htprv) \
	X(SMAP_HUGE_TLBSHR, UINT, G_SMAPS, 0, v->u = t->smap_htshr) \
	X(SMAP_PRV_TOTAL, UINT, G_SMAPS, 0, v->u = t->smap_uss) \
	X(SMAP_PSS, UINT, G_SMAPS, 0, v->u = t->smap_pss) \
	X(STATE, CHAR, G_MSG, BASE, v->i = t->state) \
	X(SUPGIDS, STR, G_GROUPS, 0, column_value(pr_supgid, t, buf)) \
	X(SUPGROUPS, STR, G_GROUPS, 0, field_supgroups_text(t, buf, OUTBUF_SIZE)) \
	X(TICS_ALL, UINT, G_STAT, BASE, v->u = field_tics_all(t, false)) \
	X(TICS_BEGAN, UINT, G_STAT, BASE, v->u = t->start_time) \
	X(TICS_USER, UINT, G_STAT, 0, v->u = t->utime) \
	X(TICS_USER_C, UINT, G_STAT, 0, v->u = t->utime + t->cutime) \
	X(TIME_ALL, REAL, G_STAT, BASE, v->r = ((double)t->utime + t->stime) / sys_hz()) \
	X(TIME_ELAPSED, REAL, G_STAT, BASE, v->r = field_elapsed(t)) \
	X(TTY_NAME, STRVERS, G_STAT, 0, tty_name(buf, 64, t->tty, t->tid, TTY_ABBREV_DEV)) \
	X(UTILIZATION, REAL, G_STAT, 0, v->r = field_utilization(t, false)) \
	X(UTILIZATION_C, REAL, G_STAT, 0, v->r = field_utilization(t, true)) \
	X(VM_DATA, UINT, G_STATM, 0, v->u = t->vm_data) \
	X(VM_EXE, UINT, G_STATM, 0, v->u = t->vm_exe) \
	X(VM_LIB, UINT, G_STATM, 0, v->u = t->vm_lib) \
	X(VM_RSS, UINT, G_RSS, 0, v->u = t->vm_rss) \
	X(VM_RSS_LOCKED, UINT, G_STATM, BASE, v->u = t->vm_lock) \
	X(VM_SIZE, UINT, G_STAT, 0, v->u = t->vsize >> 10) \
	X(VM_STACK, UINT, G_STATM, 0, v->u = t->vm_stack) \
	X(VSIZE_BYTES, UINT, G_STAT, 0, v->u = t->vsize) \
	X(WCHAN_NAME, STR, G_WCHAN, 0, TEXT(t->wchan_name.s ? t->wchan_name.s : ""))

#endif
