/*
 * parse.c - the three option personalities of ps.
 *
 * Arguments are read as SysV/Unix98 first; when that fails the whole
 * command line is read again as BSD, as procps does.  Lists (-p 1,2 3),
 * selections and deferred -o/--sort strings are collected into struct ps.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/system/sys_facts.h"
#include "lib/columns/tty.h"
#include "lib/record/versions.h"
#include "ps/ps.h"
#include "xalloc.h"

struct argv_state {
	int argc;
	char **argv;
	int at;			/* index of the argument being read */
	const char *flag;	/* position inside it */
	bool force_bsd;
};

/* ---- lists ---- */

typedef const char *(*item_parser)(const struct ps *ps, char *s, union sel_value *v);

static const char *item_pid(const struct ps *ps, char *s, union sel_value *v)
{
	char *end;
	unsigned long n = strtoul(s, &end, 0);

	if (*end)
		return "process ID list syntax error";
	if (n < 1 || n > 0x7fffffffUL)
		return "process ID out of range";
	v->pid = n;
	return NULL;
}

/* procps 4.0.6: a parent may be 0 (the parents of pids 1 and 2) */
static const char *item_ppid(const struct ps *ps, char *s, union sel_value *v)
{
	char *end;
	unsigned long n = strtoul(s, &end, 0);

	if (*end)
		return "process ID list syntax error";
	if (n > 0x7fffffffUL)
		return "process ID out of range";
	v->pid = n;
	return NULL;
}

static const char *item_uid(const struct ps *ps, char *s, union sel_value *v)
{
	struct passwd *pw;
	char *end;
	unsigned long n = strtoul(s, &end, 0);

	if (*end) {
		pw = getpwnam(s);
		if (!pw && !ps->negate)
			return "user name does not exist";
		n = pw ? pw->pw_uid : (unsigned long)-1;
	}
	if (!ps->negate && n > 0xfffffffeUL)
		return "user ID out of range";
	v->uid = n;
	return NULL;
}

static const char *item_gid(const struct ps *ps, char *s, union sel_value *v)
{
	struct group *gr;
	char *end;
	unsigned long n = strtoul(s, &end, 0);

	if (*end) {
		gr = getgrnam(s);
		if (!gr && !ps->negate)
			return "group name does not exist";
		n = gr ? gr->gr_gid : (unsigned long)-1;
	}
	if (!ps->negate && n > 0xfffffffeUL)
		return "group ID out of range";
	v->gid = n;
	return NULL;
}

static const char *item_cmd(const struct ps *ps, char *s, union sel_value *v)
{
	strncpy(v->cmd, s, sizeof(v->cmd) - 1);
	v->cmd[sizeof(v->cmd) - 1] = '\0';
	return NULL;
}

static const char *item_tty(const struct ps *ps, char *s, union sel_value *v)
{
	const char *err;

	if (tty_lookup(s, &v->tty, &err) < 0)
		return err;
	return NULL;
}

/*
 * Count the items of a list separated by any of seps, as procps checks
 * its lists: -1 when an item is empty (a leading or doubled separator, or
 * an empty string); *trailing says whether one separator ends the list.
 */
int ps_count_items(const char *s, const char *seps, bool *trailing)
{
	int items = 0;
	bool need = true;

	do {
		if (!*s || strchr(seps, *s)) {
			if (need)
				return -1;
			need = true;
		} else {
			if (need)
				items++;
			need = false;
		}
	} while (*s && *++s);
	*trailing = need;
	return items;
}

/* parse a comma/blank separated list into a new selection node */
static const char *parse_list(struct ps *ps, const char *arg, item_parser fn,
			      enum sel_type type)
{
	struct selection *node;
	char *buf, *walk, *sep;
	const char *err = "improper list";
	bool trailing;
	int items, i;

	items = ps_count_items(arg, " ,\t", &trailing);
	if (items < 0 || trailing)
		return err;
	buf = strdup(arg);
	if (!buf)
		return "out of memory";
	node = ps_zalloc(sizeof(*node));
	if (!node || !(node->v = ps_zalloc(items * sizeof(*node->v)))) {
		err = "out of memory";
		goto fail;
	}
	walk = buf;
	for (i = 0; i < items; i++) {
		sep = strpbrk(walk, " ,\t");
		if (sep)
			*sep = '\0';
		err = fn(ps, walk, &node->v[i]);
		if (err)
			goto fail;
		walk = sep ? sep + 1 : NULL;	/* NULL only after the last */
	}
	node->n = items;
	node->type = type;
	node->next = ps->sel;
	ps->sel = node;
	free(buf);
	return NULL;
fail:
	free(buf);
	return err;
}

