/*
 * decode_test.c - the task_diag decoder against byte streams built in
 * memory: well-formed dumps checked field by field, and broken ones that
 * must be refused without reading outside the buffer.
 *
 * "decode_test --seeds DIR" also writes the streams it builds to DIR as
 * fuzz seeds, which is how tests/fuzz/corpus/diag/ was made.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "../check.h"
#include "nlbuild.h"
#include "lib/taskdiag/diag_decode.h"
#include "lib/record/groups.h"
#include "lib/bpf/task_iter.h"

/* what every task_diag message fills: the ids and the session */
#define MSG_HAVE (TG_BIT(TG_MSG) | TG_BIT(TG_SESS))

static const char *seed_dir;

/*
 * A fuzz seed is the stream after one control byte (see
 * tests/fuzz/fuzz_diag_decode.c): 0x03 checks seq/port/family against
 * what nlbuild writes and cuts the stream in two datagrams.
 */
static void seed(const struct nlb *b, const char *name)
{
	unsigned char ctl = 0x03;
	struct nlb s;

	if (!seed_dir)
		return;
	nlb_init(&s);
	nlb_raw(&s, &ctl, 1);
	nlb_raw(&s, b->p, b->len);
	if (nlb_write(&s, seed_dir, name) < 0)
		fprintf(stderr, "cannot write seed %s\n", name);
	nlb_free(&s);
}

/* ---- collecting records ---- */

struct rec {
	struct task t;		/* string pointers below replace the task's */
	char *cmdline, *environ, *cgroup, *wchan, *exe, *secctx;
	gid_t *gids;
};

struct coll {
	struct rec *r;
	size_t n, cap;
	int stop_after;		/* >0: stop the dump after that many */
	int bad_strings;	/* a tstr not NUL-terminated at len */
};

static char *dup_tstr(struct coll *c, const struct tstr *s)
{
	char *p;

	if (!s->s)
		return NULL;
	if (s->s[s->len] != '\0')
		c->bad_strings++;
	p = malloc(s->len + 1);
	memcpy(p, s->s, s->len + 1);
	return p;
}

static int collect(struct task *t, struct arena *a, void *arg)
{
	struct coll *c = arg;
	struct rec *r;

	(void)a;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->r = realloc(c->r, c->cap * sizeof(*c->r));
	}
	r = &c->r[c->n++];
	memset(r, 0, sizeof(*r));
	r->t = *t;
	r->cmdline = dup_tstr(c, &t->cmdline);
	r->environ = dup_tstr(c, &t->environ);
	r->cgroup = dup_tstr(c, &t->cgroup);
	r->wchan = dup_tstr(c, &t->wchan_name);
	r->exe = dup_tstr(c, &t->exe);
	r->secctx = dup_tstr(c, &t->secctx);
	if (t->nsupgids > 0) {
		r->gids = malloc(t->nsupgids * sizeof(gid_t));
		memcpy(r->gids, t->supgids, t->nsupgids * sizeof(gid_t));
	}
	if (c->stop_after && (int)c->n >= c->stop_after)
		return -ECANCELED;
	return 0;
}

static void coll_free(struct coll *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->r[i].cmdline);
		free(c->r[i].environ);
		free(c->r[i].cgroup);
		free(c->r[i].wchan);
		free(c->r[i].exe);
		free(c->r[i].secctx);
		free(c->r[i].gids);
	}
	free(c->r);
	memset(c, 0, sizeof(*c));
}

static const struct diag_dump our_dump = {
	.seq = NLB_SEQ, .portid = NLB_PORT, .family = NLB_FAMILY,
};

/* decode a whole buffer as one datagram of dump @dd */
static int decode_as(const struct diag_dump *dd, const struct nlb *b,
		     struct coll *c, struct diag_stats *st)
{
	struct diag_decoder *d = diag_decoder_new();
	int rc;

	diag_decoder_start(d, dd);
	rc = diag_decoder_feed(d, b->p, b->len, collect, c);
	if (st)
		*st = *diag_decoder_stats(d);
	diag_decoder_free(d);
	return rc;
}

/* decode a whole buffer as one datagram of our task_diag dump */
static int decode(const struct nlb *b, struct coll *c, struct diag_stats *st)
{
	return decode_as(&our_dump, b, c, st);
}

/* ---- a task with every group ---- */

static const char full_cmdline[] = "prog\0-x\0arg";	/* + final NUL */
static const char full_environ[] = "A=1\0B=2";
static const char full_cgroup[] = "0::/user.slice/session-2.scope\n";
static const uint32_t full_groups[] = { 10, 20, 4000000000u };

