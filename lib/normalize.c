/*
 * Normalisation: the heart of evasion resistance.
 *
 * Pass 1 decodes UTF-8 and looks every code point up in the build-time
 * table (one lookup, ASCII included), giving "units" with their original
 * byte span and fold.  Pass 2 finds words, reads leetspeak and masking
 * inside them, joins letters spelled out with separators, and writes the
 * view with a map back to the original bytes.  Stretched letters are left
 * alone here: the matcher reads a repeated letter once or twice.
 */
#include "normalize.h"

#include "chartab.h"
#include "swar.h"

enum {
	U_LETTER,
	U_DIGIT,
	U_SPACE,
	U_NEWLINE,
	U_PUNCT,
	U_SYMBOL,
	U_INVALID,
	U_APOS, /* apostrophe: part of words like you're, 'n */
	U_LEET, /* @ $ ! | : a letter inside a word */
	U_MASK  /* * # % ? _ : any letter inside a word */
};

/* Leetspeak: what a digit or symbol inside a word stands for, and the
 * other letter it may stand for. */
static const char leet_primary[128] = {
	['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's',
	['7'] = 't', ['8'] = 'b', ['9'] = 'g', ['@'] = 'a', ['$'] = 's',
	['!'] = 'i', ['|'] = 'l', ['2'] = 'z', ['6'] = 'g'};
static const char leet_alt[128] = {
	['1'] = 'l', ['|'] = 'i', ['@'] = VIEW_MASK, ['!'] = VIEW_MASK,
	['6'] = 'b'};

static inline bool run_kind(uint8_t k)
{
	return (1u << k) & (1u << U_LETTER | 1u << U_DIGIT | 1u << U_APOS |
			    1u << U_LEET | 1u << U_MASK | 1u << U_INVALID);
}

static inline bool alnum_kind(uint8_t k)
{
	return k <= U_DIGIT; /* U_LETTER or U_DIGIT */
}

/* Decode one code point at S[I]; invalid sequences give -1, length 1. */
static inline int32_t utf8_next(const uint8_t *s, size_t n, size_t i,
				uint32_t *len)
{
	uint8_t c = s[i];
	*len = 1;
	if (c < 0x80)
		return c;
	if (c < 0xC2 || c > 0xF4)
		return -1;
	if (c < 0xE0) {
		if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80)
			return -1;
		*len = 2;
		return (int32_t)((c & 0x1Fu) << 6 | (s[i + 1] & 0x3Fu));
	}
	if (c < 0xF0) {
		if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 ||
		    (s[i + 2] & 0xC0) != 0x80)
			return -1;
		if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0))
			return -1; /* overlong, or a surrogate */
		*len = 3;
		return (int32_t)((c & 0x0Fu) << 12 | (s[i + 1] & 0x3Fu) << 6 |
				 (s[i + 2] & 0x3Fu));
	}
	if (i + 3 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
	    (s[i + 3] & 0xC0) != 0x80)
		return -1;
	if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
		return -1; /* overlong, or beyond U+10FFFF */
	*len = 4;
	return (int32_t)((c & 0x07u) << 18 | (s[i + 1] & 0x3Fu) << 12 |
			 (s[i + 2] & 0x3Fu) << 6 | (s[i + 3] & 0x3Fu));
}

static inline const uint8_t *unit_fold(const kview *v, const kunit *u)
{
	return (u->flags & CT_IDENT) ? v->seg + u->start
				     : kalm_chartab_pool + u->off;
}

/* The first byte of a fold (FLAGS, OFF, LEN as in kalm_charinfo) of the
 * code point whose bytes start at S, or 0 for a fold to nothing. */
static inline uint8_t fold_first(uint8_t flags, uint16_t off, uint8_t len,
				 const uint8_t *s)
{
	return len ? ((flags & CT_IDENT) ? s[0] : kalm_chartab_pool[off]) : 0;
}

static inline uint8_t unit_byte(const kview *v, const kunit *u)
{
	return fold_first(u->flags, u->off, u->len, v->seg + u->start);
}

/* The Latin letter that the letter whose bytes are S[0..N) reads as
 * beside ASCII letters (chartab_lookalike), or 0. */
static uint8_t lookalike_of(const uint8_t *s, size_t n)
{
	uint32_t l;
	int32_t cp = utf8_next(s, n, 0, &l);
	return cp < 0x80 ? 0 : chartab_lookalike((uint32_t)cp);
}

/* Does the word [LO, HI) have both ASCII letters and letters whose fold
 * is no ASCII: may letters of other scripts in it read as Latin ones
 * ("idioт")? */
static bool word_mixes_scripts(const kview *v, uint32_t lo, uint32_t hi)
{
	bool ascii = false, other = false;
	for (uint32_t k = lo; k < hi; k++) {
		const kunit *u = &v->unit[k];
		if (u->kind != U_LETTER)
			continue;
		ascii |= v->seg[u->start] < 0x80;
		other |= unit_byte(v, u) >= 0x80;
	}
	return ascii && other;
}

static uint8_t punct_kind(uint8_t c)
{
	switch (c) {
	case '\'': return U_APOS;
	case '@': case '$': case '!': case '|': return U_LEET;
	case '*': case '#': case '%': case '?': case '_': return U_MASK;
	default: return U_PUNCT;
	}
}

/* The unit of code point CP, whose bytes start at S: all but its span. */
static void unit_of(kunit *u, uint32_t cp, const uint8_t *s)
{
	const kalm_charinfo *ci = chartab_get(cp);
	u->off = ci->off;
	u->len = ci->len;
	u->flags = ci->flags;
	if (ci->flags & CT_LETTER) {
		u->kind = U_LETTER;
	} else if (ci->flags & CT_DIGIT) {
		u->kind = U_DIGIT;
	} else if (ci->flags & CT_SPACE) {
		uint8_t c = fold_first(ci->flags, ci->off, ci->len, s);
		u->kind = c == '\n' ? U_NEWLINE : U_SPACE;
	} else if (ci->flags & CT_SYMBOL) {
		u->kind = U_SYMBOL;
	} else {
		uint8_t c = ci->len == 1 ? fold_first(ci->flags, ci->off, 1, s)
					 : 0;
		u->kind = punct_kind(c);
	}
}

/* What pass 1 asks of a unit whose bytes start at S, as bits: is it left
 * out, part of a run (and no letter or digit there), a letter (in
 * capitals), an '!'. */
enum {
	UB_IGNORE = 0x01,
	UB_RUN = 0x02,
	UB_ODD = 0x04, /* in a run, but no letter or digit */
	UB_LETTER = 0x08,
	UB_UPPER = 0x10, /* a letter's bits have none higher: bits >> 4 */
	UB_BANG = 0x20
};

static uint8_t unit_bits(const kunit *u, const uint8_t *s)
{
	uint8_t bits = 0;
	if (u->flags & CT_IGNORE)
		return UB_IGNORE;
	if (run_kind(u->kind))
		bits |= UB_RUN | (alnum_kind(u->kind) ? 0 : UB_ODD);
	if (u->kind == U_LETTER)
		bits |= UB_LETTER | (u->flags & CT_UPPER ? UB_UPPER : 0);
	else if (u->kind == U_LEET && u->len == 1 &&
		 fold_first(u->flags, u->off, 1, s) == '!')
		bits |= UB_BANG;
	return bits;
}

/* What the one-pass path (view_build_direct) makes of a code point.  The
 * first five are the units runs are made of. */
enum {
	A_LETTER,
	A_DIGIT,
	A_APOS,
	A_TRIM,   /* leet or mask symbol: trimmed at the ends of a word */
	A_DOLLAR, /* '$': kept at the ends of a word ("$hit", "a$$") */
	A_SPACE,
	A_NEWLINE,
	A_PUNCT,
	A_SYMBOL,
	A_IGNORE,
	A_OTHER   /* anything the one-pass path leaves to the general one */
};

/* The class of unit U, whose fold starts with F (0 for none). */
static uint8_t unit_class(const kunit *u, uint8_t f)
{
	if (u->flags & CT_IGNORE)
		return A_IGNORE;
	if (u->len == 0)
		return A_OTHER;
	switch (u->kind) {
	case U_LETTER: return A_LETTER;
	case U_DIGIT: return A_DIGIT;
	case U_APOS: return A_APOS;
	case U_LEET:
	case U_MASK: return f == '$' ? A_DOLLAR : A_TRIM;
	case U_SPACE: return A_SPACE;
	case U_NEWLINE: return A_NEWLINE;
	case U_PUNCT: return A_PUNCT;
	case U_SYMBOL: return A_SYMBOL;
	default: return A_OTHER;
	}
}

/* The units of the ASCII bytes, made once per view: the usual byte costs
 * one copy instead of a table lookup and the choice of its kind. */
static void ascii_units(kview *v)
{
	/* Emission copies words of ASCII letters by lower-casing them
	 * (emit), which holds while the table folds them so. */
	bool letters = true;
	for (uint8_t b = 0; b < 0x80; b++) {
		kunit *u = &v->ascii[b];
		unit_of(u, b, &b);
		u->start = u->end = 0;
		v->ascii_bits[b] = unit_bits(u, &b);
		v->ascii_class[b] = unit_class(u, fold_first(u->flags, u->off,
							     u->len, &b));
		/* the one-pass path writes ASCII digits and marks as they are */
		if ((u->kind != U_LETTER && u->kind != U_SPACE &&
		     u->kind != U_NEWLINE) &&
		    (u->len != 1 || fold_first(u->flags, u->off, 1, &b) != b))
			v->ascii_class[b] = A_OTHER;
		/* the letters are A-Z and a-z (direct_letters8 counts on it) */
		bool alpha = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
		letters = letters && (u->kind == U_LETTER) == alpha;
		if (u->kind == U_LETTER)
			letters = letters && u->len == 1 &&
				  fold_first(u->flags, u->off, 1, &b) == (b | 0x20) &&
				  ((u->flags & CT_UPPER) != 0) == (b < 'a');
	}
	v->ascii_letters = letters;
	v->ascii_marks = v->ascii_class[' '] == A_SPACE;
	for (const char *m = ".,?"; *m; m++) {
		uint8_t c = v->ascii_class[(uint8_t)*m];
		v->ascii_marks = v->ascii_marks && (c == A_PUNCT || c == A_TRIM) &&
				 !(v->ascii[(uint8_t)*m].flags & CT_QUOTE);
	}
	v->ascii_ready = true;
}