static void select_own_tty(struct ps *ps)
{
	struct selection *node = ps_zalloc(sizeof(*node));

	if (!node || !(node->v = ps_zalloc(sizeof(*node->v))))
		xalloc_die(sizeof(*node->v));
	node->v[0].tty = ps->my_tty;
	node->n = 1;
	node->type = SEL_TTY;
	node->next = ps->sel;
	ps->sel = node;
}

/* ---- option letters ---- */

/* "-Oppid" and "-O ppid" */
static const char *opt_arg(struct argv_state *st)
{
	if (st->flag[1])
		return st->flag + 1;
	if (st->at + 2 > st->argc)
		return NULL;
	if (!*st->argv[st->at + 1])
		return NULL;
	return st->argv[++st->at];
}

/* -p, p, --pid: quick when nothing stands against it (quick_or_not()) */
static enum sel_type pid_sel(void)
{
	return procps->pid_quick ? SEL_PID_TRY_QUICK : SEL_PID;
}

/*
 * procps 4.0.5: a -p alone in the selection, with no forest, sort or -N,
 * selects in quick mode; otherwise it is a plain pid list.
 */
static void quick_or_not(struct ps *ps)
{
	struct selection *s;
	int tries = 0, quick = 0, len = 0;
	enum sel_type as;

	for (s = ps->sel; s; s = s->next, len++) {
		tries += s->type == SEL_PID_TRY_QUICK;
		quick += s->type == SEL_PID_QUICK;
	}
	if (!tries)
		return;
	as = tries > 1 || quick || len > tries || ps->forest_type ||
	     ps->sort || ps->negate ? SEL_PID : SEL_PID_QUICK;
	for (s = ps->sel; s; s = s->next)
		if (s->type == SEL_PID_TRY_QUICK)
			s->type = as;
}

/*
 * --signames: signal columns hold names, so they are at least 27 wide and
 * run on like text, as procps lays them out.
 */
static void names_columns(struct ps *ps)
{
	struct col *c;

	for (c = ps->cols; c; c = c->next) {
		if (c->align != AL_SIGNAL)
			continue;
		c->align = AL_UNLIMITED;
		if (c->width < 27)
			c->width = 27;
	}
}

static const char *exclusive(struct argv_state *st, const char *opt)
{
	static char msg[64];

	if (st->argc != 2 || strcmp(st->argv[1], opt)) {
		snprintf(msg, sizeof(msg), "the option is exclusive: %s", opt);
		return msg;
	}
	return NULL;
}

#define LIST(fn, type, missing) do {					\
		const char *a = opt_arg(st), *e;			\
		if (!a)							\
			return missing;					\
		e = parse_list(ps, a, fn, type);			\
		return e;						\
	} while (0)

