/*
 * test_print.c - the printers' exact strings, one form at a time.
 *
 * Each record here is one process of tests/golden's made-up /procs
 * (proc/ and edges/, written by tests/golden/mktree.py), built in C, and
 * each expected string is what procps-ng 4.0.2 printed for that process
 * in tests/golden/expected/ (named beside each group: the file and the
 * column).  golden.test holds the whole lines to those files; this test
 * says which printer owns which form, so a break names its printer.
 *
 * The machine's clock and memory are the trees' own: the printers read
 * uptime, btime and MemTotal through sys_proc_root(), pointed at
 * $srcdir/tests/golden/proc.  Names come from the system's user and
 * group databases, as in the golden runs: root, nobody and nogroup,
 * with 4242 unnamed; the checks that need a name skip where it differs.
 */
#include <grp.h>
#include <locale.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../check.h"
#include "lib/columns/escape.h"
#include "lib/columns/fields.h"
#include "lib/record/versions.h"
#include "lib/system/sys_facts.h"

#define HZ 100
#define UPTIME 200000			/* the trees' /proc/uptime */
#define CONSOLE ((5 << 8) | 1)		/* tty_nr of /dev/console */
#define UNLIMITED (OUTBUF_SIZE - 1)	/* the room of a last column */

static struct print_opts opt;

static void skip(const char *why)
{
	check_run++;
	printf("ok %d # SKIP %s\n", check_run, why);
}

/*
 * What the printer of @name writes for @t in a column of @room cells
 * (the width of a column that is not the last: output.c's rightward),
 * masks in 16 digits when @wide.
 */
static const char *print(const char *name, const struct task *t, int room,
			 bool wide)
{
	static char out[OUTBUF_SIZE];
	const struct field *f = field_find(name);
	struct pctx c = {
		.opt = &opt, .wide_signals = wide, .max_rightward = room,
	};

	if (!f || !f->print)
		return "(no printer)";
	out[0] = '\0';
	if (f->print(out, t, &c) < 0)
		return "(no value)";
	return out;
}

#define PRINTS(name, t, room, want, what)				\
	CHECK_STR(print(name, t, room, false), want, "%s %s: \"%s\"",	\
		  name, what, want)
#define PRINTS_WIDE(name, t, want, what)				\
	CHECK_STR(print(name, t, UNLIMITED, true), want,		\
		  "%s %s, wide: \"%s\"", name, what, want)

/* a process started @life seconds before the trees' now */
static unsigned long long ago(unsigned life)
{
	return (unsigned long long)(UPTIME - life) * HZ;
}

static struct task process(int pid, int ppid, const char *comm)
{
	struct task t;

	task_init(&t, pid, pid);
	t.ppid = ppid;
	t.pgrp = t.sid = pid;
	t.tpgid = -1;
	t.state = 'S';
	t.nlwp = 1;
	t.priority = 20;
	snprintf(t.comm, sizeof(t.comm), "%s", comm);
	return t;
}

/*
 * edges/ 10-16, 20-25 and proc/'s dnsmasq (500): cumulative and elapsed
 * times, %CPU.  expected/edges-times.out (TIME, TIME, TIME, TIME,
 * ELAPSED, ELAPSED, %CPU, C, CP, STARTED: time, cputime, bsdtime, times,
 * etime, etimes, %cpu, c, cp, lstart), expected/columns.out for 500.
 */
