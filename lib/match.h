/* Matching (match.c): lexicon terms through the trie, and phrase rules
 * whose trigger words occurred, over one segment's view. */
#ifndef KALM_MATCH_H
#define KALM_MATCH_H

#include "model.h"
#include "normalize.h"

#define CAND_RULE 0x80000000u /* cand.id: a rule index, not an entry */

enum { CF_MASKED = 0x01, CF_FUZZY = 0x02 };

typedef struct kcand {
	uint32_t id;          /* entry index, or rule index | CAND_RULE */
	uint32_t tok_first;   /* tokens covered: [tok_first, tok_last] */
	uint32_t tok_last;
	uint32_t vstart, vend; /* view bytes of the span */
	uint8_t kind;
	uint8_t flags;
} kcand;

typedef struct kdfs {
	uint32_t node, pos, tok;
	uint16_t masks;
	uint8_t edits;
	uint8_t pad;
} kdfs;

/* The matcher's memo of known words holds 2^MATCH_KNOWN_BITS words unless
 * its owner asks for another size (known_want) in this range. */
#define MATCH_KNOWN_BITS 11
#define MATCH_KNOWN_BITS_MIN 2
#define MATCH_KNOWN_BITS_MAX 24

typedef struct kmatcher {
	kcand *cand;
	size_t ncand, candcap;
	/* the trigger words found (K_TRIGGER), kept apart from CAND: they
	 * only choose the rules to try, which the matcher does itself */
	kcand *trig;
	size_t ntrig, trigcap;
	kdfs *stack;
	size_t stackcap;
	uint32_t *fired; /* per rule: first word not yet queued as a start */
	size_t firedcap;
	/* per rule: STAMP when a word of its 'with' list is in the message */
	uint32_t *with;
	size_t withcap;
	uint32_t stamp;
	/* a rule, the words its match may start at, and the first and last
	 * words of the trigger's sentence (the last it may reach) */
	struct krulejob { uint32_t rule, first, last, begin, end; } *jobs;
	size_t njobs, jobcap;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	size_t rule_errors; /* rules stopped by a match or depth limit */
	const kalm_model *model; /* of the walk under way */
	bool need_mid;           /* the walk started inside a word */
	/* the walk under way read its word alone: it ran to its end and
	 * no state it met at the word's end could go on to a next word,
	 * whatever follows */
	bool walk_local;
	/* terms found in one pass over a run of words: view bytes [p, q),
	 * trie node, word of q, and for a known word's own hit, the
	 * entries it is reported with (match.c, known words) */
	struct khit { uint32_t p, q, node, qtok, take; } *hits;
	size_t nhits, hitcap;
	bool reference; /* tests: the general search at every start, and
			 * every rule tried without its start filter */
	/* when BY_LANG: the message's language, and rules whose matches
	 * could not count in it (kind_applies) are not tried */
	bool by_lang;
	kalm_lang lang;
	/* Words the one pass met before (match.c, known words); made for
	 * a matcher's second segment, NULL before and after an allocation
	 * failed */
	struct kknown *known; /* in KNOWN_MEM, on a cache line */
	struct kknown_hits *known_hits; /* per slot of KNOWN, after it */
	void *known_mem;
	unsigned known_bits; /* KNOWN holds 2^known_bits words */
	unsigned known_want; /* ...and should (0: 2^MATCH_KNOWN_BITS;
			      * MATCH_KNOWN_BITS_MIN..MAX) */
	uint64_t known_serial; /* the model they were read with */
	bool known_failed; /* an allocation failed: no more are tried */
	size_t known_skips; /* words stepped over so (tests read it) */
	size_t known_replays; /* ...of them, those that had hits */
	size_t known_untypo; /* known words whose typo search found nothing */
	/* per word of the run under way (up to 64): the node a known word
	 * that takes the typo search was entered at */
	uint32_t typo_from[64];
} kmatcher;

/* Find every term and rule match in VIEW into M->cand (the trigger words
 * into M->trig). */
int match_view(const kalm_model *model, const kview *view, kmatcher *m);
void matcher_free(kmatcher *m);

/* Is the whole word WORD[0..LEN) (view bytes) an entry of KIND (K_VERB:
 * entries the matcher never reports) that holds in LANG? */
bool match_word_kind(const kalm_model *m, const uint8_t *word, size_t len,
		     uint8_t kind, kalm_lang lang);

#endif
