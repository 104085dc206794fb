/*
 * test_nl.c - libnl-genl-3 is loaded only when the task_diag source
 * needs it (src/lib/taskdiag/diag_nl.h): the programs are not linked with it, the
 * family probe runs without it, and nl_lib() then loads it whole.
 *
 * On a kernel with the TASKDIAG family (the QEMU rig, tests/kernel) the
 * taskdiag source does load it; there the checks that it stays out are
 * skipped with the reason.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "lib/source/source.h"
#include "lib/record/groups.h"
#include "lib/taskdiag/diag_nl.h"

/* is a library whose path holds @name mapped into this process? */
static int mapped(const char *name)
{
	char line[4096];
	FILE *f = fopen("/proc/self/maps", "r");
	int found = 0;

	if (!f)
		return -1;
	while (!found && fgets(line, sizeof(line), f))
		found = strstr(line, name) != NULL;
	fclose(f);
	return found;
}

int main(void)
{
	static const struct source_config config;
	const struct nl_lib *nl;
	struct source src;
	struct nl_sock *sk;
	char why[256] = "";
	int rc;

	CHECK(&nl_lib_linked == NULL, "this program is not linked with libnl");
	CHECK_EQ(mapped("libnl-"), 0, "no libnl mapped at start");

	rc = source_open(&src, SOURCE_TASKDIAG, TG_BIT(TG_MSG), false, &config);
	if (rc == -ENOENT) {
		CHECK(mapped("libnl-") == 0,
		      "no TASKDIAG family: the probe said so without libnl (%s)",
		      src.why);
	} else {
		printf("ok %d - the probe without libnl # SKIP the kernel has the TASKDIAG family (%s)\n",
		       ++check_run, src.why);
		if (rc == 0)
			source_close(&src);
	}

	nl = nl_lib(why, sizeof(why));
	CHECK(nl != NULL, "nl_lib() loads libnl-genl-3 (%s)", why);
	if (!nl)
		return check_done();
	CHECK(nl->socket_alloc && nl->socket_free &&
	      nl->socket_disable_auto_ack && nl->socket_get_fd &&
	      nl->socket_get_local_port && nl->socket_set_buffer_size &&
	      nl->genl_connect && nl->msg_alloc && nl->msg_free &&
	      nl->msg_hdr && nl->genlmsg_put && nl->nla_put && nl->send_auto,
	      "every function of the table is found");
	CHECK_EQ(mapped("libnl-genl-3"), 1, "libnl-genl-3 is mapped now");
	CHECK(nl_lib(why, sizeof(why)) == nl, "a second call gives the same table");
	sk = nl->socket_alloc();
	CHECK(sk != NULL, "the loaded nl_socket_alloc() works");
	if (sk) {
		CHECK_EQ(nl->genl_connect(sk), 0, "and genl_connect() connects");
		CHECK(nl->socket_get_fd(sk) >= 0, "to a socket");
		nl->socket_free(sk);
	}
	return check_done();
}
