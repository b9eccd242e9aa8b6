/*
 * kalm-mail: score mail archives and single messages with kalm.
 *
 * The pipeline, one file per stage:
 *   source.c  split inputs (mbox, Maildir, .eml, stdin) into raw messages
 *   decode.c  GMime: headers, MIME walk, transfer encodings, charsets
 *   html.c    HTML bodies to plain text
 *   text.c    charsets, format=flowed, line endings, UTF-8 helpers
 *   strip.c   separate the customer's own words from quotes, forwards and
 *             signatures
 *   thread.c  group messages into conversations
 *   scan.c    workers, spill file, per-thread sessions
 *   output.c  records (jsonl, csv, table), summary, progress bar
 *   filter.c  spamc-like filter mode
 */
#ifndef KALM_MAIL_H
#define KALM_MAIL_H

#include <kalm.h>
#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A raw message larger than this is reported, not parsed. */
#define MAIL_MESSAGE_MAX ((size_t)64 << 20)
/* The customer's own text is scored up to this many bytes. */
#define MAIL_TEXT_MAX ((size_t)4 << 20)
/* Longest redacted excerpt, in bytes. */
#define MAIL_EXCERPT_MAX 160

/* ---- text.c ---------------------------------------------------------- */

/* Warnings are kept as one string, items separated by this byte: "; "
 * could not serve, a warning may hold it (a charset's name). */
#define MAIL_NOTE_SEP '\x1f'
/* Append MSG to the list W unless it is already there (a MAIL_NOTE_SEP
 * inside MSG becomes a space). */
void mail_note(GString *w, const char *msg);
/* Convert IN[0..LEN) from CHARSET (NULL: undeclared) to UTF-8, appending
 * to OUT.  Undecodable bytes become U+FFFD; problems go to WARNINGS.  IN
 * may hold NUL bytes (UTF-16 is full of them) and so may OUT. */
void mail_to_utf8(const char *charset, const char *in, size_t len,
		  GString *out, GString *warnings);
/* CRLF and lone CR become LF. */
void mail_fix_newlines(GString *text);
/* Old Mac line ends: DATA[0..LEN) has a CR and not one LF. */
bool mail_bare_cr(const char *data, size_t len);
/* Undo RFC 3676 format=flowed in place. */
void mail_unflow(GString *text, bool delsp);
/* Length of the valid UTF-8 sequence at S (1..4), or 0 when invalid. */
size_t mail_utf8_valid_seq(const unsigned char *s, size_t len);
/* True when all of S[0..LEN) is valid UTF-8. */
bool mail_utf8_valid(const char *s, size_t len);
/* Replace invalid UTF-8 in TEXT with U+FFFD (TEXT holds no NUL bytes);
 * returns how many bytes were replaced. */
size_t mail_utf8_sanitize(GString *text);
/* Append code point CP as UTF-8. */
void mail_utf8_put(GString *out, uint32_t cp);
/* The largest length <= MAX that does not cut a UTF-8 sequence. */
size_t mail_utf8_cut(const char *s, size_t len, size_t max);

/* ---- html.c ---------------------------------------------------------- */

/* Append the readable text of HTML[0..LEN) to OUT: markup, scripts and
 * styles dropped, entities decoded, blocks on their own lines and
 * blockquotes prefixed with "> " so quote stripping sees them.  Broken
 * markup that would hide the rest of the document (a <head>, <script>
 * or comment never closed, a quote never closed) is read past, with a
 * note in WARNINGS. */
void mail_html_to_text(const char *html, size_t len, GString *out, GString *warnings);

/* Append the text of TEXT[0..LEN), text/enriched (RFC 1896) or, when
 * RICHTEXT, its forerunner text/richtext (RFC 1341), to OUT: formatting
 * commands dropped and what a <param> holds with them; "<<" (richtext:
 * <lt>) is '<'; outside <nofill> one line break is a space and N in a row
 * are N - 1 (richtext: every line break is a space, <nl> one).  A '<'
 * that starts no command, and a <param> never closed, are kept as text. */
void mail_enriched_to_text(const char *text, size_t len, bool richtext,
			   GString *out);

