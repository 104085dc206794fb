/*
 * nlbuild.c - see nlbuild.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "nlbuild.h"

void nlb_init(struct nlb *b)
{
	memset(b, 0, sizeof(*b));
}

void nlb_free(struct nlb *b)
{
	free(b->p);
	nlb_init(b);
}

static void *room(struct nlb *b, size_t n)
{
	void *p;

	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;

		while (cap < b->len + n)
			cap *= 2;
		b->p = realloc(b->p, cap);
		if (!b->p)
			abort();
		b->cap = cap;
	}
	p = b->p + b->len;
	memset(p, 0, n);
	b->len += n;
	return p;
}

void nlb_raw(struct nlb *b, const void *data, size_t len)
{
	if (len)
		memcpy(room(b, len), data, len);
}

void nlb_end(struct nlb *b)
{
	uint32_t len;

	if (!b->open)
		return;
	len = (uint32_t)(b->len - b->msg);
	memcpy(b->p + b->msg, &len, sizeof(len));	/* nlmsg_len is first */
	room(b, NLMSG_ALIGN(len) - len);	/* the next starts aligned */
	b->open = 0;
}

void nlb_msg(struct nlb *b, uint16_t type, uint16_t flags, uint32_t seq,
	     uint32_t portid)
{
	struct nlmsghdr h = {
		.nlmsg_type = type, .nlmsg_flags = flags,
		.nlmsg_seq = seq, .nlmsg_pid = portid,
	};

	nlb_end(b);
	b->msg = b->len;
	b->open = 1;
	nlb_raw(b, &h, sizeof(h));
}

void nlb_genl(struct nlb *b, uint8_t cmd, uint8_t version)
{
	struct genlmsghdr g = { .cmd = cmd, .version = version };

	nlb_raw(b, &g, sizeof(g));
}

void nlb_attr_lie(struct nlb *b, uint16_t nla_len, uint16_t type,
		  const void *data, size_t len)
{
	struct nlattr na = { .nla_len = nla_len, .nla_type = type };

	nlb_raw(b, &na, sizeof(na));
	nlb_raw(b, data, len);
	room(b, NLA_ALIGN(len) - len);
}

void nlb_attr(struct nlb *b, uint16_t type, const void *data, size_t len)
{
	nlb_attr_lie(b, (uint16_t)(NLA_HDRLEN + len), type, data, len);
}

void nlb_task(struct nlb *b, const struct task_diag_msg *m, int cont)
{
	uint32_t one = 1;

	nlb_msg(b, NLB_FAMILY, NLM_F_MULTI, NLB_SEQ, NLB_PORT);
	nlb_genl(b, TASKDIAG_CMD_GET, TASKDIAG_GENL_VERSION);
	nlb_attr(b, TASK_DIAG_MSG, m, sizeof(*m));
	if (cont)
		nlb_attr(b, TASK_DIAG_CONT, &one, sizeof(one));
}

void nlb_done(struct nlb *b, int err)
{
	nlb_msg(b, NLMSG_DONE, NLM_F_MULTI, NLB_SEQ, NLB_PORT);
	nlb_raw(b, &err, sizeof(err));
	nlb_end(b);
}

void nlb_error(struct nlb *b, int err)
{
	struct nlmsgerr e = { .error = err };

	nlb_msg(b, NLMSG_ERROR, 0, NLB_SEQ, NLB_PORT);
	nlb_raw(b, &e, sizeof(e));
	nlb_end(b);
}

struct task_diag_msg nlb_mkmsg(uint32_t tgid, uint32_t pid, uint32_t ppid,
			       uint8_t state, const char *comm)
{
	struct task_diag_msg m;

	memset(&m, 0, sizeof(m));
	m.tgid = tgid;
	m.pid = pid;
	m.ppid = ppid;
	m.tpid = 0;
	m.sid = tgid;
	m.pgid = tgid;
	m.state = state;
	/* a 16-byte name fills comm with no NUL, as the kernel may send */
	memcpy(m.comm, comm, strnlen(comm, sizeof(m.comm)));
	return m;
}

int nlb_write(const struct nlb *b, const char *dir, const char *name)
{
	char path[4096];
	FILE *f;
	int rc;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f)
		return -1;
	rc = fwrite(b->p, 1, b->len, f) == b->len ? 0 : -1;
	if (fclose(f))
		rc = -1;
	return rc;
}
