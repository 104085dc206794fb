/*
 * field_print.c - the printers of the format specifier table.
 *
 * Printers write the bare value into out (OUTBUF_SIZE bytes) and return
 * its width in cells; padding and truncation belong to the layout code.
 * The values and their quirks are procps-ng 4.0.2's.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "lib/columns/escape.h"
#include "lib/columns/field_priv.h"
#include "lib/columns/names.h"
#include "lib/columns/systemd.h"
#include "lib/system/sys_facts.h"
#include "lib/columns/tty.h"
#include "lib/record/versions.h"

/* ---- command and name columns ---- */

/* the tree prefix of forest output; returns bytes written */
static int forest_prefix(char *out, const struct pctx *c)
{
	const char *p = c->forest_prefix;
	int room = c->max_rightward < OUTBUF_SIZE ? c->max_rightward : OUTBUF_SIZE - 1;
	int step = c->opt->forest_type == 'u' ? 2 : 4;
	char *q = out;

	*q = '\0';
	if (!p)
		return 0;
	for (; *p && room >= step; p++, q += step, room -= step) {
		if (step == 2)
			memcpy(q, "  ", 2);
		else if (*p == ' ')
			memcpy(q, "    ", 4);
		else if (*p == '|')
			memcpy(q, " |  ", 4);
		else
			memcpy(q, " \\_ ", 4);
	}
	*q = '\0';
	return q - out;
}

/* command text after the forest prefix, then the environment for BSD e */
static int print_command(char *out, const struct task *t, const struct pctx *c,
			 bool long_form)
{
	char *text = field_text_buf();
	int right = c->max_rightward, fh;
	char *end = out;

	if (!text)
		return 0;
	fh = forest_prefix(out, c);
	end += fh;
	right -= fh;
	if (long_form)
		field_cmdline_text(t, text, TASK_STR_MAX);
	else
		field_comm_text(t, text, 64);
	end += esc_print(end, OUTBUF_SIZE - (end - out), text, &right);
	if (!long_form && t->state == 'Z' && procps->comm_defunct)
		end += esc_print(end, OUTBUF_SIZE - (end - out), " <defunct>",
				 &right);
	if (c->opt->bsd_e && right > 1) {
		field_environ_text(t, text, TASK_STR_MAX);
		if (strcmp(text, "-")) {
			*end++ = ' ';
			right--;
			esc_print(end, OUTBUF_SIZE - (end - out), text, &right);
		}
	}
	return c->max_rightward - right;
}

int pr_args(char *out, const struct task *t, const struct pctx *c)
{
	return print_command(out, t, c, !c->opt->bsd_c);
}

int pr_comm(char *out, const struct task *t, const struct pctx *c)
{
	return print_command(out, t, c, c->opt->unix_f);
}

int pr_fname(char *out, const struct task *t, const struct pctx *c)
{
	char comm[64];
	int right = c->max_rightward, fh;

	fh = forest_prefix(out, c);
	right -= fh;
	if (right > 8)
		right = 8;
	field_comm_text(t, comm, sizeof(comm));
	esc_print(out + fh, OUTBUF_SIZE - fh, comm, &right);
	return c->max_rightward - right;
}

static int print_text(char *out, const char *s, const struct pctx *c)
{
	int right = c->max_rightward;

	esc_print(out, OUTBUF_SIZE, s, &right);
	return c->max_rightward - right;
}

int pr_cgroup(char *out, const struct task *t, const struct pctx *c)
{
	char *text = field_text_buf();
	int n;

	if (!text)
		return 0;
	field_cgroup_text(t, text, TASK_STR_MAX);
	n = print_text(out, text, c);
	return n;
}

int pr_cgname(char *out, const struct task *t, const struct pctx *c)
{
	char *text = field_text_buf();
	int n;

	if (!text)
		return 0;
	field_cgroup_text(t, text, TASK_STR_MAX);
	n = print_text(out, field_cgname_of(text), c);
	return n;
}

int pr_exe(char *out, const struct task *t, const struct pctx *c)
{
	char text[4096 + 16];

	if (t->exe.len)
		esc_read(text, sizeof(text), t->exe.s);
	else
		strcpy(text, "-");
	return print_text(out, text, c);
}

