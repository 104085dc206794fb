#!/bin/sh
# bench/kernels.sh - tdps's sources against procps ps and psmisc pstree
# on the kernels Debian ships, inside the test VM.
#
#   bench/kernels.sh [N]     (from a built tree, after make check has
#                             made src/*-static; default N=1000)
#
# Boots each Debian kernel image as tests/bpf/kernels.test does (the
# newest of bookworm, trixie and trixie-backports; TDPS_KERNEL_SUITES
# chooses), with N more idle processes and with procps's ps, psmisc's
# pstree and hyperfine copied from this machine into the initramfs.
# In the VM, per command line: one hyperfine -N call times the reference,
# tdps --source=proc and the pin; another the reference and a load per
# run; where the kernel has bpf_rdonly_cast() (6.2 on), two more time
# 6.1's way of reading (TDPS_BPF_NO_CAST=1) there.  A row's ratio is to
# the reference of its own call, in wall time (median) and CPU time
# (user+sys, mean).
#
# Prints a Markdown table: median ms (wall ratio / CPU ratio).  Under
# QEMU's TCG every system call and page fault is emulated and the host's
# other work shares its two CPUs, so the figures say which way and
# roughly how far, not how fast on real hardware: bench/bpf.sh's host
# tables are the ones to quote.
# Environment: RUNS (default 10), OUT (a directory to keep the raw
# output in), TDPS_BUILDDIR (default .), and kernels.test's TDPS_VM_MEM,
# TDPS_KERNEL_SUITES.
set -e

N=${1:-1000}
here=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/tdps-kbench.XXXXXX")}
mkdir -p "$OUT"
mem=$((1024 + N / 2))

TDPS_VM_TESTS=none TDPS_VM_TIMING=1 TDPS_VM_SLEEPERS=$N \
TDPS_VM_RUNS=${RUNS:-10} TDPS_VM_MEM=${TDPS_VM_MEM:-$mem} \
TDPS_BUILDDIR=${TDPS_BUILDDIR:-$(pwd)} srcdir=$here \
	"$here/tests/bpf/kernels.test" > "$OUT/kernels.tap"
grep -e '^not ok' -e 'processes,\|pin:\|auto without\|hyperfine' "$OUT/kernels.tap" >&2 || :

echo "| kernel | command | procps | tdps /proc | pin | loaded per run | 6.1's way: pin | 6.1's way: loaded |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
awk '
/: bench: / {
	k = $0; sub(/^# /, "", k); sub(/: bench: .*/, "", k)
	rest = $0; sub(/.*: bench: /, "", rest)
	split(rest, p, "|"); split(p[3], c, ",")
	key = k SUBSEP p[1] SUBSEP p[2]
	med[key, c[1]] = c[4] * 1000
	cpu[key, c[1]] = (c[5] + c[6]) * 1000
	if (!((k, p[1]) in seen)) { seen[k, p[1]] = 1; rows[++n] = k SUBSEP p[1] }
}
function cell(k, cmd, call, name,   key) {
	key = k SUBSEP cmd SUBSEP call
	if (!((key, name) in med) || !((key, "ref") in med)) return "-"
	return sprintf("%.1f (%.1fx / %.1fx)", med[key, name],
		med[key, "ref"] / med[key, name], cpu[key, "ref"] / cpu[key, name])
}
END {
	for (i = 1; i <= n; i++) {
		split(rows[i], r, SUBSEP)
		key = r[1] SUBSEP r[2] SUBSEP "pin"
		printf "| %s | `%s` | %.1f | %s | %s | %s | %s | %s |\n", r[1], r[2],
			med[key, "ref"], cell(r[1], r[2], "pin", "proc"),
			cell(r[1], r[2], "pin", "pin"), cell(r[1], r[2], "load", "load"),
			cell(r[1], r[2], "nocast-pin", "pin"),
			cell(r[1], r[2], "nocast-load", "load")
	}
}' "$OUT/kernels.tap"
