/*
 * diag_nl.h - the generic-netlink exchange of the task_diag source,
 * written against the kernel's uapi alone: one socket, the family looked
 * up by name, a request with one attribute, datagrams received whole.
 * What the messages mean is diag_decode.c's business.
 *
 * Why not libnl-genl-3.  It was the project's netlink library, and tdps
 * dlopen()ed it through a 13-function table for one request while
 * resolving the family and receiving the dump by hand, since a stock
 * kernel has no TASKDIAG family and should not pay for a library to
 * learn so.  Doing the whole exchange in libnl (genl_ctrl_resolve,
 * nl_send_auto, nl_recvmsgs with NL_CB_VALID/FINISH callbacks) was
 * measured against doing all of it here (2026-12-05, Linux 6.18, libnl
 * 3.7.0, the version Debian 12 and 13 ship, a 2-core VM under load):
 *
 *  - Learning that the family is absent, which every "auto" run on a
 *    stock kernel does; a program doing only that, against one doing
 *    nothing.  This file: +6 system calls (socket, NETLINK_EXT_ACK,
 *    sendmsg, a peek at the answer's size, recvmsg, close; and 3 for
 *    malloc's first use, which tdps has made before), +3 page faults,
 *    +7.8 k instructions (callgrind), +0.12 ms (fastest of 1000 runs,
 *    hyperfine).  dlopen() of libnl-genl-3 and libnl-3 with
 *    nl_socket_alloc, genl_connect and genl_ctrl_resolve: +36 system
 *    calls, +20 page faults, +287 k instructions, +0.90 ms.  Resolving
 *    with libnl means loading it on every kernel; keeping that lookup by
 *    hand and the rest in libnl is the half-and-half this replaces.
 *  - Receiving: a recorded dump of 10000 tasks (MSG, CRED, STAT, CMDLINE)
 *    in 121 datagrams of up to 32 KiB, fed to the decoder from memory.
 *    nl_recvmsgs copies each message into a fresh nl_msg (calloc,
 *    malloc, memcpy, free) before the callback sees it: 21.9 M
 *    instructions against 11.4 M for datagrams fed whole, 2186 against
 *    1143 a task, 1.2 ms against 0.56 ms at best.
 *  - Extended acks: libnl 3.7 has no API for them; the NLMSGERR_ATTR_*
 *    attributes would be read by hand in an error callback anyway.
 *  - What libnl did do here, building one 48-byte request, takes a
 *    struct initializer and sendmsg().
 *
 * So tdps has no libnl at all: nothing to install, to dlopen or to link
 * statically for the test VM's initramfs.
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
