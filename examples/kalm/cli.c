/* Helpers shared by the kalm subcommands. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * Output goes through a buffer of ours and leaves in few fwrite calls:
 * `kalm score` prints a verdict per line of input, and formatting each
 * field with printf cost more than scoring the message.
 */
typedef struct obuf {
	FILE *out; /* NULL: a buffer that must not fill; see full */
	size_t len, cap;
	char *data;
	bool full; /* without OUT, it did fill: data was lost */
} obuf;

#define OB_INIT(file, array) {(file), 0, sizeof(array), (array), false}

static void ob_write(obuf *b, const void *p, size_t n)
{
	if (b->out)
		fwrite(p, 1, n, b->out);
	else if (n)
		b->full = true;
}

static void ob_flush(obuf *b)
{
	ob_write(b, b->data, b->len);
	b->len = 0;
}

static inline void ob_put(obuf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		ob_flush(b);
		if (n > b->cap) {
			ob_write(b, p, n);
			return;
		}
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

static inline void ob_char(obuf *b, char c)
{
	if (b->len == b->cap)
		ob_flush(b);
	b->data[b->len++] = c;
}

/* A string literal: its length is known when compiling. */
#define OB_LIT(b, s) ob_put((b), "" s, sizeof(s) - 1)

static void ob_str(obuf *b, const char *s)
{
	ob_put(b, s, strlen(s));
}

static void ob_uint(obuf *b, unsigned long long v)
{
	char tmp[24];
	size_t n = 0;
	do
		tmp[sizeof tmp - ++n] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	ob_put(b, tmp + sizeof tmp - n, n);
}

static void ob_int(obuf *b, long long v)
{
	if (v < 0) {
		ob_char(b, '-');
		ob_uint(b, 0ull - (unsigned long long)v);
	} else {
		ob_uint(b, (unsigned long long)v);
	}
}

/* X with three decimals exactly as printf's "%.3f" writes it: X * 1000
 * rounded half to even, computed on X's binary value (a 53-bit mantissa
 * times 1000 fits in 64 bits), so ties such as 0.0625 round as printf
 * rounds them.  Values outside +-1e15 and NaN go to snprintf. */
size_t cli_fixed3(char *out, double x)
{
	if (x == 0.0 && !signbit(x)) {
		memcpy(out, "0.000", 5);
		return 5;
	}
	if (!(x > -1e15 && x < 1e15)) {
		int n = snprintf(out, CLI_FIXED3_MAX, "%.3f", x);
		return n > 0 && n < CLI_FIXED3_MAX ? (size_t)n : 0;
	}
	uint64_t bits;
	memcpy(&bits, &x, sizeof bits);
	bool neg = bits >> 63;
	int e = (int)(bits >> 52 & 0x7ff);
	uint64_t mant = bits & ((UINT64_C(1) << 52) - 1);
	int exp2 = e ? e - 1075 : -1074;
	if (e)
		mant |= UINT64_C(1) << 52;
	uint64_t v = mant * 1000u, q;
	if (exp2 >= 0) {
		q = v << exp2; /* |x| < 1e15: q < 1e18 */
	} else if (-exp2 >= 64) {
		q = 0; /* v < 2^63: below one half */
	} else {
		unsigned sh = (unsigned)-exp2;
		q = v >> sh;
		uint64_t r = v & ((UINT64_C(1) << sh) - 1), half = UINT64_C(1) << (sh - 1);
		if (r > half || (r == half && (q & 1)))
			q++;
	}
	size_t n = 0;
	if (neg)
		out[n++] = '-';
	uint64_t whole = q / 1000;
	unsigned frac = (unsigned)(q - whole * 1000);
	if (whole < 10) { /* scores and confidences: 0 or 1 */
		out[n++] = (char)('0' + whole);
	} else {
		char tmp[20];
		size_t k = 0;
		do
			tmp[k++] = (char)('0' + whole % 10);
		while ((whole /= 10) != 0);
		while (k)
			out[n++] = tmp[--k];
	}
	out[n] = '.';
	out[n + 1] = (char)('0' + frac / 100);
	out[n + 2] = (char)('0' + frac / 10 % 10);
	out[n + 3] = (char)('0' + frac % 10);
	return n + 4;
}

static void ob_fixed3(obuf *b, double x)
{
	if (x == 0.0 && !signbit(x)) { /* most category scores */
		OB_LIT(b, "0.000");
		return;
	}
	if (x == 1.0) { /* most confidences */
		OB_LIT(b, "1.000");
		return;
	}
	/* below 1e15 at most 20 bytes: written in place */
	if (b->len + 24 <= b->cap && x > -1e15 && x < 1e15) {
		b->len += cli_fixed3(b->data + b->len, x);
		return;
	}
	char tmp[CLI_FIXED3_MAX];
	ob_put(b, tmp, cli_fixed3(tmp, x));
}

/* The bytes a JSON string holds as they are: printable ASCII but the
 * quote and the backslash.  Made on first use. */
static bool json_plain[256];

static void json_plain_make(void)
{
	for (unsigned c = 0x20; c < 0x7F; c++)
		json_plain[c] = c != '"' && c != '\\';
}

static void ob_json_string(obuf *b, const char *text, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)text;
	if (!json_plain[' '])
		json_plain_make();
	ob_char(b, '"');
	for (size_t i = 0; i < len;) {
		/* the usual bytes in one copy */
		size_t j = i;
		while (j < len && json_plain[s[j]])
			j++;
		if (j > i) {
			ob_put(b, s + i, j - i);
			i = j;
			continue;
		}
		unsigned char c = s[i];
		if (c == '"' || c == '\\') {
			char e[2] = {'\\', (char)c};
			ob_put(b, e, 2);
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			switch (c) {
			case '\n': ob_put(b, "\\n", 2); break;
			case '\r': ob_put(b, "\\r", 2); break;
			case '\t': ob_put(b, "\\t", 2); break;
			default: {
				char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
				ob_put(b, e, 6);
				break;
			}
			}
			i++;
		} else {
			/* copy a valid UTF-8 sequence, else U+FFFD */
			size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
			bool ok = n && c <= 0xF4 && i + n <= len;
			for (size_t k = 1; ok && k < n; k++)
				ok = (s[i + k] & 0xC0) == 0x80;
			if (ok && n == 3)
				ok = !(c == 0xE0 && s[i + 1] < 0xA0) &&
				     !(c == 0xED && s[i + 1] >= 0xA0);
			if (ok && n == 4)
				ok = !(c == 0xF0 && s[i + 1] < 0x90) &&
				     !(c == 0xF4 && s[i + 1] >= 0x90);
			if (ok) {
				ob_put(b, s + i, n);
				i += n;
			} else {
				ob_put(b, "\xEF\xBF\xBD", 3);
				i++;
			}
		}
	}
	ob_char(b, '"');
}

