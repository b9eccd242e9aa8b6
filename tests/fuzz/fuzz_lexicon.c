/* Lexicon parsing and compiling: the input is the text of one lexicon
 * source, its name (and so its language or kind) picked by the first
 * byte.  A build that succeeds gives a model that scores the fixed sample
 * messages within the invariants and whose blob reopens to the same
 * model; a build that fails says why. */
#include "fuzz_common.h"

#include <string.h>

static const char *const names[] = {
	"en.lex", "nl.lex", "pl.lex", "af.lex", "common.lex", "allow.lex",
	"fuzz.txt", "langid.profile",
};
#define NNAMES (sizeof(names) / sizeof(names[0]))

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_error(kalm_status rc, const kalm_error *err)
{
	FUZZ_CHECK(rc < 0);
	FUZZ_CHECK(err->code == rc);
	FUZZ_CHECK(err->message[0] != '\0');
	FUZZ_CHECK(memchr(err->message, '\0', sizeof(err->message)) != NULL);
	FUZZ_CHECK(memchr(err->file, '\0', sizeof(err->file)) != NULL);
	FUZZ_CHECK(rc != KALM_ERR_ARGUMENT);
}

static void check_model(kalm_model *model)
{
	fuzz_score_samples(model, true);
	size_t entries = kalm_model_entry_count(model);
	size_t rules = kalm_model_rule_count(model);
	for (uint32_t id = 0; id < entries + rules; id++) {
		kalm_entry_info info;
		FUZZ_CHECK(kalm_model_entry(model, id, &info) == KALM_OK);
		FUZZ_CHECK(info.term && info.source);
		FUZZ_CHECK((unsigned)info.lang < KALM_LANG_COUNT);
	}
	size_t len;
	const void *blob = kalm_model_blob(model, &len);
	kalm_model *again = NULL;
	kalm_error err = {0};
	kalm_status rc = kalm_model_open_blob(blob, len, &again, &err);
	if (rc != KALM_OK)
		fuzz_fail(__FILE__, __LINE__, err.message);
	FUZZ_CHECK(kalm_model_entry_count(again) == entries);
	FUZZ_CHECK(kalm_model_rule_count(again) == rules);
	FUZZ_CHECK(kalm_model_threshold(again) == kalm_model_threshold(model));
	kalm_model_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	const char *name = names[data[0] % NNAMES];
	const char *text = (const char *)data + 1;
	size_t len = size - 1;

	kalm_builder *b = NULL;
	FUZZ_CHECK(kalm_builder_new(&b) == KALM_OK);
	kalm_error err = {0};
	kalm_status rc = kalm_builder_add_text(b, name, text, len, &err);
	if (rc != KALM_OK) {
		check_error(rc, &err);
		/* A refused source leaves the builder usable. */
		memset(&err, 0, sizeof(err));
		rc = kalm_builder_add_text(b, "en.lex", "idiot insult 2\n", 15, &err);
		FUZZ_CHECK(rc == KALM_OK);
	}
	kalm_model *model = NULL;
	memset(&err, 0, sizeof(err));
	rc = kalm_builder_build(b, &model, &err);
	if (rc == KALM_OK) {
		FUZZ_CHECK(model != NULL);
		check_model(model);
		kalm_model_free(model);
	} else {
		FUZZ_CHECK(model == NULL);
		check_error(rc, &err);
	}
	kalm_builder_free(b);
	return 0;
}
