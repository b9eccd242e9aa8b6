/* Lexicon parsing: text lines to entries and phrase rules (see
 * lexicons/README.md for the format). */
#include "langid.h"
#include "model.h"
#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct cursor {
	const char *name;
	const char *line; /* start of the line */
	const char *p;    /* current position */
	const char *end;  /* end of the line (comment excluded) */
	unsigned lineno;
	kalm_lang lang;
	kalm_error *err;
} cursor;

/* The 1-based column of AT (kalm_column). */
static unsigned col(const cursor *c, const char *at)
{
	return kalm_column(c->line, (size_t)(at - c->line));
}

static int syntax(const cursor *c, const char *at, const char *fmt, ...)
	KALM_PRINTF(3, 4);
static int syntax(const cursor *c, const char *at, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	unsigned column = col(c, at);
	return kalm_fail(c->err, KALM_ERR_SYNTAX, c->name, c->lineno, column,
			 "%s:%u:%u: %s", c->name, c->lineno, column, msg);
}

static void skip_space(cursor *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
		c->p++;
}

/* The next whitespace-separated field; *LEN gets its length. */
static const char *field(cursor *c, size_t *len)
{
	skip_space(c);
	const char *s = c->p;
	while (c->p < c->end && *c->p != ' ' && *c->p != '\t')
		c->p++;
	*len = (size_t)(c->p - s);
	return *len ? s : NULL;
}

static bool field_is(const char *f, size_t len, const char *word)
{
	return f && strlen(word) == len && memcmp(f, word, len) == 0;
}

static const struct {
	const char *name;
	uint8_t kind;
	bool severity;
} kinds[] = {
	{"insult", K_INSULT, true},       {"profanity", K_PROFANITY, true},
	{"threat", K_THREAT, true},       {"sexual", K_SEXUAL, true},
	{"hate", K_HATE, true},           {"frustration", K_FRUSTRATION, true},
	{"you", K_YOU, false},            {"person", K_PERSON, false},
	{"group", K_GROUP, false},        {"negator", K_NEGATOR, false},
	{"allow", K_ALLOW, false},        {"report", K_REPORT, false},
	{"verb", K_VERB, false},
};

static const struct {
	const char *name;
	uint16_t flag;
} flag_names[] = {
	{"target", EF_TARGET}, {"vocative", EF_VOCATIVE}, {"strict", EF_STRICT},
	{"fuzzy", EF_FUZZY},   {"you", EF_YOU},
	{"possessive", EF_POSSESSIVE},
};

static int kind_of(const cursor *c, const char *f, size_t len, bool *sev)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (field_is(f, len, kinds[i].name)) {
			*sev = kinds[i].severity;
			return kinds[i].kind;
		}
	char word[64];
	snprintf(word, sizeof(word), "%.*s", (int)(len < 60 ? len : 60), f);
	return syntax(c, f, "unknown category '%s' (insult, profanity, threat, "
			    "sexual, hate, frustration, you, person, group, "
			    "negator, allow, report, verb)", word);
}

static int add_string(lexicon *lex, const char *s, size_t len, uint32_t *off)
{
	if (lex->strings.len > UINT32_MAX - len - 1)
		return KALM_ERR_LIMIT;
	*off = (uint32_t)lex->strings.len;
	if (kbuf_append(&lex->strings, s, len) || kbuf_append_u8(&lex->strings, 0))
		return KALM_ERR_NO_MEMORY;
	return 0;
}

/* What add_string's failure RC (or an allocation's) tells the caller. */
static int store_failed(kalm_error *err, const char *name, int rc)
{
	if (rc == KALM_ERR_LIMIT)
		return kalm_fail(err, rc, name, 0, 0,
				 "more than 4 GiB of lexicon text");
	return kalm_fail(err, KALM_ERR_NO_MEMORY, name, 0, 0, "out of memory");
}

static int no_memory(cursor *c)
{
	return store_failed(c->err, NULL, KALM_ERR_NO_MEMORY);
}

