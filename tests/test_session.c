/*
 * Sessions: the escalation ladder, replies, the incident record and saved
 * state.  A small lexicon built here keeps the ladder tests independent of
 * the shipped lexicons; the abuse threshold is set to 0 so that they test
 * the ladder, not the scorer's calibration.
 */
#include <criterion/criterion.h>
#include <kalm.h>

#include "../examples/kalm/jsonin.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static const char test_lexicon[] =
	"@lang en\n"
	"idiot       insult 2 target\n"
	"moron       insult 2 target\n"
	"scum        insult 4 target\n"
	"damn        profanity 1\n"
	"kill        threat 4 target\n"
	"tits        sexual 4 target\n"
	"unacceptable frustration 1\n"
	"you         you\n"
	"your        you\n"
	"not         negator\n";

typedef struct fixture {
	kalm_model *model;
	kalm_policy *policy;
	kalm_session *session;
} fixture;

static kalm_model *test_model(void)
{
	kalm_builder *b = NULL;
	kalm_model *m = NULL;
	kalm_error err;
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", test_lexicon,
					   sizeof test_lexicon - 1, &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s",
		     err.message);
	kalm_builder_free(b);
	return m;
}

/* A session on the test model; KEY = VALUE pairs adjust the policy. */
static fixture open_session(const char *const *settings)
{
	fixture f;
	kalm_error err;
	f.model = test_model();
	cr_assert_eq(kalm_policy_new(&f.policy, &err), KALM_OK);
	cr_assert_eq(kalm_policy_set(f.policy, "abuse_threshold", "0", &err),
		     KALM_OK);
	for (size_t i = 0; settings && settings[i]; i += 2)
		cr_assert_eq(kalm_policy_set(f.policy, settings[i],
					     settings[i + 1], &err),
			     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_session_new(f.model, f.policy, "c-1", 3, &f.session,
				      &err),
		     KALM_OK, "%s", err.message);
	return f;
}

static void close_session(fixture *f)
{
	kalm_session_free(f->session);
	kalm_policy_free(f->policy);
	kalm_model_free(f->model);
}

static kalm_decision feed_lang(kalm_session *s, int64_t seconds,
			       const char *text, kalm_lang lang)
{
	kalm_message msg;
	memset(&msg, 0, sizeof msg);
	msg.size = sizeof msg;
	msg.text = text;
	msg.len = strlen(text);
	msg.seconds = seconds;
	msg.lang = lang;
	kalm_decision d;
	memset(&d, 0, sizeof d);
	d.size = sizeof d;
	kalm_error err;
	cr_assert_eq(kalm_session_feed(s, &msg, &d, &err), KALM_OK, "%s",
		     err.message);
	return d;
}

static kalm_decision feed(kalm_session *s, int64_t seconds, const char *text)
{
	return feed_lang(s, seconds, text, KALM_LANG_EN);
}

#define expect_action(d, want)                                              \
	cr_expect_eq((d).action, want, "got %s (%s)",                        \
		     kalm_action_name((d).action), (d).reason_text)

Test(session, clean_message_gets_a_calm_reply)
{
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, "Hello, my order has not arrived.");
	expect_action(d, KALM_ACTION_RESPOND_CALMLY);
	cr_expect_eq(d.reason, KALM_REASON_CLEAN);
	cr_expect_not(d.abusive);
	cr_expect_gt(d.reply_len, 20);
	cr_expect_eq(strlen(d.reply), d.reply_len);
	cr_expect_eq(d.messages, 1);
	close_session(&f);
}

Test(session, frustration_and_untargeted_swearing_stay_calm)
{
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, "This is unacceptable.");
	expect_action(d, KALM_ACTION_RESPOND_CALMLY);
	cr_expect_eq(d.reason, KALM_REASON_FRUSTRATION);
	d = feed(f.session, 10, "This damn router is broken again.");
	expect_action(d, KALM_ACTION_RESPOND_CALMLY);
	cr_expect_eq(d.reason, KALM_REASON_UNTARGETED);
	cr_expect_eq(d.level, KALM_ACTION_RESPOND_CALMLY);
	close_session(&f);
}

