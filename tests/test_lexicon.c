#define _GNU_SOURCE /* memmem */
/* Lexicon compiling: every data error names file:line:column, and a
 * source or folder compiles whole or not at all. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <kalm.h>

static kalm_status compile(const char *name, const char *text, kalm_error *err)
{
	kalm_builder *b;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	kalm_status rc = kalm_builder_add_text(b, name, text, strlen(text), err);
	kalm_model *m = NULL;
	if (rc == KALM_OK)
		rc = kalm_builder_build(b, &m, err);
	kalm_model_free(m);
	kalm_builder_free(b);
	return rc;
}

static void expect_error(const char *text, unsigned line, unsigned column,
			 const char *words)
{
	kalm_error err;
	memset(&err, 0, sizeof(err));
	cr_assert_eq(compile("en.lex", text, &err), KALM_ERR_SYNTAX,
		     "accepted: %s", text);
	cr_assert_eq(err.code, KALM_ERR_SYNTAX);
	cr_assert_str_eq(err.file, "en.lex");
	cr_assert_eq(err.line, line, "line %u in '%s'", err.line, err.message);
	cr_assert_eq(err.column, column, "column %u in '%s'", err.column, err.message);
	cr_assert_not_null(strstr(err.message, words), "message: %s", err.message);
	char where[64];
	snprintf(where, sizeof(where), "en.lex:%u:%u:", line, column);
	cr_assert_eq(strncmp(err.message, where, strlen(where)), 0, "%s", err.message);
}

Test(lexicon, unknown_category)
{
	expect_error("idiot insult 2\nmoron insolt 2\n", 2, 7, "unknown category");
}

Test(lexicon, bad_and_missing_severity)
{
	expect_error("idiot insult 7\n", 1, 14, "severity must be");
	expect_error("# comment\n\nidiot insult\n", 3, 13, "missing severity");
}

Test(lexicon, unknown_flag)
{
	expect_error("idiot insult 2 targett\n", 1, 16, "unknown flag");
}

Test(lexicon, term_shapes_and_characters)
{
	expect_error("*+ insult 2\n", 1, 1, "term");
	expect_error("id.iot insult 2\n", 1, 3, "letters");
	expect_error("go to hell insult 2\n", 1, 4, "category");
	expect_error("\"go to hell insult 2\n", 1, 1, "unterminated");
	expect_error("*idiot+ insult 2\n", 1, 1, "cannot both");
}

/* The column is the offending character's, not the term's start. */
Test(lexicon, a_bad_character_in_a_term_is_pointed_at)
{
	expect_error("abcdef.gh insult 2\n", 1, 7, "letters");
	expect_error("\"go to hell!\" insult 2\n", 1, 12, "letters");
	expect_error("*ab.c* insult 2\n", 1, 4, "letters");
	expect_error("idiot insult 2\nab-- insult 2\n", 2, 3, "hyphens");
	expect_error("ab\xff" "cd insult 2\n", 1, 3, "invalid UTF-8");
	expect_error("\"ab c\xe2\x82\" insult 2\n", 1, 6, "invalid UTF-8");
}

/* Columns count characters, as in policy files: "ß" and "ą" are one. */
Test(lexicon, columns_count_characters)
{
	expect_error("\xc3\x9f" "ab.c insult 2\n", 1, 4, "letters");
	expect_error("kurw\xc4\x85 insolt 2\n", 1, 7, "unknown category");
	expect_error("\"\xc5\xbc\xc3\xb3\xc5\x82w x!\" insult 2\n", 1, 8,
		     "letters");
}

/* A byte order mark at the start of a file is skipped, as in policy
 * files, and takes no column. */
Test(lexicon, a_byte_order_mark_is_skipped)
{
	kalm_error err = {0};
	cr_expect_eq(compile("en.lex", "\xEF\xBB\xBFidiot insult 2\n", &err),
		     KALM_OK, "%s", err.message);
	cr_expect_eq(compile("en.lex", "\xEF\xBB\xBF@lang en\nidiot insult 2\n",
			     &err), KALM_OK, "%s", err.message);
	expect_error("\xEF\xBB\xBFidiot insolt 2\n", 1, 7, "unknown category");
}

Test(lexicon, trailing_text_and_comments)
{
	kalm_error err = {0};
	cr_assert_eq(compile("en.lex", "idiot insult 2 # a comment\n", &err), KALM_OK,
		     "%s", err.message);
	expect_error("idiot insult 2 target extra\n", 1, 23, "unknown flag");
}

