/*
 * term.c - line-drawing symbols and the terminal database.
 *
 * psmisc decides the default symbols from the locale's codeset and
 * whether stdout is a terminal, and asks terminfo for the VT100 charset
 * only to throw the answer away (it still picks ASCII).  The probe is
 * kept because it is visible: setupterm() with no error return prints
 * "'TERM': unknown terminal type." and exits for an unknown $TERM.
 * Bold for -h/-H comes from the termcap entries md and me.
 */
#include <dlfcn.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <curses.h>
#include <term.h>

#include "pstree/pstree.h"

#define UTF_V	"\342\224\202"	/* U+2502 vertical */
#define UTF_VR	"\342\224\234"	/* U+251C vertical and right */
#define UTF_H	"\342\224\200"	/* U+2500 horizontal */
#define UTF_UR	"\342\224\224"	/* U+2514 up and right */
#define UTF_HD	"\342\224\254"	/* U+252C horizontal and down */

/* DEC special graphics: ESC ( 0 and SI select it, ESC ( B leaves it */
#define VT_BEG	"\033(0\017"
#define VT_END	"\033(B"

const struct symbols sym_ascii = {
	"  ", "|-", "| ", "`-", "---", "-+-",
};

const struct symbols sym_utf = {
	"  ", UTF_VR UTF_H, UTF_V " ", UTF_UR UTF_H, UTF_H UTF_H UTF_H,
	UTF_H UTF_HD UTF_H,
};

const struct symbols sym_vt100 = {
	"  ", VT_BEG "tq" VT_END, VT_BEG "x" VT_END " ", VT_BEG "mq" VT_END,
	VT_BEG "qqq" VT_END, VT_BEG "qwq" VT_END,
};

const struct symbols *term_default_symbols(void)
{
	const char *name;

	if (isatty(1) && !strcmp(nl_langinfo(CODESET), "UTF-8"))
		return &sym_utf;
	if (isatty(1) && (name = getenv("TERM")) && *name &&
	    setupterm(NULL, 1, NULL) == OK) {
		/* psmisc finds acsc here and still chooses ASCII */
		(void)tigetstr("acsc");
	}
	return &sym_ascii;
}

/* tgetent() for -h/-H; true when the terminal is known */
bool term_load(const char *name)
{
	static char area[1024];

	return tgetent(area, name) > 0;
}

static void put_cap(const char *cap)
{
	char *s = tgetstr(cap, NULL);

	if (s)
		tputs(s, 1, putchar);
}

void term_bold_on(void)
{
	put_cap("md");
}

void term_bold_off(void)
{
	put_cap("me");
}

/*
 * psmisc asks libselinux (loaded at run time, as psmisc does) whether
 * SELinux is on; if so it shows getpidcon()'s answer, the context up to
 * its NUL, else the first line of attr/current less its last byte.
 */
bool term_selinux_enabled(void)
{
	static int enabled = -1;
	void *h;
	int (*is_enabled)(void);

	if (enabled >= 0)
		return enabled;
	enabled = 0;
	h = dlopen("libselinux.so.1", RTLD_NOW);
	if (!h)
		return false;
	*(void **)&is_enabled = dlsym(h, "is_selinux_enabled");
	if (is_enabled)
		enabled = is_enabled() > 0;
	return enabled;
}