static void add_full_groups(struct nlb *b)
{
	struct task_diag_creds cr = {
		.uid = 1001, .euid = 1002, .suid = 1003, .fsuid = 1004,
		.gid = 2001, .egid = 2002, .sgid = 2003, .fsgid = 2004,
		.cap_permitted = { { 0xfeffffff, 0x1ff } },
	};
	struct task_diag_stat st = {
		11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
		26, 27, 28, 29, 30, 1,
		.flags = 0x400040, .priority = 20, .nice = -5,
		.num_threads = 7, .tty_nr = 0x8801, .tpgid = -1,
		.processor = 3, .rt_priority = 9, .policy = 2,
		.exit_signal = 17, .exit_code = 99,
	};
	struct task_diag_statm sm = {
		1, 101, 102, 2, 3, 103, 104, 105, 106, 107, 108, 109, 110,
		4, 111, 5,
	};
	struct task_diag_signal sg = {
		0x8000000000000001ull, 2, 4, 0x4000000000000008ull, 16,
	};
	struct task_diag_io io = { 31, 32, 33, 34, 35, 36, 37 };
	struct task_diag_ns ns;
	struct task_diag_oom oom = { 667, 3, 200, 0 };
	struct task_diag_login lg = { 1000, 5 };
	struct task_diag_autogroup ag = { 42, -3 };
	struct task_diag_smaps smp = { .rss = 900, .pss = 500,
				       .private_clean = 7,
				       .private_dirty = 8,
				       .shared_hugetlb = 2048,
				       .private_hugetlb = 4096 };
	__u32 fds = 23;
	static const char name[] = "kworker/u8:1-events_unbound";
	int i;

	for (i = 0; i < TASK_DIAG_NS_COUNT; i++)
		ns.ino[i] = 4026531835ull + i;
	nlb_attr(b, TASK_DIAG_CRED, &cr, sizeof(cr));
	nlb_attr(b, TASK_DIAG_STAT, &st, sizeof(st));
	nlb_attr(b, TASK_DIAG_STATM, &sm, sizeof(sm));
	nlb_attr(b, TASK_DIAG_CMDLINE, full_cmdline, sizeof(full_cmdline));
	nlb_attr(b, TASK_DIAG_ENVIRON, full_environ, sizeof(full_environ));
	nlb_attr(b, TASK_DIAG_NAME, name, sizeof(name));
	nlb_attr(b, TASK_DIAG_SIGNAL, &sg, sizeof(sg));
	nlb_attr(b, TASK_DIAG_GROUPS, full_groups, sizeof(full_groups));
	nlb_attr(b, TASK_DIAG_CGROUP, full_cgroup, strlen(full_cgroup));
	nlb_attr(b, TASK_DIAG_WCHAN, "__x64_sys_poll", 15);
	nlb_attr(b, TASK_DIAG_IO, &io, sizeof(io));
	nlb_attr(b, TASK_DIAG_NS, &ns, sizeof(ns));
	nlb_attr(b, TASK_DIAG_OOM, &oom, sizeof(oom));
	nlb_attr(b, TASK_DIAG_LOGIN, &lg, sizeof(lg));
	nlb_attr(b, TASK_DIAG_EXE, "/usr/bin/prog", 14);
	nlb_attr(b, TASK_DIAG_AUTOGROUP, &ag, sizeof(ag));
	nlb_attr(b, TASK_DIAG_SMAPS, &smp, sizeof(smp));
	nlb_attr(b, TASK_DIAG_SECCTX, "unconfined", 11);
	nlb_attr(b, TASK_DIAG_FDS, &fds, sizeof(fds));
}

static void check_full_msg(const struct task *t)
{
	CHECK_EQ(t->tgid, 1234, "MSG tgid");
	CHECK_EQ(t->tid, 1234, "MSG pid -> tid");
	CHECK_EQ(t->ppid, 1, "MSG ppid");
	CHECK_EQ(t->pgrp, 1234, "MSG pgid -> pgrp");
	CHECK_EQ(t->sid, 1234, "MSG sid");
	CHECK_EQ(t->tracer, 77, "MSG tpid -> tracer");
	CHECK(t->state == 'D', "MSG state 2 -> 'D'");
	CHECK(!t->is_thread && !t->nonleader, "process strategy: no thread row");
}

static void check_full_stat(const struct task *t)
{
	CHECK(t->minflt == 11 && t->cminflt == 12 && t->majflt == 13 &&
	      t->cmajflt == 14, "STAT faults");
	CHECK(t->utime == 15 && t->stime == 16 && t->cutime == 17 &&
	      t->cstime == 18, "STAT times");
	CHECK_EQ(t->start_time, 19, "STAT start_time");
	CHECK(t->blkio_ticks == 20 && t->gtime == 21 && t->cgtime == 22,
	      "STAT blkio, gtime, cgtime");
	CHECK(t->vsize == 23 && t->rss == 24 && t->rsslim == 25,
	      "STAT vsize, rss, rsslim");
	CHECK(t->start_code == 26 && t->end_code == 27 &&
	      t->start_stack == 28 && t->kstk_esp == 29 && t->kstk_eip == 30,
	      "STAT addresses");
	CHECK_EQ(t->wchan, 1, "STAT wchan");
	CHECK_EQ(t->flags, 0x400040, "STAT flags");
	CHECK(t->priority == 20 && t->nice == -5, "STAT priority, nice");
	CHECK_EQ(t->nlwp, 7, "STAT num_threads -> nlwp");
	CHECK_EQ(t->tty, 0x8801, "STAT tty_nr");
	CHECK_EQ(t->tpgid, -1, "STAT tpgid");
	CHECK(t->processor == 3 && t->rtprio == 9 && t->policy == 2,
	      "STAT processor, rtprio, policy");
	CHECK_EQ(t->exit_signal, 17, "STAT exit_signal");
}

static void check_full_rest(const struct rec *r)
{
	const struct task *t = &r->t;
	int i, ok = 1;

	CHECK(t->ruid == 1001 && t->euid == 1002 && t->suid == 1003 &&
	      t->fuid == 1004, "CRED uids");
	CHECK(t->rgid == 2001 && t->egid == 2002 && t->sgid == 2003 &&
	      t->fgid == 2004, "CRED gids");
	CHECK(t->cap_prm == 0x1fffeffffffULL, "CRED permitted capabilities");
	CHECK(t->vm_size == 101 && t->vm_lock == 102 && t->vm_rss == 103 &&
	      t->vm_rss_anon == 104 && t->vm_rss_file == 105 &&
	      t->vm_rss_shared == 106 && t->vm_data == 107 &&
	      t->vm_stack == 108 && t->vm_exe == 109 && t->vm_lib == 110 &&
	      t->vm_swap == 111, "STATM fields");
	CHECK(t->sigpnd == 0x8000000000000001ull && t->shdpnd == 2 &&
	      t->sigblk == 4 && t->sigign == 0x4000000000000008ull &&
	      t->sigcgt == 16, "SIGNAL masks");
	CHECK(t->nsupgids == 3 && r->gids && r->gids[0] == 10 &&
	      r->gids[1] == 20 && r->gids[2] == (gid_t)4000000000u, "GROUPS");
	CHECK(t->cmdline.len == sizeof(full_cmdline) &&
	      !memcmp(r->cmdline, full_cmdline, sizeof(full_cmdline)),
	      "CMDLINE raw bytes, NULs kept");
	CHECK(t->environ.len == sizeof(full_environ) &&
	      !memcmp(r->environ, full_environ, sizeof(full_environ)),
	      "ENVIRON raw bytes");
	CHECK(!strcmp(r->cgroup, full_cgroup) &&
	      t->cgroup.len == strlen(full_cgroup), "CGROUP text");
	CHECK(!strcmp(r->wchan, "x64_sys_poll"), "WCHAN '_'s stripped: %s",
	      r->wchan);
	CHECK(t->rchar == 31 && t->wchar == 32 && t->syscr == 33 &&
	      t->syscw == 34 && t->read_bytes == 35 && t->write_bytes == 36 &&
	      t->cancelled_write_bytes == 37, "IO fields");
	for (i = 0; i < TASK_DIAG_NS_COUNT; i++)
		ok &= t->ns[i] == 4026531835ul + i;
	CHECK(ok, "NS inodes");
	CHECK(t->oom_score == 667 && t->oom_adj == 200,
	      "OOM score, oom_adj holds oom_score_adj");
	CHECK_EQ(t->luid, 1000, "LOGIN loginuid");
	CHECK(!strcmp(r->exe, "/usr/bin/prog") && t->exe.len == 13, "EXE");
	CHECK(t->ag_id == 42 && t->ag_nice == -3, "AUTOGROUP");
	CHECK(t->smap_pss == 500 && t->smap_uss == 15,
	      "SMAPS pss, uss = private clean + dirty");
	CHECK(t->smap_htshr == 2048 && t->smap_htprv == 4096,
	      "SMAPS shared and private hugetlb");
	CHECK_EQ(t->fds, 23, "FDS");
	CHECK(!strcmp(r->secctx, "unconfined") && t->secctx.len == 10,
	      "SECCTX");
	CHECK(!strcmp(t->comm, "kworker/u8:1-events_unbound"),
	      "NAME replaces the short comm: %s", t->comm);
}

