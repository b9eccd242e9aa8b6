/*
 * Matching: one trie over all languages' terms, walked from the start of
 * every word (and, where the trie holds word parts, from inside words).
 * The walk reads the view with a little tolerance that plain lookups lack:
 * a leet character may stand for its other letter, a mask for any letter,
 * a stretched letter counts once or twice, and for `fuzzy` terms one
 * letter may be missing or two neighbours swapped.  Each start is bounded
 * by a step budget, so time is linear in the text whatever it holds.
 */
#include "match.h"

#define STEP_BUDGET 512  /* trie steps per start position */
#define STRETCH_MAX 32   /* longest run of one letter read as one */

static inline const knode *node_at(const kalm_model *m, uint32_t n)
{
	return &m->nodes[n];
}

/* Child of NODE for LABEL, or 0. */
static inline uint32_t step(const kalm_model *m, uint32_t node, uint8_t label)
{
	if (node == 0)
		return m->root[label];
	const knode *n = node_at(m, node);
	const kedge *e = m->edges + n->edge_first;
	for (uint16_t i = 0; i < n->edge_count; i++) {
		if (e[i].label == label)
			return e[i].child;
		if (e[i].label > label)
			break;
	}
	return 0;
}

/* Only states that can still reach an entry are kept: inside a word,
 * only subtrees with word parts; after a typo, only fuzzy subtrees. */
static int push(kmatcher *mt, size_t *sp, kdfs s)
{
	uint8_t flags = mt->model->nodes[s.node].flags;
	if ((mt->need_mid && !(flags & NF_MID)) ||
	    (s.edits && !(flags & NF_FUZZY)))
		return 0;
	if (*sp >= mt->stackcap &&
	    kalm_grow((void **)&mt->stack, &mt->stackcap, *sp + 1, sizeof(kdfs)))
		return KALM_ERR_NO_MEMORY;
	mt->stack[(*sp)++] = s;
	return 0;
}

static int add_cand(kmatcher *mt, kcand c)
{
	/* the same entry over the same words is one match */
	for (size_t i = mt->ncand; i-- > 0;) {
		const kcand *o = &mt->cand[i];
		if (o->tok_last < c.tok_first)
			break;
		if (o->id == c.id && o->tok_first == c.tok_first &&
		    o->tok_last == c.tok_last)
			return 0;
	}
	if (kalm_grow((void **)&mt->cand, &mt->candcap, mt->ncand + 1, sizeof(kcand)))
		return KALM_ERR_NO_MEMORY;
	mt->cand[mt->ncand++] = c;
	return 0;
}

static bool is_letter_byte(uint8_t b)
{
	return (b >= 'a' && b <= 'z') || b >= 0x80;
}

/* Does entry E accept a walk that started at START (word START_TOK) and
 * ended at S->pos? */
static bool accepts(const kentry *e, const kview *v, uint32_t start,
		    uint32_t start_tok, const kdfs *s)
{
	const ktoken *first = &v->tok[start_tok];
	const ktoken *last = &v->tok[s->tok];
	bool at_start = start == first->start;
	bool at_end = s->pos == last->end;
	switch (e->shape) {
	case S_WORD:
		if (!at_start || !at_end)
			return false;
		break;
	case S_INFLECT:
		if (!at_start || last->end - s->pos > INFLECT_MAX)
			return false;
		for (uint32_t p = s->pos; p < last->end; p++)
			if (!is_letter_byte(v->text[p]) && v->text[p] != VIEW_MASK)
				return false;
		break;
	case S_PREFIX:
		if (!at_start)
			return false;
		break;
	case S_SUFFIX:
		if (!at_end)
			return false;
		break;
	default:
		break;
	}
	if (s->masks && (s->masks * 2u > e->len || (unsigned)e->len - s->masks < 2u))
		return false;
	/* a typo is only forgiven when the term is the whole rest of the
	 * word: "moesten" is not a misspelt "molest" plus an ending */
	if (s->edits && (!(e->flags & EF_FUZZY) || e->len < 5 || !at_end))
		return false;
	return true;
}

