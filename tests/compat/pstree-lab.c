/*
 * pstree-lab.c - a fixed process tree for pstree's byte-for-byte cases:
 * long chains, identical siblings and subtrees, threads with and without
 * names, zombies, users (with and without names, changing down the
 * tree), odd names and arguments, process groups, and processes in other
 * uts, ipc, net and pid namespaces.
 *
 *   pstree-lab tree MAPFILE
 *
 * is started by the compat fixture (fixture.c, `init --tree`) as one of
 * its processes, with the fixture's ready pipe on fd READY_FD.  It builds
 * the tree below itself one process (and thread) at a time, so every pid
 * is the same on every run, writes MAPFILE ("COMM PID" for the lowest pid
 * of each name, which tests/compat/run uses for @COMM operands), tells
 * the fixture it is ready and idles.
 *
 * Every process of the tree re-executes this program ("node" mode, told
 * which spec it is through $PST_NODE), so its command line is exactly
 * the spec's argv.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

enum {
	F_ZOMBIE = 1,	/* exits at once and is never reaped */
	F_NODUMP = 2,	/* changes uid after exec, so it is not dumpable */
	F_PGRP = 4,	/* leads a new process group */
	F_NEWUTS = 8,	/* new uts and ipc namespaces */
	F_NEWNET = 16,	/* new network namespace */
	F_NEWPID = 32,	/* its children are in a new pid namespace */
	F_LATEUID = 64,	/* takes its uid (and re-executes) after forking its
			   children, which may then have other uids */
};

struct spec {
	int parent;		/* index into specs[], -1 for pid 1 */
	const char *comm;
	unsigned uid;
	unsigned flags;
	const char *threads;	/* names, comma separated; "=" keeps comm */
	const char *const *argv;	/* NULL: just the name */
	int copies;		/* this many identical siblings (0 is 1) */
	int chain;		/* a chain this deep of it, children at the end */
};

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

static const char long_arg[] =
	"--a-very-long-option-value-that-goes-on-and-on-and-on-well-past-any-"
	"reasonable-terminal-width-so-that-truncation-has-something-to-do-"
	"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

