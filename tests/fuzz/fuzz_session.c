/* Sessions: restoring saved blobs, and conversations fed from the input.
 * The first byte picks a mode (its value mod 3):
 *   0: the rest is a saved-session blob, restored as it is;
 *   1: the rest is a blob body, behind a header made valid (magic,
 *      version, length, CRC-32), so the body's reader is what is tested;
 *   2: the rest is a conversation, one message a line; a line's first
 *      byte gives the minutes since the last message and the language.
 * A restored session saves to a blob that restores to the same state; any
 * session feeds, and writes valid UTF-8 JSON. */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

#define HEADER 16 /* "KSES", u16 version, u16 flags, u32 length, u32 crc */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_decision(const kalm_decision *d)
{
	FUZZ_CHECK((unsigned)d->action < KALM_ACTION_COUNT);
	FUZZ_CHECK((unsigned)d->reason < KALM_REASON_COUNT);
	FUZZ_CHECK((unsigned)d->level < KALM_ACTION_COUNT);
	FUZZ_CHECK(d->reply != NULL && strlen(d->reply) == d->reply_len);
	FUZZ_CHECK(fuzz_utf8_valid(d->reply, d->reply_len));
	FUZZ_CHECK(d->reason_text != NULL);
	FUZZ_CHECK(d->score >= 0.0 && d->score <= 1.0);
	FUZZ_CHECK(d->severity >= 0 && d->severity <= 4);
	FUZZ_CHECK((unsigned)d->reply_lang >= KALM_LANG_NL &&
		   (unsigned)d->reply_lang < KALM_LANG_COUNT);
	FUZZ_CHECK(d->verdict != NULL);
}

/* Feed one message; false when the session refused it for its documented
 * limit (2^32 - 1 messages, reachable from a restored blob). */
static bool feed(kalm_session *s, const char *text, size_t len,
		 int64_t seconds, kalm_lang lang, kalm_decision *d)
{
	kalm_message m = {0};
	m.size = sizeof(m);
	m.text = text;
	m.len = len;
	m.seconds = seconds;
	m.lang = lang;
	memset(d, 0, sizeof(*d));
	d->size = sizeof(*d);
	kalm_error err = {0};
	kalm_status rc = kalm_session_feed(s, &m, d, &err);
	if (rc == KALM_ERR_LIMIT) {
		FUZZ_CHECK(err.code == rc &&
			   strstr(err.message, "too many messages") != NULL);
		return false;
	}
	if (rc != KALM_OK)
		fuzz_fail(__FILE__, __LINE__, err.message);
	check_decision(d);
	fuzz_check_verdict(fuzz_default_model(), d->verdict, len, true);
	return true;
}

static void check_json(const kalm_session *s)
{
	char *json = NULL;
	size_t len = 0;
	FUZZ_CHECK(kalm_session_incident_json(s, &json, &len, NULL) == KALM_OK);
	FUZZ_CHECK(json != NULL && strlen(json) == len);
	FUZZ_CHECK(fuzz_utf8_valid(json, len));
	FUZZ_CHECK(len >= 2 && json[0] == '{' && json[len - 1] == '}');
	kalm_free(json);
}

/* Save S, restore the blob, save again: the same bytes.  Then the two
 * sessions decide the same for the same next message. */
