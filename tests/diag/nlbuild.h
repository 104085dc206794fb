/*
 * nlbuild.h - build task_diag netlink byte streams in memory, the way
 * the kernel would send them (or, on purpose, the way it never should).
 * For tests and fuzz seeds only; aborts when out of memory.
 */
#ifndef TDPS_NLBUILD_H
#define TDPS_NLBUILD_H

#include <stddef.h>
#include <stdint.h>

#include "uapi/linux/task_diag.h"

/* the family id the tests pretend the kernel gave TASKDIAG */
#define NLB_FAMILY 0x1d
#define NLB_SEQ 777
#define NLB_PORT 4242

struct nlb {
	unsigned char *p;
	size_t len, cap;
	size_t msg;		/* offset of the open message */
	int open;
};

void nlb_init(struct nlb *b);
void nlb_free(struct nlb *b);

/* start a message (ending any open one); then genl header and attrs */
void nlb_msg(struct nlb *b, uint16_t type, uint16_t flags, uint32_t seq,
	     uint32_t portid);
void nlb_genl(struct nlb *b, uint8_t cmd, uint8_t version);
void nlb_attr(struct nlb *b, uint16_t type, const void *data, size_t len);
/* an attribute header claiming @nla_len, followed by @len bytes */
void nlb_attr_lie(struct nlb *b, uint16_t nla_len, uint16_t type,
		  const void *data, size_t len);
void nlb_raw(struct nlb *b, const void *data, size_t len);
/* set the open message's nlmsg_len to what was written */
void nlb_end(struct nlb *b);

/* a whole task message start: header, genl header, MSG (and CONT) */
void nlb_task(struct nlb *b, const struct task_diag_msg *m, int cont);
/* NLMSG_DONE carrying @err; NLMSG_ERROR carrying @err */
void nlb_done(struct nlb *b, int err);
void nlb_error(struct nlb *b, int err);

struct task_diag_msg nlb_mkmsg(uint32_t tgid, uint32_t pid, uint32_t ppid,
			       uint8_t state, const char *comm);

/* write the bytes to DIR/NAME (for seed corpora); 0 or -1 */
int nlb_write(const struct nlb *b, const char *dir, const char *name);

#endif
