/*
 * parse_env.c - what ps takes before its arguments: the screen size and
 * the personality the environment names (COLUMNS, LINES,
 * PS_PERSONALITY, CMD_ENV, I_WANT_A_BROKEN_PS, _XPG), the terminal it
 * runs on, and the defaults every parse starts from.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "lib/columns/tty.h"
#include "lib/record/versions.h"
#include "ps/ps.h"

static void screen_size(struct ps *ps)
{
	struct winsize ws;
	const char *env;
	char *end;
	long v;
	int fd;

	if (!(ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != -1 && ws.ws_col && ws.ws_row) &&
	    !(ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) != -1 && ws.ws_col && ws.ws_row) &&
	    !(ioctl(STDIN_FILENO, TIOCGWINSZ, &ws) != -1 && ws.ws_col && ws.ws_row)) {
		fd = open("/dev/tty", O_NOCTTY | O_NONBLOCK | O_RDONLY);
		if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) == -1 || !ws.ws_col || !ws.ws_row) {
			ws.ws_col = 80;
			ws.ws_row = 24;
		}
		if (fd >= 0)
			close(fd);
	}
	ps->screen_cols = ws.ws_col;
	ps->screen_rows = ws.ws_row;
	if (!isatty(STDOUT_FILENO))
		ps->screen_cols = OUTBUF_SIZE;
	env = getenv("COLUMNS");
	if (env && *env) {
		v = strtol(env, &end, 0);
		if (!*end && v > 0 && v < OUTBUF_SIZE)
			ps->screen_cols = v;
	}
	env = getenv("LINES");
	if (env && *env) {
		v = strtol(env, &end, 0);
		if (!*end && v > 0 && v < OUTBUF_SIZE)
			ps->screen_rows = v;
	}
	if (ps->screen_cols < 9 || ps->screen_rows < 2)
		fprintf(stderr, "your %dx%d screen size is bogus. expect trouble\n",
			ps->screen_cols, ps->screen_rows);
}

static void personality_from_env(struct ps *ps)
{
	static const struct {
		const char *name;
		unsigned per;
		bool bsd;
		const char *f, *fl, *j, *l;		/* SysV formats */
		const char *bj, *bl, *bs, *bu, *bv;	/* BSD formats */
	} table[] = {
		{ "390", 0, 0, NULL, NULL, "J390", NULL },
		{ "aix", 0, 0, NULL, NULL, NULL, NULL, "FB_j", "FB_l", NULL, "FB_u", "FB_v" },
		{ "bsd", PER_FORCE_BSD | PER_BSD_h | PER_BSD_m, 1, NULL, NULL, NULL, NULL,
		  "FB_j", "FB_l", NULL, "FB_u", "FB_v" },
		{ "compaq", PER_GOOD_o | PER_BSD_h, 1, "F5FMT", "FL5FMT", "JFMT", "L5FMT",
		  "JFMT", "LFMT", "SFMT", "UFMT", "VFMT" },
		{ "debian", PER_GOOD_o | PER_OLD_m, 1, "RD_f", NULL, "RD_j", "RD_l" },
		{ "default", 0, 0 },
		{ "digital", PER_GOOD_o | PER_BSD_h, 1, "F5FMT", "FL5FMT", "JFMT", "L5FMT",
		  "JFMT", "LFMT", "SFMT", "UFMT", "VFMT" },
		{ "gnu", PER_GOOD_o | PER_OLD_m, 1, "RD_f", NULL, "RD_j", "RD_l" },
		{ "hp", PER_HPUX_x, 0 },
		{ "hpux", PER_HPUX_x, 0 },
		{ "irix", PER_IRIX_l, 0 },
		{ "linux", PER_GOOD_o | PER_ZAP_ADDR | PER_SANE_USER, 0 },
		{ "old", PER_FORCE_BSD | PER_OLD_m, 1 },
		{ "os390", 0, 0, NULL, NULL, "J390", NULL },
		{ "posix", 0, 0 },
		{ "s390", 0, 0, NULL, NULL, "J390", NULL },
		{ "sco", PER_SVR4_x, 0 },
		{ "sgi", PER_IRIX_l, 0 },
		{ "solaris2", 0, 0 },
		{ "sunos4", PER_NO_DEFAULT_g, 1, NULL, NULL, NULL, NULL,
		  "FB_j", "FB_l", NULL, "FB_u", "FB_v" },
		{ "svr4", PER_SVR4_x, 0 },
		{ "sysv", PER_SVR4_x, 0 },
		{ "tru64", PER_GOOD_o | PER_BSD_h, 1, "F5FMT", "FL5FMT", "JFMT", "L5FMT",
		  "JFMT", "LFMT", "SFMT", "UFMT", "VFMT" },
		{ "unix", 0, 0 },
		{ "unix95", 0, 0 },
		{ "unix98", 0, 0 },
		{ "unknown", 0, 0 },
	};
	const char *s;
	size_t i;

	ps->personality = 0;
	ps->prefer_bsd = false;
	ps->bsd_j_fmt = "OL_j";
	ps->bsd_l_fmt = "OL_l";
	ps->bsd_s_fmt = "OL_s";
	ps->bsd_u_fmt = "OL_u";
	ps->bsd_v_fmt = "OL_v";
	ps->sysv_f_fmt = ps->sysv_fl_fmt = ps->sysv_j_fmt = ps->sysv_l_fmt = NULL;

	s = getenv("PS_PERSONALITY");
	if (!s || !*s)
		s = getenv("CMD_ENV");
	if (!s || !*s)
		s = "unknown";
	if (getenv("I_WANT_A_BROKEN_PS"))
		s = "old";
	if (strlen(s) > 15)
		return;
	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (!strcasecmp(s, table[i].name))
			break;
	if (i == sizeof(table) / sizeof(table[0]))
		return;
	if ((!strcasecmp(s, "irix") || !strcasecmp(s, "sgi")) &&
	    (s = getenv("_XPG")) && s[0] > '0' && s[0] <= '9')
		return;
	ps->personality = table[i].per;
	ps->prefer_bsd = table[i].bsd;
	ps->sysv_f_fmt = table[i].f;
	ps->sysv_fl_fmt = table[i].fl;
	ps->sysv_j_fmt = table[i].j;
	ps->sysv_l_fmt = table[i].l;
	if (table[i].bj) {
		ps->bsd_j_fmt = table[i].bj;
		ps->bsd_l_fmt = table[i].bl;
		if (table[i].bs)
			ps->bsd_s_fmt = table[i].bs;
		ps->bsd_u_fmt = table[i].bu;
		ps->bsd_v_fmt = table[i].bv;
	}
}

static unsigned own_tty(void)
{
	unsigned tty;

	if (source_self_tty(&tty) < 0) {
		fprintf(stderr, "fatal library error, lookup self\n");
		exit(EXIT_FAILURE);
	}
	return tty;
}

void ps_defaults(struct ps *ps)
{
	const char *prog = ps->prog;
	enum source_kind source = ps->source;

	ps_release();
	memset(ps, 0, sizeof(*ps));
	ps->prog = prog;
	ps->source = source;
	screen_size(ps);
	personality_from_env(ps);
	ps->my_euid = geteuid();
	ps->my_tty = own_tty();
}
