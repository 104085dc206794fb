#!/bin/sh
# inside.sh - package.test's steps inside a pristine Debian root, run as
# pid 1 of a private pid and mount namespace under chroot.
#
#   inside.sh build
#   inside.sh install TDPS_DEB ASPS_DEB
#   inside.sh use BPF(yes|no) UNITDIR TDPS_DEB ASPS_DEB
#
# Prints PASS:/FAIL:/SKIP: lines.  "build" builds the packages from
# /build/src into /build with dpkg-buildpackage and runs lintian on them,
# and notes in /build/unitdir where systemd.pc puts units; "install" notes
# what the root holds, then installs both packages with dpkg, which checks
# their dependencies; "use" checks them, runs the unit's commands,
# reinstalls and upgrades procps and psmisc under them, removes and
# purges.

stage=$1
shift
case $stage in
use)
	bpf=$1 unitdir=$2
	shift 2
	;;
esac
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
		sed 's/^/  /' /tmp/cmd.log | tail -40
		echo "FAIL: $what"
	fi
}

# every file of the root but the package managers' own records
listing() {
	find / -xdev \( -path /tmp -o -path /var/lib/dpkg -o -path /var/lib/apt \
		-o -path /var/log -o -path /var/cache \) -prune -o -print | sort
}

# the unit's Exec lines of one kind, in order, without a "-" prefix
unit_lines() {
	sed -n "s/^$1=-\{0,1\}//p" "$unitdir/tdps-pin.service"
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

# the name procps's package gives ps: /bin/ps (Debian 12), /usr/bin/ps (13)
procps_ps() {
	dpkg-query -L procps | grep -x -E '(/usr)?/bin/ps' | head -n 1
}

# intact PKG PATH: the file PKG lists as PATH is, under its diverted
# name, as PKG shipped it (the md5sum dpkg recorded)
intact() {
	t=$(dpkg-divert --truename "$2")
	sum=$(sed -n "s|^\([0-9a-f]*\)  ${2#/}\$|\1|p" "/var/lib/dpkg/info/$1.md5sums")
	test "$t" != "$2" -a -n "$sum" &&
		test "$(md5sum < "$t" | cut -d' ' -f1)" = "$sum"
}

# ps, pstree and their manuals are tdps's, procps's and psmisc's are
# kept where the diversions say, unchanged
tdps_is_ps() {	# WHEN
	check "ps is tdps $1" sh -c 'ps -V | grep -q "^ps from tdps"'
	check "pstree is tdpstree $1" sh -c 'pstree -V 2>&1 | grep -q "(tdps)"'
	check "/bin/ps and /usr/bin/ps lead to /usr/bin/tdps $1" \
		test "$(readlink -f /bin/ps)" = /usr/bin/tdps -a \
		"$(readlink -f /usr/bin/ps)" = /usr/bin/tdps
	check "man ps is tdps's manual $1" \
		test "$(readlink -f /usr/share/man/man1/ps.1.gz)" = /usr/share/man/man1/tdps.1.gz
	p=$(procps_ps)
	t=$(dpkg-divert --truename "$p")
	check "procps's $p is kept as $t $1" sh -c "'$t' -V | grep -q procps-ng"
	check "psmisc's pstree is kept as pstree.psmisc $1" \
		sh -c '/usr/bin/pstree.psmisc -V 2>&1 | grep -q PSmisc'
	if intact procps "$p" && intact procps /usr/share/man/man1/ps.1.gz &&
	   intact psmisc /usr/bin/pstree &&
	   intact psmisc /usr/share/man/man1/pstree.1.gz; then
		echo "PASS: procps's and psmisc's diverted files unchanged $1"
	else
		echo "FAIL: procps's and psmisc's diverted files unchanged $1"
	fi
	dpkg-divert --list | grep 'by tdps-as-ps$' | sort > /tmp/div
	sed 's/^/  /' /tmp/div
	check "five diversions by tdps-as-ps, of /bin/ps and /usr/bin/ps among them $1" \
		sh -c 'test "$(wc -l < /tmp/div)" = 5 &&
			grep -q "^diversion of /bin/ps to " /tmp/div &&
			grep -q "^diversion of /usr/bin/ps to " /tmp/div'
	# one package at a time: in one call dpkg -V checks a later
	# package's file against the checksum of an earlier one's file of the
	# same name (procps's /usr/bin/ps against tdps-as-ps's link)
	for pkg in procps psmisc tdps tdps-as-ps; do
		dpkg -V "$pkg" | sed "s/^/  dpkg -V $pkg: /"
	done > /tmp/V 2>&1
	check_log "dpkg -V finds nothing changed in procps, psmisc, tdps, tdps-as-ps $1" \
		sh -c 'cat /tmp/V; ! grep -q . /tmp/V'
}

# a procps of a later version made from the installed one; with "move",
# ps moves between /bin and /usr/bin as in the upgrade from Debian 12 to 13
procps_upgrade() {	# move|stay
	deb=$(ls /var/cache/apt/archives/procps_*.deb | head -n 1)
	rm -rf /tmp/pp && dpkg-deb -R "$deb" /tmp/pp || return 1
	sed -i 's/^Version: .*/&+tdps1/' /tmp/pp/DEBIAN/control
	if [ "$1" = move ] && [ -f /tmp/pp/bin/ps ]; then
		mkdir -p /tmp/pp/usr/bin
		mv /tmp/pp/bin/ps /tmp/pp/usr/bin/ps
		sed -i 's| bin/ps$| usr/bin/ps|' /tmp/pp/DEBIAN/md5sums
	fi
	dpkg-deb -b /tmp/pp /tmp/procps-up.deb && dpkg -i /tmp/procps-up.deb
}

case $stage in
build)
	cd /build/src || exit 1
	pkg-config --variable=systemdsystemunitdir systemd > /build/unitdir
	echo "  systemd.pc: units in $(cat /build/unitdir)"
	if dpkg-buildpackage -b -uc -us > /build/build.log 2>&1; then
		echo "PASS: dpkg-buildpackage builds the packages"
	else
		sed 's/^/  /' /build/build.log | tail -30
		echo "FAIL: dpkg-buildpackage builds the packages"
		exit 0
	fi
	echo "  lintian $(dpkg-query -W -f '${Version}' lintian):"
	lintian --allow-root --fail-on error,warning --display-info \
		/build/tdps_*.changes > /build/lintian 2>&1
	status=$?
	sed 's/^/  /' /build/lintian
	check "lintian finds no error or warning" test "$status" = 0
	;;
