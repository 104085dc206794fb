/*
 * systemd.h - systemd's view of a task (unit, slice, session...), derived
 * from its cgroup path the way libsystemd's sd_pid_get_*() derive it.
 */
#ifndef TDPS_SD_H
#define TDPS_SD_H

#include <stddef.h>
#include "lib/record/task.h"

enum sd_what {
	SD_UNIT, SD_USER_UNIT, SD_SLICE, SD_SESSION, SD_OWNER_UID,
	SD_MACHINE, SD_SEAT,
};

/* 0 with the answer in buf, or -1 when systemd would report an error */
int sd_lookup(enum sd_what what, const struct task *t, char *buf, size_t size);

#endif
