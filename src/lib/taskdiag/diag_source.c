/*
 * diag_source.c - the task_diag source: one generic-netlink dump per scan.
 *
 * One plain netlink request asks the kernel for the "TASKDIAG" family
 * (almost no kernel has it: that answer must come cheap); where it is
 * there, libnl-genl-3, loaded then (diag_nl.h), opens the socket and
 * builds the requests.  The answer is read with plain recvmsg() into one
 * growing buffer and decoded by diag_decode.c, which holds all parsing.
 *
 * Missing groups.  A kernel may leave out groups it does not know, or
 * that the requester may not see for a task (doc/task_diag.md).  Each
 * decoded record is checked against what the scan wants; whatever is
 * missing is read from /proc for that task only, with proc_fill() and one
 * proc_reader kept for the whole run.  The rule covers every group,
 * including one a kernel never sends for any task: it is simply filled
 * from /proc task by task.  A task that /proc says is gone is dropped, as
 * the /proc source does.  fill.c holds these steps (and the filter and
 * the callback), shared with the BPF source.
 *
 * Record and replay, for tests and debugging (the config's
 * taskdiag_replay and taskdiag_record, which the front ends take from
 * these variables and set-id programs ignore):
 *   TDPS_TASKDIAG_REPLAY=FILE  read the netlink bytes from FILE instead of
 *       a socket; open() then succeeds without the kernel.  The scan makes
 *       the same sequence of dumps as it would against the kernel (one per
 *       listed pid for SCAN_PIDS), and each dump takes the messages up to
 *       and including the next NLMSG_DONE or NLMSG_ERROR in the file.
 *       Sequence numbers and port ids in the file are not checked.
 *   TDPS_TASKDIAG_RECORD=FILE  append every datagram received (or
 *       replayed) to FILE, so a run can be replayed later.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/netlink.h>

#include <linux/genetlink.h>
#include <netlink/errno.h>

#include "lib/source/source.h"
#include "lib/taskdiag/diag_decode.h"
#include "lib/source/fill.h"
#include "lib/record/groups.h"
#include "lib/taskdiag/diag_nl.h"

/* the socket's receive buffer: room for a burst of dump datagrams */
#define DIAG_RCVBUF (4 * 1024 * 1024)
/* the first receive buffer; the kernel's dump datagrams are <= 32 KiB */
#define DIAG_BUFSIZE (64 * 1024)

struct diag_state {
	const struct nl_lib *nl;	/* NULL when replaying */
	struct nl_sock *sk;	/* NULL when replaying */
	int fd;
	int family;
	uint32_t portid;
	int dirty;		/* a dump was left unfinished on the socket */
	unsigned char *buf;
	size_t size;
	unsigned char *replay;	/* the whole replay file */
	size_t replay_len, replay_off;
	int record_fd;
	struct diag_decoder *dec;
	struct proc_reader *pr;
	unsigned long dump_intr;	/* noted: pid-ordered dumps need no retry */
	const struct source_config *config;
};

/* what one scan's records go through */
struct scan_ctx {
	struct diag_state *s;
	const struct scan_request *req;
	struct fill_ctx fill;	/* /proc for missing groups, filter, callback */
	/*
	 * A scan that wants files which may wait on their process (command
	 * lines...): the records are kept, and what the kernel left out of
	 * them is read by the /proc engine's watched workers, never by this
	 * thread (proc_complete()).
	 */
	bool keep;
	struct task **recs;
	size_t nrecs, cap;
	struct arena kept;
};

