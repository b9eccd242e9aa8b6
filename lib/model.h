/* The compiled model: a flat, position-independent, little-endian blob
 * (compile.c writes it, model.c validates and reads it). */
#ifndef KALM_MODEL_H
#define KALM_MODEL_H

#include "internal.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>

#define BLOB_MAGIC "KALMMDL\x1a"
#define BLOB_VERSION 3u
#define BLOB_ENDIAN 0x01020304u

/* What an entry is. The first values equal kalm_category. */
enum {
	K_INSULT = KALM_CAT_INSULT,
	K_PROFANITY = KALM_CAT_PROFANITY,
	K_THREAT = KALM_CAT_THREAT,
	K_SEXUAL = KALM_CAT_SEXUAL,
	K_HATE = KALM_CAT_HATE,
	K_FRUSTRATION = KALM_CAT_FRUSTRATION,
	K_YOU = 16,
	K_PERSON,
	K_GROUP,
	K_NEGATOR,
	K_ALLOW,
	K_REPORT,
	K_TRIGGER, /* a word that lets a phrase rule run */
	K_VERB,    /* a finite verb: "jullie app IS waardeloos" */
	K_MAX
};

/* Where a term may match within a word. */
enum { S_WORD, S_INFLECT, S_PREFIX, S_SUFFIX, S_PART };

enum {
	EF_TARGET = 0x01,
	EF_VOCATIVE = 0x02,
	EF_STRICT = 0x04,
	EF_FUZZY = 0x08,
	EF_YOU = 0x10, /* the match addresses the reader */
	EF_MULTI = 0x20, /* the term has several words */
	/* Rules: tried only in messages that hold a word of the rule's
	 * 'with' list as well as a trigger.  Trigger entries: a word of
	 * that list, which starts nothing itself (a reader that knows no
	 * such words takes it for one more trigger: never a match less). */
	EF_WITH = 0x40,
	/* A `you` word that is also a possessive ("jullie app", "jou
	 * kar"): followed by a word and then a verb, it names something of
	 * the reader's, not the reader. */
	EF_POSSESSIVE = 0x80
};

/* Is a match of this kind read as abuse or frustration (not a marker)? */
static inline bool kind_is_abuse(uint8_t kind)
{
	return kind <= K_HATE || kind == K_FRUSTRATION;
}

/*
 * Can a match of an entry or rule in language ELANG (0: every language),
 * of SHAPE, FLAGS and KIND, count in a message in language LANG?  `strict`
 * ones only in their own language; so can word parts, suffixes and
 * frustration words once the message's language is known, because inside
 * words and in everyday complaints one language's vocabulary is another's
 * ordinary text (Polish "jeb" inside Dutch "alsjeblieft").  Whole words
 * and prefixes cross languages, so a Polish curse in an English sentence
 * still counts.
 */
static inline bool kind_applies(uint8_t elang, uint8_t shape, uint16_t flags,
				uint8_t kind, kalm_lang lang)
{
	if (elang == KALM_LANG_UNKNOWN || elang == lang)
		return true;
	if (flags & EF_STRICT)
		return false;
	if (lang == KALM_LANG_UNKNOWN)
		return true;
	return shape != S_PART && shape != S_SUFFIX && kind != K_FRUSTRATION;
}

/* The most letters an inflectional ending ("debil+") may add. */
#define INFLECT_MAX 4

typedef struct kentry {
	uint32_t term;   /* STRINGS offset: the term as written */
	uint32_t source; /* STRINGS offset: file name */
	uint32_t line;
	uint32_t rule;   /* K_TRIGGER: the rule it starts */
	uint16_t flags;  /* EF_* */
	uint16_t len;    /* folded term length in view bytes */
	uint8_t kind;    /* K_* */
	uint8_t severity;
	uint8_t lang;    /* kalm_lang; 0: every language */
	uint8_t shape;   /* S_* */
	uint32_t reserved[3];
} kentry;

enum { NF_MID = 0x01, NF_FUZZY = 0x02 };

typedef struct knode {
	uint32_t edge_first;
	uint32_t entry_first;
	uint16_t edge_count;
	uint16_t entry_count;
	uint8_t flags; /* subtree holds: NF_MID entries that may start inside
			* a word; NF_FUZZY entries */
	uint8_t pad[3];
} knode;