/* Record the word [lo, hi) of run [i, j), which holds LETTERS letters. */
static int put_run(kview *v, uint32_t lo, uint32_t hi, uint32_t i, uint32_t j,
		   uint32_t letters)
{
	if (KALM_UNLIKELY(v->nrun >= v->runcap) &&
	    kalm_grow((void **)&v->run, &v->runcap, v->nrun + 1, sizeof(krun)))
		return KALM_ERR_NO_MEMORY;
	krun *r = &v->run[v->nrun++];
	r->lo = lo;
	r->hi = hi;
	r->i = i;
	r->j = j;
	r->letters = letters;
	r->single = hi - lo == 1 &&
		    (letters == 1 || v->unit[lo].kind == U_DIGIT);
	return 0;
}

static int add_run(kview *v, uint32_t lo, uint32_t hi, uint32_t i, uint32_t j)
{
	uint32_t letters = 0;
	for (uint32_t k = lo; k < hi; k++)
		letters += v->unit[k].kind == U_LETTER;
	return put_run(v, lo, hi, i, j, letters);
}

/* Is unit K a letter, or a leet character ('$' only when NEAR: next to
 * the symbol, where "!!!" would be a run of marks)? */
static inline bool leet_letter(const kview *v, const kunit *u, bool near)
{
	return u->kind == U_LETTER ||
	       (!near && (u->kind == U_DIGIT || u->kind == U_LEET)) ||
	       (u->kind == U_LEET && unit_byte(v, u) == '$');
}

/* Is unit K of the run [I, J) a leet symbol that may stand for a letter
 * at an end of a word as well as be a mark ("@sshole" or "@john", "!dioto",
 * "mampar@"): one '@' or '!' that starts the run before two letters, or
 * one '@' that ends it after two (a '!' there ends a sentence), some of
 * them leet ("!d!ot", "@$$hole", "m@mp@r@")? */
static bool leet_at_end(const kview *v, uint32_t i, uint32_t j, uint32_t k)
{
	const kunit *u = v->unit;
	if (u[k].kind != U_LEET || j - i < 3)
		return false;
	uint8_t c = unit_byte(v, &u[k]);
	if (k == i)
		return (c == '@' || c == '!') && leet_letter(v, &u[k + 1], true) &&
		       leet_letter(v, &u[k + 2], false);
	return k == j - 1 && c == '@' && leet_letter(v, &u[k - 1], true) &&
	       leet_letter(v, &u[k - 2], false);
}

/* Trim the ends of a candidate word [i, j) and record it. */
static int trim_run(kview *v, uint32_t i, uint32_t j)
{
	const kunit *u = v->unit;
	uint32_t lo = i, hi = j;
	if (KALM_LIKELY(i < j && alnum_kind(u[i].kind) && alnum_kind(u[j - 1].kind)))
		return add_run(v, lo, hi, i, j); /* nothing to trim */
	/* Leading: keep letters, digits, '$' ("$hit"), a leet symbol that
	 * may be a letter (leet_at_end), and an apostrophe before a single
	 * letter ("'n", "'s"). */
	while (lo < hi && !alnum_kind(u[lo].kind)) {
		if (u[lo].kind == U_LEET && unit_byte(v, &u[lo]) == '$')
			break;
		if (leet_at_end(v, i, j, lo))
			break;
		if (u[lo].kind == U_APOS && hi - lo == 2 && u[lo + 1].kind == U_LETTER)
			break;
		lo++;
	}
	/* Trailing: keep letters, digits, '$' ("a$$"), a leet symbol that may
	 * be a letter, and an invalid byte after three letters (a
	 * mis-encoded diacritic: "kurw\xB1"). */
	while (hi > lo && !alnum_kind(u[hi - 1].kind)) {
		if (u[hi - 1].kind == U_LEET && unit_byte(v, &u[hi - 1]) == '$')
			break;
		if (leet_at_end(v, i, j, hi - 1))
			break;
		if (u[hi - 1].kind == U_INVALID) {
			uint32_t letters = 0;
			for (uint32_t k = i; k < j; k++)
				letters += u[k].kind == U_LETTER;
			if (letters >= 3)
				break;
		}
		hi--;
	}
	if (hi == lo)
		return 0;
	return add_run(v, lo, hi, i, j);
}

/*
 * Split a maximal run of word-like units at symbol groups that are not
 * part of a word: a group of masks or leet symbols between letters
 * belongs to the word only when one side has at most two letters
 * ("f*ck", "sh!t", "k#rwa"), not in "what?you".  Apostrophes between
 * letters always belong.
 */
static int split_run(kview *v, uint32_t i, uint32_t j)
{
	const kunit *u = v->unit;
	uint32_t start = i, k = i;
	while (k < j) {
		if (alnum_kind(u[k].kind)) {
			k++;
			continue;
		}
		uint32_t g0 = k;
		while (k < j && !alnum_kind(u[k].kind))
			k++;
		uint32_t g1 = k;
		if (g0 == start || g1 == j)
			continue; /* at an end: trimming decides */
		uint32_t left = 0, right = 0;
		for (uint32_t a = g0; a > start && alnum_kind(u[a - 1].kind); a--)
			left++;
		for (uint32_t a = g1; a < j && alnum_kind(u[a].kind); a++)
			right++;
		bool apos = g1 - g0 == 1 && u[g0].kind == U_APOS;
		bool digits_only = true;
		for (uint32_t a = g0; a < g1; a++)
			digits_only = digits_only && u[a].kind == U_INVALID;
		if (apos || digits_only || left <= 2 || right <= 2)
			continue;
		if (trim_run(v, start, g0))
			return KALM_ERR_NO_MEMORY;
		start = g1;
	}
	return trim_run(v, start, j);
}

/* Record the run of units [I, J), which holds LETTERS letters; ODD is its
 * units' bits ORed: a run of letters and digits only (most words) is
 * recorded whole, any other split and trimmed. */
static inline int close_run(kview *v, uint32_t i, uint32_t j, uint32_t letters,
			    uint8_t odd)
{
	return (odd & UB_ODD) ? split_run(v, i, j) : put_run(v, i, j, i, j, letters);
}

/*
 * Pass 1: code points to units, and the units to runs of word-like units
 * (letters, digits, apostrophes, leet and mask symbols, invalid bytes) as
 * they come: a run of letters and digits only (most words) is recorded
 * whole; any other is split and trimmed (split_run).
 */
static int decode_units(kview *v, const uint8_t *s, size_t n, kstats *st)
{
	if (kalm_grow((void **)&v->unit, &v->unitcap, n + 1, sizeof(kunit)))
		return KALM_ERR_NO_MEMORY;
	size_t nu = 0, bang = 0;
	size_t letters = 0, upper = 0; /* kept local: no stores through ST */
	kunit *unit = v->unit;
	/* the open run: its first unit, letters, and whether it is all
	 * letters and digits (the bits of its units, ORed); run_start ==
	 * UINT32_MAX: none */
	uint32_t run_start = UINT32_MAX, run_letters = 0;
	uint8_t run_odd = 0; /* UB_ODD: not all letters and digits */
	v->nrun = 0;
	for (size_t i = 0; i < n;) {
		if (run_start != UINT32_MAX && v->ascii_letters) {
			/* Inside a run, most units are ASCII letters, and
			 * most gaps one ASCII space or mark before the next
			 * word's letter: they only add to the counts, and
			 * such a gap closes one run and opens the next. */
			size_t from = i;
			uint32_t caps = 0, count = 0;
			while (i < n && s[i] < 0x80) {
				uint8_t b = s[i], bb = v->ascii_bits[b];
				if ((bb & ~UB_UPPER) != (UB_RUN | UB_LETTER)) {
					if (bb || i + 1 == n || s[i + 1] >= 0x80 ||
					    (v->ascii_bits[s[i + 1]] & ~UB_UPPER) !=
						    (UB_RUN | UB_LETTER))
						break;
					if (close_run(v, run_start, (uint32_t)nu,
						      run_letters, run_odd))
						return KALM_ERR_NO_MEMORY;
					run_start = (uint32_t)nu + 1;
					run_letters = 0;
					run_odd = 0;
				} else {
					caps += bb >> 4; /* UB_UPPER */
					run_letters++;
					count++;
				}
				kunit *w = &unit[nu++];
				*w = v->ascii[b];
				w->start = (uint32_t)i;
				w->end = (uint32_t)i + 1;
				i++;
			}
			if (i != from) {
				letters += count;
				upper += caps;
				bang = 0;
				if (i == n)
					break;
			}
		}
		kunit *u = &unit[nu];
		uint8_t bits;
		if (KALM_LIKELY(s[i] < 0x80)) {
			/* most chat is ASCII: no decoding, no lookup */
			uint8_t b = s[i];
			bits = v->ascii_bits[b];
			*u = v->ascii[b];
			u->start = (uint32_t)i;
			u->end = (uint32_t)++i;
		} else {
			uint32_t l = 1;
			int32_t cp = utf8_next(s, n, i, &l);
			u->start = (uint32_t)i;
			u->end = (uint32_t)(i + l);
			i += l;
			if (KALM_UNLIKELY(cp < 0)) {
				st->invalid++;
				u->off = 0;
				u->len = 0;
				u->flags = 0;
				u->kind = U_INVALID;
			} else {
				unit_of(u, (uint32_t)cp, s + i - l);
			}
			bits = unit_bits(u, s + u->start);
		}
		if (KALM_UNLIKELY(bits & UB_IGNORE))
			continue;
		if (bits & UB_RUN) {
			if (run_start == UINT32_MAX) {
				run_start = (uint32_t)nu;
				run_letters = 0;
				run_odd = 0;
			}
			run_letters += (bits & UB_LETTER) != 0;
			run_odd |= bits;
		} else if (run_start != UINT32_MAX) {
			if (close_run(v, run_start, (uint32_t)nu, run_letters,
				      run_odd))
				return KALM_ERR_NO_MEMORY;
			run_start = UINT32_MAX;
		}
		nu++;
		letters += (bits & UB_LETTER) != 0;
		upper += (bits & UB_UPPER) != 0;
		if (KALM_UNLIKELY(bits & UB_BANG)) {
			if (++bang == 2)
				st->exclaim_runs++;
		} else {
			bang = 0;
		}
	}
	v->nunit = nu;
	if (run_start != UINT32_MAX &&
	    close_run(v, run_start, (uint32_t)nu, run_letters, run_odd))
		return KALM_ERR_NO_MEMORY;
	st->letters += letters;
	st->upper += upper;
	return 0;
}