/* libnl's error numbers (negative NLE_*) as -errno */
static int nlerr_errno(int err)
{
	static const struct {
		int nle, err;
	} map[] = {
		{ NLE_OBJ_NOTFOUND, ENOENT }, { NLE_NOMEM, ENOMEM },
		{ NLE_PERM, EPERM }, { NLE_NOACCESS, EACCES },
		{ NLE_AGAIN, EAGAIN }, { NLE_INTR, EINTR },
		{ NLE_BAD_SOCK, EBADF }, { NLE_AF_NOSUPPORT, EAFNOSUPPORT },
		{ NLE_OPNOTSUPP, EOPNOTSUPP }, { NLE_INVAL, EINVAL },
		{ NLE_PROTO_MISMATCH, EPROTONOSUPPORT }, { NLE_BUSY, EBUSY },
		{ NLE_MSGSIZE, EMSGSIZE }, { NLE_MSG_TRUNC, EMSGSIZE },
		{ NLE_RANGE, ERANGE }, { NLE_EXIST, EEXIST },
		{ NLE_NODEV, ENODEV }, { NLE_MSGTYPE_NOSUPPORT, EOPNOTSUPP },
	};
	size_t i;

	if (err < 0)
		err = -err;
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (map[i].nle == err)
			return -map[i].err;
	return -EIO;
}

/* ---- opening ---- */

/*
 * Does the kernel have the family?  CTRL_CMD_GETFAMILY by name on a plain
 * generic-netlink socket: the family's id, -ENOENT when there is none,
 * or -errno.  Before anything is loaded: on a kernel without task_diag,
 * "auto" pays one round trip for it.
 */
static int family_probe(void)
{
	struct {
		struct nlmsghdr nlh;
		struct genlmsghdr genl;
		struct nlattr name_attr;
		char name[NLA_ALIGN(sizeof(TASKDIAG_GENL_NAME))];
	} req = {
		.nlh = {
			.nlmsg_len = sizeof(req),
			.nlmsg_type = GENL_ID_CTRL,
			.nlmsg_flags = NLM_F_REQUEST,
			.nlmsg_seq = 1,
		},
		.genl = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 },
		.name_attr = {
			.nla_len = NLA_HDRLEN + sizeof(TASKDIAG_GENL_NAME),
			.nla_type = CTRL_ATTR_FAMILY_NAME,
		},
		.name = TASKDIAG_GENL_NAME,
	};
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	union {
		struct nlmsghdr nlh;
		unsigned char b[8192];
	} ans;
	struct diag_attr a;
	size_t len, off = NLMSG_HDRLEN + GENL_HDRLEN;
	ssize_t n;
	int fd, rc = -EPROTO;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (fd < 0)
		return -errno;
	if (sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&kernel,
		   sizeof(kernel)) < 0) {
		rc = -errno;
		goto out;
	}
	do
		n = recv(fd, ans.b, sizeof(ans.b), 0);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		rc = -errno;
		goto out;
	}
	len = (size_t)n;
	if (len < NLMSG_HDRLEN || ans.nlh.nlmsg_len < NLMSG_HDRLEN)
		goto out;
	if (ans.nlh.nlmsg_len < len)
		len = ans.nlh.nlmsg_len;
	if (ans.nlh.nlmsg_type == NLMSG_ERROR) {
		const struct nlmsgerr *e = NLMSG_DATA(&ans.nlh);

		if (len >= NLMSG_HDRLEN + sizeof(*e) && e->error < 0)
			rc = e->error;	/* -ENOENT: no such family */
		goto out;
	}
	if (ans.nlh.nlmsg_type != GENL_ID_CTRL || len < off)
		goto out;
	while (diag_next_attr(ans.b, len, &off, &a) == 1) {
		if (a.type == CTRL_ATTR_FAMILY_ID && a.len >= sizeof(uint16_t)) {
			uint16_t id;

			memcpy(&id, a.data, sizeof(id));
			rc = id;
			break;
		}
	}
out:
	close(fd);
	return rc;
}

