/*
 * td_vmtest: the in-VM test of the task_diag kernel patch.
 *
 * It runs as /init of the test initramfs (tests/kernel/run builds it with
 * gcc -static).  As pid 1 it mounts proc, sys, dev and cgroup2, forks the
 * real driver and reaps orphans; the driver builds a zoo of processes with
 * known properties, asks task_diag about them with its own raw
 * generic-netlink client and compares every group with what /proc shows
 * for the same task.  Each test prints "PASS: name" or "FAIL: name"; the
 * last line is "TASKDIAG-RESULT: N passed, M failed".  Executables found in
 * /tests.d/ run after the built-in tests (exit 0 pass, 77 skip, else fail),
 * then the VM reboots, which ends qemu -no-reboot.
 *
 * Invoked as "td_vmtest --sleep TAG ..." it is one of the zoo's sleepers;
 * "td_vmtest --as UID GIDS PROG ARGS" runs PROG as another user.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <grp.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "linux/task_diag.h"
#include "../stuck_map.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------ */
/* Results: counters shared with forked helpers that run tests too      */

struct results {
	int passed, failed, skipped;
	long progress;		/* checks made and files read, by every process */
};
static struct results *R;

struct test {
	const char *name;
	long checks, fails;
};

static void t_begin(struct test *t, const char *name)
{
	t->name = name;
	t->checks = t->fails = 0;
}

static bool t_check(struct test *t, bool ok, const char *fmt, ...)
{
	va_list ap;

	t->checks++;
	__atomic_fetch_add(&R->progress, 1, __ATOMIC_RELAXED);
	if (ok)
		return true;
	if (++t->fails <= 12) {
		printf("  %s: ", t->name);
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
		putchar('\n');
	}
	return false;
}

static void t_end(struct test *t)
{
	if (t->checks == 0) {
		printf("FAIL: %s (nothing was checked)\n", t->name);
		__atomic_fetch_add(&R->failed, 1, __ATOMIC_SEQ_CST);
	} else if (t->fails) {
		printf("FAIL: %s (%ld of %ld checks failed)\n", t->name,
		       t->fails, t->checks);
		__atomic_fetch_add(&R->failed, 1, __ATOMIC_SEQ_CST);
	} else {
		printf("PASS: %s (%ld checks)\n", t->name, t->checks);
		__atomic_fetch_add(&R->passed, 1, __ATOMIC_SEQ_CST);
	}
	fflush(stdout);
}

static void die(const char *what)
{
	printf("FAIL: fatal: %s: %s\n", what, strerror(errno));
	__atomic_fetch_add(&R->failed, 1, __ATOMIC_SEQ_CST);
	fflush(stdout);
	exit(1);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------------ */
/* Byte buffers                                                          */

struct buf {
	char *p;
	size_t len, cap;
	bool ok;		/* present / readable */
};

static void buf_add(struct buf *b, const void *data, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			die("realloc");
	}
	memcpy(b->p + b->len, data, len);
	b->len += len;
	b->p[b->len] = '\0';
	b->ok = true;
}

static void buf_free(struct buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

static bool buf_eq(const struct buf *a, const struct buf *b)
{
	if (a->ok != b->ok)
		return false;
	return !a->ok || (a->len == b->len && !memcmp(a->p, b->p, a->len));
}

/* whole file; ok=false when it cannot be opened or read */
static void read_file(const char *path, struct buf *b)
{
	char tmp[65536];
	ssize_t n;
	int fd;

	memset(b, 0, sizeof(*b));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	buf_add(b, "", 0);
	while ((n = read(fd, tmp, sizeof(tmp))) > 0)
		buf_add(b, tmp, n);
	if (n < 0)
		buf_free(b);
	close(fd);
	if (R)		/* a step of progress (with_deadline()) */
		__atomic_fetch_add(&R->progress, 1, __ATOMIC_RELAXED);
}

/* ------------------------------------------------------------------ */
/* The raw generic-netlink client                                        */

struct nl {
	int fd;
	uint16_t family;
	uint32_t seq;
};

static int nl_send(struct nl *nl, uint16_t type, uint16_t flags, uint8_t cmd,
		   uint8_t version, uint16_t attr, const void *data, int len)
{
	struct {
		struct nlmsghdr n;
		struct genlmsghdr g;
		char attrs[256];
	} m;
	struct nlattr *na = (struct nlattr *)m.attrs;
	struct sockaddr_nl to = { .nl_family = AF_NETLINK };

	memset(&m, 0, sizeof(m));
	m.n.nlmsg_type = type;
	m.n.nlmsg_flags = NLM_F_REQUEST | flags;
	m.n.nlmsg_seq = ++nl->seq;
	m.g.cmd = cmd;
	m.g.version = version;
	m.n.nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN);
	if (len >= 0) {
		na->nla_type = attr;
		na->nla_len = NLA_HDRLEN + len;
		memcpy((char *)na + NLA_HDRLEN, data, len);
		m.n.nlmsg_len += NLA_ALIGN(na->nla_len);
	}
	return sendto(nl->fd, &m, m.n.nlmsg_len, 0, (struct sockaddr *)&to,
		      sizeof(to)) < 0 ? -errno : 0;
}

/* receive one datagram, growing *buf when it was truncated */
static ssize_t nl_recv(struct nl *nl, char **buf, size_t *cap)
{
	ssize_t n;

	for (;;) {
		n = recv(nl->fd, *buf, *cap, MSG_PEEK | MSG_TRUNC);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if ((size_t)n > *cap) {
			*cap = n;
			*buf = realloc(*buf, *cap);
			if (!*buf)
				die("realloc");
			continue;
		}
		return recv(nl->fd, *buf, *cap, 0);
	}
}

static int nl_open(struct nl *nl)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	size_t cap = 4096;	/* the kernel sizes dump skbs after recv buffers */
	char *buf = malloc(cap);
	int err;

	memset(nl, 0, sizeof(*nl));
	nl->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (nl->fd < 0 || bind(nl->fd, (struct sockaddr *)&sa, sizeof(sa)))
		return -errno;
	err = nl_send(nl, GENL_ID_CTRL, 0, CTRL_CMD_GETFAMILY, 1,
		      CTRL_ATTR_FAMILY_NAME, TASKDIAG_GENL_NAME,
		      sizeof(TASKDIAG_GENL_NAME));
	if (err)
		return err;
	ssize_t n = nl_recv(nl, &buf, &cap);
	if (n < 0)
		return n;
	struct nlmsghdr *h = (struct nlmsghdr *)buf;
	if (h->nlmsg_type == NLMSG_ERROR) {
		err = ((struct nlmsgerr *)NLMSG_DATA(h))->error;
		free(buf);
		return err ? err : -ENOENT;
	}
	int alen = h->nlmsg_len - NLMSG_LENGTH(GENL_HDRLEN);
	struct nlattr *na = (struct nlattr *)((char *)NLMSG_DATA(h) + GENL_HDRLEN);
	while (alen >= NLA_HDRLEN && na->nla_len >= NLA_HDRLEN) {
		if (na->nla_type == CTRL_ATTR_FAMILY_ID)
			nl->family = *(uint16_t *)((char *)na + NLA_HDRLEN);
		alen -= NLA_ALIGN(na->nla_len);
		na = (struct nlattr *)((char *)na + NLA_ALIGN(na->nla_len));
	}
	free(buf);
	return nl->family ? 0 : -ENOENT;
}

/* one task as task_diag reported it, continuations put together */
struct td_task {
	struct task_diag_msg msg;
	uint64_t have;			/* bit g: group g present */
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
	struct buf cmdline, environ, cgroup, name, wchan, exe, secctx;
	uint32_t *groups;
	int ngroups;
	int nmsgs;			/* messages, continuations included */
};

static void td_task_free(struct td_task *t);

struct td_result {
	struct td_task *t;
	int n, cap;
	int error;			/* errno of NLMSG_ERROR / NLMSG_DONE */
	int datagrams, messages;
	size_t max_datagram;
	int proto_errors;
	char proto_msg[200];
	int gone;			/* tasks dropped by TASK_DIAG_GONE */
};

static void td_task_free(struct td_task *t)
{
	buf_free(&t->cmdline);
	buf_free(&t->environ);
	buf_free(&t->cgroup);
	buf_free(&t->name);
	buf_free(&t->wchan);
	buf_free(&t->exe);
	buf_free(&t->secctx);
	free(t->groups);
}

static void td_result_free(struct td_result *r)
{
	for (int i = 0; i < r->n; i++)
		td_task_free(&r->t[i]);
	free(r->t);
	memset(r, 0, sizeof(*r));
}

static void proto_error(struct td_result *r, const char *fmt, ...)
{
	va_list ap;

	if (!r->proto_errors++) {
		va_start(ap, fmt);
		vsnprintf(r->proto_msg, sizeof(r->proto_msg), fmt, ap);
		va_end(ap);
	}
}

/* what anyone may see of anyone's task, as in /proc: stat, the name, fd/'s size */
#define TD_PUBLIC (TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_NAME | TASK_DIAG_SHOW_FDS)

static const size_t fixed_size[__TASK_DIAG_GROUP_MAX] = {
	[TASK_DIAG_CRED] = sizeof(struct task_diag_creds),
	[TASK_DIAG_STAT] = sizeof(struct task_diag_stat),
	[TASK_DIAG_STATM] = sizeof(struct task_diag_statm),
	[TASK_DIAG_SIGNAL] = sizeof(struct task_diag_signal),
	[TASK_DIAG_IO] = sizeof(struct task_diag_io),
	[TASK_DIAG_NS] = sizeof(struct task_diag_ns),
	[TASK_DIAG_OOM] = sizeof(struct task_diag_oom),
	[TASK_DIAG_LOGIN] = sizeof(struct task_diag_login),
	[TASK_DIAG_AUTOGROUP] = sizeof(struct task_diag_autogroup),
	[TASK_DIAG_SMAPS] = sizeof(struct task_diag_smaps),
	[TASK_DIAG_FDS] = sizeof(__u32),
};

static bool is_bytes_group(int type)
{
	return type == TASK_DIAG_CMDLINE || type == TASK_DIAG_ENVIRON ||
	       type == TASK_DIAG_CGROUP;
}

/* one genl message: append to r (new task or continuation) */
static void td_parse_msg(struct td_result *r, struct nlmsghdr *h)
{
	int alen = h->nlmsg_len - NLMSG_LENGTH(GENL_HDRLEN);
	struct nlattr *na = (struct nlattr *)((char *)NLMSG_DATA(h) + GENL_HDRLEN);
	struct genlmsghdr *g = NLMSG_DATA(h);
	struct td_task *t = NULL;
	bool first = true, cont = false;
	int last_type = -1;

	r->messages++;
	if (g->cmd != TASKDIAG_CMD_GET)
		proto_error(r, "genl cmd %d", g->cmd);
	while (alen >= NLA_HDRLEN) {
		int type = na->nla_type & NLA_TYPE_MASK;
		size_t len = na->nla_len - NLA_HDRLEN;
		void *data = (char *)na + NLA_HDRLEN;

		if (na->nla_len < NLA_HDRLEN || na->nla_len > alen) {
			proto_error(r, "bad nla_len %u", na->nla_len);
			return;
		}
		if (first) {
			struct task_diag_msg *m = data;

			if (type != TASK_DIAG_MSG || len < sizeof(*m)) {
				proto_error(r, "first attribute is %d, len %zu", type, len);
				return;
			}
			/* a continuation is recognised by the next attribute */
			first = false;
			if (r->n == r->cap) {
				r->cap = r->cap ? 2 * r->cap : 1024;
				r->t = realloc(r->t, r->cap * sizeof(*r->t));
				if (!r->t)
					die("realloc");
			}
			t = &r->t[r->n];
			memset(t, 0, sizeof(*t));
			t->msg = *m;
			t->nmsgs = 1;
			r->n++;
		} else if (type == TASK_DIAG_CONT) {
			struct td_task *prev = r->n >= 2 ? &r->t[r->n - 2] : NULL;

			if (last_type != TASK_DIAG_MSG || len < 4 ||
			    *(uint32_t *)data != 1 || !prev ||
			    prev->msg.pid != t->msg.pid ||
			    prev->msg.tgid != t->msg.tgid) {
				proto_error(r, "misplaced TASK_DIAG_CONT (pid %u)",
					    t->msg.pid);
				return;
			}
			/* fold this message into the previous task */
			r->n--;
			t = prev;
			t->nmsgs++;
			cont = true;
		} else if (type == TASK_DIAG_GONE) {
			if (last_type != TASK_DIAG_CONT || !cont) {
				proto_error(r, "TASK_DIAG_GONE without a continuation");
				return;
			}
			/* the task exited between rounds: drop its parts */
			td_task_free(t);
			r->n--;
			r->gone++;
			return;
		} else if (type < __TASK_DIAG_GROUP_MAX) {
			bool again = type == last_type;

			if (type < last_type && last_type != TASK_DIAG_MSG &&
			    last_type != TASK_DIAG_CONT)
				proto_error(r, "group %d after %d", type, last_type);
			if (again && !is_bytes_group(type))
				proto_error(r, "group %d repeated in a message", type);
			if ((t->have & (1ULL << type)) && !is_bytes_group(type))
				proto_error(r, "group %d twice for pid %u", type,
					    t->msg.pid);
			if (fixed_size[type] && len < fixed_size[type])
				proto_error(r, "group %d too short (%zu)", type, len);
			t->have |= 1ULL << type;
			switch (type) {
			case TASK_DIAG_CRED: memcpy(&t->cred, data, sizeof(t->cred)); break;
			case TASK_DIAG_STAT: memcpy(&t->stat, data, sizeof(t->stat)); break;
			case TASK_DIAG_STATM: memcpy(&t->statm, data, sizeof(t->statm)); break;
			case TASK_DIAG_SIGNAL: memcpy(&t->sig, data, sizeof(t->sig)); break;
			case TASK_DIAG_IO: memcpy(&t->io, data, sizeof(t->io)); break;
			case TASK_DIAG_NS: memcpy(&t->ns, data, sizeof(t->ns)); break;
			case TASK_DIAG_OOM: memcpy(&t->oom, data, sizeof(t->oom)); break;
			case TASK_DIAG_LOGIN: memcpy(&t->login, data, sizeof(t->login)); break;
			case TASK_DIAG_AUTOGROUP: memcpy(&t->ag, data, sizeof(t->ag)); break;
			case TASK_DIAG_SMAPS: memcpy(&t->smaps, data, sizeof(t->smaps)); break;
			case TASK_DIAG_FDS: memcpy(&t->fds, data, sizeof(t->fds)); break;
			case TASK_DIAG_CMDLINE: buf_add(&t->cmdline, data, len); break;
			case TASK_DIAG_ENVIRON: buf_add(&t->environ, data, len); break;
			case TASK_DIAG_CGROUP: buf_add(&t->cgroup, data, len); break;
			case TASK_DIAG_NAME: buf_add(&t->name, data, len); break;
			case TASK_DIAG_WCHAN: buf_add(&t->wchan, data, len); break;
			case TASK_DIAG_EXE: buf_add(&t->exe, data, len); break;
			case TASK_DIAG_SECCTX: buf_add(&t->secctx, data, len); break;
			case TASK_DIAG_GROUPS:
				t->ngroups = len / 4;
				t->groups = malloc(len + 4);
				memcpy(t->groups, data, len);
				break;
			}
		} else {
			proto_error(r, "unexpected attribute %d", type);
		}
		last_type = type;
		alen -= NLA_ALIGN(na->nla_len);
		na = (struct nlattr *)((char *)na + NLA_ALIGN(na->nla_len));
	}
	(void)cont;
	if (first)
		proto_error(r, "empty message");
}

/*
 * Send one request and collect the answer.  attrlen < 0 leaves the
 * attribute out; rcvbuf is the recv() buffer size (the kernel sizes its
 * dump skbs after it).  between() runs after every datagram.
 */
static int td_query(struct nl *nl, bool dump, const void *req, int attrlen,
		    size_t rcvbuf, struct td_result *r,
		    void (*between)(const struct td_result *r, void *arg),
		    void *arg)
{
	char *buf = malloc(rcvbuf);
	size_t cap = rcvbuf;
	int err;

	memset(r, 0, sizeof(*r));
	err = nl_send(nl, nl->family, dump ? NLM_F_DUMP : 0, TASKDIAG_CMD_GET,
		      TASKDIAG_GENL_VERSION, TASKDIAG_CMD_ATTR_GET, req, attrlen);
	if (err)
		return err;
	for (;;) {
		/* MSG_PEEK first: a datagram is never cut, whatever rcvbuf */
		ssize_t n = nl_recv(nl, &buf, &cap);

		if (n < 0) {
			r->error = n;
			break;
		}
		r->datagrams++;
		if ((size_t)n > r->max_datagram)
			r->max_datagram = n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n);
		     h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_seq != nl->seq)
				proto_error(r, "seq %u, expected %u", h->nlmsg_seq,
					    nl->seq);
			if (h->nlmsg_type == NLMSG_DONE) {
				r->error = *(int *)NLMSG_DATA(h);
				goto out;
			}
			if (h->nlmsg_type == NLMSG_ERROR) {
				r->error = ((struct nlmsgerr *)NLMSG_DATA(h))->error;
				goto out;
			}
			if (h->nlmsg_type != nl->family) {
				proto_error(r, "message type %u", h->nlmsg_type);
				continue;
			}
			if (dump && !(h->nlmsg_flags & NLM_F_MULTI))
				proto_error(r, "dump message without NLM_F_MULTI");
			td_parse_msg(r, h);
			if (!dump)
				goto out;
		}
		if (between)
			between(r, arg);
	}
