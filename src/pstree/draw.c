/*
 * draw.c - printing the tree byte for byte as psmisc (23.6, 23.7) does.
 *
 * Everything visible goes through out_char(), which keeps psmisc's
 * column count: one column per character (counted from UTF-8 lead
 * bytes), escape sequences of the VT100 symbols included, and beyond
 * the width a single '+' (one per byte of a multi-byte character that
 * lands on the column after the last).  Highlight and colour bytes are
 * written around it and take no column.
 *
 * psmisc's compaction scans each sibling list for subtrees equal to the
 * current one and unlinks them; a node's "last" mark depends on what is
 * still linked at that moment.  plan_siblings() decides all of that for
 * one list up front from the equivalence classes, in linear time.
 */
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "pstree/pstree.h"

/* BUFSIZ of psmisc's attr/current reader (fgets keeps BUFSIZ - 1) */
#define CTX_LINE_MAX 8191

struct draw {
	struct tree *t;
	const struct opts *o;
	const struct symbols *sym;
	int cur_x;		/* column of the next character, from 1 */
	int charlen;		/* bytes left of the current UTF-8 character */
	int *widths, *more;	/* per level, as psmisc's width[] and more[] */
	size_t levels;
	/* per class, used while planning one sibling list */
	size_t *total, *seen, *absorber;
	unsigned char *done;
	bool selinux;
	/* uid -> user name for -u */
	struct idmap uids;
	char **names;
	size_t nnames;
};

struct draw *draw_new(struct tree *t, const struct opts *o)
{
	struct draw *d = xcalloc(1, sizeof(*d));
	size_t nc = t->nclasses ? t->nclasses : 1;

	d->t = t;
	d->o = o;
	d->sym = o->sym;
	d->cur_x = 1;
	d->total = xcalloc(nc, sizeof(*d->total));
	d->seen = xcalloc(nc, sizeof(*d->seen));
	d->absorber = xcalloc(nc, sizeof(*d->absorber));
	d->done = xcalloc(nc, 1);
	if (o->scontext)
		d->selinux = term_selinux_enabled();
	if (idmap_init(&d->uids, 16) < 0)
		xalloc_die(0);
	return d;
}

void draw_free(struct draw *d)
{
	size_t i;

	for (i = 0; i < d->nnames; i++)
		free(d->names[i]);
	free(d->names);
	idmap_free(&d->uids);
	free(d->widths);
	free(d->more);
	free(d->total);
	free(d->seen);
	free(d->absorber);
	free(d->done);
	free(d);
}

/* ---- psmisc's column counting ---- */

static int utf8_len(unsigned char c)
{
	if (!(c & 0x80))
		return 1;
	if ((c & 0xe0) == 0xc0)
		return 2;
	if ((c & 0xf0) == 0xe0)
		return 3;
	if ((c & 0xf8) == 0xf0)
		return 4;
	return 1;
}

static void out_char(struct draw *d, char c)
{
	if (d->charlen == 0) {
		d->charlen = utf8_len((unsigned char)c);
		d->cur_x++;
	}
	d->charlen--;
	if (!d->o->trunc || d->cur_x <= d->o->width)
		putchar_unlocked(c);
	else if (d->cur_x == d->o->width + 1)
		putchar_unlocked('+');
}

static void out_str(struct draw *d, const char *s)
{
	while (*s)
		out_char(d, *s++);
}

/* bytes that take no column: colours */
static void out_raw(const char *s)
{
	fputs(s, stdout);
}

/*
 * psmisc's out_int(): the digit count it returns is at least 1, but 0
 * itself prints nothing ("(,5)" for pid 0 with -pg).
 */
static int out_int(struct draw *d, int x)
{
	long long div;
	int digits = 0;

	for (div = 1; x / div; div *= 10)
		digits++;
	if (!digits)
		digits = 1;
	for (div /= 10; div; div /= 10)
		out_char(d, (char)('0' + (x / div) % 10));
	return digits;
}