Test(session, ladder_climbs_and_remembers_warnings)
{
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, "You idiot.");
	expect_action(d, KALM_ACTION_STATE_LIMITS);
	cr_expect_eq(d.reason, KALM_REASON_FIRST_ABUSE);
	cr_expect(d.targeted);
	cr_expect_not_null(strstr(d.reason_text, "idiot"), "%s", d.reason_text);

	d = feed(f.session, 30, "Sorry. Can you please fix it?");
	expect_action(d, KALM_ACTION_RESPOND_CALMLY);
	cr_expect_eq(d.level, KALM_ACTION_STATE_LIMITS, "warning forgotten");
	cr_expect_not_null(strstr(d.reason_text, "STATE_LIMITS"), "%s",
			   d.reason_text);

	d = feed(f.session, 60, "You moron.");
	expect_action(d, KALM_ACTION_TRANSFER);
	cr_expect_eq(d.reason, KALM_REASON_REPEATED_ABUSE);

	d = feed(f.session, 90, "You idiot!");
	expect_action(d, KALM_ACTION_END_SESSION);
	cr_expect_eq(d.reason, KALM_REASON_ABUSE_AFTER_TRANSFER);

	d = feed(f.session, 120, "Thank you.");
	expect_action(d, KALM_ACTION_END_SESSION);
	cr_expect_eq(d.reason, KALM_REASON_ENDED);
	cr_expect_eq(d.messages, 5);
	close_session(&f);
}

Test(session, threats_and_sexual_harassment_end_at_once)
{
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, "I will kill you.");
	expect_action(d, KALM_ACTION_END_SESSION);
	cr_expect_eq(d.reason, KALM_REASON_END_CATEGORY);
	close_session(&f);

	f = open_session(NULL);
	d = feed(f.session, 0, "Send me your tits.");
	expect_action(d, KALM_ACTION_END_SESSION);
	cr_expect(d.categories & 1u << KALM_CAT_SEXUAL);
	close_session(&f);
}

/* The ladder reads the matches past the verdict's list too: a threat after
 * more insults than a verdict lists still ends the session, and the
 * reason counts every match. */
Test(session, a_threat_after_a_flood_of_insults_still_ends)
{
	enum { N = KALM_MATCH_LIMIT + 100 };
	static char text[N * 10 + 32];
	for (size_t i = 0; i < N; i++)
		memcpy(text + 10 * i, "you idiot ", 10);
	strcpy(text + 10 * N, "I will kill you.");
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, text);
	expect_action(d, KALM_ACTION_END_SESSION);
	cr_expect_eq(d.reason, KALM_REASON_END_CATEGORY);
	cr_expect(d.categories & 1u << KALM_CAT_THREAT);
	cr_expect_eq(d.severity, 4);
	char more[64];
	snprintf(more, sizeof more, " and %d more", N);
	cr_expect_not_null(strstr(d.reason_text, more), "%s", d.reason_text);
	cr_expect_not_null(strstr(d.reason_text, "threat"), "%s", d.reason_text);
	cr_expect_gt(kalm_verdict_match_total(d.verdict),
		     kalm_verdict_match_count(d.verdict));
	/* the next message, shorter, has nothing past its list */
	d = feed(f.session, 1, "idiot");
	cr_expect_eq(kalm_verdict_match_total(d.verdict), 1);
	close_session(&f);

	/* the flood alone climbs as its first insult does */
	f = open_session(NULL);
	text[10 * N] = '\0';
	d = feed(f.session, 0, text);
	expect_action(d, KALM_ACTION_STATE_LIMITS);
	cr_expect(!(d.categories & 1u << KALM_CAT_THREAT));
	close_session(&f);
}

Test(session, end_categories_follow_the_policy)
{
	static const char *const settings[] = {"end_categories", "sexual",
					       NULL};
	fixture f = open_session(settings);
	kalm_decision d = feed(f.session, 0, "I will kill you.");
	/* Not an end category now: a severe first abuse is transferred. */
	expect_action(d, KALM_ACTION_TRANSFER);
	cr_expect_eq(d.reason, KALM_REASON_SEVERE_ABUSE);
	close_session(&f);
}

Test(session, severe_first_abuse_is_transferred)
{
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, "You scum.");
	expect_action(d, KALM_ACTION_TRANSFER);
	cr_expect_eq(d.reason, KALM_REASON_SEVERE_ABUSE);
	cr_expect_eq(d.severity, 4);
	close_session(&f);
}

Test(session, negated_insult_is_not_abuse)
{
	fixture f = open_session(NULL);
	kalm_decision d = feed(f.session, 0, "You are not an idiot.");
	expect_action(d, KALM_ACTION_RESPOND_CALMLY);
	close_session(&f);
}

Test(session, policy_counts_are_honoured)
{
	static const char *const settings[] = {"limits_before_transfer", "2",
					       "transfers_before_end", "0",
					       NULL};
	fixture f = open_session(settings);
	expect_action(feed(f.session, 0, "You idiot."),
		      KALM_ACTION_STATE_LIMITS);
	kalm_decision d = feed(f.session, 10, "You moron.");
	expect_action(d, KALM_ACTION_STATE_LIMITS);
	cr_expect_eq(d.reason, KALM_REASON_REPEATED_ABUSE);
	cr_expect_eq(d.limits_stated, 2);
	expect_action(feed(f.session, 20, "You idiot."),
		      KALM_ACTION_END_SESSION);
	close_session(&f);
}

