/*
 * bpf_pin.c - pins of the BPF task iterator: making and removing them
 * (tdps --bpf-pin, --bpf-unpin), and finding and opening one only when
 * it can be trusted.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/vfs.h>

#include "lib/bpf/bpf_pin.h"
#include "lib/bpf/bpf_priv.h"
#include "lib/bpf/task_iter.lskel.h"
#include "lib/system/sys_facts.h"

static int pin_usable(const char *dir);

const char *bpf_pin_dir(const struct source_config *config)
{
	static const char *const dirs[] = BPF_PIN_DIRS;
	const char *d = config->bpf_pin;
	unsigned i;

	if (d && *d)
		return pin_usable(d) == 0 ? d : NULL;
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (pin_usable(dirs[i]) == 0)
			return dirs[i];
	return NULL;
}

const char *bpf_pin_dirs_looked(const struct source_config *config)
{
	const char *d = config->bpf_pin;

	return d && *d ? d : BPF_PIN_DIR_RUN " or " BPF_PIN_DIR_SYS;
}

/* is @fd root's, not writable by others, on a bpffs?  0 or -EPERM */
static int pin_trusted(int fd)
{
	struct statfs sf;
	struct stat st;

	if (fstat(fd, &st) < 0 || st.st_uid != 0 || (st.st_mode & 022) ||
	    fstatfs(fd, &sf) < 0 || (unsigned long)sf.f_type != BPF_FS_MAGIC_NR)
		return -EPERM;
	return 0;
}

/*
 * Open the pin in @dir, trusting it only if root owns it and its
 * directory, neither is writable by others and both are on a bpffs:
 * whoever planted a pin would choose what every ps on the system
 * prints.  The checks are on what is opened (the directory by a
 * descriptor, neither followed through a symbolic link), not on paths
 * that could change in between.  An fd, or -errno (-EPERM: untrusted).
 */
int bpf_pin_open(const char *dir, int flags)
{
	int dfd, fd, rc;

	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dfd < 0)
		return errno == ELOOP ? -EPERM : -errno;
	rc = pin_trusted(dfd);
	if (rc < 0) {
		close(dfd);
		return rc;
	}
	fd = openat(dfd, TDPS_BPF_PIN_NAME,
		    O_RDONLY | O_NOFOLLOW | O_CLOEXEC | flags);
	rc = fd < 0 ? (errno == ELOOP ? -EPERM : -errno) : 0;
	close(dfd);
	if (rc < 0)
		return rc;
	rc = pin_trusted(fd);
	if (rc < 0) {
		close(fd);
		return rc;
	}
	return fd;
}

/* a usable pin in @dir: 0, or -errno from opening it */
static int pin_usable(const char *dir)
{
	int fd = bpf_pin_open(dir, 0);

	if (fd < 0)
		return fd;
	close(fd);
	return 0;
}

/* is /proc mounted with hidepid (other than 0/off)? */
static int proc_hides_pids(void)
{
	char path[256], line[4096];
	FILE *f;
	int hides = 0;

	snprintf(path, sizeof(path), "%s/self/mountinfo", sys_proc_root());
	f = fopen(path, "re");
	if (!f)
		return 1;	/* cannot tell: assume the careful answer */
	while (fgets(line, sizeof(line), f)) {
		const char *p = strstr(line, " - proc ");
		const char *h;

		if (!p || !strstr(line, " /proc "))
			continue;
		h = strstr(p, "hidepid=");
		if (h && strncmp(h + 8, "0", 1) && strncmp(h + 8, "off", 3))
			hides = 1;
	}
	fclose(f);
	return hides;
}

static const char *const old_pins[] = TDPS_BPF_OLD_PINS;

/* remove the pin in the directory @dfd, and tdps 0.2's */
static int unlink_pins(int dfd)
{
	unsigned i;

	if (unlinkat(dfd, TDPS_BPF_PIN_NAME, 0) < 0 && errno != ENOENT)
		return -errno;
	for (i = 0; i < sizeof(old_pins) / sizeof(old_pins[0]); i++)
		if (unlinkat(dfd, old_pins[i], 0) < 0 && errno != ENOENT)
			return -errno;
	return 0;
}

/* the directory @dir itself, not where a symbolic link points: fd or -errno */
static int open_pin_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	return fd < 0 ? -errno : fd;
}

int bpf_unpin(const char *dir)
{
	int dfd = open_pin_dir(dir), rc;

	if (dfd == -ENOENT)
		return 0;
	if (dfd < 0)
		return dfd;
	rc = unlink_pins(dfd);
	close(dfd);
	if (rc < 0)
		return rc;
	if (rmdir(dir) < 0 && errno != ENOENT && errno != ENOTEMPTY)
		return -errno;
	return 0;
}

/*
 * Everything after the directory is made or found goes through its
 * descriptor (the pin through /proc/self/fd, as BPF_OBJ_PIN takes a
 * path), so a directory swapped for a link meanwhile is never written.
 * Not a bpffs: -EPERM, as the kernel would answer the pin.
 */
static int pin_in(int dfd, mode_t mode, const struct source_config *config)
{
	struct bpf_state *s;
	struct statfs sf;
	char path[64];
	int rc;

	if (fstatfs(dfd, &sf) < 0)
		return -errno;
	if ((unsigned long)sf.f_type != BPF_FS_MAGIC_NR)
		return -EPERM;
	rc = unlink_pins(dfd);
	if (rc < 0)
		return rc;
	s = bpf_state_new(config);
	if (!s)
		return -ENOMEM;
	rc = bpf_load(s, 1, 0);
	snprintf(path, sizeof(path), "/proc/self/fd/%d/%s", dfd,
		 TDPS_BPF_PIN_NAME);
	if (!rc && bpf_sys_obj_pin(s->skel->links.procs_fd, path) < 0)
		rc = errno ? -errno : -EINVAL;
	if (!rc && fchmodat(dfd, TDPS_BPF_PIN_NAME, mode,
			    AT_SYMLINK_NOFOLLOW) < 0)
		rc = -errno;
	if (!rc && fchmod(dfd, 0755) < 0)
		rc = -errno;
	bpf_close(s);
	if (rc < 0)
		unlink_pins(dfd);
	return rc;
}

int bpf_pin(const char *dir, const struct source_config *config,
	    int *world_readable)
{
	mode_t mode;
	int dfd, rc, made;

	/*
	 * The pin's mode follows the kernel's /proc (hidepid), which a
	 * made-up tree (TDPS_PROC_ROOT) would stand in for: refuse.
	 */
	if (sys_proc_root_set()) {
		char why[200];

		snprintf(why, sizeof(why),
			 "the program reads the kernel's tasks, not %s",
			 sys_proc_root());
		bpf_load_refuse(why);
		return -EINVAL;
	}
	mode = proc_hides_pids() ? 0400 : 0444;
	*world_readable = mode == 0444;
	made = mkdir(dir, 0755) == 0;
	if (!made && errno != EEXIST)
		return -errno;
	dfd = open_pin_dir(dir);
	rc = dfd < 0 ? dfd : pin_in(dfd, mode, config);
	if (dfd >= 0)
		close(dfd);
	if (rc < 0 && made)
		rmdir(dir);
	return rc;
}