static void test_single(void)
{
	struct task_diag_msg m = nlb_mkmsg(1234, 1234, 1, 2, "kworker/u8:1-ev");
	struct nlb b;
	struct coll c = { 0 };
	struct diag_stats st;
	int rc;

	printf("# a single task with every group\n");
	m.tpid = 77;
	nlb_init(&b);
	nlb_task(&b, &m, 0);
	add_full_groups(&b);
	nlb_done(&b, 0);
	seed(&b, "single-full");
	rc = decode(&b, &c, &st);
	CHECK_EQ(rc, 1, "DONE ends the dump");
	CHECK_EQ(c.n, 1, "one record");
	if (c.n == 1) {
		/* owner and rss are derived from CRED, STATM later */
		CHECK(c.r[0].t.have == (TG_ALL & ~(TG_BIT(TG_OWNER) | TG_BIT(TG_RSS))),
		      "have: every group and MSG");
		check_full_msg(&c.r[0].t);
		check_full_stat(&c.r[0].t);
		check_full_rest(&c.r[0]);
	}
	CHECK(!c.bad_strings && !st.warnings, "no warnings, strings end in NUL");
	coll_free(&c);
	nlb_free(&b);
}

/* ---- many tasks, several datagrams ---- */

static void build_many(struct nlb *b, int n, size_t *bounds, int *nbounds)
{
	char comm[TASK_DIAG_COMM_LEN + 1];
	int i;

	*nbounds = 0;
	for (i = 0; i < n; i++) {
		struct task_diag_msg m;
		struct task_diag_login lg = { (uint32_t)i, 0 };

		snprintf(comm, sizeof(comm), "task%d", i);
		m = nlb_mkmsg(100 + i, 100 + i, 1, i % 9, comm);
		nlb_task(b, &m, 0);
		nlb_attr(b, TASK_DIAG_LOGIN, &lg, sizeof(lg));
		nlb_attr(b, TASK_DIAG_CMDLINE, comm, strlen(comm) + 1);
		nlb_end(b);
		if (bounds && i % 37 == 36)
			bounds[(*nbounds)++] = b->len;
	}
	nlb_done(b, 0);
}

static void check_many(const struct coll *c, int n, const char *how)
{
	char comm[32];
	int i, ok = c->n == (size_t)n;

	for (i = 0; ok && i < n; i++) {
		const struct task *t = &c->r[i].t;

		snprintf(comm, sizeof(comm), "task%d", i);
		ok = t->tgid == 100 + i && t->luid == i &&
		     t->state == "RSDTtXZPI"[i % 9] && !strcmp(t->comm, comm) &&
		     !strcmp(c->r[i].cmdline, comm) &&
		     t->have == (MSG_HAVE | TG_BIT(TG_LOGIN) |
				 TG_BIT(TG_CMDLINE));
	}
	CHECK(ok, "%s: %d records in order, each field right", how, n);
}

static void test_many(void)
{
	struct nlb b;
	struct coll c = { 0 };
	struct diag_decoder *d;
	size_t bounds[64], prev = 0;
	int nb, i, rc = 0;

	printf("# many tasks, one buffer and many datagrams\n");
	nlb_init(&b);
	build_many(&b, 1000, bounds, &nb);
	rc = decode(&b, &c, NULL);
	CHECK_EQ(rc, 1, "one buffer: DONE");
	check_many(&c, 1000, "one buffer");
	coll_free(&c);

	/* the same bytes as datagrams cut at message boundaries */
	d = diag_decoder_new();
	diag_decoder_start(d, &our_dump);
	rc = 0;
	for (i = 0; i <= nb && rc != 1; i++) {
		size_t end = i < nb ? bounds[i] : b.len;

		rc = diag_decoder_feed(d, b.p + prev, end - prev, collect, &c);
		if (i < nb && rc != 0)
			break;
		prev = end;
	}
	CHECK(rc == 1 && i == nb + 1, "datagrams: 0 until the last, then 1");
	check_many(&c, 1000, "datagrams");
	CHECK_EQ(diag_decoder_stats(d)->tasks, 1000, "stats.tasks");
	CHECK_EQ(diag_decoder_stats(d)->messages, 1000, "stats.messages");
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK_EQ(rc, 1, "after DONE, feed keeps answering 1");
	CHECK_EQ(c.n, 1000, "and decodes nothing more");
	diag_decoder_free(d);
	coll_free(&c);
	nlb_free(&b);
	nlb_init(&b);
	build_many(&b, 12, NULL, &nb);
	seed(&b, "many");
	nlb_free(&b);
}

