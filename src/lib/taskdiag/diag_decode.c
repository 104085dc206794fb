/*
 * diag_decode.c - the task_diag message decoder (see diag_decode.h and
 * doc/task_diag.md for the protocol).
 *
 * Every header and attribute is copied out with memcpy before use: the
 * bytes may come from a file or a fuzzer at any alignment, and the
 * structures hold __u64s that NLA_ALIGN (4) does not align.
 *
 * Protocol warnings (stats.warnings) are things a correct kernel never
 * sends but that only spoil one message or one group, so the dump goes
 * on: a message without a genetlink header or whose first attribute is
 * not a whole TASK_DIAG_MSG (the message is skipped); an attribute whose
 * length runs outside the message (the rest of the message is skipped);
 * a fixed-size group shorter than its structure (the group is left
 * absent, so the source fills it from /proc); TASK_DIAG_CONT anywhere but
 * right after TASK_DIAG_MSG, or continuing a task that is not the pending
 * one (the message then starts a task of its own); a GROUPS payload that
 * is not whole __u32s (the tail is dropped).  Broken netlink framing, by
 * contrast, is fatal (-EPROTO): after it nothing in the datagram can be
 * trusted to start where it seems to.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "lib/taskdiag/diag_decode.h"
#include "lib/record/groups.h"
#include "lib/proc/proc_parse.h"

/* the longest supplementary group list the kernel allows (NGROUPS_MAX) */
#define DIAG_GROUPS_MAX (65536 * sizeof(uint32_t))

#define ALIGN4(n) (((size_t)(n) + 3) & ~(size_t)3)

/* a growable byte string for the groups that may come in pieces */
struct dbuf {
	char *p;
	size_t len, cap;
};

enum { STR_CMDLINE, STR_ENVIRON, STR_CGROUP, STR_GROUPS, NSTR };

struct diag_decoder {
	struct diag_dump dump;
	/* the record groups each kernel group fills, for this dump's source */
	uint64_t fills[TG_NGROUPS];
	/* the groups each task message itself fills (TASK_DIAG_MSG) */
	uint64_t msg_have;
	struct diag_stats st;
	struct diag_ack ack;	/* what the message that failed the dump said */
	int result;		/* 0 running, 1 done, <0 failed */
	size_t consumed;
	int pending;		/* t is being assembled */
	uint32_t key_tgid, key_pid;	/* the pending task, as on the wire */
	struct task t;
	struct dbuf str[NSTR];
	struct arena arena;	/* the pending task's other strings */
};

struct diag_decoder *diag_decoder_new(void)
{
	struct diag_decoder *d = calloc(1, sizeof(*d));

	if (d)
		arena_init(&d->arena);
	return d;
}

void diag_decoder_free(struct diag_decoder *d)
{
	int i;

	if (!d)
		return;
	for (i = 0; i < NSTR; i++)
		free(d->str[i].p);
	arena_free(&d->arena);
	free(d);
}

void diag_decoder_start(struct diag_decoder *d, const struct diag_dump *dump)
{
	int k;

	d->dump = *dump;
	d->msg_have = group_in_msg(dump->source ? dump->source : GS_TASKDIAG) |
		      dump->msg_extra;
	for (k = 0; k < TG_NGROUPS; k++)
		d->fills[k] = group_delivered(k, dump->source ? dump->source
							    : GS_TASKDIAG);
	memset(&d->st, 0, sizeof(d->st));
	memset(&d->ack, 0, sizeof(d->ack));
	d->result = 0;
	d->consumed = 0;
	d->pending = 0;
}

size_t diag_decoder_consumed(const struct diag_decoder *d)
{
	return d->consumed;
}

const struct diag_stats *diag_decoder_stats(const struct diag_decoder *d)
{
	return &d->st;
}

const struct diag_ack *diag_decoder_ack(const struct diag_decoder *d)
{
	return &d->ack;
}

/* ---- byte strings ---- */

