/*
 * test_format.c - the field table, the -o / --sort parsers, and the
 * width of every source line.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../check.h"
#include "lib/columns/fields.h"
#include "lib/system/sys_facts.h"
#include "lib/record/versions.h"
#include "ps/ps.h"

/* rows of one name must be neighbours with disjoint release ranges */
static bool ranges_apart(const struct field *a, const struct field *b)
{
	return a->until && b->since && a->until < b->since;
}

static void test_version(const char *v, unsigned want_rows, unsigned want_nop)
{
	unsigned i, rows = 0, nop = 0, lost = 0;

	procps_follow(v);
	for (i = 0; i < nfield_defs; i++) {
		if (!field_current(&field_defs[i]))
			continue;
		rows++;
		nop += !field_defs[i].print;
		if (field_find(field_defs[i].name) != &field_defs[i])
			lost++;
	}
	CHECK_EQ(rows, want_rows, v);
	CHECK_EQ(nop, want_nop, "of which print \"-\"");
	CHECK(!lost, "%s: every specifier is found by name", v);
}

/* the columns every record fills without a data group: ids and names */
static bool needs_no_group(const char *name)
{
	static const char *const names[] = {
		"pid", "tgid", "lwp", "spid", "tid", "args", "cmd", "command",
		"comm", "ucmd", "ucomm",
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

static void test_table(void)
{
	unsigned i, bad_order = 0;

	for (i = 1; i < nfield_defs; i++) {
		int c = strcmp(field_defs[i - 1].name, field_defs[i].name);

		if (c > 0 || (!c && !ranges_apart(&field_defs[i - 1], &field_defs[i])))
			bad_order++;
	}
	CHECK(!bad_order, "table sorted by name, one row per name and release");
	for (i = 1; i < nfield_macros; i++)
		if (strcmp(field_macros[i - 1].name, field_macros[i].name) >= 0)
			bad_order++;
	CHECK(!bad_order, "macro table sorted by name");
	for (i = 0; i < nfield_defs; i++)
		if (field_defs[i].print && !field_defs[i].groups &&
		    !(field_defs[i].flags & FLD_TEST) &&
		    !needs_no_group(field_defs[i].name))
			printf("# %s prints without data groups\n", field_defs[i].name);
	/* procps's own counts: ps L lists the rows that print */
	test_version("4.0.2", 275, 85);
	test_version("4.0.4", 275, 85);
	test_version("4.0.6", 281, 83);
	test_version("4.0.7", 281, 83);
	procps_follow("4.0.2");
	CHECK(!field_find("fds") && !field_find("pcaps"), "4.0.2 has no fds, pcaps");
	CHECK(field_find("cpu") && !field_find("cpu")->print, "4.0.2's cpu prints -");
	procps_follow("4.0.6");
	CHECK(field_find("cpu") && field_find("cpu")->sort == SK_PROCESSOR,
	      "4.0.6's cpu is psr");
	procps_follow("4.0.2");
	CHECK(field_find("%cpu") && field_find("zone") && !field_find("nosuch"),
	      "first, last and missing names");
	CHECK(field_macro_find("DefBSD") && field_macro_find("Std_f") &&
	      !field_macro_find("pid"), "macros are separate");
}

/*
 * HACKING.md's style: no source line over 100 columns (tabs to every
 * 8th).  Every .c and .h under src/ and tools/ is checked, found by
 * walking the tree under $srcdir (which make check sets), so a new file
 * is covered without being listed here.  Generated files are left out:
 * the BPF light skeleton (*.lskel.h) is bpftool's, not ours.
 */
struct src_list {
	char **path;
	size_t n, cap;
};

static bool ends_with(const char *s, const char *tail)
{
	size_t ls = strlen(s), lt = strlen(tail);

	return ls >= lt && !strcmp(s + ls - lt, tail);
}

static bool is_our_source(const char *name)
{
	return (ends_with(name, ".c") || ends_with(name, ".h")) &&
	       !ends_with(name, ".lskel.h");
}

static void src_add(struct src_list *l, const char *path)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->path = realloc(l->path, l->cap * sizeof(*l->path));
		if (!l->path)
			abort();
	}
	l->path[l->n] = strdup(path);
	if (!l->path[l->n])
		abort();
	l->n++;
}

