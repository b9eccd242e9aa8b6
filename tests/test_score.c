/* Scoring with a small lexicon written here, so these tests prove the
 * mechanisms whatever the shipped lexicons hold. */
#include <criterion/criterion.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kalm.h>

static const char en_lex[] =
	"@lang en\n"
	"idiot+      insult 2\n"
	"moron       insult 2\n"
	"useless     insult 2 target\n"
	"fuck*       profanity 2\n"
	"*fucker     insult 3\n"
	"shit        profanity 1\n"
	"ass*        profanity 1\n"
	"assess*     allow\n"
	"vermin      insult 3 target\n"
	"immigrants  group\n"
	"you         you\n"
	"your        you\n"
	"he          person\n"
	"not         negator\n"
	"saying      report\n"
	"refund      frustration 1\n"
	"\"go to hell\" insult 2\n"
	"women       group fuzzy\n"
	"rule threat 4 you when know : \\bi know where (you|u) (live|work)\\b\n";
static const char af_lex[] =
	"poes        insult 3 strict\n"
	"jy          you\n";
static const char pl_lex[] =
	"kurw*       profanity 1\n"
	"debilu      insult 2 vocative\n"
	"*jeb*       profanity 2\n";
static const char nl_lex[] =
	"kut         profanity 1\n"
	"kak         profanity 1\n"
	"kunt        allow\n"
	"niet        negator\n"
	"nie         negator\n"
	"jij         you\n"
	"dom         insult 1 target\n"
	"idioot      insult 2\n"
	"rule insult 3 target when veel : te veel \\w+\n"
	"rule threat 4 when woont : ik weet waar je woont\n";

static kalm_model *model;
static kalm_scratch *scratch;
static kalm_verdict *verdict;

static void setup(void)
{
	kalm_builder *b;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", en_lex, strlen(en_lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_add_text(b, "af.lex", af_lex, strlen(af_lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_add_text(b, "pl.lex", pl_lex, strlen(pl_lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_add_text(b, "nl.lex", nl_lex, strlen(nl_lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &model, &err), KALM_OK, "%s", err.message);
	kalm_builder_free(b);
	cr_assert_eq(kalm_scratch_new(&scratch), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&verdict), KALM_OK);
}

static void teardown(void)
{
	kalm_verdict_free(verdict);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
}

TestSuite(score, .init = setup, .fini = teardown);

static void score_lang(const char *text, size_t len, kalm_lang lang)
{
	kalm_score_options opt = {sizeof(opt), lang};
	kalm_error err = {0};
	cr_assert_eq(kalm_score(model, scratch, text, len, &opt, verdict, &err),
		     KALM_OK, "%s", err.message);
}

static void score(const char *text)
{
	score_lang(text, strlen(text), KALM_LANG_EN);
}

static kalm_match match(size_t i)
{
	kalm_match m;
	cr_assert_eq(kalm_verdict_match(verdict, i, &m), KALM_OK);
	return m;
}

/* The original bytes of match I must be EXPECTED. */
static void assert_span(const char *text, size_t i, const char *expected)
{
	kalm_match m = match(i);
	cr_assert_eq(m.end - m.start, strlen(expected), "span %zu..%zu", m.start, m.end);
	cr_assert(memcmp(text + m.start, expected, m.end - m.start) == 0,
		  "span is '%.*s'", (int)(m.end - m.start), text + m.start);
}

Test(score, clean_message_scores_zero)
{
	score("Where is my parcel? It was due on Monday.");
	cr_assert_eq(kalm_verdict_score(verdict), 0.0);
	cr_assert_not(kalm_verdict_abusive(verdict));
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
	cr_assert_eq(kalm_verdict_severity(verdict), 0);
}

Test(score, spelled_out_profanity_span_covers_original_bytes)
{
	const char *t = "you f.u.c.k.i.n.g idiot";
	score(t);
	cr_assert_eq(kalm_verdict_match_count(verdict), 2);
	assert_span(t, 0, "f.u.c.k.i.n.g");
	assert_span(t, 1, "idiot");
	cr_assert(match(1).targeted);
	cr_assert(kalm_verdict_abusive(verdict));
}