static const struct spec specs[] = {
	/* 0: a chain wider than any default width */
	{ -1, "lvl01", 0, 0, NULL, NULL },
	{ 0, "lvl02", 0, 0, NULL, NULL },
	{ 1, "lvl03", 0, 0, NULL, NULL },
	{ 2, "lvl04", 0, 0, NULL, NULL },
	{ 3, "lvl05", 0, 0, NULL, NULL },
	{ 4, "lvl06", 0, 0, NULL, NULL },
	{ 5, "lvl07", 0, 0, NULL, NULL },
	{ 6, "lvl08", 0, 0, NULL, NULL },
	{ 7, "lvl09", 0, 0, NULL, NULL },
	{ 8, "lvl10", 0, 0, NULL, NULL },
	{ 9, "lvl11", 0, 0, NULL, NULL },
	{ 10, "lvl12", 0, 0, NULL, NULL },
	{ 11, "lvl13", 0, 0, NULL, NULL },
	{ 12, "lvl14", 0, 0, NULL, NULL },
	{ 13, "lvl15", 0, 0, NULL, NULL },
	{ 14, "lvl16", 0, 0, NULL, NULL },
	{ 15, "lvl17", 0, 0, NULL, NULL },
	{ 16, "lvl18", 0, 0, NULL, NULL },
	{ 17, "lvl19", 0, 0, "=,=", NULL },
	{ 18, "lvl20", 0, 0, NULL, NULL },
	/* 20: identical siblings and subtrees */
	{ -1, "farm", 0, 0, NULL, NULL },
	{ 20, "sleep", 0, 0, NULL, ARGV("sleep", "1000") },
	{ 20, "sleep", 0, 0, NULL, ARGV("sleep", "1000") },
	{ 20, "sleep", 0, 0, NULL, ARGV("sleep", "2000") },
	{ 20, "worker", 0, 0, NULL, NULL },
	{ 24, "sleep", 0, 0, NULL, NULL },
	{ 20, "worker", 0, 0, NULL, NULL },
	{ 26, "sleep", 0, 0, NULL, NULL },
	{ 20, "worker", 0, 0, NULL, NULL },
	{ 28, "a", 0, 0, NULL, NULL },
	{ 28, "b", 0, 0, NULL, NULL },
	{ 20, "worker", 0, 0, NULL, NULL },
	{ 31, "a", 0, 0, NULL, NULL },
	{ 31, "b", 0, 0, NULL, NULL },
	{ 20, "sleep", 0, 0, NULL, ARGV("sleep", "1000") },
	{ 20, "sleep", 0, 0, "=", NULL },
	/* 36: threads */
	{ -1, "threaded", 0, 0, "=,=,=,=", NULL },
	{ -1, "mixed", 0, 0, "io,io,gc,=,=,zz", NULL },
	{ -1, "thr", 0, 0, "=,=", NULL },
	{ 38, "{thr}", 0, 0, NULL, NULL },
	{ 38, "child", 0, 0, "=", NULL },
	/* 41: zombies */
	{ -1, "reaper", 0, 0, NULL, NULL },
	{ 41, "zombie", 0, F_ZOMBIE, NULL, NULL },
	{ 41, "alive", 0, 0, NULL, NULL },
	{ 41, "zombie", 0, F_ZOMBIE, NULL, NULL },
	{ 41, "zombie", 0, F_ZOMBIE, NULL, NULL },
	/* 46: other users; same names sort by uid */
	{ -1, "login", 0, 0, NULL, NULL },
	{ 46, "shell", 1011, 0, NULL, ARGV("-shell") },
	{ 46, "shell", 0, 0, NULL, ARGV("-shell") },
	{ 46, "shell", 1000, 0, "=", ARGV("-shell") },
	{ 46, "shell", 1234, 0, NULL, ARGV("-shell") },
	{ 46, "daemon", 1000, F_NODUMP, NULL, NULL },
	{ 46, "shell", 1000, F_LATEUID, NULL, NULL },
	{ 52, "shell", 1011, F_LATEUID, NULL, NULL },
	{ 53, "shell", 1011, F_LATEUID, NULL, NULL },
	{ 54, "shell", 65534, 0, NULL, NULL },
	/* 56: arguments */
	{ -1, "args", 0, 0, NULL, ARGV("args", "-x", "--flag=1", "two words",
				       long_arg, "tail") },
	{ 56, "args", 0, 0, NULL, ARGV("/usr/bin/args", "h\303\251llo w\303\266rld",
				       "tab\there", "new\nline", "back\\slash",
				       "", "", "end") },
	{ 56, "args", 0, 0, NULL, ARGV("args") },
	{ 56, "args", 0, 0, NULL, ARGV("args", "") },
	{ 56, "args", 0, 0, NULL, ARGV("args", "", "") },
	{ 56, "args", 0, 0, NULL, ARGV("args", "a", "b", "c", "d", "e", "f",
				       "g", "h", "i", "j", "k", "l", "m", "n",
				       "o", "p", "q", "r", "s", "t", "u", "v",
				       "w", "x", "y", "z", "0123456789",
				       "0123456789", "0123456789", "0123456789",
				       "0123456789", "0123456789") },
	{ 56, "renamed", 0, 0, NULL, ARGV("not-the-comm", "arg") },
	{ 56, "z", 0, 0, NULL, ARGV("z", "single-letter-name") },
	{ 63, "z", 0, 0, NULL, ARGV("z", "child-of-z") },
	/* 65: awkward names */
	{ -1, "names", 0, 0, NULL, NULL },
	{ 65, "a b", 0, 0, NULL, NULL },
	{ 65, "back\\sl", 0, 0, NULL, NULL },
	{ 65, "\303\274n\303\257", 0, 0, NULL, NULL },
	{ 65, "x)y(", 0, 0, NULL, NULL },
	{ 65, "abcdefghijklmno", 0, 0, NULL, NULL },
	{ 65, "Upper", 0, 0, NULL, NULL },
	{ 65, "tab\tname", 0, 0, NULL, NULL },
	{ 65, "?", 0, 0, NULL, NULL },
	/* 74: process groups */
	{ -1, "grp", 0, F_PGRP, NULL, NULL },
	{ 74, "member", 0, 0, NULL, NULL },
	{ 74, "member", 0, F_PGRP, NULL, NULL },
	/* 77: namespaces */
	{ -1, "nsuts", 0, F_NEWUTS, NULL, NULL },
	{ 77, "inuts", 0, 0, NULL, NULL },
	{ -1, "nsnet", 0, F_NEWNET, NULL, NULL },
	{ 79, "innet", 0, F_NEWUTS, NULL, NULL },
	{ -1, "nspid", 0, F_NEWPID, NULL, NULL },
	{ 81, "inner", 0, 0, NULL, NULL },
	{ 82, "innerkid", 0, 0, NULL, NULL },
	/* 84: identical subtrees that are not neighbours once sorted */
	{ -1, "mix", 0, 0, NULL, NULL },
	{ 84, "sh", 0, 0, NULL, NULL },
	{ 85, "sleep", 0, 0, NULL, NULL },
	{ 84, "sh", 1000, 0, NULL, NULL },
	{ 87, "vi", 1000, 0, NULL, NULL },
	{ 84, "sh", 0, 0, NULL, NULL },
	{ 89, "sleep", 0, 0, NULL, NULL },
	{ 84, "sh", 1000, 0, NULL, NULL },
	{ 91, "sleep", 1000, 0, NULL, NULL },
	{ 84, "sh", 0, 0, NULL, NULL },
	{ 93, "vi", 0, 0, NULL, NULL },
	/* 95: many identical children, a deep chain, many threads */
	{ -1, "many", 0, 0, NULL, NULL },
	{ 95, "sleep", 0, 0, NULL, ARGV("sleep", "infinity"), 40, 0 },
	{ 95, "pair", 0, 0, NULL, NULL, 7, 0 },
	{ 97, "sleep", 0, 0, NULL, ARGV("sleep", "infinity") },
	{ 95, "sleep", 0, 0, "=,=", ARGV("sleep", "infinity"), 3, 0 },
	{ -1, "deep", 0, 0, NULL, NULL, 0, 70 },
	{ 100, "bottom", 0, 0, "a,b,a", NULL },
	{ -1, "pool", 0, 0, "w,w,w,w,w,w,w,w,w,w,w,w,=,=,=,x", NULL },
};

