/* kalm compile: lexicon folder to model blob. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
	"usage: kalm compile DIR -o FILE\n"
	"\n"
	"Compile every *.lex file (and a *.profile language profile) in DIR into\n"
	"a model blob that kalm_model_open_blob() loads without parsing text,\n"
	"and the commands' --model FILE opens.  Errors name file:line:column.\n"
	"FILE is replaced only once the blob is written whole.\n";

/* Write BLOB[0..LEN) to F, named PATH, and close it: 0 or an errno. */
static int write_close(FILE *f, const void *blob, size_t len)
{
	int e = 0;
	if (fwrite(blob, 1, len, f) != len || fflush(f) != 0)
		e = errno ? errno : EIO;
	if (fclose(f) != 0 && !e)
		e = errno;
	return e;
}

/* Write BLOB[0..LEN) to PATH.  A regular file (or none yet) is written
 * beside it and renamed over it once written whole, so that a run that
 * fails leaves PATH as it was; anything else (a device, a pipe, a
 * symbolic link) is written in place. */
static int write_blob(const char *path, const void *blob, size_t len)
{
	struct stat st;
	int e = 0;
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		FILE *f = fopen(path, "wb");
		e = f ? write_close(f, blob, len) : errno;
	} else {
		size_t n = strlen(path);
		char *tmp = malloc(n + sizeof ".XXXXXX");
		if (!tmp) {
			fprintf(stderr, "kalm compile: out of memory\n");
			return CLI_DATA;
		}
		memcpy(tmp, path, n);
		memcpy(tmp + n, ".XXXXXX", sizeof ".XXXXXX");
		int fd = mkstemp(tmp);
		if (fd < 0) {
			e = errno;
		} else {
			/* the mode a new file gets, not mkstemp's 0600 */
			mode_t mask = umask(0);
			umask(mask);
			FILE *f = fchmod(fd, 0666 & ~mask) == 0 ? fdopen(fd, "wb")
								: NULL;
			if (!f) {
				e = errno;
				close(fd);
			} else {
				e = write_close(f, blob, len);
			}
			if (!e && rename(tmp, path) != 0)
				e = errno;
			if (e)
				unlink(tmp);
		}
		free(tmp);
	}
	if (e)
		fprintf(stderr, "kalm compile: %s: %s\n", path, strerror(e));
	return e ? CLI_DATA : CLI_OK;
}

int kalm_cmd_compile(int argc, char **argv)
{
	const char *dir = NULL, *out = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			return cli_usage_out("compile", usage);
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out = argv[++i];
		} else if (argv[i][0] != '-' && !dir) {
			dir = argv[i];
		} else {
			fprintf(stderr, "kalm compile: unexpected '%s'\n\n%s", argv[i], usage);
			return CLI_USAGE;
		}
	}
	if (!dir || !out) {
		fputs(usage, stderr);
		return CLI_USAGE;
	}
	kalm_model *m = cli_open_model(dir);
	if (!m)
		return CLI_DATA;
	size_t len;
	const void *blob = kalm_model_blob(m, &len);
	int rc = write_blob(out, blob, len);
	if (rc == CLI_OK)
		fprintf(stderr, "kalm compile: %zu entries, %zu rules, %zu bytes\n",
			kalm_model_entry_count(m), kalm_model_rule_count(m), len);
	kalm_model_free(m);
	return rc;
}
