/*
 * tty.h - controlling-terminal numbers to names, as procps shows them.
 */
#ifndef TDPS_TTY_H
#define TDPS_TTY_H

#include <stddef.h>

enum {
	TTY_ABBREV_DEV = 1,	/* drop "/dev/" */
	TTY_ABBREV_TTY = 2,	/* drop "tty" */
	TTY_ABBREV_PTS = 4,	/* drop "pts/" */
};

/*
 * Write the name of tty device number dev (the tty_nr of /proc/PID/stat)
 * into out (at most 63 characters), "?" when there is none.  pid helps
 * for devices only a process's open file descriptors can name.
 */
void tty_name(char *out, size_t size, unsigned dev, int pid, unsigned abbrev);

/* the device number of a name as ps -t takes it, or -1 (with a reason) */
int tty_lookup(const char *name, unsigned *dev, const char **err);

#endif
