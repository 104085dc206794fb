/*
 * test_nl.c - the task_diag source's generic-netlink exchange
 * (src/lib/taskdiag/diag_nl.c): errors and their extended acks read as
 * the kernel lays them out, the family looked up on this kernel, and the
 * kernel's words reaching the texts a user reads (the open's why, which
 * --info and "not available" print, and a failed scan's error) through a
 * replayed dump, without a task_diag kernel.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "../check.h"
#include "../diag/nlbuild.h"
#include "lib/source/source.h"
#include "lib/record/groups.h"
#include "lib/taskdiag/diag_nl.h"

/* where the request's one attribute starts: what NL_SET_ERR_MSG_ATTR blames */
#define ATTR_OFFS (NLMSG_HDRLEN + GENL_HDRLEN)

/* is a library whose path holds @name mapped into this process? */
static int mapped(const char *name)
{
	char line[4096];
	FILE *f = fopen("/proc/self/maps", "r");
	int found = 0;

	if (!f)
		return -1;
	while (!found && fgets(line, sizeof(line), f))
		found = strstr(line, name) != NULL;
	fclose(f);
	return found;
}

static void add_msg(struct nlb *b, const char *msg)
{
	nlb_attr(b, NLMSGERR_ATTR_MSG, msg, strlen(msg) + 1);
}

static void add_offs(struct nlb *b, uint32_t offs)
{
	nlb_attr(b, NLMSGERR_ATTR_OFFS, &offs, sizeof(offs));
}

/*
 * The NLMSG_ERROR a task_diag kernel sends for a dump request it
 * refuses: @capped leaves out the echo of the request's attribute.
 */
static void refusal(struct nlb *b, int err, int capped, const char *msg,
		    int offs)
{
	struct task_diag_pid req = { .dump_strategy = 99 };
	struct nlmsgerr e = {
		.error = err,
		.msg = {
			.nlmsg_len = NLMSG_HDRLEN + GENL_HDRLEN + NLA_HDRLEN +
				     sizeof(req),
			.nlmsg_type = NLB_FAMILY,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP,
			.nlmsg_seq = NLB_SEQ, .nlmsg_pid = NLB_PORT,
		},
	};
	struct genlmsghdr g = { .cmd = TASKDIAG_CMD_GET, .version = 1 };
	struct nlattr na = { NLA_HDRLEN + sizeof(req), TASKDIAG_CMD_ATTR_GET };

	nlb_msg(b, NLMSG_ERROR, (msg || offs >= 0 ? NLM_F_ACK_TLVS : 0) |
				(capped ? NLM_F_CAPPED : 0), NLB_SEQ, NLB_PORT);
	nlb_raw(b, &e, sizeof(e));
	if (!capped) {
		nlb_raw(b, &g, sizeof(g));
		nlb_raw(b, &na, sizeof(na));
		nlb_raw(b, &req, sizeof(req));
	}
	if (msg)
		add_msg(b, msg);
	if (offs >= 0)
		add_offs(b, offs);
	nlb_end(b);
}

/* parse the one message in @b */
static int parse(const struct nlb *b, struct diag_ack *ack)
{
	struct nlmsghdr h;

	memcpy(&h, b->p, sizeof(h));
	return diag_ack_parse(&h, b->p + NLMSG_HDRLEN,
			      h.nlmsg_len - NLMSG_HDRLEN, ack);
}

