/* Helpers shared by the kalm subcommands. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/*
 * Output goes through a buffer of ours and leaves in few fwrite calls:
 * `kalm score` prints a verdict per line of input, and formatting each
 * field with printf cost more than scoring the message.
 */
typedef struct obuf {
	FILE *out; /* NULL: a buffer in memory; see grow and full */
	size_t len, cap;
	char *data;
	bool grow; /* without OUT: DATA is the buffer's own (malloc) and
		    * grows as bytes come, instead of filling */
	bool full; /* without OUT, it did fill (or could not grow): data was
		    * lost */
} obuf;

#define OB_INIT(file, array) {(file), 0, sizeof(array), (array), false, false}
#if defined(__GNUC__)
#define KALM_OB_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define KALM_OB_LIKELY(x) (x)
#endif

static void ob_write(obuf *b, const void *p, size_t n)
{
	if (b->out)
		fwrite(p, 1, n, b->out);
	else if (n)
		b->full = true;
}

static void ob_flush(obuf *b)
{
	if (b->grow)
		return; /* its bytes are kept until taken */
	ob_write(b, b->data, b->len);
	b->len = 0;
}

/* Room for N more bytes at the end of B, which has less: its bytes
 * written to its file, or its memory grown.  False when that does not
 * give it: N is more than a file's buffer holds (its bytes went out), or
 * the memory is full (B->full). */
static bool ob_make_room(obuf *b, size_t n)
{
	if (b->grow) {
		size_t need = b->len + n;
		size_t cap = b->cap <= SIZE_MAX / 2 ? 2 * b->cap : SIZE_MAX;
		if (cap < need)
			cap = need;
		char *data = need >= n ? realloc(b->data, cap) : NULL;
		if (!data) {
			b->full = true;
			return false;
		}
		b->data = data;
		b->cap = cap;
		return true;
	}
	if (!b->out) {
		b->full = true;
		return false;
	}
	ob_flush(b);
	return n <= b->cap;
}

