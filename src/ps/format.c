/*
 * format.c - turning options into the column list and the sort keys.
 *
 * -o/-O/o/O/--format/--sort/k strings are kept until every option has
 * been read (O can be a format or a sort order, depending on the rest),
 * then parsed against the field table.  Standard formats (-f, -l, u, j...)
 * are field lists or macros of that same table.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/system/sys_facts.h"
#include "lib/record/versions.h"
#include "ps/ps.h"

/* procps cuts the message at its 80-byte buffer (40 bytes of a long name) */
static char errbuf[80];

const char *ps_defer_sf(struct ps *ps, const char *arg, enum sf_kind kind)
{
	struct sf_arg *sf = ps_zalloc(sizeof(*sf));

	if (!sf || !(sf->text = ps_strdup(arg)))
		return "out of memory";
	sf->kind = kind;
	sf->next = ps->sf;
	ps->sf = sf;
	if (kind == SF_G_sort)
		ps->have_gnu_sort = true;
	return NULL;
}

static struct col *col_append(struct col *list, struct col *more)
{
	struct col *c = list;

	if (!list)
		return more;
	while (c->next)
		c = c->next;
	c->next = more;
	return list;
}

struct col *col_new(const struct field *f, const char *header)
{
	struct col *c = ps_zalloc(sizeof(*c));
	int w1, w2;

	if (!c)
		return NULL;
	w1 = f->width;
	if (f->flags & FLD_PIDMAX) {
		w1 = sys_pid_width(procps->pid_width_below_max);
		w2 = strlen(f->header);
		if (w2 > w1)
			w1 = w2;
	}
	if (header) {
		w2 = strlen(header);
		c->width = w1 > w2 ? w1 : w2;
		c->name = ps_strdup(header);
	} else {
		c->width = w1;
		c->name = ps_strdup(f->header);
	}
	c->f = f;
	c->align = f->align;
	c->when = f->when;
	return c;
}

/* one specifier or macro; NULL when unknown */
static struct col *one_spec(const char *spec, const char *header)
{
	const struct field *f = field_find(spec);
	const struct macro *m;
	struct col *list = NULL, *c;
	const char *walk;
	char buf[32];
	size_t n;

	if (f)
		return col_new(f, header);
	m = field_macro_find(spec);
	if (!m)
		return NULL;
	for (walk = m->fields; *walk; walk += n + (walk[n] != '\0')) {
		n = strcspn(walk, ", ");
		snprintf(buf, sizeof(buf), "%.*s", (int)n, walk);
		c = one_spec(buf, header);
		if (!c) {
			/* procps crashes here; we drop the unknown name */
			continue;
		}
		list = col_append(list, c);
	}
	return list;
}

static struct col *text_col(const char *text, size_t len)
{
	struct col *c = ps_zalloc(sizeof(*c));

	if (!c)
		return NULL;
	c->name = ps_strndup(text, len);
	c->width = len < INT_MAX ? len : INT_MAX;
	c->align = AL_TEXT;
	c->when = W_EVERY;
	return c;
}

/*
 * AIX descriptors: "%p %c".  procps counts items with a small state
 * machine in which a descriptor letter also counts as the start of text;
 * the parse loop then runs that many times, so a format ending in a
 * descriptor gets a trailing empty text column.  Kept for identical output.
 */
/*
 * procps's check of an AIX format, counting its items: descriptors (%X)
 * and the text between them.  Text may be only blanks before a
 * descriptor until 4.0.4; since 4.0.5 it is anything, but the format
 * must start with '%' or a blank (versions.h aix_free_text).
 */
static const char *aix_count(const char *s, int *items)
{
	bool free_text = procps->aix_free_text;
	int c = *s++;

	*items = 0;
	if (free_text && c != '%' && c != ' ')
		return "improper AIX field descriptor";
	for (;;) {
		if (c == '%')
			goto descriptor;
		if (!c)
			return NULL;
		(*items)++;
		do
			c = *s++;
		while (c == ' ' || (free_text && c && c != '%'));
		if (c == '%')
			goto descriptor;
		if (c)
			return "improper AIX field descriptor";
		return NULL;
descriptor:
		(*items)++;
		c = *s++;
		if (!c || c == ' ')
			return "missing AIX field descriptor";
	}
}

