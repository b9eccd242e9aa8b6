/* kalm compile: lexicon folder to model blob. */
#include "cli.h"

#include <string.h>

static const char usage[] =
	"usage: kalm compile DIR -o FILE\n"
	"\n"
	"Compile every *.lex file (and a *.profile language profile) in DIR into\n"
	"a model blob that kalm_model_open_blob() loads without parsing text.\n"
	"Errors name file:line:column.\n";

int kalm_cmd_compile(int argc, char **argv)
{
	const char *dir = NULL, *out = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(usage, stdout);
			return CLI_OK;
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
	FILE *f = fopen(out, "wb");
	int rc = CLI_OK;
	if (!f || fwrite(blob, 1, len, f) != len) {
		perror(out);
		rc = CLI_DATA;
	}
	if (f && fclose(f) != 0 && rc == CLI_OK) {
		perror(out);
		rc = CLI_DATA;
	}
	if (rc == CLI_OK)
		fprintf(stderr, "kalm compile: %zu entries, %zu rules, %zu bytes\n",
			kalm_model_entry_count(m), kalm_model_rule_count(m), len);
	kalm_model_free(m);
	return rc;
}
