/* The kalm command line: output contract, exit codes, errors; the number
 * format of its JSON. */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "../examples/kalm/cli.h"

static char out[1 << 18];

/* A new file for writing, made from the template PATH (its name is
 * written there). */
static FILE *temp_file(char *path)
{
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	FILE *f = fdopen(fd, "w");
	cr_assert_not_null(f);
	return f;
}

/* PATH holds TEXT, and nothing else. */
static void write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f, "%s", path);
	fputs(text, f);
	cr_assert_eq(fclose(f), 0);
}

/* A temporary lexicon folder DIR holding one file, PATH (en.lex). */
typedef struct lexdir {
	char dir[32], path[64];
} lexdir;

static void lexdir_make(lexdir *d, const char *text)
{
	strcpy(d->dir, "/tmp/kalm-cli-lex-XXXXXX");
	cr_assert_not_null(mkdtemp(d->dir));
	snprintf(d->path, sizeof d->path, "%s/en.lex", d->dir);
	write_text(d->path, text);
}

static void lexdir_remove(const lexdir *d)
{
	char cmd[64];
	snprintf(cmd, sizeof cmd, "rm -rf %s", d->dir);
	cr_assert_eq(system(cmd), 0);
}

/* Run the shell command CMD: its standard output in OUT, its exit status
 * returned (-1 when it did not exit). */
