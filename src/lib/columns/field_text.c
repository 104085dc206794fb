/*
 * field_text.c - values and texts the printers and sort items share
 * (field_priv.h): times derived from the task and the system clock, and
 * the command, environment, cgroup and group texts as procps builds them.
 */
#include <dlfcn.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/columns/escape.h"
#include "lib/columns/field_priv.h"
#include "lib/columns/names.h"
#include "lib/system/sys_facts.h"
#include "lib/record/versions.h"

int field_emit(char *out, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(out, COLWID, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if (n >= COLWID)
		n = COLWID - 1;
	return n;
}

int field_emit_u(char *out, unsigned long long v)
{
	char tmp[24];
	int n = 0, len;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	len = n;
	while (n)
		*out++ = tmp[--n];
	*out = '\0';
	return len;
}

int field_emit_d(char *out, long long v)
{
	if (v >= 0)
		return field_emit_u(out, (unsigned long long)v);
	*out = '-';
	return 1 + field_emit_u(out + 1, -(unsigned long long)v);
}

int field_print_nop(char *out, const struct task *t, const struct pctx *c)
{
	return field_emit(out, "-");
}

/* ---- derived values ---- */

unsigned long long field_tics_all(const struct task *t, bool children)
{
	unsigned long long v = t->utime + t->stime;

	return children ? v + t->cutime + t->cstime : v;
}

/* ticks since boot at scan time, as procps's library truncates it */
unsigned long long field_boot_tics(void)
{
	return (unsigned long long)(sys_uptime() * sys_hz());
}

/* seconds since the task started (procps's TIME_ELAPSED) */
double field_elapsed(const struct task *t)
{
	double d = (double)field_boot_tics() - (double)t->start_time;

	return d > 0 ? d / sys_hz() : 0;
}

double field_utilization(const struct task *t, bool children)
{
	double d = (double)field_boot_tics() - (double)t->start_time;
	float used = (float)field_tics_all(t, children) * 100.0f;

	return d > 0 ? used / d : 0;
}

unsigned field_per_mill_cpu(const struct task *t, const struct pctx *c)
{
	bool dead = c->opt->dead_children;
	unsigned long long jiffies;

	if (procps->pcpu_real)
		return (unsigned)(field_utilization(t, dead) * 10ULL);
	jiffies = (unsigned long long)(field_elapsed(t) * sys_hz());
	return jiffies ? (unsigned)(field_tics_all(t, dead) * 1000ULL / jiffies) : 0;
}

unsigned field_percent_cpu(const struct task *t, const struct pctx *c)
{
	bool dead = c->opt->dead_children;
	unsigned long long jiffies;

	if (procps->pcpu_real)
		return (unsigned)field_utilization(t, dead);
	jiffies = (unsigned long long)(field_elapsed(t) * sys_hz());
	return jiffies ? (unsigned)(field_tics_all(t, dead) * 100ULL / jiffies) : 0;
}

time_t field_start_epoch(const struct task *t)
{
	return (time_t)(sys_boot_time() + t->start_time / sys_hz());
}

/* a thread other than the leader reports its own pending set */
uint64_t field_pending_set(const struct task *t)
{
	return task_row_own(t, procps->leader_row_own) ? t->sigpnd : t->shdpnd;
}

size_t field_comm_text(const struct task *t, char *out, size_t size)
{
	return esc_read(out, size < 64 ? size : 64, t->comm);
}

/* procps's read_unvectored: NUL and newline become sep, trailing NULs go */
size_t field_unvector(const struct tstr *raw, char *dst, size_t size, char sep)
{
	size_t n = raw->len, i;

	if (n >= size)
		n = size - 1;
	memcpy(dst, raw->s, n);
	if (n) {
		i = n;
		while (i && dst[i - 1] == '\0')
			i--;
		while (i--)
			if (dst[i] == '\n' || dst[i] == '\0')
				dst[i] = sep;
		if (dst[n - 1] == ' ')
			dst[n - 1] = '\0';
	}
	dst[n] = '\0';
	return n;
}

char *field_scratch(void)
{
	static char *buf;

	if (!buf)
		buf = malloc(TASK_STR_MAX + 1);
	return buf;
}

/*
 * The text a printer builds before laying it out: allocated once, not
 * per row (128 KiB per row was an mmap and a munmap for every process).
 * Printers run on one thread, one at a time; the helpers they call use
 * field_scratch(), never this.
 */
char *field_text_buf(void)
{
	static char *buf;

	if (!buf)
		buf = malloc(TASK_STR_MAX + 64);
	return buf;
}

size_t field_cmdline_text(const struct task *t, char *out, size_t size)
{
	char *tmp = field_scratch();
	char comm[64];
	size_t n = 0, room;
	int defunct = t->state == 'Z';

	if (!tmp || !size)
		return 0;
	if (t->cmdline.len && field_unvector(&t->cmdline, tmp, TASK_STR_MAX, ' ')) {
		n = esc_read(out, size, tmp);
	} else {
		/* "[comm]", and " <defunct>" for zombies */
		room = size - 2 - (defunct ? 10 : 0);
		if (2 + (defunct ? 10 : 0) + 1 < size) {
			field_comm_text(t, comm, sizeof(comm));
			out[n++] = '[';
			n += esc_read(out + n, room, comm);
			out[n++] = ']';
			if (defunct) {
				memcpy(out + n, " <defunct>", 10);
				n += 10;
			}
		}
		out[n] = '\0';
	}
	if (!n && size > 1) {
		snprintf(out, size, "%s", procps->no_cmdline);
		n = strlen(out);
	}
	return n;
}

size_t field_environ_text(const struct task *t, char *out, size_t size)
{
	char *tmp = field_scratch();
	size_t n = 0;

	if (tmp && t->environ.len && field_unvector(&t->environ, tmp, TASK_STR_MAX, ' '))
		n = esc_read(out, size, tmp);
	if (!n) {
		strcpy(out, "-");
		n = 1;
	}
	return n;
}

/*
 * procps's cgroup text: the lines of /proc/PID/cgroup that are not a bare
 * root, escaped and joined by commas; "-" when there are none.
 */
size_t field_cgroup_text(const struct task *t, char *out, size_t size)
{
	char *tmp = field_scratch();
	size_t n = 0, len, k;
	const char *p, *end;

	if (!tmp || size < 2)
		return 0;
	field_unvector(&t->cgroup, tmp, TASK_STR_MAX, '\0');
	len = t->cgroup.len < TASK_STR_MAX ? t->cgroup.len : TASK_STR_MAX - 1;
	out[0] = '\0';
	for (p = tmp, end = tmp + len; p < end; p += k) {
		k = 1;
		if (!*p)
			continue;
		k = strlen(p);
		if (p[k - 1] == '/')
			continue;
		if (size - n <= 1)
			break;
		if (n)
			out[n++] = ',';
		n += esc_read(out + n, size - n, p);
	}
	out[n] = '\0';
	if (!n) {
		strcpy(out, "-");
		n = 1;
	}
	return n;
}

const char *field_cgname_of(const char *cg)
{
	const char *name = strstr(cg, ":name=");

	return name && name[6] ? name + 6 : cg;
}

int field_numa_node(int cpu)
{
	static int (*node_of_cpu)(int);
	static int tried;

	if (!tried) {
		void *h = dlopen("libnuma.so", RTLD_LAZY);

		tried = 1;
		if (!h)
			h = dlopen("libnuma.so.1", RTLD_LAZY);
		if (h && dlsym(h, "numa_max_node"))
			node_of_cpu = (int (*)(int))dlsym(h, "numa_node_of_cpu");
	}
	return node_of_cpu ? node_of_cpu(cpu) : -1;
}

size_t field_supgroups_text(const struct task *t, char *buf, size_t size)
{
	size_t n = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < t->nsupgids && n + 40 < size; i++)
		n += snprintf(buf + n, size - n, "%s%s", i ? "," : "",
			      names_group(t->supgids[i]));
	if (!n) {
		strcpy(buf, "-");
		n = 1;
	}
	return n;
}