int pr_lxcname(char *out, const struct task *t, const struct pctx *c)
{
	static const char *const delims[] = { "lxc.payload.", "lxc.payload/", "lxc/" };
	char *buf = field_scratch(), *p = NULL, *q;
	size_t i, n;

	if (!buf)
		return field_emit(out, "-");
	n = t->cgroup.len < TASK_STR_MAX ? t->cgroup.len : TASK_STR_MAX;
	memcpy(buf, t->cgroup.s, n);
	buf[n] = '\0';
	for (i = 0; i < 3 && !p; i++)
		p = strstr(buf, delims[i]);
	if (!p)
		return field_emit(out, "-");
	i--;
	if ((q = strchr(p, '\n')))
		*q = '\0';
	do {
		q = p + strlen(delims[i]);
		p = strstr(q, delims[i]);
	} while (p);
	if ((p = strchr(q, '/')))
		*p = '\0';
	return field_emit(out, "%s", q);
}

int pr_context(char *out, const struct task *t, const struct pctx *c)
{
	size_t len = 0, max = t->secctx.len;

	if (max > OUTBUF_SIZE - 1)
		max = OUTBUF_SIZE - 1;
	while (len < max && isprint((unsigned char)t->secctx.s[len]))
		len++;
	if (!len)
		return field_emit(out, "-");
	memcpy(out, t->secctx.s, len);
	out[len] = '\0';
	return len;
}

int pr_wchan(char *out, const struct task *t, const struct pctx *c)
{
	size_t len = t->wchan_name.len;

	if (len > (size_t)c->max_rightward)
		len = c->max_rightward;
	memcpy(out, t->wchan_name.s, len);
	out[len] = '\0';
	return len;
}

int pr_tty8(char *out, const struct task *t, const struct pctx *c)
{
	tty_name(out, 64, t->tty, t->tid, TTY_ABBREV_DEV);
	return strlen(out);
}

int pr_tty4(char *out, const struct task *t, const struct pctx *c)
{
	tty_name(out, 64, t->tty, t->tid,
		 TTY_ABBREV_DEV | TTY_ABBREV_TTY | TTY_ABBREV_PTS);
	return strlen(out);
}

/*
 * procps 4.0.5's environ: nothing at all, not even a NUL, when empty or
 * unreadable; 4.0.7's: the "-" field_environ_text() gives for those
 * (environ_dash).
 */
int pr_environ(char *out, const struct task *t, const struct pctx *c)
{
	char *text = field_text_buf();
	int right = c->max_rightward;

	if (!text)
		return FIELD_AS_BEFORE;
	if (procps->environ_dash)
		field_environ_text(t, text, TASK_STR_MAX);
	else if (!t->environ.len ||
		 !field_environ_text(t, text, TASK_STR_MAX) || !strcmp(text, "-"))
		return FIELD_AS_BEFORE;
	esc_print(out, OUTBUF_SIZE, text, &right);
	return c->max_rightward - right;
}

int pr_docker(char *out, const struct task *t, const struct pctx *c)
{
	return field_docker_text(t, out, COLWID);
}

int pr_pcap(char *out, const struct task *t, const struct pctx *c)
{
	return field_emit(out, "%016llx", (unsigned long long)t->cap_prm);
}

int pr_pcaps(char *out, const struct task *t, const struct pctx *c)
{
	return field_cap_names_text(t->cap_prm, out, COLWID);
}

/* ---- users and groups ---- */

static int print_name(char *out, const char *name, unsigned id,
		      const struct pctx *c)
{
	int right = OUTBUF_SIZE, len;

	if (!c->opt->user_is_number) {
		esc_print(out, OUTBUF_SIZE, name, &right);
		len = OUTBUF_SIZE - right;
		if (len <= c->max_rightward)
			return len;
		/* '+' only after a single-byte character */
		if (c->max_rightward >= 1 &&
		    (unsigned)out[c->max_rightward - 1] < 127) {
			len = c->max_rightward - 1;
			out[len++] = '+';
			out[len] = '\0';
			return len;
		}
	}
	return field_emit(out, "%u", id);
}

