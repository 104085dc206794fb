# Shared by ps.test and pstree.test (sourced; $here is tests/compat).
# compat_main NAME CANDIDATE REFERENCE CASES [run options...]
compat_main() {
	name=$1 cand=$2 ref=$3 cases=$4
	shift 4
	if [ ! -x "$cand" ]; then
		echo "SKIP: candidate $cand is not built yet"
		exit 77
	fi
	if [ ! -x "$ref" ]; then
		echo "SKIP: reference $name ($ref) is not installed"
		exit 77
	fi
	if [ "$(id -u)" != 0 ]; then
		echo "SKIP: needs root (pid namespace, ns_last_pid, bind mounts)"
		exit 77
	fi
	if ! unshare --pid --fork --mount-proc true >/dev/null 2>&1; then
		echo "SKIP: namespaces unavailable (unshare --pid --fork --mount-proc true failed)"
		exit 77
	fi
	# The fixture from check_PROGRAMS if built; otherwise run compiles it.
	if [ -z "${COMPAT_FIXTURE:-}" ] && [ -x ./tests/compat/fixture ]; then
		COMPAT_FIXTURE=./tests/compat/fixture
		export COMPAT_FIXTURE
	fi
	exec "$here/run" --ref "$ref" --cand "$cand" --cases "$cases" -v --diff-lines 60 "$@"
}