/* append, keeping at most @max bytes and always a NUL after them */
static int dbuf_add(struct dbuf *b, const void *p, size_t n, size_t max)
{
	if (n > max - b->len)
		n = max - b->len;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *np;

		while (cap < b->len + n + 1)
			cap *= 2;
		if (cap > max + 1)
			cap = max + 1;
		np = realloc(b->p, cap);
		if (!np)
			return -ENOMEM;
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

static void set_tstr(struct tstr *s, const struct dbuf *b)
{
	s->s = b->len ? b->p : "";
	s->len = b->len;
}

/* a NUL-terminated string group into the arena, up to its first NUL */
static int arena_text(struct diag_decoder *d, const struct diag_attr *a,
		      struct tstr *out)
{
	const char *s = (const char *)a->data;
	const char *nul = memchr(s, '\0', a->len);
	size_t n = nul ? (size_t)(nul - s) : a->len;

	out->s = arena_strndup(&d->arena, s, n);
	if (!out->s)
		return -ENOMEM;
	out->len = n;
	return 0;
}

/* ---- attributes ---- */

/*
 * The attribute at *off of the @len bytes at @p: 1 and *off moved past
 * it, 0 at the end, -1 when what is left is not a whole attribute.
 */
int diag_next_attr(const unsigned char *p, size_t len, size_t *off,
		   struct diag_attr *a)
{
	struct nlattr na;
	size_t rem = len - *off, step;

	if (rem == 0)
		return 0;
	if (rem < NLA_HDRLEN)
		return -1;
	memcpy(&na, p + *off, sizeof(na));
	if (na.nla_len < NLA_HDRLEN || na.nla_len > rem)
		return -1;
	a->type = na.nla_type & NLA_TYPE_MASK;
	a->data = p + *off + NLA_HDRLEN;
	a->len = na.nla_len - NLA_HDRLEN;
	step = ALIGN4(na.nla_len);
	*off += step < rem ? step : rem;
	return 1;
}

/*
 * Copy a fixed-size group out.  Longer payloads are fine (a later kernel
 * appended fields); shorter ones are refused, as reading them would mean
 * inventing the missing fields.
 */
static int get_fixed(struct diag_decoder *d, const struct diag_attr *a,
		     void *out, size_t size)
{
	if (a->len < size) {
		d->st.warnings++;
		return 0;
	}
	memcpy(out, a->data, size);
	return 1;
}

static void set_cred(struct task *t, const struct task_diag_creds *c)
{
	t->ruid = c->uid;
	t->euid = c->euid;
	t->suid = c->suid;
	t->fuid = c->fsuid;
	t->rgid = c->gid;
	t->egid = c->egid;
	t->sgid = c->sgid;
	t->fgid = c->fsgid;
	t->cap_prm = (uint64_t)c->cap_permitted.cap[1] << 32 |
		     c->cap_permitted.cap[0];
}

static void set_stat(struct task *t, const struct task_diag_stat *s)
{
	t->minflt = s->minflt;
	t->cminflt = s->cminflt;
	t->majflt = s->majflt;
	t->cmajflt = s->cmajflt;
	t->utime = s->utime;
	t->stime = s->stime;
	t->cutime = s->cutime;
	t->cstime = s->cstime;
	t->start_time = s->start_time;
	t->blkio_ticks = s->blkio_ticks;
	t->gtime = s->gtime;
	t->cgtime = s->cgtime;
	t->vsize = s->vsize;
	t->rss = s->rss;
	t->rsslim = s->rsslim;
	t->start_code = s->start_code;
	t->end_code = s->end_code;
	t->start_stack = s->start_stack;
	t->kstk_esp = s->kstk_esp;
	t->kstk_eip = s->kstk_eip;
	t->wchan = s->wchan;
	t->flags = s->flags;
	t->priority = s->priority;
	t->nice = s->nice;
	/* as proc_parse_stat: a record always counts at least its own thread */
	t->nlwp = s->num_threads ? (int)s->num_threads : 1;
	t->tty = (int)s->tty_nr;
	t->tpgid = s->tpgid;
	t->processor = s->processor;
	t->rtprio = (int)s->rt_priority;
	t->policy = (int)s->policy;
	t->exit_signal = s->exit_signal;
}

static void set_statm(struct task *t, const struct task_diag_statm *m)
{
	t->vm_size = m->vm_size;
	t->vm_lock = m->vm_lck;
	t->vm_rss = m->vm_rss;
	t->vm_rss_anon = m->rss_anon;
	t->vm_rss_file = m->rss_file;
	t->vm_rss_shared = m->rss_shmem;
	t->vm_data = m->vm_data;
	t->vm_stack = m->vm_stk;
	t->vm_exe = m->vm_exe;
	t->vm_lib = m->vm_lib;
	t->vm_swap = m->vm_swap;
}

static void set_signal(struct task *t, const struct task_diag_signal *s)
{
	t->sigpnd = s->pending;
	t->shdpnd = s->shpending;
	t->sigblk = s->blocked;
	t->sigign = s->ignored;
	t->sigcgt = s->caught;
}

static void set_io(struct task *t, const struct task_diag_io *io)
{
	t->rchar = io->rchar;
	t->wchar = io->wchar;
	t->syscr = io->syscr;
	t->syscw = io->syscw;
	t->read_bytes = io->read_bytes;
	t->write_bytes = io->write_bytes;
	t->cancelled_write_bytes = io->cancelled_write_bytes;
}

static void set_ns(struct task *t, const struct task_diag_ns *ns)
{
	int i;

	for (i = 0; i < TASK_DIAG_NS_COUNT; i++)
		t->ns[i] = ns->ino[i];
}

static void set_name(struct task *t, const struct diag_attr *a)
{
	const char *nul = memchr(a->data, '\0', a->len);
	size_t n = nul ? (size_t)(nul - (const char *)a->data) : a->len;

	/* an empty name says nothing: keep the short comm of TASK_DIAG_MSG */
	if (!n)
		return;
	if (n >= sizeof(t->comm))
		n = sizeof(t->comm) - 1;
	memcpy(t->comm, a->data, n);
	t->comm[n] = '\0';
}

/* the groups that are one struct; 1 when @a was one and was used */
static int fixed_group(struct diag_decoder *d, const struct diag_attr *a)
{
	struct task *t = &d->t;
	union {
		struct task_diag_creds cred;
		struct task_diag_stat stat;
		struct task_diag_statm statm;
		struct task_diag_signal sig;
		struct task_diag_io io;
		struct task_diag_ns ns;
		struct task_diag_oom oom;
		struct task_diag_login login;
		struct task_diag_autogroup ag;
		struct task_diag_smaps smaps;
		__u32 fds;
	} u;

#define FIXED(f) get_fixed(d, a, &u.f, sizeof(u.f))
	switch (a->type) {
	case TASK_DIAG_CRED:
		if (!FIXED(cred))
			return 0;
		set_cred(t, &u.cred);
		return 1;
	case TASK_DIAG_STAT:
		if (!FIXED(stat))
			return 0;
		set_stat(t, &u.stat);
		return 1;
	case TASK_DIAG_STATM:
		if (!FIXED(statm))
			return 0;
		set_statm(t, &u.statm);
		return 1;
	case TASK_DIAG_SIGNAL:
		if (!FIXED(sig))
			return 0;
		set_signal(t, &u.sig);
		return 1;
	case TASK_DIAG_IO:
		if (!FIXED(io))
			return 0;
		set_io(t, &u.io);
		return 1;
	case TASK_DIAG_NS:
		if (!FIXED(ns))
			return 0;
		set_ns(t, &u.ns);
		return 1;
	case TASK_DIAG_OOM:
		if (!FIXED(oom))
			return 0;
		t->oom_score = u.oom.oom_score;
		t->oom_adj = u.oom.oom_score_adj;	/* as the /proc source */
		return 1;
	case TASK_DIAG_FDS:
		if (!FIXED(fds))
			return 0;
		t->fds = (int)u.fds;
		return 1;
	case TASK_DIAG_LOGIN:
		if (!FIXED(login))
			return 0;
		t->luid = (int)u.login.loginuid;	/* (u32)-1 is -1: unset */
		return 1;
	case TASK_DIAG_AUTOGROUP:
		if (!FIXED(ag))
			return 0;
		t->ag_id = u.ag.id;
		t->ag_nice = u.ag.nice;
		return 1;
	case TASK_DIAG_SMAPS:
		if (!FIXED(smaps))
			return 0;
		t->smap_pss = u.smaps.pss;
		t->smap_uss = u.smaps.private_clean + u.smaps.private_dirty;
		t->smap_htprv = u.smaps.private_hugetlb;
		t->smap_htshr = u.smaps.shared_hugetlb;
		return 1;
	}
#undef FIXED
	return 0;
}

/* a piece of a group that may come in several: 1, or -ENOMEM */
static int add_piece(struct dbuf *b, const struct diag_attr *a, size_t max)
{
	return dbuf_add(b, a->data, a->len, max) < 0 ? -ENOMEM : 1;
}

/* the other groups; 1 when used, 0 when not, -ENOMEM */
static int var_group(struct diag_decoder *d, const struct diag_attr *a)
{
	struct task *t = &d->t;

	switch (a->type) {
	case TASK_DIAG_CMDLINE:
		return add_piece(&d->str[STR_CMDLINE], a, TASK_STR_MAX);
	case TASK_DIAG_ENVIRON:
		return add_piece(&d->str[STR_ENVIRON], a, TASK_STR_MAX);
	case TASK_DIAG_CGROUP:
		return add_piece(&d->str[STR_CGROUP], a, TASK_STR_MAX);
	case TASK_DIAG_GROUPS:
		return add_piece(&d->str[STR_GROUPS], a, DIAG_GROUPS_MAX);
	case TASK_DIAG_NAME:
		set_name(t, a);
		return 1;
	case TASK_DIAG_WCHAN:
		proc_parse_wchan((const char *)a->data, a->len, t, &d->arena);
		return 1;
	case TASK_DIAG_EXE:
		return arena_text(d, a, &t->exe) < 0 ? -ENOMEM : 1;
	case TASK_DIAG_SECCTX:
		return arena_text(d, a, &t->secctx) < 0 ? -ENOMEM : 1;
	}
	return 0;
}

/* one group attribute of the pending task; 0 or -ENOMEM */
static int apply_attr(struct diag_decoder *d, const struct diag_attr *a)
{
	int rc;

	if (a->type >= TG_NGROUPS) {
		/* a repeated MSG or a misplaced CONT; anything else is new */
		if (a->type == TASK_DIAG_CONT)
			d->st.warnings++;
		return 0;
	}
	rc = fixed_group(d, a);
	if (!rc)
		rc = var_group(d, a);
	if (rc < 0)
		return rc;
	if (rc)
		d->t.have |= d->fills[a->type];
	return 0;
}

/* ---- tasks ---- */

static void begin_task(struct diag_decoder *d, const struct task_diag_msg *m)
{
	static const char states[] = "RSDTtXZPI";
	struct task *t = &d->t;
	size_t n;
	int i;

	arena_reset(&d->arena);
	for (i = 0; i < NSTR; i++)
		d->str[i].len = 0;
	task_init(t, (int)m->tgid, (int)m->pid);
	d->key_tgid = m->tgid;
	d->key_pid = m->pid;
	d->pending = 1;
	t->is_thread = d->dump.threads ? 1 : 0;
	t->nonleader = d->dump.threads && m->pid != m->tgid;
	t->ppid = (int)m->ppid;
	t->pgrp = (int)m->pgid;
	t->sid = (int)m->sid;
	t->tracer = (int)m->tpid;
	t->state = m->state < sizeof(states) - 1 ? states[m->state] : '?';
	for (n = 0; n < TASK_DIAG_COMM_LEN && m->comm[n]; n++)
		t->comm[n] = m->comm[n];
	t->comm[n] = '\0';
	t->have = d->msg_have;
}

/* the supplementary groups, __u32s on the wire, as gid_t in the arena */
static int finish_groups(struct diag_decoder *d)
{
	const struct dbuf *b = &d->str[STR_GROUPS];
	struct task *t = &d->t;
	size_t i, n = b->len / sizeof(uint32_t);
	gid_t *g;

	t->supgids = NULL;
	t->nsupgids = 0;
	if (b->len % sizeof(uint32_t))
		d->st.warnings++;
	if (!n)
		return 0;
	g = arena_alloc(&d->arena, n * sizeof(*g));
	if (!g)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		uint32_t v;

		memcpy(&v, b->p + i * sizeof(v), sizeof(v));
		g[i] = (gid_t)v;
	}
	t->supgids = g;
	t->nsupgids = (int)n;
	return 0;
}