static const char *aix_parse(struct sf_arg *sf)
{
	static const struct {
		char code;
		const char *spec, *head;
	} aix[] = {
		{ 'C', "pcpu", "%CPU" }, { 'G', "group", "GROUP" },
		{ 'P', "ppid", "PPID" }, { 'U', "user", "USER" },
		{ 'a', "args", "COMMAND" }, { 'c', "comm", "COMMAND" },
		{ 'g', "rgroup", "RGROUP" }, { 'n', "nice", "NI" },
		{ 'p', "pid", "PID" }, { 'r', "pgid", "PGID" },
		{ 't', "etime", "ELAPSED" }, { 'u', "ruser", "RUSER" },
		{ 'x', "time", "TIME" }, { 'y', "tty", "TTY" },
		{ 'z', "vsz", "VSZ" },
	};
	const char *walk = sf->text, *err;
	struct col *list = NULL, *c;
	int items;
	size_t i;

	if ((err = aix_count(walk, &items)))
		return err;
	/* since 4.0.5 the items are whatever is there, up to the end */
	while (procps->aix_free_text ? *walk != '\0' : items-- > 0) {
		if (*walk == '%') {
			walk++;
			if (*walk == '%')
				return "missing AIX field descriptor";
			for (i = 0; i < sizeof(aix) / sizeof(aix[0]); i++)
				if (aix[i].code == *walk)
					break;
			walk++;
			if (i == sizeof(aix) / sizeof(aix[0]))
				return "unknown AIX field descriptor";
			c = one_spec(aix[i].spec, aix[i].head);
		} else {
			size_t len = strcspn(walk, "%");

			c = text_col(walk, len);
			walk += len;
		}
		list = col_append(list, c);
	}
	sf->cols = list;
	return NULL;
}

/*
 * procps 4.0.5: a format that fails as a list is not tried as AIX when it
 * starts like %cpu or %mem, which the list syntax owns ("%cpuc" is AIX).
 */
static bool not_aix(const char *text)
{
	return !strcmp(text, "%cpu") || !strncmp(text, "%cpu ", 5) ||
	       !strncmp(text, "%cpu,", 5) || !strncmp(text, "%m", 2);
}

/* "pid,user=USER NAME,comm:20" */
static const char *format_parse(struct sf_arg *sf)
{
	char *buf, *walk, *sep, *eq, *colon;
	struct col *list = NULL, *c;
	const char *err;
	bool trailing;
	int items = ps_count_items(sf->text, " ,\t\n", &trailing);

	if (items <= 0) {
		err = items < 0 ? "improper format list" : "empty format list";
		goto fail_text;
	}
	buf = strdup(sf->text);
	if (!buf)
		return "out of memory";
	if (trailing)
		buf[strlen(buf) - 1] = '\0';	/* one trailing separator is allowed */
	walk = buf;
	while (items--) {
		sep = strpbrk(walk, " ,\t\n");
		/* the last item's header may contain separators */
		if (items && sep)
			*sep = '\0';
		eq = strchr(walk, '=');
		if (eq)
			*eq++ = '\0';
		colon = strchr(walk, ':');
		if (colon) {
			*colon++ = '\0';
			if (strspn(colon, "0123456789") != strlen(colon) ||
			    *colon == '0' || !*colon || atoi(colon) <= 0) {
				err = "column widths must be unsigned decimal numbers";
				goto fail;
			}
		}
		c = one_spec(walk, eq);
		if (!c) {
			snprintf(errbuf, sizeof(errbuf),
				 "unknown user-defined format specifier \"%s\"", walk);
			err = errbuf;
			goto fail;
		}
		if (colon) {
			if (c->next) {
				err = "can not set width for a macro "
				      "(multi-column) format specifier";
				goto fail;
			}
			c->width = atoi(colon);
		}
		list = col_append(list, c);
		walk = sep ? sep + 1 : NULL;
	}
	free(buf);
	sf->cols = list;
	return NULL;
fail:
	free(buf);
fail_text:
	if (strchr(sf->text, '%') && !(procps->aix_free_text && not_aix(sf->text)))
		err = aix_parse(sf);
	return err;
}