/* the socket for family @family, through libnl; 0 or -errno, *why set */
static int sock_open(struct diag_state *s, int family, char *why,
		     size_t why_size)
{
	int rc, size = DIAG_RCVBUF;

	s->nl = nl_lib(why, why_size);
	if (!s->nl)
		return -ELIBACC;
	s->family = family;
	s->sk = s->nl->socket_alloc();
	if (!s->sk)
		return -ENOMEM;
	s->nl->socket_disable_auto_ack(s->sk);
	rc = s->nl->genl_connect(s->sk);
	if (rc < 0)
		return nlerr_errno(rc);
	s->fd = s->nl->socket_get_fd(s->sk);
	s->portid = s->nl->socket_get_local_port(s->sk);
	/*
	 * Past rmem_max only with CAP_NET_ADMIN; otherwise take what the
	 * system allows.  Either way works: the kernel refills a dump only
	 * as we read it, so a small buffer costs round trips, not data.
	 */
	if (setsockopt(s->fd, SOL_SOCKET, SO_RCVBUFFORCE, &size,
		       sizeof(size)) < 0)
		s->nl->socket_set_buffer_size(s->sk, DIAG_RCVBUF, 0);
	return 0;
}

static void sock_close(struct diag_state *s)
{
	if (s->sk)
		s->nl->socket_free(s->sk);
	s->sk = NULL;
	s->fd = -1;
}

/* read the whole replay file; 0 or -errno */
static int load_replay(struct diag_state *s, const char *path)
{
	struct stat st;
	ssize_t n;
	size_t got = 0;
	int fd, rc = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0) {
		rc = -errno;
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {	/* its size must be known up front */
		rc = -EINVAL;
		goto out;
	}
	s->replay = malloc(st.st_size ? (size_t)st.st_size : 1);
	if (!s->replay) {
		rc = -ENOMEM;
		goto out;
	}
	while (got < (size_t)st.st_size) {
		n = read(fd, s->replay + got, st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			rc = n < 0 ? -errno : 0;
			break;
		}
		got += n;
	}
	s->replay_len = got;
out:
	close(fd);
	return rc;
}

static void diag_close(void *state)
{
	struct diag_state *s = state;

	sock_close(s);
	if (s->record_fd >= 0)
		close(s->record_fd);
	diag_decoder_free(s->dec);
	proc_reader_free(s->pr);
	free(s->buf);
	free(s->replay);
	free(s);
}

static int diag_open(void **state, struct source_args *args)
{
	struct diag_state *s = calloc(1, sizeof(*s));
	const char *replay, *record;
	int rc = -ENOMEM;

	if (!s)
		return -ENOMEM;
	s->fd = -1;
	s->record_fd = -1;
	s->config = args->config;
	s->size = DIAG_BUFSIZE;
	s->buf = malloc(s->size);
	s->dec = diag_decoder_new();
	if (!s->buf || !s->dec)
		goto fail;
	replay = args->config->taskdiag_replay;
	record = args->config->taskdiag_record;
	if (replay && *replay) {
		rc = load_replay(s, replay);
		snprintf(args->why, sizeof(args->why), "replaying %s", replay);
	} else {
		rc = family_probe();
		if (rc == -ENOENT)
			snprintf(args->why, sizeof(args->why),
				 "no %s generic-netlink family in this kernel",
				 TASKDIAG_GENL_NAME);
		else if (rc > 0)
			rc = sock_open(s, rc, args->why, sizeof(args->why));
		if (!rc)
			snprintf(args->why, sizeof(args->why),
				 "generic-netlink family %s, id %d",
				 TASKDIAG_GENL_NAME, s->family);
	}
	if (!rc && record && *record) {
		s->record_fd = open(record, O_WRONLY | O_APPEND | O_CREAT |
				    O_CLOEXEC, 0644);
		if (s->record_fd < 0)
			rc = -errno;
	}
	if (rc)
		goto fail;
	*state = s;
	return 0;
fail:
	diag_close(s);
	return rc;
}

/* a dump was abandoned half-read: start the next one on a fresh socket */
static int sock_reopen(struct diag_state *s)
{
	char why[256];

	sock_close(s);
	s->dirty = 0;
	return sock_open(s, s->family, why, sizeof(why));
}

/* ---- records ---- */

