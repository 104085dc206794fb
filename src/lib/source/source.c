/*
 * source.c - the source kinds, opening the one named (auto chooses in
 * choose.c), scanning, how long a read that waits on a process may last
 * (the /proc walk's watch and the front ends' messages both ask), and
 * this process's own terminal, for ps.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/source/choose.h"
#include "lib/bpf/bpf_pin.h"
#include "lib/proc/proc_parse.h"
#include "lib/system/sys_facts.h"

/* the one list of source kinds, by kind; ops NULL: not built in (or auto) */
static const struct {
	const char *name;
	enum source_kind kind;
	const struct source_ops *ops;
} kinds[] = {
	[SOURCE_AUTO] = { "auto", SOURCE_AUTO, NULL },
	[SOURCE_PROC] = { "proc", SOURCE_PROC, &proc_source_ops },
#ifdef HAVE_TASKDIAG_SOURCE
	[SOURCE_TASKDIAG] = { "taskdiag", SOURCE_TASKDIAG, &diag_source_ops },
#else
	[SOURCE_TASKDIAG] = { "taskdiag", SOURCE_TASKDIAG, NULL },
#endif
#ifdef HAVE_BPF_SOURCE
	[SOURCE_BPF] = { "bpf", SOURCE_BPF, &bpf_source_ops },
#else
	[SOURCE_BPF] = { "bpf", SOURCE_BPF, NULL },
#endif
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

/*
 * How long a read that waits on another process may last before its
 * reader is given up (the /proc walk's watch, proc_scan.c): far beyond
 * the slowest such read measured on a heavily loaded machine
 * (bench/results.md, "Figures behind design choices in the code"), short
 * enough that a stuck process costs a listing seconds, not forever.  The
 * config's read_deadline_ms (TDPS_READ_DEADLINE_MS) overrides it (tests).
 */
#define READ_DEADLINE_MS 2000

unsigned source_read_deadline_ms(const struct source_config *config)
{
	const struct config_number *ms = &config->read_deadline_ms;

	return ms->set && ms->value > 0 && ms->value < 3600000 ?
	       (unsigned)ms->value : READ_DEADLINE_MS;
}

int source_self_tty(unsigned *tty)
{
	char buf[1024], path[4096];
	struct task t;

	memset(&t, 0, sizeof(t));
	snprintf(path, sizeof(path), "%s/self/stat", sys_proc_root());
	if (sys_read_file(AT_FDCWD, path, buf, sizeof(buf)) < 0 ||
	    proc_parse_stat(buf, &t) < 0)
		return -1;
	*tty = (unsigned)t.tty;
	return 0;
}

int source_kind_parse(const char *name)
{
	size_t i;

	for (i = 0; i < NKINDS; i++)
		if (!strcmp(name, kinds[i].name))
			return kinds[i].kind;
	return -1;
}

const char *source_kind_name(enum source_kind kind)
{
	return (size_t)kind < NKINDS ? kinds[kind].name : "?";
}

const char *source_kind_names(void)
{
	static char buf[64];
	size_t i, n = 0;

	if (!buf[0])
		for (i = 0; i < NKINDS; i++)
			n += snprintf(buf + n, sizeof(buf) - n, "%s%s",
				      i ? ", " : "", kinds[i].name);
	return buf;
}

int source_try_open(struct source *src, enum source_kind kind,
		    struct source_args *args)
{
	const struct source_ops *ops = kinds[kind].ops;
	int rc;

	args->why[0] = '\0';
	if (!ops) {
		snprintf(args->why, sizeof(args->why), "not built in");
		return -EPROTONOSUPPORT;
	}
	rc = ops->open(&src->state, args);
	if (rc < 0 && !args->why[0])
		snprintf(args->why, sizeof(args->why), "%s", strerror(-rc));
	if (rc == 0)
		src->ops = ops;
	return rc;
}

int source_open(struct source *src, enum source_kind kind, uint64_t want,
		bool threads, const struct source_config *config)
{
	struct source_args args = { .config = config, .want = want,
				    .threads = threads };
	int rc;

	src->ops = NULL;
	src->state = NULL;
	src->nunread = 0;
	src->more_unread = 0;
	src->failed[0] = '\0';
	/* task_diag and BPF see the kernel's tasks, not a made-up tree */
	if (sys_proc_root_set()) {
		if (kind == SOURCE_AUTO)
			kind = SOURCE_PROC;
		if (kind != SOURCE_PROC) {
			snprintf(src->why, sizeof(src->why),
				 "it reads the kernel's tasks, not %s",
				 sys_proc_root());
			return -EINVAL;
		}
	}
	if (kind == SOURCE_AUTO)
		return source_choose(src, &args);
	rc = source_try_open(src, kind, &args);
	snprintf(src->why, sizeof(src->why), "%s", args.why);
	return rc;
}

/* the caller's callback, and a note of each record with unread files */
struct noting {
	struct source *src;
	task_cb cb;
	void *arg;
};

static void note_unread(struct source *src, const struct task *t)
{
	struct source_unread *u;
	size_t i;

	/* the files are the process's (its threads share its memory) */
	for (i = 0; i < src->nunread; i++)
		if (src->unread[i].tgid == t->tgid) {
			src->unread[i].files |= t->timed_out;
			return;
		}
	if (src->nunread == SOURCE_UNREAD_MAX) {
		src->more_unread++;
		return;
	}
	u = &src->unread[src->nunread++];
	u->tgid = t->tgid;
	u->files = t->timed_out;
}

static int noting_cb(const struct task *t, void *arg)
{
	struct noting *n = arg;

	if (t->timed_out)
		note_unread(n->src, t);
	return n->cb(t, n->arg);
}

int source_scan(struct source *src, const struct scan_request *req,
		task_cb cb, void *arg)
{
	struct noting n = { .src = src, .cb = cb, .arg = arg };
	const char *more;
	int rc;

	rc = src->ops->scan(src->state, req, noting_cb, &n);
	src->failed[0] = '\0';
	if (rc < 0) {
		more = src->ops->failure ? src->ops->failure(src->state) : "";
		snprintf(src->failed, sizeof(src->failed), "%s%s%s",
			 strerror(-rc), *more ? ": " : "", more);
	}
	return rc;
}

void source_close(struct source *src)
{
	if (src->ops)
		src->ops->close(src->state);
	src->ops = NULL;
}

const char *source_name(const struct source *src)
{
	return src->ops ? src->ops->name : "none";
}

#ifndef HAVE_BPF_SOURCE
int bpf_pin(const char *dir, const struct source_config *config,
	    int *world_readable)
{
	*world_readable = 0;
	return -EPROTONOSUPPORT;
}

int bpf_unpin(const char *dir)
{
	return -EPROTONOSUPPORT;
}

const char *bpf_load_why(void)
{
	return "";
}
#endif