install)
	listing > /tmp/before
	dpkg-divert --list | sort > /tmp/div.before
	check_log "dpkg installs tdps" dpkg -i "$tdps_deb"
	check_log "dpkg installs tdps-as-ps" dpkg -i "$asps_deb"
	;;
use)
	# the unit, checked by this release's own systemd
	check_log "systemd-analyze verify tdps-pin.service" sh -c \
		"systemd-analyze verify --man=no $unitdir/tdps-pin.service > /tmp/verify 2>&1;
		 cat /tmp/verify; ! grep -q . /tmp/verify"
	tdps_is_ps "(installed)"
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

	# what every security update of procps or psmisc does; apt's lists
	# and the packages are in the root, no download needed
	check_log "apt-get install --reinstall procps psmisc" \
		env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
		--no-download --reinstall procps psmisc
	tdps_is_ps "(procps, psmisc reinstalled)"
	if [ "$(procps_ps)" = /bin/ps ]; then
		check_log "dpkg installs a procps whose ps moved to /usr/bin" \
			procps_upgrade move
		tdps_is_ps "(procps upgraded, ps moved)"
	else
		check_log "dpkg installs a later procps" procps_upgrade stay
		tdps_is_ps "(procps upgraded)"
	fi

	check_log "dpkg removes tdps-as-ps" dpkg -r tdps-as-ps
	check "ps is procps's again" sh -c 'ps -V | grep -q procps-ng && test ! -L /usr/bin/ps'
	check "pstree is psmisc's again" sh -c 'pstree -V 2>&1 | grep -q PSmisc'
	check "man ps is procps's again" test ! -L /usr/share/man/man1/ps.1.gz -a \
		-f /usr/share/man/man1/ps.1.gz
	dpkg-divert --list | sort > /tmp/div.after
	check_log "no diversion of tdps-as-ps left, the others as before" \
		diff /tmp/div.before /tmp/div.after
	check "no diverted file left behind, no alternative for ps" sh -c \
		'! ls -d /usr/bin/ps.procps* /usr/bin/pstree.psmisc* \
			/usr/share/man/man1/ps.procps* /usr/share/man/man1/pstree.psmisc* \
			/etc/alternatives/ps /etc/alternatives/ps.1.gz 2>/dev/null | grep -q .'
	check_log "dpkg -V procps psmisc finds nothing changed" \
		sh -c 'dpkg -V procps psmisc > /tmp/V 2>&1; cat /tmp/V; ! grep -q . /tmp/V'
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