/* ---- emission ---- */

static int reserve(kview *v, size_t extra)
{
	size_t need = v->len + extra;
	if (need <= v->cap)
		return 0;
	size_t cap = v->cap;
	if (kalm_grow((void **)&v->text, &cap, need, 1))
		return KALM_ERR_NO_MEMORY;
	size_t c2 = v->cap;
	if (kalm_grow((void **)&v->alt, &c2, need, 1))
		return KALM_ERR_NO_MEMORY;
	memset(v->alt + v->cap, 0, c2 - v->cap); /* beyond alt_dirty: 0 */
	c2 = v->cap;
	if (kalm_grow((void **)&v->src_start, &c2, need, sizeof(uint32_t)))
		return KALM_ERR_NO_MEMORY;
	c2 = v->cap;
	if (kalm_grow((void **)&v->src_end, &c2, need, sizeof(uint32_t)))
		return KALM_ERR_NO_MEMORY;
	c2 = v->cap;
	if (kalm_grow((void **)&v->jump, &c2, need, sizeof(kjump)))
		return KALM_ERR_NO_MEMORY;
	v->cap = cap;
	return 0;
}

static inline int put(kview *v, uint8_t b, uint8_t alt, const kunit *u)
{
	if (KALM_UNLIKELY(v->len >= v->cap) && reserve(v, 64))
		return KALM_ERR_NO_MEMORY;
	v->text[v->len] = b;
	v->alt[v->len] = alt;
	v->src_start[v->len] = u->start;
	v->src_end[v->len] = u->end;
	v->len++;
	return 0;
}

static inline int put_fold(kview *v, const kunit *u)
{
	if (KALM_LIKELY(u->len == 1 && v->len < v->cap)) {
		size_t at = v->len++;
		v->text[at] = unit_fold(v, u)[0];
		v->alt[at] = 0;
		v->src_start[at] = u->start;
		v->src_end[at] = u->end;
		return 0;
	}
	const uint8_t *f = unit_fold(v, u);
	if (reserve(v, u->len))
		return KALM_ERR_NO_MEMORY;
	for (uint8_t k = 0; k < u->len; k++)
		put(v, f[k], 0, u);
	return 0;
}

/* One unit inside a word. */
static inline int put_word_unit(kview *v, const kunit *u)
{
	uint8_t c;
	switch (u->kind) {
	case U_LETTER:
		return put_fold(v, u);
	case U_DIGIT:
	case U_LEET:
		c = unit_byte(v, u);
		if (c < 128 && leet_primary[c])
			return put(v, (uint8_t)leet_primary[c], (uint8_t)leet_alt[c], u);
		return put(v, VIEW_MASK, 0, u);
	case U_APOS:
		return put(v, '\'', 0, u);
	default: /* masks and invalid bytes stand for one letter */
		return put(v, VIEW_MASK, 0, u);
	}
}

typedef struct emit_state {
	uint32_t clause, sentence;
	bool quoted;
	bool space_pending;
} emit_state;

/* Are the view bytes between token P and the word [START, END) that
 * follows it masks of its letters, as well as marks between two words:
 * one to three '*' or '#' with three letters on either side (split_run
 * splits a word there), or one '.' or '-' between letters, a side of two
 * letters or fewer ("id.ot", "ch-ju", "f-ck"; not between two single
 * letters, "p.s", "a.m", whose three letters would be too many words)?
 * link_gap asks, for a '.' or '-' one byte long. */
static bool masks_link(const kview *v, const ktoken *p, uint32_t start,
		       size_t end)
{
	uint8_t c = v->text[p->end];
	if (start == p->end || !view_is_letter(v->text[p->end - 1]) ||
	    !view_is_letter(v->text[start]))
		return false;
	if (c == '.' || c == '-') {
		size_t left = p->end - p->start, right = end - start;
		return (left <= 2 || right <= 2) && left + right >= 3;
	}
	if (p->end - p->start < 3 || end - start < 3)
		return false;
	for (uint32_t k = p->end; k < start; k++)
		if (v->text[k] != '*' && v->text[k] != '#')
			return false;
	for (uint32_t k = 1; k < 3; k++)
		if (!view_is_letter(v->text[p->end - 1 - k]) ||
		    !view_is_letter(v->text[start + k]))
			return false;
	return true;
}

/* Token P is followed by the word [START, END) of FLAGS after a '-',
 * '.', '*' or '#': are they linked by one hyphen, and do the marks mask
 * letters of one word (masks_link)? */
static __attribute__((noinline)) void link_gap(kview *v, ktoken *p,
					       uint32_t start, size_t end,
					       uint8_t flags)
{
	uint8_t c = v->text[p->end];
	uint32_t gap = start - p->end;
	if (gap == 1 && c == '-')
		p->flags |= TOK_LINKED;
	if ((c == '-' || c == '.' ? gap == 1 : gap <= 3) &&
	    !((p->flags | flags) & TOK_SYMBOL) && masks_link(v, p, start, end))
		p->flags = (uint16_t)((p->flags & ~TOK_PLAIN) | TOK_MASKLINK);
}

/* Token P is followed by the word [START, END) of FLAGS, the separator
 * before START in the view already: are they linked? */
static inline void token_link_to(kview *v, ktoken *p, uint32_t start,
				 size_t end, uint8_t flags)
{
	uint8_t c = v->text[p->end];
	if (p->end + 1 == start && c == ' ')
		p->flags |= TOK_LINKED; /* the usual gap */
	else if (KALM_UNLIKELY(c == '-' || c == '.' || c == '*' || c == '#'))
		link_gap(v, p, start, end, flags);
}

/* Token P is followed by token T, recorded without push_token. */
static inline void token_link(kview *v, ktoken *p, const ktoken *t)
{
	token_link_to(v, p, t->start, t->end, (uint8_t)t->flags);
}

/* Record the token [START, END) of the view (both ways of writing it). */
static inline int push_token(kview *v, uint32_t start, size_t end,
			     uint32_t clause, uint32_t sentence, uint8_t flags)
{
	if (KALM_UNLIKELY(v->ntok >= v->tokcap) &&
	    kalm_grow((void **)&v->tok, &v->tokcap, v->ntok + 1, sizeof(ktoken)))
		return KALM_ERR_NO_MEMORY;
	ktoken *t = &v->tok[v->ntok++];
	if (v->ntok > 1)
		token_link_to(v, t - 1, start, end, flags);
	t->start = start;
	t->end = (uint32_t)end;
	t->clause = clause;
	t->sentence = sentence;
	t->flags = flags;
	return 0;
}

static int add_token(kview *v, uint32_t start, uint8_t flags,
		     const emit_state *es)
{
	if (v->len == start)
		return 0;
	return push_token(v, start, v->len, es->clause, es->sentence,
			  flags | (es->quoted ? TOK_QUOTED : 0));
}

static inline int flush_space(kview *v, emit_state *es, const kunit *u)
{
	if (!es->space_pending)
		return 0;
	es->space_pending = false;
	if (v->len == 0 || v->text[v->len - 1] == ' ')
		return 0;
	return put(v, ' ', 0, u);
}

/* What a mark between words (C the first byte of its fold, QUOTE: a
 * quotation mark) does to the clause and sentence counts and quoting. */
static inline void mark_counts(uint8_t c, bool quote, uint32_t *clause,
			       uint32_t *sentence, bool *quoted)
{
	if (quote) {
		*quoted = !*quoted;
		(*clause)++;
	} else if (c == '.' || c == '!' || c == '?' || c == ';') {
		(*sentence)++;
		(*clause)++;
	} else if (c == ',' || c == ':' || c == '(' || c == ')') {
		(*clause)++;
	}
}