static int shell(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	cr_assert_not_null(p);
	size_t n = fread(out, 1, sizeof(out) - 1, p);
	out[n] = '\0';
	int status = pclose(p);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Run "kalm ARGS" with INPUT on stdin; return the exit status, output in
 * OUT (stdout, and stderr when ERR). */
static int run(const char *args, const char *input, bool err)
{
	const char *cli = getenv("KALM_CLI");
	cr_assert_not_null(cli, "KALM_CLI is not set");
	char in_path[] = "/tmp/kalm-cli-XXXXXX";
	FILE *in = temp_file(in_path);
	fputs(input, in);
	fclose(in);
	char cmd[2048];
	snprintf(cmd, sizeof(cmd), "'%s' %s < %s %s", cli, args, in_path,
		 err ? "2>&1" : "2>/dev/null");
	int status = shell(cmd);
	remove(in_path);
	return status;
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
	lexdir d;
	lexdir_make(&d, "idiot insult 2\nyou you\n");
	char args[600];
	snprintf(args, sizeof(args), "compile %s -o %s/model.kalm", d.dir, d.dir);
	cr_assert_eq(run(args, "", true), 0, "%s", out);
	cr_assert_not_null(strstr(out, "2 entries"));
	write_text(d.path, "idiot insult 5\n");
	cr_assert_eq(run(args, "", true), 1);
	cr_assert_not_null(strstr(out, "en.lex:1:14"), "%s", out);
	lexdir_remove(&d);
}

/* cli_fixed3 writes what printf's "%.3f" writes, for every kind of double:
 * ties (0.0625 is 62.5 thousandths), values next to them, signed zeros,
 * subnormals, the largest, infinities, NaN and random bit patterns. */
static void expect_fixed3(double x)
{
	char want[CLI_FIXED3_MAX], got[CLI_FIXED3_MAX];
	int n = snprintf(want, sizeof want, "%.3f", x);
	cr_assert(n > 0 && n < (int)sizeof want);
	size_t k = cli_fixed3(got, x);
	cr_assert(k == (size_t)n && memcmp(got, want, k) == 0,
		  "%a: \"%.*s\", printf \"%s\"", x, (int)k, got, want);
}

Test(cli, three_decimals_as_printf_writes_them)
{
	static const double fixed[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 0.0005, 0.0015, 0.0025, 0.0625,
		0.1875, -0.0625, 0.9995, 0.99949999, 9.9995, 0.001, 123.4565,
		1e15 - 1, -1e15 + 1, 1e15, 1e16, -1e300, DBL_MAX, -DBL_MAX,
		DBL_MIN, 5e-324, -5e-324, 4.5e15, INFINITY, -INFINITY, NAN};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		expect_fixed3(fixed[i]);
	/* every half thousandth up to 20, and its neighbours */
	for (int k = 0; k <= 40000; k++) {
		double x = k / 2000.0;
		expect_fixed3(x);
		expect_fixed3(nextafter(x, 0.0));
		expect_fixed3(nextafter(x, 100.0));
	}
	uint64_t r = 88172645463325252u;
	for (int i = 0; i < 200000; i++) {
		r ^= r << 13;
		r ^= r >> 7;
		r ^= r << 17;
		double x;
		memcpy(&x, &r, sizeof x);
		expect_fixed3(x);
		/* and a probability, as most scores are */
		expect_fixed3((double)(r >> 11) / 9007199254740992.0);
	}
}

/* TEXT[0..LEN) as a JSON string, by the rules cli_json_string states,
 * one byte after the other, into OUT (room for 6 * LEN + 2). */
static size_t json_reference(const unsigned char *s, size_t len, char *out)
{
	size_t n = 0;
	out[n++] = '"';
	for (size_t i = 0; i < len; i++) {
		unsigned c = s[i];
		if (c == '"' || c == '\\') {
			out[n++] = '\\';
			out[n++] = (char)c;
		} else if (c == '\n' || c == '\r' || c == '\t') {
			out[n++] = '\\';
			out[n++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
		} else if (c < 0x20 || c == 0x7f) {
			n += (size_t)sprintf(out + n, "\\u%04x", c);
		} else if (c < 0x80) {
			out[n++] = (char)c;
		} else {
			/* a well-formed sequence (RFC 3629) or U+FFFD */
			size_t k = c >= 0xC2 && c <= 0xDF   ? 2
				   : c >= 0xE0 && c <= 0xEF ? 3
				   : c >= 0xF0 && c <= 0xF4 ? 4
							    : 0;
			unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
			unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
			bool ok = k && i + k <= len && s[i + 1] >= lo && s[i + 1] <= hi;
			for (size_t j = 2; ok && j < k; j++)
				ok = (s[i + j] & 0xC0) == 0x80;
			if (ok) {
				memcpy(out + n, s + i, k);
				n += k;
				i += k - 1;
			} else {
				memcpy(out + n, "\xEF\xBF\xBD", 3);
				n += 3;
			}
		}
	}
	out[n++] = '"';
	return n;
}

/* Strings longer than cli_json_string's buffer are written in pieces; none
 * may cut a UTF-8 sequence or change a byte of the result. */
Test(cli, a_json_string_is_the_same_whole_or_in_pieces)
{
	static unsigned char text[20000];
	static char want[6 * sizeof text + 2], got[6 * sizeof text + 2];
	/* what the random strings are made of */
	static const char *const parts[] = {
		"a", "idiot ", "\"", "\\", "\n", "\t", "\x01", "\x7f",
		"\xC5\x82", "\xE2\x82\xAC", "\xF0\x9F\x99\x82", "\xC5",
		"\xE2\x82", "\xF0\x9F\x99", "\x80", "\xBF\xBF", "\xFF",
		"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"};
	uint64_t r = 0x9E3779B97F4A7C15u;
	for (int round = 0; round < 400; round++) {
		size_t len = 0;
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		size_t target = round < 4 ? sizeof text - 8 : r % 6000;
		int mode = round % 4;
		while (len < target) {
			r ^= r << 13, r ^= r >> 7, r ^= r << 17;
			const char *p = parts[r % (sizeof parts / sizeof parts[0])];
			if (mode == 1) /* long runs of continuation bytes */
				p = r % 3 ? "\x80" : "\xF0";
			else if (mode == 2) /* sequences only, no ASCII */
				p = parts[8 + r % 5];
			size_t k = strlen(p);
			memcpy(text + len, p, k);
			len += k;
		}
		size_t wn = json_reference(text, len, want);
		FILE *f = tmpfile();
		cr_assert_not_null(f);
		cli_json_string(f, (const char *)text, len);
		rewind(f);
		size_t gn = fread(got, 1, sizeof got, f);
		fclose(f);
		cr_assert(gn == wn && memcmp(got, want, wn) == 0,
			  "round %d: %zu bytes of text, %zu written, %zu expected",
			  round, len, gn, wn);
	}
}

/* Strings of 4 to 32 bytes are checked a word at a time and copied whole
 * when every byte is plain; any other byte at any place must still be
 * written by the rules. */
Test(cli, short_json_strings_are_written_by_the_rules)
{
	static const unsigned char odd[] = {'"', '\\', '\n', '\t', 0x00, 0x01,
					    0x1f, 0x7f, 0x80, 0xC5, 0xFF, ' ',
					    '~', '!', '#', '[', ']'};
	unsigned char text[40];
	char want[6 * sizeof text + 2], got[6 * sizeof text + 2];
	for (size_t len = 0; len <= sizeof text; len++) {
		for (size_t at = 0; at <= len; at++) {
			for (size_t o = 0; o < sizeof odd; o++) {
				for (size_t i = 0; i < len; i++)
					text[i] = (unsigned char)('a' + (i * 7 + o) % 26);
				if (at < len)
					text[at] = odd[o];
				size_t wn = json_reference(text, len, want);
				FILE *f = tmpfile();
				cr_assert_not_null(f);
				cli_json_string(f, (const char *)text, len);
				rewind(f);
				size_t gn = fread(got, 1, sizeof got, f);
				fclose(f);
				cr_assert(gn == wn && memcmp(got, want, wn) == 0,
					  "%zu bytes, byte %zu is 0x%02x: %.*s",
					  len, at, odd[o], (int)gn, got);
			}
		}
	}
}

/* A writer makes a line's head and a match's fields once and keeps them:
 * each line is the same the first time and after, as a new writer
 * writes it. */
Test(cli, a_writer_writes_a_line_the_same_the_first_time_and_after)
{
	kalm_model *model;
	kalm_scratch *scratch;
	kalm_verdict *v;
	cr_assert_eq(kalm_model_new_default(&model, NULL), KALM_OK);
	cr_assert_eq(kalm_scratch_new(&scratch), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	static const char *const texts[] = {
		"thanks for the help, that fixed it",
		"this is the third time, I want a refund NOW",
		"you useless idiot",
		"you are not an idiot",
		"my colleague typed \"idiot\" in the name field by mistake",
		"Kurwa, znowu nie dzia\xC5\x82" "a",
		"WHERE IS MY PARCEL, I HAVE BEEN WAITING FOR WEEKS!!!",
		"refund refund refund, useless app, shit",
		"dank je wel voor de hulp",
		"",
		/* texts of matches: short and plain, with a quote or UTF-8,
		 * and longer than 32 bytes */
		"i know where your children go to school, idiot",
		"you \"idiot\", you f*cking m0r0n, idiot",
		"ty debilu, kurw\xC4\x85 ma\xC4\x87, spierdalaj",
		"i know where you live, you absolute waste of space",
		"jy is \xE2\x80\x99n poes, fokken idioot",
		"\xEF\xBC\xA9\xEF\xBC\xA4\xEF\xBC\xA9\xEF\xBC\xAF\xEF\xBC\xB4 you are",
		/* a confidence below 1, with nothing found and with a match;
		 * the same languages with a confidence of 1 */
		"ok", "ok refund", "refund now",
	};
	size_t count = sizeof texts / sizeof texts[0];
	cli_writer *kept = cli_writer_new(NULL);
	cr_assert_not_null(kept);
	for (int round = 0; round < 3; round++) {
		for (size_t i = 0; i < count; i++) {
			const char *t = texts[(i * (size_t)(round + 1)) % count];
			cr_assert_eq(kalm_score(model, scratch, t, strlen(t), NULL,
						v, NULL), KALM_OK);
			cli_writer *fresh = cli_writer_new(NULL);
			cr_assert_not_null(fresh);
			cli_writer_line(fresh, model, v, t, strlen(t));
			cli_writer_clear(kept);
			cli_writer_line(kept, model, v, t, strlen(t));
			const char *a, *b;
			size_t an, bn;
			cr_assert(cli_writer_data(fresh, &a, &an));
			cr_assert(cli_writer_data(kept, &b, &bn));
			cr_assert(an == bn && memcmp(a, b, an) == 0,
				  "round %d: %.*s\n%.*s", round, (int)an, a,
				  (int)bn, b);
			cli_writer_free(fresh);
		}
	}
	cli_writer_free(kept);
	kalm_verdict_free(v);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
}

/* The verdict line of TEXT (scored with HINT) as cli_writer_line writes
 * it, and the same line up to its matches written with printf from the
 * verdict's fields; a verdict with nothing in it must match in full. */
static void expect_verdict_line(const kalm_model *model, kalm_scratch *scratch,
				kalm_verdict *v, const char *text,
				kalm_lang hint)
{
	kalm_score_options opt = {sizeof opt, hint};
	cr_assert_eq(kalm_score(model, scratch, text, strlen(text), &opt, v,
				NULL), KALM_OK);
	FILE *f = tmpfile();
	cr_assert_not_null(f);
	cli_writer *w = cli_writer_new(f);
	cr_assert_not_null(w);
	cli_writer_line(w, model, v, text, strlen(text));
	cli_writer_free(w);
	rewind(f);
	char got[8192];
	size_t n = fread(got, 1, sizeof got - 1, f);
	got[n] = '\0';
	fclose(f);
	/* a writer into memory writes the same bytes */
	cli_writer *mw = cli_writer_new(NULL);
	cr_assert_not_null(mw);
	cli_writer_line(mw, model, v, text, strlen(text));
	const char *mem;
	size_t mlen;
	cr_assert(cli_writer_data(mw, &mem, &mlen));
	cr_assert(mlen == n && memcmp(mem, got, n) == 0, "in memory: %.*s",
		  (int)mlen, mem);
	cli_writer_free(mw);

	char want[4096];
	double conf;
	kalm_lang guess = kalm_verdict_language_guess(v, &conf);
	int k = snprintf(want, sizeof want,
			 "{\"score\": %.3f, \"abusive\": %s, \"severity\": %d, "
			 "\"targeted\": %s, \"language\": \"%s\", "
			 "\"language_guess\": \"%s\", \"confidence\": %.3f, "
			 "\"categories\": {",
			 kalm_verdict_score(v),
			 kalm_verdict_abusive(v) ? "true" : "false",
			 kalm_verdict_severity(v),
			 kalm_verdict_targeted(v) ? "true" : "false",
			 kalm_lang_code(kalm_verdict_language(v)),
			 kalm_lang_code(guess), conf);
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		k += snprintf(want + k, sizeof want - (size_t)k, "%s\"%s\": %.3f",
			      c ? ", " : "", kalm_category_name((kalm_category)c),
			      kalm_verdict_category(v, (kalm_category)c));
	k += snprintf(want + k, sizeof want - (size_t)k, "}, \"matches\": [");
	cr_assert_eq(strncmp(got, want, (size_t)k), 0, "%s\n%s", got, want);
	if (kalm_verdict_match_count(v) == 0)
		cr_assert_str_eq(got + k, "]}\n", "%s", got);
	else
		cr_assert_str_neq(got + k, "]}\n", "%s", got);
}

Test(cli, a_verdict_line_holds_the_verdict_as_printf_writes_it)
{
	kalm_model *model;
	kalm_scratch *scratch;
	kalm_verdict *v;
	cr_assert_eq(kalm_model_new_default(&model, NULL), KALM_OK);
	cr_assert_eq(kalm_scratch_new(&scratch), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	static const char *const texts[] = {
		"thanks for the help, that fixed it",
		"dank je wel voor de hulp, het werkt weer",
		"baie dankie vir die hulp, dit werk weer",
		"dzi\xC4\x99kuj\xC4\x99 za pomoc, ju\xC5\xBC dzia\xC5\x82" "a",
		"ok", "12345", "", "\xFF\xFE",
		"you useless idiot",
		"this is the third time, I want a refund NOW",
		"Kurwa, znowu nie dzia\xC5\x82" "a",
		/* a match that counts for nothing; capitals and nothing else */
		"my colleague typed \"idiot\" in the name field by mistake",
		"WHERE IS MY PARCEL, I HAVE BEEN WAITING FOR WEEKS!!!",
	};
	static const kalm_lang hints[] = {KALM_LANG_UNKNOWN, KALM_LANG_NL,
					  KALM_LANG_AF, KALM_LANG_PL,
					  KALM_LANG_EN};
	/* every text with every hint, twice: lines of the same languages
	 * again, and of others in between */
	for (int round = 0; round < 2; round++)
		for (size_t h = 0; h < sizeof hints / sizeof hints[0]; h++)
			for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
				expect_verdict_line(model, scratch, v, texts[i],
						    hints[h]);
	kalm_verdict_free(v);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
}

/* Lines read in blocks come out as they were written: across the blocks'
 * ends, longer than a block, with NUL bytes, CR LF, empty, and the last
 * without a newline. */
Test(cli, lines_are_read_whole_across_blocks)
{
	FILE *f = tmpfile();
	cr_assert_not_null(f);
	enum { LINES = 6000 };
	static size_t lens[LINES];
	uint32_t x = 7;
	for (size_t i = 0; i < LINES; i++) {
		x = x * 1103515245u + 12345u;
		size_t n = i == 100 ? 300000 : (x >> 16) % 97; /* one long */
		lens[i] = n;
		for (size_t k = 0; k < n; k++)
			fputc(k % 61 == 7 ? '\0' : 'a' + (int)((i + k) % 26), f);
		if (i + 1 < LINES)
			fputs(i % 5 == 0 ? "\r\n" : "\n", f);
	}
	long total = ftell(f);
	rewind(f);
	cli_lines in;
	cli_lines_init(&in, f);
	char *line;
	long len;
	size_t i = 0;
	while ((len = cli_lines_next(&in, &line)) >= 0) {
		cr_assert_lt(i, LINES);
		cr_assert_eq((size_t)len, lens[i], "line %zu", i);
		for (size_t k = 0; k < lens[i]; k++)
			cr_assert_eq(line[k], k % 61 == 7 ? '\0' : 'a' + (int)((i + k) % 26),
				     "line %zu byte %zu", i, k);
		cr_assert_eq(line[len], '\0');
		i++;
	}
	cr_assert_eq(len, -1);
	cr_assert_eq(i, LINES);
	cr_assert_eq(cli_lines_next(&in, &line), -1); /* and stays at the end */
	/* what was handed out made room: the buffer holds the longest line
	 * and a block, not the whole input */
	cr_assert_lt(in.cap, (size_t)total);
	cli_lines_free(&in);
	fclose(f);
}

/* Lines taken as a batch (cli_lines_next, then cli_lines_next_ready until
 * it has none) all stay as they were until the next cli_lines_next; a
 * batch never waits for input, so it ends where a read would be needed. */
Test(cli, a_batch_of_lines_stays_valid_and_never_waits)
{
	FILE *f = tmpfile();
	cr_assert_not_null(f);
	enum { LINES = 5000, BATCH = 64 };
	for (size_t i = 0; i < LINES; i++) {
		size_t n = i == 700 ? 200000 : i % 131; /* one longer than a block */
		for (size_t k = 0; k < n; k++)
			fputc('a' + (int)((i * 7 + k) % 26), f);
		fputc('\n', f);
	}
	rewind(f);
	cli_lines in;
	cli_lines_init(&in, f);
	char *line[BATCH];
	long len[BATCH], n;
	size_t i = 0, batches = 0, short_batches = 0;
	while ((n = cli_lines_next(&in, &line[0])) >= 0) {
		len[0] = n;
		size_t b = 1;
		size_t end = in.end;
		while (b < BATCH && (n = cli_lines_next_ready(&in, &line[b])) >= 0)
			len[b++] = n;
		cr_assert(b == BATCH || n == -3, "%ld", n);
		cr_assert_eq(in.end, end, "a batch read more input");
		short_batches += b < BATCH;
		for (size_t k = 0; k < b; k++, i++) {
			size_t want = i == 700 ? 200000 : i % 131;
			cr_assert_eq((size_t)len[k], want, "line %zu", i);
			for (size_t c = 0; c < want; c++)
				cr_assert_eq(line[k][c], 'a' + (int)((i * 7 + c) % 26),
					     "line %zu byte %zu", i, c);
		}
		batches++;
	}
	cr_assert_eq(n, -1);
	cr_assert_eq(i, LINES);
	/* most batches are whole: ends of blocks make the short ones */
	cr_assert_gt(batches, LINES / BATCH);
	cr_assert_lt(short_batches, batches / 2);
	cli_lines_free(&in);
	fclose(f);
}

/* cli_lines_ready hands out the lines that have arrived as
 * cli_lines_next_ready does one by one: lines of every length up to a
 * few times the sixteen bytes a newline is looked for in at once, CR LF
 * and a last line with no newline included. */
Test(cli, lines_ready_are_the_lines_one_by_one)
{
	FILE *f[2];
	for (int k = 0; k < 2; k++) {
		f[k] = tmpfile();
		cr_assert_not_null(f[k]);
		for (size_t i = 0; i < 3000; i++) {
			size_t n = i % 53;
			for (size_t c = 0; c < n; c++)
				fputc('a' + (int)((i + c) % 26), f[k]);
			fputs(i % 7 == 3 ? "\r\n" : "\n", f[k]);
		}
		fputs("the last line", f[k]);
		rewind(f[k]);
	}
	cli_lines one, many;
	cli_lines_init(&one, f[0]);
	cli_lines_init(&many, f[1]);
	char *line;
	long n;
	size_t lines = 0;
	while ((n = cli_lines_next(&one, &line)) >= 0) {
		char *first;
		cr_assert_eq(cli_lines_next(&many, &first), n);
		cr_assert_eq(memcmp(first, line, (size_t)n + 1), 0);
		kalm_text text[40];
		size_t got = cli_lines_ready(&many, text, 40), k = 0;
		for (; k < got; k++) {
			cr_assert_eq(cli_lines_next_ready(&one, &line), (long)text[k].len,
				     "line %zu", lines + 1 + k);
			cr_assert_eq(memcmp(text[k].text, line, text[k].len + 1), 0);
		}
		if (got < 40)
			cr_assert_eq(cli_lines_next_ready(&one, &line), -3);
		lines += 1 + got;
	}
	cr_assert_eq(n, -1);
	cr_assert_eq(cli_lines_next(&many, &line), -1);
	cr_assert_eq(lines, 3001);
	cli_lines_free(&one);
	cli_lines_free(&many);
	fclose(f[0]);
	fclose(f[1]);
}

/* Many lines through kalm score come out one for one, in order. */
Test(cli, score_keeps_the_order_of_many_lines)
{
	static char input[1 << 14];
	size_t at = 0;
	enum { LINES = 300 };
	for (size_t i = 0; i < LINES; i++)
		at += (size_t)snprintf(input + at, sizeof(input) - at, "%s %zu\n",
				       i % 3 == 1 ? "you useless idiot" : "hello there",
				       i);
	cr_assert_eq(run("score", input, false), 0);
	cr_assert_eq(count_lines(out), LINES);
	const char *l = out;
	for (size_t i = 0; i < LINES; i++) {
		const char *nl = strchr(l, '\n');
		bool abusive = strncmp(l, "{\"score\": 0.000, \"abusive\": false", 33);
		cr_assert_eq(abusive, i % 3 == 1, "line %zu: %.*s", i, (int)(nl - l), l);
		l = nl + 1;
	}
}

/* Input that cannot be read (here a directory) is an error with its
 * reason, not an empty input. */
Test(cli, unreadable_input_is_an_error_not_an_end)
{
	const char *cli = getenv("KALM_CLI");
	cr_assert_not_null(cli, "KALM_CLI is not set");
	static const char *const cmds[] = {"score < /", "langid < /",
					   "chat < /", "eval /"};
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		char cmd[1024];
		snprintf(cmd, sizeof cmd, "'%s' %s 2>&1", cli, cmds[i]);
		cr_assert_eq(shell(cmd), CLI_DATA, "%s: %s", cmds[i], out);
		cr_assert_not_null(strstr(out, "cannot read input: "), "%s: %s",
				   cmds[i], out);
	}
}

/* All that "kalm ARGS < PATH" writes to stdout, in a buffer of its own
 * (*LEN bytes); *STATUS its exit status. */
static char *run_file(const char *args, const char *path, size_t *len,
		      int *status)
{
	const char *cli = getenv("KALM_CLI");
	cr_assert_not_null(cli, "KALM_CLI is not set");
	char cmd[2048];
	snprintf(cmd, sizeof cmd, "'%s' %s < '%s' 2>/dev/null", cli, args, path);
	FILE *p = popen(cmd, "r");
	cr_assert_not_null(p);
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap);
	cr_assert_not_null(buf);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n, p)) > 0) {
		n += got;
		if (n == cap) {
			buf = realloc(buf, cap *= 2);
			cr_assert_not_null(buf);
		}
	}
	int st = pclose(p);
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	*len = n;
	return buf;
}