#define NSPECS ((int)(sizeof(specs) / sizeof(specs[0])))

static void die(const char *what)
{
	perror(what);
	_exit(111);
}

/* ---- building the tree ---- */

struct thread_arg {
	char name[16];
	int ready[2];
};

static void *thread_main(void *p)
{
	struct thread_arg *a = p;

	if (a->name[0])
		prctl(PR_SET_NAME, a->name);
	if (write(a->ready[1], "", 1) != 1)
		die("write");
	for (;;)
		pause();
	return NULL;
}

/* threads one at a time, so their tids are always the same */
static void start_threads(const char *list)
{
	static struct thread_arg args[32];
	const char *p = list;
	pthread_t th;
	char c;
	int n = 0;

	while (p && *p && n < 32) {
		struct thread_arg *a = &args[n++];
		size_t len = strcspn(p, ",");

		snprintf(a->name, sizeof(a->name), "%.*s", (int)len, p);
		if (!strcmp(a->name, "="))
			a->name[0] = '\0';
		if (pipe(a->ready) < 0 || pthread_create(&th, NULL, thread_main, a))
			die("thread");
		if (read(a->ready[0], &c, 1) != 1)
			die("read");
		p += len + (p[len] == ',');
	}
}

static void spawn(int idx, int depth);
static void exec_node(int idx, int ready_fd, bool late, int depth);

static void exec_node(int idx, int ready_fd, bool late, int depth)
{
	const struct spec *s = &specs[idx];
	const char *const name_only[] = { s->comm, NULL };
	char env[64];
	char *envp[] = { env, NULL };

	snprintf(env, sizeof(env), "PST_NODE=%d:%d:%d:%d", idx, ready_fd, late,
		 depth);
	execve("/proc/self/exe", (char **)(s->argv ? s->argv : name_only), envp);
	die("execve");
}

/* what a node does once it runs as itself */
static void spawn_children(int idx, int depth)
{
	const struct spec *s = &specs[idx];
	int i, c;

	if (depth + 1 < s->chain) {
		spawn(idx, depth + 1);
		return;
	}
	for (i = 0; i < NSPECS; i++)
		for (c = 0; specs[i].parent == idx && c < (specs[i].copies ?
							     specs[i].copies : 1); c++)
			spawn(i, 0);
}

static void node_body(int idx, int ready_fd, bool late, int depth)
{
	const struct spec *s = &specs[idx];

	prctl(PR_SET_NAME, s->comm);
	if (!late) {
		if ((s->flags & F_NODUMP) && setuid(s->uid) < 0)
			die("setuid");
		if ((s->flags & F_NEWPID) && unshare(CLONE_NEWPID) < 0)
			die("unshare pid");
		spawn_children(idx, depth);
		if (s->flags & F_LATEUID) {
			/* exec again so the new uid is dumpable (owns /proc/PID) */
			if (setuid(s->uid) < 0)
				die("setuid");
			exec_node(idx, ready_fd, true, depth);
		}
	}
	start_threads(s->threads);
	if (write(ready_fd, "", 1) != 1)
		die("write");
	close(ready_fd);
	for (;;)
		pause();
}