Test(lexicon, bad_rule_pattern_points_into_the_pattern)
{
	expect_error("rule threat 4 when know : i know (where\n", 1, 40, "bad pattern");
	expect_error("rule threat 4 know : x\n", 1, 15, "when");
	expect_error("rule threat 4 when : x\n", 1, 20, "trigger");
	expect_error("rule you 4 when x : x\n", 1, 6, "category must be");
	expect_error("rule threat 4 when know : \n", 1, 27, "empty pattern");
}

Test(lexicon, lang_directive)
{
	expect_error("@lang xx\n", 1, 7, "@lang");
	expect_error("idiot insult 2\n@lang en\n", 2, 1, "before the first entry");
	/* a rule took its language as an entry does: @lang cannot follow */
	expect_error("rule insult 2 when idiot : idiot\n@lang pl\n", 2, 1,
		     "before the first entry or rule");
	kalm_error err = {0};
	cr_assert_eq(compile("custom.lex", "@lang pl\nkurwa profanity 1 strict\n", &err),
		     KALM_OK, "%s", err.message);
}

/* A comment may follow @lang as it may follow an entry; other text may
 * not. */
Test(lexicon, lang_directive_takes_a_comment)
{
	kalm_error err = {0};
	cr_expect_eq(compile("custom.lex", "@lang pl   # Polish\n"
					   "kurwa profanity 1 strict\n", &err),
		     KALM_OK, "%s", err.message);
	cr_expect_eq(compile("custom.lex", "@lang pl\t# Polish\n", &err),
		     KALM_OK, "%s", err.message);
	expect_error("@lang pl Polish\n", 1, 10, "unexpected text");
	expect_error("@lang pl#x\n", 1, 7, "@lang needs");
}

/* A term too long says so and what the limit is; a quoted term with a
 * space at an end says that, wherever it stands. */
Test(lexicon, terms_too_long_or_with_spaces_at_the_ends_say_so)
{
	char text[300];
	memset(text, 'a', 201);
	strcpy(text + 201, " insult 2\n");
	expect_error(text, 1, 1, "term too long: it folds to 201 bytes, at most 200");
	memcpy(text + 200, " insult 2\n", 11);
	kalm_error err = {0};
	cr_expect_eq(compile("en.lex", text, &err), KALM_OK, "%s", err.message);
	expect_error("\" idiot\" insult 2\n", 1, 2, "cannot start or end with a space");
	expect_error("moron insult 2\n\" idiot\" insult 2\n", 2, 2,
		     "cannot start or end with a space");
	expect_error("\"idiot \" insult 2\n", 1, 7, "cannot start or end with a space");
}

/* A NUL byte is refused at its line and column. */
Test(lexicon, a_nul_byte_is_refused_where_it_is)
{
	kalm_builder *b;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	static const char text[] = "idiot insult 2\nmor\xc3\xb3n\0 insult 2\n";
	cr_expect_eq(kalm_builder_add_text(b, "en.lex", text, sizeof text - 1, &err),
		     KALM_ERR_SYNTAX);
	cr_expect_eq(err.line, 2);
	cr_expect_eq(err.column, 6);
	cr_expect_str_eq(err.message, "en.lex:2:6: NUL byte");
	static const char profile[] = "kalm-langid 1\nlangs nl af\0 pl en\n";
	cr_expect_eq(kalm_builder_add_text(b, "x.profile", profile,
					   sizeof profile - 1, &err),
		     KALM_ERR_SYNTAX);
	cr_expect_eq(err.line, 2);
	cr_expect_eq(err.column, 12);
	cr_expect_str_eq(err.message, "x.profile:2:12: NUL byte");
	kalm_builder_free(b);
}

Test(lexicon, nul_bytes_and_invalid_utf8_are_refused)
{
	kalm_builder *b;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", "idiot\0 insult 2\n", 16, &err),
		     KALM_ERR_SYNTAX);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", "idi\xffot insult 2\n", 16, &err),
		     KALM_ERR_SYNTAX);
	cr_assert_eq(err.line, 1);
	kalm_builder_free(b);
}

Test(lexicon, a_failed_source_leaves_the_builder_unchanged)
{
	kalm_builder *b;
	kalm_error err = {0};
	kalm_model *m;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	const char *good = "idiot insult 2\n";
	const char *bad = "moron insult 2\nclown insult 9\n";
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", good, strlen(good), &err), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en2.lex", bad, strlen(bad), &err),
		     KALM_ERR_SYNTAX);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK);
	cr_assert_eq(kalm_model_entry_count(m), 1);
	kalm_model_free(m);
	kalm_builder_free(b);
}