/* kalm score writes the same bytes whatever the number of threads: the
 * hand-written cases of every language, lines of many sizes (empty, one
 * byte, one longer than a part of the input, NUL bytes, CR LF, invalid
 * UTF-8) and enough of them for many parts. */
Test(cli, score_writes_the_same_with_any_number_of_threads)
{
	const char *root = getenv("KALM_SOURCE_ROOT");
	cr_assert_not_null(root, "KALM_SOURCE_ROOT is not set");
	char in_path[] = "/tmp/kalm-cli-jobs-XXXXXX";
	FILE *in = temp_file(in_path);
	static const char *const langs[] = {"af", "en", "nl", "pl"};
	size_t lines = 0;
	for (int round = 0; round < 4; round++) {
		for (size_t l = 0; l < 4; l++) {
			char path[1024];
			snprintf(path, sizeof path, "%s/tests/cases/%s.tsv", root,
				 langs[l]);
			FILE *f = fopen(path, "r");
			cr_assert_not_null(f, "%s", path);
			char row[4096];
			while (fgets(row, sizeof row, f)) {
				if (row[0] == '#')
					continue;
				/* the text: after the third tab */
				char *t = row;
				for (int k = 0; k < 3 && t; k++)
					t = strchr(t, '\t') ? strchr(t, '\t') + 1 : NULL;
				if (!t)
					continue;
				fputs(t, in);
				lines++;
			}
			fclose(f);
		}
		static const char odd[] =
			"\n\nx\nyou idiot\r\nkurwa\0 mac\n\xff\xfe broken \xc3\n";
		fwrite(odd, 1, sizeof odd - 1, in);
		lines += 6;
	}
	/* one line longer than a part (128 KiB), abuse at both ends */
	fputs("you idiot ", in);
	for (int i = 0; i < 30000; i++)
		fputs(i % 7 ? "word " : "DAMN ", in);
	fputs("stupid cow\n", in);
	for (int i = 0; i < 1500; i++)
		fprintf(in, "%s %d\n", i % 5 ? "thanks, all good" : "jou dom poes", i);
	lines += 1501;
	fputs("no newline at the end", in);
	lines++;
	fclose(in);

	size_t len1;
	int st1;
	char *one = run_file("score -j 1", in_path, &len1, &st1);
	cr_assert_eq(st1, 0);
	size_t nl = 0;
	for (size_t i = 0; i < len1; i++)
		nl += one[i] == '\n';
	cr_assert_eq(nl, lines);
	static const char *const jobs[] = {"score -j 2", "score -j3",
					   "score --jobs=8", "score"};
	for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
		size_t len;
		int st;
		char *many = run_file(jobs[j], in_path, &len, &st);
		cr_assert_eq(st, 0, "%s", jobs[j]);
		size_t at = 0;
		while (at < len && at < len1 && many[at] == one[at])
			at++;
		cr_assert(len == len1 && at == len,
			  "%s: %zu bytes, -j 1 %zu; first difference at %zu",
			  jobs[j], len, len1, at);
		free(many);
	}
	free(one);
	remove(in_path);
}

