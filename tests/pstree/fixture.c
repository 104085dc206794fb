/*
 * fixture.c - a fixed process tree, and a runner that shows it to two
 * pstree binaries and compares what they print.
 *
 *   pst-fixture run CASES OUTDIR REFDIR TDDIR PASSWD
 *
 * must run as pid 1 of a fresh pid namespace with its own /proc (see
 * compare.sh).  It bind-mounts PASSWD over /etc/passwd, builds the tree
 * described by specs[] one process (and thread) at a time, so every pid
 * is the same on every run, then forks a runner that executes each case
 * with REFDIR/pstree and TDDIR/pstree.  Before each execution it writes
 * /proc/sys/kernel/ns_last_pid, so both binaries get the same pid too.
 *
 * Every process of the tree re-executes this program ("node" mode, told
 * which spec it is through $PST_NODE), so its command line is exactly
 * the spec's argv.  When pid 1 exits the kernel kills everything else.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <pty.h>
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
	{ 46, "shell", 1001, 0, NULL, ARGV("-shell") },
	{ 46, "shell", 0, 0, NULL, ARGV("-shell") },
	{ 46, "shell", 1000, 0, "=", ARGV("-shell") },
	{ 46, "shell", 1002, 0, NULL, ARGV("-shell") },
	{ 46, "daemon", 1000, F_NODUMP, NULL, NULL },
	{ 46, "shell", 1000, F_LATEUID, NULL, NULL },
	{ 52, "shell", 1001, F_LATEUID, NULL, NULL },
	{ 53, "shell", 1001, F_LATEUID, NULL, NULL },
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

/* ---- running the cases ---- */

struct run_cfg {
	const char *outdir, *refdir, *tddir;
};

struct result {
	char *out, *err;
	size_t out_len, err_len;
	int status;
};

static void set_last_pid(int pid)
{
	FILE *f = fopen("/proc/sys/kernel/ns_last_pid", "w");

	if (!f || fprintf(f, "%d", pid) < 0 || fclose(f) != 0)
		die("ns_last_pid");
}

/* the lowest pid whose comm is name, for "@name" operands */
static int pid_of(const char *name)
{
	DIR *d = opendir("/proc");
	struct dirent *de;
	int best = 0;

	while (d && (de = readdir(d))) {
		char path[300], comm[64] = "";
		int pid = atoi(de->d_name);
		FILE *f;

		if (pid <= 0)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/comm", pid);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(comm, sizeof(comm), f))
			comm[strcspn(comm, "\n")] = '\0';
		fclose(f);
		if (!strcmp(comm, name) && (!best || pid < best))
			best = pid;
	}
	if (d)
		closedir(d);
	return best;
}

static char *slurp_fd(int fd, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	ssize_t r;

	for (;;) {
		if (n == cap && !(buf = realloc(buf, cap *= 2)))
			die("realloc");
		r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)		/* EIO: the pty's other side is closed */
			break;
		n += r;
	}
	*len = n;
	return buf;
}

static char *slurp_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	char *b;

	if (fd < 0)
		die(path);
	b = slurp_fd(fd, len);
	close(fd);
	return b;
}

/* split a field into words; "''" stands for an empty word */
static int split(char *s, char **w, int max)
{
	int n = 0;
	char *tok;

	for (tok = strtok(s, " "); tok && n < max; tok = strtok(NULL, " "))
		w[n++] = strcmp(tok, "''") ? tok : (char *)"";
	return n;
}

static void save(const char *outdir, int no, const char *tool,
		 const struct result *r)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%03d.%s.out", outdir, no, tool);
	f = fopen(path, "w");
	if (f) {
		fwrite(r->out, 1, r->out_len, f);
		fclose(f);
	}
	snprintf(path, sizeof(path), "%s/%03d.%s.err", outdir, no, tool);
	f = fopen(path, "w");
	if (f) {
		fwrite(r->err, 1, r->err_len, f);
		fprintf(f, "[exit %d]\n", r->status);
		fclose(f);
	}
}

/*
 * One execution: argv words (td:/ref: prefixes keep a word for one tool),
 * env words (TTY=COLS gives a pty of that width instead of a pipe).
 */
static void run_tool(const struct run_cfg *cfg, const char *tool,
		     char **words, int nw, char **envw, int ne,
		     struct result *r)
{
	char *argv[64], *envp[64], path[4096], errpath[4096], buf[64][64];
	int argc = 0, nenv = 0, i, tty_cols = 0, master = -1, slave = -1;
	int outfd;
	pid_t pid;

	argv[argc++] = "pstree";
	for (i = 0; i < nw && argc < 62; i++) {
		char *w = words[i];

		if (!strncmp(w, "td:", 3) || !strncmp(w, "ref:", 4)) {
			if (strncmp(w, tool, strlen(tool)) || w[strlen(tool)] != ':')
				continue;
			w += strlen(tool) + 1;
		}
		if (w[0] == '@') {
			/* @name or @name+N: a pid (or thread id) of the tree */
			char name[64], *plus;

			snprintf(name, sizeof(name), "%s", w + 1);
			plus = strchr(name, '+');
			if (plus)
				*plus++ = '\0';
			snprintf(buf[i], sizeof(buf[i]), "%d",
				 pid_of(name) + (plus ? atoi(plus) : 0));
			w = buf[i];
		}
		argv[argc++] = w;
	}
	argv[argc] = NULL;
	envp[nenv++] = "PATH=/usr/bin:/bin";
	envp[nenv++] = "LANG=C";
	for (i = 0; i < ne && nenv < 62; i++) {
		if (!strncmp(envw[i], "TTY=", 4))
			tty_cols = atoi(envw[i] + 4);
		else
			envp[nenv++] = envw[i];
	}
	envp[nenv] = NULL;

