/*
 * pstree.h - tdpstree, a psmisc-compatible pstree over tdps's sources.
 *
 * The run is five files, in the order it goes through them:
 *   main.c     options and messages, exactly as the psmisc release
 *              followed (23.6 or 23.7, versions.c) has them;
 *   collect.c  task records -> nodes, linked and sorted the way psmisc's
 *              read_proc()/add_proc()/fix_orphans() leave its lists;
 *   shape.c    highlight, -s trimming, -N grouping and the equivalence
 *              classes that make compaction of identical subtrees linear;
 *   draw.c     psmisc's dump_tree(): every byte and every width decision;
 *   term.c     line-drawing symbols and terminfo/termcap, which draw.c
 *              asks for.
 */
#ifndef TDPS_PSTREE_H
#define TDPS_PSTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "lib/source/source.h"
#include "lib/record/idmap.h"

/* psmisc's namespace order (not task_diag's): -N names and -S output */
enum pst_ns {
	PNS_CGROUP, PNS_IPC, PNS_MNT, PNS_NET, PNS_PID, PNS_USER, PNS_UTS,
	PNS_TIME, PNS_COUNT
};

/* psmisc keeps COMM_LEN + 2 bytes of a name (room for thread braces) */
#define PST_COMM_MAX 65

struct symbols {
	const char *empty_2, *branch_2, *vert_2, *last_2, *single_3, *first_3;
};

struct opts {
	bool args;		/* -a */
	bool compact;		/* cleared by -c and -p */
	bool pids;		/* -p */
	bool pgids;		/* -g */
	bool user_change;	/* -u */
	bool ns_change;		/* -S */
	bool by_pid;		/* -n */
	bool trunc;		/* cleared by -l */
	bool show_parents;	/* -s */
	bool thread_names;	/* -t */
	bool hide_threads;	/* -T */
	bool scontext;		/* -Z */
	bool color_age;		/* -C age */
	bool wait_end;		/* run as pstree.x11 */
	int ns_sort;		/* -N: enum pst_ns, or -1 */
	int width;		/* output columns */
	pid_t highlight;	/* 0: none */
	pid_t root;		/* where the tree starts */
	bool pid_set;		/* a PID argument was given */
	bool by_user;		/* a USER argument was given */
	uid_t user;
	const struct symbols *sym;
	enum source_kind source;
	bool info_only;		/* --info: say which source, and why */
};

#define NO_NODE ((size_t)-1)

struct node {
	pid_t pid;		/* the tid for a thread */
	pid_t ppid;		/* a thread's parent is its process */
	pid_t pgid;
	uid_t uid;		/* owner of /proc/PID (the process's for threads) */
	uint64_t seq;		/* the order psmisc would have added it */
	double age;		/* seconds since start (-C age) */
	unsigned thread:1, placeholder:1, hilite:1, gone:1;
	/* per sibling list, decided just before the list is drawn */
	unsigned removed:1, last:1;
	int rep;		/* N of N*[...] */
	char comm[PST_COMM_MAX + 1];
	/* -a: psmisc's argc (-1: empty command line) and its argv[0] */
	int argc;
	const char *argv0;
	/* -Z: what /proc/PID/attr/current held */
	const char *ctx;
	size_t ctx_len;
	/*
	 * Namespace inodes (0: unknown), by PNS_*.  Only -S and -N read
	 * them, so they live in tree.strings when read and a node holds
	 * just a pointer (to zeros otherwise): 56 bytes less per node.
	 */
	const unsigned long *ns;
	size_t parent;		/* NO_NODE for roots */
	size_t kid_off, nkids;	/* the children, in tree.kids */
	size_t cls;		/* equivalence class of the subtree */
};

struct ns_group {
	unsigned long ino;
	size_t first, count;	/* roots, in tree.ns_roots */
};

struct tree {
	struct node *nodes;
	size_t n;
	size_t nodes_bytes;	/* nodes' allocation (sys_big_grow()) */
	size_t *kids;		/* every node's children, in display order */
	struct idmap bypid;	/* pid -> node */
	struct arena strings;	/* argv and contexts */
	size_t records;		/* records the source produced */
	size_t nclasses;
	/* -N: namespace groups, in the order psmisc finds them */
	struct ns_group *groups;
	size_t ngroups;
	size_t *ns_roots;
};

/* collect.c */
/* the groups the options make the scan ask for */
uint64_t tree_wanted_groups(const struct opts *o);
int tree_collect(struct tree *t, struct source *src, const struct opts *o);
void tree_free(struct tree *t);
size_t tree_find(const struct tree *t, pid_t pid);

/* shape.c */
void shape_highlight(struct tree *t, pid_t pid);
void shape_trim_to(struct tree *t, size_t node);
int shape_ns_groups(struct tree *t, int ns);
int shape_classes(struct tree *t, const struct opts *o);

/* draw.c */
struct draw;
struct draw *draw_new(struct tree *t, const struct opts *o);
void draw_free(struct draw *d);
void draw_tree(struct draw *d, size_t root);
bool draw_by_user(struct draw *d, size_t root, uid_t uid);
void draw_ns_groups(struct draw *d);

/* term.c */
extern const struct symbols sym_ascii, sym_utf, sym_vt100;
const struct symbols *term_default_symbols(void);
bool term_load(const char *name);
void term_bold_on(void);
void term_bold_off(void);
bool term_selinux_enabled(void);

#endif
