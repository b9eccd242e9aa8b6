/*
 * Language identification for nl, af, pl and en.
 *
 * A naive Bayes model over features of each word of the message: character
 * n-grams of order 1 to 4 over the word with a boundary mark on both sides
 * ("_die_" gives "_d", "die_", "_die", ...), the whole word itself, which
 * carries the function words (die, nie, jy, ek vs de, niet, je, ik), and
 * pairs of neighbouring words.  The pairs are there for Dutch against
 * Afrikaans, where single words mislead: "het" and "is" are common in
 * both, but "het is" and a sentence opening with "het" are Dutch, "is nie"
 * and "het nie" Afrikaans.  A pair's cost is only what it adds beyond its
 * two words.  The orthographic cues (ą ł ż, ê ë ô, "'n", "ij") need no
 * code of their own: they are n-grams and words whose costs the trainer
 * made sharp.  Every stored feature has a cost per language: how many nats
 * less likely the feature is in that language than in the language that
 * likes it most.  Features the profile does not list cost every language
 * the same and are skipped.
 *
 * Binary section, all integers little-endian, read byte by byte so the
 * section may sit at any offset of a blob:
 *
 *     0  "KLID"  magic
 *     4  u16     version (2)
 *     6  u16     header size (64)
 *     8  u32     feature count N
 *    12  u8      bucket bits B (4..16)
 *    13  u8      cost scale: cost units per nat
 *    14  u16     min letters: fewer letters than this is no evidence
 *    16  u16[6]  weight per feature kind (1..4 n-gram order, 5 word,
 *                6 word pair), 1/256 units
 *    28  u16     hint prior, 1/256 nats
 *    30  u16     temperature, 1/1024 (tempers the overconfident sum)
 *    32  u8      slot bits S (4..24), 2^S > N
 *    33  u8      probe limit D: no feature sits more than D slots past
 *                the slot its key's top S bits name (its home)
 *    34..35      zero
 *    36  u32     empty key E: no feature has it; marks a free slot
 *    40..63      zero
 *    64  u32[2^B + 1]  bucket start: features whose key's top B bits are b
 *                      are [start[b], start[b+1])
 *        u32[N]        keys, ascending
 *        u8[N][4]      costs for nl, af, pl, en
 *        u8[2^S + D][8]  slots: u32 key (E when free) and its four
 *                      costs, by linear probing from the key's home; the
 *                      D slots past the last home take the overflow, so
 *                      a probe never wraps
 *
 * The sorted list is the canonical form langid_profile_check validates;
 * guessing reads only the slots, one 8-byte read for most features, and
 * the check proves every listed feature is found there with its costs.
 *
 * The key of a feature is FNV-1a over its code points (three bytes each,
 * least significant first, boundary '_') followed by the kind byte; the
 * trainer (scripts/train_langid.py) computes the same.  A word pair is
 * "first_second"; a sentence's first word pairs with nothing: "_second".
 */
#include "langid.h"
#include "swar.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Only the first 4 KiB of a message are read: the language is settled long
 * before that, and the cost per message stays flat however long it is. */
#define LANGID_PREFIX 4096

/* Letters of one word kept for features; longer runs are cut. */
#define LANGID_WORD_MAX 48
/* Words longer than this are no dictionary word: no whole-word feature. */
#define LANGID_WORD_FEATURE_MAX 24

#define LANGID_HEADER 64
#define LANGID_VERSION 2
#define LANGID_KINDS 7 /* 0 unused, 1..4 n-gram orders, 5 word, 6 pair */
#define LANGID_KIND_WORD 5
#define LANGID_KIND_PAIR 6
#define LANGID_NLANG 4
#define LANGID_BOUNDARY 0x5Fu /* '_' */
#define LANGID_MAX_FEATURES (1u << 22)

static const uint8_t langid_magic[4] = {'K', 'L', 'I', 'D'};

/* ------------------------------------------------------------------ */
/* Characters                                                          */

/* Lower-case the Latin letters the four languages (and their loanwords)
 * use; everything else is returned as it is.  Full Unicode case mapping
 * would need ICU at run time, and nothing outside Latin-1 and Latin
 * Extended-A decides between nl, af, pl and en. */
static uint32_t langid_lower(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xC0)
		return c;
	if (c <= 0xDE)
		return c == 0xD7 ? c : c + 32;
	if (c < 0x100 || c > 0x17E)
		return c;
	if (c == 0x130) /* dotted capital I */
		return 'i';
	if (c == 0x178)
		return 0xFF;
	/* Latin Extended-A pairs capitals with the next code point, but the
	 * pairing flips parity at U+0139 and back at U+014A, and again at
	 * U+0179. */
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return (c & 1u) ? c + 1 : c;
	if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
		return c;
	return (c & 1u) ? c : c + 1;
}

/* A letter after lower-casing: ASCII, Latin-1 and Latin Extended-A/B.
 * Other scripts are no evidence for any of the four languages. */
static bool langid_is_letter(uint32_t c)
{
	if (c >= 'a' && c <= 'z')
		return true;
	if (c >= 0xDF && c <= 0x24F)
		return c != 0xF7;
	return false;
}

static bool langid_is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BC ||
	       c == 0xB4 || c == '`';
}

/* A mark after which the next word starts a sentence (pairs with none). */
static inline bool langid_ends_sentence(uint32_t c)
{
	return c == '.' || c == '!' || c == '?';
}

/* Decode one code point of S[0..LEN) (LEN >= 1) into *CP; returns the
 * bytes used.  An invalid or truncated sequence reads as U+FFFD and uses
 * one byte, so decoding always moves forward. */
