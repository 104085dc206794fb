/*
 * collect.c - turning task records into the tree psmisc would build.
 *
 * psmisc reads /proc in directory order (ascending pid), adds each
 * process's threads before the process itself, and inserts every new
 * child into its parent's list after all siblings that sort equal (by
 * name then uid, or by pid with -n).  The resulting lists are therefore
 * a stable sort of the insertion order.  We reproduce that order as a
 * key (seq) and sort each list once, instead of psmisc's insertion into
 * linked lists, which is quadratic for many siblings.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/system/sys_facts.h"
#include "pstree/pstree.h"

/* psmisc's cmdline buffer without -l is the width + 1; with -l, BUFSIZ + 1 */
#define PSMISC_BUFSIZ 8192

/* orphans are appended to pid 1 after everything else */
#define SEQ_ORPHAN (1ULL << 63)

struct collect {
	struct tree *t;
	const struct opts *o;
	size_t args_max;	/* bytes of cmdline psmisc keeps */
	uint32_t arrival;
	double uptime;
	long hz;
	pid_t self;
};

/*
 * The insertion order: processes by pid (the /proc directory order), a
 * process's threads (in the order the source gave them) before itself.
 */
static uint64_t seq_of(const struct task *t, uint32_t arrival)
{
	return ((uint64_t)(uint32_t)t->tgid << 33) |
	       ((uint64_t)!t->nonleader << 32) | arrival;
}

static struct node *node_add(struct tree *t)
{
	static const unsigned long no_ns[PNS_COUNT];
	struct node *nd;

	if ((t->n + 1) * sizeof(*nd) > t->nodes_bytes) {
		struct node *nn = sys_big_grow(t->nodes, &t->nodes_bytes,
					       t->n * sizeof(*nn),
					       (t->n + 1024) * sizeof(*nn));

		if (!nn)
			return NULL;
		t->nodes = nn;
	}
	nd = &t->nodes[t->n++];
	memset(nd, 0, sizeof(*nd));
	nd->parent = NO_NODE;
	nd->ns = no_ns;
	return nd;
}

/* psmisc keeps the first PST_COMM_MAX bytes of a name */
static void set_comm(struct node *nd, const char *comm)
{
	size_t n = 0;

	while (n < PST_COMM_MAX && comm[n])
		n++;
	memcpy(nd->comm, comm, n);
	nd->comm[n] = '\0';
}

/*
 * psmisc's set_args() on the bytes it read plus the NUL it appends:
 * argc is the number of runs of NULs before the last byte, while the
 * arguments are split at every NUL, starting after the first one (the
 * program name is shown as comm).  Empty means argc -1: "(comm)".
 */
static int set_args(struct collect *c, struct node *nd, const struct tstr *cl)
{
	size_t n = cl->len < c->args_max ? cl->len : c->args_max;
	size_t size, i;
	char *buf;

	nd->argc = -1;
	if (!n)
		return 0;
	size = n + 1;
	buf = arena_alloc(&c->t->strings, size);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, cl->s, n);
	buf[n] = '\0';
	nd->argc = 0;
	for (i = 0; i + 1 < size; i++) {
		if (buf[i])
			continue;
		nd->argc++;
		while (!buf[i] && i + 1 < size)
			i++;
	}
	nd->argv0 = buf + strlen(buf) + 1;
	return 0;
}

static int keep_ctx(struct collect *c, struct node *nd, const struct tstr *s)
{
	nd->ctx = "";
	nd->ctx_len = 0;
	if (!s->s || !s->len)
		return 0;
	nd->ctx = arena_strndup(&c->t->strings, s->s, s->len);
	if (!nd->ctx)
		return -ENOMEM;
	nd->ctx_len = s->len;
	return 0;
}

static int keep_ns(struct collect *c, struct node *nd, const struct task *t)
{
	/* task_diag's order: cgroup ipc mnt net pid time user uts */
	static const int to_psmisc[TASK_DIAG_NS_COUNT] = {
		PNS_CGROUP, PNS_IPC, PNS_MNT, PNS_NET, PNS_PID, PNS_TIME,
		PNS_USER, PNS_UTS,
	};
	unsigned long *ns;
	int i;

	if (!(t->have & TG_BIT(TG_NS)))
		return 0;
	ns = arena_alloc(&c->t->strings, PNS_COUNT * sizeof(*ns));
	if (!ns)
		return -ENOMEM;
	memset(ns, 0, PNS_COUNT * sizeof(*ns));
	for (i = 0; i < TASK_DIAG_NS_COUNT; i++)
		ns[to_psmisc[i]] = t->ns[i];
	nd->ns = ns;
	return 0;
}

