/* Compiling a parsed lexicon into the flat model blob: one trie over the
 * terms of every language, entries grouped by trie node, phrase rules with
 * their PCRE2 code serialised, the language profile and the sources. */
#include "model.h"
#include "normalize.h"

typedef struct tnode {
	uint32_t edge_first; /* into tedge list (linked) */
	uint32_t entry_head; /* linked list of lexicon entry indices + 1 */
	uint16_t nedges;
	uint8_t flags;
	bool reported; /* an entry the matcher reports ends here (not a
			* verb, which the judge looks up itself) */
} tnode;

typedef struct tedge {
	uint32_t child;
	uint32_t next; /* next edge of the same node + 1, 0 ends */
	uint8_t label;
} tedge;

typedef struct trie {
	tnode *nodes;
	size_t nnodes, nodecap;
	tedge *edges;
	size_t nedges, edgecap;
	uint32_t *entry_next; /* per lexicon entry: next entry at its node + 1 */
} trie;

static int new_node(trie *t, uint32_t *out)
{
	if (kalm_grow((void **)&t->nodes, &t->nodecap, t->nnodes + 1, sizeof(tnode)))
		return KALM_ERR_NO_MEMORY;
	memset(&t->nodes[t->nnodes], 0, sizeof(tnode));
	*out = (uint32_t)t->nnodes++;
	return 0;
}

static int child(trie *t, uint32_t node, uint8_t label, uint32_t *out)
{
	for (uint32_t e = t->nodes[node].edge_first; e; e = t->edges[e - 1].next)
		if (t->edges[e - 1].label == label) {
			*out = t->edges[e - 1].child;
			return 0;
		}
	uint32_t c;
	if (new_node(t, &c))
		return KALM_ERR_NO_MEMORY;
	if (kalm_grow((void **)&t->edges, &t->edgecap, t->nedges + 1, sizeof(tedge)))
		return KALM_ERR_NO_MEMORY;
	tedge *e = &t->edges[t->nedges++];
	e->child = c;
	e->label = label;
	e->next = t->nodes[node].edge_first;
	t->nodes[node].edge_first = (uint32_t)t->nedges;
	t->nodes[node].nedges++;
	*out = c;
	return 0;
}

static int insert(trie *t, const lexicon *lex, size_t i)
{
	const lex_entry *le = &lex->entries[i];
	const uint8_t *f = lex->folds.data + le->fold_off;
	uint8_t mark = (le->e.shape == S_SUFFIX || le->e.shape == S_PART)
			       ? NF_MID : 0;
	if (le->e.flags & EF_FUZZY)
		mark |= NF_FUZZY;
	uint32_t node = 0;
	t->nodes[0].flags |= mark;
	for (uint16_t k = 0; k < le->e.len; k++) {
		if (child(t, node, f[k], &node))
			return KALM_ERR_NO_MEMORY;
		t->nodes[node].flags |= mark;
	}
	t->entry_next[i] = t->nodes[node].entry_head;
	t->nodes[node].entry_head = (uint32_t)i + 1;
	t->nodes[node].reported |= le->e.kind != K_VERB;
	return 0;
}

typedef struct section {
	uint32_t id;
	kbuf data;
	uint32_t count;
} section;

/*
 * The order nodes are written in: breadth first from the root, children
 * by label.  The matcher's one pass spends most of its steps near the
 * root (every failed word falls back there), so the rows of the shallow
 * nodes, being numbered first, share a few cache lines.  NEW[o] is the
 * written number of node O (made in insertion order), OLD its inverse.
 */
typedef struct node_order {
	uint32_t *new_of; /* indexed by insertion number */
	uint32_t *old_of; /* indexed by written number */
} node_order;

/* The edges of NODE by label into TMP (room for 256); returns their count. */
static uint16_t sorted_edges(const trie *t, uint32_t node, tedge *tmp)
{
	uint16_t ne = 0;
	for (uint32_t e = t->nodes[node].edge_first; e && ne < 256;
	     e = t->edges[e - 1].next)
		tmp[ne++] = t->edges[e - 1];
	for (uint16_t a = 1; a < ne; a++) { /* insertion sort */
		tedge x = tmp[a];
		uint16_t b = a;
		for (; b > 0 && tmp[b - 1].label > x.label; b--)
			tmp[b] = tmp[b - 1];
		tmp[b] = x;
	}
	return ne;
}

