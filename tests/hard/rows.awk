# rows.awk - invariants of one ps listing taken while processes come and
# go (tests/hard/churn.test).  Prints one line per violation (at most
# 10), nothing when the listing is sound.
#
#   awk -v header="EXPECTED HEADER" [-v sort=COL+|COL-] \
#       [-v churn_users="nobody 65534"] -f rows.awk listing
#
# The header is the one a quiet run printed: ps sizes columns from the
# format, never from the data, so it must not change.  Every row must have
# a field for each column (the last, free-text one may hold several), the
# id columns must be numbers (or "-" on the thread lines of m/-m), the
# row's id (LWP, else SPID, else PID) must not repeat, and a row of a
# churn process (a command named churn...) must show the churn user, and
# a row of the churn user a churn process: a record whose status was
# never read would show root.  With sort=COL+ / COL-, the numeric column
# COL must be in ascending / descending order.

function bad(msg) {
	if (++nbad <= 10)
		printf "line %d: %s: %s\n", NR, msg, $0
}

function numeric(v) {
	return v ~ /^-?[0-9]+$/
}

# the command name a row shows: the free text without tree art, brackets
# and directories
function cmdname(   i, s) {
	s = ""
	for (i = ncols; i <= NF; i++) {
		if (s == "" && ($i == "\\_" || $i == "|" || $i == "_"))
			continue
		s = s == "" ? $i : s " " $i
	}
	sub(/^\[/, "", s)
	sub(/ .*/, "", s)
	sub(/.*\//, "", s)
	return s
}

BEGIN {
	nbad = 0
	nu = split(churn_users, cu, " ")
	for (i = 1; i <= nu; i++)
		is_churn_user[cu[i]] = 1
	sortcol = sort
	sortdir = 0
	if (sortcol ~ /\+$/) sortdir = 1
	if (sortcol ~ /-$/) sortdir = -1
	sub(/[-+]$/, "", sortcol)
}

NR == 1 {
	if ($0 != header)
		bad("header changed (expected \"" header "\")")
	ncols = split(header, h, " ")
	freetext = h[ncols] ~ /^(CMD|COMMAND|ARGS)$/
	key = 0; sk = 0; user = 0
	for (i = 1; i <= ncols; i++) {
		if (h[i] ~ /^(PID|PPID|PGID|SID|SESS|PGRP|TGID|TPGID|LWP|SPID|NLWP)$/)
			idcol[i] = 1
		if (h[i] == "PID" && !key) key = i
		if (h[i] == "SPID" || h[i] == "LWP") key = i
		if (h[i] == sortcol) sk = i
		if (h[i] ~ /^(USER|UID|RUSER|EUSER)$/ && !user) user = i
	}
	if (sortdir && !sk)
		bad("no column " sortcol " to check the order of")
	next
}

{
	if (freetext ? NF < ncols : NF != ncols) {
		bad("row with " NF " fields for " ncols " columns")
		next
	}
	for (i in idcol)
		if ($i != "-" && !numeric($i))
			bad("column " h[i] " is not a number")
	if (key && $key != "-") {
		if ($key in seen)
			bad(h[key] " " $key " listed twice (also line " seen[$key] ")")
		seen[$key] = NR
	}
	if (user && freetext && nu && $user != "-") {
		name = cmdname()
		if (name ~ /^churn/ && !($user in is_churn_user))
			bad("a churn process shown as user " $user)
		if (($user in is_churn_user) && name !~ /^churn/)
			bad("user " $user " shown for " name)
	}
	if (sk && $sk != "-") {
		v = $sk + 0
		if (have_prev && sortdir * (v - prev) < 0)
			bad(sortcol " out of order after " prev)
		prev = v; have_prev = 1
	}
}

END {
	if (NR < 1)
		bad("no output at all")
	if (nbad > 10)
		printf "... and %d more\n", nbad - 10
}