static size_t langid_decode(const uint8_t *s, size_t len, uint32_t *cp)
{
	uint8_t b = s[0];
	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	size_t need;
	uint32_t c, min;
	if (b >= 0xC2 && b <= 0xDF) {
		need = 1;
		c = b & 0x1Fu;
		min = 0x80;
	} else if (b >= 0xE0 && b <= 0xEF) {
		need = 2;
		c = b & 0x0Fu;
		min = 0x800;
	} else if (b >= 0xF0 && b <= 0xF4) {
		need = 3;
		c = b & 0x07u;
		min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (len < need + 1) {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i <= need; i++) {
		if ((s[i] & 0xC0u) != 0x80u) {
			*cp = 0xFFFD;
			return 1;
		}
		c = c << 6 | (s[i] & 0x3Fu);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return need + 1;
}

/* ------------------------------------------------------------------ */
/* Feature keys                                                        */

#define LANGID_FNV_BASIS 2166136261u
#define LANGID_FNV_PRIME 16777619u

/* FNV_PRIME^2 and ^3 mod 2^32: a zero byte only multiplies, so the two
 * or three steps of a code point below U+0100 or U+10000 fold into one. */
#define LANGID_FNV_PRIME2 (LANGID_FNV_PRIME * LANGID_FNV_PRIME)
#define LANGID_FNV_PRIME3 (LANGID_FNV_PRIME2 * LANGID_FNV_PRIME)

static inline uint32_t langid_hash_cp(uint32_t h, uint32_t cp)
{
	if (cp < 0x100u)
		return (h ^ cp) * LANGID_FNV_PRIME3;
	h = (h ^ (cp & 0xFFu)) * LANGID_FNV_PRIME;
	if (cp < 0x10000u)
		return (h ^ (cp >> 8)) * LANGID_FNV_PRIME2;
	h = (h ^ ((cp >> 8) & 0xFFu)) * LANGID_FNV_PRIME;
	h = (h ^ ((cp >> 16) & 0xFFu)) * LANGID_FNV_PRIME;
	return h;
}

static inline uint32_t langid_hash_kind(uint32_t h, unsigned kind)
{
	return (h ^ kind) * LANGID_FNV_PRIME;
}

/* ------------------------------------------------------------------ */
/* The compiled profile                                                */

/* The slot table, copied by value into the hot loop so that nothing it
 * holds is reloaded from memory between lookups. */
typedef struct langid_slots {
	const uint8_t *at;
	uint32_t shift; /* 32 - slot bits */
	uint32_t count; /* 2^S + D */
	uint32_t span;  /* (D + 1) * 8: the bytes a probe may read */
	uint32_t empty;
} langid_slots;

typedef struct langid_view {
	const uint8_t *start; /* bucket starts */
	const uint8_t *keys;
	const uint8_t *costs;
	langid_slots slots;
	uint32_t count;
	unsigned bits;
	unsigned scale;
	unsigned min_letters;
	uint32_t weight[LANGID_KINDS];
	double hint_prior;
	double temperature;
} langid_view;

#define LANGID_SLOT_BITS_MAX 24

static size_t langid_size_for(uint32_t count, unsigned bits,
			      unsigned slot_bits, unsigned probe_limit)
{
	return LANGID_HEADER + (((size_t)1 << bits) + 1) * 4 +
	       (size_t)count * 8 + (((size_t)1 << slot_bits) + probe_limit) * 8;
}

/* The header checks that make every read of langid_lookup stay inside
 * the section; cheap enough to repeat on each guess. */
static int langid_view_open(const uint8_t *p, size_t len, langid_view *v)
{
	if (!p || len < LANGID_HEADER || memcmp(p, langid_magic, 4) != 0)
		return -1;
	if (kalm_rd16(p + 4) != LANGID_VERSION ||
	    kalm_rd16(p + 6) != LANGID_HEADER)
		return -1;
	v->count = kalm_rd32(p + 8);
	v->bits = p[12];
	v->scale = p[13];
	unsigned slot_bits = p[32];
	if (v->bits < 4 || v->bits > 16 || v->scale == 0 ||
	    v->count > LANGID_MAX_FEATURES || slot_bits < 4 ||
	    slot_bits > LANGID_SLOT_BITS_MAX ||
	    ((size_t)1 << slot_bits) <= v->count)
		return -1;
	unsigned probe_limit = p[33];
	if (len < langid_size_for(v->count, v->bits, slot_bits, probe_limit))
		return -1;
	v->slots.shift = 32 - slot_bits;
	v->slots.count = ((uint32_t)1 << slot_bits) + probe_limit;
	v->slots.span = (probe_limit + 1) * 8;
	v->slots.empty = kalm_rd32(p + 36);
	v->min_letters = kalm_rd16(p + 14);
	v->weight[0] = 0;
	for (unsigned k = 1; k < LANGID_KINDS; k++)
		v->weight[k] = kalm_rd16(p + 16 + 2 * (k - 1));
	v->hint_prior = kalm_rd16(p + 28) / 256.0;
	v->temperature = kalm_rd16(p + 30) / 1024.0;
	v->start = p + LANGID_HEADER;
	v->keys = v->start + (((size_t)1 << v->bits) + 1) * 4;
	v->costs = v->keys + (size_t)v->count * 4;
	v->slots.at = v->costs + (size_t)v->count * 4;
	return 0;
}

/* The costs of feature KEY, or NULL when the profile does not list it.
 * The home is below 2^S and a probe reads at most D + 1 slots, so even
 * an unchecked profile whose header passed langid_view_open is never
 * read out of range.  A key equal to E is never listed: the first free
 * slot ends its probe. */
static inline const uint8_t *langid_lookup(langid_slots t, uint32_t key)
{
	const uint8_t *slot = t.at + (size_t)(key >> t.shift) * 8;
	uint32_t k = kalm_rd32(slot);
	if (k == t.empty)
		return NULL;
	if (KALM_LIKELY(k == key))
		return slot + 4;
	/* The home holds another key, a quarter of the time or less. */
	const uint8_t *end = slot + t.span;
	for (slot += 8; slot != end; slot += 8) {
		k = kalm_rd32(slot);
		if (k == t.empty)
			return NULL;
		if (k == key)
			return slot + 4;
	}
	return NULL;
}

/* The slots hold exactly the listed features with their costs. */
static int langid_slots_check(const langid_view *v)
{
	size_t used = 0;
	for (size_t i = 0; i < v->slots.count; i++) {
		const uint8_t *slot = v->slots.at + i * 8;
		if (kalm_rd32(slot) != v->slots.empty)
			used++;
		else if (kalm_rd32(slot + 4) != 0)
			return -1;
	}
	if (used != v->count)
		return -1;
	for (uint32_t i = 0; i < v->count; i++) {
		uint32_t key = kalm_rd32(v->keys + (size_t)i * 4);
		if (key == v->slots.empty)
			return -1;
		const uint8_t *c = langid_lookup(v->slots, key);
		if (!c || kalm_rd32(c) != kalm_rd32(v->costs + (size_t)i * 4))
			return -1;
	}
	return 0;
}

int langid_profile_check(const uint8_t *profile, size_t len)
{
	langid_view v;
	if (langid_view_open(profile, len, &v) != 0)
		return -1;
	for (size_t i = 34; i < LANGID_HEADER; i++)
		if ((i < 36 || i >= 40) && profile[i] != 0)
			return -1;
	if (v.temperature <= 0.0)
		return -1;
	size_t buckets = (size_t)1 << v.bits;
	uint32_t prev = 0;
	if (kalm_rd32(v.start) != 0 ||
	    kalm_rd32(v.start + buckets * 4) != v.count)
		return -1;
	for (size_t b = 1; b <= buckets; b++) {
		uint32_t s = kalm_rd32(v.start + b * 4);
		if (s < prev || s > v.count)
			return -1;
		prev = s;
	}
	/* Keys ascend and each sits in its own bucket; otherwise lookups
	 * would silently miss. */
	for (size_t b = 0; b < buckets; b++) {
		uint32_t lo = kalm_rd32(v.start + b * 4);
		uint32_t hi = kalm_rd32(v.start + (b + 1) * 4);
		for (uint32_t i = lo; i < hi; i++) {
			uint32_t key = kalm_rd32(v.keys + (size_t)i * 4);
			if ((key >> (32 - v.bits)) != b)
				return -1;
			if (i > lo &&
			    kalm_rd32(v.keys + (size_t)(i - 1) * 4) >= key)
				return -1;
		}
	}
	return langid_slots_check(&v);
}

/* ------------------------------------------------------------------ */
/* Guessing                                                            */

/* Costs of one word's features, unweighted, per kind: four 16-bit lanes
 * (nl at bit 0, pl 16, af 32, en 48) added in one step; the weights are
 * applied when the word is done.  A kind gains at most one feature per
 * position of the padded word (at most LANGID_WORD_MAX + 2), and each
 * adds at most 255 to a lane: 50 * 255 stays within 16 bits. */
typedef struct langid_lanes {
	uint64_t lane[LANGID_KIND_WORD + 1]; /* kinds 1..5 */
	unsigned hits;
} langid_lanes;

/* Values of a tally's FROM (and a memo slot's pair_from) beyond any FNV
 * state: no pair follows; no pair is known. */
#define LANGID_NO_PAIR ((uint64_t)1 << 32)
#define LANGID_PAIR_UNKNOWN ((uint64_t)1 << 33)

typedef struct langid_tally {
	uint64_t cost[LANGID_NLANG]; /* weighted cost units */
	unsigned matched;            /* features found in the profile */
	unsigned letters;            /* letters in words that were read */
	/* Where the hash of the next word's pair starts: the FNV state after
	 * the word before (no kind), or the basis at a sentence start; or
	 * LANGID_NO_PAIR, when none is formed (after an address or a long
	 * word). */
	uint64_t from;
	/* the memo's slots; NULL: every word is read in full */
	struct langid_memo_slot *memo_slots;
	unsigned memo_shift; /* 64 - the memo's bits: a hash's top bits */
} langid_tally;

/* A sentence ended: the next word pairs with none. */
static inline void langid_new_sentence(langid_tally *t)
{
	t->from = LANGID_FNV_BASIS;
}

/*
 * The memo.  A word's n-grams and whole-word feature depend on its
 * letters alone, so their weighted costs are kept per word: a word seen
 * before costs one probe instead of four lookups per letter.  The key is
 * the word itself, exactly (langid_memo_key): a word of letters below
 * U+0100 as their bytes, the first eight in the first 64-bit half and the
 * rest and the letter count in the second, which is how the usual word is
 * read from the text in one go (langid_chunk16); other words, whose letters
 * are all below U+0250 (langid_is_letter, the apostrophe), ten bits a
 * letter, six to a half, the count in the top four bits of the first and
 * the top bit of the second set.  A word of bytes with a letter three
 * times in a row (spelled out, "a a a", or after an ij ligature) also has
 * LANGID_MEMO_TRIPLE set: the usual word's text, whose stretched letters
 * are yet to be cut, is looked up as it stands (langid_chunk16), and so
 * finds no word it would not read as.  The letters of a chunk of ASCII
 * letters and letters of two bytes (langid_chunk_latin), up to
 * LANGID_RAW_MAX bytes, are also looked up as they stand, case and all:
 * their bytes, the count of them in the top byte of the second half with
 * LANGID_MEMO_RAW, which no other key has.  So a memo answers exactly
 * what reading the word would, and a guess never depends on what was
 * read before.  Two-way set associative: a new word takes its set's first slot
 * and moves the word there to the second, replacing the one before.
 */
#define LANGID_MEMO_LETTERS 12
#define LANGID_MEMO_TRIPLE ((uint64_t)1 << 40)
#define LANGID_MEMO_RAW ((uint64_t)1 << 62)
#define LANGID_RAW_MAX 15

typedef struct langid_memo_slot {
	uint64_t key[2]; /* key[0] == 0: free (a word has a letter) */
	uint32_t cost[LANGID_NLANG]; /* weighted */
	/* The word's costs with those of the last pair read with it second
	 * added (weighted; at most 255 * 65535 each, and a word of at most
	 * LANGID_RAW_MAX letters has at most 69 features as much: every sum
	 * fits 32 bits), and the features found without and with that
	 * pair. */
	uint32_t cost_pair[LANGID_NLANG];
	uint8_t hits;
	uint8_t hits_pair;
	uint8_t letters; /* the word's */
	uint8_t pad;
	uint32_t hash; /* the word's FNV state, no kind (for pairs) */
	/* That pair's hash's start (the word before's state), or
	 * LANGID_PAIR_UNKNOWN: never a tally's FROM. */
	uint64_t pair_from;
} langid_memo_slot;

_Static_assert(sizeof(langid_memo_slot) == KALM_CACHE_LINE,
	       "a memo slot is one cache line");

/* The slots follow at the first multiple of KALM_CACHE_LINE bytes in the
 * caller's memory (langid_memo_slots), so that a probe reads one line. */
struct langid_memo {
	unsigned bits;   /* 2^bits slots */
	uint64_t serial; /* the model the slots were filled for; 0 none */
	bool view_ok;    /* VIEW is that model's profile, opened */
	langid_view view;
};

size_t langid_memo_size(unsigned bits)
{
	if (bits < LANGID_MEMO_BITS_MIN || bits > LANGID_MEMO_BITS_MAX)
		return 0;
	return sizeof(langid_memo) + KALM_CACHE_LINE - 1 +
	       ((size_t)1 << bits) * sizeof(langid_memo_slot);
}

static langid_memo_slot *langid_memo_slots(langid_memo *memo)
{
	return kalm_line_up(memo + 1);
}

void langid_memo_init(langid_memo *memo, unsigned bits)
{
	memset(memo, 0, langid_memo_size(bits));
	memo->bits = bits;
}

unsigned langid_memo_bits(const langid_memo *memo)
{
	return memo->bits;
}

/* The four costs at C as four 16-bit lanes (nl at bit 0, pl 16, af 32,
 * en 48), so that lanes add up in one addition. */
static inline uint64_t langid_lane(const uint8_t *c)
{
	uint64_t x = kalm_rd32(c);
	return (x & 0x00FF00FFu) | (x & 0xFF00FF00u) << 24;
}

/* Add the costs of feature KEY, if listed, to LANE (langid_lane).
 * Returns 1 for a listed feature. */
static inline unsigned langid_add(langid_slots t, uint32_t key,
				  uint64_t *lane)
{
	const uint8_t *c = langid_lookup(t, key);
	if (!c)
		return 0;
	*lane += langid_lane(c);
	return 1;
}

/* Lane LANE weighted by W, per language (nl, af, pl, en). */
static inline void langid_weigh(uint64_t lane, uint32_t w, uint64_t *cost)
{
	cost[0] += (uint64_t)w * (lane & 0xFFFFu);
	cost[1] += (uint64_t)w * ((lane >> 32) & 0xFFFFu);
	cost[2] += (uint64_t)w * ((lane >> 16) & 0xFFFFu);
	cost[3] += (uint64_t)w * (lane >> 48);
}

/* One hash step for a code point below U+0100: FNV-1a over its three
 * bytes, of which the upper two are zero. */
static inline uint32_t langid_hash_narrow(uint32_t h, uint32_t cp)
{
	return (h ^ cp) * LANGID_FNV_PRIME3;
}

/* The n-grams of the boundary-padded word PAD[0..M), M >= 3, into L.
 * Only the first and last positions hold the boundary, and "_" alone is
 * no unigram.  NARROW (a constant at each call) says every code point is
 * below U+0100, so that each hash step is one multiply. */
#define LANGID_STEP(h, c) \
	(narrow ? langid_hash_narrow((h), (c)) : langid_hash_cp((h), (c)))
static inline __attribute__((always_inline)) void
langid_grams(const langid_view *v, langid_lanes *L, const uint32_t *pad,
	     size_t m, bool narrow)
{
	const langid_slots tab = v->slots;
	uint64_t l1 = 0, l2 = 0, l3 = 0, l4 = 0;
	unsigned hits = 0;
	size_t i = 0;
	/* Every order fits while i + 4 <= m. */
	for (; i + 4 <= m; i++) {
		uint32_t h = LANGID_STEP(LANGID_FNV_BASIS, pad[i]);
		if (i != 0)
			hits += langid_add(tab, langid_hash_kind(h, 1), &l1);
		h = LANGID_STEP(h, pad[i + 1]);
		hits += langid_add(tab, langid_hash_kind(h, 2), &l2);
		h = LANGID_STEP(h, pad[i + 2]);
		hits += langid_add(tab, langid_hash_kind(h, 3), &l3);
		h = LANGID_STEP(h, pad[i + 3]);
		hits += langid_add(tab, langid_hash_kind(h, 4), &l4);
	}
	for (; i < m; i++) {
		uint32_t h = LANGID_STEP(LANGID_FNV_BASIS, pad[i]);
		if (i != 0 && i + 1 != m)
			hits += langid_add(tab, langid_hash_kind(h, 1), &l1);
		if (i + 2 > m)
			continue;
		h = LANGID_STEP(h, pad[i + 1]);
		hits += langid_add(tab, langid_hash_kind(h, 2), &l2);
		if (i + 3 > m)
			continue;
		h = LANGID_STEP(h, pad[i + 2]);
		hits += langid_add(tab, langid_hash_kind(h, 3), &l3);
	}
	L->lane[1] = l1;
	L->lane[2] = l2;
	L->lane[3] = l3;
	L->lane[4] = l4;
	L->hits = hits;
}
#undef LANGID_STEP

/* The memo key of W[0..N), N <= LANGID_MEMO_LETTERS (see above). */
static inline void langid_memo_key(const uint32_t *w, size_t n, uint64_t *key)
{
	uint32_t wide = 0;
	for (size_t i = 0; i < n; i++)
		wide |= w[i];
	uint64_t k[2] = {0, 0};
	if (wide < 0x100u) {
		for (size_t i = 0; i < n; i++)
			k[i / 8] |= (uint64_t)w[i] << (8 * (i % 8));
		k[1] |= (uint64_t)n << 32;
		for (size_t i = 2; i < n; i++)
			if (w[i] == w[i - 1] && w[i] == w[i - 2])
				k[1] |= LANGID_MEMO_TRIPLE;
	} else {
		k[0] = (uint64_t)n << 60;
		k[1] = (uint64_t)1 << 63;
		for (size_t i = 0; i < n; i++)
			k[i / 6] |= (uint64_t)w[i] << (10 * (i % 6));
	}
	key[0] = k[0];
	key[1] = k[1];
}

/* Letter I of a word: W[I], or byte I of Y[0..2) when W is NULL (the
 * usual word of langid_word16; at each call W is a constant, so the test
 * folds). */
static inline __attribute__((always_inline)) uint32_t
langid_letter(const uint32_t *w, const uint64_t *y, size_t i)
{
	return w ? w[i] : (uint32_t)(y[i >> 3] >> (8 * (i & 7))) & 0xFFu;
}

/* The costs the profile lists for the pair of the word whose state is
 * FROM and the word W[0..N) (or Y's bytes, see langid_letter), or NULL;
 * NARROW as for langid_grams. */
#define LANGID_STEP(h, c) \
	(narrow ? langid_hash_narrow((h), (c)) : langid_hash_cp((h), (c)))
static inline __attribute__((always_inline)) const uint8_t *
langid_pair_lookup(const langid_view *v, uint32_t from, const uint32_t *w,
		   const uint64_t *y, size_t n, bool narrow)
{
	uint32_t p = langid_hash_narrow(from, LANGID_BOUNDARY);
	for (size_t i = 0; i < n; i++)
		p = LANGID_STEP(p, langid_letter(w, y, i));
	return langid_lookup(v->slots, langid_hash_kind(p, LANGID_KIND_PAIR));
}
#undef LANGID_STEP

/* The word whose state is H, N letters long, as the one before the next. */
static inline void langid_follow(langid_tally *t, uint32_t h, size_t n)
{
	t->from = n > LANGID_WORD_FEATURE_MAX ? LANGID_NO_PAIR : h;
}

/* The costs of a word the memo holds in SLOT, with its pair: a pair is
 * known by its hash's start and the word, so the slot keeps the last one
 * read for the word, weighted and added to the word's own costs. */
static inline __attribute__((always_inline)) void
langid_memo_add(const langid_view *v, langid_tally *t, const uint32_t *w,
		const uint64_t *y, size_t n, langid_memo_slot *slot, bool narrow)
{
	const uint32_t *cost = slot->cost_pair;
	const uint8_t *hits = &slot->hits_pair;
	/* one test for the usual case: the pair the slot knows */
	if (KALM_UNLIKELY(slot->pair_from != t->from)) {
		if (t->from == LANGID_NO_PAIR) {
			cost = slot->cost;
			hits = &slot->hits;
		} else {
			const uint8_t *c = langid_pair_lookup(
				v, (uint32_t)t->from, w, y, n, narrow);
			uint64_t pair[LANGID_NLANG] = {0, 0, 0, 0};
			if (c)
				langid_weigh(langid_lane(c),
					     v->weight[LANGID_KIND_PAIR], pair);
			for (unsigned l = 0; l < LANGID_NLANG; l++)
				slot->cost_pair[l] =
					slot->cost[l] + (uint32_t)pair[l];
			slot->hits_pair = (uint8_t)(slot->hits + (c != NULL));
			slot->pair_from = t->from;
		}
	}
	for (unsigned l = 0; l < LANGID_NLANG; l++)
		t->cost[l] += cost[l];
	t->matched += *hits;
	/* a word of the memo is never too long to pair */
	t->from = slot->hash;
}

/* The costs of the word the memo holds in SLOT when the pair that
 * follows, if any, is the one the slot knows (langid_memo_add). */
static inline void langid_memo_take(langid_tally *t,
				    const langid_memo_slot *slot)
{
	bool pair = t->from != LANGID_NO_PAIR;
	const uint32_t *cost = pair ? slot->cost_pair : slot->cost;
	for (unsigned l = 0; l < LANGID_NLANG; l++)
		t->cost[l] += cost[l];
	t->matched += pair ? slot->hits_pair : slot->hits;
	t->letters += slot->letters;
	t->from = slot->hash;
}

/* The features of the word W[0..N), N >= 1, read in full (it is not in
 * the memo); SLOT, when not NULL, takes them under KEY.  NARROW as for
 * langid_grams.  W[-1] and W[N] belong to the caller's buffer too: the
 * boundary marks are written there, so the letters are never copied. */
#define LANGID_STEP(h, c) \
	(narrow ? langid_hash_narrow((h), (c)) : langid_hash_cp((h), (c)))
static inline __attribute__((always_inline)) void
langid_word_read(const langid_view *v, langid_tally *t, uint32_t *w,
		 size_t n, langid_memo_slot *slot, const uint64_t *key,
		 bool narrow)
{
	bool whole = n <= LANGID_WORD_FEATURE_MAX;
	uint32_t h = LANGID_FNV_BASIS;
	if (whole)
		for (size_t i = 0; i < n; i++)
			h = LANGID_STEP(h, w[i]);

	langid_lanes L;
	uint32_t *pad = w - 1;
	pad[0] = LANGID_BOUNDARY;
	pad[n + 1] = LANGID_BOUNDARY;
	langid_grams(v, &L, pad, n + 2, narrow);
	L.lane[LANGID_KIND_WORD] = 0;
	if (whole)
		L.hits += langid_add(v->slots,
				     langid_hash_kind(h, LANGID_KIND_WORD),
				     &L.lane[LANGID_KIND_WORD]);
	uint64_t cost[LANGID_NLANG] = {0, 0, 0, 0};
	for (unsigned k = 1; k <= LANGID_KIND_WORD; k++)
		langid_weigh(L.lane[k], v->weight[k], cost);
	if (slot) {
		/* at most 4 * 17 + 1 features of at most 255 * 65535 each:
		 * every sum fits 32 bits */
		slot->key[0] = key[0];
		slot->key[1] = key[1];
		for (unsigned l = 0; l < LANGID_NLANG; l++)
			slot->cost[l] = (uint32_t)cost[l];
		slot->hits = (uint8_t)L.hits;
		slot->letters = (uint8_t)n;
		slot->hash = h;
		slot->pair_from = LANGID_PAIR_UNKNOWN;
		langid_memo_add(v, t, w, NULL, n, slot, narrow);
		return;
	}
	for (unsigned l = 0; l < LANGID_NLANG; l++)
		t->cost[l] += cost[l];
	t->matched += L.hits;
	if (whole && t->from != LANGID_NO_PAIR) {
		const uint8_t *c = langid_pair_lookup(v, (uint32_t)t->from, w,
						      NULL, n, narrow);
		if (c) {
			t->matched++;
			langid_weigh(langid_lane(c), v->weight[LANGID_KIND_PAIR],
				     t->cost);
		}
	}
	langid_follow(t, h, n);
}
#undef LANGID_STEP

/* WIDE is the bitwise OR of the word's code points (or any value as
 * large): below U+0100 the hash takes its one-multiply path. */
static __attribute__((noinline)) void
langid_word_slow(const langid_view *v, langid_tally *t, uint32_t *w,
		 size_t n, uint32_t wide, langid_memo_slot *slot,
		 const uint64_t *key)
{
	if (wide < 0x100u)
		langid_word_read(v, t, w, n, slot, key, true);
	else
		langid_word_read(v, t, w, n, slot, key, false);
}

/* The set of two memo slots KEY belongs in. */
static inline langid_memo_slot *langid_memo_set(const langid_tally *t,
						const uint64_t *key)
{
	/* the top bits of one product depend on every bit of both halves */
	uint64_t mix = (key[0] ^ key[1]) * 0xD6E8FEB86659FD93u;
	return &t->memo_slots[(mix >> t->memo_shift) & ~(size_t)1];
}

/* The slot of KEY in SET, or NULL. */
static inline langid_memo_slot *langid_memo_in(langid_memo_slot *set,
					       const uint64_t *key)
{
	if (set[0].key[0] == key[0] && set[0].key[1] == key[1])
		return set;
	if (set[1].key[0] == key[0] && set[1].key[1] == key[1])
		return set + 1;
	return NULL;
}

/* Room in SET for a word read now: its first slot, whose word moves to
 * the second. */
static inline langid_memo_slot *langid_memo_vacate(langid_memo_slot *set)
{
	set[1] = set[0];
	return set;
}

/* The features of the word W[0..N), N >= 1, whose letters OR to WIDE.  A
 * word met before costs a probe of the memo: kept apart from reading a
 * word in full, this path needs few registers. */
static __attribute__((noinline)) void
langid_word(const langid_view *v, langid_tally *t, uint32_t *w, size_t n,
	    uint32_t wide)
{
	t->letters += (unsigned)n;
	langid_memo_slot *slot = NULL;
	uint64_t key[2] = {0, 0};
	if (t->memo_slots && n <= LANGID_MEMO_LETTERS) {
		langid_memo_key(w, n, key);
		langid_memo_slot *set = langid_memo_set(t, key);
		langid_memo_slot *hit = langid_memo_in(set, key);
		if (hit) {
			if (wide < 0x100u)
				langid_memo_add(v, t, w, NULL, n, hit, true);
			else
				langid_memo_add(v, t, w, NULL, n, hit, false);
			return;
		}
		slot = langid_memo_vacate(set);
	}
	langid_word_slow(v, t, w, n, wide, slot, key);
}

/* The one-letter word C, as langid_word reads it: a letter below U+0100
 * is looked for in the memo right away, its key being C itself. */
static inline void langid_letter_word(const langid_view *v, langid_tally *t,
				      uint32_t c)
{
	if (t->memo_slots && c < 0x100u) {
		const uint64_t key[2] = {c, (uint64_t)1 << 32};
		langid_memo_slot *hit =
			langid_memo_in(langid_memo_set(t, key), key);
		if (hit) {
			t->letters++;
			langid_memo_add(v, t, NULL, key, 1, hit, true);
			return;
		}
	}
	/* room for the boundary marks langid_word_read writes */
	uint32_t w[3] = {0, c, 0};
	langid_word(v, t, w + 1, 1, c);
}

#if KALM_SWAR
/* The usual word that is not in the memo (langid_chunk16): N
 * (2..LANGID_MEMO_LETTERS) ASCII letters, lower-cased, none three times in
 * a row, as the bytes of Y0 and Y1 (by value, so that the caller's stay
 * in registers); SLOT is where it goes in the memo, or NULL; its key is
 * Y0 and Y1 with N (langid_memo_key).  langid_word would give the same
 * costs. */
static __attribute__((noinline)) void
langid_word16(const langid_view *v, langid_tally *t, uint64_t y0,
	      uint64_t y1, size_t n, langid_memo_slot *slot)
{
	const uint64_t y[2] = {y0, y1};
	uint64_t key[2] = {y[0], y[1] | (uint64_t)n << 32};
	/* room for the boundary marks langid_word_read writes at w[-1] and
	 * w[n] */
	uint32_t buf[LANGID_MEMO_LETTERS + 2];
	uint32_t *w = buf + 1;
	for (size_t i = 0; i < n; i++)
		w[i] = langid_letter(NULL, y, i);
	langid_word_slow(v, t, w, n, 0, slot, key);
}
#endif

/* Byte classes for splitting chunks: whitespace, and the marks every
 * address form (langid_is_address) needs. */
#define LANGID_CLASS_SPACE 1u
#define LANGID_CLASS_MARK 2u
#define LANGID_CLASS_LINK 4u /* '@' and ':' */
static const uint8_t langid_class[256] = {
	[0] = LANGID_CLASS_SPACE,    ['\t'] = LANGID_CLASS_SPACE,
	['\n'] = LANGID_CLASS_SPACE, ['\v'] = LANGID_CLASS_SPACE,
	['\f'] = LANGID_CLASS_SPACE, ['\r'] = LANGID_CLASS_SPACE,
	[' '] = LANGID_CLASS_SPACE,  ['.'] = LANGID_CLASS_MARK,
	['@'] = LANGID_CLASS_MARK | LANGID_CLASS_LINK,
	[':'] = LANGID_CLASS_MARK | LANGID_CLASS_LINK,
};

/* May the chunk S[0..LEN) of letters and then marks only, whose marks
 * have the classes MARKS, be an address?  Of langid_is_address's forms it
 * can only be one with an '@' or a ':', or one that starts "www." (in
 * either case): the others need letters after a full stop. */
static inline bool langid_may_be_address(const uint8_t *s, size_t len,
					 unsigned marks)
{
	return (marks & LANGID_CLASS_LINK) ||
	       (marks && len >= 4 && (s[0] | 0x20) == 'w' &&
		(s[1] | 0x20) == 'w' && (s[2] | 0x20) == 'w');
}

/* Does S[0..LEN) hold NEEDLE[0..N), ASCII letters in either case? */
static bool langid_has(const uint8_t *s, size_t len, const char *needle,
		       size_t n)
{
	for (size_t i = 0; i + n <= len; i++) {
		size_t j = 0;
		while (j < n && (s[i + j] | 0x20u) == (uint8_t)needle[j])
			j++;
		if (j == n)
			return true;
	}
	return false;
}

/* Addresses, mentions and e-mail addresses say nothing about the language
 * of the words around them ("www.bol.com", "@jan", "info@firma.nl"). */
static bool langid_is_address(const uint8_t *s, size_t len)
{
	/* Every form below needs one of these; most words have none, and
	 * most that have one have only a full stop or a colon at the end. */
	const uint8_t *dot = memchr(s, '.', len), *at = memchr(s, '@', len);
	const uint8_t *colon = memchr(s, ':', len);
	if (!dot && !at && !colon)
		return false;
	if (s[0] == '@' ||
	    (colon && langid_has(colon, len - (size_t)(colon - s), "://", 3)))
		return true;
	if (!dot)
		return false; /* the forms left all have a full stop */
	if (len >= 4 && langid_has(s, 4, "www.", 4))
		return true;
	if (at && memchr(at, '.', len - (size_t)(at - s)))
		return true;
	static const char *const tld[] = {".com", ".nl", ".be", ".pl",
					  ".za", ".org", ".net", ".io"};
	/* the shortest ending is three bytes: a word's full stop is none */
	for (size_t d = (size_t)(dot - s); d + 3 <= len; d++) {
		if (d == 0 || s[d] != '.')
			continue;
		for (size_t i = 0; i < sizeof tld / sizeof tld[0]; i++) {
			size_t n = strlen(tld[i]), end = d + n;
			if (end <= len && langid_has(s + d, n, tld[i], n) &&
			    (end == len || s[end] == '/'))
				return true;
		}
	}
	return false;
}

/* Most of the text: a run of plain ASCII letters, from S[I] on, appended
 * to W[0..*N) lower-cased, a letter stretched ("nooooo", "kuuuurwa")
 * counting twice at most and letters beyond LANGID_WORD_MAX dropped.
 * W[-2] and W[-1] must be readable and no letters.  Returns where the run
 * ends; bytes from 0x80 up stay outside a-z after | 0x20. */
static inline size_t langid_ascii_letters(const uint8_t *s, size_t i,
					  size_t len, uint32_t *w, size_t *np)
{
	size_t n = *np;
	/* the last two letters kept, in registers */
	uint32_t a = w[(ptrdiff_t)n - 2], b = w[(ptrdiff_t)n - 1];
	for (; i < len; i++) {
		uint32_t lc = s[i] | 0x20u;
		if (lc - 'a' >= 26u)
			break;
		/* both tests rarely hold, and a branch each is cheaper than
		 * their combination */
		if (KALM_UNLIKELY(b == lc) && a == lc)
			continue;
		if (KALM_UNLIKELY(n >= LANGID_WORD_MAX))
			continue;
		w[n++] = lc;
		a = b;
		b = lc;
	}
	*np = n;
	return i;
}

/* Letter C, read by decoding it, onto the word W[0..*N): a letter
 * stretched ("nooooo", "kuuuurwa") counts twice at most, letters beyond
 * LANGID_WORD_MAX are dropped, and *WIDE takes C. */
static inline void langid_push_letter(uint32_t *w, size_t *n, uint32_t *wide,
				      uint32_t c)
{
	if (*n >= 2 && w[*n - 1] == c && w[*n - 2] == c)
		return;
	if (*n < LANGID_WORD_MAX)
		w[(*n)++] = c;
	*wide |= c;
}

/* Read the words of the whitespace-delimited chunk at the start of
 * S[0..LEN): up to the first white space or LEN.  Returns its length;
 * *MARKS gets the classes of its bytes (LANGID_CLASS_MARK: it may be an
 * address, langid_is_address). */
static size_t langid_chunk(const langid_view *v, langid_tally *t,
			   const uint8_t *s, size_t len, unsigned *marks)
{
	/* Room for langid_word's marks, and a w[-2] that is never a letter,
	 * so that the check for stretched letters needs no bounds. */
	uint32_t buf[LANGID_WORD_MAX + 3];
	uint32_t *w = buf + 2;
	buf[0] = buf[1] = 0;
	size_t n = 0;
	uint32_t wide = 0; /* OR of the letters not taken as plain ASCII */
	bool apostrophe = false; /* one is pending between letters */
	unsigned seen = 0;
	size_t i = 0;
	for (;;) {
		if (!apostrophe)
			i = langid_ascii_letters(s, i, len, w, &n);
		uint32_t c;
		if (i < len && s[i] < 0x80) {
			unsigned cls = langid_class[s[i]];
			if (cls & LANGID_CLASS_SPACE)
				break; /* the end of the chunk */
			seen |= cls;
			c = s[i++];
			if (c - 'A' < 26u)
				c += 32;
		} else if (i < len) {
			/* no valid sequence holds a byte of white space, so
			 * one never reads past the chunk */
			i += langid_decode(s + i, len - i, &c);
			c = langid_lower(c);
		} else {
			break;
		}
		if (c == 0x133) { /* the ij ligature is two letters */
			if (n + 1 < LANGID_WORD_MAX) {
				w[n++] = 'i';
				w[n++] = 'j';
			}
			apostrophe = false;
			continue;
		}
		if (langid_is_letter(c)) {
			if (apostrophe && n < LANGID_WORD_MAX)
				w[n++] = '\'';
			apostrophe = false;
			langid_push_letter(w, &n, &wide, c);
			continue;
		}
		if (langid_is_apostrophe(c) && !apostrophe) {
			/* Inside a word (jy's, don't) or leading one ('n). */
			apostrophe = true;
			continue;
		}
		if (n > 0)
			langid_word(v, t, w, n, wide);
		n = 0;
		wide = 0;
		apostrophe = false;
		if (langid_ends_sentence(c))
			langid_new_sentence(t);
	}
	/* the end of the chunk ends the word */
	if (n > 0)
		langid_word(v, t, w, n, wide);
	*marks = seen;
	return i;
}

/* Byte B after a chunk's letters: white space (LANGID_END), an ASCII mark
 * that is no apostrophe, its class added to *MARKS and *STOP set when it
 * ends a sentence (LANGID_MARK), or anything else (LANGID_OTHER: a
 * letter, an apostrophe, a non-ASCII byte; langid_chunk reads such a
 * chunk). */
enum { LANGID_END, LANGID_MARK, LANGID_OTHER };
static inline __attribute__((always_inline)) unsigned
langid_after_letters(uint32_t b, unsigned *marks, bool *stop)
{
	unsigned c = langid_class[b];
	if (c & LANGID_CLASS_SPACE)
		return LANGID_END;
	if (b >= 0x80 || (uint32_t)((b | 0x20) - 'a') < 26u ||
	    langid_is_apostrophe(b))
		return LANGID_OTHER;
	*marks |= c;
	*stop |= langid_ends_sentence(b);
	return LANGID_MARK;
}

#if KALM_SWAR
/* The marks that end a chunk (langid_after_letters), in the eight bytes of
 * X from byte AT on.  Returns the byte of the white space after them, 8
 * when X holds none, or 9 when something else comes first. */
static inline unsigned langid_marks8(uint64_t x, unsigned at, unsigned *marks,
				     bool *stop)
{
	for (unsigned e = at; e < 8; e++) {
		unsigned k = langid_after_letters(x >> (8 * e) & 0xFFu, marks,
						  stop);
		if (k != LANGID_MARK)
			return k == LANGID_END ? e : 9;
	}
	return 8;
}

/* Does the usual word of K letters in Y[0] and K2 more in Y[1] (the
 * bytes langid_chunk16 takes, lower-cased) hold a letter three times in a
 * row? */
static inline bool langid_word16_triple(const uint64_t *y, unsigned k,
					unsigned k2)
{
	/* the letters are lower-cased already: none needs changing */
	if (letters8_triple(y[0], 0, letters8_keep(k)))
		return true;
	/* letters 6 and 7 with the second half's */
	return k2 && letters8_triple(y[0] >> 48 | y[1] << 16, 0,
				     letters8_keep(2 + k2));
}

/* The usual chunk at TEXT[I] (I < LEN), read in one go from at most two
 * 64-bit reads (zeros past LEN read as the end, white space to
 * langid_class): 2 to LANGID_MEMO_LETTERS ASCII letters, none three times
 * in a row, then ASCII marks that are no apostrophe ("ja", "nu.",
 * "dank!!") within the word read last, and white space or the end; no
 * address.  Read as langid_chunk reads it.  The memo is asked before the
 * letters are checked for one three times in a row: no word it holds
 * under such a key (LANGID_MEMO_TRIPLE), and most words are in it.
 * Returns its length with the byte of white space after it, or 0 when
 * langid_chunk must read it. */
static inline size_t langid_chunk16(const langid_view *v, langid_tally *t,
				    const uint8_t *text, size_t i, size_t len)
{
	const uint8_t *s = text + i;
	uint64_t x = load8_upto(text, i, len);
	uint64_t letter = letters8(x);
	unsigned k = letters8_len(letter);
	if (k < 2)
		return 0; /* a letter alone may be spelling a word out */
	uint64_t keep = letters8_keep(k);
	uint64_t y[2] = {letters8_lower(x, letter) & keep, 0};
	size_t n = k;
	/* the marks after the letters: in TAIL from byte AT on */
	uint64_t tail = x;
	unsigned at = k;
	unsigned k2 = 0;
	if (k == 8) {
		uint64_t x2 = i + 8 < len ? load8_upto(text, i + 8, len) : 0;
		uint64_t letter2 = letters8(x2);
		k2 = letters8_len(letter2);
		if (k2 > LANGID_MEMO_LETTERS - 8)
			return 0;
		y[1] = letters8_lower(x2, letter2) & letters8_keep(k2);
		n += k2;
		tail = x2;
		at = k2;
	}
	unsigned marks = 0;
	bool stop = false;
	size_t end = n;
	/* most words end at white space (AT < 8: at most four letters are
	 * in the second read) */
	if (!(langid_class[tail >> (8 * at) & 0xFFu] & LANGID_CLASS_SPACE)) {
		unsigned e = langid_marks8(tail, at, &marks, &stop);
		end = n + (e - at);
		if (e == 8 && k < 8) {
			/* the marks go on in the next eight bytes
			 * ("bezorgd.") */
			uint64_t x2 = i + 8 < len ? load8_upto(text, i + 8, len)
						  : 0;
			e = langid_marks8(x2, 0, &marks, &stop);
			end = 8 + e;
		}
		if (e >= 8)
			return 0;
		if (langid_may_be_address(s, end, marks) &&
		    langid_is_address(s, end))
			return 0;
	}
	langid_memo_slot *slot = NULL;
	if (t->memo_slots) {
		uint64_t key[2] = {y[0], y[1] | (uint64_t)n << 32};
		langid_memo_slot *set = langid_memo_set(t, key);
		langid_memo_slot *hit = langid_memo_in(set, key);
		if (hit) {
			t->letters += (unsigned)n;
			langid_memo_add(v, t, NULL, y, n, hit, true);
			goto done;
		}
		if (langid_word16_triple(y, k, k2))
			return 0;
		slot = langid_memo_vacate(set);
	} else if (langid_word16_triple(y, k, k2)) {
		return 0;
	}
	t->letters += (unsigned)n;
	langid_word16(v, t, y[0], y[1], n, slot);
done:
	if (stop)
		langid_new_sentence(t);
	/* the white space after the chunk, unless it is the end */
	return end + (i + end < len);
}
#endif

/* Is S[I] (I < LEN) an ASCII apostrophe inside a word, after its first
 * byte and before an ASCII letter ("don't", "I'm", "jy's")? */
static inline bool langid_inner_apostrophe(const uint8_t *s, size_t i,
					   size_t len)
{
	return i > 0 && i + 1 < len && (s[i] == '\'' || s[i] == '`') &&
	       (uint32_t)((s[i + 1] | 0x20) - 'a') < 26u;
}

/* The length of the run at the start of S[0..LEN) (LEN >= 1) of ASCII
 * letters, bytes from 0x80 up and ASCII apostrophes inside a word. */
static inline size_t langid_run(const uint8_t *s, size_t len)
{
	size_t r = 0;
	for (;;) {
#if KALM_SWAR
		/* eight bytes at a time; zeros past LEN end the run */
		uint64_t x = load8_upto(s, r, len);
		unsigned k = letters8_len(letters8(x) | (x & ONES8 * 0x80));
		r += k;
		if (k == 8 && r < len)
			continue;
#else
		while (r < len && (s[r] >= 0x80 ||
				   (uint32_t)((s[r] | 0x20) - 'a') < 26u))
			r++;
#endif
		if (r >= len || !langid_inner_apostrophe(s, r, len))
			return r < len ? r : len;
		r++;
	}
}

/* The memo key of the run S[0..R) (langid_run, R <= LANGID_RAW_MAX) as
 * it stands (see the memo). */
static inline void langid_run_key(const uint8_t *s, size_t r, uint64_t *key)
{
	uint64_t k[2] = {0, 0};
#if KALM_SWAR
	k[0] = load8_upto(s, 0, r) & letters8_keep(r < 8 ? (unsigned)r : 8);
	if (r > 8)
		k[1] = load8_upto(s, 8, r) & letters8_keep((unsigned)r - 8);
#else
	for (size_t i = 0; i < r; i++)
		k[i >> 3] |= (uint64_t)s[i] << (8 * (i & 7));
#endif
	key[0] = k[0];
	key[1] = k[1] | LANGID_MEMO_RAW | (uint64_t)r << 56;
}

/* A chunk of two or more letters, ASCII or of two bytes in UTF-8 (Latin-1
 * and Latin Extended-A/B: "Złożę", "skargę", "Goeiemôre"), perhaps with
 * ASCII apostrophes between them ("don't"), then ASCII marks that are no
 * apostrophe ("już,", "dotarła.") and white space or the end; no ij
 * ligature, no address.  Read as langid_chunk reads it, each
 * two-byte letter decoded in place (not by langid_decode, and not once
 * more by langid_single_letter first).  Returns its length, or 0 when
 * langid_chunk must read it. */
static size_t langid_chunk_latin(const langid_view *v, langid_tally *t,
				 const uint8_t *s, size_t len)
{
	/* The letters' bytes as they stand, their memo key (see above):
	 * ASCII letters, bytes from 0x80 up, which the reading below proves
	 * to be letters, or the chunk is none of this kind, and ASCII
	 * apostrophes between letters.  Whether it is depends on them
	 * alone: after them, only ASCII marks. */
	size_t r = langid_run(s, len);
	if (r < 2)
		return 0; /* a letter alone may be spelling a word out */
	unsigned marks = 0;
	bool stop = false;
	size_t end = r;
	for (; end < len; end++) {
		unsigned k = langid_after_letters(s[end], &marks, &stop);
		if (k == LANGID_END)
			break;
		if (k == LANGID_OTHER)
			return 0;
	}
	if (langid_may_be_address(s, end, marks) && langid_is_address(s, end))
		return 0;
	langid_memo_slot *set = NULL, *hit = NULL;
	uint64_t key[2] = {0, 0};
	if (t->memo_slots && r <= LANGID_RAW_MAX) {
		langid_run_key(s, r, key);
		set = langid_memo_set(t, key);
		hit = langid_memo_in(set, key);
		if (hit && (hit->pair_from == t->from ||
			    t->from == LANGID_NO_PAIR)) {
			langid_memo_take(t, hit);
			goto done;
		}
	}
	uint32_t buf[LANGID_WORD_MAX + 3];
	uint32_t *w = buf + 2;
	buf[0] = buf[1] = 0;
	size_t n = 0, i = 0;
	uint32_t wide = 0; /* as langid_chunk's: the two-byte letters */
	for (;;) {
		i = langid_ascii_letters(s, i, len, w, &n);
		if (langid_inner_apostrophe(s, i, len)) {
			/* as langid_chunk keeps one */
			if (n < LANGID_WORD_MAX)
				w[n++] = '\'';
			i++;
			continue;
		}
		if (i + 1 >= len || s[i] < 0xC2 || s[i] > 0xDF ||
		    (s[i + 1] & 0xC0u) != 0x80u)
			break;
		uint32_t c = langid_lower((uint32_t)(s[i] & 0x1Fu) << 6 |
					  (s[i + 1] & 0x3Fu));
		if (!langid_is_letter(c) || c == 0x133)
			return 0;
		i += 2;
		langid_push_letter(w, &n, &wide, c);
	}
	if (i != r || n < 2)
		return 0; /* a byte from 0x80 up that is no letter */
	if (!set) {
		langid_word(v, t, w, n, wide);
	} else if (hit) {
		/* known, but not after the word before */
		t->letters += (unsigned)n;
		if (wide < 0x100u)
			langid_memo_add(v, t, w, NULL, n, hit, true);
		else
			langid_memo_add(v, t, w, NULL, n, hit, false);
	} else {
		t->letters += (unsigned)n;
		langid_word_slow(v, t, w, n, wide, langid_memo_vacate(set),
				 key);
	}
done:
	if (stop)
		langid_new_sentence(t);
	return end;
}

/* Read the words of every chunk of S[0..LEN). */
static void langid_chunks(const langid_view *v, langid_tally *t,
			  const uint8_t *s, size_t len)
{
	unsigned marks;
	for (size_t i = 0; i < len;) {
		if (langid_class[s[i]] & LANGID_CLASS_SPACE)
			i++;
		else
			i += langid_chunk(v, t, s + i, len - i, &marks);
	}
}

/* Does S[0..LEN) start with two ASCII letters? */
static inline bool langid_two_letters(const uint8_t *s, size_t len)
{
	return len >= 2 && s[0] < 0x80 && s[1] < 0x80 &&
	       (uint32_t)((s[0] | 0x20) - 'a') < 26u &&
	       (uint32_t)((s[1] | 0x20) - 'a') < 26u;
}

/* A chunk holding one letter and no other ("k", "l."): part of a word
 * spelled out with spaces ("k a n k e r", "I m m i g r a n t s"). */
static bool langid_single_letter(const uint8_t *s, size_t len,
				 uint32_t *letter)
{
	uint32_t c;
	/* Most chunks start with two ASCII letters: no single letter. */
	if (langid_two_letters(s, len))
		return false;
	size_t i = langid_decode(s, len, &c);
	c = langid_lower(c);
	if (!langid_is_letter(c))
		return false;
	*letter = c;
	while (i < len) {
		i += langid_decode(s + i, len - i, &c);
		c = langid_lower(c);
		if (langid_is_letter(c) || langid_is_apostrophe(c) || c == 0x133)
			return false;
	}
	return true;
}

/* Can S[0..LEN) hold no letter at all (langid_is_letter after
 * langid_lower)?  Letters are ASCII or of two bytes led by 0xC3 to 0xC9
 * (U+00C0 to U+027F); emoji, digits and marks are neither.  *STOP says a
 * mark in it ends a sentence: all that langid_chunk would make of it. */
static bool langid_no_letters(const uint8_t *s, size_t len, bool *stop)
{
	bool ends = false;
	for (size_t i = 0; i < len; i++) {
		uint32_t b = s[i];
		if ((uint32_t)((b | 0x20) - 'a') < 26u ||
		    b - 0xC3u <= 0xC9u - 0xC3u)
			return false;
		ends |= langid_ends_sentence(b);
	}
	*stop = ends;
	return true;
}

/* Letters spelled out one per chunk, joined into one word when there are
 * three or more; fewer are ordinary one-letter words ("a", "w", "i"). */
typedef struct langid_spelled {
	uint32_t w[LANGID_WORD_MAX + 2]; /* letters from w[1] */
	size_t n;
	size_t start, end; /* their bytes, to read them as ordinary words */
	unsigned stops;    /* bit J: chunk J (0 or 1) ends a sentence */
} langid_spelled;

/* Letter LETTER, alone in its chunk S[START..END), onto SP; STOP says a
 * mark in the chunk ends a sentence. */
static inline void langid_spelled_add(langid_spelled *sp, size_t start,
				      size_t end, uint32_t letter, bool stop)
{
	if (sp->n == 0) {
		sp->start = start;
		sp->stops = 0;
	}
	if (stop && sp->n < 2)
		sp->stops |= 1u << sp->n;
	sp->w[1 + sp->n++] = letter;
	sp->end = end;
}

/* Does S[0..LEN) hold a mark that ends a sentence? */
static bool langid_has_stop(const uint8_t *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (langid_ends_sentence(s[i]))
			return true;
	return false;
}

/* One or two letters alone are ordinary one-letter words: each read as
 * langid_chunk reads its chunk (the letter, then the marks after it; an
 * ij ligature, two letters, is left to langid_chunk itself). */
static __attribute__((noinline)) void
langid_spelled_read(const langid_view *v, langid_tally *t, const uint8_t *s,
		    langid_spelled *sp)
{
	size_t n = sp->n;
	sp->n = 0;
	if (n >= 3) {
		langid_word(v, t, sp->w + 1, n, 0x10FFFFu);
		return;
	}
	if (sp->w[1] == 0x133 || (n == 2 && sp->w[2] == 0x133)) {
		langid_chunks(v, t, s + sp->start, sp->end - sp->start);
		return;
	}
	for (size_t j = 0; j < n; j++) {
		langid_letter_word(v, t, sp->w[1 + j]);
		if (sp->stops >> j & 1u)
			langid_new_sentence(t);
	}
}

/* Read the letters spelled out so far, if any. */
static inline void langid_spelled_flush(const langid_view *v, langid_tally *t,
					const uint8_t *s, langid_spelled *sp)
{
	if (sp->n)
		langid_spelled_read(v, t, s, sp);
}

static void langid_unknown(kalm_lang hint, langid_result *out)
{
	out->guess = KALM_LANG_UNKNOWN;
	out->confidence = 0.0;
	out->used = hint;
	for (int l = 0; l < KALM_LANG_COUNT; l++)
		out->scores[l] = 0.0f;
	out->scores[KALM_LANG_UNKNOWN] = 1.0f;
}

/*
 * scores[] holds the posterior from the text alone (scores[UNKNOWN] is 1
 * when there is no evidence); the hint moves only `used`: it wins unless
 * the text's odds against it exceed e^hint_prior.
 */
void langid_guess(const uint8_t *profile, size_t profile_len,
		  const char *text, size_t len, kalm_lang hint,
		  langid_memo *memo, uint64_t serial, langid_result *out)
{
	if (!out)
		return;
	if ((int)hint < 0 || hint >= KALM_LANG_COUNT)
		hint = KALM_LANG_UNKNOWN;
	if (!text) {
		langid_unknown(hint, out);
		return;
	}
	langid_tally t;
	memset(&t, 0, sizeof t);
	langid_new_sentence(&t); /* the text starts one */
	langid_view own;
	const langid_view *v = &own;
	if (memo && serial) {
		if (memo->serial != serial) {
			langid_memo_init(memo, memo->bits);
			memo->serial = serial;
			memo->view_ok =
				langid_view_open(profile, profile_len, &memo->view) == 0;
		}
		if (!memo->view_ok) {
			langid_unknown(hint, out);
			return;
		}
		v = &memo->view;
		t.memo_slots = langid_memo_slots(memo);
		t.memo_shift = 64 - memo->bits;
	} else if (langid_view_open(profile, profile_len, &own) != 0) {
		langid_unknown(hint, out);
		return;
	}
	if (len > LANGID_PREFIX)
		len = LANGID_PREFIX;
	const uint8_t *s = (const uint8_t *)text;
	langid_spelled sp;
	sp.n = 0;
	size_t i = 0;
	while (i < len) {
		while (i < len && (langid_class[s[i]] & LANGID_CLASS_SPACE))
			i++;
		size_t start = i;
		if (i == len)
			break;
		unsigned marks = 0;
		/* A chunk that starts with two ASCII letters is no letter
		 * spelled out: those before it ("I", "a") are read first, so
		 * that it may take the ways below. */
		if (sp.n != 0 && langid_two_letters(s + i, len - i))
			langid_spelled_flush(v, &t, s, &sp);
		/* most chunks: a short word, no letters spelled out before,
		 * and often the next right after it and its space */
#if KALM_SWAR
		if (sp.n == 0) {
			size_t e;
			while ((e = langid_chunk16(v, &t, s, i, len)) != 0) {
				i += e;
				if (i == len ||
				    (langid_class[s[i]] & LANGID_CLASS_SPACE))
					break;
			}
			if (e)
				continue;
			start = i;
		}
#endif
		/* an ASCII letter alone ("I", "a", "k u r w a") */
		if ((uint32_t)((s[i] | 0x20) - 'a') < 26u &&
		    (i + 1 == len ||
		     (langid_class[s[i + 1]] & LANGID_CLASS_SPACE))) {
			/* before a word of two ASCII letters or more after one
			 * space, it is an ordinary word ("I want"): read at
			 * once, as that word would have it read */
			if (sp.n == 0 && i + 1 < len &&
			    langid_two_letters(s + i + 2, len - i - 2)) {
				langid_letter_word(v, &t, s[i] | 0x20u);
				i += 2;
				continue;
			}
			if (sp.n == LANGID_WORD_MAX)
				langid_spelled_flush(v, &t, s, &sp);
			langid_spelled_add(&sp, i, i + 1, s[i] | 0x20u, false);
			i++;
			continue;
		}
		if (sp.n == 0) {
			size_t e = langid_chunk_latin(v, &t, s + i, len - i);
			if (e) {
				i += e;
				continue;
			}
		}
		if (langid_two_letters(s + i, len - i)) {
			/* Most chunks start with two ASCII letters: no single
			 * letter, so they are read at once.  Should the chunk
			 * be an address after all, what it added is taken
			 * back (the memo only ever holds exact costs). */
			langid_spelled_flush(v, &t, s, &sp);
			/* The usual chunk, ASCII letters and then white space
			 * or the end, is one word: read here as langid_chunk
			 * reads it, without its set-up (no address, no copy of
			 * the tally to take back) */
			uint32_t buf[LANGID_WORD_MAX + 3];
			uint32_t *w = buf + 2;
			buf[0] = buf[1] = 0;
			size_t n = 0;
			size_t j = langid_ascii_letters(s, i, len, w, &n);
			if (j == len || (langid_class[s[j]] & LANGID_CLASS_SPACE)) {
				langid_word(v, &t, w, n, 0);
				i = j;
				continue;
			}
			langid_tally before = t;
			i += langid_chunk(v, &t, s + i, len - i, &marks);
			if (marks && langid_is_address(s + start, i - start)) {
				t = before;
				t.from = LANGID_NO_PAIR;
			}
			continue;
		}
		while (i < len && !(langid_class[s[i]] & LANGID_CLASS_SPACE))
			marks |= langid_class[s[i++]];
		uint32_t letter;
		bool stop = false;
		bool none = langid_no_letters(s + start, i - start, &stop);
		if (!none &&
		    langid_single_letter(s + start, i - start, &letter)) {
			if (sp.n == LANGID_WORD_MAX)
				langid_spelled_flush(v, &t, s, &sp);
			bool ends = langid_has_stop(s + start, i - start);
			langid_spelled_add(&sp, start, i, letter, ends);
			continue;
		}
		langid_spelled_flush(v, &t, s, &sp);
		if (marks && langid_is_address(s + start, i - start))
			t.from = LANGID_NO_PAIR;
		else if (!none)
			langid_chunk(v, &t, s + start, i - start, &marks);
		else if (stop) /* digits, emoji, marks: no word */
			langid_new_sentence(&t);
	}
	langid_spelled_flush(v, &t, s, &sp);
	if (t.matched == 0 || t.letters < v->min_letters || t.letters == 0) {
		langid_unknown(hint, out);
		return;
	}

	double nats[LANGID_NLANG], best = HUGE_VAL;
	double unit = 256.0 * v->scale;
	for (unsigned l = 0; l < LANGID_NLANG; l++) {
		/* the first 4 KiB of text cost far less than 2^63 units: a
		 * cost converts as a signed number, its top bit untested */
		nats[l] = (double)(int64_t)t.cost[l] / unit;
		if (nats[l] < best)
			best = nats[l];
	}
	double x[LANGID_NLANG], p[LANGID_NLANG], sum = 0.0;
	for (unsigned l = 0; l < LANGID_NLANG; l++) {
		/* exp(-0) is 1 exactly: the best needs no call.  A share
		 * below exp(-40) (4e-18, against the best's 1) is taken as 0:
		 * its own posterior becomes 0 instead of less than 1e-17, and
		 * the confidence moves by at most a few units in the last
		 * place of a double (the sum of the shares is rounded
		 * differently), never a guess. */
		x[l] = -v->temperature * (nats[l] - best);
		p[l] = nats[l] == best ? 1.0 : x[l] < -40.0 ? 0.0 : exp(x[l]);
		sum += p[l];
	}
	unsigned top = 0, used = 0;
	double used_logit = -HUGE_VAL;
	out->scores[KALM_LANG_UNKNOWN] = 0.0f;
	for (unsigned l = 0; l < LANGID_NLANG; l++) {
		p[l] /= sum;
		out->scores[l + 1] = (float)p[l];
		if (p[l] > p[top])
			top = l;
		double logit = x[l];
		if (hint == (kalm_lang)(l + 1))
			logit += v->hint_prior;
		if (logit > used_logit) {
			used_logit = logit;
			used = l;
		}
	}
	out->guess = (kalm_lang)(top + 1);
	out->confidence = p[top];
	out->used = (kalm_lang)(used + 1);
}

/* ------------------------------------------------------------------ */
/* Compiling the text form                                             */

typedef struct langid_feature {
	uint32_t key;
	uint32_t line;
	uint8_t cost[LANGID_NLANG];
} langid_feature;

typedef struct langid_parser {
	const char *name;
	const char *text;
	size_t len;
	size_t pos;     /* start of the current line */
	size_t end;     /* end of the current line (before '#' or newline) */
	size_t cur;     /* cursor within the line */
	unsigned line;
	kalm_error *err;
	bool seen_magic;
	bool seen_langs;
	unsigned scale;
	unsigned min_letters;
	double weight[LANGID_KINDS];
	double hint_prior;
	double temperature;
	langid_feature *features;
	size_t count;
	size_t cap;
} langid_parser;

/* The 1-based column of byte AT of the line (kalm_column). */
static unsigned langid_column(const langid_parser *ps, size_t at)
{
	return kalm_column(ps->text + ps->pos, at - ps->pos);
}

/* A syntax error at LINE:COL whose text, like a lexicon's, starts with
 * NAME:LINE:COL (NAME: alone when LINE is 0), so whoever prints only the
 * message still says where. */
static int langid_fail_at(const langid_parser *ps, unsigned line,
			  unsigned col, const char *what)
{
	if (!line)
		return kalm_fail(ps->err, KALM_ERR_SYNTAX, ps->name, 0, 0,
				 "%s: %s", ps->name, what);
	return kalm_fail(ps->err, KALM_ERR_SYNTAX, ps->name, line, col,
			 "%s:%u:%u: %s", ps->name, line, col, what);
}

static int langid_syntax(const langid_parser *ps, size_t at, const char *what)
{
	return langid_fail_at(ps, ps->line, langid_column(ps, at), what);
}

static void langid_skip_blank(langid_parser *ps)
{
	while (ps->cur < ps->end &&
	       (ps->text[ps->cur] == ' ' || ps->text[ps->cur] == '\t' ||
		ps->text[ps->cur] == '\r'))
		ps->cur++;
}

/* The next blank-separated field; returns its length (0 at line end). */
static size_t langid_field(langid_parser *ps, size_t *at)
{
	langid_skip_blank(ps);
	*at = ps->cur;
	while (ps->cur < ps->end && ps->text[ps->cur] != ' ' &&
	       ps->text[ps->cur] != '\t' && ps->text[ps->cur] != '\r')
		ps->cur++;
	return ps->cur - *at;
}

static bool langid_field_is(const langid_parser *ps, size_t at, size_t n,
			    const char *word)
{
	return n == strlen(word) && memcmp(ps->text + at, word, n) == 0;
}

/* A decimal number such as "12" or "0.25" within [lo, hi]; with WHOLE,
 * a whole number ("0.9" is no cost of 0). */
static int langid_number(langid_parser *ps, double lo, double hi, bool whole,
			 double *out)
{
	size_t at, n = langid_field(ps, &at);
	if (n == 0)
		return langid_syntax(ps, at, "expected a number");
	double v = 0.0, frac = 0.0;
	bool dot = false, digits = false;
	for (size_t i = 0; i < n; i++) {
		char c = ps->text[at + i];
		if (c == '.' && whole)
			return langid_syntax(ps, at + i,
					     "expected a whole number");
		if (c == '.' && !dot) {
			dot = true;
			frac = 1.0;
			continue;
		}
		if (c < '0' || c > '9')
			return langid_syntax(ps, at + i, "expected a number");
		digits = true;
		if (dot) {
			frac /= 10.0;
			v += (c - '0') * frac;
		} else {
			v = v * 10.0 + (c - '0');
		}
		if (v > 1e9)
			return langid_syntax(ps, at, "number out of range");
	}
	if (!digits)
		return langid_syntax(ps, at, "expected a number");
	if (v < lo || v > hi)
		return langid_syntax(ps, at, "number out of range");
	*out = v;
	return 0;
}

static int langid_line_end(langid_parser *ps)
{
	size_t at, n = langid_field(ps, &at);
	if (n != 0)
		return langid_syntax(ps, at, "unexpected text at end of line");
	return 0;
}

/* The kind named by a field: "1".."4", "w" or "b"; 0 for anything else. */
static unsigned langid_kind(const langid_parser *ps, size_t at, size_t n)
{
	if (langid_field_is(ps, at, n, "w"))
		return LANGID_KIND_WORD;
	if (langid_field_is(ps, at, n, "b"))
		return LANGID_KIND_PAIR;
	if (n == 1 && ps->text[at] >= '1' && ps->text[at] <= '4')
		return (unsigned)(ps->text[at] - '0');
	return 0;
}

/* "KIND GRAM COST COST COST COST" */
static int langid_parse_feature(langid_parser *ps, size_t kat, size_t kn)
{
	unsigned kind = langid_kind(ps, kat, kn);
	if (kind == 0)
		return langid_syntax(ps, kat, "unknown directive");
	if (!ps->seen_langs)
		return langid_syntax(ps, kat, "feature before 'langs' line");

	size_t gat, gn = langid_field(ps, &gat);
	if (gn == 0)
		return langid_syntax(ps, gat, "expected a gram or word");
	const uint8_t *g = (const uint8_t *)ps->text + gat;
	uint32_t h = LANGID_FNV_BASIS;
	unsigned cps = 0, part = 0, boundaries = 0;
	size_t i = 0;
	while (i < gn) {
		uint32_t c;
		size_t used = langid_decode(g + i, gn - i, &c);
		if (c == 0xFFFD && used == 1 && g[i] >= 0x80)
			return langid_syntax(ps, gat + i, "invalid UTF-8");
		c = langid_lower(c);
		bool boundary = c == LANGID_BOUNDARY;
		bool letter = langid_is_letter(c) || c == '\'';
		if (!letter && (!boundary || kind == LANGID_KIND_WORD))
			return langid_syntax(ps, gat + i,
					     "not a letter of a feature");
		if (boundary && kind == LANGID_KIND_PAIR && boundaries > 0)
			return langid_syntax(ps, gat + i,
					     "a word pair has one '_'");
		if (boundary && kind < LANGID_KIND_WORD && i != 0 &&
		    i + used != gn)
			return langid_syntax(ps, gat + i,
					     "'_' only at the start or end");
		boundaries += boundary;
		part = boundary ? 0 : part + 1;
		if (part > LANGID_WORD_FEATURE_MAX)
			return langid_syntax(ps, gat, "word too long");
		h = langid_hash_cp(h, c);
		cps++;
		i += used;
	}
	if (kind < LANGID_KIND_WORD && cps != kind)
		return langid_syntax(ps, gat, "gram length differs from its order");
	if (kind == LANGID_KIND_PAIR && (boundaries != 1 || part == 0))
		return langid_syntax(ps, gat, "expected FIRST_SECOND or _FIRST");

	langid_feature f;
	f.key = langid_hash_kind(h, kind);
	f.line = ps->line;
	for (unsigned l = 0; l < LANGID_NLANG; l++) {
		double c;
		int rc = langid_number(ps, 0, 255, true, &c);
		if (rc)
			return rc;
		f.cost[l] = (uint8_t)c;
	}
	int rc = langid_line_end(ps);
	if (rc)
		return rc;
	if (ps->count >= LANGID_MAX_FEATURES)
		return langid_syntax(ps, kat, "too many features");
	void *grown = ps->features;
	if (kalm_grow(&grown, &ps->cap, ps->count + 1, sizeof *ps->features))
		return kalm_fail(ps->err, KALM_ERR_NO_MEMORY, ps->name,
				 ps->line, 0, "out of memory");
	ps->features = grown;
	ps->features[ps->count++] = f;
	return 0;
}

static int langid_parse_line(langid_parser *ps)
{
	size_t at, n = langid_field(ps, &at);
	if (n == 0)
		return 0;
	if (!ps->seen_magic) {
		if (!langid_field_is(ps, at, n, "kalm-langid"))
			return langid_syntax(ps, at, "expected 'kalm-langid 1'");
		size_t vat, vn = langid_field(ps, &vat);
		if (!langid_field_is(ps, vat, vn, "1"))
			return langid_syntax(ps, vat, "unsupported version");
		ps->seen_magic = true;
		return langid_line_end(ps);
	}
	if (langid_field_is(ps, at, n, "langs")) {
		static const char *const order[] = {"nl", "af", "pl", "en"};
		for (unsigned l = 0; l < LANGID_NLANG; l++) {
			size_t lat, ln = langid_field(ps, &lat);
			if (!langid_field_is(ps, lat, ln, order[l]))
				return langid_syntax(ps, lat,
						     "langs must be: nl af pl en");
		}
		ps->seen_langs = true;
		return langid_line_end(ps);
	}
	double v;
	int rc;
	if (langid_field_is(ps, at, n, "scale")) {
		if ((rc = langid_number(ps, 1, 255, true, &v)) != 0)
			return rc;
		ps->scale = (unsigned)v;
	} else if (langid_field_is(ps, at, n, "min-letters")) {
		if ((rc = langid_number(ps, 0, 1000, true, &v)) != 0)
			return rc;
		ps->min_letters = (unsigned)v;
	} else if (langid_field_is(ps, at, n, "hint")) {
		if ((rc = langid_number(ps, 0, 255, false, &v)) != 0)
			return rc;
		ps->hint_prior = v;
	} else if (langid_field_is(ps, at, n, "temperature")) {
		if ((rc = langid_number(ps, 0.001, 63, false, &v)) != 0)
			return rc;
		ps->temperature = v;
	} else if (langid_field_is(ps, at, n, "weight")) {
		size_t kat, kn = langid_field(ps, &kat);
		unsigned kind = langid_kind(ps, kat, kn);
		if (kind == 0)
			return langid_syntax(ps, kat,
					     "expected a kind: 1-4, w or b");
		if ((rc = langid_number(ps, 0, 255, false, &v)) != 0)
			return rc;
		ps->weight[kind] = v;
	} else {
		return langid_parse_feature(ps, at, n);
	}
	return langid_line_end(ps);
}

static int langid_feature_cmp(const void *a, const void *b)
{
	uint32_t x = ((const langid_feature *)a)->key;
	uint32_t y = ((const langid_feature *)b)->key;
	return x < y ? -1 : x > y;
}

static unsigned langid_bucket_bits(size_t count)
{
	/* The sorted list is only checked, never searched: small buckets
	 * would only make the section bigger. */
	unsigned bits = 4;
	while (bits < 16 && ((size_t)1 << bits) * 4 < count)
		bits++;
	return bits;
}

/* Place the sorted features in 2^bits + 255 slots by linear probing
 * without wrapping; PLACE[s] is the feature index + 1 in slot s, 0 when
 * free.  Returns the longest probe distance, or 256 when one would pass
 * 255. */
static size_t langid_place(const langid_parser *ps, uint32_t *place,
			   unsigned bits)
{
	size_t slots = ((size_t)1 << bits) + 255, longest = 0;
	memset(place, 0, slots * sizeof *place);
	for (size_t i = 0; i < ps->count; i++) {
		size_t at = ps->features[i].key >> (32 - bits), d = 0;
		while (d <= 255 && place[at + d] != 0)
			d++;
		if (d > 255)
			return 256;
		place[at + d] = (uint32_t)i + 1;
		if (d > longest)
			longest = d;
	}
	return longest;
}

/* Append the slot table: at most half full, so a probe seldom goes past
 * the home slot, and grown further should a probe run past 255. */
static int langid_emit_slots(langid_parser *ps, kbuf *out, uint8_t *head)
{
	/* The smallest key no feature has marks a free slot. */
	uint32_t empty = 0;
	for (size_t i = 0; i < ps->count; i++)
		if (ps->features[i].key == empty)
			empty++;
	unsigned bits = 4;
	while (((size_t)1 << bits) < 2 * ps->count)
		bits++;
	uint32_t *place = NULL;
	size_t longest = 0;
	for (;; bits++) {
		if (bits > LANGID_SLOT_BITS_MAX)
			return langid_fail_at(ps, 0, 0, "too many features");
		kalm_dealloc(place);
		place = kalm_calloc(((size_t)1 << bits) + 255, sizeof *place);
		if (!place)
			return kalm_fail(ps->err, KALM_ERR_NO_MEMORY, ps->name,
					 0, 0, "out of memory");
		longest = langid_place(ps, place, bits);
		if (longest <= 255)
			break;
	}
	head[32] = (uint8_t)bits;
	head[33] = (uint8_t)longest;
	for (unsigned b = 0; b < 4; b++)
		head[36 + b] = (uint8_t)(empty >> (8 * b));
	int rc = 0;
	for (size_t i = 0; i < ((size_t)1 << bits) + longest && rc == 0; i++) {
		static const uint8_t none[LANGID_NLANG] = {0};
		const langid_feature *f =
			place[i] ? &ps->features[place[i] - 1] : NULL;
		rc = kbuf_append_u32(out, f ? f->key : empty);
		if (rc == 0)
			rc = kbuf_append(out, f ? f->cost : none, LANGID_NLANG);
	}
	kalm_dealloc(place);
	if (rc != 0)
		return kalm_fail(ps->err, KALM_ERR_NO_MEMORY, ps->name, 0, 0,
				 "out of memory");
	return 0;
}

static int langid_emit(langid_parser *ps, kbuf *out)
{
	if (ps->count) /* features is NULL in a profile without any */
		qsort(ps->features, ps->count, sizeof *ps->features,
		      langid_feature_cmp);
	for (size_t i = 1; i < ps->count; i++) {
		if (ps->features[i].key != ps->features[i - 1].key)
			continue;
		uint32_t a = ps->features[i - 1].line;
		uint32_t b = ps->features[i].line;
		char what[64];
		snprintf(what, sizeof what, "feature repeats line %u",
			 a < b ? a : b);
		return langid_fail_at(ps, a > b ? a : b, 1, what);
	}
	unsigned bits = langid_bucket_bits(ps->count);
	size_t need = langid_size_for((uint32_t)ps->count, bits, 4, 0);
	if (kbuf_reserve(out, need) != 0)
		return kalm_fail(ps->err, KALM_ERR_NO_MEMORY, ps->name, 0, 0,
				 "out of memory");
	size_t base = out->len;
	uint8_t head[LANGID_HEADER] = {0};
	memcpy(head, langid_magic, 4);
	head[4] = LANGID_VERSION;
	head[6] = LANGID_HEADER;
	head[8] = (uint8_t)ps->count;
	head[9] = (uint8_t)(ps->count >> 8);
	head[10] = (uint8_t)(ps->count >> 16);
	head[11] = (uint8_t)(ps->count >> 24);
	head[12] = (uint8_t)bits;
	head[13] = (uint8_t)ps->scale;
	head[14] = (uint8_t)ps->min_letters;
	head[15] = (uint8_t)(ps->min_letters >> 8);
	for (unsigned k = 1; k < LANGID_KINDS; k++) {
		double w = ps->weight[k] * 256.0 + 0.5;
		unsigned q = w > 65535.0 ? 65535u : (unsigned)w;
		head[16 + 2 * (k - 1)] = (uint8_t)q;
		head[17 + 2 * (k - 1)] = (uint8_t)(q >> 8);
	}
	double hp = ps->hint_prior * 256.0 + 0.5;
	unsigned q = hp > 65535.0 ? 65535u : (unsigned)hp;
	head[28] = (uint8_t)q;
	head[29] = (uint8_t)(q >> 8);
	double tp = ps->temperature * 1024.0 + 0.5;
	q = tp > 65535.0 ? 65535u : tp < 1.0 ? 1u : (unsigned)tp;
	head[30] = (uint8_t)q;
	head[31] = (uint8_t)(q >> 8);
	int rc = kbuf_append(out, head, sizeof head);
	size_t buckets = (size_t)1 << bits;
	size_t f = 0;
	for (size_t b = 0; b <= buckets && rc == 0; b++) {
		while (f < ps->count &&
		       (ps->features[f].key >> (32 - bits)) < b)
			f++;
		rc = kbuf_append_u32(out, (uint32_t)f);
	}
	for (size_t i = 0; i < ps->count && rc == 0; i++)
		rc = kbuf_append_u32(out, ps->features[i].key);
	for (size_t i = 0; i < ps->count && rc == 0; i++)
		rc = kbuf_append(out, ps->features[i].cost, LANGID_NLANG);
	if (rc != 0) {
		out->len = base;
		return kalm_fail(ps->err, KALM_ERR_NO_MEMORY, ps->name, 0, 0,
				 "out of memory");
	}
	/* The header's slot fields are known only once the slots are. */
	rc = langid_emit_slots(ps, out, head);
	if (rc != 0) {
		out->len = base;
		return rc;
	}
	memcpy(out->data + base, head, sizeof head);
	return 0;
}

int langid_profile_compile(const char *name, const char *text, size_t len,
			   kbuf *out, kalm_error *err)
{
	if (!out || (!text && len > 0))
		return kalm_fail(err, KALM_ERR_ARGUMENT, name, 0, 0,
				 "language profile: no text or buffer");
	langid_parser ps;
	memset(&ps, 0, sizeof ps);
	ps.name = name;
	ps.text = text;
	ps.len = len;
	ps.err = err;
	ps.scale = 16;
	ps.min_letters = 2;
	ps.hint_prior = 2.0;
	ps.temperature = 1.0;
	for (unsigned k = 1; k < LANGID_KINDS; k++)
		ps.weight[k] = 1.0;
	int rc = 0;
	/* a byte order mark, as some editors write: not text, no column */
	size_t pos = kalm_bom_len(text, len);
	while (pos < len && rc == 0) {
		size_t nl = pos;
		while (nl < len && text[nl] != '\n')
			nl++;
		ps.pos = pos;
		ps.line++;
		ps.end = pos;
		/* Grams never contain '#', so it always starts a comment. */
		while (ps.end < nl && text[ps.end] != '#' && text[ps.end] != '\0')
			ps.end++;
		if (ps.end < nl && text[ps.end] == '\0')
			rc = langid_syntax(&ps, ps.end, "NUL byte");
		ps.cur = pos;
		if (rc == 0)
			rc = langid_parse_line(&ps);
		pos = nl + 1;
	}
	if (rc == 0 && !ps.seen_magic)
		rc = langid_fail_at(&ps, ps.line ? ps.line : 1, 1,
				    "missing 'kalm-langid 1'");
	if (rc == 0 && !ps.seen_langs)
		rc = langid_fail_at(&ps, ps.line ? ps.line : 1, 1,
				    "missing 'langs' line");
	if (rc == 0)
		rc = langid_emit(&ps, out);
	kalm_dealloc(ps.features);
	return rc;
}
