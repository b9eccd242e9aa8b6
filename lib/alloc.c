/* Allocation hook, growable buffers, errors, checksums and the small
 * tables of names every stage shares. */
#include "internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

/* The hook is set before any object exists (documented), so reading it
 * without synchronisation is safe: it is immutable while kalm runs. */
static struct {
	void *(*alloc)(size_t);
	void *(*realloc_fn)(void *, size_t);
	void (*free_fn)(void *);
} hooks = {malloc, realloc, free};

void kalm_set_allocator(void *(*alloc)(size_t),
			void *(*realloc_fn)(void *, size_t),
			void (*free_fn)(void *))
{
	if (alloc && realloc_fn && free_fn) {
		hooks.alloc = alloc;
		hooks.realloc_fn = realloc_fn;
		hooks.free_fn = free_fn;
	} else {
		hooks.alloc = malloc;
		hooks.realloc_fn = realloc;
		hooks.free_fn = free;
	}
}

void *kalm_malloc(size_t size)
{
	return hooks.alloc(size ? size : 1);
}

void *kalm_calloc(size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		return NULL;
	void *p = kalm_malloc(count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

void *kalm_realloc(void *ptr, size_t size)
{
	return hooks.realloc_fn(ptr, size ? size : 1);
}

void kalm_dealloc(void *ptr)
{
	if (ptr)
		hooks.free_fn(ptr);
}

void kalm_free(void *ptr)
{
	kalm_dealloc(ptr);
}

int kalm_grow(void **ptr, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return KALM_ERR_NO_MEMORY;
		ncap *= 2;
	}
	if (elem && ncap > SIZE_MAX / elem)
		return KALM_ERR_NO_MEMORY;
	void *p = kalm_realloc(*ptr, ncap * elem);
	if (!p)
		return KALM_ERR_NO_MEMORY;
	*ptr = p;
	*cap = ncap;
	return 0;
}

int kbuf_reserve(kbuf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len)
		return KALM_ERR_NO_MEMORY;
	return kalm_grow((void **)&b->data, &b->cap, b->len + extra, 1);
}

int kbuf_append(kbuf *b, const void *data, size_t len)
{
	if (kbuf_reserve(b, len))
		return KALM_ERR_NO_MEMORY;
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	return 0;
}

int kbuf_append_u8(kbuf *b, uint8_t v)
{
	return kbuf_append(b, &v, 1);
}

int kbuf_append_u32(kbuf *b, uint32_t v)
{
	uint8_t p[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
			(uint8_t)(v >> 24)};
	return kbuf_append(b, p, 4);
}

int kbuf_align(kbuf *b, size_t align)
{
	static const uint8_t zeros[64];
	size_t pad = (align - (b->len & (align - 1))) & (align - 1);
	return kbuf_append(b, zeros, pad);
}

void kbuf_free(kbuf *b)
{
	kalm_dealloc(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* ---- errors ---- */

const char *kalm_status_str(kalm_status status)
{
	switch (status) {
	case KALM_OK: return "success";
	case KALM_ERR_ARGUMENT: return "invalid argument";
	case KALM_ERR_NO_MEMORY: return "out of memory";
	case KALM_ERR_IO: return "input/output error";
	case KALM_ERR_SYNTAX: return "syntax error";
	case KALM_ERR_MODEL: return "invalid model";
	case KALM_ERR_STATE: return "invalid saved state";
	case KALM_ERR_LIMIT: return "limit exceeded";
	case KALM_ERR_NOT_FOUND: return "not found";
	}
	return "unknown error";
}

void kalm_error_clear(kalm_error *err)
{
	if (err)
		memset(err, 0, sizeof(*err));
}

int kalm_fail(kalm_error *err, kalm_status code, const char *file,
	      unsigned line, unsigned column, const char *fmt, ...)
{
	if (!err)
		return code;
	err->code = code;
	err->line = line;
	err->column = column;
	err->file[0] = '\0';
	if (file)
		snprintf(err->file, sizeof(err->file), "%s", file);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return code;
}

/* ---- CRC-32 (IEEE 802.3, reflected), table-free nibble variant: small
 * and fast enough for blobs checked once at open. ---- */
uint32_t kalm_crc32(uint32_t crc, const void *data, size_t len)
{
	static const uint32_t t[16] = {
		0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac,
		0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
		0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c,
		0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c};
	const uint8_t *p = data;
	crc = ~crc;
	for (size_t i = 0; i < len; i++) {
		crc ^= p[i];
		crc = (crc >> 4) ^ t[crc & 15];
		crc = (crc >> 4) ^ t[crc & 15];
	}
	return ~crc;
}

/* ---- versions and names ---- */

unsigned kalm_version_number(void)
{
	return KALM_VERSION_NUMBER;
}

const char *kalm_version_string(void)
{
	return KALM_VERSION_STRING;
}

static const char *const lang_codes[KALM_LANG_COUNT] = {
	"unknown", "nl", "af", "pl", "en"};

const char *kalm_lang_code(kalm_lang lang)
{
	if ((unsigned)lang >= KALM_LANG_COUNT)
		return "unknown";
	return lang_codes[lang];
}

kalm_lang kalm_lang_from_code(const char *code)
{
	if (!code)
		return KALM_LANG_UNKNOWN;
	for (int l = 1; l < KALM_LANG_COUNT; l++) {
		const char *c = lang_codes[l];
		if (tolower((unsigned char)code[0]) == c[0] &&
		    tolower((unsigned char)code[1]) == c[1] &&
		    (code[2] == '\0' || code[2] == '-' || code[2] == '_'))
			return (kalm_lang)l;
	}
	return KALM_LANG_UNKNOWN;
}

static const char *const category_names[KALM_CAT_COUNT] = {
	"insult", "profanity", "threat", "sexual",
	"hate", "shouting", "frustration"};

const char *kalm_category_name(kalm_category category)
{
	if ((unsigned)category >= KALM_CAT_COUNT)
		return NULL;
	return category_names[category];
}

int kalm_category_from_name(const char *name)
{
	if (!name)
		return -1;
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		if (strcmp(name, category_names[c]) == 0)
			return c;
	return -1;
}

bool kalm_category_is_abuse(kalm_category category)
{
	return (unsigned)category <= KALM_CAT_HATE;
}
