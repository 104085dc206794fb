/*
 * proc_parse.c - /proc/PID text parsers.
 */
#include <string.h>

#include "lib/record/groups.h"
#include "lib/proc/proc_parse.h"

/* unsigned decimal; *pp is left after the digits */
static unsigned long long get_ull(const char **pp)
{
	const char *p = *pp;
	unsigned long long v = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	while (*p >= '0' && *p <= '9')
		v = v * 10 + (unsigned)(*p++ - '0');
	*pp = p;
	return v;
}

static long long get_ll(const char **pp)
{
	const char *p = *pp;
	int neg = 0;
	long long v;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '-') {
		neg = 1;
		p++;
	}
	*pp = p;
	v = (long long)get_ull(pp);
	return neg ? -v : v;
}

static void skip_field(const char **pp)
{
	const char *p = *pp;

	while (*p == ' ')
		p++;
	while (*p && *p != ' ')
		p++;
	*pp = p;
}

int proc_parse_stat(const char *buf, struct task *t)
{
	const char *open, *close, *p;
	size_t n;

	open = strchr(buf, '(');
	if (!open)
		return -1;
	open++;
	close = strrchr(open, ')');
	if (!close || !close[1])
		return -1;
	n = close - open;
	if (n >= sizeof(t->comm))
		n = sizeof(t->comm) - 1;
	memcpy(t->comm, open, n);
	t->comm[n] = '\0';

	p = close + 2;
	t->state = *p ? *p++ : '?';
	t->ppid = (int)get_ll(&p);
	t->pgrp = (int)get_ll(&p);
	t->sid = (int)get_ll(&p);
	t->tty = (int)get_ll(&p);
	t->tpgid = (int)get_ll(&p);
	t->flags = get_ull(&p);
	t->minflt = get_ull(&p);
	t->cminflt = get_ull(&p);
	t->majflt = get_ull(&p);
	t->cmajflt = get_ull(&p);
	t->utime = get_ull(&p);
	t->stime = get_ull(&p);
	t->cutime = get_ull(&p);
	t->cstime = get_ull(&p);
	t->priority = (int)get_ll(&p);
	t->nice = (int)get_ll(&p);
	t->nlwp = (int)get_ll(&p);
	get_ll(&p);				/* itrealvalue */
	t->start_time = get_ull(&p);
	t->vsize = get_ull(&p);
	t->rss = get_ull(&p);
	t->rsslim = get_ull(&p);
	t->start_code = get_ull(&p);
	t->end_code = get_ull(&p);
	t->start_stack = get_ull(&p);
	t->kstk_esp = get_ull(&p);
	t->kstk_eip = get_ull(&p);
	skip_field(&p);				/* signal */
	skip_field(&p);				/* blocked */
	skip_field(&p);				/* sigignore */
	skip_field(&p);				/* sigcatch */
	t->wchan = get_ull(&p);
	get_ull(&p);				/* nswap */
	get_ull(&p);				/* cnswap */
	t->exit_signal = (int)get_ll(&p);
	t->processor = (int)get_ll(&p);
	t->rtprio = (int)get_ll(&p);
	t->policy = (int)get_ll(&p);
	t->blkio_ticks = get_ull(&p);
	t->gtime = get_ull(&p);
	t->cgtime = get_ull(&p);
	if (!t->nlwp)
		t->nlwp = 1;
	t->have |= group_file_groups(PFILE_STAT);
	return 0;
}

static uint64_t get_hex(const char *p)
{
	uint64_t v = 0;

	p += strspn(p, " \t");
	for (;; p++) {
		if (*p >= '0' && *p <= '9')
			v = v << 4 | (unsigned)(*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			v = v << 4 | (unsigned)(*p - 'a' + 10);
		else
			return v;
	}
}

static void parse_groups(const char *p, struct task *t, struct arena *a)
{
	const char *q;
	gid_t *g;
	int n = 0;

	for (q = p; *q && *q != '\n'; q++)
		if (*q >= '0' && *q <= '9' && (q == p || q[-1] == ' ' || q[-1] == '\t'))
			n++;
	t->nsupgids = 0;
	t->supgids = NULL;
	if (!n || !(g = arena_alloc(a, n * sizeof(*g))))
		return;
	while (t->nsupgids < n) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p < '0' || *p > '9')
			break;
		g[t->nsupgids++] = (gid_t)get_ull(&p);
	}
	t->supgids = g;
}

#define KEY(s) (sizeof(s) - 1), s

struct status_key {
	size_t len;
	const char *name;
	int id;
};

enum {
	S_UID, S_GID, S_GROUPS, S_VMSIZE, S_VMLCK, S_VMRSS, S_RSSANON,
	S_RSSFILE, S_RSSSHMEM, S_VMDATA, S_VMSTK, S_VMEXE, S_VMLIB, S_VMSWAP,
	S_SIGPND, S_SHDPND, S_SIGBLK, S_SIGIGN, S_SIGCGT, S_CAPPRM,
};

static const struct status_key status_keys[] = {
	{ KEY("Uid"), S_UID }, { KEY("Gid"), S_GID },
	{ KEY("Groups"), S_GROUPS },
	{ KEY("VmSize"), S_VMSIZE }, { KEY("VmLck"), S_VMLCK },
	{ KEY("VmRSS"), S_VMRSS }, { KEY("RssAnon"), S_RSSANON },
	{ KEY("RssFile"), S_RSSFILE }, { KEY("RssShmem"), S_RSSSHMEM },
	{ KEY("VmData"), S_VMDATA }, { KEY("VmStk"), S_VMSTK },
	{ KEY("VmExe"), S_VMEXE }, { KEY("VmLib"), S_VMLIB },
	{ KEY("VmSwap"), S_VMSWAP },
	{ KEY("SigPnd"), S_SIGPND }, { KEY("ShdPnd"), S_SHDPND },
	{ KEY("SigBlk"), S_SIGBLK }, { KEY("SigIgn"), S_SIGIGN },
	{ KEY("SigCgt"), S_SIGCGT }, { KEY("CapPrm"), S_CAPPRM },
};