static int order_nodes(const trie *t, node_order *o)
{
	size_t n = t->nnodes;
	o->new_of = kalm_malloc((n ? n : 1) * sizeof(uint32_t));
	o->old_of = kalm_malloc((n ? n : 1) * sizeof(uint32_t));
	if (!o->new_of || !o->old_of)
		return KALM_ERR_NO_MEMORY;
	tedge tmp[256];
	size_t head = 0, tail = 0;
	if (n)
		o->old_of[tail++] = 0;
	while (head < tail) {
		uint16_t ne = sorted_edges(t, o->old_of[head++], tmp);
		for (uint16_t a = 0; a < ne; a++)
			o->old_of[tail++] = tmp[a].child;
	}
	for (size_t k = 0; k < n; k++)
		o->new_of[o->old_of[k]] = (uint32_t)k;
	return 0;
}

static void order_free(node_order *o)
{
	kalm_dealloc(o->new_of);
	kalm_dealloc(o->old_of);
}

/* KALM_ERR_LIMIT when more than 4096 entries share a term: *CROWDED is
 * then one of them, the last read. */
static int emit_trie(const trie *t, const lexicon *lex, const node_order *o,
		     section *nodes, section *edges, section *entries,
		     section *root, section *nav, uint32_t *crowded)
{
	size_t n = t->nnodes;
	/* Entries are numbered in insertion order of their nodes, as they
	 * always were, whatever order the nodes are written in. */
	uint32_t *entry_first = kalm_malloc((n ? n : 1) * sizeof(uint32_t));
	if (!entry_first)
		return KALM_ERR_NO_MEMORY;
	int rc = 0;
	for (size_t k = 0; k < n && !rc; k++) {
		const tnode *tn = &t->nodes[k];
		entry_first[k] = entries->count;
		/* entries at this node, in lexicon order */
		uint32_t list[4096];
		uint32_t cnt = 0, i = tn->entry_head;
		for (; i && cnt < 4096; i = t->entry_next[i - 1])
			list[cnt++] = i - 1;
		if (i) { /* a 4097th */
			*crowded = list[0];
			rc = KALM_ERR_LIMIT;
			break;
		}
		for (uint32_t a = cnt; a-- > 0 && !rc;) {
			rc = kbuf_append(&entries->data, &lex->entries[list[a]].e,
					 sizeof(kentry));
			entries->count++;
		}
	}
	/* Edges sorted by label so the matcher may stop early. */
	tedge tmp[256];
	for (size_t k = 0; k < n && !rc; k++) {
		uint32_t old = o->old_of[k];
		const tnode *tn = &t->nodes[old];
		knode kn;
		memset(&kn, 0, sizeof(kn));
		kn.edge_first = edges->count;
		kn.edge_count = tn->nedges;
		kn.entry_first = entry_first[old];
		kn.flags = tn->flags;
		uint16_t ne = sorted_edges(t, old, tmp);
		knav kv = {0, 0};
		for (uint16_t a = 0; a < ne; a++) {
			uint8_t l = tmp[a].label;
			if (l >= 'a' && l <= 'z')
				kv.letters |= 1u << (l - 'a');
			else if (l < 'a')
				kv.before++;
		}
		rc = kbuf_append(&nav->data, &kv, sizeof(kv));
		nav->count++;
		for (uint16_t a = 0; a < ne && !rc; a++) {
			kedge ke;
			memset(&ke, 0, sizeof(ke));
			ke.child = o->new_of[tmp[a].child];
			ke.label = tmp[a].label;
			rc = kbuf_append(&edges->data, &ke, sizeof(ke));
			edges->count++;
		}
		/* its entries end where the next node's (made after it) begin */
		kn.entry_count = (uint16_t)((old + 1 < n ? entry_first[old + 1]
						       : entries->count) -
					    entry_first[old]);
		if (!rc)
			rc = kbuf_append(&nodes->data, &kn, sizeof(kn));
		nodes->count++;
	}
	kalm_dealloc(entry_first);
	if (rc)
		return rc == KALM_ERR_LIMIT ? rc : KALM_ERR_NO_MEMORY;
	uint32_t table[256] = {0};
	if (n)
		for (uint32_t e = t->nodes[0].edge_first; e; e = t->edges[e - 1].next)
			table[t->edges[e - 1].label] = o->new_of[t->edges[e - 1].child];
	root->count = 256;
	return kbuf_append(&root->data, table, sizeof(table));
}