static void test_times(void)
{
	static const struct {
		unsigned life;
		unsigned long long ticks;
		const char *time, *bsdtime, *times, *etime, *etimes;
		const char *pcpu, *c, *cp, *lstart;
	} r[] = {
		/* a minute, an hour and a day, less one (tick, second) */
		{ 59, 5999, "00:00:59", "  0:59", "59", "00:59", "59",
		  "101", "99", "999", "Tue Sep 15 19:59:01 2020" },
		{ 60, 6000, "00:01:00", "  1:00", "60", "01:00", "60",
		  "100", "99", "999", "Tue Sep 15 19:59:00 2020" },
		{ 3599, 359999, "00:59:59", " 59:59", "3599", "59:59", "3599",
		  "100", "99", "999", "Tue Sep 15 19:00:01 2020" },
		{ 3600, 360000, "01:00:00", " 60:00", "3600", "01:00:00", "3600",
		  "100", "99", "999", "Tue Sep 15 19:00:00 2020" },
		{ 86399, 8639999, "23:59:59", "1439:59", "86399", "23:59:59",
		  "86399", "100", "99", "999", "Mon Sep 14 20:00:01 2020" },
		{ 86400, 8640000, "1-00:00:00", "1440:00", "86400",
		  "1-00:00:00", "86400", "100", "99", "999",
		  "Mon Sep 14 20:00:00 2020" },
		/* no life yet: no share of the processor */
		{ 0, 5, "00:00:00", "  0:00", "0", "00:00", "0",
		  "0.0", " 0", "  0", "Tue Sep 15 20:00:00 2020" },
		/* %CPU over 1000 s: tenths cut, not rounded; whole from 100 */
		{ 1000, 99, "00:00:00", "  0:00", "0", "16:40", "1000",
		  "0.0", " 0", "  0", "Tue Sep 15 19:43:20 2020" },
		{ 1000, 100, "00:00:01", "  0:01", "1", "16:40", "1000",
		  "0.1", " 0", "  1", "Tue Sep 15 19:43:20 2020" },
		{ 1000, 99899, "00:16:38", " 16:38", "998", "16:40", "1000",
		  "99.8", "99", "998", "Tue Sep 15 19:43:20 2020" },
		{ 1000, 99999, "00:16:39", " 16:39", "999", "16:40", "1000",
		  "99.9", "99", "999", "Tue Sep 15 19:43:20 2020" },
		{ 1000, 100000, "00:16:40", " 16:40", "1000", "16:40", "1000",
		  "100", "99", "999", "Tue Sep 15 19:43:20 2020" },
		/* two threads' worth (edges/ 25) */
		{ 1000, 250000, "00:41:40", " 41:40", "2500", "16:40", "1000",
		  "250", "99", "999", "Tue Sep 15 19:43:20 2020" },
		/* days of processor time in days of life (proc/ 500) */
		{ 199960, 9200000, "1-01:33:20", "1533:20", "92000",
		  "2-07:32:40", "199960", "46.0", "46", "460",
		  "Sun Sep 13 12:27:20 2020" },
	};
	unsigned i;

	for (i = 0; i < sizeof(r) / sizeof(r[0]); i++) {
		struct task t = process(100 + i, 1, "t");
		char what[64];

		t.start_time = ago(r[i].life);
		/* utime and stime both count: split them */
		t.utime = r[i].ticks - r[i].ticks / 3;
		t.stime = r[i].ticks / 3;
		snprintf(what, sizeof(what), "of %llu ticks in %u s",
			 r[i].ticks, r[i].life);
		PRINTS("time", &t, 8, r[i].time, what);
		PRINTS("cputime", &t, 8, r[i].time, what);
		PRINTS("bsdtime", &t, 6, r[i].bsdtime, what);
		PRINTS("times", &t, 8, r[i].times, what);
		PRINTS("etime", &t, 11, r[i].etime, what);
		PRINTS("etimes", &t, 7, r[i].etimes, what);
		PRINTS("%cpu", &t, 4, r[i].pcpu, what);
		PRINTS("c", &t, 2, r[i].c, what);
		PRINTS("cp", &t, 3, r[i].cp, what);
		PRINTS("lstart", &t, 24, r[i].lstart, what);
	}
}

/*
 * STAT: the state, then <, N, L, s, l, + in that order.
 * expected/edges-stat.out (edges/ 40, 42, 43, 25) and
 * expected/columns.out (proc/ 520, 540, 700, 412, 721, 650).
 */