Test(session, warnings_lapse_after_warning_seconds_and_say_so)
{
	static const char *const settings[] = {"warning_seconds", "60", NULL};
	fixture f = open_session(settings);
	expect_action(feed(f.session, 0, "You idiot."),
		      KALM_ACTION_STATE_LIMITS);
	kalm_decision d = feed(f.session, 200, "Hello again.");
	expect_action(d, KALM_ACTION_RESPOND_CALMLY);
	cr_expect(d.expired);
	cr_expect_eq(d.level, KALM_ACTION_RESPOND_CALMLY);
	cr_expect_not_null(strstr(d.reason_text, "lapsed"), "%s",
			   d.reason_text);
	d = feed(f.session, 210, "You moron.");
	expect_action(d, KALM_ACTION_STATE_LIMITS);
	cr_expect_not(d.expired);
	/* Within the window the warning counts. */
	expect_action(feed(f.session, 260, "You idiot."),
		      KALM_ACTION_TRANSFER);
	close_session(&f);
}

Test(session, warnings_without_limit_never_lapse)
{
	static const char *const settings[] = {"warning_seconds", "0", NULL};
	fixture f = open_session(settings);
	expect_action(feed(f.session, 0, "You idiot."),
		      KALM_ACTION_STATE_LIMITS);
	expect_action(feed(f.session, 100000000, "You idiot."),
		      KALM_ACTION_TRANSFER);
	close_session(&f);
}

Test(session, replies_follow_the_customer_language)
{
	fixture f = open_session(NULL);
	char want[4096];
	kalm_decision d = feed_lang(f.session, 0, "Goedemiddag", KALM_LANG_NL);
	cr_expect_eq(d.reply_lang, KALM_LANG_NL);
	cr_assert_eq(kalm_policy_get(f.policy, "reply.nl.respond_calmly", want,
				     sizeof want, NULL),
		     KALM_OK);
	cr_expect_str_eq(d.reply, want);
	d = feed_lang(f.session, 5, "Dzień dobry", KALM_LANG_PL);
	cr_expect_eq(d.reply_lang, KALM_LANG_PL);
	close_session(&f);

	f = open_session(NULL);
	d = feed_lang(f.session, 0, "12345", KALM_LANG_UNKNOWN);
	cr_expect_eq(d.reply_lang, KALM_LANG_EN);
	close_session(&f);
}

Test(session, placeholders_fill_templates_session_first)
{
	static const char *const settings[] = {
		"reply.en.state_limits",
		"I am {agent|an agent} of {company}, {{not}} {missing}here.",
		"placeholder.company", "Acme", "placeholder.agent", "Policy",
		NULL};
	fixture f = open_session(settings);
	kalm_error err;
	cr_assert_eq(kalm_session_set_placeholder(f.session, "agent", "Sam",
						  &err),
		     KALM_OK);
	cr_expect_eq(kalm_session_set_placeholder(f.session, "Bad Name", "x",
						  &err),
		     KALM_ERR_ARGUMENT);
	kalm_decision d = feed(f.session, 0, "You idiot.");
	cr_expect_str_eq(d.reply, "I am Sam of Acme, {not} here.");
	close_session(&f);

	/* The default end_session template reads well without values. */
	f = open_session(NULL);
	d = feed(f.session, 0, "I will kill you.");
	cr_expect_null(strchr(d.reply, '{'), "%s", d.reply);
	cr_expect_not_null(strstr(d.reply, "Our company"), "%s", d.reply);
	close_session(&f);
}

Test(session, policy_is_copied_into_the_session)
{
	fixture f = open_session(NULL);
	kalm_policy_set(f.policy, "limits_before_transfer", "0", NULL);
	expect_action(feed(f.session, 0, "You idiot."),
		      KALM_ACTION_STATE_LIMITS);
	close_session(&f);
}

static bool valid_utf8(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1
				  : c >= 0xE0 && c <= 0xEF ? 2
				  : c >= 0xF0 && c <= 0xF4 ? 3 : 99;
		if (n == 99 || i + n >= len + (n == 0))
			return false;
		for (size_t k = 1; k <= n; k++)
			if (((unsigned char)s[i + k] & 0xC0) != 0x80)
				return false;
		i += n + 1;
	}
	return true;
}

static char *incident(kalm_session *s, size_t *len)
{
	char *json = NULL;
	kalm_error err;
	cr_assert_eq(kalm_session_incident_json(s, &json, len, &err), KALM_OK,
		     "%s", err.message);
	cr_assert_eq(strlen(json), *len);
	jsonin_object obj = {0};
	char msg[128];
	cr_assert_eq(jsonin_parse(json, *len, &obj, msg, sizeof msg), 0,
		     "invalid JSON (%s): %s", msg, json);
	cr_assert(valid_utf8(json, *len), "invalid UTF-8: %s", json);
	jsonin_free(&obj);
	return json;
}