/* ---- continuations ---- */

/* a task whose continuation is cut off by TASK_DIAG_GONE is dropped */
static void test_gone(void)
{
	struct task_diag_msg m = nlb_mkmsg(600, 600, 1, 1, "dying");
	struct task_diag_msg id = { .tgid = 600, .pid = 600 };
	struct task_diag_msg other = nlb_mkmsg(601, 601, 1, 1, "other");
	struct task_diag_msg after = nlb_mkmsg(602, 602, 1, 1, "after");
	uint32_t one = 1;
	struct coll c = { 0 };
	struct diag_stats st;
	struct nlb b;
	int rc;

	printf("# TASK_DIAG_GONE drops the unfinished task\n");
	nlb_init(&b);
	nlb_task(&b, &m, 0);
	nlb_attr(&b, TASK_DIAG_CMDLINE, "first half of a long", 20);
	nlb_end(&b);
	nlb_task(&b, &id, 1);
	nlb_attr(&b, TASK_DIAG_GONE, &one, sizeof(one));
	nlb_end(&b);
	nlb_task(&b, &after, 0);
	nlb_end(&b);
	/* GONE for a task that is not the pending one changes nothing */
	nlb_task(&b, &other, 0);
	nlb_end(&b);
	id.tgid = id.pid = 4242;
	nlb_task(&b, &id, 1);
	nlb_attr(&b, TASK_DIAG_GONE, &one, sizeof(one));
	nlb_end(&b);
	nlb_done(&b, 0);
	seed(&b, "gone");
	rc = decode(&b, &c, &st);
	CHECK_EQ(rc, 1, "DONE");
	CHECK_EQ(st.gone, 1, "one task dropped");
	CHECK_EQ(c.n, 2, "the dying task is not delivered, the others are");
	if (c.n == 2) {
		CHECK_EQ(c.r[0].t.tgid, 602, "first record is the next task");
		CHECK_EQ(c.r[1].t.tgid, 601, "a stray GONE leaves the pending task");
	}
	coll_free(&c);
	nlb_free(&b);
}


static void test_continuation(void)
{
	const size_t total = 128 * 1024, nmsg = 40;
	const size_t per = (total + nmsg - 1) / nmsg;
	struct task_diag_msg m = nlb_mkmsg(500, 500, 1, 1, "bigargs");
	struct task_diag_msg m2 = nlb_mkmsg(501, 501, 500, 0, "next");
	struct task_diag_creds cr = { .uid = 7 };
	struct nlb b;
	struct coll c = { 0 };
	struct diag_decoder *d;
	struct diag_stats st;
	char *cmd = malloc(total);
	size_t i, off, half;
	int rc;

	printf("# a 128 KiB command line in 40 messages\n");
	for (i = 0; i < total; i++)
		cmd[i] = i % 97 == 96 ? '\0' : 'a' + (char)(i % 26);
	nlb_init(&b);
	for (i = 0, off = 0; i < nmsg; i++) {
		size_t n = total - off < per ? total - off : per;

		nlb_task(&b, &m, i > 0);
		if (i == 0)
			nlb_attr(&b, TASK_DIAG_CRED, &cr, sizeof(cr));
		/* two pieces in one message, as the kernel may also do */
		half = n / 3;
		nlb_attr(&b, TASK_DIAG_CMDLINE, cmd + off, half);
		nlb_attr(&b, TASK_DIAG_CMDLINE, cmd + off + half, n - half);
		if (i == 5)
			nlb_attr(&b, TASK_DIAG_ENVIRON, "X=1", 4);
		if (i == nmsg - 1)
			nlb_attr(&b, TASK_DIAG_CGROUP, "0::/", 4);
		if (i == nmsg - 1)
			nlb_attr(&b, TASK_DIAG_CGROUP, "a\n", 2);
		nlb_end(&b);
		off += n;
	}
	nlb_task(&b, &m2, 0);
	nlb_end(&b);
	nlb_done(&b, 0);

	rc = decode(&b, &c, &st);
	CHECK_EQ(rc, 1, "DONE");
	CHECK_EQ(c.n, 2, "two records: the continued task and the next");
	CHECK_EQ(st.messages, nmsg + 1, "every message decoded");
	if (c.n == 2) {
		CHECK(c.r[0].t.cmdline.len == total &&
		      !memcmp(c.r[0].cmdline, cmd, total),
		      "cmdline reassembled byte for byte (%zu bytes)",
		      c.r[0].t.cmdline.len);
		CHECK(!strcmp(c.r[0].environ, "X=1") &&
		      !strcmp(c.r[0].cgroup, "0::/a\n"),
		      "environ and cgroup from later continuations");
		CHECK(c.r[0].t.ruid == 7 && (c.r[0].t.have & TG_BIT(TG_CRED)),
		      "CRED from the first message kept");
		CHECK(c.r[1].t.tgid == 501 && c.r[1].t.cmdline.len == 0 &&
		      !(c.r[1].t.have & TG_BIT(TG_CMDLINE)),
		      "the next task starts clean");
	}
	coll_free(&c);

	/* the same bytes, cut in the middle of the continued task */
	d = diag_decoder_new();
	diag_decoder_start(d, &our_dump);
	for (i = 0, off = 0; i < 3; i++) {
		/* message boundaries: walk nlmsg_len */
		size_t end = off;
		int k;

		for (k = 0; k < 14 && end < b.len; k++) {
			uint32_t l;

			memcpy(&l, b.p + end, 4);
			end += NLMSG_ALIGN(l);
		}
		if (i == 2)
			end = b.len;
		rc = diag_decoder_feed(d, b.p + off, end - off, collect, &c);
		CHECK_EQ(c.n, i < 2 ? 0 : 2,
			 "datagram: nothing until the task is complete");
		off = end;
	}
	CHECK(rc == 1 && c.n == 2 && c.r[0].t.cmdline.len == total &&
	      !memcmp(c.r[0].cmdline, cmd, total),
	      "continuations across datagrams reassembled");
	diag_decoder_free(d);
	coll_free(&c);

	/* a string beyond TASK_STR_MAX is cut there, like /proc's reads */
	nlb_free(&b);
	nlb_init(&b);
	for (i = 0; i < 6; i++) {
		nlb_task(&b, &m, i > 0);
		nlb_attr(&b, TASK_DIAG_ENVIRON, cmd, 40000);
		nlb_end(&b);
	}
	nlb_done(&b, 0);
	rc = decode(&b, &c, NULL);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.environ.len == TASK_STR_MAX,
	      "240000 bytes of environ kept to TASK_STR_MAX");
	coll_free(&c);
	nlb_free(&b);

	/* small enough to be a useful seed */
	nlb_init(&b);
	for (i = 0; i < 3; i++) {
		nlb_task(&b, &m, i > 0);
		nlb_attr(&b, TASK_DIAG_CMDLINE, cmd + 10 * i, 10);
		nlb_attr(&b, TASK_DIAG_GROUPS, full_groups, 6);
	}
	nlb_end(&b);
	nlb_done(&b, 0);
	seed(&b, "continuation");
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.cmdline.len == 30 &&
	      c.r[0].t.nsupgids == 4 && c.r[0].gids[0] == 10 &&
	      c.r[0].gids[3] == 10 &&
	      st.warnings == 1,
	      "GROUPS in pieces joined; a ragged tail is one warning");
	coll_free(&c);
	nlb_free(&b);
	free(cmd);
}

