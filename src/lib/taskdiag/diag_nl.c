/*
 * diag_nl.c - the generic-netlink exchange by hand (diag_nl.h says why
 * not through libnl).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "lib/taskdiag/diag_nl.h"

/* the first receive buffer; the kernel's dump datagrams are <= 32 KiB */
#define DIAG_NL_BUFSIZE (64 * 1024)

int diag_nl_open(struct diag_nl *nl)
{
	int one = 1;

	memset(nl, 0, sizeof(*nl));
	nl->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (nl->fd < 0)
		return -errno;
	/*
	 * Errors with the kernel's words (Linux 4.12); an older kernel
	 * refuses the option and gives bare numbers, all it has to say.
	 * Not NETLINK_CAP_ACK: our requests are small, and the echo of one
	 * costs less than the system call.
	 */
	(void)setsockopt(nl->fd, SOL_NETLINK, NETLINK_EXT_ACK, &one,
			 sizeof(one));
	return 0;
}

int diag_nl_prepare(struct diag_nl *nl, int rcvbuf)
{
	struct sockaddr_nl self;
	socklen_t len = sizeof(self);

	/* bound by the first request, or now; the answers come to that port */
	if (getsockname(nl->fd, (struct sockaddr *)&self, &len) < 0)
		return -errno;
	if (self.nl_pid == 0) {
		self = (struct sockaddr_nl){ .nl_family = AF_NETLINK };
		if (bind(nl->fd, (struct sockaddr *)&self, sizeof(self)) < 0 ||
		    getsockname(nl->fd, (struct sockaddr *)&self, &len) < 0)
			return -errno;
	}
	nl->portid = self.nl_pid;
	/*
	 * Past rmem_max only with CAP_NET_ADMIN; otherwise take what the
	 * system allows.  Either way works: the kernel refills a dump only
	 * as we read it, so a small buffer costs round trips, not data.
	 */
	if (rcvbuf > 0 && setsockopt(nl->fd, SOL_SOCKET, SO_RCVBUFFORCE,
				     &rcvbuf, sizeof(rcvbuf)) < 0)
		(void)setsockopt(nl->fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf,
				 sizeof(rcvbuf));
	return 0;
}

void diag_nl_close(struct diag_nl *nl)
{
	if (nl->fd >= 0)
		close(nl->fd);
	nl->fd = -1;
	free(nl->buf);
	nl->buf = NULL;
	nl->size = 0;
}

int diag_nl_request(struct diag_nl *nl, uint16_t family, uint16_t flags,
		    uint8_t cmd, uint8_t version, uint16_t attr,
		    const void *data, size_t len)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct {
		struct nlmsghdr nlh;
		struct genlmsghdr genl;
		struct nlattr nla;
	} head = {
		.nlh = {
			.nlmsg_len = NLMSG_HDRLEN + GENL_HDRLEN +
				     NLA_HDRLEN + NLA_ALIGN(len),
			.nlmsg_type = family,
			.nlmsg_flags = NLM_F_REQUEST | flags,
			.nlmsg_seq = ++nl->seq,
		},
		.genl = { .cmd = cmd, .version = version },
		.nla = { .nla_len = NLA_HDRLEN + len, .nla_type = attr },
	};
	static const char pad[NLA_ALIGNTO];
	struct iovec iov[3] = {
		{ &head, sizeof(head) },
		{ (void *)data, len },
		{ (void *)pad, NLA_ALIGN(len) - len },
	};
	struct msghdr mh = {
		.msg_name = &kernel, .msg_namelen = sizeof(kernel),
		.msg_iov = iov, .msg_iovlen = 3,
	};
	ssize_t n;

	_Static_assert(sizeof(head) == NLMSG_HDRLEN + GENL_HDRLEN + NLA_HDRLEN,
		       "the headers are packed as the kernel reads them");
	if (len > UINT16_MAX - NLA_HDRLEN)
		return -EMSGSIZE;
	do
		n = sendmsg(nl->fd, &mh, 0);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : 0;
}

