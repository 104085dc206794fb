/*
 * systemd.h - systemd's view of a task (unit, slice, session...), derived
 * from its cgroup path the way libsystemd's sd_pid_get_*() derive it.
 */
#ifndef TDPS_SYSTEMD_H
#define TDPS_SYSTEMD_H

#include <stddef.h>
#include "lib/record/task.h"

enum systemd_what {
	SYSTEMD_UNIT, SYSTEMD_USER_UNIT, SYSTEMD_SLICE, SYSTEMD_SESSION,
	SYSTEMD_OWNER_UID, SYSTEMD_MACHINE, SYSTEMD_SEAT,
};

/* 0 with the answer in buf, or -1 when systemd would report an error */
int systemd_lookup(enum systemd_what what, const struct task *t, char *buf,
		   size_t size);

#endif
