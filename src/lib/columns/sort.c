/*
 * sort.c - sort items: their types, groups and values, from the one list
 * in sort_items.h, and procps's comparisons.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/columns/escape.h"
#include "lib/columns/field_priv.h"
#include "lib/columns/names.h"
#include "lib/columns/systemd.h"
#include "lib/system/sys_facts.h"
#include "lib/columns/tty.h"
#include "lib/record/groups.h"

/* the flags */
#define BASE 1
#define ENVE 2

/* ---- what the string rows call ---- */

#define TEXT(s) snprintf(buf, TASK_STR_MAX, "%s", (s))
#define HEX16(v) snprintf(buf, 17, "%016llx", (unsigned long long)(v))

static unsigned long page_kib(void)
{
	return sys_page_size() / 1024;
}

static void cgname_value(const struct task *t, char *buf)
{
	const char *name;

	field_cgroup_text(t, buf, TASK_STR_MAX);
	name = field_cgname_of(buf);
	memmove(buf, name, strlen(name) + 1);
}

static void exe_value(const struct task *t, char *buf)
{
	if (t->exe.len)
		esc_read(buf, TASK_STR_MAX, t->exe.s);
	else
		strcpy(buf, "-");
}

static void sd_value(int what, const struct task *t, char *buf)
{
	char sd[256];

	TEXT(systemd_lookup(what, t, sd, sizeof(sd)) < 0 ? "-" : sd);
}

/* the column's own text, unlimited in width */
static void column_value(field_print_fn print, const struct task *t,
			 char *buf)
{
	static const struct print_opts none;
	struct pctx c = { .opt = &none, .max_rightward = OUTBUF_SIZE - 1 };

	print(buf, t, &c);
}

/* ---- the items ---- */

typedef void (*value_fn)(const struct task *t, struct sort_value *v,
			 char *buf);

#define X(name, type, groups, flags, value)				\
static void value_##name(const struct task *t, struct sort_value *v,	\
			 char *buf)					\
{									\
	value;								\
}
SORT_ITEMS(X)
#undef X

static const struct {
	unsigned char type;		/* enum sort_type */
	unsigned char flags;
	uint64_t groups;
	value_fn value;
} items[SK_COUNT] = {
#define X(name, type, groups, flags, value)				\
	[SK_##name] = { SORT_T_##type, flags, groups, value_##name },
	SORT_ITEMS(X)
#undef X
};

enum sort_type sort_key_type(enum sort_key k)
{
	return items[k].type;
}

bool sort_key_base(enum sort_key k)
{
	return items[k].flags & BASE;
}

uint64_t sort_key_groups(enum sort_key k, const struct print_opts *o)
{
	uint64_t g = items[k].groups;

	if ((items[k].flags & ENVE) && o->bsd_e)
		g |= TG_BIT(TG_ENVIRON);
	return g;
}

void sort_key_value(enum sort_key k, const struct task *t,
		    struct sort_value *v, struct arena *a)
{
	/* one buffer for every record: a text is copied to the arena */
	static char *buf;
	const char *s;

	v->u = 0;
	if (items[k].type != SORT_T_STR && items[k].type != SORT_T_STRVERS) {
		items[k].value(t, v, NULL);
		return;
	}
	if (!buf)
		buf = malloc(TASK_STR_MAX + 64);
	v->s = "";
	if (!buf)
		return;
	buf[0] = '\0';
	items[k].value(t, v, buf);
	s = arena_strndup(a, buf, strlen(buf));
	v->s = s ? s : "";
}

int sort_value_cmp(enum sort_type type, const struct sort_value *a,
		   const struct sort_value *b)
{
	switch (type) {
	case SORT_T_INT:
	case SORT_T_CHAR:
		return a->i < b->i ? -1 : a->i > b->i;
	case SORT_T_UINT:
		return a->u < b->u ? -1 : a->u > b->u;
	case SORT_T_REAL:
		return a->r < b->r ? -1 : a->r > b->r;
	case SORT_T_STR:
		return strcoll(a->s, b->s);
	case SORT_T_STRVERS:
		return strverscmp(a->s, b->s);
	default:
		return 0;
	}
}