/* ---- errors ---- */

static void test_errors(void)
{
	struct task_diag_msg m1 = nlb_mkmsg(10, 10, 1, 0, "one");
	struct task_diag_msg m2 = nlb_mkmsg(11, 11, 1, 0, "two");
	struct nlb b;
	struct coll c = { 0 };
	struct diag_decoder *d;
	int rc;

	printf("# NLMSG_ERROR and NLMSG_DONE errors\n");
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_error(&b, 0);		/* an ack: not an error */
	nlb_task(&b, &m2, 0);
	nlb_error(&b, -EACCES);
	nlb_task(&b, &m1, 0);
	nlb_done(&b, 0);
	seed(&b, "error-mid-dump");
	rc = decode(&b, &c, NULL);
	CHECK_EQ(rc, -EACCES, "NLMSG_ERROR's code is returned");
	CHECK(c.n == 1 && c.r[0].t.tgid == 10,
	      "the complete task before it delivered, the pending one not");
	coll_free(&c);
	nlb_free(&b);

	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_task(&b, &m2, 0);
	nlb_done(&b, -EPERM);
	seed(&b, "done-eperm");
	d = diag_decoder_new();
	diag_decoder_start(d, &our_dump);
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK_EQ(rc, -EPERM, "DONE with -EPERM");
	CHECK(c.n == 1 && c.r[0].t.tgid == 10, "pending task dropped");
	CHECK_EQ(diag_decoder_feed(d, b.p, b.len, collect, &c), -EPERM,
		 "the error sticks until the next start");
	CHECK(diag_decoder_ack(d)->error == -EPERM &&
	      !diag_decoder_ack(d)->msg[0], "an error without words: no message");
	diag_decoder_start(d, &our_dump);
	coll_free(&c);
	nlb_free(&b);

	/* the extended ack the kernel adds to a refusal (NETLINK_EXT_ACK) */
	nlb_init(&b);
	{
		struct nlmsgerr e = { .error = -ESRCH };
		static const char msg[] = "no such process";
		uint32_t offs = NLMSG_HDRLEN + GENL_HDRLEN;

		e.msg.nlmsg_len = NLMSG_HDRLEN;
		nlb_msg(&b, NLMSG_ERROR, NLM_F_ACK_TLVS | NLM_F_CAPPED,
			NLB_SEQ, NLB_PORT);
		nlb_raw(&b, &e, sizeof(e));
		nlb_attr(&b, NLMSGERR_ATTR_MSG, msg, sizeof(msg));
		nlb_attr(&b, NLMSGERR_ATTR_OFFS, &offs, sizeof(offs));
		nlb_end(&b);
	}
	seed(&b, "error-ext-ack");
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK_EQ(rc, -ESRCH, "NLMSG_ERROR with an extended ack: its code");
	CHECK(!strcmp(diag_decoder_ack(d)->msg, "no such process") &&
	      diag_decoder_ack(d)->has_offs &&
	      diag_decoder_ack(d)->offs == NLMSG_HDRLEN + GENL_HDRLEN,
	      "and its message and offset, from diag_decoder_ack()");
	diag_decoder_start(d, &our_dump);
	CHECK(!diag_decoder_ack(d)->error && !diag_decoder_ack(d)->msg[0],
	      "a new dump forgets them");
	nlb_free(&b);

	/* a short NLMSG_ERROR cannot be read: broken */
	nlb_init(&b);
	nlb_msg(&b, NLMSG_ERROR, 0, NLB_SEQ, NLB_PORT);
	nlb_raw(&b, "\1\2", 2);
	nlb_end(&b);
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK_EQ(rc, -EPROTO, "NLMSG_ERROR without its error code");
	nlb_free(&b);

	/* DONE without payload (old style) is a clean end */
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_msg(&b, NLMSG_DONE, NLM_F_MULTI, NLB_SEQ, NLB_PORT);
	nlb_end(&b);
	diag_decoder_start(d, &our_dump);
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK(rc == 1 && c.n == 1, "DONE without a payload ends cleanly");
	coll_free(&c);
	nlb_free(&b);

	/* the callback can stop the dump */
	nlb_init(&b);
	build_many(&b, 10, NULL, &rc);
	c.stop_after = 3;
	diag_decoder_start(d, &our_dump);
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK(rc == -ECANCELED && c.n == 3,
	      "a negative callback return stops the dump and is returned");
	coll_free(&c);
	nlb_free(&b);
	diag_decoder_free(d);
}

