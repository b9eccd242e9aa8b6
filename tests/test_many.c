/* kalm_score_many: every verdict is the one kalm_score gives, whatever
 * the batch holds; arguments are checked before anything changes.  A
 * scratch that grows busy grows its memos, once, and no verdict changes. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kalm.h>

#include "cases_file.h"

static kalm_model *model;
static kalm_scratch *scratch;

/* the text column of tests/cases/<lang>.tsv for the four languages */
static char **texts;
static size_t ntexts;

static void read_cases(const char *lang)
{
	char path[1024];
	FILE *f = cases_open(lang, path, sizeof path);
	char line[4096];
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		char *text = line;
		for (int tab = 0; tab < 3 && text; tab++) {
			text = strchr(text, '\t');
			text = text ? text + 1 : NULL;
		}
		if (line[0] == '#' || !text)
			continue;
		texts = realloc(texts, (ntexts + 1) * sizeof *texts);
		cr_assert_not_null(texts);
		texts[ntexts++] = strdup(text);
	}
	fclose(f);
}

static void setup(void)
{
	cr_assert_eq(kalm_model_new_default(&model, NULL), KALM_OK);
	cr_assert_eq(kalm_scratch_new(&scratch), KALM_OK);
	read_cases("nl");
	read_cases("af");
	read_cases("pl");
	read_cases("en");
	/* more than a few groups of the batch, and texts of every kind */
	cr_assert_gt(ntexts, 300);
}

static void teardown(void)
{
	for (size_t i = 0; i < ntexts; i++)
		free(texts[i]);
	free(texts);
	texts = NULL;
	ntexts = 0;
	kalm_scratch_free(scratch);
	kalm_model_free(model);
}

TestSuite(many, .init = setup, .fini = teardown);

/* A and B say the same in everything a host can read. */
static void expect_same(const kalm_verdict *a, const kalm_verdict *b,
			size_t i)
{
	cr_assert_eq(kalm_verdict_score(a), kalm_verdict_score(b), "%zu", i);
	cr_assert_eq(kalm_verdict_abusive(a), kalm_verdict_abusive(b), "%zu", i);
	cr_assert_eq(kalm_verdict_severity(a), kalm_verdict_severity(b), "%zu", i);
	cr_assert_eq(kalm_verdict_targeted(a), kalm_verdict_targeted(b), "%zu", i);
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		cr_assert_eq(kalm_verdict_category(a, (kalm_category)c),
			     kalm_verdict_category(b, (kalm_category)c),
			     "%zu: category %d", i, c);
	cr_assert_eq(kalm_verdict_language(a), kalm_verdict_language(b), "%zu", i);
	double ca, cb;
	cr_assert_eq(kalm_verdict_language_guess(a, &ca),
		     kalm_verdict_language_guess(b, &cb), "%zu", i);
	cr_assert_eq(ca, cb, "%zu", i);
	cr_assert_eq(kalm_verdict_length(a), kalm_verdict_length(b), "%zu", i);
	cr_assert_eq(kalm_verdict_invalid_bytes(a), kalm_verdict_invalid_bytes(b),
		     "%zu", i);
	cr_assert_eq(kalm_verdict_match_total(a), kalm_verdict_match_total(b),
		     "%zu", i);
	size_t n = kalm_verdict_match_count(a);
	cr_assert_eq(n, kalm_verdict_match_count(b), "%zu", i);
	for (size_t k = 0; k < n; k++) {
		kalm_match x, y;
		cr_assert_eq(kalm_verdict_match(a, k, &x), KALM_OK);
		cr_assert_eq(kalm_verdict_match(b, k, &y), KALM_OK);
		cr_assert(x.category == y.category && x.severity == y.severity &&
				  x.targeted == y.targeted && x.negated == y.negated &&
				  x.counted == y.counted && x.rule == y.rule &&
				  x.entry == y.entry && x.start == y.start &&
				  x.end == y.end,
			  "%zu: match %zu differs", i, k);
	}
}