/* ---- sorting ---- */

static struct sortkey *one_sort(const char *spec, int order)
{
	const struct field *f;
	struct sortkey *k;

	if (*spec == '-') {
		order = -1;
		spec++;
	} else if (*spec == '+') {
		spec++;
	}
	f = field_find(spec);
	if (!f)
		return NULL;
	k = ps_zalloc(sizeof(*k));
	if (k) {
		k->f = f;
		k->key = f->sort;
		k->order = order;
	}
	return k;
}

/* keys are kept least significant first, the order they are applied in */
static void key_push(struct sortkey **list, struct sortkey *k)
{
	k->next = *list;
	*list = k;
}

static const char *long_sort_parse(struct sf_arg *sf)
{
	char *buf, *walk, *sep;
	struct sortkey *k;
	bool trailing;
	int items = ps_count_items(sf->text, " ,\t\n", &trailing);

	if (items < 0)
		return "improper sort list";
	if (!items)
		return "empty sort list";
	buf = strdup(sf->text);
	if (!buf)
		return "out of memory";
	if (trailing)
		buf[strlen(buf) - 1] = '\0';
	walk = buf;
	while (items--) {
		sep = strpbrk(walk, " ,\t\n");
		if (sep)
			*sep = '\0';
		k = one_sort(walk, 1);
		if (!k) {
			free(buf);
			return "unknown sort specifier";
		}
		key_push(&sf->keys, k);
		walk = sep ? sep + 1 : NULL;	/* NULL only after the last */
	}
	free(buf);
	return NULL;
}

/* BSD O: one letter per key */
static const char *short_sort_name(int c)
{
	static const struct {
		char code;
		const char *spec;
	} keys[] = {
		{ 'C', "pcpu" }, { 'G', "tpgid" }, { 'J', "cstime" },
		{ 'M', "maj_flt" }, { 'N', "cmaj_flt" }, { 'P', "ppid" },
		{ 'R', "resident" }, { 'S', "share" }, { 'T', "start_time" },
		{ 'U', "uid" }, { 'c', "cmd" }, { 'f', "flags" }, { 'g', "pgrp" },
		{ 'j', "cutime" }, { 'k', "utime" }, { 'm', "min_flt" },
		{ 'n', "cmin_flt" }, { 'o', "session" }, { 'p', "pid" },
		{ 'r', "rss" }, { 's', "size" }, { 't', "tty" }, { 'u', "user" },
		{ 'v', "vsize" }, { 'y', "priority" },
	};
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (keys[i].code == c)
			return keys[i].spec;
	return NULL;
}

static const char *short_sort_check(const struct ps *ps, const char *arg)
{
	char seen[256] = { 0 };
	const char *w;

	if (strspn(arg, "CGJKMNPRSTUcfgjkmnoprstuvy+-") != strlen(arg))
		return "bad sorting code";
	for (w = arg; *w; w++) {
		unsigned char c = *w;

		if (c == '+' || c == '-') {
			if (!w[1] || w[1] == '+' || w[1] == '-')
				return "bad sorting code";
			continue;
		}
		if (c == 'P' && ps->forest_type)
			return "PPID sort and forest output conflict";
		if (seen[c])
			return "bad sorting code";
		seen[c] = 1;
	}
	return NULL;
}

static const char *short_sort_parse(struct sf_arg *sf)
{
	int order = 1;
	const char *w, *spec;
	struct sortkey *k;

	for (w = sf->text; *w; w++) {
		if (*w == '+') {
			order = 1;
		} else if (*w == '-') {
			order = -1;
		} else {
			spec = short_sort_name(*w);
			k = spec ? one_sort(spec, 1) : NULL;
			if (!k)
				return "unknown sort specifier";
			/* a key without its own sign sorts in procps's "0" order */
			k->order = order;
			key_push(&sf->keys, k);
			order = 0;
		}
	}
	return NULL;
}

