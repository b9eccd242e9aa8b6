/* kalm-mail: score mail archives (scan) or one message (filter). */
#include "kalm_mail.h"
#include "../count.h"

#include <errno.h>
#include <fcntl.h>
#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: kalm-mail scan [options] PATH...\n"
	"       kalm-mail filter [--model DIR] < message > message\n"
	"\n"
	"scan reads mbox files, Maildir folders, single messages and '-' (an\n"
	"mbox on stdin), groups them into threads and writes one record per\n"
	"message on stdout, a summary on stderr.\n"
	"\n"
	"  -j, --jobs N        worker threads (default: all cores)\n"
	"  --format FORMAT     jsonl, csv or table (default: table on a\n"
	"                      terminal, jsonl otherwise)\n"
	"  --by-input          records in input order instead of by thread\n"
	"  --with-text         add the decoded text, quotes, forwards and\n"
	"                      signature to each jsonl record\n"
	"  --no-progress       no progress bar even on a terminal\n"
	"  --worst N           threads listed in the summary (default 5)\n"
	"  --model DIR         compile the lexicons in DIR instead of the\n"
	"                      built-in model\n"
	"\n"
	"filter adds X-Kalm-Score, X-Kalm-Action, X-Kalm-Categories and\n"
	"X-Kalm-Language headers and leaves every other byte as it was; it\n"
	"takes --model alone (the other options are scan's, a usage error).\n"
	"\n"
	"Exit status: 0; 2 for usage errors; 1 when the model could not be\n"
	"loaded, or scan could not read a PATH or write the report (stdout\n"
	"closed, disk full); 74 when filter could not read or write the\n"
	"message (stdin or stdout closed).\n";

/* Which of the standard streams were closed when we started. */
typedef struct std_streams {
	bool in_closed, out_closed;
} std_streams;

static bool fd_closed(int fd)
{
	return fcntl(fd, F_GETFD) == -1 && errno == EBADF;
}

/* A closed standard descriptor would be handed to the next file opened,
 * so a temporary file would take in the report or the summary: each one
 * closed is opened on /dev/null, and stdin and stdout are remembered as
 * closed so the commands that need them can refuse to run. */
static std_streams std_streams_open(void)
{
	std_streams st = {fd_closed(0), fd_closed(1)};
	for (int fd = 0; fd <= 2; fd++) {
		if (!fd_closed(fd))
			continue;
		int null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
		if (null >= 0 && null != fd) {
			dup2(null, fd);
			close(null);
		}
	}
	return st;
}

static int usage(int code)
{
	fputs(usage_text, code ? stderr : stdout);
	return code;
}

static kalm_model *open_model(const char *dir)
{
	kalm_model *model = NULL;
	kalm_error err = {0};
	kalm_status st = dir ? kalm_model_load(dir, &model, &err)
			     : kalm_model_new_default(&model, &err);
	if (st != KALM_OK) {
		if (err.file[0])
			fprintf(stderr, "kalm-mail: %s:%u:%u: %s\n", err.file, err.line,
				err.column, err.message[0] ? err.message : kalm_status_str(st));
		else
			fprintf(stderr, "kalm-mail: model: %s\n",
				err.message[0] ? err.message : kalm_status_str(st));
		return NULL;
	}
	return model;
}

static int run(int argc, char **argv, std_streams std)
{
	if (argc < 2)
		return usage(2);
	const char *cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0)
		return usage(0);
	if (strcmp(cmd, "--version") == 0) {
		printf("kalm-mail %s (GMime %u.%u.%u)\n", kalm_version_string(),
		       gmime_major_version, gmime_minor_version, gmime_micro_version);
		return 0;
	}
	bool scan = strcmp(cmd, "scan") == 0;
	if (!scan && strcmp(cmd, "filter") != 0)
		return usage(2);

	mail_scan_options opt = {0};
	unsigned cores = g_get_num_processors();
	opt.jobs = cores ? cores : 1;
	opt.format = isatty(1) ? MAIL_FORMAT_TABLE : MAIL_FORMAT_JSONL;
	opt.progress = isatty(2);
	opt.worst = 5;
	const char *model_dir = NULL;
	char **paths = g_new0(char *, (size_t)argc);
	int count = 0;
	bool options_done = false;
	bool scan_option = false; /* an option filter does not take */
	bool reads_stdin = !scan;

	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;
		if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
			paths[count++] = argv[i];
			reads_stdin |= strcmp(a, "-") == 0;
			continue;
		}
		/* Every option but --model and -- is scan's alone. */
		scan_option |= strcmp(a, "--model") != 0 && strcmp(a, "--") != 0;
		if (strcmp(a, "--") == 0) {
			options_done = true;
		} else if ((strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) && next) {
			if (!parse_count(next, &opt.jobs, 256))
				goto bad;
			i++;
		} else if (strncmp(a, "-j", 2) == 0 && a[2]) {
			if (!parse_count(a + 2, &opt.jobs, 256))
				goto bad;
		} else if (strcmp(a, "--format") == 0 && next) {
			if (strcmp(next, "jsonl") == 0 || strcmp(next, "json") == 0)
				opt.format = MAIL_FORMAT_JSONL;
			else if (strcmp(next, "csv") == 0)
				opt.format = MAIL_FORMAT_CSV;
			else if (strcmp(next, "table") == 0)
				opt.format = MAIL_FORMAT_TABLE;
			else
				goto bad;
			i++;
		} else if (strcmp(a, "--by-input") == 0) {
			opt.by_input = true;
		} else if (strcmp(a, "--with-text") == 0) {
			opt.with_text = true;
		} else if (strcmp(a, "--no-progress") == 0) {
			opt.progress = false;
		} else if (strcmp(a, "--worst") == 0 && next) {
			if (!parse_count(next, &opt.worst, 1000))
				goto bad;
			i++;
		} else if (strcmp(a, "--model") == 0 && next) {
			model_dir = next;
			i++;
		} else {
			goto bad;
		}
	}
	if (scan ? count == 0 : (count != 0 || scan_option))
		goto bad;
	/* filter answers 74 (EX_IOERR) for input and output, as spamc. */
	if (std.out_closed || (reads_stdin && std.in_closed)) {
		fprintf(stderr, "kalm-mail: standard %s is closed\n",
			std.out_closed ? "output" : "input");
		g_free(paths);
		return scan ? 1 : 74;
	}

	kalm_model *model = open_model(model_dir);
	if (!model) {
		g_free(paths);
		return 1;
	}
	int code = scan ? mail_scan(model, &opt, paths, count)
			: mail_filter(model, stdin, stdout);
	kalm_model_free(model);
	g_free(paths);
	return code;
bad:
	g_free(paths);
	return usage(2);
}

int main(int argc, char **argv)
{
	std_streams std = std_streams_open();
	/* GMime's one piece of global state, set up once for all threads. */
	g_mime_init();
	int code = run(argc, argv, std);
	g_mime_shutdown();
	return code;
}