typedef struct kedge {
	uint32_t child;
	uint8_t label;
	uint8_t pad[3];
} kedge;

typedef struct krule {
	uint32_t pattern; /* STRINGS offset */
	uint32_t source;
	uint32_t line;
	uint32_t code_off; /* serialised PCRE2 code in RULECODE */
	uint32_t code_len;
	uint16_t flags;
	uint8_t kind;
	uint8_t severity;
	uint8_t lang;
	uint8_t pad[3];
	/* STRINGS offset of "s1,s2,...": view text every match contains
	 * one of (the lexicon's 'need'); 0 for none */
	uint32_t need;
	uint32_t reserved;
} krule;

enum {
	SEC_META = 1,
	SEC_STRINGS,
	SEC_ENTRIES,
	SEC_NODES,
	SEC_EDGES,
	SEC_ROOT, /* 256 x u32: child of the root for each byte, 0 none */
	SEC_RULES,
	SEC_RULECODE,
	SEC_LANGID,
	SEC_SOURCES,
	SEC_RULESTART, /* krule_start per rule */
	SEC_LINKS,     /* klink per trie node */
	SEC_FUZZY,     /* one kfuzzy */
	SEC_NAV,       /* knav per trie node */
	SEC_DFA,       /* kdfa and its table, or empty */
	SEC_MAX
};

typedef struct kblob_header {
	char magic[8];
	uint32_t version;
	uint32_t endian;
	uint32_t size;  /* whole blob */
	uint32_t crc;   /* CRC-32 of the bytes after this header */
	uint32_t nsections;
	uint32_t reserved;
} kblob_header;

typedef struct kblob_section {
	uint32_t id, offset, size, count;
} kblob_section;

typedef struct kmeta {
	uint32_t threshold_milli; /* abuse threshold x 1000 */
	uint32_t entry_count;
	uint32_t rule_count;
	uint32_t pcre2_version; /* PCRE2_MAJOR * 100 + PCRE2_MINOR of RULECODE */
	uint32_t reserved[4];
} kmeta;

#define FUZZY_KEY_BITS (1u << 17)

/* What a rule's match needs where it starts, from PCRE2's own analysis
 * of the pattern compiled with start-up optimisation (which the code the
 * matcher runs is not: RULE_PCRE2_OPTIONS), so the matcher skips words a
 * rule cannot start at without calling PCRE2: the bytes it may start
 * with (a bit set) and its least length in characters, hence in bytes.
 * Stored in the blob; a wrong one only loses matches. */
typedef struct krule_start {
	uint8_t first[32];
	uint32_t min_len;
} krule_start;

/* Aho-Corasick links of a trie node (compile.c computes them), so the
 * matcher finds every term inside a run of words in one pass: FAIL, the
 * node of the longest proper suffix of this node's string that is in the
 * trie; OUT, the node of the longest suffix, the string itself included,
 * that holds entries (0: none). */
typedef struct klink {
	uint32_t fail, out;
} klink;

/* For the matcher's fast path (compile.c makes it): a Bloom filter of
 * the words one typo from a `fuzzy` term (the term with a letter left out
 * or two neighbours swapped, never the first letter; fuzzy_hash), and
 * whether some fuzzy term escapes it (several words, very long), so that
 * every word starting like a fuzzy term must be searched. */
typedef struct kfuzzy {
	uint64_t keys[FUZZY_KEY_BITS / 64];
	uint32_t general;
	uint32_t pad[3];
} kfuzzy;

/* A trie node's letter edges at a glance (compile.c makes them), so the
 * matcher finds a letter's edge by counting bits instead of scanning:
 * edges are in label order, so the edge for letter L is number BEFORE +
 * (letters below L).  A forged value only leads to a wrong edge of the
 * same node (the matcher checks the number against edge_count). */
typedef struct knav {
	uint32_t letters; /* bit L - 'a': an edge labelled L */
	uint32_t before;  /* edges labelled below 'a' */
} knav;

