/*
 * Policies: the ladder's thresholds, reply templates and placeholder
 * values, set in code or read from a "key = value" file.
 */
#include "session.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

/* A policy file larger than this is refused: it is a small config file. */
#define POLICY_FILE_MAX (1u << 20)
/* The longest warning_seconds accepted: ten years. */
#define WARNING_SECONDS_MAX ((int64_t)10 * 366 * 24 * 3600)
#define STEP_COUNT_MAX 10

/* ------------------------------------------------------------------ */
/* UTF-8 and small helpers                                             */

bool utf8_valid(const char *text, size_t len, size_t *bad)
{
	const uint8_t *s = (const uint8_t *)text;
	size_t i = 0;
	while (i < len) {
		uint8_t c = s[i];
		size_t n;
		uint32_t cp;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			cp = c & 0x07;
		} else {
			goto fail;
		}
		if (len - i <= n)
			goto fail;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto fail;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		/* Overlong forms, surrogates and values past U+10FFFF. */
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			goto fail;
		i += n + 1;
	}
	return true;
fail:
	if (bad)
		*bad = i;
	return false;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

bool ascii_eq_nocase(const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b);
	if (alen != blen)
		return false;
	for (size_t i = 0; i < alen; i++)
		if (lower(a[i]) != lower(b[i]))
			return false;
	return true;
}

static char *dup_n(const char *s, size_t n)
{
	char *p = kalm_malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* ------------------------------------------------------------------ */
/* Placeholders                                                        */

static bool placeholder_name_ok(const char *name, size_t len)
{
	if (len == 0 || len > KALM_PLACEHOLDER_NAME_MAX)
		return false;
	for (size_t i = 0; i < len; i++) {
		char c = name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '_'))
			return false;
	}
	return true;
}

static bool value_has_control(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((uint8_t)s[i] < 0x20 || s[i] == 0x7F)
			return true;
	return false;
}

const char *placeholder_set_get(const placeholder_set *set, const char *name,
				size_t len)
{
	for (unsigned i = 0; i < set->count; i++) {
		const placeholder *p = &set->item[i];
		if (strlen(p->name) == len && memcmp(p->name, name, len) == 0)
			return p->value;
	}
	return NULL;
}

