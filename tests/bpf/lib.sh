# tests/bpf/lib.sh - shared by the BPF source tests (sourced; POSIX sh).
#
# Environment from the Makefile: TDPS (the binary), TASKGEN, DUMPSTAT,
# HAVE_BPF (yes/no); TDPSTREE defaults to the tdpstree beside TDPS.
# Every test skips, as a TAP plan of 0, when it cannot run here: not
# root, no BPF support built, no kernel BTF, no unshare, or the kernel
# refuses to load the program.

TDPSTREE=${TDPSTREE:-$(dirname "$TDPS")/tdpstree}
# util-linux's setpriv, or what stands in for it (tests/bpf/kernels.test's
# VM, whose busybox sh would run its own setpriv, which cannot set ids)
SETPRIV=${SETPRIV:-setpriv}

# Results are unnumbered TAP lines ("ok - ..."), so the scripts that run
# in nested namespaces can print them too; tap_plan counts them at the
# end and prints the plan.
ok() {
	echo "ok - $1"
}

not_ok() {
	echo "not ok - $1"
}

# print the collected TAP lines in $1, then the plan
tap_plan() {
	count=$(grep -c -e '^ok' -e '^not ok' "$1")
	if [ "$count" = 0 ]; then
		echo "not ok - no results"
		count=1
	fi
	cat "$1"
	echo "1..$count"
}

skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

# skip unless the BPF source can load here
need_bpf() {
	[ "$(id -u)" = 0 ] || skip_all "not root"
	[ "$HAVE_BPF" = yes ] || skip_all "built without the BPF source"
	[ -r /sys/kernel/btf/vmlinux ] || skip_all "no kernel BTF (/sys/kernel/btf/vmlinux)"
	command -v unshare >/dev/null || skip_all "no unshare"
	unshare --pid --fork --mount-proc true 2>/dev/null ||
		skip_all "cannot make a pid namespace"
	msg=$(TDPS_BPF_PIN=/nonexistent "$TDPS" --source=bpf -p 1 -o pid= 2>&1 >/dev/null)
	case $msg in
	*"not available"*) skip_all "cannot load the BPF program: ${msg#*: }" ;;
	esac
}

# wait for the ready files taskgen creates (at most about 10 s)
wait_ready() {
	i=0
	for f in "$@"; do
		while [ ! -e "$f" ]; do
			i=$((i + 1))
			[ $i -gt 200 ] && return 1
			sleep 0.05
		done
	done
}

# A population of tasks of every shape, in the current (fresh) pid
# namespace, all children of its init (each is started from a subshell
# that exits), so the shell that compares is no task's parent.  $1 is a
# scratch directory.
populate() {
	dir=$1
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		(sleep 100000 &)
	done
	(nice -n 5 sleep 100000 &)
	(nice -n 19 sleep 100000 &)
	(nice -n -5 sleep 100000 &)
	($SETPRIV --reuid=65534 --regid=65534 --clear-groups sleep 100000 &)
	($SETPRIV --reuid=65534 --regid=65534 --clear-groups sleep 100000 &)
	($SETPRIV --reuid=1 --regid=1 --clear-groups sleep 100000 &)
	(setsid sleep 100000 &)
	(sleep 100000 & kill -STOP $!)
	echo 5000 > /proc/sys/kernel/ns_last_pid
	("$TASKGEN" "$dir/r.wrap" wrap &)
	("$TASKGEN" "$dir/r.threads" threads 7 &)
	("$TASKGEN" "$dir/r.lexit" leader-exit 3 &)
	("$TASKGEN" "$dir/r.zombie" zombie &)
	("$TASKGEN" "$dir/r.traced" traced &)
	("$TASKGEN" "$dir/r.name" name "a b)c (x" &)
	($SETPRIV --reuid=65534 --regid=65534 --clear-groups \
		"$TASKGEN" "$dir/r.nobody" threads 2 &)
	# CPU times (cputime_adjust of a group), a set title, locked
	# memory, a command line longer than the program sends
	("$TASKGEN" "$dir/r.busy" busy 2 &)
	("$TASKGEN" "$dir/r.title" title "postgres: checkpointer " &)
	("$TASKGEN" "$dir/r.locked" locked &)
	("$TASKGEN" "$dir/r.long" threads 0 "$(printf '%06000d' 0)" &)
	chmod 777 "$dir"
	wait_ready "$dir/r.wrap" "$dir/r.threads" "$dir/r.lexit" \
		"$dir/r.zombie" "$dir/r.traced" "$dir/r.name" "$dir/r.nobody" \
		"$dir/r.busy" "$dir/r.title" "$dir/r.locked" "$dir/r.long"
}