ssize_t diag_nl_recv(struct diag_nl *nl)
{
	for (;;) {
		struct sockaddr_nl sa;
		struct iovec iov = { nl->buf, 0 };
		struct msghdr mh = {
			.msg_name = &sa, .msg_namelen = sizeof(sa),
			.msg_iov = &iov, .msg_iovlen = 1,
		};
		ssize_t n = recvmsg(nl->fd, &mh, MSG_PEEK | MSG_TRUNC);

		if (n >= 0 && (size_t)n > nl->size) {
			size_t size = (size_t)n > DIAG_NL_BUFSIZE ? (size_t)n
								  : DIAG_NL_BUFSIZE;
			unsigned char *nb = realloc(nl->buf, size);

			if (!nb)
				return -ENOMEM;
			nl->buf = nb;
			nl->size = size;
		}
		if (n >= 0) {
			iov.iov_base = nl->buf;
			iov.iov_len = nl->size;
			mh.msg_namelen = sizeof(sa);
			n = recvmsg(nl->fd, &mh, 0);
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (mh.msg_flags & MSG_TRUNC)
			return -EMSGSIZE;	/* cannot happen after the peek */
		if (sa.nl_pid != 0)
			continue;		/* not from the kernel */
		return n;
	}
}

/* the family id in a CTRL_CMD_NEWFAMILY answer; -EPROTO without one */
static int family_id(const unsigned char *payload, size_t plen)
{
	size_t off = GENL_HDRLEN;
	struct diag_attr a;
	uint16_t id;

	if (plen < off)
		return -EPROTO;
	while (diag_next_attr(payload, plen, &off, &a) == 1)
		if (a.type == CTRL_ATTR_FAMILY_ID && a.len >= sizeof(id)) {
			memcpy(&id, a.data, sizeof(id));
			return id ? id : -EPROTO;
		}
	return -EPROTO;
}

int diag_nl_family(struct diag_nl *nl, const char *name,
		   struct diag_ack *ack)
{
	size_t n, off;
	ssize_t got;
	int rc;

	memset(ack, 0, sizeof(*ack));
	rc = diag_nl_request(nl, GENL_ID_CTRL, 0, CTRL_CMD_GETFAMILY, 1,
			     CTRL_ATTR_FAMILY_NAME, name, strlen(name) + 1);
	if (rc < 0)
		return rc;
	/* one answer, to this request: a NEWFAMILY message or an error */
	for (;;) {
		got = diag_nl_recv(nl);
		if (got < 0)
			return got;
		for (off = 0; (size_t)got - off >= NLMSG_HDRLEN; off += n) {
			struct nlmsghdr h;
			const unsigned char *payload;

			memcpy(&h, nl->buf + off, sizeof(h));
			if (h.nlmsg_len < NLMSG_HDRLEN ||
			    h.nlmsg_len > (size_t)got - off)
				return -EPROTO;
			n = NLMSG_ALIGN(h.nlmsg_len);
			if (n > (size_t)got - off)
				n = (size_t)got - off;
			if (h.nlmsg_seq != nl->seq ||
			    (nl->portid && h.nlmsg_pid != nl->portid))
				continue;	/* an earlier request's */
			payload = nl->buf + off + NLMSG_HDRLEN;
			if (h.nlmsg_type == NLMSG_ERROR) {
				rc = diag_ack_parse(&h, payload,
						    h.nlmsg_len - NLMSG_HDRLEN,
						    ack);
				if (rc == 0 && ack->error < 0)
					return ack->error;
				memset(ack, 0, sizeof(*ack));
				return -EPROTO;	/* no request ever asked for an ack */
			}
			if (h.nlmsg_type == GENL_ID_CTRL)
				return family_id(payload,
						 h.nlmsg_len - NLMSG_HDRLEN);
		}
	}
}
