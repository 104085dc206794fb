/*
 * select.c - which processes a ps command line shows.
 *
 * The simple selections (a, x, -a, -d, g and the default "mine, on my
 * terminal") are a 16-entry truth table over four properties, as in
 * procps until 4.0.5, or since 4.0.6 a conjunction of up to four tests;
 * lists (-p, -u, -t...) are ORed in; r and -N apply last.
 */
#include <string.h>

#include "lib/columns/escape.h"
#include "lib/columns/fields.h"
#include "ps/ps.h"

#include "lib/record/versions.h"

/* procps 4.0.6: the simple selection as the tests every process must pass */
static const char *select_tests(struct ps *ps)
{
	unsigned t = 0;

	/* SunOS does not show session leaders without g */
	if ((ps->personality & PER_NO_DEFAULT_g) &&
	    !(ps->simple_select & SIMPLE_B_g))
		t |= STEST_NO_LEADER;
	switch (ps->simple_select) {
	case 0:
		t |= STEST_MY_EUID | (ps->prefer_bsd ? STEST_HAS_TTY : STEST_MY_TTY);
		break;
	case SIMPLE_U_a:
		t |= STEST_NO_LEADER | STEST_HAS_TTY;
		break;
	case SIMPLE_U_d:
	case SIMPLE_U_a | SIMPLE_U_d:
		t |= STEST_NO_LEADER;
		break;
	case SIMPLE_B_a:
	case SIMPLE_B_a | SIMPLE_B_g:
		t |= STEST_HAS_TTY;
		break;
	case SIMPLE_B_x:
	case SIMPLE_B_x | SIMPLE_B_g:
		t |= STEST_MY_EUID;
		break;
	case SIMPLE_B_a | SIMPLE_B_x:
	case SIMPLE_B_a | SIMPLE_B_x | SIMPLE_B_g:
		ps->all = true;
		ps->simple_select = 0;
		break;
	default:
		return "process selection options conflict";
	}
	ps->select_tests = t;
	return NULL;
}

const char *ps_select_setup(struct ps *ps)
{
	unsigned s;

	if (procps->select_tests)
		return select_tests(ps);

	if (!ps->simple_select && !ps->prefer_bsd) {
		ps->select_bits = 0xaa00;	/* mine, on my terminal */
		return NULL;
	}
	/* g is implied everywhere but SunOS */
	if (!(ps->personality & PER_NO_DEFAULT_g) &&
	    !(ps->simple_select & (SIMPLE_U_a | SIMPLE_U_d)))
		s = ps->simple_select | SIMPLE_B_g;
	else
		s = ps->simple_select;
	switch (s) {
	case SIMPLE_U_a | SIMPLE_U_d: ps->select_bits = 0x3f3f; break;
	case SIMPLE_U_a: ps->select_bits = 0x0303; break;
	case SIMPLE_U_d: ps->select_bits = 0x3333; break;
	case 0: ps->select_bits = 0x0202; break;
	case SIMPLE_B_a: ps->select_bits = 0x0303; break;
	case SIMPLE_B_x: ps->select_bits = 0x2222; break;
	case SIMPLE_B_x | SIMPLE_B_a: ps->select_bits = 0x3333; break;
	case SIMPLE_B_g: ps->select_bits = 0x0a0a; break;
	case SIMPLE_B_g | SIMPLE_B_a: ps->select_bits = 0x0f0f; break;
	case SIMPLE_B_g | SIMPLE_B_x: ps->select_bits = 0xaaaa; break;
	case SIMPLE_B_g | SIMPLE_B_x | SIMPLE_B_a:
		ps->all = true;
		ps->simple_select = 0;
		break;
	default:
		return "process selection options conflict";
	}
	return NULL;
}

static bool tests_accept(const struct ps *ps, const struct task *t)
{
	unsigned st = ps->select_tests;

	return !((st & STEST_MY_EUID) && t->euid != ps->my_euid) &&
	       !((st & STEST_MY_TTY) && (unsigned)t->tty != ps->my_tty) &&
	       !((st & STEST_NO_LEADER) && t->sid == t->tgid) &&
	       !((st & STEST_HAS_TTY) && !t->tty);
}