static void test_stat(void)
{
	struct task t;

	t = process(40, 1, "allflags");	/* every flag */
	t.state = 'R';
	t.nice = 5;
	t.vm_lock = 4;
	t.nlwp = 2;
	t.tty = CONSOLE;
	t.tpgid = 40;
	PRINTS("stat", &t, 4, "RNLsl+", "nice 5, locked, leader, 2 threads, foreground");
	t = process(42, 1, "fgdisk");		/* foreground, not a leader */
	t.state = 'D';
	t.nice = -5;
	t.sid = t.pgrp = t.tpgid = 40;
	PRINTS("stat", &t, 4, "D<+", "nice -5 in the foreground group");
	t = process(43, 1, "idle");
	t.state = 'I';
	t.nice = -20;
	t.sid = t.pgrp = 1;
	PRINTS("stat", &t, 4, "I<", "idle kernel worker at nice -20");
	t = process(25, 1, "cpu250000");
	t.sid = t.pgrp = 1;
	t.nlwp = 2;
	PRINTS("stat", &t, 4, "Sl", "2 threads, not a leader");
	t = process(520, 1, "chronyd");
	t.nice = -10;
	t.vm_lock = 88000;
	PRINTS("stat", &t, 4, "S<Ls", "nice -10, locked, leader");
	t = process(540, 1, "backup");
	t.nice = 19;
	PRINTS("stat", &t, 4, "SNs", "nice 19, leader");
	t = process(700, 600, "python3");
	t.sid = 600;
	t.tpgid = 700;
	t.nlwp = 4;
	PRINTS("stat", &t, 4, "Sl+", "threads in the foreground");
	t = process(412, 410, "sh");
	t.state = 'Z';
	PRINTS("stat", &t, 4, "Zs", "zombie leader");
	t = process(721, 1, "target");
	t.state = 't';
	PRINTS("stat", &t, 4, "ts", "traced");
	t = process(650, 600, "vim");
	t.state = 'T';
	t.sid = 600;
	t.pgrp = 650;
	t.tpgid = 700;
	PRINTS("stat", &t, 4, "T", "stopped in the background");
}

/*
 * Signal masks: 16 digits where the line has room, else the last 8,
 * with '<' when more digits than those are set.  Wide: expected/masks.out
 * (-o); narrow: expected/masks-80.out (COLUMNS=80 ps axs).
 */
static void test_masks(void)
{
	struct task t = process(31999, 1, "tool run");

	t.sigblk = 0x7fffffffffffffffULL;
	t.sigcgt = 0xfffffffe00000000ULL;
	PRINTS_WIDE("blocked", &t, "7fffffffffffffff", "of 31999");
	PRINTS("blocked", &t, 9, "<ffffffff", "of 31999, narrow");
	PRINTS_WIDE("caught", &t, "fffffffe00000000", "of 31999");
	PRINTS("caught", &t, 9, "<00000000",
	       "of 31999, narrow: the low digits are zeros");
	PRINTS_WIDE("pending", &t, "0000000000000000", "of 31999");
	PRINTS("pending", &t, 9, "00000000", "of 31999, narrow");

	t = process(700, 600, "python3");
	t.sigign = 0x1001000;
	t.sigcgt = 0x180004002ULL;
	PRINTS("ignored", &t, 9, "01001000", "of 700, narrow: 7 digits");
	PRINTS_WIDE("caught", &t, "0000000180004002", "of 700");
	PRINTS("caught", &t, 9, "<80004002", "of 700, narrow: 9 digits");

	/* the process's shared pending set, not its main thread's (721) */
	t = process(721, 1, "target");
	t.shdpnd = 0x100;
	t.sigpnd = 0;
	PRINTS_WIDE("pending", &t, "0000000000000100", "of 721");
	PRINTS("pending", &t, 9, "00000100", "of 721, narrow");
	t = process(2, 0, "kthreadd");
	t.sigign = ~0ULL;
	PRINTS("ignored", &t, 9, "<ffffffff", "of 2, narrow");
}

/* is @id named @name in the system's database (users, or groups)? */
static bool named(unsigned id, const char *name, bool group)
{
	if (group) {
		const struct group *g = getgrgid(id);

		return name ? g && !strcmp(g->gr_name, name) : !g;
	} else {
		const struct passwd *p = getpwuid(id);

		return name ? p && !strcmp(p->pw_name, name) : !p;
	}
}

/*
 * User and group names: whole when they fit, else cut to the column
 * with a last '+', numbers for ids without a name (and cut the same
 * way); BSD n: the number, never cut.  expected/user-narrow.out
 * (-o user:1,user:3,ruser:5,group:4,rgroup:7,euser:6), user-number.out
 * (n -o user:3,ruser,group:2), users.out.
 */
