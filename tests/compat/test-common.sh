# Shared by the ps and pstree tests (sourced; $here is tests/compat).
# compat_main NAME CANDIDATE REFERENCE CASES [run options...]
. "$here/../tap.sh"

# reference_bin DIR FILE: the reference build DIR/FILE (DIR as
# ../shared/refs names it, e.g. procps-4.0.6), found in $TDPS_REFS, beside
# the source tree, or in /work/shared/refs, and checked against the
# SHA256SUMS there; skips the test when there is none.
reference_bin() {
	for refs in ${TDPS_REFS:-} "$here/../../../shared/refs" /work/shared/refs; do
		[ -x "$refs/$1/$2" ] || continue
		if [ -f "$refs/SHA256SUMS" ] &&
		   ! (cd "$refs" && grep " $1/$2\$" SHA256SUMS | sha256sum -c --status); then
			tap_skip_all "reference $refs/$1/$2 does not match its SHA256SUMS"
		fi
		echo "$refs/$1/$2"
		return
	done
	echo ""
}

compat_main() {
	name=$1 cand=$2 ref=$3 cases=$4
	shift 4
	if [ ! -x "$cand" ]; then
		tap_skip_all "candidate $cand is not built yet"
	fi
	if [ ! -x "$ref" ]; then
		tap_skip_all "reference $name ($ref) is not installed"
	fi
	if [ "$(id -u)" != 0 ]; then
		tap_skip_all "needs root (pid namespace, ns_last_pid, bind mounts)"
	fi
	if ! unshare --pid --fork --mount-proc true >/dev/null 2>&1; then
		tap_skip_all "namespaces unavailable (unshare --pid --fork --mount-proc true failed)"
	fi
	# The fixture from check_PROGRAMS if built; otherwise run compiles it.
	if [ -z "${COMPAT_FIXTURE:-}" ] && [ -x ./tests/compat/fixture ]; then
		COMPAT_FIXTURE=./tests/compat/fixture
		export COMPAT_FIXTURE
	fi
	# one TAP line per case; diffs and the summary become comments
	"$here/run" --ref "$ref" --cand "$cand" --cases "$cases" -v --diff-lines 60 "$@" |
		tap_results
}