static bool table_accept(const struct ps *ps, const struct task *t)
{
	unsigned idx = (t->euid == ps->my_euid) |
		       (t->sid == t->tgid) << 1 |
		       (!t->tty) << 2 |
		       ((unsigned)t->tty == ps->my_tty) << 3;

	return ps->select_bits & (1u << idx);
}

static bool comm_matches(const struct task *t, const char *want)
{
	char comm[64];
	size_t len = field_comm_text(t, comm, sizeof(comm));

	/* comm is at most 15 bytes; a longer name matches by its prefix */
	if (len == 15 && strlen(want) >= 15 && !strncmp(comm, want, 15))
		return true;
	return !strncmp(comm, want, 63);
}

static bool listed(const struct ps *ps, const struct task *t)
{
	const struct selection *s;
	int i;

	for (s = ps->sel; s; s = s->next) {
		for (i = 0; i < s->n; i++) {
			const union sel_value *v = &s->v[i];
			bool hit = false;

			switch (s->type) {
			case SEL_RUID: hit = t->ruid == v->uid; break;
			case SEL_EUID: hit = t->euid == v->uid; break;
			case SEL_SUID: hit = t->suid == v->uid; break;
			case SEL_FUID: hit = t->fuid == v->uid; break;
			case SEL_RGID: hit = t->rgid == v->gid; break;
			case SEL_EGID: hit = t->egid == v->gid; break;
			case SEL_SGID: hit = t->sgid == v->gid; break;
			case SEL_FGID: hit = t->fgid == v->gid; break;
			case SEL_PGRP: hit = t->pgrp == v->pid; break;
			case SEL_PID:
			case SEL_PID_QUICK:
			case SEL_PID_TRY_QUICK: hit = t->tgid == v->pid; break;
			case SEL_PPID: hit = t->ppid == v->pid; break;
			case SEL_TTY: hit = (unsigned)t->tty == v->tty; break;
			case SEL_SESS: hit = t->sid == v->pid; break;
			case SEL_COMM: hit = comm_matches(t, v->cmd); break;
			}
			if (hit)
				return true;
		}
	}
	return false;
}

int ps_want_task(const struct ps *ps, const struct task *t)
{
	bool ok = true;

	if (ps->all)
		goto finish;
	if ((ps->simple_select || !ps->sel) &&
	    (procps->select_tests ? tests_accept(ps, t) : table_accept(ps, t)))
		goto finish;
	if (listed(ps, t))
		goto finish;
	ok = false;
finish:
	if (ps->running_only && t->state != 'R' && t->state != 'D')
		ok = false;
	return ps->negate ? !ok : ok;
}

/* the data ps_want_task() looks at */
uint64_t ps_select_groups(const struct ps *ps)
{
	const struct selection *s;
	uint64_t g = 0;

	if (ps->running_only)
		g |= TG_BIT(TG_MSG);
	if (ps->all)
		return g;
	/* the table looks at the euid only: TG_OWNER, not all of status */
	if (ps->simple_select || !ps->sel)
		g |= TG_BIT(TG_OWNER) | TG_BIT(TG_MSG) | TG_BIT(TG_SESS) |
		     TG_BIT(TG_STAT);
	for (s = ps->sel; s; s = s->next) {
		switch (s->type) {
		case SEL_EUID: case SEL_EGID:
			g |= TG_BIT(TG_OWNER);
			break;
		case SEL_RUID: case SEL_SUID: case SEL_FUID:
		case SEL_RGID: case SEL_SGID: case SEL_FGID:
			g |= TG_BIT(TG_CRED);
			break;
		case SEL_TTY:
			g |= TG_BIT(TG_STAT);
			break;
		case SEL_COMM:
			g |= TG_BIT(TG_MSG) | TG_BIT(TG_NAME);
			break;
		case SEL_PPID:
			g |= TG_BIT(TG_MSG);
			break;
		case SEL_PGRP: case SEL_SESS:
			g |= TG_BIT(TG_SESS);
			break;
		case SEL_PID: case SEL_PID_QUICK: case SEL_PID_TRY_QUICK:
			break;
		}
	}
	return g;
}
