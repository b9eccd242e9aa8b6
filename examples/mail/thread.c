/*
 * Conversations: union-find over Message-IDs.  Keys are kept as 64-bit
 * hashes, so the state per message is a few words however long its
 * headers are.
 */
#include "kalm_mail.h"

#include <string.h>

struct mail_threads {
	uint32_t *parent;   /* union-find forest over nodes */
	uint32_t nodes, node_cap;
	uint64_t *keys;     /* open addressing: key hash -> node */
	uint32_t *values;
	size_t slots, used; /* slots is a power of two */
};

static uint64_t hash_bytes(const char *s, size_t n, uint64_t seed)
{
	/* FNV-1a, then a final mix so nearby keys spread over the table. */
	uint64_t h = 1469598103934665603ULL ^ seed;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1; /* 0 marks an empty slot */
}

mail_threads *mail_threads_new(void)
{
	mail_threads *t = g_new0(mail_threads, 1);
	t->slots = 1024;
	t->keys = g_new0(uint64_t, t->slots);
	t->values = g_new0(uint32_t, t->slots);
	return t;
}

void mail_threads_free(mail_threads *t)
{
	if (!t)
		return;
	g_free(t->parent);
	g_free(t->keys);
	g_free(t->values);
	g_free(t);
}

static uint32_t new_node(mail_threads *t)
{
	if (t->nodes == t->node_cap) {
		t->node_cap = t->node_cap ? t->node_cap * 2 : 1024;
		t->parent = g_renew(uint32_t, t->parent, t->node_cap);
	}
	t->parent[t->nodes] = t->nodes;
	return t->nodes++;
}

static void grow(mail_threads *t)
{
	size_t old = t->slots;
	uint64_t *keys = t->keys;
	uint32_t *values = t->values;
	t->slots = old * 2;
	t->keys = g_new0(uint64_t, t->slots);
	t->values = g_new0(uint32_t, t->slots);
	for (size_t i = 0; i < old; i++) {
		if (!keys[i])
			continue;
		size_t j = keys[i] & (t->slots - 1);
		while (t->keys[j])
			j = (j + 1) & (t->slots - 1);
		t->keys[j] = keys[i];
		t->values[j] = values[i];
	}
	g_free(keys);
	g_free(values);
}

/* The node for KEY, created when new. */
static uint32_t node_for(mail_threads *t, uint64_t key)
{
	if ((t->used + 1) * 4 > t->slots * 3)
		grow(t);
	size_t j = key & (t->slots - 1);
	while (t->keys[j]) {
		if (t->keys[j] == key)
			return t->values[j];
		j = (j + 1) & (t->slots - 1);
	}
	t->keys[j] = key;
	t->values[j] = new_node(t);
	t->used++;
	return t->values[j];
}

uint32_t mail_threads_root(mail_threads *t, uint32_t node)
{
	uint32_t r = node;
	while (t->parent[r] != r)
		r = t->parent[r];
	while (t->parent[node] != r) { /* path compression */
		uint32_t next = t->parent[node];
		t->parent[node] = r;
		node = next;
	}
	return r;
}

static void join(mail_threads *t, uint32_t a, uint32_t b)
{
	a = mail_threads_root(t, a);
	b = mail_threads_root(t, b);
	if (a == b)
		return;
	/* The older node stays the root: conversations keep their first id. */
	if (a < b)
		t->parent[b] = a;
	else
		t->parent[a] = b;
}

uint32_t mail_threads_add(mail_threads *t, const char *msgid,
			  const GPtrArray *refs, const char *fallback)
{
	uint32_t self = msgid ? node_for(t, hash_bytes(msgid, strlen(msgid), 1))
			      : new_node(t);
	for (guint i = 0; refs && i < refs->len; i++) {
		const char *r = refs->pdata[i];
		join(t, self, node_for(t, hash_bytes(r, strlen(r), 1)));
	}
	if ((!refs || refs->len == 0) && fallback && *fallback)
		join(t, self, node_for(t, hash_bytes(fallback, strlen(fallback), 2)));
	return self;
}

uint32_t mail_threads_node_count(const mail_threads *t)
{
	return t->nodes;
}

/* Reply and forward markers in the four languages (and a few more that
 * customers' clients add). */
static size_t prefix_len(const char *s)
{
	static const char *const prefixes[] = {
		"re", "fw", "fwd", "aw", "wg", "antw", "antwoord", "doorst",
		"tr", "odp", "pd", "przek", "sv", "vs", "res", NULL};
	for (const char *const *p = prefixes; *p; p++) {
		size_t n = strlen(*p);
		if (g_ascii_strncasecmp(s, *p, n) != 0)
			continue;
		size_t i = n;
		if (s[i] == '[' || s[i] == '(') { /* "Re[2]:" */
			while (s[i] && s[i] != ']' && s[i] != ')')
				i++;
			if (s[i])
				i++;
		}
		if (s[i] == ':')
			return i + 1;
	}
	return 0;
}

bool mail_subject_inherited(const char *subject)
{
	if (!subject)
		return true;
	while (*subject == ' ' || *subject == '\t')
		subject++;
	return *subject == '\0' || prefix_len(subject) > 0;
}

char *mail_thread_key(const char *subject, const char *from_addr)
{
	const char *s = subject ? subject : "";
	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		size_t n = prefix_len(s);
		if (n == 0)
			break;
		s += n;
	}
	char *folded = g_utf8_validate(s, -1, NULL) ? g_utf8_casefold(s, -1)
						    : g_ascii_strdown(s, -1);
	GString *key = g_string_new(NULL);
	bool space = false;
	for (const char *p = folded; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
			space = key->len > 0;
			continue;
		}
		if (space)
			g_string_append_c(key, ' ');
		space = false;
		g_string_append_c(key, *p);
	}
	g_free(folded);
	if (key->len == 0) {
		/* No subject: the sender alone would lump unrelated mail. */
		g_string_free(key, TRUE);
		return NULL;
	}
	g_string_append_c(key, '\x1f');
	g_string_append(key, from_addr ? from_addr : "");
	return g_string_free(key, FALSE);
}
