/* Out of memory: with an allocator whose Nth allocation fails, for every
 * N, each call returns KALM_ERR_NO_MEMORY (or succeeds), frees all it took
 * and leaves its objects as they were.  test_model.c covers the builder
 * and scoring; here: loading a folder, opening blobs, the default model,
 * allow lists, policies and sessions.  (PCRE2 allocates through its own
 * malloc, so its failures are not reached this way.) */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kalm.h>

/* ---- a failing, counting allocator ---- */

static long fail_after = -1; /* allocations left before one fails; -1 never */
static long live;            /* allocations not yet freed */
static long failed;          /* allocations refused */

static bool refuse(void)
{
	if (fail_after == 0) {
		failed++;
		return true;
	}
	if (fail_after > 0)
		fail_after--;
	return false;
}

static void *oom_malloc(size_t n)
{
	if (refuse())
		return NULL;
	void *p = malloc(n);
	if (p)
		live++;
	return p;
}

static void *oom_realloc(void *p, size_t n)
{
	if (refuse())
		return NULL;
	void *q = realloc(p, n);
	if (q && !p)
		live++;
	return q;
}

static void oom_free(void *p)
{
	if (p)
		live--;
	free(p);
}

static void hook(void)
{
	fail_after = -1;
	live = 0;
	failed = 0;
	kalm_set_allocator(oom_malloc, oom_realloc, oom_free);
}

static void unhook(void)
{
	fail_after = -1;
	kalm_set_allocator(NULL, NULL, NULL);
}

TestSuite(oom, .init = hook, .fini = unhook);

/*
 * Run SCENARIO with the Nth allocation failing, N = 0, 1, 2, ... until it
 * runs through without a failure.  A scenario returns a status; on
 * KALM_ERR_NO_MEMORY it must have freed everything, on success it checks
 * its result itself.  Returns how many runs failed.
 */
typedef kalm_status (*scenario)(void *ctx);

static long exhaust(const char *name, scenario run, void *ctx, long max)
{
	long failures = 0;
	for (long n = 0; n < max; n++) {
		fail_after = n;
		failed = 0;
		long before = live;
		kalm_status rc = run(ctx);
		bool hit = failed > 0;
		fail_after = -1;
		cr_assert_eq(live, before, "%s: allocation %ld failing leaks %ld",
			     name, n, live - before);
		if (rc != KALM_OK) {
			cr_assert_eq(rc, KALM_ERR_NO_MEMORY,
				     "%s: allocation %ld failing gives %s", name,
				     n, kalm_status_str(rc));
			cr_assert(hit, "%s: failed with no allocation refused", name);
			failures++;
			continue;
		}
		if (!hit) /* every allocation it needed succeeded */
			return failures;
	}
	cr_assert_fail("%s: still allocating after %ld allocations", name, max);
	return failures;
}

/* ---- models ---- */

static const char en_lex[] =
	"@lang en\n"
	"idiot+ insult 2\n"
	"*fuck* profanity 2\n"
	"you you\n"
	"rule threat 4 you when know : i know where (you|u) live\n";
static const char pl_lex[] =
	"kurw* profanity 1\n"
	"debilu insult 2 vocative\n";
static const char text[] = "you idiot, I know where you live, kurwa, debilu";

/* Score TEXT with M and expect N matches; every allocation may fail. */
static kalm_status score_expect(const kalm_model *m, size_t n)
{
	kalm_verdict *v = NULL;
	kalm_scratch *s = NULL;
	kalm_status rc = kalm_verdict_new(&v);
	if (!rc)
		rc = kalm_scratch_new(&s);
	if (!rc)
		rc = kalm_score(m, s, text, strlen(text), NULL, v, NULL);
	if (!rc)
		cr_assert_eq(kalm_verdict_match_count(v), n, "%zu matches",
			     kalm_verdict_match_count(v));
	if (v) { /* scored, or the empty verdict after a failure */
		kalm_summary sum;
		sum.size = sizeof sum;
		cr_assert_eq(kalm_verdict_summary(v, &sum), KALM_OK);
		cr_assert_eq(sum.match_count, kalm_verdict_match_count(v));
		cr_assert_eq(sum.length, kalm_verdict_length(v));
		cr_assert_eq(sum.score, kalm_verdict_score(v));
		cr_assert_eq(sum.language, kalm_verdict_language(v));
		if (rc == KALM_ERR_NO_MEMORY)
			cr_assert_eq(sum.length, 0);
	}
	kalm_scratch_free(s);
	kalm_verdict_free(v);
	return rc;
}

