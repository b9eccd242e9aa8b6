/* Scoring arbitrary bytes with the default model.  The first byte picks a
 * language hint (or none); the rest is the message.  Every verdict must
 * keep the invariants of fuzz_check_verdict, and scoring with a reused
 * scratch, with no scratch and with no options must agree; so must
 * kalm_score_many over the message's lines (for half the inputs) and
 * each line scored alone. */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

#define LINES 80 /* more than one group of kalm_score_many */

static kalm_scratch *scratch;
static kalm_verdict *verdict, *other, *lines[LINES];

static void cleanup(void)
{
	for (int i = 0; i < LINES; i++)
		kalm_verdict_free(lines[i]);
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
		for (int i = 0; i < LINES; i++)
			FUZZ_CHECK(kalm_verdict_new(&lines[i]) == KALM_OK);
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

	/* The lines as a batch (the last takes the rest), every other one
	 * with a hint of its own: each verdict as kalm_score gives it.  For
	 * half the inputs, so that the time goes to new inputs too. */
	if (data[0] & 0x40)
		return 0;
	kalm_text t[LINES];
	size_t n = 0;
	for (size_t at = 0; at <= len && n < LINES;) {
		const char *nl = n + 1 < LINES ? memchr(text + at, '\n', len - at)
					       : NULL;
		size_t end = nl ? (size_t)(nl - text) : len;
		t[n] = (kalm_text){text + at, end - at,
				   n % 2 ? (kalm_lang)(n / 2 % KALM_LANG_COUNT)
					 : KALM_LANG_UNKNOWN};
		n++;
		at = end + 1;
	}
	size_t scored = 0;
	FUZZ_CHECK(kalm_score_many(model, scratch, t, n,
				   with_options ? &opt : NULL, lines, &scored,
				   &err) == KALM_OK);
	FUZZ_CHECK(scored == n);
	for (size_t i = 0; i < n; i++) {
		kalm_score_options one = {sizeof(one),
					  t[i].lang_hint ? t[i].lang_hint
					  : with_options ? hint
							 : KALM_LANG_UNKNOWN};
		FUZZ_CHECK(kalm_score(model, scratch, t[i].text, t[i].len, &one,
				      other, &err) == KALM_OK);
		fuzz_check_same(lines[i], other);
	}
	return 0;
}