/* A unit between words. */
static int put_gap_unit(kview *v, emit_state *es, const kunit *u)
{
	uint8_t c;
	switch (u->kind) {
	case U_SPACE:
	case U_INVALID:
		es->space_pending = true;
		return 0;
	case U_NEWLINE:
		es->space_pending = true;
		es->sentence++;
		es->clause++;
		return 0;
	case U_SYMBOL: {
		if (flush_space(v, es, u))
			return KALM_ERR_NO_MEMORY;
		uint32_t start = (uint32_t)v->len;
		if (put_fold(v, u))
			return KALM_ERR_NO_MEMORY;
		return add_token(v, start, TOK_SYMBOL, es);
	}
	case U_DIGIT: {
		if (flush_space(v, es, u))
			return KALM_ERR_NO_MEMORY;
		return put_fold(v, u);
	}
	default:
		break;
	}
	if (flush_space(v, es, u))
		return KALM_ERR_NO_MEMORY;
	c = unit_byte(v, u);
	mark_counts(c, u->flags & CT_QUOTE, &es->clause, &es->sentence,
		    &es->quoted);
	return put_fold(v, u);
}

/* Does a mark whose fold is the one byte C join letters spelled out
 * with it ("f.u.c.k", "k-u-r-w-a")? */
static inline bool joining_mark(uint8_t c)
{
	return c == '.' || c == '-' || c == '_' || c == '*' || c == '/' ||
	       c == ',' || c == '+' || c == '~';
}

/* Letters spelled out one by one with the same kind of separator:
 * "f.u.c.k", "k u r w a". */
static bool joinable_gap(const kview *v, const krun *a, const krun *b,
			 bool *space)
{
	if (b->lo != a->hi + 1)
		return false;
	const kunit *g = &v->unit[a->hi];
	if (g->kind == U_SPACE) {
		*space = true;
		return true;
	}
	return g->len == 1 && joining_mark(unit_byte(v, g));
}

/* A word of digits then letters, R (a number with a unit or an ending:
 * "24h", "1000ste", "900keer"): may its digits be leet all the same?
 * When the number is not round and its letters are four or more
 * ("455hole"), or digits follow letters ("31k3l"). */
static bool number_may_be_leet(const kview *v, const krun *r)
{
	uint32_t k = r->lo;
	while (k < r->hi && v->unit[k].kind != U_LETTER)
		k++;
	if (unit_byte(v, &v->unit[k - 1]) == '0')
		return false;
	uint32_t letters = 0;
	for (; k < r->hi; k++) {
		if (v->unit[k].kind == U_DIGIT)
			return true;
		letters += v->unit[k].kind == U_LETTER;
	}
	return letters >= 4;
}

/* Within one run: "f*u*c*k" (single letters alternating with one
 * repeated separator) is a spelled-out word, not a masked one.  A digit
 * repeated so is a leet letter ("m0r0n"), no separator. */
static bool alternating(const kview *v, const krun *r)
{
	uint32_t n = r->hi - r->lo;
	if (n < 5 || !(n & 1))
		return false;
	const kunit *u = v->unit + r->lo;
	if (u[1].kind == U_DIGIT)
		return false;
	uint8_t sep = unit_byte(v, &u[1]);
	for (uint32_t k = 0; k < n; k++) {
		if (k % 2 == 0 ? u[k].kind != U_LETTER
			       : (u[k].kind == U_LETTER || unit_byte(v, &u[k]) != sep))
			return false;
	}
	return true;
}

/* The view byte C follows the two before it, LAST2 (0x10000 before the
 * second byte of a word): true when it is the third of one letter in a
 * row ("kurwaaa"); LAST2 moves on to end with C. */
static inline bool third_in_a_row(uint32_t *last2, uint32_t c)
{
	bool third = *last2 == c * 0x101u;
	*last2 = (*last2 << 8 | c) & 0xFFFFu;
	return third;
}

static int emit(kview *v)
{
	emit_state es = {0, 0, false, false};
	uint32_t next = 0; /* first unit not yet emitted */
	size_t numbers_to = 0; /* single digits up to here join nothing */
	for (size_t r = 0; r < v->nrun;) {
		krun *run = &v->run[r];
		for (; next < run->lo; next++) {
			if (v->unit[next].kind == U_SPACE) {
				es.space_pending = true; /* the usual gap */
				continue;
			}
			if (put_gap_unit(v, &es, &v->unit[next]))
				return KALM_ERR_NO_MEMORY;
		}
		/* How many single letters (or leet digits) follow one
		 * another?  Digits alone are numbers ("1 2 3"), not joined,
		 * and not looked at again. */
		size_t m = r;
		bool space = false;
		if (run->single && r >= numbers_to) {
			bool letter = run->letters != 0;
			while (m + 1 < v->nrun && v->run[m + 1].single &&
			       joinable_gap(v, &v->run[m], &v->run[m + 1], &space)) {
				m++;
				letter |= v->run[m].letters != 0;
			}
			if (!letter) {
				numbers_to = m + 1;
				m = r;
			}
		}
		size_t count = m - r + 1;
		/* "g a y", "k u t", "f.u.c.k", "1 d 1 0 7" */
		bool join = count >= 3;
		if (flush_space(v, &es, &v->unit[run->lo]))
			return KALM_ERR_NO_MEMORY;
		uint32_t start = (uint32_t)v->len;
		uint8_t flags = 0;
		uint32_t last;
		if (join) {
			for (size_t k = r; k <= m; k++) {
				const kunit *u = &v->unit[v->run[k].lo];
				if (k == r && u->kind == U_LETTER && u->len == 1 &&
				    memchr("ainouwz", unit_byte(v, u), 7)) {
					/* a word of one letter before the
					 * spelled-out one ("a i d i o t"), or its
					 * first letter ("a s s"): both read */
					if (put(v, unit_byte(v, u), VIEW_NONE, u))
						return KALM_ERR_NO_MEMORY;
					continue;
				}
				if (put_word_unit(v, u))
					return KALM_ERR_NO_MEMORY;
			}
			flags |= TOK_JOINED;
			last = v->run[m].hi;
			r = m + 1;
		} else if (v->ascii_letters && run->letters == run->hi - run->lo &&
			   v->unit[run->hi - 1].end - v->unit[run->lo].start ==
				   run->letters) {
			/* the usual word: ASCII letters only, one byte a unit
			 * and none left out, folded by lower-casing */
			uint32_t n = run->letters, from = v->unit[run->lo].start;
			if (KALM_UNLIKELY(v->len + n > v->cap) && reserve(v, n))
				return KALM_ERR_NO_MEMORY;
			const uint8_t *src = v->seg + from;
			uint8_t *text = v->text + v->len, *alt = v->alt + v->len;
			uint32_t *ss = v->src_start + v->len, *se = v->src_end + v->len;
			/* one scalar loop: words are short, and the two
			 * letters before (LAST2) tie each step to the one
			 * before, so that no vector set-up is paid */
			uint32_t last2 = 0x10000; /* no letter twice yet */
			bool triple = false;
			for (uint32_t k = 0; k < n; k++) {
				uint32_t c = src[k] | 0x20u;
				text[k] = (uint8_t)c;
				alt[k] = 0;
				ss[k] = from + k;
				se[k] = from + k + 1;
				triple |= third_in_a_row(&last2, c);
			}
			v->len += n;
			if (!triple)
				flags |= TOK_PLAIN;
			last = run->hi;
			r++;
		} else {
			bool alt = alternating(v, run);
			int mixed = -1; /* word_mixes_scripts, once asked */
			char c;
			/* "1000ste", "10am": numbers with a suffix, written
			 * as numbers; their digits may be leet all the same
			 * (the other reading) where no unit or ending would
			 * be so long or come back to digits ("455hole",
			 * "31k3l") */
			bool digits = run->letters == 0 ||
				      (run->hi - run->lo >= 2 &&
				       v->unit[run->lo].kind == U_DIGIT &&
				       v->unit[run->lo + 1].kind == U_DIGIT);
			bool number_leet = digits && run->letters &&
					   number_may_be_leet(v, run);
			for (uint32_t k = run->lo; k < run->hi; k++) {
				const kunit *u = &v->unit[k];
				if (alt && (k - run->lo) % 2)
					continue;
				if (u->kind == U_LETTER) {
					c = 0;
					if (unit_byte(v, u) >= 0x80) {
						if (mixed < 0)
							mixed = word_mixes_scripts(
								v, run->lo, run->hi);
						if (mixed)
							c = (char)lookalike_of(
								v->seg + u->start,
								u->end - u->start);
					}
					if (c ? put(v, (uint8_t)c, 0, u)
					      : put_fold(v, u)) /* the usual unit */
						return KALM_ERR_NO_MEMORY;
					continue;
				}
				if (u->kind == U_MASK || u->kind == U_INVALID)
					flags |= TOK_MASKED;
				if (!digits && (k == run->lo || k + 1 == run->hi) &&
				    leet_at_end(v, run->i, run->j, k)) {
					/* its letter, or nothing: a mark */
					c = leet_primary[unit_byte(v, u)];
					if (put(v, (uint8_t)c, VIEW_NONE, u))
						return KALM_ERR_NO_MEMORY;
					continue;
				}
				if (number_leet && u->kind == U_DIGIT) {
					c = (char)unit_byte(v, u);
					if (put(v, (uint8_t)c,
						(uint8_t)leet_primary[(uint8_t)c], u))
						return KALM_ERR_NO_MEMORY;
					continue;
				}
				if (digits ? put_fold(v, u) : put_word_unit(v, u))
					return KALM_ERR_NO_MEMORY;
			}
			if (alt)
				flags |= TOK_JOINED;
			if (run->letters == 0)
				flags |= TOK_NUMBER;
			last = run->hi;
			r++;
		}
		if (add_token(v, start, flags, &es))
			return KALM_ERR_NO_MEMORY;
		/* units between the joined letters were consumed */
		next = last;
	}
	for (; next < v->nunit; next++)
		if (put_gap_unit(v, &es, &v->unit[next]))
			return KALM_ERR_NO_MEMORY;
	return 0;
}

/* ---- the one-pass path ---- */

