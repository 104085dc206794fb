/*
 * diag_decode.h - turn task_diag netlink bytes into struct task records.
 *
 * Pure: no sockets, no libnl, no printing.  It is fed the datagrams a
 * netlink socket returns (or bytes replayed from a file) and calls back
 * once per complete task.  Everything it reads is bounds-checked, so it
 * can be fuzzed with arbitrary input.
 *
 * Use, per dump:
 *
 *	dec = diag_decoder_new();
 *	diag_decoder_start(dec, &(struct diag_dump){ .seq = s, ... });
 *	do {
 *		n = recv(...);
 *		rc = diag_decoder_feed(dec, buf, n, cb, arg);
 *	} while (rc == 0);
 *	// rc == 1: NLMSG_DONE seen; rc < 0: -errno
 *	diag_decoder_free(dec);
 *
 * A task is complete, and handed to the callback, when a message for
 * another task (or one without TASK_DIAG_CONT) arrives, or at a
 * successful NLMSG_DONE.  A task still pending when the dump fails is
 * dropped: its continuation may be missing.
 */
#ifndef TDPS_DIAG_DECODE_H
#define TDPS_DIAG_DECODE_H

#include <stddef.h>
#include <stdint.h>
#include <linux/netlink.h>

#include "lib/record/task.h"


/* one netlink attribute, its payload still in the caller's buffer */
struct diag_attr {
	uint16_t type;		/* without NLA_F_NESTED / NLA_F_NET_BYTEORDER */
	const unsigned char *data;
	size_t len;
};

/*
 * The attribute at *@off of the @len bytes at @p, moving *@off past it
 * (aligned, at most to the end): 1, 0 at the end, -1 when it is broken.
 */
int diag_next_attr(const unsigned char *p, size_t len, size_t *off,
		   struct diag_attr *a);

/* what to accept: messages not matching are skipped (stats.skipped) */
struct diag_dump {
	uint32_t seq;		/* nlmsg_seq of our request; 0: any */
	uint32_t portid;	/* our port id; 0: any */
	uint16_t family;	/* the TASKDIAG family id; 0: any >= NLMSG_MIN_TYPE */
	int threads;		/* a thread strategy: records are thread rows */
	/*
	 * who wrote the dump (GS_* of lib/record/groups.h; 0: task_diag): the
	 * contract says which record groups each of its groups fills
	 */
	unsigned source;
	/*
	 * record groups the dump's task messages fill beyond what the
	 * contract says every message of @source carries (group_in_msg()):
	 * what the writer was asked for (the BPF program's pgid and sid)
	 */
	uint64_t msg_extra;
};

struct diag_stats {
	unsigned long messages;		/* task messages decoded */
	unsigned long tasks;		/* records handed to the callback */
	unsigned long skipped;		/* other seq/port/type/command, acks, NOOPs */
	unsigned long warnings;		/* protocol warnings: see diag_decode.c */
	unsigned long dump_intr;	/* messages flagged NLM_F_DUMP_INTR */
	unsigned long gone;		/* tasks dropped: TASK_DIAG_GONE */
};

/*
 * What the kernel said when it ended a request with an error: the errno
 * and its extended acknowledgement (NETLINK_EXT_ACK, Linux 4.12), the
 * words a handler sets with NL_SET_ERR_MSG and the request byte it
 * blames with NL_SET_ERR_MSG_ATTR.
 */
struct diag_ack {
	int error;		/* -errno; 0 for a plain acknowledgement */
	/* NLMSGERR_ATTR_MSG, control bytes shown as '?'; "" when none */
	char msg[128];
	/* NLMSGERR_ATTR_OFFS: the blamed byte of our request, from its header */
	uint32_t offs;
	int has_offs;
};

/*
 * Read the NLMSG_ERROR or NLMSG_DONE message with header @h and the
 * @plen bytes of payload at @payload into @ack: 0, or -EPROTO when
 * it is too short to hold an error number (*@ack is then cleared).
 * Attributes are read only where NLM_F_ACK_TLVS says there are some;
 * broken ones are ignored, the error number stands.
 */
int diag_ack_parse(const struct nlmsghdr *h, const unsigned char *payload,
		   size_t plen, struct diag_ack *ack);

struct diag_decoder;

/*
 * Called once per task.  @a holds the record's strings; the source may
 * allocate from it too (to fill missing groups).  Both are valid only
 * during the call.  A negative return stops the dump: feed returns it.
 */
typedef int (*diag_task_fn)(struct task *t, struct arena *a, void *arg);

struct diag_decoder *diag_decoder_new(void);
void diag_decoder_free(struct diag_decoder *d);

/* begin a dump: forget any pending task, error and statistics */
void diag_decoder_start(struct diag_decoder *d, const struct diag_dump *dump);

/*
 * Decode @len bytes holding whole netlink messages (one datagram).
 * Returns 0 when more is expected, 1 when NLMSG_DONE (with 0) ended the
 * dump, or -errno: the NLMSG_ERROR or NLMSG_DONE error, -EPROTO for
 * broken framing (a message header that does not fit), -ENOMEM, or the
 * callback's negative value.  Once it has returned non-zero it keeps
 * returning that until the next diag_decoder_start().
 */
int diag_decoder_feed(struct diag_decoder *d, const void *buf, size_t len,
		      diag_task_fn cb, void *arg);

/* after feed returned 1: the bytes of @buf up to and including DONE */
size_t diag_decoder_consumed(const struct diag_decoder *d);

const struct diag_stats *diag_decoder_stats(const struct diag_decoder *d);

/*
 * After feed returned the kernel's -errno (an NLMSG_ERROR, or NLMSG_DONE
 * with an error): what that message said.  Otherwise error is 0 and msg
 * "".
 */
const struct diag_ack *diag_decoder_ack(const struct diag_decoder *d);

#endif
