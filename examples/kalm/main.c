/* kalm: score customer messages for abuse from the command line. */
#include "cli.h"

#include <string.h>

static const char usage[] =
	"usage: kalm COMMAND [OPTIONS]\n"
	"\n"
	"Score customer chat and e-mail messages (Dutch, Afrikaans, Polish,\n"
	"English) for abuse, and advise what a support agent does next.\n"
	"\n"
	"commands:\n"
	"  score     score one message per input line; one JSON object per line\n"
	"  eval      measure precision, recall and F1 on labelled TSV files\n"
	"  langid    guess the language of each input line\n"
	"  chat      follow conversations (JSON lines) through the escalation ladder\n"
	"  compile   compile a lexicon folder into a model blob\n"
	"\n"
	"Run 'kalm COMMAND --help' for the options of a command.\n"
	"Exit status: 0 success, 1 data error (message on stderr), 2 usage error.\n";

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return CLI_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		return cli_usage_out(NULL, usage);
	}
	if (!strcmp(cmd, "--version")) {
		printf("kalm %s\n", kalm_version_string());
		return cli_output_check(NULL);
	}
	if (!strcmp(cmd, "score"))
		return kalm_cmd_score(argc - 1, argv + 1);
	if (!strcmp(cmd, "eval"))
		return kalm_cmd_eval(argc - 1, argv + 1);
	if (!strcmp(cmd, "langid"))
		return kalm_cmd_langid(argc - 1, argv + 1);
	if (!strcmp(cmd, "chat"))
		return kalm_cmd_chat(argc - 1, argv + 1);
	if (!strcmp(cmd, "compile"))
		return kalm_cmd_compile(argc - 1, argv + 1);
	fprintf(stderr, "kalm: unknown command '%s'\n\n%s", cmd, usage);
	return CLI_USAGE;
}