/*
 * Most chat is words of letters between spaces and marks.  For a segment
 * of such text the view is written in one pass over its code points,
 * without units or runs, and it is the very view the general path writes
 * (a test and a fuzz target compare the two).  Whatever needs the general
 * path's care - leet or masks inside a word, letters mixed with digits,
 * single letters that may be spelled out, "'n", '$', invalid UTF-8 -
 * sends the whole segment there.
 */

/* One code point as the one-pass path reads it. */
typedef struct dunit {
	uint32_t start, end; /* its bytes */
	const uint8_t *fold;
	uint8_t len;         /* of the fold */
	uint8_t cls;         /* A_* */
	uint8_t flags;       /* CT_* */
} dunit;

typedef struct direct_out {
	kview *v;
	const uint8_t *s;
	size_t n;
	/* the view's buffers, held here so that stores through them are not
	 * taken to change them; room for len + (bytes still to read) + 16 */
	uint8_t *text;
	kjump *jump;
	size_t njump;
	uint32_t delta; /* a view byte's source offset less its own, as the
			 * last jump has it (0 before one) */
	size_t len, cap;
	size_t bangs;       /* runs of two or more '!' */
	size_t bang_run;    /* '!' in the run that ends at bang_end */
	size_t bang_end;    /* after the last '!' and what was left out after it */
	uint32_t clause, sentence;
	bool quoted, pending; /* pending: a space is owed before what follows */
	/* where in a run of word units the next unit is: none open, after
	 * marks that would be trimmed from a word's start, after a word */
	enum { RUN_NONE, RUN_LEAD, RUN_AFTER } run;
	bool lead_apos;   /* the last leading mark: an apostrophe */
	bool prev_single; /* the last word: a single letter */
	bool gap_joins;   /* the last unit since it could join letters */
	size_t gap;       /* units since the last word */
	size_t letters, upper; /* in the words written */
} direct_out;

static void direct_wide(const uint8_t *s, size_t n, size_t i, dunit *u)
{
	uint32_t l;
	int32_t cp = utf8_next(s, n, i, &l);
	u->start = (uint32_t)i;
	u->end = (uint32_t)(i + l);
	if (cp < 0) {
		u->fold = s + i;
		u->len = 0;
		u->flags = 0;
		u->cls = A_OTHER;
		return;
	}
	kunit k;
	unit_of(&k, (uint32_t)cp, s + i);
	u->fold = (k.flags & CT_IDENT) ? s + i : kalm_chartab_pool + k.off;
	u->len = k.len;
	u->flags = k.flags;
	u->cls = unit_class(&k, k.len ? u->fold[0] : 0);
}

static inline __attribute__((always_inline)) void
direct_read(const direct_out *o, size_t i, dunit *u)
{
	uint8_t b = o->s[i];
	if (KALM_LIKELY(b < 0x80)) {
		u->start = (uint32_t)i;
		u->end = (uint32_t)i + 1;
		u->fold = o->s + i; /* for all but letters and spaces */
		u->len = 1;
		u->cls = o->v->ascii_class[b];
		u->flags = o->v->ascii[b].flags;
		return;
	}
	direct_wide(o->s, o->n, i, u);
}

/* The first unit from I on that is not left out (its class A_OTHER at the
 * end of the segment). */
static inline void direct_peek(const direct_out *o, size_t i, dunit *u)
{
	for (;;) {
		if (i >= o->n) {
			u->cls = A_OTHER;
			u->start = u->end = (uint32_t)i;
			return;
		}
		direct_read(o, i, u);
		if (u->cls != A_IGNORE)
			return;
		i = u->end;
	}
}

/* The next view byte comes from the unit at SRC, not from the byte after
 * the one before's: a jump. */
static void direct_jump(direct_out *o, uint32_t src)
{
	o->jump[o->njump].at = (uint32_t)o->len;
	o->jump[o->njump].src = src;
	o->njump++;
	o->delta = src - (uint32_t)o->len;
}

/* The next view byte comes from the unit at SRC. */
static inline void direct_map(direct_out *o, uint32_t src)
{
	if (KALM_UNLIKELY(src - (uint32_t)o->len != o->delta))
		direct_jump(o, src);
}

static inline void direct_put(direct_out *o, uint8_t b, uint32_t src)
{
	direct_map(o, src);
	o->text[o->len++] = b;
}

/* The fold of U: the only writing that may outgrow the bytes read. */
static int direct_fold(direct_out *o, const dunit *u)
{
	size_t need = o->len + u->len + (o->n - u->end) + 16;
	if (KALM_UNLIKELY(need > o->cap)) {
		kview *v = o->v;
		v->len = o->len;
		if (reserve(v, need - o->len))
			return KALM_ERR_NO_MEMORY;
		o->text = v->text;
		o->jump = v->jump;
		o->cap = v->cap;
	}
	for (uint8_t k = 0; k < u->len; k++) {
		/* a space in a fold is no space between words: its own
		 * offset, always */
		if (KALM_UNLIKELY(u->fold[k] == ' '))
			direct_jump(o, u->start);
		direct_put(o, u->fold[k], u->start);
	}
	return 0;
}

/* The owed space, which comes from the unit written after it (no jump:
 * view_src_start). */
static inline void direct_space(direct_out *o)
{
	if (!o->pending)
		return;
	o->pending = false;
	if (o->len && o->text[o->len - 1] != ' ')
		o->text[o->len++] = ' ';
}

/* A mark between words (as put_gap_unit): its fold, counted for clauses,
 * sentences, quotations and '!!'. */
static inline int direct_mark(direct_out *o, const dunit *u)
{
	uint8_t c = u->fold[0];
	direct_space(o);
	mark_counts(c, u->flags & CT_QUOTE, &o->clause, &o->sentence, &o->quoted);
	if (u->cls == A_TRIM && u->len == 1 && c == '!') {
		o->bang_run = o->bang_end == u->start ? o->bang_run + 1 : 1;
		o->bangs += o->bang_run == 2;
		o->bang_end = u->end;
	}
	if (KALM_LIKELY(u->end - u->start == 1)) {
		direct_put(o, c, u->start); /* ASCII: itself */
		return 0;
	}
	return direct_fold(o, u);
}

static inline int direct_token(direct_out *o, uint32_t start, uint8_t flags)
{
	return push_token(o->v, start, o->len, o->clause, o->sentence,
			  flags | (o->quoted ? TOK_QUOTED : 0));
}

/* Could U, alone between two single letters, join them (joinable_gap)? */
static inline bool direct_joins(const dunit *u)
{
	if (u->cls == A_SPACE)
		return true;
	return u->len == 1 && joining_mark(u->fold[0]);
}

/*
 * Eight bytes of ASCII letters at a time, read as one 64-bit word (where
 * the byte order allows, swar.h): their copy lower-cased into the view
 * with each mapped to its byte, and the counts of capitals and of a letter
 * three times in a row, as emit's loop over ASCII letters makes them.
 */
#define DIRECT_WORDS KALM_SWAR
#if DIRECT_WORDS
/* Write the LEN letters of W (LETTER as letters8 gives), read at K, into
 * the view, which has room for 8 more bytes. */
static inline void letters8_put(direct_out *o, uint64_t w, uint64_t letter,
				size_t k, unsigned len)
{
	uint64_t lower = letters8_lower(w, letter);
	direct_map(o, (uint32_t)k); /* and the letters after from the bytes after */
	memcpy(o->text + o->len, &lower, 8);
	o->len += len;
}

/* Capitals among the first LEN letters: letters with bit 5 clear, summed
 * by a multiplication (each byte 0 or 1: no carries). */
static inline size_t letters8_upper(uint64_t w, uint64_t letter, uint64_t keep)
{
	return (size_t)(((letter & ~(w << 2) & keep) >> 7) * ONES8 >> 56);
}
#endif

/* The first letters of a word, up to eight, from S[K] on, read in one go
 * (W, the eight bytes from K, LETTER which are letters: letters8): written
 * with their counts, and the last two letters left in LAST2.  Returns
 * where the letters end (K when the first byte is no letter). */
static inline size_t direct_letters8(direct_out *o, size_t k, uint64_t w,
				     uint64_t letter, size_t *upper,
				     bool *triple, uint32_t *last2)
{
#if DIRECT_WORDS
	unsigned len = letters8_len(letter);
	if (len == 0)
		return k;
	uint64_t keep = letters8_keep(len);
	letters8_put(o, w, letter, k, len);
	*upper += letters8_upper(w, letter, keep);
	*triple = letters8_triple(w, letter, keep);
	uint64_t lower = w | letter >> 2;
	uint32_t last = (uint32_t)(lower >> (8 * (len - 1))) & 0xFF;
	uint32_t before = len >= 2 ? (uint32_t)(lower >> (8 * (len - 2))) & 0xFF : 0;
	*last2 = before << 8 | last;
	return k + len;
#else
	(void)o;
	(void)w;
	(void)letter;
	(void)upper;
	(void)triple;
	(void)last2;
	return k;
#endif
}

/* A word read by view_build_direct. */
typedef struct dword {
	size_t end;      /* where its last unit ends */
	size_t letters, upper;
	uint8_t flags;   /* TOK_* */
	bool single;     /* one letter */
	bool other;      /* letters folded to no ASCII (direct_lookalikes) */
} dword;

/* The word written into the view from FROM, whose first unit starts at
 * SRC, has letters folded to no ASCII: when it has ASCII letters too,
 * those of other scripts that look like Latin ones read as them, as emit
 * writes them ("idioт").  Only shortens the view. */
