# observe.sh - sourced by views.test and hostile.test inside their private
# pid+mount namespace: run one command line with the reference and the
# candidate the same way and compare them byte for byte.
#
# Set before use:
#   OBS          the observer's pid (written to ns_last_pid before each run)
#   DRIVER       the pid of the shell that runs the observers (optional)
#   REF_PS, REF_PSTREE      reference binaries (the path both run as)
#   CAND_PS, CAND_PSTREE    candidates, bind-mounted over the reference
#   as_observer  a command prefix (e.g. setpriv to nobody), may be empty
#   label        prefix of the PASS/FAIL lines
#   NS_LAST_PID  the ns_last_pid file (default /proc/sys/kernel/ns_last_pid)
#   KNOWN        optional: a file of known differences, lines
#                "LABEL: PROG ARGS ## reason"; a difference there is XFAIL
# The current directory takes the outputs (ref.*, cand.*, ref2.*).
#
# A case line is "[NAME=VALUE ...] ARGS": leading assignments go to the
# observer's environment (PATH, LANG=C, TZ=UTC otherwise); ARGS are split
# on blanks.  The observer's own row cannot be identical (its size and
# counters belong to the binary): as tests/compat/README.md's observer
# rule, fields that are numeric in both outputs and differ are masked in
# rows that show $OBS or $DRIVER (the observer's parent, which works and
# may not yet be asleep in wait(): differing process states are masked
# there too).  A difference is believed only if a second
# reference run agrees with the first (see check()).

# observe SIDE PROG LINE
observe() {
	_side=$1 _prog=$2
	_target=$REF_PS _cand=$CAND_PS
	[ "$_prog" = pstree ] && _target=$REF_PSTREE _cand=$CAND_PSTREE
	set -- $3
	_env="PATH=/usr/bin:/bin LANG=C TZ=UTC"
	while [ $# -gt 0 ]; do
		case $1 in
		[A-Z_]*=*) _env="$_env $1"; shift ;;
		*) break ;;
		esac
	done
	if [ "$_side" = cand ]; then
		mount --bind "$_cand" "$_target" || return 1
	fi
	echo $((OBS - 1)) > "${NS_LAST_PID:-/proc/sys/kernel/ns_last_pid}"
	# shellcheck disable=SC2086
	env -i $_env $as_observer "$_target" "$@" > "$_side.out" 2> "$_side.err"
	echo $? > "$_side.rc"
	[ "$_side" = cand ] && umount "$_target"
	return 0
}

# the awk functions that recognise the observer's and driver's rows and
# mask, in such a row of a, what differs from b and may (numbers, states)
mask_awk='
function numeric(t) {
	return t ~ /^[-+]?[0-9][0-9.:,-]*$/ || (length(t) >= 8 && t ~ /^[0-9a-f]+$/)
}
# the driver may still be running when the observer looks
function state(t) {
	return t ~ /^[RSD][<NLsl+]*$/
}
function observer(l) {
	return l ~ ("(^|[^0-9])(" obs ")([^0-9]|$)")
}
function masked(l, m,    a, b, n, i, s) {
	n = split(l, a); split(m, b); s = "[observer]"
	for (i = 1; i <= n; i++)
		s = s " " ((a[i] != b[i] && (numeric(a[i]) && numeric(b[i]) ||
			state(a[i]) && state(b[i]))) ? "#" : a[i])
	return s
}'

# same A B: equal, or equal once the observer's numbers are masked
same() {
	cmp -s "$1.rc" "$2.rc" && cmp -s "$1.err" "$2.err" || return 1
	cmp -s "$1.out" "$2.out" && return 0
	for _f in "$1:$2" "$2:$1"; do
		awk -v obs="$OBS${DRIVER:+|$DRIVER}" -v other="${_f#*:}.out" "$mask_awk"'
		BEGIN { while ((getline l < other) > 0) if (observer(l)) o[++no] = l }
		observer($0) { print masked($0, o[++k]); next }
		{ print }' "${_f%%:*}.out" > "${_f%%:*}.norm"
	done
	cmp -s "$1.norm" "$2.norm"
}

# between A C B: C, run between A and B, shows each row as A or B does
# (the observer's as same() masks it).  Two rows can each move once in
# that time, as %CPU of young processes falls: one before C ran, one
# after, and then C equals neither whole output.
between() {
	{ cmp -s "$2.rc" "$1.rc" && cmp -s "$2.err" "$1.err"; } ||
		{ cmp -s "$2.rc" "$3.rc" && cmp -s "$2.err" "$3.err"; } || return 1
	awk -v obs="$OBS${DRIVER:+|$DRIVER}" "$mask_awk"'
	FILENAME == ARGV[1] { a[FNR] = $0; na = FNR; next }
	FILENAME == ARGV[2] { c[FNR] = $0; nc = FNR; next }
	{ b[FNR] = $0; nb = FNR }
	END {
		if (na != nc || nb != nc)
			exit 1
		for (i = 1; i <= nc; i++) {
			if (c[i] == a[i] || c[i] == b[i])
				continue
			if (observer(c[i]) && (masked(c[i], a[i]) == masked(a[i], c[i]) ||
			    masked(c[i], b[i]) == masked(b[i], c[i])))
				continue
			exit 1
		}
	}' "$1.out" "$2.out" "$3.out"
}

# check PROG LINE: one PASS or FAIL line (with the differences).  The
# candidate runs between two reference runs and must equal one of them,
# or row by row one or the other (between()): %CPU and C of a process a
# few seconds old fall as it ages, so on a busy machine the value can move
# between any two runs.  A difference counts
# when the two reference runs agree, or when every try moved.
check() {
	_tries=0
	while :; do
		observe ref "$1" "$2"
		observe cand "$1" "$2" ||
			{ echo "FAIL: $label: $1 $2: cannot bind-mount the candidate"; return; }
		same ref cand && { echo "PASS: $label: $1 $2"; return; }
		observe ref2 "$1" "$2"
		# equal to ref2 whole is the case of between() where every row is
		between ref cand ref2 && { echo "PASS: $label: $1 $2"; return; }
		if same ref ref2 || [ $_tries -ge 4 ]; then
			_why=
			[ -n "${KNOWN:-}" ] && _why=$(grep -F -- "$label: $1 $2 ## " "$KNOWN" | sed 's/.* ## //')
			if [ -n "$_why" ]; then
				echo "XFAIL: $label: $1 $2 ($_why)"
				return
			fi
			echo "FAIL: $label: $1 $2"
			echo "  exit status: reference $(cat ref.rc), candidate $(cat cand.rc)"
			diff ref.err cand.err | head -n 6 | sed 's/^/  stderr /'
			diff ref.out cand.out | head -n 12 | sed 's/^/  stdout /'
			return
		fi
		_tries=$((_tries + 1))
		sleep 0.3
	done
}
