/* Scoring arbitrary bytes with the default model.  The first byte picks a
 * language hint (or none); the rest is the message.  Every verdict must
 * keep the invariants of fuzz_check_verdict, and scoring with a reused
 * scratch, with no scratch and with no options must agree. */
#include "fuzz_common.h"

#include <stdlib.h>

static kalm_scratch *scratch;
static kalm_verdict *verdict, *other;

static void cleanup(void)
{
	kalm_verdict_free(other);
	kalm_verdict_free(verdict);
	kalm_scratch_free(scratch);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const kalm_model *model = fuzz_default_model();
	if (!scratch) {
		FUZZ_CHECK(kalm_scratch_new(&scratch) == KALM_OK);
		FUZZ_CHECK(kalm_verdict_new(&verdict) == KALM_OK);
		FUZZ_CHECK(kalm_verdict_new(&other) == KALM_OK);
		atexit(cleanup);
	}
	if (size == 0)
		return 0;
	kalm_lang hint = (kalm_lang)(data[0] % KALM_LANG_COUNT);
	bool with_options = data[0] < 128;
	const char *text = (const char *)data + 1;
	size_t len = size - 1;

	kalm_score_options opt = {sizeof(opt), hint};
	kalm_error err = {0};
	FUZZ_CHECK(kalm_score(model, scratch, text, len,
			      with_options ? &opt : NULL, verdict, &err) == KALM_OK);
	fuzz_check_verdict(model, verdict, len, true);
	if (!with_options || hint == KALM_LANG_UNKNOWN) {
		double confidence;
		kalm_lang guess = kalm_verdict_language_guess(verdict, &confidence);
		FUZZ_CHECK(kalm_verdict_language(verdict) == guess);
		FUZZ_CHECK(kalm_detect_language(model, text, len, NULL) == guess);
	}

	/* A fresh scratch sees the same text the same way. */
	FUZZ_CHECK(kalm_score(model, NULL, text, len, with_options ? &opt : NULL,
			      other, &err) == KALM_OK);
	fuzz_check_same(verdict, other);

	/* And with no hint at all, the invariants still hold. */
	if (with_options) {
		FUZZ_CHECK(kalm_score(model, scratch, text, len, NULL, other,
				      &err) == KALM_OK);
		fuzz_check_verdict(model, other, len, true);
	}
	return 0;
}
