#!/bin/sh
# inside.sh - package.test's steps inside the pristine Debian root, run as
# pid 1 of a private pid and mount namespace under chroot.
#
#   inside.sh install TDPS_DEB ASPS_DEB
#   inside.sh use BPF(yes|no) TDPS_DEB ASPS_DEB
#
# Prints PASS:/FAIL:/SKIP: lines.  "install" notes what the root holds,
# then installs both packages with dpkg, which checks their dependencies;
# "use" checks them, runs the unit's commands, removes and purges.

stage=$1
shift
if [ "$stage" = use ]; then
	bpf=$1
	shift
fi
tdps_deb=$1 asps_deb=$2

mount -t proc proc /proc
mount -t tmpfs -o mode=0755 tmpfs /run
mount -t sysfs sysfs /sys 2>/dev/null

check() {	# WHAT COMMAND...: PASS when COMMAND succeeds
	what=$1
	shift
	if "$@"; then
		echo "PASS: $what"
	else
		echo "FAIL: $what"
	fi
}

check_log() {	# WHAT COMMAND...: as check, showing COMMAND's output on failure
	what=$1
	shift
	if "$@" > /tmp/cmd.log 2>&1; then
		echo "PASS: $what"
	else
		sed 's/^/  /' /tmp/cmd.log
		echo "FAIL: $what"
	fi
}

# every file of the root but the package manager's own records
listing() {
	find / -xdev \( -path /tmp -o -path /var/lib/dpkg -o -path /var/log \
		-o -path /var/cache \) -prune -o -print | sort
}

# the unit's Exec lines of one kind, in order, without a "-" prefix
unit_lines() {
	sed -n "s/^$1=-\{0,1\}//p" /lib/systemd/system/tdps-pin.service
}

run_unit() {	# KIND...: run the unit's commands of these kinds
	for kind in "$@"; do
		unit_lines "$kind" > /tmp/unit.cmds
		while IFS= read -r cmd; do
			echo "  $kind: $cmd"
			sh -c "$cmd" || return 1
		done < /tmp/unit.cmds
	done
}

nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}

case $stage in
install)
	listing > /tmp/before
	check_log "dpkg installs tdps" dpkg -i "$tdps_deb"
	check_log "dpkg installs tdps-as-ps" dpkg -i "$asps_deb"
	;;
use)
	check "ps is tdps" sh -c 'ps -V | grep -q "^ps from tdps"'
	check "pstree is tdpstree" sh -c 'pstree -V 2>&1 | grep -q "(tdps)"'
	check "/bin/ps links to /usr/bin/tdps" \
		test "$(readlink -f /bin/ps)" = /usr/bin/tdps
	check "man ps is tdps's manual" \
		test "$(readlink -f /usr/share/man/man1/ps.1.gz)" = /usr/share/man/man1/tdps.1.gz
	check "procps's ps is kept as ps.procps" sh -c '/bin/ps.procps -V | grep -q procps-ng'
	check "psmisc's pstree is kept as pstree.psmisc" \
		sh -c '/usr/bin/pstree.psmisc -V 2>&1 | grep -q PSmisc'
	check "four diversions, all tdps-as-ps's" \
		test "$(dpkg-divert --list | grep -c 'by tdps-as-ps')" = 4
	check "ps --help names ps(1), which is tdps's" \
		sh -c 'ps --help | grep -q "see ps(1)"'
	check "tdps --help names tdps(1)" sh -c 'tdps --help | grep -q "see tdps(1)"'

	sleep 1000 &
	if [ "$bpf" != yes ]; then
		echo "SKIP: the unit pins the iterator (no BTF on this kernel)"
	elif ! run_unit ExecStartPre ExecStart > /tmp/unit.log 2>&1; then
		sed 's/^/  /' /tmp/unit.log
		echo "FAIL: the unit's start commands pin the iterator"
	else
		echo "PASS: the unit's start commands pin the iterator"
		check "the pins are in a bpffs on /run/tdps, readable by all" \
			sh -c 'stat -f -c %T /run/tdps | grep -q bpf &&
				test "$(stat -c %a /run/tdps/iter/tasks)" = 444'
		nobody env TDPS_SOURCE=bpf tdps --info > /tmp/info 2>&1
		sed 's/^/  nobody: /' /tmp/info
		check "nobody's tdps reads through the pin (tdps --info)" \
			grep -q '^source: bpf: pin /run/tdps/iter$' /tmp/info
		# the same processes but for ps itself (no pipe: no other)
		nobody env TDPS_SOURCE=bpf ps ax -o pid,ppid,stat,comm > /tmp/bpf 2>&1
		nobody env TDPS_SOURCE=proc ps ax -o pid,ppid,stat,comm > /tmp/proc 2>&1
		grep -v ' ps$' /tmp/bpf > /tmp/bpf.out
		grep -v ' ps$' /tmp/proc > /tmp/proc.out
		check_log "nobody's ps through the pin prints what /proc gives" \
			diff /tmp/proc.out /tmp/bpf.out
		run_unit ExecStop ExecStopPost > /tmp/unit.log 2>&1
		check "the unit's stop commands remove the pins and the bpffs" \
			test ! -e /run/tdps
	fi
	kill $! 2>/dev/null

	check_log "dpkg removes tdps-as-ps" dpkg -r tdps-as-ps
	check "ps is procps's again" sh -c 'ps -V | grep -q procps-ng && test ! -L /bin/ps'
	check "pstree is psmisc's again" sh -c 'pstree -V 2>&1 | grep -q PSmisc'
	check "man ps is procps's again" test ! -L /usr/share/man/man1/ps.1.gz -a \
		-f /usr/share/man/man1/ps.1.gz
	check "no diversion left" sh -c '! dpkg-divert --list | grep -q tdps'
	check_log "dpkg purges both" dpkg -P tdps-as-ps tdps
	listing > /tmp/after
	if cmp -s /tmp/before /tmp/after; then
		echo "PASS: purging leaves the root as it was"
	else
		diff /tmp/before /tmp/after | sed 's/^/  /'
		echo "FAIL: purging leaves the root as it was"
	fi
	;;
esac