/* psmisc's out_args(): \\ for a backslash, \ooo outside ' '..'~' */
static int out_escaped(struct draw *d, const char *s)
{
	char oct[5];
	int n = 0;

	for (; *s; s++) {
		if (*s == '\\') {
			out_str(d, "\\\\");
			n += 2;
		} else if (*s >= ' ' && *s <= '~') {
			out_char(d, *s);
			n++;
		} else {
			snprintf(oct, sizeof(oct), "\\%03o", (unsigned char)*s);
			out_str(d, oct);
			n += 4;
		}
	}
	return n;
}

static void out_newline(struct draw *d)
{
	putchar_unlocked('\n');
	d->cur_x = 1;
}

/* ---- the parts of a node's line ---- */

static void need_level(struct draw *d, int level)
{
	size_t want = (size_t)level + 1, cap = d->levels ? d->levels : 100;

	if (want <= d->levels)
		return;
	while (cap < want)
		cap *= 2;
	d->widths = xrealloc(d->widths, cap * sizeof(*d->widths));
	d->more = xrealloc(d->more, cap * sizeof(*d->more));
	d->levels = cap;
}

static void indent(struct draw *d, int level, bool last)
{
	int lvl, i;

	for (lvl = 0; lvl < level; lvl++) {
		for (i = d->widths[lvl] + 1; i > 0; i--)
			out_char(d, ' ');
		if (lvl == level - 1)
			out_str(d, last ? d->sym->last_2 : d->sym->branch_2);
		else
			out_str(d, d->more[lvl + 1] ? d->sym->vert_2 :
				 d->sym->empty_2);
	}
}

static const char *user_of(struct draw *d, uid_t uid)
{
	struct passwd *pw;
	size_t i;

	if (idmap_get(&d->uids, (int)uid, &i))
		return d->names[i];
	pw = getpwuid(uid);
	d->names = xrealloc(d->names, (d->nnames + 1) * sizeof(*d->names));
	d->names[d->nnames] = pw ? xstrdup(pw->pw_name) : NULL;
	if (idmap_add_first(&d->uids, (int)uid, d->nnames) < 0)
		xalloc_die(0);
	return d->names[d->nnames++];
}

/*
 * -Z: psmisc prints getpidcon()'s context when SELinux is on; otherwise
 * the first line of attr/current (fgets) with its last byte cut off,
 * assumed to be the newline.
 */
static void out_context(struct draw *d, const struct node *nd)
{
	char line[CTX_LINE_MAX + 1];
	size_t n = 0, len;

	out_str(d, "`");
	if (nd->ctx_len) {
		while (n < nd->ctx_len && n < CTX_LINE_MAX &&
		       (n == 0 || nd->ctx[n - 1] != '\n'))
			n++;
		memcpy(line, nd->ctx, n);
		line[n] = '\0';
		len = strlen(line);
		if (d->selinux)
			line[strcspn(line, "\n")] = '\0';
		else if (len)
			line[len - 1] = '\0';
		out_str(d, line);
	}
	out_str(d, "'");
}

static int open_info(struct draw *d, int info)
{
	out_char(d, info ? ',' : '(');
	return info + 1;
}

/* (pid,pgid,user,namespaces,context) after the name */
static int out_info(struct draw *d, const struct node *nd, int info,
		    uid_t prev_uid)
{
	static const char *const ns_names[PNS_COUNT] = {
		"cgroup", "ipc", "mnt", "net", "pid", "user", "uts", "time",
	};
	const struct opts *o = d->o;
	int i;

	if (o->pids) {
		info = open_info(d, info);
		out_int(d, nd->pid);
	}
	if (o->pgids) {
		info = open_info(d, info);
		out_int(d, nd->pgid);
	}
	if (o->user_change && prev_uid != nd->uid) {
		const char *name = user_of(d, nd->uid);

		info = open_info(d, info);
		if (name)
			out_str(d, name);
		else
			out_int(d, (int)nd->uid);
	}
	if (o->ns_change && nd->parent != NO_NODE) {
		const struct node *p = &d->t->nodes[nd->parent];

		for (i = 0; i < PNS_COUNT; i++) {
			if (!nd->ns[i] || !p->ns[i] || nd->ns[i] == p->ns[i])
				continue;
			info = open_info(d, info);
			out_str(d, ns_names[i]);
		}
	}
	if (o->scontext) {
		info = open_info(d, info);
		out_context(d, nd);
	}
	return info;
}

