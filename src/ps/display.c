/*
 * display.c - tdps main: read the tasks, select, sort, draw the forest,
 * print.
 *
 * Without sorting or a forest, rows are printed as the source produces
 * them.  Otherwise selected records are copied, sorted with successive
 * stable sorts (one per key, least significant first, as procps does),
 * and the forest is drawn with index maps so it stays linear.
 */
#include <errno.h>
#include <error.h>
#include <stdio_ext.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "front.h"
#include "lib/escape.h"
#include "lib/idmap.h"
#include "lib/sys.h"
#include "ps/ps.h"

struct run {
	struct ps *ps;
	struct source src;
	struct arena keep;		/* copies of records we hold on to */
	struct task **tasks;
	size_t n, cap;
	bool printed;
};

/* ---- holding records ---- */

static int collect(const struct task *t, void *arg)
{
	struct run *r = arg;

	return task_append_copy(&r->tasks, &r->n, &r->cap, &r->keep, t);
}

/* ---- sorting ---- */

struct sort_ctx {
	struct sort_value *vals;
	enum sort_type type;
	int order;
};

/* procps's comparators, including how they treat a key with order 0 */
static int key_cmp(const struct sort_ctx *c, size_t a, size_t b)
{
	int r = sort_value_cmp(c->type, &c->vals[a], &c->vals[b]);

	if (c->type == ST_UINT || c->type == ST_REAL)
		return c->order > 0 ? r : -r;
	return c->order * r;
}

/* stable merge sort of an index array */
static void merge_sort(size_t *idx, size_t *tmp, size_t n,
		       const struct sort_ctx *c)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;

	if (n < 2)
		return;
	merge_sort(idx, tmp, mid, c);
	merge_sort(idx + mid, tmp, n - mid, c);
	while (i < mid && j < n)
		tmp[k++] = key_cmp(c, idx[j], idx[i]) < 0 ? idx[j++] : idx[i++];
	while (i < mid)
		tmp[k++] = idx[i++];
	while (j < n)
		tmp[k++] = idx[j++];
	memcpy(idx, tmp, n * sizeof(*idx));
}

static void sort_by(struct run *r, enum sort_key key, int order)
{
	struct sort_ctx c = { .type = sort_key_type(key), .order = order };
	struct arena a;
	size_t *idx, *tmp, i;
	struct task **sorted;

	if (c.type == ST_NONE || r->n < 2)
		return;
	arena_init(&a);
	c.vals = malloc(r->n * sizeof(*c.vals));
	idx = malloc(r->n * sizeof(*idx));
	tmp = malloc(r->n * sizeof(*tmp));
	sorted = malloc(r->n * sizeof(*sorted));
	if (!c.vals || !idx || !tmp || !sorted) {
		perror("malloc");
		exit(EXIT_FAILURE);
	}
	for (i = 0; i < r->n; i++) {
		sort_key_value(key, r->tasks[i], &r->ps->pc, &c.vals[i], &a);
		idx[i] = i;
	}
	merge_sort(idx, tmp, r->n, &c);
	for (i = 0; i < r->n; i++)
		sorted[i] = r->tasks[idx[i]];
	memcpy(r->tasks, sorted, r->n * sizeof(*sorted));
	free(sorted);
	free(tmp);
	free(idx);
	free(c.vals);
	arena_free(&a);
}

/*
 * procps sorts by a key only when some column, some sort key's printer or
 * its own fixed list (BASE in sort_items.h) asked its library for that
 * item; otherwise the sort silently does nothing.
 */
static bool key_registered(const struct ps *ps, enum sort_key key)
{
	const struct col *c;
	const struct sortkey *k;
	const unsigned char *r;

	if (sort_key_base(key))
		return true;
	for (c = ps->cols; c; c = c->next)
		for (r = c->f ? c->f->regs : (const unsigned char *)""; *r; r++)
			if (*r == key)
				return true;
	for (k = ps->sort; k; k = k->next)
		for (r = k->f->regs; *r; r++)
			if (*r == key)
				return true;
	return false;
}

