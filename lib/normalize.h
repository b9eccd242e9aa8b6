/* Text normalisation (normalize.c): the caller's bytes become a folded
 * "view" in which lexicon terms and phrase rules match, with a map from
 * every view byte back to the original bytes it came from. */
#ifndef KALM_NORMALIZE_H
#define KALM_NORMALIZE_H

#include "internal.h"

/* The byte standing for a masked letter ("f*ck") in the view. */
#define VIEW_MASK '*'
/* As the other reading of a byte (kview.alt): none, the byte may be read
 * as nothing (a leet symbol that starts or ends a word, "@sshole", may be
 * a mark: "@john"). */
#define VIEW_NONE 0x01

enum {
	TOK_QUOTED = 0x01, /* between quotation marks */
	TOK_SYMBOL = 0x02, /* an emoji or other symbol */
	TOK_NUMBER = 0x04, /* digits only */
	TOK_JOINED = 0x08, /* letters spelled out with separators, joined */
	TOK_MASKED = 0x10, /* contains masking characters */
	TOK_PLAIN = 0x40,  /* ASCII letters (apostrophes between them)
			    * without a leet reading, a mask or a letter
			    * three times in a row: known plain (not set does
			    * not say otherwise) */
	TOK_LINKED = 0x80, /* the next word follows after one space or
			    * hyphen: terms of several words cross there */
	TOK_MASKLINK = 0x100 /* the next word follows after marks that may
			      * mask its letters: one to three '*' or '#',
			      * both words of three letters or more at that
			      * end, or one '.' or '-', one of two letters or
			      * fewer: the two may be one word whose letters
			      * there are masked ("motherf*cker", "id.ot"),
			      * or two ("idiot*moron", "top-up") */
};

typedef struct ktoken {
	uint32_t start, end; /* [start, end) in the view */
	uint32_t clause;     /* clause number: changes at , ; : . ! ? */
	uint32_t sentence;   /* sentence number: changes at . ! ? and lines */
	uint16_t flags;
} ktoken;

/* Message-wide counts for intensity (shouting) and diagnostics. */
typedef struct kstats {
	size_t letters, upper;  /* letters, and those written in capitals */
	size_t exclaim_runs;    /* runs of two or more '!' */
	size_t invalid;         /* invalid UTF-8 bytes */
} kstats;

/* One code point of input after the table lookup (internal to pass 1/2). */
typedef struct kunit {
	uint32_t start, end; /* original bytes, relative to the segment */
	uint16_t off;        /* fold in the chartab pool (unless CT_IDENT) */
	uint8_t len;         /* fold length */
	uint8_t flags;       /* CT_* */
	uint8_t kind;        /* U_* in normalize.c */
} kunit;

typedef struct krun {
	uint32_t lo, hi; /* units kept as the word: [lo, hi) */
	uint32_t i, j;   /* all units of the run: [i, j) */
	uint32_t letters;
	uint8_t single;  /* the word is one letter, joinable */
} krun;

/* A view byte whose original offset does not follow from the one before
 * (kview.jump). */
typedef struct kjump {
	uint32_t at;  /* the view byte */
	uint32_t src; /* where its unit starts in the segment */
} kjump;

typedef struct kview {
	uint8_t *text;     /* the phrase view (valid UTF-8) */
	uint8_t *alt;      /* other letter this byte may stand for (leet), or 0 */
	/* Where each view byte comes from in the segment: asked of
	 * view_src_start and view_src_end.  The general path writes both
	 * offsets of every byte (src_start, src_end: MAPPED); the one-pass
	 * path only the bytes that do not come from the byte after the one
	 * before's (JUMP, in order), a space between words coming from the
	 * unit after it: most view bytes are letters and marks copied one
	 * for one, and most views are never asked. */
	uint32_t *src_start, *src_end;
	kjump *jump;
	size_t njump;
	bool mapped;
	size_t len, cap;
	ktoken *tok;
	size_t ntok, tokcap;
	size_t base; /* offset of the segment in the caller's text */
	/* working memory */
	kunit *unit;
	size_t nunit, unitcap;
	krun *run;
	size_t nrun, runcap;
	const uint8_t *seg; /* the segment's original bytes */
	size_t alt_dirty;   /* alt bytes from here on are 0 */
	kunit ascii[128];   /* the unit of each ASCII byte, but its span */
	uint8_t ascii_bits[128]; /* what pass 1 asks of it (UB_* in normalize.c) */
	uint8_t ascii_class[128]; /* what the one-pass path makes of it (A_*) */
	size_t direct_views; /* segments the one-pass path wrote (tests read it) */
	bool ascii_ready;
	bool ascii_marks;   /* ' ' is a space, '.', ',' and '?' marks
			     * written as they are, none a quotation mark:
			     * the one-pass loop over usual words holds */
	bool ascii_letters; /* ASCII letters fold by lower-casing: the fast
			     * paths for them, and the one-pass path for whole
			     * segments, hold (tests turn them off to compare
			     * with the unit-by-unit way) */
} kview;

/* Normalise SEG[0..LEN) (LEN < 2^31) into VIEW, whose offsets are relative
 * to SEG; BASE is recorded for the caller.  Adds to STATS.  Allocates only
 * when VIEW's buffers must grow.  Returns 0 or KALM_ERR_NO_MEMORY. */
int view_build(kview *view, const uint8_t *seg, size_t len, size_t base,
	       kstats *stats);
void view_free(kview *view);

/* The offsets in the segment of the original bytes that view byte POS
 * (< VIEW->len) comes from: [view_src_start, view_src_end). */
uint32_t view_src_start(const kview *view, size_t pos);
uint32_t view_src_end(const kview *view, size_t pos);

/* Both of the view bytes [FROM, TO) (FROM < TO <= VIEW->len): *START,
 * where the first comes from, and *END, where the last ends. */
void view_src_span(const kview *view, size_t from, size_t to, uint32_t *start,
		   uint32_t *end);

/* Where to end a segment of at most about MAX bytes of TEXT[0..LEN): after
 * a white space that follows a word of two or more letters, so no word
 * and no spelled-out word is cut. */
size_t view_segment_end(const uint8_t *text, size_t len, size_t max);

/* Fold a lexicon term the way view_build folds a word (no leet, no
 * masking, no joining): appends to OUT.  Returns 0, -1 for invalid UTF-8,
 * or KALM_ERR_NO_MEMORY. */
int view_fold_term(const char *term, size_t len, kbuf *out);

/* A byte of a letter in the view (ASCII, or of a letter folded to more). */
static inline bool view_is_letter(uint8_t b)
{
	return b >= 0x80 || (b >= 'a' && b <= 'z');
}

/* Fold the literal non-ASCII characters of the PCRE2 pattern
 * PATTERN[0..LEN) as view_build folds text ("mać" becomes "mac", "’" an
 * escaped "'", "ß" the group "(?:ss)"), so the pattern can match the
 * view; everything else is copied.  Appends to OUT.  Returns 0,
 * KALM_ERR_NO_MEMORY, or -1 with *BAD the offset of a character in a
 * character class whose fold is not one character. */
int view_fold_pattern(const char *pattern, size_t len, kbuf *out, size_t *bad);

static inline bool view_is_word_byte(uint8_t b)
{
	return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
	       b == '\'' || b == VIEW_MASK;
}

#endif