typedef struct folder {
	char path[64];
} folder;

static void write_file(const char *dir, const char *name, const char *body)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f, "%s", path);
	fputs(body, f);
	fclose(f);
}

static void remove_folder(const folder *f)
{
	const char *names[] = {"en.lex", "pl.lex", "notes.txt", "p.policy"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char path[128];
		snprintf(path, sizeof(path), "%s/%s", f->path, names[i]);
		unlink(path);
	}
	rmdir(f->path);
}

static void make_folder(folder *f)
{
	snprintf(f->path, sizeof(f->path), "/tmp/kalm-oom-XXXXXX");
	cr_assert_not_null(mkdtemp(f->path));
	write_file(f->path, "en.lex", en_lex);
	write_file(f->path, "pl.lex", pl_lex);
	write_file(f->path, "notes.txt", "not a lexicon\n");
}

static kalm_status load_folder(void *ctx)
{
	const folder *f = ctx;
	kalm_model *m = NULL;
	kalm_error err = {0};
	kalm_status rc = kalm_model_load(f->path, &m, &err);
	if (rc == KALM_OK) {
		cr_assert_eq(kalm_model_rule_count(m), 1);
		rc = score_expect(m, 4);
	} else {
		cr_assert_null(m);
		cr_assert_neq(err.message[0], '\0');
	}
	kalm_model_free(m);
	return rc;
}

Test(oom, loading_a_folder)
{
	folder f;
	make_folder(&f);
	cr_assert_gt(exhaust("kalm_model_load", load_folder, &f, 2000), 5);
	remove_folder(&f);
}

typedef struct blob {
	void *data;
	size_t len;
} blob;

static kalm_status open_blob(void *ctx)
{
	const blob *b = ctx;
	kalm_model *m = (kalm_model *)b;
	kalm_error err = {0};
	kalm_status rc = kalm_model_open_blob(b->data, b->len, &m, &err);
	if (rc == KALM_OK)
		rc = score_expect(m, 4);
	else
		cr_assert_null(m);
	kalm_model_free(m);
	return rc;
}

Test(oom, opening_a_blob)
{
	folder f;
	make_folder(&f);
	kalm_model *m;
	cr_assert_eq(kalm_model_load(f.path, &m, NULL), KALM_OK);
	remove_folder(&f);
	blob b;
	const void *data = kalm_model_blob(m, &b.len);
	b.data = malloc(b.len);
	cr_assert_not_null(b.data);
	memcpy(b.data, data, b.len);
	kalm_model_free(m);
	cr_assert_gt(exhaust("kalm_model_open_blob", open_blob, &b, 2000), 3);
	free(b.data);
}

static kalm_status open_default(void *ctx)
{
	(void)ctx;
	kalm_model *m = NULL;
	kalm_status rc = kalm_model_new_default(&m, NULL);
	if (rc == KALM_OK) {
		cr_assert_gt(kalm_model_entry_count(m), 100);
		kalm_verdict *v = NULL;
		rc = kalm_verdict_new(&v);
		/* no scratch: kalm_score makes one for the call */
		if (!rc)
			rc = kalm_score(m, NULL, text, strlen(text), NULL, v, NULL);
		if (!rc)
			cr_assert(kalm_verdict_abusive(v));
		kalm_verdict_free(v);
	} else {
		cr_assert_null(m);
	}
	kalm_model_free(m);
	return rc;
}

Test(oom, the_default_model_and_scoring_without_scratch)
{
	cr_assert_gt(exhaust("kalm_model_new_default", open_default, NULL, 2000), 2);
}