/* The character of TERM[0..LEN) whose fold holds byte INDEX of the term's
 * fold, or with INDEX SIZE_MAX the first one that is not valid UTF-8;
 * PREV is the byte the fold was appended after (0: none), which decides
 * whether a leading space is kept.  NULL when none is found.  Used only
 * to point an error at its character. */
static const char *term_char_at(const char *term, size_t len, uint8_t prev,
				size_t index)
{
	kbuf tmp;
	memset(&tmp, 0, sizeof tmp);
	size_t base = prev && kbuf_append_u8(&tmp, prev) == 0 ? 1 : 0;
	const char *found = NULL;
	for (size_t i = 0, j; i < len && !found; i = j) {
		/* one code point, or one bad byte and what continues it */
		j = i + 1;
		while (j < len && j - i < 4 && ((uint8_t)term[j] & 0xC0) == 0x80)
			j++;
		int rc = view_fold_term(term + i, j - i, &tmp);
		if (rc == KALM_ERR_NO_MEMORY)
			break;
		if (rc || tmp.len - base > index)
			found = term + i;
	}
	kbuf_free(&tmp);
	return found;
}

/* Parse the shape markers of TERM and fold it into lex->folds. */
static int add_term(cursor *c, lexicon *lex, const char *term, size_t len,
		    bool quoted, kentry *e, uint32_t *fold_off)
{
	const char *at = term;
	bool lead = len && term[0] == '*';
	if (lead) {
		term++;
		len--;
	}
	bool trail = len && term[len - 1] == '*';
	bool plus = !trail && len && term[len - 1] == '+';
	if (trail || plus)
		len--;
	if (len == 0)
		return syntax(c, at, "empty term");
	if (plus && lead)
		return syntax(c, at, "a term cannot both start with '*' and end "
				     "with '+'");
	e->shape = lead ? (trail ? S_PART : S_SUFFIX)
			: trail ? S_PREFIX : plus ? S_INFLECT : S_WORD;
	size_t before = lex->folds.len;
	uint8_t prev = before ? lex->folds.data[before - 1] : 0;
	*fold_off = (uint32_t)before;
	int rc = view_fold_term(term, len, &lex->folds);
	if (rc == KALM_ERR_NO_MEMORY)
		return no_memory(c);
	if (rc) {
		const char *bad = term_char_at(term, len, prev, SIZE_MAX);
		return syntax(c, bad ? bad : at, "invalid UTF-8 in term");
	}
	size_t flen = lex->folds.len - before;
	if (flen == 0) /* and folds.data may still be NULL */
		return syntax(c, at, "term folds to nothing usable");
	const uint8_t *f = lex->folds.data + before;
	bool space = false;
	for (size_t i = 0; i < flen; i++) {
		if (f[i] == ' ') {
			space = true;
			continue;
		}
		if (f[i] == '-' && i > 0 && i + 1 < flen && f[i - 1] != ' ' &&
		    f[i + 1] != ' ' && f[i + 1] != '-')
			continue; /* hyphenated compounds: "ass-hole" */
		/* A message's digits inside a word are read as letters and
		 * its words of digits alone are skipped: a term with a digit
		 * could never match. */
		bool digit = f[i] >= '0' && f[i] <= '9';
		if (digit || !view_is_word_byte(f[i]) || f[i] == VIEW_MASK) {
			const char *bad = term_char_at(term, len, prev, i);
			if (digit)
				return syntax(c, bad ? bad : at,
					      "a term cannot hold digits: in a "
					      "message a digit inside a word is "
					      "read as a letter ('1d10t' is "
					      "'idiot') and a word of digits "
					      "alone is never matched; write "
					      "the letters");
			return syntax(c, bad ? bad : at,
				      "term may only hold letters, "
				      "apostrophes and hyphens%s",
				      quoted ? " and spaces" : "");
		}
	}
	if (space && !quoted)
		return syntax(c, at, "several words need double quotes");
	if (flen > 200)
		return syntax(c, at, "term too long: it folds to %zu bytes, at "
				     "most 200", flen);
	/* the first term's leading space folds away, a later's not: the
	 * blanks as written decide too */
	bool lead_space = term[0] == ' ' || term[0] == '\t';
	if (lead_space || f[0] == ' ' || f[flen - 1] == ' ' ||
	    term[len - 1] == ' ' || term[len - 1] == '\t')
		return syntax(c, lead_space || f[0] == ' ' ? term : term + len - 1,
			      "a quoted term cannot start or end with a space");
	e->len = (uint16_t)flen;
	if (space)
		e->flags |= EF_MULTI;
	return 0;
}