static void become(int idx, int ready_fd, int depth)
{
	const struct spec *s = &specs[idx];

	if (s->flags & F_ZOMBIE) {
		prctl(PR_SET_NAME, s->comm);
		_exit(0);
	}
	/* keep only the ready pipe: no stray pipe ends in the tree */
	if (ready_fd != 3 && dup2(ready_fd, 3) < 0)
		die("dup2");
	ready_fd = 3;
	close_range(4, ~0U, 0);
	if ((s->flags & F_PGRP) && setpgid(0, 0) < 0)
		die("setpgid");
	if ((s->flags & F_NEWUTS) && unshare(CLONE_NEWUTS | CLONE_NEWIPC) < 0)
		die("unshare uts");
	if ((s->flags & F_NEWNET) && unshare(CLONE_NEWNET) < 0)
		die("unshare net");
	if (s->uid && !(s->flags & (F_NODUMP | F_LATEUID)) && setuid(s->uid) < 0)
		die("setuid");
	exec_node(idx, ready_fd, false, depth);
}

/* fork one node and wait until it and everything below it are up */
static void spawn(int idx, int depth)
{
	int ready[2];
	pid_t pid;
	char c;

	if (pipe(ready) < 0)
		die("pipe");
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		close(ready[0]);
		become(idx, ready[1], depth);
	}
	close(ready[1]);
	if (specs[idx].flags & F_ZOMBIE) {
		siginfo_t si;

		/* dead, but left unreaped */
		if (waitid(P_PID, pid, &si, WEXITED | WNOWAIT) < 0)
			die("waitid");
	} else if (read(ready[0], &c, 1) != 1) {
		fprintf(stderr, "pst-fixture: node %d did not start\n", idx);
		_exit(111);
	}
	close(ready[0]);
}

/* ---- the map of names ---- */

/* the lowest pid of each name (without blanks) in /proc, "COMM PID" */
static void write_map(const char *path)
{
	FILE *out = fopen(path, "w");
	DIR *d = opendir("/proc");
	struct dirent *de;
	struct { char comm[16]; int pid; } *seen = NULL;
	int n = 0, i;

	if (!out || !d)
		die(path);
	while ((de = readdir(d))) {
		char file[300], comm[64] = "";
		int pid = atoi(de->d_name);
		FILE *f;

		if (pid <= 0)
			continue;
		snprintf(file, sizeof(file), "/proc/%d/comm", pid);
		f = fopen(file, "r");
		if (!f)
			continue;
		if (fgets(comm, sizeof(comm), f))
			comm[strcspn(comm, "\n")] = '\0';
		fclose(f);
		if (!comm[0] || strpbrk(comm, " \t"))
			continue;
		for (i = 0; i < n && strcmp(seen[i].comm, comm); i++)
			;
		if (i == n) {
			seen = realloc(seen, (n + 1) * sizeof(*seen));
			if (!seen)
				die("realloc");
			snprintf(seen[n].comm, sizeof(seen[n].comm), "%s", comm);
			seen[n++].pid = pid;
		} else if (pid < seen[i].pid) {
			seen[i].pid = pid;
		}
	}
	closedir(d);
	for (i = 0; i < n; i++)
		fprintf(out, "%s %d\n", seen[i].comm, seen[i].pid);
	if (fclose(out) != 0)
		die(path);
	free(seen);
}

/* the fixture's ready pipe (fixture.c READY_FD) */
#define READY_FD 198

static _Noreturn void tree_main(const char *map)
{
	int i;

	prctl(PR_SET_NAME, "pstree-lab");
	for (i = 0; i < NSPECS; i++)
		if (specs[i].parent == -1)
			spawn(i, 0);
	write_map(map);
	if (write(READY_FD, "", 1) != 1)
		die("ready");
	close(READY_FD);
	for (;;)
		pause();
}

int main(int argc, char **argv)
{
	const char *node = getenv("PST_NODE");
	int idx, fd, late, depth;

	if (node && sscanf(node, "%d:%d:%d:%d", &idx, &fd, &late, &depth) == 4 &&
	    idx >= 0 && idx < NSPECS) {
		unsetenv("PST_NODE");
		node_body(idx, fd, late, depth);
	}
	if (argc == 3 && !strcmp(argv[1], "tree"))
		tree_main(argv[2]);
	fprintf(stderr, "usage: pstree-lab tree MAPFILE\n");
	return 2;
}
