/* A small, strict JSON object reader for kalm's JSON Lines input. */
#include "jsonin.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
	const char *s;
	size_t len;
	size_t pos;
	char *err;
	size_t errcap;
} parser;

/* A growable byte string for decoding. */
typedef struct strbuf {
	char *data;
	size_t len;
	size_t cap;
} strbuf;

static int fail(parser *p, const char *what)
{
	/* Columns count characters, as an editor shows them. */
	size_t col = 1;
	for (size_t i = 0; i < p->pos && i < p->len; i++)
		if (((unsigned char)p->s[i] & 0xC0) != 0x80)
			col++;
	if (p->errcap)
		snprintf(p->err, p->errcap, "column %zu: %s", col, what);
	return -1;
}

static int sb_put(strbuf *b, const char *data, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 32;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *d = realloc(b->data, cap);
		if (!d)
			return -1;
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

static int sb_put_cp(strbuf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return sb_put(b, u, n);
}

static void skip_ws(parser *p)
{
	while (p->pos < p->len) {
		char c = p->s[p->pos];
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
			break;
		p->pos++;
	}
}

static int hex4(parser *p, uint32_t *out)
{
	uint32_t v = 0;
	if (p->len - p->pos < 4)
		return fail(p, "\\u needs four hex digits");
	for (int i = 0; i < 4; i++) {
		char c = p->s[p->pos + (size_t)i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return fail(p, "\\u needs four hex digits");
	}
	p->pos += 4;
	*out = v;
	return 0;
}

/* \uXXXX at p->pos (after the backslash and 'u'), pairing surrogates. */
static int unicode_escape(parser *p, strbuf *b)
{
	uint32_t cp;
	if (hex4(p, &cp) != 0)
		return -1;
	if (cp >= 0xD800 && cp <= 0xDBFF && p->len - p->pos >= 6 &&
	    p->s[p->pos] == '\\' && p->s[p->pos + 1] == 'u') {
		size_t save = p->pos;
		uint32_t lo;
		p->pos += 2;
		if (hex4(p, &lo) != 0)
			return -1;
		if (lo >= 0xDC00 && lo <= 0xDFFF)
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
		else
			p->pos = save; /* the next escape stands alone */
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		cp = 0xFFFD;
	if (sb_put_cp(b, cp) != 0)
		return fail(p, "out of memory");
	return 0;
}

/* A string at p->pos (the opening quote), decoded into B. */
static int string(parser *p, strbuf *b)
{
	b->len = 0;
	if (sb_put(b, "", 0) != 0)
		return fail(p, "out of memory");
	p->pos++;
	while (p->pos < p->len) {
		unsigned char c = (unsigned char)p->s[p->pos];
		if (c == '"') {
			p->pos++;
			return 0;
		}
		if (c < 0x20)
			return fail(p, "control character in a string (escape it)");
		if (c != '\\') {
			size_t k = p->pos;
			while (k < p->len && p->s[k] != '"' && p->s[k] != '\\' &&
			       (unsigned char)p->s[k] >= 0x20)
				k++;
			if (sb_put(b, p->s + p->pos, k - p->pos) != 0)
				return fail(p, "out of memory");
			p->pos = k;
			continue;
		}
		if (++p->pos >= p->len)
			break;
		char e = p->s[p->pos++];
		const char *map = "\"\\/bfnrt";
		const char *out = "\"\\/\b\f\n\r\t";
		const char *hit = strchr(map, e);
		if (e == 'u') {
			if (unicode_escape(p, b) != 0)
				return -1;
		} else if (e && hit) {
			if (sb_put(b, out + (hit - map), 1) != 0)
				return fail(p, "out of memory");
		} else {
			p->pos--;
			return fail(p, "unknown escape in a string");
		}
	}
	return fail(p, "unterminated string");
}

static int number(parser *p, double *out)
{
	size_t start = p->pos;
	const char *s = p->s;
	size_t i = p->pos;
	if (i < p->len && s[i] == '-')
		i++;
	if (i < p->len && s[i] == '0') {
		i++;
	} else if (i < p->len && s[i] >= '1' && s[i] <= '9') {
		while (i < p->len && s[i] >= '0' && s[i] <= '9')
			i++;
	} else {
		return fail(p, "expected a value");
	}
	if (i < p->len && s[i] == '.') {
		i++;
		if (i >= p->len || s[i] < '0' || s[i] > '9') {
			p->pos = i;
			return fail(p, "expected digits after '.'");
		}
		while (i < p->len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < p->len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < p->len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= p->len || s[i] < '0' || s[i] > '9') {
			p->pos = i;
			return fail(p, "expected digits in the exponent");
		}
		while (i < p->len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	/* strtod wants a NUL after the number: a copy, on the heap when
	 * long (the digits before an exponent may be any number) */
	char tmp[64], *copy = tmp;
	size_t n = i - start;
	if (n >= sizeof tmp && !(copy = malloc(n + 1)))
		return fail(p, "out of memory");
	memcpy(copy, s + start, n);
	copy[n] = '\0';
	*out = strtod(copy, NULL);
	if (copy != tmp)
		free(copy);
	p->pos = i;
	return 0;
}

static bool literal(parser *p, const char *word)
{
	size_t n = strlen(word);
	if (p->len - p->pos >= n && memcmp(p->s + p->pos, word, n) == 0) {
		p->pos += n;
		return true;
	}
	return false;
}

static int value(parser *p, jsonin_member *m, strbuf *b, int depth);

/* A nested object or array: checked and skipped. */
static int nested(parser *p, int depth)
{
	if (depth >= JSONIN_DEPTH_MAX)
		return fail(p, "nested too deeply");
	char close = p->s[p->pos] == '{' ? '}' : ']';
	bool object = close == '}';
	strbuf tmp = {0};
	jsonin_member m;
	int rc = 0;
	p->pos++;
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == close) {
		p->pos++;
		return 0;
	}
	for (;;) {
		skip_ws(p);
		if (object) {
			if (p->pos >= p->len || p->s[p->pos] != '"') {
				rc = fail(p, "expected a member name");
				break;
			}
			if ((rc = string(p, &tmp)) != 0)
				break;
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != ':') {
				rc = fail(p, "expected ':'");
				break;
			}
			p->pos++;
		}
		if ((rc = value(p, &m, &tmp, depth + 1)) != 0)
			break;
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == close) {
			p->pos++;
			break;
		}
		rc = fail(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
		break;
	}
	free(tmp.data);
	return rc;
}

static int value(parser *p, jsonin_member *m, strbuf *b, int depth)
{
	skip_ws(p);
	if (p->pos >= p->len)
		return fail(p, "expected a value");
	char c = p->s[p->pos];
	b->len = 0;
	if (c == '"') {
		m->type = JSONIN_STRING;
		return string(p, b);
	}
	if (c == '{' || c == '[') {
		m->type = c == '{' ? JSONIN_OBJECT : JSONIN_ARRAY;
		return nested(p, depth);
	}
	if (literal(p, "true")) {
		m->type = JSONIN_TRUE;
		return 0;
	}
	if (literal(p, "false")) {
		m->type = JSONIN_FALSE;
		return 0;
	}
	if (literal(p, "null")) {
		m->type = JSONIN_NULL;
		return 0;
	}
	m->type = JSONIN_NUMBER;
	return number(p, &m->number);
}

static void members_clear(jsonin_object *obj)
{
	for (size_t i = 0; i < obj->count; i++) {
		free(obj->members[i].name);
		free(obj->members[i].str);
	}
	obj->count = 0;
}

static int add_member(jsonin_object *obj, jsonin_member *m)
{
	if (obj->count == obj->cap) {
		size_t cap = obj->cap ? obj->cap * 2 : 8;
		jsonin_member *d = realloc(obj->members, cap * sizeof *d);
		if (!d)
			return -1;
		obj->members = d;
		obj->cap = cap;
	}
	obj->members[obj->count++] = *m;
	return 0;
}

static char *take(strbuf *b)
{
	char *d = b->data ? b->data : calloc(1, 1);
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

int jsonin_parse(const char *text, size_t len, jsonin_object *obj,
		 char *errbuf, size_t errcap)
{
	parser p = {text, len, 0, errbuf, errcap};
	strbuf name = {0}, val = {0};
	int rc = 0;
	members_clear(obj);
	skip_ws(&p);
	if (p.pos >= p.len || p.s[p.pos] != '{')
		return fail(&p, "expected a JSON object '{'");
	p.pos++;
	skip_ws(&p);
	if (p.pos < p.len && p.s[p.pos] == '}') {
		p.pos++;
		goto end;
	}
	for (;;) {
		jsonin_member m;
		memset(&m, 0, sizeof m);
		skip_ws(&p);
		if (p.pos >= p.len || p.s[p.pos] != '"') {
			rc = fail(&p, "expected a member name in quotes");
			break;
		}
		if ((rc = string(&p, &name)) != 0)
			break;
		skip_ws(&p);
		if (p.pos >= p.len || p.s[p.pos] != ':') {
			rc = fail(&p, "expected ':' after the member name");
			break;
		}
		p.pos++;
		if ((rc = value(&p, &m, &val, 1)) != 0)
			break;
		m.name_len = name.len;
		m.name = take(&name);
		if (m.type == JSONIN_STRING) {
			m.len = val.len;
			m.str = take(&val);
		}
		if (!m.name || (m.type == JSONIN_STRING && !m.str) ||
		    add_member(obj, &m) != 0) {
			free(m.name);
			free(m.str);
			rc = fail(&p, "out of memory");
			break;
		}
		skip_ws(&p);
		if (p.pos < p.len && p.s[p.pos] == ',') {
			p.pos++;
			continue;
		}
		if (p.pos < p.len && p.s[p.pos] == '}') {
			p.pos++;
			break;
		}
		rc = fail(&p, "expected ',' or '}'");
		break;
	}
end:
	free(name.data);
	free(val.data);
	if (rc == 0) {
		skip_ws(&p);
		if (p.pos != p.len)
			rc = fail(&p, "unexpected text after the object");
	}
	if (rc != 0)
		members_clear(obj);
	return rc;
}

const jsonin_member *jsonin_get(const jsonin_object *obj, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = obj->count; i-- > 0;) {
		const jsonin_member *m = &obj->members[i];
		if (m->name_len == n && memcmp(m->name, name, n) == 0)
			return m;
	}
	return NULL;
}

void jsonin_free(jsonin_object *obj)
{
	members_clear(obj);
	free(obj->members);
	obj->members = NULL;
	obj->cap = 0;
}
