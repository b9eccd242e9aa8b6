/* Shared by the libFuzzer targets: the default model, made once, and the
 * invariants every verdict must keep whatever the input was. */
#ifndef KALM_FUZZ_COMMON_H
#define KALM_FUZZ_COMMON_H

#include <kalm.h>

#include <stddef.h>
#include <stdint.h>

/* A broken invariant is a crash for libFuzzer: print what and abort. */
#define FUZZ_CHECK(cond)                                                  \
	do {                                                              \
		if (!(cond))                                              \
			fuzz_fail(__FILE__, __LINE__, #cond);             \
	} while (0)

_Noreturn void fuzz_fail(const char *file, int line, const char *what);

/* The built-in model, opened on first use and kept for the process. */
const kalm_model *fuzz_default_model(void);

/* Check VERDICT, the result of scoring TEXT[0..LEN) with MODEL: spans in
 * the text, scores in [0, 1], abusive consistent with the threshold,
 * entries that exist.  STRICT adds what holds for models compiled from
 * lexicon text (every severity 1..4, so a score > 0 has a severity). */
void fuzz_check_verdict(const kalm_model *model, const kalm_verdict *verdict,
			size_t len, bool strict);

/* Do two verdicts of the same text agree in every detail? */
void fuzz_check_same(const kalm_verdict *a, const kalm_verdict *b);

/* Score a few fixed messages in the four languages with MODEL and check
 * each verdict. */
void fuzz_score_samples(const kalm_model *model, bool strict);

/* CRC-32 (IEEE), the checksum model and session blobs carry. */
uint32_t fuzz_crc32(const void *data, size_t len);

/* Little-endian stores into blob headers. */
void fuzz_put32(uint8_t *p, uint32_t v);

/* True when S[0..LEN) is valid UTF-8. */
bool fuzz_utf8_valid(const char *s, size_t len);

#endif