/* visible length psmisc assumes for an argument (a backslash counts 1) */
static int arg_len(const char *s)
{
	int len = 0;

	for (; *s; s++)
		len += *s >= ' ' && *s <= '~' ? 1 : 4;
	return len;
}

/* -a: the arguments, or "..." from the first that would not fit */
static void out_arguments(struct draw *d, const struct node *nd)
{
	const char *arg = nd->argv0;
	int i, room;

	for (i = 0; i < nd->argc; i++, arg += strlen(arg) + 1) {
		bool last = i == nd->argc - 1;

		if (!last)
			out_char(d, ' ');
		room = d->o->width - (last ? 0 : 4);
		if (d->cur_x + arg_len(arg) <= room || !d->o->trunc) {
			out_escaped(d, arg);
		} else {
			out_str(d, "...");
			break;
		}
	}
}

static void out_age_color(const struct node *nd)
{
	int age = (int)nd->age;

	if (age < 60)
		out_raw("\033[32m");
	else if (age < 3600)
		out_raw("\033[33m");
	else
		out_raw("\033[31m");
}

/* ---- compaction ---- */

/*
 * Decide, for one sibling list, which nodes psmisc would print, with
 * which repeat count, and whether each is the last one still linked
 * when it is printed.  A node absorbs every later sibling of its class
 * (all nodes, or only threads with -a/-Z); absorbed nodes vanish.
 */
static void plan_siblings(struct draw *d, const struct node *parent,
			  bool threads_only)
{
	struct node *nodes = d->t->nodes;
	const size_t *list = d->t->kids + parent->kid_off;
	size_t n = parent->nkids, j;
	long long gone_by = -1;	/* the latest position removing a later node */

	for (j = 0; j < n; j++) {
		struct node *k = &nodes[list[j]];

		k->removed = 0;
		k->rep = 1;
		k->last = j + 1 == n;
		if (d->o->compact)
			d->total[k->cls]++;
	}
	if (!d->o->compact)
		return;
	for (j = 0; j < n; j++) {
		struct node *k = &nodes[list[j]];
		size_t c = k->cls;

		d->seen[c]++;
		if (d->done[c]) {
			k->removed = 1;
			continue;
		}
		if (!threads_only || k->thread) {
			k->rep = (int)(1 + d->total[c] - d->seen[c]);
			d->done[c] = 1;
			d->absorber[c] = j;
		}
	}
	/* last: every later node has been absorbed by the time j prints */
	for (j = n; j--; ) {
		struct node *k = &nodes[list[j]];
		long long gone_at = k->removed ? (long long)d->absorber[k->cls] :
				    LLONG_MAX;

		if (!k->removed)
			k->last = gone_by <= (long long)j;
		if (gone_at > gone_by)
			gone_by = gone_at;
	}
	for (j = 0; j < n; j++) {
		size_t c = nodes[list[j]].cls;

		d->total[c] = d->seen[c] = 0;
		d->done[c] = 0;
	}
}

/* ---- psmisc's dump_tree() ---- */

static void dump(struct draw *d, size_t i, int level, int rep, bool leaf,
		 bool last, uid_t prev_uid, int closing);

/* -a, -Z: one child per line, indented two columns per level */
static void dump_vertical(struct draw *d, const struct node *nd, int level)
{
	const size_t *list = d->t->kids + nd->kid_off;
	size_t j;

	plan_siblings(d, nd, true);
	for (j = 0; j < nd->nkids; j++) {
		const struct node *k = &d->t->nodes[list[j]];

		if (k->removed)
			continue;
		/*
		 * psmisc passes its own closing count, already run down to
		 * -1 by the loop that printed the brackets, plus 2 for a
		 * repeated thread and 1 otherwise: one bracket or none.
		 */
		if (d->o->compact && k->thread)
			dump(d, list[j], level + 1, k->rep, false, k->last,
			     nd->uid, k->rep > 1 ? 1 : 0);
		else
			dump(d, list[j], level + 1, 1, false, k->last, nd->uid, 0);
	}
}

