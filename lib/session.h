/* Sessions, policies and replies: declarations shared by policy.c, reply.c
 * and session.c. */
#ifndef KALM_SESSION_INTERNAL_H
#define KALM_SESSION_INTERNAL_H

#include "internal.h"

/* Placeholders per policy and per session. */
#define KALM_PLACEHOLDER_COUNT 8
/* A reply template, in bytes. */
#define KALM_TEMPLATE_MAX 2048
/* "Off" for a severity threshold: no severity reaches it. */
#define POLICY_SEVERITY_OFF 5

/* The default reply templates (lexicons/replies.txt, embedded at build
 * time by kalm-embed). */
extern const unsigned char kalm_replies_txt[];
extern const size_t kalm_replies_txt_len;

typedef struct placeholder {
	char *name;  /* owned, [a-z0-9_]+ */
	char *value; /* owned, valid UTF-8 */
} placeholder;

typedef struct placeholder_set {
	placeholder item[KALM_PLACEHOLDER_COUNT];
	unsigned count;
} placeholder_set;

struct kalm_policy {
	double abuse_threshold;          /* < 0: the model's threshold */
	int untargeted_severity;         /* untargeted abuse counts from here */
	int transfer_severity;           /* first abuse this severe: transfer */
	int end_severity;                /* end categories count from here */
	uint32_t end_categories;         /* bit per kalm_category */
	unsigned limits_before_transfer; /* limit statements before a transfer */
	unsigned transfers_before_end;   /* transfers before ending */
	int64_t warning_seconds;         /* how long a step counts; 0: forever */
	/* Owned templates; row KALM_LANG_UNKNOWN stays NULL. */
	char *reply[KALM_LANG_COUNT][KALM_ACTION_COUNT];
	placeholder_set placeholders;
};

/* ---- policy.c ---- */

/* A deep copy of SRC into a new policy. */
int policy_copy(const kalm_policy *src, kalm_policy **out);

/* Set NAME[0..NAME_LEN) to VALUE[0..VALUE_LEN) in SET (an empty value
 * removes it).  Errors as kalm_session_set_placeholder. */
int placeholder_set_put(placeholder_set *set, const char *name,
			size_t name_len, const char *value, size_t value_len,
			kalm_error *err);
/* The value of NAME[0..LEN), or NULL. */
const char *placeholder_set_get(const placeholder_set *set, const char *name,
				size_t len);
int placeholder_set_copy(placeholder_set *dst, const placeholder_set *src);
void placeholder_set_clear(placeholder_set *set);

/* One "key = value" line of a policy or replies file. */
typedef struct kv_line {
	const char *key; /* into the text; not NUL-terminated */
	size_t key_len;
	const char *value; /* in VALUE_BUF, NUL-terminated, unquoted */
	size_t value_len;
	unsigned line;
	unsigned key_column;
	unsigned value_column;
	/* where the value stands as written, for kv_value_column */
	const char *text;   /* the line */
	size_t value_start; /* byte offset of the value (its quote) in it */
	bool quoted;
} kv_line;

/* The column (characters, from 1) of byte OFFSET of KV's value, unquoted,
 * in its line as written: a quoted value's escapes are two bytes there. */
unsigned kv_value_column(const kv_line *kv, size_t offset);

/* Read the next key = value line of TEXT[0..LEN) from *POS (start at 0,
 * *LINE at 0).  Returns 1 with OUT filled, 0 at the end, or
 * KALM_ERR_SYNTAX / KALM_ERR_NO_MEMORY with NAME:line:column in ERR.  The
 * value lives in VALUE_BUF until the next call. */
int kv_next(const char *name, const char *text, size_t len, size_t *pos,
	    unsigned *line, kbuf *value_buf, kv_line *out, kalm_error *err);

/* Does A[0..ALEN) equal the NUL-terminated B, ignoring ASCII case? */
bool ascii_eq_nocase(const char *a, size_t alen, const char *b);

/* Is TEXT[0..LEN) valid UTF-8?  *BAD gets the offset of the first bad
 * byte otherwise. */
bool utf8_valid(const char *text, size_t len, size_t *bad);

/* ---- reply.c ---- */

/* Read the replies file format (lexicons/POLICY.md) from TEXT into TABLE
 * (owned strings, replacing any there).  Every language and action must
 * be present when REQUIRE_ALL.  Errors: KALM_ERR_SYNTAX with
 * NAME:line:column, KALM_ERR_NO_MEMORY; TABLE is unchanged on error. */
int reply_table_parse(char *table[KALM_LANG_COUNT][KALM_ACTION_COUNT],
		      const char *name, const char *text, size_t len,
		      bool require_all, kalm_error *err);

/* Check a template: valid UTF-8, balanced {placeholders}, within
 * KALM_TEMPLATE_MAX.  Returns 0, or -1 with *BAD at the offending byte and
 * a static description in *WHY. */
int reply_template_check(const char *text, size_t len, size_t *bad,
			 const char **why);

/* Append TEMPLATE to OUT with each {name} or {name|fallback} replaced by
 * the value from FIRST, else SECOND, else the fallback (else nothing). */
int reply_expand(const char *template_text, const placeholder_set *first,
		 const placeholder_set *second, kbuf *out);

/* The template for ACTION in LANG (English for UNKNOWN). */
const char *reply_template(const kalm_policy *policy, kalm_lang lang,
			   kalm_action action);

/* Parse a "LANG.ACTION" key such as "nl.state_limits". */
int reply_key_parse(const char *key, size_t len, kalm_lang *lang,
		    kalm_action *action);

#endif