static const char *sysv_option(struct ps *ps, struct argv_state *st)
{
	const char *arg, *err;

	for (st->flag = st->argv[st->at] + 1; *st->flag; st->flag++) {
		switch (*st->flag) {
		case 'A': case 'e': ps->all = true; break;
		case 'C': LIST(item_cmd, SEL_COMM, "list of command names must follow -C");
		case 'D':
			if (!procps->date_format)
				return "unsupported SysV option";
			arg = opt_arg(st);
			if (!arg)
				return "date format must follow -D";
			ps->opt.lstart_format = arg;
			break;
		case 'F':
			ps->format_modifiers |= FM_F;
			ps->format_flags |= FF_Uf;
			ps->opt.unix_f = true;
			break;
		case 'G': LIST(item_gid, SEL_RGID, "list of real groups must follow -G");
		case 'H': ps->forest_type = 'u'; break;
		case 'L': ps->thread_flags |= TF_U_L; break;
		case 'M': case 'Z': ps->format_modifiers |= FM_M; break;
		case 'N': ps->negate = true; break;
		case 'O':
			arg = opt_arg(st);
			if (!arg)
				return "format or sort specification must follow -O";
			return ps_defer_sf(ps, arg, SF_U_O);
		case 'P': ps->format_modifiers |= FM_P; break;
		case 'T': ps->thread_flags |= TF_U_T; break;
		case 'U': LIST(item_uid, SEL_RUID, "list of real users must follow -U");
		case 'V':
			if ((err = exclusive(st, "-V")))
				return err;
			ps_version();
		case 'a': ps->simple_select |= SIMPLE_U_a; break;
		case 'c': ps->format_modifiers |= FM_c; break;
		case 'd': ps->simple_select |= SIMPLE_U_d; break;
		case 'f':
			ps->format_flags |= FF_Uf;
			ps->opt.unix_f = true;
			break;
		case 'g':
			arg = opt_arg(st);
			if (!arg)
				return "list of session leaders OR effective group "
				       "names must follow -g";
			if (!parse_list(ps, arg, item_pid, SEL_SESS))
				return NULL;
			if (!parse_list(ps, arg, item_gid, SEL_EGID))
				return NULL;
			return "list of session leaders OR effective group IDs was invalid";
		case 'j':
			if (ps->sysv_j_fmt)
				ps->format_flags |= FF_Uj;
			else
				ps->format_modifiers |= FM_j;
			break;
		case 'l': ps->format_flags |= FF_Ul; break;
		case 'm': ps->thread_flags |= TF_U_m; break;
		case 'o':
			arg = opt_arg(st);
			if (!arg)
				return "format specification must follow -o";
			return ps_defer_sf(ps, arg, SF_U_o);
		case 'p': LIST(item_pid, pid_sel(), "list of process IDs must follow -p");
		case 'q': LIST(item_pid, SEL_PID_QUICK, "List of process IDs must follow -q.");
		case 's': LIST(item_pid, SEL_SESS, "list of session IDs must follow -s");
		case 't': LIST(item_tty, SEL_TTY, "list of terminals (pty, tty...) must follow -t");
		case 'u': LIST(item_uid, SEL_EUID, "list of users must follow -u");
		case 'w': ps->w_count++; break;
		case 'x':
			if (ps->personality & PER_SVR4_x) {
				ps->format_modifiers |= FM_y;
				break;
			}
			if (ps->personality & PER_HPUX_x) {
				ps->w_count += 2;
				ps->opt.unix_f = true;
				break;
			}
			return "must set personality to get -x option";
		case 'y': ps->format_modifiers |= FM_y; break;
		case '-': return "embedded '-' among SysV options makes no sense";
		default: return "unsupported SysV option";
		}
	}
	return NULL;
}

