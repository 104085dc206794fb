#!/usr/bin/python3
"""mktree.py - write the made-up /procs of tests/golden (proc/, edges/).

Run from tests/golden: ./mktree.py.  The trees it writes are committed,
and the expected outputs in expected/ were made from them by regen.sh;
change one and the other must be made again (as root, see regen.sh).
The tests read the trees only; this script documents where each number
comes from.  proc/ holds one process of every kind, edges/ processes at
the boundaries where a printer changes its form (tests/unit/test_print.c
builds the same records in C).

The machine: booted at 2020-09-13 12:26:40 UTC (btime 1600000000), up
200000 s (2 days 07:33:20), 100 clock ticks a second, 2000000 kB of
memory, pages of 4 KiB, pid_max 32768, one terminal: /dev/console (5, 1),
the only terminal every system has with a fixed number (the drivers file
names it, and tty.c/procps check /dev/console's device number).
"""

import os
import shutil

HZ = 100
UPTIME = 200000
PAGE_KB = 4
CONSOLE = (5 << 8) | 1          # tty_nr of /dev/console
PF_KTHREAD = 0x00200000
PF_FORKNOEXEC = 0x00000040

ROOT = "proc"                   # the tree proc() writes into

STATE_NAMES = {
    "R": "R (running)", "S": "S (sleeping)", "D": "D (disk sleep)",
    "T": "T (stopped)", "t": "t (tracing stop)", "Z": "Z (zombie)",
    "I": "I (idle)",
}


def ago(seconds):
    """starttime in ticks of a task started @seconds before now"""
    return (UPTIME - seconds) * HZ