static __attribute__((noinline, cold)) void
direct_lookalikes(direct_out *o, size_t from, size_t src)
{
	/* the word's units, each with the view bytes direct_letters wrote
	 * for it */
	size_t end = o->len;
	bool ascii = false;
	for (size_t k = src, r = from; r < end && !ascii;) {
		dunit x;
		direct_read(o, k, &x);
		k = x.end;
		if (x.cls == A_IGNORE)
			continue;
		ascii = o->s[x.start] < 0x80 && o->text[r] >= 'a' &&
			o->text[r] <= 'z';
		r += x.cls == A_APOS ? 1 : x.len;
	}
	if (!ascii)
		return;
	/* written again from FROM: the word's jumps too */
	while (o->njump && o->jump[o->njump - 1].at >= from)
		o->njump--;
	o->delta = o->njump ? o->jump[o->njump - 1].src - o->jump[o->njump - 1].at
			    : 0;
	o->len = from;
	for (size_t k = src, r = from; r < end;) {
		dunit x;
		direct_read(o, k, &x);
		k = x.end;
		if (x.cls == A_IGNORE)
			continue;
		size_t next = r + (x.cls == A_APOS ? 1 : x.len);
		uint8_t c = o->text[r] >= 0x80
				    ? lookalike_of(o->s + x.start, x.end - x.start)
				    : 0;
		if (c) {
			direct_put(o, c, x.start);
			r = next;
			continue;
		}
		for (; r < next; r++) {
			if (o->text[r] == ' ')
				direct_jump(o, x.start); /* as direct_fold */
			direct_put(o, o->text[r], x.start);
		}
	}
}

/* Read and write the word of letters (apostrophes between them) that
 * starts at FIRST, whose eight bytes from there are W, LETTER which of
 * them are letters (direct_letters8).  Returns 1, 0 when the general path
 * must write the segment, or KALM_ERR_NO_MEMORY. */
static inline __attribute__((always_inline)) int
direct_letters(direct_out *o, size_t first, uint64_t x, uint64_t letter,
	       dword *w)
{
	const uint8_t *s = o->s;
	const uint8_t *cls = o->v->ascii_class;
	size_t n = o->n, k, wl = 0, wu = 0;
	size_t groups = 1, glen = 0; /* letters between apostrophes */
	uint32_t last2 = 0x10000;
	bool triple = false, apos = false, long_group = false;
	bool wide = false; /* a letter folded to more than ASCII letters */
	bool other = false; /* a letter folded to no ASCII */
	k = direct_letters8(o, first, x, letter, &wu, &triple, &last2);
	wl = glen = k - first;
	for (;;) {
		if (k >= n)
			break;
		uint8_t b = s[k];
		if (b < 0x80 && cls[b] != A_LETTER && cls[b] != A_APOS)
			break; /* the usual end of a word */
		/* the usual letters: an ASCII one, or one of two bytes ("ł",
		 * "ę", "ô") that folds to one ASCII letter, found with one
		 * table lookup; written as direct_read and direct_fold would
		 * write them */
		uint8_t c = 0;
		size_t end = 0;
		bool upper = false;
		if (b < 0x80 && cls[b] == A_LETTER) {
			c = (uint8_t)(b | 0x20u);
			upper = b < 'a';
			end = k + 1;
		} else if (b >= 0xC2 && b <= 0xDF && k + 1 < n &&
			   (s[k + 1] & 0xC0u) == 0x80u) {
			const kalm_charinfo *ci = chartab_get(
				(uint32_t)(b & 0x1Fu) << 6 | (s[k + 1] & 0x3Fu));
			if ((ci->flags & (CT_LETTER | CT_IGNORE | CT_IDENT)) ==
				    CT_LETTER &&
			    ci->len == 1) {
				c = kalm_chartab_pool[ci->off];
				upper = (ci->flags & CT_UPPER) != 0;
				end = (uint32_t)(c - 'a') < 26u ? k + 2 : 0;
			}
		}
		if (end) {
			wu += upper;
			direct_put(o, c, (uint32_t)k);
			triple |= third_in_a_row(&last2, c);
			wl++;
			glen++;
			k = end;
			continue;
		}
		dunit x;
		direct_read(o, k, &x);
		if (x.cls == A_LETTER) {
			wu += (x.flags & CT_UPPER) != 0;
			other |= x.len && x.fold[0] >= 0x80;
			if (direct_fold(o, &x))
				return KALM_ERR_NO_MEMORY;
			/* "ę" as "e": plain still while it folds to ASCII
			 * letters, and the letters in a row are counted on */
			for (uint8_t f = 0; f < x.len; f++) {
				uint32_t c = x.fold[f];
				wide |= c - 'a' >= 26u;
				triple |= third_in_a_row(&last2, c);
			}
			wl++;
			glen++;
			k = x.end;
			continue;
		}
		if (x.cls == A_IGNORE) {
			k = x.end;
			continue;
		}
		if (x.cls != A_APOS)
			break;
		/* an apostrophe between letters belongs to the word */
		dunit y;
		direct_peek(o, x.end, &y);
		if (y.cls != A_LETTER)
			break;
		direct_put(o, '\'', x.start);
		third_in_a_row(&last2, '\''); /* never the third */
		apos = true;
		long_group |= glen >= 2;
		glen = 0;
		groups++;
		k = x.end;
	}
	long_group |= glen >= 2;
	if (apos && !long_group && groups >= 3)
		return 0; /* "a'b'c": spelled out */
	w->end = k;
	w->other = other;
	w->letters = wl;
	w->upper = wu;
	w->flags = 0;
	/* ASCII letters in the view (apostrophes between them), no letter
	 * three times in a row; this path writes no mask and no leet
	 * reading */
	if (!triple && !wide)
		w->flags |= TOK_PLAIN;
	w->single = wl == 1 && !apos;
	return 1;
}

/* Read and write the number that starts with U. */
static int direct_digits(direct_out *o, const dunit *u, dword *w)
{
	size_t k = u->start, digits = 0;
	while (k < o->n) {
		dunit x;
		direct_read(o, k, &x);
		if (x.cls == A_DIGIT) {
			digits++;
			if (x.end - x.start == 1)
				direct_put(o, x.fold[0], x.start);
			else if (direct_fold(o, &x))
				return KALM_ERR_NO_MEMORY;
		} else if (x.cls != A_IGNORE) {
			break;
		}
		k = x.end;
	}
	w->end = k;
	w->letters = w->upper = 0;
	w->flags = TOK_NUMBER;
	w->other = false;
	/* one digit may be a letter spelled out ("1 d 1 0 7") */
	w->single = digits == 1;
	return 1;
}

/* The word W, starting with a unit of class CLS and written into the view
 * from START, is done: record it, unless the general path must write the
 * segment ("'n" keeps its apostrophe; single letters may be spelled out).
 * Returns 1, 0, or KALM_ERR_NO_MEMORY. */
static inline __attribute__((always_inline)) int
direct_word(direct_out *o, const dword *w, uint8_t cls, uint32_t start)
{
	if (o->run == RUN_LEAD && o->lead_apos && cls == A_LETTER && w->single) {
		dunit x;
		direct_peek(o, w->end, &x);
		if (x.cls > A_DOLLAR) /* the run ends: "'n" */
			return 0;
	}
	if (w->single && o->prev_single && o->gap == 1 && o->gap_joins)
		return 0;
	if (direct_token(o, start, w->flags))
		return KALM_ERR_NO_MEMORY;
	o->letters += w->letters;
	o->upper += w->upper;
	o->prev_single = w->single;
	o->gap = 0;
	o->run = RUN_AFTER;
	return 1;
}

/* Might the leet or mask symbol U belong to a word (leet_at_end): an '@'
 * after a word, or an '@' or '!' that opens a run before a letter or
 * '$'?  (The general path decides.) */
static bool direct_leet_at_end(const direct_out *o, const dunit *u)
{
	uint8_t c = u->fold[0];
	if (o->run == RUN_AFTER)
		return c == '@';
	if (o->run != RUN_NONE || u->len != 1 || (c != '@' && c != '!'))
		return false;
	dunit x;
	direct_peek(o, u->end, &x);
	return x.cls == A_LETTER || x.cls == A_DOLLAR;
}

#if DIRECT_WORDS
/*
 * A run of usual words from S[I] on (an ASCII letter, no run open, the
 * owed space written): words of at most fourteen ASCII letters, each
 * followed by one ' ', or by one '.', ',' or '?' and one ' '.  Each word
 * and what follows it are written with one or two stores and recorded as
 * direct_word and direct_mark record them, with the state kept in
 * registers.  The space after a word is written, and the word linked to
 * the next, before the next is read: where the next is none that this
 * loop writes (a longer word, other marks or gaps, the last bytes, a
 * single letter after one, no more token room) both are taken back, and
 * the main loop goes on from there with the space owed, as after that
 * space.  Returns where it stopped.
 */
/* a token's start and end, and its clause and sentence, are written as
 * two words of 64 bits */
_Static_assert(offsetof(ktoken, end) == offsetof(ktoken, start) + 4 &&
		       offsetof(ktoken, sentence) == offsetof(ktoken, clause) + 4,
	       "ktoken's pairs of offsets");