static void test_parse(void)
{
	struct diag_ack ack;
	struct nlb b;
	int err;

	nlb_init(&b);
	refusal(&b, -EINVAL, 0, "unknown dump strategy", ATTR_OFFS);
	CHECK_EQ(parse(&b, &ack), 0, "an NLMSG_ERROR echoing the request");
	CHECK_EQ(ack.error, -EINVAL, "its error");
	CHECK_STR(ack.msg, "unknown dump strategy",
		  "its NLMSGERR_ATTR_MSG, after the echoed request");
	CHECK(ack.has_offs && ack.offs == ATTR_OFFS,
	      "its NLMSGERR_ATTR_OFFS: the request's attribute");

	nlb_free(&b);
	nlb_init(&b);
	refusal(&b, -EINVAL, 1, "reserved field is not zero", -1);
	parse(&b, &ack);
	CHECK_STR(ack.msg, "reserved field is not zero",
		  "NLM_F_CAPPED: the attributes right after struct nlmsgerr");
	CHECK(!ack.has_offs, "and no offset where the kernel gave none");

	nlb_free(&b);
	nlb_init(&b);
	refusal(&b, -ESRCH, 0, "not flagged", -1);
	((struct nlmsghdr *)b.p)->nlmsg_flags &= ~NLM_F_ACK_TLVS;
	parse(&b, &ack);
	CHECK(ack.error == -ESRCH && !ack.msg[0],
	      "without NLM_F_ACK_TLVS, bytes after the request are no message");

	nlb_free(&b);
	nlb_init(&b);
	err = -EIO;
	nlb_msg(&b, NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS, NLB_SEQ,
		NLB_PORT);
	nlb_raw(&b, &err, sizeof(err));
	add_msg(&b, "tab\there, bell\a");
	nlb_end(&b);
	parse(&b, &ack);
	CHECK(ack.error == -EIO, "NLMSG_DONE: its error");
	CHECK_STR(ack.msg, "tab?here, bell?",
		  "NLMSG_DONE: its message, control bytes shown as '?'");

	/* an echoed request claiming more than the message holds */
	nlb_free(&b);
	nlb_init(&b);
	{
		struct nlmsgerr e = { .error = -EINVAL };

		e.msg.nlmsg_len = 4000;
		nlb_msg(&b, NLMSG_ERROR, NLM_F_ACK_TLVS, NLB_SEQ, NLB_PORT);
		nlb_raw(&b, &e, sizeof(e));
		add_msg(&b, "lost");
		nlb_end(&b);
	}
	CHECK(parse(&b, &ack) == 0 && ack.error == -EINVAL && !ack.msg[0],
	      "an echo longer than its message: the error stands, no words");

	nlb_free(&b);
	nlb_init(&b);
	nlb_msg(&b, NLMSG_ERROR, 0, NLB_SEQ, NLB_PORT);
	nlb_raw(&b, "\xff\xff", 2);
	nlb_end(&b);
	CHECK_EQ(parse(&b, &ack), -EPROTO, "an error too short for its number");
	nlb_free(&b);
}

/* the family lookup on this machine's kernel */
static void test_family(void)
{
	/* longer than GENL_NAMSIZ: the control family's policy refuses it */
	static const char long_name[] = "TASKDIAG-TASKDIAG-TASKDIAG-TASKDIAG";
	struct diag_nl nl;
	struct diag_ack ack;
	int rc;

	rc = diag_nl_open(&nl);
	CHECK_EQ(rc, 0, "a NETLINK_GENERIC socket opens");
	if (rc)
		return;
	CHECK_EQ(diag_nl_family(&nl, "nlctrl", &ack), GENL_ID_CTRL,
		 "\"nlctrl\" resolves to the control family's id");
	rc = diag_nl_family(&nl, TASKDIAG_GENL_NAME, &ack);
	if (rc > 0)
		printf("ok %d - an absent family # SKIP this kernel has %s (id %d)\n",
		       ++check_run, TASKDIAG_GENL_NAME, rc);
	else
		CHECK_EQ(rc, -ENOENT, "no " TASKDIAG_GENL_NAME " family: -ENOENT");
	rc = diag_nl_family(&nl, long_name, &ack);
	CHECK_EQ(rc, -EINVAL, "an over-long family name: -EINVAL");
	CHECK(ack.error == -EINVAL && ack.msg[0],
	      "with the kernel's extended ack: \"%s\"", ack.msg);
	CHECK(ack.has_offs && ack.offs == ATTR_OFFS,
	      "blaming the request's one attribute (offset %u)",
	      (unsigned)ack.offs);
	CHECK_EQ(diag_nl_family(&nl, "nlctrl", &ack), GENL_ID_CTRL,
		 "the socket still answers after a refusal");
	CHECK_EQ(diag_nl_prepare(&nl, 1 << 20), 0, "readied for dumps");
	CHECK(nl.portid != 0, "knowing its port id (%u)", (unsigned)nl.portid);
	CHECK_EQ(diag_nl_family(&nl, "nlctrl", &ack), GENL_ID_CTRL,
		 "and answers on it are still taken");
	diag_nl_close(&nl);
	CHECK_EQ(diag_nl_open(&nl), 0, "a fresh socket");
	CHECK(diag_nl_prepare(&nl, 0) == 0 && nl.portid != 0,
	      "readied before any request: bound to a port (%u)",
	      (unsigned)nl.portid);
	CHECK_EQ(diag_nl_family(&nl, "nlctrl", &ack), GENL_ID_CTRL,
		 "and answered there");
	diag_nl_close(&nl);
}

