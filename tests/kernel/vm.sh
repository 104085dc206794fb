# tests/kernel/vm.sh - the QEMU rig's parts, sourced (bash) by
# tests/kernel/run (the task_diag kernel it builds) and by
# tests/bpf/kernels.test (Debian's own kernel images): an initramfs of
# static programs, and one boot of it under software emulation.
#
# The caller sets $top (the source tree) and defines say() and fail().

# is $1 a static executable?
vm_is_static() {
	file -L "$1" 2>/dev/null | grep -q 'statically linked' ||
		{ ! ldd "$1" >/dev/null 2>&1 && [ -x "$1" ]; }
}

# vm_root DIR: the directories every initramfs here has
vm_root() {
	mkdir -p "$1"/{bin,sbin,proc,sys,dev,tmp,tests.d}
}

# vm_add_static DIR NAME SOURCE.c [CFLAGS...]: build a test program with
# gcc -static into DIR/bin/NAME
vm_add_static() {
	local dir=$1 name=$2 src=$3
	shift 3
	gcc -static -O2 -Wall -pthread "$@" -o "$dir/bin/$name" "$src"
}

# vm_add_tdps DIR: the static builds (make check makes src/*-static) as
# /bin/tdps and /bin/tdpstree; $TDPS_BUILDDIR is the build tree
vm_add_tdps() {
	local build=${TDPS_BUILDDIR:-$top} name f
	for name in tdps tdpstree; do
		for f in "$build/src/$name-static" "$build/src/$name"; do
			[ -f "$f" ] || continue
			if vm_is_static "$f"; then
				cp "$f" "$1/bin/$name" && say "initramfs: /bin/$name from $f"
				break
			fi
			say "initramfs: $f is not statically linked, left out"
		done
	done
}

# vm_add_dynamic DIR PROGRAM...: host programs that are not static (the
# references a benchmark times against: procps's ps, psmisc's pstree,
# hyperfine), each at its own path in DIR with the libraries and loader
# ldd names, at theirs
vm_add_dynamic() {
	local dir=$1 prog lib
	shift
	for prog in "$@"; do
		mkdir -p "$dir${prog%/*}" && cp -L "$prog" "$dir$prog" || return 1
		for lib in $(ldd "$prog" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'); do
			[ -e "$dir$lib" ] && continue
			mkdir -p "$dir${lib%/*}" && cp -L "$lib" "$dir$lib" || return 1
		done
	done
}

# vm_add_busybox DIR [APPLET...]: Debian's busybox-static with its applet
# links, except the APPLETs named (the caller brings its own)
vm_add_busybox() {
	local dir=$1 app
	shift
	[ -x /bin/busybox ] && vm_is_static /bin/busybox || return 1
	cp /bin/busybox "$dir/bin/busybox"
	for app in $("$dir/bin/busybox" --list); do
		case " $* " in *" $app "*) continue ;; esac
		[ -e "$dir/bin/$app" ] || ln -s busybox "$dir/bin/$app"
	done
}

# vm_pack DIR OUT: DIR as a gzip'd newc cpio, every file root's
vm_pack() {
	( cd "$1" && find . -print0 | cpio --null -o -H newc -R 0:0 --quiet ) |
		gzip -1 > "$2"
}

# vm_boot KERNEL INITRD MEM TIMEOUT LOG APPEND...: boot with 2 CPUs under
# TCG (no KVM needed), the console on stdout and in LOG; the exit status
# is qemu's, 124 on timeout.  /init ends the VM by rebooting (-no-reboot).
vm_boot() {
	local kernel=$1 initrd=$2 mem=$3 timeout=$4 log=$5 tsc_khz clock
	shift 5
	# TCG's TSC runs at the host's rate, but a kernel without an HPET
	# or PM timer cannot calibrate it: on a busy host the PIT
	# calibration fails and the clock falls back to jiffies.  Tell the
	# kernel the frequency instead.
	tsc_khz=$(awk '/^cpu MHz/ { printf "%d", $4 * 1000; exit }' /proc/cpuinfo 2>/dev/null)
	clock="tsc=reliable${tsc_khz:+ tsc_early_khz=$tsc_khz}"
	timeout "$timeout" qemu-system-x86_64 -nographic -no-reboot \
		-accel tcg,thread=multi -smp 2 -m "$mem" \
		-kernel "$kernel" -initrd "$initrd" \
		-append "console=ttyS0 panic=-1 $clock $*" \
		< /dev/null 2>&1 | tr -d '\r' | tee "$log"
}