/*
 * The docker container of a task, as procps 4.0.5 finds it in the cgroup
 * text: the 64 hex digits after the first "/docker-" (cgroup v2) or
 * "/docker/" (v1) on that line, shown by their first 12; "-" without.
 */
size_t field_docker_text(const struct task *t, char *out, size_t size)
{
	static const char *const marks[] = { "/docker-", "/docker/" };
	const char *cg = t->cgroup.s ? t->cgroup.s : "", *p = NULL, *eol;
	size_t i, n = 0;

	for (i = 0; i < 2 && !p; i++)
		if ((p = strstr(cg, marks[i])))
			p += strlen(marks[i]);
	if (p) {
		eol = strchr(p, '\n');
		while (n < 64 && p + n != eol && p[n] &&
		       strchr("0123456789abcdef", p[n]))
			n++;
		/* exactly 64: a longer run of hex digits is no id either */
		if (n == 64 && (p + n == eol || !strchr("0123456789abcdef", p[n])))
			return snprintf(out, size, "%.12s", p);
	}
	return snprintf(out, size, "-");
}

/* the capability names, by number (linux/capability.h, without "CAP_") */
static const char *const cap_names[] = {
	"chown", "dac_override", "dac_read_search", "fowner", "fsetid",
	"kill", "setgid", "setuid", "setpcap", "linux_immutable",
	"net_bind_service", "net_broadcast", "net_admin", "net_raw",
	"ipc_lock", "ipc_owner", "sys_module", "sys_rawio", "sys_chroot",
	"sys_ptrace", "sys_pacct", "sys_admin", "sys_boot", "sys_nice",
	"sys_resource", "sys_time", "sys_tty_config", "mknod", "lease",
	"audit_write", "audit_control", "setfcap", "mac_override",
	"mac_admin", "syslog", "wake_alarm", "block_suspend", "audit_read",
	"perfmon", "bpf", "checkpoint_restore",
};

