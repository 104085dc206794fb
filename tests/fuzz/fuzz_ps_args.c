/*
 * fuzz_ps_args.c - libFuzzer target for the ps option parser, the -o /
 * --sort / O / k format parsers and the header layout they lead to.
 *
 * The input is a command line: arguments separated by NUL bytes (at
 * most 64).  The first byte, if it is below 0x20, picks an environment
 * instead (PS_PERSONALITY, PS_FORMAT, COLUMNS) and is not an argument.
 * The parser calls exit() for --help, --version, L, and every error;
 * this target is linked with -Wl,--wrap=exit, and the wrapper jumps
 * back here while a parse is running (anywhere else it really exits).
 * After a parse that returns, the output layout is set up and the
 * header printed, with stdout on /dev/null.  Everything the parser
 * allocated is released with ps_release(), so leaks show.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/columns/escape.h"
#include "ps/ps.h"

#define MAX_ARGS 64

void __real_exit(int status) __attribute__((noreturn));
void __wrap_exit(int status) __attribute__((noreturn));

static jmp_buf parse_exit;
static volatile int parsing;

void __wrap_exit(int status)
{
	if (parsing) {
		parsing = 0;
		longjmp(parse_exit, 1);
	}
	__real_exit(status);
}

static const struct {
	const char *personality, *format, *columns;
} envs[] = {
	{ NULL, NULL, NULL },
	{ "bsd", NULL, NULL },
	{ "linux", NULL, "40" },
	{ "aix", NULL, NULL },
	{ "sunos4", NULL, NULL },
	{ "irix", NULL, "132" },
	{ "hpux", NULL, NULL },
	{ "sysv", NULL, NULL },
	{ "old", NULL, "1" },
	{ "posix", "pid,comm", NULL },
	{ "tru64", "%p %c", NULL },
	{ "debian", "user:99999,args", "100000" },
	{ NULL, "nosuch", NULL },
	{ "gnu", NULL, NULL },
	{ "s390", NULL, NULL },
	{ NULL, "pid:2147483647,pid:2147483647,args", "9" },
};

static void set_env(const char *name, const char *value)
{
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* the parser prints help and the header; nobody needs to see it */
	if (!freopen("/dev/null", "w", stdout))
		return 0;
	esc_init();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ps ps;
	static struct out out;
	char *buf, *argv[MAX_ARGS + 2];
	size_t i, start;
	int argc = 0;

	if (size && data[0] < 0x20) {
		unsigned e = data[0] % (sizeof(envs) / sizeof(envs[0]));

		set_env("PS_PERSONALITY", envs[e].personality);
		set_env("PS_FORMAT", envs[e].format);
		set_env("COLUMNS", envs[e].columns);
		data++;
		size--;
	} else {
		set_env("PS_PERSONALITY", NULL);
		set_env("PS_FORMAT", NULL);
		set_env("COLUMNS", NULL);
	}
	buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	argv[argc++] = "ps";
	for (i = start = 0; i <= size && argc <= MAX_ARGS; i++) {
		if (i == size || buf[i] == '\0') {
			if (i > start || i < size)
				argv[argc++] = buf + start;
			start = i + 1;
		}
	}
	argv[argc] = NULL;

	ps.prog = "ps";
	ps.source = SOURCE_AUTO;
	ps_defaults(&ps);
	parsing = 1;
	if (!setjmp(parse_exit)) {
		ps_parse_args(&ps, argc, argv);
		parsing = 0;
		if (out_init(&out, &ps))
			out_header(&out);
		fflush(stdout);
	}
	parsing = 0;
	clearerr(stdout);
	ps_release();
	free(buf);
	return 0;
}