static void test_framing(void)
{
	struct task_diag_msg m1 = nlb_mkmsg(10, 10, 1, 0, "one");
	struct task_diag_msg m2 = nlb_mkmsg(11, 11, 1, 0, "two");
	struct nlb b;
	struct coll c = { 0 };
	size_t keep;
	int rc;

	printf("# broken framing\n");
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_task(&b, &m2, 0);
	nlb_end(&b);
	keep = b.len;
	nlb_done(&b, 0);
	b.len -= 2;		/* DONE cut short */
	seed(&b, "truncated");
	rc = decode(&b, &c, NULL);
	CHECK_EQ(rc, -EPROTO, "a message longer than the datagram");
	CHECK(c.n == 1 && c.r[0].t.tgid == 10,
	      "tasks completed before it were delivered");
	coll_free(&c);

	b.len = keep + 7;	/* 7 stray bytes after whole messages */
	rc = decode(&b, &c, NULL);
	CHECK_EQ(rc, -EPROTO, "stray bytes shorter than a header");
	coll_free(&c);

	b.len = keep;
	memset(b.p + keep, 0, 16);	/* nlmsg_len 0 */
	b.len = keep + 16;
	rc = decode(&b, &c, NULL);
	CHECK_EQ(rc, -EPROTO, "nlmsg_len smaller than a header");
	coll_free(&c);

	b.len = keep;
	rc = decode(&b, &c, NULL);
	CHECK(rc == 0 && c.n == 1,
	      "no DONE yet: 0, and the last task stays pending");
	coll_free(&c);

	b.len = 0;
	rc = decode(&b, &c, NULL);
	CHECK(rc == 0 && c.n == 0, "an empty datagram");
	nlb_free(&b);
}

static void test_bad_attrs(void)
{
	struct task_diag_msg m1 = nlb_mkmsg(10, 10, 1, 0, "one");
	struct task_diag_msg m2 = nlb_mkmsg(11, 11, 1, 0, "two");
	struct task_diag_login lg = { 5, 0 };
	unsigned char junk[256];
	struct nlb b;
	struct coll c = { 0 };
	struct diag_stats st;
	int rc, g;

	printf("# broken attributes\n");
	memset(junk, 0xa5, sizeof(junk));

	/* nla_len running past the end of its message */
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_attr(&b, TASK_DIAG_LOGIN, &lg, sizeof(lg));
	nlb_attr_lie(&b, 200, TASK_DIAG_STAT, junk, 8);
	nlb_end(&b);
	nlb_task(&b, &m2, 0);
	nlb_attr(&b, TASK_DIAG_LOGIN, &lg, sizeof(lg));
	nlb_end(&b);
	nlb_done(&b, 0);
	seed(&b, "nla-len-beyond");
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 2, "the dump goes on after it");
	if (c.n == 2) {
		CHECK(c.r[0].t.have == (MSG_HAVE | TG_BIT(TG_LOGIN)),
		      "attributes before it kept, STAT absent");
		CHECK(c.r[1].t.luid == 5, "the next message is whole");
	}
	CHECK_EQ(st.warnings, 1, "one warning");
	coll_free(&c);
	nlb_free(&b);

	/* nla_len below the header size */
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_attr_lie(&b, 2, TASK_DIAG_LOGIN, &lg, sizeof(lg));
	nlb_end(&b);
	nlb_done(&b, 0);
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.have == MSG_HAVE &&
	      st.warnings == 1, "nla_len 2: rest of the message skipped");
	coll_free(&c);
	nlb_free(&b);

	/* every fixed group one byte short */
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	for (g = 0; g < TG_NGROUPS; g++) {
		static const size_t sizes[TG_NGROUPS] = {
			[TASK_DIAG_CRED] = sizeof(struct task_diag_creds),
			[TASK_DIAG_STAT] = sizeof(struct task_diag_stat),
			[TASK_DIAG_STATM] = sizeof(struct task_diag_statm),
			[TASK_DIAG_SIGNAL] = sizeof(struct task_diag_signal),
			[TASK_DIAG_IO] = sizeof(struct task_diag_io),
			[TASK_DIAG_NS] = sizeof(struct task_diag_ns),
			[TASK_DIAG_OOM] = sizeof(struct task_diag_oom),
			[TASK_DIAG_LOGIN] = sizeof(struct task_diag_login),
			[TASK_DIAG_AUTOGROUP] =
				sizeof(struct task_diag_autogroup),
			[TASK_DIAG_SMAPS] = sizeof(struct task_diag_smaps),
			[TASK_DIAG_FDS] = sizeof(__u32),
		};

		if (sizes[g])
			nlb_attr(&b, g, junk, sizes[g] - 1);
	}
	nlb_end(&b);
	nlb_done(&b, 0);
	seed(&b, "short-structs");
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.have == MSG_HAVE,
	      "short structs: those groups absent");
	CHECK(c.n == 1 && c.r[0].t.luid == -1 && c.r[0].t.ag_id == -1 &&
	      c.r[0].t.ruid == 0, "and their fields untouched");
	CHECK_EQ(st.warnings, 11, "one warning per short group");
	coll_free(&c);
	nlb_free(&b);

	/* longer structs are fine: a later kernel appended fields */
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	memcpy(junk, &lg, sizeof(lg));
	nlb_attr(&b, TASK_DIAG_LOGIN, junk, 24);
	nlb_end(&b);
	nlb_done(&b, 0);
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.luid == 5 && !st.warnings,
	      "a longer struct is read as far as we know it");
	coll_free(&c);
	nlb_free(&b);

	/* MSG too short, or not first: the message is skipped */
	nlb_init(&b);
	nlb_msg(&b, NLB_FAMILY, NLM_F_MULTI, NLB_SEQ, NLB_PORT);
	nlb_genl(&b, TASKDIAG_CMD_GET, 1);
	nlb_attr(&b, TASK_DIAG_MSG, &m1, sizeof(m1) - 1);
	nlb_msg(&b, NLB_FAMILY, NLM_F_MULTI, NLB_SEQ, NLB_PORT);
	nlb_genl(&b, TASKDIAG_CMD_GET, 1);
	nlb_attr(&b, TASK_DIAG_LOGIN, &lg, sizeof(lg));
	nlb_attr(&b, TASK_DIAG_MSG, &m1, sizeof(m1));
	nlb_msg(&b, NLB_FAMILY, NLM_F_MULTI, NLB_SEQ, NLB_PORT);
	nlb_raw(&b, "\1", 1);		/* no room for a genl header */
	nlb_task(&b, &m2, 0);
	nlb_done(&b, 0);
	seed(&b, "bad-msg");
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.tgid == 11 && st.warnings == 3,
	      "short MSG, MSG not first, no genl header: skipped, 3 warnings");
	coll_free(&c);
	nlb_free(&b);
}