Test(session, incident_record_redacts_and_times_messages)
{
	fixture f = open_session(NULL);
	feed(f.session, 1700000000, "Hello.");
	feed(f.session, 1700000060, "You idiot, you absolute moron.");
	size_t len;
	char *json = incident(f.session, &len);
	cr_expect_not_null(strstr(json, "\"conversation\":\"c-1\""), "%s", json);
	cr_expect_not_null(strstr(json, "\"started\":\"2023-11-14T22:13:20Z\""),
			   "%s", json);
	cr_expect_not_null(strstr(json, "\"time\":\"2023-11-14T22:14:20Z\""),
			   "%s", json);
	cr_expect_not_null(
		strstr(json, "\"excerpt\":\"You i****, you absolute m****.\""),
		"%s", json);
	cr_expect_not_null(strstr(json, "\"categories\":[\"insult\"]"), "%s",
			   json);
	cr_expect_not_null(strstr(json, "\"action\":\"STATE_LIMITS\""), "%s",
			   json);
	cr_expect_not_null(strstr(json, "\"reason\":\"first_abuse\""), "%s",
			   json);
	/* The clean message is not an incident. */
	cr_expect_null(strstr(json, "\"message\":1,"), "%s", json);
	kalm_free(json);
	close_session(&f);
}

Test(session, incident_record_is_valid_json_for_any_bytes)
{
	kalm_model *model = test_model();
	kalm_session *s;
	static const char id[] = "id\"\\\x01\xff\xc3\x28\x00end";
	cr_assert_eq(kalm_session_new(model, NULL, id, sizeof id - 1, &s, NULL),
		     KALM_OK);
	srand(7);
	char text[600];
	for (int round = 0; round < 300; round++) {
		size_t len = (size_t)rand() % sizeof text;
		for (size_t i = 0; i < len; i++)
			text[i] = (char)(rand() % 256);
		if (round % 3 == 0 && len > 20)
			memcpy(text + len / 2, " you idiot ", 11);
		kalm_message msg = {sizeof msg, text, len, round * 7 - 50,
				    (kalm_lang)(round % 6), NULL};
		kalm_decision d;
		memset(&d, 0, sizeof d);
		d.size = sizeof d;
		cr_assert_eq(kalm_session_feed(s, &msg, &d, NULL), KALM_OK);
		cr_assert(valid_utf8(d.reason_text, strlen(d.reason_text)));
	}
	size_t len;
	char *json = incident(s, &len);
	cr_expect_not_null(strstr(json, "\"omitted\":"), "%s", json);
	kalm_free(json);
	kalm_session_free(s);
	kalm_model_free(model);
}

static void *save(kalm_session *s, size_t *len)
{
	void *blob = NULL;
	kalm_error err;
	cr_assert_eq(kalm_session_save(s, &blob, len, &err), KALM_OK, "%s",
		     err.message);
	cr_assert_leq(*len, KALM_SESSION_BLOB_MAX);
	return blob;
}

Test(session, saved_state_continues_elsewhere)
{
	fixture f = open_session(NULL);
	kalm_session_set_placeholder(f.session, "agent", "Sam", NULL);
	expect_action(feed(f.session, 100, "You idiot."),
		      KALM_ACTION_STATE_LIMITS);
	size_t len, len1, len2;
	void *blob = save(f.session, &len);
	char *before = incident(f.session, &len1);

	kalm_session *r = NULL;
	kalm_error err;
	cr_assert_eq(kalm_session_restore(f.model, f.policy, blob, len, &r,
					  &err),
		     KALM_OK, "%s", err.message);
	char *after = incident(r, &len2);
	cr_expect_str_eq(before, after);
	size_t idlen;
	const char *id = kalm_session_conversation(r, &idlen);
	cr_expect_eq(idlen, 3);
	cr_expect_eq(memcmp(id, "c-1", 3), 0);

	/* The restored session remembers the warning. */
	kalm_decision d = feed(r, 150, "You moron.");
	expect_action(d, KALM_ACTION_TRANSFER);
	cr_expect_eq(d.messages, 2);
	kalm_free(before);
	kalm_free(after);
	kalm_free(blob);
	kalm_session_free(r);
	close_session(&f);
}

static void put32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* The documented limit: a session that has counted 2^32 - 1 messages
 * refuses the next with KALM_ERR_LIMIT and stays as it was (a blob is the
 * only way to get there in a test). */
