# root.sh - pristine Debian roots for the tests in tests/deploy, sourced.
# The caller sets mirror (the archive), cache (where roots are kept) and
# tmp (its scratch directory, left out of cache keys).
#
# root NAME DIR MMDEBSTRAP-ARGS...: unpack into DIR a root made by
# "mmdebstrap ARGS... TARBALL MIRROR", taken from $cache/NAME-KEY.tar when
# one was made with the same arguments in the last week.  KEY hashes the
# mirror, the arguments and what the caller's root_key_extra NAME prints
# (when it defines one), so a root is remade when what it is made of
# changes.  Sets root_from to "made" or "cache" and root_tarball to the
# tarball; says "making NAME" when it runs mmdebstrap.
root() {
	name=$1 dir=$2
	shift 2
	key=$({
		echo "$mirror"
		printf '%s\n' "$@" | sed "s|$tmp|TMP|g"
		if command -v root_key_extra >/dev/null 2>&1; then
			root_key_extra "$name"
		fi
	} | sha256sum | cut -c1-16)
	root_tarball=$cache/$name-$key.tar
	root_from=cache
	if ! fresh_tarball "$root_tarball"; then
		mkdir -p "$cache" && rm -rf "$cache/$name"-*.tar* || return 1
		echo "  making $name (mmdebstrap $*)"
		mmdebstrap --format=tar "$@" "$root_tarball.part" "$mirror" \
			> "$tmp/mmdebstrap.log" 2>&1 ||
			{ sed 's/^/  /' "$tmp/mmdebstrap.log" | tail -8; rm -f "$root_tarball.part"; return 1; }
		mv "$root_tarball.part" "$root_tarball"
		root_from=made
	fi
	mkdir "$dir" && tar -C "$dir" -xf "$root_tarball"
}

# fresh_tarball FILE: FILE exists, is not empty and is less than a week old
fresh_tarball() {
	[ -s "$1" ] && [ -z "$(find "$1" -mtime +6)" ]
}