out:
	free(buf);
	return 0;
}

static struct task_diag_pid mkreq(uint64_t show, uint64_t strategy, uint32_t pid)
{
	struct task_diag_pid req = {
		.show_flags = show, .dump_strategy = strategy, .pid = pid,
	};
	return req;
}

static struct nl NL;

/* ------------------------------------------------------------------ */
/* What /proc says about a task                                          */

struct proc_task {
	bool ok;
	/* stat */
	char state;
	unsigned long long f[53];	/* stat fields by number (1-based) */
	struct buf name;
	/* status */
	long long uid[4], gid[4], tgid, pid, tracer;
	unsigned long long cap[4], sig[5];
	long long vm[16];
	struct buf groups;		/* the Groups line */
	struct buf cmdline, environ, cgroup, wchan, exe, secctx, autogroup;
	struct buf io, oom_score, oom_adj, oom_score_adj, loginuid, sessionid;
	struct buf smaps;
	unsigned long long ns[TASK_DIAG_NS_COUNT];
	long long fds;			/* the size of fd/ */
};

static const char *const vm_keys[16] = {
	"VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS", "RssAnon",
	"RssFile", "RssShmem", "VmData", "VmStk", "VmExe", "VmLib", "VmPTE",
	"VmSwap", "HugetlbPages",
};
static const char *const ns_names[TASK_DIAG_NS_COUNT] = {
	"cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts",
};

static void proc_task_free(struct proc_task *p)
{
	struct buf *bufs[] = {
		&p->name, &p->groups, &p->cmdline, &p->environ, &p->cgroup,
		&p->wchan, &p->exe, &p->secctx, &p->autogroup, &p->io,
		&p->oom_score, &p->oom_adj, &p->oom_score_adj, &p->loginuid,
		&p->sessionid, &p->smaps,
	};

	for (size_t i = 0; i < ARRAY_SIZE(bufs); i++)
		buf_free(bufs[i]);
	memset(p, 0, sizeof(*p));
}

static bool parse_stat(struct proc_task *p, const struct buf *b)
{
	char *open, *close, *s;
	int i;

	if (!b->ok)
		return false;
	open = strchr(b->p, '(');
	close = strrchr(b->p, ')');
	if (!open || !close || close < open)
		return false;
	buf_add(&p->name, open + 1, close - open - 1);
	p->f[1] = strtoull(b->p, NULL, 10);
	s = close + 2;
	p->state = *s;
	s++;
	for (i = 4; i <= 52 && *s; i++) {
		char *end;

		p->f[i] = strtoull(s, &end, 10);
		if (end == s)
			break;
		s = end;
	}
	return i > 52;
}

static void parse_status(struct proc_task *p, const struct buf *b)
{
	char *line = b->p, *next;

	for (; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *val = strchr(line, ':');
		if (!val)
			continue;
		*val++ = '\0';
		while (*val == '\t' || *val == ' ')
			val++;
		if (!strcmp(line, "Uid"))
			sscanf(val, "%lld %lld %lld %lld", &p->uid[0], &p->uid[1],
			       &p->uid[2], &p->uid[3]);
		else if (!strcmp(line, "Gid"))
			sscanf(val, "%lld %lld %lld %lld", &p->gid[0], &p->gid[1],
			       &p->gid[2], &p->gid[3]);
		else if (!strcmp(line, "Tgid"))
			p->tgid = atoll(val);
		else if (!strcmp(line, "Pid"))
			p->pid = atoll(val);
		else if (!strcmp(line, "TracerPid"))
			p->tracer = atoll(val);
		else if (!strcmp(line, "Groups")) {
			size_t l = strlen(val);
			while (l && val[l - 1] == ' ')	/* procfs adds one */
				l--;
			buf_add(&p->groups, val, l);
		}
		else if (!strcmp(line, "CapInh"))
			p->cap[0] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "CapPrm"))
			p->cap[1] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "CapEff"))
			p->cap[2] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "CapBnd"))
			p->cap[3] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "SigPnd"))
			p->sig[0] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "ShdPnd"))
			p->sig[1] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "SigBlk"))
			p->sig[2] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "SigIgn"))
			p->sig[3] = strtoull(val, NULL, 16);
		else if (!strcmp(line, "SigCgt"))
			p->sig[4] = strtoull(val, NULL, 16);
		else
			for (int i = 0; i < 16; i++)
				if (!strcmp(line, vm_keys[i]))
					p->vm[i] = atoll(val);
	}
}

#define P_ALL	1	/* everything; else only stat (and status ids) */

/*
 * The processes test_stuck() makes hold locks for ever: reading most of
 * their /proc files waits for ever too.  proc_read() takes them as gone.
 */
static pid_t stuck_pids[4];

static bool is_stuck(unsigned int pid)
{
	for (size_t i = 0; i < ARRAY_SIZE(stuck_pids); i++)
		if (stuck_pids[i] && (unsigned int)stuck_pids[i] == pid)
			return true;
	return false;
}

/* read /proc/<dir>/...; dir is "/proc/N" or "/proc/N/task/M" */
static bool proc_read(const char *dir, struct proc_task *p, int what)
{
	char path[256];
	struct buf b;

	memset(p, 0, sizeof(*p));
	if (!strncmp(dir, "/proc/", 6) && is_stuck(strtoul(dir + 6, NULL, 10)))
		return false;
	snprintf(path, sizeof(path), "%s/stat", dir);
	read_file(path, &b);
	p->ok = parse_stat(p, &b);
	buf_free(&b);
	if (!p->ok)
		return false;
	snprintf(path, sizeof(path), "%s/status", dir);
	read_file(path, &b);
	if (b.ok)
		parse_status(p, &b);
	buf_free(&b);
	{
		struct stat st;

		snprintf(path, sizeof(path), "%s/fd", dir);
		p->fds = stat(path, &st) == 0 ? (long long)st.st_size : -1;
	}
	if (!(what & P_ALL))
		return true;

#define RD(field, file) \
	do { snprintf(path, sizeof(path), "%s/" file, dir); read_file(path, &p->field); } while (0)
	RD(cmdline, "cmdline");
	RD(environ, "environ");
	RD(cgroup, "cgroup");
	RD(wchan, "wchan");
	RD(secctx, "attr/current");
	RD(autogroup, "autogroup");
	RD(io, "io");
	RD(oom_score, "oom_score");
	RD(oom_adj, "oom_adj");
	RD(oom_score_adj, "oom_score_adj");
	RD(loginuid, "loginuid");
	RD(sessionid, "sessionid");
	RD(smaps, "smaps_rollup");
#undef RD
	char link[4200];
	ssize_t n;

	snprintf(path, sizeof(path), "%s/exe", dir);
	n = readlink(path, link, sizeof(link));
	if (n >= 0)
		buf_add(&p->exe, link, n);
	for (int i = 0; i < TASK_DIAG_NS_COUNT; i++) {
		snprintf(path, sizeof(path), "%s/ns/%s", dir, ns_names[i]);
		n = readlink(path, link, sizeof(link) - 1);
		if (n > 0) {
			link[n] = '\0';
			char *lb = strchr(link, '[');
			p->ns[i] = lb ? strtoull(lb + 1, NULL, 10) : 0;
		}
	}
	return true;
}

/* the value after "key" in text like /proc/PID/io or smaps_rollup */
static long long kv(const struct buf *b, const char *key)
{
	size_t kl = strlen(key);

	for (const char *s = b->p; s && *s; s = strchr(s, '\n'), s = s ? s + 1 : NULL)
		if (!strncmp(s, key, kl) && s[kl] == ':')
			return atoll(s + kl + 1);
	return -1;
}

/* ------------------------------------------------------------------ */
/* Comparing a task_diag task with two /proc reads around it             */

/*
 * Each /proc value is read before (a) and after (b) the task_diag query.
 * When both agree the task_diag value must equal them; when they differ
 * the task was busy and the field is not judged, unless the task is one
 * of the zoo's idle ones (strict), for which a change is itself a failure.
 */
struct cmp {
	struct test *t;
	unsigned int pid;
	bool strict;
	long unstable;
};

/*
 * Fields that can change and change back (state, rss, wchan, ...): two
 * equal reads around the query prove nothing for a busy task, so they are
 * judged on idle tasks only.
 */
static void cmp_v(struct cmp *c, const char *what, unsigned long long td,
		  unsigned long long a, unsigned long long b);

static void cmp_u(struct cmp *c, const char *what, unsigned long long td,
		  unsigned long long a, unsigned long long b)
{
	if (a != b) {
		if (c->strict)
			t_check(c->t, false, "pid %u %s changed (%llu, %llu) on an idle task",
				c->pid, what, a, b);
		else
			c->unstable++;
		return;
	}
	t_check(c->t, td == a, "pid %u %s: task_diag %llu, /proc %llu", c->pid,
		what, td, a);
}

static void cmp_v(struct cmp *c, const char *what, unsigned long long td,
		  unsigned long long a, unsigned long long b)
{
	if (!c->strict)
		c->unstable++;
	else
		cmp_u(c, what, td, a, b);
}

static void cmp_buf(struct cmp *c, const char *what, const struct buf *td,
		    const struct buf *a, const struct buf *b)
{
	if (!buf_eq(a, b)) {
		if (c->strict)
			t_check(c->t, false, "pid %u %s changed on an idle task",
				c->pid, what);
		else
			c->unstable++;
		return;
	}
	t_check(c->t, td->len == a->len && !memcmp(td->p, a->p, a->len),
		"pid %u %s: task_diag %zu bytes \"%.40s\", /proc %zu bytes \"%.40s\"",
		c->pid, what, td->len, td->len ? td->p : "", a->len,
		a->len ? a->p : "");
}

/* a NUL-terminated task_diag string as a buf without its NUL */
static struct buf str_of(const struct buf *b)
{
	struct buf r = *b;

	if (r.len && r.p[r.len - 1] == '\0')
		r.len--;
	else
		r.len = (size_t)-1;	/* not terminated: never equal */
	return r;
}

static bool nonempty(const struct buf *b)
{
	return b->ok && b->len > 0;
}

static const char *const smaps_keys[20] = {
	"Rss", "Pss", "Pss_Anon", "Pss_File", "Pss_Shmem", "Shared_Clean",
	"Shared_Dirty", "Private_Clean", "Private_Dirty", "Referenced",
	"Anonymous", "LazyFree", "AnonHugePages", "ShmemPmdMapped",
	"FilePmdMapped", "Shared_Hugetlb", "Private_Hugetlb", "Swap",
	"SwapPss", "Locked",
};
static const char *const io_keys[7] = {
	"rchar", "wchar", "syscr", "syscw", "read_bytes", "write_bytes",
	"cancelled_write_bytes",
};

static unsigned long long caps64(const struct task_diag_caps *c)
{
	return c->cap[0] | (unsigned long long)c->cap[1] << 32;
}

#define S64(x) ((unsigned long long)(long long)(x))

/*
 * Compare td with /proc reads a and b.  full: the requester may see every
 * group (else only MSG, STAT and NAME may be there).
 */
static void compare_task(struct cmp *c, const struct td_task *td,
			 const struct proc_task *a, const struct proc_task *b,
			 uint64_t show, bool full)
{
	const struct task_diag_stat *st = &td->stat;
	struct test *t = c->t;
	char what[64];
	static const int stat_idx[] = {
		7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23,
		24, 25, 26, 27, 28, 29, 30, 35, 38, 39, 40, 41, 42, 43, 44, 52,
	};
	unsigned long long stat_td[] = {
		st->tty_nr, S64(st->tpgid), st->flags, st->minflt, st->cminflt,
		st->majflt, st->cmajflt, st->utime, st->stime, st->cutime,
		st->cstime, S64(st->priority), S64(st->nice), st->num_threads,
		st->start_time, st->vsize, st->rss, st->rsslim, st->start_code,
		st->end_code, st->start_stack, st->kstk_esp, st->kstk_eip,
		st->wchan, S64(st->exit_signal), S64(st->processor),
		st->rt_priority, st->policy, st->blkio_ticks, st->gtime,
		st->cgtime, S64(st->exit_code),
	};

	/* MSG */
	cmp_u(c, "tgid", td->msg.tgid, a->tgid, b->tgid);
	cmp_u(c, "pid", td->msg.pid, a->pid, b->pid);
	cmp_u(c, "ppid", td->msg.ppid, a->f[4], b->f[4]);
	cmp_u(c, "pgid", td->msg.pgid, a->f[5], b->f[5]);
	cmp_u(c, "sid", td->msg.sid, a->f[6], b->f[6]);
	if (full || a->tracer == 0)
		cmp_u(c, "tpid", td->msg.tpid, a->tracer, b->tracer);
	cmp_v(c, "state", td->msg.state < 9 ? "RSDTtXZPI"[td->msg.state] : '?',
	      a->state, b->state);
	t_check(t, td->msg.comm[15] == '\0' &&
		!strncmp(td->msg.comm, a->name.p, strlen(td->msg.comm)),
		"pid %u comm \"%.16s\" is not a prefix of the name \"%s\"",
		c->pid, td->msg.comm, a->name.p);

	/* which groups are there */
	uint64_t expect = show & TD_PUBLIC;
	if (full) {
		expect = show & TASK_DIAG_SHOW_ALL;
		if (!nonempty(&a->exe) && !nonempty(&b->exe))
			expect &= ~TASK_DIAG_SHOW_EXE;
		if (!nonempty(&a->autogroup) && !nonempty(&b->autogroup))
			expect &= ~TASK_DIAG_SHOW_AUTOGROUP;
		if (!nonempty(&a->smaps) && !nonempty(&b->smaps))
			expect &= ~TASK_DIAG_SHOW_SMAPS;
		if (!nonempty(&a->secctx) && !nonempty(&b->secctx))
			expect &= ~TASK_DIAG_SHOW_SECCTX;
		/* appear or vanish around the query: either way is right */
		if (nonempty(&a->exe) != nonempty(&b->exe))
			expect = (expect & ~TASK_DIAG_SHOW_EXE) | (td->have & TASK_DIAG_SHOW_EXE);
		if (nonempty(&a->smaps) != nonempty(&b->smaps))
			expect = (expect & ~TASK_DIAG_SHOW_SMAPS) | (td->have & TASK_DIAG_SHOW_SMAPS);
	}
	t_check(t, td->have == expect, "pid %u groups %#llx, expected %#llx",
		c->pid, (unsigned long long)td->have, (unsigned long long)expect);

	/* a busy kworker's name carries its current workqueue */
	if ((td->have & TASK_DIAG_SHOW_NAME) &&
	    (c->strict || strncmp(a->name.p, "kworker/", 8))) {
		struct buf n = str_of(&td->name);
		cmp_buf(c, "name", &n, &a->name, &b->name);
	}
	if (td->have & TASK_DIAG_SHOW_STAT)
		for (size_t i = 0; i < ARRAY_SIZE(stat_idx); i++) {
			int k = stat_idx[i];
			/*
			 * Fields that can change and change back between the
			 * two /proc reads: flags, vsize, rss, the stack and
			 * instruction pointers, wchan, the CPU, and the thread
			 * count (a thread that starts and ends between them:
			 * equal reads then prove nothing about the dump in
			 * between, and a strict comparison fails at random).
			 */
			bool vol = k == 9 || k == 20 || k == 23 || k == 24 || k == 29 ||
				   k == 30 || k == 35 || k == 39;
			snprintf(what, sizeof(what), "stat[%d]", k);
			(vol ? cmp_v : cmp_u)(c, what, stat_td[i], a->f[k], b->f[k]);
		}
	if (td->have & TASK_DIAG_SHOW_CRED) {
		const uint32_t *ids = &td->cred.uid;
		for (int i = 0; i < 4; i++) {
			cmp_u(c, "uid", ids[i], a->uid[i], b->uid[i]);
			cmp_u(c, "gid", ids[4 + i], a->gid[i], b->gid[i]);
		}
		cmp_u(c, "CapInh", caps64(&td->cred.cap_inheritable), a->cap[0], b->cap[0]);
		cmp_u(c, "CapPrm", caps64(&td->cred.cap_permitted), a->cap[1], b->cap[1]);
		cmp_u(c, "CapEff", caps64(&td->cred.cap_effective), a->cap[2], b->cap[2]);
		cmp_u(c, "CapBnd", caps64(&td->cred.cap_bset), a->cap[3], b->cap[3]);
	}
	if (td->have & TASK_DIAG_SHOW_STATM) {
		const __u64 *v = &td->statm.vm_peak;
		for (int i = 0; i < 16; i++)
			cmp_v(c, vm_keys[i], v[i], a->vm[i], b->vm[i]);
	}
	if (td->have & TASK_DIAG_SHOW_CMDLINE)
		cmp_buf(c, "cmdline", &td->cmdline, &a->cmdline, &b->cmdline);
	if (td->have & TASK_DIAG_SHOW_ENVIRON)
		cmp_buf(c, "environ", &td->environ, &a->environ, &b->environ);
	if (td->have & TASK_DIAG_SHOW_SIGNAL) {
		const __u64 *v = &td->sig.pending;
		static const char *const names[] = { "SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt" };
		for (int i = 0; i < 5; i++)
			(i < 3 ? cmp_v : cmp_u)(c, names[i], v[i], a->sig[i], b->sig[i]);
	}
	if (td->have & TASK_DIAG_SHOW_GROUPS) {
		struct buf g = { 0 };
		char num[16];
		buf_add(&g, "", 0);
		for (int i = 0; i < td->ngroups; i++) {
			snprintf(num, sizeof(num), "%s%u", i ? " " : "", td->groups[i]);
			buf_add(&g, num, strlen(num));
		}
		cmp_buf(c, "Groups", &g, &a->groups, &b->groups);
		buf_free(&g);
	}
	if (td->have & TASK_DIAG_SHOW_CGROUP)
		cmp_buf(c, "cgroup", &td->cgroup, &a->cgroup, &b->cgroup);
	if (td->have & TASK_DIAG_SHOW_WCHAN) {
		struct buf w = str_of(&td->wchan);
		if (c->strict)
			cmp_buf(c, "wchan", &w, &a->wchan, &b->wchan);
	}
	if (td->have & TASK_DIAG_SHOW_IO) {
		const __u64 *v = &td->io.rchar;
		for (int i = 0; i < 7; i++)
			cmp_u(c, io_keys[i], v[i], kv(&a->io, io_keys[i]), kv(&b->io, io_keys[i]));
	}
	if (td->have & TASK_DIAG_SHOW_NS)
		for (int i = 0; i < TASK_DIAG_NS_COUNT; i++)
			cmp_u(c, ns_names[i], td->ns.ino[i], a->ns[i], b->ns[i]);
	if (td->have & TASK_DIAG_SHOW_OOM) {
		cmp_v(c, "oom_score", S64(td->oom.oom_score), S64(atoll(a->oom_score.p)), S64(atoll(b->oom_score.p)));
		cmp_u(c, "oom_adj", S64(td->oom.oom_adj), S64(atoll(a->oom_adj.p)), S64(atoll(b->oom_adj.p)));
		cmp_u(c, "oom_score_adj", S64(td->oom.oom_score_adj), S64(atoll(a->oom_score_adj.p)), S64(atoll(b->oom_score_adj.p)));
	}
	if (td->have & TASK_DIAG_SHOW_LOGIN) {
		cmp_u(c, "loginuid", td->login.loginuid, strtoull(a->loginuid.p, NULL, 10), strtoull(b->loginuid.p, NULL, 10));
		cmp_u(c, "sessionid", td->login.sessionid, strtoull(a->sessionid.p, NULL, 10), strtoull(b->sessionid.p, NULL, 10));
	}
	if (td->have & TASK_DIAG_SHOW_EXE) {
		struct buf e = str_of(&td->exe);
		cmp_buf(c, "exe", &e, &a->exe, &b->exe);
	}
	if (td->have & TASK_DIAG_SHOW_AUTOGROUP) {
		char txt[64];
		struct buf g = { 0 };
		snprintf(txt, sizeof(txt), "/autogroup-%d nice %d\n", td->ag.id, td->ag.nice);
		buf_add(&g, txt, strlen(txt));
		cmp_buf(c, "autogroup", &g, &a->autogroup, &b->autogroup);
		buf_free(&g);
	}
	if (td->have & TASK_DIAG_SHOW_SMAPS) {
		const __u64 *v = &td->smaps.rss;
		for (int i = 0; i < 20; i++)
			cmp_v(c, smaps_keys[i], v[i], kv(&a->smaps, smaps_keys[i]), kv(&b->smaps, smaps_keys[i]));
	}
	if (td->have & TASK_DIAG_SHOW_SECCTX) {
		struct buf s = str_of(&td->secctx);
		cmp_buf(c, "attr/current", &s, &a->secctx, &b->secctx);
	}
	if (td->have & TASK_DIAG_SHOW_FDS)
		cmp_v(c, "fd count", td->fds, a->fds, b->fds);
}