/* ---- strip.c --------------------------------------------------------- */

typedef struct mail_split {
	GString *own;       /* the customer's own words */
	GString *quoted;    /* "> " lines, reply headers, original messages */
	GString *forwarded; /* forwarded messages */
	GString *signature; /* after "-- " */
	unsigned quoted_lines;
} mail_split;

void mail_split_init(mail_split *s);
void mail_split_reset(mail_split *s);
void mail_split_clear(mail_split *s);
/* Split TEXT[0..LEN) (UTF-8, LF line ends) into S's buckets. */
void mail_strip(const char *text, size_t len, mail_split *s);

/* ---- decode.c -------------------------------------------------------- */

typedef struct mail_decoded {
	char *message_id; /* without angle brackets; NULL when missing */
	char *from;       /* decoded display form */
	char *from_addr;  /* lower-case address, "" when missing */
	char *subject;    /* decoded */
	bool has_date;
	int64_t date;     /* Unix time */
	kalm_lang lang_hint;   /* from Content-Language */
	GPtrArray *refs;  /* char *: References, then In-Reply-To */
	GString *body;    /* the message's readable text parts, UTF-8, LF */
	GString *forwarded; /* text of attached (message/rfc822) messages */
	GString *warnings;
	GString *error;   /* non-empty: the message is unreadable */
	unsigned attachments; /* parts skipped as attachments or images */
} mail_decoded;

typedef struct mail_decoder mail_decoder;

/* A decoder belongs to one thread; it holds that thread's GMime parser
 * options.  g_mime_init must have been called. */
mail_decoder *mail_decoder_new(void);
void mail_decoder_free(mail_decoder *d);
void mail_decoded_init(mail_decoded *m);
void mail_decoded_clear(mail_decoded *m);
/* Decode DATA[0..LEN) into M (cleared first).  Never fails: problems are
 * recorded in M->warnings or, when no text can be read, M->error. */
void mail_decode(mail_decoder *d, const char *data, size_t len,
		 mail_decoded *m);

/* ---- source.c -------------------------------------------------------- */

/* One raw message handed out by the source walker. */
typedef struct mail_raw {
	char *data;     /* owned; NULL when ERROR is set */
	size_t len;
	char *source;   /* owned: "path" or "path:offset" */
	int64_t offset; /* byte offset in an mbox, or -1 */
	char *error;    /* owned; set when the message could not be read */
} mail_raw;

/* Receives each message; takes ownership of RAW's pointers. */
typedef void (*mail_sink)(void *ctx, mail_raw *raw);

typedef struct mail_walk {
	mail_sink sink;
	void *ctx;
	void (*progress)(void *ctx, uint64_t bytes); /* may be NULL */
	uint64_t bytes;   /* bytes consumed so far */
	unsigned failed_paths; /* PATHs that could not be opened */
	unsigned read_errors;  /* reads that failed part-way, anywhere */
} mail_walk;

/* Total size of the regular files under PATHS, for the progress bar. */
uint64_t mail_paths_size(char **paths, int count);
/* Walk PATH ("-" is an mbox on stdin).  Problems with the path itself go
 * to stderr and count in W->failed_paths.  A read that fails gives a
 * record for the message it cut short (or where it struck), goes to
 * stderr and counts in W->read_errors. */
void mail_walk_path(mail_walk *w, const char *path);
/* Read all of FP.  Returns 0, or -1 with errno set. */
int mail_read_all(FILE *fp, char **data, size_t *len);

/* ---- thread.c -------------------------------------------------------- */

typedef struct mail_threads mail_threads;

mail_threads *mail_threads_new(void);
void mail_threads_free(mail_threads *t);
/* Register a message; returns its node.  MSGID may be NULL.  When the
 * message has no references, FALLBACK (normalised subject and sender)
 * links it to earlier or later messages with the same key. */
uint32_t mail_threads_add(mail_threads *t, const char *msgid,
			  const GPtrArray *refs, const char *fallback);
/* The representative of NODE's conversation. */
uint32_t mail_threads_root(mail_threads *t, uint32_t node);
uint32_t mail_threads_node_count(const mail_threads *t);
/* True for an empty subject or one with a reply or forward prefix
 * ("Re:", "Fwd:", "Antw:", "Odp:" ...): not the customer's own words. */
