/*
 * output.c - laying out rows: widths, padding, overflow, headers.
 *
 * A value wider than its column pushes the rest of the line right, and
 * later right-aligned columns give back that space from their padding
 * ("correct" is where the line should be, "actual" where it is).  The
 * last column of text may run to the end of the line.  This is the
 * procps layout, reproduced so output is byte-identical.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/record/versions.h"
#include "xalloc.h"
#include "ps/ps.h"

#define SPACE_AMOUNT 144

static char *outbuf;		/* SPACE_AMOUNT blanks precede it */

/* widen the line to a multiple of the screen width that fits the columns */
static void header_width(struct out *o)
{
	const struct ps *ps = o->ps;
	const struct col *c;
	unsigned total = 0, sigs = 0, i;
	int was_normal = 0;

	for (c = ps->cols; c; c = c->next) {
		switch (c->align) {
		case AL_TEXT:
			total += c->width;
			was_normal = 0;
			continue;
		case AL_SIGNAL:
			sigs++;
			total += c->width;
			break;
		case AL_UNLIMITED:
			total += c->next ? c->width : 3;
			break;
		default:
			total += c->width;
			break;
		}
		total += was_normal;
		was_normal = 1;
	}
	for (i = 1; ; i++) {
		o->active_cols = ps->screen_cols * i;
		if (o->active_cols >= total)
			break;
		if (ps->screen_cols * i >= OUTBUF_SIZE / 2)
			break;
	}
	o->pc.wide_signals = total + sigs * 7 <= o->active_cols;
}

/* decide whether and how often headers appear; false: never */
static bool header_wanted(struct out *o)
{
	const struct ps *ps = o->ps;
	const struct col *c;

	if (ps->json) {
		o->pc.lines_to_next_header = -1;
		return false;
	}
	if (ps->header_type == HEAD_MULTI) {
		o->header_gap = ps->screen_rows - 1;
		return true;
	}
	if (ps->header_type == HEAD_NONE) {
		o->pc.lines_to_next_header = -1;
		return false;
	}
	for (c = ps->cols; c; c = c->next)
		if (*c->name && c->f)
			return true;
	/* every header empty: no header line, as Unix does */
	o->pc.lines_to_next_header = -1;
	return false;
}

bool out_init(struct out *o, const struct ps *ps)
{
	static char *space;

	*o = (struct out){
		.ps = ps,
		.pc = { .opt = &ps->opt, .lines_to_next_header = 1 },
		.header_gap = -1,
	};

	if (!space) {
		space = xmalloc(SPACE_AMOUNT + OUTBUF_SIZE + 1);
		outbuf = space + SPACE_AMOUNT;
	}
	/* --delimiter: one delimiter between columns, no padding */
	memset(space, ps->delimiter ? ps->delimiter : ' ', SPACE_AMOUNT);
	header_width(o);
	return header_wanted(o);
}

/*
 * A system file a column needs is missing: procps stops in the middle of
 * the line with a message, status 1, and what it printed so far flushed.
 */
_Noreturn void out_missing_fatal(int code)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s\n", procps->errx_short_name ?
		program_invocation_short_name : program_invocation_name,
		field_missing_text(code));
	exit(EXIT_FAILURE);
}

/* true when this column prints nothing but "-" on this kind of line */
bool out_suppressed(const struct ps *ps, const struct col *c,
		       bool task_line)
{
	if (!(ps->thread_flags & TF_show_both) || !c->f)
		return false;
	if (c->when == W_THREAD)
		return !task_line;
	if (c->when == W_PROC)
		return task_line;
	return false;
}

static int fill(struct out *o, const struct col *c, const struct task *t,
		bool task_line)
{
	int n;

	if (!t || !c->f)
		n = snprintf(outbuf, OUTBUF_SIZE, "%s", c->name);
	else if (!c->f->print || out_suppressed(o->ps, c, task_line))
		n = field_print_nop(outbuf, t, &o->pc);
	else
		n = c->f->print(outbuf, t, &o->pc);
	if (n == FIELD_AS_BEFORE)	/* the previous column's text, no width */
		n = 0;
	else if (field_missing_text(n))
		out_missing_fatal(n);
	else if (n < 0)
		outbuf[n = 0] = '\0';
	else if (n >= OUTBUF_SIZE)
		outbuf[n = OUTBUF_SIZE - 1] = '\0';
	return n;
}

