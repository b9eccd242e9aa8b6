/*
 * Scoring: from matches to a verdict.  For every match it decides, in
 * plain rules a reader can follow, whether it is aimed at the reader
 * (a "you" word close by in the same clause, a vocative form, or an
 * insult standing alone as a clause), whether it is negated or quoted,
 * whether a `target` word actually has a target, and whether talk about
 * a protected group makes an insult hate.  Category scores combine the
 * counted matches' severities; the overall score is the highest abuse
 * category.
 */
#include "langid.h"
#include "match.h"

#include <stddef.h>
#include <stdlib.h>

#define SEGMENT_BYTES (64 * 1024)
/* kalm_score_many reads this many messages' languages, then scores them
 * one by one */
#define GROUP 64
#define NEAR_BEFORE 3 /* a "you" word this many words before a match... */
#define NEAR_AFTER 2  /* ...or this many after aims it at the reader */
#define NEGATION_REACH 2 /* a negator this many words before negates */
#define STANDALONE_WORDS 3 /* an insult in a clause this short is an address */
/* What a scratch learns of the words it reads (langid.c's memo and
 * match.c's known words) is kept for 2^MEMO_BITS words each, about
 * 230 KiB in all.  A scratch that has scored BUSY_AFTER messages (a
 * thread's, serving many conversations, rather than one conversation's)
 * keeps 2^MEMO_BITS_BUSY words each, about 900 KiB: text of a wide
 * vocabulary, such as customers' questions, then meets most of its words
 * again. */
#define MEMO_BITS MATCH_KNOWN_BITS
#define MEMO_BITS_BUSY 13
#define BUSY_AFTER 1024
_Static_assert(MEMO_BITS >= LANGID_MEMO_BITS_MIN &&
		       MEMO_BITS_BUSY <= LANGID_MEMO_BITS_MAX &&
		       MEMO_BITS >= MATCH_KNOWN_BITS_MIN &&
		       MEMO_BITS_BUSY <= MATCH_KNOWN_BITS_MAX &&
		       MEMO_BITS <= MEMO_BITS_BUSY,
	       "sizes both memos take");

enum { M_YOU = 1, M_PERSON = 2, M_GROUP = 4, M_NEGATOR = 8, M_REPORT = 16,
       M_ALLOW = 32, M_AIMED = 64,
       M_POSSESSIVE = 128 /* a `you` word that may be a possessive */ };

struct kalm_scratch {
	kview view;
	kmatcher matcher;
	uint8_t *mark; /* per token: M_* */
	uint32_t *best; /* per token: best abuse candidate + 1 */
	size_t tokcap, bestcap;
	struct reading *reading; /* per candidate */
	size_t readcap;
	uint32_t *valid; /* the candidates with a valid reading, in order */
	size_t validcap;
	langid_memo *memo; /* made on first use; NULL while it cannot be */
	bool memo_failed;  /* an allocation for it failed: no more tried */
	size_t scored;     /* messages scored with the scratch */
	langid_result group[GROUP]; /* kalm_score_many: a group's languages */
};

struct kalm_verdict {
	double score;
	double category[KALM_CAT_COUNT];
	double keep[KALM_CAT_COUNT]; /* product of (1 - weight) */
	int severity;
	bool abusive, targeted;
	kalm_lang lang, guess;
	double confidence;
	size_t length, invalid, total;
	size_t rule_errors; /* rule tries stopped at a PCRE2 limit */
	size_t nmatch;
	/* kept across calls (not reset): grown on demand up to
	 * KALM_MATCH_LIMIT, so an idle verdict (one per open session) stays
	 * small and a warm one allocates nothing */
	kalm_match *match;
	size_t matchcap;
	/* what a session needs to know of the matches past KALM_MATCH_LIMIT,
	 * which are not listed (cleared only after a message that had
	 * some): the categories of the counted ones, how many counted abuse
	 * ones are not negated, and per category, aimed at the reader or
	 * not, the first of those of the highest severity (severity 0: none) */
	uint32_t over_categories;
	size_t over_abuse;
	kalm_match over_best[KALM_CAT_COUNT][2];
};

/* Weight of one counted match by severity. */
static const double weight[5] = {0.0, 0.40, 0.62, 0.80, 0.95};

kalm_status kalm_scratch_new(kalm_scratch **out)
{
	if (!out)
		return KALM_ERR_ARGUMENT;
	*out = kalm_calloc(1, sizeof(kalm_scratch));
	return *out ? KALM_OK : KALM_ERR_NO_MEMORY;
}

void kalm_scratch_free(kalm_scratch *s)
{
	if (!s)
		return;
	view_free(&s->view);
	matcher_free(&s->matcher);
	kalm_dealloc(s->mark);
	kalm_dealloc(s->best);
	kalm_dealloc(s->reading);
	kalm_dealloc(s->valid);
	kalm_dealloc(s->memo);
	kalm_dealloc(s);
}

kalm_status kalm_verdict_new(kalm_verdict **out)
{
	if (!out)
		return KALM_ERR_ARGUMENT;
	*out = kalm_calloc(1, sizeof(kalm_verdict));
	return *out ? KALM_OK : KALM_ERR_NO_MEMORY;
}

void kalm_verdict_free(kalm_verdict *v)
{
	if (!v)
		return;
	kalm_dealloc(v->match);
	kalm_dealloc(v);
}

