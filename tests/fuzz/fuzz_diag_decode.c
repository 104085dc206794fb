/*
 * fuzz_diag_decode.c - libFuzzer target for the task_diag decoder.
 *
 * The input is cut into "datagrams" the way a socket would hand them
 * over: the first byte picks how many cuts, and each cut falls on a
 * message boundary or, on purpose, inside one.  Each piece is copied to
 * a heap block of exactly its size, so ASan sees any read past it.  The
 * callback checks what every record must satisfy, whatever the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/taskdiag/diag_decode.h"

static void check_tstr(const struct tstr *s)
{
	/* strings are NUL-terminated at len; reading them must be safe */
	if (s->s && (s->s[s->len] != '\0' || strlen(s->s) > s->len))
		abort();
}

static int check_task(struct task *t, struct arena *a, void *arg)
{
	int *count = arg;
	volatile unsigned sum = 0;
	int i;

	(void)a;
	if (!(t->have & TG_BIT(TG_MSG)) || memchr(t->comm, 0, sizeof(t->comm)) == NULL)
		abort();
	check_tstr(&t->cmdline);
	check_tstr(&t->environ);
	check_tstr(&t->cgroup);
	check_tstr(&t->wchan_name);
	check_tstr(&t->exe);
	check_tstr(&t->secctx);
	if (t->cmdline.len > TASK_STR_MAX || t->environ.len > TASK_STR_MAX ||
	    t->cgroup.len > TASK_STR_MAX || t->nsupgids < 0)
		abort();
	for (i = 0; i < t->nsupgids; i++)	/* touch every gid */
		sum += t->supgids[i];
	(void)sum;
	return ++*count > 100000 ? -1 : 0;
}

/*
 * The kernel's words go to a terminal: terminated within the buffer, no
 * control bytes, and only where the kernel's error ended the dump.
 */
static void check_ack(const struct diag_ack *ack, int rc)
{
	const char *end = memchr(ack->msg, '\0', sizeof(ack->msg));
	const char *p;

	if (!end)
		abort();
	for (p = ack->msg; p < end; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			abort();
	if ((ack->msg[0] || ack->has_offs || ack->error) &&
	    (ack->error >= 0 || ack->error != rc))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct diag_dump dumps[2] = {
		{ 0 }, { .seq = 777, .portid = 4242, .family = 0x1d },
	};
	struct diag_decoder *d;
	size_t off = 1, cuts;
	int count = 0, rc = 0;

	if (size < 1)
		return 0;
	d = diag_decoder_new();
	if (!d)
		return 0;
	diag_decoder_start(d, &dumps[data[0] & 1]);
	cuts = (data[0] >> 1) & 7;
	while (off < size && rc == 0) {
		size_t n = size - off;
		unsigned char *p;

		if (cuts) {
			/* cut after a few messages, going by nlmsg_len */
			size_t end = off;
			uint32_t l;

			while (size - end >= 4) {
				memcpy(&l, data + end, 4);
				if (l < 16 || l > size - end)
					break;
				end += (l + 3) & ~3u;
				if (end - off > n / 2)
					break;
			}
			n = end > off ? (end < size ? end : size) - off : n;
			cuts--;
		}
		p = malloc(n ? n : 1);
		if (!p)
			break;
		memcpy(p, data + off, n);
		rc = diag_decoder_feed(d, p, n, check_task, &count);
		free(p);
		off += n;
	}
	if (rc == 1 && diag_decoder_consumed(d) > size)
		abort();
	check_ack(diag_decoder_ack(d), rc);
	diag_decoder_free(d);
	return 0;
}
