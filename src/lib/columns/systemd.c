/*
 * systemd.c - systemd unit/slice/session names from a task's cgroup path.
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

#include "lib/columns/systemd.h"
#include "lib/system/sys_facts.h"

#define CGROUP2_MAGIC 0x63677270
#define CGROUP1_MAGIC 0x27e0eb
#define TMPFS_MAGIC 0x01021994

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

/* the file system type mounted at @path, or 0 */
static unsigned long fs_type(const char *path)
{
	struct statfs fs;

	return statfs(path, &fs) == 0 ? (unsigned long)fs.f_type : 0;
}

/*
 * Which line of /proc/PID/cgroup holds systemd's hierarchy, as libsystemd
 * decides from what is mounted: cgroup2 on /sys/fs/cgroup, or a tmpfs
 * there with cgroup2 on its unified/ or systemd/ (hybrid): the "0::"
 * line; a tmpfs with a v1 systemd/ hierarchy: the "name=systemd" line;
 * anything else (no cgroup file system mounted, as in some containers
 * and chroots): none, and the systemd columns print "-".
 */
enum systemd_mode { SYSTEMD_NONE, SYSTEMD_UNIFIED, SYSTEMD_LEGACY };

static enum systemd_mode systemd_mode(void)
{
	static int mode = -1;
	unsigned long t;

	if (mode >= 0)
		return mode;
	mode = SYSTEMD_NONE;
	t = fs_type("/sys/fs/cgroup/");
	if (t == CGROUP2_MAGIC) {
		mode = SYSTEMD_UNIFIED;
	} else if (t == TMPFS_MAGIC) {
		if (fs_type("/sys/fs/cgroup/unified/") == CGROUP2_MAGIC)
			mode = SYSTEMD_UNIFIED;
		else if ((t = fs_type("/sys/fs/cgroup/systemd/")) == CGROUP2_MAGIC)
			mode = SYSTEMD_UNIFIED;
		else if (t == CGROUP1_MAGIC)
			mode = SYSTEMD_LEGACY;
	}
	return mode;
}

/* the systemd hierarchy's path in a /proc/PID/cgroup text */
static int cgroup_line_path(const char *text, size_t len, char *path,
			    size_t size)
{
	int unified = systemd_mode() == SYSTEMD_UNIFIED;
	const char *key = unified ? "0::" : ":name=systemd:";
	const char *p, *end = text + len, *line;
	size_t klen = strlen(key);

	for (line = text; line < end; line = p + 1) {
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

/*
 * The root the paths are shown from, as libsystemd takes it: pid 1's path
 * (of this /proc) without a last "/init.scope", "/system.slice" or
 * "/system", so that in a container the names read as they do inside.
 * Read with the caller's rights: where pid 1's cgroup file cannot be read
 * (hidepid, another user's pid 1) there is no root, and libsystemd, so
 * procps, gives no name at all.  NULL then.
 */
static const char *systemd_root(void)
{
	static const char *const tails[] = { "/init.scope", "/system.slice", "/system" };
	static char root[4096];
	static int done, ok;
	char file[512], text[8192];
	ssize_t n;
	size_t len, i, k;

	if (done)
		return ok ? root : NULL;
	done = 1;
	snprintf(file, sizeof(file), "%s/1/cgroup", sys_proc_root());
	n = sys_read_file(AT_FDCWD, file, text, sizeof(text));
	if (n < 0 || cgroup_line_path(text, (size_t)n, root, sizeof(root)) < 0)
		return NULL;
	len = strlen(root);
	for (i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		k = strlen(tails[i]);
		if (len >= k && !strcmp(root + len - k, tails[i])) {
			root[len - k] = '\0';
			break;
		}
	}
	ok = 1;
	return root;
}

/*
 * The path of the task in the hierarchy systemd tracks processes in,
 * relative to systemd_root() when it is under it.
 */
static int systemd_path(const struct task *t, char *path, size_t size)
{
	const char *root, *rest;
	size_t rlen;

	if (systemd_mode() == SYSTEMD_NONE || !(root = systemd_root()))
		return -1;
	if (cgroup_line_path(t->cgroup.s, t->cgroup.len, path, size) < 0)
		return -1;
	/* as a path prefix: "/a" is under "/a" and "/a/b", not "/ab" */
	rest = path;
	for (;;) {
		while (*root == '/')
			root++;
		while (*rest == '/')
			rest++;
		if (!*root)
			break;
		rlen = strcspn(root, "/");
		if (strncmp(root, rest, rlen) || (rest[rlen] && rest[rlen] != '/'))
			return 0;	/* not under the root: as it is */
		root += rlen;
		rest += rlen;
	}
	/* from the character before the rest, as libsystemd cuts it */
	if (rest > path)
		rest--;
	memmove(path, rest, strlen(rest) + 1);
	return 0;
}

int systemd_lookup(enum systemd_what what, const struct task *t, char *buf,
		   size_t size)
{
	char path[4096], session[256];
	const char *p;

	if (systemd_path(t, path, sizeof(path)) < 0)
		return -1;
	switch (what) {
	case SYSTEMD_UNIT:
		return path_unit(path, buf, size);
	case SYSTEMD_USER_UNIT:
		p = skip_user_prefix(path);
		return p ? path_unit(p, buf, size) : -1;
	case SYSTEMD_SLICE:
		return path_slice(path, buf, size);
	case SYSTEMD_SESSION:
		return path_session(path, buf, size);
	case SYSTEMD_OWNER_UID:
		return path_owner(path, buf, size);
	case SYSTEMD_MACHINE:
		return path_machine(path, buf, size);
	case SYSTEMD_SEAT:
		if (path_session(path, session, sizeof(session)) < 0)
			return -1;
		return session_seat(session, buf, size);
	}
	return -1;
}