void cli_json_string(FILE *out, const char *text, size_t len)
{
	char data[4096];
	obuf b = OB_INIT(out, data);
	ob_json_string(&b, text, len);
	ob_flush(&b);
}

#define CLI_BLOCK ((size_t)1 << 16)

void cli_lines_init(cli_lines *r, FILE *in)
{
	memset(r, 0, sizeof *r);
	r->fd = fileno(in);
}

void cli_lines_free(cli_lines *r)
{
	free(r->buf);
	memset(r, 0, sizeof *r);
}

/* The line at R->buf[R->start] that ends at END (a newline's place or
 * the end of the bytes read), handed out; the bytes after it are next. */
static long cli_lines_take(cli_lines *r, size_t end, size_t next,
			   char **line)
{
	char *p = r->buf + r->start;
	size_t len = end - r->start;
	r->start = next;
	if (len && p[len - 1] == '\r')
		len--;
	p[len] = '\0'; /* the newline's place, or the byte kept spare */
	*line = p;
	return (long)len;
}

/* The line at R->start when the bytes read hold it whole (there is no
 * newline before SCAN), or -3. */
static long cli_lines_find(cli_lines *r, size_t scan, char **line)
{
	char *nl = r->end > scan ? memchr(r->buf + scan, '\n', r->end - scan)
				 : NULL;
	if (nl) {
		size_t at = (size_t)(nl - r->buf);
		return cli_lines_take(r, at, at + 1, line);
	}
	if (r->eof && r->start < r->end)
		return cli_lines_take(r, r->end, r->end, line);
	return -3;
}