Test(cli, score_takes_a_number_of_threads_or_says_what_is_wrong)
{
	static const char *const bad[] = {"score -j 0", "score -j 257",
					  "score -j x", "score --jobs=-2",
					  "score -j 2x", "score -j"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_assert_eq(run(bad[i], "hello\n", true), CLI_USAGE, "%s", bad[i]);
		cr_assert_not_null(strstr(out, "kalm score: "), "%s: %s", bad[i], out);
	}
	cr_assert_eq(run("score -j 256", "hello\n", false), 0);
	cr_assert_eq(count_lines(out), 1);
}

/* Output that cannot be written (a full disk) is an error, with a message,
 * for every command and for the help texts too. */
Test(cli, unwritable_output_is_an_error)
{
	const char *cli = getenv("KALM_CLI");
	cr_assert_not_null(cli, "KALM_CLI is not set");
	char tsv[] = "/tmp/kalm-cli-XXXXXX";
	FILE *f = temp_file(tsv);
	fputs("en\tabusive\tinsult\tyou idiot\nen\tclean\tnone\thello\n", f);
	fclose(f);
	char eval[64];
	snprintf(eval, sizeof eval, "eval %s", tsv);
	const char *const cmds[] = {
		"score", "score -j 2", "langid", "chat", "chat --incidents -",
		eval, "--help", "--version", "score --help", "chat --help"};
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		char cmd[1024];
		snprintf(cmd, sizeof cmd,
			 "echo '{\"text\": \"you idiot\"}' | '%s' %s 2>&1 >/dev/full",
			 cli, cmds[i]);
		cr_assert_eq(shell(cmd), CLI_DATA, "%s: %s", cmds[i], out);
		cr_assert_not_null(strstr(out, "cannot write"), "%s: %s", cmds[i],
				   out);
	}
	remove(tsv);
}

