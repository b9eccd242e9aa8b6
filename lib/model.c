/* Opening a compiled model: validate every offset of the blob (it may
 * come from anywhere), prepare the phrase rules; plus the builder. */
#include "langid.h"
#include "model.h"

#include <dirent.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static int bad(kalm_error *err, const char *what)
{
	return kalm_fail(err, KALM_ERR_MODEL, NULL, 0, 0,
			 "invalid model blob: %s", what);
}

static bool kind_ok(uint8_t k)
{
	return k <= K_HATE || k == K_FRUSTRATION || (k >= K_YOU && k < K_MAX);
}

static int check_entries(kalm_model *m, kalm_error *err)
{
	for (size_t i = 0; i < m->nentries; i++) {
		const kentry *e = &m->entries[i];
		if (!kind_ok(e->kind) || e->severity > 4 ||
		    e->lang >= KALM_LANG_COUNT || e->shape > S_PART ||
		    e->term >= m->strings_len || e->source >= m->strings_len ||
		    e->len == 0 || (e->kind == K_TRIGGER && e->rule >= m->nrules))
			return bad(err, "entry out of range");
		if (e->len > m->longest)
			m->longest = e->len;
	}
	for (size_t i = 0; i < m->nnodes; i++) {
		const knode *n = &m->nodes[i];
		if ((size_t)n->edge_first + n->edge_count > m->nedges ||
		    (size_t)n->entry_first + n->entry_count > m->nentries ||
		    m->links[i].fail >= m->nnodes || m->links[i].out >= m->nnodes)
			return bad(err, "trie node out of range");
	}
	for (size_t i = 0; i < m->nedges; i++)
		if (m->edges[i].child == 0 || m->edges[i].child >= m->nnodes)
			return bad(err, "trie edge out of range");
	for (size_t i = 0; i < 256; i++)
		if (m->root[i] >= m->nnodes)
			return bad(err, "trie root out of range");
	return 0;
}

/* What the matcher reads of the checked trie, in the forms it reads
 * fastest: the root's children's flags by byte, and the outputs' records
 * (model.h, kout). */
static int derive_trie(kalm_model *m, kalm_error *err)
{
	for (size_t i = 0; i < 256; i++)
		m->root_flags[i] = m->root[i] ? m->nodes[m->root[i]].flags : 0;
	m->outs = kalm_calloc(m->nnodes ? m->nnodes : 1, sizeof(kout));
	if (!m->outs)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	for (size_t i = 0; i < m->nnodes; i++) {
		const knode *n = &m->nodes[i];
		kout *o = &m->outs[i];
		o->out = m->links[i].out;
		o->next = m->links[m->links[i].fail].out;
		o->len = n->entry_count ? m->entries[n->entry_first].len : 0;
		o->flags = n->flags;
		for (uint32_t k = 0; k < n->entry_count; k++)
			o->shapes |= (uint8_t)(1u << m->entries[n->entry_first + k].shape);
	}
	return 0;
}

static int check_rules(const kalm_model *m, size_t code_len, kalm_error *err)
{
	for (size_t i = 0; i < m->nrules; i++) {
		const krule *r = &m->rules[i];
		if (!kind_ok(r->kind) || r->kind > K_FRUSTRATION ||
		    r->severity < 1 || r->severity > 4 ||
		    r->lang >= KALM_LANG_COUNT || r->pattern >= m->strings_len ||
		    r->source >= m->strings_len || r->need >= m->strings_len ||
		    (size_t)r->code_off + r->code_len > code_len)
			return bad(err, "rule out of range");
	}
	return 0;
}