static inline __attribute__((always_inline)) size_t
direct_usual_words(direct_out *o, size_t i)
{
	const uint8_t *s = o->s;
	size_t n = o->n, len = o->len;
	kview *v = o->v;
	/* no pointer into the tokens before there are some (NULL + 0 is
	 * undefined) */
	if (v->ntok >= v->tokcap)
		return i;
	ktoken *t = v->tok + v->ntok, *tend = v->tok + v->tokcap;
	uint8_t *text = o->text;
	uint32_t clause = o->clause, sentence = o->sentence;
	uint16_t quoted = o->quoted ? TOK_QUOTED : 0;
	size_t letters = 0;
	/* the capitals, one count in each byte of CAPS (no more than two a
	 * word, 127 words a call) */
	uint64_t caps = 0;
	if (tend - t > 127)
		tend = t + 127;
	/* a token's clause and sentence, as one word */
	uint64_t where = clause | (uint64_t)sentence << 32;
	/* may the next word be a single letter joined to one before? */
	bool single = o->prev_single && o->gap == 1 && o->gap_joins;
	ktoken *t0 = t;
	size_t gap = 0; /* units after the last word written */
	/* the loop keeps each byte's offset in step with the source's */
	if (!v->ascii_marks || (uint32_t)i - (uint32_t)len != o->delta)
		return i;
	while (i + 8 <= n && t < tend) {
		uint64_t x, y;
		memcpy(&x, s + i, 8);
		uint64_t letter = letters8(x);
		unsigned wl = letters8_len(letter);
		uint64_t lower = letters8_lower(x, letter);
		uint64_t upper, keep;
		bool triple;
		memcpy(text + len, &lower, 8);
		if (KALM_LIKELY(wl < 8)) {
			keep = ((uint64_t)1 << 8 * wl) - 1;
			upper = letter & ~(x << 2) & keep;
			triple = letters8_triple(x, letter, keep);
			y = x >> 8 * wl;
		} else {
			/* eight letters to fourteen: the next eight bytes, and
			 * the word's last eight letters for three in a row */
			if (i + 16 > n)
				break;
			memcpy(&y, s + i + 8, 8);
			uint64_t letter2 = letters8(y);
			unsigned more = letters8_len(letter2);
			if (more > 6)
				break;
			uint64_t z, lower2 = letters8_lower(y, letter2);
			memcpy(&z, s + i + more, 8);
			memcpy(text + len + 8, &lower2, 8);
			keep = ((uint64_t)1 << 8 * more) - 1;
			upper = (letter & ~(x << 2)) + (letter2 & ~(y << 2) & keep);
			triple = letters8_triple(x, letter, ~(uint64_t)0) ||
				 letters8_triple(z, letters8(z), ~(uint64_t)0);
			y >>= 8 * more;
			wl = 8 + more;
		}
		/* then one space, or one mark and one space */
		uint8_t after = (uint8_t)y;
		if (wl == 0 || (wl == 1 && single))
			break;
		uint16_t flags = quoted;
		size_t sep = 1;
		if (KALM_LIKELY(after == ' ')) {
			flags |= TOK_LINKED; /* taken back if no word follows */
			single = wl == 1;
		} else {
			if ((after != '.' && after != ',' && after != '?') ||
			    i + wl + 1 >= n || s[i + wl + 1] != ' ')
				break;
			sep = 2;
			single = false;
		}
		text[len + wl + 1] = ' ';
		caps += upper >> 7;
		uint64_t span = len | (uint64_t)(len + wl) << 32;
		memcpy((char *)t + offsetof(ktoken, start), &span, 8);
		memcpy((char *)t + offsetof(ktoken, clause), &where, 8);
		t->flags = (uint16_t)(flags | (triple ? 0 : TOK_PLAIN));
		t++;
		if (sep == 2) { /* as mark_counts */
			clause++;
			sentence += after != ',';
			where = clause | (uint64_t)sentence << 32;
		}
		letters += wl;
		len += wl + sep;
		i += wl + sep;
		gap = sep;
	}
	if (t == t0)
		return i;
	/* the last space is owed, not written, and the word before it not
	 * yet linked: as after that space in the main loop */
	len--;
	t[-1].flags &= (uint16_t)~TOK_LINKED;
	/* the token before the first word written is linked to it as
	 * push_token links it */
	size_t first = v->ntok;
	v->ntok = (size_t)(t - v->tok);
	if (first > 0)
		token_link(v, &v->tok[first - 1], &v->tok[first]);
	o->len = len;
	o->clause = clause;
	o->sentence = sentence;
	o->letters += letters;
	caps = (caps & 0x00FF00FF00FF00FFu) + (caps >> 8 & 0x00FF00FF00FF00FFu);
	o->upper += (size_t)(caps * 0x0001000100010001u >> 48);
	o->prev_single = t[-1].end - t[-1].start == 1;
	o->gap = gap;
	o->gap_joins = true;
	o->run = RUN_NONE;
	o->pending = true;
	return i;
}
#endif

/* Write the view of segment S[0..N) (a view with room for N + 16 bytes).
 * Returns 1 when written, 0 when the segment needs the general path
 * (STATS untouched), or KALM_ERR_NO_MEMORY. */
static inline __attribute__((always_inline)) int
view_build_direct(kview *v, const uint8_t *s, size_t n, kstats *st)
{
	direct_out o = {v, s, n, v->text, v->jump, 0, 0, 0, v->cap,
			0, 0, SIZE_MAX, 0, 0, false, false,
			RUN_NONE, false, false, false, 0, 0, 0};
	size_t i = 0;
	const uint8_t *cls = v->ascii_class;
	while (i < n) {
		if (s[i] < 0x80 && cls[s[i]] == A_SPACE) {
			/* the usual gap (as below, without reading a unit) */
			o.pending = true;
			o.run = RUN_NONE;
			o.gap++;
			o.gap_joins = true;
			i++;
			continue;
		}
		dword w;
		int r;
#if DIRECT_WORDS
		if (s[i] < 0x80 && cls[s[i]] == A_LETTER && o.run != RUN_AFTER) {
			direct_space(&o);
			if (o.run == RUN_NONE) {
				i = direct_usual_words(&o, i);
				if (i >= n || s[i] >= 0x80 || cls[s[i]] != A_LETTER)
					continue;
				direct_space(&o);
			}
			/* The usual word: at most seven ASCII letters, then
			 * the end or an ASCII byte that neither goes on with
			 * it nor joins it to more (no apostrophe).  As
			 * direct_letters reads it, in one go. */
			uint64_t x = load8_upto(s, i, n);
			uint64_t letter = letters8(x);
			unsigned len = letters8_len(letter);
			uint8_t after = i + len < n ? s[i + len] : ' ';
			if (len < 8 && after < 0x80 && cls[after] != A_APOS) {
				uint32_t start = (uint32_t)o.len;
				letters8_put(&o, x, letter, i, len);
				uint64_t keep = letters8_keep(len);
				w.end = i + len;
				w.letters = len;
				w.upper = letters8_upper(x, letter, keep);
				w.flags = letters8_triple(x, letter, keep) ? 0 : TOK_PLAIN;
				w.single = len == 1;
				if ((r = direct_word(&o, &w, A_LETTER, start)) <= 0)
					return r;
				i = w.end;
				continue;
			}
			/* a longer word: read on from what was read */
			uint32_t start = (uint32_t)o.len;
			r = direct_letters(&o, i, x, letter, &w);
			if (r > 0 && KALM_UNLIKELY(w.other))
				direct_lookalikes(&o, start, i);
			if (r <= 0 || (r = direct_word(&o, &w, A_LETTER, start)) <= 0)
				return r;
			i = w.end;
			continue;
		}
#endif
		dunit u;
		direct_read(&o, i, &u);
		switch (u.cls) {
		case A_IGNORE:
			if (o.bang_end == u.start)
				o.bang_end = u.end;
			i = u.end;
			continue;
		case A_SPACE:
			o.pending = true;
			break;
		case A_NEWLINE:
			o.pending = true;
			o.sentence++;
			o.clause++;
			break;
		case A_PUNCT:
			if (direct_mark(&o, &u))
				return KALM_ERR_NO_MEMORY;
			break;
		case A_SYMBOL: {
			direct_space(&o);
			uint32_t start = (uint32_t)o.len;
			if (direct_fold(&o, &u) || direct_token(&o, start, TOK_SYMBOL))
				return KALM_ERR_NO_MEMORY;
			break;
		}
		case A_APOS:
		case A_TRIM:
			if (u.cls == A_TRIM && direct_leet_at_end(&o, &u))
				return 0; /* "@sshole", "mampar@" */
			/* trimmed from a word's end or start: a mark */
			if (direct_mark(&o, &u))
				return KALM_ERR_NO_MEMORY;
			if (o.run == RUN_NONE)
				o.run = RUN_LEAD;
			o.lead_apos = u.cls == A_APOS;
			o.gap++;
			o.gap_joins = direct_joins(&u);
			i = u.end;
			continue;
		case A_LETTER:
		case A_DIGIT: {
			if (o.run == RUN_AFTER)
				return 0; /* marks or digits inside a word */
			direct_space(&o);
			uint32_t start = (uint32_t)o.len;
			/* with DIRECT_WORDS a word read here starts with no
			 * ASCII letter (those are read above), where letters8
			 * finds none; without, direct_letters reads them all */
			r = u.cls == A_LETTER ? direct_letters(&o, i, 0, 0, &w)
					      : direct_digits(&o, &u, &w);
			if (r > 0 && KALM_UNLIKELY(w.other))
				direct_lookalikes(&o, start, u.start);
			if (r <= 0 || (r = direct_word(&o, &w, u.cls, start)) <= 0)
				return r;
			i = w.end;
			continue;
		}
		default: /* '$', invalid UTF-8 */
			return 0;
		}
		/* a unit that ends any run */
		o.run = RUN_NONE;
		o.gap++;
		o.gap_joins = direct_joins(&u);
		i = u.end;
	}
	v->len = o.len;
	v->njump = o.njump;
	v->mapped = false;
	/* no byte has another reading: alt is 0 where the general path
	 * has not written it */
	if (KALM_UNLIKELY(v->alt_dirty)) {
		memset(v->alt, 0, v->alt_dirty);
		v->alt_dirty = 0;
	}
	st->letters += o.letters;
	st->upper += o.upper;
	st->exclaim_runs += o.bangs;
	return 1;
}

