/*
 * kalm.h - score customer messages for abuse and recommend what a support
 * agent does next.  Dutch, Afrikaans, Polish and English.
 *
 * This is the only public header of libkalm.
 *
 * Conventions
 *  - Every fallible call returns kalm_status: KALM_OK (0) or a negative code.
 *    When the caller passes a kalm_error, it is filled with a message and,
 *    for data errors, the file, line and column.  The library never prints
 *    and never aborts on input.
 *  - Text is (pointer, length) of UTF-8 bytes.  It need not be
 *    NUL-terminated, may contain NUL bytes and may be invalid UTF-8.
 *    Offsets in results are byte offsets into the caller's buffer.
 *  - Functions named _new/_load/_open give an object the caller frees with
 *    the matching _free; _free(NULL) does nothing.  Getters return borrowed
 *    pointers valid until the owner changes or is freed.
 *  - Thread safety is stated for every type.
 */
#ifndef KALM_H
#define KALM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KALM_VERSION_MAJOR 0
#define KALM_VERSION_MINOR 1
#define KALM_VERSION_PATCH 0
#define KALM_VERSION_NUMBER \
	(KALM_VERSION_MAJOR * 10000 + KALM_VERSION_MINOR * 100 + KALM_VERSION_PATCH)
#define KALM_VERSION_STRING "0.1.0"

#if defined(KALM_STATIC)
#define KALM_API
#elif defined(_WIN32)
#ifdef KALM_BUILDING
#define KALM_API __declspec(dllexport)
#else
#define KALM_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define KALM_API __attribute__((visibility("default")))
#else
#define KALM_API
#endif

/* The version of the library linked at run time (KALM_VERSION_NUMBER form). */
KALM_API unsigned kalm_version_number(void);
/* The same as text, e.g. "0.1.0".  Static storage. */
KALM_API const char *kalm_version_string(void);

/* ------------------------------------------------------------------ */
/* Errors                                                              */

typedef enum kalm_status {
	KALM_OK = 0,
	KALM_ERR_ARGUMENT = -1, /* a NULL handle, bad enum value or bad option */
	KALM_ERR_NO_MEMORY = -2, /* an allocation failed; nothing was changed */
	KALM_ERR_IO = -3,       /* a file or directory could not be read */
	KALM_ERR_SYNTAX = -4,   /* a lexicon or policy file is malformed */
	KALM_ERR_MODEL = -5,    /* a compiled model blob is corrupt or foreign */
	KALM_ERR_STATE = -6,    /* a saved session blob is corrupt or foreign */
	KALM_ERR_LIMIT = -7,    /* a documented size limit was exceeded */
	KALM_ERR_NOT_FOUND = -8 /* the thing asked for does not exist */
} kalm_status;

/* Static text for a status code, e.g. "syntax error".  Never NULL. */
KALM_API const char *kalm_status_str(kalm_status status);

/*
 * Filled by fallible calls when the caller passes one.  A plain record:
 * the caller owns it, usually on the stack.  For KALM_ERR_SYNTAX, file,
 * line and column (1-based; 0 when unknown) locate the problem.
 */
typedef struct kalm_error {
	kalm_status code;
	unsigned line;
	unsigned column;
	char file[256];
	char message[512];
} kalm_error;

/* ------------------------------------------------------------------ */
/* Languages and categories                                            */

typedef enum kalm_lang {
	KALM_LANG_UNKNOWN = 0,
	KALM_LANG_NL = 1, /* Dutch */
	KALM_LANG_AF = 2, /* Afrikaans */
	KALM_LANG_PL = 3, /* Polish */
	KALM_LANG_EN = 4, /* English */
	KALM_LANG_COUNT = 5
} kalm_lang;

/* "nl", "af", "pl", "en" or "unknown".  Static storage. */
KALM_API const char *kalm_lang_code(kalm_lang lang);
/* The language for a code such as "nl" or "nl-BE" (case-insensitive);
 * KALM_LANG_UNKNOWN for anything else, including NULL. */
KALM_API kalm_lang kalm_lang_from_code(const char *code);

typedef enum kalm_category {
	KALM_CAT_INSULT = 0,      /* name-calling, demeaning a person */
	KALM_CAT_PROFANITY = 1,   /* swearing, vulgarity */
	KALM_CAT_THREAT = 2,      /* violence or harm to person, family, property */
	KALM_CAT_SEXUAL = 3,      /* sexual harassment */
	KALM_CAT_HATE = 4,        /* slurs and hate about protected groups */
	KALM_CAT_SHOUTING = 5,    /* capitals and exclamation runs; not abuse */
	KALM_CAT_FRUSTRATION = 6, /* complaints and demands; not abuse */
	KALM_CAT_COUNT = 7
} kalm_category;

/* "insult", "profanity", "threat", "sexual", "hate", "shouting",
 * "frustration".  Static storage; NULL for an out-of-range value. */