static void status_field(int id, const char *p, struct task *t,
			 struct arena *a)
{
	switch (id) {
	case S_UID:
		t->ruid = get_ull(&p);
		t->euid = get_ull(&p);
		t->suid = get_ull(&p);
		t->fuid = get_ull(&p);
		break;
	case S_GID:
		t->rgid = get_ull(&p);
		t->egid = get_ull(&p);
		t->sgid = get_ull(&p);
		t->fgid = get_ull(&p);
		break;
	case S_GROUPS: parse_groups(p, t, a); break;
	case S_VMSIZE: t->vm_size = get_ull(&p); break;
	case S_VMLCK: t->vm_lock = get_ull(&p); break;
	case S_VMRSS: t->vm_rss = get_ull(&p); break;
	case S_RSSANON: t->vm_rss_anon = get_ull(&p); break;
	case S_RSSFILE: t->vm_rss_file = get_ull(&p); break;
	case S_RSSSHMEM: t->vm_rss_shared = get_ull(&p); break;
	case S_VMDATA: t->vm_data = get_ull(&p); break;
	case S_VMSTK: t->vm_stack = get_ull(&p); break;
	case S_VMEXE: t->vm_exe = get_ull(&p); break;
	case S_VMLIB: t->vm_lib = get_ull(&p); break;
	case S_VMSWAP: t->vm_swap = get_ull(&p); break;
	case S_SIGPND: t->sigpnd = get_hex(p); break;
	case S_SHDPND: t->shdpnd = get_hex(p); break;
	case S_SIGBLK: t->sigblk = get_hex(p); break;
	case S_SIGIGN: t->sigign = get_hex(p); break;
	case S_SIGCGT: t->sigcgt = get_hex(p); break;
	case S_CAPPRM: t->cap_prm = get_hex(p); break;
	}
}

int proc_parse_status(const char *buf, struct task *t, uint64_t groups,
		      struct arena *a)
{
	const char *line, *colon;
	size_t i, klen;

	t->vm_size = t->vm_lock = t->vm_rss = t->vm_rss_anon = 0;
	t->vm_rss_file = t->vm_rss_shared = t->vm_data = t->vm_stack = 0;
	t->vm_exe = t->vm_lib = t->vm_swap = 0;
	t->nsupgids = 0;
	t->supgids = NULL;
	for (line = buf; *line; line = colon) {
		colon = strchr(line, ':');
		if (!colon)
			break;
		klen = colon - line;
		for (i = 0; i < sizeof(status_keys) / sizeof(status_keys[0]); i++)
			if (status_keys[i].len == klen &&
			    !memcmp(status_keys[i].name, line, klen))
				break;
		colon++;
		if (i < sizeof(status_keys) / sizeof(status_keys[0]))
			status_field(status_keys[i].id, colon, t, a);
		colon = strchr(colon, '\n');
		if (!colon)
			break;
		colon++;
	}
	t->have |= groups;
	return 0;
}

static unsigned long long field_after(const char *buf, const char *key)
{
	const char *p = strstr(buf, key);

	if (!p)
		return 0;
	p += strlen(key);
	return get_ull(&p);
}

void proc_parse_io(const char *buf, struct task *t)
{
	t->rchar = field_after(buf, "rchar:");
	t->wchar = field_after(buf, "wchar:");
	t->syscr = field_after(buf, "syscr:");
	t->syscw = field_after(buf, "syscw:");
	t->read_bytes = field_after(buf, "read_bytes:");
	t->write_bytes = field_after(buf, "\nwrite_bytes:");
	t->cancelled_write_bytes = field_after(buf, "cancelled_write_bytes:");
	t->have |= TG_BIT(TG_IO);
}

void proc_parse_smaps_rollup(const char *buf, struct task *t)
{
	t->smap_pss = field_after(buf, "\nPss:");
	t->smap_uss = field_after(buf, "\nPrivate_Clean:") +
		      field_after(buf, "\nPrivate_Dirty:");
	t->smap_htshr = field_after(buf, "\nShared_Hugetlb:");
	t->smap_htprv = field_after(buf, "\nPrivate_Hugetlb:");
	t->have |= TG_BIT(TG_SMAPS);
}

void proc_parse_autogroup(const char *buf, struct task *t)
{
	const char *p = strstr(buf, "/autogroup-");

	if (p) {
		p += 11;
		t->ag_id = (int)get_ll(&p);
		p = strstr(p, "nice");
		if (p) {
			p += 4;
			t->ag_nice = (int)get_ll(&p);
		}
	}
	t->have |= TG_BIT(TG_AUTOGROUP);
}

void proc_parse_wchan(const char *buf, size_t n, struct task *t,
		      struct arena *a)
{
	const char *w = buf, *end;

	end = memchr(buf, '\0', n);
	if (end)
		n = end - buf;
	t->wchan_name.s = "?";
	if (n == 1 && buf[0] == '0') {
		t->wchan_name.s = "-";
	} else if (n > 0) {
		if (*w == '.')
			w++;
		while (w < buf + n && *w == '_')
			w++;
		t->wchan_name.s = arena_strndup(a, w, buf + n - w);
		if (!t->wchan_name.s)
			t->wchan_name.s = "?";
	}
	t->wchan_name.len = strlen(t->wchan_name.s);
	t->have |= TG_BIT(TG_WCHAN);
}