static int take_record(const struct task *t, void *arg)
{
	struct collect *c = arg;
	struct node *nd;

	/*
	 * psmisc's pstree has no threads of its own; ours may (a source
	 * can read with helper threads), and they must not show.
	 */
	if (t->nonleader && t->tgid == c->self)
		return 0;
	nd = node_add(c->t);
	if (!nd)
		return -ENOMEM;
	c->t->records++;
	nd->seq = seq_of(t, c->arrival++);
	set_comm(nd, t->comm);
	if (keep_ns(c, nd, t) < 0)
		return -ENOMEM;
	if (c->o->scontext && keep_ctx(c, nd, &t->secctx) < 0)
		return -ENOMEM;
	if (t->nonleader) {
		/* the rest comes from the process once all are read */
		nd->thread = 1;
		nd->pid = t->tid;
		nd->ppid = t->tgid;
		return 0;
	}
	nd->pid = t->tgid;
	nd->ppid = t->ppid == t->tgid ? 0 : t->ppid;
	nd->pgid = t->pgrp;
	nd->uid = t->owner;
	nd->age = c->uptime - (double)t->start_time / c->hz;
	if (nd->age < 0)
		nd->age = 0;
	if (c->o->args)
		return set_args(c, nd, &t->cmdline);
	return 0;
}

/*
 * The name psmisc shows for a thread with -t.  It reads the first line of
 * the thread's stat (fgets()) and takes what lies between the first "("
 * and the last ")" of that line; with no ")" there, the process's name.
 * The process's own name comes from the whole file (read()), so @comm,
 * read the same way, is whole.  Without a newline the line holds all of
 * it; with one, the line ends inside the name, which shows up to the last
 * ")" before that newline: "t) (x\n..." is "t".  *@len gets the length.
 */
static const char *thread_name(const char *comm, const char *lead, int *len)
{
	const char *nl = strchr(comm, '\n'), *close;

	if (nl) {
		close = memrchr(comm, ')', nl - comm);
		if (!close) {
			*len = strlen(lead);
			return lead;
		}
		*len = close - comm;
		return comm;
	}
	*len = strlen(comm);
	return comm;
}

/*
 * A thread shows its process's name in braces (its own with -t), and
 * psmisc gives it the process's uid, group and age.  A thread whose
 * process record is missing (it exited during the scan) is dropped, as
 * psmisc only reads threads while reading their process.
 */
static void resolve_thread(struct tree *t, struct node *nd, const struct opts *o)
{
	char name[PST_COMM_MAX + 3];
	const struct node *lead;
	const char *shown;
	int len;
	size_t i;

	if (!idmap_get(&t->bypid, nd->ppid, &i) || t->nodes[i].thread) {
		nd->gone = 1;
		return;
	}
	lead = &t->nodes[i];
	nd->uid = lead->uid;
	nd->pgid = lead->pgid;
	nd->age = lead->age;
	if (o->thread_names) {
		shown = thread_name(nd->comm, lead->comm, &len);
	} else {
		shown = lead->comm;
		len = strlen(shown);
	}
	snprintf(name, sizeof(name), "{%.*s}",
		 len < PST_COMM_MAX - 1 ? len : PST_COMM_MAX - 1, shown);
	set_comm(nd, name);
}

static int resolve_threads(struct tree *t, const struct opts *o)
{
	size_t i, j;

	if (idmap_init(&t->bypid, t->n) < 0)
		return -ENOMEM;
	for (i = 0; i < t->n; i++)
		if (!t->nodes[i].thread &&
		    idmap_add_first(&t->bypid, t->nodes[i].pid, i) < 0)
			return -ENOMEM;
	for (i = 0; i < t->n; i++)
		if (t->nodes[i].thread)
			resolve_thread(t, &t->nodes[i], o);
	/* drop the orphaned threads and index everything */
	for (i = j = 0; i < t->n; i++)
		if (!t->nodes[i].gone)
			t->nodes[j++] = t->nodes[i];
	t->n = j;
	idmap_free(&t->bypid);
	if (idmap_init(&t->bypid, t->n) < 0)
		return -ENOMEM;
	for (i = 0; i < t->n; i++)
		if (idmap_add_first(&t->bypid, t->nodes[i].pid, i) < 0)
			return -ENOMEM;
	return 0;
}

size_t tree_find(const struct tree *t, pid_t pid)
{
	size_t i;

	return idmap_get(&t->bypid, pid, &i) ? i : NO_NODE;
}

/* psmisc's new_proc("?", pid, 0) for a parent it never read */
static int add_placeholder(struct tree *t, pid_t pid, uint64_t created)
{
	struct node *nd = node_add(t);

	if (!nd)
		return -ENOMEM;
	nd->pid = pid;
	nd->placeholder = 1;
	nd->seq = created;
	set_comm(nd, "?");
	return idmap_add_first(&t->bypid, pid, t->n - 1) < 0 ? -ENOMEM : 0;
}

/*
 * Parents that were referenced but not read become "?" nodes; psmisc
 * creates one when the first child naming it is added, which is the
 * child with the smallest seq.
 */