int placeholder_set_put(placeholder_set *set, const char *name,
			size_t name_len, const char *value, size_t value_len,
			kalm_error *err)
{
	if (!placeholder_name_ok(name, name_len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "placeholder name must be 1 to %d of a-z, 0-9, _",
				 KALM_PLACEHOLDER_NAME_MAX);
	if (value_len > KALM_PLACEHOLDER_VALUE_MAX)
		return kalm_fail(err, KALM_ERR_LIMIT, NULL, 0, 0,
				 "placeholder value longer than %d bytes",
				 KALM_PLACEHOLDER_VALUE_MAX);
	if (!utf8_valid(value, value_len, NULL) ||
	    value_has_control(value, value_len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "placeholder value must be UTF-8 text without control characters");
	unsigned at = set->count;
	for (unsigned i = 0; i < set->count; i++) {
		const char *n = set->item[i].name;
		if (strlen(n) == name_len && memcmp(n, name, name_len) == 0)
			at = i;
	}
	if (value_len == 0) {
		if (at == set->count)
			return KALM_OK;
		kalm_dealloc(set->item[at].name);
		kalm_dealloc(set->item[at].value);
		set->item[at] = set->item[set->count - 1];
		set->count--;
		return KALM_OK;
	}
	if (at == KALM_PLACEHOLDER_COUNT)
		return kalm_fail(err, KALM_ERR_LIMIT, NULL, 0, 0,
				 "more than %d placeholders",
				 KALM_PLACEHOLDER_COUNT);
	char *v = dup_n(value, value_len);
	char *n = at == set->count ? dup_n(name, name_len) : NULL;
	if (!v || (at == set->count && !n)) {
		kalm_dealloc(v);
		kalm_dealloc(n);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	}
	if (at == set->count) {
		set->item[at].name = n;
		set->item[at].value = NULL;
		set->count++;
	}
	kalm_dealloc(set->item[at].value);
	set->item[at].value = v;
	return KALM_OK;
}

void placeholder_set_clear(placeholder_set *set)
{
	for (unsigned i = 0; i < set->count; i++) {
		kalm_dealloc(set->item[i].name);
		kalm_dealloc(set->item[i].value);
	}
	set->count = 0;
}

int placeholder_set_copy(placeholder_set *dst, const placeholder_set *src)
{
	placeholder_set tmp = {0};
	for (unsigned i = 0; i < src->count; i++) {
		const placeholder *p = &src->item[i];
		int rc = placeholder_set_put(&tmp, p->name, strlen(p->name),
					     p->value, strlen(p->value), NULL);
		if (rc != KALM_OK) {
			placeholder_set_clear(&tmp);
			return rc;
		}
	}
	placeholder_set_clear(dst);
	*dst = tmp;
	return KALM_OK;
}

/* ------------------------------------------------------------------ */
/* Policy objects                                                      */

static void policy_release(kalm_policy *p)
{
	for (int l = 0; l < KALM_LANG_COUNT; l++)
		for (int a = 0; a < KALM_ACTION_COUNT; a++)
			kalm_dealloc(p->reply[l][a]);
	placeholder_set_clear(&p->placeholders);
}

void kalm_policy_free(kalm_policy *policy)
{
	if (!policy)
		return;
	policy_release(policy);
	kalm_dealloc(policy);
}

static void policy_defaults(kalm_policy *p)
{
	p->abuse_threshold = -1.0;
	p->untargeted_severity = 3;
	p->transfer_severity = 4;
	p->end_severity = 3;
	p->end_categories = 1u << KALM_CAT_THREAT | 1u << KALM_CAT_SEXUAL |
			    1u << KALM_CAT_HATE;
	p->limits_before_transfer = 1;
	p->transfers_before_end = 1;
	p->warning_seconds = 86400;
}

kalm_status kalm_policy_new(kalm_policy **out, kalm_error *err)
{
	if (!out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_policy_new: OUT is NULL");
	*out = NULL;
	kalm_policy *p = kalm_calloc(1, sizeof *p);
	if (!p)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	policy_defaults(p);
	int rc = reply_table_parse(p->reply, "replies.txt",
				   (const char *)kalm_replies_txt,
				   kalm_replies_txt_len, true, err);
	if (rc != KALM_OK) {
		kalm_policy_free(p);
		return rc;
	}
	*out = p;
	return KALM_OK;
}

int policy_copy(const kalm_policy *src, kalm_policy **out)
{
	*out = NULL;
	kalm_policy *p = kalm_calloc(1, sizeof *p);
	if (!p)
		return KALM_ERR_NO_MEMORY;
	*p = *src;
	memset(p->reply, 0, sizeof p->reply);
	memset(&p->placeholders, 0, sizeof p->placeholders);
	for (int l = 0; l < KALM_LANG_COUNT; l++) {
		for (int a = 0; a < KALM_ACTION_COUNT; a++) {
			const char *t = src->reply[l][a];
			if (!t)
				continue;
			p->reply[l][a] = dup_n(t, strlen(t));
			if (!p->reply[l][a]) {
				kalm_policy_free(p);
				return KALM_ERR_NO_MEMORY;
			}
		}
	}
	if (placeholder_set_copy(&p->placeholders, &src->placeholders) !=
	    KALM_OK) {
		kalm_policy_free(p);
		return KALM_ERR_NO_MEMORY;
	}
	*out = p;
	return KALM_OK;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */

/* A decimal integer in [MIN, MAX]; no sign, no locale. */
static bool parse_int(const char *s, size_t len, int64_t min, int64_t max,
		      int64_t *out)
{
	if (len == 0 || len > 18)
		return false;
	int64_t v = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	if (v < min || v > max)
		return false;
	*out = v;
	return true;
}

/* Thresholds are kept to this many decimals: what kalm_policy_get writes
 * is then the value itself, which reads back as the same value.  (A score
 * is 0 or at least 0.4: no finer threshold could tell two apart.) */
#define UNIT_DECIMALS 6
#define UNIT_SCALE 1e6

/* A number in [0, 1] written as 0, 1, 0.75 or .75 (never locale-bound),
 * rounded to UNIT_DECIMALS decimals. */
static bool parse_unit(const char *s, size_t len, double *out)
{
	size_t i = 0;
	double v = 0, scale = 1;
	bool digits = false;
	while (i < len && s[i] >= '0' && s[i] <= '9') {
		v = v * 10 + (s[i++] - '0');
		digits = true;
		if (v > 1)
			return false;
	}
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			scale /= 10;
			v += (s[i++] - '0') * scale;
			digits = true;
		}
	}
	if (!digits || i != len || v > 1)
		return false;
	*out = (double)(int64_t)(v * UNIT_SCALE + 0.5) / UNIT_SCALE;
	return true;
}

/* 1..4, or "off". */
static bool parse_severity(const char *s, size_t len, int *out)
{
	int64_t v;
	if (ascii_eq_nocase(s, len, "off")) {
		*out = POLICY_SEVERITY_OFF;
		return true;
	}
	if (!parse_int(s, len, 1, 4, &v))
		return false;
	*out = (int)v;
	return true;
}

/* "threat, sexual hate" or "none": a bit per abuse category. */
static bool parse_categories(const char *s, size_t len, uint32_t *out)
{
	uint32_t mask = 0;
	size_t i = 0;
	if (ascii_eq_nocase(s, len, "none")) {
		*out = 0;
		return true;
	}
	while (i < len) {
		while (i < len && (is_space(s[i]) || s[i] == ','))
			i++;
		size_t start = i;
		while (i < len && !is_space(s[i]) && s[i] != ',')
			i++;
		if (i == start)
			break;
		char name[16];
		if (i - start >= sizeof name)
			return false;
		for (size_t k = start; k < i; k++)
			name[k - start] = lower(s[k]);
		name[i - start] = '\0';
		int cat = kalm_category_from_name(name);
		if (cat < 0 || !kalm_category_is_abuse((kalm_category)cat))
			return false;
		mask |= 1u << (unsigned)cat;
	}
	if (mask == 0)
		return false;
	*out = mask;
	return true;
}

static bool starts_with(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && memcmp(s, prefix, n) == 0;
}

/* The fixed keys: one table serves set, get and the file's error columns. */
typedef enum key_kind {
	KEY_THRESHOLD,  /* double: "model" (-1) or 0..1 */
	KEY_SEVERITY,   /* int: 1..4 or "off" */
	KEY_CATEGORIES, /* uint32_t mask */
	KEY_COUNT,      /* unsigned: 0..STEP_COUNT_MAX */
	KEY_SECONDS     /* int64_t: 0..WARNING_SECONDS_MAX */
} key_kind;

typedef struct key_def {
	const char *name;
	key_kind kind;
	size_t offset;
	const char *expected; /* for error messages */
} key_def;

static const key_def key_defs[] = {
	{"abuse_threshold", KEY_THRESHOLD,
	 offsetof(kalm_policy, abuse_threshold),
	 "\"model\" or a number from 0 to 1"},
	{"untargeted_severity", KEY_SEVERITY,
	 offsetof(kalm_policy, untargeted_severity), "a severity 1 to 4, or off"},
	{"transfer_severity", KEY_SEVERITY,
	 offsetof(kalm_policy, transfer_severity), "a severity 1 to 4, or off"},
	{"end_categories", KEY_CATEGORIES, offsetof(kalm_policy, end_categories),
	 "abuse categories (insult, profanity, threat, sexual, hate) or none"},
	{"end_severity", KEY_SEVERITY, offsetof(kalm_policy, end_severity),
	 "a severity 1 to 4, or off"},
	{"limits_before_transfer", KEY_COUNT,
	 offsetof(kalm_policy, limits_before_transfer), "a count from 0 to 10"},
	{"transfers_before_end", KEY_COUNT,
	 offsetof(kalm_policy, transfers_before_end), "a count from 0 to 10"},
	{"warning_seconds", KEY_SECONDS, offsetof(kalm_policy, warning_seconds),
	 "seconds from 0 (forever) to ten years"},
};

static const key_def *key_find(const char *key, size_t klen)
{
	for (size_t i = 0; i < sizeof key_defs / sizeof *key_defs; i++)
		if (ascii_eq_nocase(key, klen, key_defs[i].name))
			return &key_defs[i];
	return NULL;
}

/* Parse VALUE as DEF's kind and store it in P; false when malformed. */
static bool key_store(kalm_policy *p, const key_def *def, const char *value,
		      size_t vlen)
{
	void *field = (char *)p + def->offset;
	int64_t n;
	switch (def->kind) {
	case KEY_THRESHOLD: {
		double d = -1.0;
		if (!ascii_eq_nocase(value, vlen, "model") &&
		    !parse_unit(value, vlen, &d))
			return false;
		memcpy(field, &d, sizeof d);
		return true;
	}
	case KEY_SEVERITY: {
		int sev;
		if (!parse_severity(value, vlen, &sev))
			return false;
		memcpy(field, &sev, sizeof sev);
		return true;
	}
	case KEY_CATEGORIES: {
		uint32_t mask;
		if (!parse_categories(value, vlen, &mask))
			return false;
		memcpy(field, &mask, sizeof mask);
		return true;
	}
	case KEY_COUNT: {
		if (!parse_int(value, vlen, 0, STEP_COUNT_MAX, &n))
			return false;
		unsigned u = (unsigned)n;
		memcpy(field, &u, sizeof u);
		return true;
	}
	case KEY_SECONDS:
		if (!parse_int(value, vlen, 0, WARNING_SECONDS_MAX, &n))
			return false;
		memcpy(field, &n, sizeof n);
		return true;
	}
	return false;
}

/* DEF's value in P as text, the form key_store reads. */
static void key_text(const kalm_policy *p, const key_def *def, char *tmp,
		     size_t cap)
{
	const void *field = (const char *)p + def->offset;
	switch (def->kind) {
	case KEY_THRESHOLD: {
		double d;
		memcpy(&d, field, sizeof d);
		if (d < 0) {
			snprintf(tmp, cap, "model");
			return;
		}
		/* every decimal parse_unit kept, none after the last that
		 * is not 0: "0.35", "1", "0.000005" (never an exponent) */
		int n = snprintf(tmp, cap, "%.*f", UNIT_DECIMALS, d);
		if (n <= 0 || (size_t)n >= cap)
			return;
		while (n > 1 && tmp[n - 1] == '0')
			n--;
		if (tmp[n - 1] == '.' || tmp[n - 1] == ',')
			n--;
		tmp[n] = '\0';
		/* %f follows the locale's decimal point; the file never does. */
		for (char *c = tmp; *c; c++)
			if (*c == ',')
				*c = '.';
		return;
	}
	case KEY_SEVERITY: {
		int sev;
		memcpy(&sev, field, sizeof sev);
		if (sev >= POLICY_SEVERITY_OFF)
			snprintf(tmp, cap, "off");
		else
			snprintf(tmp, cap, "%d", sev);
		return;
	}
	case KEY_CATEGORIES: {
		uint32_t mask;
		size_t n = 0;
		memcpy(&mask, field, sizeof mask);
		tmp[0] = '\0';
		for (int c = 0; c < KALM_CAT_COUNT && n < cap; c++)
			if (mask & 1u << c)
				n += (size_t)snprintf(
					tmp + n, cap - n, "%s%s", n ? ", " : "",
					kalm_category_name((kalm_category)c));
		if (tmp[0] == '\0')
			snprintf(tmp, cap, "none");
		return;
	}
	case KEY_COUNT: {
		unsigned u;
		memcpy(&u, field, sizeof u);
		snprintf(tmp, cap, "%u", u);
		return;
	}
	case KEY_SECONDS: {
		int64_t n;
		memcpy(&n, field, sizeof n);
		snprintf(tmp, cap, "%lld", (long long)n);
		return;
	}
	}
}

#define PLACEHOLDER_PREFIX "placeholder."
#define REPLY_PREFIX "reply."

/* Is KEY one policy_set_n knows?  Decides which column an error names. */
static bool key_known(const char *key, size_t klen)
{
	kalm_lang lang;
	kalm_action action;
	size_t pl = strlen(PLACEHOLDER_PREFIX), rl = strlen(REPLY_PREFIX);
	if (key_find(key, klen))
		return true;
	if (starts_with(key, klen, PLACEHOLDER_PREFIX))
		return placeholder_name_ok(key + pl, klen - pl);
	if (starts_with(key, klen, REPLY_PREFIX))
		return reply_key_parse(key + rl, klen - rl, &lang, &action) == 0;
	return false;
}

/* BAD, when not NULL (a file's line), gets the offset in VALUE of what
 * is wrong with a template, and the message leaves it to the column. */
static int set_reply(kalm_policy *p, const char *key, size_t klen,
		     const char *value, size_t vlen, size_t *bad_at,
		     kalm_error *err)
{
	size_t skip = strlen(REPLY_PREFIX);
	kalm_lang lang;
	kalm_action action;
	size_t bad;
	const char *why;
	if (reply_key_parse(key + skip, klen - skip, &lang, &action) != 0)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "unknown key %.*s: expected reply.LANG.ACTION such as reply.nl.state_limits",
				 (int)klen, key);
	if (reply_template_check(value, vlen, &bad, &why) != 0) {
		if (bad_at) {
			*bad_at = bad;
			return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
					 "bad template for %.*s: %s", (int)klen,
					 key, why);
		}
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "bad template for %.*s at byte %zu: %s",
				 (int)klen, key, bad, why);
	}
	char *t = dup_n(value, vlen);
	if (!t)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	kalm_dealloc(p->reply[lang][action]);
	p->reply[lang][action] = t;
	return KALM_OK;
}