static int report(const kalm_model *m, const kview *v, kmatcher *mt,
		  const knode *n, uint32_t start, uint32_t start_tok,
		  const kdfs *s)
{
	for (uint16_t k = 0; k < n->entry_count; k++) {
		uint32_t id = n->entry_first + k;
		const kentry *e = &m->entries[id];
		if (!accepts(e, v, start, start_tok, s))
			continue;
		kcand c;
		c.id = id;
		c.tok_first = start_tok;
		c.tok_last = s->tok;
		c.vstart = v->tok[start_tok].start;
		c.vend = v->tok[s->tok].end;
		c.kind = e->kind;
		c.flags = (uint8_t)((s->masks ? CF_MASKED : 0) |
				    (s->edits ? CF_FUZZY : 0));
		if (add_cand(mt, c))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

/* Push the children of S->node that input byte B (or a mask) leads to. */
static int advance(const kalm_model *m, kmatcher *mt, size_t *sp,
		   const kdfs *s, uint8_t b, uint32_t pos)
{
	if (b == VIEW_MASK) {
		if (s->node == 0)
			return 0; /* a word never starts with a mask */
		const knode *n = node_at(m, s->node);
		for (uint16_t i = 0; i < n->edge_count; i++) {
			const kedge *e = &m->edges[n->edge_first + i];
			if (!is_letter_byte(e->label))
				continue;
			kdfs t = *s;
			t.node = e->child;
			t.pos = pos;
			t.masks++;
			if (push(mt, sp, t))
				return KALM_ERR_NO_MEMORY;
		}
		return 0;
	}
	uint32_t c = step(m, s->node, b);
	if (c) {
		kdfs t = *s;
		t.node = c;
		t.pos = pos;
		return push(mt, sp, t);
	}
	return 0;
}

static int walk(const kalm_model *m, const kview *v, kmatcher *mt,
		uint32_t start, uint32_t tok)
{
	size_t sp = 0;
	kdfs s0 = {0, start, tok, 0, 0, 0};
	bool anchored = start == v->tok[tok].start;
	mt->model = m;
	mt->need_mid = !anchored;
	if (push(mt, &sp, s0))
		return KALM_ERR_NO_MEMORY;
	unsigned budget = STEP_BUDGET;
	while (sp > 0 && budget-- > 0) {
		kdfs s = mt->stack[--sp];
		const knode *n = node_at(m, s.node);
		if (n->entry_count && s.node != 0 &&
		    report(m, v, mt, n, start, tok, &s))
			return KALM_ERR_NO_MEMORY;
		const ktoken *t = &v->tok[s.tok];
		if (s.pos >= t->end) {
			/* cross into the next word for terms of several words */
			if (s.pos < v->len &&
			    (v->text[s.pos] == ' ' || v->text[s.pos] == '-') &&
			    s.tok + 1 < v->ntok && v->tok[s.tok + 1].start == s.pos + 1) {
				uint32_t c = step(m, s.node, v->text[s.pos]);
				if (c) {
					kdfs x = s;
					x.node = c;
					x.pos = s.pos + 1;
					x.tok = s.tok + 1;
					if (push(mt, &sp, x))
						return KALM_ERR_NO_MEMORY;
				}
			}
			continue;
		}
		uint8_t b = v->text[s.pos], alt = v->alt[s.pos];
		if (advance(m, mt, &sp, &s, b, s.pos + 1))
			return KALM_ERR_NO_MEMORY;
		if (alt && alt != b && advance(m, mt, &sp, &s, alt, s.pos + 1))
			return KALM_ERR_NO_MEMORY;
		/* a stretched letter (three or more in a row, so that "kaak"
		 * stays "kaak"): the rest of its run may be read as one */
		if (s.pos > start && b == v->text[s.pos - 1] && is_letter_byte(b) &&
		    s.node != 0) {
			uint32_t p = s.pos, q = s.pos - 1;
			while (p < t->end && v->text[p] == b && p - s.pos < STRETCH_MAX)
				p++;
			while (q > t->start && v->text[q - 1] == b && s.pos - q < STRETCH_MAX)
				q--;
			if ((p == t->end || v->text[p] != b) && p - q >= 3) {
				kdfs x = s;
				x.pos = p;
				if (push(mt, &sp, x))
					return KALM_ERR_NO_MEMORY;
			}
		}
		/* one typo in fuzzy words, never at the first letter */
		if (anchored && s.edits == 0 && s.node != 0 && (n->flags & NF_FUZZY)) {
			for (uint16_t i = 0; i < n->edge_count; i++) {
				const kedge *e = &m->edges[n->edge_first + i];
				if (!is_letter_byte(e->label) || e->label == b)
					continue;
				kdfs x = s; /* a letter left out */
				x.node = e->child;
				x.edits = 1;
				if (push(mt, &sp, x))
					return KALM_ERR_NO_MEMORY;
			}
			if (s.pos + 1 < t->end) { /* two letters swapped */
				uint8_t b2 = v->text[s.pos + 1];
				uint32_t c1 = b2 != b ? step(m, s.node, b2) : 0;
				uint32_t c2 = c1 ? step(m, c1, b) : 0;
				if (c2) {
					kdfs x = s;
					x.node = c2;
					x.pos = s.pos + 2;
					x.edits = 1;
					if (push(mt, &sp, x))
						return KALM_ERR_NO_MEMORY;
				}
			}
		}
	}
	return 0;
}

static uint32_t token_at(const kview *v, uint32_t pos, bool end)
{
	/* first token ending after POS (start), or last starting before it */
	size_t lo = 0, hi = v->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v->tok[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (end) {
		while (lo > 0 && (lo >= v->ntok || v->tok[lo].start >= pos))
			lo--;
	}
	return (uint32_t)(lo < v->ntok ? lo : v->ntok - 1);
}

/* Queue rule R to be tried at the starts of the words within RULE_REACH
 * of its trigger word T, in T's sentence; each start once per rule. */
static int queue_rule(const kview *v, kmatcher *mt, uint32_t r, uint32_t t)
{
	uint32_t sent = v->tok[t].sentence;
	uint32_t first = t, last = t, end = t;
	while (first > 0 && t - first < RULE_REACH &&
	       v->tok[first - 1].sentence == sent)
		first--;
	while (end + 1 < v->ntok && v->tok[end + 1].sentence == sent)
		end++;
	last = end - t > RULE_REACH ? t + RULE_REACH : end;
	if (first < mt->fired[r])
		first = mt->fired[r];
	if (first > last)
		return 0;
	mt->fired[r] = last + 1;
	if (kalm_grow((void **)&mt->jobs, &mt->jobcap, mt->njobs + 1,
		      sizeof(*mt->jobs)))
		return KALM_ERR_NO_MEMORY;
	mt->jobs[mt->njobs++] = (struct krulejob){r, first, last, end};
	return 0;
}

static int rule_context(kmatcher *mt)
{
	if (mt->md)
		return 0;
	mt->md = pcre2_match_data_create(1, NULL);
	mt->mctx = pcre2_match_context_create(NULL);
	mt->jit = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
	if (!mt->md || !mt->mctx || !mt->jit)
		return KALM_ERR_NO_MEMORY;
	pcre2_set_match_limit(mt->mctx, 100000);
	pcre2_set_depth_limit(mt->mctx, 2000);
	pcre2_set_heap_limit(mt->mctx, 4096); /* KiB */
	pcre2_jit_stack_assign(mt->mctx, NULL, mt->jit);
	return 0;
}

/* Try the queued rules.  Patterns are anchored, so each try costs what
 * the pattern needs to fail at one word, not a scan of the text. */
static int run_rules(const kalm_model *m, const kview *v, kmatcher *mt)
{
	if (rule_context(mt))
		return KALM_ERR_NO_MEMORY;
	for (size_t jb = 0; jb < mt->njobs; jb++) {
		const struct krulejob *job = &mt->jobs[jb];
		const pcre2_code *code = model_rule_code(m, job->rule);
		PCRE2_SIZE end = v->tok[job->end].end;
		/* let the pattern see the sentence's closing punctuation */
		while (end < v->len && v->text[end] != ' ' &&
		       !view_is_word_byte(v->text[end]))
			end++;
		for (uint32_t t = job->first; t <= job->last; t++) {
			int rc = pcre2_match(code, v->text, end, v->tok[t].start,
					     PCRE2_NO_UTF_CHECK, mt->md, mt->mctx);
			if (rc == PCRE2_ERROR_NOMATCH)
				continue;
			if (rc < 0) {
				mt->rule_errors++;
				continue;
			}
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mt->md);
			PCRE2_SIZE s = ov[0], e = ov[1];
			while (e > s && !view_is_word_byte(v->text[e - 1]))
				e--;
			if (e <= s)
				continue;
			kcand c;
			c.id = job->rule | CAND_RULE;
			c.tok_first = t;
			c.tok_last = token_at(v, (uint32_t)e, true);
			if (c.tok_last < c.tok_first)
				c.tok_last = c.tok_first;
			c.vstart = (uint32_t)s;
			c.vend = (uint32_t)e;
			c.kind = m->rules[job->rule].kind;
			c.flags = 0;
			if (add_cand(mt, c))
				return KALM_ERR_NO_MEMORY;
			t = c.tok_last; /* next try after this match */
		}
	}
	return 0;
}

int match_view(const kalm_model *m, const kview *v, kmatcher *mt)
{
	mt->ncand = 0;
	mt->njobs = 0;
	if (m->nrules) {
		if (kalm_grow((void **)&mt->fired, &mt->firedcap, m->nrules,
			      sizeof(uint32_t)))
			return KALM_ERR_NO_MEMORY;
		memset(mt->fired, 0, m->nrules * sizeof(uint32_t));
	}
	bool mid = (node_at(m, 0)->flags & NF_MID) != 0;
	for (uint32_t t = 0; t < v->ntok; t++) {
		const ktoken *tok = &v->tok[t];
		if (tok->flags & TOK_NUMBER)
			continue;
		for (uint32_t p = tok->start; p < tok->end; p++) {
			if (p > tok->start && (!mid || (v->text[p] & 0xC0) == 0x80))
				continue;
			if (p > tok->start) {
				/* inside a word: only where a word part may begin */
				uint32_t c = m->root[v->text[p]];
				uint32_t a = v->alt[p] ? m->root[v->alt[p]] : 0;
				if (!(c && (m->nodes[c].flags & NF_MID)) &&
				    !(a && (m->nodes[a].flags & NF_MID)))
					continue;
			}
			if (walk(m, v, mt, p, t))
				return KALM_ERR_NO_MEMORY;
			if (!mid)
				break;
		}
	}
	for (size_t i = 0; i < mt->ncand; i++)
		if (mt->cand[i].kind == K_TRIGGER &&
		    queue_rule(v, mt, m->entries[mt->cand[i].id].rule,
			       mt->cand[i].tok_first))
			return KALM_ERR_NO_MEMORY;
	return mt->njobs ? run_rules(m, v, mt) : 0;
}

void matcher_free(kmatcher *mt)
{
	kalm_dealloc(mt->cand);
	kalm_dealloc(mt->stack);
	kalm_dealloc(mt->fired);
	kalm_dealloc(mt->jobs);
	pcre2_match_data_free(mt->md);
	pcre2_match_context_free(mt->mctx);
	pcre2_jit_stack_free(mt->jit);
	memset(mt, 0, sizeof(*mt));
}
