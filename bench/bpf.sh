#!/bin/sh
# bench/bpf.sh - tdps --source=bpf against procps ps at many idle processes.
#
#   bench/bpf.sh [N]          (root; default N=10000; needs hyperfine)
#
# Runs in a fresh pid namespace (so cleanup is the namespace ending) with
# N idle `sleep` processes, or with HOST=1 in the initial pid namespace
# (where a pinned dump can prove itself complete and skip the /proc
# listing; the sleepers are killed at the end), and times with hyperfine:
#   procps   ps ax -o pid,ppid
#   proc     tdps --source=proc ax -o pid,ppid
#   load     tdps --source=bpf ax -o pid,ppid   loading the program per run
#   pin      tdps --source=bpf ax -o pid,ppid   through a pin (no load)
#   pinlist  the same, checked against the /proc listing (TDPS_BPF_LIST=1)
#   loadonly tdps --source=bpf -q 1 -o pid=     the load alone (-q reads /proc)
# and prints the medians and the ratios procps/load and procps/pin, in
# wall time and in CPU time (user+sys; steadier on a shared machine).
# The sorted pid list makes each output's last line the reader's own.
# Environment: TDPS (default ./src/tdps), RUNS (default 30), WARMUP (5),
# OUT (directory for hyperfine's CSV/JSON, default a temporary one).
# The CPU may be shared: the script prints the load average before and
# after, and medians are what it reports.
set -e

N=${1:-10000}
TDPS=$(readlink -f "${TDPS:-./src/tdps}")
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-5}

if [ "$1" = --inside ]; then
	N=$2
	OUT=$3
	# N idle processes, children of this namespace's init
	i=0
	while [ $i -lt "$N" ]; do
		(sleep 100000 &)
		i=$((i + 1))
	done
	mkdir -p "$OUT/bpffs"
	mount -t bpf bpf "$OUT/bpffs"
	"$TDPS" --bpf-pin "$OUT/bpffs/tdps"
	echo "tasks in the namespace: $(ls /proc | grep -c '^[0-9]')"
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" \
		--export-csv "$OUT/bpf.csv" --export-json "$OUT/bpf.json" \
		-n procps 'ps ax -o pid,ppid' \
		-n proc "$TDPS --source=proc ax -o pid,ppid" \
		-n load "env TDPS_BPF_PIN=/nonexistent $TDPS --source=bpf ax -o pid,ppid" \
		-n pin "env TDPS_BPF_PIN=$OUT/bpffs/tdps $TDPS --source=bpf ax -o pid,ppid" \
		-n pinlist "env TDPS_BPF_LIST=1 TDPS_BPF_PIN=$OUT/bpffs/tdps $TDPS --source=bpf ax -o pid,ppid" \
		-n loadonly "env TDPS_BPF_PIN=/nonexistent $TDPS --source=bpf -q 1 -o pid="
	echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	# the outputs must agree (but for each reader's own line), or the
	# timing means nothing
	ps ax -o pid,ppid > "$OUT/out.procps"
	"$TDPS" --source=proc ax -o pid,ppid > "$OUT/out.proc"
	TDPS_BPF_PIN=$OUT/bpffs/tdps "$TDPS" --source=bpf ax -o pid,ppid > "$OUT/out.pin"
	TDPS_BPF_PIN=/nonexistent "$TDPS" --source=bpf ax -o pid,ppid > "$OUT/out.load"
	for f in procps proc pin load; do
		sed '$d' "$OUT/out.$f" > "$OUT/out.$f.cmp"
	done
	same=yes
	for f in procps pin load; do
		cmp -s "$OUT/out.proc.cmp" "$OUT/out.$f.cmp" || same=no
	done
	echo "outputs ($(wc -l < "$OUT/out.proc") lines) equal but for the reader's own line: $same"
	"$TDPS" --bpf-unpin "$OUT/bpffs/tdps"
	umount "$OUT/bpffs"
	[ -n "$HOST" ] && pkill -x -f 'sleep 100000'
	exit 0
fi

[ "$(id -u)" = 0 ] || { echo "bench/bpf.sh: needs root" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/bpf.sh: needs hyperfine" >&2; exit 1; }
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
if [ -n "$HOST" ]; then
	TDPS=$TDPS HOST=1 unshare --mount --propagation private sh "$0" --inside "$N" "$OUT"
else
	TDPS=$TDPS unshare --pid --fork --mount-proc sh "$0" --inside "$N" "$OUT"
fi
# medians (seconds) from the CSV: command,mean,stddev,median,user,system,min,max
awk -F, 'NR > 1 { m[$1] = $4; cpu[$1] = $5 + $6 }
END {
	printf "medians (ms): procps %.2f  proc %.2f  load %.2f  pin %.2f  pinlist %.2f  loadonly %.2f\n",
		m["procps"] * 1e3, m["proc"] * 1e3, m["load"] * 1e3, m["pin"] * 1e3, m["pinlist"] * 1e3, m["loadonly"] * 1e3
	printf "procps / bpf with a load per run: %.1fx (target >= 10x)\n", m["procps"] / m["load"]
	printf "procps / bpf through a pin:       %.1fx (target >= 30x)\n", m["procps"] / m["pin"]
	printf "procps / pin, listing /proc:      %.1fx\n", m["procps"] / m["pinlist"]
	printf "procps / tdps --source=proc:      %.1fx\n", m["procps"] / m["proc"]
	printf "CPU time (user+sys, mean, ms): procps %.1f  proc %.1f  load %.1f  pin %.1f  loadonly %.1f\n",
		cpu["procps"] * 1e3, cpu["proc"] * 1e3, cpu["load"] * 1e3, cpu["pin"] * 1e3, cpu["loadonly"] * 1e3
	printf "CPU time ratios: procps/load %.1fx  procps/pin %.1fx  procps/pinlist %.1fx\n",
		cpu["procps"] / cpu["load"], cpu["procps"] / cpu["pin"], cpu["procps"] / cpu["pinlist"]
}' "$OUT/bpf.csv"
echo "hyperfine results: $OUT/bpf.csv, $OUT/bpf.json"