KALM_API const char *kalm_category_name(kalm_category category);
/* The category for a name as above; returns -1 when unknown. */
KALM_API int kalm_category_from_name(const char *name);
/* True for the categories that make a message abusive (insult,
 * profanity, threat, sexual, hate). */
KALM_API bool kalm_category_is_abuse(kalm_category category);

/* ------------------------------------------------------------------ */
/* Models                                                              */

/*
 * A compiled, immutable set of lexicons and phrase rules.  Once created a
 * model never changes: share one between any number of threads.
 */
typedef struct kalm_model kalm_model;

/* The model built into the library.  Needs no files.  Cheap: it validates
 * the embedded blob and prepares the phrase rules. */
KALM_API kalm_status kalm_model_new_default(kalm_model **out, kalm_error *err);

/* Compile every "*.lex" file in DIR (see lexicons/README.md).  A whole
 * directory loads or nothing does: on a data error ERR names
 * file:line:column. */
KALM_API kalm_status kalm_model_load(const char *dir, kalm_model **out,
				     kalm_error *err);

/* Open a blob made by kalm_model_blob (or the kalm compile command).  The
 * bytes are copied; the caller may free DATA afterwards.  A truncated,
 * corrupt or foreign blob is refused with KALM_ERR_MODEL. */
KALM_API kalm_status kalm_model_open_blob(const void *data, size_t len,
					  kalm_model **out, kalm_error *err);

/* The model's compiled form, ready to be saved and reopened with
 * kalm_model_open_blob.  Borrowed; valid while the model lives. */
KALM_API const void *kalm_model_blob(const kalm_model *model, size_t *len);

/* Number of lexicon entries and phrase rules in the model. */
KALM_API size_t kalm_model_entry_count(const kalm_model *model);
KALM_API size_t kalm_model_rule_count(const kalm_model *model);

/*
 * The model's abuse threshold: a verdict is abusive when its score is at
 * least this (0..1).
 */
KALM_API double kalm_model_threshold(const kalm_model *model);

/* Describes a lexicon entry or phrase rule, for explaining a match. */
typedef struct kalm_entry_info {
	const char *term;   /* the term as written, or the rule's pattern */
	const char *source; /* lexicon file name, e.g. "pl.lex" */
	unsigned line;      /* line in that file */
	kalm_lang lang;     /* language of the lexicon it came from */
	kalm_category category;
	int severity; /* 1..4 */
} kalm_entry_info;

/* Fill INFO for entry ID (as reported in kalm_match.entry).  Strings are
 * borrowed from the model.  KALM_ERR_NOT_FOUND for an unknown id. */
KALM_API kalm_status kalm_model_entry(const kalm_model *model, uint32_t id,
				      kalm_entry_info *info);

KALM_API void kalm_model_free(kalm_model *model);

/*
 * A builder compiles lexicon text from several places into one model, for
 * example the built-in lexicons plus a business's own allowlist.  Belongs
 * to one thread at a time.
 */
typedef struct kalm_builder kalm_builder;

KALM_API kalm_status kalm_builder_new(kalm_builder **out);
/* Add the lexicon sources the default model was built from. */
KALM_API kalm_status kalm_builder_add_default(kalm_builder *builder,
					      kalm_error *err);
/* Add one lexicon file; its language comes from its name ("pl.lex") or an
 * "@lang" line. */
KALM_API kalm_status kalm_builder_add_file(kalm_builder *builder,
					   const char *path, kalm_error *err);
/* Add lexicon text held in memory; NAME is used in error messages and
 * decides the language like a file name would. */
KALM_API kalm_status kalm_builder_add_text(kalm_builder *builder,
					   const char *name, const char *text,
					   size_t len, kalm_error *err);
/* Words that must never be matched (product names and the like), in
 * every language. */
KALM_API kalm_status kalm_builder_allow(kalm_builder *builder,
					const char *word, size_t len,
					kalm_error *err);
/* Compile everything added so far.  The builder may be used again. */
KALM_API kalm_status kalm_builder_build(kalm_builder *builder,
					kalm_model **out, kalm_error *err);
KALM_API void kalm_builder_free(kalm_builder *builder);

/* The concatenated lexicon sources a model was compiled from, as
 * "name\0text\0name\0text\0..." (each text without NULs).  Borrowed. Used
 * to recompile or serialise a model as text. */
KALM_API const char *kalm_model_sources(const kalm_model *model, size_t *len);

/* ------------------------------------------------------------------ */
/* Scoring                                                             */

/*
 * Reusable working memory for scoring.  Create one per thread and reuse
 * it: once warmed up, scoring allocates nothing.  One thread at a time.
 */
typedef struct kalm_scratch kalm_scratch;

KALM_API kalm_status kalm_scratch_new(kalm_scratch **out);
KALM_API void kalm_scratch_free(kalm_scratch *scratch);

/*
 * The result of scoring one message.  Reused across calls: each
 * kalm_score overwrites it.  One thread at a time.
 */