static void test_users(void)
{
	struct task t;

	if (!named(0, "root", false) || !named(0, "root", true))
		skip("uid or gid 0 is not root here");
	else {
		t = process(1, 0, "systemd");
		PRINTS("user", &t, 1, "+", "of root in 1 column");
		PRINTS("user", &t, 3, "ro+", "of root in 3 columns");
		PRINTS("ruser", &t, 5, "root", "of root in 5 columns");
		PRINTS("group", &t, 4, "root", "of root in 4 columns");
		PRINTS("euser", &t, UNLIMITED, "root", "of root, last column");
	}
	if (!named(65534, "nobody", false) || !named(65534, "nogroup", true))
		skip("65534 is not nobody/nogroup here");
	else {
		t = process(710, 600, "su");	/* real nobody, effective root */
		t.ruid = t.rgid = t.egid = 65534;
		PRINTS("ruser", &t, 5, "nobo+", "of nobody in 5 columns");
		PRINTS("group", &t, 4, "nog+", "of nogroup in 4 columns");
		PRINTS("rgroup", &t, 7, "nogroup", "of nogroup in 7 columns");
		PRINTS("euser", &t, 6, "root", "of su's effective root");
	}
	if (!named(4242, NULL, false) || !named(4242, NULL, true))
		skip("4242 has a name here");
	else {
		t = process(31999, 1, "tool run");
		t.euid = t.ruid = t.egid = t.rgid = 4242;
		PRINTS("user", &t, 8, "4242", "of an unnamed uid");
		PRINTS("user", &t, 3, "42+", "of an unnamed uid in 3 columns");
		PRINTS("ruser", &t, 5, "4242", "of an unnamed uid in 5 columns");
		PRINTS("group", &t, 4, "4242", "of an unnamed gid in 4 columns");
	}
	opt.user_is_number = true;
	t = process(500, 1, "dnsmasq");
	t.euid = t.ruid = t.egid = 65534;
	PRINTS("user", &t, 3, "65534", "with n, in 3 columns");
	PRINTS("group", &t, 2, "65534", "with n, in 2 columns");
	t.euid = 0;
	PRINTS("user", &t, 3, "0", "of root with n");
	opt.user_is_number = false;
}

/*
 * Command text: control bytes and, outside UTF-8, bytes above 0x7e
 * become '.' and '?' when read; in UTF-8, '?' for control bytes and
 * invalid sequences, valid characters kept; cut to the column in
 * cells.  proc/'s 31999: expected/args.out, args-utf8.out,
 * args-40.out, args-40-utf8.out, comm.out; the kernel thread and the
 * zombie: args.out, comm.out.
 */
/* 31999's command line, as mktree.py writes it; its length */
static size_t tool_cmdline(char *buf)
{
	static const char head[] = "/opt/tool\0--name=a\tb\0new\nline\0"
		"\033[31mred\033[0m\0caf\xc3\xa9\0bad\xff\xfe\0--";
	size_t n = sizeof(head) - 1;

	memcpy(buf, head, n);
	memset(buf + n, 'x', 200);
	buf[n + 200] = '=';
	memset(buf + n + 201, 'y', 200);
	memcpy(buf + n + 401, "\0last\0", 6);
	return n + 407;
}

