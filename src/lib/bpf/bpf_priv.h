/*
 * bpf_priv.h - what the BPF source's files share: the state of an open
 * source, the open() flags a pin reader gives, and the functions one
 * file offers the others.
 *
 *   bpf_source.c  opening, the /proc listing, reading and merging dumps
 *   bpf_load.c    loading the program (the light skeleton), its
 *                 fallbacks, and why a load fails
 *   bpf_pin.c     pinning, unpinning, finding and opening trusted pins
 *   bpf_proof.c   the numbers that prove a dump complete
 */
#ifndef TDPS_BPF_PRIV_H
#define TDPS_BPF_PRIV_H

#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>

#include "lib/bpf/task_iter.h"
#include "lib/bpf/bpf_survey.h"
#include "lib/source/source_config.h"

struct task_iter;
struct diag_decoder;
struct proc_reader;

/* the open() flags that ask a pin for threads and groups (task_iter.h) */
#define PIN_OPEN_THREADS	O_NONBLOCK
#define PIN_OPEN_STAT		O_APPEND
#define PIN_OPEN_STATM		O_DSYNC
#define PIN_OPEN_IDS_ONLY	O_ASYNC

/* bpffs's magic (include/uapi/linux/magic.h) */
#define BPF_FS_MAGIC_NR		0xcafe4a11

/* read() size: more than a seq_file buffer (32 KiB) holds */
#define BPF_READ_CHUNK (128 * 1024)

/* the /proc listing, made by a thread while the kernel work goes on */
struct lister {
	int dirfd;
	int *pids;
	long n;			/* count, or -errno */
};

struct bpf_state {
	const struct source_config *config;	/* the knobs */
	struct task_iter *skel;		/* NULL when reading pins */
	uint64_t load_show;		/* the groups the loaded program sends */
	char *pin_dir;
	void *proc;			/* the /proc source, for listed pids */
	struct proc_reader *pr;		/* for missing groups and /proc reads */
	struct diag_decoder *dec;
	unsigned char *buf;
	size_t len, size;
	/* the dump in buf has the messages' pgid and sid (TG_SESS) */
	int sent_sess;
	struct lister list;
	pthread_t list_th;
	int listed;			/* list holds (or will hold) a listing */
	int listing;			/* list_th is making it */
	/* the program refused this reader (its /proc hides tasks) */
	int refused;
	/* does /proc sum the per-CPU rss counters?  -1: not asked yet */
	int rss_sum;
	/* loaded without bpf_rdonly_cast() (Linux 6.1) */
	int no_cast;
};

/* ---- bpf_source.c ---- */
struct bpf_state *bpf_state_new(const struct source_config *config);
void bpf_close(void *state);

/* ---- bpf_load.c ---- */
/*
 * Load the program and make its link, in s->skel; a failure leaves its
 * reason for bpf_load_why().  @for_pin: for every user (public_only);
 * else @groups fixed in it for this run.  0 or -errno.
 */
int bpf_load(struct bpf_state *s, int for_pin, uint64_t groups);
/* do /proc's status and statm sum the per-CPU rss counters? */
int bpf_proc_sums_rss(void);
/* an iterator of the link @link_fd: an fd, or -1 with errno */
int bpf_sys_iter_create(int link_fd);
/* pin the object @fd at @path: 0, or -1 with errno */
int bpf_sys_obj_pin(int fd, const char *path);

/* ---- bpf_pin.c ---- */
/*
 * The pin directory to use: the config's bpf_pin if its pin is trusted,
 * else the first of BPF_PIN_DIRS with a trusted pin; or NULL
 */
const char *bpf_pin_dir(const struct source_config *config);
/* where pins were looked for, for messages */
const char *bpf_pin_dirs_looked(const struct source_config *config);
/* open the pin in @dir with @flags if it is to be trusted: fd or -errno */
int bpf_pin_open(const char *dir, int flags);

/* ---- bpf_proof.c ---- */
/*
 * The tasks on the system and the last pid allocated: the 4th and 5th
 * fields of /proc/loadavg ("... 1/79 18367").
 */
struct tasks_now {
	long threads, last_pid;
};
int bpf_tasks_now(struct tasks_now *n);		/* 0 or -1 */
/* and bpf_count_tasks(), bpf_count_processes(), bpf_in_init_pid_ns() */
/* did the program serve this reader (the dump in s->buf)? */
int bpf_dump_served(const struct bpf_state *s);
/* is the dump in s->buf, taken between @before and @after, complete? */
int bpf_dump_proven(struct bpf_state *s, const struct tasks_now *before,
		    const struct tasks_now *after, int *hidden_init);

/* set what bpf_load_why() says, for a refusal made before any load */
void bpf_load_refuse(const char *why);

#endif