/* the decoder's callback: complete the record, filter it, pass it on */
static int on_task(struct task *t, struct arena *a, void *arg)
{
	struct scan_ctx *c = arg;

	fill_leader_row(&c->fill, t);
	if (c->keep)
		return task_append_copy(&c->recs, &c->nrecs, &c->cap, &c->kept, t);
	return fill_deliver(&c->fill, t, a);
}

/* ---- dumps ---- */

static void record(struct diag_state *s, const void *p, size_t n)
{
	ssize_t w;

	/* best effort: a failing recording must not fail the scan */
	while (s->record_fd >= 0 && n > 0) {
		w = write(s->record_fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		p = (const char *)p + w;
		n -= w;
	}
}

static int send_request(struct diag_state *s, const struct task_diag_pid *req,
			uint32_t *seq)
{
	struct nl_msg *msg = s->nl->msg_alloc();
	int rc = -ENOMEM;

	if (!msg)
		return -ENOMEM;
	if (s->nl->genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, s->family, 0,
			       NLM_F_DUMP, TASKDIAG_CMD_GET,
			       TASKDIAG_GENL_VERSION) &&
	    s->nl->nla_put(msg, TASKDIAG_CMD_ATTR_GET, sizeof(*req), req) == 0) {
		/* completes the header: NLM_F_REQUEST, our port, a fresh seq */
		rc = s->nl->send_auto(s->sk, msg);
		rc = rc < 0 ? nlerr_errno(rc) : 0;
		*seq = s->nl->msg_hdr(msg)->nlmsg_seq;
	}
	s->nl->msg_free(msg);
	return rc;
}

/*
 * One datagram from the kernel into s->buf: its length or -errno.  A
 * MSG_PEEK|MSG_TRUNC look with no buffer first tells its size without
 * copying it, so the buffer can grow and nothing is ever cut off.
 */
