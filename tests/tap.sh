# tap.sh - sourced by the shell tests so Automake's TAP driver counts
# every case.  Results arrive as lines "PASS: what", "FAIL: what",
# "XFAIL: what", "XPASS: what", "SKIP: what"; anything else passes
# through as a TAP comment.

# skip the whole test, with the reason shown in the log and the summary
tap_skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}

# turn result lines on stdin into TAP lines with a trailing plan
tap_results() {
	awk '
	function emit(ok, what, directive) {
		n++
		printf "%s %d - %s%s\n", ok ? "ok" : "not ok", n, what, directive
	}
	/^PASS:? /  { sub(/^PASS:? +/, ""); emit(1, $0, ""); next }
	/^FAIL:? /  { sub(/^FAIL:? +/, ""); emit(0, $0, ""); next }
	/^XFAIL:? / { sub(/^XFAIL:? +/, ""); emit(0, $0, " # TODO known difference"); next }
	/^XPASS:? / { sub(/^XPASS:? +/, ""); emit(1, $0, " # TODO known difference"); next }
	/^SKIP:? /  { sub(/^SKIP:? +/, ""); emit(1, $0, " # SKIP"); next }
	{ print "# " $0 }
	END { printf "1..%d\n", n }'
}