static int prepare_rules(kalm_model *m, const uint8_t *code, bool trusted,
			 kalm_error *err)
{
	if (!m->nrules)
		return 0;
	m->code = kalm_calloc(m->nrules, sizeof(pcre2_code *));
	m->jit = kalm_calloc(m->nrules, sizeof(*m->jit));
	m->jit_state = kalm_calloc(m->nrules, sizeof(*m->jit_state));
	if (!m->code || !m->jit || !m->jit_state)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	bool decode = trusted &&
		      m->meta->pcre2_version == PCRE2_MAJOR * 100 + PCRE2_MINOR;
	for (size_t i = 0; i < m->nrules; i++) {
		const krule *r = &m->rules[i];
		pcre2_code *c = NULL;
		if (decode && r->code_len &&
		    pcre2_serialize_get_number_of_codes(code + r->code_off) == 1)
			pcre2_serialize_decode(&c, 1, code + r->code_off, NULL);
		if (!c) {
			int perr;
			PCRE2_SIZE poff;
			const char *pat = model_string(m, r->pattern);
			c = rule_compile(pat, strlen(pat), RULE_PCRE2_OPTIONS,
					 &perr, &poff);
			if (!c && perr == PCRE2_ERROR_NOMEMORY)
				return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL,
						 0, 0, "out of memory");
		}
		if (!c)
			return kalm_fail(err, KALM_ERR_MODEL, NULL, 0, 0,
					 "invalid model blob: rule %zu (%s:%u) "
					 "does not compile", i,
					 model_string(m, r->source), r->line);
		m->code[i] = c;
		atomic_init(&m->jit[i], NULL);
		atomic_init(&m->jit_state[i], JIT_NONE);
	}
	return 0;
}

const pcre2_code *model_rule_code(const kalm_model *m, size_t r)
{
	pcre2_code *j = atomic_load_explicit(&m->jit[r], memory_order_acquire);
	if (j)
		return j;
	int idle = JIT_NONE;
	if (atomic_compare_exchange_strong(&m->jit_state[r], &idle, JIT_BUSY)) {
		pcre2_code *copy = pcre2_code_copy(m->code[r]);
		if (copy && pcre2_jit_compile(copy, PCRE2_JIT_COMPLETE) == 0) {
			atomic_store_explicit(&m->jit[r], copy, memory_order_release);
		} else {
			pcre2_code_free(copy); /* no JIT here: interpreted */
			copy = NULL;
		}
		atomic_store_explicit(&m->jit_state[r], JIT_DONE,
				      memory_order_release);
		return copy ? copy : m->code[r];
	}
	/* Another thread is compiling it: wait for its code (tens of
	 * microseconds, once a rule) rather than match with the interpreter
	 * meanwhile, whose limits on backtracking are not the JIT code's: a
	 * verdict never depends on which thread asked first. */
	while (atomic_load_explicit(&m->jit_state[r], memory_order_acquire) ==
	       JIT_BUSY)
		sched_yield();
	j = atomic_load_explicit(&m->jit[r], memory_order_acquire);
	return j ? j : m->code[r];
}

void kalm_model_free(kalm_model *m)
{
	if (!m)
		return;
	if (m->code)
		for (size_t i = 0; i < m->nrules; i++)
			pcre2_code_free(m->code[i]);
	if (m->jit)
		for (size_t i = 0; i < m->nrules; i++)
			pcre2_code_free(atomic_load(&m->jit[i]));
	kalm_dealloc(m->code);
	kalm_dealloc(m->outs);
	kalm_dealloc((void *)m->jit);
	kalm_dealloc((void *)m->jit_state);
	kalm_dealloc(m->owned);
	kalm_dealloc(m);
}

/* The transition table (model.h, kdfa): every class in range, every
 * node it names a node of the trie. */
static int open_dfa(kalm_model *m, const uint8_t *p, size_t size,
		    uint32_t count)
{
	const kdfa *d = (const kdfa *)p;
	if (count != 1 || size < sizeof *d || d->shift < 1 || d->shift > 8 ||
	    d->nodes != m->nnodes || d->nodes > DFA_MAX_NODES ||
	    size != sizeof *d + ((size_t)d->nodes << d->shift) * sizeof(uint16_t))
		return -1;
	for (unsigned b = 0; b < 256; b++)
		if (d->cls[b] != DFA_SLOW && d->cls[b] >> d->shift)
			return -1;
	const uint16_t *next = (const uint16_t *)(p + sizeof *d);
	size_t n = (size_t)d->nodes << d->shift;
	uint16_t top = 0; /* a plain loop the compiler vectorises */
	for (size_t i = 0; i < n; i++) {
		uint16_t x = next[i] & (DFA_OUT - 1);
		top = x > top ? x : top;
	}
	if (top >= d->nodes)
		return -1;
	m->dfa = d;
	m->dfa_next = next;
	return 0;
}

/* Serials of opened models, from 1: what a scratch's memos were filled
 * for (a freed model's address may come back for another). */
static atomic_uint_least64_t model_serials;