static const char *bsd_option(struct ps *ps, struct argv_state *st)
{
	const char *arg, *err;

	st->flag = st->argv[st->at];
	if (st->flag[0] == '-') {
		if (!st->force_bsd)
			return "cannot happen - problem #1";
	} else {
		st->flag--;
		if (ps->personality & PER_FORCE_BSD) {
			if (!st->force_bsd)
				return "cannot happen - problem #2";
		} else if (st->force_bsd) {
			return "second chance parse failed, not BSD or SysV";
		}
	}
	while (*++st->flag) {
		switch (*st->flag) {
		case '0' ... '9':
			return parse_list(ps, st->flag, item_pid, SEL_PID);
		case 'H': ps->thread_flags |= TF_B_H; break;
		case 'L':
			if ((err = exclusive(st, "L")))
				return err;
			ps_list_fields();
			exit(0);
		case 'M': ps->thread_flags |= TF_B_m; break;
		case 'O':
			arg = opt_arg(st);
			if (!arg)
				return "format or sort specification must follow O";
			return ps_defer_sf(ps, arg, SF_B_O);
		case 'S': ps->opt.dead_children = true; break;
		case 'T': select_own_tty(ps); break;
		case 'U': LIST(item_uid, SEL_EUID, "list of users must follow U");
		case 'V':
			if ((err = exclusive(st, "V")))
				return err;
			ps_version();
		case 'W': return "obsolete W option not supported (you have a /dev/drum?)";
		case 'X': ps->format_flags |= FF_LX; break;
		case 'Z': ps->format_modifiers |= FM_M; break;
		case 'a': ps->simple_select |= SIMPLE_B_a; break;
		case 'c': ps->opt.bsd_c = true; break;
		case 'e': ps->opt.bsd_e = true; break;
		case 'f': ps->forest_type = 'b'; break;
		case 'g': ps->simple_select |= SIMPLE_B_g; break;
		case 'h':
			if (ps->header_type)
				return "only one heading option may be specified";
			ps->header_type = ps->personality & PER_BSD_h ? HEAD_MULTI : HEAD_NONE;
			break;
		case 'j': ps->format_flags |= FF_Bj; break;
		case 'k':
			arg = opt_arg(st);
			if (!arg)
				return "long sort specification must follow 'k'";
			return ps_defer_sf(ps, arg, SF_G_sort);
		case 'l': ps->format_flags |= FF_Bl; break;
		case 'm':
			if (ps->personality & PER_OLD_m)
				ps->format_flags |= FF_Lm;
			else if (ps->personality & PER_BSD_m)
				ps_defer_sf(ps, "pmem", SF_B_m);
			else
				ps->thread_flags |= TF_B_m;
			break;
		case 'n':
			ps->wchan_is_number = true;
			ps->opt.user_is_number = true;
			break;
		case 'o':
			arg = opt_arg(st);
			if (!arg)
				return "format specification must follow o";
			return ps_defer_sf(ps, arg, SF_B_o);
		case 'p': LIST(item_pid, pid_sel(), "list of process IDs must follow p");
		case 'q': LIST(item_pid, SEL_PID_QUICK, "List of process IDs must follow q.");
		case 'r': ps->running_only = true; break;
		case 's': ps->format_flags |= FF_Bs; break;
		case 't':
			arg = opt_arg(st);
			if (!arg) {
				select_own_tty(ps);
				return NULL;
			}
			return parse_list(ps, arg, item_tty, SEL_TTY);
		case 'u': ps->format_flags |= FF_Bu; break;
		case 'v': ps->format_flags |= FF_Bv; break;
		case 'w': ps->w_count++; break;
		case 'x': ps->simple_select |= SIMPLE_B_x; break;
		case '-': return "embedded '-' among BSD options makes no sense";
		default: return "unsupported option (BSD syntax)";
		}
	}
	return NULL;
}

/* the argument of a long option: after '=' or ':', or the next word */
static const char *gnu_arg(struct argv_state *st)
{
	switch (*st->flag) {
	case '=':
	case ':':
		return *++st->flag ? st->flag : NULL;
	case '\0':
		break;
	default:
		return NULL;
	}
	if (st->at + 2 > st->argc)
		return NULL;
	if (!*st->argv[st->at + 1])
		return NULL;
	return st->argv[++st->at];
}

static const char *gnu_number(struct argv_state *st, int *out)
{
	const char *arg = gnu_arg(st);
	char *end;
	long v;

	if (!arg || !*arg)
		return "bad";
	v = strtol(arg, &end, 0);
	if (*end || v <= 0 || v >= 2000000000)
		return "bad";
	*out = v;
	return NULL;
}

enum gnu_opt {
	G_Group, G_User, G_bpf_pin, G_bpf_unpin, G_cols, G_context, G_cumulative,
	G_date_format, G_delimiter, G_deselect, G_forest, G_signames,
	G_format, G_group, G_headers, G_help, G_info, G_json, G_noheaders, G_pid,
	G_ppid, G_quick, G_rows, G_sid, G_sort, G_source, G_tty, G_user,
	G_version,
};