static int push_entry(cursor *c, lexicon *lex, const lex_entry *le)
{
	if (kalm_grow((void **)&lex->entries, &lex->entcap, lex->nentries + 1,
		      sizeof(lex_entry)))
		return no_memory(c);
	lex->entries[lex->nentries++] = *le;
	return 0;
}

static int parse_flags(cursor *c, uint16_t *flags, bool rule)
{
	for (;;) {
		size_t len;
		const char *save = c->p;
		const char *f = field(c, &len);
		if (!f)
			return 0;
		if (rule && (field_is(f, len, "when") || field_is(f, len, "need") ||
			     field_is(f, len, "with"))) {
			c->p = save;
			return 0;
		}
		size_t i;
		for (i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++)
			if (field_is(f, len, flag_names[i].name))
				break;
		if (i == sizeof(flag_names) / sizeof(flag_names[0]))
			return syntax(c, f, "unknown flag '%.*s' (target, "
					    "vocative, strict, fuzzy, you, "
					    "possessive)%s",
				      (int)(len < 60 ? len : 60), f,
				      rule ? "; or a missing 'when'" : "");
		if (rule && flag_names[i].flag == EF_POSSESSIVE)
			return syntax(c, f, "'possessive' is for a 'you' word, "
					    "not for a rule");
		*flags |= flag_names[i].flag;
	}
}

static int parse_severity(cursor *c, uint8_t *sev, bool required)
{
	size_t len;
	const char *save = c->p;
	const char *f = field(c, &len);
	if (f && len == 1 && f[0] >= '1' && f[0] <= '4') {
		*sev = (uint8_t)(f[0] - '0');
		return 0;
	}
	if (f && len >= 1 && isdigit((unsigned char)f[0]))
		return syntax(c, f, "severity must be 1, 2, 3 or 4");
	if (required)
		return syntax(c, f ? f : c->p, "missing severity (1..4)");
	c->p = save;
	*sev = 0;
	return 0;
}

static int parse_entry(cursor *c, lexicon *lex)
{
	const char *term;
	size_t tlen;
	bool quoted = *c->p == '"';
	if (quoted) {
		term = ++c->p;
		while (c->p < c->end && *c->p != '"')
			c->p++;
		if (c->p >= c->end)
			return syntax(c, term - 1, "unterminated quoted term");
		tlen = (size_t)(c->p - term);
		c->p++;
	} else {
		term = field(c, &tlen);
	}
	lex_entry le;
	memset(&le, 0, sizeof(le));
	le.e.lang = (uint8_t)c->lang;
	le.e.line = c->lineno;
	size_t klen;
	const char *k = field(c, &klen);
	if (!k)
		return syntax(c, c->p, "missing category after the term");
	bool needs_sev;
	int kind = kind_of(c, k, klen, &needs_sev);
	if (kind < 0)
		return kind;
	le.e.kind = (uint8_t)kind;
	int rc = parse_severity(c, &le.e.severity, needs_sev);
	if (rc)
		return rc;
	if ((rc = parse_flags(c, &le.e.flags, false)))
		return rc;
	if ((rc = add_term(c, lex, term, tlen, quoted, &le.e, &le.fold_off)))
		return rc;
	if ((le.e.flags & EF_FUZZY) && (le.e.flags & EF_MULTI))
		return syntax(c, term, "fuzzy terms must be one word");
	if ((le.e.flags & EF_POSSESSIVE) &&
	    (le.e.kind != K_YOU || (le.e.flags & EF_MULTI) ||
	     le.e.shape != S_WORD))
		return syntax(c, term, "'possessive' is for a 'you' entry of "
				       "one whole word");
	uint32_t off;
	if ((rc = add_string(lex, term - quoted, tlen + 2 * quoted, &off)))
		return store_failed(c->err, NULL, rc);
	le.e.term = off;
	return push_entry(c, lex, &le);
}

