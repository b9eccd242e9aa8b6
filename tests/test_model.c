/* The compiled model: the embedded default, blobs saved and reopened,
 * corrupt blobs refused, and allocation failures reported. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include <kalm.h>

Test(model, the_default_opens_and_scores)
{
	kalm_model *m;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_new_default(&m, &err), KALM_OK, "%s", err.message);
	cr_assert_gt(kalm_model_entry_count(m), 1000);
	cr_assert_gt(kalm_model_rule_count(m), 10);
	cr_assert_gt(kalm_model_threshold(m), 0.0);
	cr_assert_leq(kalm_model_threshold(m), 1.0);
	kalm_verdict *v;
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	const char *t = "you useless idiot";
	cr_assert_eq(kalm_score(m, NULL, t, strlen(t), NULL, v, &err), KALM_OK);
	cr_assert(kalm_verdict_abusive(v));
	cr_assert(kalm_verdict_targeted(v));
	kalm_match mt;
	cr_assert_eq(kalm_verdict_match(v, 0, &mt), KALM_OK);
	kalm_entry_info info;
	cr_assert_eq(kalm_model_entry(m, mt.entry, &info), KALM_OK);
	cr_assert_not_null(strstr(info.source, ".lex"));
	cr_assert_gt(info.line, 0);
	cr_assert_eq(kalm_model_entry(m, 0xFFFFFFF0u, &info), KALM_ERR_NOT_FOUND);
	kalm_verdict_free(v);
	kalm_model_free(m);
	kalm_model_free(NULL);
}

Test(model, a_saved_blob_reopens_to_the_same_model)
{
	kalm_model *m, *m2;
	cr_assert_eq(kalm_model_new_default(&m, NULL), KALM_OK);
	size_t len;
	const void *blob = kalm_model_blob(m, &len);
	cr_assert_gt(len, 1000);
	void *copy = malloc(len);
	memcpy(copy, blob, len);
	kalm_error err = {0};
	cr_assert_eq(kalm_model_open_blob(copy, len, &m2, &err), KALM_OK, "%s", err.message);
	free(copy);
	cr_assert_eq(kalm_model_entry_count(m2), kalm_model_entry_count(m));
	cr_assert_eq(kalm_model_rule_count(m2), kalm_model_rule_count(m));
	const char *texts[] = {"Ty debilu, nie umiesz czytać?", "I know where you live",
			       "Kankerlijer!", "Waar is my geld?"};
	kalm_verdict *a, *b;
	kalm_verdict_new(&a);
	kalm_verdict_new(&b);
	for (size_t i = 0; i < 4; i++) {
		cr_assert_eq(kalm_score(m, NULL, texts[i], strlen(texts[i]), NULL, a, NULL), 0);
		cr_assert_eq(kalm_score(m2, NULL, texts[i], strlen(texts[i]), NULL, b, NULL), 0);
		cr_assert_eq(kalm_verdict_score(a), kalm_verdict_score(b));
		cr_assert_eq(kalm_verdict_match_count(a), kalm_verdict_match_count(b));
	}
	kalm_verdict_free(a);
	kalm_verdict_free(b);
	kalm_model_free(m2);
	kalm_model_free(m);
}

Test(model, the_sources_rebuild_the_same_blob)
{
	kalm_model *m, *m2;
	cr_assert_eq(kalm_model_new_default(&m, NULL), KALM_OK);
	kalm_builder *b;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_default(b, &err), KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m2, &err), KALM_OK, "%s", err.message);
	size_t l1, l2;
	const void *b1 = kalm_model_blob(m, &l1);
	const void *b2 = kalm_model_blob(m2, &l2);
	cr_assert_eq(l1, l2);
	cr_assert(memcmp(b1, b2, l1) == 0);
	kalm_builder_free(b);
	kalm_model_free(m2);
	kalm_model_free(m);
}

static void expect_refused(const unsigned char *blob, size_t len, const char *why)
{
	kalm_model *m = (kalm_model *)1;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_open_blob(blob, len, &m, &err), KALM_ERR_MODEL,
		     "accepted a blob that is %s", why);
	cr_assert_null(m);
	cr_assert_not_null(strstr(err.message, "model"), "%s", err.message);
}

Test(model, corrupt_truncated_and_foreign_blobs_are_refused)
{
	kalm_model *m;
	cr_assert_eq(kalm_model_new_default(&m, NULL), KALM_OK);
	size_t len;
	const unsigned char *blob = kalm_model_blob(m, &len);
	unsigned char *copy = malloc(len);
	memcpy(copy, blob, len);
	expect_refused(copy, len / 2, "truncated");
	expect_refused(copy, 10, "a stub");
	expect_refused(copy, 0, "empty");
	for (size_t at = 7; at < len; at += len / 97 + 1) {
		copy[at] ^= 0x5a;
		expect_refused(copy, len, "corrupt");
		copy[at] ^= 0x5a;
	}
	copy[0] = 'X';
	expect_refused(copy, len, "foreign");
	free(copy);
	kalm_model_free(m);
	kalm_error err = {0};
	cr_assert_eq(kalm_model_open_blob(NULL, 5, &m, &err), KALM_ERR_ARGUMENT);
}

/* A refused call sets *OUT to NULL, whichever argument was wrong, so that
 * a caller freeing it after any error frees nothing. */
