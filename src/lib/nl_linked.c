/*
 * nl_linked.c - libnl-genl-3 linked in, for the static builds (nl_lib.h):
 * this table's definition overrides nl_lib.c's weak reference, and its
 * initializers make the linker take libnl from its archives.  The
 * compiler checks each function against nl_lib's member types.
 */
#include <netlink/genl/genl.h>

#include "lib/nl_lib.h"

const struct nl_lib nl_lib_linked = {
	.socket_alloc = nl_socket_alloc,
	.socket_free = nl_socket_free,
	.socket_disable_auto_ack = nl_socket_disable_auto_ack,
	.socket_get_fd = nl_socket_get_fd,
	.socket_get_local_port = nl_socket_get_local_port,
	.socket_set_buffer_size = nl_socket_set_buffer_size,
	.genl_connect = genl_connect,
	.msg_alloc = nlmsg_alloc,
	.msg_free = nlmsg_free,
	.msg_hdr = nlmsg_hdr,
	.genlmsg_put = genlmsg_put,
	.nla_put = nla_put,
	.send_auto = nl_send_auto,
};