Test(session, message_count_limit_is_an_error_not_a_wrap)
{
	fixture f = open_session(NULL);
	feed(f.session, 0, "You idiot.");
	size_t len;
	unsigned char *blob = save(f.session, &len);
	/* body: ended, lang, reserved(2), limits(4), transfers(4), messages */
	unsigned char *count = blob + 16 + 12;
	cr_assert_eq(kalm_rd32(count), 1);
	put32(count, UINT32_MAX - 1);
	put32(blob + 12, kalm_crc32(0, blob + 16, len - 16));
	kalm_session *r = NULL;
	kalm_error err;
	cr_assert_eq(kalm_session_restore(f.model, NULL, blob, len, &r, &err),
		     KALM_OK, "%s", err.message);
	kalm_decision d = feed(r, 10, "Fine.");
	cr_expect_eq(d.messages, UINT32_MAX);
	size_t before_len, after_len;
	void *before = save(r, &before_len);

	kalm_message msg = {sizeof msg, "You moron.", 10, 20, KALM_LANG_EN,
			    NULL};
	memset(&d, 0, sizeof d);
	d.size = sizeof d;
	cr_expect_eq(kalm_session_feed(r, &msg, &d, &err), KALM_ERR_LIMIT);
	cr_expect_eq(err.code, KALM_ERR_LIMIT);
	cr_expect_not_null(strstr(err.message, "too many messages"), "%s",
			   err.message);
	void *after = save(r, &after_len);
	cr_expect(before_len == after_len &&
			  memcmp(before, after, before_len) == 0,
		  "a refused message changed the session");
	/* Saved at the limit, it restores and refuses again. */
	kalm_session *r2 = NULL;
	cr_assert_eq(kalm_session_restore(f.model, NULL, after, after_len, &r2,
					  &err),
		     KALM_OK, "%s", err.message);
	cr_expect_eq(kalm_session_feed(r2, &msg, &d, &err), KALM_ERR_LIMIT);
	kalm_session_free(r2);
	kalm_free(before);
	kalm_free(after);
	kalm_free(blob);
	kalm_session_free(r);
	close_session(&f);
}

Test(session, corrupt_truncated_and_foreign_blobs_are_refused)
{
	fixture f = open_session(NULL);
	feed(f.session, 0, "You idiot.");
	feed(f.session, 10, "Fine.");
	size_t len;
	unsigned char *blob = save(f.session, &len);
	unsigned char *copy = malloc(len);
	kalm_session *r = NULL;
	kalm_error err;
	for (size_t i = 0; i < len; i++) {
		for (int bit = 0; bit < 8; bit += 3) {
			memcpy(copy, blob, len);
			copy[i] ^= (unsigned char)(1u << bit);
			cr_expect_eq(kalm_session_restore(f.model, NULL, copy,
							  len, &r, &err),
				     KALM_ERR_STATE, "flip at byte %zu", i);
			cr_expect_null(r);
		}
	}
	for (size_t n = 0; n < len; n++) {
		cr_expect_eq(kalm_session_restore(f.model, NULL, blob, n, &r,
						  &err),
			     KALM_ERR_STATE, "truncated to %zu", n);
	}
	cr_expect_not_null(strstr(err.message, "truncated"), "%s",
			   err.message);
	static const char foreign[] = "{\"not\": \"a session\"} padding....";
	cr_expect_eq(kalm_session_restore(f.model, NULL, foreign,
					  sizeof foreign, &r, &err),
		     KALM_ERR_STATE);
	cr_expect_not_null(strstr(err.message, "magic"), "%s", err.message);
	/* A newer version is named as such. */
	memcpy(copy, blob, len);
	copy[4] = 9;
	cr_expect_eq(kalm_session_restore(f.model, NULL, copy, len, &r, &err),
		     KALM_ERR_STATE);
	cr_expect_not_null(strstr(err.message, "version 9"), "%s", err.message);
	free(copy);
	kalm_free(blob);
	close_session(&f);
}

Test(session, blob_size_is_bounded_by_the_documented_limit)
{
	fixture f = open_session(NULL);
	char name[40], value[KALM_PLACEHOLDER_VALUE_MAX + 1];
	memset(value, 'v', KALM_PLACEHOLDER_VALUE_MAX);
	value[KALM_PLACEHOLDER_VALUE_MAX] = '\0';
	for (int i = 0; i < 8; i++) {
		snprintf(name, sizeof name, "name_%d_padding_to_32_bytes_", i);
		cr_assert_eq(kalm_session_set_placeholder(f.session, name, value,
							  NULL),
			     KALM_OK);
	}
	char text[1000];
	memset(text, 'x', sizeof text - 1);
	text[sizeof text - 1] = '\0';
	for (int i = 0; i < 100; i++) {
		memcpy(text + (i * 37) % 900, " you idiot \xff ", 13);
		feed(f.session, i, text);
	}
	size_t len;
	void *blob = save(f.session, &len);
	cr_expect_gt(len, 8000, "the test should fill the blob (%zu)", len);
	kalm_session *r;
	cr_expect_eq(kalm_session_restore(f.model, NULL, blob, len, &r, NULL),
		     KALM_OK);
	kalm_session_free(r);
	char *json = incident(f.session, &len);
	cr_expect_not_null(strstr(json, "\"omitted\":68"), "%s", json);
	cr_expect_not_null(strstr(json, "\"messages\":100"), "%s", json);
	kalm_free(json);
	kalm_free(blob);
	close_session(&f);
}

