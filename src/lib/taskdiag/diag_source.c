/*
 * diag_source.c - the task_diag source: one generic-netlink dump per scan.
 *
 * One socket (diag_nl.c, by hand: diag_nl.h says why not libnl) asks the
 * kernel for the "TASKDIAG" family (almost no kernel has it: that answer
 * must come cheap) and then sends the dump requests; each answer is read
 * a datagram at a time and decoded by diag_decode.c, which holds all
 * parsing.  When the kernel refuses, its extended ack (the words
 * task_diag.c gives with NL_SET_ERR_MSG) follows the errno: into --info
 * when opening, into the scan's error (source_scan) after a dump.
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
#include <sys/stat.h>
#include <unistd.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "lib/source/source.h"
#include "lib/taskdiag/diag_decode.h"
#include "lib/source/fill.h"
#include "lib/record/groups.h"
#include "lib/taskdiag/diag_nl.h"

/* the socket's receive buffer: room for a burst of dump datagrams */
#define DIAG_RCVBUF (4 * 1024 * 1024)

struct diag_state {
	struct diag_nl nl;	/* fd -1 when replaying */
	int family;
	int dirty;		/* a dump was left unfinished on the socket */
	/* the kernel's words on the last failed dump (diag_said()), or "" */
	char said[200];
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

/* ---- opening ---- */

/*
 * What the kernel said beyond the errno, into @buf: its message, and
 * which part of our request it blames.  Every request has one attribute,
 * right after the genetlink header: @attr names it.
 */
static void diag_said(const struct diag_ack *ack, const char *attr,
		      char *buf, size_t size)
{
	size_t n = snprintf(buf, size, "%s", ack->msg);

	if (n >= size || !ack->has_offs)
		return;
	if (ack->offs == NLMSG_HDRLEN + GENL_HDRLEN)
		snprintf(buf + n, size - n, "%s(in %s)", n ? " " : "", attr);
	else
		snprintf(buf + n, size - n, "%s(at byte %u of the request)",
			 n ? " " : "", (unsigned)ack->offs);
}

/* the socket, the family looked up; 0 or -errno, *why set on failure */
static int sock_open(struct diag_state *s, char *why, size_t why_size)
{
	struct diag_ack ack;
	char said[sizeof(s->said)];
	int rc;

	rc = diag_nl_open(&s->nl);
	if (rc < 0)
		return rc;
	rc = diag_nl_family(&s->nl, TASKDIAG_GENL_NAME, &ack);
	if (rc == -ENOENT) {
		snprintf(why, why_size,
			 "no %s generic-netlink family in this kernel",
			 TASKDIAG_GENL_NAME);
		return rc;
	}
	if (rc < 0) {
		/* without words the caller says strerror() alone */
		diag_said(&ack, "CTRL_ATTR_FAMILY_NAME", said, sizeof(said));
		if (*said)
			snprintf(why, why_size, "%s: %s", strerror(-rc), said);
		return rc;
	}
	s->family = rc;
	return diag_nl_prepare(&s->nl, DIAG_RCVBUF);
}

static void sock_close(struct diag_state *s)
{
	diag_nl_close(&s->nl);
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
	s->nl.fd = -1;
	s->record_fd = -1;
	s->config = args->config;
	s->dec = diag_decoder_new();
	if (!s->dec)
		goto fail;
	replay = args->config->taskdiag_replay;
	record = args->config->taskdiag_record;
	if (replay && *replay) {
		rc = load_replay(s, replay);
		snprintf(args->why, sizeof(args->why), "replaying %s", replay);
	} else {
		rc = sock_open(s, args->why, sizeof(args->why));
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
	int rc;

	sock_close(s);
	s->dirty = 0;
	rc = diag_nl_open(&s->nl);
	return rc ? rc : diag_nl_prepare(&s->nl, DIAG_RCVBUF);
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

static int recv_dump(struct diag_state *s, struct scan_ctx *c)
{
	ssize_t n;
	int rc;

	do {
		n = diag_nl_recv(&s->nl);	/* -ENOBUFS: the dump overran us */
		if (n < 0)
			return n;
		record(s, s->nl.buf, n);
		rc = diag_decoder_feed(s->dec, s->nl.buf, n, on_task, c);
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
	bool live = !s->replay;
	const struct diag_ack *ack;
	int rc;

	s->said[0] = '\0';
	if (live) {
		if (s->dirty && (rc = sock_reopen(s)) < 0)
			return rc;
		rc = diag_nl_request(&s->nl, s->family, NLM_F_DUMP,
				     TASKDIAG_CMD_GET, TASKDIAG_GENL_VERSION,
				     TASKDIAG_CMD_ATTR_GET, &req, sizeof(req));
		if (rc < 0)
			return rc;
		dd.seq = s->nl.seq;
		dd.portid = s->nl.portid;
		dd.family = s->family;
	}
	diag_decoder_start(s->dec, &dd);
	rc = live ? recv_dump(s, c) : replay_dump(s, c);
	s->dump_intr += diag_decoder_stats(s->dec)->dump_intr;
	ack = diag_decoder_ack(s->dec);
	if (rc < 0 && ack->error == rc)
		diag_said(ack, "TASKDIAG_CMD_ATTR_GET", s->said,
			  sizeof(s->said));
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
			s->pr = proc_reader_new();
		rc = s->pr ? proc_complete(s->pr, s->config, req, c.recs,
					   c.nrecs, cb, arg)
			   : -ENOMEM;
	}
	free(c.recs);
	arena_free(&c.kept);
	return rc;
}

static const char *diag_failure(void *state)
{
	struct diag_state *s = state;

	return s->said;
}

const struct source_ops diag_source_ops = {
	.name = "taskdiag",
	.open = diag_open,
	.scan = diag_scan,
	.close = diag_close,
	.failure = diag_failure,
};