/* kalm_score_many: on a failure, the verdicts before the failed message
 * are complete and the rest are empty. */
static kalm_status score_many(void *ctx)
{
	const kalm_model *m = ctx;
	enum { N = 70 }; /* more than one group */
	kalm_text t[N];
	kalm_verdict *v[N] = {NULL}, *one = NULL;
	kalm_status rc = KALM_OK;
	for (size_t i = 0; i < N && !rc; i++) {
		t[i] = (kalm_text){text, i % 7 ? strlen(text) : 0, KALM_LANG_UNKNOWN};
		rc = kalm_verdict_new(&v[i]);
	}
	if (!rc)
		rc = kalm_verdict_new(&one);
	/* every verdict holds an earlier message's, which must not stay */
	long at = fail_after;
	fail_after = -1;
	for (size_t i = 0; i < N && !rc; i++)
		cr_assert_eq(kalm_score(m, NULL, "idiot", 5, NULL, v[i], NULL),
			     KALM_OK);
	fail_after = at;
	size_t scored = N + 1;
	kalm_error err = {0};
	if (!rc)
		rc = kalm_score_many(m, NULL, t, N, NULL, v, &scored, &err);
	if (rc == KALM_ERR_NO_MEMORY && scored <= N) {
		/* it got that far: what it says of itself holds */
		cr_assert(strstr(err.message, "out of memory"), "%s", err.message);
		at = fail_after;
		fail_after = -1;
		for (size_t i = 0; i < N; i++) {
			if (i < scored) {
				cr_assert_eq(kalm_score(m, NULL, t[i].text, t[i].len,
							NULL, one, NULL),
					     KALM_OK);
				cr_assert_eq(kalm_verdict_match_count(v[i]),
					     kalm_verdict_match_count(one));
				cr_assert_eq(kalm_verdict_score(v[i]),
					     kalm_verdict_score(one));
			} else {
				cr_assert_eq(kalm_verdict_length(v[i]), 0, "%zu", i);
				cr_assert_eq(kalm_verdict_match_count(v[i]), 0);
			}
		}
		fail_after = at;
	} else if (!rc) {
		cr_assert_eq(scored, N);
		cr_assert(kalm_verdict_abusive(v[1]));
	}
	for (size_t i = 0; i < N; i++)
		kalm_verdict_free(v[i]);
	kalm_verdict_free(one);
	return rc;
}

/* The model of en_lex and pl_lex, built with allocation failures off. */
static kalm_model *small_model(void)
{
	long at = fail_after;
	fail_after = -1;
	kalm_builder *b = NULL;
	kalm_model *m = NULL;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", en_lex, strlen(en_lex), NULL),
		     KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "pl.lex", pl_lex, strlen(pl_lex), NULL),
		     KALM_OK);
	cr_assert_eq(kalm_builder_build(b, &m, NULL), KALM_OK);
	kalm_builder_free(b);
	fail_after = at;
	return m;
}

Test(oom, scoring_many_says_how_far_it_got)
{
	kalm_model *m = small_model();
	cr_assert_gt(exhaust("kalm_score_many", score_many, m, 4000), 10);
	kalm_model_free(m);
}

/* kalm_score: a failure leaves the verdict empty, never the verdict of
 * the message scored in it before; with no scratch given, the one made
 * for the call may fail too. */