/* ------------------------------------------------------------------ */
/* Pid lists                                                             */

struct pids {
	unsigned int *v;
	int n, cap;
};

static void pids_add(struct pids *p, unsigned int pid)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 1024;
		p->v = realloc(p->v, p->cap * sizeof(*p->v));
	}
	p->v[p->n++] = pid;
}

static int cmp_uint(const void *a, const void *b)
{
	unsigned int x = *(const unsigned int *)a, y = *(const unsigned int *)b;
	return x < y ? -1 : x > y;
}

static bool pids_has(const struct pids *p, unsigned int pid)
{
	return bsearch(&pid, p->v, p->n, sizeof(*p->v), cmp_uint) != NULL;
}

/* numeric entries of a /proc directory, sorted */
static void list_dir(const char *dir, struct pids *p)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	memset(p, 0, sizeof(*p));
	if (!d)
		return;
	while ((de = readdir(d)))
		if (isdigit((unsigned char)de->d_name[0]))
			pids_add(p, atoi(de->d_name));
	closedir(d);
	qsort(p->v, p->n, sizeof(*p->v), cmp_uint);
}

/* ------------------------------------------------------------------ */
/* The zoo                                                               */

enum zkind {
	Z_SPAWNER, Z_VICTIM, Z_SLEEPER, Z_THREADS, Z_ZPARENT, Z_ZOMBIE,
	Z_STOPPED, Z_NICED, Z_UID, Z_LONGCMD, Z_WEIRD, Z_TITLE, Z_CGROUP,
	Z_SETSID, Z_TRACEE, Z_TRACER, Z_LOGIN, Z_OOMADJ, Z_NSINIT, Z_NSCHILD,
	Z_DEEPEXE, Z_HUGECMD, Z_COUNT
};

struct zoo {
	pid_t pid[Z_COUNT];		/* the special ones */
	struct pids sleepers, victims;
	int to_spawner, from_spawner;
	char *longarg;			/* the 128 KiB command line */
	char deep_exe[4096];		/* a 4 KiB path to td_vmtest */
} Z;

#define LONG_ARGS	128
#define LONG_ARGLEN	1023
#define HUGE_ARGS	10
#define HUGE_ARGLEN	(128 * 1024 - 1)	/* MAX_ARG_STRLEN - 1 */

static char *self_exe = "/init";
static char pad_env[10001];

static void sleeper_env(char **env)
{
	memset(pad_env, 'e', sizeof(pad_env) - 1);
	memcpy(pad_env, "PAD=", 4);
	env[0] = "TDTEST=1";
	env[1] = pad_env;
	env[2] = "PATH=/bin";
	env[3] = NULL;
}

static void exec_sleeper(char **argv)
{
	char *env[4];

	sleeper_env(env);
	execve(self_exe, argv, env);
	_exit(127);
}

#define LOCK_GO "/tmp/lock.go"

/*
 * "--sleep lock FILE ...": once LOCK_GO exists, hold the mmap_lock for
 * ever, as taskgen mmap-lock does (FILE is fusehang's; tests/stuck_map.h
 * says how).
 */
static void sleep_then_lock(const char *file)
{
	int fd = stuck_map_open(file);

	while (access(LOCK_GO, F_OK))
		usleep(10000);
	stuck_map_read(file);
	usleep(300000);
	stuck_map(fd);
}

/* the --sleep side */
static int sleeper_main(int argc, char **argv)
{
	if (argc > 3 && !strcmp(argv[2], "lock"))
		sleep_then_lock(argv[3]);
	if (argc > 2 && !strcmp(argv[2], "title")) {
		/* setproctitle(): the NUL that ends argv is overwritten */
		char *last = argv[argc - 1];
		last[strlen(last)] = 'X';
	}
	for (;;)
		pause();
	return 0;
}

static void *thread_pause(void *arg)
{
	if (arg)
		prctl(PR_SET_NAME, (char *)arg);
	for (;;)
		pause();
	return NULL;
}

/* the spawner forks plain sleepers on request: "n\n" -> n pids back */
static void spawner_loop(int in, int out)
{
	signal(SIGCHLD, SIG_IGN);	/* killed victims are reaped at once */
	prctl(PR_SET_NAME, "td-spawner");
	for (;;) {
		int n;

		if (read(in, &n, sizeof(n)) != sizeof(n))
			_exit(0);
		for (int i = 0; i < n; i++) {
			pid_t pid = fork();

			if (pid < 0)
				pid = -errno;
			if (pid == 0) {
				close(in);
				close(out);
				if (i % 10 == 3)
					setpriority(PRIO_PROCESS, 0, 5);
				if (i % 13 == 5) {
					sigset_t set;
					signal(SIGUSR1, SIG_IGN);
					sigemptyset(&set);
					sigaddset(&set, SIGUSR2);
					sigprocmask(SIG_BLOCK, &set, NULL);
				}
				for (;;)
					pause();
			}
			if (write(out, &pid, sizeof(pid)) != sizeof(pid))
				_exit(1);
		}
	}
}

static void spawn(int n, struct pids *into)
{
	if (write(Z.to_spawner, &n, sizeof(n)) != sizeof(n))
		die("spawner");
	for (int i = 0; i < n; i++) {
		pid_t pid;

		if (read(Z.from_spawner, &pid, sizeof(pid)) != sizeof(pid))
			die("spawner");
		if (pid < 0) {
			errno = -pid;
			die("spawner's fork");
		}
		if (into)
			pids_add(into, pid);
	}
}

static pid_t fork_or_die(void)
{
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid < 0)
		die("fork");
	return pid;
}

static void write_str(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY);

	if (fd < 0 || write(fd, s, strlen(s)) < 0)
		printf("  note: cannot write %s: %s\n", path, strerror(errno));
	if (fd >= 0)
		close(fd);
}

/* a child that runs fn() then sleeps; returns after fn() ran */
static pid_t start_child(void (*fn)(void *), void *arg)
{
	int p[2];
	char c;
	pid_t pid;

	if (pipe(p))
		die("pipe");
	pid = fork_or_die();
	if (pid == 0) {
		close(p[0]);
		if (fn)
			fn(arg);
		close(p[1]);
		for (;;)
			pause();
	}
	close(p[1]);
	if (read(p[0], &c, 1) < 0)
		die("read");
	close(p[0]);
	return pid;
}

static void c_threads(void *arg)
{
	pthread_t th;

	for (int i = 0; i < 4; i++)
		pthread_create(&th, NULL, thread_pause, i == 2 ? "td-worker" : NULL);
}

static void c_zparent(void *arg)
{
	pid_t *zombie = arg;
	pid_t pid = fork();

	if (pid == 0)
		_exit(3);
	/* the zombie's pid goes to the driver through shared memory */
	*zombie = pid;
	usleep(100000);
}

static void c_niced(void *arg)
{
	int fd = open("/dev/null", O_WRONLY);
	static char junk[100000];

	setpriority(PRIO_PROCESS, 0, 7);
	if (fd >= 0) {
		if (write(fd, junk, sizeof(junk)) < 0)
			_exit(1);
		close(fd);
	}
}

static void c_weird(void *arg)
{
	prctl(PR_SET_NAME, "td) x\ny z");
}

static void c_setsid(void *arg)
{
	setsid();
	write_str("/proc/self/autogroup", "5");
}

static void c_login(void *arg)
{
	write_str("/proc/self/loginuid", "1234");
}

static void c_oomadj(void *arg)
{
	write_str("/proc/self/oom_score_adj", "500");
}

static void c_tracer(void *arg)
{
	pid_t tracee = *(pid_t *)arg;

	if (ptrace(PTRACE_SEIZE, tracee, 0, 0))
		printf("  note: PTRACE_SEIZE: %s\n", strerror(errno));
	prctl(PR_SET_NAME, "td-tracer");
}

static pid_t exec_child(char **argv, bool drop_to_1000)
{
	pid_t pid = fork_or_die();

	if (pid == 0) {
		if (drop_to_1000) {
			gid_t groups[] = { 1000, 2000, 3000 };
			if (setgroups(3, groups) || setresgid(1000, 1000, 1000) ||
			    setresuid(1000, 1000, 1000))
				_exit(126);
		}
		exec_sleeper(argv);
	}
	return pid;
}

/* wait until /proc/PID/cmdline shows the exec'd program */
static void wait_exec(pid_t pid)
{
	char path[64];
	struct buf b;

	snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
	for (int i = 0; i < 500; i++) {
		read_file(path, &b);
		bool done = b.ok && b.len > 8 && strstr(b.p + strlen(b.p) + 1, "--sleep");
		buf_free(&b);
		if (done)
			return;
		usleep(10000);
	}
}

static void start_spawner(void)
{
	int to[2], from[2];

	if (pipe(to) || pipe(from))
		die("pipe");
	Z.pid[Z_SPAWNER] = fork_or_die();
	if (Z.pid[Z_SPAWNER] == 0) {
		close(to[1]);
		close(from[0]);
		spawner_loop(to[0], from[1]);
	}
	close(to[0]);
	close(from[1]);
	Z.to_spawner = to[1];
	Z.from_spawner = from[0];
}

static void build_zoo(int nsleepers)
{
	pid_t *zombie_slot;

	/* victims first: the lowest pids after the benchmark's sleepers */
	spawn(200, &Z.victims);

	Z.pid[Z_THREADS] = start_child(c_threads, NULL);
	zombie_slot = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	Z.pid[Z_ZPARENT] = start_child(c_zparent, zombie_slot);
	Z.pid[Z_ZOMBIE] = *zombie_slot;

	Z.pid[Z_STOPPED] = start_child(NULL, NULL);
	kill(Z.pid[Z_STOPPED], SIGSTOP);
	waitpid(Z.pid[Z_STOPPED], NULL, WUNTRACED);

	Z.pid[Z_NICED] = start_child(c_niced, NULL);
	Z.pid[Z_WEIRD] = start_child(c_weird, NULL);
	Z.pid[Z_SETSID] = start_child(c_setsid, NULL);
	Z.pid[Z_LOGIN] = start_child(c_login, NULL);
	Z.pid[Z_OOMADJ] = start_child(c_oomadj, NULL);
	Z.pid[Z_TRACEE] = start_child(NULL, NULL);
	Z.pid[Z_TRACER] = start_child(c_tracer, &Z.pid[Z_TRACEE]);
	Z.pid[Z_CGROUP] = start_child(NULL, NULL);
	if (mkdir("/sys/fs/cgroup/tdtest", 0755) && errno != EEXIST)
		printf("  note: mkdir tdtest: %s\n", strerror(errno));
	char num[32];
	snprintf(num, sizeof(num), "%d", Z.pid[Z_CGROUP]);
	write_str("/sys/fs/cgroup/tdtest/cgroup.procs", num);

	char *uid_argv[] = { self_exe, "--sleep", "uid1000", NULL };
	Z.pid[Z_UID] = exec_child(uid_argv, true);

	char *title_argv[] = { self_exe, "--sleep", "title", "abc", "defgh", NULL };
	Z.pid[Z_TITLE] = exec_child(title_argv, false);

	char **long_argv = calloc(LONG_ARGS + 4, sizeof(char *));
	Z.longarg = malloc(LONG_ARGLEN + 1);
	memset(Z.longarg, 'x', LONG_ARGLEN);
	Z.longarg[LONG_ARGLEN] = '\0';
	long_argv[0] = self_exe;
	long_argv[1] = "--sleep";
	long_argv[2] = "long";
	for (int i = 0; i < LONG_ARGS; i++)
		long_argv[3 + i] = Z.longarg;
	Z.pid[Z_LONGCMD] = exec_child(long_argv, false);
	free(long_argv);

	/* 1.25 MiB of arguments: more than a doit message may grow to */
	char **huge_argv = calloc(HUGE_ARGS + 4, sizeof(char *));
	char *hugearg = malloc(HUGE_ARGLEN + 1);
	memset(hugearg, 'h', HUGE_ARGLEN);
	hugearg[HUGE_ARGLEN] = '\0';
	huge_argv[0] = self_exe;
	huge_argv[1] = "--sleep";
	huge_argv[2] = "huge";
	for (int i = 0; i < HUGE_ARGS; i++)
		huge_argv[3 + i] = hugearg;
	Z.pid[Z_HUGECMD] = exec_child(huge_argv, false);
	free(huge_argv);
	free(hugearg);

	/* td_vmtest again, by a path too long for a 4 KiB message */
	strcpy(Z.deep_exe, "/tmp");
	for (int i = 0; i < 20; i++) {
		size_t l = strlen(Z.deep_exe);
		Z.deep_exe[l] = '/';
		memset(Z.deep_exe + l + 1, 'a' + i, 200);
		Z.deep_exe[l + 201] = '\0';
		if (mkdir(Z.deep_exe, 0755) && errno != EEXIST)
			printf("  note: mkdir: %s\n", strerror(errno));
	}
	strcat(Z.deep_exe, "/td_vmtest");
	if (link(self_exe, Z.deep_exe))
		printf("  note: link %s: %s\n", self_exe, strerror(errno));
	Z.pid[Z_DEEPEXE] = fork_or_die();
	if (Z.pid[Z_DEEPEXE] == 0) {
		char *argv[] = { "td_vmtest", "--sleep", "deep", NULL };
		char *env[4];

		sleeper_env(env);
		execve(Z.deep_exe, argv, env);
		_exit(127);
	}

	wait_exec(Z.pid[Z_DEEPEXE]);
	wait_exec(Z.pid[Z_UID]);
	wait_exec(Z.pid[Z_TITLE]);
	wait_exec(Z.pid[Z_LONGCMD]);
	wait_exec(Z.pid[Z_HUGECMD]);

	if (nsleepers > Z.sleepers.n)
		spawn(nsleepers - Z.sleepers.n, &Z.sleepers);
	usleep(200000);		/* let everyone settle into pause() */
}

/* is pid one of the zoo's idle tasks (values must not change)? */
static bool zoo_idle(unsigned int pid)
{
	for (int k = 0; k < Z_COUNT; k++)
		if (Z.pid[k] == (pid_t)pid && k != Z_NSINIT && k != Z_NSCHILD)
			return true;
	for (int i = 0; i < Z.sleepers.n; i++)
		if (Z.sleepers.v[i] == pid)
			return true;
	for (int i = 0; i < Z.victims.n; i++)
		if (Z.victims.v[i] == pid)
			return true;	/* idle until they are killed */
	return false;
}

