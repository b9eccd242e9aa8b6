/* Policy text: kalm_policy_parse on arbitrary bytes.  A refused text
 * leaves the policy exactly as it was and names file:line:column; an
 * accepted one gives values that read back, set again to the same text,
 * and drive a session whose replies are valid UTF-8. */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VALUE_MAX 8192 /* a template is at most 2048 bytes */

static const char *const fixed_keys[] = {
	"abuse_threshold", "untargeted_severity", "transfer_severity",
	"end_categories", "end_severity", "limits_before_transfer",
	"transfers_before_end", "warning_seconds",
	"placeholder.company", "placeholder.agent",
};
#define NFIXED (sizeof(fixed_keys) / sizeof(fixed_keys[0]))
#define NKEYS (NFIXED + 4 * KALM_ACTION_COUNT)

static const char *const langs[] = {"nl", "af", "pl", "en"};

typedef struct snapshot {
	char key[NKEYS][64];
	char value[NKEYS][VALUE_MAX];
} snapshot;

static snapshot before, after, again;

static void take(const kalm_policy *p, snapshot *s)
{
	size_t n = 0;
	for (size_t i = 0; i < NFIXED; i++)
		snprintf(s->key[n++], sizeof(s->key[0]), "%s", fixed_keys[i]);
	for (size_t l = 0; l < 4; l++)
		for (int a = 0; a < KALM_ACTION_COUNT; a++) {
			char *k = s->key[n++];
			snprintf(k, sizeof(s->key[0]), "reply.%s.%s", langs[l],
				 kalm_action_name((kalm_action)a));
			for (char *c = k; *c; c++) /* the names are upper case */
				if (*c >= 'A' && *c <= 'Z')
					*c = (char)(*c - 'A' + 'a');
		}
	for (size_t i = 0; i < NKEYS; i++) {
		kalm_error err = {0};
		kalm_status rc = kalm_policy_get(p, s->key[i], s->value[i],
						 VALUE_MAX, &err);
		if (rc != KALM_OK)
			fuzz_fail(__FILE__, __LINE__, err.message);
	}
}

static void same(const snapshot *a, const snapshot *b)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (strcmp(a->value[i], b->value[i]) != 0) {
			fprintf(stderr, "%s: \"%s\" became \"%s\"\n", a->key[i],
				a->value[i], b->value[i]);
			fuzz_fail(__FILE__, __LINE__, "policy value changed");
		}
}

/* Every value read back sets a fresh policy to the same text. */
static void round_trip(const snapshot *s)
{
	kalm_policy *p = NULL;
	FUZZ_CHECK(kalm_policy_new(&p, NULL) == KALM_OK);
	for (size_t i = 0; i < NKEYS; i++) {
		kalm_error err = {0};
		if (kalm_policy_set(p, s->key[i], s->value[i], &err) != KALM_OK) {
			fprintf(stderr, "%s = \"%s\"\n", s->key[i], s->value[i]);
			fuzz_fail(__FILE__, __LINE__, err.message);
		}
	}
	take(p, &again);
	same(s, &again);
	kalm_policy_free(p);
}

static const char *const messages[] = {
	"Hello, where is my refund?",
	"you stupid idiot",
	"jy is 'n simpel poes",
	"I know where you live",
	"ok thanks",
};

static void converse(const kalm_policy *policy)
{
	kalm_session *s = NULL;
	kalm_error err = {0};
	FUZZ_CHECK(kalm_session_new(fuzz_default_model(), policy, "c1", 2, &s,
				    &err) == KALM_OK);
	for (size_t i = 0; i < sizeof(messages) / sizeof(messages[0]); i++) {
		kalm_message m = {0};
		m.size = sizeof(m);
		m.text = messages[i];
		m.len = strlen(messages[i]);
		m.seconds = 1700000000 + (int64_t)i * 60;
		m.lang = (kalm_lang)(i % KALM_LANG_COUNT);
		kalm_decision d = {0};
		d.size = sizeof(d);
		FUZZ_CHECK(kalm_session_feed(s, &m, &d, &err) == KALM_OK);
		FUZZ_CHECK((unsigned)d.action < KALM_ACTION_COUNT);
		FUZZ_CHECK((unsigned)d.reason < KALM_REASON_COUNT);
		FUZZ_CHECK(d.reply != NULL && strlen(d.reply) == d.reply_len);
		FUZZ_CHECK(fuzz_utf8_valid(d.reply, d.reply_len));
		FUZZ_CHECK(d.reason_text != NULL);
	}
	char *json = NULL;
	size_t len = 0;
	FUZZ_CHECK(kalm_session_incident_json(s, &json, &len, &err) == KALM_OK);
	FUZZ_CHECK(strlen(json) == len && fuzz_utf8_valid(json, len));
	kalm_free(json);
	kalm_session_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kalm_policy *p = NULL;
	FUZZ_CHECK(kalm_policy_new(&p, NULL) == KALM_OK);
	take(p, &before);
	kalm_error err = {0};
	kalm_status rc = kalm_policy_parse(p, "fuzz.policy", (const char *)data,
					   size, &err);
	if (rc != KALM_OK) {
		FUZZ_CHECK(rc == KALM_ERR_SYNTAX || rc == KALM_ERR_LIMIT);
		FUZZ_CHECK(err.code == rc && err.message[0] != '\0');
		if (rc == KALM_ERR_SYNTAX)
			FUZZ_CHECK(err.line >= 1 &&
				   strcmp(err.file, "fuzz.policy") == 0);
		take(p, &after);
		same(&before, &after);
	} else {
		take(p, &after);
		round_trip(&after);
		converse(p);
	}
	kalm_policy_free(p);
	return 0;
}