static kalm_status score_one_again(void *ctx)
{
	const kalm_model *m = ctx;
	kalm_verdict *v = NULL;
	kalm_status rc = kalm_verdict_new(&v);
	if (rc)
		return rc;
	long at = fail_after;
	fail_after = -1;
	cr_assert_eq(kalm_score(m, NULL, "idiot", 5, NULL, v, NULL), KALM_OK);
	cr_assert_eq(kalm_verdict_match_count(v), 1);
	fail_after = at;
	kalm_error err = {0};
	rc = kalm_score(m, NULL, text, strlen(text), NULL, v, &err);
	if (rc == KALM_ERR_NO_MEMORY) {
		cr_assert(strstr(err.message, "out of memory"), "%s", err.message);
		cr_assert_eq(kalm_verdict_length(v), 0);
		cr_assert_eq(kalm_verdict_match_count(v), 0);
		cr_assert_eq(kalm_verdict_score(v), 0.0);
		cr_assert(!kalm_verdict_abusive(v));
	} else if (!rc) {
		cr_assert_eq(kalm_verdict_length(v), strlen(text));
		cr_assert_eq(kalm_verdict_match_count(v), 4);
	}
	kalm_verdict_free(v);
	return rc;
}

Test(oom, scoring_one_leaves_no_earlier_verdict)
{
	kalm_model *m = small_model();
	cr_assert_gt(exhaust("kalm_score", score_one_again, m, 2000), 1);
	kalm_model_free(m);
}

static kalm_status allow_and_build(void *ctx)
{
	(void)ctx;
	kalm_builder *b = NULL;
	kalm_model *m = NULL;
	kalm_error err = {0};
	kalm_status rc = kalm_builder_new(&b);
	if (!rc)
		rc = kalm_builder_add_text(b, "en.lex", en_lex, strlen(en_lex), &err);
	if (!rc)
		rc = kalm_builder_allow(b, "idiotproof", 10, &err);
	if (!rc)
		rc = kalm_builder_build(b, &m, &err);
	if (!rc) /* and the builder is reusable after the allowlist */
		rc = score_expect(m, 2);
	if (!rc) {
		kalm_model_free(m);
		m = NULL;
		rc = kalm_builder_build(b, &m, &err);
	}
	if (!rc)
		rc = score_expect(m, 2);
	kalm_model_free(m);
	kalm_builder_free(b);
	return rc;
}

Test(oom, allow_lists_and_rebuilding)
{
	cr_assert_gt(exhaust("kalm_builder_allow", allow_and_build, NULL, 3000), 10);
}

/* With allocation failures off: BUILDER built now holds no source and no
 * entry (a source that failed left nothing behind). */
static void expect_empty(kalm_builder *builder)
{
	long at = fail_after;
	fail_after = -1;
	kalm_model *m = NULL;
	size_t len = 1;
	cr_assert_eq(kalm_builder_build(builder, &m, NULL), KALM_OK);
	kalm_model_sources(m, &len);
	cr_assert_eq(len, 0, "a failed source left %zu bytes of sources", len);
	cr_assert_eq(kalm_model_entry_count(m), 0);
	kalm_model_free(m);
	fail_after = at;
}

typedef struct source {
	const char *text;
	size_t len;
} source;

/* The language profile alone: a failure leaves the builder without it,
 * so that adding it again is not refused as a second profile. */
static kalm_status add_profile(void *ctx)
{
	const source *profile = ctx;
	kalm_builder *b = NULL;
	kalm_error err = {0};
	kalm_status rc = kalm_builder_new(&b);
	if (rc)
		return rc;
	rc = kalm_builder_add_text(b, "langid.profile", profile->text,
				   profile->len, &err);
	if (rc == KALM_ERR_NO_MEMORY) {
		expect_empty(b);
		long at = fail_after;
		fail_after = -1;
		cr_assert_eq(kalm_builder_add_text(b, "langid.profile",
						   profile->text, profile->len,
						   &err),
			     KALM_OK, "%s", err.message);
		fail_after = at;
	}
	kalm_builder_free(b);
	return rc;
}

Test(oom, a_profile_that_fails_is_not_kept)
{
	kalm_model *m;
	unhook();
	cr_assert_eq(kalm_model_new_default(&m, NULL), KALM_OK);
	hook();
	size_t len;
	const char *p = kalm_model_sources(m, &len), *end = p + len;
	source profile = {NULL, 0};
	while (p < end && !profile.text) {
		const char *text = p + strlen(p) + 1;
		if (strcmp(p, "langid.profile") == 0)
			profile = (source){text, strlen(text)};
		p = text + strlen(text) + 1;
	}
	cr_assert_not_null(profile.text, "the default model has a profile");
	cr_assert_gt(exhaust("kalm_builder_add_text (profile)", add_profile,
			     &profile, 2000), 1);
	unhook();
	kalm_model_free(m);
}

