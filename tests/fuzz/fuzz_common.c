/* Helpers shared by the fuzz targets (see fuzz_common.h). */
#include "fuzz_common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
	abort();
}

static kalm_model *default_model;

static void free_default_model(void)
{
	kalm_model_free(default_model);
	default_model = NULL;
}

const kalm_model *fuzz_default_model(void)
{
	if (!default_model) {
		kalm_error err = {0};
		if (kalm_model_new_default(&default_model, &err) != KALM_OK) {
			fprintf(stderr, "default model: %s\n", err.message);
			abort();
		}
		atexit(free_default_model);
	}
	return default_model;
}

static bool unit(double x)
{
	return !isnan(x) && x >= 0.0 && x <= 1.0;
}

void fuzz_check_verdict(const kalm_model *model, const kalm_verdict *v,
			size_t len, bool strict)
{
	double score = kalm_verdict_score(v);
	FUZZ_CHECK(unit(score));
	FUZZ_CHECK(kalm_verdict_abusive(v) ==
		   (score > 0 && score >= kalm_model_threshold(model)));
	int severity = kalm_verdict_severity(v);
	FUZZ_CHECK(severity >= 0 && severity <= 4);
	if (strict)
		FUZZ_CHECK((severity > 0) == (score > 0));
	if (kalm_verdict_targeted(v))
		FUZZ_CHECK(severity > 0 || !strict);
	double top = 0;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		double s = kalm_verdict_category(v, (kalm_category)c);
		FUZZ_CHECK(unit(s));
		if (kalm_category_is_abuse((kalm_category)c) && s > top)
			top = s;
	}
	FUZZ_CHECK(top == score);
	FUZZ_CHECK((unsigned)kalm_verdict_language(v) < KALM_LANG_COUNT);
	double confidence = -1;
	FUZZ_CHECK((unsigned)kalm_verdict_language_guess(v, &confidence) <
		   KALM_LANG_COUNT);
	FUZZ_CHECK(unit(confidence));
	FUZZ_CHECK(kalm_verdict_length(v) == len);
	FUZZ_CHECK(kalm_verdict_invalid_bytes(v) <= len);

	size_t count = kalm_verdict_match_count(v);
	size_t total = kalm_verdict_match_total(v);
	FUZZ_CHECK(count <= KALM_MATCH_LIMIT);
	FUZZ_CHECK(count == (total < KALM_MATCH_LIMIT ? total : KALM_MATCH_LIMIT));
	size_t prev_start = 0;
	for (size_t i = 0; i < count; i++) {
		kalm_match m;
		FUZZ_CHECK(kalm_verdict_match(v, i, &m) == KALM_OK);
		FUZZ_CHECK(m.start <= m.end);
		FUZZ_CHECK(m.start < len && m.end <= len);
		FUZZ_CHECK(m.start >= prev_start); /* text order */
		prev_start = m.start;
		FUZZ_CHECK((unsigned)m.category < KALM_CAT_COUNT);
		FUZZ_CHECK(m.severity >= (strict ? 1 : 0) && m.severity <= 4);
		FUZZ_CHECK(!(m.counted && m.negated));
		kalm_entry_info info;
		FUZZ_CHECK(kalm_model_entry(model, m.entry, &info) == KALM_OK);
		FUZZ_CHECK(info.term && info.source);
		FUZZ_CHECK(m.rule == (m.entry >= kalm_model_entry_count(model)));
	}
	kalm_match m;
	FUZZ_CHECK(kalm_verdict_match(v, count, &m) == KALM_ERR_NOT_FOUND);
}

void fuzz_check_same(const kalm_verdict *a, const kalm_verdict *b)
{
	FUZZ_CHECK(kalm_verdict_score(a) == kalm_verdict_score(b));
	FUZZ_CHECK(kalm_verdict_abusive(a) == kalm_verdict_abusive(b));
	FUZZ_CHECK(kalm_verdict_severity(a) == kalm_verdict_severity(b));
	FUZZ_CHECK(kalm_verdict_targeted(a) == kalm_verdict_targeted(b));
	FUZZ_CHECK(kalm_verdict_language(a) == kalm_verdict_language(b));
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		FUZZ_CHECK(kalm_verdict_category(a, (kalm_category)c) ==
			   kalm_verdict_category(b, (kalm_category)c));
	FUZZ_CHECK(kalm_verdict_match_total(a) == kalm_verdict_match_total(b));
	size_t n = kalm_verdict_match_count(a);
	FUZZ_CHECK(n == kalm_verdict_match_count(b));
	for (size_t i = 0; i < n; i++) {
		kalm_match x, y;
		kalm_verdict_match(a, i, &x);
		kalm_verdict_match(b, i, &y);
		FUZZ_CHECK(x.start == y.start && x.end == y.end &&
			   x.entry == y.entry && x.category == y.category &&
			   x.severity == y.severity && x.counted == y.counted &&
			   x.targeted == y.targeted && x.negated == y.negated);
	}
}

static const char *const samples[] = {
	"you useless idiot",
	"Ty debilu, nie umiesz czytać?",
	"Jou simpel poes, waar is my geld?",
	"Wat een kankerlijer ben jij, ik wil mijn geld terug!",
	"I know where you live",
	"this is the THIRD time, I want a refund NOW!!!",
	"k u r w a, znowu nie działa",
	"f.u.c.k this 1d10t router",
	"",
};

void fuzz_score_samples(const kalm_model *model, bool strict)
{
	kalm_scratch *s = NULL;
	kalm_verdict *v = NULL;
	FUZZ_CHECK(kalm_scratch_new(&s) == KALM_OK);
	FUZZ_CHECK(kalm_verdict_new(&v) == KALM_OK);
	for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		size_t len = strlen(samples[i]);
		kalm_score_options opt = {sizeof(opt), (kalm_lang)(i % KALM_LANG_COUNT)};
		FUZZ_CHECK(kalm_score(model, s, samples[i], len, &opt, v, NULL) ==
			   KALM_OK);
		fuzz_check_verdict(model, v, len, strict);
	}
	kalm_verdict_free(v);
	kalm_scratch_free(s);
}

/* Not instrumented: a checksum loop over megabytes teaches the fuzzer
 * nothing and would dominate its time. */
#if defined(__clang__)
__attribute__((no_sanitize("coverage")))
#endif
uint32_t fuzz_crc32(const void *data, size_t len)
{
	static uint32_t table[256];
	if (!table[1])
		for (uint32_t i = 0; i < 256; i++) {
			uint32_t c = i;
			for (int k = 0; k < 8; k++)
				c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
			table[i] = c;
		}
	const uint8_t *p = data;
	uint32_t crc = 0xFFFFFFFFu;
	for (size_t i = 0; i < len; i++)
		crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
	return ~crc;
}

void fuzz_put32(uint8_t *p, uint32_t v)
{
	for (int k = 0; k < 4; k++)
		p[k] = (uint8_t)(v >> (8 * k));
}

bool fuzz_utf8_valid(const char *str, size_t len)
{
	const uint8_t *s = (const uint8_t *)str;
	for (size_t i = 0; i < len;) {
		uint8_t c = s[i];
		size_t n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2
			 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
		if (n == 0 || i + n > len)
			return false;
		for (size_t k = 1; k < n; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
		if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0) ||
		    (c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
			return false;
		i += n;
	}
	return true;
}