/* Set KEY (not NUL-terminated) to VALUE[0..VLEN).  BAD_AT as set_reply's. */
static int policy_set_n(kalm_policy *p, const char *key, size_t klen,
			const char *value, size_t vlen, size_t *bad_at,
			kalm_error *err)
{
	const key_def *def = key_find(key, klen);
	if (def) {
		if (!key_store(p, def, value, vlen))
			return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
					 "bad value for %s: expected %s",
					 def->name, def->expected);
		return KALM_OK;
	}
	if (starts_with(key, klen, PLACEHOLDER_PREFIX)) {
		size_t skip = strlen(PLACEHOLDER_PREFIX);
		return placeholder_set_put(&p->placeholders, key + skip,
					   klen - skip, value, vlen, err);
	}
	if (starts_with(key, klen, REPLY_PREFIX))
		return set_reply(p, key, klen, value, vlen, bad_at, err);
	return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
			 "unknown policy key \"%.*s\"", (int)klen, key);
}

kalm_status kalm_policy_set(kalm_policy *policy, const char *key,
			    const char *value, kalm_error *err)
{
	if (!policy || !key || !value)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_policy_set: NULL argument");
	/* Placeholders and templates validate their values; the key is
	 * checked here so that a stray byte cannot reach an error message. */
	size_t klen = strlen(key);
	if (!utf8_valid(key, klen, NULL))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "policy key is not UTF-8");
	return policy_set_n(policy, key, klen, value, strlen(value), NULL, err);
}

