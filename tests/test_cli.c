/* The kalm command line: output contract, exit codes, errors. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static char out[1 << 16];

/* Run "kalm ARGS" with INPUT on stdin; return the exit status, output in
 * OUT (stdout, and stderr when ERR). */
static int run(const char *args, const char *input, bool err)
{
	const char *cli = getenv("KALM_CLI");
	cr_assert_not_null(cli, "KALM_CLI is not set");
	char in_path[] = "/tmp/kalm-cli-XXXXXX";
	int fd = mkstemp(in_path);
	cr_assert_geq(fd, 0);
	FILE *in = fdopen(fd, "w");
	fputs(input, in);
	fclose(in);
	char cmd[2048];
	snprintf(cmd, sizeof(cmd), "'%s' %s < %s %s", cli, args, in_path,
		 err ? "2>&1" : "2>/dev/null");
	FILE *p = popen(cmd, "r");
	cr_assert_not_null(p);
	size_t n = fread(out, 1, sizeof(out) - 1, p);
	out[n] = '\0';
	int status = pclose(p);
	remove(in_path);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static size_t count_lines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

Test(cli, score_writes_one_json_object_per_line_in_order)
{
	cr_assert_eq(run("score", "hello there\nyou useless idiot\n\nKurwa, znowu nie działa\n",
			 false), 0);
	cr_assert_eq(count_lines(out), 4);
	char *second = strchr(out, '\n') + 1;
	cr_assert_eq(strncmp(out, "{\"score\": 0.000, \"abusive\": false", 33), 0, "%s", out);
	cr_assert_eq(strncmp(second, "{\"score\": ", 10), 0);
	cr_assert_not_null(strstr(second, "\"abusive\": true"));
	cr_assert_not_null(strstr(second, "\"text\": \"idiot\""));
	cr_assert_not_null(strstr(second, "\"start\": 12, \"end\": 17"));
	cr_assert_not_null(strstr(out, "\"language\": \"pl\""));
	for (const char *k = out; (k = strstr(k, "\"categories\": {")); k++)
		cr_assert_not_null(strstr(k, "\"insult\": "));
}

Test(cli, score_escapes_and_replaces_bad_bytes)
{
	cr_assert_eq(run("score", "idiot \"quoted\" \x01 \xff idiot\n", false), 0);
	cr_assert_not_null(strstr(out, "\"text\": \"idiot\""));
	cr_assert_null(strchr(out, '\x01'));
	cr_assert_null(strchr(out, '\xff'));
}

Test(cli, score_takes_a_language_and_a_model)
{
	cr_assert_eq(run("score --lang af", "jy is n poes\n", false), 0);
	cr_assert_not_null(strstr(out, "\"language\": \"af\""));
	cr_assert_eq(run("score --lang xx", "a\n", true), 2);
	cr_assert_not_null(strstr(out, "--lang"));
	cr_assert_eq(run("score --model /nonexistent", "a\n", true), 1);
	cr_assert_not_null(strstr(out, "/nonexistent"));
	cr_assert_eq(run("score --bogus", "", true), 2);
}

Test(cli, help_and_usage)
{
	cr_assert_eq(run("--help", "", false), 0);
	cr_assert_not_null(strstr(out, "score"));
	cr_assert_not_null(strstr(out, "eval"));
	cr_assert_eq(run("score --help", "", false), 0);
	cr_assert_not_null(strstr(out, "--lang"));
	cr_assert_eq(run("eval --help", "", false), 0);
	cr_assert_not_null(strstr(out, "--show"));
	cr_assert_eq(run("nonsense", "", true), 2);
	cr_assert_eq(run("", "", true), 2);
}

Test(cli, eval_reports_precision_recall_f1)
{
	const char *tsv = "lang\tlabel\tcategory\ttext\n"
			  "en\tabusive\tinsult\tyou useless idiot\n"
			  "en\tabusive\tinsult\tyou moron\n"
			  "en\tclean\tnone\tI want a refund please\n"
			  "en\tclean\tnone\twhere is my parcel\n";
	cr_assert_eq(run("eval --json -", tsv, false), 0);
	cr_assert_not_null(strstr(out, "\"overall\": {\"name\": \"overall\", \"count\": 4, "
				       "\"tp\": 2, \"fp\": 0, \"fn\": 0, \"tn\": 2"), "%s", out);
	cr_assert_not_null(strstr(out, "\"f1\": 1.0000"));
	cr_assert_eq(run("eval -", tsv, false), 0);
	cr_assert_not_null(strstr(out, "overall"));
	cr_assert_eq(run("eval -", "en\tmaybe\tx\ttext\n", true), 1);
	cr_assert_not_null(strstr(out, ":1:"));
}

Test(cli, compile_writes_a_blob)
{
	char dir[] = "/tmp/kalm-cli-lex-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	char path[256], args[600];
	snprintf(path, sizeof(path), "%s/en.lex", dir);
	FILE *f = fopen(path, "w");
	fputs("idiot insult 2\nyou you\n", f);
	fclose(f);
	snprintf(args, sizeof(args), "compile %s -o %s/model.kalm", dir, dir);
	cr_assert_eq(run(args, "", true), 0, "%s", out);
	cr_assert_not_null(strstr(out, "2 entries"));
	f = fopen(path, "w");
	fputs("idiot insult 5\n", f);
	fclose(f);
	cr_assert_eq(run(args, "", true), 1);
	cr_assert_not_null(strstr(out, "en.lex:1:14"), "%s", out);
	snprintf(args, sizeof(args), "rm -rf %s", dir);
	cr_assert_eq(system(args), 0);
}
