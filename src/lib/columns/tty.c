/*
 * tty.c - device number to terminal name.
 *
 * The lookup order is procps's: the drivers table of /proc/tty/drivers,
 * then the target of fd 2, then the well-known majors, then fd 255.  The
 * pid-independent answers are cached per device.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "lib/system/sys_facts.h"
#include "lib/columns/tty.h"

#define TTY_PATH 128

struct tty_driver {
	struct tty_driver *next;
	char name[16];
	unsigned major, minor_first, minor_last;
	int numbered;		/* name ended in %d (devfs style) */
};

static struct tty_driver *drivers;
static int drivers_loaded;

struct tty_cache {
	struct tty_cache *next;
	unsigned dev;
	char path[TTY_PATH];	/* "" when only a pid-specific link names it */
};

static struct tty_cache *cache;

static void load_drivers(void)
{
	char buf[10000], path[4096];
	char *p, *end;
	ssize_t n;

	drivers_loaded = 1;
	snprintf(path, sizeof(path), "%s/tty/drivers", sys_proc_root());
	n = sys_read_file(AT_FDCWD, path, buf, sizeof(buf));
	if (n <= 0)
		return;
	for (p = buf; (p = strstr(p, " /dev/")); ) {
		struct tty_driver *d;
		size_t len;

		p += 6;
		end = strchr(p, ' ');
		if (!end)
			continue;
		d = calloc(1, sizeof(*d));
		if (!d)
			return;
		len = end - p;
		if (len >= 3 && !strncmp(end - 2, "%d", 2)) {
			len -= 2;
			d->numbered = 1;
		}
		if (len >= sizeof(d->name))
			len = sizeof(d->name) - 1;
		memcpy(d->name, p, len);
		p = end + strspn(end, " ");
		d->major = atoi(p);
		p += strspn(p, "0123456789");
		p += strspn(p, " ");
		switch (sscanf(p, "%u-%u", &d->minor_first, &d->minor_last)) {
		case 1:
			d->minor_last = d->minor_first;
			break;
		case 2:
			break;
		default:
			free(d);
			continue;
		}
		/* later lines are consulted first, as procps does */
		d->next = drivers;
		drivers = d;
	}
}

static int is_dev(const char *path, unsigned maj, unsigned min)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return 0;
	return major(st.st_rdev) == maj && minor(st.st_rdev) == min;
}

static int driver_path(char *buf, unsigned maj, unsigned min)
{
	struct tty_driver *d;

	if (!drivers_loaded)
		load_drivers();
	for (d = drivers; d; d = d->next)
		if (d->major == maj && d->minor_first <= min && d->minor_last >= min)
			break;
	if (!d)
		return 0;
	/* procps looks at the name it built, but judges by the last stat */
	snprintf(buf, TTY_PATH, "/dev/%s%u", d->name, min);
	if (access(buf, F_OK) < 0) {
		snprintf(buf, TTY_PATH, "/dev/%s/%u", d->name, min);
		if (access(buf, F_OK) < 0) {
			if (d->numbered)
				return 0;
			snprintf(buf, TTY_PATH, "/dev/%s", d->name);
		}
	}
	return is_dev(buf, maj, min);
}

/* names of the classic majors, tried when the drivers table fails */
static const struct {
	unsigned major;
	const char *fmt;
} classic[] = {
	{ 11, "/dev/ttyB%u" }, { 17, "/dev/ttyH%u" }, { 19, "/dev/ttyC%u" },
	{ 22, "/dev/ttyD%u" }, { 23, "/dev/ttyD%u" }, { 24, "/dev/ttyE%u" },
	{ 32, "/dev/ttyX%u" }, { 43, "/dev/ttyI%u" }, { 46, "/dev/ttyR%u" },
	{ 48, "/dev/ttyL%u" }, { 57, "/dev/ttyP%u" }, { 71, "/dev/ttyF%u" },
	{ 75, "/dev/ttyW%u" }, { 78, "/dev/ttyM%u" }, { 105, "/dev/ttyV%u" },
	{ 112, "/dev/ttyM%u" }, { 148, "/dev/ttyT%u" }, { 154, "/dev/ttySR%u" },
	{ 164, "/dev/ttyCH%u" }, { 166, "/dev/ttyACM%u" }, { 172, "/dev/ttyMX%u" },
	{ 174, "/dev/ttySI%u" }, { 188, "/dev/ttyUSB%u" }, { 208, "/dev/ttyU%u" },
	{ 216, "/dev/ttyUB%u" }, { 224, "/dev/ttyY%u" }, { 227, "/dev/3270/tty%u" },
	{ 229, "/dev/iseries/vtty%u" }, { 256, "/dev/ttyEQ%u" },
};