/* the source on this kernel, then on replayed refusals */
static void test_source(void)
{
	char file[] = "/tmp/tdps-test-nl.XXXXXX";
	struct scan_request req = { .want = TG_BIT(TG_MSG), .scope = SCAN_ALL };
	struct source_config config = { 0 };
	struct source src;
	struct nlb b;
	int rc, fd, err;

	rc = source_open(&src, SOURCE_TASKDIAG, TG_BIT(TG_MSG), false, &config);
	if (rc == 0) {
		printf("ok %d - the open's why # SKIP the kernel has the TASKDIAG family (%s)\n",
		       ++check_run, src.why);
		source_close(&src);
	} else {
		CHECK_EQ(rc, -ENOENT, "no family: the source is not available");
		CHECK_STR(src.why, "no TASKDIAG generic-netlink family in this kernel",
			  "and says why, for --info and the front ends");
	}
	CHECK_EQ(mapped("libnl"), 0, "no libnl is loaded for any of it");

	/* three dumps: refused with words, refused bare, ended by DONE with words */
	nlb_init(&b);
	refusal(&b, -EINVAL, 1, "unknown dump strategy", ATTR_OFFS);
	refusal(&b, -EINVAL, 0, NULL, -1);
	err = -EIO;
	nlb_msg(&b, NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS, NLB_SEQ, NLB_PORT);
	nlb_raw(&b, &err, sizeof(err));
	add_msg(&b, "the dump broke off");
	add_offs(&b, 4);
	nlb_end(&b);
	fd = mkstemp(file);
	CHECK(fd >= 0 && write(fd, b.p, b.len) == (ssize_t)b.len,
	      "a replay file of three refused dumps");
	if (fd >= 0)
		close(fd);
	nlb_free(&b);

	config.taskdiag_replay = file;
	rc = source_open(&src, SOURCE_TASKDIAG, TG_BIT(TG_MSG), false, &config);
	CHECK_EQ(rc, 0, "the source opens on the replay");
	if (rc == 0) {
		rc = source_scan(&src, &req, NULL, NULL);
		CHECK_EQ(rc, -EINVAL, "a refused dump fails the scan");
		CHECK_STR(src.failed, "Invalid argument: unknown dump strategy (in TASKDIAG_CMD_ATTR_GET)",
			  "the scan's error carries the kernel's words and the attribute blamed");
		rc = source_scan(&src, &req, NULL, NULL);
		CHECK_STR(src.failed, "Invalid argument",
			  "a refusal without an extended ack: the errno alone");
		rc = source_scan(&src, &req, NULL, NULL);
		CHECK_STR(src.failed, "Input/output error: the dump broke off (at byte 4 of the request)",
			  "an error in NLMSG_DONE: its words too");
		source_close(&src);
	}
	unlink(file);
}

int main(void)
{
	test_parse();
	test_family();
	test_source();
	return check_done();
}