/* O and -O: the user's columns wrapped in a default format */
static void o_wrap(struct sf_arg *sf, char kind)
{
	struct col *pid = one_spec("pid", NULL);
	struct col *tail = one_spec(kind == 'b' ? "END_BSD" : "END_SYS5", NULL);

	sf->cols = col_append(pid, col_append(sf->cols, tail));
}

/* parse the deferred arguments oldest first */
static const char *parse_sf(struct ps *ps, struct sf_arg *sf)
{
	const char *err = NULL;

	if (sf->next && (err = parse_sf(ps, sf->next)))
		return err;
	switch (sf->kind) {
	case SF_B_o:
	case SF_G_format:
	case SF_U_o:
		err = format_parse(sf);
		if (!err)
			ps->parsed_format = true;
		break;
	case SF_U_O:
		if (ps->parsed_format)
			return "option -O can not follow other format options";
		if ((err = format_parse(sf)))
			return err;
		ps->parsed_format = true;
		o_wrap(sf, 'u');
		break;
	case SF_B_O:
		if (ps->have_gnu_sort || ps->parsed_sort)
			err = "multiple sort options";
		else
			err = short_sort_check(ps, sf->text);
		if (!err) {
			short_sort_parse(sf);
			ps->parsed_sort = true;
			return NULL;
		}
		if (ps->parsed_format) {
			err = "option O is neither first format nor sort order";
			break;
		}
		if (!format_parse(sf)) {
			ps->parsed_format = true;
			o_wrap(sf, 'b');
			return NULL;
		}
		break;
	case SF_G_sort:
	case SF_B_m:
		if (ps->parsed_sort)
			err = "multiple sort options";
		else
			err = long_sort_parse(sf);
		ps->parsed_sort = true;
		break;
	}
	return err;
}

/* ---- standard formats ---- */

static struct col *find_col(struct col *list, const char *name, struct col **prev)
{
	struct col *c, *p = NULL;

	for (c = list; c; p = c, c = c->next)
		if (!strcmp(c->name, name))
			break;
	if (prev)
		*prev = p;
	return c;
}

static int add_after(struct ps *ps, const char *name, const char *spec)
{
	struct col *c = find_col(ps->cols, name, NULL), *n;

	if (!c)
		return 0;
	n = one_spec(spec, NULL);
	n->next = c->next;
	c->next = n;
	return 1;
}

static int delete_col(struct ps *ps, const char *name)
{
	struct col *prev, *c = find_col(ps->cols, name, &prev);

	if (!c)
		return 0;
	if (prev)
		prev->next = c->next;
	else
		ps->cols = c->next;
	return 1;
}

static void push(struct ps *ps, const char *spec)
{
	struct col *c = one_spec(spec, NULL);

	c->next = ps->cols;
	ps->cols = c;
}

