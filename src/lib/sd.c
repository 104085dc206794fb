/*
 * sd.c - systemd unit/slice/session names from a task's cgroup path.
 *
 * These follow the rules libsystemd applies to the path of the systemd
 * hierarchy: leading *.slice components are slices, the next component is
 * the unit, "user@UID.service" and "session-ID.scope" mark user managers
 * and login sessions, and /run/systemd holds sessions and machines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <fcntl.h>

#include "lib/sd.h"
#include "lib/sys.h"

#define CGROUP2_MAGIC 0x63677270

static const char *const unit_suffixes[] = {
	".service", ".socket", ".target", ".device", ".mount", ".automount",
	".swap", ".timer", ".path", ".slice", ".scope",
};

static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && !memcmp(s + n - k, suffix, k);
}

/* a plain or instance unit name (not a template) */
static int unit_name_valid(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);
	const char *dot = NULL;
	size_t i;

	if (n == 0 || n >= 256)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
		    !(c >= '0' && c <= '9') && !strchr(":-_.\\@", c))
			return 0;
		if (c == '.')
			dot = s + i;
	}
	if (!dot || dot == s)
		return 0;
	for (i = 0; i < sizeof(unit_suffixes) / sizeof(unit_suffixes[0]); i++)
		if (ends_with(s, n, unit_suffixes[i]) &&
		    strlen(unit_suffixes[i]) == (size_t)(s + n - dot))
			break;
	if (i == sizeof(unit_suffixes) / sizeof(unit_suffixes[0]))
		return 0;
	if (at) {
		if (at == s || memchr(at + 1, '@', dot - at - 1) || at + 1 == dot)
			return 0;
	}
	return 1;
}

/* a path component, with systemd's '_' escape removed */
static size_t component(const char **p, const char **start)
{
	size_t n;

	*p += strspn(*p, "/");
	n = strcspn(*p, "/");
	*start = *p;
	if (n && **start == '_') {
		(*start)++;
		n--;
	}
	return n;
}

static int slice_name(const char *s, size_t n)
{
	return n >= 7 && ends_with(s, n, ".slice") && unit_name_valid(s, n);
}

static const char *skip_slices(const char *p)
{
	const char *s;
	size_t n;

	for (;;) {
		p += strspn(p, "/");
		n = component(&(const char *){ p }, &s);
		if (!slice_name(s, n))
			return p;
		p += strcspn(p, "/");
	}
}

static int copy(char *buf, size_t size, const char *s, size_t n)
{
	if (n >= size)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return 0;
}

static int path_unit(const char *path, char *buf, size_t size)
{
	const char *p = skip_slices(path), *s;
	size_t n = component(&p, &s);

	if (!unit_name_valid(s, n) || ends_with(s, n, ".slice"))
		return -1;
	return copy(buf, size, s, n);
}

static int path_slice(const char *p, char *buf, size_t size)
{
	const char *s, *last = NULL;
	size_t n, last_n = 0;

	for (;;) {
		n = component(&p, &s);
		if (!slice_name(s, n))
			break;
		last = s;
		last_n = n;
		p += strcspn(p, "/");
	}
	if (!last)
		return copy(buf, size, "-.slice", 7);
	return copy(buf, size, last, last_n);
}

static int all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return n > 0;
}

static int alnum_only(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return n > 0;
}

/* skip "user@UID.service" or "session-ID.scope" after the slices */
static const char *skip_user_prefix(const char *path)
{
	const char *p = skip_slices(path), *s;
	size_t n;

	p += strspn(p, "/");
	s = p;
	n = strcspn(p, "/");
	if (n >= 14 && !memcmp(s, "user@", 5) && ends_with(s, n, ".service") &&
	    all_digits(s + 5, n - 13))
		return p + n + strspn(p + n, "/");
	if (n >= 15 && !memcmp(s, "session-", 8) && ends_with(s, n, ".scope") &&
	    alnum_only(s + 8, n - 14))
		return p + n + strspn(p + n, "/");
	return NULL;
}