static int add_placeholders(struct tree *t)
{
	size_t i, n = t->n, p;

	for (i = 0; i < n; i++) {
		/* copies: adding a placeholder may move the array */
		uint64_t seq = t->nodes[i].seq;
		pid_t ppid = t->nodes[i].ppid;

		if (t->nodes[i].pid == 0)
			continue;
		p = tree_find(t, ppid);
		if (p == NO_NODE) {
			if (add_placeholder(t, ppid, seq) < 0)
				return -ENOMEM;
		} else if (t->nodes[p].placeholder && seq < t->nodes[p].seq) {
			t->nodes[p].seq = seq;
		}
	}
	/* fix_orphans(): there is always a pid 1 to hang orphans on */
	if (tree_find(t, 1) == NO_NODE && add_placeholder(t, 1, UINT64_MAX) < 0)
		return -ENOMEM;
	return 0;
}

/*
 * Link every node to its parent.  fix_orphans() walks its list newest
 * first, so among equal orphans the last created comes first.
 */
static void link_parents(struct tree *t)
{
	size_t init = tree_find(t, 1), i;

	for (i = 0; i < t->n; i++) {
		struct node *nd = &t->nodes[i];

		if (nd->pid == 0 || (nd->placeholder && nd->pid == 1))
			continue;
		if (nd->placeholder) {
			nd->parent = init;
			nd->seq = SEQ_ORPHAN + ((1ULL << 62) - nd->seq);
		} else {
			nd->parent = tree_find(t, nd->ppid);
		}
	}
}

static int cmp_by_name(const void *a, const void *b, void *arg)
{
	const struct node *nodes = arg;
	const struct node *x = &nodes[*(const size_t *)a];
	const struct node *y = &nodes[*(const size_t *)b];
	int r = strcmp(x->comm, y->comm);

	if (r)
		return r;
	if (x->uid != y->uid)
		return x->uid < y->uid ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_by_pid(const void *a, const void *b, void *arg)
{
	const struct node *nodes = arg;
	const struct node *x = &nodes[*(const size_t *)a];
	const struct node *y = &nodes[*(const size_t *)b];

	if (x->pid != y->pid)
		return x->pid < y->pid ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* children lists in one array, each sorted once */
static int build_children(struct tree *t, const struct opts *o)
{
	size_t i, *fill;

	t->kids = malloc((t->n ? t->n : 1) * sizeof(*t->kids));
	fill = calloc(t->n ? t->n : 1, sizeof(*fill));
	if (!t->kids || !fill) {
		free(fill);
		return -ENOMEM;
	}
	for (i = 0; i < t->n; i++)
		if (t->nodes[i].parent != NO_NODE)
			t->nodes[t->nodes[i].parent].nkids++;
	for (i = 0; i < t->n; i++) {
		t->nodes[i].kid_off = i ? t->nodes[i - 1].kid_off +
				      t->nodes[i - 1].nkids : 0;
	}
	for (i = 0; i < t->n; i++) {
		size_t p = t->nodes[i].parent;

		if (p != NO_NODE)
			t->kids[t->nodes[p].kid_off + fill[p]++] = i;
	}
	free(fill);
	for (i = 0; i < t->n; i++)
		if (t->nodes[i].nkids > 1)
			qsort_r(t->kids + t->nodes[i].kid_off, t->nodes[i].nkids,
				sizeof(*t->kids),
				o->by_pid ? cmp_by_pid : cmp_by_name, t->nodes);
	return 0;
}

uint64_t tree_wanted_groups(const struct opts *o)
{
	/* the owner uid orders same-named siblings, so it is always needed */
	uint64_t g = TG_BIT(TG_MSG) | TG_BIT(TG_NAME) | TG_BIT(TG_OWNER);

	if (o->pgids)
		g |= TG_BIT(TG_SESS);
	if (o->color_age)
		g |= TG_BIT(TG_STAT);
	if (o->args)
		g |= TG_BIT(TG_CMDLINE);
	if (o->ns_change || o->ns_sort >= 0)
		g |= TG_BIT(TG_NS);
	if (o->scontext)
		g |= TG_BIT(TG_SECCTX);
	return g;
}

int tree_collect(struct tree *t, struct source *src, const struct opts *o)
{
	struct scan_request req = { 0 };
	struct collect c = { .t = t, .o = o };
	int rc;

	memset(t, 0, sizeof(*t));
	arena_init(&t->strings);
	c.args_max = o->trunc ? (size_t)o->width : PSMISC_BUFSIZ;
	c.hz = sys_hz();
	c.self = getpid();
	c.uptime = o->color_age ? sys_uptime() : 0;
	req.want = tree_wanted_groups(o);
	req.scope = SCAN_ALL;
	req.threads = !o->hide_threads;
	/*
	 * psmisc reads a process's node from /proc/PID, whose row here is
	 * the group leader's: the process's values, not the thread's
	 */
	req.leader_row_own = false;
	rc = source_scan(src, &req, take_record, &c);
	if (rc < 0)
		return rc;
	if (!t->records)
		return 0;
	if (resolve_threads(t, o) < 0 || add_placeholders(t) < 0)
		return -ENOMEM;
	link_parents(t);
	return build_children(t, o);
}

void tree_free(struct tree *t)
{
	sys_big_free(t->nodes, t->nodes_bytes);
	free(t->kids);
	free(t->groups);
	free(t->ns_roots);
	idmap_free(&t->bypid);
	arena_free(&t->strings);
	memset(t, 0, sizeof(*t));
}