static int classic_path(char *buf, unsigned maj, unsigned min)
{
	size_t i;

	if (maj == 3) {
		if (min > 255)
			return 0;
		snprintf(buf, TTY_PATH, "/dev/tty%c%c",
			 "pqrstuvwxyzabcde"[min >> 4], "0123456789abcdef"[min & 15]);
	} else if (maj == 4) {
		if (min < 64)
			snprintf(buf, TTY_PATH, "/dev/tty%u", min);
		else
			snprintf(buf, TTY_PATH, "/dev/ttyS%u", min - 64);
	} else if (maj == 156) {
		snprintf(buf, TTY_PATH, "/dev/ttySR%u", min + 256);
	} else if (maj >= 136 && maj <= 143) {
		snprintf(buf, TTY_PATH, "/dev/pts/%u", min + (maj - 136) * 256);
	} else {
		for (i = 0; i < sizeof(classic) / sizeof(classic[0]); i++)
			if (classic[i].major == maj)
				break;
		if (i == sizeof(classic) / sizeof(classic[0]))
			return 0;
		snprintf(buf, TTY_PATH, classic[i].fmt, min);
	}
	return is_dev(buf, maj, min);
}

static int link_path(char *buf, unsigned maj, unsigned min, int pid,
		     const char *fd)
{
	char path[4096];
	ssize_t n;

	snprintf(path, sizeof(path), "%s/%d/%s", sys_proc_root(), pid, fd);
	n = readlink(path, buf, TTY_PATH - 1);
	if (n <= 0 || n >= TTY_PATH - 1)
		return 0;
	buf[n] = '\0';
	return is_dev(buf, maj, min);
}

static const char *find_path(char *buf, unsigned dev, int pid)
{
	unsigned maj = major(dev), min = minor(dev);
	struct tty_cache *c;

	for (c = cache; c; c = c->next)
		if (c->dev == dev && c->path[0])
			return c->path;
	if (driver_path(buf, maj, min))
		goto remember;
	if (link_path(buf, maj, min, pid, "fd/2"))
		return buf;
	if (classic_path(buf, maj, min))
		goto remember;
	if (link_path(buf, maj, min, pid, "fd/255"))
		return buf;
	return NULL;
remember:
	c = malloc(sizeof(*c));
	if (c) {
		c->dev = dev;
		snprintf(c->path, sizeof(c->path), "%s", buf);
		c->next = cache;
		cache = c;
	}
	return buf;
}

void tty_name(char *out, size_t size, unsigned dev, int pid, unsigned abbrev)
{
	char buf[TTY_PATH];
	const char *p = NULL;
	size_t i;

	if (dev)
		p = find_path(buf, dev, pid);
	if (!p) {
		snprintf(out, size, "?");
		return;
	}
	if ((abbrev & TTY_ABBREV_DEV) && !strncmp(p, "/dev/", 5) && p[5])
		p += 5;
	if ((abbrev & TTY_ABBREV_TTY) && !strncmp(p, "tty", 3) && p[3])
		p += 3;
	if ((abbrev & TTY_ABBREV_PTS) && !strncmp(p, "pts/", 4) && p[4])
		p += 4;
	for (i = 0; p[i] && i < 64 && i + 1 < size; i++)
		out[i] = (p[i] <= ' ' || (unsigned char)p[i] > 126) ? '?' : p[i];
	out[i] = '\0';
}

int tty_lookup(const char *name, unsigned *dev, const char **err)
{
	static const char *const forms[] = {
		"/dev/pts/%s", "/dev/%s", "/dev/tty%s", "/dev/pty%s", "/dev/%snsole",
	};
	char path[4096];
	struct stat st;
	size_t i;

	*err = "TTY could not be found";
	if (name[0] == '/') {
		if (stat(name, &st) < 0)
			return -1;
		goto found;
	}
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		snprintf(path, sizeof(path), forms[i], name);
		if (stat(path, &st) >= 0)
			goto found;
	}
	if (!strcmp(name, "-") || !strcmp(name, "?") ||
	    (name[0] && !name[1] && stat(name, &st) >= 0)) {
		*dev = 0;
		return 0;
	}
	return -1;
found:
	if (!S_ISCHR(st.st_mode)) {
		*err = "list member was not a TTY";
		return -1;
	}
	*dev = st.st_rdev;
	return 0;
}