/* hand the pending task over; 0, or the callback's or an error */
static int emit(struct diag_decoder *d, diag_task_fn cb, void *arg)
{
	struct task *t = &d->t;
	int rc;

	if (!d->pending)
		return 0;
	d->pending = 0;
	set_tstr(&t->cmdline, &d->str[STR_CMDLINE]);
	set_tstr(&t->environ, &d->str[STR_ENVIRON]);
	set_tstr(&t->cgroup, &d->str[STR_CGROUP]);
	if ((t->have & TG_BIT(TG_GROUPS)) && finish_groups(d) < 0)
		return -ENOMEM;
	d->st.tasks++;
	rc = cb(t, &d->arena, arg);
	return rc < 0 ? rc : 0;
}

/*
 * Does this message, whose attribute after TASK_DIAG_MSG is the
 * TASK_DIAG_CONT @a, continue the pending task?  Only when CONT says 1
 * and the task is the same one.
 */
static int is_continuation(struct diag_decoder *d,
			   const struct task_diag_msg *m, const struct diag_attr *a)
{
	uint32_t v = 0;

	if (a->len >= sizeof(v))
		memcpy(&v, a->data, sizeof(v));
	if (v != 1) {
		d->st.warnings++;
		return 0;
	}
	if (d->pending && m->tgid == d->key_tgid && m->pid == d->key_pid)
		return 1;
	d->st.warnings++;	/* its first part never came */
	return 0;
}