Test(session, arguments_are_checked)
{
	kalm_model *model = test_model();
	kalm_session *s = NULL;
	kalm_error err;
	char id[KALM_SESSION_ID_MAX + 1] = {0};
	cr_expect_eq(kalm_session_new(NULL, NULL, "x", 1, &s, &err),
		     KALM_ERR_ARGUMENT);
	cr_expect_eq(kalm_session_new(model, NULL, id, sizeof id, &s, &err),
		     KALM_ERR_LIMIT);
	cr_assert_eq(kalm_session_new(model, NULL, NULL, 0, &s, &err), KALM_OK);
	kalm_message msg = {sizeof msg, "hi", 2, 0, KALM_LANG_EN, NULL};
	kalm_decision d = {0};
	cr_expect_eq(kalm_session_feed(s, &msg, &d, &err), KALM_ERR_ARGUMENT,
		     "decision size not set");
	/* An older, smaller decision record is filled up to its size. */
	d.size = offsetof(kalm_decision, reply);
	d.reply = "untouched";
	cr_expect_eq(kalm_session_feed(s, &msg, &d, &err), KALM_OK);
	cr_expect_str_eq(d.reply, "untouched");
	cr_expect_eq(d.action, KALM_ACTION_RESPOND_CALMLY);
	cr_expect_eq(kalm_session_feed(NULL, &msg, &d, &err), KALM_ERR_ARGUMENT);
	cr_expect_eq(kalm_session_incident_json(NULL, NULL, NULL, &err),
		     KALM_ERR_ARGUMENT);
	cr_expect_eq(kalm_session_save(NULL, NULL, NULL, &err),
		     KALM_ERR_ARGUMENT);
	/* a refused call leaves no stale pointer or length to free or read */
	char *json = (char *)&err;
	void *blob = &err;
	size_t len = 77;
	cr_expect_eq(kalm_session_incident_json(NULL, &json, &len, &err),
		     KALM_ERR_ARGUMENT);
	cr_expect_null(json);
	cr_expect_eq(len, 0);
	len = 77;
	cr_expect_eq(kalm_session_save(NULL, &blob, &len, &err),
		     KALM_ERR_ARGUMENT);
	cr_expect_null(blob);
	cr_expect_eq(len, 0);
	blob = &err;
	cr_expect_eq(kalm_session_save(s, &blob, NULL, &err), KALM_ERR_ARGUMENT);
	cr_expect_null(blob);
	kalm_session *r = s;
	cr_expect_eq(kalm_session_restore(model, NULL, NULL, 0, &r, &err),
		     KALM_ERR_STATE);
	cr_expect_null(r);
	kalm_session_free(s);
	kalm_session_free(NULL);
	kalm_model_free(model);
}

/* An allocator that fails after a budget of allocations. */
static long budget;
static void *tight_malloc(size_t n)
{
	return budget-- > 0 ? malloc(n) : NULL;
}
static void *tight_realloc(void *p, size_t n)
{
	return budget-- > 0 ? realloc(p, n) : NULL;
}

Test(session, allocation_failure_leaves_the_session_unchanged)
{
	fixture f = open_session(NULL);
	feed(f.session, 0, "You idiot.");
	bool failed = false, succeeded = false;
	for (long n = 0; n < 200 && !succeeded; n++) {
		budget = n;
		kalm_set_allocator(tight_malloc, tight_realloc, free);
		kalm_message msg = {sizeof msg, "You moron.", 10, 5,
				    KALM_LANG_EN, NULL};
		kalm_decision d;
		memset(&d, 0, sizeof d);
		d.size = sizeof d;
		kalm_status st = kalm_session_feed(f.session, &msg, &d, NULL);
		kalm_set_allocator(NULL, NULL, NULL);
		if (st == KALM_OK) {
			succeeded = true;
			expect_action(d, KALM_ACTION_TRANSFER);
			cr_expect_eq(d.messages, 2);
		} else {
			cr_expect_eq(st, KALM_ERR_NO_MEMORY);
			failed = true;
		}
	}
	cr_expect(succeeded);
	(void)failed;

	/* Restoring runs out of memory, not into a "corrupt" verdict. */
	void *saved;
	size_t saved_len;
	cr_assert_eq(kalm_session_save(f.session, &saved, &saved_len, NULL),
		     KALM_OK);
	bool restored = false;
	for (long n = 0; n < 200 && !restored; n++) {
		kalm_session *r = NULL;
		budget = n;
		kalm_set_allocator(tight_malloc, tight_realloc, free);
		kalm_status st = kalm_session_restore(f.model, f.policy, saved,
						      saved_len, &r, NULL);
		kalm_set_allocator(NULL, NULL, NULL);
		if (st == KALM_OK) {
			restored = true;
			kalm_session_free(r);
		} else {
			cr_expect_eq(st, KALM_ERR_NO_MEMORY, "budget %ld: %s", n,
				     kalm_status_str(st));
			cr_expect_null(r);
		}
	}
	cr_expect(restored);
	kalm_free(saved);

	/* The record and the blob fail cleanly too, and work afterwards. */
	for (long n = 0; n < 3; n++) {
		char *json = NULL;
		void *blob = NULL;
		size_t len;
		budget = n;
		kalm_set_allocator(tight_malloc, tight_realloc, free);
		kalm_status a = kalm_session_incident_json(f.session, &json,
							   &len, NULL);
		budget = n;
		kalm_status b = kalm_session_save(f.session, &blob, &len, NULL);
		kalm_set_allocator(NULL, NULL, NULL);
		cr_expect_eq(a, KALM_ERR_NO_MEMORY, "budget %ld", n);
		cr_expect_eq(b, KALM_ERR_NO_MEMORY, "budget %ld", n);
		cr_expect_null(json);
		cr_expect_null(blob);
	}
	close_session(&f);
}