/* The next item of a list in [*P, END) separated by commas or blanks:
 * its start and *LEN, with *P moved past it; NULL when none is left. */
static const char *list_item(const char **p, const char *end, size_t *len)
{
	const char *s = *p;
	while (s < end && (*s == ' ' || *s == '\t' || *s == ','))
		s++;
	const char *e = s;
	while (e < end && *e != ',' && *e != ' ' && *e != '\t')
		e++;
	*p = e;
	*len = (size_t)(e - s);
	return e == s ? NULL : s;
}

/* The strings of [P, END), the field after 'need' ("s1,s2,..."): folded
 * as terms are, letters and digits only, joined by commas into the string
 * table at *OUT. */
static int parse_need(cursor *c, lexicon *lex, const char *p, const char *end,
		      uint32_t *out)
{
	kbuf list;
	memset(&list, 0, sizeof list);
	int rc = 0;
	const char *item;
	size_t n;
	while (!rc && (item = list_item(&p, end, &n))) {
		kbuf fold;
		memset(&fold, 0, sizeof fold);
		int frc = view_fold_term(item, n, &fold);
		if (frc == KALM_ERR_NO_MEMORY) {
			rc = no_memory(c);
		} else if (frc != 0 || !fold.len) {
			rc = syntax(c, item, "a needed string is letters or digits");
		} else {
			for (size_t i = 0; i < fold.len && !rc; i++)
				if (!view_is_word_byte(fold.data[i]) ||
				    fold.data[i] == VIEW_MASK)
					rc = syntax(c, item, "a needed string is "
							     "letters or digits");
			if (!rc && ((list.len && kbuf_append_u8(&list, ',')) ||
				    kbuf_append(&list, fold.data, fold.len)))
				rc = no_memory(c);
		}
		kbuf_free(&fold);
	}
	if (!rc && !list.len)
		rc = syntax(c, end, "'need' without a string");
	if (!rc && (rc = add_string(lex, (const char *)list.data, list.len, out)))
		rc = store_failed(c->err, NULL, rc);
	kbuf_free(&list);
	return rc;
}

/* The words of the list [P, END) as K_TRIGGER entries of rule LR (index
 * RULE): triggers, or with EF_WITH the words of its 'with' list.  *COUNT
 * gets how many. */
static int add_rule_words(cursor *c, lexicon *lex, const lex_rule *lr,
			  uint32_t rule, const char *p, const char *end,
			  uint16_t flags, unsigned *count)
{
	const char *t;
	size_t tlen;
	int rc;
	*count = 0;
	while ((t = list_item(&p, end, &tlen))) {
		lex_entry le;
		memset(&le, 0, sizeof(le));
		le.e.kind = K_TRIGGER;
		le.e.flags = flags;
		le.e.lang = lr->r.lang;
		le.e.line = c->lineno;
		le.e.rule = rule;
		if ((rc = add_term(c, lex, t, tlen, false, &le.e, &le.fold_off)))
			return rc;
		if (le.e.shape != S_WORD && le.e.shape != S_PREFIX)
			return syntax(c, t, "a %s is a word, or a word ending "
					    "in '*'",
				      flags & EF_WITH ? "'with' word" : "trigger");
		uint32_t off;
		if ((rc = add_string(lex, t, tlen, &off)))
			return store_failed(c->err, NULL, rc);
		le.e.term = off;
		if ((rc = push_entry(c, lex, &le)))
			return rc;
		++*count;
	}
	return 0;
}