typedef struct kalm_verdict kalm_verdict;

KALM_API kalm_status kalm_verdict_new(kalm_verdict **out);
KALM_API void kalm_verdict_free(kalm_verdict *verdict);

/* Options for kalm_score.  Zero-initialise, then set size. */
typedef struct kalm_score_options {
	size_t size;         /* sizeof(kalm_score_options) */
	kalm_lang lang_hint; /* the customer's locale, if the host knows it */
} kalm_score_options;

/*
 * Score TEXT[0..LEN).  SCRATCH may be NULL (then memory is allocated for
 * this call only).  OPTIONS may be NULL.  The verdict keeps no pointer to
 * TEXT.  Errors: KALM_ERR_ARGUMENT, KALM_ERR_NO_MEMORY.  Any byte sequence
 * is valid input; invalid UTF-8 is read as U+FFFD without shifting
 * offsets.  Inputs of any size are accepted: long texts are read in
 * segments, and only the first KALM_MATCH_LIMIT matches are kept (all are
 * counted).
 */
KALM_API kalm_status kalm_score(const kalm_model *model, kalm_scratch *scratch,
				const char *text, size_t len,
				const kalm_score_options *options,
				kalm_verdict *verdict, kalm_error *err);

#define KALM_MATCH_LIMIT 1024

/* Overall abuse score, 0 (clean) .. 1. */
KALM_API double kalm_verdict_score(const kalm_verdict *verdict);
/* True when the score reaches the model's threshold. */
KALM_API bool kalm_verdict_abusive(const kalm_verdict *verdict);
/* Highest severity (1..4) of the counted matches; 0 when none. */
KALM_API int kalm_verdict_severity(const kalm_verdict *verdict);
/* True when any counted match is aimed at the reader. */
KALM_API bool kalm_verdict_targeted(const kalm_verdict *verdict);
/* Score of one category, 0..1 (0 for an out-of-range category). */
KALM_API double kalm_verdict_category(const kalm_verdict *verdict,
				      kalm_category category);
/* The language the lexicons were read in: the hint when the text agrees
 * or has no evidence, else the guess. */
KALM_API kalm_lang kalm_verdict_language(const kalm_verdict *verdict);
/* The language guessed from the text alone and its confidence (0..1). */
KALM_API kalm_lang kalm_verdict_language_guess(const kalm_verdict *verdict,
					       double *confidence);
/* Number of bytes scored, and of invalid UTF-8 bytes among them. */
KALM_API size_t kalm_verdict_length(const kalm_verdict *verdict);
KALM_API size_t kalm_verdict_invalid_bytes(const kalm_verdict *verdict);

/* One place in the text that matched a lexicon entry or phrase rule. */
typedef struct kalm_match {
	kalm_category category;
	int severity;     /* 1..4 */
	bool targeted;    /* aimed at the reader (second person, vocative) */
	bool negated;     /* under a negation ("you are not an idiot") */
	bool counted;     /* contributed to the scores */
	bool rule;        /* from a phrase rule rather than a lexicon word */
	uint32_t entry;   /* see kalm_model_entry */
	size_t start;     /* byte span in the original text: [start, end) */
	size_t end;
} kalm_match;

/* Matches kept (at most KALM_MATCH_LIMIT), in text order. */
KALM_API size_t kalm_verdict_match_count(const kalm_verdict *verdict);
/* All matches found, including those beyond the limit. */
KALM_API size_t kalm_verdict_match_total(const kalm_verdict *verdict);
/* Copy match I into OUT; KALM_ERR_NOT_FOUND when I is out of range. */
KALM_API kalm_status kalm_verdict_match(const kalm_verdict *verdict, size_t i,
					kalm_match *out);

/*
 * Guess the language of TEXT alone (no lexicon matching), as kalm_score
 * does.  Returns the language, or KALM_LANG_UNKNOWN when the text has no
 * evidence (numbers, emoji, a URL); CONFIDENCE (may be NULL) gets 0..1.
 * Thread-safe; allocates nothing.
 */
KALM_API kalm_lang kalm_detect_language(const kalm_model *model,
					const char *text, size_t len,
					double *confidence);

/* ------------------------------------------------------------------ */
/* Sessions, policies and replies (one conversation each)             */
/* KALM-SESSION-API-BEGIN */
/* KALM-SESSION-API-END */

/* ------------------------------------------------------------------ */
/* Memory                                                              */

/*
 * Route the library's allocations through these functions (all three, or
 * NULL for all three to restore the C library's).  Call before creating
 * any object; not thread-safe with respect to other kalm calls.
 */
KALM_API void kalm_set_allocator(void *(*alloc)(size_t),
				 void *(*realloc_fn)(void *, size_t),
				 void (*free_fn)(void *));

/* Free memory the library returned to the caller (JSON text and blobs). */
KALM_API void kalm_free(void *ptr);

#ifdef __cplusplus
}
#endif
#endif /* KALM_H */