/* ---- per-segment judgement ---- */

/* The kinds of MT's candidates, a bit (1u << kind) each. */
_Static_assert(K_MAX <= 32, "a kind is a bit of a 32-bit word");
static uint32_t cand_kinds(const kmatcher *mt)
{
	uint32_t kinds = 0;
	for (size_t i = 0; i < mt->ncand; i++)
		kinds |= 1u << (mt->cand[i].kind & 31);
	return kinds;
}

/* The kinds that may be read as abuse (kind_is_abuse), and the markers'
 * (kind_mark). */
#define KINDS_ABUSE (((1u << (K_HATE + 1)) - 1) | 1u << K_FRUSTRATION)
#define KINDS_MARKER                                                      \
	(1u << K_YOU | 1u << K_PERSON | 1u << K_GROUP | 1u << K_NEGATOR | \
	 1u << K_REPORT | 1u << K_ALLOW)

typedef struct judge {
	const kalm_model *m;
	const kview *v;
	kalm_scratch *s;
	kalm_verdict *out;
	kalm_lang lang;
	/* the marks the segment's words have (M_*, but M_AIMED): a mark
	 * none has need not be looked for word by word */
	uint8_t marks;
	bool marks_made; /* the scratch's marks are the segment's */
	/* the sentence last asked about (sentence_marks) */
	bool sent_known;
	uint8_t sent_marks;
	uint32_t sent, sent_first_report;
} judge;

static const kentry *cand_entry(const judge *j, const kcand *c)
{
	return (c->id & CAND_RULE) ? NULL : &j->m->entries[c->id];
}

static void cand_info(const judge *j, const kcand *c, uint8_t *sev,
		      uint16_t *flags, uint8_t *lang)
{
	if (c->id & CAND_RULE) {
		const krule *r = &j->m->rules[c->id & ~CAND_RULE];
		*sev = r->severity;
		*flags = r->flags;
		*lang = r->lang;
	} else {
		const kentry *e = &j->m->entries[c->id];
		*sev = e->severity;
		*flags = e->flags;
		*lang = e->lang;
	}
}

/* How one candidate reads in its context. */
typedef struct reading {
	uint8_t category, severity;
	bool targeted, negated, counted, valid;
} reading;

/* Is A a better explanation of its words than B? */
static bool better(const judge *j, const kcand *a, const reading *ra,
		   const kcand *b, const reading *rb)
{
	uint8_t sa, sb, la, lb;
	uint16_t fa, fb;
	cand_info(j, a, &sa, &fa, &la);
	cand_info(j, b, &sb, &fb, &lb);
	if (ra->counted != rb->counted)
		return ra->counted;
	if ((ra->category == KALM_CAT_FRUSTRATION) !=
	    (rb->category == KALM_CAT_FRUSTRATION))
		return rb->category == KALM_CAT_FRUSTRATION;
	if ((a->flags & CF_FUZZY) != (b->flags & CF_FUZZY))
		return !(a->flags & CF_FUZZY);
	if (sa != sb)
		return sa > sb;
	if ((la == j->lang) != (lb == j->lang))
		return la == j->lang;
	uint32_t wa = a->tok_last - a->tok_first, wb = b->tok_last - b->tok_first;
	if (wa != wb)
		return wa > wb;
	return (a->vend - a->vstart) > (b->vend - b->vstart);
}

static bool in_range(const kview *v, uint32_t t, uint32_t clause)
{
	return t < v->ntok && v->tok[t].clause == clause;
}

/* A "you" word near [first, last] in the same clause. */
static bool near_you(const judge *j, uint32_t first, uint32_t last)
{
	const kview *v = j->v;
	if (!(j->marks & M_YOU))
		return false;
	uint32_t clause = v->tok[first].clause;
	for (uint32_t k = 1; k <= NEAR_BEFORE && k <= first; k++)
		if (in_range(v, first - k, clause) && (j->s->mark[first - k] & M_YOU))
			return true;
	for (uint32_t t = first; t <= last; t++)
		if (j->s->mark[t] & M_YOU)
			return true;
	for (uint32_t k = 1; k <= NEAR_AFTER; k++)
		if (in_range(v, last + k, v->tok[last].clause) &&
		    (j->s->mark[last + k] & M_YOU))
			return true;
	return false;
}

/* A person or "you" near [first, last] in the same clause: "this app is
 * useless, can you fix it?" does not aim "useless" at anyone. */
static bool near_person(const judge *j, uint32_t first, uint32_t last)
{
	const kview *v = j->v;
	if (!(j->marks & (M_PERSON | M_YOU)))
		return false;
	uint32_t clause = v->tok[first].clause;
	uint32_t lo = first > NEAR_BEFORE ? first - NEAR_BEFORE : 0;
	uint32_t hi = last + NEAR_BEFORE;
	for (uint32_t t = lo; t <= hi && t < v->ntok; t++)
		if (v->tok[t].clause == clause && (j->s->mark[t] & (M_PERSON | M_YOU)))
			return true;
	return false;
}

/* Is token T a `verb` entry of the message's language? */
static bool is_verb(const judge *j, uint32_t t)
{
	const ktoken *w = &j->v->tok[t];
	return match_word_kind(j->m, j->v->text + w->start, w->end - w->start,
			       K_VERB, j->lang);
}