/*
 * A capability set as procps 4.0.5 names it: "-" for none, "full" for
 * every capability it knows, else the names joined by commas, cut with
 * a "+" where the next would not fit in @size.
 */
size_t field_cap_names_text(uint64_t set, char *out, size_t size)
{
	const uint64_t full = (1ULL << (sizeof(cap_names) / sizeof(cap_names[0]))) - 1;
	size_t i, n = 0;

	if (size < 2)
		return 0;
	if (!set)
		return snprintf(out, size, "-");
	if (set == full)
		return snprintf(out, size, size > 4 + 1 ? "full" : "+");
	out[0] = '\0';
	for (i = 0; i < sizeof(cap_names) / sizeof(cap_names[0]); i++) {
		if (!(set & (1ULL << i)))
			continue;
		/* procps measures the name without its comma */
		if (strlen(cap_names[i]) + 1 >= size - n) {
			/* written whole even in the last byte, as procps does */
			strcpy(out + n++, "+");
			break;
		}
		n += snprintf(out + n, size - n, "%s%s", n ? "," : "",
			      cap_names[i]);
	}
	return n;
}

/* a signal's short name, as procps --signames spells it */
static const char *signal_name(int sig, char *buf, size_t size)
{
	const char *name;

	if (sig == 0 || sig >= NSIG) {
		snprintf(buf, size, "BOGUS_%02d", sig - NSIG);
		return buf;
	}
	if (sig < 32 && (name = sigabbrev_np(sig)) && *name)
		return name;
	if (sig == SIGRTMIN)
		return "RTMIN";
	if (sig == SIGRTMAX)
		return "RTMAX";
	if (sig > SIGRTMIN)
		snprintf(buf, size, "RTMIN+%02d", sig - SIGRTMIN);
	else
		snprintf(buf, size, "LIBC+%02d", sig - 32);
	return buf;
}

/*
 * --signames: the 16 hex digits of a mask as signal names, joined by
 * commas, "+" where the next would not fit in @size, "-" for none; 0
 * when procps would print the digits instead.  procps 4.0.4 read the
 * digits as a decimal number (so only those up to the first a-f, and
 * none when the first is one); 4.0.6 reads them as hex, and its loop
 * starts at signal 0, which tests the top bit once more (a shift by -1).
 */
int field_signal_names_text(const char *hex, char *out, int size)
{
	unsigned long long mask;
	char *end, buf[32];
	const char *name;
	int i, n = 0, len;

	if (size <= 0)
		return 0;
	mask = strtoull(hex, &end, procps->signames_hex ? 16 : 10);
	if (end == hex)
		return 0;
	out[0] = '\0';
	for (i = procps->signames_hex ? 0 : 1; i < NSIG; i++) {
		if (!(mask & (1ULL << ((i + 63) & 63))))
			continue;
		name = signal_name(i, buf, sizeof(buf));
		len = strlen(name);
		if (len + 1 >= size - n) {
			/* written whole even in the last byte, as procps does */
			strcpy(out + n++, "+");
			break;
		}
		n += snprintf(out + n, size - n, "%s%s", n ? "," : "", name);
	}
	if (!n)
		n = snprintf(out, size, "-");
	return n;
}

