/*
 * gen-chartab OUTPUT.c: derive kalm's per-code-point table from ICU and
 * utf8proc.  Run at build time only, so neither library is consulted while
 * messages are scored.
 *
 * For every code point it decides a class (letter, digit, space, ignorable
 * mark, symbol, punctuation) and a fold: NFKC case folding, then, for
 * letters of scripts other than Latin whose fold looks like Latin (ICU's
 * confusable skeleton is plain ASCII), the Latin letters they look like as
 * written (Cyrillic "а" -> "a", Greek "Ν" -> "n"), then diacritics removed
 * and Latin letters transliterated to ASCII ("ł" -> "l", "ß" -> "ss") or,
 * where they have no such form, read as the ASCII letters they look like
 * ("ɑ" -> "a").  Letters of other scripts that look like a Latin letter
 * only as written (capitals such as "Т", small letters drawn like Latin
 * small capitals such as "т", letters with marks) keep their fold and are
 * listed apart with that letter: the normaliser reads them so only inside
 * words that have ASCII letters.
 */
#include "../chartab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <utf8proc.h>

#define NCP 0x110000

static const UNormalizer2 *nfkc_cf, *nfd, *nfc;
static USpoofChecker *spoof;
static UTransliterator *latin_ascii;

static void die(const char *what, UErrorCode st)
{
	fprintf(stderr, "gen-chartab: %s: %s\n", what, u_errorName(st));
	exit(1);
}

static int to_utf8(const UChar *s, int32_t n, char *out, int32_t cap)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = 0;
	u_strToUTF8(out, cap, &len, s, n, &st);
	if (U_FAILURE(st))
		die("u_strToUTF8", st);
	return len;
}

static bool all_ascii_alnum(const UChar *s, int32_t n)
{
	if (n == 0)
		return false;
	for (int32_t i = 0; i < n; i++)
		if (s[i] >= 0x80 || !(u_isalnum(s[i])))
			return false;
	return true;
}

/* Remove nonspacing marks after canonical decomposition. */
static int32_t strip_marks(UChar *s, int32_t n, int32_t cap)
{
	UChar tmp[256];
	UErrorCode st = U_ZERO_ERROR;
	int32_t m = unorm2_normalize(nfd, s, n, tmp, 256, &st);
	if (U_FAILURE(st))
		return n;
	int32_t o = 0;
	for (int32_t i = 0; i < m && o < cap;) {
		UChar32 c;
		U16_NEXT(tmp, i, m, c);
		int8_t t = u_charType(c);
		if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK)
			continue;
		U16_APPEND_UNSAFE(tmp, o, c);
	}
	/* recompose what remains (Hangul, Indic) so it stays as it was */
	st = U_ZERO_ERROR;
	int32_t r = unorm2_normalize(nfc, tmp, o, s, cap, &st);
	return U_FAILURE(st) ? n : r;
}

static int32_t transliterate(UChar *s, int32_t n, int32_t cap)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t limit = n, len = n;
	utrans_transUChars(latin_ascii, s, &len, cap, 0, &limit, &st);
	if (U_FAILURE(st))
		return n;
	return len;
}

static int32_t lower(UChar *s, int32_t n, int32_t cap)
{
	UChar tmp[256];
	UErrorCode st = U_ZERO_ERROR;
	int32_t m = u_strToLower(tmp, 256, s, n, "", &st);
	if (U_FAILURE(st) || m > cap)
		return n;
	memcpy(s, tmp, (size_t)m * sizeof(UChar));
	return m;
}

/* The confusable skeleton of S[0..N), marks removed and lower-cased, into
 * OUT (room for 64): its length, or 0 when that is not ASCII letters and
 * digits.  The skeleton writes "I" as "l"; CAPITAL reads it back as "i". */
static int32_t ascii_skeleton(const UChar *s, int32_t n, bool capital,
			      UChar *out)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t kn = uspoof_getSkeleton(spoof, 0, s, n, out, 64, &st);
	if (U_FAILURE(st))
		return 0;
	kn = strip_marks(out, kn, 64);
	if (capital && kn == 1 && out[0] == 'l')
		out[0] = 'i';
	kn = lower(out, kn, 64);
	return all_ascii_alnum(out, kn) ? kn : 0;
}