/* gate: the procps releases that have the option (versions.h) */
static const struct {
	const char *name;
	enum gnu_opt opt;
	enum procps_gate gate;
} gnu_table[] = {
	{ "Group", G_Group }, { "User", G_User },
	{ "bpf-pin", G_bpf_pin }, { "bpf-unpin", G_bpf_unpin },
	{ "cols", G_cols },
	{ "columns", G_cols }, { "context", G_context },
	{ "cumulative", G_cumulative },
	{ "date-format", G_date_format, PROCPS_GATE(date_format) },
	{ "delimiter", G_delimiter, PROCPS_GATE(delimiter) },
	{ "deselect", G_deselect },
	{ "forest", G_forest }, { "format", G_format }, { "group", G_group },
	{ "header", G_headers }, { "headers", G_headers },
	{ "heading", G_headers }, { "headings", G_headers },
	{ "help", G_help }, { "info", G_info }, { "json", G_json },
	{ "lines", G_rows },
	{ "no-header", G_noheaders }, { "no-headers", G_noheaders },
	{ "no-heading", G_noheaders }, { "no-headings", G_noheaders },
	{ "noheader", G_noheaders }, { "noheaders", G_noheaders },
	{ "noheading", G_noheaders }, { "noheadings", G_noheaders },
	{ "pid", G_pid }, { "ppid", G_ppid }, { "quick-pid", G_quick },
	{ "rows", G_rows }, { "sid", G_sid },
	{ "signames", G_signames, PROCPS_GATE(signames) }, { "sort", G_sort },
	{ "source", G_source }, { "tty", G_tty }, { "user", G_user },
	{ "version", G_version }, { "width", G_cols },
};

#define GLIST(fn, type, missing) do {					\
		const char *a = gnu_arg(st);				\
		if (!a)							\
			return missing;					\
		return parse_list(ps, a, fn, type);			\
	} while (0)

/*
 * --bpf-pin DIR, --bpf-unpin DIR: an action main() performs, alone on the
 * command line (a tdps extension; see bpf_pin.c and the manual's
 * SECURITY section)
 */
static const char *bpf_pin_option(struct ps *ps, struct argv_state *st,
				  int pin)
{
	const char *opt = pin ? "--bpf-pin" : "--bpf-unpin";
	const char *dir = gnu_arg(st);

	if (!dir)
		return pin ? "a bpffs directory must follow --bpf-pin"
			   : "a bpffs directory must follow --bpf-unpin";
	if (st->at != st->argc - 1 || st->argc > 3 ||
	    strncmp(st->argv[1], opt, strlen(opt))) {
		static char msg[64];

		snprintf(msg, sizeof(msg), "the option is exclusive: %s", opt);
		return msg;
	}
	ps->pin_action = pin ? PIN_PIN : PIN_UNPIN;
	ps->pin_dir = dir;
	return NULL;
}