#define USER_PRINTER(fn, field)						\
int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	return print_name(out, names_user(t->field), t->field, c);	\
}
#define GROUP_PRINTER(fn, field)					\
int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	return print_name(out, names_group(t->field), t->field, c);	\
}
USER_PRINTER(pr_euser, euid)
USER_PRINTER(pr_ruser, ruid)
USER_PRINTER(pr_suser, suid)
USER_PRINTER(pr_fuser, fuid)
GROUP_PRINTER(pr_egroup, egid)
GROUP_PRINTER(pr_rgroup, rgid)
GROUP_PRINTER(pr_sgroup, sgid)
GROUP_PRINTER(pr_fgroup, fgid)

int pr_supgid(char *out, const struct task *t, const struct pctx *c)
{
	char buf[OUTBUF_SIZE];
	size_t n = 0;
	int i, right = c->max_rightward;

	if (!t->nsupgids)
		strcpy(buf, "-");
	for (i = 0; i < t->nsupgids && n < sizeof(buf) - 16; i++)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%u", i ? "," : "",
			      (unsigned)t->supgids[i]);
	/* copied without escaping, as procps does */
	n = strlen(buf);
	if (n > (size_t)right)
		n = right;
	memcpy(out, buf, n);
	out[n] = '\0';
	return n;
}

int pr_supgrp(char *out, const struct task *t, const struct pctx *c)
{
	char *buf = field_text_buf();
	int n;

	if (!buf)
		return 0;
	field_supgroups_text(t, buf, OUTBUF_SIZE);
	n = print_text(out, buf, c);
	return n;
}

#define ID_PRINTER(fn, fmt, expr)					\
int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	return FIELD_EMIT_NUM(out, fmt, expr);				\
}

ID_PRINTER(pr_euid, "%d", (int)t->euid)
ID_PRINTER(pr_ruid, "%d", (int)t->ruid)
ID_PRINTER(pr_suid, "%d", (int)t->suid)
ID_PRINTER(pr_fuid, "%d", (int)t->fuid)
ID_PRINTER(pr_egid, "%d", (int)t->egid)
ID_PRINTER(pr_rgid, "%d", (int)t->rgid)
ID_PRINTER(pr_sgid, "%d", (int)t->sgid)
ID_PRINTER(pr_fgid, "%d", (int)t->fgid)

/* ---- ids and simple numbers ---- */

ID_PRINTER(pr_procs, "%d", t->tgid)
ID_PRINTER(pr_tasks, "%d", t->tid)
ID_PRINTER(pr_ppid, "%u", (unsigned)t->ppid)
ID_PRINTER(pr_pgid, "%u", (unsigned)t->pgrp)
ID_PRINTER(pr_sess, "%d", t->sid)
ID_PRINTER(pr_tpgid, "%d", t->tpgid)
ID_PRINTER(pr_nlwp, "%d", t->nlwp)
ID_PRINTER(pr_psr, "%d", t->processor)
/* priority arithmetic wraps as procps's int arithmetic does in practice */
#define PRI(expr) ((int)(unsigned)(expr))
#define P ((unsigned)t->priority)
ID_PRINTER(pr_priority, "%d", t->priority)
ID_PRINTER(pr_opri, "%d", PRI(60u + P))
ID_PRINTER(pr_pri_foo, "%d", PRI(P - 20u))
ID_PRINTER(pr_pri_bar, "%d", PRI(P + 1u))
ID_PRINTER(pr_pri_baz, "%d", PRI(P + 100u))
ID_PRINTER(pr_pri, "%d", PRI(39u - P))
ID_PRINTER(pr_pri_api, "%d", PRI(0u - 1u - P))
#undef P
#undef PRI
ID_PRINTER(pr_oom, "%d", t->oom_score)
ID_PRINTER(pr_oom_adj, "%d", t->oom_adj)
ID_PRINTER(pr_agid, "%d", t->ag_id)
ID_PRINTER(pr_agnice, "%d", t->ag_nice)
ID_PRINTER(pr_flag, "%o", (unsigned)(t->flags >> 6) & 7)
/*
 * VmSize (procps's VM_SIZE) and stat's vsize are both the mm's total_vm,
 * in KiB and in bytes, so stat serves and status is not generated.  Not
 * so VmRSS: stat's rss is an approximate per-CPU counter read, status's
 * an exact sum on current kernels, and they differ.
 */
