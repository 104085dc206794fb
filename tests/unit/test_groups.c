/*
 * test_groups.c - the data-group contract (src/lib/record/groups.c) is complete
 * and consistent, and what it derives is what the sources rely on: the
 * files a want makes the /proc reader read, the show_flags it makes the
 * kernel-side sources ask for, and the groups a record gains through
 * stand-ins.  No /proc needed.
 */
#include <stdlib.h>

#include "../check.h"
#include "lib/columns/fields.h"
#include "lib/record/groups.h"
#include "lib/bpf/task_iter.h"

#define B(g) TG_BIT(TG_##g)
#define F(f) (1u << PFILE_##f)
#define K(g) TASK_DIAG_SHOW_##g

static int low_bit(uint64_t m)
{
	return __builtin_ctzll(m);
}

/* every group a record can hold has a row, a file, and sane links */
static void complete(void)
{
	uint64_t m;

	for (m = TG_ALL; m; m &= m - 1) {
		int g = low_bit(m);
		const struct group_def *d = &group_defs[g];

		CHECK(d->name != NULL, "group %d has a row", g);
		if (!d->name)
			continue;
		CHECK(d->file > PFILE_NONE && d->file < PFILE_COUNT,
		      "%s: a /proc file fills it (%s)", d->name,
		      group_file_name(d->file));
		CHECK(d->kernel == KG_NONE ||
		      (d->kernel >= 0 && d->kernel < TG_NGROUPS) ||
		      (d->kernel < 64 && d->sources == GS_BPF),
		      "%s: its kernel group is a task_diag group, or a show "
		      "bit of the BPF program's own", d->name);
		if (d->stand_in) {
			const struct group_def *s =
				&group_defs[low_bit(d->stand_in)];

			CHECK(!(d->stand_in & (d->stand_in - 1)) && s->name,
			      "%s: one stand-in, which has a row", d->name);
			/* read first, so the group's own file is never read too */
			CHECK(s->file < d->file,
			      "%s: the stand-in's file (%s) comes before its own (%s)",
			      d->name, group_file_name(s->file),
			      group_file_name(d->file));
			CHECK(s->public || !d->public,
			      "%s: no less public than its stand-in", d->name);
		}
	}
	for (m = TASK_DIAG_SHOW_ALL; m; m &= m - 1)
		CHECK(group_defs[low_bit(m)].kernel == low_bit(m),
		      "task_diag group %d is carried as itself", low_bit(m));
}

/* the BPF program's own list of what it writes agrees with the table */
static void bpf_agrees(void)
{
	CHECK_EQ(group_kernel_mask(GS_BPF, false), TDPS_BPF_GROUPS,
		 "groups the table says BPF sends, against the program's");
	CHECK_EQ(group_kernel_mask(GS_TASKDIAG, false), TASK_DIAG_SHOW_ALL,
		 "task_diag sends every kernel group");
	CHECK((group_kernel_mask(GS_BPF, true) & TDPS_BPF_PUBLIC_GROUPS) ==
	      TDPS_BPF_PUBLIC_GROUPS,
	      "what a pin sends is public in the table");
	CHECK(!(group_kernel_mask(GS_TASKDIAG, true) &
		(K(ENVIRON) | K(IO) | K(EXE) | K(NS) | K(SMAPS))),
	      "environ, io, exe, ns and smaps are not public");
}

static void files(void)
{
	CHECK_EQ(group_files(B(MSG), 0), F(STAT), "ids: stat");
	CHECK_EQ(group_files(B(MSG) | B(NAME) | B(STAT), 0), F(STAT),
		 "one stat read for its three groups");
	CHECK_EQ(group_files(B(OWNER), 0), F(DIR), "owner alone: the directory");
	CHECK_EQ(group_files(B(OWNER) | B(CRED), 0), F(STATUS),
		 "owner with credentials: status only");
	CHECK_EQ(group_files(B(OWNER) | B(STATM), 0), F(STATUS),
		 "owner with VmLck: status gives the owner too");
	CHECK_EQ(group_files(B(OWNER), B(CRED)), 0,
		 "owner of a record with credentials: nothing to read");
	CHECK_EQ(group_files(B(RSS), 0), F(STATM), "rss alone: statm");
	CHECK_EQ(group_files(B(RSS) | B(SIGNAL), 0), F(STATUS),
		 "rss with signals: status only");
	CHECK_EQ(group_files(B(RSS) | B(OWNER) | B(CMDLINE), 0),
		 F(DIR) | F(STATM) | F(CMDLINE), "aux without status");
	CHECK_EQ(group_files(B(MSG) | B(STAT), B(MSG) | B(NAME)), F(STAT),
		 "what a kernel did not send is read");
	CHECK_EQ(group_files(B(OOM) | B(NS) | B(WCHAN), 0),
		 F(OOM) | F(NS) | F(WCHAN), "one file per group otherwise");
}