/* ------------------------------------------------------------------ */
/* Tests                                                                 */

static const struct td_task *find_task(const struct td_result *r, unsigned int pid)
{
	for (int i = 0; i < r->n; i++)
		if (r->t[i].msg.pid == pid)
			return &r->t[i];
	return NULL;
}

static void check_proto(struct test *t, const struct td_result *r)
{
	t_check(t, r->proto_errors == 0, "protocol: %s (%d errors)",
		r->proto_msg, r->proto_errors);
}

static void test_family(void)
{
	struct test t;
	int err;

	t_begin(&t, "family TASKDIAG resolves with CTRL_CMD_GETFAMILY");
	err = nl_open(&NL);
	t_check(&t, err == 0 && NL.family != 0, "nl_open: %s", strerror(-err));
	t_end(&t);
	if (err)
		die("no TASKDIAG family");
}

static void test_self_one(void)
{
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, getpid());
	struct td_result r;
	struct test t;

	t_begin(&t, "doit ONE on itself returns every group this kernel was built with");
	td_query(&NL, false, &req, sizeof(req), 65536, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == 1, "error %d, %d tasks", r.error, r.n);
	if (r.n == 1) {
		t_check(&t, r.t[0].msg.pid == (unsigned)getpid() &&
			r.t[0].msg.tgid == (unsigned)getpid(), "pid %u", r.t[0].msg.pid);
		/* AUTOGROUP only for a task in an autogroup (file not empty) */
		struct buf ag;
		uint64_t want = TASK_DIAG_SHOW_ALL;
		read_file("/proc/self/autogroup", &ag);
		if (!nonempty(&ag))
			want &= ~TASK_DIAG_SHOW_AUTOGROUP;
		buf_free(&ag);
		t_check(&t, r.t[0].have == want, "groups %#llx, want %#llx",
			(unsigned long long)r.t[0].have, (unsigned long long)want);
		t_check(&t, r.t[0].msg.state == TASK_DIAG_RUNNING, "state %d", r.t[0].msg.state);
	}
	td_result_free(&r);
	t_end(&t);
}

/*
 * Dump a strategy with all groups and compare every task with /proc.
 * dir_of() names the /proc directory of a task.
 */
struct proc_snap {
	unsigned int key;		/* pid (processes) or tid (threads) */
	struct proc_task p;
};

static void snap_dir(char *dir, size_t len, unsigned int tgid, unsigned int tid, bool threads)
{
	if (threads)
		snprintf(dir, len, "/proc/%u/task/%u", tgid, tid);
	else
		snprintf(dir, len, "/proc/%u", tid);
}

/* /proc read for a set of tasks, sorted by (tgid, tid) */
struct snap {
	struct proc_snap *v;
	int n, cap;
};

static void snap_add(struct snap *s, unsigned int tgid, unsigned int tid, bool threads, int what)
{
	char dir[96];

	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 1024;
		s->v = realloc(s->v, s->cap * sizeof(*s->v));
	}
	snap_dir(dir, sizeof(dir), tgid, tid, threads);
	s->v[s->n].key = tid;
	if (proc_read(dir, &s->v[s->n].p, what))
		s->n++;
	else
		proc_task_free(&s->v[s->n].p);
}

static int cmp_snap(const void *a, const void *b)
{
	return cmp_uint(&((const struct proc_snap *)a)->key, &((const struct proc_snap *)b)->key);
}

/* every process (or every thread) /proc lists now */
static void snap_all(struct snap *s, bool threads, int what)
{
	struct pids procs, tids;
	char dir[64];

	memset(s, 0, sizeof(*s));
	list_dir("/proc", &procs);
	for (int i = 0; i < procs.n; i++) {
		if (!threads) {
			snap_add(s, procs.v[i], procs.v[i], false, what);
			continue;
		}
		snprintf(dir, sizeof(dir), "/proc/%u/task", procs.v[i]);
		list_dir(dir, &tids);
		for (int j = 0; j < tids.n; j++)
			snap_add(s, procs.v[i], tids.v[j], true, what);
		free(tids.v);
	}
	free(procs.v);
	qsort(s->v, s->n, sizeof(*s->v), cmp_snap);
}

static struct proc_task *snap_find(const struct snap *s, unsigned int tid)
{
	struct proc_snap key = { .key = tid }, *f;

	f = bsearch(&key, s->v, s->n, sizeof(*s->v), cmp_snap);
	return f ? &f->p : NULL;
}

static void snap_free(struct snap *s)
{
	for (int i = 0; i < s->n; i++)
		proc_task_free(&s->v[i].p);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

/*
 * Compare every task of r with /proc: a is the /proc read from before the
 * query (the snapshot), b a read after it.  Without a snapshot both reads
 * come after the query, which is only right for idle tasks.
 */
static void compare_result(struct test *t, const struct td_result *r, uint64_t show,
			   bool threads, bool full, int what, const struct snap *before,
			   long *unstable)
{
	for (int i = 0; i < r->n; i++) {
		const struct td_task *td = &r->t[i];
		struct proc_task a, b, *pa = &a;
		char dir[96];

		snap_dir(dir, sizeof(dir), td->msg.tgid, td->msg.pid, threads);
		if (before) {
			pa = snap_find(before, td->msg.pid);
			if (!pa)
				continue;	/* born during the query */
		} else if (!proc_read(dir, &a, what)) {
			continue;	/* gone */
		}
		if (proc_read(dir, &b, what)) {
			struct cmp c = { .t = t, .pid = td->msg.pid,
					 .strict = zoo_idle(td->msg.pid) };
			compare_task(&c, td, pa, &b, show, full);
			*unstable += c.unstable;
		}
		if (!before)
			proc_task_free(&a);
		proc_task_free(&b);
	}
}

/* order and coverage of a process dump against /proc listings */
static void check_listing(struct test *t, const struct td_result *r,
			  const struct pids *before, const struct pids *after,
			  const struct pids *must)
{
	struct pids got = { 0 };

	for (int i = 0; i < r->n; i++) {
		if (i)
			t_check(t, r->t[i].msg.tgid > r->t[i - 1].msg.tgid,
				"order: pid %u after %u", r->t[i].msg.tgid,
				r->t[i - 1].msg.tgid);
		t_check(t, r->t[i].msg.pid == r->t[i].msg.tgid,
			"process entry %u has pid %u", r->t[i].msg.tgid, r->t[i].msg.pid);
		pids_add(&got, r->t[i].msg.tgid);
	}
	qsort(got.v, got.n, sizeof(*got.v), cmp_uint);
	for (int i = 0; i < before->n; i++)
		if (pids_has(after, before->v[i]))
			t_check(t, pids_has(&got, before->v[i]),
				"pid %u is in /proc before and after but not in the dump",
				before->v[i]);
	if (must)
		for (int i = 0; i < must->n; i++)
			t_check(t, pids_has(&got, must->v[i]), "pid %u missing",
				must->v[i]);
	free(got.v);
}

static void test_all_vs_proc(void)
{
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ALL, 0);
	struct pids before, after;
	struct td_result r;
	struct test t;
	long unstable = 0;
	double t0;

	t_begin(&t, "ALL dump of every group equals /proc for every process");
	struct snap snap;
	snap_all(&snap, false, P_ALL);
	list_dir("/proc", &before);
	t0 = now_ms();
	td_query(&NL, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	printf("  ALL with every group: %d processes, %d messages in %d datagrams (largest %zu bytes), %.1f ms\n",
	       r.n, r.messages, r.datagrams, r.max_datagram, now_ms() - t0);
	list_dir("/proc", &after);
	check_proto(&t, &r);
	t_check(&t, r.error == 0, "dump ended with %d", r.error);
	t_check(&t, r.max_datagram <= 32768, "datagram of %zu bytes", r.max_datagram);
	check_listing(&t, &r, &before, &after, &Z.sleepers);
	compare_result(&t, &r, TASK_DIAG_SHOW_ALL, false, true, P_ALL, &snap, &unstable);
	snap_free(&snap);
	printf("  %ld busy fields not judged\n", unstable);

	/* what the zoo was built to show */
	const struct td_task *x;
	if ((x = find_task(&r, Z.pid[Z_ZOMBIE])))
		t_check(&t, x->msg.state == TASK_DIAG_ZOMBIE && x->msg.ppid == (unsigned)Z.pid[Z_ZPARENT],
			"zombie: state %d ppid %u", x->msg.state, x->msg.ppid);
	else
		t_check(&t, false, "zombie %d not reported", Z.pid[Z_ZOMBIE]);
	if ((x = find_task(&r, Z.pid[Z_STOPPED])))
		t_check(&t, x->msg.state == TASK_DIAG_STOPPED, "stopped: state %d", x->msg.state);
	if ((x = find_task(&r, Z.pid[Z_NICED])))
		t_check(&t, x->stat.nice == 7 && x->io.wchar >= 100000,
			"niced: nice %d wchar %llu", x->stat.nice, (unsigned long long)x->io.wchar);
	if ((x = find_task(&r, Z.pid[Z_UID])))
		t_check(&t, x->cred.uid == 1000 && x->cred.fsgid == 1000 && x->ngroups == 3 &&
			x->groups[2] == 3000, "uid task: uid %u groups %d", x->cred.uid, x->ngroups);
	if ((x = find_task(&r, Z.pid[Z_LONGCMD])))
		t_check(&t, x->cmdline.len == strlen(self_exe) + 1 + 8 + 5 + LONG_ARGS * (LONG_ARGLEN + 1) &&
			x->nmsgs > 1 && x->environ.len == 9 + 10001 + 10,
			"long cmdline: %zu bytes in %d messages, environ %zu", x->cmdline.len,
			x->nmsgs, x->environ.len);
	if ((x = find_task(&r, Z.pid[Z_WEIRD])))
		t_check(&t, x->name.len == 10 && !memcmp(x->name.p, "td) x\ny z", 10),
			"weird name \"%s\"", x->name.p);
	if ((x = find_task(&r, Z.pid[Z_CGROUP])))
		t_check(&t, x->cgroup.len && strstr(x->cgroup.p, "0::/tdtest\n"),
			"cgroup \"%s\"", x->cgroup.p ? x->cgroup.p : "");
	if ((x = find_task(&r, Z.pid[Z_SETSID]))) {
		const struct td_task *self = find_task(&r, getpid());
		t_check(&t, (x->have & TASK_DIAG_SHOW_AUTOGROUP) && x->ag.nice == 5 &&
			x->msg.sid == (unsigned)Z.pid[Z_SETSID] &&
			(!self || self->ag.id != x->ag.id),
			"setsid task: autogroup %d nice %d sid %u", x->ag.id, x->ag.nice, x->msg.sid);
	}
	if ((x = find_task(&r, Z.pid[Z_TRACEE])))
		t_check(&t, x->msg.tpid == (unsigned)Z.pid[Z_TRACER], "tracee tpid %u", x->msg.tpid);
	if ((x = find_task(&r, Z.pid[Z_LOGIN])))
		t_check(&t, x->login.loginuid == 1234, "loginuid %u", x->login.loginuid);
	if ((x = find_task(&r, Z.pid[Z_OOMADJ])))
		t_check(&t, x->oom.oom_score_adj == 500 && x->oom.oom_adj == 8,
			"oom_score_adj %d oom_adj %d", x->oom.oom_score_adj, x->oom.oom_adj);
	if ((x = find_task(&r, Z.pid[Z_THREADS])))
		t_check(&t, x->stat.num_threads == 5, "threads %u", x->stat.num_threads);
	if ((x = find_task(&r, Z.pid[Z_TITLE])))
		t_check(&t, x->cmdline.len > 0 && x->cmdline.p[x->cmdline.len - 1] == '\0',
			"proctitle cmdline %zu bytes", x->cmdline.len);
	if ((x = find_task(&r, 2)))	/* kthreadd */
		t_check(&t, x->cmdline.ok && x->cmdline.len == 0 && x->statm.vm_size == 0 &&
			!(x->have & TASK_DIAG_SHOW_SMAPS), "kthreadd: cmdline %zu vm %llu",
			x->cmdline.len, (unsigned long long)x->statm.vm_size);
	free(before.v);
	free(after.v);
	td_result_free(&r);
	t_end(&t);
}

static void test_children(void)
{
	pid_t parents[] = { Z.pid[Z_SPAWNER], getpid(), 1, Z.pid[Z_ZPARENT] };
	struct test t;

	t_begin(&t, "CHILDREN lists exactly the children /proc shows, ascending");
	for (size_t k = 0; k < ARRAY_SIZE(parents); k++) {
		struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_CHILDREN, parents[k]);
		struct pids all, want = { 0 };
		struct td_result r;

		td_query(&NL, true, &req, sizeof(req), 8192, &r, NULL, NULL);
		list_dir("/proc", &all);
		for (int i = 0; i < all.n; i++) {
			struct proc_task p;
			char dir[64];
			snprintf(dir, sizeof(dir), "/proc/%u", all.v[i]);
			if (proc_read(dir, &p, 0) && p.f[4] == (unsigned long long)parents[k])
				pids_add(&want, all.v[i]);
			proc_task_free(&p);
		}
		check_proto(&t, &r);
		t_check(&t, r.error == 0, "error %d", r.error);
		/* the driver's own children may change: only idle parents must match exactly */
		if (parents[k] != getpid())
			t_check(&t, r.n == want.n, "parent %d: %d children, /proc has %d",
				parents[k], r.n, want.n);
		for (int i = 0; i < r.n; i++) {
			t_check(&t, r.t[i].msg.ppid == (unsigned)parents[k], "child %u has ppid %u",
				r.t[i].msg.pid, r.t[i].msg.ppid);
			if (i)
				t_check(&t, r.t[i].msg.pid > r.t[i - 1].msg.pid, "order");
			if (parents[k] != getpid())
				t_check(&t, i < want.n && r.t[i].msg.pid == want.v[i],
					"child #%d: %u, /proc %u", i, r.t[i].msg.pid,
					i < want.n ? want.v[i] : 0);
		}
		free(all.v);
		free(want.v);
		td_result_free(&r);
	}
	t_end(&t);
}

static void test_one(void)
{
	pid_t who[] = { 1, Z.pid[Z_ZOMBIE], Z.pid[Z_THREADS], Z.pid[Z_UID], Z.pid[Z_WEIRD], Z.pid[Z_STOPPED] };
	struct test t;
	long unstable = 0;

	t_begin(&t, "ONE, by dump and by doit, equals /proc/PID");
	for (size_t k = 0; k < ARRAY_SIZE(who); k++)
		for (int dump = 0; dump < 2; dump++) {
			struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, who[k]);
			struct td_result r;

			td_query(&NL, dump, &req, sizeof(req), 16384, &r, NULL, NULL);
			check_proto(&t, &r);
			t_check(&t, r.error == 0 && r.n == 1 && r.t[0].msg.pid == (unsigned)who[k],
				"%s ONE %d: error %d, %d tasks", dump ? "dump" : "doit", who[k], r.error, r.n);
			compare_result(&t, &r, TASK_DIAG_SHOW_ALL, false, true, P_ALL, NULL, &unstable);
			td_result_free(&r);
		}
	/* a thread id: like /proc/TID, the thread with thread-group values */
	struct pids tids;
	char dir[64];
	snprintf(dir, sizeof(dir), "/proc/%d/task", Z.pid[Z_THREADS]);
	list_dir(dir, &tids);
	if (t_check(&t, tids.n == 5, "%d threads", tids.n)) {
		struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, tids.v[3]);
		struct td_result r;

		td_query(&NL, false, &req, sizeof(req), 16384, &r, NULL, NULL);
		t_check(&t, r.n == 1 && r.t[0].msg.pid == tids.v[3] &&
			r.t[0].msg.tgid == (unsigned)Z.pid[Z_THREADS], "ONE of a tid");
		compare_result(&t, &r, TASK_DIAG_SHOW_ALL, false, true, P_ALL, NULL, &unstable);
		td_result_free(&r);
	}
	free(tids.v);
	t_end(&t);
}

