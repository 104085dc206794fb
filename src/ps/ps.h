/*
 * ps.h - the ps front end: what the options asked for (struct ps, read
 * only once parsed), the state of printing (struct out) and of one run
 * (struct run).
 *
 * The option parser fills struct ps, the format and sort builders turn
 * deferred strings into column and key lists, and the rest reads it.
 */
#ifndef TDPS_PS_H
#define TDPS_PS_H

#include <stdbool.h>
#include <sys/types.h>

#include "lib/columns/fields.h"
#include "lib/source/source.h"

/* one output column */
struct col {
	struct col *next;
	const struct field *f;	/* NULL: literal text (AIX format) */
	char *name;		/* header */
	int width;
	unsigned char align;
	unsigned char when;
};

/* one sort key */
struct sortkey {
	struct sortkey *next;
	const struct field *f;	/* the specifier it was named by */
	enum sort_key key;
	int order;		/* 1 ascending, -1 descending */
};

enum sel_type {
	SEL_RUID = 1, SEL_EUID, SEL_SUID, SEL_FUID, SEL_RGID, SEL_EGID,
	SEL_SGID, SEL_FGID, SEL_PGRP, SEL_PID, SEL_TTY, SEL_SESS, SEL_COMM,
	SEL_PPID, SEL_PID_QUICK,
	SEL_PID_TRY_QUICK,	/* -p: quick if alone (procps 4.0.5), resolved by the parser */
};

union sel_value {
	int pid;
	uid_t uid;
	gid_t gid;
	unsigned tty;
	char cmd[64];
};

struct selection {
	struct selection *next;
	enum sel_type type;
	int n;
	union sel_value *v;
};

/* a -o/-O/o/O/--format/--sort/k argument, kept until all options are in */
enum sf_kind { SF_U_O = 1, SF_U_o, SF_B_O, SF_B_o, SF_B_m, SF_G_sort, SF_G_format };

struct sf_arg {
	struct sf_arg *next;
	char *text;
	enum sf_kind kind;
	struct col *cols;	/* what it parsed into */
	struct sortkey *keys;
};

/* personality bits */
enum {
	PER_BSD_h = 0x0002, PER_BSD_m = 0x0004, PER_IRIX_l = 0x0008,
	PER_FORCE_BSD = 0x0010, PER_GOOD_o = 0x0020, PER_OLD_m = 0x0040,
	PER_NO_DEFAULT_g = 0x0080, PER_ZAP_ADDR = 0x0100,
	PER_SANE_USER = 0x0200, PER_HPUX_x = 0x0400, PER_SVR4_x = 0x0800,
};

/* simple selections */
enum { SIMPLE_B_x = 1, SIMPLE_B_g = 2, SIMPLE_U_d = 4, SIMPLE_U_a = 8, SIMPLE_B_a = 16 };

/* the tests procps 4.0.6 makes of the simple selections */
enum { STEST_MY_EUID = 1, STEST_MY_TTY = 2, STEST_NO_LEADER = 4, STEST_HAS_TTY = 8 };

/* predefined formats */
enum {
	FF_Uf = 0x1, FF_Uj = 0x2, FF_Ul = 0x4, FF_Bj = 0x8, FF_Bl = 0x10,
	FF_Bs = 0x20, FF_Bu = 0x40, FF_Bv = 0x80, FF_LX = 0x100, FF_Lm = 0x200,
	FF_Fc = 0x400,
};

/* format modifiers */
enum { FM_c = 0x1, FM_j = 0x2, FM_y = 0x4, FM_P = 0x10, FM_M = 0x20, FM_F = 0x80 };

/* thread display */
enum {
	TF_B_H = 0x1, TF_B_m = 0x2, TF_U_m = 0x4, TF_U_T = 0x8, TF_U_L = 0x10,
	TF_show_proc = 0x100, TF_show_task = 0x200, TF_show_both = 0x400,
	TF_loose_tasks = 0x800, TF_must_use = 0x4000,
};

enum { HEAD_SINGLE, HEAD_NONE, HEAD_MULTI };

struct ps {
	/* personality */
	unsigned personality;
	bool prefer_bsd;
	const char *bsd_j_fmt, *bsd_l_fmt, *bsd_s_fmt, *bsd_u_fmt, *bsd_v_fmt;
	const char *sysv_f_fmt, *sysv_fl_fmt, *sysv_j_fmt, *sysv_l_fmt;