/* ---- forest ---- */

static void idmap_need(struct idmap *m, size_t n)
{
	if (idmap_init(m, n) < 0) {
		perror("malloc");
		exit(EXIT_FAILURE);
	}
}

static void idmap_add(struct idmap *m, int key, size_t val)
{
	if (idmap_add_first(m, key, val) < 0) {
		perror("malloc");
		exit(EXIT_FAILURE);
	}
}

struct frame {
	size_t self;		/* the record this frame shows */
	size_t next;		/* its next child to show */
	int level;
	bool children;		/* more children to show */
};

/* print one node with its tree marker; returns the level its children use */
static void show_node(struct run *r, char *prefix, size_t i, int level,
		      bool sibling)
{
	if (level)
		prefix[level - 1] = sibling ? '+' : 'L';
	prefix[level] = '\0';
	r->ps->pc.forest_prefix = prefix;
	out_row(r->ps, r->tasks[i], false);
	/* what the node's own children see of this level */
	if (level)
		prefix[level - 1] = sibling ? '|' : ' ';
	prefix[level] = '\0';
}

/*
 * procps's tree walk: a node's children are the run of records, starting
 * at the first whose ppid is the node's pid, that keep that ppid.  Children
 * of pid 1 stay at its level (except for -H).  Done with an explicit stack
 * so deep chains cannot overflow ours.
 */
static void show_tree(struct run *r, const struct idmap *first_child,
		      char *prefix, size_t prefix_max, size_t root)
{
	struct task **t = r->tasks;
	size_t depth = 0, cap = 64, i;
	struct frame *stack, *f;
	int level;
	bool more;

	stack = malloc(cap * sizeof(*stack));
	if (!stack)
		return;
	show_node(r, prefix, root, 0, false);
	stack[0] = (struct frame){ root, 0, 0, false };
	stack[0].children = idmap_get(first_child, t[root]->tid, &stack[0].next);
	for (;;) {
		f = &stack[depth];
		if (!f->children) {
			prefix[f->level] = '\0';
			if (depth-- == 0)
				break;
			continue;
		}
		i = f->next++;
		more = f->next < r->n && t[f->next]->ppid == t[f->self]->tid;
		f->children = more;
		level = f->level;
		if (!(t[f->self]->tid == 1 && r->ps->forest_type != 'u') &&
		    (size_t)level + 1 < prefix_max)
			level++;
		show_node(r, prefix, i, level, more);
		if (depth + 1 == cap) {
			struct frame *ns = realloc(stack, 2 * cap * sizeof(*stack));

			if (!ns)
				break;
			stack = ns;
			cap *= 2;
		}
		f = &stack[++depth];
		*f = (struct frame){ i, 0, level, false };
		f->children = idmap_get(first_child, t[i]->tid, &f->next);
	}
	free(stack);
}

static void show_forest(struct run *r)
{
	struct idmap pids, first_child;
	size_t i, dummy, prefix_max = 4 * 32 * 1024 + 100;
	char *prefix = malloc(prefix_max);

	if (!prefix)
		return;
	idmap_need(&pids, r->n);
	idmap_need(&first_child, r->n);
	for (i = 0; i < r->n; i++) {
		idmap_add(&pids, r->tasks[i]->tid, i);
		idmap_add(&first_child, r->tasks[i]->ppid, i);
	}
	/* roots are records whose parent is not listed, last first */
	for (i = r->n; i--; ) {
		if (idmap_get(&pids, r->tasks[i]->ppid, &dummy))
			continue;
		show_tree(r, &first_child, prefix, prefix_max, i);
	}
	idmap_free(&pids);
	idmap_free(&first_child);
	free(prefix);
}
/* ---- the run ---- */