int model_open(const uint8_t *blob, size_t size, bool owned, bool trusted,
	       kalm_model **out, kalm_error *err)
{
	*out = NULL;
	int rc;
	kalm_model *m = kalm_calloc(1, sizeof(*m));
	if (!m) {
		if (owned)
			kalm_dealloc((void *)blob);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	}
	m->serial = atomic_fetch_add_explicit(&model_serials, 1,
					      memory_order_relaxed) + 1;
	m->owned = owned ? (uint8_t *)blob : NULL;
	m->blob = blob;
	m->size = size;
	const kblob_header *h = (const kblob_header *)blob;
	const kblob_section *sec[SEC_MAX] = {0};

	if (((uintptr_t)blob & 15) != 0) {
		rc = bad(err, "not 16-byte aligned");
		goto fail;
	}
	if (size < sizeof(*h) || memcmp(h->magic, BLOB_MAGIC, 8) != 0) {
		rc = bad(err, "not a kalm model");
		goto fail;
	}
	if (h->endian != BLOB_ENDIAN) {
		rc = bad(err, "made on a machine of the other byte order");
		goto fail;
	}
	if (h->version != BLOB_VERSION) {
		rc = kalm_fail(err, KALM_ERR_MODEL, NULL, 0, 0,
			       "invalid model blob: format version %u, this "
			       "library reads version %u", h->version, BLOB_VERSION);
		goto fail;
	}
	if (h->size != size) {
		rc = bad(err, "truncated or padded (size mismatch)");
		goto fail;
	}
	/* The embedded blob is part of the library's own read-only data, so
	 * only blobs from elsewhere pay for the checksum; every offset is
	 * checked either way. */
	if (!(trusted && !owned) &&
	    kalm_crc32(0, blob + sizeof(*h), size - sizeof(*h)) != h->crc) {
		rc = bad(err, "checksum mismatch (corrupt)");
		goto fail;
	}
	if (h->nsections != SEC_MAX - 1 ||
	    sizeof(*h) + (size_t)h->nsections * sizeof(kblob_section) > size) {
		rc = bad(err, "section table");
		goto fail;
	}
	const kblob_section *table = (const kblob_section *)(blob + sizeof(*h));
	for (uint32_t i = 0; i < h->nsections; i++) {
		const kblob_section *s = &table[i];
		if (s->id != i + 1 || (s->offset & 15) ||
		    (size_t)s->offset + s->size > size) {
			rc = bad(err, "section out of range");
			goto fail;
		}
		sec[s->id] = s;
	}
#define SEC_ARRAY(id, field, n, type)                                    \
	do {                                                             \
		if (sec[id]->size != (size_t)sec[id]->count * sizeof(type)) { \
			rc = bad(err, "section size");                   \
			goto fail;                                       \
		}                                                        \
		m->field = (const type *)(blob + sec[id]->offset);       \
		m->n = sec[id]->count;                                   \
	} while (0)
	size_t one;
	SEC_ARRAY(SEC_META, meta, nentries, kmeta);
	one = m->nentries;
	SEC_ARRAY(SEC_ENTRIES, entries, nentries, kentry);
	SEC_ARRAY(SEC_NODES, nodes, nnodes, knode);
	SEC_ARRAY(SEC_EDGES, edges, nedges, kedge);
	SEC_ARRAY(SEC_ROOT, root, nrules, uint32_t);
	if (one != 1 || m->nrules != 256 || m->nnodes == 0) {
		rc = bad(err, "meta, root or node count");
		goto fail;
	}
	SEC_ARRAY(SEC_RULES, rules, nrules, krule);
#undef SEC_ARRAY
	if (sec[SEC_RULESTART]->count != m->nrules ||
	    sec[SEC_RULESTART]->size != m->nrules * sizeof(krule_start)) {
		rc = bad(err, "rule starts");
		goto fail;
	}
	m->rule_start = (const krule_start *)(blob + sec[SEC_RULESTART]->offset);
	if (sec[SEC_LINKS]->count != m->nnodes ||
	    sec[SEC_LINKS]->size != m->nnodes * sizeof(klink)) {
		rc = bad(err, "trie links");
		goto fail;
	}
	m->links = (const klink *)(blob + sec[SEC_LINKS]->offset);
	if (sec[SEC_FUZZY]->count != 1 || sec[SEC_FUZZY]->size != sizeof(kfuzzy)) {
		rc = bad(err, "fuzzy summary");
		goto fail;
	}
	m->fuzzy = (const kfuzzy *)(blob + sec[SEC_FUZZY]->offset);
	if (sec[SEC_NAV]->count != m->nnodes ||
	    sec[SEC_NAV]->size != m->nnodes * sizeof(knav)) {
		rc = bad(err, "trie index");
		goto fail;
	}
	m->nav = (const knav *)(blob + sec[SEC_NAV]->offset);
	if (sec[SEC_DFA]->size && open_dfa(m, blob + sec[SEC_DFA]->offset,
					   sec[SEC_DFA]->size,
					   sec[SEC_DFA]->count)) {
		rc = bad(err, "trie table");
		goto fail;
	}
	m->strings = (const char *)blob + sec[SEC_STRINGS]->offset;
	m->strings_len = sec[SEC_STRINGS]->size;
	if (!m->strings_len || m->strings[m->strings_len - 1] != '\0') {
		rc = bad(err, "string table not terminated");
		goto fail;
	}
	m->sources = (const char *)blob + sec[SEC_SOURCES]->offset;
	m->sources_len = sec[SEC_SOURCES]->size;
	if (m->sources_len && m->sources[m->sources_len - 1] != '\0') {
		rc = bad(err, "sources not terminated");
		goto fail;
	}
	m->langid = blob + sec[SEC_LANGID]->offset;
	m->langid_len = sec[SEC_LANGID]->size;
	if (m->langid_len && langid_profile_check(m->langid, m->langid_len)) {
		rc = bad(err, "language profile");
		goto fail;
	}
	if (m->meta->threshold_milli > 1000 ||
	    m->meta->entry_count != m->nentries || m->meta->rule_count != m->nrules) {
		rc = bad(err, "meta data");
		goto fail;
	}
	m->threshold = m->meta->threshold_milli / 1000.0;
	if ((rc = check_entries(m, err)) || (rc = derive_trie(m, err)) ||
	    (rc = check_rules(m, sec[SEC_RULECODE]->size, err)) ||
	    (rc = prepare_rules(m, blob + sec[SEC_RULECODE]->offset, trusted, err)))
		goto fail;
	*out = m;
	return 0;
fail:
	kalm_model_free(m);
	return rc;
}

