/* Per-code-point table derived at build time from ICU and utf8proc
 * (tools/gen_chartab.c): one lookup per code point at run time. */
#ifndef KALM_CHARTAB_H
#define KALM_CHARTAB_H

#include <stdint.h>

enum {
	CT_LETTER = 0x01, /* part of words (letters, letter numbers) */
	CT_DIGIT = 0x02,  /* decimal digit; fold is the ASCII digit */
	CT_SPACE = 0x04,  /* white space or control; fold is " " or "\n" */
	CT_IGNORE = 0x08, /* combining mark, format or default-ignorable */
	CT_UPPER = 0x10,  /* upper- or titlecase letter (for shouting) */
	CT_IDENT = 0x20,  /* fold is the code point itself */
	CT_SYMBOL = 0x40, /* emoji and other symbols: a word of its own */
	CT_QUOTE = 0x80   /* a double quotation mark of any script */
};

/* Fold: NFKC case folding, homoglyphs of other scripts to Latin,
 * diacritics removed, Latin letters to ASCII where they have a form. */
typedef struct kalm_charinfo {
	uint16_t off; /* fold bytes at kalm_chartab_pool[off] */
	uint8_t len;  /* fold length in bytes (0: drop) */
	uint8_t flags;
} kalm_charinfo;

#define CT_SHIFT 6
#define CT_BLOCK (1u << CT_SHIFT)

extern const uint16_t kalm_chartab_stage1[0x110000 >> CT_SHIFT];
extern const kalm_charinfo kalm_chartab_stage2[];
extern const uint8_t kalm_chartab_pool[];

/* Letters of other scripts that look like a Latin letter only as written
 * (capitals such as "Т", small letters drawn like Latin small capitals
 * such as "т", letters with marks such as "ή"), whose fold keeps them:
 * code point << 8 | the ASCII letter, ascending.  They read as that
 * letter inside words that have ASCII letters ("idioт"), not in words of
 * their own script ("как" is Russian, not "kak"). */
extern const uint32_t kalm_chartab_lookalike[];
extern const uint32_t kalm_chartab_lookalikes;

static inline const kalm_charinfo *chartab_get(uint32_t cp)
{
	return &kalm_chartab_stage2[((uint32_t)kalm_chartab_stage1[cp >> CT_SHIFT]
				     << CT_SHIFT) | (cp & (CT_BLOCK - 1))];
}

/* The Latin letter that CP reads as beside ASCII letters, or 0. */
static inline uint8_t chartab_lookalike(uint32_t cp)
{
	uint32_t lo = 0, hi = kalm_chartab_lookalikes;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2, e = kalm_chartab_lookalike[mid];
		if (e >> 8 == cp)
			return (uint8_t)e;
		if (e >> 8 < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

#endif