ID_PRINTER(pr_vsz, "%lu", t->vsize >> 10)
ID_PRINTER(pr_rss, "%lu", t->vm_rss)
ID_PRINTER(pr_sz, "%lu", t->vsize / sys_page_size())
ID_PRINTER(pr_swapable, "%lu", t->vm_data + t->vm_stack)
ID_PRINTER(pr_size, "%lu", t->vsize)
ID_PRINTER(pr_pss, "%lu", t->smap_pss)
ID_PRINTER(pr_uss, "%lu", t->smap_uss)
ID_PRINTER(pr_htprv, "%lu", t->smap_htprv)
ID_PRINTER(pr_htshr, "%lu", t->smap_htshr)
ID_PRINTER(pr_fds, "%d", t->fds)
ID_PRINTER(pr_rbytes, "%llu", t->read_bytes)
ID_PRINTER(pr_rchars, "%llu", t->rchar)
ID_PRINTER(pr_rops, "%llu", t->syscr)
ID_PRINTER(pr_wbytes, "%llu", t->write_bytes)
ID_PRINTER(pr_wcbytes, "%llu", t->cancelled_write_bytes)
ID_PRINTER(pr_wchars, "%llu", t->wchar)
ID_PRINTER(pr_wops, "%llu", t->syscw)
ID_PRINTER(pr_stackp, "%016lx", t->start_stack)
ID_PRINTER(pr_esp, "%016lx", t->kstk_esp)
ID_PRINTER(pr_eip, "%016lx", t->kstk_eip)

int pr_minflt(char *out, const struct task *t, const struct pctx *c)
{
	/* with S or --cumulative: its own and its dead children's */
	return field_emit(out, "%lu", t->minflt + (c->opt->dead_children ? t->cminflt : 0));
}

int pr_majflt(char *out, const struct task *t, const struct pctx *c)
{
	return field_emit(out, "%lu", t->majflt + (c->opt->dead_children ? t->cmajflt : 0));
}

int pr_luid(char *out, const struct task *t, const struct pctx *c)
{
	if (t->luid == -1)
		return field_emit(out, "-");
	return field_emit(out, "%d", t->luid);
}

int pr_s(char *out, const struct task *t, const struct pctx *c)
{
	out[0] = t->state;
	out[1] = '\0';
	return 1;
}

int pr_stat(char *out, const struct task *t, const struct pctx *c)
{
	int n = 0;

	out[n++] = t->state;
	if (t->nice < 0)
		out[n++] = '<';
	if (t->nice > 0)
		out[n++] = 'N';
	if (t->vm_lock)
		out[n++] = 'L';
	if (t->sid == t->tgid)
		out[n++] = 's';
	if (t->nlwp > 1)
		out[n++] = 'l';
	if (t->pgrp == t->tpgid)
		out[n++] = '+';
	out[n] = '\0';
	return n;
}

int pr_sgi_p(char *out, const struct task *t, const struct pctx *c)
{
	if (t->state == 'R')
		return field_emit(out, "%u", (unsigned)t->processor);
	return field_emit(out, "*");
}

int pr_lim(char *out, const struct task *t, const struct pctx *c)
{
	if (t->rsslim == (unsigned long)RLIM_INFINITY)
		return field_emit(out, "xx");
	return field_emit(out, "%5lu", t->rsslim >> 10);
}

/* text and data sizes as old Linux ps computed them, in KiB */
int pr_trs(char *out, const struct task *t, const struct pctx *c)
{
	long v = t->vsize ? (long)((t->end_code - t->start_code) >> 10) : 0;

	return field_emit(out, "%ld", v);
}

