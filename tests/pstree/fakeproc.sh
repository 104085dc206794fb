#!/bin/sh
# fakeproc.sh - tdpstree against psmisc pstree on a /proc that cannot
# happen on purpose: pid 1 missing, parents that vanished (psmisc's "?"
# placeholders and fix_orphans()), 63-byte names, command lines without
# NULs or longer than psmisc reads, and process and thread names with
# ")", "(", newlines and escapes in every position (psmisc reads a
# process's name from its whole stat, a thread's from the first line of
# its stat).  The fake tree is a tmpfs mounted over /proc in a private
# mount namespace.  tmpfs lists newest first, so the entries are made in
# descending order to list like the real /proc.  Every case runs against
# psmisc 23.6 and, where its reference build is found (../shared/refs or
# TDPS_REFS, as tests/compat finds it), against 23.7 with TDPS_PSMISC=23.7.
#
# Environment: TDPSTREE and PSTREE_REF name the candidate and the reference.

srcdir=${srcdir:-$(dirname "$0")/../..}
TDPSTREE=${TDPSTREE:-./src/tdpstree}
PSTREE_REF=${PSTREE_REF:-/usr/bin/pstree}

. "$srcdir/tests/tap.sh"
skip() {
	tap_skip_all "$*"
}

[ "$(id -u)" = 0 ] || skip "needs root (mount namespaces)"
[ -x "$PSTREE_REF" ] || skip "no reference pstree at $PSTREE_REF"
"$PSTREE_REF" -V 2>&1 | grep -q 'PSmisc) 23\.6' ||
	skip "$PSTREE_REF is not psmisc 23.6"
unshare --mount true 2>/dev/null || skip "cannot create a mount namespace here"
[ -x "$TDPSTREE" ] || { echo "Bail out! $TDPSTREE not built"; exit 1; }

if [ "$1" != --inside ]; then
	tmp=$(mktemp -d /tmp/pstree-fake.XXXXXX) || exit 1
	trap 'rm -rf "$tmp"' EXIT
	trap 'exit 1' INT TERM
	abs() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
	mkdir "$tmp/ref" "$tmp/td" "$tmp/proc"
	ln -s "$(abs "$PSTREE_REF")" "$tmp/ref/pstree"
	ln -s "$(abs "$TDPSTREE")" "$tmp/td/pstree"
	here=$srcdir/tests/compat
	. "$here/test-common.sh"
	r=$(reference_bin psmisc-23.7 pstree)
	if [ -n "$r" ] && [ -x "$r" ]; then
		mkdir "$tmp/ref237" && ln -s "$(abs "$r")" "$tmp/ref237/pstree"
	fi
	unshare --mount --propagation private sh "$0" --inside "$tmp" |
		tap_results
	exit 0
fi

# from here on in the private mount namespace
tmp=$2
fake=$tmp/proc
mount -t tmpfs pstree-fake "$fake" || exit 1

# stat line: pid (comm) state ppid pgrp session ... num_threads (field
# 20) ... starttime (field 22).  num_threads counts the entries of task/
# as on a real /proc: tdpstree lists task/ only when it is above 1.
statline() {
	printf '%s (%s) S %s %s %s 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 %s 0 100 1000 10 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n' \
		"$1" "$2" "$3" "$4" "$4" "$5"
}