/* The default sources are added all or none. */
static kalm_status add_default(void *ctx)
{
	(void)ctx;
	kalm_builder *b = NULL;
	kalm_status rc = kalm_builder_new(&b);
	if (rc)
		return rc;
	rc = kalm_builder_add_default(b, NULL);
	if (rc == KALM_ERR_NO_MEMORY)
		expect_empty(b);
	kalm_builder_free(b);
	return rc;
}

Test(oom, the_default_sources_are_added_all_or_none)
{
	cr_assert_gt(exhaust("kalm_builder_add_default", add_default, NULL, 2000),
		     10);
}

/* ---- policies ---- */

static const char policy_text[] =
	"limits_before_transfer = 2\n"
	"end_categories = threat, hate\n"
	"placeholder.company = Acme Telecom\n"
	"placeholder.agent = Sam\n"
	"reply.en.transfer = \"I am passing you to {agent|a colleague} now.\"\n"
	"reply.pl.state_limits = \"Prosz\xc4\x99 o kultur\xc4\x99, {company|firma}.\"\n";

static void policy_value(const kalm_policy *p, const char *key, char *buf,
			 size_t cap)
{
	long saved = fail_after;
	fail_after = -1;
	cr_assert_eq(kalm_policy_get(p, key, buf, cap, NULL), KALM_OK, "%s", key);
	fail_after = saved;
}

static kalm_status policy_parse(void *ctx)
{
	(void)ctx;
	kalm_policy *p = NULL;
	kalm_error err = {0};
	kalm_status rc = kalm_policy_new(&p, &err);
	if (rc) {
		cr_assert_null(p);
		return rc;
	}
	char before[2][512], after[2][512];
	policy_value(p, "reply.en.transfer", before[0], sizeof(before[0]));
	policy_value(p, "limits_before_transfer", before[1], sizeof(before[1]));
	rc = kalm_policy_parse(p, "acme.policy", policy_text,
			       strlen(policy_text), &err);
	policy_value(p, "reply.en.transfer", after[0], sizeof(after[0]));
	policy_value(p, "limits_before_transfer", after[1], sizeof(after[1]));
	if (rc) { /* nothing half applied */
		cr_assert_str_eq(before[0], after[0]);
		cr_assert_str_eq(before[1], after[1]);
	} else {
		cr_assert_str_eq(after[1], "2");
		cr_assert_not_null(strstr(after[0], "passing you"));
		rc = kalm_policy_set(p, "placeholder.agent", "Kim", &err);
	}
	kalm_policy_free(p);
	return rc;
}

Test(oom, parsing_and_setting_a_policy)
{
	cr_assert_gt(exhaust("kalm_policy_parse", policy_parse, NULL, 2000), 3);
}

static kalm_status policy_load(void *ctx)
{
	const folder *f = ctx;
	char path[128];
	snprintf(path, sizeof(path), "%s/p.policy", f->path);
	kalm_policy *p = (kalm_policy *)f;
	kalm_status rc = kalm_policy_load(path, &p, NULL);
	if (rc == KALM_OK) {
		char v[64];
		policy_value(p, "placeholder.company", v, sizeof(v));
		cr_assert_str_eq(v, "Acme Telecom");
	} else {
		cr_assert_null(p);
	}
	kalm_policy_free(p);
	return rc;
}

Test(oom, loading_a_policy_file)
{
	folder f;
	make_folder(&f);
	write_file(f.path, "p.policy", policy_text);
	cr_assert_gt(exhaust("kalm_policy_load", policy_load, &f, 2000), 3);
	remove_folder(&f);
}

/* ---- sessions ---- */

static const kalm_model *shared_model;

static const char *const chat[] = {
	"Hello, my router is broken again.",
	"you useless idiot",
	"Ty debilu, nie umiesz czyta\xc4\x87?",
	"I know where you live",
};

