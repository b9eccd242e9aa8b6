/*
 * Matching: one trie over all languages' terms, walked from the start of
 * every word (and, where the trie holds word parts, from inside words).
 * The walk reads the view with a little tolerance that plain lookups lack:
 * a leet character may stand for its other letter (or, at an end of a
 * word, for nothing), a mask for any letter,
 * a stretched letter counts once or twice, and for `fuzzy` terms one
 * letter may be missing or two neighbours swapped.  Each start is bounded
 * by a step budget, so time is linear in the text whatever it holds.
 *
 * That search is the reference; most text never needs its choices.  Runs
 * of plain words (no leet, masks or stretched letters) are read in one
 * Aho-Corasick pass instead, and words that could be one typo from a
 * fuzzy term (a Bloom filter in the model says) still get the search at
 * their start; a word the pass met before, at the same node, is stepped
 * over whole, what the pass found in it written again (known words).
 * Both paths report the same candidates in the same order, which
 * tests/test_match.c checks against the search on random text.
 */
#include "match.h"
#include "swar.h"

#define STEP_BUDGET 512  /* trie steps per start position */
#define STRETCH_MAX 32   /* longest run of one letter read as one */
#define RULE_TAIL 40     /* words a rule may read past its last start */

static inline const knode *node_at(const kalm_model *m, uint32_t n)
{
	return &m->nodes[n];
}

