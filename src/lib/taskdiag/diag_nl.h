/*
 * diag_nl.h - the part of libnl-genl-3 the task_diag source uses, reached
 * through one table of functions.
 *
 * Almost no kernel has the TASKDIAG family, yet every run of a program
 * linked with libnl pays for mapping it and its libnl-3, and "auto" paid
 * for a libnl socket to resolve the family (24 system calls and 15 page
 * faults a run, measured on this VM).  So
 * tdps and tdpstree are not linked with it: diag_source.c asks the kernel
 * for the family with one plain netlink request, and only when the
 * family is there calls nl_lib(), which dlopen()s the library.  Static
 * builds (the task_diag test VM's initramfs, where dlopen() cannot work)
 * link src/lib/taskdiag/diag_nl_linked.c, which fills the table with libnl itself.
 */
#ifndef TDPS_NL_LIB_H
#define TDPS_NL_LIB_H

#include <stddef.h>
#include <stdint.h>

#include <netlink/netlink.h>
#include <netlink/genl/genl.h>

struct nl_lib {
	struct nl_sock *(*socket_alloc)(void);
	void (*socket_free)(struct nl_sock *);
	void (*socket_disable_auto_ack)(struct nl_sock *);
	int (*socket_get_fd)(const struct nl_sock *);
	uint32_t (*socket_get_local_port)(const struct nl_sock *);
	int (*socket_set_buffer_size)(struct nl_sock *, int, int);
	int (*genl_connect)(struct nl_sock *);
	struct nl_msg *(*msg_alloc)(void);
	void (*msg_free)(struct nl_msg *);
	struct nlmsghdr *(*msg_hdr)(struct nl_msg *);
	void *(*genlmsg_put)(struct nl_msg *, uint32_t, uint32_t, int, int,
			     int, uint8_t, uint8_t);
	int (*nla_put)(struct nl_msg *, int, int, const void *);
	int (*send_auto)(struct nl_sock *, struct nl_msg *);
};

/* nl_lib's members and the libnl functions they are, for diag_nl.c's
 * dlsym() table and diag_nl_linked.c's initializer */
#define NL_FNS(X)							\
	X(socket_alloc, nl_socket_alloc)				\
	X(socket_free, nl_socket_free)					\
	X(socket_disable_auto_ack, nl_socket_disable_auto_ack)		\
	X(socket_get_fd, nl_socket_get_fd)				\
	X(socket_get_local_port, nl_socket_get_local_port)		\
	X(socket_set_buffer_size, nl_socket_set_buffer_size)		\
	X(genl_connect, genl_connect)					\
	X(msg_alloc, nlmsg_alloc)					\
	X(msg_free, nlmsg_free)						\
	X(msg_hdr, nlmsg_hdr)						\
	X(genlmsg_put, genlmsg_put)					\
	X(nla_put, nla_put)						\
	X(send_auto, nl_send_auto)

/*
 * The library: linked in, or loaded once.  NULL when it cannot be
 * loaded, with the reason in @why.
 */
const struct nl_lib *nl_lib(char *why, size_t size);

/* defined only where libnl is linked in (src/lib/taskdiag/diag_nl_linked.c) */
extern const struct nl_lib nl_lib_linked __attribute__((weak));

#endif