static int left_pad(const struct out *o, const struct col *c, int amount,
		    unsigned room, int *legit)
{
	int pad = 0;

	switch (c->align) {
	case AL_RIGHT:
		pad = c->width - amount;
		break;
	case AL_SIGNAL:
		if (o->pc.wide_signals) {
			pad = 16 - amount;
			*legit = 7;
		} else {
			pad = 9 - amount;
		}
		break;
	case AL_USER:
		pad = o->ps->opt.user_is_number ? c->width - amount : 0;
		break;
	case AL_WCHAN:
		if (o->ps->wchan_is_number) {
			pad = c->width - amount;
			break;
		}
		/* fall through */
	case AL_UNLIMITED:
		if (room < 1)		/* unsigned: exactly no room */
			outbuf[1] = '\0';	/* keep one character */
		break;
	default:
		break;
	}
	return pad < 0 ? 0 : pad;
}

/*
 * Line positions wrap around like procps's (built with gcc, where int
 * arithmetic wraps) instead of overflowing: widths given with -o x:N can
 * add up past INT_MAX.
 */
static int wrap(long long v)
{
	return (int)(unsigned)v;
}

static void row(struct out *o, const struct task *t, bool task_line)
{
	const struct col *c = o->ps->cols;
	int correct = 0, actual = 0, dospace = 0, tmpspace, amount, space;
	int legit, sz;
	unsigned rightward;

	/* procps warns on every line, header or row, of a too wide screen */
	if (o->active_cols > OUTBUF_SIZE)
		fputs("fix bigness error\n", stderr);
	for (; c; c = c->next) {
		legit = 0;
		if (c->next) {
			rightward = c->width;
			tmpspace = 0;
		} else {
			tmpspace = wrap((long long)correct - actual);
			if (tmpspace < 1) {
				tmpspace = dospace;
				rightward = o->active_cols - actual - tmpspace;
			} else {
				rightward = o->active_cols -
					(correct > actual ? correct : actual);
			}
		}
		/* a wrapped-around (past the line) value means the whole buffer */
		if (rightward >= OUTBUF_SIZE)
			rightward = OUTBUF_SIZE - 1;
		o->pc.max_rightward = (int)rightward;

		amount = fill(o, c, t, task_line);
		space = wrap((long long)correct - actual +
			left_pad(o, c, amount, o->active_cols - actual - tmpspace,
				 &legit));
		if (space < 1 || o->ps->delimiter)
			space = dospace;
		if (space > SPACE_AMOUNT)
			space = SPACE_AMOUNT;
		outbuf[OUTBUF_SIZE - 1] = '\0';
		sz = strlen(outbuf);
		/* only this thread writes stdout (the sources' threads read) */
		if (!c->next) {
			outbuf[sz] = '\n';
			fwrite_unlocked(outbuf - space, space + sz + 1, 1, stdout);
			break;
		}
		fwrite_unlocked(outbuf - space, space + sz, 1, stdout);
		actual = wrap((long long)actual + space + amount);
		correct = wrap((long long)correct + c->width + legit);
		if (c->f && c->next->f) {
			correct = wrap((long long)correct + 1);
			dospace = 1;
		} else {
			dospace = 0;
		}
	}
}

void out_header(struct out *o)
{
	row(o, NULL, false);
}

/*
 * procps 4.0.2's thread rows under m and -m leave some values unread, and
 * print them as zero: priority, scheduling policy (so TS), real-time
 * priority, OOM score, I/O counters, wait channel (empty).
 */
static const struct task *thread_row(const struct out *o, const struct task *t,
				     bool task_line)
{
	static struct task z;

	if (!task_line || procps->thread_rows_filled ||
	    !(o->ps->thread_flags & TF_show_both))
		return t;
	z = *t;
	z.priority = 0;
	z.policy = 0;
	z.rtprio = 0;
	z.oom_score = 0;
	z.rchar = z.wchar = z.syscr = z.syscw = 0;
	z.read_bytes = z.write_bytes = z.cancelled_write_bytes = 0;
	z.wchan = 0;
	z.wchan_name.s = "";
	z.wchan_name.len = 0;
	return &z;
}

void out_row(struct out *o, const struct task *t, bool task_line,
	     const char *forest_prefix)
{
	t = thread_row(o, t, task_line);
	if (!--o->pc.lines_to_next_header) {
		o->pc.lines_to_next_header = o->header_gap;
		row(o, NULL, false);
	}
	o->pc.forest_prefix = forest_prefix;
	if (o->ps->json)
		json_row(o, outbuf, t, task_line);
	else
		row(o, t, task_line);
}

void out_nothing(struct out *o)
{
	if (!--o->pc.lines_to_next_header)
		out_header(o);
}
