/*
 * main.c - tdps: read the options, open the source, scan, print.
 *
 * Without sorting or a forest, rows are printed as the source produces
 * them.  Otherwise selected records are copied, sorted (order.c) and
 * printed as a list or a forest (forest.c).
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
#include "lib/bpf/bpf_pin.h"
#include "lib/record/versions.h"
#include "lib/columns/escape.h"
#include "lib/system/sys_facts.h"
#include "ps/ps.h"

/* ---- holding records ---- */

static int collect(const struct task *t, void *arg)
{
	struct run *r = arg;

	return task_append_copy(&r->tasks, &r->n, &r->cap, &r->keep, t);
}

/* ---- the run ---- */

static uint64_t wanted_groups(const struct ps *ps)
{
	uint64_t g = TG_BIT(TG_MSG) | ps_select_groups(ps);
	const struct col *c;
	const struct sortkey *k;

	for (c = ps->cols; c; c = c->next)
		if (c->f)
			g |= field_groups(c->f, &ps->opt);
	for (k = ps->sort; k; k = k->next)
		g |= sort_key_groups(k->key, &ps->opt);
	if (ps->forest_type || (ps->thread_flags & TF_show_both))
		g |= TG_BIT(TG_STAT);
	return g;
}

static void emit_row(struct run *r, const struct task *t, bool task_line)
{
	r->printed = true;
	out_row(&r->out, t, task_line, NULL);
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

	front_report_unread(&r->src);
	if (rc < 0 && rc != -EPIPE) {
		fprintf(stderr, "%s: reading processes: %s\n", r->ps->prog,
			r->src.failed);
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

	run_sort(r, SK_TICS_BEGAN, 1);
	run_sort(r, SK_ID_TGID, 1);
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
	const struct ps *ps = r->ps;
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
		req->filter_arg = (void *)ps;
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
	const struct ps *ps = r->ps;
	size_t i;

	req->threads = (ps->thread_flags & TF_loose_tasks) != 0;
	req->filter = want_filter;
	req->filter_arg = (void *)ps;
	req->filter_want = ps_select_groups(ps);
	scan(r, req, collect_selected);
	if (!r->n)
		return;
	if (!ps->forest_type) {
		run_sort_keys(r);
	} else if (!ps->sort) {
		/* by parent, and by start time among siblings */
		run_sort(r, SK_TICS_BEGAN, 1);
		run_sort(r, SK_ID_PPID, 1);
	} else if (procps->forest_sort_last_ppid) {
		/* the keys among siblings: no task is lost */
		run_sort_keys(r);
		run_sort(r, SK_ID_PPID, 1);
	} else {
		/* the keys above all: children may part from parents */
		run_sort(r, SK_TICS_BEGAN, 1);
		run_sort_keys(r);
	}
	if (ps->forest_type) {
		run_forest(r);
		r->printed = true;
		return;
	}
	for (i = 0; i < r->n; i++)
		emit_row(r, r->tasks[i], false);
}

/* --bpf-pin DIR, --bpf-unpin DIR: do it, say how it went; the exit code */
static int pin_action(const struct ps *ps)
{
	bool pin = ps->pin_action == PIN_PIN;
	const char *opt = pin ? "--bpf-pin" : "--bpf-unpin";
	int world = 0, rc;

	rc = pin ? bpf_pin(ps->pin_dir, &front_env.lib, &world)
		 : bpf_unpin(ps->pin_dir);
	if (rc == -EPROTONOSUPPORT) {
		fprintf(stderr, "%s: %s: built without BPF support\n",
			ps->prog, opt);
		return EXIT_FAILURE;
	}
	if (rc < 0) {
		/* a failed load says why in words */
		fprintf(stderr, "%s: %s %s: %s\n", ps->prog, opt, ps->pin_dir,
			pin && *bpf_load_why() ? bpf_load_why() : strerror(-rc));
		return EXIT_FAILURE;
	}
	if (pin && !world)
		fprintf(stderr, "%s: /proc hides other users' processes "
			"(hidepid); the pins in %s are readable by root only\n",
			ps->prog, ps->pin_dir);
	return EXIT_SUCCESS;
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
		fprintf(stderr,
			"q/-q/--quick-pid cannot be combined with other selection options.\n");
		exit(1);
	}
	if (quick && ps->forest_type) {
		fprintf(stderr,
			"q/-q/--quick-pid cannot be used together with forest type listings.\n");
		exit(1);
	}
	if (quick && ps->sort) {
		fprintf(stderr, "q/-q,--quick-pid cannot be used together with sort options.\n");
		exit(1);
	}
	if (quick && ps->negate) {
		fprintf(stderr,
			"q/-q/--quick-pid cannot be used together with negation switches.\n");
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

/*
 * stdout as ps's stdio stream.  Which message close_stdout() prints
 * depends on the state glibc's stream is in at exit: an error seen by an
 * earlier write (a write that fails empties the buffer), bytes still
 * pending, what close() says.  That state follows from the pieces written
 * (tdps writes a row column by column and its lists line by line, as ps
 * does) and from the buffer's size: glibc takes st_blksize of descriptor
 * 1 at the first write when it is below BUFSIZ, else BUFSIZ, and writes a
 * piece that does not fit straight through in whole buffers.  So tdps
 * keeps stdio's own buffer, sized the same way from the same descriptor.
 *
 * A closed stdout: descriptor 1 is held (sys_hold_stdout()) and the
 * buffer is the one ps gets: BUFSIZ (its fstat() fails), or 1 KiB where ps
 * leaves its own /proc directory on descriptor 1 (self_dir_on_stdout;
 * that descriptor also makes the final close() succeed).
 */
static bool stdout_closed;

static void stdout_as_procps(void)
{
	static char buf[BUFSIZ];

	if (stdout_closed)
		setvbuf(stdout, buf, _IOFBF,
			procps->self_dir_on_stdout ? 1024 : BUFSIZ);
}

/* report output that could not be written, as procps's close_stdout() */
static void close_stdout(void)
{
	/* ps's descriptor 1 is free at exit: fclose()'s close() fails */
	if (stdout_closed && !procps->self_dir_on_stdout)
		close(STDOUT_FILENO);
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

	stdout_closed = sys_hold_stdout();
	sys_big_arrays();
	ps.prog = slash ? slash + 1 : argv[0];
	setlocale(LC_ALL, "");
	setenv("TZ", ":/etc/localtime", 0);
	signal(SIGPIPE, on_sigpipe);
	atexit(close_stdout);
	esc_init();
	front_env_read();
	front_procps_from_env();
	stdout_as_procps();
	ps.source = front_source_from_env();
	sys_now();

	ps_defaults(&ps);
	ps_parse_args(&ps, argc, argv);
	if (ps.pin_action != PIN_NONE)
		return pin_action(&ps);
	check_conflicts(&ps);
	out_init(&r.out, &ps);

	req.want = wanted_groups(&ps);
	req.leader_row_own = procps->leader_row_own;
	front_source_open(&r.src, ps.source, req.want,
			  (ps.thread_flags & (TF_loose_tasks | TF_show_task)) != 0);
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
		out_nothing(&r.out);
		return 1;
	}
	return 0;
}