static inline void ob_put(obuf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap && !ob_make_room(b, n)) {
		ob_write(b, p, n); /* to the file, or lost */
		return;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

static inline void ob_char(obuf *b, char c)
{
	if (b->len == b->cap && !ob_make_room(b, 1))
		return;
	b->data[b->len++] = c;
}

/* A string literal: its length is known when compiling. */
#define OB_LIT(b, s) ob_put((b), "" s, sizeof(s) - 1)

static void ob_str(obuf *b, const char *s)
{
	ob_put(b, s, strlen(s));
}

/* Room for N more bytes at the end of B, flushing or growing it first
 * when needed: a field written there needs no check per byte.  NULL when
 * N exceeds a file's buffer, or when a buffer in memory is full. */
static inline char *ob_room(obuf *b, size_t n)
{
	if (KALM_OB_LIKELY(b->cap - b->len >= n) || ob_make_room(b, n))
		return b->data + b->len;
	return NULL;
}

/* Room for N more bytes at P, the end of what was written into room
 * ob_room made in B (kept if the buffer moves): P, or where it moved to;
 * NULL when the room cannot be made, B then ending at P (the caller
 * reports the failure, as for ob_room). */
static inline char *ob_room_at(obuf *b, char *p, size_t n)
{
	size_t at = (size_t)(p - b->data);
	if (KALM_OB_LIKELY(b->cap - at >= n))
		return p;
	b->len = at;
	return ob_make_room(b, n) ? b->data + b->len : NULL;
}

/* What was written from ob_room's answer up to P stays in B. */
static inline void ob_commit(obuf *b, const char *p)
{
	b->len = (size_t)(p - b->data);
}

/* Writers into room made by ob_room: each returns the end of what it
 * wrote. */
static inline char *w_put(char *p, const void *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

#define W_LIT(p, s) w_put((p), "" s, sizeof(s) - 1)
#define W_UINT_MAX 20 /* digits of 2^64 - 1 */

static inline char *w_uint(char *p, unsigned long long v)
{
	if (v < 100) { /* severities, and offsets in a short message */
		if (v >= 10)
			*p++ = (char)('0' + v / 10);
		*p = (char)('0' + v % 10);
		return p + 1;
	}
	char tmp[W_UINT_MAX];
	size_t n = 0;
	do
		tmp[sizeof tmp - ++n] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	return w_put(p, tmp + sizeof tmp - n, n);
}

static void ob_uint(obuf *b, unsigned long long v)
{
	char tmp[W_UINT_MAX];
	ob_put(b, tmp, (size_t)(w_uint(tmp, v) - tmp));
}

static inline char *w_int(char *p, long long v)
{
	if (v >= 0)
		return w_uint(p, (unsigned long long)v);
	*p++ = '-';
	return w_uint(p, 0ull - (unsigned long long)v);
}

/* The digits of 0 to 99, two each. */
static const char digits2[] =
	"00010203040506070809101112131415161718192021222324252627282930313233"
	"34353637383940414243444546474849505152535455565758596061626364656667"
	"6869707172737475767778798081828384858687888990919293949596979899";

/* X, 0 < X < 1 (confidences, most scores), with three decimals as
 * cli_fixed3 writes it: five bytes into OUT. */
static inline void fixed3_unit(char *out, double x)
{
	uint64_t bits;
	memcpy(&bits, &x, sizeof bits);
	unsigned e = (unsigned)(bits >> 52); /* the sign is clear */
	unsigned q = 0; /* X * 1000, rounded half to even: 0..1000 */
	/* below 2^-11 (e < 1012), X * 1000 < 0.5 */
	if (e >= 1012) {
		uint64_t v = ((bits & ((UINT64_C(1) << 52) - 1)) |
			      UINT64_C(1) << 52) * 1000u;
		unsigned sh = 1075 - e; /* 53..63 */
		uint64_t r = v & ((UINT64_C(1) << sh) - 1), half = UINT64_C(1) << (sh - 1);
		q = (unsigned)(v >> sh);
		q += r > half || (r == half && (q & 1));
	}
	unsigned whole = q >= 1000, frac = q - 1000 * whole, hi = frac / 100;
	out[0] = (char)('0' + whole);
	out[1] = '.';
	out[2] = (char)('0' + hi);
	memcpy(out + 3, digits2 + 2 * (frac - 100 * hi), 2);
}

/* X with three decimals exactly as printf's "%.3f" writes it: X * 1000
 * rounded half to even, computed on X's binary value (a 53-bit mantissa
 * times 1000 fits in 64 bits), so ties such as 0.0625 round as printf
 * rounds them.  Values outside +-1e15 and NaN go to snprintf. */
size_t cli_fixed3(char *out, double x)
{
	if (x > 0.0 && x < 1.0) {
		fixed3_unit(out, x);
		return 5;
	}
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

/* X with three decimals (cli_fixed3), into room for CLI_FIXED3_MAX bytes. */
static inline char *w_fixed3(char *p, double x)
{
	if (x == 0.0 && !signbit(x)) /* most category scores */
		return W_LIT(p, "0.000");
	if (x == 1.0) /* most confidences */
		return W_LIT(p, "1.000");
	if (x > 0.0 && x < 1.0) {
		fixed3_unit(p, x);
		return p + 5;
	}
	return p + cli_fixed3(p, x);
}

/* The bytes a JSON string holds as they are: printable ASCII but the
 * quote and the backslash.  Made on first use. */
static bool json_plain[256];

static void json_plain_make(void)
{
	for (unsigned c = 0x20; c < 0x7F; c++)
		json_plain[c] = c != '"' && c != '\\';
}

/* Whether the eight bytes at S are all json_plain: none below 0x20, none
 * from 0x7F up, no quote and no backslash.  A byte's own test may be
 * upset by a carry or borrow only from a byte that already failed, so the
 * answer for the word is exact. */
static inline bool json_plain8(const unsigned char *s)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones << 7;
	uint64_t x, q, bs;
	memcpy(&x, s, sizeof x);
	q = x ^ (ones * '"');
	bs = x ^ (ones * '\\');
	uint64_t bad = ((x - ones * 0x20) & ~x) | /* below 0x20 */
		       x | (x + ones) |           /* from 0x7F up */
		       ((q - ones) & ~q) | ((bs - ones) & ~bs);
	return !(bad & high);
}

/* The bytes of a JSON string, at most this many a byte of TEXT. */
#define JSON_ESCAPE_MAX 6

/* TEXT[0..LEN) as the inside of a JSON string, into room for
 * JSON_ESCAPE_MAX * LEN bytes: control characters escaped, invalid UTF-8
 * (a sequence cut by LEN too) replaced by U+FFFD. */
static char *w_json_chars(char *p, const unsigned char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	if (!json_plain[' '])
		json_plain_make();
	for (size_t i = 0; i < len;) {
		/* the usual bytes in one copy, eight at a time first */
		size_t j = i;
		while (len - j >= 8 && json_plain8(s + j))
			j += 8;
		while (j < len && json_plain[s[j]])
			j++;
		if (j > i) {
			p = w_put(p, s + i, j - i);
			i = j;
			continue;
		}
		unsigned char c = s[i];
		if (c == '"' || c == '\\') {
			*p++ = '\\';
			*p++ = (char)c;
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			switch (c) {
			case '\n': p = W_LIT(p, "\\n"); break;
			case '\r': p = W_LIT(p, "\\r"); break;
			case '\t': p = W_LIT(p, "\\t"); break;
			default:
				p = W_LIT(p, "\\u00");
				*p++ = hex[c >> 4];
				*p++ = hex[c & 15];
				break;
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
				p = w_put(p, s + i, n);
				i += n;
			} else {
				p = W_LIT(p, "\xEF\xBF\xBD");
				i++;
			}
		}
	}
	return p;
}

/* Where to cut S[I..] at END or before it (END - I >= 4, a byte at END)
 * so that no UTF-8 sequence is cut: before a byte that is no continuation
 * byte, whose sequence starts there; else at END, where none of the three
 * bytes before starts one. */
static size_t json_piece_end(const unsigned char *s, size_t i, size_t end)
{
	size_t k = end;
	while (k > i && (s[k] & 0xC0) == 0x80)
		k--;
	return k > i ? k : end;
}

/* Whether the four bytes at S are all json_plain (json_plain8). */
static inline bool json_plain4(const unsigned char *s)
{
	const uint32_t ones = 0x01010101u, high = ones << 7;
	uint32_t x, q, bs;
	memcpy(&x, s, sizeof x);
	q = x ^ (ones * '"');
	bs = x ^ (ones * '\\');
	uint32_t bad = ((x - ones * 0x20) & ~x) | x | (x + ones) |
		       ((q - ones) & ~q) | ((bs - ones) & ~bs);
	return !(bad & high);
}

/* The longest string w_json_short takes. */
#define JSON_SHORT 32

/* S[0..LEN), 4 <= LEN <= JSON_SHORT, into room for JSON_ESCAPE_MAX * LEN
 * bytes when every byte is json_plain (the last word read may overlap the
 * one before); else NULL.  Most matches' texts are such words. */
static inline char *w_json_short(char *p, const unsigned char *s, size_t len)
{
	if (len > 16) {
		bool three = len > 24;
		if (!json_plain8(s) || !json_plain8(s + 8) ||
		    (three && !json_plain8(s + 16)) || !json_plain8(s + len - 8))
			return NULL;
		memcpy(p + len - 8, s + len - 8, 8);
		if (three)
			memcpy(p + 16, s + 16, 8);
		memcpy(p + 8, s + 8, 8);
		memcpy(p, s, 8);
	} else if (len >= 8) {
		if (!json_plain8(s) || !json_plain8(s + len - 8))
			return NULL;
		memcpy(p + len - 8, s + len - 8, 8);
		memcpy(p, s, 8);
	} else {
		if (!json_plain4(s) || !json_plain4(s + len - 4))
			return NULL;
		memcpy(p + len - 4, s + len - 4, 4);
		memcpy(p, s, 4);
	}
	return p + len;
}

static void ob_json_string(obuf *b, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	if (len <= (b->cap - 2) / JSON_ESCAPE_MAX) {
		char *p = ob_room(b, JSON_ESCAPE_MAX * len + 2);
		if (!p)
			return; /* it filled */
		*p++ = '"';
		char *q = len >= 4 && len <= JSON_SHORT ? w_json_short(p, s, len)
							: NULL;
		p = q ? q : w_json_chars(p, s, len);
		*p++ = '"';
		ob_commit(b, p);
		return;
	}
	if (!b->out && !b->grow) {
		b->full = true;
		return;
	}
	/* longer than the buffer holds: in pieces, none cutting a UTF-8
	 * sequence (so each is written as the whole would be) */
	size_t piece = b->cap / JSON_ESCAPE_MAX;
	ob_char(b, '"');
	for (size_t i = 0; i < len;) {
		size_t end = len - i > piece ? json_piece_end(s, i, i + piece) : len;
		char *p = ob_room(b, JSON_ESCAPE_MAX * (end - i));
		if (!p)
			return; /* memory ran out */
		ob_commit(b, w_json_chars(p, s + i, end - i));
		i = end;
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

/* The first newline in [P, END), or NULL.  Lines are short: sixteen
 * bytes at a time where the processor has SSE2 (every x86-64) cost less
 * than a call of memchr, which is left the rest. */
static inline char *find_newline(char *p, const char *end)
{
#if defined(__SSE2__)
	const __m128i nl = _mm_set1_epi8('\n');
	for (; end - p >= 16; p += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, nl));
		if (m)
			return p + __builtin_ctz(m);
	}
#endif
	return p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
}

/* The line at R->start when the bytes read hold it whole (there is no
 * newline before SCAN), or -3. */
static inline long cli_lines_find(cli_lines *r, size_t scan, char **line)
{
	/* (nothing read yet: no pointer into a buffer not made) */
	char *nl = scan < r->end ? find_newline(r->buf + scan, r->buf + r->end)
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

size_t cli_lines_ready(cli_lines *r, kalm_text *text, size_t max)
{
	size_t n = 0;
	char *line;
	long len;
	while (n < max && (len = cli_lines_find(r, r->start, &line)) >= 0)
		text[n++] = (kalm_text){line, (size_t)len, KALM_LANG_UNKNOWN};
	return n;
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

/* The largest compiled model --model reads (the default is about 6 MB). */
#define CLI_BLOB_MAX ((size_t)256 << 20)

/* Open the compiled model in the file PATH (kalm compile's output) into
 * *M; otherwise a status and ERR's message (which does not name PATH). */
static kalm_status open_blob_file(const char *path, kalm_model **m,
				  kalm_error *err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err->message, sizeof err->message, "%s",
			 strerror(errno));
		return KALM_ERR_IO;
	}
	char *data = NULL;
	size_t len = 0, cap = 0;
	kalm_status rc = KALM_OK;
	for (;;) {
		if (len == cap) {
			char *d = cap < CLI_BLOB_MAX
					  ? realloc(data, cap ? 2 * cap : (size_t)1 << 20)
					  : NULL;
			if (!d) {
				rc = cap < CLI_BLOB_MAX ? KALM_ERR_NO_MEMORY
							: KALM_ERR_LIMIT;
				snprintf(err->message, sizeof err->message, "%s",
					 rc == KALM_ERR_LIMIT
						 ? "larger than a model can be"
						 : "out of memory");
				break;
			}
			data = d;
			cap = cap ? 2 * cap : (size_t)1 << 20;
		}
		size_t n = fread(data + len, 1, cap - len, f);
		len += n;
		if (n == 0) {
			if (ferror(f)) {
				snprintf(err->message, sizeof err->message,
					 "cannot read: %s", strerror(errno));
				rc = KALM_ERR_IO;
			}
			break;
		}
	}
	fclose(f);
	if (rc == KALM_OK)
		rc = kalm_model_open_blob(data, len, m, err);
	free(data);
	return rc;
}

kalm_model *cli_open_model(const char *path)
{
	kalm_model *m = NULL;
	kalm_error err = {0};
	struct stat st;
	bool file = path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
	kalm_status rc = !path ? kalm_model_new_default(&m, &err)
			 : file ? open_blob_file(path, &m, &err)
				: kalm_model_load(path, &m, &err);
	if (rc != KALM_OK) {
		fprintf(stderr, "kalm: %s%s%s\n", file ? path : "",
			file ? ": " : "",
			err.message[0] ? err.message : kalm_status_str(rc));
		return NULL;
	}
	return m;
}

bool cli_option(int argc, char **argv, int *i, const char *name,
		const char **value)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n) != 0)
		return false;
	if (a[n] == '=') {
		*value = a + n + 1;
		return true;
	}
	if (a[n] != '\0' || *i + 1 >= argc)
		return false;
	*value = argv[++*i];
	return true;
}