static kalm_status feed(kalm_session *s, size_t i, kalm_decision *d)
{
	kalm_message m = {0};
	m.size = sizeof(m);
	m.text = chat[i];
	m.len = strlen(chat[i]);
	m.seconds = 1700000000 + (int64_t)i * 60;
	m.lang = KALM_LANG_UNKNOWN;
	memset(d, 0, sizeof(*d));
	d->size = sizeof(*d);
	return kalm_session_feed(s, &m, d, NULL);
}

/* The session's state as a blob, made with allocation failures off. */
static void snapshot(const kalm_session *s, void **data, size_t *len)
{
	long saved = fail_after;
	fail_after = -1;
	cr_assert_eq(kalm_session_save(s, data, len, NULL), KALM_OK);
	fail_after = saved;
}

static kalm_status session_life(void *ctx)
{
	const kalm_policy *policy = ctx;
	kalm_session *s = NULL, *r = NULL;
	kalm_error err = {0};
	kalm_status rc = kalm_session_new(shared_model, policy, "chat-1", 6, &s,
					  &err);
	if (rc) {
		cr_assert_null(s);
		return rc;
	}
	rc = kalm_session_set_placeholder(s, "agent", "Sam", &err);
	kalm_decision d;
	const kalm_verdict *last = NULL; /* the last decision's verdict */
	double last_score = 0;
	for (size_t i = 0; !rc && i < sizeof(chat) / sizeof(chat[0]); i++) {
		void *before, *after;
		size_t blen, alen;
		snapshot(s, &before, &blen);
		rc = feed(s, i, &d);
		snapshot(s, &after, &alen);
		if (rc) { /* a failed feed changes nothing */
			cr_assert(blen == alen && memcmp(before, after, blen) == 0,
				  "feed %zu failed but changed the session", i);
			/* the verdict the last decision lent is still the
			 * last message's */
			if (last) {
				cr_assert_eq(kalm_verdict_length(last),
					     strlen(chat[i - 1]), "feed %zu", i);
				cr_assert_eq(kalm_verdict_score(last), last_score);
			}
		} else {
			last = d.verdict;
			last_score = kalm_verdict_score(last);
		}
		kalm_free(before);
		kalm_free(after);
	}
	if (!rc)
		cr_assert_eq(d.action, KALM_ACTION_END_SESSION);
	char *json = NULL;
	if (!rc)
		rc = kalm_session_incident_json(s, &json, NULL, &err);
	if (!rc)
		cr_assert_not_null(strstr(json, "chat-1"));
	kalm_free(json);
	void *saved = NULL;
	size_t len = 0;
	if (!rc)
		rc = kalm_session_save(s, &saved, &len, &err);
	if (!rc) {
		r = (kalm_session *)s;
		rc = kalm_session_restore(shared_model, policy, saved, len, &r, &err);
		if (rc)
			cr_assert_null(r);
	}
	if (!rc) {
		kalm_decision d2;
		rc = feed(r, 0, &d2);
		if (!rc)
			cr_assert_eq(d2.action, KALM_ACTION_END_SESSION);
	}
	kalm_free(saved);
	kalm_session_free(r);
	kalm_session_free(s);
	return rc;
}

Test(oom, a_session_from_start_to_restore)
{
	unhook();
	kalm_model *m;
	cr_assert_eq(kalm_model_new_default(&m, NULL), KALM_OK);
	kalm_policy *p;
	cr_assert_eq(kalm_policy_new(&p, NULL), KALM_OK);
	cr_assert_eq(kalm_policy_parse(p, "acme.policy", policy_text,
				       strlen(policy_text), NULL), KALM_OK);
	hook();
	shared_model = m;
	cr_assert_gt(exhaust("session, default policy", session_life, NULL, 5000), 10);
	cr_assert_gt(exhaust("session, own policy", session_life, p, 5000), 10);
	unhook();
	kalm_policy_free(p);
	kalm_model_free(m);
}