/* A `you` word that may be a possessive is one when a word follows it
 * that is no verb, marker or abuse, and then a verb, in its clause:
 * "jullie app is waardeloos", "jou kar is gemors" name the reader's
 * things and address nobody; "jullie zijn waardeloos", "ik vind jullie
 * waardeloos", "jullie idioten zijn ..." address the reader.  Such a
 * word loses its M_YOU. */
static void possessives(judge *j)
{
	const kview *v = j->v;
	uint8_t *mark = j->s->mark;
	/* a word after it that reads as abuse (not frustration) keeps it a
	 * pronoun ("jullie idioten zijn ..."): every word of such a reading
	 * clears the mark of the word before it */
	const kmatcher *mt = &j->s->matcher;
	for (size_t i = 0; i < mt->ncand; i++) {
		const kcand *c = &mt->cand[i];
		if (c->kind > K_HATE)
			continue;
		const kentry *e = cand_entry(j, c);
		if (e && !kind_applies(e->lang, e->shape, e->flags, e->kind, j->lang))
			continue;
		for (uint32_t t = c->tok_first ? c->tok_first : 1; t <= c->tok_last; t++)
			mark[t - 1] &= (uint8_t)~M_POSSESSIVE;
	}
	for (uint32_t t = 0; t + 2 < v->ntok; t++) {
		if (!(mark[t] & M_POSSESSIVE))
			continue;
		uint32_t clause = v->tok[t].clause;
		const ktoken *w = &v->tok[t + 1];
		if (w->clause != clause || v->tok[t + 2].clause != clause ||
		    (w->flags & (TOK_NUMBER | TOK_SYMBOL)) || mark[t + 1] ||
		    is_verb(j, t + 1) || !is_verb(j, t + 2))
			continue;
		mark[t] &= (uint8_t)~(M_YOU | M_POSSESSIVE);
	}
}

/* The marks of token T's sentence and its first `report` word, worked
 * out once per sentence: asking word by word would make a long sentence
 * ("idiot idiot idiot ...") quadratic. */
static void sentence_marks(judge *j, uint32_t t)
{
	const kview *v = j->v;
	uint32_t sent = v->tok[t].sentence;
	if (j->sent_known && j->sent == sent)
		return;
	uint32_t k = t;
	while (k > 0 && v->tok[k - 1].sentence == sent)
		k--;
	j->sent_known = true;
	j->sent = sent;
	j->sent_marks = 0;
	j->sent_first_report = UINT32_MAX;
	for (; k < v->ntok && v->tok[k].sentence == sent; k++) {
		if ((j->s->mark[k] & M_REPORT) && j->sent_first_report == UINT32_MAX)
			j->sent_first_report = k;
		j->sent_marks |= j->s->mark[k];
	}
}

/* A `report` word before token T in its sentence. */
static bool reported_before(judge *j, uint32_t t)
{
	if (!(j->marks & M_REPORT))
		return false;
	sentence_marks(j, t);
	return j->sent_first_report < t;
}

/* A word marked MARK anywhere in token T's sentence. */
static bool sentence_has(judge *j, uint32_t t, uint8_t mark)
{
	if (!(j->marks & mark))
		return false;
	sentence_marks(j, t);
	return (j->sent_marks & mark) != 0;
}

/* The clause of FIRST..LAST holds few other words: "..., stomme trut." */
static bool standalone(const judge *j, uint32_t first, uint32_t last)
{
	const kview *v = j->v;
	uint32_t clause = v->tok[first].clause, words = 0;
	/* counting stops once the clause is too long: linear time */
	for (uint32_t k = first;
	     k-- > 0 && v->tok[k].clause == clause && words <= STANDALONE_WORDS;)
		words++;
	for (uint32_t k = first; k < v->ntok && v->tok[k].clause == clause &&
				 words <= STANDALONE_WORDS; k++)
		words++;
	(void)last;
	return words <= STANDALONE_WORDS;
}

static bool negator_within(const judge *j, uint32_t from, int dir,
			   uint32_t reach, uint32_t clause)
{
	const kview *v = j->v;
	for (uint32_t k = 1; k <= reach; k++) {
		if (dir < 0 && k > from)
			return false;
		uint32_t t = dir < 0 ? from - k : from + k;
		if (!in_range(v, t, clause))
			return false;
		if (j->s->mark[t] & M_NEGATOR)
			return true;
	}
	return false;
}

/* "you are not an idiot", "nie jesteś idiotą": a negator just before;
 * or negation on both sides, as Afrikaans puts it: "ek se nie jy is dom
 * nie". */
static bool negated(const judge *j, uint32_t first, uint32_t last)
{
	if (!(j->marks & M_NEGATOR))
		return false;
	uint32_t clause = j->v->tok[first].clause;
	if (negator_within(j, first, -1, NEGATION_REACH, clause))
		return true;
	return negator_within(j, first, -1, 4, clause) &&
	       negator_within(j, last, +1, 2, clause);
}

static bool all_quoted(const kview *v, uint32_t first, uint32_t last)
{
	for (uint32_t t = first; t <= last; t++)
		if (!(v->tok[t].flags & TOK_QUOTED))
			return false;
	return true;
}

