/*
 * fuzz_procparse.c - libFuzzer target for the /proc text parsers and the
 * column printers on whatever record they produce.
 *
 * The input is a sequence of parts separated by FUZZ_SEP ("\n~~\n"), in
 * this order: stat, status, io, smaps_rollup, autogroup, wchan, cmdline,
 * environ, cgroup, exe, attr/current, and a last part of control bytes
 * (tgid, tid, thread flags and the printer context).  Missing parts are
 * empty.  Each part is copied to a heap block of exactly its size plus
 * the terminating NUL the readers add, so ASan sees any read past it.
 * Then every printer of the field table runs on the record into an
 * OUTBUF_SIZE heap block (without a NUL before it starts), and must
 * leave a NUL-terminated result there (or write nothing at all and say
 * FIELD_AS_BEFORE); every sort key is computed and compared
 * with itself; the command and name texts pstree uses are built.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/columns/escape.h"
#include "lib/columns/fields.h"
#include "lib/proc/proc_parse.h"
#include "lib/record/task.h"

#define FUZZ_SEP "\n~~\n"
#define NPARTS 12

enum { P_STAT, P_STATUS, P_IO, P_SMAPS, P_AUTOGROUP, P_WCHAN, P_CMDLINE,
       P_ENVIRON, P_CGROUP, P_EXE, P_SECCTX, P_CTL };

struct part {
	char *s;
	size_t len;
};

static void split(const uint8_t *data, size_t size, struct part *parts)
{
	const char *p = (const char *)data, *end = p + size, *q;
	size_t sep = strlen(FUZZ_SEP);
	int i;

	for (i = 0; i < NPARTS; i++) {
		size_t n = 0;

		if (p <= end) {
			q = i < NPARTS - 1 ? memmem(p, end - p, FUZZ_SEP, sep) : NULL;
			n = q ? (size_t)(q - p) : (size_t)(end - p);
		}
		parts[i].s = malloc(n + 1);
		if (parts[i].s) {
			if (n)
				memcpy(parts[i].s, p, n);
			parts[i].s[n] = '\0';
		}
		parts[i].len = parts[i].s ? n : 0;
		p += n + sep;
	}
}

/* a record string as a source makes it: NUL-terminated at len */
static void set_str(struct tstr *dst, const struct part *p, struct arena *a)
{
	size_t n = p->len < TASK_STR_MAX ? p->len : TASK_STR_MAX;
	const char *s = p->s ? arena_strndup(a, p->s, n) : NULL;

	dst->s = s ? s : "";
	dst->len = s ? n : 0;
}

static unsigned ctl_byte(const struct part *ctl, size_t i)
{
	return i < ctl->len ? (unsigned char)ctl->s[i] : 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	esc_init();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *out;
	static const char *const prefixes[] = { "", "|", " L", "| +|L" };
	struct part parts[NPARTS];
	struct arena a;
	struct task t;
	struct print_opts o;
	struct pctx c;
	struct sort_value v1, v2;
	unsigned i, k, flags;
	char text[256];
	int n;

	if (!out && !(out = malloc(OUTBUF_SIZE)))
		return 0;
	split(data, size, parts);
	arena_init(&a);
	task_init(&t, 1 + (ctl_byte(&parts[P_CTL], 0) | ctl_byte(&parts[P_CTL], 1) << 8),
		  1 + ctl_byte(&parts[P_CTL], 2));
	flags = ctl_byte(&parts[P_CTL], 3);
	t.is_thread = flags & 1;
	t.nonleader = (flags >> 1) & 1;

	if (parts[P_STAT].s)
		proc_parse_stat(parts[P_STAT].s, &t);
	if (parts[P_STATUS].s)
		proc_parse_status(parts[P_STATUS].s, &t,
				  TG_BIT(TG_CRED) | TG_BIT(TG_STATM) |
				  TG_BIT(TG_SIGNAL) | TG_BIT(TG_GROUPS), &a);
	if (parts[P_IO].s)
		proc_parse_io(parts[P_IO].s, &t);
	if (parts[P_SMAPS].s)
		proc_parse_smaps_rollup(parts[P_SMAPS].s, &t);
	if (parts[P_AUTOGROUP].s)
		proc_parse_autogroup(parts[P_AUTOGROUP].s, &t);
	if (parts[P_WCHAN].s)
		proc_parse_wchan(parts[P_WCHAN].s, parts[P_WCHAN].len, &t, &a);
	if (memchr(t.comm, '\0', sizeof(t.comm)) == NULL)
		abort();
	set_str(&t.cmdline, &parts[P_CMDLINE], &a);
	set_str(&t.environ, &parts[P_ENVIRON], &a);
	set_str(&t.cgroup, &parts[P_CGROUP], &a);
	set_str(&t.exe, &parts[P_EXE], &a);
	set_str(&t.secctx, &parts[P_SECCTX], &a);
	t.have = TG_ALL;

	memset(&o, 0, sizeof(o));
	memset(&c, 0, sizeof(c));
	c.opt = &o;
	c.max_rightward = (ctl_byte(&parts[P_CTL], 4) | ctl_byte(&parts[P_CTL], 5) << 8 |
			   ctl_byte(&parts[P_CTL], 6) << 16) % OUTBUF_SIZE;
	flags = ctl_byte(&parts[P_CTL], 7);
	o.unix_f = flags & 1;
	o.bsd_c = flags & 2;
	o.bsd_e = flags & 4;
	o.dead_children = flags & 8;
	o.user_is_number = flags & 16;
	c.wide_signals = flags & 32;
	o.forest_type = "\0bgu"[(flags >> 6) & 3];
	c.forest_prefix = prefixes[ctl_byte(&parts[P_CTL], 8) & 3];
	c.lines_to_next_header = (int)ctl_byte(&parts[P_CTL], 9) - 128;

	/* no NUL anywhere at first; later only what a printer wrote is reset */
	memset(out, 0xa5, OUTBUF_SIZE);
	for (i = 0; i < nfield_defs; i++) {
		if (!field_defs[i].print)
			continue;
		n = field_defs[i].print(out, &t, &c);
		if (n == FIELD_AS_BEFORE || field_missing_text(n)) {
			/* must not have written */
			if ((unsigned char)out[0] != 0xa5)
				abort();
			continue;
		}
		if (n < 0 || n >= OUTBUF_SIZE || !memchr(out, '\0', OUTBUF_SIZE)) {
			fprintf(stderr, "printer of %s returned %d%s\n", field_defs[i].name,
				n, memchr(out, '\0', OUTBUF_SIZE) ? "" : ", no NUL");
			abort();
		}
		memset(out, 0xa5, strlen(out) + 1);
	}
	for (k = SK_NOOP + 1; k < SK_COUNT; k++) {
		enum sort_type ty = sort_key_type(k);

		if (ty == SORT_T_NONE)
			continue;
		sort_key_value(k, &t, &v1, &a);
		sort_key_value(k, &t, &v2, &a);
		if (ty != SORT_T_REAL && sort_value_cmp(ty, &v1, &v2) != 0)
			abort();
	}
	if (field_cmdline_text(&t, text, sizeof(text)) >= sizeof(text) ||
	    field_comm_text(&t, text, sizeof(text)) >= sizeof(text))
		abort();

	arena_free(&a);
	for (i = 0; i < NPARTS; i++)
		free(parts[i].s);
	return 0;
}