static void test_threads(void)
{
	struct test t;
	long unstable = 0;
	struct pids tids;
	char dir[64];

	t_begin(&t, "THREAD lists the threads of /proc/PID/task, per-thread values");
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_THREAD, Z.pid[Z_THREADS]);
	struct td_result r;
	snprintf(dir, sizeof(dir), "/proc/%d/task", Z.pid[Z_THREADS]);
	list_dir(dir, &tids);
	td_query(&NL, true, &req, sizeof(req), 8192, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == tids.n, "error %d, %d threads, /proc %d", r.error, r.n, tids.n);
	for (int i = 0; i < r.n && i < tids.n; i++)
		t_check(&t, r.t[i].msg.pid == tids.v[i] &&
			r.t[i].msg.tgid == (unsigned)Z.pid[Z_THREADS],
			"thread #%d: %u/%u, /proc %u", i, r.t[i].msg.tgid, r.t[i].msg.pid, tids.v[i]);
	compare_result(&t, &r, TASK_DIAG_SHOW_ALL, true, true, P_ALL, NULL, &unstable);
	bool named = false;
	for (int i = 0; i < r.n; i++)
		named |= !strcmp(r.t[i].msg.comm, "td-worker");
	t_check(&t, named, "no thread named td-worker");
	td_result_free(&r);
	free(tids.v);
	t_end(&t);

	t_begin(&t, "ALL_THREAD lists every thread of every process, by tgid then tid");
	req = mkreq(TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_NAME, TASK_DIAG_DUMP_ALL_THREAD, 0);
	struct pids procs;
	struct snap snap;
	snap_all(&snap, true, 0);
	list_dir("/proc", &procs);
	td_query(&NL, true, &req, sizeof(req), 16384, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0, "error %d", r.error);
	for (int i = 1; i < r.n; i++) {
		const struct task_diag_msg *p = &r.t[i - 1].msg, *q = &r.t[i].msg;
		t_check(&t, q->tgid > p->tgid || (q->tgid == p->tgid && q->pid > p->pid),
			"order: %u/%u after %u/%u", q->tgid, q->pid, p->tgid, p->pid);
	}
	/* every thread of every idle zoo process is there */
	int want = 0, got = 0;
	for (int i = 0; i < procs.n; i++) {
		if (!zoo_idle(procs.v[i]))
			continue;
		snprintf(dir, sizeof(dir), "/proc/%u/task", procs.v[i]);
		list_dir(dir, &tids);
		for (int j = 0; j < tids.n; j++) {
			want++;
			for (int k = 0; k < r.n; k++)
				if (r.t[k].msg.pid == tids.v[j] && r.t[k].msg.tgid == procs.v[i]) {
					got++;
					break;
				}
		}
		free(tids.v);
	}
	t_check(&t, want > 100 && got == want, "%d of %d zoo threads", got, want);
	compare_result(&t, &r, req.show_flags, true, true, 0, &snap, &unstable);
	snap_free(&snap);
	free(procs.v);
	td_result_free(&r);
	t_end(&t);
}

static void test_continuations(void)
{
	struct test t;

	t_begin(&t, "128 KiB and 1.25 MiB command lines arrive whole, in bounded messages");
	struct buf want;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/cmdline", Z.pid[Z_LONGCMD]);
	read_file(path, &want);
	t_check(&t, want.len > LONG_ARGS * LONG_ARGLEN, "/proc cmdline %zu bytes", want.len);
	size_t bufs[] = { 4096, 8192, 32768 };
	for (size_t i = 0; i < ARRAY_SIZE(bufs); i++) {
		struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_CMDLINE | TASK_DIAG_SHOW_ENVIRON |
						 TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_EXE,
						 TASK_DIAG_DUMP_ONE, Z.pid[Z_LONGCMD]);
		struct td_result r;
		struct nl fresh;

		/* a fresh socket: netlink sizes dump skbs after the largest
		 * recv() buffer a socket has used */
		if (nl_open(&fresh))
			die("nl_open");
		td_query(&fresh, true, &req, sizeof(req), bufs[i], &r, NULL, NULL);
		close(fresh.fd);
		check_proto(&t, &r);
		t_check(&t, r.error == 0 && r.n == 1, "rcvbuf %zu: error %d, %d tasks", bufs[i], r.error, r.n);
		if (r.n == 1) {
			t_check(&t, r.t[0].cmdline.len == want.len &&
				!memcmp(r.t[0].cmdline.p, want.p, want.len),
				"rcvbuf %zu: %zu bytes, /proc %zu", bufs[i], r.t[0].cmdline.len, want.len);
			t_check(&t, r.t[0].nmsgs >= (int)(want.len / 32768) + 1,
				"%d messages for %zu bytes", r.t[0].nmsgs, want.len);
			t_check(&t, r.t[0].have == req.show_flags, "groups %#llx",
				(unsigned long long)r.t[0].have);
		}
		t_check(&t, r.max_datagram <= (bufs[i] > 4096 ? bufs[i] : 4096),
			"datagram %zu bytes for rcvbuf %zu", r.max_datagram, bufs[i]);
		td_result_free(&r);
	}
	/* doit: one message, however large */
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_CMDLINE, TASK_DIAG_DUMP_ONE, Z.pid[Z_LONGCMD]);
	struct td_result r;
	td_query(&NL, false, &req, sizeof(req), 4096, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == 1 && r.messages == 1 && r.t[0].cmdline.len == want.len &&
		!memcmp(r.t[0].cmdline.p, want.p, want.len),
		"doit: error %d, %d messages, %zu bytes", r.error, r.messages,
		r.n ? r.t[0].cmdline.len : 0);
	td_result_free(&r);
	buf_free(&want);

	/* 1.25 MiB: a dump sends it all; doit leaves it out rather than
	 * growing a message past 1 MiB, and still answers the rest */
	snprintf(path, sizeof(path), "/proc/%d/cmdline", Z.pid[Z_HUGECMD]);
	read_file(path, &want);
	t_check(&t, want.len > HUGE_ARGS * HUGE_ARGLEN, "/proc cmdline %zu bytes", want.len);
	req = mkreq(TASK_DIAG_SHOW_CMDLINE | TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_ONE, Z.pid[Z_HUGECMD]);
	td_query(&NL, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == 1 && r.t[0].cmdline.len == want.len &&
		!memcmp(r.t[0].cmdline.p, want.p, want.len) && r.max_datagram <= 32768,
		"dump: error %d, %zu bytes, /proc %zu, datagrams up to %zu", r.error,
		r.n ? r.t[0].cmdline.len : 0, want.len, r.max_datagram);
	td_result_free(&r);
	td_query(&NL, false, &req, sizeof(req), 4096, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == 1 && r.t[0].have == TASK_DIAG_SHOW_STAT &&
		r.max_datagram < 1024 * 1024,
		"doit: error %d, groups %#llx, %zu bytes", r.error,
		r.n ? (unsigned long long)r.t[0].have : 0ULL, r.max_datagram);
	td_result_free(&r);
	buf_free(&want);
	t_end(&t);
}

/* kill the task whose command line is half sent, once, after round one */
struct kill_mid {
	pid_t pid;
	int rounds;
};

static void kill_after_first(const struct td_result *r, void *arg)
{
	struct kill_mid *k = arg;

	if (k->rounds++ == 0 && r->n > 0) {
		kill(k->pid, SIGKILL);
		waitpid(k->pid, NULL, 0);
	}
}

/* a task that exits while its continuation is pending is reported gone */
static void test_gone(void)
{
	struct test t;
	struct kill_mid k = { 0 };
	struct td_result r;
	struct nl fresh;
	char **argv = calloc(LONG_ARGS + 4, sizeof(char *));

	t_begin(&t, "a task that exits between rounds of its own message is dropped (TASK_DIAG_GONE)");
	argv[0] = self_exe;
	argv[1] = "--sleep";
	argv[2] = "gone";
	for (int i = 0; i < LONG_ARGS; i++)
		argv[3 + i] = Z.longarg;
	k.pid = exec_child(argv, false);
	free(argv);
	wait_exec(k.pid);

	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_CMDLINE, TASK_DIAG_DUMP_ONE, k.pid);
	if (nl_open(&fresh))
		die("nl_open");
	td_query(&fresh, true, &req, sizeof(req), 4096, &r, kill_after_first, &k);
	close(fresh.fd);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.gone == 1 && r.n == 0,
		"error %d, %d gone, %d tasks left, %d rounds", r.error, r.gone, r.n, k.rounds);
	td_result_free(&r);
	t_end(&t);
}

/* an exe path of 4 KiB: whole in doit and 32 KiB dumps, left out of 4 KiB ones */
static void test_long_exe(void)
{
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_EXE | TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_NAME,
					 TASK_DIAG_DUMP_ONE, Z.pid[Z_DEEPEXE]);
	size_t want = strlen(Z.deep_exe);
	struct td_result r;
	struct test t;
	struct nl fresh;

	t_begin(&t, "an exe path too long for a 4 KiB message is left out there, whole elsewhere");
	t_check(&t, want > 4030, "the path is only %zu bytes", want);
	for (int how = 0; how < 3; how++) {
		bool small = how == 2;

		if (small && nl_open(&fresh))
			die("nl_open");
		td_query(small ? &fresh : &NL, how != 0, &req, sizeof(req), small ? 4096 : 32768,
			 &r, NULL, NULL);
		if (small)
			close(fresh.fd);
		check_proto(&t, &r);
		t_check(&t, r.error == 0 && r.n == 1, "way %d: error %d, %d tasks", how, r.error, r.n);
		if (r.n != 1) {
			td_result_free(&r);
			continue;
		}
		uint64_t groups = req.show_flags & ~(small ? TASK_DIAG_SHOW_EXE : 0);
		t_check(&t, r.t[0].have == groups, "way %d: groups %#llx, want %#llx", how,
			(unsigned long long)r.t[0].have, (unsigned long long)groups);
		if (!small)
			t_check(&t, r.t[0].exe.len == want + 1 && !strcmp(r.t[0].exe.p, Z.deep_exe),
				"way %d: exe of %zu bytes", how, r.t[0].exe.len);
		else
			t_check(&t, r.max_datagram <= 4096, "datagram of %zu bytes", r.max_datagram);
		td_result_free(&r);
	}
	t_end(&t);
}

static void test_errors(void)
{
	struct test t;
	struct td_result r;
	struct task_diag_pid req;
	pid_t gone = fork_or_die();

	if (gone == 0)
		_exit(0);
	waitpid(gone, NULL, 0);

	t_begin(&t, "errors: ESRCH for missing pids, EINVAL for bad requests");
	for (int dump = 0; dump < 2; dump++) {
		uint64_t strategies[] = { TASK_DIAG_DUMP_ONE, TASK_DIAG_DUMP_CHILDREN, TASK_DIAG_DUMP_THREAD };
		for (size_t i = 0; i < ARRAY_SIZE(strategies); i++) {
			if (!dump && strategies[i] != TASK_DIAG_DUMP_ONE)
				continue;
			pid_t pids[] = { gone, 0, 4000000 };
			for (size_t j = 0; j < ARRAY_SIZE(pids); j++) {
				req = mkreq(TASK_DIAG_SHOW_ALL, strategies[i], pids[j]);
				td_query(&NL, dump, &req, sizeof(req), 8192, &r, NULL, NULL);
				t_check(&t, r.error == -ESRCH && r.n == 0,
					"%s strategy %llu pid %d: error %d, %d tasks", dump ? "dump" : "doit",
					(unsigned long long)strategies[i], pids[j], r.error, r.n);
				td_result_free(&r);
			}
		}
		req = mkreq(0, 5, 1);
		td_query(&NL, dump, &req, sizeof(req), 8192, &r, NULL, NULL);
		t_check(&t, r.error == -EINVAL, "strategy 5: %d", r.error);
		td_result_free(&r);
		req = mkreq(0, 1ULL << 32, 1);
		td_query(&NL, dump, &req, sizeof(req), 8192, &r, NULL, NULL);
		t_check(&t, r.error == -EINVAL, "strategy 2^32: %d", r.error);
		td_result_free(&r);
		req = mkreq(0, TASK_DIAG_DUMP_ONE, 1);
		req.__reserved = 1;
		td_query(&NL, dump, &req, sizeof(req), 8192, &r, NULL, NULL);
		t_check(&t, r.error == -EINVAL, "reserved: %d", r.error);
		td_result_free(&r);
		req = mkreq(0, TASK_DIAG_DUMP_ONE, 1);
		td_query(&NL, dump, &req, 20, 8192, &r, NULL, NULL);
		t_check(&t, r.error == -EINVAL, "20-byte attribute: %d", r.error);
		td_result_free(&r);
		td_query(&NL, dump, &req, -1, 8192, &r, NULL, NULL);
		t_check(&t, r.error == -EINVAL, "no attribute: %d", r.error);
		td_result_free(&r);
		/* unknown show bits are ignored */
		req = mkreq(TASK_DIAG_SHOW_STAT | (1ULL << 40) | (1ULL << 63), TASK_DIAG_DUMP_ONE, 1);
		td_query(&NL, dump, &req, sizeof(req), 8192, &r, NULL, NULL);
		t_check(&t, r.error == 0 && r.n == 1 && r.t[0].have == TASK_DIAG_SHOW_STAT,
			"unknown show bits: error %d, %d tasks", r.error, r.n);
		td_result_free(&r);
	}
	req = mkreq(0, TASK_DIAG_DUMP_ALL, 0);
	td_query(&NL, false, &req, sizeof(req), 8192, &r, NULL, NULL);
	t_check(&t, r.error == -EINVAL, "doit with ALL: %d", r.error);
	td_result_free(&r);
	t_end(&t);
}

/*
 * Run fn(arg) in a child that must not go @secs seconds (0: no limit)
 * without a check made or a file read: a dump that waits on a lock would
 * never end, and does neither while it waits (the child is killed then).
 * A slow one, on a busy host, goes on.  Its tests count in the shared
 * results.
 */
static void with_deadline(const char *what, int secs, void (*fn)(void *), void *arg)
{
	pid_t pid = fork_or_die();
	long seen = __atomic_load_n(&R->progress, __ATOMIC_RELAXED);
	double since = now_ms();
	int status;

	if (pid == 0) {
		fn(arg);
		fflush(stdout);
		_exit(0);
	}
	while (waitpid(pid, &status, secs > 0 ? WNOHANG : 0) != pid) {
		long now = __atomic_load_n(&R->progress, __ATOMIC_RELAXED);

		if (now != seen) {
			seen = now;
			since = now_ms();
		} else if (secs > 0 && now_ms() - since > secs * 1e3) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			printf("FAIL: %s (no check made, no file read for %d s: task_diag waits)\n",
			       what, secs);
			__atomic_fetch_add(&R->failed, 1, __ATOMIC_SEQ_CST);
			return;
		}
		if (secs > 0)
			usleep(20000);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("FAIL: %s (test child died, status %#x)\n", what, status);
		__atomic_fetch_add(&R->failed, 1, __ATOMIC_SEQ_CST);
	}
}

/* run fn in a child; its tests count in the shared results */
static void in_child(void (*fn)(void *), void *arg)
{
	with_deadline("test child", 0, fn, arg);
}

static void unprivileged(void *arg)
{
	struct test t;
	struct td_result r;
	long unstable = 0;
	gid_t g = 1000;

	if (setgroups(1, &g) || setresgid(1000, 1000, 1000) || setresuid(1000, 1000, 1000))
		die("setresuid");
	t_begin(&t, "unprivileged: other users' tasks show only MSG, STAT, NAME and FDS, as /proc");
	if (nl_open(&NL)) {
		t_check(&t, false, "nl_open as uid 1000");
		t_end(&t);
		return;
	}
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ALL, 0);
	struct snap snap;
	snap_all(&snap, false, 0);
	td_query(&NL, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n > Z.sleepers.n, "error %d, %d tasks", r.error, r.n);
	int mine = 0, others = 0;
	for (int i = 0; i < r.n; i++) {
		const struct td_task *td = &r.t[i];
		struct proc_task *a = snap_find(&snap, td->msg.pid), b;
		char dir[64];

		snprintf(dir, sizeof(dir), "/proc/%u", td->msg.pid);
		if (!a || !proc_read(dir, &b, 0))
			continue;
		bool own = (td->msg.pid == (unsigned)getpid() || td->msg.pid == (unsigned)Z.pid[Z_UID]);
		if (own) {
			mine++;
			t_check(&t, (td->have & TASK_DIAG_SHOW_CRED) && td->cred.uid == 1000,
				"own task %u: groups %#llx", td->msg.pid, (unsigned long long)td->have);
		} else if (a->uid[0] == 0) {
			others++;
			t_check(&t, td->have == TD_PUBLIC,
				"root's task %u: groups %#llx", td->msg.pid, (unsigned long long)td->have);
			t_check(&t, td->stat.kstk_esp == 0 && td->stat.kstk_eip == 0 &&
				td->stat.start_stack == 0 && td->stat.exit_code == 0 &&
				td->stat.wchan == 0 &&
				(td->stat.vsize == 0 || td->stat.start_code == 1),
				"root's task %u: stack/code fields not hidden", td->msg.pid);
			struct cmp c = { .t = &t, .pid = td->msg.pid, .strict = false };
			compare_task(&c, td, a, &b, TASK_DIAG_SHOW_ALL, false);
			unstable += c.unstable;
		}
		proc_task_free(&b);
	}
	snap_free(&snap);
	t_check(&t, mine == 2 && others >= Z.sleepers.n, "%d own tasks, %d of root's", mine, others);
	td_result_free(&r);

	/* doit on pid 1 */
	req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, 1);
	td_query(&NL, false, &req, sizeof(req), 8192, &r, NULL, NULL);
	t_check(&t, r.n == 1 && r.t[0].have == TD_PUBLIC,
		"doit ONE 1 as uid 1000");
	td_result_free(&r);
	t_end(&t);
}

static void test_unprivileged(void)
{
	in_child(unprivileged, NULL);
}

/*
 * A socket opened by uid 1000 and used by root (as when a setuid program
 * writes into a descriptor it was handed): the answer is the opener's view.
 */