static int32_t ascii_skeleton_of(UChar32 cp, bool capital, UChar *out)
{
	UChar s[4];
	int32_t n = 0;
	U16_APPEND_UNSAFE(s, n, cp);
	return ascii_skeleton(s, n, capital, out);
}

static bool one_ascii_letter(const UChar *s, int32_t n)
{
	return n == 1 && s[0] < 0x80 && u_isalpha(s[0]);
}

/* Is CP drawn like a Latin letter that has no ASCII form of its own
 * (its skeleton one such letter: "т" like "ᴛ", "к" like "ĸ", "ε" like
 * "ꞓ")? */
static bool like_latin_small_capital(UChar32 cp)
{
	UChar s[4], sk[64];
	int32_t n = 0;
	U16_APPEND_UNSAFE(s, n, cp);
	UErrorCode st = U_ZERO_ERROR;
	int32_t kn = uspoof_getSkeleton(spoof, 0, s, n, sk, 64, &st);
	if (U_FAILURE(st) || kn < 1 || kn > 2)
		return false;
	UChar32 c;
	int32_t i = 0;
	U16_NEXT(sk, i, kn, c);
	UErrorCode sst = U_ZERO_ERROR;
	return i == kn && c >= 0x80 && u_isalpha(c) &&
	       uscript_getScript(c, &sst) == USCRIPT_LATIN && U_SUCCESS(sst);
}

/*
 * How letter CP (F[0..FN) its NFKC case fold) reads in Latin, where ICU's
 * confusables say it looks like Latin: into OUT (room for 64), its
 * length, or 0.  Readers see the letter as it is written, so the case it
 * is written in decides:
 * - a capital reads as the one Latin capital it looks like ("Т", "В",
 *   "Η", "І": t, b, h, i), or else as its small form;
 * - a small letter reads as itself ("ϲ": c, where its fold "σ" reads o),
 *   or as its fold, or else, drawn like a Latin small capital ("т", "к",
 *   "м", "ε"), as its capital ("Т", "К", "М", "Ε").
 */
static int32_t latin_reading(UChar32 cp, const UChar *f, int32_t fn, UChar *out)
{
	int32_t n;
	if (u_isupper(cp) || u_istitle(cp)) {
		n = ascii_skeleton_of(cp, true, out);
		return one_ascii_letter(out, n) ? n : ascii_skeleton(f, fn, false, out);
	}
	if ((n = ascii_skeleton_of(cp, false, out)) ||
	    (n = ascii_skeleton(f, fn, false, out)))
		return n;
	UChar32 cap = u_toupper(cp);
	if (cap == cp || !like_latin_small_capital(cp))
		return 0;
	n = ascii_skeleton_of(cap, true, out);
	return one_ascii_letter(out, n) ? n : 0;
}

/* Does the NFKC case fold F[0..FN) of a letter look like ASCII letters
 * (its confusable skeleton ASCII, marks and all: "а", "і", "ο")? */
static bool folds_like_latin(const UChar *f, int32_t fn)
{
	UChar sk[64];
	UErrorCode st = U_ZERO_ERROR;
	int32_t kn = uspoof_getSkeleton(spoof, 0, f, fn, sk, 64, &st);
	if (U_FAILURE(st))
		return false;
	kn = lower(sk, kn, 64);
	return all_ascii_alnum(sk, kn);
}

typedef struct info {
	uint8_t flags;
	uint8_t len;
	uint8_t lookalike; /* the Latin letter it reads as beside ASCII ones */
	char fold[250];
} info;

