/*
 * fields.h - the one table of format specifiers.
 *
 * Every column tdps knows is a row here: its name, header, default width,
 * alignment, when it is printed for threads, which data groups it needs,
 * how to print it and how to sort by it.  -o parsing, `ps L`, the data a
 * source must fetch (task_diag show_flags, /proc files) and sorting are
 * all derived from this table.
 */
#ifndef TDPS_FIELDS_H
#define TDPS_FIELDS_H

#include <stdbool.h>
#include <stdint.h>
#include "lib/record/task.h"
#include "lib/columns/sort_items.h"

/* room every printer may fill, as procps's output buffer */
#define OUTBUF_SIZE (2 * 64 * 1024)

enum field_align {
	AL_TEXT = 0,		/* literal text between AIX descriptors */
	AL_USER,		/* names: left, or right when numeric (BSD n) */
	AL_LEFT,
	AL_RIGHT,
	AL_UNLIMITED,		/* text that may run to the end of the line */
	AL_WCHAN,
	AL_SIGNAL,		/* 9 wide, 16 when the line has room */
};

enum field_when {
	W_THREAD = 1,		/* only on thread lines (ps m) */
	W_PROC,			/* only on process lines */
	W_EVERY,
	W_NEEDED,
};

enum {
	FLD_PIDMAX = 1,		/* width follows the digits of pid_max */
	FLD_U98 = 2,		/* a Unix98 name (matters for -o parsing) */
	FLD_TEST = 4,		/* procps's layout test columns */
	FLD_ARGS = 8,		/* the command line, or the name with BSD c */
	FLD_COMM = 16,		/* the name, or the command line with -f */
};

/* what a printer may consult besides the task */
/* what the options ask of the printers: fixed once the options are read */
struct print_opts {
	char forest_type;		/* 0, 'b' (BSD f), 'g' (--forest), 'u' (-H) */
	bool unix_f;			/* -f: comm shows the command line */
	bool bsd_c;			/* c: args shows the command name */
	bool bsd_e;			/* e: args is followed by the environment */
	bool dead_children;		/* S: include dead children's times */
	bool user_is_number;		/* n */
	bool signames;			/* --signames: masks as signal names */
	const char *lstart_format;	/* -D: lstart's strftime format */
};

/* what a printer may consult besides the task: the options and the line */
struct pctx {
	const struct print_opts *opt;
	bool wide_signals;		/* the line has room for 16-digit masks */
	int max_rightward;		/* cells this column may use */
	const char *forest_prefix;	/* "", or the tree shape of this row */
	int lines_to_next_header;	/* for the test columns */
};

/*
 * A printer writes a NUL-terminated text to out and returns its length;
 * or it writes nothing and returns FIELD_AS_BEFORE: procps 4.0.5's
 * environ column does that for an empty environment, so the line repeats
 * whatever the column before it left in the buffer, with no width.
 */
typedef int (*field_print_fn)(char *out, const struct task *t,
			      const struct pctx *c);
#define FIELD_AS_BEFORE (-2)
/*
 * Or, writing nothing, that a system file the column needs is missing
 * (/proc/stat's btime, /proc/meminfo's MemTotal): procps stops there with
 * field_missing_text()'s message and status 1, and so must the front end.
 */
#define FIELD_NO_BOOT_TIME (-3)
#define FIELD_NO_MEM_TOTAL (-4)
const char *field_missing_text(int code);

/* sort items: what procps sorts by for each specifier (sort_items.h) */
enum sort_key {
#define X(name, type, groups, flags, value) SK_##name,
	SORT_ITEMS(X)
#undef X
	SK_COUNT
};

struct field {
	const char *name;
	const char *header;
	field_print_fn print;		/* NULL: procps has no data, prints "-" */
	enum sort_key sort;
	unsigned short width;
	unsigned char align;		/* enum field_align */
	unsigned char when;		/* enum field_when */
	unsigned flags;			/* F_* */
	uint64_t groups;		/* data the printer reads */
	/*
	 * The sort items procps's printer for this column asks its library
	 * for.  procps can sort only by items something asked for, so
	 * "--sort vsize" (printed from VM_SIZE, sorted by VSIZE_BYTES) sorts
	 * nothing unless another column asked for VSIZE_BYTES.  0-terminated.
	 */
	unsigned char regs[9];
	/*
	 * The procps releases that have this row (enum procps_release,
	 * versions.h), 0 for no bound: a specifier added in 4.0.5, or one
	 * whose meaning changed, has a row per meaning, in release order.
	 */
	unsigned char since, until;
};

struct macro {
	const char *name;
	const char *fields;		/* comma-separated specifiers */
};

extern const struct field field_defs[];
extern const unsigned nfield_defs;
extern const struct macro field_macros[];
extern const unsigned nfield_macros;

/* the row for @name in the procps version followed; NULL when it has none */
const struct field *field_find(const char *name);
/* is this row one of the version followed? */
bool field_current(const struct field *f);
const struct macro *field_macro_find(const char *name);

/* the printer used for columns without data ("-") */
int field_print_nop(char *out, const struct task *t, const struct pctx *c);

/* groups needed to print field f under the given options (e, f, c) */
uint64_t field_groups(const struct field *f, const struct print_opts *o);

/* ---- sorting ---- */

enum sort_type {
	SORT_T_NONE, SORT_T_INT, SORT_T_UINT, SORT_T_REAL, SORT_T_CHAR,
	SORT_T_STR, SORT_T_STRVERS
};

struct sort_value {
	union {
		long long i;
		unsigned long long u;
		double r;
		const char *s;
	};
};

enum sort_type sort_key_type(enum sort_key k);
/* procps's library registers it whatever the columns: it always sorts */
bool sort_key_base(enum sort_key k);
uint64_t sort_key_groups(enum sort_key k, const struct print_opts *o);
/* compute a task's value; strings are placed in the arena */
void sort_key_value(enum sort_key k, const struct task *t,
		    struct sort_value *v, struct arena *a);
int sort_value_cmp(enum sort_type type, const struct sort_value *a,
		   const struct sort_value *b);

/* ---- helpers shared with other front ends ---- */

/* procps's command line text: escaped, "[comm]" when empty, <defunct> */
size_t field_cmdline_text(const struct task *t, char *out, size_t size);
/* the escaped command name */
size_t field_comm_text(const struct task *t, char *out, size_t size);

#endif