Test(score, stretching_is_read_through)
{
	const char *t = "fuuuuuck this shiiiiit";
	score(t);
	cr_assert_eq(kalm_verdict_match_count(verdict), 2);
	assert_span(t, 0, "fuuuuuck");
	assert_span(t, 1, "shiiiiit");
	score_lang("kuuuuut", 7, KALM_LANG_NL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
}

Test(score, masking_is_read_through_within_limits)
{
	const char *t = "f*ck you, k#rwa, sh!t";
	score(t);
	cr_assert_eq(kalm_verdict_match_count(verdict), 3);
	assert_span(t, 0, "f*ck");
	assert_span(t, 1, "k#rwa");
	assert_span(t, 2, "sh!t");
	score("**** ** ****");
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
	score("s**t"); /* half masked is the most allowed, two real letters */
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
}

Test(score, leetspeak_and_homoglyphs_are_read_through)
{
	score("u r an 1d10t");
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	const char *t = "you \xd1\x96" "di" "\xd0\xbe" "t"; /* Cyrillic і and о */
	score(t);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	assert_span(t, 0, "\xd1\x96" "di" "\xd0\xbe" "t");
}

Test(score, missing_diacritics_meet_the_same_entry)
{
	const char *a = "kurwa", *b = "kurwą", *c = "KURWĄ";
	score_lang(a, strlen(a), KALM_LANG_PL);
	size_t n = kalm_verdict_match_count(verdict);
	score_lang(b, strlen(b), KALM_LANG_PL);
	cr_assert_eq(kalm_verdict_match_count(verdict), n);
	score_lang(c, strlen(c), KALM_LANG_PL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	assert_span(c, 0, "KURWĄ");
}

Test(score, inflections_and_compound_parts)
{
	score("idiots and idiotic motherfucker");
	cr_assert_eq(kalm_verdict_match_count(verdict), 3);
	cr_assert_eq(match(2).category, KALM_CAT_INSULT);
	cr_assert_eq(match(2).severity, 3);
	score("idiotically"); /* more than four letters of ending */
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
}

Test(score, allow_entries_stop_scunthorpe)
{
	score("the assessment of your assets");
	cr_assert_eq(kalm_verdict_match_count(verdict), 1); /* "assets" */
	score("an assessment");
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
	cr_assert_eq(kalm_verdict_score(verdict), 0.0);
}

Test(score, targeting_needs_a_you_nearby)
{
	score("you idiot");
	cr_assert(kalm_verdict_targeted(verdict));
	score("my neighbour is an idiot and he knows it");
	cr_assert_not(kalm_verdict_targeted(verdict));
	cr_assert(kalm_verdict_abusive(verdict));
}

Test(score, target_words_without_a_target_are_frustration)
{
	score("this useless app crashed again");
	cr_assert_not(kalm_verdict_abusive(verdict));
	cr_assert_gt(kalm_verdict_category(verdict, KALM_CAT_FRUSTRATION), 0.0);
	cr_assert_eq(match(0).category, KALM_CAT_FRUSTRATION);
	score("you useless lot");
	cr_assert(kalm_verdict_abusive(verdict));
	cr_assert_eq(match(0).category, KALM_CAT_INSULT);
	cr_assert(match(0).targeted);
}

Test(score, group_words_make_dehumanising_words_hate)
{
	score("Immigrants are vermin.");
	cr_assert(kalm_verdict_abusive(verdict));
	cr_assert_eq(match(0).category, KALM_CAT_HATE);
	cr_assert_gt(kalm_verdict_category(verdict, KALM_CAT_HATE), 0.5);
	score("wmoen are vermin"); /* fuzzy group word: two letters swapped */
	cr_assert_eq(match(kalm_verdict_match_count(verdict) - 1).category, KALM_CAT_HATE);
	score("Immigrants are welcome. Vermin ate the crops.");
	cr_assert_not(kalm_verdict_abusive(verdict));
}

Test(score, negation_is_explained_not_counted)
{
	score("you are not an idiot");
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	cr_assert(match(0).negated);
	cr_assert_not(match(0).counted);
	cr_assert_not(kalm_verdict_abusive(verdict));
	score("not working, fucking thing"); /* profanity is never negated */
	cr_assert(kalm_verdict_abusive(verdict));
}

Test(score, quoted_and_reported_words_do_not_count)
{
	score("Writing \"immigrants are vermin\" is hateful.");
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	cr_assert_not(match(0).counted);
	cr_assert_not(kalm_verdict_abusive(verdict));
	score("Saying that immigrants are vermin is wrong.");
	cr_assert_not(kalm_verdict_abusive(verdict));
}

Test(score, strict_entries_follow_the_language)
{
	const char *t = "jy is n poes";
	score_lang(t, strlen(t), KALM_LANG_AF);
	cr_assert(kalm_verdict_abusive(verdict));
	cr_assert(kalm_verdict_targeted(verdict));
	const char *cat = "Mijn poes slaapt";
	score_lang(cat, strlen(cat), KALM_LANG_NL);
	cr_assert_not(kalm_verdict_abusive(verdict));
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
}

Test(score, word_parts_stay_in_their_language)
{
	const char *t = "Kunt u het alsjeblieft oplossen?";
	score_lang(t, strlen(t), KALM_LANG_NL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
	const char *p = "wyjebane to jest";
	score_lang(p, strlen(p), KALM_LANG_PL);
	cr_assert(kalm_verdict_abusive(verdict));
}

Test(score, vocative_forms_are_aimed_at_the_reader)
{
	const char *t = "debilu, nie umiesz czytac";
	score_lang(t, strlen(t), KALM_LANG_PL);
	cr_assert(kalm_verdict_targeted(verdict));
	cr_assert_eq(kalm_verdict_severity(verdict), 2);
}

Test(score, phrase_rules_run_on_their_trigger)
{
	const char *t = "I KNOW where you live.";
	score(t);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	kalm_match m = match(0);
	cr_assert(m.rule);
	cr_assert_eq(m.category, KALM_CAT_THREAT);
	cr_assert_eq(m.severity, 4);
	cr_assert(m.targeted);
	assert_span(t, 0, "I KNOW where you live");
	kalm_entry_info info;
	cr_assert_eq(kalm_model_entry(model, m.entry, &info), KALM_OK);
	cr_assert_str_eq(info.source, "en.lex");
	cr_assert_eq(info.line, 20);
	score("i wonder where you live");
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
}

Test(score, multi_word_terms)
{
	const char *t = "just go to hell";
	score(t);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	assert_span(t, 0, "go to hell");
}

Test(score, invalid_utf8_and_nul_bytes_do_not_shift_spans)
{
	const char t[] = "\xff\xfe idiot\0idiot \xc3";
	score_lang(t, sizeof(t) - 1, KALM_LANG_EN);
	cr_assert_eq(kalm_verdict_match_count(verdict), 2);
	cr_assert_eq(match(0).start, 3);
	cr_assert_eq(match(0).end, 8);
	cr_assert_eq(match(1).start, 9);
	cr_assert_eq(match(1).end, 14);
	cr_assert_eq(kalm_verdict_invalid_bytes(verdict), 3);
	cr_assert_eq(kalm_verdict_length(verdict), sizeof(t) - 1);
}

Test(score, long_texts_are_read_in_segments_with_exact_offsets)
{
	size_t n = 300000;
	char *t = malloc(n + 16);
	cr_assert_not_null(t);
	for (size_t i = 0; i < n; i++)
		t[i] = "lorem ipsum "[i % 12];
	size_t at = 200003; /* well past the first segment */
	memcpy(t + at, " moron ", 7);
	score_lang(t, n, KALM_LANG_EN);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	cr_assert_eq(match(0).start, at + 1);
	cr_assert_eq(match(0).end, at + 6);
	free(t);
}

Test(score, match_list_is_capped_but_all_are_counted)
{
	size_t reps = 3000;
	char *t = malloc(reps * 6 + 1);
	cr_assert_not_null(t);
	for (size_t i = 0; i < reps; i++)
		memcpy(t + i * 6, "moron ", 6);
	score_lang(t, reps * 6, KALM_LANG_EN);
	cr_assert_eq(kalm_verdict_match_count(verdict), KALM_MATCH_LIMIT);
	cr_assert_eq(kalm_verdict_match_total(verdict), reps);
	cr_assert_gt(kalm_verdict_score(verdict), 0.99);
	free(t);
}

Test(score, shouting_is_a_signal_not_abuse)
{
	score("THIS IS COMPLETELY UNACCEPTABLE!!! I WANT A REFUND NOW!!");
	cr_assert_gt(kalm_verdict_category(verdict, KALM_CAT_SHOUTING), 0.5);
	cr_assert_gt(kalm_verdict_category(verdict, KALM_CAT_FRUSTRATION), 0.0);
	cr_assert_not(kalm_verdict_abusive(verdict));
	cr_assert_eq(kalm_verdict_score(verdict), 0.0);
}

Test(score, null_scratch_and_reuse_give_the_same_verdict)
{
	const char *t = "you moron, go to hell";
	score(t);
	double s1 = kalm_verdict_score(verdict);
	size_t n1 = kalm_verdict_match_count(verdict);
	kalm_score_options opt = {sizeof(opt), KALM_LANG_EN};
	cr_assert_eq(kalm_score(model, NULL, t, strlen(t), &opt, verdict, NULL), KALM_OK);
	cr_assert_eq(kalm_verdict_score(verdict), s1);
	cr_assert_eq(kalm_verdict_match_count(verdict), n1);
}

Test(score, bad_arguments_are_refused)
{
	kalm_error err = {0};
	cr_assert_eq(kalm_score(NULL, scratch, "x", 1, NULL, verdict, &err),
		     KALM_ERR_ARGUMENT);
	cr_assert_eq(err.code, KALM_ERR_ARGUMENT);
	cr_assert_eq(kalm_score(model, scratch, NULL, 3, NULL, verdict, NULL),
		     KALM_ERR_ARGUMENT);
	kalm_score_options bad = {0, KALM_LANG_EN};
	cr_assert_eq(kalm_score(model, scratch, "x", 1, &bad, verdict, NULL),
		     KALM_ERR_ARGUMENT);
	kalm_score_options lang = {sizeof(lang), (kalm_lang)99};
	cr_assert_eq(kalm_score(model, scratch, "x", 1, &lang, verdict, NULL),
		     KALM_ERR_ARGUMENT);
	cr_assert_eq(kalm_score(model, scratch, NULL, 0, NULL, verdict, NULL), KALM_OK);
	kalm_match m;
	cr_assert_eq(kalm_verdict_match(verdict, 0, &m), KALM_ERR_NOT_FOUND);
}

Test(score, names_and_codes)
{
	cr_assert_str_eq(kalm_lang_code(KALM_LANG_AF), "af");
	cr_assert_eq(kalm_lang_from_code("PL"), KALM_LANG_PL);
	cr_assert_eq(kalm_lang_from_code("nl-BE"), KALM_LANG_NL);
	cr_assert_eq(kalm_lang_from_code("de"), KALM_LANG_UNKNOWN);
	cr_assert_eq(kalm_lang_from_code(NULL), KALM_LANG_UNKNOWN);
	cr_assert_str_eq(kalm_category_name(KALM_CAT_HATE), "hate");
	cr_assert_eq(kalm_category_from_name("threat"), KALM_CAT_THREAT);
	cr_assert_eq(kalm_category_from_name("nope"), -1);
	cr_assert(kalm_category_is_abuse(KALM_CAT_SEXUAL));
	cr_assert_not(kalm_category_is_abuse(KALM_CAT_SHOUTING));
	cr_assert_str_eq(kalm_status_str(KALM_ERR_SYNTAX), "syntax error");
	cr_assert_eq(kalm_version_number(), KALM_VERSION_NUMBER);
	cr_assert_str_eq(kalm_version_string(), KALM_VERSION_STRING);
}

Test(score, doubled_letters_are_not_stretching)
{
	const char *t = "mijn kaak doet pijn";
	score_lang(t, strlen(t), KALM_LANG_NL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
	const char *u = "kaaak";
	score_lang(u, strlen(u), KALM_LANG_NL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
}

Test(score, typos_are_forgiven_only_for_whole_words)
{
	score("wmoen are vermin");
	cr_assert(kalm_verdict_abusive(verdict));
	score("wmoenly vermin"); /* a typo plus an ending is another word */
	cr_assert_eq(match(kalm_verdict_match_count(verdict) - 1).category,
		     KALM_CAT_FRUSTRATION);
}

Test(score, numbers_with_suffixes_are_not_leet)
{
	const char *t = "de 1000ste klant, om 10am";
	score_lang(t, strlen(t), KALM_LANG_NL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 0);
	score("1d10t");
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
}

Test(score, allowed_words_are_ordinary_in_their_own_language_only)
{
	static const char extra[] = "kunt insult 3\n";
	kalm_builder *b;
	kalm_model *m2;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", extra, strlen(extra), &err), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "nl.lex", nl_lex, strlen(nl_lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m2, &err), KALM_OK, "%s", err.message);
	kalm_builder_free(b);
	kalm_score_options nl = {sizeof(nl), KALM_LANG_NL}, en = {sizeof(en), KALM_LANG_EN};
	const char *t = "kunt";
	cr_assert_eq(kalm_score(m2, NULL, t, 4, &nl, verdict, NULL), KALM_OK);
	cr_assert_not(kalm_verdict_abusive(verdict));
	cr_assert_eq(kalm_score(m2, NULL, t, 4, &en, verdict, NULL), KALM_OK);
	cr_assert(kalm_verdict_abusive(verdict));
	kalm_model_free(m2);
}

Test(score, rules_may_start_after_their_trigger)
{
	const char *t = "ik weet waar je woont";
	score_lang(t, strlen(t), KALM_LANG_NL);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	cr_assert_eq(match(0).category, KALM_CAT_THREAT);
}

Test(score, an_uncounted_reading_never_hides_a_counted_one)
{
	/* the rule is frustration-like here (no target), the word is not */
	const char *t = "er zijn te veel idioot hier";
	score_lang(t, strlen(t), KALM_LANG_NL);
	cr_assert(kalm_verdict_abusive(verdict));
}

Test(score, double_negation_negates)
{
	const char *t = "ek se nie jy is dom nie";
	score_lang(t, strlen(t), KALM_LANG_AF);
	cr_assert_not(kalm_verdict_abusive(verdict));
	const char *u = "jij bent dom";
	score_lang(u, strlen(u), KALM_LANG_NL);
	cr_assert(kalm_verdict_abusive(verdict));
	cr_assert(kalm_verdict_targeted(verdict));
}

Test(score, target_words_standing_alone_are_not_an_address)
{
	const char *t = "Nee, waardeloos.";
	static const char lex[] = "waardeloos insult 2 target\ntrut insult 2\n";
	kalm_builder *b;
	kalm_model *m2;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "nl.lex", lex, strlen(lex), NULL), KALM_OK);
	cr_assert_eq(kalm_builder_build(b, &m2, NULL), KALM_OK);
	kalm_builder_free(b);
	kalm_score_options nl = {sizeof(nl), KALM_LANG_NL};
	cr_assert_eq(kalm_score(m2, NULL, t, strlen(t), &nl, verdict, NULL), KALM_OK);
	cr_assert_not(kalm_verdict_abusive(verdict));
	const char *u = "Nee dit duurt te lang, stomme trut.";
	cr_assert_eq(kalm_score(m2, NULL, u, strlen(u), &nl, verdict, NULL), KALM_OK);
	cr_assert(kalm_verdict_targeted(verdict));
	kalm_model_free(m2);
}

/* A rule try that stops at a PCRE2 limit counts as no match; the verdict
 * says how many did, for that message alone. */
Test(score, rule_tries_stopped_at_a_limit_are_counted)
{
	const char *lex = "rule insult 3 when aa : (?:(?:\\w|\\s)+)+x|aa\n";
	kalm_builder *b;
	kalm_model *m = NULL;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", lex, strlen(lex), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_builder_free(b);
	const char *fine = "aa bb";
	cr_assert_eq(kalm_score(m, scratch, fine, strlen(fine), NULL, verdict,
				NULL), KALM_OK);
	cr_expect_eq(kalm_verdict_match_count(verdict), 1);
	cr_expect_eq(kalm_verdict_rule_errors(verdict), 0);
	const char *hard = "aa bb bb bb bb bb bb bb bb bb bb bb bb";
	cr_assert_eq(kalm_score(m, scratch, hard, strlen(hard), NULL, verdict,
				NULL), KALM_OK);
	cr_expect_eq(kalm_verdict_match_count(verdict), 0);
	cr_expect_gt(kalm_verdict_rule_errors(verdict), 0);
	/* in a batch too, and each message counts its own */
	kalm_text texts[] = {{hard, strlen(hard), KALM_LANG_UNKNOWN},
			     {fine, strlen(fine), KALM_LANG_UNKNOWN}};
	kalm_verdict *v2;
	cr_assert_eq(kalm_verdict_new(&v2), KALM_OK);
	kalm_verdict *both[] = {verdict, v2};
	cr_assert_eq(kalm_score_many(m, scratch, texts, 2, NULL, both, NULL,
				     NULL), KALM_OK);
	cr_expect_gt(kalm_verdict_rule_errors(verdict), 0);
	cr_expect_eq(kalm_verdict_rule_errors(v2), 0);
	cr_expect_eq(kalm_verdict_rule_errors(NULL), 0);
	kalm_verdict_free(v2);
	kalm_model_free(m);
}

Test(score, a_reading_is_judged_alike_alone_and_beside_others)
{
	/* a segment with one reading records it directly, one with more
	 * compares them word by word: a reading in another sentence changes
	 * nothing of the first */
	static const char *const texts[] = {
		"you idiot",
		"you are not an idiot",
		"my neighbour is an idiot and he knows it",
		"Saying that immigrants are vermin is wrong.",
		"Writing \"immigrants are vermin\" is hateful.",
		"Immigrants are vermin.",
		"this useless app crashed again",
		"you useless lot",
		"shit",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		char both[256];
		snprintf(both, sizeof both, "%s Refund now.", texts[i]);
		score(texts[i]);
		size_t n = kalm_verdict_match_count(verdict);
		cr_assert_eq(n, 1, "%s", texts[i]);
		kalm_match alone = match(0);
		score(both);
		cr_assert_eq(kalm_verdict_match_count(verdict), n + 1, "%s", both);
		kalm_match m = match(0);
		cr_assert(m.category == alone.category && m.severity == alone.severity &&
				  m.targeted == alone.targeted &&
				  m.negated == alone.negated &&
				  m.counted == alone.counted && m.entry == alone.entry &&
				  m.start == alone.start && m.end == alone.end,
			  "%s", both);
		cr_assert_eq(match(n).category, KALM_CAT_FRUSTRATION, "%s", both);
	}
}

Test(score, marks_do_not_outlive_their_message)
{
	score("you are not an idiot");
	cr_assert(match(0).negated);
	/* no marker at all: nothing of the message before is left */
	score("an idiot wrote this manual and a moron checked it");
	cr_assert_eq(kalm_verdict_match_count(verdict), 2);
	for (size_t i = 0; i < 2; i++) {
		cr_assert(match(i).counted);
		cr_assert_not(match(i).negated);
		cr_assert_not(match(i).targeted);
	}
	score("an idiot wrote this manual");
	cr_assert(match(0).counted);
	cr_assert_not(match(0).negated);
	cr_assert_not(match(0).targeted);
	cr_assert_not(kalm_verdict_targeted(verdict));
}

Test(score, matches_are_listed_in_text_order)
{
	/* a phrase rule's match is found after the words inside it; a few
	 * matches are put in order one by one, more by qsort */
	static const char part[] = "shit, i know where you live you idiot. ";
	char t[sizeof part * 12];
	size_t len = 0;
	for (int k = 1; k <= 12; k++) {
		memcpy(t + len, part, sizeof part - 1);
		len += sizeof part - 1;
		score_lang(t, len, KALM_LANG_EN);
		size_t n = kalm_verdict_match_count(verdict);
		cr_assert_eq(n, 3 * (size_t)k);
		for (size_t i = 1; i < n; i++) {
			kalm_match a = match(i - 1), b = match(i);
			cr_assert(a.start < b.start ||
					  (a.start == b.start &&
					   (a.end < b.end ||
					    (a.end == b.end && a.entry <= b.entry))),
				  "%d parts: match %zu at %zu..%zu, %zu at %zu..%zu",
				  k, i - 1, a.start, a.end, i, b.start, b.end);
		}
		cr_assert(match(1).rule);
	}
}

Test(score, frustration_is_never_aimed_negated_or_hate)
{
	/* a "you", a negator or a group word near it changes nothing of a
	 * frustration word; quotes and reported speech keep it from
	 * counting, as any word */
	static const char *const counted[] = {
		"refund", "you refund", "refund you", "not refund",
		"immigrants refund", "he wants a refund", "you are not a refund",
	};
	for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++) {
		score(counted[i]);
		cr_assert_eq(kalm_verdict_match_count(verdict), 1, "%s", counted[i]);
		kalm_match m = match(0);
		cr_assert_eq(m.category, KALM_CAT_FRUSTRATION, "%s", counted[i]);
		cr_assert_eq(m.severity, 1, "%s", counted[i]);
		cr_assert(m.counted && !m.targeted && !m.negated, "%s", counted[i]);
		cr_assert_not(kalm_verdict_targeted(verdict), "%s", counted[i]);
		cr_assert_gt(kalm_verdict_category(verdict, KALM_CAT_FRUSTRATION), 0.0);
	}
	static const char *const not_counted[] = {
		"\"refund\"", "saying refund is wrong", "you keep saying refund",
	};
	for (size_t i = 0; i < sizeof not_counted / sizeof not_counted[0]; i++) {
		score(not_counted[i]);
		cr_assert_eq(kalm_verdict_match_count(verdict), 1, "%s", not_counted[i]);
		kalm_match m = match(0);
		cr_assert_eq(m.category, KALM_CAT_FRUSTRATION, "%s", not_counted[i]);
		cr_assert(!m.counted && !m.targeted && !m.negated, "%s",
			  not_counted[i]);
		cr_assert_eq(kalm_verdict_category(verdict, KALM_CAT_FRUSTRATION), 0.0);
	}
}

/* V's summary must hold what every single accessor gives. */
static void expect_summary_agrees(const kalm_verdict *v, const char *what)
{
	kalm_summary s;
	memset(&s, 0xA5, sizeof s);
	s.size = sizeof s;
	cr_assert_eq(kalm_verdict_summary(v, &s), KALM_OK, "%s", what);
	cr_expect_eq(s.size, sizeof s, "%s", what);
	cr_expect_eq(s.score, kalm_verdict_score(v), "%s", what);
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		cr_expect_eq(s.category[c],
			     kalm_verdict_category(v, (kalm_category)c),
			     "%s: category %d", what, c);
	cr_expect_eq(s.severity, kalm_verdict_severity(v), "%s", what);
	cr_expect_eq(s.abusive, kalm_verdict_abusive(v), "%s", what);
	cr_expect_eq(s.targeted, kalm_verdict_targeted(v), "%s", what);
	cr_expect_eq(s.language, kalm_verdict_language(v), "%s", what);
	double conf = -1.0;
	cr_expect_eq(s.language_guess, kalm_verdict_language_guess(v, &conf),
		     "%s", what);
	cr_expect_eq(s.confidence, conf, "%s", what);
	cr_expect_eq(s.length, kalm_verdict_length(v), "%s", what);
	cr_expect_eq(s.invalid_bytes, kalm_verdict_invalid_bytes(v), "%s", what);
	cr_expect_eq(s.match_count, kalm_verdict_match_count(v), "%s", what);
	cr_expect_eq(s.match_total, kalm_verdict_match_total(v), "%s", what);
	cr_expect_eq(s.rule_errors, kalm_verdict_rule_errors(v), "%s", what);
}

Test(score, a_summary_agrees_with_every_accessor)
{
	expect_summary_agrees(verdict, "a verdict never scored");
	static const char *texts[] = {
		"", "hello, where is my parcel?", "you idiot", "you are not an idiot",
		"THIS IS COMPLETELY UNACCEPTABLE!!! I WANT A REFUND NOW!!",
		"immigrants are vermin", "i know where you live, moron",
		"jij bent dom, kut", "jy is 'n poes", "ty debilu, kurwa",
		"sh\xc3\xaft \xff\xfe id\x00iot", "\"idiot\" he was saying",
		"f*ck you", "k u r w a", "\xf0\x9f\x98\xa1\xf0\x9f\x98\xa1",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		for (int l = KALM_LANG_UNKNOWN; l < KALM_LANG_COUNT; l++) {
			kalm_score_options opt = {sizeof opt, (kalm_lang)l};
			cr_assert_eq(kalm_score(model, scratch, texts[i],
						strlen(texts[i]), &opt, verdict,
						NULL), KALM_OK);
			expect_summary_agrees(verdict, texts[i]);
		}
	}
	/* after an error the verdict is unchanged, and so is its summary */
	cr_assert_eq(kalm_score(model, scratch, NULL, 3, NULL, verdict, NULL),
		     KALM_ERR_ARGUMENT);
	expect_summary_agrees(verdict, "after an error");
	/* matches past the limit */
	size_t reps = 3000;
	char *t = malloc(reps * 6);
	cr_assert_not_null(t);
	for (size_t i = 0; i < reps; i++)
		memcpy(t + i * 6, "moron ", 6);
	score_lang(t, reps * 6, KALM_LANG_EN);
	free(t);
	cr_assert_gt(kalm_verdict_match_total(verdict), KALM_MATCH_LIMIT);
	expect_summary_agrees(verdict, "matches past the limit");
	/* rule tries stopped at a limit */
	const char *lex = "rule insult 3 when aa : (?:(?:\\w|\\s)+)+x|aa\n";
	kalm_builder *b;
	kalm_model *m = NULL;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", lex, strlen(lex), NULL),
		     KALM_OK);
	cr_assert_eq(kalm_builder_build(b, &m, NULL), KALM_OK);
	kalm_builder_free(b);
	const char *hard = "aa bb bb bb bb bb bb bb bb bb bb bb bb";
	cr_assert_eq(kalm_score(m, scratch, hard, strlen(hard), NULL, verdict,
				NULL), KALM_OK);
	cr_assert_gt(kalm_verdict_rule_errors(verdict), 0);
	expect_summary_agrees(verdict, "rule errors");
	kalm_model_free(m);
}

Test(score, a_summary_refuses_a_small_size_and_writes_only_its_size)
{
	score("you idiot");
	kalm_summary s;
	cr_assert_eq(kalm_verdict_summary(NULL, &s), KALM_ERR_ARGUMENT);
	cr_assert_eq(kalm_verdict_summary(verdict, NULL), KALM_ERR_ARGUMENT);
	/* too small (no size set, or an older record's): nothing written */
	size_t min = offsetof(kalm_summary, rule_errors) + sizeof(size_t);
	size_t sizes[] = {0, sizeof(size_t), min / 2, min - 1};
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		memset(&s, 0x5A, sizeof s);
		s.size = sizes[i];
		cr_assert_eq(kalm_verdict_summary(verdict, &s), KALM_ERR_ARGUMENT,
			     "size %zu", sizes[i]);
		const unsigned char *p = (const unsigned char *)&s;
		for (size_t k = sizeof s.size; k < sizeof s; k++)
			cr_assert_eq(p[k], 0x5A, "size %zu: byte %zu written",
				     sizes[i], k);
		cr_assert_eq(s.size, sizes[i]);
	}
	/* a later header's larger record: the bytes past this one's are not
	 * written, and its size says how much was */
	union {
		kalm_summary s;
		unsigned char bytes[sizeof(kalm_summary) + 64];
	} big;
	memset(&big, 0x5A, sizeof big);
	big.s.size = sizeof big;
	cr_assert_eq(kalm_verdict_summary(verdict, &big.s), KALM_OK);
	cr_assert_eq(big.s.size, sizeof(kalm_summary));
	for (size_t k = sizeof(kalm_summary); k < sizeof big; k++)
		cr_assert_eq(big.bytes[k], 0x5A, "byte %zu written", k);
	cr_assert_eq(big.s.match_count, kalm_verdict_match_count(verdict));
	cr_assert_eq(big.s.score, kalm_verdict_score(verdict));
}