static int bad_pattern(const cursor *c, const char *at, int perr)
{
	PCRE2_UCHAR buf[256];
	pcre2_get_error_message(perr, buf, sizeof(buf));
	return syntax(c, at, "bad pattern: %s", (const char *)buf);
}

/* Compile the pattern [PAT, PEND) now, to report its errors where they
 * are: as written, then, when it has characters to fold, as the matcher
 * runs it (rule_compile). */
static int check_pattern(const cursor *c, const char *pat, const char *pend)
{
	size_t len = (size_t)(pend - pat);
	int perr;
	PCRE2_SIZE poff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, len,
					 RULE_PCRE2_OPTIONS, &perr, &poff, NULL);
	if (!code)
		return bad_pattern(c, pat + (poff <= len ? poff : 0), perr);
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = (uint8_t)pat[i] < 0x80;
	if (!ascii) { /* as the model will compile it: folded */
		pcre2_code_free(code);
		code = rule_compile(pat, len, RULE_PCRE2_OPTIONS, &perr, &poff);
		if (!code && perr == PCRE2_ERROR_NOMEMORY)
			return store_failed(c->err, NULL, KALM_ERR_NO_MEMORY);
		if (!code && perr == 0) /* it could not be folded */
			return syntax(c, pat + poff,
				      "a character class holds single "
				      "characters, and this one reads as "
				      "several letters or none in a message "
				      "(\"ß\" is \"ss\"): write it outside the "
				      "class");
		if (!code) /* a pattern that compiles folds to one that does */
			return bad_pattern(c, pat, perr);
	}
	/* A match of no characters is no match (match.c drops it): a
	 * pattern that can match so, such as a lone \b or lookahead, would
	 * load and never report what it finds.  PCRE2's least match length
	 * would miss a lookahead ("(?=x)" is 1) and says 0 for "I do not
	 * know" too, as under (*NO_START_OPT); whether it can match empty
	 * text is what counts. */
	uint32_t empty = 0;
	pcre2_pattern_info(code, PCRE2_INFO_MATCHEMPTY, &empty);
	pcre2_code_free(code);
	if (empty)
		return syntax(c, pat, "the pattern can match no characters (a "
				      "lone \\b, a lookahead, an optional "
				      "part): a match must hold at least one");
	return 0;
}

/* rule CATEGORY SEVERITY [FLAGS] [need S1[,S2...]] [with W1[,W2...]]
 * when T1[,T2...] : PATTERN */