int pr_drs(char *out, const struct task *t, const struct pctx *c)
{
	long v = t->vsize ?
		(long)((t->vsize - t->end_code + t->start_code) >> 10) : 0;

	return field_emit(out, "%ld", v);
}

int pr_pmem(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long pmem;

	if (!sys_mem_total())
		return FIELD_NO_MEM_TOTAL;
	pmem = t->vm_rss * 1000ULL / sys_mem_total();
	if (pmem > 999)
		pmem = 999;
	return field_emit(out, "%2u.%u", (unsigned)(pmem / 10), (unsigned)(pmem % 10));
}


int pr_numa(char *out, const struct task *t, const struct pctx *c)
{
	return field_emit(out, "%d", field_numa_node(t->processor));
}

/* ---- scheduling ---- */

int pr_nice(char *out, const struct task *t, const struct pctx *c)
{
	if (t->policy != 0 && t->policy != 3 && t->policy != -1)
		return field_emit(out, "-");
	return field_emit(out, "%d", t->nice);
}

int pr_class(char *out, const struct task *t, const struct pctx *c)
{
	static const char *const names[] = {
		"TS", "FF", "RR", "B", "ISO", "IDL", "DLN", "#7", "#8", "#9",
	};

	if (t->policy == -1)
		return field_emit(out, "-");
	if (t->policy < 0 || t->policy > 9)
		return field_emit(out, "?");
	return field_emit(out, "%s", names[t->policy]);
}

int pr_rtprio(char *out, const struct task *t, const struct pctx *c)
{
	if (t->policy == 0 || t->policy == -1)
		return field_emit(out, "-");
	return field_emit(out, "%d", t->rtprio);
}

int pr_sched(char *out, const struct task *t, const struct pctx *c)
{
	if (t->policy == -1)
		return field_emit(out, "-");
	return field_emit(out, "%d", t->policy);
}

/* ---- cpu and time ---- */

int pr_pcpu(char *out, const struct task *t, const struct pctx *c)
{
	unsigned pcpu = field_per_mill_cpu(t, c);

	if (pcpu > 999)
		return field_emit(out, "%u", pcpu / 10);
	return field_emit(out, "%u.%u", pcpu / 10, pcpu % 10);
}

int pr_c(char *out, const struct task *t, const struct pctx *c)
{
	unsigned pcpu = field_percent_cpu(t, c);

	if (pcpu > 99)
		pcpu = 99;
	return field_emit(out, "%2u", pcpu);
}

int pr_cp(char *out, const struct task *t, const struct pctx *c)
{
	unsigned pcpu = field_per_mill_cpu(t, c);

	return field_emit(out, "%3u", pcpu > 999 ? 999 : pcpu);
}

static int print_util(char *out, double cu)
{
	if (cu > 99.0)
		cu = 99.999;
	return field_emit(out, "%#.3f", cu);
}

int pr_cuu(char *out, const struct task *t, const struct pctx *c)
{
	return print_util(out, field_utilization(t, false));
}

int pr_cuc(char *out, const struct task *t, const struct pctx *c)
{
	return print_util(out, field_utilization(t, true));
}

static unsigned long cpu_seconds(const struct task *t)
{
	return (unsigned long)(((double)t->utime + t->stime) / sys_hz());
}

int pr_time(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long s = cpu_seconds(t);
	unsigned dd = s / 86400;
	int n = 0;

	if (dd)
		n = field_emit(out, "%u-", dd);
	return n + field_emit(out + n, "%02u:%02u:%02u", (unsigned)(s / 3600 % 24),
			(unsigned)(s / 60 % 60), (unsigned)(s % 60));
}

int pr_times(char *out, const struct task *t, const struct pctx *c)
{
	return field_emit(out, "%lu", cpu_seconds(t));
}

int pr_bsdtime(char *out, const struct task *t, const struct pctx *c)
{
	unsigned u = field_tics_all(t, c->opt->dead_children) / sys_hz();

	return field_emit(out, "%3u:%02u", u / 60, u % 60);
}