static const char *gnu_option(struct ps *ps, struct argv_state *st)
{
	const char *s = st->argv[st->at] + 2, *arg, *err;
	size_t len = strcspn(s, ":="), i;
	int kind;

	if (len > 15)
		return "unknown gnu long option";
	for (i = 0; i < sizeof(gnu_table) / sizeof(gnu_table[0]); i++)
		if (strlen(gnu_table[i].name) == len &&
		    !strncmp(gnu_table[i].name, s, len) &&
		    procps_has(gnu_table[i].gate))
			break;
	if (i == sizeof(gnu_table) / sizeof(gnu_table[0]))
		return "unknown gnu long option";
	st->flag = s + len;
	switch (gnu_table[i].opt) {
	case G_Group: GLIST(item_gid, SEL_RGID, "list of real groups must follow --Group");
	case G_User: GLIST(item_uid, SEL_RUID, "list of real users must follow --User");
	case G_bpf_pin:
		return bpf_pin_option(ps, st, 1);
	case G_bpf_unpin:
		return bpf_pin_option(ps, st, 0);
	case G_cols:
		if (gnu_number(st, &ps->screen_cols))
			return "number of columns must follow --cols, --width, or --columns";
		return NULL;
	case G_rows:
		if (gnu_number(st, &ps->screen_rows))
			return "number of rows must follow --rows or --lines";
		return NULL;
	case G_cumulative:
		if (s[len])
			return "option --cumulative does not take an argument";
		ps->opt.dead_children = true;
		return NULL;
	case G_date_format:
		arg = gnu_arg(st);
		if (!arg)
			return "date format must follow --date-format";
		ps->opt.lstart_format = arg;
		return NULL;
	case G_delimiter:
		arg = gnu_arg(st);
		if (!arg)
			return "delimiter character must follow --delimiter";
		if (arg[0] && arg[1])
			return "delimiter must be a single character";
		ps->delimiter = arg[0];
		return NULL;
	case G_json:
		if (s[len])
			return "option --json does not take an argument";
		ps->json = true;
		return NULL;
	case G_signames:
		ps->opt.signames = true;
		return NULL;
	case G_deselect:
		if (s[len])
			return "option --deselect does not take an argument";
		ps->negate = true;
		return NULL;
	case G_noheaders:
		if (s[len])
			return "option --no-heading does not take an argument";
		if (ps->header_type)
			return "only one heading option may be specified";
		ps->header_type = HEAD_NONE;
		return NULL;
	case G_headers:
		if (s[len])
			return "option --heading does not take an argument";
		if (ps->header_type)
			return "only one heading option may be specified";
		ps->header_type = HEAD_MULTI;
		return NULL;
	case G_forest:
		if (s[len])
			return "option --forest does not take an argument";
		ps->forest_type = 'g';
		return NULL;
	case G_format:
		arg = gnu_arg(st);
		if (!arg)
			return "format specification must follow --format";
		return ps_defer_sf(ps, arg, SF_G_format);
	case G_group: GLIST(item_gid, SEL_EGID, "list of effective groups must follow --group");
	case G_help:
		ps_usage(ps, gnu_arg(st), EXIT_SUCCESS);
	case G_info:
		if ((err = exclusive(st, "--info")))
			return err;
		ps->info_only = true;
		return NULL;
	case G_pid: GLIST(item_pid, pid_sel(), "list of process IDs must follow --pid");
	case G_quick: GLIST(item_pid, SEL_PID_QUICK,
			    "List of process IDs must follow --quick-pid.");
	case G_ppid: GLIST(procps->ppid_zero ? item_ppid : item_pid, SEL_PPID,
			   "list of process IDs must follow --ppid");
	case G_sid: GLIST(item_pid, SEL_SESS, "some sid thing(s) must follow --sid");
	case G_sort:
		arg = gnu_arg(st);
		if (!arg)
			return "long sort specification must follow --sort";
		return ps_defer_sf(ps, arg, SF_G_sort);
	case G_source:
		arg = gnu_arg(st);
		kind = arg ? source_kind_parse(arg) : -1;
		if (kind < 0) {
			static char msg[80];

			snprintf(msg, sizeof(msg), "--source must be one of %s",
				 source_kind_names());
			return msg;
		}
		ps->source = kind;
		return NULL;
	case G_tty: GLIST(item_tty, SEL_TTY, "list of ttys must follow --tty");
	case G_user: GLIST(item_uid, SEL_EUID, "list of effective users must follow --user");
	case G_version:
		if ((err = exclusive(st, "--version")))
			return err;
		ps_version();
	case G_context:
		ps->format_flags |= FF_Fc;
		return NULL;
	}
	return "unknown gnu long option";
}

/* trailing "123 -45 +6": pids, process groups, sessions */
static const char *trailing_pids(struct ps *ps, struct argv_state *st)
{
	struct selection *nodes[3];
	static const enum sel_type types[3] = { SEL_PID, SEL_PGRP, SEL_SESS };
	int count = st->argc - st->at, i, k;
	const char *err;

	for (k = 0; k < 3; k++) {
		nodes[k] = ps_zalloc(sizeof(*nodes[k]));
		if (!nodes[k] ||
		    !(nodes[k]->v = ps_zalloc(count * sizeof(union sel_value))))
			return "out of memory";
		nodes[k]->type = types[k];
	}
	for (i = st->at; i < st->argc; i++) {
		char *data = st->argv[i];

		k = *data == '-' ? 1 : *data == '+' ? 2 : 0;
		err = item_pid(ps, data + (k != 0), &nodes[k]->v[nodes[k]->n++]);
		if (err)
			return err;
	}
	st->at = st->argc - 1;
	for (k = 0; k < 3; k++) {
		if (!nodes[k]->n)
			continue;
		nodes[k]->next = ps->sel;
		ps->sel = nodes[k];
	}
	return NULL;
}

enum arg_kind { ARG_GNU, ARG_END, ARG_PGRP, ARG_SYSV, ARG_PID, ARG_BSD, ARG_FAIL, ARG_SESS };

