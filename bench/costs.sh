#!/bin/sh
# bench/costs.sh - what each column costs each source, per process: the
# figures "auto" weighs the sources with (src/lib/source/choose.c).
#
#   bench/costs.sh [N]        (root; default N=10000; needs hyperfine)
#
# Starts N idle `sleep` processes in the initial pid namespace (killed at
# the end), pins the iterator on a bpffs of its own, and times
# `tdps -e -o pid,COLUMN` for a column of each group through /proc,
# through the pin and loading the program per run.  Prints the medians
# and, per source, the cost over `-o pid` alone in microseconds per
# process: what one more /proc file (or one more group in the dump)
# costs.  The first line, `pid`, is each source's base.
# Environment: TDPS (default ./src/tdps), RUNS (default 15), WARMUP (2),
# SETTLE (seconds to wait after starting the processes, default 30).
set -e

N=${1:-10000}
TDPS=$(readlink -f "${TDPS:-./src/tdps}")
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-2}
# a column for each file or group: stat (times), statm (rss), cmdline
# (args), the directory's owner (user), status (stat's L flag, VmLck)
COLUMNS="pid pid,time pid,rss pid,args pid,user pid,stat pid,time,rss,user,args"

if [ "$1" = --inside ]; then
	N=$2
	OUT=$3
	. "$(dirname "$0")/pinned.sh"
	start_pinned "$N" "$OUT"
	set --
	for c in $COLUMNS; do
		n=$(echo "$c" | tr , +)
		set -- "$@" -n "proc $n" "env TDPS_SOURCE=proc $TDPS -e -o $c" \
			-n "pin $n" "env TDPS_BPF_PIN=$pin TDPS_SOURCE=bpf $TDPS -e -o $c" \
			-n "load $n" "env TDPS_BPF_PIN=/nonexistent TDPS_SOURCE=bpf $TDPS -e -o $c"
	done
	hyperfine -N --style none --warmup "$WARMUP" --runs "$RUNS" \
		--export-csv "$OUT/costs.csv" "$@" >/dev/null 2>"$OUT/hyperfine.log"
	stop_pinned "$OUT"
	pkill -x -f 'sleep 100000' || true
	exit 0
fi

[ "$(id -u)" = 0 ] || { echo "bench/costs.sh: needs root" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/costs.sh: needs hyperfine" >&2; exit 1; }
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
export TDPS RUNS WARMUP SETTLE
unshare --mount --propagation private sh "$0" --inside "$N" "$OUT"
echo "N=$N: median ms (us a process over -o pid alone)"
echo
echo "| columns | /proc | pin | load |"
echo "|---|---:|---:|---:|"
awk -F, -v n="$N" 'NR > 1 {
	split($1, w, " "); src = w[1]; col = w[2]
	m[src, col] = $4 * 1e3
	if (!(col in seen)) { seen[col] = 1; order[++k] = col }
}
END {
	for (i = 1; i <= k; i++) {
		c = order[i]
		printf "| `%s` |", c
		split("proc pin load", s, " ")
		for (j = 1; j <= 3; j++) {
			if (c == "pid")
				printf " %.1f (%.1f us base) |", m[s[j], c], m[s[j], c] * 1e3 / n
			else
				printf " %.1f (%+.1f) |", m[s[j], c], (m[s[j], c] - m[s[j], "pid"]) * 1e3 / n
		}
		printf "\n"
	}
}' "$OUT/costs.csv"