int pr_etime(char *out, const struct task *t, const struct pctx *c)
{
	unsigned long s = (unsigned long)field_elapsed(t);
	unsigned dd = s / 86400, hh = s / 3600 % 24;
	int n = 0;

	if (dd)
		n += field_emit(out, "%u-", dd);
	if (dd || hh)
		n += field_emit(out + n, "%02u:", hh);
	return n + field_emit(out + n, "%02u:%02u", (unsigned)(s / 60 % 60),
			(unsigned)(s % 60));
}

const char *field_missing_text(int code)
{
	switch (code) {
	case FIELD_NO_BOOT_TIME: return "Unable to get system boot time";
	case FIELD_NO_MEM_TOTAL: return "Unable to get total memory";
	default: return NULL;
	}
}

int pr_etimes(char *out, const struct task *t, const struct pctx *c)
{
	return field_emit(out, "%u", (unsigned)field_elapsed(t));
}

int pr_lstart(char *out, const struct task *t, const struct pctx *c)
{
	time_t st = field_start_epoch(t);
	struct tm tm;
	char buf[64];
	size_t len;

	if (!sys_boot_time())
		return FIELD_NO_BOOT_TIME;
	/* a start time past what a time_t date can hold, as start shows it */
	if (!localtime_r(&st, &tm))
		return field_emit(out, "-");
	if (!procps->date_format) {
		if (!asctime_r(&tm, buf))	/* a year of more digits */
			return field_emit(out, "-");
		return field_emit(out, "%24.24s", buf);
	}
	/* procps 4.0.3: strftime, the default spelling ctime's */
	len = strftime(out, COLWID, c->opt->lstart_format ?
		       c->opt->lstart_format : "%a %b %e %H:%M:%S %Y", &tm);
	if (len == 0 || len >= COLWID)
		out[len = 0] = '\0';
	return len;
}

int pr_start(char *out, const struct task *t, const struct pctx *c)
{
	time_t st = field_start_epoch(t);
	char buf[64];

	if (!sys_boot_time())
		return FIELD_NO_BOOT_TIME;
	/* a start time past what a time_t date can hold (procps crashes) */
	if (!ctime_r(&st, buf))
		return field_emit(out, "-");
	if (buf[8] == ' ')
		buf[8] = '0';
	if (buf[11] == ' ')
		buf[11] = '0';
	if ((unsigned long)st + 86400 > (unsigned long)sys_now())
		return field_emit(out, "%8.8s", buf + 11);
	return field_emit(out, "  %6.6s", buf + 4);
}

int pr_bsdstart(char *out, const struct task *t, const struct pctx *c)
{
	time_t st = field_start_epoch(t);
	time_t ago = sys_now() - st;
	char buf[64];

	if (!sys_boot_time())
		return FIELD_NO_BOOT_TIME;
	if (ago < 0)
		ago = 0;
	if (!ctime_r(&st, buf))
		return field_emit(out, "-");
	snprintf(out, COLWID, "%s", buf + (ago > 86400 ? 4 : 10));
	out[6] = '\0';
	return 6;
}

int pr_stime(char *out, const struct task *t, const struct pctx *c)
{
	time_t now = sys_now(), st = field_start_epoch(t);
	struct tm ours, theirs;
	const char *fmt = "%H:%M";
	size_t len;

	if (!sys_boot_time())
		return FIELD_NO_BOOT_TIME;
	if (!localtime_r(&now, &ours) || !localtime_r(&st, &theirs)) {
		out[0] = '\0';		/* not the last column's text again */
		return 0;
	}
	if (ours.tm_yday != theirs.tm_yday)
		fmt = "%b%d";
	if (ours.tm_year != theirs.tm_year)
		fmt = "%Y";
	len = strftime(out, COLWID, fmt, &theirs);
	if (len == 0 || len >= COLWID)
		out[len = 0] = '\0';
	return len;
}

/* ---- signals ---- */