/* A line with more matches than a verdict lists says how many there were. */
Test(cli, score_says_how_many_matches_it_did_not_list)
{
	static char line[1100 * 6 + 2];
	for (size_t i = 0; i < 1100; i++)
		memcpy(line + 6 * i, "idiot ", 6);
	line[6 * 1100] = '\n';
	cr_assert_eq(run("score -j 1", line, false), 0);
	cr_assert_not_null(strstr(out, "], \"matches_total\": 1100}\n"), "%.200s",
			   out + strlen(out) - 200);
	size_t listed = 0;
	for (const char *k = out; (k = strstr(k, "{\"category\": ")); k++)
		listed++;
	cr_assert_eq(listed, KALM_MATCH_LIMIT);
	/* and a line whose matches are all listed has no such field */
	cr_assert_eq(run("score -j 1", "idiot idiot\n", false), 0);
	cr_assert_null(strstr(out, "matches_total"));
}

/* A line on which rule tries stopped at a PCRE2 limit says how many, as
 * its last field; other lines have no such field. */
Test(cli, score_says_when_rule_tries_gave_up)
{
	lexdir d;
	lexdir_make(&d, "rule insult 3 when aa : (?:(?:\\w|\\s)+)+x|aa\n");
	char args[600];
	snprintf(args, sizeof(args), "score -j 1 --model %s", d.dir);
	cr_assert_eq(run(args, "aa bb bb bb bb bb bb bb bb bb bb bb bb\n"
			       "aa bb\nhello\n", true), 0, "%s", out);
	cr_assert_eq(count_lines(out), 3, "%s", out);
	char *second = strchr(out, '\n') + 1;
	char *third = strchr(second, '\n') + 1;
	cr_expect_not_null(strstr(out, "\"matches\": [], \"rule_errors\": "),
			   "%s", out);
	cr_expect_lt(strstr(out, "rule_errors"), second, "%s", out);
	cr_expect_null(strstr(second, "rule_errors"), "%s", out);
	cr_expect_not_null(strstr(second, "\"text\": \"aa\""), "%s", second);
	cr_expect_eq(strncmp(third, "{\"score\": 0.000,", 16), 0, "%s", third);
	lexdir_remove(&d);
}