Test(lexicon, allowlist_from_code)
{
	kalm_builder *b;
	kalm_error err = {0};
	kalm_model *m;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	const char *lex = "ass* profanity 1\n";
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", lex, strlen(lex), &err), KALM_OK);
	cr_assert_eq(kalm_builder_allow(b, "AssetPro", 8, &err), KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_allow(b, "bad\"word", 8, &err), KALM_ERR_ARGUMENT);
	cr_assert_eq(kalm_builder_allow(b, "", 0, &err), KALM_ERR_ARGUMENT);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_verdict *v;
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	cr_assert_eq(kalm_score(m, NULL, "AssetPro is down", 16, NULL, v, NULL), KALM_OK);
	cr_assert_eq(kalm_verdict_match_count(v), 0);
	cr_assert_eq(kalm_score(m, NULL, "asshat", 6, NULL, v, NULL), KALM_OK);
	cr_assert_eq(kalm_verdict_match_count(v), 1);
	/* the builder is reusable and the allowlist is in the sources */
	size_t len;
	const char *src = kalm_model_sources(m, &len);
	cr_assert_not_null(memmem(src, len, "AssetPro", 8));
	kalm_model *m2;
	cr_assert_eq(kalm_builder_build(b, &m2, &err), KALM_OK);
	cr_assert_eq(kalm_model_entry_count(m2), kalm_model_entry_count(m));
	kalm_model_free(m2);
	kalm_verdict_free(v);
	kalm_model_free(m);
	kalm_builder_free(b);
}

static char dir[] = "/tmp/kalm-lex-XXXXXX";

static void write_file(const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
}

Test(lexicon, a_folder_loads_whole_or_not_at_all)
{
	cr_assert_not_null(mkdtemp(dir));
	write_file("en.lex", "idiot insult 2\n");
	write_file("pl.lex", "kurw* profanity 1\ndebil+ insult 2 wrongflag\n");
	write_file("notes.txt", "not a lexicon\n");
	kalm_model *m = (kalm_model *)1;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_load(dir, &m, &err), KALM_ERR_SYNTAX);
	cr_assert_null(m);
	cr_assert_str_eq(err.file, "pl.lex");
	cr_assert_eq(err.line, 2);
	cr_assert_eq(err.column, 17);
	write_file("pl.lex", "kurw* profanity 1\n");
	cr_assert_eq(kalm_model_load(dir, &m, &err), KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_model_entry_count(m), 2);
	/* the built-in language profile is used when the folder has none */
	double conf;
	cr_assert_eq(kalm_detect_language(m, "Dzień dobry, gdzie jest moja paczka?",
					  strlen("Dzień dobry, gdzie jest moja paczka?"),
					  &conf), KALM_LANG_PL);
	kalm_model_free(m);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

/* A broken profile in a folder is reported like a broken lexicon: the
 * message, which the command-line tool prints, names file:line:column. */
Test(lexicon, a_broken_profile_in_a_folder_names_its_place)
{
	cr_assert_not_null(mkdtemp(dir));
	write_file("en.lex", "idiot insult 2\n");
	write_file("x.profile", "kalm-langid 1\nlangs nl af pl en\n"
				"w die 0 1 x 3\n");
	kalm_model *m = NULL;
	kalm_error err = {0};
	cr_expect_eq(kalm_model_load(dir, &m, &err), KALM_ERR_SYNTAX);
	cr_expect_str_eq(err.file, "x.profile");
	cr_expect_eq(err.line, 3);
	cr_expect_eq(err.column, 11);
	cr_expect_str_eq(err.message, "x.profile:3:11: expected a number");
	kalm_model_free(m);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

Test(lexicon, missing_folder_is_an_io_error)
{
	kalm_model *m;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_load("/nonexistent/kalm", &m, &err), KALM_ERR_IO);
	cr_assert_not_null(strstr(err.message, "/nonexistent/kalm"));
}