static void test_command(bool utf8)
{
	static char raw[1024], want[1024], xs[201], ys[201];
	const char *loc = utf8 ? "C.UTF-8" : "C";
	struct task t = process(31999, 1, "tool run");

	if (!setlocale(LC_ALL, loc)) {
		skip("no C.UTF-8 locale here");
		return;
	}
	esc_init();
	t.state = 'S';
	t.cmdline.len = tool_cmdline(raw);
	t.cmdline.s = raw;
	memset(xs, 'x', 200);
	memset(ys, 'y', 200);
	snprintf(want, sizeof(want),
		 utf8 ? "/opt/tool --name=a?b new line ?[31mred?[0m caf\xc3\xa9 bad?? --%s=%s last"
		      : "/opt/tool --name=a.b new line .[31mred.[0m caf?? bad?? --%s=%s last",
		 xs, ys);
	CHECK_STR(print("args", &t, UNLIMITED, false), want,
		  "args of 31999 in %s, last column", loc);
	PRINTS("args", &t, 40, utf8 ? "/opt/tool --name=a?b new line ?[31mred?["
				    : "/opt/tool --name=a.b new line .[31mred.[",
	       utf8 ? "of 31999 in 40 columns, C.UTF-8" : "of 31999 in 40 columns, C");
	PRINTS("comm", &t, 15, "tool run", "of 31999");

	/* no command line: the name in brackets, <defunct> for a zombie */
	t = process(2, 0, "kthreadd");
	PRINTS("args", &t, UNLIMITED, "[kthreadd]", "of a kernel thread");
	t = process(412, 410, "sh");
	t.state = 'Z';
	PRINTS("args", &t, UNLIMITED, "[sh] <defunct>", "of a zombie");
	PRINTS("comm", &t, 15, "sh", "of a zombie: no <defunct> in 4.0.2");
	setlocale(LC_ALL, "C");
	esc_init();
}

/*
 * A start time no calendar holds (a fuzzed stat; the kernel never says
 * so): "-" as start shows it, whichever release is followed.  The fuzzer
 * found lstart's strftime path leaving its buffer unset on Debian 13.
 */
static void test_far_start(void)
{
	static const char *const rel[] = { "4.0.2", "4.0.4" };
	struct task t = process(777, 1, "far");
	unsigned i;

	t.start_time = 1ULL << 63;	/* a year past INT_MAX */
	for (i = 0; i < 2; i++) {
		procps_follow(rel[i]);
		PRINTS("lstart", &t, 24, "-", rel[i]);
		PRINTS("start", &t, 8, "-", rel[i]);
		PRINTS("bsdstart", &t, 6, "-", rel[i]);
	}
	procps_follow("4.0.2");
}

/*
 * In UTF-8, a byte that starts no character: 4.0.2 sends the rest of
 * the name through the table used outside UTF-8 ('.' for control
 * characters), 4.0.4 makes that byte '?' and goes on (hostile.test
 * compares both with the real ones).
 */
static void test_bad_utf8(void)
{
	static char name[] = "\xff\xfe\x7f" "a\x01\xc3\xa9";
	struct task t = process(778, 1, name);

	if (!setlocale(LC_ALL, "C.UTF-8")) {
		skip("no C.UTF-8 locale here");
		return;
	}
	esc_init();
	procps_follow("4.0.2");
	PRINTS("comm", &t, 15, "??.a.??", "4.0.2, C.UTF-8");
	procps_follow("4.0.4");
	PRINTS("comm", &t, 15, "???a?\xc3\xa9", "4.0.4, C.UTF-8");
	setlocale(LC_ALL, "C");
	esc_init();
	PRINTS("comm", &t, 15, "??.a.??", "4.0.4, C");
	procps_follow("4.0.2");
}

int main(void)
{
	const char *srcdir = getenv("srcdir");
	static char root[4096];

	/* the trees' clock, not a pinned one (tests/bpf) nor the machine's */
	unsetenv("TDPS_UPTIME");
	unsetenv("TDPS_NOW");
	setenv("TZ", "UTC", 1);
	tzset();
	snprintf(root, sizeof(root), "%s/tests/golden/proc",
		 srcdir ? srcdir : ".");
	if (access(root, R_OK | X_OK) != 0) {
		printf("1..0 # SKIP %s is not readable\n", root);
		return 0;
	}
	if (sysconf(_SC_CLK_TCK) != HZ) {
		printf("1..0 # SKIP %ld clock ticks a second, not the trees' %d\n",
		       sysconf(_SC_CLK_TCK), HZ);
		return 0;
	}
	sys_set_proc_root(root);
	procps_follow("4.0.2");
	CHECK((unsigned long)sys_uptime() == UPTIME && sys_boot_time() == 1600000000,
	      "the clock is the tree's: up %.0f s, booted at %lu",
	      sys_uptime(), sys_boot_time());
	setlocale(LC_ALL, "C");
	esc_init();
	test_times();
	test_stat();
	test_masks();
	test_users();
	test_command(false);
	test_command(true);
	test_far_start();
	test_bad_utf8();
	return check_done();
}