static int parse_rule(cursor *c, lexicon *lex)
{
	lex_rule lr;
	memset(&lr, 0, sizeof(lr));
	lr.r.lang = (uint8_t)c->lang;
	lr.r.line = c->lineno;
	size_t klen;
	const char *k = field(c, &klen);
	if (!k)
		return syntax(c, c->p, "missing category after 'rule'");
	bool needs_sev;
	int kind = kind_of(c, k, klen, &needs_sev);
	if (kind < 0)
		return kind;
	if (!needs_sev)
		return syntax(c, k, "a rule's category must be insult, "
				    "profanity, threat, sexual, hate or "
				    "frustration");
	lr.r.kind = (uint8_t)kind;
	int rc = parse_severity(c, &lr.r.severity, true);
	if (rc || (rc = parse_flags(c, &lr.r.flags, true)))
		return rc;
	size_t wlen;
	const char *w = field(c, &wlen);
	if (field_is(w, wlen, "need")) {
		size_t nlen;
		const char *n = field(c, &nlen);
		if (!n || field_is(n, nlen, "when"))
			return syntax(c, n ? n : c->p, "'need' without a string");
		if ((rc = parse_need(c, lex, n, n + nlen, &lr.r.need)))
			return rc;
		w = field(c, &wlen);
	}
	const char *with = NULL;
	size_t with_len = 0;
	if (field_is(w, wlen, "with")) {
		with = field(c, &with_len);
		if (!with || field_is(with, with_len, "when"))
			return syntax(c, with ? with : c->p, "'with' without a word");
		lr.r.flags |= EF_WITH;
		w = field(c, &wlen);
	}
	if (!field_is(w, wlen, "when"))
		return syntax(c, w ? w : c->p, "expected 'when TRIGGER[,...] :'");
	skip_space(c);
	const char *colon = memchr(c->p, ':', (size_t)(c->end - c->p));
	if (!colon)
		return syntax(c, c->p, "expected ':' before the pattern");
	const char *pat = colon + 1;
	while (pat < c->end && (*pat == ' ' || *pat == '\t'))
		pat++;
	const char *pend = c->end;
	while (pend > pat && (pend[-1] == ' ' || pend[-1] == '\t'))
		pend--;
	if (pend == pat)
		return syntax(c, pat, "empty pattern");

	if ((rc = check_pattern(c, pat, pend)))
		return rc;

	uint32_t rule_index = (uint32_t)lex->nrules;
	unsigned ntrig, nwith;
	if (with && (rc = add_rule_words(c, lex, &lr, rule_index, with,
					 with + with_len, EF_WITH, &nwith)))
		return rc;
	if (with && !nwith)
		return syntax(c, with, "'with' without a word");
	if ((rc = add_rule_words(c, lex, &lr, rule_index, c->p, colon, 0,
				 &ntrig)))
		return rc;
	if (!ntrig)
		return syntax(c, c->p, "a rule needs at least one trigger word");
	uint32_t off;
	rc = add_string(lex, pat, (size_t)(pend - pat), &off);
	if (rc)
		return store_failed(c->err, NULL, rc);
	lr.r.pattern = off;
	if (kalm_grow((void **)&lex->rules, &lex->rulecap, lex->nrules + 1,
		      sizeof(lex_rule)))
		return no_memory(c);
	lex->rules[lex->nrules++] = lr;
	return 0;
}

/* End the line of C at a comment: a '#' outside double quotes at FROM or
 * after a blank.  Not for rule lines, whose pattern runs to the end. */
static void strip_comment(cursor *c, const char *from)
{
	bool q = false;
	for (const char *s = from; s < c->end; s++) {
		if (*s == '"')
			q = !q;
		else if (*s == '#' && !q &&
			 (s == from || s[-1] == ' ' || s[-1] == '\t')) {
			c->end = s;
			return;
		}
	}
}

static kalm_lang lang_of_name(const char *name)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	if (strlen(base) >= 3 && (base[2] == '.' || base[2] == '-' || base[2] == '_')) {
		char code[3] = {base[0], base[1], 0};
		return kalm_lang_from_code(code);
	}
	return KALM_LANG_UNKNOWN;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int keep_source(lexicon *lex, const char *name, const char *text,
		       size_t len, kalm_error *err)
{
	if (kalm_grow((void **)&lex->sources, &lex->srccap, lex->nsources + 1,
		      sizeof(lex_source)))
		goto oom;
	lex_source *s = &lex->sources[lex->nsources];
	size_t nlen = strlen(name);
	s->name = kalm_malloc(nlen + 1);
	s->text = kalm_malloc(len + 1);
	if (!s->name || !s->text) {
		kalm_dealloc(s->name);
		kalm_dealloc(s->text);
		goto oom;
	}
	memcpy(s->name, name, nlen + 1);
	memcpy(s->text, text, len);
	s->text[len] = '\0';
	s->len = len;
	lex->nsources++;
	return 0;
oom:
	return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
}

/* An entry of one source, as the repeat check compares it. */
typedef struct entry_key {
	const uint8_t *fold;
	uint32_t line;
	uint16_t len, flags;
	uint8_t shape, kind, severity;
} entry_key;

/* Order by everything but the line, then by line. */
static int entry_key_cmp(const void *a, const void *b)
{
	const entry_key *x = a, *y = b;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	int c = memcmp(x->fold, y->fold, x->len);
	if (c)
		return c;
	if (x->shape != y->shape)
		return x->shape < y->shape ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->severity != y->severity)
		return x->severity < y->severity ? -1 : 1;
	if (x->flags != y->flags)
		return x->flags < y->flags ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* The line and column (characters) of AT in TEXT, which holds it. */
