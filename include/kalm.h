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
 *  - A call that fails with KALM_ERR_IO names the path in ERR (file, and
 *    a message "PATH: reason") and leaves errno set to the system's
 *    reason (ENOENT, EACCES, EISDIR...), or to 0 when no system call
 *    failed (a folder without lexicon files).
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
 * line and column (1-based, the column counting characters; 0 when
 * unknown) locate the problem.
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
 * to one thread at a time.  A call that fails (KALM_ERR_SYNTAX with
 * file:line:column in ERR, KALM_ERR_IO, KALM_ERR_LIMIT for a file over 64
 * MiB, KALM_ERR_NO_MEMORY) leaves the builder as it was: a source is added whole or not at all, and
 * kalm_builder_add_default adds all the default sources or none.
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
/* Compile everything added so far.  The builder may be used again.
 * KALM_ERR_LIMIT, naming a file and line of the term, when more than 4096
 * entries of all the sources share one term. */
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
 * A warm scratch holds about 230 KiB besides what its longest message
 * needed: what it has learnt of the words it read (their language costs,
 * and what matching found in them, for the model it last scored with),
 * which makes later messages cheaper and never changes a verdict.  Once
 * it has scored 1,024 messages (a thread's scratch, serving many
 * conversations, rather than one conversation's) it makes room for four
 * times as many words, about 900 KiB, in one allocation for each of its
 * two memos at the next call; should that fail, it keeps what it had.
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
 * TEXT.  Errors: KALM_ERR_ARGUMENT (the verdict is unchanged),
 * KALM_ERR_NO_MEMORY (the verdict is the empty one, of length 0, never
 * the one it held before).  Any byte sequence is valid input; invalid
 * UTF-8 is read as U+FFFD without shifting offsets.  Inputs of any size
 * are accepted: long texts are read in segments, and only the first
 * KALM_MATCH_LIMIT matches are kept (all are counted).
 */
KALM_API kalm_status kalm_score(const kalm_model *model, kalm_scratch *scratch,
				const char *text, size_t len,
				const kalm_score_options *options,
				kalm_verdict *verdict, kalm_error *err);

#define KALM_MATCH_LIMIT 1024

/* One message for kalm_score_many. */
typedef struct kalm_text {
	const char *text;    /* may be NULL when len is 0 */
	size_t len;
	kalm_lang lang_hint; /* this customer's locale; KALM_LANG_UNKNOWN
			      * (0): the options' hint */
} kalm_text;

/*
 * Score N messages: VERDICTS[i] becomes the verdict of TEXTS[i], exactly
 * as kalm_score would make it with OPTIONS (TEXTS[i].lang_hint, when set,
 * taking the place of the options' hint).  For a stream of
 * messages, such as a queue or a file, it costs less than N calls of
 * kalm_score (about a tenth less CPU time for chat messages): the work is
 * done stage by stage over groups of messages, so that each stage's code
 * stays in the processor's caches.  A verdict may be named more than once;
 * it ends as the last of its messages.  SCRATCH may be NULL, as for
 * kalm_score; SCORED may be NULL.
 *
 * KALM_ERR_ARGUMENT (a NULL model, texts or verdicts array, verdict, or a
 * NULL text of nonzero length; an unknown hint; bad options): no verdict
 * is changed, and the error message names the message at fault.
 * KALM_ERR_NO_MEMORY: the verdicts of the messages before the one that
 * failed are complete, *SCORED counts them, the others are empty (length
 * 0), a verdict named again from the failed message on included; the
 * error message names the message.  On success *SCORED is N.
 */
KALM_API kalm_status kalm_score_many(const kalm_model *model,
				     kalm_scratch *scratch,
				     const kalm_text *texts, size_t n,
				     const kalm_score_options *options,
				     kalm_verdict *const *verdicts,
				     size_t *scored, kalm_error *err);

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
/* How many tries of a phrase rule on this message stopped at one of
 * PCRE2's limits (match, depth, heap, JIT stack) and counted as not
 * matching: each may have missed a match.  0 for nearly every message; a
 * pattern that backtracks without end, such as "(?:(?:\w|\s)+)+x", on a
 * long phrase gives more. */
KALM_API size_t kalm_verdict_rule_errors(const kalm_verdict *verdict);
/* Copy match I into OUT; KALM_ERR_NOT_FOUND when I is out of range. */
KALM_API kalm_status kalm_verdict_match(const kalm_verdict *verdict, size_t i,
					kalm_match *out);

/* Everything the accessors above give of a verdict but its matches.  Set
 * size, then pass to kalm_verdict_summary. */
typedef struct kalm_summary {
	size_t size;           /* sizeof(kalm_summary) */
	double score;          /* kalm_verdict_score */
	double category[KALM_CAT_COUNT]; /* kalm_verdict_category */
	int severity;          /* kalm_verdict_severity */
	bool abusive;          /* kalm_verdict_abusive */
	bool targeted;         /* kalm_verdict_targeted */
	kalm_lang language;    /* kalm_verdict_language */
	kalm_lang language_guess; /* kalm_verdict_language_guess */
	double confidence;     /* its confidence */
	size_t length;         /* kalm_verdict_length */
	size_t invalid_bytes;  /* kalm_verdict_invalid_bytes */
	size_t match_count;    /* kalm_verdict_match_count */
	size_t match_total;    /* kalm_verdict_match_total */
	size_t rule_errors;    /* kalm_verdict_rule_errors */
} kalm_summary;

/*
 * Everything the single accessors give of VERDICT, in one call (the
 * matches are read with kalm_verdict_match).  The caller sets OUT->size to
 * sizeof(kalm_summary) as it was compiled with; fields that do not fit in
 * that size are not written, so a program built against this header keeps
 * working with a later library that adds fields at the end.  OUT->size
 * becomes the size written: smaller than the caller's when the library is
 * older than its header, and the fields past it are then left as they
 * were.  The smallest size taken is this first form's, up to and
 * including rule_errors: no header ever declared fewer fields, so a
 * smaller size can only be a size field not set.  Reads VERDICT only.
 * Errors: KALM_ERR_ARGUMENT (a NULL argument, or a smaller size: nothing
 * is written).
 */
KALM_API kalm_status kalm_verdict_summary(const kalm_verdict *verdict,
					  kalm_summary *out);

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

/*
 * What a support agent should do next, a ladder: clean or merely
 * frustrated messages get RESPOND_CALMLY; a first insult aimed at the
 * agent STATE_LIMITS; abuse after limits were stated (or severe from the
 * start) TRANSFER; abuse after a transfer, a threat of violence, sexual
 * harassment or strong hate END_SESSION.  Calm messages do not undo a
 * step; only a lapsed warning (policy warning_seconds) does, and the
 * decision says so.  The name functions below are thread-safe.
 */
typedef enum kalm_action {
	KALM_ACTION_RESPOND_CALMLY = 0,
	KALM_ACTION_STATE_LIMITS = 1,
	KALM_ACTION_TRANSFER = 2,
	KALM_ACTION_END_SESSION = 3,
	KALM_ACTION_COUNT = 4
} kalm_action;

/* "RESPOND_CALMLY", "STATE_LIMITS", "TRANSFER", "END_SESSION".  Static
 * storage; NULL for an out-of-range value. */
KALM_API const char *kalm_action_name(kalm_action action);
/* The action for a name as above (case-insensitive); -1 when unknown. */
KALM_API int kalm_action_from_name(const char *name);

/* Which rule of the ladder decided. */
typedef enum kalm_reason {
	KALM_REASON_CLEAN = 0,        /* no abuse found */
	KALM_REASON_FRUSTRATION = 1,  /* complaints, demands, shouting: not abuse */
	KALM_REASON_UNTARGETED = 2,   /* mild swearing about the situation */
	KALM_REASON_FIRST_ABUSE = 3,  /* abuse aimed at the agent: state limits */
	KALM_REASON_REPEATED_ABUSE = 4, /* abuse after limits were stated */
	KALM_REASON_SEVERE_ABUSE = 5, /* abuse severe enough to skip a step */
	KALM_REASON_ABUSE_AFTER_TRANSFER = 6, /* abuse after a transfer */
	KALM_REASON_END_CATEGORY = 7, /* threat, sexual harassment, hate ... */
	KALM_REASON_ENDED = 8,        /* the session had already ended */
	KALM_REASON_COUNT = 9
} kalm_reason;

/* "clean", "frustration", "untargeted", "first_abuse", "repeated_abuse",
 * "severe_abuse", "abuse_after_transfer", "end_category", "ended".  Static
 * storage; NULL for an out-of-range value. */
KALM_API const char *kalm_reason_name(kalm_reason reason);

/*
 * A policy: the ladder's thresholds, the categories that end a session at
 * once, how long a stated limit counts, reply templates and placeholder
 * values.  Keys and the file format are documented in lexicons/POLICY.md;
 * lexicons/default.policy spells out the defaults.
 *
 * Thread safety: a policy belongs to one thread while it is changed.  A
 * session copies the policy it is given, so a policy may be changed or
 * freed afterwards without affecting sessions made from it, and a policy
 * nobody changes may be shared by any number of threads.
 */
typedef struct kalm_policy kalm_policy;

/* A policy with the built-in defaults and reply templates.  Errors:
 * KALM_ERR_NO_MEMORY. */
KALM_API kalm_status kalm_policy_new(kalm_policy **out, kalm_error *err);

/* The defaults, overridden by the policy file at PATH.  A file that cannot
 * be read gives KALM_ERR_IO; one over 1 MiB KALM_ERR_LIMIT; a malformed
 * line KALM_ERR_SYNTAX with file:line:column in ERR; also
 * KALM_ERR_NO_MEMORY.  Nothing is returned on error. */
KALM_API kalm_status kalm_policy_load(const char *path, kalm_policy **out,
				      kalm_error *err);

/* Apply policy text TEXT[0..LEN) (the file format) to POLICY.  NAME is used
 * in error messages.  On error (KALM_ERR_SYNTAX, file:line:column) POLICY
 * is left unchanged. */
KALM_API kalm_status kalm_policy_parse(kalm_policy *policy, const char *name,
				       const char *text, size_t len,
				       kalm_error *err);

/* Set one KEY to VALUE (NUL-terminated; the same keys and values as the
 * file, without quotes).  Errors, each leaving POLICY unchanged:
 * KALM_ERR_ARGUMENT for an unknown key or a bad value, KALM_ERR_LIMIT for
 * a placeholder's value longer than KALM_PLACEHOLDER_VALUE_MAX or a ninth
 * placeholder, KALM_ERR_NO_MEMORY. */
KALM_API kalm_status kalm_policy_set(kalm_policy *policy, const char *key,
				     const char *value, kalm_error *err);

/* Write KEY's current value as text (the form kalm_policy_set accepts)
 * into BUF[0..CAP), NUL-terminated; a placeholder that is not set is "".
 * Errors: KALM_ERR_NOT_FOUND for an unknown key (a placeholder name
 * kalm_policy_set would refuse included), KALM_ERR_LIMIT when CAP is too
 * small. */
KALM_API kalm_status kalm_policy_get(const kalm_policy *policy,
				     const char *key, char *buf, size_t cap,
				     kalm_error *err);

KALM_API void kalm_policy_free(kalm_policy *policy);

/*
 * One conversation.  Feed it each customer message in order; it scores the
 * message with the model, climbs the ladder and suggests a reply.
 *
 * Ownership: the session borrows MODEL (which must outlive it) and copies
 * the policy.  It owns two verdicts (the last message's, and the one the
 * next message is scored into, so that a feed that fails leaves the last
 * in place), and a scratch it creates on first use
 * unless each message brings the caller's scratch (kalm_message.scratch):
 * hosts with many open conversations share one scratch per thread that
 * way.
 *
 * Thread safety: a session belongs to one thread at a time.  Move it
 * between threads, or save it and restore it elsewhere, never use it from
 * two at once.
 */
typedef struct kalm_session kalm_session;

/* Limits, in bytes: a conversation id, a placeholder name and value, a
 * saved session blob. */
#define KALM_SESSION_ID_MAX 128
#define KALM_PLACEHOLDER_NAME_MAX 32
#define KALM_PLACEHOLDER_VALUE_MAX 256
#define KALM_SESSION_BLOB_MAX 16384
/* The incident history keeps the first few and the latest flagged
 * messages, at most this many; the record counts those left out. */
#define KALM_INCIDENT_MAX 32

/* A new session for conversation CONVERSATION[0..LEN) (any bytes, at most
 * KALM_SESSION_ID_MAX; may be empty).  POLICY may be NULL for the
 * defaults.  Errors: KALM_ERR_ARGUMENT, KALM_ERR_LIMIT, KALM_ERR_NO_MEMORY. */
KALM_API kalm_status kalm_session_new(const kalm_model *model,
				      const kalm_policy *policy,
				      const char *conversation, size_t len,
				      kalm_session **out, kalm_error *err);

KALM_API void kalm_session_free(kalm_session *session);

/* The conversation id, borrowed (LEN may be NULL).  Not NUL-safe: use LEN. */
KALM_API const char *kalm_session_conversation(const kalm_session *session,
					       size_t *len);

/* Set placeholder NAME ({NAME} in a template, e.g. "agent", "company") for
 * this session's replies; it overrides the policy's value.  An empty VALUE
 * removes it.  Errors: KALM_ERR_ARGUMENT (NAME not 1 to
 * KALM_PLACEHOLDER_NAME_MAX of [a-z0-9_], VALUE not UTF-8 text without
 * control characters), KALM_ERR_LIMIT (VALUE longer than
 * KALM_PLACEHOLDER_VALUE_MAX, or a ninth placeholder),
 * KALM_ERR_NO_MEMORY. */
KALM_API kalm_status kalm_session_set_placeholder(kalm_session *session,
						  const char *name,
						  const char *value,
						  kalm_error *err);

/* One customer message.  Zero-initialise, then set size. */
typedef struct kalm_message {
	size_t size;       /* sizeof(kalm_message) */
	const char *text;  /* UTF-8 bytes, any content */
	size_t len;
	int64_t seconds;   /* when it was sent, Unix time (UTC) */
	kalm_lang lang;    /* the customer's language if known, else UNKNOWN */
	kalm_scratch *scratch; /* the caller's scratch, or NULL for the session's */
} kalm_message;

/* What to do after a message.  Set size, then pass to kalm_session_feed;
 * a record from an older header (smaller size) is filled up to its size. */
typedef struct kalm_decision {
	size_t size;          /* sizeof(kalm_decision) */
	kalm_action action;   /* what the agent should do now */
	kalm_reason reason;   /* which rule decided */
	const char *reason_text; /* the rule and the matches behind it */
	const char *reply;    /* suggested reply in reply_lang, NUL-terminated */
	size_t reply_len;
	kalm_lang reply_lang; /* nl, af, pl or en */
	double score;         /* the message's abuse score, 0..1 */
	int severity;         /* highest severity of its abuse matches, 0..4 */
	bool abusive;         /* counted as abuse on the ladder */
	bool targeted;        /* some abuse was aimed at the agent */
	bool expired;         /* an earlier limit or transfer had lapsed */
	uint32_t categories;  /* bit (1u << kalm_category) per counted match */
	kalm_action level;    /* highest step that still counts (history) */
	unsigned limits_stated; /* times limits were stated, still counting */
	unsigned transfers;   /* transfers, still counting */
	unsigned messages;    /* messages fed so far, this one included */
	const kalm_verdict *verdict; /* this message's verdict */
} kalm_decision;

/*
 * Score MESSAGE and decide the next step, on every match of the message
 * (those past the verdict's KALM_MATCH_LIMIT too).  OUT is filled (up to
 * OUT->size bytes); its strings and verdict are borrowed from the session
 * and valid until the next feed, restore or free.  A message after END_SESSION is
 * END_SESSION again.  Timestamps should not go backwards; when they do the
 * gap counts as zero.  Errors: KALM_ERR_ARGUMENT (NULL, or a size field
 * not set), KALM_ERR_LIMIT (2^32 - 1 messages), KALM_ERR_NO_MEMORY; on
 * error the session is unchanged.
 */
KALM_API kalm_status kalm_session_feed(kalm_session *session,
				       const kalm_message *message,
				       kalm_decision *out, kalm_error *err);

/*
 * The incident record as one line of JSON, for a supervisor or an HR
 * report: conversation id, first and last message times (ISO 8601 UTC),
 * counts, the current step, and per flagged message its time, categories,
 * severity, score, a redacted excerpt (matched words masked but their
 * first letter), the action and the reason.  Valid UTF-8 JSON whatever
 * the input bytes were.  *OUT is NUL-terminated and malloc'd: free it with
 * kalm_free.  LEN may be NULL.  Errors: KALM_ERR_ARGUMENT,
 * KALM_ERR_NO_MEMORY.
 */
KALM_API kalm_status kalm_session_incident_json(const kalm_session *session,
						char **out, size_t *len,
						kalm_error *err);

/*
 * Save the session's state (ladder, times, counts, placeholders, incident
 * history; not the model or policy) as a versioned, checksummed blob of at
 * most KALM_SESSION_BLOB_MAX bytes.  *OUT is freed with kalm_free.
 * Errors: KALM_ERR_ARGUMENT, KALM_ERR_NO_MEMORY.
 */
KALM_API kalm_status kalm_session_save(const kalm_session *session,
				       void **out, size_t *len,
				       kalm_error *err);

/*
 * A session continuing from a saved blob, with MODEL and POLICY (NULL:
 * defaults) as for kalm_session_new.  The bytes are copied.  A truncated,
 * corrupt, foreign or newer-version blob is refused with KALM_ERR_STATE
 * and a message saying which; also KALM_ERR_ARGUMENT, KALM_ERR_NO_MEMORY.
 * Any thread may restore a blob saved by another.
 */
KALM_API kalm_status kalm_session_restore(const kalm_model *model,
					  const kalm_policy *policy,
					  const void *data, size_t len,
					  kalm_session **out, kalm_error *err);

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