/* a TASKDIAG message: its genetlink header and attributes */
static int task_message(struct diag_decoder *d, const unsigned char *p,
			size_t len, diag_task_fn cb, void *arg)
{
	struct genlmsghdr g;
	struct task_diag_msg m;
	struct diag_attr a;
	size_t off = GENL_HDRLEN;
	int r, rc, cont, continues;

	if (len < GENL_HDRLEN) {
		d->st.warnings++;
		return 0;
	}
	memcpy(&g, p, sizeof(g));
	if (g.cmd != TASKDIAG_CMD_GET) {
		d->st.skipped++;
		return 0;
	}
	if (diag_next_attr(p, len, &off, &a) != 1 || a.type != TASK_DIAG_MSG ||
	    a.len < sizeof(m)) {
		d->st.warnings++;
		return 0;
	}
	memcpy(&m, a.data, sizeof(m));
	d->st.messages++;

	r = diag_next_attr(p, len, &off, &a);
	cont = r == 1 && a.type == TASK_DIAG_CONT;
	continues = cont && is_continuation(d, &m, &a);
	if (cont)
		r = diag_next_attr(p, len, &off, &a);
	if (cont && r == 1 && a.type == TASK_DIAG_GONE) {
		/* the task exited between rounds: drop what we have of it */
		if (continues) {
			d->pending = 0;
			d->st.gone++;
		}
		return 0;
	}
	if (!continues) {
		rc = emit(d, cb, arg);
		if (rc < 0)
			return rc;
		begin_task(d, &m);
	}
	for (; r == 1; r = diag_next_attr(p, len, &off, &a)) {
		rc = apply_attr(d, &a);
		if (rc < 0)
			return rc;
	}
	if (r < 0)
		d->st.warnings++;
	return 0;
}

