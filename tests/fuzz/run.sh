#!/bin/sh
# run.sh - run libFuzzer targets for a bounded time each.
#
#   tests/fuzz/run.sh [-t SECONDS] [-j] [TARGET...]
#
# TARGETs are diag (the task_diag decoder), procparse (the /proc parsers
# and the column printers) and ps_args (the ps option and format
# parsers); default all three.  Each runs SECONDS (default $FUZZ_TIME,
# else 20) from its seed corpus tests/fuzz/corpus/TARGET, copied to a
# scratch directory so the tree stays as it is; -j runs the targets at
# the same time.  The binaries are tests/fuzz/fuzz_TARGET in the build
# directory ($FUZZ_BIN_DIR; diag's is fuzz_diag_decode), as
# "make fuzz-targets" builds them.
# Prints one line per target, PASS or FAIL; a crash, leak or timeout
# input is kept as tests/fuzz/crash-TARGET-* (reproduce by running the
# binary on that file).  Exit 77 when a binary is missing.
set -u
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
bindir=${FUZZ_BIN_DIR:-tests/fuzz}
time=${FUZZ_TIME:-20}
parallel=0
while [ $# -gt 0 ]; do
	case $1 in
	-t) time=$2; shift 2 ;;
	-j) parallel=1; shift ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || set -- diag procparse ps_args

# the binary of a target
binof() {
	case $1 in
	diag) echo fuzz_diag_decode ;;
	*) echo "fuzz_$1" ;;
	esac
}

for t in "$@"; do
	[ -x "$bindir/$(binof "$t")" ] ||
		{ echo "SKIP: $bindir/$(binof "$t") is not built (clang with libFuzzer needed)"; exit 77; }
done
bindir=$(cd "$bindir" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/tdps-fuzz.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

# per target: libFuzzer options beyond the common ones
opts() {
	case $1 in
	diag) echo "-max_len=65536" ;;
	procparse) echo "-max_len=16384" ;;
	ps_args) echo "-max_len=1024 -close_fd_mask=3" ;;
	esac
}

one() {	# TARGET
	d=$work/$1
	mkdir -p "$d/corpus" "$d/art"
	cp "$srcdir/tests/fuzz/corpus/$1"/* "$d/corpus/" 2>/dev/null
	# shellcheck disable=SC2046
	(cd "$d" && "$bindir/$(binof "$1")" -max_total_time="$time" -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 $(opts "$1") \
		-artifact_prefix="$d/art/" corpus > log 2>&1)
	echo $? > "$d/rc"
}

if [ $parallel = 1 ]; then
	for t in "$@"; do one "$t" & done
	wait
else
	for t in "$@"; do one "$t"; done
fi

rc=0
for t in "$@"; do
	d=$work/$t
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$d/log")
	if ls "$d"/art/* >/dev/null 2>&1 || [ "$(cat "$d/rc")" != 0 ]; then
		rc=1
		echo "FAIL: $(binof "$t") (${runs:-?} runs in ${time} s)"
		for f in "$d"/art/*; do
			[ -f "$f" ] || continue
			keep=$srcdir/tests/fuzz/crash-$t-$(basename "$f")
			cp "$f" "$keep" && echo "  input kept as $keep"
		done
		grep -E 'ERROR|runtime error|SUMMARY|printer of|#[0-9] 0x' "$d/log" |
			head -n 20 | sed 's/^/  /'
	else
		echo "PASS: $(binof "$t") (${runs:-?} runs in ${time} s, $(ls "$d/corpus" | wc -l) inputs in the corpus)"
	fi
done
exit $rc
