/*
 * bpf_pin.h - pinning the BPF task iterator for every user (src_bpf.c).
 *
 * A pin is a pair of iterator links, DIR/procs and DIR/threads, in a bpffs
 * directory: any user who may open them reads the task dump with no
 * privilege and no program load.  The BPF source looks for them in
 * BPF_PIN_DIR unless the environment variable TDPS_BPF_PIN names another
 * directory.
 */
#ifndef TDPS_BPF_PIN_H
#define TDPS_BPF_PIN_H

#define BPF_PIN_DIR "/sys/fs/bpf/tdps"

/*
 * Load the iterator and pin its links in @dir (created if needed), the
 * programs limited to what /proc shows every user.  *world_readable says
 * whether the pins were made readable by all: not when /proc is mounted
 * with hidepid, which the pins would bypass.  0 or -errno;
 * -EPROTONOSUPPORT when tdps was built without BPF.
 */
int bpf_pin(const char *dir, int *world_readable);
/* remove the pins of @dir and @dir itself; 0 or -errno */
int bpf_unpin(const char *dir);

#endif
