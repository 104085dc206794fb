/*
 * nl_linked.c - libnl-genl-3 linked in, for the static builds (nl_lib.h):
 * this table's definition overrides nl_lib.c's weak reference, and its
 * initializers make the linker take libnl from its archives.  The
 * compiler checks each function against nl_lib's member types.
 */
#include <netlink/genl/genl.h>

#include "lib/nl_lib.h"

#define NL_INIT(member, symbol) .member = symbol,
const struct nl_lib nl_lib_linked = { NL_FNS(NL_INIT) };