static void test_opener(void)
{
	struct test t;
	int sp[2];

	t_begin(&t, "a socket opened by an unprivileged user gives root no more than that user");
	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sp))
		die("socketpair");
	pid_t pid = fork_or_die();
	if (pid == 0) {
		struct nl nl;
		char cbuf[CMSG_SPACE(sizeof(int))] = { 0 };
		struct iovec iov = { .iov_base = "x", .iov_len = 1 };
		struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
				     .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
		gid_t g = 1000;

		if (setgroups(1, &g) || setresgid(1000, 1000, 1000) ||
		    setresuid(1000, 1000, 1000) || nl_open(&nl))
			_exit(1);
		struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
		cm->cmsg_level = SOL_SOCKET;
		cm->cmsg_type = SCM_RIGHTS;
		cm->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(cm), &nl.fd, sizeof(int));
		_exit(sendmsg(sp[1], &mh, 0) == 1 ? 0 : 1);
	}
	char cbuf[CMSG_SPACE(sizeof(int))], c;
	struct iovec iov = { .iov_base = &c, .iov_len = 1 };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
			     .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	struct nl nl = { .family = NL.family };
	int status;

	if (recvmsg(sp[0], &mh, 0) == 1 && CMSG_FIRSTHDR(&mh))
		memcpy(&nl.fd, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof(int));
	waitpid(pid, &status, 0);
	close(sp[0]);
	close(sp[1]);
	if (!t_check(&t, nl.fd > 0, "no socket from the uid 1000 child")) {
		t_end(&t);
		return;
	}
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ALL, 0);
	struct td_result r;
	td_query(&nl, true, &req, sizeof(req), 16384, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n > Z.sleepers.n, "error %d, %d tasks", r.error, r.n);
	int hidden = 0, seen = 0;
	for (int i = 0; i < r.n; i++) {
		const struct td_task *x = &r.t[i];
		if (x->msg.pid == (unsigned)Z.pid[Z_UID]) {
			seen++;
			t_check(&t, x->have & TASK_DIAG_SHOW_CRED, "uid 1000's own task hidden");
		} else if (x->msg.pid == 1 || x->msg.pid == (unsigned)getpid() ||
			   pids_has(&Z.sleepers, x->msg.pid)) {
			hidden++;
			t_check(&t, x->have == TD_PUBLIC,
				"root's task %u: groups %#llx through uid 1000's socket",
				x->msg.pid, (unsigned long long)x->have);
		}
	}
	t_check(&t, seen == 1 && hidden > Z.sleepers.n / 2, "%d own, %d root tasks", seen, hidden);
	td_result_free(&r);
	req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, getpid());
	td_query(&nl, false, &req, sizeof(req), 8192, &r, NULL, NULL);
	t_check(&t, r.n == 1 && r.t[0].have == TD_PUBLIC,
		"doit ONE of root's own driver through uid 1000's socket: groups %#llx",
		r.n ? (unsigned long long)r.t[0].have : 0ULL);
	td_result_free(&r);
	close(nl.fd);
	t_end(&t);
}

/* inside a new pid namespace (this is its init) */
static int pidns_init(void *arg)
{
	int *ready = arg;
	struct test t;
	struct td_result r;
	pid_t kids[3];

	t_begin(&t, "pid namespace: a requester in a child pid namespace sees its pids only");
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) ||
	    mount("proc", "/proc", "proc", 0, NULL))
		t_check(&t, false, "mount proc: %s", strerror(errno));
	for (int i = 0; i < 3; i++) {
		kids[i] = fork();
		if (kids[i] == 0) {
			prctl(PR_SET_NAME, "td-nschild");
			for (;;)
				pause();
		}
	}
	usleep(100000);
	if (nl_open(&NL))
		t_check(&t, false, "nl_open in the pid namespace");
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_NAME | TASK_DIAG_SHOW_CRED,
					 TASK_DIAG_DUMP_ALL, 0);
	struct snap snap;
	snap_all(&snap, false, 0);
	td_query(&NL, true, &req, sizeof(req), 8192, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == 4, "error %d, %d tasks (want 4)", r.error, r.n);
	for (int i = 0; i < r.n; i++) {
		unsigned int want = i == 0 ? 1 : (unsigned)kids[i - 1];
		t_check(&t, r.t[i].msg.pid == want && r.t[i].msg.tgid == want,
			"task #%d is %u, want %u", i, r.t[i].msg.pid, want);
		t_check(&t, r.t[i].msg.ppid == (i == 0 ? 0u : 1u), "task %u ppid %u",
			r.t[i].msg.pid, r.t[i].msg.ppid);
		t_check(&t, r.t[i].msg.sid == 0 && r.t[i].msg.pgid == 0,
			"task %u sid %u pgid %u: outside the namespace they are 0", r.t[i].msg.pid,
			r.t[i].msg.sid, r.t[i].msg.pgid);
	}
	long unstable = 0;
	compare_result(&t, &r, req.show_flags, false, true, 0, &snap, &unstable);
	snap_free(&snap);
	td_result_free(&r);
	/* the parent namespace's pids do not exist here */
	req = mkreq(0, TASK_DIAG_DUMP_ONE, 200);
	td_query(&NL, false, &req, sizeof(req), 8192, &r, NULL, NULL);
	t_check(&t, r.error == -ESRCH, "ONE 200 in the namespace: %d", r.error);
	td_result_free(&r);
	req = mkreq(0, TASK_DIAG_DUMP_CHILDREN, 1);
	td_query(&NL, true, &req, sizeof(req), 8192, &r, NULL, NULL);
	t_check(&t, r.error == 0 && r.n == 3, "CHILDREN of 1: %d", r.n);
	td_result_free(&r);
	t_end(&t);
	*ready = 1;
	for (;;)
		pause();
	return 0;
}

static void test_pidns(void)
{
	static char stack[256 * 1024];
	int *ready = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	struct test t;

	fflush(stdout);
	pid_t pid = clone(pidns_init, stack + sizeof(stack),
			  CLONE_NEWPID | CLONE_NEWNS | SIGCHLD, ready);
	if (pid < 0)
		die("clone(CLONE_NEWPID)");
	for (int i = 0; i < 3000 && !*ready; i++)
		usleep(10000);
	Z.pid[Z_NSINIT] = pid;

	t_begin(&t, "pid namespace: the parent namespace sees the same tasks by its own pids");
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_NS, TASK_DIAG_DUMP_CHILDREN, pid);
	struct td_result r;
	td_query(&NL, true, &req, sizeof(req), 8192, &r, NULL, NULL);
	t_check(&t, *ready && r.error == 0 && r.n == 3, "error %d, %d children", r.error, r.n);
	for (int i = 0; i < r.n; i++) {
		char path[64], link[64];
		snprintf(path, sizeof(path), "/proc/self/ns/pid");
		ssize_t n = readlink(path, link, sizeof(link) - 1);
		link[n > 0 ? n : 0] = '\0';
		t_check(&t, r.t[i].msg.ppid == (unsigned)pid && r.t[i].msg.pid > 100 &&
			r.t[i].ns.ino[TASK_DIAG_NS_PID] != strtoull(strchr(link, '[') + 1, NULL, 10),
			"child %u ppid %u", r.t[i].msg.pid, r.t[i].msg.ppid);
	}
	td_result_free(&r);
	t_end(&t);
}

/* ------------------------------------------------------------------ */
/* hidepid: task_diag shows a requester no task its /proc hides          */

/* where the requester runs */
enum hp_where {
	HP_MAIN,	/* the VM's own /proc, as it is */
	HP_MOUNT,	/* a private mount namespace with a new procfs on /proc */
	HP_CHROOT,	/* a root with nothing at /proc */
	HP_TMPFS,	/* a root with a tmpfs at /proc */
	HP_OTHERNS,	/* a procfs of another pid namespace at /proc */
};

struct hp_case {
	const char *name;
	enum hp_where where;
	const char *opts;	/* HP_MOUNT: procfs mount options */
	bool root;		/* the requester stays root, else uid 1000 */
	bool in_gid;		/* uid 1000 is also in group 3000 */
	bool visible;		/* other users' tasks are reported */
};

static void hp_trust_no_proc(bool on)
{
	write_str("/sys/module/task_diag/parameters/trust_no_proc", on ? "Y" : "N");
}

static void c_hp_child(void *arg)
{
	bool dumpable = arg != NULL;

	prctl(PR_SET_DUMPABLE, dumpable ? 1 : 0);
	prctl(PR_SET_NAME, dumpable ? "td-hp-child" : "td-hp-nodump");
}

/* pid 1 of a new pid namespace: its procfs over the parent's /proc */
static void c_ns_proc(void *arg)
{
	(void)arg;
	/* the requester, uid 1000 by then, cannot kill it */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (mount("proc", "/proc", "proc", 0, NULL))
		die("mount proc in the new pid namespace");
}

/* the requester's own children: one plain, one not dumpable */
static pid_t hp_child(bool dumpable)
{
	return start_child(c_hp_child, dumpable ? (void *)1 : NULL);
}

/* /proc/PID/stat readable by the requester: what /proc lets it see */
static bool hp_proc_sees(unsigned int pid)
{
	char path[64];
	int fd;

	snprintf(path, sizeof(path), "/proc/%u/stat", pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return false;
	close(fd);
	return true;
}

static void hp_readable(struct pids *out)
{
	struct pids all;

	list_dir("/proc", &all);
	memset(out, 0, sizeof(*out));
	for (int i = 0; i < all.n; i++)
		if (hp_proc_sees(all.v[i]))
			pids_add(out, all.v[i]);
	free(all.v);
}

/* query and collect the tgids (or tids) of the answer, sorted */
static int hp_query(bool dump, uint64_t show, uint64_t strategy, uint32_t pid,
		    struct pids *tgids, struct pids *tids, struct test *t)
{
	struct task_diag_pid req = mkreq(show, strategy, pid);
	struct td_result r;
	int err;

	td_query(&NL, dump, &req, sizeof(req), 16384, &r, NULL, NULL);
	check_proto(t, &r);
	err = r.error;
	if (tgids)
		memset(tgids, 0, sizeof(*tgids));
	if (tids)
		memset(tids, 0, sizeof(*tids));
	for (int i = 0; i < r.n; i++) {
		if (tgids && (!tgids->n || tgids->v[tgids->n - 1] != r.t[i].msg.tgid))
			pids_add(tgids, r.t[i].msg.tgid);
		if (tids)
			pids_add(tids, r.t[i].msg.pid);
		/* what a visible task of another user may show: as /proc */
		if (r.t[i].msg.tgid == 1 && (show & TASK_DIAG_SHOW_ALL))
			t_check(t, !(r.t[i].have & ~TD_PUBLIC) || getuid() == 0,
				"pid 1 showed groups %#llx", (unsigned long long)r.t[i].have);
	}
	if (tgids)
		qsort(tgids->v, tgids->n, sizeof(*tgids->v), cmp_uint);
	if (tids)
		qsort(tids->v, tids->n, sizeof(*tids->v), cmp_uint);
	td_result_free(&r);
	return err;
}

static void hp_requester(void *arg)
{
	const struct hp_case *hc = arg;
	bool vis = hc->visible || hc->root;
	pid_t self = getpid(), nsproc = 0;
	struct test t;

	t_begin(&t, hc->name);
	if (hc->where != HP_MAIN &&
	    (unshare(CLONE_NEWNS) || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)))
		die("unshare(CLONE_NEWNS)");
	switch (hc->where) {
	case HP_MAIN:
		break;
	case HP_MOUNT:
		if (mount("proc", "/proc", "proc", 0, hc->opts))
			die("mount proc");
		break;
	case HP_CHROOT:
	case HP_TMPFS:
		mkdir("/tmp/hp-root", 0755);
		mkdir("/tmp/hp-root/proc", 0755);
		if (hc->where == HP_TMPFS &&
		    mount("tmpfs", "/tmp/hp-root/proc", "tmpfs", 0, NULL))
			die("mount tmpfs");
		if (chroot("/tmp/hp-root") || chdir("/"))
			die("chroot");
		break;
	case HP_OTHERNS:
		/* a child in a new pid namespace mounts its procfs on our /proc */
		if (unshare(CLONE_NEWPID))
			die("unshare(CLONE_NEWPID)");
		nsproc = start_child(c_ns_proc, NULL);
		break;
	}
	if (!hc->root) {
		gid_t g[] = { 1000, 3000 };

		if (setgroups(hc->in_gid ? 2 : 1, g) || setresgid(1000, 1000, 1000) ||
		    setresuid(1000, 1000, 1000))
			die("setresuid");
		prctl(PR_SET_DUMPABLE, 1);	/* as after an exec */
	}
	pid_t kid = hp_child(true), nodump = hp_child(false);
	if (nl_open(&NL)) {
		t_check(&t, false, "nl_open");
		goto out;
	}

	/* ALL, ids only (no group asked: the cheapest path checks too) and every group */
	struct pids before = { 0 }, after = { 0 }, got, got2, tids;
	bool procfs = hc->where == HP_MOUNT || hc->where == HP_MAIN;
	if (procfs)
		hp_readable(&before);
	int err = hp_query(true, 0, TASK_DIAG_DUMP_ALL, 0, &got, NULL, &t);
	if (procfs)
		hp_readable(&after);
	t_check(&t, err == 0, "ALL: error %d", err);
	t_check(&t, pids_has(&got, self) && pids_has(&got, kid) &&
		pids_has(&got, Z.pid[Z_UID]), "ALL: own tasks missing");
	t_check(&t, pids_has(&got, 1) == vis, "ALL: pid 1 %s", vis ? "hidden" : "shown");
	t_check(&t, pids_has(&got, nodump) == vis, "ALL: undumpable child %s",
		vis ? "hidden" : "shown");
	if (vis)
		t_check(&t, got.n > Z.sleepers.n, "ALL: %d tasks", got.n);
	else
		t_check(&t, got.n == 3, "ALL: %d tasks, want the 3 of uid 1000", got.n);
	/* the same tasks as /proc lets this requester read, where there is one */
	if (procfs) {
		for (int i = 0; i < before.n; i++)
			if (pids_has(&after, before.v[i]))
				t_check(&t, pids_has(&got, before.v[i]),
					"/proc shows %u, task_diag does not", before.v[i]);
		for (int i = 0; i < got.n; i++)
			t_check(&t, pids_has(&before, got.v[i]) || pids_has(&after, got.v[i]),
				"task_diag shows %u, /proc does not", got.v[i]);
	}
	free(before.v);
	free(after.v);
	err = hp_query(true, TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ALL, 0, &got2, NULL, &t);
	t_check(&t, err == 0 && pids_has(&got2, 1) == vis && pids_has(&got2, nodump) == vis &&
		pids_has(&got2, self) && (vis || got2.n == 3),
		"ALL with every group: error %d, %d tasks", err, got2.n);
	free(got2.v);

	/* ALL_THREAD: the threads of the same processes */
	err = hp_query(true, TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_ALL_THREAD, 0, &got2, &tids, &t);
	t_check(&t, err == 0 && pids_has(&got2, Z.pid[Z_THREADS]) == vis &&
		pids_has(&got2, nodump) == vis && pids_has(&got2, self) && (vis || got2.n == 3),
		"ALL_THREAD: error %d, %d processes", err, got2.n);
	t_check(&t, vis ? tids.n >= got.n + 4 : tids.n == 3, "ALL_THREAD: %d threads", tids.n);
	free(got2.v);
	free(tids.v);
	free(got.v);

	/* CHILDREN: of a hidden parent none (ESRCH), of its own the visible ones */
	err = hp_query(true, 0, TASK_DIAG_DUMP_CHILDREN, 1, &got, NULL, &t);
	t_check(&t, vis ? err == 0 && got.n > 0 : err == -ESRCH && got.n == 0,
		"CHILDREN of 1: error %d, %d tasks", err, got.n);
	free(got.v);
	err = hp_query(true, 0, TASK_DIAG_DUMP_CHILDREN, Z.pid[Z_SPAWNER], &got, NULL, &t);
	t_check(&t, vis ? err == 0 && got.n > 0 : err == -ESRCH && got.n == 0,
		"CHILDREN of the spawner: error %d, %d tasks", err, got.n);
	free(got.v);
	err = hp_query(true, TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_CHILDREN, self, &got, NULL, &t);
	/* its children: the two, and the other pid namespace's init */
	t_check(&t, err == 0 && pids_has(&got, kid) && pids_has(&got, nodump) == vis &&
		got.n == (vis ? 2 + (nsproc != 0) : 1), "CHILDREN of itself: error %d, %d tasks",
		err, got.n);
	free(got.v);

	/* ONE, dump and doit: a hidden task does not exist */
	for (int dump = 0; dump < 2; dump++) {
		struct { pid_t pid; bool shown; } one[] = {
			{ 1, vis }, { nodump, vis }, { Z.pid[Z_THREADS], vis },
			{ Z.pid[Z_UID], true }, { kid, true }, { self, true },
		};
		for (size_t i = 0; i < ARRAY_SIZE(one); i++) {
			err = hp_query(dump, TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, one[i].pid,
				       &got, NULL, &t);
			t_check(&t, one[i].shown ? err == 0 && got.n == 1 : err == -ESRCH && got.n == 0,
				"%s ONE %d: error %d, %d tasks", dump ? "dump" : "doit",
				one[i].pid, err, got.n);
			free(got.v);
		}
	}

	/* THREAD: of a hidden process ESRCH, of its own every thread */
	err = hp_query(true, TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_THREAD, Z.pid[Z_THREADS],
		       NULL, &tids, &t);
	t_check(&t, vis ? err == 0 && tids.n == 5 : err == -ESRCH && tids.n == 0,
		"THREAD of the 5-thread process: error %d, %d threads", err, tids.n);
	free(tids.v);
	err = hp_query(true, TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_THREAD, Z.pid[Z_UID],
		       NULL, &tids, &t);
	t_check(&t, err == 0 && tids.n == 1, "THREAD of uid 1000's task: error %d, %d threads",
		err, tids.n);
	free(tids.v);
	close(NL.fd);
out:
	kill(kid, SIGKILL);
	kill(nodump, SIGKILL);
	waitpid(kid, NULL, 0);
	waitpid(nodump, NULL, 0);
	if (nsproc && kill(nsproc, SIGKILL) == 0)
		waitpid(nsproc, NULL, 0);
	t_end(&t);
}

