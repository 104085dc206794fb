#!/bin/sh
# bench/bpf.sh - tdps's sources against procps ps and psmisc pstree at
# many idle processes, for the commands people type.
#
#   bench/bpf.sh [N]          (root; default N=10000; installs hyperfine
#                              from Debian when it is missing)
#
# Starts N idle `sleep` processes, in a fresh pid namespace (cleanup is
# the namespace ending) or, with HOST=1, in the initial pid namespace
# (where a pinned dump can prove itself complete and skip the /proc
# listing; the sleepers are killed at the end).  Pins the iterator on a
# bpffs of its own, then for each command line of CMDS (default
# `ax -o pid,ppid`, `aux`, `-ef`, `pstree -p`) times with hyperfine -N
# (each command run directly, no shell or env(1) before it):
#   ref      procps ps (psmisc pstree for "pstree ...")
#   proc     tdps --source=proc
#   load     tdps --source=bpf, loading the program per run
#   pin      tdps --source=bpf through the pin (no load)
#   auto     tdps (auto) with no pin: what it chooses by itself
#   autopin  tdps (auto) with the pin
# and for `ax -o pid,ppid` also
#   pinlist  the pin, checked against the /proc listing (TDPS_BPF_LIST=1)
#   loadonly the load alone (tdps --source=bpf -q 1 -o pid=; -q reads /proc)
# The rows with the pin, those without it (TDPS_BPF_PIN=/nonexistent) and
# pinlist are three hyperfine calls, each with the reference again; a
# row's ratio is to the reference of its own call.
# It prints, per command, the medians in ms and the ratios ref/row in
# wall time and in CPU time (user+sys, mean; steadier on a shared
# machine), as Markdown table rows, and checks that the outputs agree
# with --source=proc but for the lines of the readers themselves.
# Environment: TDPS (default ./src/tdps), TDPSTREE (./src/tdpstree),
# RUNS (default 20), WARMUP (3), OUT (directory for hyperfine's CSV/JSON,
# default a temporary one), CMDS (newline-separated command lines),
# SETTLE (seconds to wait after starting the processes, default 30).
set -e

N=${1:-10000}
TDPS=$(readlink -f "${TDPS:-./src/tdps}")
TDPSTREE=$(readlink -f "${TDPSTREE:-./src/tdpstree}")
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
CMDS=${CMDS:-'ax -o pid,ppid
aux
-ef
pstree -p'}

# $1: a command line; sets ref (the reference's command), bin and args
# (tdps's or tdpstree's, and the options)
split_cmd() {
	case $1 in
	pstree*)
		ref="pstree ${1#pstree}"
		bin=$TDPSTREE
		args=${1#pstree}
		;;
	*)
		ref="ps $1"
		bin=$TDPS
		args=$1
		;;
	esac
	tool="$bin $args"
}

# hyperfine -N over the rows "$@" (name, command, ...), with this
# environment, into $1.csv
timed() {
	csv=$1
	shift
	hyperfine -N --style none --warmup "$WARMUP" --runs "$RUNS" \
		--export-csv "$csv.csv" "$@" >/dev/null 2>>"$OUT/hyperfine.log"
}