# Two tasks differ between runs by nature: tdps itself and the shell
# that runs it (CPU time, sizes, arguments).  They get fixed pids through
# ns_last_pid, and their lines are dropped: the worker shell is WORKER
# (see as_init), each tdps run SELF.
WORKER=29000
SELF=30000

# Be the idle init of a new namespace: run "$0 ARGS..." as pid WORKER
# and wait.  init's own CPU time stays below a clock tick, so its
# %CPU is stable.
as_init() {
	echo $((WORKER - 1)) > /proc/sys/kernel/ns_last_pid
	sh "$0" "$@"
}

# run tdps with source $1 and the remaining arguments, as pid SELF
run_source() {
	src=$1
	shift
	echo $((SELF - 1)) > /proc/sys/kernel/ns_last_pid
	TDPS_SOURCE=$src $RUNAS "$TDPS" "$@" > "$out.$src" 2>&1 </dev/null
	echo "exit $?" >> "$out.$src"
	grep -vw -e "$SELF" -e "$WORKER" "$out.$src" > "$out.$src.f"
}

# The lines of the candidate $3 that neither /proc run around it ($1, $2)
# has, as the issue counted them; then, after a space, the lines both runs
# have that the candidate lacks.
lines_differ() {
	a=$(grep -Fxv -f "$1" "$3" | grep -Fxvc -f "$2")
	b=$(grep -Fx -f "$1" "$2" | grep -Fxvc -f "$3")
	echo "$a $b"
}

# compare one command line under --source=proc and --source=$VS (bpf
# unless set); $out names the scratch files.  %CPU and C of a young
# process fall as it ages (a sleeper that took a tick to start shows 1.0
# at 1 s, 0.9 a moment later), so the runs share one clock (TDPS_UPTIME,
# TDPS_NOW: see src/lib/system/sys_facts.c).  /proc is read before and after anyway,
# for whatever else moves: the candidate must equal one of the two reads;
# when it equals neither and the two differ, the triple is taken again, up
# to five times; when the two agree and the candidate does not, that is a
# real difference.
compare() {
	vs=${VS:-bpf}
	try=0
	TDPS_UPTIME=$(cut -d' ' -f1 /proc/uptime)
	TDPS_NOW=$(date +%s)
	export TDPS_UPTIME TDPS_NOW
	while :; do
		run_source proc "$@"
		run_source "$vs" "$@"
		mv "$out.proc.f" "$out.before.f"
		run_source proc "$@"
		if cmp -s "$out.before.f" "$out.$vs.f" ||
		   cmp -s "$out.proc.f" "$out.$vs.f"; then
			ok "${RUNAS:+as $RUNAS: }${VS:+source $VS: }${TDPS##*/} $*"
			break
		fi
		if [ -n "${TDPS_COMPARE_LINES:-}" ] &&
		   [ "$(lines_differ "$out.before.f" "$out.proc.f" "$out.$vs.f")" = "0 0" ]; then
			ok "${RUNAS:+as $RUNAS: }${VS:+source $VS: }${TDPS##*/} $* (each line as one /proc run has it)"
			break
		fi
		try=$((try + 1))
		cmp -s "$out.before.f" "$out.proc.f" || [ $try -ge 5 ] || continue
		not_ok "${RUNAS:+as $RUNAS: }${VS:+source $VS: }${TDPS##*/} $*"
		[ $try -ge 5 ] && echo "# /proc itself changed on every try"
		d=$(lines_differ "$out.before.f" "$out.proc.f" "$out.$vs.f")
		echo "# ${d% *} of $(wc -l < "$out.$vs.f") lines differ from both /proc runs (${d#* } of theirs missing)"
		diff "$out.proc.f" "$out.$vs.f" | cut -c1-160 | sed 's/^/# /' | head -20
		break
	done
	unset TDPS_UPTIME TDPS_NOW
}