static void check_round_trip(kalm_session *s)
{
	const kalm_model *model = fuzz_default_model();
	void *blob = NULL, *blob2 = NULL;
	size_t len = 0, len2 = 0;
	kalm_error err = {0};
	FUZZ_CHECK(kalm_session_save(s, &blob, &len, &err) == KALM_OK);
	FUZZ_CHECK(len <= KALM_SESSION_BLOB_MAX);
	kalm_session *r = NULL;
	if (kalm_session_restore(model, NULL, blob, len, &r, &err) != KALM_OK)
		fuzz_fail(__FILE__, __LINE__, err.message);
	FUZZ_CHECK(kalm_session_save(r, &blob2, &len2, &err) == KALM_OK);
	FUZZ_CHECK(len == len2 && memcmp(blob, blob2, len) == 0);
	size_t idlen, idlen2;
	const char *id = kalm_session_conversation(s, &idlen);
	const char *id2 = kalm_session_conversation(r, &idlen2);
	FUZZ_CHECK(idlen == idlen2 && idlen <= KALM_SESSION_ID_MAX);
	FUZZ_CHECK(idlen == 0 || memcmp(id, id2, idlen) == 0);

	static const char next[] = "you are an idiot";
	kalm_decision a, b;
	bool fed = feed(s, next, sizeof(next) - 1, 1800000000, KALM_LANG_EN,
			&a);
	FUZZ_CHECK(feed(r, next, sizeof(next) - 1, 1800000000, KALM_LANG_EN,
			&b) == fed);
	if (fed) {
		FUZZ_CHECK(a.action == b.action && a.reason == b.reason);
		FUZZ_CHECK(a.messages == b.messages && a.level == b.level);
		FUZZ_CHECK(strcmp(a.reply, b.reply) == 0);
		FUZZ_CHECK(strcmp(a.reason_text, b.reason_text) == 0);
	}
	check_json(s);
	check_json(r);
	kalm_session_free(r);
	kalm_free(blob);
	kalm_free(blob2);
}

static void restore(const uint8_t *blob, size_t len)
{
	kalm_session *s = (kalm_session *)&s; /* must be reset */
	kalm_error err = {0};
	kalm_status rc = kalm_session_restore(fuzz_default_model(), NULL, blob,
					      len, &s, &err);
	if (rc != KALM_OK) {
		FUZZ_CHECK(s == NULL);
		FUZZ_CHECK(rc == KALM_ERR_STATE);
		FUZZ_CHECK(err.code == rc && err.message[0] != '\0');
		return;
	}
	check_json(s);
	check_round_trip(s);
	kalm_session_free(s);
}

static void restore_body(const uint8_t *body, size_t n)
{
	uint8_t *blob = malloc(HEADER + n);
	FUZZ_CHECK(blob != NULL);
	memcpy(blob, "KSES\x01\x00\x00\x00", 8);
	fuzz_put32(blob + 8, (uint32_t)(HEADER + n));
	if (n)
		memcpy(blob + HEADER, body, n);
	fuzz_put32(blob + 12, fuzz_crc32(blob + HEADER, n));
	restore(blob, HEADER + n);
	free(blob);
}

static void converse(const uint8_t *data, size_t size)
{
	kalm_session *s = NULL;
	FUZZ_CHECK(kalm_session_new(fuzz_default_model(), NULL, "fuzz", 4, &s,
				    NULL) == KALM_OK);
	int64_t now = 1700000000;
	unsigned fed = 0;
	kalm_action level = KALM_ACTION_RESPOND_CALMLY;
	bool ended = false;
	for (size_t i = 0; i < size && fed < 64;) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t end = nl ? (size_t)(nl - data) : size;
		const char *text = (const char *)data + i;
		size_t len = end - i;
		kalm_lang lang = KALM_LANG_UNKNOWN;
		if (len > 0) {
			now += (int64_t)(data[i] & 0x3F) * 3600;
			lang = (kalm_lang)((data[i] >> 6) % KALM_LANG_COUNT);
		}
		kalm_decision d;
		/* a new session is far from the message limit */
		FUZZ_CHECK(feed(s, text, len, now, lang, &d));
		FUZZ_CHECK(d.messages == ++fed);
		if (ended) /* an ended session stays ended */
			FUZZ_CHECK(d.action == KALM_ACTION_END_SESSION);
		ended = ended || d.action == KALM_ACTION_END_SESSION;
		if (!d.expired && !ended)
			FUZZ_CHECK(d.level >= level);
		level = d.level;
		i = end + 1;
	}
	check_json(s);
	check_round_trip(s);
	kalm_session_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	switch (data[0] % 3) {
	case 0:
		restore(data + 1, size - 1);
		break;
	case 1:
		restore_body(data + 1, size - 1);
		break;
	default:
		converse(data + 1, size - 1);
		break;
	}
	return 0;
}