/* ------------------------------------------------------------------ */
/* Reading values back                                                 */

static int put_text(char *buf, size_t cap, const char *text, kalm_error *err)
{
	size_t n = strlen(text);
	if (n >= cap)
		return kalm_fail(err, KALM_ERR_LIMIT, NULL, 0, 0,
				 "buffer too small: %zu bytes needed", n + 1);
	memcpy(buf, text, n + 1);
	return KALM_OK;
}

kalm_status kalm_policy_get(const kalm_policy *p, const char *key, char *buf,
			    size_t cap, kalm_error *err)
{
	if (!p || !key || !buf)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_policy_get: NULL argument");
	size_t klen = strlen(key);
	const key_def *def = key_find(key, klen);
	if (def) {
		char tmp[128];
		key_text(p, def, tmp, sizeof tmp);
		return put_text(buf, cap, tmp, err);
	}
	size_t skip = strlen(PLACEHOLDER_PREFIX);
	if (starts_with(key, klen, PLACEHOLDER_PREFIX) &&
	    placeholder_name_ok(key + skip, klen - skip)) {
		const char *v = placeholder_set_get(&p->placeholders, key + skip,
						    klen - skip);
		return put_text(buf, cap, v ? v : "", err);
	}
	kalm_lang lang;
	kalm_action action;
	skip = strlen(REPLY_PREFIX);
	if (starts_with(key, klen, REPLY_PREFIX) &&
	    reply_key_parse(key + skip, klen - skip, &lang, &action) == 0)
		return put_text(buf, cap, reply_template(p, lang, action), err);
	return kalm_fail(err, KALM_ERR_NOT_FOUND, NULL, 0, 0,
			 "unknown policy key");
}