static bool all_allowed(const judge *j, uint32_t first, uint32_t last)
{
	if (!(j->marks & M_ALLOW))
		return false;
	for (uint32_t t = first; t <= last; t++)
		if (!(j->s->mark[t] & M_ALLOW))
			return false;
	return true;
}

/* MM becomes the match of candidate C as judged: CATEGORY, SEV, TARGETED,
 * NEG and COUNTED. */
static void match_fill(const judge *j, const kcand *c, uint8_t category,
		       uint8_t sev, bool targeted, bool neg, bool counted,
		       kalm_match *mm)
{
	const kview *v = j->v;
	mm->category = (kalm_category)category;
	mm->severity = sev;
	mm->targeted = targeted;
	mm->negated = neg;
	mm->counted = counted;
	mm->rule = (c->id & CAND_RULE) != 0;
	mm->entry = (c->id & CAND_RULE) ? (uint32_t)j->m->nentries + (c->id & ~CAND_RULE)
					: c->id;
	uint32_t start, end;
	view_src_span(v, c->vstart, c->vend, &start, &end);
	mm->start = v->base + start;
	mm->end = v->base + end;
}

/* record for a match past KALM_MATCH_LIMIT: not listed, but what a
 * session needs to know of it is kept. */
static void record_unlisted(judge *j, const kcand *c, uint8_t category,
			    uint8_t sev, bool targeted, bool neg, bool counted)
{
	kalm_verdict *out = j->out;
	if (!counted || category >= KALM_CAT_COUNT)
		return;
	out->over_categories |= 1u << category;
	if (!kalm_abuse_category(category) || neg)
		return;
	out->over_abuse++;
	kalm_match *best = &out->over_best[category][targeted];
	if (sev > best->severity)
		match_fill(j, c, category, sev, targeted, neg, counted, best);
}

/* Room for one more listed match in OUT; 0 or KALM_ERR_NO_MEMORY. */
static int match_room(kalm_verdict *out)
{
	size_t cap = out->matchcap;
	if (kalm_grow((void **)&out->match, &cap, out->nmatch + 1,
		      sizeof(kalm_match)))
		return KALM_ERR_NO_MEMORY;
	out->matchcap = cap < KALM_MATCH_LIMIT ? cap : KALM_MATCH_LIMIT;
	return 0;
}

static inline int record(judge *j, const kcand *c, uint8_t category,
			 uint8_t sev, bool targeted, bool neg, bool counted)
{
	kalm_verdict *out = j->out;
	out->total++;
	if (counted) {
		double w = weight[sev];
		if (category == KALM_CAT_FRUSTRATION)
			w *= 0.5;
		else if (targeted && sev < 4)
			w = (w + weight[sev + 1]) / 2;
		out->keep[category] *= 1.0 - w;
		if (kalm_abuse_category(category)) {
			if (sev > out->severity)
				out->severity = sev;
			out->targeted = out->targeted || targeted;
		}
	}
	if (KALM_UNLIKELY(out->nmatch >= KALM_MATCH_LIMIT)) {
		record_unlisted(j, c, category, sev, targeted, neg, counted);
		return 0;
	}
	if (out->nmatch == out->matchcap && match_room(out))
		return KALM_ERR_NO_MEMORY;
	match_fill(j, c, category, sev, targeted, neg, counted,
		   &out->match[out->nmatch++]);
	return 0;
}

/* The mark of a marker candidate's kind (M_*), or 0. */
static uint8_t kind_mark(uint8_t kind)
{
	switch (kind) {
	case K_YOU: return M_YOU;
	case K_PERSON: return M_PERSON;
	case K_GROUP: return M_GROUP;
	case K_NEGATOR: return M_NEGATOR;
	case K_REPORT: return M_REPORT;
	case K_ALLOW: return M_ALLOW;
	default: return 0;
	}
}

/* The segment's marks, one a token, all clear: made when the first
 * marker applies (most segments have none), or for M_AIMED. */
static int marks_make(judge *j)
{
	kalm_scratch *s = j->s;
	size_t n = j->v->ntok;
	if (kalm_grow((void **)&s->mark, &s->tokcap, n + 1, 1))
		return KALM_ERR_NO_MEMORY;
	memset(s->mark, 0, n);
	j->marks_made = true;
	return 0;
}

/* Candidate I of the matcher as read in its context into RD[I]: whether
 * it may be an abuse match at all (valid), and how it reads. */
