/*
 * proc_parse.h - parsers for the text files under /proc/PID.
 *
 * Each takes a NUL-terminated buffer and fills fields of a task record.
 * They never read outside the buffer, whatever it holds.
 */
#ifndef TDPS_PROCPARSE_H
#define TDPS_PROCPARSE_H

#include <stddef.h>
#include "lib/record/task.h"

/* /proc/PID/stat: 0, or -1 when the text is not a stat line */
int proc_parse_stat(const char *buf, struct task *t);

/*
 * /proc/PID/status: fills what it holds of the credentials, sizes,
 * signals and supplementary gids (to the arena), and marks @groups held
 * (the caller says which: lib/record/groups.c maps groups to files).
 */
int proc_parse_status(const char *buf, struct task *t, uint64_t groups,
		      struct arena *a);

/* /proc/PID/io */
void proc_parse_io(const char *buf, struct task *t);

/* /proc/PID/smaps_rollup: Pss and the private (uss) total */
void proc_parse_smaps_rollup(const char *buf, struct task *t);

/* /proc/PID/autogroup: "/autogroup-ID nice N" */
void proc_parse_autogroup(const char *buf, struct task *t);

/*
 * The wchan text as procps shows it, from the @n raw bytes of
 * /proc/TID/wchan (or the task_diag WCHAN group; a NUL ends it early):
 * nothing read is "?", "0" (not blocked) is "-", and a leading '.' and
 * then '_'s are dropped.  Sets t->wchan_name (in the arena) and TG_WCHAN.
 */
void proc_parse_wchan(const char *buf, size_t n, struct task *t,
		      struct arena *a);

#endif