/* ------------------------------------------------------------------ */
/* The file format                                                     */

static int syntax(kalm_error *err, const char *name, unsigned line,
		  unsigned col, const char *what)
{
	return kalm_fail(err, KALM_ERR_SYNTAX, name, line, col, "%s", what);
}

static bool key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

/* Unquote a "..." value starting at S[*I] (the opening quote) into BUF.
 * On return *I is past the closing quote. */
static int read_quoted(const char *s, size_t end, size_t *i, kbuf *buf,
		       size_t *bad, const char **why)
{
	size_t open = *i;
	size_t k = open + 1;
	while (k < end) {
		char c = s[k];
		if (c == '"') {
			*i = k + 1;
			return 0;
		}
		if (c == '\\') {
			if (k + 1 >= end)
				break;
			char e = s[k + 1];
			char out = e == 'n' ? '\n' : e;
			if (e != 'n' && e != '"' && e != '\\') {
				*bad = k;
				*why = "unknown escape: use \\\", \\\\ or \\n";
				return -1;
			}
			if (kbuf_append_u8(buf, (uint8_t)out) != 0)
				return KALM_ERR_NO_MEMORY;
			k += 2;
			continue;
		}
		if (kbuf_append_u8(buf, (uint8_t)c) != 0)
			return KALM_ERR_NO_MEMORY;
		k++;
	}
	*bad = open;
	*why = "unterminated quoted value";
	return -1;
}

