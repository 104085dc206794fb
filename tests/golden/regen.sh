#!/bin/sh
# regen.sh - make tests/golden/expected/ from procps and psmisc themselves.
#
# Run as root from anywhere, after changing proc/ or edges/ (mktree.py) or
# cases.txt, and commit what it writes.  golden.test then holds tdps and
# tdpstree to these outputs without root.
#
# procps's ps and psmisc's pstree read /proc and nothing else, so each
# command runs in a private mount namespace with a copy of proc/ bound
# over /proc (on a tmpfs, so that it lists in pid order: lib.sh), and in
# a pid namespace of its own, as its pid 1: procps reads its own
# /proc/self/stat and /proc/PID/status at start, which the tree has as
# init's (proc/self is a link to 1).  What they print depends on nothing
# else of the machine but /etc/passwd and /etc/group (uids 0 and 65534,
# gids 0 and 65534 have names on every Debian, 4242 none), /dev/console
# (5, 1) and the timezone, which is pinned: the tree's clock is its own
# (btime, uptime), and its processes started in 2020, so no column that
# compares with today's date (START, STIME) changes with the day of the
# run.
#
# The references are the system's: procps-ng 4.0.2 and psmisc 23.6 (Debian
# 12), the releases tdps follows unless TDPS_PROCPS or TDPS_PSMISC says
# otherwise.  Override with PS_REF and PSTREE_REF only to look at another
# release's output: golden.test compares with the default releases.

set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
PS_REF=${PS_REF:-/usr/bin/ps}
PSTREE_REF=${PSTREE_REF:-/usr/bin/pstree}

if [ "$1" != --inside ]; then
	[ "$(id -u)" = 0 ] || { echo "regen.sh: needs root (mount and pid namespaces)" >&2; exit 1; }
	"$PS_REF" -V | grep -q 'procps-ng 4\.0\.2$' ||
		{ echo "regen.sh: $PS_REF is not procps-ng 4.0.2" >&2; exit 1; }
	"$PSTREE_REF" -V 2>&1 | grep -q 'PSmisc) 23\.6' ||
		{ echo "regen.sh: $PSTREE_REF is not psmisc 23.6" >&2; exit 1; }
	exec unshare --mount --propagation private sh "$0" --inside
fi

# from here on in the private mount namespace
tmp=$(mktemp -d /tmp/golden-regen.XXXXXX)
mount -t tmpfs golden "$tmp"
mkdir "$tmp/all" "$tmp/root" "$tmp/edges" "$tmp/bin"
tree_copy "$here/proc" "$tmp/all"
tree_copy "$here/proc" "$tmp/root" root
tree_copy "$here/edges" "$tmp/edges"
# the references under their own names, for their messages
ln -s "$PS_REF" "$tmp/bin/ps"
ln -s "$PSTREE_REF" "$tmp/bin/pstree"

rm -f "$here"/expected/*.out "$here"/expected/*.err
mkdir -p "$here/expected"
case_lines "$here/cases.txt" | while read -r name tree rest; do
	# shellcheck disable=SC2086
	set -- $rest
	vars=
	while [ $# -gt 0 ] && [ "${1#*=}" != "$1" ]; do
		vars="$vars $1"
		shift
	done
	tool=$1
	shift
	mount --bind "$tmp/$tree" /proc
	# shellcheck disable=SC2086
	if unshare --pid --fork env -i PATH=/usr/bin:/bin LANG=C TZ=UTC $vars \
		"$tmp/bin/$tool" "$@" < /dev/null > "$here/expected/$name.out" \
		2> "$here/expected/$name.err"; then
		status=0
	else
		status=$?
	fi
	umount /proc
	echo "[exit $status]" >> "$here/expected/$name.err"
	echo "$name: $(wc -l < "$here/expected/$name.out") lines, exit $status"
done
umount "$tmp"
rmdir "$tmp"
