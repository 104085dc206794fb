# bench/pinned.sh - sourced by bench/bpf.sh and bench/costs.sh, inside
# the namespace they run in: N idle processes and a pin of the BPF
# iterator on a bpffs of the benchmark's own.

# start_pinned N OUT: N idle `sleep`s, children of this shell's parent
# (each from a subshell that exits); the pin in $OUT/bpffs/tdps ($pin)
start_pinned() {
	i=0
	while [ $i -lt "$1" ]; do
		(sleep 100000 &)
		i=$((i + 1))
	done
	mkdir -p "$2/bpffs"
	mount -t bpf bpf "$2/bpffs"
	pin=$2/bpffs/tdps
	"$TDPS" --bpf-pin "$pin"
	# Forking them leaves the machine busy for a while (the 1-minute
	# load average past 40 here, the kernel's own scanners catching up
	# with 10000 new address spaces): let it settle before timing
	sleep "${SETTLE:-30}"
}

# stop_pinned OUT: remove the pin and its bpffs
stop_pinned() {
	"$TDPS" --bpf-unpin "$pin"
	umount "$1/bpffs"
}