def proc(pid, ppid, comm, cmdline, *, uid=(0, 0, 0, 0), gid=(0, 0, 0, 0),
         state="S", pgrp=None, sid=None, tty=0, tpgid=-1, flags=0x400000,
         utime=0, stime=0, cutime=0, cstime=0, nice=0, policy=0, rtprio=0,
         start=0, vm_kb=0, rss_kb=0, lck_kb=0, minflt=0, majflt=0,
         sig=(0, 0, 0, 0, 0), tracer=0, threads=(), groups=(), umask="0022",
         processor=0, kthread=False):
    """One process: PID with its main thread and @threads, a list of
    (tid, comm, state, utime, stime, processor).  @sig: the shared and
    the task's pending, blocked, ignored and caught signal masks."""
    pgrp = pid if pgrp is None else pgrp
    sid = pid if sid is None else sid
    tasks = [(pid, comm, state, utime, stime, processor)] + list(threads)
    nlwp = len(tasks)
    d = os.path.join(ROOT, str(pid))
    os.makedirs(os.path.join(d, "task"))
    if policy:
        prio = -1 - rtprio
    else:
        prio = 20 + nice
    zombie = state == "Z"
    vsize = vm_kb * 1024
    rss_pages = rss_kb // PAGE_KB

    def statline(tid, tcomm, tstate, tut, tst, cpu):
        # the 52 fields of fs/proc/array.c do_task_stat()
        f = [tid, "(%s)" % tcomm, tstate, ppid, pgrp, sid, tty, tpgid,
             flags, minflt, 0, majflt, 0, tut, tst,
             cutime if tid == pid else 0, cstime if tid == pid else 0,
             prio, nice, nlwp, 0, start, vsize, rss_pages,
             18446744073709551615,
             0 if kthread or zombie else 94000000000000,
             0 if kthread or zombie else 94000000100000,
             0 if kthread or zombie else 140720000000000,
             0, 0,
             sig[1] & 0x7fffffff, sig[2] & 0x7fffffff,
             sig[3] & 0x7fffffff, sig[4] & 0x7fffffff,
             0, 0, 0, 17, cpu, rtprio, policy, 0, 0, 0,
             0, 0, 0, 0, 0, 0, 0, 0]
        return " ".join(str(x) for x in f) + "\n"

    def status(tid, tcomm, tstate):
        s = ["Name:\t%s" % tcomm, "Umask:\t%s" % umask,
             "State:\t%s" % STATE_NAMES[tstate],
             "Tgid:\t%d" % pid, "Ngid:\t0", "Pid:\t%d" % tid,
             "PPid:\t%d" % ppid, "TracerPid:\t%d" % tracer,
             "Uid:\t%d\t%d\t%d\t%d" % uid, "Gid:\t%d\t%d\t%d\t%d" % gid,
             "FDSize:\t64",
             "Groups:\t%s " % " ".join(str(g) for g in groups),
             "NStgid:\t%d" % pid, "NSpid:\t%d" % tid,
             "NSpgid:\t%d" % pgrp, "NSsid:\t%d" % sid,
             "Kthread:\t%d" % (1 if kthread else 0)]
        if not kthread and not zombie:
            s += ["VmPeak:\t%8d kB" % vm_kb, "VmSize:\t%8d kB" % vm_kb,
                  "VmLck:\t%8d kB" % lck_kb, "VmPin:\t%8d kB" % 0,
                  "VmHWM:\t%8d kB" % rss_kb, "VmRSS:\t%8d kB" % rss_kb,
                  "RssAnon:\t%8d kB" % (rss_kb // 2),
                  "RssFile:\t%8d kB" % (rss_kb - rss_kb // 2),
                  "RssShmem:\t%8d kB" % 0,
                  "VmData:\t%8d kB" % (vm_kb // 4),
                  "VmStk:\t%8d kB" % 132, "VmExe:\t%8d kB" % 400,
                  "VmLib:\t%8d kB" % (vm_kb // 8),
                  "VmPTE:\t%8d kB" % 60, "VmSwap:\t%8d kB" % 0,
                  "HugetlbPages:\t%8d kB" % 0]
        s += ["CoreDumping:\t0", "THP_enabled:\t1",
              "Threads:\t%d" % nlwp, "SigQ:\t0/7823",
              "SigPnd:\t%016x" % sig[1],
              "ShdPnd:\t%016x" % sig[0],
              "SigBlk:\t%016x" % sig[2], "SigIgn:\t%016x" % sig[3],
              "SigCgt:\t%016x" % sig[4],
              "CapInh:\t0000000000000000",
              "CapPrm:\t%s" % ("000001ffffffffff" if uid[1] == 0 else "0" * 16),
              "CapEff:\t%s" % ("000001ffffffffff" if uid[1] == 0 else "0" * 16),
              "CapBnd:\t000001ffffffffff", "CapAmb:\t0000000000000000",
              "NoNewPrivs:\t0", "Seccomp:\t0", "Seccomp_filters:\t0",
              "Cpus_allowed:\t3", "Cpus_allowed_list:\t0-1",
              "Mems_allowed:\t00000001", "Mems_allowed_list:\t0",
              "voluntary_ctxt_switches:\t10",
              "nonvoluntary_ctxt_switches:\t2"]
        return "\n".join(s) + "\n"

    def statm():
        if kthread or zombie:
            return "0 0 0 0 0 0 0\n"
        return "%d %d %d %d 0 %d 0\n" % (vm_kb // PAGE_KB, rss_pages,
                                         rss_pages // 2, 100,
                                         vm_kb // 4 // PAGE_KB)

    def write(path, text, binary=False):
        with open(path, "wb") as f:
            f.write(text if binary else text.encode())

    for (tid, tcomm, tstate, tut, tst, cpu) in tasks:
        for where in ([d] if tid == pid else []) + [os.path.join(d, "task", str(tid))]:
            os.makedirs(where, exist_ok=True)
            write(os.path.join(where, "stat"),
                  statline(tid, comm if where == d else tcomm,
                           tstate, utime if where == d else tut,
                           stime if where == d else tst, cpu))
            write(os.path.join(where, "status"),
                  status(tid, comm if where == d else tcomm, tstate))
            write(os.path.join(where, "statm"), statm())
            write(os.path.join(where, "cmdline"),
                  b"" if zombie else cmdline, binary=True)
            write(os.path.join(where, "comm"),
                  (comm if where == d else tcomm) + "\n")
    # a process's stat sums its threads' times
    if threads:
        ut = sum(t[3] for t in tasks)
        st = sum(t[4] for t in tasks)
        write(os.path.join(d, "stat"),
              statline(pid, comm, state, ut, st, processor))


def machine(root):
    """the files of the machine at @root, the same in every tree"""
    global ROOT
    ROOT = root
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(os.path.join(ROOT, "sys", "kernel"))
    os.makedirs(os.path.join(ROOT, "tty"))
    with open(os.path.join(ROOT, "uptime"), "w") as f:
        f.write("%d.00 %d.00\n" % (UPTIME, UPTIME * 2 - 12345))
    with open(os.path.join(ROOT, "stat"), "w") as f:
        f.write("cpu  100 0 200 300 0 0 0 0 0 0\n"
                "cpu0 50 0 100 150 0 0 0 0 0 0\n"
                "cpu1 50 0 100 150 0 0 0 0 0 0\n"
                "intr 0\nctxt 1000\nbtime 1600000000\n"
                "processes 32000\nprocs_running 1\nprocs_blocked 0\n"
                "softirq 0 0 0 0 0 0 0 0 0 0 0\n")
    # procps 4's boot time comes with its reading of stat, which also
    # reads the processors' topology
    with open(os.path.join(ROOT, "cpuinfo"), "w") as f:
        for cpu in range(2):
            f.write("processor\t: %d\nvendor_id\t: GenuineIntel\n"
                    "model name\t: Made-up CPU\nphysical id\t: 0\n"
                    "siblings\t: 2\ncore id\t\t: %d\ncpu cores\t: 2\n"
                    "\n" % (cpu, cpu))
    with open(os.path.join(ROOT, "meminfo"), "w") as f:
        f.write("MemTotal:        2000000 kB\nMemFree:         1000000 kB\n"
                "MemAvailable:    1500000 kB\nBuffers:           10000 kB\n"
                "Cached:           200000 kB\nSwapCached:            0 kB\n"
                "SwapTotal:             0 kB\nSwapFree:              0 kB\n")
    with open(os.path.join(ROOT, "loadavg"), "w") as f:
        f.write("0.50 0.40 0.30 2/25 31999\n")
    with open(os.path.join(ROOT, "sys", "kernel", "pid_max"), "w") as f:
        f.write("32768\n")
    with open(os.path.join(ROOT, "tty", "drivers"), "w") as f:
        f.write("/dev/tty             /dev/tty        5       0 system:/dev/tty\n"
                "/dev/console         /dev/console    5       1 system:console\n"
                "/dev/ptmx            /dev/ptmx       5       2 system\n")

    # procps reads its own stat (/proc/self) and status (/proc/PID, by
    # getpid()) at start: regen.sh runs it as pid 1 of a pid namespace,
    # so both are init's
    os.symlink("1", os.path.join(ROOT, "self"))


def everyday():
    """proc/: one process of every kind"""
    machine("proc")
    root = dict(uid=(0, 0, 0, 0), gid=(0, 0, 0, 0))
    nobody = dict(uid=(65534,) * 4, gid=(65534,) * 4, groups=(65534,))
    unknown = dict(uid=(4242,) * 4, gid=(4242,) * 4, groups=(4242, 65534))
    shell_sigs = (0, 0, 0x10000, 0x384004, 0x4b813efb)

    # init: a session leader with days of elapsed time
    proc(1, 0, "systemd", b"/sbin/init\0splash\0", start=1 * HZ,
         utime=15000, stime=8000, cutime=90000, cstime=30000,
         vm_kb=168000, rss_kb=12000, minflt=50000, majflt=120,
         sig=(0, 0, 0, 0x1000, 0x1004cec3), **root)
    # the kernel's thread maker and one of its workers (idle, 'I')
    proc(2, 0, "kthreadd", b"", start=1 * HZ, pgrp=0, sid=0,
         flags=PF_KTHREAD | PF_FORKNOEXEC | 0x8000, kthread=True,
         sig=(0, 0, 0, 0xffffffffffffffff, 0), **root)
    proc(3, 2, "kworker/0:1H-kblockd", b"", start=1 * HZ, pgrp=0, sid=0,
         state="I", flags=PF_KTHREAD | 0x4208060, kthread=True, nice=-20,
         utime=12, stime=340, sig=(0, 0, 0, 0xffffffffffffffff, 0), **root)
    # cron, with a zombie child
    proc(410, 1, "cron", b"/usr/sbin/cron\0-f\0", start=20 * HZ,
         utime=210, stime=90, vm_kb=6600, rss_kb=2600,
         sig=(0, 0, 0, 0x1000, 0x10000), **root)
    proc(412, 410, "sh", b"", state="Z", pgrp=412, sid=412,
         start=ago(600), utime=1, stime=1, **root)
    # a daemon of nobody with more than a day of processor time
    proc(500, 1, "dnsmasq",
         b"/usr/sbin/dnsmasq\0--keep-in-foreground\0--user=nobody\0",
         start=40 * HZ, utime=8000000, stime=1200000, vm_kb=14000,
         rss_kb=3100, sig=(0, 0, 0, 0x1000, 0x4a07), **nobody)
    # a niced (-10) process with locked memory ('<', 'L'), and a
    # realtime one
    proc(520, 1, "chronyd", b"/usr/sbin/chronyd\0-F\0001\0", nice=-10,
         start=45 * HZ, utime=3000, stime=4000, vm_kb=88000, rss_kb=3500,
         lck_kb=88000, sig=(0, 0, 0, 0x1000, 0x80004a07), **root)
    proc(530, 1, "pipewire", b"/usr/bin/pipewire\0", policy=1, rtprio=50,
         start=50 * HZ, utime=60, stime=40, vm_kb=95000, rss_kb=5200,
         sig=(0, 0, 0, 0x1000, 0x4a07), **root)
    # a low-priority (nice 19, 'N') process
    proc(540, 1, "backup", b"/usr/local/bin/backup\0--slow\0", nice=19,
         start=ago(90000), utime=250000, stime=50000, vm_kb=20000,
         rss_kb=9000, **nobody)
    # a login shell on the console, session leader, with its jobs
    proc(600, 1, "bash", b"-bash\0", start=ago(5000), tty=CONSOLE,
         tpgid=700, utime=31, stime=17, vm_kb=8800, rss_kb=5400,
         sig=shell_sigs, **root)
    # a stopped job (^Z): 'T', not in the foreground
    proc(650, 600, "vim", b"vim\0/etc/fstab\0", state="T", tty=CONSOLE,
         tpgid=700, sid=600, start=ago(4000), utime=140, stime=20,
         vm_kb=21000, rss_kb=10200,
         sig=(0, 0, 0, 0x3000, 0x1b0c4eff), **root)
    # the foreground job: a multi-threaded process ('l', '+'), a young one
    proc(700, 600, "python3", b"python3\0-m\0http.server\0", state="S",
         tty=CONSOLE, tpgid=700, sid=600, start=ago(65),
         utime=30, stime=13, vm_kb=250000, rss_kb=24000,
         sig=(0, 0x4000, 0, 0x1001000, 0x180004002),
         threads=[(701, "python3", "R", 12, 2, 1),
                  (702, "worker-1", "S", 0, 1, 0),
                  (703, "worker 2", "D", 3, 0, 1)], **root)
    # su: real user nobody, effective root; strace tracing a stopped child
    proc(710, 600, "su", b"su\0-\0", tty=CONSOLE, tpgid=700, sid=600,
         pgrp=710, start=ago(3000), utime=1, stime=2, vm_kb=9000,
         rss_kb=4000, uid=(65534, 0, 0, 0), gid=(65534, 65534, 65534, 65534),
         sig=(0, 0, 0, 0x1000, 0x10000))
    proc(720, 710, "strace", b"strace\0-p\000721\0", tty=CONSOLE, tpgid=700,
         sid=600, pgrp=710, start=ago(200), utime=5, stime=40, vm_kb=5000,
         rss_kb=2100, sig=(0, 0, 0, 0, 0x4000), **root)
    proc(721, 1, "target", b"./target\0", state="t", tracer=720,
         start=ago(300), utime=9, stime=1, vm_kb=2300, rss_kb=900,
         sig=(0x100, 0, 0x100, 0, 0x100), **root)
    # a process of a uid no system has, a long command line with escapes,
    # invalid bytes and a name with a space
    long_arg = b"--" + b"x" * 200 + b"=" + b"y" * 200
    proc(31999, 1, "tool run", b"/opt/tool\0--name=a\tb\0new\nline\0"
         b"\x1b[31mred\x1b[0m\0caf\xc3\xa9\0bad\xff\xfe\0" + long_arg +
         b"\0last\0", start=ago(3), utime=2, stime=0, vm_kb=3000,
         rss_kb=1000, sig=(0, 0, 0x7fffffffffffffff, 0, 0xfffffffe00000000),
         **unknown)


def edges():
    """edges/: processes at the printers' boundaries (cases.txt edges-*)

    Cumulative times and elapsed times at each change of form (a minute,
    an hour, a day, less one tick or second), %CPU either side of each
    rounding and of 100 over 1000 s of life, and STAT's flags together.
    """
    machine("edges")
    root = dict(uid=(0, 0, 0, 0), gid=(0, 0, 0, 0))
    proc(1, 0, "init", b"/sbin/init\0", start=1 * HZ, **root)
    # TIME and ELAPSED: each (seconds of life, ticks of processor time)
    # at a change of form, busy all its life (%CPU about 100)
    for pid, life, ticks in ((10, 59, 5999), (11, 60, 6000),
                             (12, 3599, 359999), (13, 3600, 360000),
                             (14, 86399, 8639999), (15, 86400, 8640000),
                             (16, 0, 5)):
        proc(pid, 1, "t%d" % life, b"", start=ago(life), utime=ticks,
             sid=1, pgrp=1, **root)
    # %CPU over 1000 s (100000 ticks) of life: tenths truncated, the
    # switch to whole numbers at 100, more than one processor's worth
    for pid, ticks in ((20, 99), (21, 100), (22, 99899), (23, 99999),
                       (24, 100000)):
        proc(pid, 1, "cpu%d" % ticks, b"", start=ago(1000), utime=ticks,
             sid=1, pgrp=1, **root)
    proc(25, 1, "cpu250000", b"", start=ago(1000), utime=100000,
         stime=50000, sid=1, pgrp=1,
         threads=[(26, "cpu250000", "R", 70000, 30000, 1)], **root)
    # STAT: every flag at once, and apart
    proc(40, 1, "allflags", b"", state="R", nice=5, lck_kb=4, vm_kb=400,
         rss_kb=40, tty=CONSOLE, tpgid=40,
         threads=[(41, "allflags", "S", 0, 0, 0)], **root)
    proc(42, 1, "fgdisk", b"", state="D", nice=-5, sid=40, tty=CONSOLE,
         tpgid=40, pgrp=40, **root)
    proc(43, 1, "idle", b"", state="I", sid=1, pgrp=1, nice=-20,
         kthread=True, flags=PF_KTHREAD, **root)


def main():
    everyday()
    edges()


main()