static enum arg_kind arg_kind(const char *s)
{
#define ALPHA(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define DIGIT(c) ((c) >= '0' && (c) <= '9')
	if (ALPHA(s[0]))
		return ARG_BSD;
	if (DIGIT(s[0]))
		return ARG_PID;
	if (s[0] == '+')
		return ARG_SESS;
	if (s[0] != '-')
		return ARG_FAIL;
	if (ALPHA(s[1]))
		return ARG_SYSV;
	if (DIGIT(s[1]))
		return ARG_PGRP;
	if (s[1] != '-')
		return ARG_FAIL;
	if (ALPHA(s[2]))
		return ARG_GNU;
	if (!s[2])
		return ARG_END;
	return ARG_FAIL;
#undef ALPHA
#undef DIGIT
}

static const char *parse_all(struct ps *ps, struct argv_state *st)
{
	const char *err = NULL;

	while (++st->at < st->argc) {
		switch (arg_kind(st->argv[st->at])) {
		case ARG_GNU:
			err = gnu_option(ps, st);
			break;
		case ARG_SYSV:
			if (!st->force_bsd) {
				err = sysv_option(ps, st);
				break;
			}
			/* the second chance reads "-aux" as BSD ... */
			ps->prefer_bsd = true;
			err = bsd_option(ps, st);
			break;
		case ARG_BSD:
			/* ... but a plain BSD word means the first error stands */
			if (st->force_bsd && !(ps->personality & PER_FORCE_BSD))
				return "way bad";
			ps->prefer_bsd = true;
			err = bsd_option(ps, st);
			break;
		case ARG_PGRP:
		case ARG_SESS:
		case ARG_PID:
			ps->prefer_bsd = true;
			err = trailing_pids(ps, st);
			break;
		default:
			return "garbage option";
		}
		if (err)
			return err;
	}
	return NULL;
}

static const char *thread_check(struct ps *ps)
{
	unsigned *tf = &ps->thread_flags;

	if (!*tf) {
		*tf = TF_show_proc;
		return NULL;
	}
	if (ps->forest_type)
		return "thread display conflicts with forest display";
	if ((*tf & TF_B_H) && (*tf & (TF_B_m | TF_U_m)))
		return "thread flags conflict; can't use H with m or -m";
	if ((*tf & TF_B_m) && (*tf & TF_U_m))
		return "thread flags conflict; can't use both m and -m";
	if ((*tf & TF_U_L) && (*tf & TF_U_T))
		return "thread flags conflict; can't use both -L and -T";
	if (*tf & TF_B_H)
		*tf |= TF_show_proc | TF_loose_tasks;
	if (*tf & (TF_B_m | TF_U_m))
		*tf |= TF_show_proc | TF_show_task | TF_show_both;
	if (*tf & (TF_U_T | TF_U_L)) {
		if (*tf & (TF_B_m | TF_U_m | TF_B_H))
			*tf |= TF_must_use;
		else
			*tf |= TF_show_task;
	}
	return NULL;
}

static const char *parse_pass(struct ps *ps, struct argv_state *st)
{
	const char *err;

	if ((err = parse_all(ps, st)))
		return err;
	if ((err = thread_check(ps)))
		return err;
	if ((err = ps_build_lists(ps)))
		return err;
	if (ps->opt.signames)
		names_columns(ps);
	return ps_select_setup(ps);
}

int ps_parse_args(struct ps *ps, int argc, char **argv)
{
	struct argv_state st = { argc, argv, 0, NULL, false };
	const char *err = NULL, *err2;

	if (!(ps->personality & PER_FORCE_BSD)) {
		err = parse_pass(ps, &st);
		if (!err)
			goto done;
	}
	/* second chance: everything as BSD options */
	ps_defaults(ps);
	st.at = 0;
	st.force_bsd = true;
	ps->prefer_bsd = true;
	if (!(ps->personality & (PER_OLD_m | PER_BSD_m)))
		ps->personality |= PER_OLD_m;
	err2 = parse_pass(ps, &st);
	if (err2) {
		fprintf(stderr, "error: %s\n",
			ps->personality & PER_FORCE_BSD ? err2 : err);
		ps_usage(ps, NULL, EXIT_FAILURE);
	}
done:
	if (ps->w_count && ps->screen_cols < 132)
		ps->screen_cols = 132;
	if (ps->w_count > 1)
		ps->screen_cols = OUTBUF_SIZE;
	ps->opt.forest_type = ps->forest_type;
	quick_or_not(ps);
	return 0;
}