static void requests(void)
{
	CHECK_EQ(group_request(B(MSG), GS_TASKDIAG, false), 0,
		 "ids come with every message");
	CHECK_EQ(group_request(B(OWNER), GS_TASKDIAG, false), K(CRED),
		 "owner: credentials stand in");
	CHECK_EQ(group_request(B(RSS) | B(STAT), GS_TASKDIAG, false),
		 K(STATM) | K(STAT), "rss: statm stands in");
	CHECK_EQ(group_request(B(NAME) | B(CMDLINE) | B(OWNER) | B(ENVIRON),
			       GS_BPF, false),
		 K(NAME) | K(CRED),
		 "what BPF cannot send is left to /proc");
	CHECK_EQ(group_request(B(CMDLINE), GS_BPF, false) |
		 group_request(B(CMDLINE), GS_BPF, true), 0,
		 "a command line never comes from BPF: it is the task's memory");
	CHECK_EQ(group_request(B(CMDLINE), GS_TASKDIAG, false), K(CMDLINE),
		 "task_diag reads it with /proc's rules");
	CHECK_EQ(group_request(B(STATADDR), GS_BPF, false), 0,
		 "stat's guarded part never comes from BPF");
	CHECK_EQ(group_request(B(STATADDR), GS_TASKDIAG, false), K(STAT),
		 "task_diag sends it in its stat");
	CHECK_EQ(group_request(B(ENVIRON) | B(STAT), GS_BPF, true), K(STAT),
		 "a pin: public groups only");
	CHECK_EQ(group_delivered(TASK_DIAG_STAT, GS_BPF), B(STAT),
		 "BPF's stat fills the public part");
	CHECK_EQ(group_delivered(TASK_DIAG_STAT, GS_TASKDIAG),
		 B(STAT) | B(STATADDR), "task_diag's stat fills both");
	CHECK_EQ(group_file_groups(PFILE_STAT),
		 B(MSG) | B(SESS) | B(NAME) | B(STAT) | B(STATADDR),
		 "one read of stat fills its five groups");
	CHECK_EQ(group_in_msg(GS_TASKDIAG), B(MSG) | B(SESS),
		 "every task_diag message carries the ids and the session");
	CHECK_EQ(group_in_msg(GS_BPF), B(MSG),
		 "every BPF message carries the ids");
	CHECK_EQ(group_request(B(SESS) | B(MSG), GS_BPF, true),
		 TDPS_BPF_SHOW_SESS, "BPF sends the session when asked, pins too");
	CHECK_EQ(group_request(B(SESS), GS_TASKDIAG, false), 0,
		 "task_diag needs no request for the session");
}

static void derive(void)
{
	struct task t;

	task_init(&t, 10, 10);
	t.euid = 1000;
	t.egid = 100;
	t.have = B(MSG) | B(CRED);
	group_derive(&t);
	CHECK((t.have & B(OWNER)) && t.owner == 1000,
	      "credentials give the owner (the euid)");
	CHECK(!(t.have & B(RSS)), "and no rss");
	t.have = B(MSG) | B(STATM);
	group_derive(&t);
	CHECK(t.have & B(RSS), "statm's group gives rss");
}

/* the field table needs only groups the contract knows */
static void fields_known(void)
{
	unsigned i, bad = 0;

	for (i = 0; i < nfield_defs; i++)
		if (field_defs[i].groups & ~TG_ALL)
			bad++;
	CHECK_EQ(bad, 0, "specifiers needing a group without a row");
}

int main(void)
{
	complete();
	bpf_agrees();
	files();
	requests();
	derive();
	fields_known();
	return check_done();
}