	/* selection */
	bool all;
	unsigned simple_select;
	unsigned select_bits;	/* the truth table (procps before 4.0.6) */
	unsigned select_tests;	/* ST_*: the tests (4.0.6) */
	bool negate;
	bool running_only;
	struct selection *sel;
	uid_t my_euid;
	unsigned my_tty;

	/* format and sort */
	unsigned format_flags;
	unsigned format_modifiers;
	struct sf_arg *sf;
	bool have_gnu_sort, parsed_sort, parsed_format;
	struct col *cols;
	struct sortkey *sort;
	char forest_type;
	unsigned thread_flags;

	/* printing */
	struct print_opts opt;	/* what the printers are told */
	bool wchan_is_number;
	char delimiter;		/* --delimiter: between columns instead of blanks */
	bool json;		/* --json: a JSON object per row (ours) */
	int header_type;
	int screen_cols, screen_rows;
	int w_count;

	enum source_kind source;
	bool info_only;		/* --info: say which source, and why */
	/* --bpf-pin DIR, --bpf-unpin DIR: main() does it and exits */
	enum { PIN_NONE, PIN_PIN, PIN_UNPIN } pin_action;
	const char *pin_dir;
	const char *prog;	/* name for messages */
};

/* parse_mem.c: what the parsers allocate, released all at once */
void *ps_zalloc(size_t n);
char *ps_strdup(const char *s);
char *ps_strndup(const char *s, size_t n);
void ps_release(void);

/* parse.c: ps_defaults releases whatever an earlier parse allocated */
void ps_defaults(struct ps *ps);
int ps_count_items(const char *s, const char *seps, bool *trailing);
int ps_parse_args(struct ps *ps, int argc, char **argv);

/* format.c */
const char *ps_build_lists(struct ps *ps);
const char *ps_defer_sf(struct ps *ps, const char *arg, enum sf_kind kind);
void ps_list_fields(void);
struct col *col_new(const struct field *f, const char *header);

/* select.c */
const char *ps_select_setup(struct ps *ps);
int ps_want_task(const struct ps *ps, const struct task *t);
uint64_t ps_select_groups(const struct ps *ps);

/* the state of printing: what the layout worked out, and where it is */
struct out {
	const struct ps *ps;
	struct pctx pc;		/* what printers see of the line */
	/*
	 * Unsigned, as in procps: when the columns before the last already
	 * run past it, "active_cols - actual" wraps around instead of going
	 * negative, so the last column is then given the whole buffer (and
	 * its header kept whole) rather than nothing.  Narrow screens with
	 * overflowing values depend on this.
	 */
	unsigned active_cols;
	int header_gap;		/* rows between headers (-1: one header) */
};

/* output.c: out_init says whether any header will be printed */
bool out_init(struct out *o, const struct ps *ps);
void out_row(struct out *o, const struct task *t, bool task_line,
	     const char *forest_prefix);
void out_header(struct out *o);
/* nothing was selected: the header if one was due */
void out_nothing(struct out *o);
/* does column @c print only "-" on this kind of line (a thread's or not)? */
_Noreturn void out_missing_fatal(int code);
bool out_suppressed(const struct ps *ps, const struct col *c, bool task_line);

/* json.c: --json's row, printed with @buf (OUTBUF_SIZE bytes) */
void json_row(struct out *o, char *buf, const struct task *t, bool task_line);

/* one run: the source, and the records held for sorting or a forest */
struct run {
	const struct ps *ps;
	struct out out;
	struct source src;
	struct arena keep;		/* copies of records we hold on to */
	struct task **tasks;
	size_t n, cap;
	bool printed;
};

/* order.c: sort the held records by one key, stably; as procps would */
void run_sort(struct run *r, enum sort_key key, int order);
/* sort by the --sort/k keys that procps would honour */
void run_sort_keys(struct run *r);

/* forest.c: print the held records as procps's forest */
void run_forest(struct run *r);

/* help.c */
void ps_usage(const struct ps *ps, const char *section, int rc)
	__attribute__((noreturn));
void ps_version(void) __attribute__((noreturn));

#endif