static int path_session(const char *path, char *buf, size_t size)
{
	char unit[256];
	size_t n;

	if (path_unit(path, unit, sizeof(unit)) < 0)
		return -1;
	n = strlen(unit);
	if (strncmp(unit, "session-", 8) || !ends_with(unit, n, ".scope") ||
	    !alnum_only(unit + 8, n - 14))
		return -1;
	return copy(buf, size, unit + 8, n - 14);
}

static int path_owner(const char *path, char *buf, size_t size)
{
	char slice[256];
	size_t n;

	if (path_slice(path, slice, sizeof(slice)) < 0)
		return -1;
	n = strlen(slice);
	if (strncmp(slice, "user-", 5) || !ends_with(slice, n, ".slice") ||
	    !all_digits(slice + 5, n - 11))
		return -1;
	snprintf(buf, size, "%d", (int)strtoul(slice + 5, NULL, 10));
	return 0;
}

static int path_machine(const char *path, char *buf, size_t size)
{
	char unit[256], link[512], target[512];
	const char *name;
	ssize_t n;

	if (path_unit(path, unit, sizeof(unit)) < 0)
		return -1;
	snprintf(link, sizeof(link), "/run/systemd/machines/unit:%s", unit);
	n = readlink(link, target, sizeof(target) - 1);
	if (n <= 0)
		return -1;
	target[n] = '\0';
	name = strrchr(target, '/');
	name = name ? name + 1 : target;
	return copy(buf, size, name, strlen(name));
}

static int session_seat(const char *session, char *buf, size_t size)
{
	char path[512], text[4096];
	const char *p;

	snprintf(path, sizeof(path), "/run/systemd/sessions/%s", session);
	if (sys_read_file(AT_FDCWD, path, text, sizeof(text)) < 0)
		return -1;
	for (p = text; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (!strncmp(p, "SEAT=", 5) && p[5] && p[5] != '\n')
			return copy(buf, size, p + 5, strcspn(p + 5, "\n"));
	}
	return -1;
}

/* the path of the task in the hierarchy systemd tracks processes in */
static int systemd_path(const struct task *t, char *path, size_t size)
{
	static int unified = -1;
	const char *key, *p, *end, *line;
	size_t klen;
	struct statfs fs;

	if (unified < 0)
		unified = statfs("/sys/fs/cgroup/", &fs) == 0 &&
			  (unsigned long)fs.f_type == CGROUP2_MAGIC;
	key = unified ? "0::" : ":name=systemd:";
	klen = strlen(key);
	end = t->cgroup.s + t->cgroup.len;
	for (line = t->cgroup.s; line < end; line = p + 1) {
		p = memchr(line, '\n', end - line);
		if (!p)
			p = end;
		if (unified ? !strncmp(line, key, klen) :
		    (p - line > (long)klen && memmem(line, p - line, key, klen))) {
			const char *s = unified ? line + klen :
				(char *)memmem(line, p - line, key, klen) + klen;

			return copy(path, size, s, p - s);
		}
	}
	return -1;
}

int sd_lookup(enum sd_what what, const struct task *t, char *buf, size_t size)
{
	char path[4096], session[256];
	const char *p;

	if (systemd_path(t, path, sizeof(path)) < 0)
		return -1;
	switch (what) {
	case SD_UNIT:
		return path_unit(path, buf, size);
	case SD_USER_UNIT:
		p = skip_user_prefix(path);
		return p ? path_unit(p, buf, size) : -1;
	case SD_SLICE:
		return path_slice(path, buf, size);
	case SD_SESSION:
		return path_session(path, buf, size);
	case SD_OWNER_UID:
		return path_owner(path, buf, size);
	case SD_MACHINE:
		return path_machine(path, buf, size);
	case SD_SEAT:
		if (path_session(path, session, sizeof(session)) < 0)
			return -1;
		return session_seat(session, buf, size);
	}
	return -1;
}
