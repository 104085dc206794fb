#!/bin/sh
# Print "N passed, N failed" from the Automake test-suite log, so every
# run ends with one countable line.  Skips are reported apart; their
# reasons are in the SKIP lines printed by the tests.
log=${1:-test-suite.log}
get() { sed -n "s/^# $1: *//p" "$log" 2>/dev/null | head -n 1; }
pass=$(get PASS) xfail=$(get XFAIL) fail=$(get FAIL) xpass=$(get XPASS)
error=$(get ERROR) skip=$(get SKIP)
pass=$(( ${pass:-0} + ${xfail:-0} ))
fail=$(( ${fail:-0} + ${xpass:-0} + ${error:-0} ))
[ "${skip:-0}" -gt 0 ] && echo "(${skip} skipped)"
# a run seen only by its last lines (CI) still shows why something failed:
# each failed case with the comment lines after it, 80 lines at most
if [ "$fail" -gt 0 ] && [ -f "$log" ]; then
	echo "failures, from $log:"
	awk '/^not ok / && !/# TODO/ { n = 12; print "  " $0; next }
	     n > 0 && /^#/ { n--; print "    " $0; next }
	     { n = 0 }' "$log" | head -n 80
fi
echo "$pass passed, $fail failed"
[ -f "$log" ] || exit 1
[ "$fail" -eq 0 ]