static void test_hidepid(void)
{
	static const struct hp_case cases[] = {
		{ "hidepid: none (the VM's /proc): uid 1000 sees every task", HP_MAIN,
		  NULL, false, false, true },
		{ "hidepid=invisible: uid 1000 sees its own tasks only, in every strategy",
		  HP_MOUNT, "hidepid=invisible", false, false, false },
		{ "hidepid=noaccess: uid 1000 sees its own tasks only (stricter than /proc's listing)",
		  HP_MOUNT, "hidepid=noaccess", false, false, false },
		{ "hidepid=ptraceable: uid 1000 sees its own tasks only", HP_MOUNT,
		  "hidepid=ptraceable", false, false, false },
		{ "hidepid=invisible: root sees every task", HP_MOUNT, "hidepid=invisible",
		  true, false, true },
		{ "hidepid=invisible,gid=3000: a member of group 3000 sees every task",
		  HP_MOUNT, "hidepid=invisible,gid=3000", false, true, true },
		{ "hidepid=invisible,gid=3000: a user outside group 3000 does not",
		  HP_MOUNT, "hidepid=invisible,gid=3000", false, false, false },
		{ "hidepid=noaccess,gid=3000: a member of group 3000 sees every task",
		  HP_MOUNT, "hidepid=noaccess,gid=3000", false, true, true },
		{ "hidepid=ptraceable,gid=3000: the group does not help, as in /proc",
		  HP_MOUNT, "hidepid=ptraceable,gid=3000", false, true, false },
		{ "no /proc in the requester's root: uid 1000 sees its own tasks only",
		  HP_CHROOT, NULL, false, false, false },
		{ "no /proc in the requester's root: root sees every task", HP_CHROOT,
		  NULL, true, false, true },
		{ "a tmpfs at /proc: treated as no /proc", HP_TMPFS, NULL, false, false, false },
		{ "another pid namespace's procfs at /proc: treated as no /proc", HP_OTHERNS,
		  NULL, false, false, false },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		in_child(hp_requester, (void *)&cases[i]);

	/* the administrator's opt-in for roots without /proc */
	static const struct hp_case trusted[] = {
		{ "no /proc, task_diag.trust_no_proc=1: uid 1000 sees every task", HP_CHROOT,
		  NULL, false, false, true },
		{ "another pid namespace's procfs, trust_no_proc=1: every task", HP_OTHERNS,
		  NULL, false, false, true },
		{ "trust_no_proc=1 does not override a /proc with hidepid=invisible",
		  HP_MOUNT, "hidepid=invisible", false, false, false },
	};
	hp_trust_no_proc(true);
	for (size_t i = 0; i < ARRAY_SIZE(trusted); i++)
		in_child(hp_requester, (void *)&trusted[i]);
	hp_trust_no_proc(false);

	/* the VM's /proc with hidepid, a private one without */
	static const struct hp_case reverse[] = {
		{ "the VM's /proc remounted hidepid=invisible: uid 1000 sees its own tasks",
		  HP_MAIN, NULL, false, false, false },
		{ "... but in a private mount namespace with a plain procfs, every task",
		  HP_MOUNT, "hidepid=off", false, false, true },
	};
	if (mount(NULL, "/proc", NULL, MS_REMOUNT, "hidepid=invisible"))
		die("remount /proc hidepid=invisible");
	for (size_t i = 0; i < ARRAY_SIZE(reverse); i++)
		in_child(hp_requester, (void *)&reverse[i]);
	if (mount(NULL, "/proc", NULL, MS_REMOUNT, "hidepid=off"))
		die("remount /proc hidepid=off");
}

/* a child in N supplementary groups (*arg): 100000, 100001, ... */
static void c_many_groups(void *arg)
{
	int n = *(int *)arg;
	gid_t *g = malloc(n * sizeof(*g));

	if (!g)
		_exit(1);
	for (int i = 0; i < n; i++)
		g[i] = 100000 + i;
	if (setgroups(n, g))
		_exit(1);
}

/*
 * GROUPS with 16383 supplementary groups or more: 4 bytes each, more than
 * a netlink attribute's 16-bit length holds.  A doit message may grow to
 * 1 MiB, so the group must be left out there, not sent with a wrapped
 * length.
 */
static void test_many_groups(void)
{
	int counts[] = { 16382, 16383, 20000, 65536 };
	struct test t;

	t_begin(&t, "GROUPS with 16383+ supplementary groups is left out, never a wrapped length");
	for (size_t k = 0; k < ARRAY_SIZE(counts); k++) {
		int n = counts[k];
		pid_t pid = start_child(c_many_groups, &n);
		for (int dump = 0; dump < 2; dump++) {
			struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_CRED | TASK_DIAG_SHOW_GROUPS,
							 TASK_DIAG_DUMP_ONE, pid);
			struct td_result r;

			td_query(&NL, dump, &req, sizeof(req), 32768, &r, NULL, NULL);
			check_proto(&t, &r);
			t_check(&t, r.error == 0 && r.n == 1 && (r.t[0].have & TASK_DIAG_SHOW_CRED),
				"%d groups, %s: error %d, %d tasks", n, dump ? "dump" : "doit",
				r.error, r.n);
			if (r.n == 1) {
				bool fits = !dump && n <= 16382;
				bool have = r.t[0].have & TASK_DIAG_SHOW_GROUPS;
				t_check(&t, have == fits && (!have || r.t[0].ngroups == n),
					"%d groups, %s: GROUPS %s with %d ids", n,
					dump ? "dump" : "doit", have ? "present" : "absent",
					r.t[0].ngroups);
			}
			td_result_free(&r);
		}
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	t_end(&t);
}

/* ------------------------------------------------------------------ */
/* Dumps while tasks come and go                                         */

struct churn {
	int round;
	int victim;			/* next victim to kill */
	struct pids born;
};

/* after every datagram: kill a victim (low pids) and fork a sleeper */
static void churn_between(const struct td_result *r, void *arg)
{
	struct churn *c = arg;

	c->round++;
	if (c->victim < Z.victims.n)
		kill(Z.victims.v[c->victim++], SIGKILL);
	if (c->round % 2)
		spawn(1, &c->born);
}

static void test_concurrent(void)
{
	struct test t;
	struct churn c = { 0 };
	struct pids stable = { 0 };

	/* tasks that live through the whole test */
	for (int i = 0; i < Z.sleepers.n; i++)
		pids_add(&stable, Z.sleepers.v[i]);
	for (int k = 0; k < Z_COUNT; k++)
		if (Z.pid[k] > 0)
			pids_add(&stable, Z.pid[k]);
	pids_add(&stable, getpid());
	qsort(stable.v, stable.n, sizeof(*stable.v), cmp_uint);

	t_begin(&t, "no pid skipped or repeated while tasks fork and exit during dumps");
	for (int pass = 0; pass < 6; pass++) {
		uint64_t show = pass & 1 ? TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_CMDLINE : 0;
		bool threads = pass >= 4;
		struct task_diag_pid req = mkreq(show, threads ? TASK_DIAG_DUMP_ALL_THREAD : TASK_DIAG_DUMP_ALL, 0);
		struct td_result r;
		int rounds = c.round;
		struct nl fresh;

		/* a fresh socket keeps dump skbs at 4 KiB: many rounds */
		if (nl_open(&fresh))
			die("nl_open");
		td_query(&fresh, true, &req, sizeof(req), 4096, &r, churn_between, &c);
		close(fresh.fd);
		check_proto(&t, &r);
		t_check(&t, r.error == 0, "error %d", r.error);
		rounds = c.round - rounds;
		t_check(&t, rounds > 8, "only %d rounds", rounds);
		struct pids seen = { 0 };
		for (int i = 0; i < r.n; i++) {
			if (i) {
				const struct task_diag_msg *p = &r.t[i - 1].msg, *q = &r.t[i].msg;
				t_check(&t, q->tgid > p->tgid || (threads && q->tgid == p->tgid && q->pid > p->pid),
					"pass %d: %u/%u after %u/%u", pass, q->tgid, q->pid, p->tgid, p->pid);
			}
			if (r.t[i].msg.pid == r.t[i].msg.tgid)
				pids_add(&seen, r.t[i].msg.tgid);
		}
		qsort(seen.v, seen.n, sizeof(*seen.v), cmp_uint);
		int missing = 0;
		for (int i = 0; i < stable.n; i++)
			if (!pids_has(&seen, stable.v[i]) && missing++ < 5)
				t_check(&t, false, "pass %d: stable pid %u missing", pass, stable.v[i]);
		t_check(&t, missing == 0, "pass %d: %d stable pids missing", pass, missing);
		printf("  pass %d: %d tasks in %d rounds, %d victims killed, %d born so far\n",
		       pass, r.n, rounds, c.victim, c.born.n);
		free(seen.v);
		td_result_free(&r);
	}
	/* the newborn sleepers stay: they are idle from now on */
	for (int i = 0; i < c.born.n; i++)
		pids_add(&Z.sleepers, c.born.v[i]);
	free(c.born.v);
	free(stable.v);
	t_end(&t);
}

/* ------------------------------------------------------------------ */
/* A process that holds its mmap_lock for ever (issue 28)                */

/*
 * fusehang (a FUSE server that never answers a READ) and taskgen
 * mmap-lock-exec: the taskgen process maps fusehang's file while a read
 * of it waits, and so holds its mmap_lock for write for ever; a process
 * sharing its memory (CLONE_VM) execs and waits for that lock in
 * exec_mmap(), holding its own exec_update_lock for ever.  Any procfs
 * read that takes either lock waits for ever (killably).  task_diag must
 * answer at once and leave those groups out.
 */
struct stuck {
	pid_t fuse, victim, sharer, late;
};

#define STUCK_MNT	"/tmp/fh"
#define STUCK_FILE	STUCK_MNT "/f"

/* wait until @path exists and is not empty (or, @empty_ok, exists) */
static bool wait_file(const char *path, bool empty_ok, int ms)
{
	struct stat st;

	for (int i = 0; i < ms / 20; i++) {
		if (!stat(path, &st) && (empty_ok || st.st_size > 0))
			return true;
		usleep(20000);
	}
	return false;
}

/* does read()ing @path wait for @ms ms?  (the reader is killed then) */
static bool read_blocks(const char *path, int ms)
{
	pid_t pid = fork_or_die();
	int status;

	if (pid == 0) {
		struct buf b;

		read_file(path, &b);
		_exit(0);
	}
	for (int i = 0; i < ms / 20; i++) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			return false;
		usleep(20000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return true;
}

#define SHOW_MEM (TASK_DIAG_SHOW_CMDLINE | TASK_DIAG_SHOW_ENVIRON | TASK_DIAG_SHOW_SMAPS)

/* the dumps while the victim and the sharer are stuck */
static void stuck_dumps(void *arg)
{
	const struct stuck *st = arg;
	struct td_result r;
	struct test t;
	struct nl nl;
	double t0;

	if (nl_open(&nl))
		die("nl_open");

	/* ALL with the memory groups alone, then every group against /proc */
	t_begin(&t, "stuck: an ALL dump of CMDLINE|ENVIRON|SMAPS ends at once and leaves out only the stuck task's");
	struct task_diag_pid req = mkreq(SHOW_MEM | TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_ALL, 0);
	t0 = now_ms();
	td_query(&nl, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	printf("  ALL, memory groups: %d processes in %.1f ms\n", r.n, now_ms() - t0);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n > 100, "error %d, %d tasks", r.error, r.n);
	for (int i = 0; i < r.n; i++) {
		const struct td_task *x = &r.t[i];
		uint64_t want = req.show_flags;
		char path[64];
		struct buf b;

		if (x->msg.pid == (unsigned)st->victim)
			want &= ~SHOW_MEM;
		else if (x->msg.pid == (unsigned)st->sharer)
			want &= TD_PUBLIC;	/* no exec_update_lock, no check */
		else {
			/* a kernel thread or zombie has no smaps_rollup */
			snprintf(path, sizeof(path), "/proc/%u/smaps_rollup", x->msg.pid);
			read_file(path, &b);
			if (!nonempty(&b))
				want &= ~TASK_DIAG_SHOW_SMAPS;
			buf_free(&b);
		}
		t_check(&t, x->have == want, "pid %u: groups %#llx, want %#llx", x->msg.pid,
			(unsigned long long)x->have, (unsigned long long)want);
	}
	t_check(&t, find_task(&r, st->victim) && find_task(&r, st->sharer),
		"the victim %d or the sharer %d is missing", st->victim, st->sharer);
	td_result_free(&r);
	t_end(&t);

	t_begin(&t, "stuck: an ALL dump of every group equals /proc for every other process");
	struct snap snap;
	long unstable = 0;
	snap_all(&snap, false, P_ALL);
	req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ALL, 0);
	t0 = now_ms();
	td_query(&nl, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	printf("  ALL, every group: %d processes in %.1f ms\n", r.n, now_ms() - t0);
	check_proto(&t, &r);
	t_check(&t, r.error == 0, "dump ended with %d", r.error);
	compare_result(&t, &r, TASK_DIAG_SHOW_ALL, false, true, P_ALL, &snap, &unstable);
	snap_free(&snap);
	const struct td_task *v = find_task(&r, st->victim);
	const struct td_task *sh = find_task(&r, st->sharer);
	if (t_check(&t, v != NULL, "victim %d missing", st->victim)) {
		uint64_t must = TASK_DIAG_SHOW_CRED | TASK_DIAG_SHOW_STAT | TASK_DIAG_SHOW_STATM |
				TASK_DIAG_SHOW_NAME | TASK_DIAG_SHOW_SIGNAL | TASK_DIAG_SHOW_IO |
				TASK_DIAG_SHOW_WCHAN | TASK_DIAG_SHOW_EXE | TASK_DIAG_SHOW_NS |
				TASK_DIAG_SHOW_FDS;
		t_check(&t, !(v->have & SHOW_MEM) && (v->have & must) == must,
			"victim: groups %#llx", (unsigned long long)v->have);
		t_check(&t, v->stat.num_threads == 2, "victim: %u threads", v->stat.num_threads);
	}
	if (t_check(&t, sh != NULL, "sharer %d missing", st->sharer))
		t_check(&t, sh->have == TD_PUBLIC && sh->msg.ppid == (unsigned)st->victim &&
			sh->stat.start_code == 1 && sh->stat.start_stack == 0,
			"sharer: groups %#llx, ppid %u, start_code %llu (as to an unprivileged reader)",
			(unsigned long long)sh->have, sh->msg.ppid,
			(unsigned long long)sh->stat.start_code);
	td_result_free(&r);
	t_end(&t);

	/* threads, ONE by dump and doit, CHILDREN of the victim */
	t_begin(&t, "stuck: ALL_THREAD, ONE (dump and doit) and CHILDREN leave the same groups out");
	req = mkreq(SHOW_MEM | TASK_DIAG_SHOW_STAT, TASK_DIAG_DUMP_ALL_THREAD, 0);
	td_query(&nl, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	check_proto(&t, &r);
	int nv = 0;
	for (int i = 0; i < r.n; i++)
		if (r.t[i].msg.tgid == (unsigned)st->victim) {
			nv++;
			t_check(&t, r.t[i].have == TASK_DIAG_SHOW_STAT, "victim thread %u: groups %#llx",
				r.t[i].msg.pid, (unsigned long long)r.t[i].have);
		}
	t_check(&t, r.error == 0 && nv == 2, "ALL_THREAD: error %d, %d victim threads", r.error, nv);
	td_result_free(&r);
	for (int doit = 0; doit < 2; doit++) {
		pid_t who[] = { st->victim, st->sharer };
		for (int k = 0; k < 2; k++) {
			req = mkreq(TASK_DIAG_SHOW_ALL, TASK_DIAG_DUMP_ONE, who[k]);
			td_query(&nl, !doit, &req, sizeof(req), 32768, &r, NULL, NULL);
			check_proto(&t, &r);
			uint64_t no = k ? ~TD_PUBLIC : SHOW_MEM;
			t_check(&t, r.error == 0 && r.n == 1 && !(r.t[0].have & no) &&
				(r.t[0].have & TASK_DIAG_SHOW_NAME),
				"ONE %s of %d: error %d, %d tasks, groups %#llx", doit ? "doit" : "dump",
				who[k], r.error, r.n, r.n ? (unsigned long long)r.t[0].have : 0ULL);
			td_result_free(&r);
		}
	}
	req = mkreq(SHOW_MEM, TASK_DIAG_DUMP_CHILDREN, st->victim);
	td_query(&nl, true, &req, sizeof(req), 32768, &r, NULL, NULL);
	check_proto(&t, &r);
	t_check(&t, r.error == 0 && r.n == 1 && r.t[0].msg.pid == (unsigned)st->sharer &&
		r.t[0].have == 0, "CHILDREN of the victim: error %d, %d tasks", r.error, r.n);
	td_result_free(&r);
	t_end(&t);
	close(nl.fd);
}

/* after the first datagram: make the task whose command line is half sent stuck */
struct lock_mid {
	pid_t pid;
	int rounds;
	bool stuck;
};

static void lock_after_first(const struct td_result *r, void *arg)
{
	struct lock_mid *k = arg;
	char path[64];

	if (k->rounds++ != 0)
		return;
	close(open(LOCK_GO, O_WRONLY | O_CREAT, 0644));
	/* stuck once its mmap waits: the main thread in D, reading its cmdline waits */
	snprintf(path, sizeof(path), "/proc/%d/cmdline", k->pid);
	for (int i = 0; i < 50 && !k->stuck; i++) {
		usleep(100000);
		k->stuck = read_blocks(path, 200);
	}
}

/* a command line cut across messages whose lock is taken between two rounds */
static void stuck_withdraw(void *arg)
{
	const struct stuck *st = arg;
	struct lock_mid k = { .pid = st->late };
	struct td_result r;
	struct test t;
	struct nl fresh;

	t_begin(&t, "stuck: a command line cut across messages whose mmap_lock is taken between rounds is withdrawn, then the task sent without it");
	struct task_diag_pid req = mkreq(TASK_DIAG_SHOW_CMDLINE | TASK_DIAG_SHOW_STAT,
					 TASK_DIAG_DUMP_ONE, st->late);
	if (nl_open(&fresh))
		die("nl_open");
	td_query(&fresh, true, &req, sizeof(req), 4096, &r, lock_after_first, &k);
	close(fresh.fd);
	check_proto(&t, &r);
	if (!t_check(&t, k.stuck, "the task did not get stuck")) {
		char path[64];
		struct buf b;

		snprintf(path, sizeof(path), "/proc/%d/stat", st->late);
		read_file(path, &b);
		printf("    %s: %s", path, b.ok ? b.p : "(unreadable)\n");
		buf_free(&b);
	}
	t_check(&t, r.error == 0 && r.gone == 1 && r.n == 1 && r.t[0].msg.pid == (unsigned)st->late &&
		r.t[0].have == TASK_DIAG_SHOW_STAT,
		"error %d, %d withdrawn, %d tasks, groups %#llx, %d rounds", r.error, r.gone, r.n,
		r.n ? (unsigned long long)r.t[0].have : 0ULL, k.rounds);
	td_result_free(&r);
	t_end(&t);
}

static void stuck_stop(struct stuck *st)
{
	pid_t mine[] = { st->victim, st->late, st->fuse };

	/* the sharer and the victim die once the server is gone */
	if (st->sharer > 0)
		kill(st->sharer, SIGKILL);
	for (size_t i = 0; i < ARRAY_SIZE(mine); i++)
		if (mine[i] > 0)
			kill(mine[i], SIGKILL);
	umount2(STUCK_MNT, MNT_DETACH);
	for (size_t i = 0; i < ARRAY_SIZE(mine); i++)
		if (mine[i] > 0)
			waitpid(mine[i], NULL, 0);
	/* the sharer is init's to reap: wait until it is gone */
	for (int i = 0; st->sharer > 0 && i < 500 && !kill(st->sharer, 0); i++)
		usleep(10000);
	memset(stuck_pids, 0, sizeof(stuck_pids));
}

static void test_stuck(void)
{
	struct stuck st = { 0 };
	struct test t;
	struct buf b;
	char path[64];

	if (access("/bin/fusehang", X_OK) || access("/bin/taskgen", X_OK)) {
		printf("SKIP: stuck: no /bin/fusehang or /bin/taskgen\n");
		__atomic_fetch_add(&R->skipped, 1, __ATOMIC_SEQ_CST);
		return;
	}
	t_begin(&t, "stuck: a process holds its mmap_lock, another its exec_update_lock, for ever");
	mkdir(STUCK_MNT, 0755);
	unlink(LOCK_GO);
	unlink("/tmp/fh.ready");
	unlink("/tmp/victim.ready");
	st.fuse = fork_or_die();
	if (st.fuse == 0) {
		execl("/bin/fusehang", "fusehang", STUCK_MNT, "/tmp/fh.ready", (char *)NULL);
		_exit(127);
	}
	if (!t_check(&t, wait_file("/tmp/fh.ready", true, 10000), "fusehang did not mount")) {
		stuck_stop(&st);
		t_end(&t);
		return;
	}
	/* the late one: a long command line, stuck on request (stuck_withdraw) */
	char **argv = calloc(40, sizeof(char *));
	argv[0] = self_exe;
	argv[1] = "--sleep";
	argv[2] = "lock";
	argv[3] = STUCK_FILE;
	for (int i = 0; i < 32; i++)
		argv[4 + i] = Z.longarg;
	st.late = exec_child(argv, false);
	free(argv);
	wait_exec(st.late);
	/* it opens the file before taskgen makes its page wait (above) */
	for (int i = 0, found = 0; i < 500 && !found; i++) {
		for (int fd = 3; fd < 32 && !found; fd++) {
			char link[64];
			ssize_t n;

			snprintf(path, sizeof(path), "/proc/%d/fd/%d", st.late, fd);
			n = readlink(path, link, sizeof(link) - 1);
			found = n > 0 && (link[n] = '\0', !strcmp(link, STUCK_FILE));
		}
		usleep(10000);
	}

	st.victim = fork_or_die();
	if (st.victim == 0) {
		execl("/bin/taskgen", "taskgen", "/tmp/victim.ready", "mmap-lock-exec",
		      STUCK_FILE, (char *)NULL);
		_exit(127);
	}
	stuck_pids[0] = st.victim;
	stuck_pids[2] = st.late;
	if (wait_file("/tmp/victim.ready", false, 10000)) {
		read_file("/tmp/victim.ready", &b);
		st.sharer = b.ok ? atoi(b.p) : 0;
		buf_free(&b);
	}
	stuck_pids[1] = st.sharer;
	sleep(1);		/* the map waits, then the sharer's exec */
	snprintf(path, sizeof(path), "/proc/%d/cmdline", st.victim);
	bool mm_stuck = read_blocks(path, 2000);
	t_check(&t, mm_stuck, "reading %s does not wait: the victim's mmap_lock is free", path);
	snprintf(path, sizeof(path), "/proc/%d/io", st.sharer);
	bool exec_stuck = st.sharer > 0 && read_blocks(path, 2000);
	t_check(&t, exec_stuck, "reading %s does not wait: the sharer's exec_update_lock is free", path);
	t_end(&t);
	if (mm_stuck && exec_stuck) {
		with_deadline("stuck: dumps with stuck tasks", 60, stuck_dumps, &st);
		with_deadline("stuck: withdrawal", 60, stuck_withdraw, &st);
	}
	stuck_stop(&st);
}

/* ------------------------------------------------------------------ */
/* Speed: task_diag dump vs open/read/close of /proc/PID/stat            */

static double bench_taskdiag(int *count)
{
	struct task_diag_pid req = mkreq(0, TASK_DIAG_DUMP_ALL, 0);
	static char buf[32768];
	double t0 = now_ms();
	unsigned long sum = 0;
	int n = 0;

	nl_send(&NL, NL.family, NLM_F_DUMP, TASKDIAG_CMD_GET, TASKDIAG_GENL_VERSION,
		TASKDIAG_CMD_ATTR_GET, &req, sizeof(req));
	for (;;) {
		ssize_t len = recv(NL.fd, buf, sizeof(buf), 0);
		if (len <= 0)
			break;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				goto done;
			struct nlattr *na = (struct nlattr *)((char *)NLMSG_DATA(h) + GENL_HDRLEN);
			struct task_diag_msg *m = (void *)((char *)na + NLA_HDRLEN);
			sum += m->pid + m->ppid;
			n++;
		}
	}
done:
	*count = n;
	(void)sum;
	return now_ms() - t0;
}

static double bench_proc(int *count)
{
	double t0 = now_ms();
	char path[300], buf[1024];
	unsigned long sum = 0;
	struct dirent *de;
	DIR *d = opendir("/proc");
	int n = 0;

	while ((de = readdir(d))) {
		if (!isdigit((unsigned char)de->d_name[0]))
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", de->d_name);
		int fd = open(path, O_RDONLY);
		if (fd < 0)
			continue;
		ssize_t len = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (len <= 0)
			continue;
		buf[len] = '\0';
		char *p = strrchr(buf, ')');
		int ppid = 0;
		if (p)
			sscanf(p + 2, "%*c %d", &ppid);
		sum += atoi(buf) + ppid;
		n++;
	}
	closedir(d);
	*count = n;
	(void)sum;
	return now_ms() - t0;
}

/* best of RUNS wall times of /bin/tdps --source=SRC ax -o pid,ppid, ms; <0 if it fails */
static double time_tdps(const char *src, int runs)
{
	char opt[64];
	double best = -1;

	snprintf(opt, sizeof(opt), "--source=%s", src);
	for (int i = 0; i < runs; i++) {
		char *argv[] = { "/bin/tdps", opt, "ax", "-o", "pid,ppid", NULL };
		char *env[] = { "PATH=/bin", NULL };
		int status;
		double t0 = now_ms();
		pid_t pid = fork_or_die();

		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);

			if (fd >= 0)
				dup2(fd, 1);
			execve(argv[0], argv, env);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			return -1;
		double ms = now_ms() - t0;
		if (best < 0 || ms < best)
			best = ms;
	}
	return best;
}

/*
 * The whole tool, as a user runs it: tdps ax -o pid,ppid over task_diag
 * and over /proc (when the initramfs has a static tdps).
 */
static void bench_tdps(int target)
{
	if (access("/bin/tdps", X_OK) != 0) {
		printf("  no /bin/tdps: its benchmark at %d processes left out\n", target);
		return;
	}
	double td = time_tdps("taskdiag", 5);
	double pr = time_tdps("proc", 3);

	if (td < 0 || pr < 0)
		printf("BENCH: %d processes: tdps ax -o pid,ppid failed (taskdiag %.0f, proc %.0f)\n",
		       target, td, pr);
	else
		printf("BENCH: %d processes: tdps ax -o pid,ppid --source=taskdiag %.1f ms, --source=proc %.1f ms, ratio %.1fx\n",
		       target, td, pr, pr / td);
}

static void bench_at(int target)
{
	struct test t;
	struct pids now;
	char name[96];

	list_dir("/proc", &now);
	if (now.n < target)
		spawn(target - now.n, &Z.sleepers);
	free(now.v);
	usleep(200000);

	snprintf(name, sizeof(name), "benchmark at %d processes: both ways see every process", target);
	t_begin(&t, name);
	/*
	 * Each sample times several scans back to back: without a stable TSC
	 * the VM's clock may tick in jiffies (4 ms).
	 */
	double best_td = 1e9, best_proc = 1e9;
	int n_td = 0, n_proc = 0;
	for (int i = 0; i < 3; i++) {
		double t0 = now_ms();
		for (int j = 0; j < 20; j++)
			bench_taskdiag(&n_td);
		double a = (now_ms() - t0) / 20;
		t0 = now_ms();
		for (int j = 0; j < 3; j++)
			bench_proc(&n_proc);
		double b = (now_ms() - t0) / 3;
		if (a < best_td)
			best_td = a;
		if (b < best_proc)
			best_proc = b;
	}
	/*
	 * The count both ways, back to back: the timed /proc scans take
	 * seconds, during which a process of an earlier test may end (up
	 * to three tries while something still moves)
	 */
	for (int i = 0; i < 3 && (i == 0 || n_td != n_proc); i++) {
		bench_taskdiag(&n_td);
		bench_proc(&n_proc);
	}
	struct buf cs;
	read_file("/sys/devices/system/clocksource/clocksource0/current_clocksource", &cs);
	if (cs.ok && cs.len && cs.p[cs.len - 1] == '\n')
		cs.p[--cs.len] = '\0';
	t_check(&t, n_td == n_proc && n_td >= target, "task_diag %d, /proc %d processes", n_td, n_proc);
	printf("BENCH: %d processes: task_diag dump %.2f ms, /proc/*/stat %.2f ms, ratio %.1fx (clocksource %s)\n",
	       n_td, best_td, best_proc, best_proc / best_td, cs.ok ? cs.p : "?");
	buf_free(&cs);
	t_end(&t);
	bench_tdps(target);
}

/*
 * Kill the sleepers after the first KEEP and wait until /proc no longer
 * lists them: what runs next (each tdps comparison scans the whole system
 * three times under TCG) costs time per process, and a few hundred plain
 * sleepers show all they have to show.
 */
static void shrink_sleepers(int keep)
{
	struct pids now;
	int before, killed = 0;

	list_dir("/proc", &now);
	before = now.n;
	free(now.v);
	for (int i = keep; i < Z.sleepers.n; i++)
		killed += kill(Z.sleepers.v[i], SIGKILL) == 0;
	if (keep < Z.sleepers.n)
		Z.sleepers.n = keep;
	for (int tries = 0; tries < 100; tries++) {
		list_dir("/proc", &now);
		int n = now.n;

		free(now.v);
		if (n <= before - killed)
			break;
		usleep(100000);
	}
}

/* ------------------------------------------------------------------ */
/* Extra tests: executables in /tests.d                                   */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_tests_d(void)
{
	DIR *d = opendir("/tests.d");
	struct dirent *de;
	char *names[256];
	int n = 0;

	if (!d)
		return;
	while ((de = readdir(d)) && n < 256)
		if (de->d_name[0] != '.')
			names[n++] = strdup(de->d_name);
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	for (int i = 0; i < n; i++) {
		char path[300];
		int status;

		snprintf(path, sizeof(path), "/tests.d/%s", names[i]);
		pid_t pid = fork_or_die();
		if (pid == 0) {
			char *argv[] = { path, NULL };
			char *env[] = { "PATH=/bin:/sbin", "HOME=/", NULL };
			execve(path, argv, env);
			_exit(126);
		}
		waitpid(pid, &status, 0);
		int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
		if (rc == 77) {
			printf("SKIP: tests.d/%s\n", names[i]);
			__atomic_fetch_add(&R->skipped, 1, __ATOMIC_SEQ_CST);
		} else {
			printf("%s: tests.d/%s (exit %d)\n", rc ? "FAIL" : "PASS", names[i], rc);
			__atomic_fetch_add(rc ? &R->failed : &R->passed, 1, __ATOMIC_SEQ_CST);
		}
		free(names[i]);
	}
}

/* ------------------------------------------------------------------ */

static void driver(int nsleepers, int bench_max)
{
	double t0 = now_ms();

	setvbuf(stdout, NULL, _IOLBF, 0);
	test_family();
	test_self_one();
	start_spawner();
	if (bench_max >= 1000)
		bench_at(1000);		/* before the zoo makes it bigger */
	build_zoo(nsleepers);
	printf("  zoo: %d sleepers, %d victims, %.1f s\n", Z.sleepers.n, Z.victims.n,
	       (now_ms() - t0) / 1e3);
	test_pidns();
	test_all_vs_proc();
	test_children();
	test_one();
	test_threads();
	test_continuations();
	test_gone();
	test_long_exe();
	test_errors();
	test_unprivileged();
	test_opener();
	test_hidepid();
	test_many_groups();
	test_concurrent();
	test_stuck();
	if (bench_max >= 10000)
		bench_at(10000);
	shrink_sleepers(200);		/* the tdps comparisons: the zoo, smaller */
	run_tests_d();
	printf("  driver took %.1f s\n", (now_ms() - t0) / 1e3);
}

/* kernel command line option td.NAME=VALUE */
static int cmdline_opt(const char *name, int def)
{
	struct buf b;
	char key[64];
	int v = def;

	read_file("/proc/cmdline", &b);
	snprintf(key, sizeof(key), "td.%s=", name);
	char *p = b.ok ? strstr(b.p, key) : NULL;
	if (p)
		v = atoi(p + strlen(key));
	buf_free(&b);
	return v;
}

/*
 * "td_vmtest --as UID GID[,GID...] PROG ARGS": run PROG as UID with the
 * first GID as its group and all of them as its supplementary groups
 * (busybox's setpriv cannot change ids); for the /tests.d scripts.
 */
static int as_main(int argc, char **argv)
{
	gid_t groups[32];
	int n = 0;
	char *p = argv[3];

	while (n < 32 && *p) {
		groups[n++] = strtoul(p, &p, 10);
		if (*p == ',')
			p++;
	}
	if (!n || setgroups(n, groups) || setresgid(groups[0], groups[0], groups[0]) ||
	    setresuid(atoi(argv[2]), atoi(argv[2]), atoi(argv[2]))) {
		perror("td_vmtest --as");
		return 126;
	}
	execvp(argv[4], argv + 4);
	perror(argv[4]);
	return 127;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--sleep"))
		return sleeper_main(argc, argv);
	if (argc > 4 && !strcmp(argv[1], "--as"))
		return as_main(argc, argv);

	R = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (R == MAP_FAILED)
		return 1;
	if (getpid() != 1) {
		/* run by hand: just the driver */
		if (argc > 1)
			self_exe = argv[0];
		driver(argc > 1 ? atoi(argv[1]) : 2000, argc > 2 ? atoi(argv[2]) : 0);
		printf("TASKDIAG-RESULT: %d passed, %d failed\n", R->passed, R->failed);
		return R->failed != 0;
	}

	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	/* an initramfs made without root has no /dev/console node */
	int con = open("/dev/console", O_RDWR);
	if (con >= 0) {
		dup2(con, 0);
		dup2(con, 1);
		dup2(con, 2);
		if (con > 2)
			close(con);
	}
	mount("cgroup2", "/sys/fs/cgroup", "cgroup2", 0, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("td_vmtest: starting\n");

	pid_t drv = fork();
	if (drv == 0) {
		driver(cmdline_opt("sleepers", 2000), cmdline_opt("bench", 10000));
		fflush(stdout);
		_exit(0);
	}
	for (;;) {
		int status;
		pid_t pid = wait(&status);
		if (pid == drv) {
			if (!WIFEXITED(status) || WEXITSTATUS(status)) {
				printf("FAIL: the driver died (status %#x)\n", status);
				R->failed++;
			}
			break;
		}
		if (pid < 0 && errno == ECHILD)
			break;
	}
	printf("TASKDIAG-RESULT: %d passed, %d failed\n", R->passed, R->failed);
	fflush(stdout);
	sync();
	reboot(RB_AUTOBOOT);
	return 0;
}