Test(lexicon, unreadable_folders_and_files_leave_errno)
{
	kalm_model *m;
	kalm_error err = {0};
	errno = 0;
	cr_assert_eq(kalm_model_load("/nonexistent/kalm", &m, &err), KALM_ERR_IO);
	cr_assert_eq(errno, ENOENT);
	cr_assert_str_eq(err.file, "/nonexistent/kalm");

	cr_assert_not_null(mkdtemp(dir));
	errno = EINVAL;
	cr_assert_eq(kalm_model_load(dir, &m, &err), KALM_ERR_IO);
	cr_assert_eq(errno, 0, "no system call failed for a folder without lexicons");
	cr_assert_str_eq(err.file, dir);

	/* a folder named like a lexicon opens but cannot be read */
	char sub[300];
	snprintf(sub, sizeof(sub), "%s/en.lex", dir);
	cr_assert_eq(mkdir(sub, 0700), 0);
	errno = 0;
	cr_assert_eq(kalm_model_load(dir, &m, &err), KALM_ERR_IO);
	cr_assert_eq(errno, EISDIR);
	cr_assert_str_eq(err.file, sub);
	cr_assert_not_null(strstr(err.message, sub), "%s", err.message);
	cr_assert_not_null(strstr(err.message, strerror(EISDIR)), "%s", err.message);

	kalm_builder *b;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	errno = 0;
	cr_assert_eq(kalm_builder_add_file(b, sub, &err), KALM_ERR_IO);
	cr_assert_eq(errno, EISDIR);
	kalm_builder_free(b);
	cr_assert_eq(rmdir(sub), 0);
	cr_assert_eq(rmdir(dir), 0);
}

/* The model built from LEX as the file NAME, scoring TEXT as language
 * LANG into V; the caller frees the model. */