/* The Aho-Corasick links as a transition table (compile.c makes it), so
 * the matcher's one pass takes one lookup per byte: NEXT[node << SHIFT |
 * CLS[byte]] is the node a walk reaches by reading the byte at NODE,
 * following fail links as far as needed (its low 15 bits), and bit 15 says
 * that node's OUT is not 0.  Class 0 stands for the bytes no edge is
 * labelled with (every walk falls back to the root); DFA_SLOW marks the
 * labels from 0x80 up (emoji and other UTF-8 in a term), which take the
 * links.  Made only for tries of at most DFA_MAX_NODES nodes; otherwise
 * the section is empty and the links are followed.  Every NEXT is checked
 * against the node count when a model is opened. */
#define DFA_SLOW 0xFFu
#define DFA_MAX_NODES 0x8000u
#define DFA_OUT 0x8000u
typedef struct kdfa {
	uint8_t cls[256];
	uint32_t shift; /* a row holds 1 << SHIFT classes */
	uint32_t nodes; /* rows: the trie's node count */
	uint32_t pad[2];
	/* uint16_t next[nodes << shift] follows */
} kdfa;

/* What the matcher's one pass needs of a node when the table says it has
 * an output, in one place (made when a model is opened, from the links,
 * nodes and entries): OUT is link.out; for a node with entries, LEN is
 * its first entry's length, FLAGS its NF_* and NEXT the output after its
 * own (the out of its fail node), SHAPES its entries' shapes; LEN 0: no
 * entries. */
typedef struct kout {
	uint32_t out, next;
	uint16_t len;
	uint8_t flags;
	uint8_t shapes; /* 1 << S_* of each of its entries */
} kout;

/* Where a phrase rule's JIT copy is (model_rule_code). */
enum { JIT_NONE, JIT_BUSY, JIT_DONE };

struct kalm_model {
	uint8_t *owned; /* NULL when the blob is the embedded one */
	const uint8_t *blob;
	size_t size;
	const kmeta *meta;
	const char *strings;
	size_t strings_len;
	const kentry *entries;
	size_t nentries;
	const knode *nodes;
	size_t nnodes;
	const kedge *edges;
	size_t nedges;
	const uint32_t *root;
	const krule *rules;
	size_t nrules;
	const uint8_t *langid;
	size_t langid_len;
	const char *sources;
	size_t sources_len;
	pcre2_code **code; /* one per rule, interpreted */
	/* JIT-compiled copies, made on a rule's first use and published
	 * atomically, so opening a model stays cheap and sharing it between
	 * threads stays safe. */
	_Atomic(pcre2_code *) *jit;
	atomic_int *jit_state; /* JIT_NONE, JIT_BUSY (being compiled), JIT_DONE */
	const krule_start *rule_start; /* one per rule (SEC_RULESTART) */
	const klink *links; /* one per trie node (SEC_LINKS) */
	uint32_t longest;   /* longest folded term, in view bytes */
	double threshold;
	const kfuzzy *fuzzy; /* SEC_FUZZY */
	const knav *nav; /* one per trie node (SEC_NAV) */
	kout *outs;     /* one per trie node (see kout) */
	const kdfa *dfa; /* SEC_DFA, or NULL without one */
	const uint16_t *dfa_next;
	uint64_t serial; /* unique among the models a process opens */
	/* the flags (NF_*) of the root's child for each byte, 0 without
	 * one: the matcher's first look at a word, without a node read */
	uint8_t root_flags[256];
};

/* A word's hash for fuzzy_keys: FNV-1a over its view bytes. */
static inline uint64_t fuzzy_hash(const uint8_t *w, size_t len)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ w[i]) * 0x100000001b3u;
	return h;
}

/* Two bits of fuzzy_keys stand for a word (a Bloom filter). */
static inline bool fuzzy_keys_hold(const uint64_t *keys, uint64_t h)
{
	uint32_t a = (uint32_t)h & (FUZZY_KEY_BITS - 1);
	uint32_t b = (uint32_t)(h >> 40) & (FUZZY_KEY_BITS - 1);
	return (keys[a / 64] >> (a % 64) & 1) && (keys[b / 64] >> (b % 64) & 1);
}

/* ---- lexicon parsing (lexicon.c) ---- */