static void read_candidate(judge *j, size_t i, reading *rd)
{
	const kview *v = j->v;
	const kcand *c = &j->s->matcher.cand[i];
	rd[i].valid = false;
	if (!kind_is_abuse(c->kind))
		return;
	uint8_t sev, lang;
	uint16_t flags;
	cand_info(j, c, &sev, &flags, &lang);
	const kentry *e = cand_entry(j, c);
	if (!kind_applies(lang, e ? e->shape : S_WORD, flags, c->kind, j->lang) ||
	    all_allowed(j, c->tok_first, c->tok_last))
		return;
	uint8_t cat = c->kind;
	bool quoted = all_quoted(v, c->tok_first, c->tok_last);
	/* reported speech, unless the words address the reader
	 * ("powiedziałeś mi, debilu") */
	bool reported = !(flags & EF_VOCATIVE) &&
			reported_before(j, c->tok_first);
	/* a frustration word is never aimed, negated or hate: only quotes
	 * and reported speech keep it from counting */
	if (cat == K_FRUSTRATION) {
		if (!kind_applies(lang, S_WORD, flags, K_FRUSTRATION, j->lang))
			return;
		rd[i] = (reading){KALM_CAT_FRUSTRATION, sev, false, false,
				  !quoted && !reported, true};
		return;
	}
	bool you = (flags & (EF_VOCATIVE | EF_YOU)) ||
		   near_you(j, c->tok_first, c->tok_last);
	bool targeted = you || (cat == K_INSULT && !(flags & EF_TARGET) &&
				standalone(j, c->tok_first, c->tok_last));
	bool group = sentence_has(j, c->tok_first, M_GROUP);
	bool neg = cat != K_PROFANITY && cat != K_FRUSTRATION &&
		   !(flags & EF_VOCATIVE) && negated(j, c->tok_first, c->tok_last);
	if ((flags & EF_TARGET) && !targeted && !group &&
	    !near_person(j, c->tok_first, c->tok_last))
		cat = KALM_CAT_FRUSTRATION;
	else if (cat == K_INSULT && group && !you)
		cat = KALM_CAT_HATE;
	if (cat == KALM_CAT_FRUSTRATION) {
		if (!kind_applies(lang, S_WORD, flags, K_FRUSTRATION, j->lang))
			return;
		targeted = false;
	}
	rd[i] = (reading){cat, sev, targeted, neg, !quoted && !reported && !neg,
			  true};
}

/* Record the best reading of every word, of the readings RD of the
 * matcher's candidates (the NVALID listed in VALID, in order, two or
 * more).  Aim is shared by overlapping counted readings ("Flikker op,
 * man": hate, and aimed). */
static int record_best(judge *j, const reading *rd, const uint32_t *valid,
		       size_t nvalid)
{
	kalm_scratch *s = j->s;
	const kmatcher *mt = &s->matcher;
	size_t n = j->v->ntok;
	if ((!j->marks_made && marks_make(j)) ||
	    kalm_grow((void **)&s->best, &s->bestcap, n + 1, sizeof(uint32_t)))
		return KALM_ERR_NO_MEMORY;
	memset(s->best, 0, n * sizeof(uint32_t));
	for (size_t v = 0; v < nvalid; v++) {
		size_t i = valid[v];
		const kcand *c = &mt->cand[i];
		for (uint32_t t = c->tok_first; t <= c->tok_last; t++) {
			uint32_t b = s->best[t];
			if (!b || better(j, c, &rd[i], &mt->cand[b - 1], &rd[b - 1]))
				s->best[t] = (uint32_t)i + 1;
			if (rd[i].counted && rd[i].targeted)
				s->mark[t] |= M_AIMED;
		}
	}
	for (size_t v = 0; v < nvalid; v++) {
		size_t i = valid[v];
		const kcand *c = &mt->cand[i];
		bool best = true, aimed = false;
		for (uint32_t t = c->tok_first; t <= c->tok_last && best; t++) {
			best = s->best[t] == i + 1;
			aimed = aimed || (s->mark[t] & M_AIMED);
		}
		if (!best)
			continue;
		reading r = rd[i];
		if (r.counted && aimed && r.category != KALM_CAT_FRUSTRATION)
			r.targeted = true;
		if (record(j, c, r.category, r.severity, r.targeted, r.negated,
			   r.counted))
			return KALM_ERR_NO_MEMORY;
	}
	return 0;
}

static int judge_segment(judge *j)
{
	kalm_scratch *s = j->s;
	kmatcher *mt = &s->matcher;
	/* most segments hold no candidate that could be read as abuse
	 * (markers alone: "you", "my", "not"): nothing to mark or read */
	uint32_t kinds = cand_kinds(mt);
	if (!(kinds & KINDS_ABUSE))
		return 0;
	/* markers first, if any (most segments with abuse have none) */
	j->marks = 0;
	j->marks_made = false;
	for (size_t i = 0; i < mt->ncand && (kinds & KINDS_MARKER); i++) {
		const kcand *c = &mt->cand[i];
		uint8_t mark = kind_mark(c->kind);
		if (!mark)
			continue;
		const kentry *e = cand_entry(j, c);
		if (e && !kind_applies(e->lang, e->shape, e->flags, e->kind, j->lang))
			continue;
		/* an allowed word is ordinary in its own language only */
		if (c->kind == K_ALLOW && e && e->lang && j->lang &&
		    e->lang != j->lang)
			continue;
		if (!j->marks_made && marks_make(j))
			return KALM_ERR_NO_MEMORY;
		if (mark == M_YOU && e && (e->flags & EF_POSSESSIVE))
			mark |= M_POSSESSIVE;
		j->marks |= mark;
		for (uint32_t t = c->tok_first; t <= c->tok_last; t++)
			s->mark[t] |= mark;
	}
	if (j->marks & M_POSSESSIVE)
		possessives(j);
	/* read every candidate in its context */
	if ((mt->ncand >= s->readcap &&
	     kalm_grow((void **)&s->reading, &s->readcap, mt->ncand + 1,
		       sizeof(reading))) ||
	    (mt->ncand >= s->validcap &&
	     kalm_grow((void **)&s->valid, &s->validcap, mt->ncand + 1,
		       sizeof(uint32_t))))
		return KALM_ERR_NO_MEMORY;
	reading *rd = s->reading;
	j->sent_known = false; /* the marks are final from here */
	size_t valid = 0;
	for (size_t i = 0; i < mt->ncand; i++) {
		read_candidate(j, i, rd);
		if (rd[i].valid)
			s->valid[valid++] = (uint32_t)i;
	}
	if (valid > 1)
		return record_best(j, rd, s->valid, valid);
	/* one reading is the best of its words, and aimed only if it is
	 * targeted itself */
	if (valid == 1) {
		const reading *r = &rd[s->valid[0]];
		return record(j, &mt->cand[s->valid[0]], r->category, r->severity,
			      r->targeted, r->negated, r->counted);
	}
	return 0;
}