/* Bits set in X, without a library call on machines lacking POPCNT. */
static inline unsigned popcount32(uint32_t x)
{
	x = x - ((x >> 1) & 0x55555555u);
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	return (((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
}

/* Child of NODE for LABEL, or 0. */
static inline uint32_t step(const kalm_model *m, uint32_t node, uint8_t label)
{
	if (node == 0)
		return m->root[label];
	const knode *n = node_at(m, node);
	const kedge *e = m->edges + n->edge_first;
	uint32_t bit = (uint32_t)label - 'a';
	if (bit < 26) {
		/* edges are in label order: a letter's edge comes after the
		 * edges below 'a' and the letters before it */
		const knav *x = &m->nav[node];
		if (!(x->letters >> bit & 1))
			return 0;
		uint32_t i = x->before + popcount32(x->letters & ((1u << bit) - 1));
		return i < n->edge_count ? e[i].child : 0;
	}
	for (uint16_t i = 0; i < n->edge_count; i++) {
		if (e[i].label == label)
			return e[i].child;
		if (e[i].label > label)
			break;
	}
	return 0;
}

/* Only states that can still reach an entry are kept: inside a word,
 * only subtrees with word parts; after a typo, only fuzzy subtrees. */
static int push(kmatcher *mt, size_t *sp, kdfs s)
{
	uint8_t flags = mt->model->nodes[s.node].flags;
	if ((mt->need_mid && !(flags & NF_MID)) ||
	    (s.edits && !(flags & NF_FUZZY)))
		return 0;
	if (*sp >= mt->stackcap &&
	    kalm_grow((void **)&mt->stack, &mt->stackcap, *sp + 1, sizeof(kdfs)))
		return KALM_ERR_NO_MEMORY;
	mt->stack[(*sp)++] = s;
	return 0;
}

/* Add C to *LIST of *N (room for *CAP). */
static inline __attribute__((always_inline)) int
cand_push(kcand **list, size_t *n, size_t *cap, kcand c)
{
	/* the same entry over the same words is one match */
	for (size_t i = *n; i-- > 0;) {
		const kcand *o = &(*list)[i];
		if (o->tok_last < c.tok_first)
			break;
		if (o->id == c.id && o->tok_first == c.tok_first &&
		    o->tok_last == c.tok_last)
			return 0;
	}
	if (KALM_UNLIKELY(*n >= *cap) &&
	    kalm_grow((void **)list, cap, *n + 1, sizeof(kcand)))
		return KALM_ERR_NO_MEMORY;
	(*list)[(*n)++] = c;
	return 0;
}

static inline __attribute__((always_inline)) int add_cand(kmatcher *mt,
							   kcand c)
{
	if (c.kind == K_TRIGGER)
		return cand_push(&mt->trig, &mt->ntrig, &mt->trigcap, c);
	return cand_push(&mt->cand, &mt->ncand, &mt->candcap, c);
}

static bool is_letter_byte(uint8_t b)
{
	return (b >= 'a' && b <= 'z') || b >= 0x80;
}

/* Does entry E accept a walk that started at START (word START_TOK) and
 * ended at S->pos? */
static bool accepts(const kentry *e, const kview *v, uint32_t start,
		    uint32_t start_tok, const kdfs *s)
{
	const ktoken *first = &v->tok[start_tok];
	const ktoken *last = &v->tok[s->tok];
	bool at_start = start == first->start;
	bool at_end = s->pos == last->end;
	switch (e->shape) {
	case S_WORD:
		if (!at_start || !at_end)
			return false;
		break;
	case S_INFLECT:
		if (!at_start || last->end - s->pos > INFLECT_MAX)
			return false;
		for (uint32_t p = s->pos; p < last->end; p++)
			if (!is_letter_byte(v->text[p]) && v->text[p] != VIEW_MASK)
				return false;
		break;
	case S_PREFIX:
		if (!at_start)
			return false;
		break;
	case S_SUFFIX:
		if (!at_end)
			return false;
		break;
	default:
		break;
	}
	if (s->masks && (s->masks * 2u > e->len || (unsigned)e->len - s->masks < 2u))
		return false;
	/* a typo is only forgiven when the term is the whole rest of the
	 * word: "moesten" is not a misspelt "molest" plus an ending */
	if (s->edits && (!(e->flags & EF_FUZZY) || e->len < 5 || !at_end))
		return false;
	return true;
}

static inline __attribute__((always_inline)) int
report_at(const kalm_model *m, const kview *v, kmatcher *mt, const knode *n,
	  uint32_t start, uint32_t start_tok, const kdfs *s)
{
	for (uint16_t k = 0; k < n->entry_count; k++) {
		uint32_t id = n->entry_first + k;
		const kentry *e = &m->entries[id];
		if (e->kind == K_VERB || !accepts(e, v, start, start_tok, s))
			continue;
		kcand c;
		c.id = id;
		c.tok_first = start_tok;
		c.tok_last = s->tok;
		c.vstart = v->tok[start_tok].start;
		c.vend = v->tok[s->tok].end;
		c.kind = e->kind;
		c.flags = (uint8_t)((s->masks ? CF_MASKED : 0) |
				    (s->edits ? CF_FUZZY : 0));
		if (add_cand(mt, c))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

static int report(const kalm_model *m, const kview *v, kmatcher *mt,
		  const knode *n, uint32_t start, uint32_t start_tok,
		  const kdfs *s)
{
	return report_at(m, v, mt, n, start, start_tok, s);
}

/* Push the children of S->node that input byte B (or a mask) leads to. */
static int advance(const kalm_model *m, kmatcher *mt, size_t *sp,
		   const kdfs *s, uint8_t b, uint32_t pos)
{
	if (b == VIEW_MASK) {
		if (s->node == 0)
			return 0; /* a word never starts with a mask */
		const knode *n = node_at(m, s->node);
		for (uint16_t i = 0; i < n->edge_count; i++) {
			const kedge *e = &m->edges[n->edge_first + i];
			if (!is_letter_byte(e->label))
				continue;
			kdfs t = *s;
			t.node = e->child;
			t.pos = pos;
			t.masks++;
			if (push(mt, sp, t))
				return KALM_ERR_NO_MEMORY;
		}
		return 0;
	}
	uint32_t c = step(m, s->node, b);
	if (c) {
		kdfs t = *s;
		t.node = c;
		t.pos = pos;
		return push(mt, sp, t);
	}
	return 0;
}

static int walk(const kalm_model *m, const kview *v, kmatcher *mt,
		uint32_t start, uint32_t tok)
{
	size_t sp = 0;
	kdfs s0 = {0, start, tok, 0, 0, 0};
	bool anchored = start == v->tok[tok].start;
	mt->model = m;
	mt->need_mid = !anchored;
	mt->walk_local = true;
	if (push(mt, &sp, s0))
		return KALM_ERR_NO_MEMORY;
	unsigned budget = STEP_BUDGET;
	while (sp > 0 && budget-- > 0) {
		kdfs s = mt->stack[--sp];
		const knode *n = node_at(m, s.node);
		const ktoken *t = &v->tok[s.tok];
		if (n->entry_count && s.node != 0 && s.pos <= t->end &&
		    report(m, v, mt, n, start, tok, &s))
			return KALM_ERR_NO_MEMORY;
		if (s.pos >= t->end) {
			/* masks between two words may mask letters of one
			 * ("motherf*cker"): read them as masks into the next */
			if ((t->flags & TOK_MASKLINK) && s.node != 0 &&
			    s.pos < t[1].start) {
				kdfs x = s;
				x.tok += s.pos + 1 == t[1].start;
				mt->walk_local = false;
				if (advance(m, mt, &sp, &x, VIEW_MASK, s.pos + 1))
					return KALM_ERR_NO_MEMORY;
				/* and as the gap it is too: a term of several
				 * words crosses it below ("ex-wife") */
			}
			/* a term of several words could go on here, were
			 * the word linked to a next one */
			if (s.pos == t->end && s.node != 0 && mt->walk_local &&
			    (step(m, s.node, ' ') || step(m, s.node, '-')))
				mt->walk_local = false;
			/* cross into the next word for terms of several words */
			if (s.pos == t->end && (t->flags & TOK_LINKED)) {
				uint32_t c = step(m, s.node, v->text[s.pos]);
				if (c) {
					kdfs x = s;
					x.node = c;
					x.pos = s.pos + 1;
					x.tok = s.tok + 1;
					if (push(mt, &sp, x))
						return KALM_ERR_NO_MEMORY;
				}
			}
			continue;
		}
		uint8_t b = v->text[s.pos], alt = v->alt[s.pos];
		if (advance(m, mt, &sp, &s, b, s.pos + 1))
			return KALM_ERR_NO_MEMORY;
		if (alt == VIEW_NONE) { /* a mark at an end of the word */
			kdfs x = s;
			x.pos++;
			if (push(mt, &sp, x))
				return KALM_ERR_NO_MEMORY;
		} else if (alt && alt != b &&
			   advance(m, mt, &sp, &s, alt, s.pos + 1)) {
			return KALM_ERR_NO_MEMORY;
		}
		/* a stretched letter (three or more in a row, so that "kaak"
		 * stays "kaak"): the rest of its run may be read as one */
		if (s.pos > start && b == v->text[s.pos - 1] && is_letter_byte(b) &&
		    s.node != 0) {
			uint32_t p = s.pos, q = s.pos - 1;
			while (p < t->end && v->text[p] == b && p - s.pos < STRETCH_MAX)
				p++;
			while (q > t->start && v->text[q - 1] == b && s.pos - q < STRETCH_MAX)
				q--;
			if ((p == t->end || v->text[p] != b) && p - q >= 3) {
				kdfs x = s;
				x.pos = p;
				if (push(mt, &sp, x))
					return KALM_ERR_NO_MEMORY;
			}
		}
		/* one typo in fuzzy words, never at the first letter */
		if (anchored && s.edits == 0 && s.node != 0 && (n->flags & NF_FUZZY)) {
			for (uint16_t i = 0; i < n->edge_count; i++) {
				const kedge *e = &m->edges[n->edge_first + i];
				if (!is_letter_byte(e->label) || e->label == b)
					continue;
				kdfs x = s; /* a letter left out */
				x.node = e->child;
				x.edits = 1;
				if (push(mt, &sp, x))
					return KALM_ERR_NO_MEMORY;
			}
			if (s.pos + 1 < t->end) { /* two letters swapped */
				uint8_t b2 = v->text[s.pos + 1];
				uint32_t c1 = b2 != b ? step(m, s.node, b2) : 0;
				uint32_t c2 = c1 ? step(m, c1, b) : 0;
				if (c2) {
					kdfs x = s;
					x.node = c2;
					x.pos = s.pos + 2;
					x.edits = 1;
					if (push(mt, &sp, x))
						return KALM_ERR_NO_MEMORY;
				}
			}
		}
	}
	if (sp > 0)
		mt->walk_local = false; /* cut short by the budget */
	return 0;
}

/*
 * The fast path.  A word without leet, masks or stretched letters offers
 * the search above no choice: from a given start there is one way through
 * the trie, so it is followed without a stack, reporting entries in the
 * order the search would.  Typos are the exception: a start that could be
 * one typo from a fuzzy term (by its first letter and the word's length)
 * still takes the general search, as does any walk that runs on into a
 * word that is not plain.
 */

/* Is token T plain?  The walk has a choice only at a mask, a leet
 * character, a run of three equal letters or masks after the word
 * (TOK_MASKLINK).  The normaliser marks most
 * plain words (TOK_PLAIN); the others are read. */
static __attribute__((noinline)) bool token_plain_read(const kview *v,
							uint32_t t)
{
	const uint8_t *text = v->text, *alt = v->alt;
	uint32_t a = v->tok[t].start, b = v->tok[t].end;
	bool plain = !(v->tok[t].flags & TOK_MASKLINK);
	for (uint32_t p = a; p < b && plain; p++) {
		uint8_t c = text[p];
		plain = c != VIEW_MASK && (alt[p] == 0 || alt[p] == c) &&
			!(p >= a + 2 && c == text[p - 1] && c == text[p - 2] &&
			  is_letter_byte(c));
	}
	return plain;
}

static inline bool token_plain(const kview *v, uint32_t t)
{
	return KALM_LIKELY(v->tok[t].flags & TOK_PLAIN) || token_plain_read(v, t);
}

/* Could a walk anchored at the start of token T end one typo away from a
 * fuzzy term?  Only if the first letter leads into a fuzzy subtree and
 * the whole word is one of the misspellings the model summarised. */
static inline bool fuzzy_possible(const kalm_model *m, const kview *v,
				  uint32_t t)
{
	const ktoken *tok = &v->tok[t];
	const uint8_t *w = v->text + tok->start;
	if (!(m->root_flags[w[0]] & NF_FUZZY))
		return false;
	if (m->fuzzy->general)
		return true;
	uint32_t len = tok->end - tok->start;
	return len >= 4 && fuzzy_keys_hold(m->fuzzy->keys, fuzzy_hash(w, len));
}

/* Walk from START in token TOK without choices.  Returns 0, 1 when the
 * walk met a word that is not plain (the caller takes the general search
 * instead), or KALM_ERR_NO_MEMORY. */
static int walk_plain(const kalm_model *m, const kview *v, kmatcher *mt,
		      uint32_t start, uint32_t tok)
{
	bool need_mid = start != v->tok[tok].start;
	if (need_mid && !(m->nodes[0].flags & NF_MID))
		return 0;
	kdfs s = {0, start, tok, 0, 0, 0};
	uint32_t end = v->tok[tok].end;
	for (unsigned budget = STEP_BUDGET; budget > 0; budget--) {
		if (s.node) {
			const knode *n = &m->nodes[s.node];
			if (n->entry_count && report(m, v, mt, n, start, tok, &s))
				return KALM_ERR_NO_MEMORY;
		}
		uint8_t b;
		if (s.pos >= end) {
			/* cross into the next word for terms of several words */
			if (s.pos != end || !(v->tok[s.tok].flags & TOK_LINKED))
				return 0;
			b = v->text[s.pos];
		} else {
			b = v->text[s.pos];
		}
		uint32_t c = step(m, s.node, b);
		if (!c || (need_mid && !(m->nodes[c].flags & NF_MID)))
			return 0;
		s.node = c;
		s.pos++;
		if (s.pos > end) { /* crossed the separator */
			s.tok++;
			if (!token_plain(v, s.tok))
				return 1;
			end = v->tok[s.tok].end;
		}
	}
	return 0;
}

/*
 * The one-pass path.  Words joined by single spaces or hyphens form a run
 * that walks may cross; when every word of a run is plain, the walks from
 * all its starts are the occurrences of trie strings inside the run, which
 * an Aho-Corasick pass (links made by compile.c) finds in one go.  They are
 * then reported start by start, nearest end first, as the walks would, and
 * filtered as the walks are: starts inside number words are skipped, and a
 * start inside a word must begin a word part (the links lead to any trie
 * string, but only word-part strings are reached from inside a word, and
 * every string on the way to one is marked NF_MID).
 */

static bool joined(const kview *v, uint32_t t)
{
	return (v->tok[t].flags & TOK_LINKED) != 0;
}

/* Can an entry of SHAPES (bits 1 << S_*) accept a plain walk whose
 * match starts a word (AT_START) or not and ends one (AT_END) or not
 * (accepts, without reading the entries)? */
static inline bool shapes_fit(unsigned shapes, bool at_start, bool at_end)
{
	return (shapes & (1u << S_INFLECT | 1u << S_PART)) ||
	       (at_start && (shapes & 1u << S_PREFIX)) ||
	       (at_end && (shapes & 1u << S_SUFFIX)) ||
	       (at_start && at_end && (shapes & 1u << S_WORD));
}

static int add_hit(kmatcher *mt, uint32_t p, uint32_t q, uint32_t node,
		   uint32_t qtok, uint32_t take)
{
	if (KALM_UNLIKELY(mt->nhits >= mt->hitcap) &&
	    kalm_grow((void **)&mt->hits, &mt->hitcap, mt->nhits + 1,
		      sizeof(*mt->hits)))
		return KALM_ERR_NO_MEMORY;
	mt->hits[mt->nhits++] = (struct khit){p, q, node, qtok, take};
	return 0;
}

/* Steps of the transition table from *NODE over TEXT[Q..LAST) while they
 * are plain: returns the position of the first byte that takes the links
 * (*NODE is the node before it) or after which an output is due (*NODE is
 * the node after it), or LAST.  Written out in the scan (dfa_run): its few
 * variables stay in registers there too, and the scan, which comes back
 * here after each of the dozen outputs of a message, pays no call. */
static inline __attribute__((always_inline)) uint32_t
dfa_steps(const uint8_t *cls, const uint16_t *next, uint32_t shift,
	  const uint8_t *text, uint32_t q, uint32_t last, uint32_t *node)
{
	uint32_t n = *node;
	for (; q < last; q++) {
		uint32_t c = cls[text[q]];
		if (KALM_UNLIKELY(c == DFA_SLOW))
			break;
		uint32_t x = next[n << shift | c];
		if (KALM_UNLIKELY(x & DFA_OUT)) {
			n = x & (DFA_OUT - 1);
			break;
		}
		n = x;
	}
	*node = n;
	return q;
}

static inline __attribute__((always_inline)) uint32_t
dfa_run(const uint8_t *cls, const uint16_t *next, uint32_t shift,
	const uint8_t *text, uint32_t q, uint32_t last, uint32_t *node)
{
	/* 17 to 32 classes (the letters and a few marks): a constant
	 * shift */
	if (shift == 5)
		return dfa_steps(cls, next, 5, text, q, last, node);
	return dfa_steps(cls, next, shift, text, q, last, node);
}

/* Every byte takes the links: the pass without a transition table. */
#define SLOW4 DFA_SLOW, DFA_SLOW, DFA_SLOW, DFA_SLOW
#define SLOW32 SLOW4, SLOW4, SLOW4, SLOW4, SLOW4, SLOW4, SLOW4, SLOW4
static const uint8_t no_table[256] = {SLOW32, SLOW32, SLOW32, SLOW32,
				      SLOW32, SLOW32, SLOW32, SLOW32};
#undef SLOW32
#undef SLOW4

/*
 * Known words.  The one pass over a word depends on the node it enters the
 * word at and the word's bytes alone, as long as no output it meets starts
 * before the word (such an output's fate depends on the text before): the
 * node it leaves at, and the hits it keeps (those starting in the word:
 * whether one starts a word, or fits the entries' shapes, is settled
 * within it).  So the matcher keeps such words, by the node they were
 * entered at and their view bytes, with the node they left at, the node a
 * space after it leads to, and their hits (most words keep none; a word
 * with more than KNOWN_HITS is not kept): a word met again at that node
 * is stepped over whole, its hits written as the pass would write them,
 * and a space after it stepped over too (other separators are read as
 * ever).  Whether the word might be one typo from a fuzzy term is kept
 * too, so that match_run need not ask.  Kept per model (known_serial);
 * two-way set associative, a set a cache line (the hits in a table of
 * their own, read only for a word that has some): a new word takes its
 * set's first slot and moves the word there to the second.
 */
#define KNOWN_BYTES 15
#define KNOWN_HITS 2

struct kknown {
	/* the word's view bytes, zero-padded, and its length in the top
	 * byte (all zero: a free slot) */
	uint64_t key[2];
	uint32_t from;  /* the node the pass entered the word at */
	uint32_t to;    /* ...and left it at */
	uint32_t space; /* ...and is at after a space (KNOWN_NONE: read it) */
	uint8_t typo;   /* fuzzy_possible, until a typo search found nothing */
	uint8_t nhits;  /* hits kept in the word (0..KNOWN_HITS) */
	/* no hits, no typo search and SPACE known: the usual word, which
	 * scan_run steps over in its loop of usual words */
	uint8_t usual;
};

/* A kept word's hits, from its first byte: the output's node, where it
 * starts and where it ends, and what match_run reports of it when the
 * word takes no typo search (HIT_TAKEN and the entries, hit_take). */
struct kknown_hits {
	struct {
		uint32_t node;
		uint8_t p, q;
		uint16_t take;
	} hit[KNOWN_HITS];
};

/* khit.take: the entries a hit is reported with are bits 0-7 (entry
 * K of its node: bit K), known beforehand; not set: read the entries. */
#define HIT_TAKEN 0x100u

#define KNOWN_NONE UINT32_MAX
_Static_assert(sizeof(struct kknown) * 2 == KALM_CACHE_LINE,
	       "a set is a cache line");

/* The key of the word TEXT[START..END) of a view of CAP bytes, or false
 * when it is too long for one. */
static inline bool known_key_of(const uint8_t *text, size_t cap,
				uint32_t start, uint32_t end, uint64_t *key)
{
	uint32_t n = end - start;
	const uint8_t *s = text + start;
	if (n > KNOWN_BYTES)
		return false;
#if KALM_SWAR
	if (KALM_LIKELY(start + 16 <= cap)) {
		/* one read; the view's bytes past the word are masked off
		 * (the masks of each length made when compiling) */
#define KNOWN_MASK(n, half) \
	((n) >= 8 * ((half) + 1) ? ~(uint64_t)0 \
	 : (n) <= 8 * (half)	 ? (uint64_t)0 \
				 : ((uint64_t)1 << 8 * ((n) - 8 * (half))) - 1)
#define KNOWN_MASKS(n) {KNOWN_MASK(n, 0), KNOWN_MASK(n, 1)}
		static const uint64_t mask[KNOWN_BYTES + 1][2] = {
			KNOWN_MASKS(0), KNOWN_MASKS(1), KNOWN_MASKS(2),
			KNOWN_MASKS(3), KNOWN_MASKS(4), KNOWN_MASKS(5),
			KNOWN_MASKS(6), KNOWN_MASKS(7), KNOWN_MASKS(8),
			KNOWN_MASKS(9), KNOWN_MASKS(10), KNOWN_MASKS(11),
			KNOWN_MASKS(12), KNOWN_MASKS(13), KNOWN_MASKS(14),
			KNOWN_MASKS(15)};
#undef KNOWN_MASKS
#undef KNOWN_MASK
		_Static_assert(KNOWN_BYTES == 15, "a mask for every length");
		memcpy(key, s, 16);
		key[0] &= mask[n][0];
		key[1] = (key[1] & mask[n][1]) | (uint64_t)n << 56;
		return true;
	}
#endif
	key[0] = 0;
	key[1] = (uint64_t)n << 56;
	for (uint32_t i = 0; i < n; i++)
		key[i / 8] |= (uint64_t)s[i] << 8 * (i % 8);
	return true;
}

/* The key of token TOK, or false when it is too long for one. */
static inline bool known_key(const kview *v, const ktoken *tok, uint64_t *key)
{
	return known_key_of(v->text, v->cap, tok->start, tok->end, key);
}

/* The set of MEMO, of 2^(64 - SHIFT) sets of two words, that KEY entered
 * at FROM belongs in. */
static inline struct kknown *known_set_in(struct kknown *memo, unsigned shift,
					  const uint64_t *key, uint32_t from)
{
	uint64_t mix = (key[0] ^ key[1] ^ from) * 0xD6E8FEB86659FD93u;
	return &memo[2 * (size_t)(mix >> shift)];
}

static inline struct kknown *known_set(const kmatcher *mt,
				       const uint64_t *key, uint32_t from)
{
	return known_set_in(mt->known, 65 - mt->known_bits, key, from);
}

static inline struct kknown *known_find(struct kknown *set,
					const uint64_t *key, uint32_t from)
{
	for (int i = 0; i < 2; i++)
		if (set[i].key[0] == key[0] && set[i].key[1] == key[1] &&
		    set[i].from == from)
			return &set[i];
	return NULL;
}

/* What match_run reports of hit H, which starts and ends in word W, when W
 * takes no typo search: nothing, or entries of its node (accepts; never a
 * verb, as report_at), as khit.take; 0 when the node has more entries
 * than bits. */
static uint32_t hit_take(const kalm_model *m, const kview *v, uint32_t w,
			 const struct khit *h)
{
	const ktoken *tok = &v->tok[w];
	const kout *o = &m->outs[h->node];
	if (h->p != tok->start &&
	    ((v->text[h->p] & 0xC0) == 0x80 || !(o->flags & NF_MID)))
		return HIT_TAKEN;
	if (!shapes_fit(o->shapes, h->p == tok->start, h->q == tok->end))
		return HIT_TAKEN;
	const knode *n = &m->nodes[h->node];
	if (n->entry_count > 8)
		return 0;
	kdfs s = {h->node, h->q, w, 0, 0, 0};
	uint32_t take = HIT_TAKEN;
	for (uint16_t k = 0; k < n->entry_count; k++) {
		const kentry *e = &m->entries[n->entry_first + k];
		if (e->kind != K_VERB && accepts(e, v, h->p, w, &s))
			take |= 1u << k;
	}
	return take;
}

/* Keep a word in SET of MT's memo: its KEY, the nodes FROM, TO and SPACE,
 * TYPO, and its hits, MT's hits from FIRST on (at most KNOWN_HITS), whose
 * positions are taken from its first byte, START (token W of V, read
 * under M). */
static inline void known_add(const kalm_model *m, const kview *v, uint32_t w,
			     kmatcher *mt, struct kknown *set,
			     const uint64_t *key, uint32_t from, uint32_t to,
			     uint32_t space, bool typo, size_t first,
			     uint32_t start)
{
	size_t nh = mt->nhits - first;
	struct kknown_hits *sh = &mt->known_hits[set - mt->known];
	set[1] = set[0];
	sh[1] = sh[0];
	set[0] = (struct kknown){{key[0], key[1]}, from, to, space, typo,
				 (uint8_t)nh,
				 nh == 0 && !typo && space != KNOWN_NONE};
	for (size_t i = 0; i < nh; i++) {
		const struct khit *h = &mt->hits[first + i];
		sh[0].hit[i].node = h->node;
		sh[0].hit[i].p = (uint8_t)(h->p - start);
		sh[0].hit[i].q = (uint8_t)(h->q - start);
		sh[0].hit[i].take = (uint16_t)hit_take(m, v, w, h);
	}
}

/* The known word TOK, entered at FROM, needs no typo search: its search
 * found nothing and read nothing past the word (walk_local). */
static void known_untypo(kmatcher *mt, const kview *v, const ktoken *tok,
			 uint32_t from)
{
	uint64_t key[2];
	if (!known_key(v, tok, key))
		return;
	struct kknown *hit = known_find(known_set(mt, key, from), key,
					from);
	if (hit && hit->typo) {
		hit->typo = 0;
		hit->usual = hit->nhits == 0 && hit->space != KNOWN_NONE;
		mt->known_untypo++;
	}
}

/* Make MT's known words ready for M, 2^known_want of them (or
 * MATCH_KNOWN_BITS), or leave them off (NULL).  A memory of another size is
 * replaced, starting empty; when that fails, the one there is kept. */
static void known_ready(const kalm_model *m, kmatcher *mt)
{
	unsigned bits = mt->known_want ? mt->known_want : MATCH_KNOWN_BITS;
	if (mt->known_bits != bits && !mt->known_failed &&
	    (mt->known || mt->stamp >= 2)) {
		/* (a matcher made for one short message is not worth it) */
		size_t slots = (size_t)1 << bits;
		void *mem = bits < MATCH_KNOWN_BITS_MIN ||
				    bits > MATCH_KNOWN_BITS_MAX
			    ? NULL
			    : kalm_malloc(slots * (sizeof(struct kknown) +
						   sizeof(struct kknown_hits)) +
					  KALM_CACHE_LINE - 1);
		if (mem) {
			kalm_dealloc(mt->known_mem);
			mt->known_mem = mem;
			/* sets on cache lines: a probe reads one */
			mt->known = kalm_line_up(mem);
			mt->known_hits = (struct kknown_hits *)(mt->known + slots);
			mt->known_bits = bits;
			mt->known_serial = 0;
		} else {
			mt->known_failed = true; /* only a little slower */
		}
	}
	if (!mt->known)
		return;
	if (mt->known_serial != m->serial) {
		memset(mt->known, 0,
		       ((size_t)1 << mt->known_bits) * sizeof(struct kknown));
		mt->known_serial = m->serial;
	}
}

/* What one pass over a run reads: the transition table (or no_table),
 * the outputs, the view's text and the run's first byte. */
typedef struct kpass {
	const uint8_t *cls;
	const uint16_t *next;
	uint32_t shift;
	const kout *outs;
	const uint8_t *text;
	uint32_t first;
} kpass;

/* The pass over TEXT[*Q..END), a word or the separator after it, from
 * *NODE: every occurrence of a trie string with entries that may count
 * becomes a hit (see scan_run).  *K is the word of the byte after the last
 * output (found lazily).  *CROSS is set when an output starts before
 * WORD (the start of the word read). */
static __attribute__((noinline)) int
scan_bytes(const kalm_model *m, const kview *v, kmatcher *mt, kpass P,
	   uint32_t word, uint32_t *qp, uint32_t end, uint32_t *nodep,
	   uint32_t *kp, bool *cross)
{
	const uint8_t *cls = P.cls, *text = P.text;
	const uint16_t *next = P.next;
	uint32_t shift = P.shift, first = P.first;
	const kout *outs = P.outs;
	uint32_t node = *nodep, k = *kp, q = *qp;
	for (; q < end; q++) {
		q = dfa_run(cls, next, shift, text, q, end, &node);
		if (q == end)
			break;
		uint8_t b = text[q];
		if (cls[b] == DFA_SLOW) {
			/* a valid trie's links shorten the string every
			 * time; the bound only stops a forged blob going
			 * round */
			for (unsigned guard = 0;; guard++) {
				uint32_t c = step(m, node, b);
				if (c || node == 0 || guard > 256) {
					node = c;
					break;
				}
				node = m->links[node].fail;
			}
		}
		uint32_t o = outs[node].out;
		for (unsigned guard = 0; o && guard <= 256; guard++) {
			const kout *n = &outs[o];
			if (!n->len)
				break;
			uint32_t len = n->len, p = q + 1 - len;
			o = n->next;
			*cross |= p < word;
			/* Inside a word only word parts count, and never
			 * from a continuation byte (match_run skips such
			 * hits; most are dropped here already).  A word
			 * starts the run or follows its separator. */
			if (!(len <= q + 1 - first &&
			      (p == first || text[p - 1] == ' ' ||
			       text[p - 1] == '-' ||
			       ((n->flags & NF_MID) && (text[p] & 0xC0) != 0x80))))
				continue;
			/* the word q + 1 belongs to: the first ending after
			 * q (a separator's is the next word); Q only grows */
			while (v->tok[k].end <= q)
				k++;
			/* Within one word, the entries' shapes say now what
			 * match_run would find (most such hits are a short
			 * whole-word entry at the start of a longer word:
			 * "u" in "update") */
			if (p >= v->tok[k].start &&
			    !shapes_fit(n->shapes, p == v->tok[k].start,
					q + 1 == v->tok[k].end))
				continue;
			if (add_hit(mt, p, q + 1, (uint32_t)(n - outs), k, 0))
				return KALM_ERR_NO_MEMORY;
		}
	}
	*nodep = node;
	*kp = k;
	*qp = q;
	return 0;
}

/* The node the pass is at after reading B at NODE, when that is the usual
 * step (no links to follow, no output); otherwise KNOWN_NONE. */
static inline uint32_t pass_step(kpass P, uint32_t node, uint8_t b)
{
	uint32_t c = P.cls[b], x;
	if (c == DFA_SLOW || ((x = P.next[node << P.shift | c]) & DFA_OUT))
		return KNOWN_NONE;
	return x;
}

/* Word I of a run (from 0) is a known word that takes the typo search,
 * entered at node FROM: bit I of *KEPT, and MT->typo_from[I] (the first
 * 64 words only). */
static inline void typo_kept_at(kmatcher *mt, uint64_t *kept, uint32_t i,
				uint32_t from)
{
	if (i < 64) {
		*kept |= (uint64_t)1 << i;
		mt->typo_from[i] = from;
	}
}

/* Word I of a run (from 0) is not a known word that needs no typo
 * search: bit I of *TODO (the first 64 words only). */
static inline void todo_at(uint64_t *todo, uint32_t i)
{
	if (i < 64)
		*todo |= (uint64_t)1 << i;
}

/* The known word at Q (token W, word I of its run) was entered at FROM:
 * its hits written as the pass would write them, and, when it takes the
 * typo search, bits I of *TODO and *KEPT. */
static inline __attribute__((always_inline)) int
known_replay(kmatcher *mt, const struct kknown *hit, uint32_t q, uint32_t w,
	     uint32_t i, uint32_t from, uint64_t *todo, uint64_t *kept)
{
	const struct kknown_hits *sh = &mt->known_hits[hit - mt->known];
	mt->known_replays += hit->nhits != 0;
	for (unsigned j = 0; j < hit->nhits; j++)
		if (add_hit(mt, q + sh->hit[j].p, q + sh->hit[j].q,
			    sh->hit[j].node, w, sh->hit[j].take))
			return KALM_ERR_NO_MEMORY;
	if (hit->typo) {
		todo_at(todo, i);
		typo_kept_at(mt, kept, i, from);
	}
	return 0;
}

/* Every occurrence of a trie string with entries in the run of joined
 * words that starts at token T, when they are all plain; *U becomes the
 * run's last word.  Bit I of *TODO says token T + I is not a known word
 * that needs no typo search (fuzzy_possible is false, or its search found
 * nothing before), bit I of *TYPO_KEPT that it is a known word that needs
 * it (entered at MT->typo_from[I]).  Returns 0, 1 when a word of the run
 * is not plain (the run takes the search then; what was kept of the
 * words before it stays true of them), or KALM_ERR_NO_MEMORY. */
static int scan_run(const kalm_model *m, const kview *v, kmatcher *mt,
		    const kpass *pass, uint32_t t, uint32_t *up,
		    uint64_t *todo_out, uint64_t *typo_kept)
{
	/* the run's bytes are contiguous: its words and the single space
	 * or hyphen between each two */
	kpass P = *pass;
	P.first = v->tok[t].start;
	uint32_t node = 0;
	uint32_t k = t; /* the word of the byte after an output (lazily) */
	/* (copies the compiler need not read again after each store) */
	struct kknown *memo = mt->known;
	unsigned shift = 65 - mt->known_bits; /* (sets of two) */
	const ktoken *toks = v->tok;
	const uint8_t *text = v->text;
	size_t cap = v->cap;
	uint64_t todo = 0, kept = 0;
	size_t unknown = 0; /* words not stepped over: t..w less these were */
	mt->nhits = 0;
	uint32_t w = t;
	for (;; w++) {
		const ktoken *tok;
		uint16_t flags;
		uint64_t key[2];
		struct kknown *set = NULL;
		const struct kknown *hit = NULL;
		/* The usual words, in a loop of their own (whose few variables
		 * stay in registers): plain, known at NODE with no hits, no
		 * typo search and the node after a space (kknown.usual), a
		 * space after them or the run's end after them (END).  It
		 * leaves at any other word, probed when it is plain (SET,
		 * KEY, HIT). */
		bool end = false;
		uint32_t at = w;
		for (tok = &toks[w];; tok++, at++) {
			flags = tok->flags;
			if (KALM_UNLIKELY(!(flags & TOK_PLAIN)))
				break;
			if (!memo || !known_key_of(text, cap, tok->start,
						   tok->end, key)) {
				set = NULL;
				hit = NULL;
				break;
			}
			set = known_set_in(memo, shift, key, node);
			hit = known_find(set, key, node);
			if (!hit || !hit->usual)
				break;
			if (!(flags & TOK_LINKED)) {
				end = true;
				break;
			}
			if (text[tok->end] != ' ')
				break;
			node = hit->space;
		}
		w = at;
		if (end)
			break;
		if (KALM_UNLIKELY(!(flags & TOK_PLAIN))) {
			if (!token_plain_read(v, w)) {
				while (joined(v, w))
					w++;
				*up = w;
				return 1;
			}
			set = NULL;
			hit = NULL;
			if (memo && known_key_of(text, cap, tok->start,
						 tok->end, key)) {
				set = known_set_in(memo, shift, key, node);
				hit = known_find(set, key, node);
			}
		}
		bool last = !(flags & TOK_LINKED);
		uint32_t q = tok->start;
		if (hit) {
			/* the pass would keep the word's hits and
			 * leave it at TO; most words keep none and
			 * need no typo search */
			if (KALM_UNLIKELY(hit->nhits | hit->typo) &&
			    known_replay(mt, hit, q, w, w - t, node,
					 &todo, &kept))
				return KALM_ERR_NO_MEMORY;
			if (last)
				break;
			node = hit->to;
			q = tok->end;
			if (text[q] == ' ' && hit->space != KNOWN_NONE) {
				node = hit->space;
				continue;
			}
		} else {
			unknown++;
		}
		if (q < tok->end) {
			size_t hits = mt->nhits;
			uint32_t from = node;
			bool cross = false;
			todo_at(&todo, w - t);
			/* (copies: the usual path keeps its own in registers) */
			uint32_t nq = q, nnode = node;
			if (scan_bytes(m, v, mt, P, tok->start, &nq, tok->end,
				       &nnode, &k, &cross))
				return KALM_ERR_NO_MEMORY;
			q = nq;
			node = nnode;
			/* the hits of the word's bytes are the word's own
			 * (each starts in it and ends in it: token W) */
			if (set && !cross && mt->nhits - hits <= KNOWN_HITS) {
				bool typo = fuzzy_possible(m, v, w);
				known_add(m, v, w, mt, set, key, from, node,
					  pass_step(P, node, ' '), typo, hits,
					  tok->start);
				if (typo)
					typo_kept_at(mt, &kept, w - t, from);
			}
		}
		if (last)
			break;
		/* the separator: the usual step, or as any byte */
		uint32_t x = pass_step(P, node, P.text[q]);
		if (x != KNOWN_NONE) {
			node = x;
		} else {
			bool cross = false;
			uint32_t nq = q, nnode = node;
			if (scan_bytes(m, v, mt, P, 0, &nq, tok->end + 1, &nnode,
				       &k, &cross))
				return KALM_ERR_NO_MEMORY;
			node = nnode;
		}
	}
	*up = w;
	mt->known_skips += w - t + 1 - unknown;
	*todo_out = todo;
	*typo_kept = kept;
	/* by start, keeping ends in order (they come sorted by end) */
	struct khit *h = mt->hits;
	for (size_t i = 1; i < mt->nhits; i++) {
		struct khit x = h[i];
		size_t j = i;
		for (; j > 0 && h[j - 1].p > x.p; j--)
			h[j] = h[j - 1];
		h[j] = x;
	}
	return 0;
}

/* Report the entries HIT_TAKEN says hit X, which starts in word W, is
 * reported with, as report_at would. */
static inline __attribute__((always_inline)) int
report_taken(const kalm_model *m, const kview *v, kmatcher *mt,
	     const struct khit *x, uint32_t w)
{
	const knode *n = &m->nodes[x->node];
	for (uint32_t bits = x->take & 0xFF; bits; bits &= bits - 1) {
		uint32_t id = n->entry_first + (uint32_t)__builtin_ctz(bits);
		kcand c = {id, w, x->qtok, v->tok[w].start, v->tok[x->qtok].end,
			   m->entries[id].kind, 0};
		if (add_cand(mt, c))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

/* Report the hits of the run of joined words at token T, when none of
 * its words takes the typo search (as match_run's loop below would, with
 * no word to search: the words without hits are not looked at). */
static int report_hits(const kalm_model *m, const kview *v, kmatcher *mt,
		       uint32_t t)
{
	const ktoken *tok = &v->tok[t];
	uint32_t w = t;
	for (size_t h = 0; h < mt->nhits; h++) {
		const struct khit *x = &mt->hits[h];
		/* the word the hit starts in, or the one after its
		 * separator (which skips it, as below) */
		for (; tok->end <= x->p; tok++)
			w++;
		if ((tok->flags & TOK_NUMBER) || x->p < tok->start)
			continue;
		if (x->take & HIT_TAKEN) { /* a known word's own */
			if (report_taken(m, v, mt, x, w))
				return KALM_ERR_NO_MEMORY;
			continue;
		}
		if (x->p != tok->start &&
		    ((v->text[x->p] & 0xC0) == 0x80 ||
		     !(m->outs[x->node].flags & NF_MID)))
			continue;
		if (!shapes_fit(m->outs[x->node].shapes, x->p == tok->start,
				x->q == v->tok[x->qtok].end))
			continue;
		kdfs s = {x->node, x->q, x->qtok, 0, 0, 0};
		if (report_at(m, v, mt, &m->nodes[x->node], x->p, w, &s))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

/* Report what the walks from the starts of the run of joined words at
 * token T find, when they are all plain; *U becomes the run's last word.
 * Returns 0, 1 when a word is not plain (nothing is reported then), or
 * KALM_ERR_NO_MEMORY. */
static int match_run(const kalm_model *m, const kview *v, kmatcher *mt,
		     const kpass *P, uint32_t t, uint32_t *up)
{
	uint64_t todo, typo_kept;
	int rc = scan_run(m, v, mt, P, t, up, &todo, &typo_kept);
	if (rc)
		return rc;
	uint32_t u = *up;
	/* the usual run: known words only, nothing kept */
	if (todo == 0 && u - t < 64) {
		if (mt->nhits == 0)
			return 0;
		return report_hits(m, v, mt, t);
	}
	size_t h = 0;
	/* where the next hit starts (the usual word has none) */
	uint32_t next = mt->nhits ? mt->hits[0].p : UINT32_MAX;
	const ktoken *tok = &v->tok[t];
	for (uint32_t i = 0; i <= u - t; i++, tok++) {
		/* (the usual word: known, no typo search, no hit) */
		bool maybe = i >= 64 || (todo >> i & 1);
		if (!maybe && next >= tok->end)
			continue;
		uint32_t w = t + i;
		bool number = (tok->flags & TOK_NUMBER) != 0;
		bool typo = maybe && !number && fuzzy_possible(m, v, w);
		if (typo) {
			size_t found = mt->ncand + mt->ntrig;
			if (walk(m, v, mt, tok->start, w))
				return KALM_ERR_NO_MEMORY;
			/* nothing, from the word alone: a known word needs
			 * the search no more */
			if (mt->ncand + mt->ntrig == found && mt->walk_local &&
			    w - t < 64 && (typo_kept >> (w - t) & 1))
				known_untypo(mt, v, tok, mt->typo_from[w - t]);
		}
		if (next >= tok->end)
			continue;
		for (; h < mt->nhits && mt->hits[h].p < tok->end; h++) {
			const struct khit *x = &mt->hits[h];
			if (number || x->p < tok->start)
				continue;
			if (x->take & HIT_TAKEN) { /* a known word's own */
				if (!(x->p == tok->start && typo) &&
				    report_taken(m, v, mt, x, w))
					return KALM_ERR_NO_MEMORY;
				continue;
			}
			if (x->p == tok->start ? typo
					       : ((v->text[x->p] & 0xC0) == 0x80 ||
						  !(m->outs[x->node].flags & NF_MID)))
				continue;
			/* Can an entry there accept the walk (accepts)? Its
			 * shapes say, without reading the entries. */
			if (!shapes_fit(m->outs[x->node].shapes,
					x->p == tok->start,
					x->q == v->tok[x->qtok].end))
				continue;
			/* a plain walk: no masks, no typo (inlined so that
			 * their checks fold away) */
			kdfs s = {x->node, x->q, x->qtok, 0, 0, 0};
			if (report_at(m, v, mt, &m->nodes[x->node], x->p, w, &s))
				return KALM_ERR_NO_MEMORY;
		}
		next = h < mt->nhits ? mt->hits[h].p : UINT32_MAX;
	}
	return 0;
}

/* All walks from the starts in token T, in the order of their starts. */
static int match_token(const kalm_model *m, const kview *v, kmatcher *mt,
		       uint32_t t, bool mid)
{
	const ktoken *tok = &v->tok[t];
	bool plain = !mt->reference && token_plain(v, t);
	for (uint32_t p = tok->start; p < tok->end; p++) {
		if (p > tok->start && (!mid || (v->text[p] & 0xC0) == 0x80))
			continue;
		if (p > tok->start) {
			/* inside a word: only where a word part may begin */
			if (!((m->root_flags[v->text[p]] |
			       (v->alt[p] ? m->root_flags[v->alt[p]] : 0)) &
			      NF_MID))
				continue;
		}
		if (plain && p > tok->start && p + 1 < tok->end) {
			/* most letters begin no word part: look two bytes
			 * ahead before setting out */
			uint32_t c = m->root[v->text[p]];
			if (!m->nodes[c].entry_count) {
				uint32_t c2 = step(m, c, v->text[p + 1]);
				if (!c2 || !(m->nodes[c2].flags & NF_MID))
					continue;
			}
		}
		int rc = 1;
		if (plain && (p > tok->start || !fuzzy_possible(m, v, t))) {
			size_t mark = mt->ncand, tmark = mt->ntrig;
			rc = walk_plain(m, v, mt, p, t);
			if (rc == 1) { /* undo, search in full */
				mt->ncand = mark;
				mt->ntrig = tmark;
			}
		}
		if (rc == 1)
			rc = walk(m, v, mt, p, t);
		if (rc)
			return rc;
		if (!mid)
			break;
	}
	return 0;
}

static uint32_t token_at(const kview *v, uint32_t pos, bool end)
{
	/* first token ending after POS (start), or last starting before it */
	size_t lo = 0, hi = v->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v->tok[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (end) {
		while (lo > 0 && (lo >= v->ntok || v->tok[lo].start >= pos))
			lo--;
	}
	return (uint32_t)(lo < v->ntok ? lo : v->ntok - 1);
}

/* Queue rule R to be tried at the starts of the words within RULE_REACH
 * of its trigger word T, in T's sentence; each start once per rule. */
static int queue_rule(const kview *v, kmatcher *mt, uint32_t r, uint32_t t)
{
	uint32_t sent = v->tok[t].sentence;
	uint32_t first, last, begin = t, end = t;
	/* The sentence's first and last words: known from the job queued
	 * before when that was in the same sentence, so a long sentence full
	 * of trigger words is not scanned once per trigger. */
	if (mt->njobs && v->tok[mt->jobs[mt->njobs - 1].end].sentence == sent) {
		begin = mt->jobs[mt->njobs - 1].begin;
		end = mt->jobs[mt->njobs - 1].end;
	} else {
		while (begin > 0 && v->tok[begin - 1].sentence == sent)
			begin--;
	}
	while (end + 1 < v->ntok && v->tok[end + 1].sentence == sent)
		end++;
	first = t - begin > RULE_REACH ? t - RULE_REACH : begin;
	last = end - t > RULE_REACH ? t + RULE_REACH : end;
	if (first < mt->fired[r])
		first = mt->fired[r];
	if (first > last)
		return 0;
	if (KALM_UNLIKELY(mt->njobs >= mt->jobcap) &&
	    kalm_grow((void **)&mt->jobs, &mt->jobcap, mt->njobs + 1,
		      sizeof(*mt->jobs)))
		return KALM_ERR_NO_MEMORY;
	mt->fired[r] = last + 1; /* cleared by the next match_view */
	mt->jobs[mt->njobs++] = (struct krulejob){r, first, last, begin, end};
	return 0;
}

/* Could a match of rule R count in the message (when its language is
 * known)?  One that could not would set no marker either: the scorer
 * reads only markers and abuse that applies, so it is not tried. */
static bool rule_may_count(const kalm_model *m, const kmatcher *mt,
			   uint32_t r)
{
	const krule *rule = &m->rules[r];
	return !mt->by_lang || mt->reference || !kind_is_abuse(rule->kind) ||
	       kind_applies(rule->lang, S_WORD, rule->flags, rule->kind,
			    mt->lang);
}

static int rule_context(kmatcher *mt)
{
	if (mt->md)
		return 0;
	mt->md = pcre2_match_data_create(1, NULL);
	mt->mctx = pcre2_match_context_create(NULL);
	mt->jit = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
	if (!mt->md || !mt->mctx || !mt->jit)
		return KALM_ERR_NO_MEMORY;
	pcre2_set_match_limit(mt->mctx, 100000);
	pcre2_set_depth_limit(mt->mctx, 2000);
	pcre2_set_heap_limit(mt->mctx, 4096); /* KiB */
	pcre2_jit_stack_assign(mt->mctx, NULL, mt->jit);
	return 0;
}

/* Does TEXT[0..LEN) hold S[0..N), N >= 1? */
static bool holds(const uint8_t *text, size_t len, const char *s, size_t n)
{
	const uint8_t *p = text, *end = text + len;
	while ((size_t)(end - p) >= n &&
	       (p = memchr(p, (uint8_t)s[0], (size_t)(end - p) - n + 1))) {
		if (memcmp(p + 1, s + 1, n - 1) == 0)
			return true;
		p++;
	}
	return false;
}

/* Does TEXT[0..LEN) hold one of the strings of NEED ("s1,s2,...")? */
static bool holds_need(const char *need, const uint8_t *text, size_t len)
{
	while (*need) {
		const char *comma = strchr(need, ',');
		size_t n = comma ? (size_t)(comma - need) : strlen(need);
		if (n && holds(text, len, need, n))
			return true;
		need += n + (comma != NULL);
	}
	return false;
}

/* Try the queued rules.  Patterns are anchored, so each try costs what
 * the pattern needs to fail at one word, not a scan of the text. */
static int run_rules(const kalm_model *m, const kview *v, kmatcher *mt)
{
	if (rule_context(mt))
		return KALM_ERR_NO_MEMORY;
	for (size_t jb = 0; jb < mt->njobs; jb++) {
		const struct krulejob *job = &mt->jobs[jb];
		/* the rule's code is asked for at its first try: a rule never
		 * tried is never compiled */
		const pcre2_code *code = NULL;
		bool jit = false;
		/* A try reads at most RULE_TAIL words past the job's last
		 * start: a pattern such as "babe.*foto" costs what it reads,
		 * and a long sentence full of trigger words would otherwise
		 * make every try read to its end (quadratic). */
		uint32_t stop = job->end - job->last > RULE_TAIL
					? job->last + RULE_TAIL : job->end;
		PCRE2_SIZE end = v->tok[stop].end;
		/* let the pattern see the sentence's closing punctuation */
		while (end < v->len && v->text[end] != ' ' &&
		       !view_is_word_byte(v->text[end]))
			end++;
		if (m->rules[job->rule].need && !mt->reference &&
		    !holds_need(model_string(m, m->rules[job->rule].need),
				v->text + v->tok[job->first].start,
				end - v->tok[job->first].start))
			continue; /* no try can match: none has what it needs */
		const krule_start *rs = &m->rule_start[job->rule];
		for (uint32_t t = job->first; t <= job->last; t++) {
			uint32_t at = v->tok[t].start;
			uint8_t b = v->text[at];
			if (!mt->reference &&
			    (!(rs->first[b >> 3] & (1u << (b & 7))) ||
			     end - at < rs->min_len))
				continue; /* the pattern cannot match here */
			if (!code) {
				code = model_rule_code(m, job->rule);
				/* JIT code may be entered directly, skipping
				 * pcre2_match's checks of what model_open
				 * already checked */
				jit = code != m->code[job->rule];
			}
			int rc = jit ? pcre2_jit_match(code, v->text, end, at,
						       PCRE2_NO_UTF_CHECK, mt->md,
						       mt->mctx)
				     : pcre2_match(code, v->text, end, at,
						   PCRE2_NO_UTF_CHECK, mt->md, mt->mctx);
			if (rc == PCRE2_ERROR_NOMATCH)
				continue;
			if (rc < 0) {
				mt->rule_errors++;
				continue;
			}
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mt->md);
			PCRE2_SIZE s = ov[0], e = ov[1];
			while (e > s && !view_is_word_byte(v->text[e - 1]))
				e--;
			if (e <= s)
				continue;
			kcand c;
			c.id = job->rule | CAND_RULE;
			c.tok_first = t;
			c.tok_last = token_at(v, (uint32_t)e, true);
			if (c.tok_last < c.tok_first)
				c.tok_last = c.tok_first;
			c.vstart = (uint32_t)s;
			c.vend = (uint32_t)e;
			c.kind = m->rules[job->rule].kind;
			c.flags = 0;
			if (add_cand(mt, c))
				return KALM_ERR_NO_MEMORY;
			t = c.tok_last; /* next try after this match */
		}
	}
	return 0;
}

int match_view(const kalm_model *m, const kview *v, kmatcher *mt)
{
	mt->ncand = 0;
	mt->ntrig = 0;
	/* only the rules queued last time were marked: clear those, not an
	 * array as long as the model's rules */
	for (size_t j = 0; j < mt->njobs; j++)
		mt->fired[mt->jobs[j].rule] = 0;
	mt->njobs = 0;
	if (m->nrules > mt->firedcap) {
		if (kalm_grow((void **)&mt->fired, &mt->firedcap, m->nrules,
			      sizeof(uint32_t)))
			return KALM_ERR_NO_MEMORY;
		memset(mt->fired, 0, mt->firedcap * sizeof(uint32_t));
	}
	if (m->nrules > mt->withcap) {
		if (kalm_grow((void **)&mt->with, &mt->withcap, m->nrules,
			      sizeof(uint32_t)))
			return KALM_ERR_NO_MEMORY;
		memset(mt->with, 0, mt->withcap * sizeof(uint32_t));
	}
	if (++mt->stamp == 0) { /* once in 2^32 messages */
		memset(mt->with, 0, mt->withcap * sizeof(uint32_t));
		mt->stamp = 1;
	}
	bool mid = (node_at(m, 0)->flags & NF_MID) != 0;
	/* walks run on from word to word only within runs of joined words */
	bool one_pass = m->links && m->longest < STEP_BUDGET && !mt->reference;
	kpass P = {m->dfa ? m->dfa->cls : no_table, m->dfa_next,
		   m->dfa ? m->dfa->shift : 0, m->outs, v->text, 0};
	if (one_pass)
		known_ready(m, mt);
	for (uint32_t t = 0; t < v->ntok;) {
		uint32_t u = t;
		int rc = 1;
		if (one_pass)
			rc = match_run(m, v, mt, &P, t, &u);
		else
			while (joined(v, u))
				u++;
		if (rc < 0)
			return rc;
		if (rc == 1)
			for (uint32_t w = t; w <= u; w++)
				if (!(v->tok[w].flags & TOK_NUMBER) &&
				    match_token(m, v, mt, w, mid))
					return KALM_ERR_NO_MEMORY;
		t = u + 1;
	}
	/* A rule with a 'with' list runs only where the message holds one of
	 * its words too (the reference search tries it regardless) */
	for (size_t i = 0; i < mt->ntrig; i++) {
		const kentry *e = &m->entries[mt->trig[i].id];
		if (e->flags & EF_WITH)
			mt->with[e->rule] = mt->stamp;
	}
	for (size_t i = 0; i < mt->ntrig; i++) {
		const kentry *e = &m->entries[mt->trig[i].id];
		uint32_t r = e->rule;
		if ((e->flags & EF_WITH) ||
		    ((m->rules[r].flags & EF_WITH) && !mt->reference &&
		     mt->with[r] != mt->stamp))
			continue;
		if (!rule_may_count(m, mt, r))
			continue;
		if (queue_rule(v, mt, r, mt->trig[i].tok_first))
			return KALM_ERR_NO_MEMORY;
	}
	return mt->njobs ? run_rules(m, v, mt) : 0;
}

void matcher_free(kmatcher *mt)
{
	kalm_dealloc(mt->cand);
	kalm_dealloc(mt->trig);
	kalm_dealloc(mt->stack);
	kalm_dealloc(mt->hits);
	kalm_dealloc(mt->fired);
	kalm_dealloc(mt->with);
	kalm_dealloc(mt->jobs);
	kalm_dealloc(mt->known_mem);
	pcre2_match_data_free(mt->md);
	pcre2_match_context_free(mt->mctx);
	pcre2_jit_stack_free(mt->jit);
	memset(mt, 0, sizeof(*mt));
}

bool match_word_kind(const kalm_model *m, const uint8_t *word, size_t len,
		     uint8_t kind, kalm_lang lang)
{
	uint32_t node = 0;
	for (size_t i = 0; i < len; i++)
		if (!(node = step(m, node, word[i])))
			return false;
	const knode *n = node_at(m, node);
	for (uint16_t k = 0; k < n->entry_count; k++) {
		const kentry *e = &m->entries[n->entry_first + k];
		if (e->kind == kind && e->shape == S_WORD &&
		    kind_applies(e->lang, e->shape, e->flags, e->kind, lang))
			return true;
	}
	return false;
}
