/*
 * groups.h - the data-group contract.
 *
 * Columns need data groups (TG_* in task.h); sources deliver them.  This
 * is the one place that says, for every group, how it gets into a
 * record:
 *
 *   - the /proc file whose one read fills it (several groups may share a
 *     file: one read of status fills four of them);
 *   - the kernel group that carries it: the task_diag message attribute,
 *     which is also what the BPF iterator writes (the same bit of
 *     show_flags), or the kernel-side sources whose every message
 *     carries it in struct task_diag_msg;
 *   - the group that stands in for it: a group whose data includes this
 *     one's, so a record that has the stand-in has this group too, and a
 *     request may name the stand-in instead;
 *   - which kernel-side sources can deliver it at all;
 *   - whether every user may read it in /proc (without hidepid), which is
 *     all a world-readable BPF pin may carry.
 *
 * The /proc reader picks files from it, the task_diag and BPF sources
 * turn a want into their request with group_request(), and fill.c
 * completes every record, whatever its source, with what is missing.
 */
#ifndef TDPS_GROUPS_H
#define TDPS_GROUPS_H

#include <stdbool.h>
#include <stdint.h>

#include "lib/record/task.h"

/*
 * Each group as a mask bit, short, for the tables that say what a column
 * or a sort item reads (columns/field_table.c, columns/sort_items.h):
 * G_STAT is TG_BIT(TG_STAT), and so on for every group.
 */
#define G_CRED		TG_BIT(TG_CRED)
#define G_STAT		TG_BIT(TG_STAT)
#define G_STATM		TG_BIT(TG_STATM)
#define G_CMDLINE	TG_BIT(TG_CMDLINE)
#define G_ENVIRON	TG_BIT(TG_ENVIRON)
#define G_NAME		TG_BIT(TG_NAME)
#define G_SIGNAL	TG_BIT(TG_SIGNAL)
#define G_GROUPS	TG_BIT(TG_GROUPS)
#define G_CGROUP	TG_BIT(TG_CGROUP)
#define G_WCHAN		TG_BIT(TG_WCHAN)
#define G_IO		TG_BIT(TG_IO)
#define G_NS		TG_BIT(TG_NS)
#define G_OOM		TG_BIT(TG_OOM)
#define G_LOGIN		TG_BIT(TG_LOGIN)
#define G_EXE		TG_BIT(TG_EXE)
#define G_AUTOGROUP	TG_BIT(TG_AUTOGROUP)
#define G_SMAPS		TG_BIT(TG_SMAPS)
#define G_SECCTX	TG_BIT(TG_SECCTX)
#define G_FDS		TG_BIT(TG_FDS)
#define G_SESS		TG_BIT(TG_SESS)
#define G_STATADDR	TG_BIT(TG_STATADDR)
#define G_RSS		TG_BIT(TG_RSS)
#define G_OWNER		TG_BIT(TG_OWNER)
#define G_MSG		TG_BIT(TG_MSG)

/*
 * The files of /proc/PID (or /proc/PID/task/TID) the reader knows, in the
 * order it reads them: a file that stands in for another comes first, so
 * that the other is never read when both are wanted.
 */
enum proc_file {
	PFILE_NONE,
	PFILE_STAT,		/* stat */
	PFILE_STATUS,		/* status */
	PFILE_DIR,			/* the directory itself: its owner, by fstatat */
	PFILE_STATM,		/* statm */
	PFILE_CMDLINE,		/* cmdline */
	PFILE_ENVIRON,		/* environ */
	PFILE_CGROUP,		/* cgroup */
	PFILE_IO,			/* io */
	PFILE_OOM,			/* oom_score and oom_score_adj */
	PFILE_LOGINUID,		/* loginuid */
	PFILE_AUTOGROUP,		/* autogroup */
	PFILE_SMAPS_ROLLUP,	/* smaps_rollup */
	PFILE_EXE,			/* the exe link */
	PFILE_ATTR_CURRENT,	/* attr/current */
	PFILE_NS,			/* the ns/ links, by fstatat each */
	PFILE_WCHAN,		/* wchan */
	PFILE_FDS,			/* the fd directory: its size counts the fds */
	PFILE_COUNT
};

/* the kernel-side sources (the /proc reader can fill every group) */
enum {
	GS_TASKDIAG = 1,	/* the task_diag netlink family */
	GS_BPF = 2,		/* the BPF task iterator */
};

/* no kernel group: delivered with every message (in_msg), or never */
#define KG_NONE (-1)

struct group_def {
	const char *name;	/* short, for --info and messages */
	unsigned char file;	/* enum proc_file */
	signed char kernel;	/* TASK_DIAG_* group (show_flags bit), KG_NONE */
	unsigned char sources;	/* GS_*: kernel-side sources that send it */
	bool public;		/* world-readable in /proc without hidepid */
	uint64_t stand_in;	/* TG_BIT() of the group that holds this one */
	/* complete this group from the stand-in's data already in the record */
	void (*derive)(struct task *t);
	/*
	 * /proc/PID/task/TID shows the thread's own values, /proc/PID the
	 * process's (the group leader's row differs between the two)
	 */
	bool per_thread;
	/* GS_*: the sources whose every task message carries it */
	unsigned char in_msg;
};

/* indexed by enum task_group; name NULL: not a group */
extern const struct group_def group_defs[64];

/* the file's name under /proc/PID/, for messages and documents */
const char *group_file_name(enum proc_file f);

/* the groups one read of @f fills */
uint64_t group_file_groups(enum proc_file f);

/*
 * The /proc files (a mask of 1 << enum proc_file) to read so that a
 * record holding @have gets @want: each missing group's file, except
 * where its stand-in is held or will be read anyway.
 */
unsigned group_files(uint64_t want, uint64_t have);

/*
 * The show_flags to send kernel-side source @source (GS_*) for a scan
 * that wants @want: each wanted group it delivers, or else the stand-in
 * it delivers; with @public_only (a pin every user reads), only groups
 * every user may read in /proc.  What it cannot send is read from /proc
 * per record (fill.c).
 */
uint64_t group_request(uint64_t want, unsigned source, bool public_only);

/*
 * The kernel groups (show_flags bits) the table says @source (GS_*) can
 * deliver; with @public_only, only those every user may read in /proc.
 */
uint64_t group_kernel_mask(unsigned source, bool public_only);

/*
 * The record groups a message attribute of kernel group @kernel fills
 * when @source (GS_*) sent it: a kernel group may carry record groups
 * one source fills and another does not (TASK_DIAG_STAT: TG_STAT from
 * both, TG_STATADDR from task_diag only).
 */
uint64_t group_delivered(int kernel, unsigned source);

/*
 * The record groups every task message from @source (GS_*) fills, asked
 * for or not.
 */
uint64_t group_in_msg(unsigned source);

/* the groups whose values differ between a thread and its process */
uint64_t group_per_thread(void);

/* mark the groups a record holds through their stand-ins */
void group_derive(struct task *t);

#endif
