/*
 * diag_nl_linked.c - libnl-genl-3 linked in, for the static builds (diag_nl.h):
 * this table's definition overrides diag_nl.c's weak reference, and its
 * initializers make the linker take libnl from its archives.  The
 * compiler checks each function against nl_lib's member types.
 */
#include <netlink/genl/genl.h>

#include "lib/taskdiag/diag_nl.h"

#define NL_INIT(member, symbol) .member = symbol,
const struct nl_lib nl_lib_linked = { NL_FNS(NL_INIT) };
