#!/bin/sh
# syscalls.sh - how many system calls tdps and tdpstree make per process.
#
# Not a timing test: the count is deterministic, and it is what a
# regression in the readers shows first (a file read that should not be,
# a listing that should be skipped, a per-row mmap).  In a private pid
# namespace with 2000 idle processes, each command's strace -f -c total,
# divided by the processes, must stay within its budget: the files it
# reads times three (open, read, close), plus 0.3 for start-up, listing
# and output spread over the processes.  futex calls are left out of the
# total: the watched workers that read command lines hand work and
# results over through a mutex and a condition variable, and how often
# those sleep depends on how the threads happen to be scheduled (on a
# loaded machine, -ef made 109 to several hundred of them), not on what
# is read.
#
# Environment: TDPS, TDPSTREE, IDLER (default ./src/tdps, ./src/tdpstree,
# ./bench/idler).

srcdir=${srcdir:-$(dirname "$0")/../..}
TDPS=${TDPS:-./src/tdps}
TDPSTREE=${TDPSTREE:-./src/tdpstree}
IDLER=${IDLER:-./bench/idler}
N=2000

. "$srcdir/tests/tap.sh"

if [ "$1" != --inside ]; then
	[ "$(id -u)" = 0 ] || tap_skip_all "needs root (pid namespaces)"
	command -v strace > /dev/null || tap_skip_all "no strace"
	unshare --pid --fork --mount-proc true 2> /dev/null ||
		tap_skip_all "cannot create a pid namespace here"
	for b in "$TDPS" "$TDPSTREE" "$IDLER"; do
		[ -x "$b" ] || { echo "Bail out! $b not built"; exit 1; }
	done
	TDPS=$TDPS TDPSTREE=$TDPSTREE IDLER=$IDLER \
		unshare --pid --fork --mount-proc --kill-child sh "$0" --inside |
		tap_results
	exit 0
fi

# from here on in the private pid namespace, as its init.  The budgets
# are the /proc source's: auto could take the BPF iterator here (root,
# 2000 processes), which reads no file per process at all
TDPS_SOURCE=proc
export TDPS_SOURCE
fifo=$(mktemp -u /tmp/tdps-syscalls.XXXXXX)
mkfifo "$fifo" || exit 1
"$IDLER" $N > "$fifo" &
idler=$!
read -r ready < "$fifo"
rm -f "$fifo"
[ "$ready" = ready ] || { echo "FAIL: the idler did not start"; exit 0; }
procs=$(ls /proc | grep -c '^[0-9]')
out=$(mktemp /tmp/tdps-syscalls.XXXXXX) || exit 1

# check BUDGET COMMAND...: per-process syscalls within BUDGET
check() {
	budget=$1
	shift
	strace -f -c -o "$out" -- "$@" > /dev/null 2>&1
	calls=$(awk '$NF == "total" { t = $4 } $NF == "futex" { f = $4 }
		END { print t - f }' "$out")
	per=$(awk -v c="${calls:-0}" -v n="$procs" 'BEGIN { printf "%.2f", c / n }')
	if awk -v p="$per" -v b="$budget" 'BEGIN { exit !(p > 0 && p <= b) }'; then
		echo "PASS: $* : $per syscalls per process (budget $budget)"
	else
		echo "FAIL: $* : $per syscalls per process (budget $budget)"
	fi
}

# stat only
check 3.3 "$TDPS" ax -o pid,ppid
# stat, the owner (fstatat), cmdline
check 7.3 "$TDPS" -ef
# stat, status (VmLck), cmdline
check 9.3 "$TDPS" aux
check 9.3 "$TDPS" axf
# stat, statm
check 6.3 "$TDPS" -e --sort=-rss,pid
# stat, the owner, statm, wchan
check 10.3 "$TDPS" -ely
# stat and the owner; no task/ listing for single-threaded processes
check 4.3 "$TDPSTREE" -p
check 3.3 "$TDPS" -eL -o pid,lwp
kill "$idler"
wait "$idler"
rm -f "$out"