kalm_status kalm_model_open_blob(const void *data, size_t len,
				 kalm_model **out, kalm_error *err)
{
	if (!out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0, "out is NULL");
	*out = NULL;
	if (!data && len)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0, "data is NULL");
	if (len > UINT32_MAX)
		return bad(err, "larger than 4 GiB");
	/* kalm_malloc memory is aligned for any type, which covers the 16
	 * bytes the sections need on the platforms we build for. */
	uint8_t *copy = kalm_malloc(len ? len : 1);
	if (!copy)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	if (len)
		memcpy(copy, data, len);
	return model_open(copy, len, true, false, out, err);
}

const void *kalm_model_blob(const kalm_model *m, size_t *len)
{
	if (len)
		*len = m ? m->size : 0;
	return m ? m->blob : NULL;
}

size_t kalm_model_entry_count(const kalm_model *m)
{
	return m ? m->nentries : 0;
}

size_t kalm_model_rule_count(const kalm_model *m)
{
	return m ? m->nrules : 0;
}

double kalm_model_threshold(const kalm_model *m)
{
	return m ? m->threshold : 0.0;
}

const char *kalm_model_sources(const kalm_model *m, size_t *len)
{
	if (len)
		*len = m ? m->sources_len : 0;
	return m ? m->sources : NULL;
}

kalm_status kalm_model_entry(const kalm_model *m, uint32_t id,
			     kalm_entry_info *info)
{
	if (!m || !info)
		return KALM_ERR_ARGUMENT;
	if (id < m->nentries) {
		const kentry *e = &m->entries[id];
		info->term = model_string(m, e->term);
		info->source = model_string(m, e->source);
		info->line = e->line;
		info->lang = (kalm_lang)e->lang;
		info->category = e->kind < KALM_CAT_COUNT ? (kalm_category)e->kind
							  : KALM_CAT_COUNT;
		info->severity = e->severity;
		return KALM_OK;
	}
	if (id - m->nentries < m->nrules) {
		const krule *r = &m->rules[id - m->nentries];
		info->term = model_string(m, r->pattern);
		info->source = model_string(m, r->source);
		info->line = r->line;
		info->lang = (kalm_lang)r->lang;
		info->category = (kalm_category)r->kind;
		info->severity = r->severity;
		return KALM_OK;
	}
	return KALM_ERR_NOT_FOUND;
}

