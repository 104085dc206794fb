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

#include "lib/escape.h"

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

size_t esc_read(char *dst, size_t size, const char *src)
{
	size_t n, i;
	int k;

	if (size == 0)
		return 0;
	n = strnlen(src, size - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
	if (!esc_utf8()) {
		for (i = 0; i < n; i++)
			dst[i] = read_subst(dst[i]);
		return n;
	}
	for (i = 0; i < n; i += k) {
		unsigned char c = dst[i];

		k = lead_len(c);
		if (k < 0 || i + k > n) {
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