bool mail_subject_inherited(const char *subject);
/* The words a customer is judged on: SUBJECT when they wrote it (see
 * mail_subject_inherited), a blank line, then OWN.  Appended to OUT. */
void mail_judged_text(GString *out, const char *subject, const GString *own);
/* "subject\x1fsender" with reply and forward prefixes removed and case
 * folded; caller frees with g_free. */
char *mail_thread_key(const char *subject, const char *from_addr);

/* ---- filter.c -------------------------------------------------------- */

/* kalm-mail filter: read one message from IN, write it to OUT with the
 * X-Kalm-* headers added.  Returns the exit code. */
int mail_filter(const kalm_model *model, FILE *in, FILE *out);

/* ---- scan.c ---------------------------------------------------------- */

enum mail_format { MAIL_FORMAT_JSONL, MAIL_FORMAT_CSV, MAIL_FORMAT_TABLE };

typedef struct mail_scan_options {
	unsigned jobs;
	enum mail_format format;
	bool progress;    /* draw a progress bar on stderr */
	bool with_text;   /* add the decoded text buckets to each record */
	bool by_input;    /* records in input order rather than by thread */
	unsigned worst;   /* threads listed in the summary */
} mail_scan_options;

/* kalm-mail scan.  Returns the exit code. */
int mail_scan(const kalm_model *model, const mail_scan_options *opt,
	      char **paths, int count);

/* ---- output.c -------------------------------------------------------- */

/* The text fields of a record. */
enum mail_field {
	MAIL_SOURCE, MAIL_MESSAGE_ID, MAIL_FROM, MAIL_SUBJECT, MAIL_ERROR,
	MAIL_WARNINGS, MAIL_TEXT, MAIL_QUOTED, MAIL_FORWARDED, MAIL_SIGNATURE,
	MAIL_FIELD_COUNT
};

/* Everything printed about one message (borrowed pointers). */
typedef struct mail_record {
	const char *s[MAIL_FIELD_COUNT]; /* NULL when absent */
	size_t n[MAIL_FIELD_COUNT];
	int64_t offset;      /* in an mbox, or -1 */
	bool has_date;
	int64_t date;        /* Unix time */
	uint32_t thread;
	bool scored;         /* false: unreadable, see s[MAIL_ERROR] */
	kalm_lang lang;
	double score;
	bool abusive;
	int severity;
	uint32_t categories; /* bit per kalm_category */
	kalm_action action;
	const char *reason;
	unsigned quoted_lines;
	double quoted_score;
	bool quoted_abusive;
	uint32_t quoted_categories;
	bool forwarded, signature;
	unsigned attachments;
	const char *excerpt;
	size_t excerpt_len;
} mail_record;

extern const char mail_csv_header[];
extern const char mail_table_header[];
/* Append R as one JSON line; WITH_TEXT adds the text buckets. */
void mail_format_jsonl(GString *out, const mail_record *r, bool with_text);
/* Append R as one CSV row (columns as mail_csv_header). */
void mail_format_csv(GString *out, const mail_record *r);
/* Append R as one line of the terminal table. */
void mail_format_table(GString *out, const mail_record *r);

/* Write S[0..LEN) as a JSON string literal; invalid UTF-8 becomes U+FFFD. */
void mail_json_string(GString *out, const char *s, size_t len);
/* Write S as one CSV field (quoted when needed). */
void mail_csv_field(GString *out, const char *s, size_t len);
/* Copy TEXT with the spans of the verdict's matches masked (first letter
 * kept) and addresses and long numbers hidden, whitespace collapsed, cut
 * to MAIL_EXCERPT_MAX bytes. */
void mail_excerpt(GString *out, const char *text, size_t len,
		  const kalm_verdict *verdict);
/* Comma-separated category names of the set bits of MASK; "" for none. */
void mail_categories(GString *out, uint32_t mask, const char *sep);
/* A bitmask of the categories scoring above zero in VERDICT. */
uint32_t mail_verdict_categories(const kalm_verdict *verdict);

#endif