int kv_next(const char *name, const char *text, size_t len, size_t *pos,
	    unsigned *line, kbuf *value_buf, kv_line *out, kalm_error *err)
{
	while (*pos < len) {
		const char *s = text + *pos;
		size_t rest = len - *pos;
		const char *nl = memchr(s, '\n', rest);
		size_t end = nl ? (size_t)(nl - s) : rest;
		*pos += nl ? end + 1 : end;
		(*line)++;
		if (end > 0 && s[end - 1] == '\r')
			end--;
		size_t bad;
		if (!utf8_valid(s, end, &bad))
			return syntax(err, name, *line, kalm_column(s, bad),
				      "invalid UTF-8");
		const char *nul = memchr(s, '\0', end);
		if (nul)
			return syntax(err, name, *line,
				      kalm_column(s, (size_t)(nul - s)),
				      "NUL byte in line");
		size_t i = 0;
		if (*line == 1 && kalm_bom_len(s, end))
			i = 3; /* byte order mark */
		while (i < end && is_space(s[i]))
			i++;
		if (i == end || s[i] == '#')
			continue;
		size_t key_start = i;
		while (i < end && key_char(s[i]))
			i++;
		if (i == key_start)
			return syntax(err, name, *line, kalm_column(s, i),
				      "expected a key (letters, digits, _ . -)");
		size_t key_end = i;
		while (i < end && is_space(s[i]))
			i++;
		if (i == end || s[i] != '=')
			return syntax(err, name, *line, kalm_column(s, i),
				      "expected '=' after the key");
		i++;
		while (i < end && is_space(s[i]))
			i++;
		size_t value_start = i;
		value_buf->len = 0;
		if (i < end && s[i] == '"') {
			const char *why;
			int rc = read_quoted(s, end, &i, value_buf, &bad, &why);
			if (rc == KALM_ERR_NO_MEMORY)
				return kalm_fail(err, rc, name, *line, 0,
						 "out of memory");
			if (rc != 0)
				return syntax(err, name, *line,
					      kalm_column(s, bad), why);
			while (i < end && is_space(s[i]))
				i++;
			if (i < end && s[i] != '#')
				return syntax(err, name, *line,
					      kalm_column(s, i),
					      "unexpected text after the quoted value");
		} else {
			size_t stop = i;
			/* A '#' after a blank starts a comment; "#4471" does not. */
			while (stop < end &&
			       !(s[stop] == '#' && stop > 0 &&
				 is_space(s[stop - 1])))
				stop++;
			while (stop > i && is_space(s[stop - 1]))
				stop--;
			if (kbuf_append(value_buf, s + i, stop - i) != 0)
				return kalm_fail(err, KALM_ERR_NO_MEMORY, name,
						 *line, 0, "out of memory");
		}
		if (kbuf_append_u8(value_buf, 0) != 0)
			return kalm_fail(err, KALM_ERR_NO_MEMORY, name, *line,
					 0, "out of memory");
		value_buf->len--;
		out->key = s + key_start;
		out->key_len = key_end - key_start;
		out->value = (const char *)value_buf->data;
		out->value_len = value_buf->len;
		out->line = *line;
		out->key_column = kalm_column(s, key_start);
		out->value_column = kalm_column(s, value_start);
		out->text = s;
		out->value_start = value_start;
		out->quoted = value_start < end && s[value_start] == '"';
		return 1;
	}
	return 0;
}