/* Does PATTERN[0..LEN) hold a capital letter outside an escape ("\\W")?
 * A capital in a name or property ("\\p{Lu}", "(*SKIP)") counts too:
 * caseless matching changes nothing there. */
static bool pattern_has_capital(const uint8_t *p, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (p[i] == '\\')
			i++;
		else if (p[i] >= 'A' && p[i] <= 'Z')
			return true;
	}
	return false;
}

pcre2_code *rule_compile(const char *pattern, size_t len, uint32_t options,
			 int *perr, PCRE2_SIZE *poff)
{
	kbuf folded;
	memset(&folded, 0, sizeof folded);
	const uint8_t *p = (const uint8_t *)pattern;
	size_t n = len;
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = p[i] < 0x80;
	if (!ascii) {
		size_t bad = 0;
		int rc = view_fold_pattern(pattern, len, &folded, &bad);
		if (rc != 0) {
			*perr = rc == KALM_ERR_NO_MEMORY ? PCRE2_ERROR_NOMEMORY : 0;
			*poff = bad;
			kbuf_free(&folded);
			return NULL;
		}
		p = folded.data ? folded.data : (const uint8_t *)"";
		n = folded.len;
	}
	/* The view is in lower case: a caseless pattern finds there what a
	 * pattern in lower case finds, so only a pattern with a capital,
	 * which would otherwise never match, pays for caseless matching. */
	if (pattern_has_capital(p, n))
		options |= PCRE2_CASELESS;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)p, n, options, perr, poff,
				      NULL);
	kbuf_free(&folded);
	return c;
}