# the command lines every comparison runs
CMDLINES='ax -o pid,ppid
ax -o pid,ppid,pgid,sid,tpgid,stat,comm
-e
-ef
-eF
-el
-ely
aux
axu
axjf
-ejH
-e --forest -o pid,ppid,comm
-eLf
-eLF
-eT
axm -o pid,lwp,stat,time,comm
-em -o pid,tid,stat,comm
-eLo pid,lwp,nlwp,stat,state,comm
-eo pid,tid,thcount,stat,comm
-eo pid,user,group,ruser,euser,suser,fuser,rgroup,egroup,sgroup,fgroup
-eo pid,uid,ruid,euid,suid,fuid,gid,rgid,egid,sgid,fgid,supgid
-eo pid,ni,pri,opri,intpri,rtprio,cls,policy,sched
-eo pid,args
-eo pid,comm,ucmd,fname,cmd
-eo pid,vsz,rss,sz,size,trs,drs
-eo pid,time,cputime,cputimes,bsdtime,times,%cpu,c,cp,cuc,cuu
-eo pid,maj_flt,min_flt,majflt,minflt,pagein,psr,lim,nlwp,rsz,rssize,vsize
-eo pid,m_size,m_drs,m_trs,sz,pmem,%mem,sgi_p
-eo pid,eip,esp,stackp,start_stack
-eLo pid,lwp,time,psr,min_flt,maj_flt,stat,ni,pri,policy,rtprio
axS -o pid,time,maj_flt,min_flt
axv
axl
-eo pid,lstart,start,bsdstart,start_time
-eo pid,stat,state,wchan:30,flags
-eo pid,tty,tname,tpgid,sess,pgid,pgrp
-d -o pid,sid
-d
-g 0
-a -o pid,pgid,comm
-e --sort=-pgid,sid,pid -o pid,ppid
-eo pid,sig,sigmask,sigignore,sigcatch
-eo pid,ipcns,mntns,netns,pidns,userns,utsns
-C sleep
-C taskgen
-u nobody
-U 65534 -o pid,user,comm
-g 1
--ppid 1
-p 1,2,3
-q 1,2,3
-s 1
r
x
a
-N -p 1
-e --sort=-pid
-e --sort=comm,pid
axk ppid,-pid
-eo pid,ppid --no-headers
-p 5001 -L
-C a
--pid 1 --ppid 1 -o pid,ppid,comm'

# TDPS_BPF_QUICK (set in tests/bpf/kernels.test's VMs, where every run is
# emulated): fewer command lines, each column the program sends in one
# of them
QUICK_CMDLINES='ax -o pid,ppid
ax -o pid,ppid,pgid,sid,tpgid,stat,comm
-ef
aux
-el
-eLf
-eo pid,user,group,ruser,euser,suser,fuser,rgroup,egroup,sgroup,fgroup
-eo pid,ni,pri,opri,intpri,rtprio,cls,policy,sched
-eo pid,vsz,rss,sz,size,trs,drs
-eo pid,time,cputime,cputimes,bsdtime,times,%cpu,c,cp,cuc,cuu
-eo pid,maj_flt,min_flt,majflt,minflt,pagein,psr,lim,nlwp,rsz,rssize,vsize
-eLo pid,lwp,time,psr,min_flt,maj_flt,stat,ni,pri,policy,rtprio
axv
-eo pid,lstart,start,bsdstart,start_time
-eo pid,tty,tname,tpgid,sess,pgid,pgrp
-eo pid,eip,esp,stackp,start_stack'
[ -n "${TDPS_BPF_QUICK:-}" ] && CMDLINES=$QUICK_CMDLINES

# the tdpstree command lines (compare_all "$TREE_CMDLINES" with
# TDPS=$TDPSTREE)
TREE_CMDLINES='-p
-pg
-pgT
-apu
-pn'

# compare every line of $CMDLINES (or of $1)
compare_all() {
	lines=${1:-$CMDLINES}
	old_ifs=$IFS
	IFS='
'
	set -f
	for line in $lines; do
		IFS=$old_ifs
		compare $line
		IFS='
'
	done
	set +f
	IFS=$old_ifs
}
