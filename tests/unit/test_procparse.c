/*
 * test_procparse.c - the /proc text parsers on hostile and normal input.
 */
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "lib/proc/proc_parse.h"

static const char *STAT_REST =
	" S 1 42 42 34816 4242 4194560 1234 5 6 7 100 200 3 4 20 0 3 0 "
	"98765 10485760 300 18446744073709551615 4194304 4196000 "
	"140737488350000 0 0 0 65536 3 1 0 0 0 17 1 0 0 9 8 7 "
	"1 2 3 4 5 6 7\n";

static void stat_with_comm(const char *comm, const char *want_comm)
{
	char buf[1024];
	struct task t;

	memset(&t, 0, sizeof(t));
	snprintf(buf, sizeof(buf), "123 (%s)%s", comm, STAT_REST);
	CHECK(proc_parse_stat(buf, &t) == 0, "stat parses with comm \"%s\"", want_comm);
	CHECK_STR(t.comm, want_comm, "comm kept whole");
	CHECK(t.state == 'S' && t.ppid == 1 && t.pgrp == 42 && t.sid == 42,
	      "state and ids after the comm");
	CHECK(t.tty == 34816 && t.tpgid == 4242, "tty and tpgid");
	CHECK(t.utime == 100 && t.stime == 200 && t.cutime == 3 && t.cstime == 4,
	      "times");
	CHECK(t.priority == 20 && t.nice == 0 && t.nlwp == 3, "priority, nice, threads");
	CHECK(t.start_time == 98765 && t.vsize == 10485760 && t.rss == 300,
	      "start time and sizes");
	CHECK(t.rsslim == 18446744073709551615UL, "rsslim at RLIM_INFINITY");
	CHECK(t.processor == 1 && t.rtprio == 0 && t.policy == 0, "cpu and scheduling");
	CHECK(t.blkio_ticks == 9 && t.gtime == 8 && t.cgtime == 7, "tail fields");
}

static void test_stat(void)
{
	struct task t;
	char buf[256];

	stat_with_comm("bash", "bash");
	stat_with_comm("a) b", "a) b");
	stat_with_comm(") ) (", ") ) (");
	stat_with_comm("x\ny", "x\ny");
	stat_with_comm("", "");

	memset(&t, 0, sizeof(t));
	CHECK(proc_parse_stat("garbage", &t) < 0, "no parenthesis is rejected");
	CHECK(proc_parse_stat("1 (x", &t) < 0, "no closing parenthesis is rejected");
	CHECK(proc_parse_stat("1 (x)", &t) < 0, "nothing after the comm is rejected");
	CHECK(proc_parse_stat("1 (x) R", &t) == 0 && t.state == 'R' && t.nlwp == 1,
	      "a truncated line gives zeros, and one thread");
	memset(buf, 'a', sizeof(buf));
	buf[0] = '1';
	buf[1] = ' ';
	buf[2] = '(';
	strcpy(buf + 200, ") Z 0");
	CHECK(proc_parse_stat(buf, &t) == 0 && strlen(t.comm) == sizeof(t.comm) - 1,
	      "an over-long comm is cut to the record");
	CHECK(t.state == 'Z', "state after a long comm");
	stat_with_comm("-5 S", "-5 S");
	memset(&t, 0, sizeof(t));
	CHECK(proc_parse_stat("1 (n) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 39 19 1", &t) == 0 &&
	      t.tpgid == -1 && t.priority == 39 && t.nice == 19, "negative numbers");
}

static void test_status(void)
{
	const char *status =
		"Name:\tbash\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t7\n"
		"Uid:\t1000\t1001\t1002\t1003\nGid:\t10\t11\t12\t13\n"
		"Groups:\t4 24 27 \nVmSize:\t  10000 kB\nVmLck:\t       8 kB\n"
		"VmRSS:\t    300 kB\nRssAnon:\t 100 kB\nRssFile:\t 150 kB\n"
		"RssShmem:\t 50 kB\nVmData:\t 700 kB\nVmStk:\t 132 kB\n"
		"VmExe:\t 10 kB\nVmLib:\t 20 kB\nVmSwap:\t 0 kB\n"
		"SigQ:\t0/1000\nSigPnd:\t0000000000000001\nShdPnd:\t0000000000000100\n"
		"SigBlk:\t0000000000010000\nSigIgn:\t0000000000000006\n"
		"SigCgt:\tffffffff43817efb\n";
	struct task t;
	struct arena a;

	arena_init(&a);
	memset(&t, 0, sizeof(t));
	proc_parse_status(status, &t, TG_BIT(TG_CRED) | TG_BIT(TG_STATM) |
			  TG_BIT(TG_SIGNAL) | TG_BIT(TG_GROUPS), &a);
	CHECK(t.ruid == 1000 && t.euid == 1001 && t.suid == 1002 && t.fuid == 1003,
	      "uids in order");
	CHECK(t.rgid == 10 && t.egid == 11 && t.sgid == 12 && t.fgid == 13, "gids");
	CHECK(t.nsupgids == 3 && t.supgids[0] == 4 && t.supgids[2] == 27,
	      "supplementary groups");
	CHECK(t.vm_size == 10000 && t.vm_lock == 8 && t.vm_rss == 300 &&
	      t.vm_data == 700 && t.vm_stack == 132, "memory sizes");
	CHECK(t.sigpnd == 1 && t.shdpnd == 0x100 && t.sigblk == 0x10000 &&
	      t.sigign == 6 && t.sigcgt == 0xffffffff43817efbULL, "signal masks");
	CHECK(t.have & TG_BIT(TG_CRED), "cred group marked");

	memset(&t, 0, sizeof(t));
	proc_parse_status("Name:\tkworker\nUid:\t0\t0\t0\t0\nGroups:\t\n", &t,
			  TG_BIT(TG_CRED) | TG_BIT(TG_GROUPS), &a);
	CHECK(t.nsupgids == 0 && t.vm_size == 0, "kernel thread: no groups, no memory");
	memset(&t, 0, sizeof(t));
	proc_parse_status("Uid", &t, TG_BIT(TG_CRED), &a);
	proc_parse_status("Uid:", &t, TG_BIT(TG_CRED), &a);
	proc_parse_status(":::\n\n:", &t, TG_BIT(TG_CRED), &a);
	CHECK(t.ruid == 0, "truncated status lines are harmless");
	arena_free(&a);
}

static void test_small(void)
{
	struct task t;

	memset(&t, 0, sizeof(t));
	proc_parse_io("rchar: 1\nwchar: 2\nsyscr: 3\nsyscw: 4\nread_bytes: 5\n"
		      "write_bytes: 6\ncancelled_write_bytes: 7\n", &t);
	CHECK(t.rchar == 1 && t.wchar == 2 && t.syscr == 3 && t.syscw == 4 &&
	      t.read_bytes == 5 && t.write_bytes == 6 && t.cancelled_write_bytes == 7,
	      "io counters");
	proc_parse_autogroup("/autogroup-42 nice 5\n", &t);
	CHECK(t.ag_id == 42 && t.ag_nice == 5, "autogroup");
	proc_parse_smaps_rollup("Rss: 10 kB\nPss: 7 kB\nPss_Anon: 3 kB\n"
				"Private_Clean: 2 kB\nPrivate_Dirty: 4 kB\n"
				"SwapPss: 1 kB\n", &t);
	CHECK(t.smap_pss == 7 && t.smap_uss == 6, "smaps rollup pss and uss");
}

int main(void)
{
	test_stat();
	test_status();
	test_small();
	return check_done();
}
