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
 *   GROUPS  the data groups the value needs (short names defined by
 *           sort.c: S_ stat, M_ the ids, SS_ process group and
 *           session, N_ the name, C_ credentials, E_ the owner, V_
 *           status's sizes, and one per other group)
 *   FLAGS   BASE: procps's library registers the item whatever the
 *           columns, so it always sorts; ENVE: with BSD e the value
 *           needs the environment too
 *   VALUE   a statement that sets v->i, v->u or v->r from t, or, for
 *           STR and STRVERS, writes the text into buf (TASK_STR_MAX
 *           bytes); TEXT(s) copies a string there
 *
 * NOOP is first: 0 ends a column's regs.
 */
#ifndef TDPS_SORT_ITEMS_H
#define TDPS_SORT_ITEMS_H

#define SORT_ITEMS(X) \
	X(NOOP, NONE, 0, 0, (void)0) \
	X(ADDR_CODE_END, UINT, SA_, 0, v->u = t->end_code) \
	X(ADDR_CODE_START, UINT, SA_, 0, v->u = t->start_code) \
	X(ADDR_CURR_EIP, UINT, SA_, 0, v->u = t->kstk_eip) \
	X(ADDR_CURR_ESP, UINT, SA_, 0, v->u = t->kstk_esp) \
	X(ADDR_STACK_START, UINT, SA_, 0, v->u = t->start_stack) \
	X(AUTOGRP_ID, INT, AG_, 0, v->i = t->ag_id) \
	X(AUTOGRP_NICE, INT, AG_, 0, v->i = t->ag_nice) \
	X(CAPS_PERMITTED, STR, C_, 0, snprintf(buf, 17, "%016llx", (unsigned long long)t->cap_prm)) \
	X(CGNAME, STR, CG_, 0, cgname_value(t, buf)) \
	X(CGROUP, STR, CG_, 0, cgroup_text(t, buf, TASK_STR_MAX)) \
	X(CMD, STR, M_ | N_, BASE, task_comm_text(t, buf, 64)) \
	X(CMDLINE, STR, M_ | N_ | CL_, ENVE, task_cmdline_text(t, buf, TASK_STR_MAX)) \
	X(DOCKER_ID, STR, CG_, 0, docker_text(t, buf, TASK_STR_MAX)) \
	X(EXE, STR, EXE_, 0, exe_value(t, buf)) \
	X(FLAGS, UINT, S_, 0, v->u = t->flags) \
	X(FLT_MAJ, UINT, S_, 0, v->u = t->majflt) \
	X(FLT_MIN, UINT, S_, 0, v->u = t->minflt) \
	X(ID_EGID, UINT, E_, BASE, v->u = t->egid) \
	X(ID_EGROUP, STR, E_, 0, TEXT(group_name(t->egid))) \
	X(ID_EUID, UINT, E_, BASE, v->u = t->euid) \
	X(ID_EUSER, STR, E_, 0, TEXT(user_name(t->euid))) \
	X(ID_FGID, UINT, C_, BASE, v->u = t->fgid) \
	X(ID_FGROUP, STR, C_, 0, TEXT(group_name(t->fgid))) \
	X(ID_FUID, UINT, C_, BASE, v->u = t->fuid) \
	X(ID_FUSER, STR, C_, 0, TEXT(user_name(t->fuid))) \
	X(ID_LOGIN, INT, LOGIN_, 0, v->i = t->luid) \
	X(ID_PGRP, INT, SS_, BASE, v->i = t->pgrp) \
	X(ID_PID, INT, 0, BASE, v->i = t->tid) \
	X(ID_PPID, INT, M_, BASE, v->i = t->ppid) \
	X(ID_RGID, UINT, C_, BASE, v->u = t->rgid) \
	X(ID_RGROUP, STR, C_, 0, TEXT(group_name(t->rgid))) \
	X(ID_RUID, UINT, C_, BASE, v->u = t->ruid) \
	X(ID_RUSER, STR, C_, 0, TEXT(user_name(t->ruid))) \
	X(ID_SESSION, INT, SS_, BASE, v->i = t->sid) \
	X(ID_SGID, UINT, C_, BASE, v->u = t->sgid) \
	X(ID_SGROUP, STR, C_, 0, TEXT(group_name(t->sgid))) \
	X(ID_SUID, UINT, C_, BASE, v->u = t->suid) \
	X(ID_SUSER, STR, C_, 0, TEXT(user_name(t->suid))) \
	X(ID_TGID, INT, 0, BASE, v->i = t->tgid) \
	X(ID_TPGID, INT, S_, BASE, v->i = t->tpgid) \
	X(IO_READ_BYTES, UINT, IO_, 0, v->u = t->read_bytes) \
	X(IO_READ_CHARS, UINT, IO_, 0, v->u = t->rchar) \
	X(IO_READ_OPS, UINT, IO_, 0, v->u = t->syscr) \
	X(IO_WRITE_BYTES, UINT, IO_, 0, v->u = t->write_bytes) \
	X(IO_WRITE_CBYTES, UINT, IO_, 0, v->u = t->cancelled_write_bytes) \
	X(IO_WRITE_CHARS, UINT, IO_, 0, v->u = t->wchar) \
	X(IO_WRITE_OPS, UINT, IO_, 0, v->u = t->syscw) \
	X(LXCNAME, STR, CG_, 0, column_value(pr_lxcname, t, buf)) \
	X(MEM_RES_PGS, UINT, V_, 0, v->u = t->vm_rss / page_kib()) \
	X(MEM_SHR_PGS, UINT, V_, 0, v->u = (t->vm_rss_file + t->vm_rss_shared) / page_kib()) \
	X(NICE, INT, S_, BASE, v->i = t->nice) \
	X(NLWP, INT, S_, BASE, v->i = t->nlwp) \
	X(NS_CGROUP, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_CGROUP]) \
	X(NS_IPC, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_IPC]) \
	X(NS_MNT, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_MNT]) \
	X(NS_NET, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_NET]) \
	X(NS_PID, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_PID]) \
	X(NS_TIME, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_TIME]) \
	X(NS_USER, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_USER]) \
	X(NS_UTS, UINT, NS_, 0, v->u = t->ns[TASK_DIAG_NS_UTS]) \
	X(OOM_ADJ, INT, OOM_, 0, v->i = t->oom_adj) \
	X(OOM_SCORE, INT, OOM_, 0, v->i = t->oom_score) \
	X(OPEN_FILES, INT, FDS_, 0, v->i = t->fds) \
	X(PRIORITY, INT, S_, 0, v->i = t->priority) \
	X(PRIORITY_RT, INT, S_, 0, v->i = t->rtprio) \
	X(PROCESSOR, INT, S_, 0, v->i = t->processor) \
	X(PROCESSOR_NODE, INT, S_, 0, v->i = numa_node(t->processor)) \
	X(RSS_RLIM, UINT, S_, 0, v->u = t->rsslim) \
	X(SCHED_CLASS, INT, S_, 0, v->i = t->policy) \
	X(SCHED_CLASSSTR, STR, S_, 0, column_value(pr_class, t, buf)) \
	X(SD_MACH, STR, CG_, 0, sd_value(SD_MACHINE, t, buf)) \
	X(SD_OUID, STR, CG_, 0, sd_value(SD_OWNER_UID, t, buf)) \
	X(SD_SEAT, STR, CG_, 0, sd_value(SD_SEAT, t, buf)) \
	X(SD_SESS, STR, CG_, 0, sd_value(SD_SESSION, t, buf)) \
	X(SD_SLICE, STR, CG_, 0, sd_value(SD_SLICE, t, buf)) \
	X(SD_UNIT, STR, CG_, 0, sd_value(SD_UNIT, t, buf)) \
	X(SD_UUNIT, STR, CG_, 0, sd_value(SD_USER_UNIT, t, buf)) \
	X(SIGBLOCKED, STR, SIG_, BASE, SIGS(t->sigblk)) \
	X(SIGCATCH, STR, SIG_, BASE, SIGS(t->sigcgt)) \
	X(SIGIGNORE, STR, SIG_, BASE, SIGS(t->sigign)) \
	X(SIGNALS, STR, SIG_, BASE, SIGS(pending_set(t))) \
	X(SIGPENDING, STR, SIG_, BASE, SIGS(t->sigpnd)) \
	X(SMAP_HUGE_TLBPRV, UINT, SM_, 0, v->u = t->smap_htprv) \
	X(SMAP_HUGE_TLBSHR, UINT, SM_, 0, v->u = t->smap_htshr) \
	X(SMAP_PRV_TOTAL, UINT, SM_, 0, v->u = t->smap_uss) \
	X(SMAP_PSS, UINT, SM_, 0, v->u = t->smap_pss) \
	X(STATE, CHAR, M_, BASE, v->i = t->state) \
	X(SUPGIDS, STR, GR_, 0, column_value(pr_supgid, t, buf)) \
	X(SUPGROUPS, STR, GR_, 0, supgroups_text(t, buf, OUTBUF_SIZE)) \
	X(TICS_ALL, UINT, S_, BASE, v->u = tics_all(t, false)) \
	X(TICS_BEGAN, UINT, S_, BASE, v->u = t->start_time) \
	X(TICS_USER, UINT, S_, 0, v->u = t->utime) \
	X(TICS_USER_C, UINT, S_, 0, v->u = t->utime + t->cutime) \
	X(TIME_ALL, REAL, S_, BASE, v->r = ((double)t->utime + t->stime) / sys_hz()) \
	X(TIME_ELAPSED, REAL, S_, BASE, v->r = elapsed(t)) \
	X(TTY_NAME, STRVERS, S_, 0, tty_name(buf, 64, t->tty, t->tid, TTY_ABBREV_DEV)) \
	X(UTILIZATION, REAL, S_, 0, v->r = utilization(t, false)) \
	X(UTILIZATION_C, REAL, S_, 0, v->r = utilization(t, true)) \
	X(VM_DATA, UINT, V_, 0, v->u = t->vm_data) \
	X(VM_EXE, UINT, V_, 0, v->u = t->vm_exe) \
	X(VM_LIB, UINT, V_, 0, v->u = t->vm_lib) \
	X(VM_RSS, UINT, RSS_, 0, v->u = t->vm_rss) \
	X(VM_RSS_LOCKED, UINT, V_, BASE, v->u = t->vm_lock) \
	X(VM_SIZE, UINT, S_, 0, v->u = t->vsize >> 10) \
	X(VM_STACK, UINT, V_, 0, v->u = t->vm_stack) \
	X(VSIZE_BYTES, UINT, S_, 0, v->u = t->vsize) \
	X(WCHAN_NAME, STR, WCH_, 0, TEXT(t->wchan_name.s ? t->wchan_name.s : ""))

#endif