static kalm_model *score_under(const char *name, const char *lex,
			       kalm_lang lang, const char *text, kalm_verdict *v)
{
	kalm_builder *b;
	kalm_error err = {0};
	kalm_model *m;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, name, lex, strlen(lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_builder_free(b);
	kalm_score_options o = {sizeof o, lang};
	cr_assert_eq(kalm_score(m, NULL, text, strlen(text), &o, v, NULL),
		     KALM_OK);
	return m;
}

/* Count the matches of TEXT under a model built from LEX. */
static size_t matches_with(const char *lex, const char *text)
{
	kalm_verdict *v;
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	kalm_model *m = score_under("nl.lex", lex, KALM_LANG_NL, text, v);
	size_t n = kalm_verdict_match_count(v);
	kalm_verdict_free(v);
	kalm_model_free(m);
	return n;
}

/* 'need' names strings every match contains: a rule is tried only where
 * one occurs, and finds what it found without; 'need' stays a trigger word
 * after 'when'. */
Test(lexicon, a_rule_needs_its_strings)
{
	const char *with = "rule insult 3 need AFVAL,uitschot when zijn,is : "
			   "\\b\\w+(?:afval|uitschot)\\b\n";
	const char *without = "rule insult 3 when zijn,is : "
			      "\\b\\w+(?:afval|uitschot)\\b\n";
	static const char *const texts[] = {
		"jullie zijn mensenafval", "dit is restafval", "zij is uitschot",
		"jullie zijn gewoon tuig", "afval is het", "zijn wij volksuitschot"};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		cr_expect_eq(matches_with(with, texts[i]),
			     matches_with(without, texts[i]), "%s", texts[i]);
	cr_expect_eq(matches_with(with, "jullie zijn mensenafval"), 1);
	cr_expect_eq(matches_with(with, "jullie zijn gewoon tuig"), 0);
	/* a wrong 'need' loses the matches that lack it */
	cr_expect_eq(matches_with("rule insult 3 need rommel when zijn : "
				  "\\b\\w+afval\\b\n",
				  "jullie zijn mensenafval"), 0);
	/* 'need' among the triggers is a word */
	cr_expect_eq(matches_with("rule insult 3 when need,moet : "
				  "\\bneed (?:to )?die\\b\n",
				  "you need to die"), 1);

	expect_error("rule insult 3 need when zijn : \\bx\\b\n", 1, 20,
		     "'need' without a string");
	expect_error("rule insult 3 need a*b when zijn : \\bx\\b\n", 1, 20,
		     "letters or digits");
	expect_error("rule insult 3 need ,, when zijn : \\bx\\b\n", 1, 22,
		     "'need' without a string");
	expect_error("rule insult 3 target need\n", 1, 26,
		     "'need' without a string");
}

/* 'with' names words every match holds one of: a rule is tried only in
 * messages holding one of them as well as a trigger, finds there what it
 * finds without the list, and the words start nothing themselves; 'with'
 * combines with 'need' and stays a trigger word after 'when'. */
Test(lexicon, a_rule_with_words_runs_only_where_one_occurs)
{
	const char *with = "rule threat 4 with vermoorden,afmaken,slo* when "
			   "ga,gaan,zal : \\b(?:ik|we) (?:ga|gaan|zal) (?:\\w+ )"
			   "{0,3}(?:vermoorden|afmaken|slopen)\\b\n";
	const char *without = "rule threat 4 when ga,gaan,zal : \\b(?:ik|we) "
			      "(?:ga|gaan|zal) (?:\\w+ ){0,3}"
			      "(?:vermoorden|afmaken|slopen)\\b\n";
	static const char *const texts[] = {
		"ik ga je vermoorden", "we gaan jullie allemaal afmaken",
		"ik zal je slopen", "ik ga je morgen bellen",
		"vermoorden is een woord", "ik ga naar huis, vermoorden"};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		cr_expect_eq(matches_with(with, texts[i]),
			     matches_with(without, texts[i]), "%s", texts[i]);
	cr_expect_eq(matches_with(with, "ik ga je vermoorden"), 1);
	cr_expect_eq(matches_with(with, "ik zal je slopen"), 1);
	/* a with word starts nothing: here only the trigger, more than ten
	 * words after the phrase, could, and it reaches no further back */
	const char *far = "rule threat 4 with doden when zeker : "
			  "\\bik ga je doden\\b\n";
	cr_expect_eq(matches_with(far, "ik ga je doden zeker"), 1);
	cr_expect_eq(matches_with(far, "ik ga je doden en dan ben ik weg met "
				       "de noorderzon voor altijd zeker"), 0);
	/* a 'with' list the match can lack loses that match: proof that
	 * the rule was not tried */
	cr_expect_eq(matches_with("rule threat 4 with doden when ga : "
				  "\\bik ga je \\w+\\b\n",
				  "ik ga je vermoorden"), 0);
	cr_expect_eq(matches_with("rule threat 4 with doden when ga : "
				  "\\bik ga je \\w+\\b\n",
				  "ik ga je doden"), 1);
	/* with 'need' before it; 'with' among the triggers is a word */
	cr_expect_eq(matches_with("rule insult 3 need afval with zijn,is when "
				  "jullie : \\bjullie (?:zijn|is) \\w+afval\\b\n",
				  "jullie zijn mensenafval"), 1);
	cr_expect_eq(matches_with("rule insult 3 when with,met : "
				  "\\bwith you\\b\n",
				  "done with you"), 1);

	static const struct {
		const char *text;
		unsigned column;
		const char *words;
	} bad[] = {
		{"rule insult 3 with when zijn : \\bx\\b\n", 20, "'with' without a word"},
		{"rule insult 3 with ,, when zijn : \\bx\\b\n", 20, "'with' without a word"},
		{"rule insult 3 with a+ when zijn : \\bx\\b\n", 20, "a 'with' word is a word"},
		{"rule insult 3 target with\n", 26, "'with' without a word"},
		{"rule insult 3 with zijn : \\bx\\b\n", 25, "expected 'when"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		expect_error(bad[i].text, 1, bad[i].column, bad[i].words);
}

/* A message's digit inside a word is read as a letter and a word of
 * digits alone is skipped, so a term or trigger with a digit could never
 * match: it is refused, at the digit. */
Test(lexicon, terms_with_digits_are_refused)
{
	expect_error("1d10t insult 2\n", 1, 1, "cannot hold digits");
	expect_error("b4stard insult 3\n", 1, 2, "cannot hold digits");
	expect_error("idiot2 insult 2\n", 1, 6, "cannot hold digits");
	expect_error("88 hate 3\n", 1, 1, "cannot hold digits");
	expect_error("\"1 star\" frustration 2\n", 1, 2, "cannot hold digits");
	expect_error("kurw\xc2\xb2 profanity 1\n", 1, 5, "cannot hold digits");
	expect_error("rule insult 2 when idiot,1d10t : idiot\n", 1, 26,
		     "cannot hold digits");
	expect_error("id.iot insult 2\n", 1, 3, "only hold letters, apostrophes");
	/* what the view makes of the digits is what a term of letters
	 * matches */
	cr_expect_eq(matches_with("idiot insult 2\n", "jij 1d10t"), 1);
}

/* A rule's pattern matches the view, which has neither capitals nor
 * diacritics: its letters match without regard to case and its literal
 * characters are folded as the view's are, so a pattern written as the
 * words are spelled matches them. */
Test(lexicon, rule_patterns_are_folded_as_the_view)
{
	cr_expect_eq(matches_with("rule insult 2 when kurwa : kurwa mać\n",
				  "kurwa mać"), 1);
	cr_expect_eq(matches_with("rule insult 2 when kurwa : kurwa mać\n",
				  "KURWA MAC"), 1);
	cr_expect_eq(matches_with("rule insult 2 when foo : Foo Bar\n",
				  "foo bar"), 1);
	cr_expect_eq(matches_with("rule insult 2 when foo : FOO \\Qbar\\E\n",
				  "Foo Bar"), 1);
	cr_expect_eq(matches_with("rule insult 3 when glupi : głupi [ćx]ip\n",
				  "glupi cip"), 1);
	cr_expect_eq(matches_with("rule insult 3 when strasse : stra\\ße\\b\n",
				  "straße"), 1);
	/* a quantifier takes the whole of what "ß" reads as */
	cr_expect_eq(matches_with("rule insult 3 when ok : ok ß?x\\b\n",
				  "ok ssx"), 1);
	cr_expect_eq(matches_with("rule insult 3 when ok : ok ß?x\\b\n",
				  "ok x"), 1);
	cr_expect_eq(matches_with("rule insult 3 when ok : ok ß?x\\b\n",
				  "ok sx"), 0);
	cr_expect_eq(matches_with("rule insult 2 when don't : don’t go\n",
				  "don't go"), 1);
	/* escapes stay escapes: \W is not \w */
	cr_expect_eq(matches_with("rule insult 2 when foo : foo\\Wbar\n",
				  "foo bar"), 1);
	cr_expect_eq(matches_with("rule insult 2 when foo : foo\\Wbar\n",
				  "foobar"), 0);
	/* a class holds single characters: one that reads as two is refused */
	expect_error("rule insult 3 when strasse : stra[ß]e\n", 1, 35,
		     "character class");
}

/* A match of no characters is never reported, so a pattern that can
 * match so is refused rather than loaded to stay silent. */
Test(lexicon, patterns_that_can_match_nothing_are_refused)
{
	expect_error("rule insult 2 when idiot : \\b\n", 1, 28,
		     "can match no characters");
	expect_error("rule insult 2 when idiot : (?=idiot)\n", 1, 28,
		     "can match no characters");
	expect_error("rule insult 2 when idiot : idiot|\n", 1, 28,
		     "can match no characters");
	expect_error("rule insult 2 when idiot : (?:you )?(?:idiot)?\n", 1, 28,
		     "can match no characters");
	/* what PCRE2 cannot study is judged by what it can match */
	cr_expect_eq(matches_with("rule insult 2 when idiot : "
				  "(*NO_START_OPT)(?:you )?idiot\n",
				  "jij idiot"), 1);
}

/* A line repeating an earlier entry of its file - the same term once
 * folded, shape, category, severity and flags - could never take effect
 * (the earlier takes the match): it is refused, naming both lines. */
Test(lexicon, a_repeated_entry_is_refused)
{
	expect_error("idiot insult 2\nmoron insult 2\n  idiot insult 2 # again\n",
		     3, 3, "repeats the entry of line 1");
	expect_error("pojebany insult 3\npojeba\xc5\x84y insult 3\n", 2, 1,
		     "repeats the entry of line 1");
	expect_error("idiot insult 2 target strict\nidiot insult 2 strict target\n",
		     2, 1, "repeats the entry of line 1");
	expect_error("\"go to hell\" threat 3\nmoron insult 2\nidiot insult 2\n"
		     "\"go  to hell\" threat 3\nmoron insult 2\n", 4, 1,
		     "repeats the entry of line 1");
	/* anything else is an entry of its own */
	kalm_error err = {0};
	static const char *const fine[] = {
		"idiot insult 2\nidiot profanity 2\n",
		"idiot insult 2\nidiot insult 3\n",
		"idiot insult 2\nidiot insult 2 target\n",
		"idiot insult 2\nidiot+ insult 2\n",
		"kaffers hate 4\nkaffers group\n",
		"rule insult 2 when idiot : idiot\\b\nrule insult 3 when idiot : "
		"you idiot\\b\nidiot insult 2\n",
	};
	for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++)
		cr_expect_eq(compile("en.lex", fine[i], &err), KALM_OK, "%s: %s",
			     fine[i], err.message);
	/* an allowlist is a set: a word named twice is allowed once */
	cr_expect_eq(compile("en.lex", "assessment allow\nAssessment allow\n",
			     &err), KALM_OK, "%s", err.message);
	kalm_builder *a;
	kalm_model *am = NULL;
	cr_assert_eq(kalm_builder_new(&a), KALM_OK);
	cr_expect_eq(kalm_builder_allow(a, "AssetPro", 8, &err), KALM_OK);
	cr_expect_eq(kalm_builder_allow(a, "assetpro", 8, &err), KALM_OK);
	cr_expect_eq(kalm_builder_build(a, &am, &err), KALM_OK, "%s", err.message);
	kalm_model_free(am);
	kalm_builder_free(a);
	/* files are apart: the same line in two is two entries */
	kalm_builder *b;
	kalm_model *m = NULL;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_expect_eq(kalm_builder_add_text(b, "en.lex", "idiot insult 2\n", 15, &err),
		     KALM_OK);
	cr_expect_eq(kalm_builder_add_text(b, "common.lex", "idiot insult 2\n", 15,
					   &err), KALM_OK);
	cr_expect_eq(kalm_builder_build(b, &m, &err), KALM_OK);
	cr_expect_eq(kalm_model_entry_count(m), 2);
	kalm_model_free(m);
	kalm_builder_free(b);
}

/* The category and line of the one match of TEXT under a model of LEX. */
static kalm_category reading_of(const char *lex, const char *text,
				unsigned *line)
{
	kalm_verdict *v;
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	kalm_model *m = score_under("en.lex", lex, KALM_LANG_EN, text, v);
	cr_assert_eq(kalm_verdict_match_count(v), 1, "%s", text);
	kalm_match x;
	cr_assert_eq(kalm_verdict_match(v, 0, &x), KALM_OK);
	kalm_entry_info info;
	cr_assert_eq(kalm_model_entry(m, x.entry, &info), KALM_OK);
	*line = info.line;
	kalm_verdict_free(v);
	kalm_model_free(m);
	return x.category;
}

/* Where several entries of a term match the same words, the words keep
 * their best reading (lexicons/README.md): one that counts, abuse over
 * frustration, the higher severity; at a full tie the line read first. */
Test(lexicon, the_same_term_on_several_lines_gives_its_best_reading)
{
	unsigned line;
	cr_expect_eq(reading_of("idiot insult 2\nidiot profanity 3\n", "idiot",
				&line), KALM_CAT_PROFANITY);
	cr_expect_eq(line, 2);
	cr_expect_eq(reading_of("idiot insult 2\nidiot profanity 2\n", "idiot",
				&line), KALM_CAT_INSULT);
	cr_expect_eq(line, 1);
	cr_expect_eq(reading_of("idiot profanity 2\nidiot insult 2\n", "idiot",
				&line), KALM_CAT_PROFANITY);
	cr_expect_eq(line, 1);
	/* target: with nobody addressed it reads as frustration, so the
	 * other line takes the word; where a "you" is near, the first */
	const char *lex = "you you\nidiot insult 2 target\nidiot insult 2 strict\n";
	cr_expect_eq(reading_of(lex, "this idiot app", &line), KALM_CAT_INSULT);
	cr_expect_eq(line, 3);
	cr_expect_eq(reading_of(lex, "you idiot", &line), KALM_CAT_INSULT);
	cr_expect_eq(line, 2);
}

/* A term may have 4096 entries; one more is an error that names a file
 * and line of that term, like every other data error. */
Test(lexicon, too_many_entries_of_one_term_name_their_place)
{
	kalm_builder *b;
	kalm_model *m = NULL;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	/* 512 different entries of "idiot" in each of eight files */
	char *text = malloc(512 * 64);
	cr_assert_not_null(text);
	size_t len = 0;
	static const char *const kinds[] = {"insult", "profanity", "threat",
					    "sexual"};
	static const char *const flags[] = {"target", "vocative", "strict",
					    "fuzzy", "you"};
	for (unsigned k = 0; k < 512; k++) {
		len += (size_t)sprintf(text + len, "idiot %s %u", kinds[k % 4],
				       k / 4 % 4 + 1);
		for (unsigned f = 0; f < 5; f++)
			if ((k / 16) & (1u << f))
				len += (size_t)sprintf(text + len, " %s", flags[f]);
		text[len++] = '\n';
	}
	for (int i = 0; i < 8; i++) {
		char name[32];
		snprintf(name, sizeof name, "common-%d.lex", i);
		cr_assert_eq(kalm_builder_add_text(b, name, text, len, &err),
			     KALM_OK, "%s", err.message);
	}
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_model_free(m);
	m = NULL;
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", "moron insult 2\nidiot you\n",
					   25, &err), KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_ERR_LIMIT);
	cr_assert_null(m);
	cr_expect_str_eq(err.file, "en.lex");
	cr_expect_eq(err.line, 2);
	cr_expect_str_eq(err.message,
			 "en.lex:2: more than 4096 entries share the term of "
			 "this line");
	free(text);
	kalm_builder_free(b);
}