static void test_unknown_and_subset(void)
{
	struct task_diag_msg m1 = nlb_mkmsg(10, 10, 1, 8, "0123456789abcdef");
	struct task_diag_msg m2 = nlb_mkmsg(11, 11, 1, 200, "two");
	struct task_diag_msg m3 = nlb_mkmsg(12, 12, 1, 0, "three");
	struct task_diag_oom oom = { 1, 2, -1000, 0 };
	uint32_t v = 1;
	struct nlb b;
	struct coll c = { 0 };
	struct diag_stats st;
	int rc;

	printf("# unknown attributes, subsets of groups, odd values\n");
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_attr(&b, 40, "future", 6);
	nlb_attr(&b, 63, &v, 4);
	nlb_attr(&b, TASK_DIAG_OOM, &oom, sizeof(oom));
	nlb_attr(&b, 66, "x", 1);
	nlb_attr(&b, 0x8000 | 300, "nested", 6);
	nlb_attr(&b, TASK_DIAG_WCHAN, "0", 2);
	nlb_end(&b);
	nlb_task(&b, &m2, 0);
	nlb_attr(&b, TASK_DIAG_WCHAN, "", 0);
	nlb_attr(&b, TASK_DIAG_NAME, "", 1);
	nlb_end(&b);
	nlb_task(&b, &m3, 0);
	nlb_attr(&b, TASK_DIAG_WCHAN, ".__sched_text", 13);
	nlb_attr(&b, TASK_DIAG_EXE, "/bin/sh", 7);	/* no NUL */
	nlb_end(&b);
	nlb_done(&b, 0);
	seed(&b, "unknown-subset");
	rc = decode(&b, &c, &st);
	CHECK(rc == 1 && c.n == 3 && !st.warnings,
	      "unknown types ignored without warnings");
	if (c.n != 3)
		goto out;
	CHECK(c.r[0].t.have == (MSG_HAVE | TG_BIT(TG_OOM) |
				TG_BIT(TG_WCHAN)), "have: exactly MSG|SESS|OOM|WCHAN");
	CHECK(c.r[0].t.oom_adj == -1000, "oom_adj = oom_score_adj");
	CHECK(!strcmp(c.r[0].t.comm, "0123456789abcdef"),
	      "a 16-byte comm without NUL ends safely");
	CHECK(c.r[0].t.state == 'I', "state 8 -> 'I'");
	CHECK(!strcmp(c.r[0].wchan, "-"), "wchan \"0\" -> \"-\"");
	CHECK(c.r[1].t.state == '?', "state out of range -> '?'");
	CHECK(!strcmp(c.r[1].wchan, "?"), "empty wchan -> \"?\"");
	CHECK(!strcmp(c.r[1].t.comm, "two") &&
	      (c.r[1].t.have & TG_BIT(TG_NAME)),
	      "an empty NAME keeps the short comm");
	CHECK(!strcmp(c.r[2].wchan, "sched_text"),
	      "wchan: leading '.' then '_'s dropped");
	CHECK(!strcmp(c.r[2].exe, "/bin/sh") && c.r[2].t.exe.len == 7,
	      "EXE without NUL");
	CHECK(c.r[2].t.cmdline.s && c.r[2].t.cmdline.len == 0 &&
	      c.r[2].t.luid == -1 && c.r[2].t.ag_id == -1,
	      "absent groups keep task_init values");
out:
	coll_free(&c);
	nlb_free(&b);
}

static void test_filtering(void)
{
	struct task_diag_msg m1 = nlb_mkmsg(10, 10, 1, 0, "one");
	struct task_diag_msg m2 = nlb_mkmsg(20, 21, 1, 0, "thr");
	struct nlb b;
	struct coll c = { 0 };
	struct diag_decoder *d;
	struct diag_stats st;
	struct diag_dump th = our_dump;
	struct task_diag_login lg = { 3, 0 };
	uint32_t zero = 0, one = 1;
	int rc;

	printf("# foreign messages, continuations out of place, threads\n");
	nlb_init(&b);
	nlb_msg(&b, NLMSG_NOOP, 0, NLB_SEQ, NLB_PORT);
	nlb_end(&b);
	nlb_task(&b, &m1, 0);
	b.p[b.msg + 8] ^= 1;		/* another seq */
	nlb_task(&b, &m1, 0);
	b.p[b.msg + 12] ^= 1;		/* another port */
	nlb_task(&b, &m1, 0);
	b.p[b.msg + 4] ^= 2;		/* another family */
	nlb_task(&b, &m1, 0);
	b.p[b.msg + 16] = 9;		/* another genl command */
	nlb_done(&b, 0);
	b.p[b.msg + 8] ^= 1;		/* someone else's DONE */
	nlb_task(&b, &m2, 1);		/* a continuation with no start */
	nlb_task(&b, &m2, 0);
	nlb_attr(&b, TASK_DIAG_LOGIN, &lg, sizeof(lg));
	nlb_attr(&b, TASK_DIAG_CONT, &one, 4);	/* misplaced */
	nlb_msg(&b, NLB_FAMILY, NLM_F_MULTI | NLM_F_DUMP_INTR, NLB_SEQ,
		NLB_PORT);
	nlb_genl(&b, TASKDIAG_CMD_GET, 1);
	nlb_attr(&b, TASK_DIAG_MSG, &m2, sizeof(m2));
	nlb_attr(&b, TASK_DIAG_CONT, &zero, 4);	/* CONT 0: not one */
	nlb_done(&b, 0);
	seed(&b, "foreign");

	th.threads = 1;
	d = diag_decoder_new();
	diag_decoder_start(d, &th);
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	st = *diag_decoder_stats(d);
	CHECK_EQ(rc, 1, "our DONE ends it, the foreign one does not");
	CHECK_EQ(st.skipped, 6, "NOOP, seq, port, family, command, DONE skipped");
	CHECK_EQ(c.n, 3, "orphan CONT, misplaced CONT, CONT 0: three tasks");
	CHECK_EQ(st.warnings, 3, "three warnings");
	CHECK_EQ(st.dump_intr, 1, "NLM_F_DUMP_INTR noted");
	if (c.n == 3)
		CHECK(c.r[0].t.is_thread && c.r[0].t.nonleader &&
		      c.r[0].t.tgid == 20 && c.r[0].t.tid == 21,
		      "thread strategy: a non-leader thread row");
	coll_free(&c);

	/* with no expectations (replay), everything is ours */
	diag_decoder_start(d, &(struct diag_dump){ 0 });
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK(rc == 1 && diag_decoder_stats(d)->skipped == 2,
	      "seq/port/family unchecked: only NOOP and the command skipped");
	CHECK(c.n == 3, "and the first DONE ends the dump after %zu tasks",
	      c.n);
	CHECK(diag_decoder_consumed(d) < b.len,
	      "consumed stops at that DONE");
	coll_free(&c);
	diag_decoder_free(d);
	nlb_free(&b);
}

