/*
 * bpf_proof.c - proving a process dump complete without listing /proc,
 * and the system's task and process counts it and auto use.
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

#include "lib/bpf/bpf_priv.h"
#include "lib/proc/proc_parse.h"
#include "lib/record/task.h"
#include "lib/system/sys_facts.h"


int bpf_tasks_now(struct tasks_now *n)
{
	char path[256], buf[128];
	const char *slash;

	snprintf(path, sizeof(path), "%s/loadavg", sys_proc_root());
	if (sys_read_file(AT_FDCWD, path, buf, sizeof(buf)) <= 0)
		return -1;
	slash = strchr(buf, '/');
	if (!slash || sscanf(slash + 1, "%ld %ld", &n->threads, &n->last_pid) != 2)
		return -1;
	return 0;
}

/* the number of tasks on the system, or -1 */
long bpf_count_tasks(void)
{
	struct tasks_now n;

	return bpf_tasks_now(&n) == 0 ? n.threads : -1;
}

/*
 * The processes on the whole system, for one stat(): /proc's link count
 * is its own subdirectories' plus nr_processes(), a sum of per-CPU
 * counters (fs/proc/root.c, proc_root_getattr(), since Linux 2.6).  Less
 * 2 it is at most a dozen over (the fixed subdirectories: net, sys, ...,
 * ten on 6.18).  -1 if /proc says nothing of the kind.
 */
long bpf_count_processes(void)
{
	struct stat st;

	if (stat(sys_proc_root(), &st) != 0 || st.st_nlink <= 2)
		return -1;
	return (long)st.st_nlink - 2;
}

/* ---- proving the dump complete ---- */

/*
 * Listing /proc to check the dump costs as much as the dump.  For a
 * process scan in the initial pid namespace a few numbers prove instead
 * that the dump saw every task:
 *   - /proc/loadavg before and after the dump shows the same number of
 *     tasks (nr_threads) and the same last pid allocated: no task was
 *     created during the dump, so none was reaped either (the count would
 *     have dropped) and the task set stayed the same;
 *   - the program was shown tasks in strictly ascending pid order (none
 *     twice) and as many as that count, less those of pid 1, which the
 *     iterator skips on some kernels and which is then read from /proc.
 * Anything else, and in other pid namespaces (the count is the whole
 * system's), lists /proc as before.
 */
#define PROC_PID_INIT_INO 0xEFFFFFFCU	/* the initial pid namespace's inode */

/* bpf_open() has made sure /proc is of this pid namespace */
int bpf_in_init_pid_ns(void)
{
	char path[256];
	struct stat st;

	snprintf(path, sizeof(path), "%s/self/ns/pid", sys_proc_root());
	return stat(path, &st) == 0 && st.st_ino == PROC_PID_INIT_INO;
}

/*
 * The walk the program reported in the dump's NLMSG_DONE, which ends the
 * dump: read at its tail, not by walking 10000 messages (a cache miss
 * each).  The decoder checks the framing of everything before it.
 * 0 or -1.
 */
static int dump_walk(const unsigned char *buf, size_t len,
		     struct tdps_bpf_walk *w, int *first_tgid)
{
	const size_t msg_at = NLMSG_HDRLEN + GENL_HDRLEN + NLA_HDRLEN;
	const size_t done_len = NLMSG_HDRLEN + sizeof(struct tdps_bpf_done);
	struct tdps_bpf_done d;
	struct nlmsghdr h;
	uint32_t tgid;

	*first_tgid = 0;
	if (len < done_len)
		return -1;
	memcpy(&h, buf + len - done_len, sizeof(h));
	if (h.nlmsg_type != NLMSG_DONE || h.nlmsg_len != done_len)
		return -1;
	memcpy(&d, buf + len - done_len + NLMSG_HDRLEN, sizeof(d));
	*w = d.walk;
	if (len - done_len >= msg_at + sizeof(tgid)) {
		memcpy(&h, buf, sizeof(h));
		if (h.nlmsg_type != NLMSG_DONE && h.nlmsg_len >= msg_at + sizeof(tgid)) {
			memcpy(&tgid, buf + msg_at, sizeof(tgid));
			*first_tgid = (int)tgid;
		}
	}
	return w->magic == TDPS_BPF_WALK_MAGIC ? 0 : -1;
}

/*
 * Did the program serve this reader?  A refused dump (the reader's /proc
 * hides tasks, or the program kept no walk for the read) holds no task.
 */
int bpf_dump_served(const struct bpf_state *s)
{
	struct tdps_bpf_walk w;
	int first;

	return dump_walk(s->buf, s->len, &w, &first) == 0 &&
	       w.view == TDPS_BPF_VIEW_SERVED;
}

/* the number of threads of pid 1 (/proc/1/stat), or -1 */
static long init_threads(void)
{
	char path[256], buf[1024];
	struct task t;

	snprintf(path, sizeof(path), "%s/1/stat", sys_proc_root());
	if (sys_read_file(AT_FDCWD, path, buf, sizeof(buf)) <= 0)
		return -1;
	task_init(&t, 1, 1);
	return proc_parse_stat(buf, &t) == 0 ? t.nlwp : -1;
}

/*
 * Is the dump in s->buf, taken between @before and @after, complete?
 * Sets *hidden_init when pid 1 must be read from /proc.
 */
int bpf_dump_proven(struct bpf_state *s, const struct tasks_now *before,
		       const struct tasks_now *after, int *hidden_init)
{
	struct tdps_bpf_walk w;
	long hidden = 0;
	int first, ok;

	*hidden_init = 0;
	if (dump_walk(s->buf, s->len, &w, &first) < 0)
		return 0;
	if (first != 1) {
		hidden = init_threads();
		*hidden_init = 1;
	}
	ok = w.level == 0 && w.ordered && hidden >= 0 &&
	     before->threads == after->threads &&
	     before->last_pid == after->last_pid &&
	     (long)w.visited + hidden == before->threads;
	if (s->config->bpf_debug)
		fprintf(stderr, "tdps: bpf dump %s: %llu tasks shown to the program "
			"(%s), %ld of pid 1 not, /proc/loadavg %ld/%ld then %ld/%ld\n",
			ok ? "proven complete" : "not proven, listing /proc",
			(unsigned long long)w.visited,
			w.ordered ? "in order" : "out of order", hidden,
			before->threads, before->last_pid, after->threads,
			after->last_pid);
	return ok;
}