/* ------------------------------------------------------------------ */
/* The chat command's input reader and the command itself              */

Test(chat_input, reads_escapes_and_surrogate_pairs)
{
	static const char line[] =
		"{\"conversation\": \"a\\\"b\", \"seconds\": 12.5, "
		"\"text\": \"h\\u00e9 \\ud83d\\ude00 \\ud800x \\u0000!\", "
		"\"extra\": [1, {\"x\": [true, null]}], \"lang\": \"nl\"}";
	jsonin_object obj = {0};
	char msg[128];
	cr_assert_eq(jsonin_parse(line, sizeof line - 1, &obj, msg, sizeof msg),
		     0, "%s", msg);
	const jsonin_member *m = jsonin_get(&obj, "text");
	cr_assert_not_null(m);
	cr_assert_eq(m->type, JSONIN_STRING);
	static const char want[] = "h\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbdx \0!";
	cr_assert_eq(m->len, sizeof want - 1);
	cr_expect_eq(memcmp(m->str, want, m->len), 0);
	m = jsonin_get(&obj, "seconds");
	cr_assert_not_null(m);
	cr_expect_eq(m->type, JSONIN_NUMBER);
	cr_expect_float_eq(m->number, 12.5, 1e-9);
	cr_expect_str_eq(jsonin_get(&obj, "conversation")->str, "a\"b");
	cr_expect_eq(jsonin_get(&obj, "extra")->type, JSONIN_ARRAY);
	cr_expect_null(jsonin_get(&obj, "missing"));
	jsonin_free(&obj);
}

Test(chat_input, malformed_lines_name_the_column)
{
	static const char *const bad[][2] = {
		{"{\"a\" 1}", "column 6"},
		{"{\"a\": 01}", "column 8"},
		{"{\"a\": \"x}", "column 10"},
		{"{\"a\": \"\\q\"}", "column 9"},
		{"[1]", "column 1"},
		{"{\"a\": 1,}", "column 9"},
		{"{\"a\": 1} x", "column 10"},
		{"{\"a\": tru}", "column 7"},
		{"{\"a\": \"\\u12\"}", "column 10"},
		{"", "column 1"},
	};
	jsonin_object obj = {0};
	char msg[128];
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		cr_expect_eq(jsonin_parse(bad[i][0], strlen(bad[i][0]), &obj,
					  msg, sizeof msg),
			     -1, "accepted: %s", bad[i][0]);
		cr_expect_not_null(strstr(msg, bad[i][1]), "%s: %s", bad[i][0],
				   msg);
	}
	char deep[300];
	memset(deep, '[', sizeof deep);
	memcpy(deep, "{\"a\":", 5);
	cr_expect_eq(jsonin_parse(deep, sizeof deep, &obj, msg, sizeof msg), -1);
	cr_expect_not_null(strstr(msg, "deeply"), "%s", msg);
	jsonin_free(&obj);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "%s", path);
	char *buf = malloc(1 << 16);
	*len = fread(buf, 1, (1 << 16) - 1, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	cr_assert_not_null(f, "%s", path);
	fputs(text, f);
	fclose(f);
}