/* The entry flag 'you', as the rule flag: the match is aimed at the
 * reader with no "you" word near it. */
Test(lexicon, the_you_flag_aims_an_entry_at_the_reader)
{
	const char *lex = "idiot insult 2\nmoron insult 2 you\n";
	kalm_builder *b;
	kalm_error err = {0};
	kalm_model *m;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", lex, strlen(lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_verdict *v;
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	static const char *const texts[] = {
		"that idiot of a manager was there again today",
		"that moron of a manager was there again today"};
	for (int i = 0; i < 2; i++) {
		cr_assert_eq(kalm_score(m, NULL, texts[i], strlen(texts[i]), NULL,
					v, NULL), KALM_OK);
		kalm_match x;
		cr_assert_eq(kalm_verdict_match(v, 0, &x), KALM_OK);
		cr_expect_eq(x.targeted, i == 1, "%s", texts[i]);
	}
	kalm_verdict_free(v);
	kalm_model_free(m);
	kalm_builder_free(b);
}

/* A term of two words joined by a hyphen matches across it, a side of one
 * or two letters too (such a gap may also be read as a masked letter). */
Test(lexicon, hyphenated_terms_match_with_a_short_side)
{
	cr_expect_eq(matches_with("\"ex-vrouw\" insult 2\n", "jouw ex-vrouw"), 1);
	cr_expect_eq(matches_with("\"kut-ding\" insult 2\n", "dat kut-ding"), 1);
	cr_expect_eq(matches_with("\"ex-vrouw\" insult 2\n", "jouw exvrouw"), 0);
}

