#!/bin/sh
# fresh-inside.sh - fresh.test's steps inside a Debian root, run under
# chroot by the root user of that root with /root/tdps a clone of the
# project.  Prints PASS:/FAIL: lines and notes.
#
#   fresh-inside.sh readme   the README's first command, as written there
#   fresh-inside.sh compat   the compat suites against this root's procps
#                            and psmisc, through make check

cd /root/tdps || { echo "FAIL: /root/tdps is there"; exit 0; }

case $1 in
readme)
	echo "  Debian $(cat /etc/debian_version); as root in /root/tdps:"
	echo "  \$ ./bootstrap && src/tdps ax -o pid,ppid"
	start=$(date +%s)
	sh -c './bootstrap && src/tdps ax -o pid,ppid' > /tmp/readme.out 2> /tmp/readme.err
	rc=$?
	echo "  ($(( $(date +%s) - start )) s, exit $rc)"
	# bootstrap's own lines ("bootstrap: installing: ...") and the
	# build's are on stdout before tdps's, which start at its header
	grep '^bootstrap:' /tmp/readme.out | sed 's/^/  | /'
	echo "  | ($(grep -c '^  [A-Z][A-Z]* ' /tmp/readme.out) lines of make)"
	awk '/^ *PID +PPID$/ { n = NR } { l[NR] = $0 }
	     END { if (n) for (i = n; i <= NR; i++) print l[i] }' /tmp/readme.out > /tmp/ps.out
	sed 's/^/  | /' /tmp/ps.out | head -n 20
	[ -s /tmp/readme.err ] && sed 's/^/  stderr| /' /tmp/readme.err | tail -n 30
	if [ "$rc" = 0 ]; then
		echo "PASS: ./bootstrap && src/tdps ax -o pid,ppid exits 0"
	else
		echo "FAIL: ./bootstrap && src/tdps ax -o pid,ppid exits 0"
		exit 0
	fi
	# a header "PID PPID" with both columns as wide, and at least two rows
	# of two numbers ending where the header's columns end
	if awk 'NR == 1 { w = length($0); h = $0; sub(/PID +PPID$/, "PID", h)
			  pw = length(h); ok = (w == 2 * pw + 1); next }
		{ rows++
		  if (length($0) != w || $0 !~ /^ *[0-9]+ +[0-9]+$/ ||
		      substr($0, pw, 1) !~ /[0-9]/ || substr($0, pw + 1, 1) != " ") ok = 0 }
		END { exit !(ok && rows >= 2) }' /tmp/ps.out; then
		echo "PASS: it prints a PID PPID header and rows of aligned numbers ($(($(wc -l < /tmp/ps.out) - 1)) rows)"
	else
		echo "FAIL: it prints a PID PPID header and rows of aligned numbers"
	fi
	# the packages bootstrap installed, for the log
	if grep -q '^bootstrap: installing' /tmp/readme.out; then
		echo "  bootstrap installed packages: this root lacked them"
	else
		echo "  bootstrap installed nothing: this root had what it needs"
	fi
	;;
compat)
	# configure's default: the procps and psmisc installed here
	ps_v=$(ps --version | sed -n 's/.*procps-ng \([0-9.]*\)$/\1/p')
	pstree_v=$(pstree -V 2>&1 | sed -n 's/.*PSmisc) \([0-9.]*\).*/\1/p')
	deb_ps=$(dpkg-query -W -f '${Version}' procps)
	deb_pstree=$(dpkg-query -W -f '${Version}' psmisc)
	echo "  installed: procps $deb_ps (ps --version: $ps_v), psmisc $deb_pstree (pstree -V: $pstree_v)"
	echo "  $(src/tdps --version)"
	src/tdpstree -V 2>&1 | grep -i 'compatible' | sed 's/^/  /'
	if src/tdps --version | grep -q "following procps-ng $ps_v\$" && [ -n "$ps_v" ]; then
		echo "PASS: configure's default procps is the installed one ($ps_v)"
	else
		echo "FAIL: configure's default procps is the installed one ($ps_v)"
	fi
	if src/tdpstree -V 2>&1 | grep -q "(PSmisc) $pstree_v\." && [ -n "$pstree_v" ]; then
		echo "PASS: configure's default psmisc is the installed one ($pstree_v)"
	else
		echo "FAIL: configure's default psmisc is the installed one ($pstree_v)"
	fi
	# the two suites through make check, which builds only what they
	# run (not the fuzz targets, static builds and BPF helpers, a few
	# minutes on a loaded machine)
	start=$(date +%s)
	make check TESTS='tests/compat/ps.test tests/compat/pstree.test' \
		check_PROGRAMS='tests/compat/fixture tests/compat/pstree-lab' \
		> /tmp/check.out 2>&1
	rc=$?
	echo "  make check TESTS='tests/compat/ps.test tests/compat/pstree.test' check_PROGRAMS='tests/compat/fixture tests/compat/pstree-lab': exit $rc, $(( $(date +%s) - start )) s"
	tail -n 3 /tmp/check.out | sed 's/^/  | /'
	for t in ps:procps:"$deb_ps" pstree:psmisc:"$deb_pstree"; do
		test=${t%%:*} pkg=${t#*:}
		ver=${pkg#*:} pkg=${pkg%%:*}
		trs=tests/compat/$test.trs log=tests/compat/$test.log
		counts=$(awk '$1 == ":test-result:" { n[$2]++ }
			END { printf "%d %d %d %d %d %d", n["PASS"], n["XFAIL"],
				n["FAIL"], n["XPASS"], n["ERROR"], n["SKIP"] }' "$trs" 2>/dev/null)
		set -- $counts
		what="compat/$test.test against $pkg $ver: ${1:-0} passed, ${2:-0} known differences, $(( ${3:-0} + ${4:-0} + ${5:-0} )) failed, ${6:-0} skipped"
		if [ -n "$counts" ] && [ "$1" -gt 0 ] && [ $(( $3 + $4 + $5 + $6 )) = 0 ]; then
			echo "PASS: $what"
		else
			grep -m1 '^1\.\.0 # SKIP' "$log" 2>/dev/null | sed 's/^/  /'
			awk '/^not ok / && !/# TODO/ { n = 30; print "  " $0; next }
			     n > 0 && /^#/ { n--; print "    " $0; next } { n = 0 }' \
				"$log" 2>/dev/null | head -n 120
			echo "FAIL: $what"
		fi
	done
	;;
esac
exit 0