/* eval keeps a row's text whole (NUL bytes too), lists the worst first,
 * takes options as NAME=VALUE too, refuses an empty count, and knows a
 * header after a byte order mark. */
Test(cli, eval_lists_whole_rows_the_worst_first)
{
	static const char tsv[] =
		"\xEF\xBB\xBFlang\tlabel\tcategory\ttext\n"
		"en\tclean\tnone\tyou are a bit of an idiot\n"
		"en\tclean\tnone\tyou idiot\0 and the rest\n"
		"en\tclean\tnone\tyou fucking idiot, you moron\n";
	char path[] = "/tmp/kalm-cli-XXXXXX";
	FILE *f = temp_file(path);
	fwrite(tsv, 1, sizeof tsv - 1, f);
	fclose(f);
	char args[128];
	snprintf(args, sizeof args, "eval --json --show=3 %s", path);
	cr_assert_eq(run(args, "", true), 0, "%s", out);
	cr_assert_not_null(strstr(out, "\"count\": 3"), "%s", out);
	cr_assert_not_null(strstr(out, "you idiot\\u0000 and the rest"), "%s", out);
	char *alarms = strstr(out, "\"false_alarms\": [");
	cr_assert_not_null(alarms);
	double prev = 2;
	int seen = 0;
	for (char *k = alarms; (k = strstr(k, "{\"score\": ")); k++, seen++) {
		double s = strtod(k + 10, NULL);
		cr_assert_leq(s, prev, "not the highest first: %s", alarms);
		prev = s;
	}
	cr_assert_eq(seen, 3);
	snprintf(args, sizeof args, "eval --show '' %s", path);
	cr_assert_eq(run(args, "", true), CLI_USAGE);
	remove(path);
}