static void classify(UChar32 cp, info *out)
{
	memset(out, 0, sizeof(*out));
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z') {
			out->flags = CT_LETTER | CT_UPPER;
			out->fold[0] = (char)(cp + 32);
			out->len = 1;
		} else if (cp >= 'a' && cp <= 'z') {
			out->flags = CT_LETTER | CT_IDENT;
			out->fold[0] = (char)cp;
			out->len = 1;
		} else if (cp >= '0' && cp <= '9') {
			out->flags = CT_DIGIT | CT_IDENT;
			out->fold[0] = (char)cp;
			out->len = 1;
		} else if (cp < 0x20 || cp == 0x7f || cp == ' ') {
			out->flags = CT_SPACE;
			out->fold[0] = (cp == '\n') ? '\n' : ' ';
			out->len = 1;
		} else {
			out->flags = CT_IDENT | (cp == '"' ? CT_QUOTE : 0);
			out->fold[0] = (char)cp;
			out->len = 1;
		}
		return;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF) {
		out->flags = CT_SYMBOL; /* never decoded; a replacement */
		out->len = 3;
		memcpy(out->fold, "\xEF\xBF\xBD", 3);
		return;
	}
	utf8proc_category_t cat = utf8proc_category(cp);
	const utf8proc_property_t *prop = utf8proc_get_property(cp);
	/* emoji skin tones modify the symbol before them */
	if ((cp >= 0x1F3FB && cp <= 0x1F3FF) || prop->ignorable ||
	    cat == UTF8PROC_CATEGORY_MN ||
	    cat == UTF8PROC_CATEGORY_ME || cat == UTF8PROC_CATEGORY_CF) {
		out->flags = CT_IGNORE;
		return;
	}
	if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_CC) {
		out->flags = CT_SPACE;
		out->fold[0] = cp == 0x85 ? '\n' : ' ';
		out->len = 1;
		return;
	}
	if (cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP) {
		out->flags = CT_SPACE;
		out->fold[0] = '\n';
		out->len = 1;
		return;
	}
	char self[8];
	UChar src[4];
	int32_t sn = 0;
	U16_APPEND_UNSAFE(src, sn, cp);
	int selflen = to_utf8(src, sn, self, sizeof(self));
	if (cat == UTF8PROC_CATEGORY_CN || cat == UTF8PROC_CATEGORY_CO) {
		out->flags = CT_SYMBOL | CT_IDENT;
		memcpy(out->fold, self, (size_t)selflen);
		out->len = (uint8_t)selflen;
		return;
	}

	UChar f[256];
	UErrorCode st = U_ZERO_ERROR;
	int32_t fn = unorm2_normalize(nfkc_cf, src, sn, f, 64, &st);
	if (U_FAILURE(st))
		die("NFKC_Casefold", st);
	if (fn == 0) {
		out->flags = CT_IGNORE;
		return;
	}
	bool letter = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
		      cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_MC;
	bool upper = u_isupper(cp) || u_istitle(cp);
	uint8_t flags = 0;

	if (letter || ((cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_NO) &&
		       all_ascii_alnum(f, fn) && !u_isdigit(f[0]))) {
		UErrorCode sst = U_ZERO_ERROR;
		UScriptCode script = uscript_getScript(cp, &sst);
		bool other = U_SUCCESS(sst) && script != USCRIPT_LATIN &&
			     script != USCRIPT_COMMON && script != USCRIPT_INHERITED;
		UChar sk[64];
		int32_t kn = other ? latin_reading(cp, f, fn, sk) : 0;
		if (kn && folds_like_latin(f, fn)) {
			/* looks Latin whatever its case: read so everywhere */
			memcpy(f, sk, (size_t)kn * sizeof(UChar));
			fn = kn;
		} else if (one_ascii_letter(sk, kn)) {
			/* looks Latin only as written ("Т", "т", "ή"): read
			 * so only beside Latin letters, for "как" is Russian */
			out->lookalike = (uint8_t)sk[0];
		}
		fn = transliterate(f, fn, 256);
		fn = strip_marks(f, fn, 256);
		fn = lower(f, fn, 256);
		/* Latin letters with no ASCII form read as what they look
		 * like ("ɑ": a, "ɩ": i) */
		if (script == USCRIPT_LATIN && !all_ascii_alnum(f, fn) &&
		    (kn = latin_reading(cp, f, fn, sk)) && !u_isdigit(sk[0])) {
			memcpy(f, sk, (size_t)kn * sizeof(UChar));
			fn = kn;
		}
		flags = CT_LETTER | (upper ? CT_UPPER : 0);
	} else if (cat == UTF8PROC_CATEGORY_ND) {
		int v = u_charDigitValue(cp);
		out->flags = CT_DIGIT;
		out->fold[0] = (char)('0' + (v >= 0 && v <= 9 ? v : 0));
		out->len = 1;
		return;
	} else if (cat == UTF8PROC_CATEGORY_NO) {
		bool digits = fn > 0;
		for (int32_t i = 0; i < fn; i++)
			digits = digits && f[i] >= '0' && f[i] <= '9';
		flags = digits ? CT_DIGIT : CT_SYMBOL;
		if (!digits) {
			fn = 0;
			U16_APPEND_UNSAFE(f, fn, cp);
		}
	} else if (cat == UTF8PROC_CATEGORY_SO) {
		flags = CT_SYMBOL;
		fn = 0;
		U16_APPEND_UNSAFE(f, fn, cp);
	} else {
		/* punctuation, math, currency, modifier symbols */
		fn = transliterate(f, fn, 256);
		if (cp == 0xAB || cp == 0xBB || cp == 0x201E || cp == 0x201F ||
		    (fn == 1 && f[0] == '"') || (cp >= 0x300C && cp <= 0x300F)) {
			f[0] = '"';
			fn = 1;
			flags = CT_QUOTE;
		}
	}
	int n = to_utf8(f, fn, out->fold, (int32_t)sizeof(out->fold));
	if (n > 240) {
		fprintf(stderr, "gen-chartab: fold of U+%04X too long\n", cp);
		exit(1);
	}
	out->len = (uint8_t)n;
	if (n == selflen && memcmp(out->fold, self, (size_t)n) == 0)
		flags |= CT_IDENT;
	out->flags = flags;
}