unsigned kv_value_column(const kv_line *kv, size_t offset)
{
	size_t at = kv->value_start;
	if (kv->quoted) {
		at++;
		for (size_t k = 0; k < offset; k++)
			at += kv->text[at] == '\\' ? 2 : 1;
	} else {
		at += offset;
	}
	return kalm_column(kv->text, at);
}

/* Apply every line to a copy, so that a bad line leaves POLICY as it was. */
kalm_status kalm_policy_parse(kalm_policy *policy, const char *name,
			      const char *text, size_t len, kalm_error *err)
{
	if (!policy || (!text && len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_policy_parse: NULL argument");
	if (!name)
		name = "policy";
	kalm_policy *work;
	if (policy_copy(policy, &work) != KALM_OK)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	kbuf value = {0};
	size_t pos = 0;
	unsigned line = 0;
	kv_line kv;
	int rc;
	while ((rc = kv_next(name, text, len, &pos, &line, &value, &kv, err)) ==
	       1) {
		kalm_error local;
		kalm_error_clear(&local);
		size_t bad = SIZE_MAX;
		rc = policy_set_n(work, kv.key, kv.key_len, kv.value,
				  kv.value_len, &bad, &local);
		if (rc == KALM_OK)
			continue;
		if (rc == KALM_ERR_NO_MEMORY)
			break;
		rc = kalm_fail(err, KALM_ERR_SYNTAX, name, kv.line,
			       bad != SIZE_MAX ? kv_value_column(&kv, bad)
			       : key_known(kv.key, kv.key_len) ? kv.value_column
							       : kv.key_column,
			       "%s", local.message);
		break;
	}
	kbuf_free(&value);
	if (rc == KALM_ERR_NO_MEMORY)
		kalm_fail(err, rc, name, line, 0, "out of memory");
	if (rc != 0) {
		kalm_policy_free(work);
		return rc;
	}
	/* Swap the finished copy in. */
	kalm_policy old = *policy;
	*policy = *work;
	*work = old;
	kalm_policy_free(work);
	return KALM_OK;
}

kalm_status kalm_policy_load(const char *path, kalm_policy **out,
			     kalm_error *err)
{
	if (out)
		*out = NULL;
	if (!path || !out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_policy_load: NULL argument");
	char *data = NULL;
	size_t len = 0;
	int rc = kalm_read_file(path, POLICY_FILE_MAX, &data, &len, err);
	if (rc != KALM_OK)
		return rc;
	kalm_policy *p;
	rc = kalm_policy_new(&p, err);
	if (rc == KALM_OK) {
		rc = kalm_policy_parse(p, path, data, len, err);
		if (rc != KALM_OK) {
			kalm_policy_free(p);
			p = NULL;
		}
	}
	kalm_dealloc(data);
	*out = p;
	return rc;
}