/* the SysV default, -f, -l, -F... built right to left as procps does */
static const char *sysv_list(struct ps *ps)
{
	unsigned ff = ps->format_flags, fm = ps->format_modifiers;
	unsigned tf = ps->thread_flags;

	if ((fm & FM_y) && !(ff & FF_Ul))
		return "modifier -y without format -l makes no sense";
	if (ps->prefer_bsd) {
		push(ps, ff ? "cmd" : "args");
		push(ps, "bsdtime");
		if (!(ff & FF_Ul))
			push(ps, "stat");
	} else {
		push(ps, ff & FF_Uf ? "cmd" : "ucmd");
		push(ps, "time");
	}
	push(ps, "tname");
	if (ff & FF_Uf)
		push(ps, "stime");
	if (fm & FM_F) {
		if (!(fm & FM_P))
			push(ps, "psr");
		if (!((ff & FF_Ul) && (fm & FM_y)))
			push(ps, "rss");
	}
	if (ff & FF_Ul)
		push(ps, "wchan");
	if ((ff & FF_Ul) && !(fm & FM_y) && (ps->personality & PER_IRIX_l)) {
		struct col *c = text_col(":", 1);

		push(ps, "sgi_rss");
		c->next = ps->cols;
		ps->cols = c;
	}
	if ((fm & FM_F) || (ff & FF_Ul))
		push(ps, "sz");
	if (ff & FF_Ul) {
		if (fm & FM_y)
			push(ps, "rss");
		else if (ps->personality & (PER_ZAP_ADDR | PER_IRIX_l))
			push(ps, "sgi_p");
		else
			push(ps, "addr_1");
	}
	if (fm & FM_c) {
		push(ps, "pri");
		push(ps, "class");
	} else if (ff & FF_Ul) {
		push(ps, "ni");
		push(ps, ps->personality & PER_IRIX_l ? "priority" : "opri");
	}
	if ((tf & TF_U_L) && (ff & FF_Uf))
		push(ps, "nlwp");
	if ((ff & (FF_Uf | FF_Ul)) && !(fm & FM_c))
		push(ps, "c");
	if (fm & FM_P)
		push(ps, "psr");
	if (tf & TF_U_L)
		push(ps, "lwp");
	if (fm & FM_j) {
		push(ps, "sid");
		push(ps, "pgid");
	}
	if (ff & (FF_Uf | FF_Ul))
		push(ps, "ppid");
	if (tf & TF_U_T)
		push(ps, "spid");
	push(ps, "pid");
	if (ff & FF_Uf)
		push(ps, ps->personality & PER_SANE_USER ? "user" : "uid_hack");
	else if (ff & FF_Ul)
		push(ps, "uid");
	if (ff & FF_Ul) {
		push(ps, "s");
		if (!(fm & FM_y))
			push(ps, "f");
	}
	if (fm & FM_M)
		push(ps, "label");
	return NULL;
}

static const char *named_format(const struct ps *ps, bool *ok)
{
	*ok = true;
	switch (ps->format_flags) {
	case 0: return NULL;
	case FF_Uf | FF_Ul: return ps->sysv_fl_fmt;
	case FF_Uf: return ps->sysv_f_fmt;
	case FF_Ul: return ps->sysv_l_fmt;
	case FF_Uj: return ps->sysv_j_fmt;
	case FF_Uj | FF_Ul: return "RD_lj";
	case FF_Uj | FF_Uf: return "RD_fj";
	case FF_Bj: return ps->bsd_j_fmt;
	case FF_Bl: return ps->bsd_l_fmt;
	case FF_Bs: return ps->bsd_s_fmt;
	case FF_Bu: return ps->bsd_u_fmt;
	case FF_Bv: return ps->bsd_v_fmt;
	case FF_LX: return "OL_X";
	case FF_Lm: return "OL_m";
	case FF_Fc: return "FLASK_context";
	default:
		*ok = false;
		return NULL;
	}
}

/* procps's catastrophic_failure(): error_at_line() and status 1 */
static _Noreturn void internal_error(unsigned line, const char *what)
{
	fflush(stdout);
	fprintf(stderr, "%s:src/ps/sortformat.c:%u: internal error: %s\n",
		program_invocation_name, line, what);
	exit(EXIT_FAILURE);
}

