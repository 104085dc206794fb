/*
 * dumpstat - what a recorded BPF dump (TDPS_BPF_RECORD) holds: the number
 * of tasks, then for each group the number of tasks that carry it, as
 * "tasks=N msg=N cred=N name=N ...", decoded by the real decoder;
 * sess=N: tasks whose message carries a pgid and sid (the program leaves
 * them at -1 unless asked); and addr=N: tasks whose stat shows more than
 * procfs shows a reader who may not ptrace them (code and stack
 * addresses, kernel stack pointers, the wchan flag), which the program
 * must never send; view=served|refused|none: what the dump's end says
 * of its reader (task_iter.h; none: no walk, or no end).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netlink.h>

#include "lib/taskdiag/diag_decode.h"
#include "lib/record/groups.h"
#include "lib/bpf/task_iter.h"

static unsigned long count[64], tasks, addr, sess;

static int on_task(struct task *t, struct arena *a, void *arg)
{
	int g;

	(void)a;
	(void)arg;
	tasks++;
	if (t->pgrp != -1 && t->sid != -1)
		sess++;
	if ((t->have & TG_BIT(TG_STAT)) &&
	    (t->start_code > 1 || t->end_code > 1 || t->start_stack ||
	     t->kstk_esp || t->kstk_eip || t->wchan))
		addr++;
	for (g = 0; g < 64; g++)
		if (t->have & TG_BIT(g))
			count[g]++;
	return 0;
}

/* the view in the walk at the end of the dump */
static const char *view(const char *buf, size_t len)
{
	const size_t done = NLMSG_HDRLEN + sizeof(struct tdps_bpf_done);
	struct tdps_bpf_done d;
	struct nlmsghdr h;

	if (len < done)
		return "none";
	memcpy(&h, buf + len - done, sizeof(h));
	memcpy(&d, buf + len - done + NLMSG_HDRLEN, sizeof(d));
	if (h.nlmsg_type != NLMSG_DONE || d.walk.magic != TDPS_BPF_WALK_MAGIC)
		return "none";
	return d.walk.view == TDPS_BPF_VIEW_SERVED ? "served" :
	       d.walk.view == TDPS_BPF_VIEW_REFUSED ? "refused" : "none";
}

int main(int argc, char **argv)
{
	static const char *const names[TG_NGROUPS] = {
		"cred", "stat", "statm", "cmdline", "environ", "name",
		"signal", "groups", "cgroup", "wchan", "io", "ns", "oom",
		"login", "exe", "autogroup", "smaps", "secctx",
	};
	struct diag_dump dd = { .family = TDPS_BPF_MSG_TYPE, .source = GS_BPF };
	struct diag_decoder *d;
	static char buf[64 << 20];
	size_t len;
	FILE *f;
	int g, rc;

	if (argc != 2 || !(f = fopen(argv[1], "rb"))) {
		fprintf(stderr, "usage: dumpstat FILE\n");
		return 2;
	}
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	d = diag_decoder_new();
	diag_decoder_start(d, &dd);
	rc = diag_decoder_feed(d, buf, len, on_task, NULL);
	printf("rc=%d tasks=%lu msg=%lu", rc, tasks, count[TG_MSG]);
	for (g = 0; g < TG_NGROUPS; g++)
		printf(" %s=%lu", names[g], count[g]);
	printf(" stataddr=%lu addr=%lu sess=%lu view=%s\n", count[TG_STATADDR],
	       addr, sess, view(buf, len));
	diag_decoder_free(d);
	return rc == 1 ? 0 : 1;
}
