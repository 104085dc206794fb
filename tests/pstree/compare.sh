#!/bin/sh
# compare.sh - tdpstree against psmisc pstree 23.6, byte for byte.
#
# Builds a fixed process tree in a fresh pid namespace (pst-fixture, as
# its pid 1) and runs every case of cases.txt with both binaries, each
# under the name "pstree" and with the same pid.  Stdout, stderr and the
# exit code must all be equal.  An Automake test: 77 (SKIP) when it
# cannot run here (not root, no namespaces, no psmisc 23.6).
#
# Environment: TDPSTREE, PST_FIXTURE, PSTREE_REF, PST_CASES override the
# binaries and the case list; PST_KEEP=1 keeps the outputs.

srcdir=${srcdir:-$(dirname "$0")/../..}
TDPSTREE=${TDPSTREE:-./src/tdpstree}
PST_FIXTURE=${PST_FIXTURE:-./tests/pstree/pst-fixture}
PSTREE_REF=${PSTREE_REF:-/usr/bin/pstree}
PST_CASES=${PST_CASES:-$srcdir/tests/pstree/cases.txt}

. "$srcdir/tests/tap.sh"
skip() {
	tap_skip_all "$*"
}

[ "$(id -u)" = 0 ] || skip "needs root (pid namespaces, setuid, ns_last_pid)"
[ -x "$PSTREE_REF" ] || skip "no reference pstree at $PSTREE_REF"
"$PSTREE_REF" -V 2>&1 | grep -q 'PSmisc) 23\.6' ||
	skip "$PSTREE_REF is not psmisc 23.6"
command -v unshare >/dev/null || skip "unshare(1) not found"
unshare --pid --fork --mount-proc true 2>/dev/null ||
	skip "cannot create a pid namespace here"
[ -x "$TDPSTREE" ] || { echo "Bail out! $TDPSTREE not built"; exit 1; }
[ -x "$PST_FIXTURE" ] || { echo "Bail out! $PST_FIXTURE not built"; exit 1; }

tmp=$(mktemp -d /tmp/pstree-compare.XXXXXX) || exit 1
[ -n "$PST_KEEP" ] || trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
chmod 755 "$tmp"
mkdir "$tmp/ref" "$tmp/td" "$tmp/out"
abs() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
ln -s "$(abs "$PSTREE_REF")" "$tmp/ref/pstree"
ln -s "$(abs "$TDPSTREE")" "$tmp/td/pstree"
# the tree's other users re-execute the fixture, so it must be theirs to run
cp "$PST_FIXTURE" "$tmp/pst-fixture"
cases=$(abs "$PST_CASES")

# user names the tree shows: a long one (over ps's 32), uid 1002 has none,
# "idle" owns no process
cat > "$tmp/passwd" <<PASSWD
root:x:0:0:root:/root:/bin/sh
alice:x:1000:1000::/:/bin/sh
bobbybobbybobbybobbybobbybobbybobbyxx:x:1001:1001::/:/bin/sh
idle:x:3000:3000::/:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PASSWD

cd "$tmp" || exit 1
unshare --pid --fork --mount-proc ./pst-fixture run "$cases" "$tmp/out" \
	"$tmp/ref" "$tmp/td" "$tmp/passwd" > "$tmp/log" 2>&1
rc=$?
grep -q 'cases identical$' "$tmp/log" ||
	echo "FAIL: the fixture did not finish (exit $rc)" >> "$tmp/log"
tap_results < "$tmp/log"

# show what differed, briefly
grep '^FAIL: [0-9]' "$tmp/log" | while read -r _ no name; do
	echo "# --- $no $name: psmisc (<) vs tdpstree (>)"
	{ diff "$tmp/out/$no.ref.out" "$tmp/out/$no.td.out" | head -n 20
	  diff "$tmp/out/$no.ref.err" "$tmp/out/$no.td.err" | head -n 10; } |
		sed 's/^/# /'
done
[ -n "$PST_KEEP" ] && echo "# outputs kept in $tmp/out"
exit 0
