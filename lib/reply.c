/*
 * Suggested replies: templates per language and action, read from the
 * replies file format (lexicons/replies.txt, embedded at build time) and
 * expanded with {placeholder} values.
 */
#include "session.h"

static const char *const action_keys[KALM_ACTION_COUNT] = {
	"respond_calmly", "state_limits", "transfer", "end_session"};

int reply_key_parse(const char *key, size_t len, kalm_lang *lang,
		    kalm_action *action)
{
	const char *dot = memchr(key, '.', len);
	if (!dot)
		return -1;
	size_t llen = (size_t)(dot - key);
	const char *rest = dot + 1;
	size_t rlen = len - llen - 1;
	kalm_lang l = KALM_LANG_UNKNOWN;
	for (int i = KALM_LANG_NL; i < KALM_LANG_COUNT; i++)
		if (ascii_eq_nocase(key, llen, kalm_lang_code((kalm_lang)i)))
			l = (kalm_lang)i;
	if (l == KALM_LANG_UNKNOWN)
		return -1;
	for (int a = 0; a < KALM_ACTION_COUNT; a++) {
		if (ascii_eq_nocase(rest, rlen, action_keys[a])) {
			*lang = l;
			*action = (kalm_action)a;
			return 0;
		}
	}
	return -1;
}

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

int reply_template_check(const char *text, size_t len, size_t *bad,
			 const char **why)
{
	if (len > KALM_TEMPLATE_MAX) {
		*bad = KALM_TEMPLATE_MAX;
		*why = "template longer than 2048 bytes";
		return -1;
	}
	if (!utf8_valid(text, len, bad)) {
		*why = "invalid UTF-8";
		return -1;
	}
	size_t i = 0;
	while (i < len) {
		char c = text[i];
		if ((c == '{' || c == '}') && i + 1 < len && text[i + 1] == c) {
			i += 2;
			continue;
		}
		if (c == '}') {
			*bad = i;
			*why = "'}' without '{' (write }} for a brace)";
			return -1;
		}
		if (c != '{') {
			i++;
			continue;
		}
		size_t k = i + 1;
		while (k < len && name_char(text[k]))
			k++;
		if (k == i + 1 || k - i - 1 > KALM_PLACEHOLDER_NAME_MAX) {
			*bad = i;
			*why = "'{' must start a placeholder such as {agent} (write {{ for a brace)";
			return -1;
		}
		if (k < len && text[k] == '|') {
			while (k < len && text[k] != '}' && text[k] != '{')
				k++;
		}
		if (k >= len || text[k] != '}') {
			*bad = i;
			*why = "unterminated placeholder";
			return -1;
		}
		i = k + 1;
	}
	return 0;
}

int reply_expand(const char *t, const placeholder_set *first,
		 const placeholder_set *second, kbuf *out)
{
	size_t len = strlen(t);
	size_t i = 0;
	while (i < len) {
		char c = t[i];
		if ((c == '{' || c == '}') && i + 1 < len && t[i + 1] == c) {
			if (kbuf_append_u8(out, (uint8_t)c) != 0)
				return KALM_ERR_NO_MEMORY;
			i += 2;
			continue;
		}
		if (c != '{') {
			size_t k = i;
			while (k < len && t[k] != '{' && t[k] != '}')
				k++;
			if (k == i)
				k++; /* a stray '}' in an unchecked template */
			if (kbuf_append(out, t + i, k - i) != 0)
				return KALM_ERR_NO_MEMORY;
			i = k;
			continue;
		}
		size_t name = i + 1, k = name;
		while (k < len && name_char(t[k]))
			k++;
		size_t name_len = k - name;
		size_t fb = k, fb_len = 0;
		if (k < len && t[k] == '|') {
			fb = ++k;
			while (k < len && t[k] != '}')
				k++;
			fb_len = k - fb;
		}
		const char *v = first ? placeholder_set_get(first, t + name,
							    name_len)
				      : NULL;
		if (!v && second)
			v = placeholder_set_get(second, t + name, name_len);
		int rc = v ? kbuf_append(out, v, strlen(v))
			   : kbuf_append(out, t + fb, fb_len);
		if (rc != 0)
			return KALM_ERR_NO_MEMORY;
		i = k < len ? k + 1 : k;
	}
	return KALM_OK;
}

const char *reply_template(const kalm_policy *policy, kalm_lang lang,
			   kalm_action action)
{
	if (lang <= KALM_LANG_UNKNOWN || lang >= KALM_LANG_COUNT)
		lang = KALM_LANG_EN;
	if ((int)action < 0 || action >= KALM_ACTION_COUNT)
		return "";
	const char *t = policy->reply[lang][action];
	if (!t)
		t = policy->reply[KALM_LANG_EN][action];
	return t ? t : "";
}

static void table_free(char *table[KALM_LANG_COUNT][KALM_ACTION_COUNT])
{
	for (int l = 0; l < KALM_LANG_COUNT; l++)
		for (int a = 0; a < KALM_ACTION_COUNT; a++) {
			kalm_dealloc(table[l][a]);
			table[l][a] = NULL;
		}
}

int reply_table_parse(char *table[KALM_LANG_COUNT][KALM_ACTION_COUNT],
		      const char *name, const char *text, size_t len,
		      bool require_all, kalm_error *err)
{
	char *fresh[KALM_LANG_COUNT][KALM_ACTION_COUNT] = {{0}};
	kbuf value = {0};
	size_t pos = 0;
	unsigned line = 0;
	kv_line kv;
	int rc;
	while ((rc = kv_next(name, text, len, &pos, &line, &value, &kv, err)) ==
	       1) {
		kalm_lang lang;
		kalm_action action;
		size_t bad;
		const char *why;
		if (reply_key_parse(kv.key, kv.key_len, &lang, &action) != 0) {
			rc = kalm_fail(err, KALM_ERR_SYNTAX, name, kv.line,
				       kv.key_column,
				       "expected LANG.ACTION such as nl.state_limits");
			break;
		}
		if (fresh[lang][action]) {
			rc = kalm_fail(err, KALM_ERR_SYNTAX, name, kv.line,
				       kv.key_column, "duplicate template");
			break;
		}
		if (reply_template_check(kv.value, kv.value_len, &bad, &why) !=
		    0) {
			rc = kalm_fail(err, KALM_ERR_SYNTAX, name, kv.line,
				       kv_value_column(&kv, bad), "%s", why);
			break;
		}
		fresh[lang][action] = kalm_malloc(kv.value_len + 1);
		if (!fresh[lang][action]) {
			rc = kalm_fail(err, KALM_ERR_NO_MEMORY, name, kv.line,
				       0, "out of memory");
			break;
		}
		memcpy(fresh[lang][action], kv.value, kv.value_len + 1);
	}
	kbuf_free(&value);
	for (int l = KALM_LANG_NL; rc == 0 && require_all && l < KALM_LANG_COUNT;
	     l++)
		for (int a = 0; rc == 0 && a < KALM_ACTION_COUNT; a++)
			if (!fresh[l][a])
				rc = kalm_fail(err, KALM_ERR_SYNTAX, name, line,
					       0, "no template for %s.%s",
					       kalm_lang_code((kalm_lang)l),
					       action_keys[a]);
	if (rc != 0) {
		table_free(fresh);
		return rc;
	}
	for (int l = 0; l < KALM_LANG_COUNT; l++)
		for (int a = 0; a < KALM_ACTION_COUNT; a++) {
			if (!fresh[l][a])
				continue;
			kalm_dealloc(table[l][a]);
			table[l][a] = fresh[l][a];
		}
	return KALM_OK;
}