static void shouting(kalm_verdict *out, const kstats *st)
{
	double s = 0;
	/* under half the letters in capitals is never 0.6 of them: most
	 * messages need no division */
	if (st->letters >= 6 && st->upper * 2 >= st->letters) {
		double ratio = (double)st->upper / (double)st->letters;
		if (ratio >= 0.6)
			s = (ratio - 0.5) * 2.0;
	}
	if (st->exclaim_runs) /* adding 0.0 changes nothing */
		s += 0.15 * (double)(st->exclaim_runs < 3 ? st->exclaim_runs : 3);
	out->category[KALM_CAT_SHOUTING] = s > 1.0 ? 1.0 : s;
}

static int by_position(const void *a, const void *b)
{
	const kalm_match *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* The N matches M in text order (by_position).  A few, as most messages
 * have, are put in place one by one; more go to qsort.  Matches equal
 * under by_position are the same match (start, end and entry), so the
 * two need not agree on their order. */
#define SORT_FEW 16
static void matches_sort(kalm_match *m, size_t n)
{
	if (n > SORT_FEW) {
		qsort(m, n, sizeof(kalm_match), by_position);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		if (by_position(&m[i - 1], &m[i]) <= 0)
			continue;
		kalm_match x = m[i];
		size_t k = i;
		for (; k > 0 && by_position(&m[k - 1], &x) > 0; k--)
			m[k] = m[k - 1];
		m[k] = x;
	}
}

/* Make OUT the verdict of a message of LEN bytes with nothing found yet;
 * its match array stays for reuse.  Field by field: a memset of the
 * fields costs a string instruction with a slow start, on every message. */
static inline void verdict_clear(kalm_verdict *out, size_t len)
{
	_Static_assert(offsetof(kalm_verdict, match) ==
			       offsetof(kalm_verdict, nmatch) + sizeof(size_t),
		       "nmatch is the last field cleared: a new one goes here too");
	out->score = 0.0;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		out->category[c] = 0.0;
		out->keep[c] = 1.0;
	}
	out->severity = 0;
	out->abusive = false;
	out->targeted = false;
	out->lang = KALM_LANG_UNKNOWN;
	out->guess = KALM_LANG_UNKNOWN;
	out->confidence = 0.0;
	out->length = len;
	out->invalid = 0;
	out->rule_errors = 0;
	if (KALM_UNLIKELY(out->total > out->nmatch)) {
		out->over_categories = 0;
		out->over_abuse = 0;
		memset(out->over_best, 0, sizeof out->over_best);
	}
	out->total = 0;
	out->nmatch = 0;
}

/* The options' hint into *HINT, or an argument error. */
static kalm_status score_options(const kalm_score_options *options,
				 kalm_lang *hint, kalm_error *err)
{
	if (options && options->size < sizeof(size_t) + sizeof(kalm_lang))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "options.size is not set");
	*hint = options ? options->lang_hint : KALM_LANG_UNKNOWN;
	if ((unsigned)*hint >= KALM_LANG_COUNT)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "unknown language hint %d", (int)*hint);
	return KALM_OK;
}

/* A kept scratch gets its language memo on first use, and both memos
 * grow once it has proved busy (MEMO_BITS).  A scratch made for one call
 * only is not worth one; for a kept one, a failed allocation only leaves
 * language identification a little slower (with the memo there was, if
 * any), so it is not tried again. */
static void scratch_memo(kalm_scratch *s)
{
	unsigned bits = s->scored >= BUSY_AFTER ? MEMO_BITS_BUSY : MEMO_BITS;
	s->matcher.known_want = bits;
	if (s->memo_failed || (s->memo && langid_memo_bits(s->memo) == bits))
		return;
	langid_memo *memo = kalm_malloc(langid_memo_size(bits));
	if (!memo) {
		s->memo_failed = true;
		return;
	}
	langid_memo_init(memo, bits);
	kalm_dealloc(s->memo);
	s->memo = memo;
}

/* The scratch a call works in: SCRATCH, or one made for the call into
 * *OWN (the caller frees it), which gets a memo only when MEMO (for a
 * call of several messages).  NULL when none can be made. */
static kalm_scratch *scratch_for_call(kalm_scratch *scratch,
				      kalm_scratch **own, bool memo)
{
	*own = NULL;
	if (!scratch) {
		if (kalm_scratch_new(own))
			return NULL;
		scratch = *own;
	}
	if (!*own || memo)
		scratch_memo(scratch);
	return scratch;
}

static inline void score_language(const kalm_model *model, kalm_scratch *s,
				  const char *text, size_t len, kalm_lang hint,
				  langid_result *li)
{
	langid_guess(model->langid, model->langid_len, text ? text : "", len,
		     hint, s->memo, model->serial, li);
}