if [ "$1" = --inside ]; then
	N=$2
	OUT=$3
	. "$(dirname "$0")/pinned.sh"
	start_pinned "$N" "$OUT"
	nopin=/nonexistent
	unset TDPS_SOURCE TDPS_BPF_LIST
	echo "tasks: $(ls /proc | grep -c '^[0-9]') processes, $(cut -d' ' -f4 /proc/loadavg) runnable/all tasks"
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	k=0
	echo "$CMDS" | while IFS= read -r cmd; do
		[ -n "$cmd" ] || continue
		k=$((k + 1))
		split_cmd "$cmd"
		echo "$cmd" > "$OUT/cmd$k.name"
		# Every row runs its binary directly: no env(1) in front of
		# one row and not of the reference (an exec more, ~3 ms here).
		# The pin's location is the environment, so the rows are timed
		# in one hyperfine call per environment, each with the
		# reference, and a row's ratio is to its own call's reference.
		(export TDPS_BPF_PIN="$pin"
		 timed "$OUT/cmd$k" -n ref "$ref" \
			-n proc "$bin --source=proc $args" \
			-n pin "$bin --source=bpf $args" \
			-n autopin "$bin --source=auto $args")
		set -- -n ref "$ref" \
			-n load "$bin --source=bpf $args" \
			-n auto "$bin --source=auto $args"
		if [ "$cmd" = "ax -o pid,ppid" ]; then
			set -- "$@" -n loadonly "$TDPS --source=bpf -q 1 -o pid="
			(export TDPS_BPF_LIST=1 TDPS_BPF_PIN="$pin"
			 timed "$OUT/cmd$k.list" \
				-n ref "$ref" -n pinlist "$bin --source=bpf $args")
		fi
		(export TDPS_BPF_PIN="$nopin"; timed "$OUT/cmd$k.load" "$@")
		# the outputs agree but for the readers' own lines
		TDPS_SOURCE=proc $tool > "$OUT/out.proc" 2>&1 || true
		for s in pin load; do
			if [ $s = pin ]; then p=$pin; else p=$nopin; fi
			TDPS_BPF_PIN=$p TDPS_SOURCE=bpf $tool > "$OUT/out.$s" 2>&1 || true
		done
		$ref > "$OUT/out.ref" 2>&1 || true
		for s in pin load ref; do
			diff "$OUT/out.proc" "$OUT/out.$s" |
				grep -Ecv '^[<>].*(tdps|tdpstree|[^a-z]ps |pstree|hyperfine)|^[0-9,]+[acd][0-9,]+$|^---$' \
				> "$OUT/cmd$k.diff.$s" || true
		done
		echo "  $cmd: $(wc -l < "$OUT/out.proc") lines; lines differing from --source=proc (readers' own aside): pin $(cat "$OUT/cmd$k.diff.pin"), load $(cat "$OUT/cmd$k.diff.load"), reference $(cat "$OUT/cmd$k.diff.ref")"
	done
	echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	stop_pinned "$OUT"
	[ -n "$HOST" ] && pkill -x -f 'sleep 100000'
	exit 0
fi

[ "$(id -u)" = 0 ] || { echo "bench/bpf.sh: needs root" >&2; exit 1; }
if ! command -v hyperfine >/dev/null && command -v apt-get >/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get -qq install -y hyperfine >/dev/null ||
		{ apt-get -qq update >/dev/null &&
		  DEBIAN_FRONTEND=noninteractive apt-get -qq install -y hyperfine >/dev/null; } || true
fi
command -v hyperfine >/dev/null || { echo "bench/bpf.sh: needs hyperfine" >&2; exit 1; }
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
export TDPS TDPSTREE RUNS WARMUP CMDS HOST SETTLE
if [ -n "$HOST" ]; then
	unshare --mount --propagation private sh "$0" --inside "$N" "$OUT"
else
	unshare --pid --fork --mount-proc sh "$0" --inside "$N" "$OUT"
fi
# medians (seconds) from each CSV: command,mean,stddev,median,user,system,min,max
echo
echo "N=$N$([ -n "$HOST" ] && echo ', initial pid namespace'): medians in ms; ratios are the reference's time over the row's (wall | CPU)"
echo
echo "| command | ref ms | proc ms | load ms | pin ms | auto ms | auto+pin ms | ref/proc | ref/load | ref/pin | ref/auto | ref/auto+pin |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for nm in "$OUT"/cmd*.name; do
	base=${nm%.name}
	name=$(cat "$nm")
	set -- "$base.csv" "$base.load.csv"
	[ -f "$base.list.csv" ] && set -- "$@" "$base.list.csv"
	# each row against the reference of its own hyperfine call (file)
	awk -F, -v name="$name" 'FNR > 1 {
		if ($1 == "ref") {
			rm[FILENAME] = $4; rc[FILENAME] = $5 + $6
			if (!("ref" in m)) { m["ref"] = $4; c["ref"] = $5 + $6 }
			next
		}
		m[$1] = $4; c[$1] = $5 + $6; f[$1] = FILENAME
	}
	function r(a) { return sprintf("%.1fx / %.1fx", rm[f[a]] / m[a], rc[f[a]] / c[a]) }
	END {
		printf "| `%s` | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s |\n",
			name, m["ref"] * 1e3, m["proc"] * 1e3, m["load"] * 1e3,
			m["pin"] * 1e3, m["auto"] * 1e3, m["autopin"] * 1e3,
			r("proc"), r("load"), r("pin"), r("auto"), r("autopin")
		if ("pinlist" in m)
			extra = sprintf("pin checked against the /proc listing: %.1f ms (%.1fx); the load alone: %.1f ms wall, %.1f ms CPU",
				m["pinlist"] * 1e3, rm[f["pinlist"]] / m["pinlist"],
				m["loadonly"] * 1e3, c["loadonly"] * 1e3)
	}
	END { if (extra) print extra > "/dev/stderr" }' "$@"
done
echo "hyperfine results: $OUT/cmd*.csv"