int cli_output_check(const char *what)
{
	int e = fflush(stdout) != 0 ? errno : 0;
	if (!e && !ferror(stdout))
		return CLI_OK;
	fprintf(stderr, "kalm%s%s: cannot write output%s%s\n", what ? " " : "",
		what ? what : "", e ? ": " : "", e ? strerror(e) : "");
	return CLI_DATA;
}

int cli_usage_out(const char *what, const char *text)
{
	fputs(text, stdout);
	return cli_output_check(what);
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
	/* how much of ZERO comes before the last category's score: the
	 * block of a verdict with only frustration in it is that, its score
	 * and a brace */
	size_t zero_but_last_len;
	/* what follows the confidence in a line with nothing in it */
	char clean_tail[40 * KALM_CAT_COUNT + 64];
	size_t clean_tail_len;
	/* the most a line's head takes (up to its confidence), then its
	 * confidence and categories, and a match's fields before its text */
	size_t head_room, cats_room, match_room;
} json_names;

static const json_names *cli_names(void)
{
	static json_names n;
	static bool made;
	if (made)
		return &n;
	size_t lang_max = sizeof "unknown", cat_max = sizeof "unknown";
	for (int l = 0; l < KALM_LANG_COUNT; l++) {
		n.lang[l] = kalm_lang_code((kalm_lang)l);
		n.lang_len[l] = strlen(n.lang[l]);
		if (n.lang_len[l] > lang_max)
			lang_max = n.lang_len[l];
	}
	size_t z = (size_t)snprintf(n.zero, sizeof n.zero, ", \"categories\": {");
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		n.cat[c] = kalm_category_name((kalm_category)c);
		n.cat_len[c] = strlen(n.cat[c]);
		if (n.cat_len[c] > cat_max)
			cat_max = n.cat_len[c];
		int k = snprintf(n.key[c], sizeof n.key[c], "%s\"%s\": ",
				 c ? ", " : "", n.cat[c]);
		n.key_len[c] = k > 0 && (size_t)k < sizeof n.key[c] ? (size_t)k : 0;
		if (c == KALM_CAT_COUNT - 1)
			n.zero_but_last_len = z + n.key_len[c];
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
	/* the literals of a head take 113 bytes, a match's 115 */
	n.head_room = 128 + 2 * lang_max + W_UINT_MAX + 1 + CLI_FIXED3_MAX;
	n.cats_room = n.zero_len + 32 + (1 + KALM_CAT_COUNT) * CLI_FIXED3_MAX;
	n.match_room = 128 + cat_max + 3 * (W_UINT_MAX + 1);
	made = true;
	return &n;
}

