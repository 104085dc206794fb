/*
 * diag_nl.h - the generic-netlink exchange of the task_diag source,
 * written against the kernel's uapi alone: one socket, the family looked
 * up by name, a request with one attribute, datagrams received whole.
 * What the messages mean is diag_decode.c's business.
 *
 * Why not libnl-genl-3: the family lookup, which every "auto" run on a
 * stock kernel makes to learn that the family is absent, would load the
 * library on every kernel, and its receive loop copies each message
 * once more before the decoder sees it; it has no API for extended
 * acks, which the kernel side sets.  The measurements behind this are in
 * bench/results.md ("task_diag without libnl").  So tdps has no libnl at
 * all: nothing to install, to dlopen or to link statically for the test
 * VM's initramfs.
 */
#ifndef TDPS_DIAG_NL_H
#define TDPS_DIAG_NL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "lib/taskdiag/diag_decode.h"

/* one NETLINK_GENERIC socket and its receive buffer */
struct diag_nl {
	int fd;			/* -1: closed */
	uint32_t portid;	/* ours, after diag_nl_prepare(); 0: unknown */
	uint32_t seq;		/* the last request's nlmsg_seq */
	unsigned char *buf;	/* the last datagram, grown to fit each one */
	size_t size;
};

/*
 * Open the socket, with extended acks where the kernel has them: 0 or
 * -errno.  Enough for a lookup; diag_nl_prepare() readies it for dumps.
 */
int diag_nl_open(struct diag_nl *nl);
/*
 * Ready the socket for dumps: learn its port id, which answers must
 * carry, and ask for a receive buffer of @rcvbuf bytes (past rmem_max
 * where allowed; 0 keeps the system's): 0 or -errno.
 */
int diag_nl_prepare(struct diag_nl *nl, int rcvbuf);
void diag_nl_close(struct diag_nl *nl);

/*
 * Send a request to @family (NLM_F_REQUEST | @flags; a fresh nlmsg_seq in
 * nl->seq) carrying the genetlink header and attribute @attr with @len
 * bytes of @data: 0 or -errno.
 */
int diag_nl_request(struct diag_nl *nl, uint16_t family, uint16_t flags,
		    uint8_t cmd, uint8_t version, uint16_t attr,
		    const void *data, size_t len);

/*
 * The next datagram from the kernel (others are dropped) into nl->buf:
 * its length or -errno (-ENOBUFS: the socket overran, messages were
 * lost).  A peek at its size first grows the buffer: nothing is cut off.
 */
ssize_t diag_nl_recv(struct diag_nl *nl);

/*
 * The id of the generic-netlink family @name (CTRL_CMD_GETFAMILY), or
 * -errno: -ENOENT when the kernel has no such family.  On a kernel error
 * @ack holds what the kernel said (error 0 otherwise).
 */
int diag_nl_family(struct diag_nl *nl, const char *name,
		   struct diag_ack *ack);

#endif
