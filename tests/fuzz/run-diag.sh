#!/bin/sh
# Fuzz the task_diag decoder with libFuzzer for a bounded time.
#   tests/fuzz/run-diag.sh [SECONDS]     (default 20, or $FUZZ_TIME)
# Builds tests/fuzz/fuzz_diag_decode with clang (ASan, UBSan) unless
# $FUZZ_BIN names a binary already built (make fuzz does), starts from the
# seed corpus, and keeps new inputs in a scratch copy of it.  Exit 77
# (Automake's SKIP) when clang or libFuzzer is not available.
set -u
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
time=${1:-${FUZZ_TIME:-20}}
CLANG=${CLANG:-}
if [ -z "$CLANG" ]; then
	for c in clang clang-14 clang-15 clang-16; do
		command -v "$c" >/dev/null 2>&1 && { CLANG=$c; break; }
	done
fi
[ -n "$CLANG" ] || { echo "SKIP: clang not found"; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-diag.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
bin=${FUZZ_BIN:-$work/fuzz_diag_decode}
if [ ! -x "$bin" ]; then
	if ! "$CLANG" -g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=undefined -D_GNU_SOURCE \
		-I"$srcdir/src" \
		"$srcdir/tests/fuzz/fuzz_diag_decode.c" \
		"$srcdir/src/lib/diag_decode.c" \
		"$srcdir/src/lib/procparse.c" \
		"$srcdir/src/lib/arena.c" -o "$bin" 2>"$work/build.log"; then
		if grep -qi "fuzzer" "$work/build.log"; then
			echo "SKIP: libFuzzer not usable with $CLANG"
			cat "$work/build.log"
			exit 77
		fi
		cat "$work/build.log"
		exit 1
	fi
fi
mkdir -p "$work/corpus"
cp "$srcdir"/tests/fuzz/corpus/diag/* "$work/corpus/" 2>/dev/null
cd "$work" || exit 99
"$bin" -max_total_time="$time" -max_len=65536 -timeout=10 \
	-print_final_stats=1 "$work/corpus" 2>&1 | tail -n 25
rc=$?
# the pipeline's status is tail's; look for libFuzzer's crash files
if ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* >/dev/null 2>&1; then
	for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-*; do
		[ -f "$f" ] && cp "$f" "$srcdir/tests/fuzz/" &&
			echo "FAIL: kept $(basename "$f") in tests/fuzz/"
	done
	exit 1
fi
exit $rc