int rule_start_of(const char *pattern, krule_start *rs)
{
	memset(rs->first, 0xff, sizeof(rs->first));
	rs->min_len = 0;
	int perr;
	PCRE2_SIZE poff;
	pcre2_code *c = rule_compile(pattern, strlen(pattern),
				     RULE_PCRE2_OPTIONS & ~(uint32_t)PCRE2_NO_START_OPTIMIZE,
				     &perr, &poff);
	if (!c)
		return -1;
	uint32_t type = 0, unit = 0, min_len = 0;
	const uint8_t *bitmap = NULL;
	if (pcre2_pattern_info(c, PCRE2_INFO_MINLENGTH, &min_len) == 0)
		rs->min_len = min_len;
	if (pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
		type = 2;
	if (type == 1 &&
	    pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 &&
	    unit < 0x80) {
		/* the unit may be matched caselessly: allow both cases */
		memset(rs->first, 0, sizeof(rs->first));
		uint8_t lo = (uint8_t)(unit >= 'A' && unit <= 'Z' ? unit + 32 : unit);
		uint8_t up = (uint8_t)(unit >= 'a' && unit <= 'z' ? unit - 32 : unit);
		rs->first[lo >> 3] |= (uint8_t)(1u << (lo & 7));
		rs->first[up >> 3] |= (uint8_t)(1u << (up & 7));
		/* a caseless k or s also matches U+212A, U+017F */
		if (lo == 'k' || lo == 's')
			memset(rs->first + 0xC0 / 8, 0xff, 64 / 8);
	} else if (type == 0 &&
		   pcre2_pattern_info(c, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 &&
		   bitmap) {
		memcpy(rs->first, bitmap, sizeof(rs->first));
	}
	pcre2_code_free(c);
	return 0;
}

static uint32_t trie_child(const trie *t, uint32_t node, uint8_t label)
{
	for (uint32_t e = t->nodes[node].edge_first; e; e = t->edges[e - 1].next)
		if (t->edges[e - 1].label == label)
			return t->edges[e - 1].child;
	return 0;
}

/* The classes of the transition table (model.h, kdfa): one per byte
 * below 0x80 that labels an edge, from 1.  Returns the shift, or 0 when
 * the trie gets no table. */
static uint32_t dfa_classes(const trie *t, kdfa *d)
{
	memset(d, 0, sizeof *d);
	if (t->nnodes == 0 || t->nnodes > DFA_MAX_NODES)
		return 0;
	bool label[256] = {false};
	for (size_t e = 0; e < t->nedges; e++)
		label[t->edges[e].label] = true;
	uint32_t k = 0;
	for (unsigned b = 0; b < 256; b++)
		if (label[b])
			d->cls[b] = b < 0x80 ? (uint8_t)++k : DFA_SLOW;
	uint32_t shift = 1;
	while ((1u << shift) < k + 1)
		shift++;
	d->shift = shift;
	d->nodes = (uint32_t)t->nnodes;
	return shift;
}

/* Aho-Corasick links (model.h, klink) and the transition table (kdfa),
 * written in the nodes' order O. */
static int emit_links(const trie *t, const node_order *o, section *links,
		      section *dfa)
{
	size_t n = t->nnodes;
	klink *l = kalm_calloc(n ? n : 1, sizeof(klink));
	kdfa d;
	uint32_t shift = dfa_classes(t, &d);
	uint16_t *next = shift ? kalm_calloc(n << shift, sizeof(uint16_t))
			       : NULL;
	if (!l || (shift && !next)) {
		kalm_dealloc(l);
		kalm_dealloc(next);
		return KALM_ERR_NO_MEMORY;
	}
	/* the byte of each class, to fill a row */
	uint8_t byte_of[256] = {0};
	uint32_t nclass = 1; /* class 0 and those in use */
	for (unsigned b = 0; b < 256; b++)
		if (d.cls[b] && d.cls[b] != DFA_SLOW) {
			byte_of[d.cls[b]] = (uint8_t)b;
			nclass++;
		}
	if (!shift)
		nclass = 0;
	/* breadth first (order_nodes), so a node's suffixes, being shorter,
	 * are linked before it */
	for (size_t k = 0; k < n; k++) {
		uint32_t u = o->old_of[k];
		for (uint32_t e = t->nodes[u].edge_first; e; e = t->edges[e - 1].next) {
			uint32_t c = t->edges[e - 1].child;
			uint8_t label = t->edges[e - 1].label;
			uint32_t f = 0;
			if (u != 0) {
				uint32_t g = l[u].fail;
				for (;;) {
					f = trie_child(t, g, label);
					if (f || g == 0)
						break;
					g = l[g].fail;
				}
			}
			l[c].fail = f;
			l[c].out = t->nodes[c].reported ? c : l[f].out;
		}
		/* U's row: its own edges, else the row of its fail node,
		 * which is shallower and done.  Every node a row names is
		 * no deeper than U's children, so its OUT is known. */
		for (uint32_t k = 1; k < nclass; k++) {
			uint32_t to = trie_child(t, u, byte_of[k]);
			if (!to && u != 0)
				to = next[((size_t)l[u].fail << shift) | k] &
				     (DFA_OUT - 1);
			next[((size_t)u << shift) | k] =
				(uint16_t)(to | (l[to].out ? DFA_OUT : 0));
		}
	}
	/* written in the nodes' order (order_nodes) */
	int rc = 0;
	for (size_t k = 0; k < n && !rc; k++) {
		const klink *x = &l[o->old_of[k]];
		klink y = {o->new_of[x->fail], o->new_of[x->out]};
		rc = kbuf_append(&links->data, &y, sizeof y);
	}
	links->count = (uint32_t)n;
	if (!rc && shift) {
		rc = kbuf_append(&dfa->data, &d, sizeof d);
		uint16_t row[256];
		for (size_t k = 0; k < n && !rc; k++) {
			const uint16_t *r = next + ((size_t)o->old_of[k] << shift);
			for (uint32_t c = 0; c < (1u << shift); c++)
				row[c] = (uint16_t)(o->new_of[r[c] & (DFA_OUT - 1)] |
						    (r[c] & DFA_OUT));
			rc = kbuf_append(&dfa->data, row,
					 ((size_t)1 << shift) * sizeof(uint16_t));
		}
		dfa->count = 1;
	}
	kalm_dealloc(l);
	kalm_dealloc(next);
	return rc ? KALM_ERR_NO_MEMORY : 0;
}

static void fuzzy_add(kfuzzy *f, const uint8_t *w, size_t len)
{
	uint64_t h = fuzzy_hash(w, len);
	uint32_t a = (uint32_t)h & (FUZZY_KEY_BITS - 1);
	uint32_t b = (uint32_t)(h >> 40) & (FUZZY_KEY_BITS - 1);
	f->keys[a / 64] |= (uint64_t)1 << (a % 64);
	f->keys[b / 64] |= (uint64_t)1 << (b % 64);
}

/* The words one typo from fuzzy term T (LEN bytes, 5 <= LEN <= 64), as the
 * matcher's search reads a typo: a letter left out or two neighbours
 * swapped, never the first letter. */
static void fuzzy_term(kfuzzy *f, const uint8_t *t, size_t len)
{
	uint8_t w[64];
	for (size_t i = 1; i < len; i++) { /* T[i] left out */
		memcpy(w, t, i);
		memcpy(w + i, t + i + 1, len - i - 1);
		fuzzy_add(f, w, len - 1);
	}
	memcpy(w, t, len);
	for (size_t i = 1; i + 1 < len; i++) { /* T[i], T[i+1] swapped */
		if (t[i] == t[i + 1])
			continue;
		w[i] = t[i + 1];
		w[i + 1] = t[i];
		fuzzy_add(f, w, len);
		w[i] = t[i];
		w[i + 1] = t[i + 1];
	}
}

/* The fuzzy summary (model.h, kfuzzy). */
static int emit_fuzzy(const lexicon *lex, section *fuzzy)
{
	kfuzzy *f = kalm_calloc(1, sizeof(kfuzzy));
	if (!f)
		return KALM_ERR_NO_MEMORY;
	for (size_t i = 0; i < lex->nentries; i++) {
		const lex_entry *le = &lex->entries[i];
		size_t len = le->e.len;
		if (!(le->e.flags & EF_FUZZY) || len < 5)
			continue;
		const uint8_t *t = lex->folds.data + le->fold_off;
		if (len > 64 || memchr(t, ' ', len) || memchr(t, '-', len))
			f->general = 1; /* searched whenever it may start */
		else
			fuzzy_term(f, t, len);
	}
	int rc = kbuf_append(&fuzzy->data, f, sizeof(*f));
	fuzzy->count = 1;
	kalm_dealloc(f);
	return rc ? KALM_ERR_NO_MEMORY : 0;
}

static int emit_rules(const lexicon *lex, section *rules, section *code,
		      section *starts, kalm_error *err)
{
	for (size_t i = 0; i < lex->nrules; i++) {
		krule r = lex->rules[i].r;
		const char *pat = lex->strings.data
					  ? (const char *)lex->strings.data + r.pattern
					  : "";
		int perr;
		PCRE2_SIZE poff;
		pcre2_code *c = rule_compile(pat, strlen(pat), RULE_PCRE2_OPTIONS,
					     &perr, &poff);
		if (!c && perr == PCRE2_ERROR_NOMEMORY)
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		if (!c)
			return kalm_fail(err, KALM_ERR_SYNTAX, NULL, r.line, 0,
					 "rule at line %u no longer compiles", r.line);
		uint8_t *bytes = NULL;
		PCRE2_SIZE size = 0;
		const pcre2_code *list[1] = {c};
		int32_t rc = pcre2_serialize_encode(list, 1, &bytes, &size, NULL);
		pcre2_code_free(c);
		if (rc < 0)
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "cannot serialise rule at line %u", r.line);
		if (kbuf_align(&code->data, 8)) {
			pcre2_serialize_free(bytes);
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		}
		r.code_off = (uint32_t)code->data.len;
		r.code_len = (uint32_t)size;
		int ok = kbuf_append(&code->data, bytes, size);
		pcre2_serialize_free(bytes);
		krule_start rs;
		memset(&rs, 0, sizeof(rs));
		if (rule_start_of(pat, &rs))
			memset(rs.first, 0xff, sizeof(rs.first)); /* no filter */
		if (ok || kbuf_append(&rules->data, &r, sizeof(r)) ||
		    kbuf_append(&starts->data, &rs, sizeof(rs)))
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		rules->count++;
		starts->count++;
	}
	code->count = (uint32_t)lex->nrules;
	return 0;
}

static int emit_sources(const lexicon *lex, section *s)
{
	for (size_t i = 0; i < lex->nsources; i++) {
		const lex_source *src = &lex->sources[i];
		if (kbuf_append(&s->data, src->name, strlen(src->name) + 1) ||
		    kbuf_append(&s->data, src->text, src->len) ||
		    kbuf_append_u8(&s->data, 0))
			return KALM_ERR_NO_MEMORY;
		s->count++;
	}
	return 0;
}

int model_compile(const lexicon *lex, kbuf *out, kalm_error *err)
{
	trie t;
	memset(&t, 0, sizeof(t));
	node_order order = {NULL, NULL};
	section sec[SEC_MAX - 1];
	memset(sec, 0, sizeof(sec));
	for (int i = 0; i < SEC_MAX - 1; i++)
		sec[i].id = (uint32_t)(i + 1);
	section *meta = &sec[SEC_META - 1], *strings = &sec[SEC_STRINGS - 1],
		*entries = &sec[SEC_ENTRIES - 1], *nodes = &sec[SEC_NODES - 1],
		*edges = &sec[SEC_EDGES - 1], *root = &sec[SEC_ROOT - 1],
		*rules = &sec[SEC_RULES - 1], *code = &sec[SEC_RULECODE - 1],
		*langid = &sec[SEC_LANGID - 1], *sources = &sec[SEC_SOURCES - 1],
		*starts = &sec[SEC_RULESTART - 1], *links = &sec[SEC_LINKS - 1],
		*fuzzy = &sec[SEC_FUZZY - 1], *nav = &sec[SEC_NAV - 1],
		*dfa = &sec[SEC_DFA - 1];
	int rc = KALM_ERR_NO_MEMORY;
	uint32_t r;
	t.entry_next = kalm_calloc(lex->nentries + 1, sizeof(uint32_t));
	if (!t.entry_next || new_node(&t, &r))
		goto oom;
	for (size_t i = 0; i < lex->nentries; i++)
		if (insert(&t, lex, i))
			goto oom;
	if (order_nodes(&t, &order))
		goto oom;
	uint32_t crowded = 0;
	if ((rc = emit_trie(&t, lex, &order, nodes, edges, entries, root, nav,
			    &crowded))) {
		if (rc != KALM_ERR_LIMIT)
			goto oom; /* which says so in ERR */
		const kentry *e = &lex->entries[crowded].e;
		const char *file = (const char *)lex->strings.data + e->source;
		kalm_fail(err, rc, file, e->line, 0,
			  "%s:%u: more than 4096 entries share the term of this "
			  "line", file, e->line);
		goto done;
	}
	if (emit_links(&t, &order, links, dfa) || emit_fuzzy(lex, fuzzy))
		goto oom;
	if ((rc = emit_rules(lex, rules, code, starts, err)))
		goto done;
	rc = KALM_ERR_NO_MEMORY;
	if (kbuf_append(&strings->data, lex->strings.data, lex->strings.len) ||
	    kbuf_append_u8(&strings->data, 0))
		goto oom;
	if (kbuf_append(&langid->data, lex->langid.data, lex->langid.len))
		goto oom;
	if (emit_sources(lex, sources))
		goto oom;
	kmeta km;
	memset(&km, 0, sizeof(km));
	km.threshold_milli = 350;
	km.entry_count = entries->count;
	km.rule_count = rules->count;
	km.pcre2_version = PCRE2_MAJOR * 100 + PCRE2_MINOR;
	if (kbuf_append(&meta->data, &km, sizeof(km)))
		goto oom;
	meta->count = 1;

	/* header, section table, then the sections 16-byte aligned */
	out->len = 0;
	kblob_header h;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, BLOB_MAGIC, 8);
	h.version = BLOB_VERSION;
	h.endian = BLOB_ENDIAN;
	h.nsections = SEC_MAX - 1;
	if (kbuf_append(out, &h, sizeof(h)))
		goto oom;
	size_t table = out->len;
	kblob_section zero[SEC_MAX - 1];
	memset(zero, 0, sizeof(zero));
	if (kbuf_append(out, zero, sizeof(zero)))
		goto oom;
	for (int i = 0; i < SEC_MAX - 1; i++) {
		if (kbuf_align(out, 16))
			goto oom;
		kblob_section s = {sec[i].id, (uint32_t)out->len,
				   (uint32_t)sec[i].data.len, sec[i].count};
		memcpy(out->data + table + (size_t)i * sizeof(s), &s, sizeof(s));
		if (kbuf_append(out, sec[i].data.data, sec[i].data.len))
			goto oom;
	}
	if (kbuf_align(out, 16))
		goto oom;
	if (out->len > UINT32_MAX) {
		rc = kalm_fail(err, KALM_ERR_LIMIT, NULL, 0, 0,
			       "the model would exceed 4 GiB");
		goto done;
	}
	kblob_header *hp = (kblob_header *)out->data;
	hp->size = (uint32_t)out->len;
	hp->crc = kalm_crc32(0, out->data + sizeof(h), out->len - sizeof(h));
	rc = 0;
	goto done;
oom:
	rc = kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
done:
	for (int i = 0; i < SEC_MAX - 1; i++)
		kbuf_free(&sec[i].data);
	kalm_dealloc(t.nodes);
	kalm_dealloc(t.edges);
	kalm_dealloc(t.entry_next);
	order_free(&order);
	return rc;
}