static ssize_t recv_datagram(struct diag_state *s)
{
	for (;;) {
		struct sockaddr_nl sa;
		struct iovec iov = { s->buf, 0 };
		struct msghdr mh = {
			.msg_name = &sa, .msg_namelen = sizeof(sa),
			.msg_iov = &iov, .msg_iovlen = 1,
		};
		ssize_t n = recvmsg(s->fd, &mh, MSG_PEEK | MSG_TRUNC);

		if (n >= 0 && (size_t)n > s->size) {
			unsigned char *nb = realloc(s->buf, n);

			if (!nb)
				return -ENOMEM;
			s->buf = nb;
			s->size = n;
		}
		if (n >= 0) {
			iov.iov_len = s->size;
			mh.msg_namelen = sizeof(sa);
			n = recvmsg(s->fd, &mh, 0);
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;	/* -ENOBUFS: the dump overran us */
		if (mh.msg_flags & MSG_TRUNC)
			return -EMSGSIZE;	/* cannot happen after the peek */
		if (sa.nl_pid != 0)
			continue;	/* not from the kernel */
		return n;
	}
}

static int recv_dump(struct diag_state *s, struct scan_ctx *c)
{
	ssize_t n;
	int rc;

	do {
		n = recv_datagram(s);
		if (n < 0)
			return n;
		record(s, s->buf, n);
		rc = diag_decoder_feed(s->dec, s->buf, n, on_task, c);
	} while (rc == 0);
	return rc;
}

static int skip_cb(struct task *t, struct arena *a, void *arg)
{
	return 0;
}

/* the next dump in the replay file */
static int replay_dump(struct diag_state *s, struct scan_ctx *c)
{
	size_t start = s->replay_off, left = s->replay_len - start;
	int rc;

	if (!left)
		return -ENODATA;
	rc = diag_decoder_feed(s->dec, s->replay + start, left, on_task, c);
	s->replay_off += rc ? diag_decoder_consumed(s->dec) : left;
	if (rc < 0 && c->fill.stopped && s->replay_off < s->replay_len) {
		/* abandoned midway: step over the rest of this dump */
		struct diag_dump any = { 0 };

		diag_decoder_start(s->dec, &any);
		left = s->replay_len - s->replay_off;
		if (diag_decoder_feed(s->dec, s->replay + s->replay_off, left,
				      skip_cb, NULL))
			left = diag_decoder_consumed(s->dec);
		s->replay_off += left;
	}
	record(s, s->replay + start, s->replay_off - start);
	return rc ? rc : -EPROTO;	/* 0: the file ended inside the dump */
}

/* one request and its whole answer; 0 or -errno */
static int dump(struct diag_state *s, struct scan_ctx *c, uint64_t show,
		int strategy, int pid)
{
	struct task_diag_pid req = {
		.show_flags = show,
		.dump_strategy = strategy,
		.pid = pid > 0 ? (uint32_t)pid : 0,
	};
	struct diag_dump dd = {
		.threads = strategy == TASK_DIAG_DUMP_THREAD ||
			   strategy == TASK_DIAG_DUMP_ALL_THREAD,
	};
	int rc;

	if (s->sk) {
		if (s->dirty && (rc = sock_reopen(s)) < 0)
			return rc;
		rc = send_request(s, &req, &dd.seq);
		if (rc < 0)
			return rc;
		dd.portid = s->portid;
		dd.family = s->family;
	}
	diag_decoder_start(s->dec, &dd);
	rc = s->sk ? recv_dump(s, c) : replay_dump(s, c);
	s->dump_intr += diag_decoder_stats(s->dec)->dump_intr;
	/*
	 * The kernel ends a dump with DONE or ERROR; anything else that
	 * stopped us left the rest of it queued on the socket, and a new
	 * request there would get -EBUSY.
	 */
	if (rc < 0 && (c->fill.stopped || rc == -EPROTO || rc == -ENOMEM ||
		       rc == -ENOBUFS))
		s->dirty = 1;
	return rc == 1 ? 0 : rc;
}

/* ---- scans ---- */

static int scan_listed(struct diag_state *s, struct scan_ctx *c,
		       uint64_t show)
{
	const struct scan_request *req = c->req;
	int strategy = req->threads ? TASK_DIAG_DUMP_THREAD : TASK_DIAG_DUMP_ONE;
	size_t i;
	int rc;

	for (i = 0; i < req->npids; i++) {
		rc = dump(s, c, show, strategy, req->pids[i]);
		/* the kernel's -ESRCH: that pid has gone, which is no error */
		if (rc < 0 && (rc != -ESRCH || c->fill.stopped))
			return rc;
	}
	return 0;
}

static int diag_scan(void *state, const struct scan_request *req,
		     task_cb cb, void *arg)
{
	struct diag_state *s = state;
	struct scan_ctx c = {
		.s = s, .req = req,
		.fill = { .pr = &s->pr, .req = req, .deliver = cb, .arg = arg },
	};
	/* everything in one dump, filtered afterwards; MSG is implicit */
	uint64_t show = group_request(req->want |
				      (req->filter ? req->filter_want : 0),
				      GS_TASKDIAG, false);

	int rc;

	c.keep = (group_files(req->want | (req->filter ? req->filter_want : 0),
			      0) & PROC_WAITING_FILES) != 0;
	arena_init(&c.kept);
	if (req->scope == SCAN_PIDS)
		rc = scan_listed(s, &c, show);
	else
		rc = dump(s, &c, show, req->threads ? TASK_DIAG_DUMP_ALL_THREAD
						    : TASK_DIAG_DUMP_ALL, 0);
	if (!rc && c.keep) {
		if (!s->pr)
			s->pr = proc_reader_new(NULL);
		rc = s->pr ? proc_complete(s->pr, s->config, req, c.recs,
					   c.nrecs, cb, arg)
			   : -ENOMEM;
	}
	free(c.recs);
	arena_free(&c.kept);
	return rc;
}

const struct source_ops diag_source_ops = {
	.name = "taskdiag",
	.open = diag_open,
	.scan = diag_scan,
	.close = diag_close,
};