	snprintf(path, sizeof(path), "%s/pstree",
		 strcmp(tool, "ref") ? cfg->tddir : cfg->refdir);
	snprintf(errpath, sizeof(errpath), "%s/stderr.tmp", cfg->outdir);
	if (tty_cols) {
		struct winsize ws = { .ws_row = 50, .ws_col = tty_cols };
		struct termios tio;

		if (openpty(&master, &slave, NULL, NULL, &ws) < 0)
			die("openpty");
		tcgetattr(slave, &tio);
		cfmakeraw(&tio);
		tcsetattr(slave, TCSANOW, &tio);
		outfd = slave;
	} else {
		char outpath[4096];

		snprintf(outpath, sizeof(outpath), "%s/stdout.tmp", cfg->outdir);
		outfd = open(outpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	}
	set_last_pid(900);
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		int errfd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (tty_cols) {
			setsid();
			ioctl(slave, TIOCSCTTY, 0);
		}
		dup2(outfd, 1);
		dup2(errfd, 2);
		if (master >= 0)
			close(master);
		alarm(60);
		execve(path, argv, envp);
		die("execve");
	}
	close(outfd);
	if (tty_cols) {
		r->out = slurp_fd(master, &r->out_len);
		close(master);
	}
	if (waitpid(pid, &r->status, 0) < 0)
		die("waitpid");
	r->status = WIFEXITED(r->status) ? WEXITSTATUS(r->status) :
		    128 + WTERMSIG(r->status);
	if (!tty_cols) {
		char outpath[4096];

		snprintf(outpath, sizeof(outpath), "%s/stdout.tmp", cfg->outdir);
		r->out = slurp_file(outpath, &r->out_len);
	}
	r->err = slurp_file(errpath, &r->err_len);
}

static bool same(const struct result *a, const struct result *b)
{
	return a->status == b->status && a->out_len == b->out_len &&
	       a->err_len == b->err_len &&
	       !memcmp(a->out, b->out, a->out_len) &&
	       !memcmp(a->err, b->err, a->err_len);
}

/* lines: "name | env words | args words"; '#' starts a comment */
static int run_cases(const struct run_cfg *cfg, const char *cases)
{
	FILE *f = fopen(cases, "r");
	char line[4096];
	int no = 0, pass = 0;

	if (!f)
		die(cases);
	while (fgets(line, sizeof(line), f)) {
		char *name, *env, *args, *words[60], *envw[60], *rest = line;
		struct result ref, td;
		int nw, ne;

		line[strcspn(line, "\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		name = strsep(&rest, "|");
		env = strsep(&rest, "|");
		args = strsep(&rest, "|");
		if (!name || !env || !args)
			continue;
		no++;
		ne = split(env, envw, 60);
		nw = split(args, words, 60);
		run_tool(cfg, "ref", words, nw, envw, ne, &ref);
		run_tool(cfg, "td", words, nw, envw, ne, &td);
		save(cfg->outdir, no, "ref", &ref);
		save(cfg->outdir, no, "td", &td);
		name[strcspn(name, " ")] = '\0';
		if (same(&ref, &td))
			pass++;
		printf("%s: %03d %s\n", same(&ref, &td) ? "PASS" : "FAIL", no, name);
		fflush(stdout);
		free(ref.out), free(ref.err), free(td.out), free(td.err);
	}
	fclose(f);
	printf("pstree: %d of %d cases identical\n", pass, no);
	fflush(stdout);
	return pass == no ? 0 : 1;
}

static int init_main(char **argv)
{
	struct run_cfg cfg = { argv[3], argv[4], argv[5] };
	int i, status;
	pid_t runner;

	if (getpid() != 1) {
		fprintf(stderr, "pst-fixture: must be pid 1 of a new pid namespace\n");
		return 111;
	}
	if (mount(argv[6], "/etc/passwd", NULL, MS_BIND, NULL) < 0)
		die("bind mount passwd");
	for (i = 0; i < NSPECS; i++)
		if (specs[i].parent == -1)
			spawn(i, 0);
	runner = fork();
	if (runner == 0) {
		prctl(PR_SET_NAME, "runner");
		_exit(run_cases(&cfg, argv[2]));
	}
	if (runner < 0 || waitpid(runner, &status, 0) < 0)
		die("runner");
	return WIFEXITED(status) ? WEXITSTATUS(status) : 111;
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
	if (argc == 7 && !strcmp(argv[1], "run"))
		return init_main(argv);
	fprintf(stderr, "usage: pst-fixture run CASES OUTDIR REFDIR TDDIR PASSWD\n");
	return 2;
}
