/*
 * escape.c - the two escaping passes of procps.
 */
#include <ctype.h>
#include <langinfo.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include "lib/columns/escape.h"
#include "lib/record/versions.h"

static int utf8_codeset = -1;

void esc_init(void)
{
	const char *cs = nl_langinfo(CODESET);

	utf8_codeset = cs && !strcasecmp(cs, "UTF-8");
}

int esc_utf8(void)
{
	if (utf8_codeset < 0)
		esc_init();
	return utf8_codeset;
}

/* the byte a non-UTF-8 read-time escape puts in place of c */
static unsigned char read_subst(unsigned char c)
{
	if (c >= 0x80)
		return '?';
	if (c < 0x20 || c == 0x7f)
		return '.';
	return c;
}

/* length of a UTF-8 sequence judged by its lead byte; -1 if not a lead */
static int lead_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c < 0xc2)
		return -1;
	if (c < 0xe0)
		return 2;
	if (c < 0xf0)
		return 3;
	if (c < 0xf5)
		return 4;
	return -1;
}

/*
 * The length of the UTF-8 character at s (n bytes left) as procps 4.0.6's
 * read-time escape judges it: -1 for what it escapes whole (an invalid,
 * overlong or incomplete sequence, a surrogate, a private-use character).
 */
static int u8_len(const unsigned char *s, size_t n)
{
	unsigned x;

	if (s[0] < 0x80)
		return 1;
	if (n < 2 || (s[1] & 0xc0) != 0x80)
		return -1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		return 2;
	if (n < 3 || (s[2] & 0xc0) != 0x80)
		return -1;
	x = (unsigned)s[0] << 16 | (unsigned)s[1] << 8 | s[2];
	if (x >= 0xee8080 && x <= 0xefa3bf)		/* U+E000-U+F8FF */
		return -1;
	x = (unsigned)s[0] << 6 | (s[1] & 0x3f);
	if ((x >= 0x3820 && x <= 0x3b5f) || (x >= 0x3b80 && x <= 0x3bff))
		return 3;
	if (n < 4 || (s[3] & 0xc0) != 0x80)
		return -1;
	{
		unsigned y = (unsigned)s[0] << 24 | (unsigned)s[1] << 16 |
			     (unsigned)s[2] << 8 | s[3];

		/* the supplementary private-use planes */
		if ((y >= 0xf3b08080 && y <= 0xf3bfbfbd) ||
		    (y >= 0xf4808080 && y <= 0xf48fbfbd))
			return -1;
	}
	return x >= 0x3c10 && x <= 0x3d0f ? 4 : -1;
}

/*
 * procps 4.0.6: every byte that is not printable becomes '?' outside
 * UTF-8; in UTF-8, a control character (C0, DEL, C1) or a byte that
 * does not start a character u8_len() accepts becomes '?', one byte at
 * a time.
 */
static void read_escape_u8(unsigned char *s, size_t n)
{
	size_t i;
	int k;

	if (!esc_utf8()) {
		for (i = 0; i < n; i++)
			if (!isprint(s[i]))
				s[i] = '?';
		return;
	}
	for (i = 0; i < n; i += k) {
		k = u8_len(s + i, n - i);
		if (k < 0 || s[i] < 0x20 || s[i] == 0x7f ||
		    (k == 2 && s[i] == 0xc2 && s[i + 1] <= 0x9f)) {
			s[i] = '?';
			k = 1;
		}
	}
}

size_t esc_read(char *dst, size_t size, const char *src)
{
	size_t n, i;
	int k;

	if (size == 0)
		return 0;
	n = strnlen(src, size - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
	if (procps->escape_u8) {
		read_escape_u8((unsigned char *)dst, n);
		return n;
	}
	if (!esc_utf8()) {
		for (i = 0; i < n; i++)
			dst[i] = read_subst(dst[i]);
		return n;
	}
	for (i = 0; i < n; i += k) {
		unsigned char c = dst[i];

		k = lead_len(c);
		if (k < 0 || i + k > n) {
			if (procps->u8_bad_byte) {
				/* this byte only; the scan goes on */
				dst[i] = '?';
				k = 1;
				continue;
			}
			/* a broken sequence: the rest goes through the plain table */
			for (; i < n; i++)
				dst[i] = read_subst(dst[i]);
			break;
		}
		if (c < 0x20 || c == 0x7f)
			dst[i] = '?';
	}
	return n;
}

static int print_plain(char *dst, int size, const char *src, int *cells)
{
	int used = 0;

	if (size > *cells + 1)
		size = *cells + 1;
	while (used < *cells && used + 1 < size && *src) {
		unsigned char c = *src++;

		if (c >= 0x80)
			c = '?';
		else if (c < 0x20 || c == 0x7f)
			c = '.';
		dst[used++] = c;
	}
	dst[used] = '\0';
	*cells -= used;
	return used;
}

static int print_utf8(char *dst, int size, const char *src, int *cells)
{
	int my_cells = 0, bytes = 0;
	mbstate_t st;

	memset(&st, 0, sizeof(st));
	while (my_cells < *cells && bytes + 1 < size) {
		wchar_t wc;
		size_t len = mbrtowc(&wc, src, MB_CUR_MAX, &st);
		int w;

		if (len == 0)
			break;
		if (len == (size_t)-1 || len == (size_t)-2) {
			memset(&st, 0, sizeof(st));
			dst[bytes++] = '?';
			src++;
			my_cells++;
		} else if (len == 1) {
			dst[bytes++] = isprint((unsigned char)*src) ? *src : '?';
			src++;
			my_cells++;
		} else if (!iswprint(wc)) {
			dst[bytes++] = '?';
			src += len;
			my_cells++;
		} else {
			w = wcwidth(wc);
			if (w > *cells - my_cells || (int)len >= size - (bytes + 1))
				break;
			memcpy(dst + bytes, src, len);
			bytes += len;
			src += len;
			if (w > 0)
				my_cells += w;
		}
	}
	dst[bytes] = '\0';
	*cells -= my_cells;
	return bytes;
}

int esc_print(char *dst, int size, const char *src, int *cells)
{
	if (size <= 0)
		return 0;
	*dst = '\0';
	if (*cells <= 0 || *cells >= INT_MAX)
		return 0;
	if (esc_utf8() && MB_CUR_MAX > 1)
		return print_utf8(dst, size, src, cells);
	return print_plain(dst, size, src, cells);
}