long cli_lines_next_ready(cli_lines *r, char **line)
{
	return cli_lines_find(r, r->start, line);
}

long cli_lines_next(cli_lines *r, char **line)
{
	size_t scan = r->start; /* no newline before here */
	for (;;) {
		long len = cli_lines_find(r, scan, line);
		if (len != -3)
			return len;
		if (r->eof)
			return -1;
		/* the line so far to the front, then room for a block and
		 * one byte spare */
		if (r->start) {
			memmove(r->buf, r->buf + r->start, r->end - r->start);
			r->end -= r->start;
			r->start = 0;
		}
		scan = r->end;
		if (r->cap - r->end < CLI_BLOCK + 1) {
			size_t cap = r->cap ? 2 * r->cap : CLI_BLOCK + 1;
			if (cap < r->cap) /* a line longer than memory */
				return -2;
			char *buf = realloc(r->buf, cap);
			if (!buf)
				return -2;
			r->buf = buf;
			r->cap = cap;
		}
		ssize_t n = read(r->fd, r->buf + r->end, r->cap - r->end - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			r->error = errno;
		if (n <= 0)
			r->eof = true;
		else
			r->end += (size_t)n;
	}
}

int cli_lines_check(const cli_lines *r, long len, const char *what,
		    const char *name)
{
	if (len != -2 && !r->error)
		return CLI_OK;
	fprintf(stderr, "kalm %s: %s%s", what, name ? name : "", name ? ": " : "");
	if (len == -2)
		fprintf(stderr, "out of memory reading a line\n");
	else
		fprintf(stderr, "cannot read input: %s\n", strerror(r->error));
	return CLI_DATA;
}

kalm_model *cli_open_model(const char *dir)
{
	kalm_model *m = NULL;
	kalm_error err = {0};
	kalm_status rc = dir ? kalm_model_load(dir, &m, &err)
			     : kalm_model_new_default(&m, &err);
	if (rc != KALM_OK) {
		fprintf(stderr, "kalm: %s\n", err.message[0] ? err.message
							  : kalm_status_str(rc));
		return NULL;
	}
	return m;
}

/*
 * The names a verdict's JSON repeats, with their lengths, made once: the
 * language codes, the category names, each category's key as it follows
 * the one before ("insult": , then , "profanity": ...) and the whole
 * category block of a verdict whose categories are all zero.
 */
typedef struct json_names {
	const char *lang[KALM_LANG_COUNT];
	size_t lang_len[KALM_LANG_COUNT];
	const char *cat[KALM_CAT_COUNT];
	size_t cat_len[KALM_CAT_COUNT];
	char key[KALM_CAT_COUNT][40];
	size_t key_len[KALM_CAT_COUNT];
	char zero[40 * KALM_CAT_COUNT + 32];
	size_t zero_len;
	/* what follows the confidence in a line with nothing in it */
	char clean_tail[40 * KALM_CAT_COUNT + 64];
	size_t clean_tail_len;
} json_names;

static const json_names *cli_names(void)
{
	static json_names n;
	static bool made;
	if (made)
		return &n;
	for (int l = 0; l < KALM_LANG_COUNT; l++) {
		n.lang[l] = kalm_lang_code((kalm_lang)l);
		n.lang_len[l] = strlen(n.lang[l]);
	}
	size_t z = (size_t)snprintf(n.zero, sizeof n.zero, ", \"categories\": {");
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		n.cat[c] = kalm_category_name((kalm_category)c);
		n.cat_len[c] = strlen(n.cat[c]);
		int k = snprintf(n.key[c], sizeof n.key[c], "%s\"%s\": ",
				 c ? ", " : "", n.cat[c]);
		n.key_len[c] = k > 0 && (size_t)k < sizeof n.key[c] ? (size_t)k : 0;
		int w = snprintf(n.zero + z, sizeof n.zero - z, "%s0.000", n.key[c]);
		if (w > 0 && (size_t)w < sizeof n.zero - z)
			z += (size_t)w;
	}
	if (z + 1 < sizeof n.zero)
		n.zero[z++] = '}';
	n.zero_len = z;
	static const char no_matches[] = ", \"matches\": []}\n";
	memcpy(n.clean_tail, n.zero, z);
	memcpy(n.clean_tail + z, no_matches, sizeof no_matches - 1);
	n.clean_tail_len = z + sizeof no_matches - 1;
	made = true;
	return &n;
}