/* ---- errors and their extended acknowledgements ---- */

/*
 * The kernel's layout (Documentation/userspace-api/netlink/intro.rst):
 * NLMSG_ERROR carries struct nlmsgerr, whose header is our request's,
 * followed by the rest of that request unless NLM_F_CAPPED; NLMSG_DONE
 * carries only the error number.  Either may then carry NLMSGERR_ATTR_*
 * attributes, flagged NLM_F_ACK_TLVS.
 */
int diag_ack_parse(const struct nlmsghdr *h, const unsigned char *payload,
		   size_t plen, struct diag_ack *ack)
{
	size_t off = sizeof(int), i, n;
	struct diag_attr a;
	uint32_t offs;

	memset(ack, 0, sizeof(*ack));
	if (plen < sizeof(int))
		return -EPROTO;
	memcpy(&ack->error, payload, sizeof(int));
	if (!(h->nlmsg_flags & NLM_F_ACK_TLVS))
		return 0;
	if (h->nlmsg_type == NLMSG_ERROR) {
		struct nlmsgerr e;

		if (plen < sizeof(e))
			return 0;
		memcpy(&e, payload, sizeof(e));
		off = sizeof(e);
		if (!(h->nlmsg_flags & NLM_F_CAPPED)) {
			/* the echoed request, whose header is already counted */
			if (e.msg.nlmsg_len < NLMSG_HDRLEN ||
			    e.msg.nlmsg_len - NLMSG_HDRLEN > plen - off)
				return 0;
			off = ALIGN4(off + e.msg.nlmsg_len - NLMSG_HDRLEN);
			if (off > plen)
				return 0;
		}
	}
	while (diag_next_attr(payload, plen, &off, &a) == 1) {
		if (a.type == NLMSGERR_ATTR_MSG) {
			n = a.len < sizeof(ack->msg) - 1 ? a.len
							 : sizeof(ack->msg) - 1;
			for (i = 0; i < n && a.data[i]; i++)
				ack->msg[i] = a.data[i] < 0x20 || a.data[i] == 0x7f
					      ? '?' : (char)a.data[i];
			ack->msg[i] = '\0';
		} else if (a.type == NLMSGERR_ATTR_OFFS &&
			   a.len >= sizeof(offs)) {
			memcpy(&offs, a.data, sizeof(offs));
			ack->offs = offs;
			ack->has_offs = 1;
		}
	}
	return 0;
}