/* 'possessive' belongs to a `you` word of one word, never to a rule or
 * another category. */
Test(lexicon, possessive_is_for_a_you_word)
{
	expect_error("your insult 2 possessive\n", 1, 1, "'possessive' is for");
	expect_error("\"you guys\" you possessive\n", 1, 2, "'possessive' is for");
	expect_error("rule insult 2 possessive when x : \\bx\\b\n", 1, 15,
		     "not for a rule");
	expect_error("yours verb possessive\n", 1, 1, "'possessive' is for");
	cr_expect_eq(compile("nl.lex", "jullie you possessive\nis verb\n", NULL),
		     KALM_OK);
}

/* A `you` word marked possessive, followed by a word and then a `verb`,
 * names something of the reader's and aims nothing at the reader; a verb
 * right after it, or no verb after the word, keeps it a pronoun.  Verbs
 * are looked up, never matched. */
Test(lexicon, a_possessive_followed_by_a_word_and_a_verb_addresses_nobody)
{
	const char *lex = "jullie you possessive\nje you\n"
			  "waardeloos insult 2 target\n"
			  "is verb\nzijn verb\n";
	static const struct {
		const char *text;
		bool abusive;
	} cases[] = {
		{"jullie app is waardeloos", false},
		{"jullie zijn waardeloos", true},
		{"ik vind jullie waardeloos", true},
		{"jullie app nu waardeloos", true},      /* no verb */
		{"jullie 3 is waardeloos", true},        /* a number, not a word */
		{"je app is waardeloos", true},          /* je: not possessive here */
	};
	kalm_verdict *v;
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		kalm_model *m = score_under("nl.lex", lex, KALM_LANG_NL,
					    cases[i].text, v);
		cr_expect_eq(kalm_verdict_abusive(v), cases[i].abusive, "%s",
			     cases[i].text);
		/* the verbs are no match of their own */
		for (size_t k = 0; k < kalm_verdict_match_count(v); k++) {
			kalm_match x;
			cr_assert_eq(kalm_verdict_match(v, k, &x), KALM_OK);
			cr_expect_neq(x.start, strstr(cases[i].text, " is") -
						       cases[i].text + 1,
				      "%s", cases[i].text);
		}
		kalm_model_free(m);
	}
	kalm_verdict_free(v);
}