/* Run `kalm chat` on INPUT with the test lexicon; returns the exit code. */
static int run_chat(const char *input, char **out, char **incidents,
		    char **errs)
{
	const char *cli = getenv("KALM_CLI");
	if (!cli)
		cr_skip_test("KALM_CLI not set");
	char dir[] = "/tmp/kalm-chat-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	char path[6][256], cmd[2048];
	static const char *const names[] = {"en.lex", "p.policy", "in.jsonl",
					    "out", "inc", "err"};
	for (int i = 0; i < 6; i++)
		snprintf(path[i], sizeof path[i], "%s/%s", dir, names[i]);
	write_file(path[0], test_lexicon);
	write_file(path[1], "abuse_threshold = 0\n");
	write_file(path[2], input);
	snprintf(cmd, sizeof cmd,
		 "'%s' chat --model '%s' --policy '%s' --incidents '%s' "
		 "< '%s' > '%s' 2> '%s'",
		 cli, dir, path[1], path[4], path[2], path[3], path[5]);
	int status = system(cmd);
	size_t len;
	*out = read_all(path[3], &len);
	*errs = read_all(path[5], &len);
	FILE *f = fopen(path[4], "rb");
	if (f) {
		fclose(f);
		*incidents = read_all(path[4], &len);
	} else {
		*incidents = NULL;
	}
	for (int i = 0; i < 6; i++)
		remove(path[i]);
	remove(dir);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Line I (0-based) of TEXT, checked to be one JSON object. */
static char *nth_line(char *text, int i)
{
	char *p = text;
	for (; i > 0 && p; i--) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	cr_assert(p && *p, "missing output line");
	static char line[8192];
	size_t n = strcspn(p, "\n");
	cr_assert_lt(n, sizeof line);
	memcpy(line, p, n);
	line[n] = '\0';
	jsonin_object obj = {0};
	char msg[128];
	cr_expect_eq(jsonin_parse(line, n, &obj, msg, sizeof msg), 0,
		     "%s: %s", msg, line);
	jsonin_free(&obj);
	return line;
}

Test(chat, cli_follows_interleaved_conversations_in_order)
{
	char *out, *inc, *errs;
	int rc = run_chat(
		"{\"conversation\": \"a\", \"seconds\": 0, \"text\": \"You idiot.\", \"lang\": \"en\"}\n"
		"{\"conversation\": \"b\", \"seconds\": 5, \"text\": \"Goedemiddag \\u00e9 \\ud83d\\ude00\", \"lang\": \"nl\"}\n"
		"\n"
		"{\"conversation\": \"a\", \"seconds\": 10, \"text\": \"You moron.\"}\n"
		"{\"text\": \"no id \\u0001\"}\n",
		&out, &inc, &errs);
	cr_assert_eq(rc, 0, "exit %d: %s", rc, errs);
	char *l = nth_line(out, 0);
	cr_expect_not_null(strstr(l, "\"conversation\": \"a\""), "%s", l);
	cr_expect_not_null(strstr(l, "\"action\": \"STATE_LIMITS\""), "%s", l);
	l = nth_line(out, 1);
	cr_expect_not_null(strstr(l, "\"conversation\": \"b\""), "%s", l);
	cr_expect_not_null(strstr(l, "\"action\": \"RESPOND_CALMLY\""), "%s", l);
	cr_expect_not_null(strstr(l, "\"lang\": \"nl\""), "%s", l);
	l = nth_line(out, 2);
	cr_expect_not_null(strstr(l, "\"action\": \"TRANSFER\""), "%s", l);
	l = nth_line(out, 3);
	cr_expect_not_null(strstr(l, "\"conversation\": \"default\""), "%s", l);
	cr_expect_null(strchr(strchr(out, '\0') - 1, '{'));
	cr_assert_not_null(inc);
	cr_expect_not_null(strstr(nth_line(inc, 0), "\"conversation\":\"a\""));
	cr_expect_not_null(strstr(nth_line(inc, 1), "\"conversation\":\"b\""));
	cr_expect_not_null(
		strstr(nth_line(inc, 2), "\"conversation\":\"default\""));
	free(out);
	free(inc);
	free(errs);
}

Test(chat, cli_stops_at_a_malformed_line_naming_it)
{
	char *out, *inc, *errs;
	int rc = run_chat("{\"text\": \"fine\"}\n"
			  "{\"text\": \"broken\"\n"
			  "{\"text\": \"never read\"}\n",
			  &out, &inc, &errs);
	cr_expect_eq(rc, 1);
	cr_expect_not_null(strstr(errs, "line 2"), "%s", errs);
	cr_expect_not_null(strstr(out, "RESPOND_CALMLY"), "%s", out);
	cr_expect_null(strstr(out, "\n{"), "only one line: %s", out);
	free(out);
	free(inc);
	free(errs);

	rc = run_chat("{\"text\": 5}\n", &out, &inc, &errs);
	cr_expect_eq(rc, 1);
	cr_expect_not_null(strstr(errs, "line 1: \"text\" must be a string"),
			   "%s", errs);
	free(out);
	free(inc);
	free(errs);
}