/* Everything after language identification: OUT becomes the verdict of
 * TEXT[0..LEN) read in LI's language.  0, or KALM_ERR_NO_MEMORY with OUT
 * the empty verdict. */
static int score_text(const kalm_model *model, kalm_scratch *scratch,
		      const char *text, size_t len, const langid_result *li,
		      kalm_verdict *out)
{
	verdict_clear(out, len);
	scratch->scored++;
	out->lang = li->used;
	out->guess = li->guess;
	out->confidence = li->confidence;

	judge j = {model, &scratch->view, scratch, out, li->used, 0, false,
		   false, 0, 0, 0};
	kstats st = {0, 0, 0, 0};
	int rc = 0;
	const uint8_t *p = (const uint8_t *)text;
	/* rules that could not count in the message's language are not
	 * tried */
	scratch->matcher.by_lang = true;
	scratch->matcher.lang = li->used;
	/* the matcher counts over its life; the message's are the growth */
	size_t rule_errors = scratch->matcher.rule_errors;
	for (size_t off = 0; off < len && !rc;) {
		size_t seg = len - off <= SEGMENT_BYTES
				     ? len - off
				     : view_segment_end(p + off, len - off,
							SEGMENT_BYTES);
		rc = view_build(&scratch->view, p + off, seg, off, &st);
		if (!rc)
			rc = match_view(model, &scratch->view, &scratch->matcher);
		if (!rc)
			rc = judge_segment(&j);
		off += seg;
	}
	if (rc) {
		verdict_clear(out, 0);
		return KALM_ERR_NO_MEMORY;
	}
	out->invalid = st.invalid;
	out->rule_errors = scratch->matcher.rule_errors - rule_errors;
	double top = 0;
	/* nothing recorded: the categories are the zeros verdict_clear set */
	for (int c = 0; c < KALM_CAT_COUNT && out->total; c++) {
		if (c == KALM_CAT_SHOUTING)
			continue;
		out->category[c] = 1.0 - out->keep[c];
		if (kalm_abuse_category(c) && out->category[c] > top)
			top = out->category[c];
	}
	shouting(out, &st);
	if (out->nmatch > 1)
		matches_sort(out->match, out->nmatch);
	out->score = top;
	out->abusive = top >= model->threshold && top > 0;
	return 0;
}

/* Score TEXTS[0..N) (arguments checked) into VERDICTS, HINT standing for
 * each unset hint, in SCRATCH or a scratch made for the call (with a memo
 * when MEMO).  Returns how many were scored: N, or the index of the
 * message that ran out of memory, whose verdict and those after it are
 * then empty. */
static size_t score_texts(const kalm_model *model, kalm_scratch *scratch,
			  const kalm_text *texts, size_t n, kalm_lang hint,
			  kalm_verdict *const *verdicts, bool memo)
{
	if (!n)
		return 0;
	kalm_scratch *own;
	scratch = scratch_for_call(scratch, &own, memo);
	if (!scratch) {
		for (size_t i = 0; i < n; i++)
			verdict_clear(verdicts[i], 0);
		return 0;
	}
	/* Stage by stage over a group: the languages of all its messages,
	 * then the rest of each.  The same work as one kalm_score after
	 * another, but the code of each stage stays in the processor's
	 * instruction cache across the group's messages instead of being
	 * pushed out by the others' at every message.  The languages wait
	 * in the scratch, not in the verdicts: a verdict named twice ends as
	 * the last of its messages, as with kalm_score. */
	int rc = 0;
	size_t i = 0; /* the message being scored */
	for (size_t g = 0; g < n && !rc; g += GROUP) {
		size_t m = n - g < GROUP ? n - g : GROUP;
		for (size_t k = 0; k < m; k++)
			score_language(model, scratch, texts[g + k].text,
				       texts[g + k].len,
				       texts[g + k].lang_hint ? texts[g + k].lang_hint
							      : hint,
				       &scratch->group[k]);
		for (size_t k = 0; k < m; k++, i++) {
			rc = score_text(model, scratch, texts[i].text,
					texts[i].len, &scratch->group[k],
					verdicts[i]);
			if (rc)
				break;
		}
	}
	kalm_scratch_free(own);
	if (!rc)
		return n;
	/* message I failed, and its verdict is the empty one; so are those
	 * after it, not scored */
	for (size_t k = i + 1; k < n; k++)
		verdict_clear(verdicts[k], 0);
	return i;
}

