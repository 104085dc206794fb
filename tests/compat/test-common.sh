# Shared by ps.test and pstree.test (sourced; $here is tests/compat).
# compat_main NAME CANDIDATE REFERENCE CASES [run options...]
. "$here/../tap.sh"

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
