/* Internal declarations shared by the stages of the pipeline. */
#ifndef KALM_INTERNAL_H
#define KALM_INTERNAL_H

#include "kalm.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define KALM_LIKELY(x) __builtin_expect(!!(x), 1)
#define KALM_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define KALM_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define KALM_LIKELY(x) (x)
#define KALM_UNLIKELY(x) (x)
#define KALM_PRINTF(a, b)
#endif

/* ---- allocation (alloc.c): every allocation goes through these ---- */
void *kalm_malloc(size_t size);
void *kalm_calloc(size_t count, size_t size);
void *kalm_realloc(void *ptr, size_t size);
void kalm_dealloc(void *ptr);
/* Grow *PTR (an array of ELEM-sized items with capacity *CAP) to hold at
 * least NEED items.  Returns 0 or KALM_ERR_NO_MEMORY (then *PTR is kept). */
int kalm_grow(void **ptr, size_t *cap, size_t need, size_t elem);

/* kalm_category_is_abuse, inline for the scorer's per-message loop. */
static inline bool kalm_abuse_category(int category)
{
	return (unsigned)category <= KALM_CAT_HATE;
}

/* The cache line size the memos in a scratch lay their sets out on, and
 * the first address from P on that starts a line (allocate
 * KALM_CACHE_LINE - 1 bytes more than needed). */
#define KALM_CACHE_LINE 64
static inline void *kalm_line_up(void *p)
{
	uintptr_t at = (uintptr_t)p;
	return (void *)((at + KALM_CACHE_LINE - 1) &
			~(uintptr_t)(KALM_CACHE_LINE - 1));
}

/* ---- growable byte buffer ---- */
typedef struct kbuf {
	uint8_t *data;
	size_t len;
	size_t cap;
} kbuf;

int kbuf_reserve(kbuf *b, size_t extra);
int kbuf_append(kbuf *b, const void *data, size_t len);
int kbuf_append_u8(kbuf *b, uint8_t v);
int kbuf_append_u32(kbuf *b, uint32_t v); /* little-endian */
/* Pad with zero bytes until len is a multiple of ALIGN (a power of two). */
int kbuf_align(kbuf *b, size_t align);
void kbuf_free(kbuf *b);

/* ---- errors (error.c) ---- */
/* Fill ERR (when not NULL) and return CODE.  FILE may be NULL. */
int kalm_fail(kalm_error *err, kalm_status code, const char *file,
	      unsigned line, unsigned column, const char *fmt, ...)
	KALM_PRINTF(6, 7);
/* Fail with KALM_ERR_IO for PATH, the message "PATH: " and the system's
 * text for ERRNUM, and leave errno ERRNUM: call it after any clean-up,
 * which may change errno. */
int kalm_fail_io(kalm_error *err, const char *path, int errnum);
void kalm_error_clear(kalm_error *err);

/* ---- positions in the text formats (lexicons, profiles, policies) ---- */
/* The 1-based column of byte OFFSET of LINE: characters, not bytes, as
 * editors count (a byte that is not UTF-8 counts as one). */
static inline unsigned kalm_column(const char *line, size_t offset)
{
	unsigned col = 1;
	for (size_t i = 0; i < offset; i++)
		col += ((unsigned char)line[i] & 0xC0) != 0x80;
	return col;
}

/* The length of a UTF-8 byte order mark at the start of TEXT[0..LEN): 3
 * or 0.  It is no text and takes no column. */
static inline size_t kalm_bom_len(const char *text, size_t len)
{
	return len >= 3 && (unsigned char)text[0] == 0xEF &&
			       (unsigned char)text[1] == 0xBB &&
			       (unsigned char)text[2] == 0xBF
		       ? 3
		       : 0;
}

/* ---- files (model.c) ---- */
/* Read the whole file PATH, of at most MAX bytes (a whole number of MiB),
 * into a NUL-terminated allocation *TEXT of *LEN bytes before the NUL.
 * KALM_ERR_IO (kalm_fail_io), KALM_ERR_LIMIT or KALM_ERR_NO_MEMORY. */
int kalm_read_file(const char *path, size_t max, char **text, size_t *len,
		   kalm_error *err);

/* ---- checksums ---- */
uint32_t kalm_crc32(uint32_t crc, const void *data, size_t len);

/* ---- little-endian access into blobs ---- */
static inline uint32_t kalm_rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}
static inline uint16_t kalm_rd16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

/* ---- a verdict's matches past KALM_MATCH_LIMIT (score.c) ---- */
/* They are not listed; a session reads these instead: the categories of
 * the counted ones (a bit each), how many counted abuse matches there are
 * that are not negated, and of those, per CATEGORY and aimed at the reader
 * (TARGETED) or not, the first of the highest severity (NULL: none). */
uint32_t verdict_unlisted_categories(const kalm_verdict *v);
size_t verdict_unlisted_abuse(const kalm_verdict *v);
const kalm_match *verdict_unlisted_best(const kalm_verdict *v,
					kalm_category category, bool targeted);

/* Bit for a language in a language mask; bit 0 is "every language". */
#define KALM_LANG_BIT(l) (1u << (unsigned)(l))

#endif /* KALM_INTERNAL_H */