/* the sources under top/rel, rel as the paths are reported */
static void src_walk(struct src_list *l, const char *top, const char *rel)
{
	char path[4096], sub[4096];
	struct dirent *e;
	struct stat st;
	DIR *d;

	snprintf(path, sizeof(path), "%s/%s", top, rel);
	d = opendir(path);
	if (!d) {
		CHECK(d, "%s: cannot list it (run from make check, or set srcdir)",
		      path);
		return;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')	/* ., .., .deps, .dirstamp */
			continue;
		if ((size_t)snprintf(sub, sizeof(sub), "%s/%s", rel,
				     e->d_name) >= sizeof(sub) ||
		    (size_t)snprintf(path, sizeof(path), "%s/%s", top,
				     sub) >= sizeof(path) ||
		    stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode))
			src_walk(l, top, sub);
		else if (S_ISREG(st.st_mode) && is_our_source(e->d_name))
			src_add(l, sub);
	}
	closedir(d);
}

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_line_width(const char *top, const char *file)
{
	int lineno = 1, col = 0, widest = 0, at = 0, c;
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", top, file);
	f = fopen(path, "r");
	if (!f) {
		CHECK(f, "%s: cannot read it", path);
		return;
	}
	while ((c = getc(f)) != EOF) {
		if (c == '\n') {
			lineno++;
			col = 0;
			continue;
		}
		col = c == '\t' ? (col / 8 + 1) * 8 : col + 1;
		if (col > widest) {
			widest = col;
			at = lineno;
		}
	}
	fclose(f);
	CHECK(widest <= 100, "%s: no line over 100 columns (widest %d, line %d)",
	      file, widest, at);
}

static void test_line_widths(void)
{
	const char *top = getenv("srcdir");
	struct src_list l = { 0 };
	bool table = false;
	size_t i;

	if (!top)
		top = ".";
	src_walk(&l, top, "src");
	src_walk(&l, top, "tools");
	qsort(l.path, l.n, sizeof(*l.path), path_cmp);
	for (i = 0; i < l.n; i++) {
		table |= !strcmp(l.path[i], "src/lib/columns/field_table.c");
		test_line_width(top, l.path[i]);
		free(l.path[i]);
	}
	free(l.path);
	CHECK(table && l.n > 50, "the walk found the sources (%zu files)", l.n);
}

static struct ps ps;

static const char *build(const char *spec, enum sf_kind kind)
{
	const char *err;

	ps.prog = "ps";
	ps_defaults(&ps);
	if ((err = ps_defer_sf(&ps, spec, kind)))
		return err;
	ps.thread_flags = TF_show_proc;
	return ps_build_lists(&ps);
}

/* "NAME:width NAME:width ..." of the built columns */
static const char *shape(void)
{
	static char buf[1024];
	const struct col *c;
	size_t n = 0;

	buf[0] = '\0';
	for (c = ps.cols; c; c = c->next)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%s:%d", n ? " " : "",
			      c->name, c->width);
	return buf;
}

/* procps_pid_length(): pid_max's digits, from 4.0.7 those of pid_max - 1 */
static void test_pid_width(void)
{
	static const struct { const char *text; int until_406, from_407; } t[] = {
		{ "32768\n", 5, 5 }, { "4194304\n", 7, 7 }, { "1000\n", 4, 3 },
		{ "99999\n", 5, 5 }, { "100000\n", 6, 5 }, { "100001\n", 6, 6 },
		{ "10", 2, 1 }, { "", 5, 5 }, { "x\n", 5, 5 }, { "0\n", 1, 5 },
	};
	unsigned i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		int len = (int)strcspn(t[i].text, "\n");
		int old = sys_pid_width_of(t[i].text, false);
		int new = sys_pid_width_of(t[i].text, true);

		CHECK(old == t[i].until_406 && new == t[i].from_407,
		      "pid_max \"%.*s\": %d wide until 4.0.6 (got %d), %d from 4.0.7 (got %d)",
		      len, t[i].text, t[i].until_406, old, t[i].from_407, new);
	}
}

