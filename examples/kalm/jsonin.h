/*
 * jsonin: read one JSON object (a line of JSON Lines input) into its
 * members.  Strings are decoded (escapes, \uXXXX and surrogate pairs; a
 * lone surrogate becomes U+FFFD) and may contain NUL bytes; nested objects
 * and arrays are checked and skipped.  Not thread-safe per object.
 */
#ifndef KALM_JSONIN_H
#define KALM_JSONIN_H

#include <stdbool.h>
#include <stddef.h>

typedef enum jsonin_type {
	JSONIN_STRING,
	JSONIN_NUMBER,
	JSONIN_TRUE,
	JSONIN_FALSE,
	JSONIN_NULL,
	JSONIN_OBJECT, /* nested: checked, not kept */
	JSONIN_ARRAY   /* nested: checked, not kept */
} jsonin_type;

typedef struct jsonin_member {
	char *name; /* decoded, NUL-terminated (may hold NULs: use name_len) */
	size_t name_len;
	jsonin_type type;
	char *str;     /* STRING: decoded, NUL-terminated */
	size_t len;
	double number; /* NUMBER */
} jsonin_member;

typedef struct jsonin_object {
	jsonin_member *members;
	size_t count;
	size_t cap;
} jsonin_object;

/* Nesting deeper than this is refused rather than recursed into. */
#define JSONIN_DEPTH_MAX 64

/*
 * Parse TEXT[0..LEN) as exactly one JSON object (blanks around it
 * allowed) into OBJ (emptied first).  Returns 0, or -1 with a message such
 * as "column 12: expected ':'" in ERRBUF.  OBJ is reusable across calls
 * and freed with jsonin_free.
 */
int jsonin_parse(const char *text, size_t len, jsonin_object *obj,
		 char *errbuf, size_t errcap);

/* The last member named NAME, or NULL. */
const jsonin_member *jsonin_get(const jsonin_object *obj, const char *name);

void jsonin_free(jsonin_object *obj);

#endif