/* NAME[I] of a table of COUNT names, or "unknown" past its end. */
#define ob_name(b, table, i, count)                                        \
	((unsigned)(i) < (count) ? ob_put((b), (table)[i], (table##_len)[i]) \
				 : OB_LIT((b), "unknown"))

/* The fields of entry ID (, "entry": ..., "source": "file:line"), or
 * nothing for an unknown one, written into B. */
static void ob_entry_fields(obuf *b, const kalm_model *model, uint32_t id)
{
	kalm_entry_info info;
	if (kalm_model_entry(model, id, &info) != KALM_OK)
		return;
	OB_LIT(b, ", \"entry\": ");
	ob_json_string(b, info.term, strlen(info.term));
	OB_LIT(b, ", \"source\": \"");
	ob_str(b, info.source);
	ob_char(b, ':');
	ob_uint(b, info.line);
	ob_char(b, '"');
}

/* Those fields, formatted once per entry of the model last asked about
 * and kept (a few entries make most matches); written directly when
 * memory runs short. */
static struct {
	const kalm_model *model;
	size_t count;
	char **text; /* NULL: not made yet */
	uint32_t *len;
} entry_cache;

static void entry_cache_free(void)
{
	for (size_t i = 0; i < entry_cache.count; i++)
		free(entry_cache.text[i]);
	free(entry_cache.text);
	free(entry_cache.len);
	memset(&entry_cache, 0, sizeof entry_cache);
}

static void ob_entry(obuf *b, const kalm_model *model, uint32_t id)
{
	if (entry_cache.model != model) {
		entry_cache_free();
		size_t n = kalm_model_entry_count(model) + kalm_model_rule_count(model);
		entry_cache.model = model;
		entry_cache.text = calloc(n ? n : 1, sizeof(char *));
		entry_cache.len = calloc(n ? n : 1, sizeof(uint32_t));
		entry_cache.count = entry_cache.text && entry_cache.len ? n : 0;
	}
	if (id >= entry_cache.count) {
		ob_entry_fields(b, model, id);
		return;
	}
	if (!entry_cache.text[id]) {
		char data[4096];
		obuf tmp = OB_INIT(NULL, data);
		ob_entry_fields(&tmp, model, id);
		if (tmp.len && !tmp.full &&
		    (entry_cache.text[id] = malloc(tmp.len))) {
			memcpy(entry_cache.text[id], data, tmp.len);
			entry_cache.len[id] = (uint32_t)tmp.len;
		} else {
			ob_entry_fields(b, model, id); /* long, or no memory */
			return;
		}
	}
	ob_put(b, entry_cache.text[id], entry_cache.len[id]);
}

/* Verdict lines collect here and leave in blocks; one by one when they go
 * to a terminal, where someone reads them as they come. */
static char verdict_data[1 << 16];
static obuf verdict_buf = OB_INIT(NULL, verdict_data);
static bool verdict_tty;

void cli_verdict_flush(void)
{
	if (verdict_buf.out)
		ob_flush(&verdict_buf);
	entry_cache_free();
}

/* A verdict line up to its confidence. */
static void ob_verdict_head(obuf *b, const json_names *names, double score,
			    bool abusive, int severity, bool targeted,
			    kalm_lang lang, kalm_lang guess)
{
	OB_LIT(b, "{\"score\": ");
	ob_fixed3(b, score);
	if (abusive)
		OB_LIT(b, ", \"abusive\": true, \"severity\": ");
	else
		OB_LIT(b, ", \"abusive\": false, \"severity\": ");
	ob_int(b, severity);
	if (targeted)
		OB_LIT(b, ", \"targeted\": true, \"language\": \"");
	else
		OB_LIT(b, ", \"targeted\": false, \"language\": \"");
	ob_name(b, names->lang, lang, KALM_LANG_COUNT);
	OB_LIT(b, "\", \"language_guess\": \"");
	ob_name(b, names->lang, guess, KALM_LANG_COUNT);
	OB_LIT(b, "\", \"confidence\": ");
}

/* Every category score written as "0.000" with no sign: most messages. */
static bool categories_zero(const kalm_verdict *v)
{
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		double x = kalm_verdict_category(v, (kalm_category)c);
		if (!(x == 0.0 && !signbit(x)))
			return false;
	}
	return true;
}

/* Nothing found and every score zero: most messages. */
static bool verdict_is_clean(const kalm_verdict *v)
{
	double x = kalm_verdict_score(v);
	return !kalm_verdict_match_count(v) && !kalm_verdict_abusive(v) &&
	       !kalm_verdict_severity(v) && !kalm_verdict_targeted(v) &&
	       x == 0.0 && !signbit(x) && categories_zero(v);
}

/* The head of a clean verdict's line for each pair of languages, made the
 * first time it is written: such a line is that head, the confidence and
 * names->clean_tail. */
typedef struct clean_head {
	char text[160];
	size_t len; /* 0: not made yet */
} clean_head;
static clean_head clean_heads[KALM_LANG_COUNT][KALM_LANG_COUNT];

void cli_verdict_line(FILE *out, const kalm_model *model,
		      const kalm_verdict *v, const char *text, size_t len)
{
	if (verdict_buf.out != out) {
		if (verdict_buf.out)
			ob_flush(&verdict_buf);
		verdict_buf.out = out;
		verdict_tty = isatty(fileno(out));
	}
	obuf *b = &verdict_buf;
	double conf;
	kalm_lang guess = kalm_verdict_language_guess(v, &conf);
	kalm_lang lang = kalm_verdict_language(v);
	const json_names *names = cli_names();
	if ((unsigned)lang < KALM_LANG_COUNT &&
	    (unsigned)guess < KALM_LANG_COUNT && verdict_is_clean(v)) {
		clean_head *h = &clean_heads[lang][guess];
		if (!h->len) {
			obuf tmp = OB_INIT(NULL, h->text);
			ob_verdict_head(&tmp, names, 0.0, false, 0, false, lang,
					guess);
			h->len = tmp.full ? 0 : tmp.len;
		}
		if (h->len) {
			ob_put(b, h->text, h->len);
			ob_fixed3(b, conf);
			ob_put(b, names->clean_tail, names->clean_tail_len);
			if (verdict_tty)
				ob_flush(b);
			return;
		}
	}
	ob_verdict_head(b, names, kalm_verdict_score(v), kalm_verdict_abusive(v),
			kalm_verdict_severity(v), kalm_verdict_targeted(v), lang,
			guess);
	ob_fixed3(b, conf);
	if (categories_zero(v)) { /* the block is written once */
		ob_put(b, names->zero, names->zero_len);
	} else {
		OB_LIT(b, ", \"categories\": {");
		for (int c = 0; c < KALM_CAT_COUNT; c++) {
			ob_put(b, names->key[c], names->key_len[c]);
			ob_fixed3(b, kalm_verdict_category(v, (kalm_category)c));
		}
		OB_LIT(b, "}");
	}
	OB_LIT(b, ", \"matches\": [");
	size_t n = kalm_verdict_match_count(v);
	for (size_t i = 0; i < n; i++) {
		kalm_match m;
		kalm_verdict_match(v, i, &m);
		if (i)
			OB_LIT(b, ", {\"category\": \"");
		else
			OB_LIT(b, "{\"category\": \"");
		ob_name(b, names->cat, m.category, KALM_CAT_COUNT);
		OB_LIT(b, "\", \"severity\": ");
		ob_int(b, m.severity);
		if (m.targeted)
			OB_LIT(b, ", \"targeted\": true");
		else
			OB_LIT(b, ", \"targeted\": false");
		if (m.negated)
			OB_LIT(b, ", \"negated\": true");
		else
			OB_LIT(b, ", \"negated\": false");
		if (m.counted)
			OB_LIT(b, ", \"counted\": true, \"start\": ");
		else
			OB_LIT(b, ", \"counted\": false, \"start\": ");
		ob_uint(b, m.start);
		OB_LIT(b, ", \"end\": ");
		ob_uint(b, m.end);
		OB_LIT(b, ", \"text\": ");
		ob_json_string(b, text + m.start,
			       m.end <= len && m.start <= m.end ? m.end - m.start : 0);
		ob_entry(b, model, m.entry);
		ob_char(b, '}');
	}
	ob_put(b, "]}\n", 3);
	if (verdict_tty)
		ob_flush(b);
}