/* -j, -y, -c, -T, -L and -M applied to a standard format */
static const char *modifiers(struct ps *ps)
{
	unsigned fm = ps->format_modifiers, tf = ps->thread_flags;
	struct col *c;

	if (fm & FM_j) {
		if (!add_after(ps, "PPID", "pgid") && !add_after(ps, "PID", "pgid"))
			internal_error(procps->j_fail_line, "no PID or PPID for -j option");
		if (!add_after(ps, "PGID", "sid"))
			return "lost my PGID";
	}
	if (fm & FM_y) {
		delete_col(ps, "F");
		if (add_after(ps, "ADDR", "rss"))
			delete_col(ps, "ADDR");
	}
	if (fm & FM_c) {
		delete_col(ps, "%CPU");
		delete_col(ps, "CPU");
		delete_col(ps, "CP");
		delete_col(ps, "C");
		delete_col(ps, "NI");
		if (!add_after(ps, "PRI", "class"))
			internal_error(procps->c_fail_line, "no PRI for -c option");
		delete_col(ps, "PRI");
		if (!add_after(ps, "CLS", "pri"))
			return "lost my CLS";
	}
	if ((tf & TF_U_T) && !add_after(ps, "PID", "spid") && (tf & TF_must_use))
		return "-T with H/-m/m but no PID for SPID to follow";
	if (tf & TF_U_L) {
		static const char *const after[] = { "SID", "SESS", "PGID", "PGRP", "PPID", "PID" };
		size_t i;

		for (i = 0; i < 6; i++)
			if (add_after(ps, after[i], "lwp"))
				break;
		if (i == 6 && (tf & TF_must_use))
			return "-L with H/-m/m but no PID/PGID/SID/SESS for NLWP to follow";
		add_after(ps, "%CPU", "nlwp");
	}
	if (fm & FM_M) {
		c = one_spec("label", NULL);
		c->next = ps->cols;
		ps->cols = c;
	}
	if ((ps->personality & PER_ZAP_ADDR) && (ps->format_flags & FF_Ul) &&
	    add_after(ps, "ADDR", "sgi_p"))
		delete_col(ps, "ADDR");
	if ((ps->personality & PER_SANE_USER) && (ps->format_flags & FF_Uf) &&
	    add_after(ps, "UID", "user"))
		delete_col(ps, "UID");
	return NULL;
}

const char *ps_build_lists(struct ps *ps)
{
	struct sf_arg *sf, *order = NULL, *next;
	const char *err, *spec, *env;
	bool ok;

	if (ps->sf && (err = parse_sf(ps, ps->sf)))
		return err;
	/* sort keys: each argument's chain goes in front, newest first */
	for (sf = ps->sf; sf; sf = sf->next) {
		struct sortkey *k = sf->keys, *last;

		if (!k)
			continue;
		for (last = k; last->next; last = last->next)
			;
		last->next = ps->sort;
		ps->sort = k;
	}
	/* columns: oldest argument first */
	for (sf = ps->sf; sf; sf = next) {
		next = sf->next;
		sf->next = order;
		order = sf;
	}
	ps->sf = order;
	for (sf = ps->sf; sf; sf = sf->next)
		ps->cols = col_append(ps->cols, sf->cols);
	if (!ps->format_flags && !ps->format_modifiers && !ps->cols) {
		env = getenv("PS_FORMAT");
		if (env && *env) {
			struct sf_arg tmp = { .text = (char *)env };

			if (ps->thread_flags & TF_must_use)
				return "tell <procps@freelists.org> what you want "
				       "(-L/-T, -m/m/H, and $PS_FORMAT)";
			err = format_parse(&tmp);
			if (!err) {
				ps->cols = tmp.cols;
				return NULL;
			}
			fprintf(stderr, "warning: $PS_FORMAT ignored. (%s)\n", err);
		}
	}
	if (ps->cols) {
		if (ps->format_flags)
			return "conflicting format options";
		if (ps->format_modifiers)
			return "can not use output modifiers with user-defined output";
		if (ps->thread_flags & TF_must_use)
			return "-L/-T with H/m/-m and -o/-O/o/O is nonsense";
		return NULL;
	}
	spec = named_format(ps, &ok);
	if (!ok)
		return "conflicting format options";
	if (!spec)
		return sysv_list(ps);
	ps->cols = one_spec(spec, NULL);
	return modifiers(ps);
}

void ps_list_fields(void)
{
	unsigned i;

	for (i = 0; i < nfield_defs; i++)
		if (field_defs[i].print && field_current(&field_defs[i]))
			printf("%-12.12s %-8.8s\n", field_defs[i].name,
			       field_defs[i].header);
	exit(0);
}
