/*
 * bpf_pin.h - pinning the BPF task iterator for every user (bpf_pin.c).
 *
 * A pin is a pair of iterator links, DIR/procs and DIR/threads, in a bpffs
 * directory: any user who may open them reads the task dump with no
 * privilege and no program load.  The BPF source looks for them in
 * BPF_PIN_DIRS, in order, unless its config's bpf_pin (TDPS_BPF_PIN)
 * names the one directory to look in.
 */
#ifndef TDPS_BPF_PIN_H
#define TDPS_BPF_PIN_H

/*
 * Where pins are looked for: first where the boot-time unit
 * (tdps-pin.service) puts them, in a bpffs of its own mounted on
 * /run/tdps with mode 0755, since systemd mounts /sys/fs/bpf 0700 and no
 * other user could reach a pin there; then the bpffs every system has.
 */
#define BPF_PIN_DIR_RUN "/run/tdps/iter"
#define BPF_PIN_DIR_SYS "/sys/fs/bpf/tdps"
#define BPF_PIN_DIRS { BPF_PIN_DIR_RUN, BPF_PIN_DIR_SYS }

struct source_config;

/*
 * Load the iterator (with @config's knobs) and pin its links in @dir
 * (created if needed), the programs limited to what /proc shows every
 * user.  *world_readable says whether the pins were made readable by
 * all: not when /proc is mounted with hidepid, which the pins would
 * bypass.  0 or -errno; -EPROTONOSUPPORT when tdps was built without BPF,
 * -EINVAL (with the reason in bpf_load_why()) while a made-up /proc is
 * set (sys_proc_root_set()).
 */
int bpf_pin(const char *dir, const struct source_config *config,
	    int *world_readable);
/* why the last load failed, in words ("" when it did not) */
const char *bpf_load_why(void);
/* remove the pins of @dir and @dir itself; 0 or -errno */
int bpf_unpin(const char *dir);

#endif