/* ---- tables with de-duplication ---- */

static kalm_charinfo *entries;  /* NCP */
static uint8_t *pool;
static size_t pool_len;

#define HSIZE (1u << 16)
static int32_t str_head[HSIZE];

static uint32_t fnv(const void *p, size_t n)
{
	const uint8_t *b = p;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 16777619u;
	return h;
}

typedef struct strnode {
	uint16_t off;
	uint8_t len;
	int32_t next;
} strnode;
static strnode *strs;
static int32_t nstrs;

static uint16_t intern(const char *s, uint8_t len)
{
	uint32_t h = fnv(s, len) & (HSIZE - 1);
	for (int32_t i = str_head[h]; i >= 0; i = strs[i].next)
		if (strs[i].len == len && memcmp(pool + strs[i].off, s, len) == 0)
			return strs[i].off;
	if (pool_len + len > 0xFFFF) {
		fprintf(stderr, "gen-chartab: fold pool overflow (%zu strings)\n", (size_t)nstrs);
		exit(1);
	}
	uint16_t off = (uint16_t)pool_len;
	memcpy(pool + pool_len, s, len);
	pool_len += len;
	strs = realloc(strs, sizeof(*strs) * (size_t)(nstrs + 1));
	if (!strs)
		exit(1);
	strs[nstrs] = (strnode){off, len, str_head[h]};
	str_head[h] = nstrs++;
	return off;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: gen-chartab OUTPUT.c\n");
		return 2;
	}
	UErrorCode st = U_ZERO_ERROR;
	nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
	if (U_FAILURE(st))
		die("NFKC_Casefold instance", st);
	nfd = unorm2_getNFDInstance(&st);
	nfc = unorm2_getNFCInstance(&st);
	if (U_FAILURE(st))
		die("NFD instance", st);
	spoof = uspoof_open(&st);
	if (U_FAILURE(st))
		die("uspoof_open", st);
	UChar id[32];
	u_uastrcpy(id, "Latin-ASCII");
	latin_ascii = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
	if (U_FAILURE(st))
		die("Latin-ASCII transliterator", st);

	entries = calloc(NCP, sizeof(*entries));
	pool = malloc(0x10000);
	if (!entries || !pool)
		return 1;
	memset(str_head, -1, sizeof(str_head));
	info in;
	uint32_t *lookalike = malloc(NCP * sizeof(uint32_t));
	size_t nlookalike = 0;
	if (!lookalike)
		return 1;
	for (UChar32 cp = 0; cp < NCP; cp++) {
		classify(cp, &in);
		if (in.lookalike)
			lookalike[nlookalike++] = (uint32_t)cp << 8 | in.lookalike;
		entries[cp].flags = in.flags;
		entries[cp].len = in.len;
		entries[cp].off = (in.flags & CT_IDENT) || in.len == 0
					  ? 0
					  : intern(in.fold, in.len);
	}

	/* Blocks of CT_BLOCK entries, identical ones stored once. */
	size_t nblocks_in = NCP >> CT_SHIFT;
	uint16_t *stage1 = malloc(nblocks_in * sizeof(uint16_t));
	uint32_t *bhash_head = malloc(HSIZE * sizeof(uint32_t));
	uint32_t *bnext = malloc(nblocks_in * sizeof(uint32_t));
	uint32_t *bsrc = malloc(nblocks_in * sizeof(uint32_t));
	if (!stage1 || !bhash_head || !bnext || !bsrc)
		return 1;
	memset(bhash_head, 0xff, HSIZE * sizeof(uint32_t));
	uint32_t nuniq = 0;
	size_t bbytes = CT_BLOCK * sizeof(kalm_charinfo);
	for (size_t b = 0; b < nblocks_in; b++) {
		const kalm_charinfo *blk = entries + (b << CT_SHIFT);
		uint32_t h = fnv(blk, bbytes) & (HSIZE - 1);
		uint32_t found = UINT32_MAX;
		for (uint32_t i = bhash_head[h]; i != UINT32_MAX; i = bnext[i])
			if (memcmp(entries + ((size_t)bsrc[i] << CT_SHIFT), blk,
				   bbytes) == 0) {
				found = i;
				break;
			}
		if (found == UINT32_MAX) {
			found = nuniq++;
			bsrc[found] = (uint32_t)b;
			bnext[found] = bhash_head[h];
			bhash_head[h] = found;
		}
		stage1[b] = (uint16_t)found;
	}

	FILE *out = fopen(argv[1], "w");
	if (!out) {
		perror(argv[1]);
		return 1;
	}
	fprintf(out, "/* Generated by gen-chartab from ICU %s and utf8proc %s."
		     " Do not edit. */\n#include \"chartab.h\"\n\n",
		U_ICU_VERSION, utf8proc_version());
	fprintf(out, "const uint16_t kalm_chartab_stage1[%zu] = {", nblocks_in);
	for (size_t b = 0; b < nblocks_in; b++)
		fprintf(out, "%s%u,", b % 16 ? "" : "\n", stage1[b]);
	fprintf(out, "\n};\n\nconst kalm_charinfo kalm_chartab_stage2[%u] = {",
		nuniq << CT_SHIFT);
	for (uint32_t u = 0; u < nuniq; u++) {
		const kalm_charinfo *blk = entries + ((size_t)bsrc[u] << CT_SHIFT);
		for (unsigned i = 0; i < CT_BLOCK; i++)
			fprintf(out, "%s{%u,%u,%u},", i % 8 ? "" : "\n",
				blk[i].off, blk[i].len, blk[i].flags);
	}
	fprintf(out, "\n};\n\nconst uint8_t kalm_chartab_pool[%zu] = {",
		pool_len ? pool_len : 1);
	for (size_t i = 0; i < pool_len; i++)
		fprintf(out, "%s%u,", i % 24 ? "" : "\n", pool[i]);
	if (!pool_len)
		fprintf(out, "0");
	fprintf(out, "\n};\n\nconst uint32_t kalm_chartab_lookalike[%zu] = {",
		nlookalike ? nlookalike : 1);
	for (size_t i = 0; i < nlookalike; i++)
		fprintf(out, "%s0x%x,", i % 8 ? "" : "\n", lookalike[i]);
	if (!nlookalike)
		fprintf(out, "0");
	fprintf(out, "\n};\nconst uint32_t kalm_chartab_lookalikes = %zu;\n",
		nlookalike);
	if (fclose(out) != 0) {
		perror(argv[1]);
		return 1;
	}
	fprintf(stderr, "gen-chartab: %u unique blocks, pool %zu bytes, %zu "
			"look-alikes\n", nuniq, pool_len, nlookalike);
	uspoof_close(spoof);
	utrans_close(latin_ascii);
	free(stage1);
	free(bhash_head);
	free(bnext);
	free(bsrc);
	free(entries);
	free(lookalike);
	free(pool);
	free(strs);
	return 0;
}