Test(model, refused_arguments_leave_no_stale_model)
{
	kalm_model *stale = (kalm_model *)&stale, *m = stale;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_load(NULL, &m, &err), KALM_ERR_ARGUMENT);
	cr_expect_null(m);
	m = stale;
	cr_assert_eq(kalm_model_open_blob(NULL, 5, &m, &err), KALM_ERR_ARGUMENT);
	cr_expect_null(m);
	m = stale;
	cr_assert_eq(kalm_builder_build(NULL, &m, &err), KALM_ERR_ARGUMENT);
	cr_expect_null(m);
	kalm_policy *p = (kalm_policy *)&stale;
	cr_assert_eq(kalm_policy_load(NULL, &p, &err), KALM_ERR_ARGUMENT);
	cr_expect_null(p);
}

/* ---- a failing allocator: the Nth allocation from now fails ---- */
static long fail_after = -1;

static void *failing_malloc(size_t n)
{
	if (fail_after == 0)
		return NULL;
	if (fail_after > 0)
		fail_after--;
	return malloc(n);
}

static void *failing_realloc(void *p, size_t n)
{
	if (fail_after == 0)
		return NULL;
	if (fail_after > 0)
		fail_after--;
	return realloc(p, n);
}

Test(model, every_allocation_failure_is_reported)
{
	kalm_set_allocator(failing_malloc, failing_realloc, free);
	const char *lex = "idiot+ insult 2\nyou you\n*fuck* profanity 2\n"
			  "rule threat 4 when know : i know where you live\n";
	const char *text = "you idiot, I know where you live, fuuuck";
	int failures = 0;
	bool done = false;
	for (long n = 0; n < 400 && !done; n++) {
		fail_after = n;
		kalm_builder *b = NULL;
		kalm_model *m = NULL;
		kalm_scratch *s = NULL;
		kalm_verdict *v = NULL;
		kalm_error err = {0};
		kalm_status rc = kalm_builder_new(&b);
		if (!rc)
			rc = kalm_builder_add_text(b, "en.lex", lex, strlen(lex), &err);
		if (!rc)
			rc = kalm_builder_build(b, &m, &err);
		if (!rc)
			rc = kalm_scratch_new(&s);
		if (!rc)
			rc = kalm_verdict_new(&v);
		if (!rc)
			rc = kalm_score(m, s, text, strlen(text), NULL, v, &err);
		if (rc) {
			cr_assert_eq(rc, KALM_ERR_NO_MEMORY, "allocation %ld gave %d", n, rc);
			failures++;
		} else {
			cr_assert_eq(kalm_verdict_match_count(v), 3);
			done = fail_after > 0; /* every allocation succeeded */
		}
		fail_after = -1;
		kalm_verdict_free(v);
		kalm_scratch_free(s);
		kalm_model_free(m);
		kalm_builder_free(b);
	}
	kalm_set_allocator(NULL, NULL, NULL);
	cr_assert(done, "scoring never completed");
	cr_assert_gt(failures, 10);
}

/* What a scratch keeps of the words it read is only for speed: once its
 * buffers are warm, a scratch that can get no more memory (so none for
 * keeping words either) scores every message exactly as a fresh one. */
Test(model, a_warm_scratch_without_more_memory_scores_the_same)
{
	static const char *const texts[] = {
		"you idiot, I know where you live, fuuuck",
		"Dank je wel, het werkt weer. Jy is 'n poes!",
		"kurwa, znowu nie działa, ty debilu",
		"the router light is blinking orange, what does that mean?",
		"you idiot, I know where you live, fuuuck"};
	size_t count = sizeof(texts) / sizeof(texts[0]);
	kalm_model *m;
	kalm_scratch *s;
	kalm_verdict *got, *want;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_new_default(&m, &err), KALM_OK);
	cr_assert_eq(kalm_scratch_new(&s), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&got), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&want), KALM_OK);
	/* warm: buffers for a longer message than any below */
	char warm[2048];
	size_t n = 0;
	for (size_t i = 0; n + 200 < sizeof(warm); i = (i + 1) % count) {
		memcpy(warm + n, texts[i], strlen(texts[i]));
		n += strlen(texts[i]);
		warm[n++] = ' ';
	}
	cr_assert_eq(kalm_score(m, s, warm, n, NULL, got, &err), KALM_OK);
	cr_assert_gt(kalm_verdict_match_count(got), 0);
	for (size_t i = 0; i < count; i++) {
		kalm_set_allocator(failing_malloc, failing_realloc, free);
		fail_after = 0;
		kalm_status rc = kalm_score(m, s, texts[i], strlen(texts[i]), NULL,
					    got, &err);
		fail_after = -1;
		kalm_set_allocator(NULL, NULL, NULL);
		cr_assert_eq(rc, KALM_OK, "%s", texts[i]);
		cr_assert_eq(kalm_score(m, NULL, texts[i], strlen(texts[i]), NULL,
					want, &err),
			     KALM_OK);
		cr_assert_eq(kalm_verdict_score(got), kalm_verdict_score(want),
			     "%s", texts[i]);
		cr_assert_eq(kalm_verdict_match_count(got),
			     kalm_verdict_match_count(want), "%s", texts[i]);
		for (size_t k = 0; k < kalm_verdict_match_count(got); k++) {
			kalm_match a, b;
			kalm_verdict_match(got, k, &a);
			kalm_verdict_match(want, k, &b);
			cr_assert(a.entry == b.entry && a.start == b.start &&
					  a.end == b.end && a.category == b.category,
				  "%s: match %zu", texts[i], k);
		}
	}
	kalm_verdict_free(want);
	kalm_verdict_free(got);
	kalm_scratch_free(s);
	kalm_model_free(m);
}