/* end the dump with @rc (1 or -errno), dropping any unfinished task */
static int finish(struct diag_decoder *d, int rc)
{
	d->pending = 0;
	d->result = rc;
	return rc;
}

/* one netlink message: 0 to go on, 1 at DONE, or -errno */
static int one_message(struct diag_decoder *d, const struct nlmsghdr *h,
		       const unsigned char *payload, diag_task_fn cb,
		       void *arg)
{
	size_t plen = h->nlmsg_len - NLMSG_HDRLEN;
	int v, rc;

	if ((d->dump.seq && h->nlmsg_seq != d->dump.seq) ||
	    (d->dump.portid && h->nlmsg_pid != d->dump.portid)) {
		d->st.skipped++;
		return 0;
	}
	if (h->nlmsg_flags & NLM_F_DUMP_INTR)
		d->st.dump_intr++;
	switch (h->nlmsg_type) {
	case NLMSG_DONE:
		/* an old kernel's DONE may lack the error number: 0 */
		if (diag_ack_parse(h, payload, plen, &d->ack) == 0 &&
		    d->ack.error < 0)
			return finish(d, d->ack.error);
		memset(&d->ack, 0, sizeof(d->ack));
		rc = emit(d, cb, arg);
		return finish(d, rc < 0 ? rc : 1);
	case NLMSG_ERROR:
		if (diag_ack_parse(h, payload, plen, &d->ack) < 0)
			return finish(d, -EPROTO);
		v = d->ack.error;
		if (v >= 0)		/* only an error's words are kept */
			memset(&d->ack, 0, sizeof(d->ack));
		if (v == 0) {		/* an ack: nothing we asked for */
			d->st.skipped++;
			return 0;
		}
		return finish(d, v < 0 ? v : -EPROTO);
	}
	if (h->nlmsg_type < NLMSG_MIN_TYPE ||
	    (d->dump.family && h->nlmsg_type != d->dump.family)) {
		d->st.skipped++;
		return 0;
	}
	rc = task_message(d, payload, plen, cb, arg);
	return rc < 0 ? finish(d, rc) : 0;
}

int diag_decoder_feed(struct diag_decoder *d, const void *buf, size_t len,
		      diag_task_fn cb, void *arg)
{
	const unsigned char *p = buf;
	size_t off = 0;

	if (d->result)
		return d->result;
	while (len - off >= NLMSG_HDRLEN) {
		struct nlmsghdr h;
		size_t step;
		int rc;

		memcpy(&h, p + off, sizeof(h));
		if (h.nlmsg_len < NLMSG_HDRLEN || h.nlmsg_len > len - off)
			break;
		rc = one_message(d, &h, p + off + NLMSG_HDRLEN, cb, arg);
		step = ALIGN4(h.nlmsg_len);
		off += step < len - off ? step : len - off;
		if (rc) {
			d->consumed = off;
			return rc;
		}
	}
	/* a header that does not fit, or a few stray bytes: it is damaged */
	if (off < len) {
		d->consumed = len;
		return finish(d, -EPROTO);
	}
	return 0;
}
