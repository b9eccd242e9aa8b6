/* kalm langid: one message per line in, one JSON language guess per line out. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: kalm langid [--model PATH]\n"
	"\n"
	"Read one message per line from standard input and write one JSON\n"
	"object per line, in order:\n"
	"  {\"language\": \"nl|af|pl|en|unknown\", \"confidence\": 0..1}\n"
	"The language is guessed from the text alone; \"unknown\" (confidence 0)\n"
	"when it has no evidence, such as numbers, emoji or a link.\n"
	"\n"
	"options:\n"
	"  --model PATH  use the language profile of the lexicon folder PATH, or\n"
	"                of the model kalm compile wrote to the file PATH,\n"
	"                instead of the built-in model's\n"
	"  --help        show this text\n";

int kalm_cmd_langid(int argc, char **argv)
{
	const char *dir = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			return cli_usage_out("langid", usage);
		} else if (!cli_option(argc, argv, &i, "--model", &dir)) {
			fprintf(stderr,
				"kalm langid: unknown or incomplete option '%s'\n\n%s",
				argv[i], usage);
			return CLI_USAGE;
		}
	}
	kalm_model *model = cli_open_model(dir);
	if (!model)
		return CLI_DATA;
	cli_lines in;
	cli_lines_init(&in, stdin);
	char *line;
	long len;
	int rc = CLI_OK;
	while ((len = cli_lines_next(&in, &line)) >= 0) {
		double confidence = 0.0;
		kalm_lang lang = kalm_detect_language(model, line, (size_t)len,
						      &confidence);
		printf("{\"language\": \"%s\", \"confidence\": %.4f}\n",
		       kalm_lang_code(lang), confidence);
	}
	rc = cli_lines_check(&in, len, "langid", NULL);
	if (cli_output_check("langid") != CLI_OK)
		rc = CLI_DATA;
	cli_lines_free(&in);
	kalm_model_free(model);
	return rc;
}