static kalm_verdict **verdicts_new(size_t n)
{
	kalm_verdict **v = calloc(n, sizeof *v);
	cr_assert_not_null(v);
	for (size_t i = 0; i < n; i++)
		cr_assert_eq(kalm_verdict_new(&v[i]), KALM_OK);
	return v;
}

static void verdicts_free(kalm_verdict **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		kalm_verdict_free(v[i]);
	free(v);
}

/* Score every case text in one batch and one by one; hint I's is
 * HINT(I), given per text when PER_TEXT, else in the options. */
static void compare(kalm_lang (*hint)(size_t), bool per_text,
		    kalm_scratch *with)
{
	kalm_text *t = calloc(ntexts, sizeof *t);
	cr_assert_not_null(t);
	kalm_score_options opt = {sizeof(opt), KALM_LANG_UNKNOWN};
	for (size_t i = 0; i < ntexts; i++) {
		t[i].text = texts[i];
		t[i].len = strlen(texts[i]);
		t[i].lang_hint = per_text ? hint(i) : KALM_LANG_UNKNOWN;
	}
	if (!per_text)
		opt.lang_hint = hint(0);
	kalm_verdict **many = verdicts_new(ntexts);
	kalm_verdict *one;
	cr_assert_eq(kalm_verdict_new(&one), KALM_OK);
	size_t scored = 0;
	kalm_error err = {0};
	cr_assert_eq(kalm_score_many(model, with, t, ntexts, &opt, many, &scored,
				     &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(scored, ntexts);
	size_t flagged = 0;
	for (size_t i = 0; i < ntexts; i++) {
		kalm_score_options o = {sizeof(o), per_text ? hint(i) : hint(0)};
		cr_assert_eq(kalm_score(model, scratch, t[i].text, t[i].len, &o,
					one, &err),
			     KALM_OK);
		expect_same(many[i], one, i);
		flagged += kalm_verdict_abusive(one);
	}
	/* the texts are not all alike */
	cr_assert_gt(flagged, ntexts / 4);
	cr_assert_lt(flagged, ntexts);
	kalm_verdict_free(one);
	verdicts_free(many, ntexts);
	free(t);
}

static kalm_lang no_hint(size_t i)
{
	(void)i;
	return KALM_LANG_UNKNOWN;
}

static kalm_lang polish(size_t i)
{
	(void)i;
	return KALM_LANG_PL;
}

static kalm_lang every_hint(size_t i)
{
	return (kalm_lang)(i % KALM_LANG_COUNT);
}

Test(many, every_verdict_is_the_one_kalm_score_gives)
{
	compare(no_hint, false, scratch);
}

Test(many, the_options_hint_reaches_every_message)
{
	compare(polish, false, scratch);
}

Test(many, a_hint_per_message_is_that_messages_own)
{
	compare(every_hint, true, scratch);
}

Test(many, without_a_scratch_one_is_made_for_the_call)
{
	compare(no_hint, false, NULL);
}

Test(many, batches_of_every_size_up_to_three_groups)
{
	kalm_text t[200];
	kalm_verdict **many = verdicts_new(200);
	kalm_verdict *one;
	cr_assert_eq(kalm_verdict_new(&one), KALM_OK);
	for (size_t n = 0; n <= 200; n += n < 70 ? 1 : 13) {
		for (size_t i = 0; i < n; i++)
			t[i] = (kalm_text){texts[(n * 7 + i) % ntexts],
					   strlen(texts[(n * 7 + i) % ntexts]),
					   KALM_LANG_UNKNOWN};
		size_t scored = 99;
		cr_assert_eq(kalm_score_many(model, scratch, t, n, NULL, many,
					     &scored, NULL),
			     KALM_OK, "n = %zu", n);
		cr_assert_eq(scored, n);
		for (size_t i = 0; i < n; i++) {
			cr_assert_eq(kalm_score(model, scratch, t[i].text, t[i].len,
						NULL, one, NULL),
				     KALM_OK);
			expect_same(many[i], one, i);
		}
	}
	kalm_verdict_free(one);
	verdicts_free(many, 200);
}

Test(many, a_verdict_named_twice_ends_as_its_last_message)
{
	/* within a group and across groups: the last one wins, whole */
	enum { N = 150 };
	kalm_text t[N];
	kalm_verdict *pool[3], *v[N];
	for (int k = 0; k < 3; k++)
		cr_assert_eq(kalm_verdict_new(&pool[k]), KALM_OK);
	for (size_t i = 0; i < N; i++) {
		t[i] = (kalm_text){texts[i], strlen(texts[i]), KALM_LANG_UNKNOWN};
		v[i] = pool[i % 3];
	}
	cr_assert_eq(kalm_score_many(model, scratch, t, N, NULL, v, NULL, NULL),
		     KALM_OK);
	kalm_verdict *one;
	cr_assert_eq(kalm_verdict_new(&one), KALM_OK);
	for (size_t i = N - 3; i < N; i++) {
		cr_assert_eq(kalm_score(model, scratch, t[i].text, t[i].len, NULL,
					one, NULL),
			     KALM_OK);
		expect_same(v[i], one, i);
	}
	kalm_verdict_free(one);
	for (int k = 0; k < 3; k++)
		kalm_verdict_free(pool[k]);
}

Test(many, bad_arguments_change_no_verdict)
{
	enum { N = 5 };
	kalm_text t[N];
	kalm_verdict **v = verdicts_new(N);
	for (size_t i = 0; i < N; i++)
		t[i] = (kalm_text){texts[i], strlen(texts[i]), KALM_LANG_UNKNOWN};
	cr_assert_eq(kalm_score_many(model, scratch, t, N, NULL, v, NULL, NULL),
		     KALM_OK);
	kalm_verdict *before;
	cr_assert_eq(kalm_verdict_new(&before), KALM_OK);
	cr_assert_eq(kalm_score(model, scratch, t[3].text, t[3].len, NULL, before,
				NULL),
		     KALM_OK);
	kalm_error err = {0};
	size_t scored = 7;
	cr_assert_eq(kalm_score_many(NULL, scratch, t, N, NULL, v, &scored, &err),
		     KALM_ERR_ARGUMENT);
	cr_assert_eq(scored, 0);
	cr_assert_eq(kalm_score_many(model, scratch, NULL, N, NULL, v, NULL, &err),
		     KALM_ERR_ARGUMENT);
	cr_assert_eq(kalm_score_many(model, scratch, t, N, NULL, NULL, NULL, &err),
		     KALM_ERR_ARGUMENT);
	/* one bad message anywhere: named, and nothing is scored */
	t[4] = (kalm_text){NULL, 3, KALM_LANG_UNKNOWN};
	cr_assert_eq(kalm_score_many(model, scratch, t, N, NULL, v, NULL, &err),
		     KALM_ERR_ARGUMENT);
	cr_assert(strstr(err.message, "message 4"), "%s", err.message);
	t[4] = (kalm_text){"", 0, (kalm_lang)KALM_LANG_COUNT};
	cr_assert_eq(kalm_score_many(model, scratch, t, N, NULL, v, NULL, &err),
		     KALM_ERR_ARGUMENT);
	cr_assert(strstr(err.message, "message 4"), "%s", err.message);
	t[4] = (kalm_text){"", 0, KALM_LANG_UNKNOWN};
	kalm_verdict *gone = v[2];
	v[2] = NULL;
	cr_assert_eq(kalm_score_many(model, scratch, t, N, NULL, v, NULL, &err),
		     KALM_ERR_ARGUMENT);
	cr_assert(strstr(err.message, "message 2"), "%s", err.message);
	v[2] = gone;
	kalm_score_options bad = {0, KALM_LANG_EN};
	cr_assert_eq(kalm_score_many(model, scratch, t, N, &bad, v, NULL, &err),
		     KALM_ERR_ARGUMENT);
	expect_same(v[3], before, 3);
	/* nothing to score, and NULL arrays with it, is no error */
	cr_assert_eq(kalm_score_many(model, scratch, NULL, 0, NULL, NULL, &scored,
				     &err),
		     KALM_OK);
	cr_assert_eq(scored, 0);
	/* a NULL text of length 0 is the empty message */
	t[0] = (kalm_text){NULL, 0, KALM_LANG_UNKNOWN};
	cr_assert_eq(kalm_score_many(model, scratch, t, 1, NULL, v, NULL, &err),
		     KALM_OK);
	cr_assert_eq(kalm_verdict_length(v[0]), 0);
	cr_assert_eq(kalm_verdict_match_count(v[0]), 0);
	kalm_verdict_free(before);
	verdicts_free(v, N);
}

/* ---- a busy scratch ---- */

/* Allocations of 256 KiB and more: counted, and refused when asked. */
#define BIG (256 * 1024)
static size_t big_asked, big_refused;
static bool refuse_big;

/* Counts an allocation of N bytes if big; true when it is to be refused. */
static bool big_refuse(size_t n)
{
	if (n < BIG)
		return false;
	big_asked++;
	big_refused += refuse_big;
	return refuse_big;
}

static void *big_malloc(size_t n)
{
	if (big_refuse(n))
		return NULL;
	void *p = malloc(n);
	/* not zero, as fresh pages would be: a memo must empty itself */
	if (p && n >= BIG)
		memset(p, 0xA5, n);
	return p;
}

static void *big_realloc(void *p, size_t n)
{
	return big_refuse(n) ? NULL : realloc(p, n);
}

/* Score the case texts over and over, 2,600 messages, 64 a call with one
 * kept scratch and one by one with scratches replaced every 500 messages
 * (too few to grow busy): every verdict the same.  Returns the number of
 * the first message (from 1) whose call asked for a big allocation, 0
 * when none did. */
static size_t busy_scratch(bool refuse)
{
	refuse_big = refuse;
	big_asked = big_refused = 0;
	kalm_set_allocator(big_malloc, big_realloc, free);
	kalm_scratch *kept, *fresh = NULL;
	cr_assert_eq(kalm_scratch_new(&kept), KALM_OK);
	enum { BATCH = 64, TOTAL = 2600 };
	kalm_text t[BATCH];
	kalm_verdict **many = verdicts_new(BATCH);
	kalm_verdict *one;
	cr_assert_eq(kalm_verdict_new(&one), KALM_OK);
	size_t first_big = 0;
	for (size_t n = 0; n < TOTAL; n += BATCH) {
		for (size_t i = 0; i < BATCH; i++) {
			const char *text = texts[(n + i) % ntexts];
			t[i] = (kalm_text){text, strlen(text), KALM_LANG_UNKNOWN};
		}
		size_t asked = big_asked;
		cr_assert_eq(kalm_score_many(model, kept, t, BATCH, NULL, many,
					     NULL, NULL),
			     KALM_OK);
		if (big_asked > asked && !first_big)
			first_big = n + 1;
		for (size_t i = 0; i < BATCH; i++) {
			if ((n + i) % 500 == 0) {
				kalm_scratch_free(fresh);
				cr_assert_eq(kalm_scratch_new(&fresh), KALM_OK);
			}
			cr_assert_eq(kalm_score(model, fresh, t[i].text, t[i].len,
						NULL, one, NULL),
				     KALM_OK);
			expect_same(many[i], one, n + i);
		}
	}
	kalm_verdict_free(one);
	verdicts_free(many, BATCH);
	kalm_scratch_free(fresh);
	kalm_scratch_free(kept);
	kalm_set_allocator(NULL, NULL, NULL);
	return first_big;
}

Test(many, a_busy_scratch_grows_its_memos_once_and_no_verdict_changes)
{
	/* the two memos, when the call after the 1,024th message asks */
	cr_assert_eq(busy_scratch(false), 1025);
	cr_assert_eq(big_asked, 2, "%zu", big_asked);
	cr_assert_eq(big_refused, 0);
}

Test(many, a_scratch_refused_bigger_memos_keeps_its_own)
{
	/* each asked for once, never again, and scoring goes on as before */
	cr_assert_eq(busy_scratch(true), 1025);
	cr_assert_eq(big_refused, 2, "%zu", big_refused);
	cr_assert_eq(big_asked, 2, "%zu", big_asked);
}