kalm_status kalm_score(const kalm_model *model, kalm_scratch *scratch,
		       const char *text, size_t len,
		       const kalm_score_options *options, kalm_verdict *out,
		       kalm_error *err)
{
	if (!model || !out || (!text && len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "model, verdict and text are required");
	kalm_lang hint = KALM_LANG_UNKNOWN;
	kalm_status st = score_options(options, &hint, err);
	if (st)
		return st;
	kalm_text t = {text, len, KALM_LANG_UNKNOWN};
	if (!score_texts(model, scratch, &t, 1, hint, &out, false))
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	return KALM_OK;
}

kalm_status kalm_score_many(const kalm_model *model, kalm_scratch *scratch,
			    const kalm_text *texts, size_t n,
			    const kalm_score_options *options,
			    kalm_verdict *const *verdicts, size_t *scored,
			    kalm_error *err)
{
	if (scored)
		*scored = 0;
	if (!model || (n && (!texts || !verdicts)))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "model, texts and verdicts are required");
	kalm_lang hint = KALM_LANG_UNKNOWN;
	kalm_status st = score_options(options, &hint, err);
	if (st)
		return st;
	for (size_t i = 0; i < n; i++) {
		if (!verdicts[i] || (!texts[i].text && texts[i].len))
			return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
					 "message %zu: %s is NULL", i,
					 verdicts[i] ? "text" : "verdict");
		if ((unsigned)texts[i].lang_hint >= KALM_LANG_COUNT)
			return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
					 "message %zu: unknown language hint %d",
					 i, (int)texts[i].lang_hint);
	}
	size_t done = score_texts(model, scratch, texts, n, hint, verdicts,
				  n > 1);
	if (scored)
		*scored = done;
	if (done < n)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "message %zu: out of memory", done);
	return KALM_OK;
}

kalm_lang kalm_detect_language(const kalm_model *model, const char *text,
			       size_t len, double *confidence)
{
	langid_result li;
	if (!model || (!text && len)) {
		if (confidence)
			*confidence = 0;
		return KALM_LANG_UNKNOWN;
	}
	langid_guess(model->langid, model->langid_len, text ? text : "", len,
		     KALM_LANG_UNKNOWN, NULL, 0, &li);
	if (confidence)
		*confidence = li.confidence;
	return li.guess;
}

/* ---- verdict accessors ---- */

double kalm_verdict_score(const kalm_verdict *v)
{
	return v ? v->score : 0.0;
}

bool kalm_verdict_abusive(const kalm_verdict *v)
{
	return v && v->abusive;
}

int kalm_verdict_severity(const kalm_verdict *v)
{
	return v ? v->severity : 0;
}

bool kalm_verdict_targeted(const kalm_verdict *v)
{
	return v && v->targeted;
}

double kalm_verdict_category(const kalm_verdict *v, kalm_category c)
{
	if (!v || (unsigned)c >= KALM_CAT_COUNT)
		return 0.0;
	return v->category[c];
}

kalm_lang kalm_verdict_language(const kalm_verdict *v)
{
	return v ? v->lang : KALM_LANG_UNKNOWN;
}

kalm_lang kalm_verdict_language_guess(const kalm_verdict *v, double *confidence)
{
	if (confidence)
		*confidence = v ? v->confidence : 0.0;
	return v ? v->guess : KALM_LANG_UNKNOWN;
}

size_t kalm_verdict_length(const kalm_verdict *v)
{
	return v ? v->length : 0;
}

size_t kalm_verdict_invalid_bytes(const kalm_verdict *v)
{
	return v ? v->invalid : 0;
}

size_t kalm_verdict_match_count(const kalm_verdict *v)
{
	return v ? v->nmatch : 0;
}

size_t kalm_verdict_match_total(const kalm_verdict *v)
{
	return v ? v->total : 0;
}

size_t kalm_verdict_rule_errors(const kalm_verdict *v)
{
	return v ? v->rule_errors : 0;
}

/* The size of kalm_summary's first form, the smallest taken. */
#define SUMMARY_MIN_SIZE \
	(offsetof(kalm_summary, rule_errors) + sizeof(size_t))
_Static_assert(SUMMARY_MIN_SIZE <= sizeof(kalm_summary),
	       "the first form of kalm_summary is its beginning");

kalm_status kalm_verdict_summary(const kalm_verdict *v, kalm_summary *out)
{
	if (!v || !out || out->size < SUMMARY_MIN_SIZE)
		return KALM_ERR_ARGUMENT;
	/* Every field of this form fits in the smallest size taken: fields
	 * added later are to be written only when OUT->size holds them. */
	out->size = sizeof(kalm_summary);
	out->score = v->score;
	memcpy(out->category, v->category, sizeof out->category);
	out->severity = v->severity;
	out->abusive = v->abusive;
	out->targeted = v->targeted;
	out->language = v->lang;
	out->language_guess = v->guess;
	out->confidence = v->confidence;
	out->length = v->length;
	out->invalid_bytes = v->invalid;
	out->match_count = v->nmatch;
	out->match_total = v->total;
	out->rule_errors = v->rule_errors;
	return KALM_OK;
}

uint32_t verdict_unlisted_categories(const kalm_verdict *v)
{
	return v->total > v->nmatch ? v->over_categories : 0;
}

size_t verdict_unlisted_abuse(const kalm_verdict *v)
{
	return v->total > v->nmatch ? v->over_abuse : 0;
}

const kalm_match *verdict_unlisted_best(const kalm_verdict *v,
					kalm_category category, bool targeted)
{
	if (v->total <= v->nmatch || (unsigned)category >= KALM_CAT_COUNT)
		return NULL;
	const kalm_match *m = &v->over_best[category][targeted];
	return m->severity ? m : NULL;
}

kalm_status kalm_verdict_match(const kalm_verdict *v, size_t i, kalm_match *out)
{
	if (!v || !out)
		return KALM_ERR_ARGUMENT;
	if (i >= v->nmatch)
		return KALM_ERR_NOT_FOUND;
	*out = v->match[i];
	return KALM_OK;
}