static uint64_t wanted_groups(const struct ps *ps)
{
	uint64_t g = TG_BIT(TG_MSG) | ps_select_groups(ps);
	const struct col *c;
	const struct sortkey *k;

	for (c = ps->cols; c; c = c->next)
		if (c->f)
			g |= field_groups(c->f, &ps->pc);
	for (k = ps->sort; k; k = k->next)
		g |= sort_key_groups(k->key, &ps->pc);
	if (ps->forest_type || (ps->thread_flags & TF_show_both))
		g |= TG_BIT(TG_STAT);
	return g;
}

static void emit_row(struct run *r, const struct task *t, bool task_line)
{
	r->printed = true;
	out_row(r->ps, t, task_line);
}

static int print_selected(const struct task *t, void *arg)
{
	struct run *r = arg;

	if (ps_want_task(r->ps, t))
		emit_row(r, t, (r->ps->thread_flags & TF_show_task) != 0);
	return 0;
}

static int want_filter(const struct task *t, void *arg)
{
	return ps_want_task(arg, t);
}

static void scan(struct run *r, struct scan_request *req, task_cb cb)
{
	int rc = source_scan(&r->src, req, cb, r);

	if (rc < 0 && rc != -EPIPE) {
		fprintf(stderr, "%s: reading processes: %s\n", r->ps->prog,
			strerror(-rc));
		exit(EXIT_FAILURE);
	}
}

static struct selection *quick_list(const struct ps *ps)
{
	return ps->sel && ps->sel->type == SEL_PID_QUICK ? ps->sel : NULL;
}

/* ps m / -m: each process line followed by its thread lines */
static void show_threads_after(struct run *r)
{
	size_t i = 0, j;

	sort_by(r, SK_TICS_BEGAN, 1);
	sort_by(r, SK_ID_TGID, 1);
	while (i < r->n) {
		if (!ps_want_task(r->ps, r->tasks[i])) {
			i++;
			continue;
		}
		emit_row(r, r->tasks[i], false);
		for (j = i; j < r->n && r->tasks[j]->tgid == r->tasks[i]->tgid; j++)
			emit_row(r, r->tasks[j], true);
		i = j;
	}
}

/* no sorting, no forest */
static void simple_spew(struct run *r, struct scan_request *req)
{
	struct ps *ps = r->ps;
	struct selection *q = quick_list(ps);
	int *pids = NULL;
	int k;

	req->threads = (ps->thread_flags & (TF_loose_tasks | TF_show_task)) != 0;
	if (q) {
		pids = malloc(q->n * sizeof(*pids));
		if (!pids)
			exit(EXIT_FAILURE);
		for (k = 0; k < q->n; k++)
			pids[k] = q->v[k].pid;
		req->scope = SCAN_PIDS;
		req->pids = pids;
		req->npids = q->n;
	}
	if ((ps->thread_flags & (TF_show_proc | TF_loose_tasks | TF_show_task)) ==
	    (TF_show_proc | TF_show_task)) {
		req->threads = true;
		scan(r, req, collect);
		show_threads_after(r);
	} else {
		req->filter = want_filter;
		req->filter_arg = ps;
		req->filter_want = ps_select_groups(ps);
		scan(r, req, print_selected);
	}
	free(pids);
}

static int collect_selected(const struct task *t, void *arg)
{
	struct run *r = arg;

	return ps_want_task(r->ps, t) ? collect(t, arg) : 0;
}

/* sorted or forest */
static void fancy_spew(struct run *r, struct scan_request *req)
{
	struct ps *ps = r->ps;
	const struct sortkey *k;
	size_t i;

	req->threads = (ps->thread_flags & TF_loose_tasks) != 0;
	req->filter = want_filter;
	req->filter_arg = ps;
	req->filter_want = ps_select_groups(ps);
	scan(r, req, collect_selected);
	if (!r->n)
		return;
	if (ps->forest_type) {
		/* by parent, and by start time among siblings */
		if (!ps->sort)
			sort_by(r, SK_TICS_BEGAN, 1), sort_by(r, SK_ID_PPID, 1);
		else
			sort_by(r, SK_TICS_BEGAN, 1);
	}
	for (k = ps->sort; k; k = k->next)
		if (key_registered(ps, k->key))
			sort_by(r, k->key, k->order);
	if (ps->forest_type) {
		show_forest(r);
		r->printed = true;
		return;
	}
	for (i = 0; i < r->n; i++)
		emit_row(r, r->tasks[i], false);
}

