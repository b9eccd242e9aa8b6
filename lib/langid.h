/* Language identification for nl, af, pl and en (langid.c). */
#ifndef KALM_LANGID_H
#define KALM_LANGID_H

#include "internal.h"

typedef struct langid_result {
	kalm_lang guess;       /* from the text alone; UNKNOWN without evidence */
	double confidence;     /* 0..1 for guess */
	kalm_lang used;        /* what the lexicons should use, hint considered */
	float scores[KALM_LANG_COUNT]; /* per-language posterior, index = kalm_lang */
} langid_result;

/*
 * Compile the text form of a language profile (lexicons/langid.profile)
 * into the compact binary section stored in a model blob; append it to OUT.
 * NAME is used in error messages (file:line:column, KALM_ERR_SYNTAX).
 */
int langid_profile_compile(const char *name, const char *text, size_t len,
			   kbuf *out, kalm_error *err);

/* Check a compiled profile taken from an untrusted blob: every offset and
 * count in range.  Returns 0 when it is safe to use, -1 otherwise. */
int langid_profile_check(const uint8_t *profile, size_t len);

/*
 * Costs of words already read, kept between guesses by one thread (a
 * scoring scratch holds one): words seen before cost one probe.  It never
 * changes a guess, only its speed.  Plain memory of langid_memo_size(BITS)
 * bytes for 2^BITS words (0 for BITS out of range); langid_memo_init
 * makes it an empty memo of that size.
 */
#define LANGID_MEMO_BITS_MIN 4
#define LANGID_MEMO_BITS_MAX 24
typedef struct langid_memo langid_memo;
size_t langid_memo_size(unsigned bits);
void langid_memo_init(langid_memo *memo, unsigned bits);
unsigned langid_memo_bits(const langid_memo *memo); /* its BITS */

/*
 * Guess the language of TEXT (the caller's original UTF-8 bytes: possibly
 * invalid, may contain NULs).  HINT is the host's locale or UNKNOWN: a
 * prior, not a blindfold.  MEMO may be NULL; SERIAL names the model the
 * profile belongs to (kalm_model.serial): a memo filled for another is
 * emptied first.  Thread-safe for distinct memos, no allocation.
 */
void langid_guess(const uint8_t *profile, size_t profile_len,
		  const char *text, size_t len, kalm_lang hint,
		  langid_memo *memo, uint64_t serial, langid_result *out);

#endif