/* ---- builder ---- */

kalm_status kalm_builder_new(kalm_builder **out)
{
	if (!out)
		return KALM_ERR_ARGUMENT;
	*out = kalm_calloc(1, sizeof(kalm_builder));
	return *out ? KALM_OK : KALM_ERR_NO_MEMORY;
}

void kalm_builder_free(kalm_builder *b)
{
	if (!b)
		return;
	lexicon_free(&b->lex);
	kbuf_free(&b->allow);
	kalm_dealloc(b);
}

kalm_status kalm_builder_add_text(kalm_builder *b, const char *name,
				  const char *text, size_t len, kalm_error *err)
{
	if (!b || !name || (!text && len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "builder, name and text are required");
	return lexicon_add(&b->lex, name, text ? text : "", len, err);
}

int kalm_read_file(const char *path, size_t max, char **text, size_t *len,
		   kalm_error *err)
{
	*text = NULL;
	*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return kalm_fail_io(err, path, errno);
	kbuf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b.len + n > max) {
			fclose(f);
			kbuf_free(&b);
			return kalm_fail(err, KALM_ERR_LIMIT, path, 0, 0,
					 "%s: larger than %zu MiB", path, max >> 20);
		}
		if (kbuf_append(&b, chunk, n)) {
			fclose(f);
			kbuf_free(&b);
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		}
	}
	/* A directory opens but fails to read (EISDIR). */
	int bad_read = ferror(f) ? (errno ? errno : EIO) : 0;
	fclose(f);
	if (bad_read) {
		kbuf_free(&b);
		return kalm_fail_io(err, path, bad_read);
	}
	if (kbuf_append_u8(&b, 0)) {
		kbuf_free(&b);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	}
	*text = (char *)b.data;
	*len = b.len - 1;
	return 0;
}

kalm_status kalm_builder_add_file(kalm_builder *b, const char *path,
				  kalm_error *err)
{
	if (!b || !path)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "builder and path are required");
	char *text;
	size_t len;
	int rc = kalm_read_file(path, (size_t)64 << 20, &text, &len, err);
	if (rc)
		return rc;
	rc = lexicon_add(&b->lex, path, text, len, err);
	kalm_dealloc(text);
	return rc;
}

kalm_status kalm_builder_allow(kalm_builder *b, const char *word, size_t len,
			       kalm_error *err)
{
	if (!b || !word || !len)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "an allowed word must not be empty");
	for (size_t i = 0; i < len; i++)
		if (word[i] == '"' || word[i] == '#' || word[i] == '\n' ||
		    word[i] == '\r' || word[i] == '\0' || word[i] == '*')
			return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
					 "an allowed word may not contain "
					 "quotes, '#', '*', NUL or line breaks");
	/* Check it alone first, so a bad word changes nothing. */
	kbuf line = {0};
	if (kbuf_append_u8(&line, '"') || kbuf_append(&line, word, len) ||
	    kbuf_append(&line, "\" allow\n", 8)) {
		kbuf_free(&line);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	}
	lexicon probe;
	memset(&probe, 0, sizeof(probe));
	int rc = lexicon_add(&probe, "allow.lex", (const char *)line.data,
			     line.len, err);
	lexicon_free(&probe);
	if (rc == 0 && kbuf_append(&b->allow, line.data, line.len))
		rc = kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	kbuf_free(&line);
	return rc;
}

kalm_status kalm_builder_build(kalm_builder *b, kalm_model **out,
			       kalm_error *err)
{
	if (out)
		*out = NULL;
	if (!b || !out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "builder and out are required");
	/* The allowlist joins the sources only for this build, so that the
	 * builder stays reusable and the model's sources show it. */
	lexicon_mark mark = lexicon_mark_now(&b->lex);
	int rc = 0;
	if (b->allow.len)
		rc = lexicon_add(&b->lex, "allow.lex", (const char *)b->allow.data,
				 b->allow.len, err);
	kbuf blob = {0};
	if (!rc)
		rc = model_compile(&b->lex, &blob, err);
	if (!rc) {
		rc = model_open(blob.data, blob.len, true, true, out, err);
		blob.data = NULL;
	}
	kbuf_free(&blob);
	lexicon_rollback(&b->lex, &mark);
	return rc;
}