/* the default layout: first child on the same line */
static void dump_horizontal(struct draw *d, const struct node *nd, int level,
			    int closing)
{
	const size_t *list = d->t->kids + nd->kid_off;
	bool first = true;
	size_t j;

	plan_siblings(d, nd, false);
	for (j = 0; j < nd->nkids; j++) {
		const struct node *k = &d->t->nodes[list[j]];

		if (k->removed)
			continue;
		if (first)
			out_str(d, k->last ? d->sym->single_3 : d->sym->first_3);
		dump(d, list[j], level + 1, k->rep, first, k->last, nd->uid,
		     closing + (k->rep > 1 ? 1 : 0));
		first = false;
	}
}

static void dump(struct draw *d, size_t i, int level, int rep, bool leaf,
		 bool last, uid_t prev_uid, int closing)
{
	const struct opts *o = d->o;
	const struct node *nd = &d->t->nodes[i];
	bool vertical = o->args || o->scontext;
	int add = 0, comm_len, offset, info;

	if (!leaf)
		indent(d, level, last);
	if (rep >= 2) {
		add = out_int(d, rep) + 2;
		out_str(d, "*[");
	}
	if (o->color_age)
		out_age_color(nd);
	if (nd->hilite)
		term_bold_on();
	info = o->args;
	if (o->args && nd->argc < 0)
		out_char(d, '(');
	comm_len = out_escaped(d, nd->comm);
	offset = d->cur_x;
	info = out_info(d, nd, info, prev_uid);
	if ((o->args && nd->argc < 0) || (!o->args && info))
		out_char(d, ')');
	if (nd->hilite)
		term_bold_off();
	if (o->args)
		out_arguments(d, nd);
	if (o->color_age)
		out_raw("\033[0m");
	if (vertical || !nd->nkids) {
		while (closing-- > 0)
			out_char(d, ']');
		out_newline(d);
	}
	need_level(d, level);
	d->more[level] = !last;
	if (vertical) {
		d->widths[level] = o->args + (comm_len > 1 ? 0 : -1);
		dump_vertical(d, nd, level);
		return;
	}
	d->widths[level] = comm_len + d->cur_x - offset + add;
	if (d->cur_x >= o->width && o->trunc) {
		/* no room for the children: a stub and the truncation mark */
		out_str(d, d->sym->first_3);
		out_str(d, "+");
		out_newline(d);
		return;
	}
	dump_horizontal(d, nd, level, closing);
}

void draw_tree(struct draw *d, size_t root)
{
	if (root != NO_NODE)
		dump(d, root, 0, 1, true, true, 0, 0);
}

/* psmisc's dump_by_user(): every topmost subtree owned by uid */
bool draw_by_user(struct draw *d, size_t root, uid_t uid)
{
	const struct tree *t = d->t;
	size_t *stack, *pos, depth = 0;
	bool dumped = false;

	if (root == NO_NODE)
		return false;
	stack = xmalloc((t->n + 1) * sizeof(*stack));
	pos = xmalloc((t->n + 1) * sizeof(*pos));
	stack[0] = root;
	pos[0] = 0;
	while (depth != (size_t)-1) {
		const struct node *nd = &t->nodes[stack[depth]];

		if (pos[depth] == 0 && nd->uid == uid) {
			if (dumped)
				putchar_unlocked('\n');
			dump(d, stack[depth], 0, 1, true, true, uid, 0);
			dumped = true;
			depth--;
			continue;
		}
		if (pos[depth] == nd->nkids || depth >= t->n) {
			depth--;
			continue;
		}
		stack[depth + 1] = t->kids[nd->kid_off + pos[depth]++];
		pos[++depth] = 0;
	}
	free(stack);
	free(pos);
	return dumped;
}

/* -N: "[inode]" and the trees of each namespace */
void draw_ns_groups(struct draw *d)
{
	const struct tree *t = d->t;
	char head[14];		/* psmisc's buffer: longer numbers are cut */
	size_t g, r;

	for (g = 0; g < t->ngroups; g++) {
		snprintf(head, sizeof(head), "[%li]\n", (long)t->groups[g].ino);
		out_str(d, head);
		for (r = 0; r < t->groups[g].count; r++)
			dump(d, t->ns_roots[t->groups[g].first + r], 0, 1, true,
			     true, 0, 0);
	}
}
