/*
 * json.c - --json: one JSON object per row, for pipelines (a tdps
 * extension; procps has no such output).
 *
 * Each row is one line holding an object keyed by the column's specifier
 * ("pid", "%cpu", "args"; a column named twice gets "#2", "#3"), in the
 * order of the columns.  A value is what the column prints, unpadded and
 * uncut: JSON's null where ps prints "-" or nothing, a number where the text is a
 * JSON number ("1234", "0.5"; not "00:01:02" or a hex mask with leading
 * zeros), else a string.  Strings are valid UTF-8 with every control
 * character escaped; a byte that is not part of valid UTF-8 becomes the
 * code point of the same value (\u0080-\u00ff), so nothing raw reaches
 * the terminal or the next program.  No header, no forest art.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "ps/ps.h"

/* is @s a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)? */
static bool json_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s == '0')
		s++;
	else if (*s >= '1' && *s <= '9')
		while (*s >= '0' && *s <= '9')
			s++;
	else
		return false;
	if (*s == '.') {
		if (!(*++s >= '0' && *s <= '9'))
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return !*s;
}

/* the length of the valid UTF-8 character at s, or 0 */
static int utf8_len(const unsigned char *s)
{
	int n, i;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates and what lies past U+10FFFF */
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

static void json_string(FILE *out, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	int n;

	putc('"', out);
	while (*s) {
		if (*s == '"' || *s == '\\') {
			fprintf(out, "\\%c", *s++);
		} else if (*s < 0x20 || *s == 0x7f) {
			fprintf(out, "\\u%04x", *s++);
		} else if ((n = utf8_len(s)) > 0) {
			fwrite(s, 1, n, out);
			s += n;
		} else {
			fprintf(out, "\\u%04x", *s++);
		}
	}
	putc('"', out);
}

/* the key of column @c: its specifier, numbered when it came before */
static void json_key(FILE *out, const struct col *first, const struct col *c)
{
	const struct col *p;
	char key[64];
	int seen = 1;

	for (p = first; p != c; p = p->next)
		seen += p->f == c->f;
	if (seen > 1)
		snprintf(key, sizeof(key), "%s#%d", c->f->name, seen);
	else
		snprintf(key, sizeof(key), "%s", c->f->name);
	json_string(out, key);
}

/* the value without the blanks printers pad some numbers with (" 0.0") */
static const char *trim(char *s)
{
	size_t n;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
	return s;
}

/*
 * One row, built in memory and written whole: a column that makes tdps
 * stop (a missing system file) must not leave half an object behind.
 */
void json_row(struct out *o, char *buf, const struct task *t, bool task_line)
{
	char *row = NULL;
	size_t rowsize = 0;
	const struct col *c;
	const char *sep = "", *text;
	FILE *out = open_memstream(&row, &rowsize);

	if (!out)
		xalloc_die(0);
	putc('{', out);
	for (c = o->ps->cols; c; c = c->next) {
		if (!c->f)		/* AIX format text between columns */
			continue;
		fputs(sep, out);
		sep = ",";
		json_key(out, o->ps->cols, c);
		putc(':', out);
		o->pc.max_rightward = OUTBUF_SIZE - 1;
		o->pc.forest_prefix = NULL;
		buf[0] = '\0';
		if (c->f->print && !out_suppressed(o->ps, c, task_line)) {
			int n = c->f->print(buf, t, &o->pc);

			if (field_missing_text(n))
				out_missing_fatal(n);
			if (n == FIELD_AS_BEFORE)
				buf[0] = '\0';	/* empty: null */
		} else
			strcpy(buf, "-");
		buf[OUTBUF_SIZE - 1] = '\0';
		text = trim(buf);
		if (!strcmp(text, "-") || !*text)
			fputs("null", out);
		else if (json_number(text))
			fputs(text, out);
		else
			json_string(out, text);
	}
	fputs("}\n", out);
	if (fclose(out) != 0)
		xalloc_die(rowsize);
	fwrite(row, 1, rowsize, stdout);
	free(row);
}
