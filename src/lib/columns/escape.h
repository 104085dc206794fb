/*
 * escape.h - making untrusted bytes printable, the way procps does.
 *
 * procps escapes twice: once when it reads a string (esc_read) and again
 * when it prints it into a column of limited width (esc_print).  Both
 * depend on whether the locale's codeset is UTF-8.
 */
#ifndef TDPS_ESCAPE_H
#define TDPS_ESCAPE_H

#include <stddef.h>

/* call after setlocale(); decides the UTF-8 behaviour of both escapes */
void esc_init(void);
int esc_utf8(void);

/*
 * Read-time escape: copy the NUL-terminated src into dst (at most
 * size - 1 bytes), replacing control bytes and, outside UTF-8 (or on a
 * malformed sequence), every byte above 0x7e.  Returns bytes written.
 */
size_t esc_read(char *dst, size_t size, const char *src);

/*
 * Print-time escape: copy src into dst (size bytes) using at most
 * *cells screen cells; *cells is reduced by what was used.  Returns
 * bytes written (dst is NUL-terminated).
 */
int esc_print(char *dst, int size, const char *src, int *cells);

#endif