static void check_conflicts(const struct ps *ps)
{
	const struct selection *s;
	int quick = 0, len = 0;

	for (s = ps->sel; s; s = s->next, len++)
		quick += s->type == SEL_PID_QUICK;
	if (quick > 1) {
		fprintf(stderr, "q/-q/--quick-pid can only be used once.\n");
		exit(1);
	}
	if (quick && len > quick) {
		fprintf(stderr, "q/-q/--quick-pid cannot be combined with other selection options.\n");
		exit(1);
	}
	if (quick && ps->forest_type) {
		fprintf(stderr, "q/-q/--quick-pid cannot be used together with forest type listings.\n");
		exit(1);
	}
	if (quick && ps->sort) {
		fprintf(stderr, "q/-q,--quick-pid cannot be used together with sort options.\n");
		exit(1);
	}
	if (quick && ps->negate) {
		fprintf(stderr, "q/-q/--quick-pid cannot be used together with negation switches.\n");
		exit(1);
	}
}

/* "ps | head": a closed pipe ends the run quietly, with success */
static void on_sigpipe(int sig)
{
	(void)sig;
	_exit(0);
}

/*
 * procps's close_stream(): false when the stream had failed or does not
 * close, except that closing an already closed descriptor with nothing
 * left to write is fine (ps 2>&-).  errno is 0 when only an earlier
 * write failed and the cause is gone, as procps reports it.
 */
static bool close_stream(FILE *f)
{
	bool pending = __fpending(f) != 0;
	bool failed = ferror(f) != 0;
	bool close_failed = fclose(f) != 0;

	if (failed || (close_failed && (pending || errno != EBADF))) {
		if (!close_failed && errno != EPIPE)
			errno = 0;
		return false;
	}
	return true;
}

/* report output that could not be written, as procps's close_stdout() */
static void close_stdout(void)
{
	if (!close_stream(stdout) && errno != EPIPE) {
		error(0, errno, "write error");
		_exit(EXIT_FAILURE);
	}
	if (!close_stream(stderr))
		_exit(EXIT_FAILURE);
}

int main(int argc, char **argv)
{
	static struct ps ps;
	struct run r = { .ps = &ps };
	struct scan_request req = { 0 };
	const char *slash = strrchr(argv[0], '/');

	sys_big_arrays();
	ps.prog = slash ? slash + 1 : argv[0];
	setlocale(LC_ALL, "");
	setenv("TZ", ":/etc/localtime", 0);
	signal(SIGPIPE, on_sigpipe);
	sys_big_stdout();
	atexit(close_stdout);
	esc_init();
	ps.source = front_source_from_env();
	sys_now();

	ps_defaults(&ps);
	ps_parse_args(&ps, argc, argv);
	check_conflicts(&ps);
	ps.pc.forest_type = ps.forest_type;
	out_init(&ps);
	out_header_wanted(&ps);

	req.want = wanted_groups(&ps);
	front_source_open(&r.src, ps.source, req.want);
	if (ps.info_only) {
		front_source_info(&r.src);
		source_close(&r.src);
		return 0;
	}
	arena_init(&r.keep);
	req.scope = SCAN_ALL;
	if (ps.forest_type || ps.sort)
		fancy_spew(&r, &req);
	else
		simple_spew(&r, &req);
	source_close(&r.src);
	/* r lives on this stack: free what it holds (leak checkers look) */
	free(r.tasks);
	arena_free(&r.keep);

	if (!r.printed) {
		/*
		 * nothing selected: a header if one is due, and failure.  The
		 * header is flushed by close_stdout() at exit, as procps does,
		 * so a write error is reported with its cause.
		 */
		if (!--ps.pc.lines_to_next_header)
			out_header(&ps);
		return 1;
	}
	return 0;
}