static int print_sigs(char *out, uint64_t set, const struct pctx *c)
{
	char sig[17];
	size_t len, sig_digits;

	snprintf(sig, sizeof(sig), "%016llx", (unsigned long long)set);
	len = strlen(sig);
	if (c->opt->signames) {
		int n = field_signal_names_text(sig, out, c->max_rightward);

		if (n > 0)
			return n;
	}
	if (c->wide_signals)
		return field_emit(out, "%s", sig);
	sig_digits = len - strspn(sig, "0");
	if (sig_digits > 8)
		return field_emit(out, "<%s", sig + len - 8);
	return field_emit(out, "%s", sig + len - 8);
}

int pr_sig(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, field_pending_set(t), c);
}

int pr_tsig(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigpnd, c);
}

int pr_sigmask(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigblk, c);
}

int pr_sigignore(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigign, c);
}

int pr_sigcatch(char *out, const struct task *t, const struct pctx *c)
{
	return print_sigs(out, t->sigcgt, c);
}

/* ---- namespaces ---- */

#define NS_PRINTER(fn, idx)						\
int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	if (!t->ns[idx])						\
		return field_emit(out, "-");					\
	return field_emit(out, "%lu", t->ns[idx]);				\
}
NS_PRINTER(pr_cgroupns, TASK_DIAG_NS_CGROUP)
NS_PRINTER(pr_ipcns, TASK_DIAG_NS_IPC)
NS_PRINTER(pr_mntns, TASK_DIAG_NS_MNT)
NS_PRINTER(pr_netns, TASK_DIAG_NS_NET)
NS_PRINTER(pr_pidns, TASK_DIAG_NS_PID)
NS_PRINTER(pr_timens, TASK_DIAG_NS_TIME)
NS_PRINTER(pr_userns, TASK_DIAG_NS_USER)
NS_PRINTER(pr_utsns, TASK_DIAG_NS_UTS)

/* ---- systemd ---- */

#define SD_PRINTER(fn, what)						\
int fn(char *out, const struct task *t, const struct pctx *c)		\
{									\
	char buf[256];							\
	if (systemd_lookup(what, t, buf, sizeof(buf)) < 0)		\
		return field_emit(out, "-");				\
	return field_emit(out, "%s", buf);				\
}
SD_PRINTER(pr_sd_unit, SYSTEMD_UNIT)
SD_PRINTER(pr_sd_uunit, SYSTEMD_USER_UNIT)
SD_PRINTER(pr_sd_slice, SYSTEMD_SLICE)
SD_PRINTER(pr_sd_session, SYSTEMD_SESSION)
SD_PRINTER(pr_sd_ouid, SYSTEMD_OWNER_UID)
SD_PRINTER(pr_sd_machine, SYSTEMD_MACHINE)
SD_PRINTER(pr_sd_seat, SYSTEMD_SEAT)

/* ---- procps's layout test columns ---- */

#define TEST_PRINTER(fn, ...)						\
int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	static const char *const vals[] = { __VA_ARGS__ };		\
	unsigned n = sizeof(vals) / sizeof(vals[0]);			\
	return field_emit(out, "%s", vals[(unsigned)c->lines_to_next_header % n]); \
}
TEST_PRINTER(pr_t_right, "999-23:59:59", "99-23:59:59", "9-23:59:59", "59:59")
TEST_PRINTER(pr_t_right2, "999-23:59:59", "99-23:59:59", "9-23:59:59")
TEST_PRINTER(pr_t_left, "tty7", "pts/9999", "iseries/vtty42", "ttySMX0", "3270/tty4")
TEST_PRINTER(pr_t_left2, "tty7", "pts/9999", "ttySMX0", "3270/tty4")

#define TEST_UNLIMITED(fn, ...)						\
int fn(char *out, const struct task *t, const struct pctx *c)	\
{									\
	static const char *const vals[] = { __VA_ARGS__ };		\
	unsigned n = sizeof(vals) / sizeof(vals[0]);			\
	snprintf(out, c->max_rightward + 1, "%s",			\
		 vals[(unsigned)c->lines_to_next_header % n]);		\
	return strlen(out);						\
}
TEST_UNLIMITED(pr_t_unlimited, "[123456789-12345] <defunct>", "ps", "123456789-123456")
TEST_UNLIMITED(pr_t_unlimited2, "unlimited", "[123456789-12345] <defunct>", "ps",
	       "123456789-123456")
