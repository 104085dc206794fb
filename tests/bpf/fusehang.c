/*
 * fusehang - a FUSE file system whose one file can be opened and mapped
 * but never read: every READ request is left unanswered, so whoever
 * faults in a page of the file waits until this process dies (then the
 * kernel aborts the connection and the wait ends in an error).
 *
 *   fusehang MOUNTPOINT READY
 *
 * Mounts MOUNTPOINT (root: it speaks /dev/fuse itself, no libfuse or
 * fusermount), allow_other, with one regular file "f" of 4096 bytes,
 * mode 0644; creates the file READY once the kernel's INIT is answered;
 * serves until killed.  For the tests of a process whose memory cannot
 * be read (tests/bpf/attack.test): a process maps "f" and points its
 * argv there (taskgen argv-in FILE).  An open with O_DIRECT gets direct
 * I/O (FOPEN_DIRECT_IO): mapping the file then drops its page cache,
 * which waits for a page whose read is pending, while the mapper holds
 * its mmap_lock (taskgen mmap-lock FILE, tests/hard/stuck.test).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/fuse.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#define FILE_INO	2
#define FILE_SIZE	4096

static int fuse_fd;

/* answer request @unique with @error and @len bytes of @body */
static void reply(uint64_t unique, int error, const void *body, size_t len)
{
	char buf[sizeof(struct fuse_out_header) + 512];
	struct fuse_out_header h = {
		.len = (uint32_t)(sizeof(h) + len),
		.error = -error,
		.unique = unique,
	};

	if (len > sizeof(buf) - sizeof(h))
		len = 0;
	memcpy(buf, &h, sizeof(h));
	if (len)
		memcpy(buf + sizeof(h), body, len);
	/* an interrupted requester's reply fails with ENOENT: no matter */
	if (write(fuse_fd, buf, h.len) < 0 && errno != ENOENT)
		perror("fusehang: write");
}

static void fill_attr(struct fuse_attr *a, uint64_t ino)
{
	memset(a, 0, sizeof(*a));
	a->ino = ino;
	a->nlink = 1;
	a->blksize = 4096;
	if (ino == FUSE_ROOT_ID) {
		a->mode = S_IFDIR | 0755;
		a->nlink = 2;
	} else {
		a->mode = S_IFREG | 0644;
		a->size = FILE_SIZE;
		a->blocks = FILE_SIZE / 512;
	}
}

static void do_init(const struct fuse_in_header *in, const char *ready)
{
	const struct fuse_init_in *ii = (const void *)(in + 1);
	struct fuse_init_out o = {
		.major = FUSE_KERNEL_VERSION,
		.minor = FUSE_KERNEL_MINOR_VERSION,
		.max_readahead = ii->max_readahead,
		.max_write = 4096,
		.time_gran = 1,
	};
	int fd;

	reply(in->unique, 0, &o, sizeof(o));
	fd = open(ready, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0)
		close(fd);
}

static void serve(const char *ready)
{
	static char buf[FUSE_MIN_READ_BUFFER + (1 << 20)];

	for (;;) {
		const struct fuse_in_header *in = (const void *)buf;
		ssize_t n = read(fuse_fd, buf, sizeof(buf));

		if (n < 0 && (errno == EINTR || errno == ENOENT))
			continue;
		if (n < (ssize_t)sizeof(*in))
			return;		/* unmounted (ENODEV) or broken */
		switch (in->opcode) {
		case FUSE_INIT:
			do_init(in, ready);
			break;
		case FUSE_LOOKUP: {
			struct fuse_entry_out e = { 0 };

			if (in->nodeid != FUSE_ROOT_ID ||
			    strcmp((const char *)(in + 1), "f")) {
				reply(in->unique, ENOENT, NULL, 0);
				break;
			}
			e.nodeid = FILE_INO;
			e.attr_valid = e.entry_valid = 3600;
			fill_attr(&e.attr, FILE_INO);
			reply(in->unique, 0, &e, sizeof(e));
			break;
		}
		case FUSE_GETATTR: {
			struct fuse_attr_out a = { .attr_valid = 3600 };

			fill_attr(&a.attr, in->nodeid);
			reply(in->unique, 0, &a, sizeof(a));
			break;
		}
		case FUSE_OPEN: {
			const struct fuse_open_in *oi = (const void *)(in + 1);
			struct fuse_open_out o = { .fh = 1 };

			/* O_DIRECT asks for direct I/O: the server grants it */
			if (oi->flags & O_DIRECT)
				o.open_flags = FOPEN_DIRECT_IO;

			reply(in->unique, 0, &o, sizeof(o));
			break;
		}
		case FUSE_READ:
			break;		/* never answered: the point */
		case FUSE_RELEASE:
		case FUSE_FLUSH:
			reply(in->unique, 0, NULL, 0);
			break;
		case FUSE_FORGET:
		case FUSE_BATCH_FORGET:
		case FUSE_INTERRUPT:
			break;		/* no answer expected */
		case FUSE_DESTROY:
			reply(in->unique, 0, NULL, 0);
			return;
		default:
			reply(in->unique, ENOSYS, NULL, 0);
		}
	}
}

int main(int argc, char **argv)
{
	char opts[256];

	if (argc != 3) {
		fprintf(stderr, "usage: fusehang MOUNTPOINT READY\n");
		return 2;
	}
	fuse_fd = open("/dev/fuse", O_RDWR | O_CLOEXEC);
	if (fuse_fd < 0) {
		perror("fusehang: /dev/fuse");
		return 1;
	}
	snprintf(opts, sizeof(opts), "fd=%d,rootmode=40000,user_id=0,group_id=0,"
		 "allow_other,default_permissions", fuse_fd);
	if (mount("fusehang", argv[1], "fuse.fusehang", MS_NOSUID | MS_NODEV,
		  opts) < 0) {
		perror("fusehang: mount");
		return 1;
	}
	serve(argv[2]);
	return 0;
}
