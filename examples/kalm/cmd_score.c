/* kalm score: one message per line in, one JSON verdict per line out. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: kalm score [--lang xx] [--model DIR]\n"
	"\n"
	"Read one message per line from standard input and write one JSON\n"
	"object per line, in order:\n"
	"  {\"score\": 0..1, \"abusive\": bool, \"severity\": 0..4, \"targeted\": bool,\n"
	"   \"language\": \"nl|af|pl|en|unknown\", \"language_guess\": ..., \"confidence\": 0..1,\n"
	"   \"categories\": {\"insult\": 0..1, \"profanity\": ..., \"threat\": ..., \"sexual\": ...,\n"
	"                  \"hate\": ..., \"shouting\": ..., \"frustration\": ...},\n"
	"   \"matches\": [{\"category\", \"severity\", \"targeted\", \"negated\", \"counted\",\n"
	"                \"start\", \"end\" (byte offsets in the line), \"text\", \"entry\", \"source\"}]}\n"
	"\n"
	"options:\n"
	"  --lang xx     the customer's language (nl, af, pl, en) as a hint\n"
	"  --model DIR   compile the lexicons in DIR instead of the built-in model\n"
	"  --help        show this text\n";

int kalm_cmd_score(int argc, char **argv)
{
	const char *dir = NULL, *lang = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(usage, stdout);
			return CLI_OK;
		} else if (!strcmp(argv[i], "--lang") && i + 1 < argc) {
			lang = argv[++i];
		} else if (!strncmp(argv[i], "--lang=", 7)) {
			lang = argv[i] + 7;
		} else if (!strcmp(argv[i], "--model") && i + 1 < argc) {
			dir = argv[++i];
		} else if (!strncmp(argv[i], "--model=", 8)) {
			dir = argv[i] + 8;
		} else {
			fprintf(stderr, "kalm score: unknown or incomplete option '%s'\n\n%s",
				argv[i], usage);
			return CLI_USAGE;
		}
	}
	kalm_score_options opt = {sizeof(opt), KALM_LANG_UNKNOWN};
	if (lang) {
		opt.lang_hint = kalm_lang_from_code(lang);
		if (opt.lang_hint == KALM_LANG_UNKNOWN) {
			fprintf(stderr, "kalm score: --lang must be nl, af, pl or en\n");
			return CLI_USAGE;
		}
	}
	kalm_model *model = cli_open_model(dir);
	if (!model)
		return CLI_DATA;
	/* The lines that have arrived, up to BATCH of them, are scored
	 * together (kalm_score_many) and then written: a file or pipe goes
	 * in batches, a terminal line by line as it is typed. */
	enum { BATCH = 64 };
	kalm_scratch *scratch = NULL;
	kalm_verdict *verdict[BATCH] = {NULL};
	int rc = CLI_OK;
	if (kalm_scratch_new(&scratch))
		rc = CLI_DATA;
	for (int i = 0; i < BATCH && rc == CLI_OK; i++)
		if (kalm_verdict_new(&verdict[i]))
			rc = CLI_DATA;
	if (rc != CLI_OK) {
		fprintf(stderr, "kalm score: out of memory\n");
		for (int i = 0; i < BATCH; i++)
			kalm_verdict_free(verdict[i]);
		kalm_scratch_free(scratch);
		kalm_model_free(model);
		return rc;
	}
	cli_lines in;
	cli_lines_init(&in, stdin);
	char *line;
	long len;
	size_t lineno = 0; /* lines scored before the batch */
	kalm_error err = {0};
	kalm_text text[BATCH];
	while ((len = cli_lines_next(&in, &line)) >= 0) {
		size_t n = 0;
		do
			text[n++] = (kalm_text){line, (size_t)len, KALM_LANG_UNKNOWN};
		while (n < BATCH && (len = cli_lines_next_ready(&in, &line)) >= 0);
		size_t scored;
		kalm_status st = kalm_score_many(model, scratch, text, n, &opt,
						 verdict, &scored, &err);
		for (size_t i = 0; i < scored; i++)
			cli_verdict_line(stdout, model, verdict[i], text[i].text,
					 text[i].len);
		if (st) {
			fprintf(stderr, "kalm score: line %zu: %s\n",
				lineno + scored + 1,
				st == KALM_ERR_NO_MEMORY ? "out of memory"
							 : err.message);
			rc = CLI_DATA;
			break;
		}
		lineno += n;
	}
	cli_verdict_flush();
	if (rc == CLI_OK)
		rc = cli_lines_check(&in, len, "score", NULL);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "kalm score: cannot write output\n");
		rc = CLI_DATA;
	}
	cli_lines_free(&in);
	for (int i = 0; i < BATCH; i++)
		kalm_verdict_free(verdict[i]);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
	return rc;
}
