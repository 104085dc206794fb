/*
 * field_priv.h - what the field modules share among themselves: the
 * printers the table names, the values several printers and sort items
 * derive, and the text helpers behind the command, environment and
 * cgroup columns.  Not for the front ends: they use fields.h.
 */
#ifndef TDPS_FIELD_PRIV_H
#define TDPS_FIELD_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "lib/columns/fields.h"

/* the most a printer writes for a plain value, as procps's COLWID */
#define COLWID 240

/* snprintf into a printer's out, at most COLWID - 1 bytes; the length */
int field_emit(char *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* a decimal number into a printer's out, as "%llu" / "%lld"; the length */
int field_emit_u(char *out, unsigned long long v);
int field_emit_d(char *out, long long v);
/*
 * A number as printf's @fmt would print it: the plain decimal formats
 * (the most printed columns, ids and sizes) without printf's machinery.
 * @fmt is a literal, so the choice is made at compile time.
 */
#define FIELD_EMIT_NUM(out, fmt, v)					\
	(!__builtin_strcmp(fmt, "%d") ? field_emit_d(out, (int)(v)) :	\
	 !__builtin_strcmp(fmt, "%ld") ? field_emit_d(out, (long)(v)) :	\
	 !__builtin_strcmp(fmt, "%u") ? field_emit_u(out, (unsigned)(v)) : \
	 !__builtin_strcmp(fmt, "%lu") ? field_emit_u(out, (unsigned long)(v)) : \
	 !__builtin_strcmp(fmt, "%llu") ?				\
		field_emit_u(out, (unsigned long long)(v)) :		\
	 field_emit(out, fmt, v))

/* ---- derived values (field_text.c) ---- */

/* utime + stime, with the dead children's when @children */
unsigned long long field_tics_all(const struct task *t, bool children);
/* ticks since boot at scan time, as procps's library truncates it */
unsigned long long field_boot_tics(void);
/* seconds since the task started (procps's TIME_ELAPSED) */
double field_elapsed(const struct task *t);
/* %CPU over the task's life, as a double */
double field_utilization(const struct task *t, bool children);
/* %CPU in tenths of a percent, as %CPU and CP print it */
unsigned field_per_mill_cpu(const struct task *t, const struct pctx *c);
/* in whole percent, as C prints it */
unsigned field_percent_cpu(const struct task *t, const struct pctx *c);
/* when the task started, in seconds since the epoch */
time_t field_start_epoch(const struct task *t);
/*
 * a thread other than the leader reports its own pending set, and so
 * does the leader's thread row where it reads its own files
 */
uint64_t field_pending_set(const struct task *t);
/* numa node of a cpu; -1 without libnuma, as procps */
int field_numa_node(int cpu);

/* ---- text (field_text.c) ---- */

/*
 * Two buffers, allocated once, never both for one purpose; NULL when out
 * of memory.  field_text_buf(), TASK_STR_MAX + 64 bytes: the text a
 * printer builds before laying it out (the printers give it as
 * TASK_STR_MAX or OUTBUF_SIZE bytes, NUL included).  field_scratch(),
 * TASK_STR_MAX + 1 bytes: for the helpers below (a record's string, at
 * most TASK_STR_MAX bytes, and a NUL).
 */
char *field_text_buf(void);
char *field_scratch(void);
/* procps's read_unvectored: NUL and newline become sep, trailing NULs go */
size_t field_unvector(const struct tstr *raw, char *dst, size_t size, char sep);
/* the escaped environment, or "-" */
size_t field_environ_text(const struct task *t, char *out, size_t size);
/* the cgroup lines that are not a bare root, joined by commas, or "-" */
size_t field_cgroup_text(const struct task *t, char *out, size_t size);
/* the part of a cgroup text after ":name=", or all of it */
const char *field_cgname_of(const char *cg);
/* supplementary group names joined by commas, or "-" */
size_t field_supgroups_text(const struct task *t, char *buf, size_t size);
/* the docker container id (12 hex digits) in the cgroup text, or "-" */
size_t field_docker_text(const struct task *t, char *out, size_t size);
/* --signames: a mask's 16 hex digits as names; 0: print the digits */
int field_signal_names_text(const char *hex, char *out, int size);
/* a capability set by name: "-", "full", or "chown,kill,..." */
size_t field_cap_names_text(uint64_t set, char *out, size_t size);

/* ---- the printers (field_print.c), named by the table ---- */

#define PRINTER(fn) \
	int fn(char *out, const struct task *t, const struct pctx *c)
PRINTER(pr_agid); PRINTER(pr_agnice); PRINTER(pr_args);
PRINTER(pr_bsdstart); PRINTER(pr_bsdtime); PRINTER(pr_c);
PRINTER(pr_cgname); PRINTER(pr_cgroup); PRINTER(pr_cgroupns);
PRINTER(pr_class); PRINTER(pr_comm); PRINTER(pr_context);
PRINTER(pr_cp); PRINTER(pr_cuc); PRINTER(pr_cuu); PRINTER(pr_docker);
PRINTER(pr_drs); PRINTER(pr_egid); PRINTER(pr_egroup); PRINTER(pr_eip);
PRINTER(pr_environ); PRINTER(pr_esp); PRINTER(pr_etime);
PRINTER(pr_etimes); PRINTER(pr_euid); PRINTER(pr_euser);
PRINTER(pr_exe); PRINTER(pr_fds); PRINTER(pr_fgid); PRINTER(pr_fgroup);
PRINTER(pr_flag); PRINTER(pr_fname); PRINTER(pr_fuid);
PRINTER(pr_fuser); PRINTER(pr_htprv); PRINTER(pr_htshr);
PRINTER(pr_ipcns); PRINTER(pr_lim); PRINTER(pr_lstart);
PRINTER(pr_luid); PRINTER(pr_lxcname); PRINTER(pr_majflt);
PRINTER(pr_minflt); PRINTER(pr_mntns); PRINTER(pr_netns);
PRINTER(pr_nice); PRINTER(pr_nlwp); PRINTER(pr_numa); PRINTER(pr_oom);
PRINTER(pr_oom_adj); PRINTER(pr_opri); PRINTER(pr_pcap);
PRINTER(pr_pcaps); PRINTER(pr_pcpu); PRINTER(pr_pgid);
PRINTER(pr_pidns); PRINTER(pr_pmem); PRINTER(pr_ppid); PRINTER(pr_pri);
PRINTER(pr_pri_api); PRINTER(pr_pri_bar); PRINTER(pr_pri_baz);
PRINTER(pr_pri_foo); PRINTER(pr_priority); PRINTER(pr_procs);
PRINTER(pr_psr); PRINTER(pr_pss); PRINTER(pr_rbytes);
PRINTER(pr_rchars); PRINTER(pr_rgid); PRINTER(pr_rgroup);
PRINTER(pr_rops); PRINTER(pr_rss); PRINTER(pr_rtprio);
PRINTER(pr_ruid); PRINTER(pr_ruser); PRINTER(pr_s); PRINTER(pr_sched);
PRINTER(pr_sd_machine); PRINTER(pr_sd_ouid); PRINTER(pr_sd_seat);
PRINTER(pr_sd_session); PRINTER(pr_sd_slice); PRINTER(pr_sd_unit);
PRINTER(pr_sd_uunit); PRINTER(pr_sess); PRINTER(pr_sgi_p);
PRINTER(pr_sgid); PRINTER(pr_sgroup); PRINTER(pr_sig);
PRINTER(pr_sigcatch); PRINTER(pr_sigignore); PRINTER(pr_sigmask);
PRINTER(pr_size); PRINTER(pr_stackp); PRINTER(pr_start);
PRINTER(pr_stat); PRINTER(pr_stime); PRINTER(pr_suid);
PRINTER(pr_supgid); PRINTER(pr_supgrp); PRINTER(pr_suser);
PRINTER(pr_swapable); PRINTER(pr_sz); PRINTER(pr_t_left);
PRINTER(pr_t_left2); PRINTER(pr_t_right); PRINTER(pr_t_right2);
PRINTER(pr_t_unlimited); PRINTER(pr_t_unlimited2); PRINTER(pr_tasks);
PRINTER(pr_time); PRINTER(pr_timens); PRINTER(pr_times);
PRINTER(pr_tpgid); PRINTER(pr_trs); PRINTER(pr_tsig); PRINTER(pr_tty4);
PRINTER(pr_tty8); PRINTER(pr_userns); PRINTER(pr_uss);
PRINTER(pr_utsns); PRINTER(pr_vsz); PRINTER(pr_wbytes);
PRINTER(pr_wcbytes); PRINTER(pr_wchan); PRINTER(pr_wchars);
PRINTER(pr_wops);

#endif