static void text_place(const char *text, const char *at, unsigned *line,
		       unsigned *col)
{
	const char *p = text + kalm_bom_len(text, (size_t)(at - text));
	*line = 1;
	for (const char *nl; (nl = memchr(p, '\n', (size_t)(at - p))); p = nl + 1)
		++*line;
	*col = kalm_column(p, (size_t)(at - p));
}

/* The column of the first field of line LINE of TEXT[0..LEN). */
static unsigned entry_column(const char *text, size_t len, unsigned line)
{
	const char *p = text + kalm_bom_len(text, len), *end = text + len;
	for (unsigned l = 1; l < line && p < end; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	unsigned col = 1;
	for (; p < end && (*p == ' ' || *p == '\t'); p++)
		col++;
	return col;
}

/* Is entry E one refuse_repeats compares?  Not the words of a phrase
 * rule, which are no entries of their own, nor allowed words: an
 * allowlist is a set, and kalm_builder_allow may be given a word twice
 * (spelt "AssetPro" and "assetpro"). */
static bool repeat_checked(const kentry *e)
{
	return e->kind != K_TRIGGER && e->kind != K_ALLOW;
}

/* A line that repeats an earlier entry of its source (entries FIRST on of
 * LEX) - the same term once folded, shape, category, severity and flags -
 * would never take effect: the earlier always takes the match.  Refused,
 * naming both lines. */
static int refuse_repeats(const lexicon *lex, size_t first, const char *name,
			  const char *text, size_t len, kalm_error *err)
{
	size_t n = 0;
	for (size_t i = first; i < lex->nentries; i++)
		n += repeat_checked(&lex->entries[i].e);
	if (n < 2)
		return 0;
	entry_key *keys = kalm_malloc(n * sizeof *keys);
	if (!keys)
		return store_failed(err, name, KALM_ERR_NO_MEMORY);
	size_t k = 0;
	for (size_t i = first; i < lex->nentries; i++) {
		const kentry *e = &lex->entries[i].e;
		if (!repeat_checked(e))
			continue;
		keys[k++] = (entry_key){lex->folds.data + lex->entries[i].fold_off,
					e->line, e->len, e->flags, e->shape,
					e->kind, e->severity};
	}
	qsort(keys, n, sizeof *keys, entry_key_cmp);
	/* of all repeats, the one on the earliest line is reported */
	uint32_t line = 0, of = 0;
	for (size_t i = 1; i < n; i++) {
		entry_key a = keys[i - 1], b = keys[i];
		a.line = b.line;
		if (entry_key_cmp(&a, &b) == 0 && (!line || b.line < line)) {
			line = b.line;
			of = keys[i - 1].line;
		}
	}
	kalm_dealloc(keys);
	if (!line)
		return 0;
	unsigned col = entry_column(text, len, line);
	return kalm_fail(err, KALM_ERR_SYNTAX, name, line, col,
			 "%s:%u:%u: repeats the entry of line %u (the same term "
			 "once folded, category, severity and flags)",
			 name, line, col, of);
}

int lexicon_add(lexicon *lex, const char *name, const char *text, size_t len,
		kalm_error *err)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	const char *nul = memchr(text, '\0', len);
	if (nul) {
		unsigned line, col;
		text_place(text, nul, &line, &col);
		return kalm_fail(err, KALM_ERR_SYNTAX, base, line, col,
				 "%s:%u:%u: NUL byte", base, line, col);
	}
	if (ends_with(base, ".profile") && lex->langid.len)
		return kalm_fail(err, KALM_ERR_SYNTAX, base, 0, 0,
				 "%s: a model has one language profile", base);
	/* Entries of this source are appended; on error they are dropped
	 * again, so a failed source leaves LEX as it was. */
	lexicon_mark mark = lexicon_mark_now(lex);
	if (ends_with(base, ".profile")) {
		int rc = langid_profile_compile(base, text, len, &lex->langid, err);
		if (!rc)
			rc = keep_source(lex, base, text, len, err);
		if (rc)
			lexicon_rollback(lex, &mark);
		return rc;
	}
	cursor c = {base, NULL, NULL, NULL, 0, lang_of_name(base), err};
	uint32_t name_off;
	int rc = add_string(lex, base, strlen(base), &name_off);
	if (rc) {
		rc = store_failed(err, base, rc);
		goto fail;
	}
	bool seen_entry = false;
	/* a byte order mark, as some editors write: not text, no column */
	for (const char *p = text + kalm_bom_len(text, len), *end = text + len;
	     p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		c.lineno++;
		c.line = p;
		c.p = p;
		c.end = le;
		if (c.end > c.line && c.end[-1] == '\r')
			c.end--;
		p = nl ? nl + 1 : end;
		skip_space(&c);
		if (c.p >= c.end || *c.p == '#')
			continue;
		size_t flen;
		const char *save = c.p;
		const char *f = field(&c, &flen);
		bool rule = field_is(f, flen, "rule");
		if (!rule)
			strip_comment(&c, save);
		if (rule) {
			rc = parse_rule(&c, lex);
			seen_entry = true;
		} else if (field_is(f, flen, "@lang")) {
			size_t llen;
			const char *code = field(&c, &llen);
			char buf[8] = {0};
			if (code && llen < sizeof(buf))
				memcpy(buf, code, llen);
			kalm_lang l = kalm_lang_from_code(buf);
			if (!code || l == KALM_LANG_UNKNOWN || llen != 2)
				rc = syntax(&c, code ? code : c.p,
					    "@lang needs nl, af, pl or en");
			else if (seen_entry)
				rc = syntax(&c, save, "@lang must come before "
						      "the first entry or rule");
			else
				c.lang = l;
		} else {
			c.p = save;
			rc = parse_entry(&c, lex);
			seen_entry = true;
		}
		if (rc)
			goto fail;
		skip_space(&c);
		if (c.p < c.end && !rule) {
			rc = syntax(&c, c.p, "unexpected text after the entry");
			goto fail;
		}
	}
	if ((rc = refuse_repeats(lex, mark.entries, base, text, len, err)))
		goto fail;
	for (size_t i = mark.entries; i < lex->nentries; i++)
		lex->entries[i].e.source = name_off;
	for (size_t i = mark.rules; i < lex->nrules; i++)
		lex->rules[i].r.source = name_off;
	if ((rc = keep_source(lex, base, text, len, err)))
		goto fail;
	return 0;
fail:
	lexicon_rollback(lex, &mark);
	return rc;
}

lexicon_mark lexicon_mark_now(const lexicon *lex)
{
	return (lexicon_mark){lex->nentries, lex->nrules, lex->nsources,
			      lex->folds.len, lex->strings.len,
			      lex->langid.len};
}

void lexicon_rollback(lexicon *lex, const lexicon_mark *mark)
{
	for (size_t i = mark->sources; i < lex->nsources; i++) {
		kalm_dealloc(lex->sources[i].name);
		kalm_dealloc(lex->sources[i].text);
	}
	lex->nsources = mark->sources;
	lex->nentries = mark->entries;
	lex->nrules = mark->rules;
	lex->folds.len = mark->folds;
	lex->strings.len = mark->strings;
	lex->langid.len = mark->langid;
}

void lexicon_free(lexicon *lex)
{
	kalm_dealloc(lex->entries);
	kalm_dealloc(lex->rules);
	kbuf_free(&lex->folds);
	kbuf_free(&lex->strings);
	kbuf_free(&lex->langid);
	for (size_t i = 0; i < lex->nsources; i++) {
		kalm_dealloc(lex->sources[i].name);
		kalm_dealloc(lex->sources[i].text);
	}
	kalm_dealloc(lex->sources);
	memset(lex, 0, sizeof(*lex));
}
