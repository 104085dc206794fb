# lib.sh - sourced by golden.test and regen.sh: the made-up /proc, laid
# out so that it lists as the real one does.
#
# A real /proc lists its pids (and a process's task/ its tids) in
# ascending order, and ps and pstree show them in the order they are
# listed.  A committed tree on ext4 or xfs lists in the order of its
# names' hashes, which differs from one file system to the next, so
# both the reference runs and the tests read a copy on a tmpfs, which
# lists newest first: the entries are made in descending order.

# tree_copy SRC DST [root]: copy the tree SRC into the empty directory
# DST (a tmpfs); with "root", only the processes whose effective uid and
# gid are 0 (see cases.txt)
tree_copy() {
	_tc_src=$1 _tc_dst=$2 _tc_only=${3:-}
	# the files and directories whose names are not numbers first,
	# then the numbered ones, highest first
	for _tc_e in $(ls -A "$_tc_src" | grep -v '^[0-9][0-9]*$'); do
		if [ -L "$_tc_src/$_tc_e" ]; then
			cp -P "$_tc_src/$_tc_e" "$_tc_dst/$_tc_e" || return 1
		elif [ -d "$_tc_src/$_tc_e" ]; then
			mkdir "$_tc_dst/$_tc_e" &&
				(tree_copy "$_tc_src/$_tc_e" "$_tc_dst/$_tc_e") || return 1
		else
			cp "$_tc_src/$_tc_e" "$_tc_dst/$_tc_e" || return 1
		fi
	done
	for _tc_e in $(ls -A "$_tc_src" | grep '^[0-9][0-9]*$' | sort -rn); do
		if [ "$_tc_only" = root ] &&
		   [ "$(awk '/^[UG]id:/ { printf "%s", $3 }' "$_tc_src/$_tc_e/status")" != 00 ]; then
			continue
		fi
		mkdir "$_tc_dst/$_tc_e" &&
			(tree_copy "$_tc_src/$_tc_e" "$_tc_dst/$_tc_e") || return 1
	done
}

# the cases of cases.txt, one a line: NAME TREE [VAR=VALUE ...] TOOL ARGS
case_lines() {
	grep -v '^[[:space:]]*\(#\|$\)' "$1"
}