/* The general path: units, runs, then the view (SEG[0..LEN), with room
 * for LEN + 16 bytes). */
static __attribute__((noinline)) int view_build_general(kview *v,
							const uint8_t *seg,
							size_t len, kstats *st)
{
	v->len = 0;
	v->ntok = 0;
	if (decode_units(v, seg, len, st))
		return KALM_ERR_NO_MEMORY;
	v->mapped = true;
	int r = emit(v);
	if (v->alt_dirty < v->len)
		v->alt_dirty = v->len;
	return r;
}

int view_build(kview *v, const uint8_t *seg, size_t len, size_t base,
	       kstats *stats)
{
	v->len = 0;
	v->ntok = 0;
	v->nunit = 0;
	v->nrun = 0;
	v->base = base;
	v->seg = seg;
	if (KALM_UNLIKELY(!v->ascii_ready))
		ascii_units(v);
	if (KALM_UNLIKELY(len + 16 > v->cap) && reserve(v, len + 16))
		return KALM_ERR_NO_MEMORY;
	if (v->ascii_letters) {
		int r = view_build_direct(v, seg, len, stats);
		if (r > 0)
			v->direct_views++;
		if (r)
			return r < 0 ? r : 0;
	}
	return view_build_general(v, seg, len, stats);
}

/* The offset in the segment of the unit one-pass view byte POS comes
 * from, J the number of jumps at or before it (found by the caller). */
static inline uint32_t jump_src(const kview *v, size_t pos, size_t j)
{
	for (;;) {
		const kjump *last = j ? &v->jump[j - 1] : NULL;
		if (last && last->at == pos)
			return last->src;
		/* a space between words comes from the unit after it (one in
		 * a fold has its jump) */
		if (v->text[pos] != ' ' || pos + 1 >= v->len)
			return (uint32_t)pos + (last ? last->src - last->at : 0);
		pos++;
		if (j < v->njump && v->jump[j].at == pos)
			j++;
	}
}

/* The number of jumps at or before one-pass view byte POS. */
static size_t jumps_to(const kview *v, size_t pos)
{
	size_t lo = 0, hi = v->njump;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v->jump[mid].at <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The end of the unit at START, one code point long: the one-pass path
 * writes valid UTF-8 only. */
static uint32_t unit_end(const kview *v, uint32_t start)
{
	uint8_t b = v->seg[start];
	return start + (b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4);
}

uint32_t view_src_start(const kview *v, size_t pos)
{
	if (v->mapped)
		return v->src_start[pos];
	return jump_src(v, pos, jumps_to(v, pos));
}

uint32_t view_src_end(const kview *v, size_t pos)
{
	if (v->mapped)
		return v->src_end[pos];
	return unit_end(v, jump_src(v, pos, jumps_to(v, pos)));
}

void view_src_span(const kview *v, size_t from, size_t to, uint32_t *start,
		   uint32_t *end)
{
	if (v->mapped) {
		*start = v->src_start[from];
		*end = v->src_end[to - 1];
		return;
	}
	size_t j = jumps_to(v, from);
	*start = jump_src(v, from, j);
	while (j < v->njump && v->jump[j].at <= to - 1)
		j++;
	*end = unit_end(v, jump_src(v, to - 1, j));
}

void view_free(kview *v)
{
	kalm_dealloc(v->text);
	kalm_dealloc(v->alt);
	kalm_dealloc(v->src_start);
	kalm_dealloc(v->src_end);
	kalm_dealloc(v->jump);
	kalm_dealloc(v->tok);
	kalm_dealloc(v->unit);
	kalm_dealloc(v->run);
	memset(v, 0, sizeof(*v));
}

size_t view_segment_end(const uint8_t *text, size_t len, size_t max)
{
	if (len <= max)
		return len;
	/* Look for "xy " (a word of two or more letters, then space) after
	 * MAX; give up after a further 4 KiB and cut at a code point. */
	size_t limit = max + 4096 < len ? max + 4096 : len;
	for (size_t i = max; i < limit; i++) {
		if ((text[i] == ' ' || text[i] == '\n') && i >= 2 &&
		    text[i - 1] > ' ' && text[i - 2] > ' ' &&
		    text[i - 1] != '.' && text[i - 2] != '.')
			return i + 1;
	}
	size_t i = max;
	while (i > 0 && (text[i] & 0xC0) == 0x80)
		i--;
	return i ? i : max;
}

/* The fold of the code point CP, written at S (chartab_get): *F and *N
 * its bytes (none for a character that is ignored, a space for one that
 * is a space); whether it is a space. */
static bool char_fold(uint32_t cp, const uint8_t *s, const uint8_t **f,
		      size_t *n)
{
	const kalm_charinfo *ci = chartab_get(cp);
	*f = (ci->flags & CT_IDENT) ? s : kalm_chartab_pool + ci->off;
	*n = (ci->flags & CT_IGNORE) ? 0 : ci->len;
	if (!(ci->flags & CT_SPACE) || (ci->flags & CT_IGNORE))
		return false;
	*f = (const uint8_t *)" ";
	*n = 1;
	return true;
}

int view_fold_term(const char *term, size_t len, kbuf *out)
{
	const uint8_t *s = (const uint8_t *)term;
	for (size_t i = 0; i < len;) {
		uint32_t l;
		int32_t cp = utf8_next(s, len, i, &l);
		if (cp < 0)
			return -1;
		const uint8_t *f;
		size_t n;
		bool space = char_fold((uint32_t)cp, s + i, &f, &n);
		i += l;
		if (space) {
			if (out->len && out->data[out->len - 1] != ' ' &&
			    kbuf_append_u8(out, ' '))
				return KALM_ERR_NO_MEMORY;
			continue;
		}
		if (kbuf_append(out, f, n))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

/* Append the fold F[0..N) of a pattern's literal character to OUT, each
 * ASCII byte that is not a letter or digit escaped so it stays literal;
 * raw inside \Q...\E (QUOTE). */
static int put_pattern_fold(kbuf *out, const uint8_t *f, size_t n, bool quote)
{
	for (size_t k = 0; k < n; k++) {
		uint8_t b = f[k];
		bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
			     (b >= '0' && b <= '9');
		if (!quote && b < 0x80 && !alnum && kbuf_append_u8(out, '\\'))
			return KALM_ERR_NO_MEMORY;
		if (kbuf_append_u8(out, b))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

/* How many bytes of the ASCII syntax at P[I] (I < LEN) the pattern walk
 * copies as they are, and what they do to its state. */
static size_t pattern_syntax(const uint8_t *p, size_t len, size_t i,
			     bool *cls, size_t *cls_first, bool *quote,
			     bool *comment)
{
	uint8_t b = p[i];
	if (*quote) {
		if (b == '\\' && i + 1 < len && p[i + 1] == 'E') {
			*quote = false;
			return 2;
		}
		return 1;
	}
	if (*comment) {
		*comment = b != ')';
		return 1;
	}
	if (b == '\\') {
		if (i + 1 < len && p[i + 1] == 'Q')
			*quote = true;
		/* an escaped non-ASCII character is a literal, folded */
		return i + 1 < len && p[i + 1] < 0x80 ? 2 : 1;
	}
	if (*cls) {
		if (b == '[' && i + 1 < len && p[i + 1] == ':') {
			/* [:alpha:] and the like: short names */
			for (size_t k = i + 2; k + 1 < len && k < i + 16; k++)
				if (p[k] == ':' && p[k + 1] == ']')
					return k + 2 - i;
		}
		if (b == ']' && i > *cls_first)
			*cls = false;
		return 1;
	}
	if (b == '[') {
		*cls = true;
		*cls_first = i + 1 < len && p[i + 1] == '^' ? i + 2 : i + 1;
	} else if (b == '(' && i + 2 < len && p[i + 1] == '?' && p[i + 2] == '#') {
		*comment = true;
		return 3;
	}
	return 1;
}

int view_fold_pattern(const char *pattern, size_t len, kbuf *out, size_t *bad)
{
	const uint8_t *p = (const uint8_t *)pattern;
	bool cls = false, quote = false, comment = false;
	size_t cls_first = 0;
	for (size_t i = 0; i < len;) {
		if (p[i] < 0x80) {
			size_t n = pattern_syntax(p, len, i, &cls, &cls_first,
						  &quote, &comment);
			/* the backslash of an escaped literal goes: its fold
			 * is escaped as it needs */
			bool drop = n == 1 && p[i] == '\\' && !quote &&
				    !comment && i + 1 < len && p[i + 1] >= 0x80;
			if (!drop && kbuf_append(out, p + i, n))
				return KALM_ERR_NO_MEMORY;
			i += n;
			continue;
		}
		uint32_t l;
		int32_t cp = utf8_next(p, len, i, &l);
		if (cp < 0 || comment) { /* PCRE2 refuses the one, the other is no text */
			if (kbuf_append(out, p + i, l))
				return KALM_ERR_NO_MEMORY;
			i += l;
			continue;
		}
		const uint8_t *f;
		size_t n;
		char_fold((uint32_t)cp, p + i, &f, &n);
		size_t chars = 0;
		for (size_t k = 0; k < n; k++)
			chars += (f[k] & 0xC0) != 0x80;
		if (chars != 1 && cls) {
			/* a class holds single characters: "ß" reads as "ss" */
			*bad = i;
			return -1;
		}
		bool group = chars != 1 && !quote;
		if ((group && kbuf_append(out, "(?:", 3)) ||
		    put_pattern_fold(out, f, n, quote) ||
		    (group && kbuf_append_u8(out, ')')))
			return KALM_ERR_NO_MEMORY;
		i += l;
	}
	return 0;
}