/* chat writes the incident records of the conversations it followed even
 * when a later line stops it, reads a first line after a byte order mark,
 * and reads a number of any length. */
Test(cli, chat_keeps_what_it_followed_before_a_bad_line)
{
	cr_assert_eq(run("chat --incidents -",
			 "\xEF\xBB\xBF{\"conversation\": \"a\", \"text\": \"you idiot\"}\n"
			 "{\"conversation\": \"b\", \"text\": broken}\n",
			 true),
		     CLI_DATA);
	cr_assert_not_null(strstr(out, "line 2"), "%s", out);
	cr_assert_not_null(strstr(out, "{\"conversation\":\"a\""), "%s", out);
	char line[256];
	snprintf(line, sizeof line,
		 "{\"text\": \"hi\", \"seconds\": 1.%0*de9}\n", 70, 0);
	cr_assert_eq(run("chat --incidents -", line, false), 0);
	cr_assert_not_null(strstr(out, "\"started\":\"2001-09-09T01:46:40Z\""),
			   "%s", out);
}

/* What kalm compile writes opens with --model FILE, and a compile that
 * fails leaves the file it would have replaced as it was. */
Test(cli, a_compiled_model_opens_and_a_failed_compile_keeps_the_old)
{
	lexdir d;
	lexdir_make(&d, "@lang en\nzorblax insult 2\nyou you\n");
	char blob[256], args[600];
	snprintf(blob, sizeof(blob), "%s/model.kalm", d.dir);
	snprintf(args, sizeof(args), "compile %s -o %s", d.dir, blob);
	cr_assert_eq(run(args, "", true), 0, "%s", out);
	snprintf(args, sizeof(args), "score --model %s", blob);
	cr_assert_eq(run(args, "you zorblax\n", true), 0, "%s", out);
	cr_assert_not_null(strstr(out, "\"text\": \"zorblax\""), "%s", out);
	snprintf(args, sizeof(args), "score --model=%s", blob);
	cr_assert_eq(run(args, "hello\n", true), 0, "%s", out);
	write_text(d.path, "zorblax insult 9\n");
	snprintf(args, sizeof(args), "compile %s -o %s", d.dir, blob);
	cr_assert_eq(run(args, "", true), CLI_DATA);
	snprintf(args, sizeof(args), "score --model %s", blob);
	cr_assert_eq(run(args, "you zorblax\n", true), 0, "%s", out);
	cr_assert_not_null(strstr(out, "\"text\": \"zorblax\""));
	write_text(blob, "not a model");
	cr_assert_eq(run(args, "hi\n", true), CLI_DATA);
	cr_assert_not_null(strstr(out, blob), "%s", out);
	lexdir_remove(&d);
}