/* NAME[I] of a table of COUNT names, or "unknown" past its end. */
#define w_name(p, table, i, count)                                        \
	((unsigned)(i) < (count) ? w_put((p), (table)[i], (table##_len)[i]) \
				 : W_LIT((p), "unknown"))

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

/* Those fields and the brace that ends the match, formatted once per
 * entry of the model last asked about and kept (a few entries make most
 * matches); written directly when memory runs short. */
typedef struct entry_cache {
	const kalm_model *model;
	size_t count;
	char **text; /* NULL: not made yet */
	uint32_t *len;
} entry_cache;

static void entry_cache_free(entry_cache *c)
{
	for (size_t i = 0; i < c->count; i++)
		free(c->text[i]);
	free(c->text);
	free(c->len);
	memset(c, 0, sizeof *c);
}

static void ob_entry_slow(obuf *b, entry_cache *c, const kalm_model *model,
			  uint32_t id)
{
	if (c->model != model) {
		entry_cache_free(c);
		size_t n = kalm_model_entry_count(model) + kalm_model_rule_count(model);
		c->model = model;
		c->text = calloc(n ? n : 1, sizeof(char *));
		c->len = calloc(n ? n : 1, sizeof(uint32_t));
		c->count = c->text && c->len ? n : 0;
	}
	if (id >= c->count) {
		ob_entry_fields(b, model, id);
		ob_char(b, '}');
		return;
	}
	if (!c->text[id]) {
		char data[4096];
		obuf tmp = OB_INIT(NULL, data);
		ob_entry_fields(&tmp, model, id);
		ob_char(&tmp, '}');
		if (!tmp.full && (c->text[id] = malloc(tmp.len))) {
			memcpy(c->text[id], data, tmp.len);
			c->len[id] = (uint32_t)tmp.len;
		} else {
			ob_entry_fields(b, model, id); /* long, or no memory */
			ob_char(b, '}');
			return;
		}
	}
	ob_put(b, c->text[id], c->len[id]);
}

/* The entry's fields of a match (, "entry": ..., "source": ...), and the
 * brace that ends it. */
static inline void ob_entry(obuf *b, entry_cache *c, const kalm_model *model,
			    uint32_t id)
{
	if (KALM_OB_LIKELY(c->model == model && id < c->count && c->text[id]))
		ob_put(b, c->text[id], c->len[id]);
	else
		ob_entry_slow(b, c, model, id);
}

/* The line of a clean verdict of confidence 1 (nearly every one) for a
 * pair of languages, made the first time it is written: the head of a
 * line whose verdict is not abuse (score 0, severity 0, not targeted) up
 * to its confidence, the first LEN bytes; "1.000"; names->clean_tail. */
typedef struct clean_head {
	char text[160 + 5 + sizeof(((json_names *)0)->clean_tail)];
	size_t len;  /* 0: not made yet */
	size_t size; /* the whole line */
} clean_head;

/* The fields of a match before its start (from {"category"), for each
 * category, severity (0 to 4) and the three flags, made the first time
 * they are written. */
#define MATCH_SEVERITIES 5
/* The longest text of a match written with its fields at once. */
#define MATCH_TEXT_SHORT JSON_SHORT
typedef struct match_head {
	char text[128];
	uint8_t len; /* 0: not made yet */
} match_head;

/* Verdict lines collect in a writer's buffer and leave in blocks of
 * 64 KiB; one by one when they go to a terminal, where someone reads them
 * as they come.  A writer into memory keeps them all until taken. */
#define CLI_WRITER_BUFFER ((size_t)1 << 16)

struct cli_writer {
	obuf b;
	bool tty;
	entry_cache entries;
	clean_head clean[KALM_LANG_COUNT][KALM_LANG_COUNT];
	match_head match[KALM_CAT_COUNT][MATCH_SEVERITIES][8];
};

cli_writer *cli_writer_new(FILE *out)
{
	cli_writer *w = calloc(1, sizeof *w);
	char *data = malloc(CLI_WRITER_BUFFER);
	if (!w || !data) {
		free(w);
		free(data);
		return NULL;
	}
	w->b = (obuf){out, 0, CLI_WRITER_BUFFER, data, !out, false};
	w->tty = out && isatty(fileno(out));
	/* the tables every writer reads, made here, before any writer
	 * writes (writers on other threads are made on this one first) */
	(void)cli_names();
	json_plain_make();
	return w;
}

void cli_writer_flush(cli_writer *w)
{
	if (w->b.out)
		ob_flush(&w->b);
}

bool cli_writer_data(const cli_writer *w, const char **data, size_t *len)
{
	*data = w->b.data;
	*len = w->b.len;
	return !w->b.full;
}

void cli_writer_clear(cli_writer *w)
{
	w->b.len = 0;
	w->b.full = false;
	if (w->b.grow && w->b.cap > 16 * CLI_WRITER_BUFFER) {
		/* a long line's room is given back */
		char *data = realloc(w->b.data, CLI_WRITER_BUFFER);
		if (data) {
			w->b.data = data;
			w->b.cap = CLI_WRITER_BUFFER;
		}
	}
}

void cli_writer_free(cli_writer *w)
{
	if (!w)
		return;
	cli_writer_flush(w);
	entry_cache_free(&w->entries);
	free(w->b.data);
	free(w);
}

/* A verdict line up to its confidence, into room for names->head_room
 * bytes. */
static char *w_verdict_head(char *p, const json_names *names, double score,
			    bool abusive, int severity, bool targeted,
			    kalm_lang lang, kalm_lang guess)
{
	p = W_LIT(p, "{\"score\": ");
	p = w_fixed3(p, score);
	if (abusive)
		p = W_LIT(p, ", \"abusive\": true, \"severity\": ");
	else
		p = W_LIT(p, ", \"abusive\": false, \"severity\": ");
	p = w_int(p, severity);
	if (targeted)
		p = W_LIT(p, ", \"targeted\": true, \"language\": \"");
	else
		p = W_LIT(p, ", \"targeted\": false, \"language\": \"");
	p = w_name(p, names->lang, lang, KALM_LANG_COUNT);
	p = W_LIT(p, "\", \"language_guess\": \"");
	p = w_name(p, names->lang, guess, KALM_LANG_COUNT);
	return W_LIT(p, "\", \"confidence\": ");
}

/* A score written as "0.000" with no sign: most of them. */
static inline bool zero_score(double x)
{
	return x == 0.0 && !signbit(x);
}

/* Which of a verdict's category scores are written other than "0.000"
 * (zero_score: all bits zero). */
enum { CATS_ZERO, CATS_LAST_ONLY, CATS_MORE };

/* Which of the category scores CAT are not zero. */
static int categories_kind(const double *cat)
{
	uint64_t first = 0, bits;
	for (int c = 0; c < KALM_CAT_COUNT - 1; c++) {
		memcpy(&bits, &cat[c], sizeof bits);
		first |= bits;
	}
	memcpy(&bits, &cat[KALM_CAT_COUNT - 1], sizeof bits);
	return first ? CATS_MORE : bits ? CATS_LAST_ONLY : CATS_ZERO;
}

/* The head of a line of languages LANG and GUESS (both known) whose
 * verdict is not abuse, made on first use; NULL when it does not fit. */
static const clean_head *writer_head_make(cli_writer *w,
					  const json_names *names,
					  kalm_lang lang, kalm_lang guess)
{
	clean_head *h = &w->clean[lang][guess];
	char tmp[1024];
	if (names->head_room > sizeof tmp)
		return NULL;
	size_t len = (size_t)(w_verdict_head(tmp, names, 0.0, false, 0, false,
					     lang, guess) - tmp);
	if (len > 160)
		return NULL;
	memcpy(h->text, tmp, len);
	memcpy(h->text + len, "1.000", 5);
	memcpy(h->text + len + 5, names->clean_tail, names->clean_tail_len);
	h->len = len;
	h->size = len + 5 + names->clean_tail_len;
	return h;
}

static inline const clean_head *writer_head(cli_writer *w,
					    const json_names *names,
					    kalm_lang lang, kalm_lang guess)
{
	const clean_head *h = &w->clean[lang][guess];
	return h->len ? h : writer_head_make(w, names, lang, guess);
}

/* The fields of match M before its start, into room for
 * names->match_room bytes. */
static char *w_match_head(char *p, const json_names *names, const kalm_match *m)
{
	p = W_LIT(p, "{\"category\": \"");
	p = w_name(p, names->cat, m->category, KALM_CAT_COUNT);
	p = W_LIT(p, "\", \"severity\": ");
	p = w_int(p, m->severity);
	if (m->targeted)
		p = W_LIT(p, ", \"targeted\": true");
	else
		p = W_LIT(p, ", \"targeted\": false");
	if (m->negated)
		p = W_LIT(p, ", \"negated\": true");
	else
		p = W_LIT(p, ", \"negated\": false");
	if (m->counted)
		return W_LIT(p, ", \"counted\": true, \"start\": ");
	return W_LIT(p, ", \"counted\": false, \"start\": ");
}

/* Those fields, as made once for W, or made now. */
static char *w_match_fields(char *p, cli_writer *w, const json_names *names,
			    const kalm_match *m)
{
	if ((unsigned)m->category >= KALM_CAT_COUNT ||
	    (unsigned)m->severity >= MATCH_SEVERITIES)
		return w_match_head(p, names, m);
	match_head *h = &w->match[m->category][m->severity]
				 [m->targeted | m->negated << 1 | m->counted << 2];
	if (!h->len) {
		size_t len = (size_t)(w_match_head(p, names, m) - p);
		if (len > sizeof h->text || len > UINT8_MAX)
			return p + len;
		memcpy(h->text, p, len);
		h->len = (uint8_t)len;
		return p + len;
	}
	return w_put(p, h->text, h->len);
}

void cli_writer_line(cli_writer *w, const kalm_model *model,
		     const kalm_verdict *v, const char *text, size_t len)
{
	obuf *b = &w->b;
	kalm_summary s;
	s.size = sizeof s;
	if (kalm_verdict_summary(v, &s) != KALM_OK)
		return; /* no verdict: callers always pass one */
	double conf = s.confidence, score = s.score;
	const double *cat = s.category;
	kalm_lang guess = s.language_guess, lang = s.language;
	const json_names *names = cli_names();
	int cats = categories_kind(cat);
	size_t n = s.match_count;
	bool abusive = s.abusive, targeted = s.targeted;
	int severity = s.severity;
	char *p;
	size_t rule_errors = s.rule_errors;
	/* no abuse: the head is made once for the languages */
	const clean_head *h = NULL;
	if ((unsigned)lang < KALM_LANG_COUNT &&
	    (unsigned)guess < KALM_LANG_COUNT && !abusive && !severity &&
	    !targeted && zero_score(score))
		h = writer_head(w, names, lang, guess);
	/* nothing found and every score zero: most messages */
	if (h && !n && cats == CATS_ZERO && !rule_errors &&
	    (p = ob_room(b, h->len + CLI_FIXED3_MAX + names->clean_tail_len))) {
		if (conf == 1.0) {
			p = w_put(p, h->text, h->size);
		} else {
			p = w_put(p, h->text, h->len);
			p = w_fixed3(p, conf);
			p = w_put(p, names->clean_tail, names->clean_tail_len);
		}
		ob_commit(b, p);
		if (w->tty)
			ob_flush(b);
		return;
	}
	/* the buffer (64 KiB) has room for any head and categories, and for
	 * any match's fields; NULL only when memory ran out (B->full) */
	p = ob_room(b, names->head_room + names->cats_room);
	if (!p)
		return;
	if (h && conf == 1.0) {
		p = w_put(p, h->text, h->len + 5);
	} else {
		p = h ? w_put(p, h->text, h->len)
		      : w_verdict_head(p, names, score, abusive, severity,
				       targeted, lang, guess);
		p = w_fixed3(p, conf);
	}
	if (cats == CATS_ZERO) { /* the block is written once */
		p = w_put(p, names->zero, names->zero_len);
	} else if (cats == CATS_LAST_ONLY) {
		/* frustration alone: most lines with matches */
		p = w_put(p, names->zero, names->zero_but_last_len);
		p = w_fixed3(p, cat[KALM_CAT_COUNT - 1]);
		*p++ = '}';
	} else {
		p = W_LIT(p, ", \"categories\": {");
		for (int c = 0; c < KALM_CAT_COUNT; c++) {
			p = w_put(p, names->key[c], names->key_len[c]);
			p = w_fixed3(p, cat[c]);
		}
		*p++ = '}';
	}
	ob_commit(b, W_LIT(p, ", \"matches\": ["));
	for (size_t i = 0; i < n; i++) {
		kalm_match m;
		kalm_verdict_match(v, i, &m);
		p = ob_room(b, names->match_room);
		if (!p)
			return;
		if (i)
			p = W_LIT(p, ", ");
		p = w_match_fields(p, w, names, &m);
		p = w_uint(p, m.start);
		p = W_LIT(p, ", \"end\": ");
		p = w_uint(p, m.end);
		p = W_LIT(p, ", \"text\": ");
		size_t tl = m.end <= len && m.start <= m.end ? m.end - m.start : 0;
		const entry_cache *c = &w->entries;
		/* a short text and kept entry fields: most matches, written
		 * into the room already made (match_room holds the text) */
		if (tl <= MATCH_TEXT_SHORT && c->model == model &&
		    m.entry < c->count && c->text[m.entry] &&
		    (p = ob_room_at(b, p, JSON_ESCAPE_MAX * MATCH_TEXT_SHORT + 2 +
						  c->len[m.entry]))) {
			const unsigned char *s = (const unsigned char *)text + m.start;
			char *q = tl >= 4 ? w_json_short(p + 1, s, tl) : NULL;
			*p++ = '"';
			p = q ? q : w_json_chars(p, s, tl);
			*p++ = '"';
			ob_commit(b, w_put(p, c->text[m.entry], c->len[m.entry]));
			continue;
		}
		if (!p)
			return;
		ob_commit(b, p);
		ob_json_string(b, text + m.start, tl);
		ob_entry(b, &w->entries, model, m.entry);
	}
	size_t total = s.match_total;
	p = ob_room(b, 96); /* two names and two 20-digit numbers */
	if (!p)
		return;
	*p++ = ']';
	if (total > n) { /* the matches past KALM_MATCH_LIMIT: counted */
		p = W_LIT(p, ", \"matches_total\": ");
		p = w_uint(p, total);
	}
	if (rule_errors) { /* rule tries that gave up: matches may be missing */
		p = W_LIT(p, ", \"rule_errors\": ");
		p = w_uint(p, rule_errors);
	}
	ob_commit(b, W_LIT(p, "}\n"));
	if (w->tty)
		ob_flush(b);
}