# proc PID PPID UID COMM CMDLINE-PRINTF [TID:NAME ...]
proc() {
	pid=$1 ppid=$2 uid=$3 comm=$4 cmd=$5
	shift 5
	d=$fake/$pid
	nlwp=$(($# + 1))
	mkdir -p "$d/task/$pid"
	statline "$pid" "$comm" "$ppid" "$pid" $nlwp > "$d/stat"
	cp "$d/stat" "$d/task/$pid/stat"
	# shellcheck disable=SC2059
	printf "$cmd" > "$d/cmdline"
	for t in "$@"; do
		tid=${t%%:*}
		mkdir -p "$d/task/$tid"
		statline "$tid" "${t#*:}" "$ppid" "$pid" $nlwp > "$d/task/$tid/stat"
		cp "$d/cmdline" "$d/task/$tid/cmdline"
	done
	cp "$d/cmdline" "$d/task/$pid/cmdline"
	chown -R "$uid" "$d"
}

long=$(printf 'x%.0s' $(seq 1 9000))
name63=kworker/u8:1-events_unbound_with_a_very_long_workqueue_name_xx

# names with ")", "(", a newline and escapes in every position: a
# process's shows whole; a thread's (with -t) up to the last ")" before
# its first newline, or its process's name when there is none
nl=$(printf '\nx') nl=${nl%x}
esc=$(printf '\033') bel=$(printf '\007')

# newest first in a listing: make the highest pid first
printf '12345.67 2345.67\n' > "$fake/uptime"
proc 60 1 0 "(${nl}p)" 'paren\0'
proc 59 1 0 "${nl})(" 'nlfirst\0'
proc 58 1 0 "q)" 'closelast\0'
proc 57 1 0 ")q" 'closefirst\0'
proc 56 1 0 "a)${nl}b" 'nlafter\0'
proc 40 1 0 "p)${nl}(q" 'odd\0' \
	41:"t) (x${nl}${esc}[31m" 42:")${nl}start" 43:"end)${nl}" 44:"${nl})" \
	45:"(${nl})" 46:"a(b)c${nl}d" 47:"x)y)z${nl}" 48:"((" 49:"))" 50:")(" \
	51:"${nl}" 52:"a${nl}b)c" 53:"q)${esc}${nl}${bel})" 54:"(x)" \
	55:"${esc}]0;t${bel})${nl}"
proc 20 15 0 sleep 'sleep\0'
proc 15 1 0 thready 'thready\0' 16:thready 17:io 18:thready 19:"a b"
proc 14 1 0 empties 'empties\0\0\0a\0\0b\0'
proc 13 1 0 long "long\\0$long\\0end\\0"
proc 12 1 0 title 'title: rewritten with spaces, no NUL'
proc 10 4 0 lost 'lost\0three\0'
proc 9 11 0 lost 'lost\0two\0'
proc 8 1 0 sleep 'sleep\0100\0'
proc 7 4 0 lost 'lost\0one\0'
proc 6 1 1000 sleep 'sleep\0100\0'
proc 5 1 0 orphan 'orphan\0-a\0'
proc 3 2 0 "$name63" '' 33:"$name63"
proc 2 0 0 kthreadd ''

# A sanitizer build (configure --enable-sanitizers) reads its options
# and its own name from /proc/self, which this /proc lacks: give it those
# two (non-numeric, so neither pstree lists it), send its reports to
# files that are checked after each run, and turn off the leak check,
# which needs the real /proc/PID/task (the other tests do it).
asan=
if grep -q __asan_init "$tmp/td/pstree" 2>/dev/null; then
	asan=$tmp/asan
	mkdir "$fake/self"
	ln -s "$(readlink -f "$tmp/td/pstree")" "$fake/self/exe"
	printf 'ASAN_OPTIONS=detect_leaks=0:log_path=%s\0UBSAN_OPTIONS=log_path=%s\0' \
		"$asan" "$asan" > "$fake/self/environ"
fi
sanitizer_report() {
	[ -n "$asan" ] || return 1
	found=1
	for f in "$asan".*; do
		[ -f "$f" ] || continue
		grep -q 'ERROR\|runtime error' "$f" && { cat "$f"; found=0; }
		rm -f "$f"
	done
	return $found
}

mount --bind "$fake" /proc || exit 1

pass=0 total=0
# the reference (ref/: the system's 23.6; ref237/: 23.7) and the release
# tdpstree follows (TDPS_PSMISC, in both environments)
refdir=ref release=23.6 what=fake
run() {
	name=$1 env=$2
	shift 2
	total=$((total + 1))
	for tool in $refdir td; do
		# shellcheck disable=SC2086
		env -i PATH=/usr/bin:/bin LANG=C TDPS_PSMISC=$release $env \
			"$tmp/$tool/pstree" "$@" > "$tmp/$tool.out" 2> "$tmp/$tool.err"
		echo "[exit $?]" >> "$tmp/$tool.err"
	done
	if sanitizer_report > "$tmp/san.txt"; then
		echo "FAIL: $what $name"
		sed 's/^/    /' "$tmp/san.txt"
	elif cmp -s "$tmp/$refdir.out" "$tmp/td.out" && cmp -s "$tmp/$refdir.err" "$tmp/td.err"; then
		pass=$((pass + 1))
		echo "PASS: $what $name"
	else
		echo "FAIL: $what $name"
		echo "--- psmisc (<) vs tdpstree (>)"
		diff "$tmp/$refdir.out" "$tmp/td.out" | head -n 20
		diff "$tmp/$refdir.err" "$tmp/td.err" | head -n 10
		:
	fi
}

cases() {
	run plain ''
	run pids '' -p
	run numeric '' -n
	run numeric-pids '' -np
	run uid '' -u
	run args '' -a
	run args-pids '' -ap
	run args-long '' -al
	run args-40 COLUMNS=40 -a
	run args-long-40 COLUMNS=40 -al
	run thread-names '' -t
	run thread-names-args '' -ta
	run hide-threads '' -T
	run pgids '' -pg
	run placeholder '' 4
	run placeholder-parents '' -sp 9
	run pid-zero '' -p 0
	run user '' root
	run user-uid '' -u root
	run width20 COLUMNS=20
	run color '' -C age
	run odd-names '' 40
	run odd-names-threads '' -t 40
	run odd-names-threads-pids '' -tp 40
	run odd-names-threads-args '' -ta 40
	run odd-names-threads-numeric '' -tn 40
	run odd-names-threads-compact '' -t -c 40
	run odd-names-utf8 LANG=C.UTF-8 -t 40
}
cases
if [ -d "$tmp/ref237" ]; then
	refdir=ref237 release=23.7 what="fake 23.7"
	cases
fi

echo "pstree (fake /proc): $pass of $total cases identical"