static void test_o(void)
{
	char want[128];
	int w = sys_pid_width(procps->pid_width_below_max), pw = w > 3 ? w : 3;

	CHECK(build("pid,ppid", SF_U_o) == NULL, "pid,ppid parses");
	snprintf(want, sizeof(want), "PID:%d PPID:%d", pw, pw > 4 ? pw : 4);
	CHECK_STR(shape(), want, "pid widths follow pid_max");
	CHECK(build("user=MYUSERNAMEHEADER,comm:30", SF_U_o) == NULL, "header and width");
	CHECK_STR(shape(), "MYUSERNAMEHEADER:16 COMMAND:30", "header widens, :N sets");
	CHECK(build("pid comm\targs", SF_U_o) == NULL, "blank and tab separators");
	CHECK_STR(build("comm,args=A B C", SF_U_o),
		  "unknown user-defined format specifier \"B\"",
		  "blanks split a header too, as procps");
	CHECK(build("comm,args=A:B", SF_U_o) == NULL, "a colon inside a header is text");
	CHECK_STR(shape(), "COMMAND:15 A:B:27", "the header of the last item");
	CHECK(build("pid,", SF_U_o) == NULL, "one trailing comma is allowed");
	CHECK_STR(build("pid,,comm", SF_U_o), "improper format list", "double comma");
	CHECK_STR(build("", SF_U_o), "improper format list", "empty list");
	CHECK_STR(build("pid,nosuch", SF_U_o),
		  "unknown user-defined format specifier \"nosuch\"", "unknown name");
	CHECK_STR(build("pid:0", SF_U_o),
		  "column widths must be unsigned decimal numbers", "zero width");
	CHECK_STR(build("pid:x", SF_U_o),
		  "column widths must be unsigned decimal numbers", "letter width");
	CHECK_STR(build("DefBSD:9", SF_U_o),
		  "can not set width for a macro (multi-column) format specifier",
		  "macro width");
	CHECK(build("DefSysV", SF_U_o) == NULL, "macro expands");
	CHECK(!strncmp(shape(), "PID:", 4) && strstr(shape(), "CMD:27"),
	      "macro columns in order: %s", shape());
	CHECK(build("%p %c", SF_U_o) == NULL, "AIX descriptors");
	CHECK(!strncmp(shape(), "PID:", 4) && strstr(shape(), " :1 COMMAND:15 :0"),
	      "AIX text columns, with procps's trailing empty one: %s", shape());
	CHECK_STR(build("%p:%c", SF_U_o), "improper AIX field descriptor",
		  "AIX text must be blanks");
	CHECK_STR(build("%q", SF_U_o), "unknown AIX field descriptor", "AIX unknown");
	CHECK_STR(build("%", SF_U_o), "missing AIX field descriptor", "AIX missing");
}

static void test_sort(void)
{
	CHECK(build("-rss,pid", SF_G_sort) == NULL, "long sort list");
	CHECK(ps.sort && ps.sort->key == SK_ID_TGID && ps.sort->order == 1 &&
	      ps.sort->next && ps.sort->next->key == SK_VM_RSS &&
	      ps.sort->next->order == -1, "applied least significant first");
	CHECK_STR(build("rss,nosuch", SF_G_sort), "unknown sort specifier", "unknown key");
	CHECK_STR(build("", SF_G_sort), "improper sort list", "empty sort");
	CHECK(build("-pr", SF_B_O) == NULL, "BSD O as a sort order");
	CHECK(ps.sort && ps.sort->key == SK_VM_RSS && ps.sort->order == 0 &&
	      ps.sort->next->key == SK_ID_TGID && ps.sort->next->order == -1,
	      "a key after the first without a sign has order 0, as procps");
	CHECK(build("ppid", SF_B_O) == NULL, "BSD O falls back to a format");
	CHECK(strstr(shape(), "PPID:") && !strncmp(shape(), "PID:", 4),
	      "O wraps the format: %s", shape());
}

int main(void)
{
	test_table();
	test_line_widths();
	test_pid_width();
	test_o();
	test_sort();
	return check_done();
}