/* two dumps back to back, as in a replay file */
static void test_consumed(void)
{
	struct task_diag_msg m1 = nlb_mkmsg(10, 10, 1, 0, "one");
	struct nlb b;
	struct coll c = { 0 };
	struct diag_decoder *d = diag_decoder_new();
	size_t first;
	int rc;

	printf("# consumed: dumps back to back\n");
	nlb_init(&b);
	nlb_task(&b, &m1, 0);
	nlb_done(&b, 0);
	first = b.len;
	nlb_error(&b, -ESRCH);
	nlb_task(&b, &m1, 0);
	nlb_done(&b, 0);
	seed(&b, "three-dumps");
	diag_decoder_start(d, &our_dump);
	rc = diag_decoder_feed(d, b.p, b.len, collect, &c);
	CHECK(rc == 1 && diag_decoder_consumed(d) == first,
	      "first dump ends at its DONE");
	diag_decoder_start(d, &our_dump);
	rc = diag_decoder_feed(d, b.p + first, b.len - first, collect, &c);
	CHECK(rc == -ESRCH && diag_decoder_consumed(d) == 36,
	      "second dump is one NLMSG_ERROR");
	diag_decoder_start(d, &our_dump);
	rc = diag_decoder_feed(d, b.p + first + 36, b.len - first - 36,
			       collect, &c);
	CHECK(rc == 1 && c.n == 2, "third dump");
	coll_free(&c);
	diag_decoder_free(d);
	nlb_free(&b);
}

/* random bytes and damaged dumps: no crash, no read outside */
static uint32_t rnd_state = 2463534242u;

static uint32_t rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 17;
	rnd_state ^= rnd_state << 5;
	return rnd_state;
}

static void test_garbage(void)
{
	struct nlb good, b;
	struct coll c = { 0 };
	int i, j, bad = 0, n;

	printf("# garbage\n");
	nlb_init(&good);
	build_many(&good, 20, NULL, &n);
	for (i = 0; i < 20000; i++) {
		struct diag_decoder *d = diag_decoder_new();
		size_t len;
		unsigned char *p;
		int rc;

		if (i % 2) {	/* pure noise */
			len = rnd() % 2048;
			p = malloc(len + 1);
			for (j = 0; j < (int)len; j++)
				p[j] = (unsigned char)rnd();
		} else {	/* a good dump with a few bytes changed */
			len = good.len - (i % 8 == 0 ? rnd() % good.len : 0);
			p = malloc(len + 1);
			memcpy(p, good.p, len);
			for (j = 0; j < 1 + (int)(rnd() % 6); j++)
				p[rnd() % (len ? len : 1)] = (unsigned char)rnd();
		}
		diag_decoder_start(d, i % 4 < 2 ? &our_dump
					      : &(struct diag_dump){ 0 });
		/* an exact-size heap copy, so a sanitizer sees any overrun */
		rc = diag_decoder_feed(d, p, len, collect, &c);
		if (rc > 1)
			bad++;
		bad += c.bad_strings;
		coll_free(&c);
		free(p);
		diag_decoder_free(d);
	}
	CHECK(!bad,
	      "20000 damaged or random buffers decoded without harm");
	nlb_init(&b);
	nlb_raw(&b, good.p, good.len / 2);
	seed(&b, "half");
	nlb_free(&b);
	nlb_free(&good);
}

/*
 * The BPF program fills a message's pgid and sid only when asked: the
 * record has TG_SESS only when the dump says so (msg_extra).
 */
static void test_bpf_sess(void)
{
	struct task_diag_msg m = nlb_mkmsg(300, 300, 1, 0, "sleep");
	struct diag_dump dd = our_dump;
	struct coll c = { 0 };
	struct nlb b;
	int rc;

	printf("# BPF dumps: pgid and sid only when asked\n");
	nlb_init(&b);
	nlb_task(&b, &m, 0);
	nlb_end(&b);
	nlb_done(&b, 0);
	dd.source = GS_BPF;
	rc = decode_as(&dd, &b, &c, NULL);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.have == TG_BIT(TG_MSG),
	      "not asked: the ids alone");
	coll_free(&c);
	dd.msg_extra = group_delivered(TDPS_BPF_SESS, GS_BPF);
	rc = decode_as(&dd, &b, &c, NULL);
	CHECK(rc == 1 && c.n == 1 && c.r[0].t.have == MSG_HAVE,
	      "asked: the ids and the session");
	coll_free(&c);
	nlb_free(&b);
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "--seeds"))
		seed_dir = argv[2];
	test_single();
	test_many();
	test_gone();
	test_continuation();
	test_errors();
	test_framing();
	test_bad_attrs();
	test_unknown_and_subset();
	test_filtering();
	test_consumed();
	test_garbage();
	test_bpf_sess();
	return check_done();
}