typedef struct lex_entry {
	kentry e;
	uint32_t fold_off; /* folded term in lexicon.folds */
	const char *term;  /* as written (in lexicon.text) */
	const char *source;
} lex_entry;

typedef struct lex_rule {
	krule r;
	const char *pattern;
	const char *source;
} lex_rule;

typedef struct lex_source {
	char *name;
	char *text;
	size_t len;
} lex_source;

typedef struct lexicon {
	lex_entry *entries;
	size_t nentries, entcap;
	lex_rule *rules;
	size_t nrules, rulecap;
	kbuf folds;   /* folded terms */
	kbuf strings; /* terms, patterns and names as written, NUL-separated */
	kbuf langid;  /* compiled language profile, if a source had one */
	lex_source *sources;
	size_t nsources, srccap;
} lexicon;

/* Parse one source (lexicon or ".profile") into LEX.  On a data error,
 * KALM_ERR_SYNTAX with file:line:column in ERR.  A source that fails, for
 * any reason, leaves LEX as it was. */
int lexicon_add(lexicon *lex, const char *name, const char *text, size_t len,
		kalm_error *err);

/* How far LEX's parts were filled: lexicon_rollback drops everything
 * added after lexicon_mark (sources, entries, rules, their text and a
 * language profile). */
typedef struct lexicon_mark {
	size_t entries, rules, sources, folds, strings, langid;
} lexicon_mark;
lexicon_mark lexicon_mark_now(const lexicon *lex);
void lexicon_rollback(lexicon *lex, const lexicon_mark *mark);

struct kalm_builder {
	lexicon lex;
	kbuf allow; /* "allow.lex" text from kalm_builder_allow */
};
void lexicon_free(lexicon *lex);

/* ---- compiling (compile.c) ---- */

/* Build the blob for LEX into OUT. */
int model_compile(const lexicon *lex, kbuf *out, kalm_error *err);

/* ---- opening (model.c) ---- */

/* Validate BLOB and make a model.  OWNED: the model takes BLOB (allocated
 * with kalm_malloc) and frees it.  TRUSTED: the blob was made by this very
 * build (embedded or just compiled), so its serialised rule code may be
 * used; otherwise patterns are compiled again from their source. */
int model_open(const uint8_t *blob, size_t size, bool owned, bool trusted,
	       kalm_model **out, kalm_error *err);


static inline const char *model_string(const kalm_model *m, uint32_t off)
{
	return off < m->strings_len ? m->strings + off : "";
}

/* The code to run for rule R: its JIT copy, compiled on first use (a
 * thread asking while another compiles it waits for it), or the
 * interpreted code where JIT compiling is not possible. */
const pcre2_code *model_rule_code(const kalm_model *m, size_t r);

/* The start of rule pattern PATTERN (compile.c). */
int rule_start_of(const char *pattern, krule_start *rs);

/* Compile the rule pattern PATTERN[0..LEN), as a lexicon writes it, the
 * way the matcher runs it (compile.c): its literal non-ASCII characters
 * folded as the view folds text (view_fold_pattern) and its letters
 * matched without regard to case, with OPTIONS (RULE_PCRE2_OPTIONS, less
 * PCRE2_NO_START_OPTIMIZE to study it).  NULL when it does not compile
 * (*PERR and *POFF as pcre2_compile sets them, *POFF into the folded
 * pattern), cannot be folded (*PERR 0) or memory ran out (*PERR
 * PCRE2_ERROR_NOMEMORY). */
pcre2_code *rule_compile(const char *pattern, size_t len, uint32_t options,
			 int *perr, PCRE2_SIZE *poff);

/* PCRE2 options every rule is compiled with. */
/* Anchored: a rule is tried only at the starts of the few words around
 * its trigger, never scanned across the whole text.  No start-up
 * optimisation: its search for a required character runs to the end of
 * the subject (the sentence) on every try, which made a long sentence of
 * trigger words quadratic; an anchored try gains nothing from it. */
#define RULE_PCRE2_OPTIONS \
	(PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C | PCRE2_ANCHORED | \
	 PCRE2_NO_START_OPTIMIZE)

/* How many words before or after its trigger word a rule's match may
 * start. */
#define RULE_REACH 10

#endif
