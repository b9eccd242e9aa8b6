/* Matching: the fast paths (the choice-free walk through plain words, the
 * typo pre-filter, the rule start filter) find exactly what the general
 * search finds, in the same order, on hard cases and on random words
 * built from the lexicons with every kind of evasion. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"

static kalm_model *model;
static kview view;
static kmatcher fast, slow;
static size_t seen_fuzzy, seen_masked, seen_rules, seen_triggers;

static void setup(void)
{
	kalm_error err = {0};
	cr_assert_eq(kalm_model_new_default(&model, &err), KALM_OK, "%s",
		     err.message);
}

static void teardown(void)
{
	view_free(&view);
	matcher_free(&fast);
	matcher_free(&slow);
	kalm_model_free(model);
	model = NULL;
}

TestSuite(match, .init = setup, .fini = teardown);

/* Match TEXT both ways and require the same candidates in the same order.
 * The reference matcher is fresh every time, so state the fast one keeps
 * between messages (rules already queued) is proved harmless too. */
static void same_both_ways_in(const kalm_model *m, const kalm_model *ref,
			      bool reference, const char *text, size_t len)
{
	kstats st = {0, 0, 0, 0};
	cr_assert_eq(view_build(&view, (const uint8_t *)text, len, 0, &st), 0);
	fast.reference = false;
	cr_assert_eq(match_view(m, &view, &fast), 0);
	memset(&slow, 0, sizeof(slow));
	slow.reference = reference;
	cr_assert_eq(match_view(ref, &view, &slow), 0);
	cr_assert_eq(fast.ncand, slow.ncand, "%zu vs %zu candidates in \"%.*s\"",
		     fast.ncand, slow.ncand, (int)len, text);
	for (size_t i = 0; i < fast.ncand; i++) {
		const kcand *a = &fast.cand[i], *b = &slow.cand[i];
		seen_fuzzy += (a->flags & CF_FUZZY) != 0;
		seen_masked += (a->flags & CF_MASKED) != 0;
		seen_rules += (a->id & CAND_RULE) != 0;
		cr_assert(a->id == b->id && a->tok_first == b->tok_first &&
				  a->tok_last == b->tok_last && a->vstart == b->vstart &&
				  a->vend == b->vend && a->kind == b->kind &&
				  a->flags == b->flags,
			  "candidate %zu differs in \"%.*s\"", i, (int)len, text);
	}
	/* and the same trigger words, which choose the rules tried */
	cr_assert_eq(fast.ntrig, slow.ntrig, "%zu vs %zu triggers in \"%.*s\"",
		     fast.ntrig, slow.ntrig, (int)len, text);
	for (size_t i = 0; i < fast.ntrig; i++) {
		const kcand *a = &fast.trig[i], *b = &slow.trig[i];
		seen_triggers++;
		cr_assert(a->id == b->id && a->tok_first == b->tok_first &&
				  a->tok_last == b->tok_last && a->vstart == b->vstart &&
				  a->vend == b->vend && a->kind == K_TRIGGER &&
				  b->kind == K_TRIGGER && a->flags == b->flags,
			  "trigger %zu differs in \"%.*s\"", i, (int)len, text);
	}
	matcher_free(&slow);
}

static void same_both_ways(const kalm_model *m, const char *text, size_t len)
{
	same_both_ways_in(m, m, true, text, len);
}

/* ---- random words from the lexicons ---- */

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

/* A term of the model as plain letters (shape marks and quotes dropped). */
static size_t random_term(const kalm_model *m, char *out, size_t cap)
{
	const kentry *e = &m->entries[rnd((uint32_t)m->nentries)];
	const char *t = model_string(m, e->term);
	size_t n = 0;
	for (; *t && n + 1 < cap; t++)
		if (*t != '*' && *t != '+' && *t != '"')
			out[n++] = *t;
	out[n] = '\0';
	return n;
}

static const char leet_of[128] = {['a'] = '4', ['e'] = '3', ['i'] = '1',
				  ['o'] = '0', ['s'] = '$', ['t'] = '7',
				  ['l'] = '|', ['b'] = '8', ['g'] = '9'};

/* One word: a term, a piece of one, or two glued together, read with an
 * evasion now and then. */
static size_t random_word(const kalm_model *m, char *out, size_t cap)
{
	char a[128], b[128];
	size_t n = random_term(m, a, sizeof(a));
	if (rnd(4) == 0 && n > 2) { /* a piece */
		size_t from = rnd((uint32_t)n - 1), to = from + 1 + rnd((uint32_t)(n - from));
		memmove(a, a + from, to - from);
		n = to - from;
		a[n] = '\0';
	}
	if (rnd(3) == 0) { /* a compound */
		size_t k = random_term(m, b, sizeof(b));
		if (n + k < sizeof(a)) {
			memcpy(a + n, b, k + 1);
			n += k;
		}
	}
	size_t o = 0;
	for (size_t i = 0; i < n && o + 8 < cap; i++) {
		char c = a[i];
		uint32_t r = rnd(40);
		if (r == 0 && (unsigned char)c < 128 && leet_of[(int)c])
			out[o++] = leet_of[(int)c];
		else if (r == 1 && i > 0)
			out[o++] = "*#%?_"[rnd(5)];
		else if (r == 2) { /* stretched */
			for (uint32_t k = 0, z = 2 + rnd(4); k < z; k++)
				out[o++] = c;
		} else if (r == 3 && i > 0) {
			/* a letter left out */
		} else if (r == 4 && i + 1 < n && i > 0) { /* swapped */
			out[o++] = a[i + 1];
			out[o++] = c;
			i++;
		} else if (r == 5) {
			out[o++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
		} else {
			out[o++] = c;
		}
	}
	if (rnd(8) == 0 && o + 4 < cap) { /* an inflectional ending */
		for (uint32_t k = 0, z = 1 + rnd(4); k < z; k++)
			out[o++] = "aeiouyn"[rnd(7)];
	}
	return o;
}

static size_t random_message(const kalm_model *m, char *out, size_t cap)
{
	static const char *const glue[] = {" ", " ", " ", "-", ", ", ". ", " k u r w a ",
					   " f.u.c.k ", "!! ", " 123 ", " 😀 ", "\n",
					   " żółć ", " привет-", " 日本語 ", "naïve ",
					   " 1000ste ", " you're ", " '", "*", "#*"};
	size_t o = 0;
	uint32_t words = rnd(20) ? 1 + rnd(8) : 40 + rnd(60); /* long runs too */
	for (uint32_t w = 0; w < words && o + 300 < cap; w++) {
		if (w) {
			const char *g = glue[rnd(sizeof(glue) / sizeof(glue[0]))];
			memcpy(out + o, g, strlen(g));
			o += strlen(g);
		}
		o += random_word(m, out + o, cap - o);
	}
	return o;
}

Test(match, fast_paths_find_what_the_search_finds_on_random_words)
{
	char msg[4096];
	for (int i = 0; i < 20000; i++) {
		size_t n = random_message(model, msg, sizeof(msg));
		same_both_ways(model, msg, n);
	}
	/* the generator reaches every kind of match */
	cr_assert_gt(seen_fuzzy, 50);
	cr_assert_gt(seen_masked, 50);
	cr_assert_gt(seen_rules, 10);
	cr_assert_gt(seen_triggers, 100);
}

Test(match, fast_paths_find_what_the_search_finds_on_hard_cases)
{
	const char *root = getenv("KALM_SOURCE_ROOT");
	cr_assert(root, "KALM_SOURCE_ROOT is not set");
	static const char *const files[] = {"en", "nl", "af", "pl"};
	size_t lines = 0;
	for (size_t f = 0; f < 4; f++) {
		char path[4096], line[8192];
		snprintf(path, sizeof(path), "%s/tests/cases/%s.tsv", root, files[f]);
		FILE *fp = fopen(path, "r");
		cr_assert(fp, "cannot open %s", path);
		while (fgets(line, sizeof(line), fp)) {
			if (line[0] == '#')
				continue;
			const char *text = line;
			for (int tab = 0; tab < 3 && text; tab++) {
				text = strchr(text, '\t');
				text = text ? text + 1 : NULL;
			}
			if (!text)
				continue;
			same_both_ways(model, text, strcspn(text, "\r\n"));
			lines++;
		}
		fclose(fp);
	}
	cr_assert_gt(lines, 100);
}

/* With the message's language known, the rules whose matches could not
 * count in it are not tried: what is left out is exactly their matches,
 * and everything else is found as before, in the same order. */
Test(match, rules_that_cannot_count_in_the_language_are_left_out)
{
	char msg[4096];
	size_t dropped = 0, kept_rules = 0;
	for (int i = 0; i < 4000; i++) {
		size_t n = random_message(model, msg, sizeof(msg));
		kalm_lang lang = (kalm_lang)(i % KALM_LANG_COUNT);
		kstats st = {0, 0, 0, 0};
		cr_assert_eq(view_build(&view, (const uint8_t *)msg, n, 0, &st), 0);
		fast.reference = false;
		fast.by_lang = true;
		fast.lang = lang;
		cr_assert_eq(match_view(model, &view, &fast), 0);
		fast.by_lang = false;
		memset(&slow, 0, sizeof(slow));
		cr_assert_eq(match_view(model, &view, &slow), 0);
		size_t k = 0;
		for (size_t j = 0; j < slow.ncand; j++) {
			const kcand *b = &slow.cand[j];
			bool counts = true;
			if (b->id & CAND_RULE) {
				const krule *r = &model->rules[b->id & ~CAND_RULE];
				counts = !kind_is_abuse(r->kind) ||
					 kind_applies(r->lang, S_WORD, r->flags,
						      r->kind, lang);
				kept_rules += counts;
			}
			if (!counts) {
				dropped++;
				continue;
			}
			cr_assert_lt(k, fast.ncand, "a match lost in \"%.*s\"",
				     (int)n, msg);
			const kcand *a = &fast.cand[k++];
			cr_assert(a->id == b->id && a->tok_first == b->tok_first &&
					  a->tok_last == b->tok_last &&
					  a->vstart == b->vstart && a->vend == b->vend,
				  "candidate %zu differs in \"%.*s\"", j, (int)n,
				  msg);
		}
		cr_assert_eq(k, fast.ncand, "a match added in \"%.*s\"", (int)n,
			     msg);
		matcher_free(&slow);
	}
	/* both sides of the filter were reached */
	cr_assert_gt(dropped, 10);
	cr_assert_gt(kept_rules, 10);
}

/* A model of the lexicon TEXT (as en.lex). */
static kalm_model *build_model(const char *text)
{
	kalm_builder *b;
	kalm_model *m = NULL;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, "en.lex", text, strlen(text), &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_builder_free(b);
	return m;
}

/* A fuzzy term with a hyphen spans two words of the view and escapes the
 * typo pre-filter's summary: such a model searches every word that starts
 * like a fuzzy term. */
Test(match, fuzzy_terms_with_a_hyphen_are_still_found_with_a_typo)
{
	static const char lex[] =
		"@lang en\n"
		"anti-semite hate 3 fuzzy\n"
		"immigrants group fuzzy\n"
		"*kanker* insult 3\n"
		"kurw* profanity 1\n"
		"idiot+ insult 2\n";
	kalm_model *m = build_model(lex);
	cr_assert(m->fuzzy->general);
	static const char *const texts[] = {
		"anti semtie", "anti-semtie", "anti-semite",
		"imigrants", "immigarnts", "kankerkanker", "k*nkerkanker",
		"kurrrwa", "idiotaaa", "idiooooot"};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		same_both_ways(m, texts[i], strlen(texts[i]));
	size_t found = 0;
	same_both_ways(m, "imigrants", 9);
	for (size_t i = 0; i < fast.ncand; i++)
		found += (fast.cand[i].flags & CF_FUZZY) != 0;
	cr_assert_eq(found, 1);
	kalm_model_free(m);
}

/* Masks between two parts of three letters or more may mask a long
 * word's letters ("motherf*cker", "deb*lem") or stand between two words
 * ("idiot*moron"), and so may a '.' or '-' in a short word ("id.ot"):
 * both are read, and a match over the mask spans the whole word. */
Test(match, masks_between_long_parts_read_as_one_word_and_as_two)
{
	static const char *const texts[] = {
		"you motherf*cker", "ty deb*lem", "a klo*tzak", "motherf#*ker",
		"idiot*moron", "beat#that#bitch", "a id.ot", "ty ch-ju"};
	static const char *const found[][2] = {
		{"motherfuck*", "motherf*cker"}, {"debilem", "deb*lem"},
		{"klootzak", "klo*tzak"}, {"motherfuck*", "motherf#*ker"},
		{"idiot+", "idiot"}, {"bitch*", "bitch"}, {"idiot+", "id.ot"},
		{"chuju", "ch-ju"}};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const char *t = texts[i];
		same_both_ways(model, t, strlen(t));
		bool hit = false;
		for (size_t k = 0; k < fast.ncand; k++) {
			const kcand *c = &fast.cand[k];
			if (c->id & CAND_RULE)
				continue;
			const kentry *e = &model->entries[c->id];
			uint32_t s = view_src_start(&view, c->vstart);
			uint32_t n = view_src_end(&view, c->vend - 1) - s;
			hit |= !strcmp(model_string(model, e->term), found[i][0]) &&
			       strlen(found[i][1]) == n &&
			       !memcmp(t + s, found[i][1], n);
		}
		cr_assert(hit, "%s: %s over \"%s\"", t, found[i][0], found[i][1]);
	}
	/* "moron" is found on its own too */
	same_both_ways(model, "idiot*moron", 11);
	bool moron = false;
	for (size_t k = 0; k < fast.ncand; k++)
		moron |= !(fast.cand[k].id & CAND_RULE) &&
			 !strcmp(model_string(model, model->entries[fast.cand[k].id].term),
				 "moron+") &&
			 fast.cand[k].vstart == 6 && fast.cand[k].vend == 11;
	cr_assert(moron);
}

/* The summary of the shipped fuzzy terms lets ordinary words through and
 * stops their misspellings. */
Test(match, typo_filter_stops_misspellings_of_fuzzy_terms)
{
	cr_assert_not(model->fuzzy->general);
	static const char *const typos[] = {"imigrants", "wmoen", "hatrd"};
	for (size_t i = 0; i < sizeof(typos) / sizeof(typos[0]); i++)
		same_both_ways(model, typos[i], strlen(typos[i]));
}

/* A forged blob whose Aho-Corasick links go round in circles, or point
 * at nodes without entries, or whose edge index points past a node's
 * edges, is matched in bounded time without reading out of bounds (the
 * values are in range, so model_open accepts them). */
Test(match, forged_links_cannot_make_the_pass_loop)
{
	size_t len;
	const uint8_t *blob = kalm_model_blob(model, &len);
	uint8_t *copy = malloc(len);
	cr_assert(copy);
	for (int variant = 0; variant < 4; variant++) {
		memcpy(copy, blob, len);
		kblob_header *h = (kblob_header *)copy;
		kblob_section *sec = (kblob_section *)(copy + sizeof(*h));
		kblob_section *links = &sec[SEC_LINKS - 1], *nav = &sec[SEC_NAV - 1];
		cr_assert_eq(links->id, SEC_LINKS);
		cr_assert_eq(nav->id, SEC_NAV);
		klink *l = (klink *)(copy + links->offset);
		knav *x = (knav *)(copy + nav->offset);
		for (uint32_t i = 0; i < links->count && variant < 3; i++) {
			uint32_t self = variant == 0 ? i : variant == 1 ? 1 : links->count - 1;
			l[i].fail = self;
			l[i].out = self;
		}
		for (uint32_t i = 0; i < nav->count && variant == 3; i++)
			x[i] = (knav){0x3FFFFFFu, 1000};
		/* without the transition table, the pass follows the links */
		sec[SEC_DFA - 1].size = 0;
		sec[SEC_DFA - 1].count = 0;
		h->crc = kalm_crc32(0, copy + sizeof(*h), len - sizeof(*h));
		kalm_model *forged;
		kalm_error err = {0};
		cr_assert_eq(kalm_model_open_blob(copy, len, &forged, &err), KALM_OK,
			     "%s", err.message);
		static const char text[] = "you stupid kankerlijer, go to hell idiot";
		kstats st = {0, 0, 0, 0};
		cr_assert_eq(view_build(&view, (const uint8_t *)text, sizeof(text) - 1,
					0, &st), 0);
		cr_assert_eq(match_view(forged, &view, &fast), 0);
		kalm_model_free(forged);
	}
	free(copy);
}

/* The default blob with its transition table section emptied, as a model
 * too big for a table is made: it opens, and follows the links. */
static kalm_model *open_without_table(uint8_t **copy)
{
	size_t len;
	const uint8_t *blob = kalm_model_blob(model, &len);
	*copy = aligned_alloc(16, (len + 15) / 16 * 16);
	cr_assert(*copy);
	memcpy(*copy, blob, len);
	kblob_header *h = (kblob_header *)*copy;
	kblob_section *sec = (kblob_section *)(*copy + sizeof(*h));
	cr_assert_eq(sec[SEC_DFA - 1].id, SEC_DFA);
	cr_assert_gt(sec[SEC_DFA - 1].size, 0);
	sec[SEC_DFA - 1].size = 0;
	sec[SEC_DFA - 1].count = 0;
	h->crc = kalm_crc32(0, *copy + sizeof(*h), len - sizeof(*h));
	kalm_model *m;
	kalm_error err = {0};
	cr_assert_eq(kalm_model_open_blob(*copy, len, &m, &err), KALM_OK, "%s",
		     err.message);
	cr_assert_null(m->dfa);
	return m;
}

Test(match, the_table_and_the_links_find_the_same)
{
	cr_assert_not_null(model->dfa, "the default model has no table");
	uint8_t *copy;
	kalm_model *links = open_without_table(&copy);
	char msg[4096];
	for (int i = 0; i < 5000; i++) {
		size_t n = random_message(model, msg, sizeof(msg));
		same_both_ways_in(model, links, false, msg, n);
	}
	static const char text[] = "jy is 'n poes, you f*cking idiot 🖕 kurwa";
	same_both_ways_in(model, links, false, text, sizeof text - 1);
	cr_assert_gt(fast.ncand, 3);
	kalm_model_free(links);
	free(copy);
}

/* A table naming a node the trie lacks, or a class beyond its rows, is
 * refused when the blob is opened, checksum or not. */
Test(match, a_forged_table_is_refused)
{
	size_t len;
	const uint8_t *blob = kalm_model_blob(model, &len);
	uint8_t *copy = aligned_alloc(16, (len + 15) / 16 * 16);
	cr_assert(copy);
	for (int variant = 0; variant < 5; variant++) {
		memcpy(copy, blob, len);
		kblob_header *h = (kblob_header *)copy;
		kblob_section *sec = (kblob_section *)(copy + sizeof(*h));
		kdfa *d = (kdfa *)(copy + sec[SEC_DFA - 1].offset);
		uint16_t *next = (uint16_t *)(d + 1);
		size_t cells = (size_t)d->nodes << d->shift;
		switch (variant) {
		case 0: /* a node past the last */
			next[cells - 1] = (uint16_t)d->nodes;
			break;
		case 1: /* the largest number a cell holds */
			next[cells / 2] = 0x7FFF;
			break;
		case 2: /* a class past the row */
			d->cls['e'] = (uint8_t)(1u << d->shift);
			break;
		case 3: /* rows for another trie */
			d->nodes--;
			break;
		default: /* wider rows than the section holds */
			d->shift++;
			break;
		}
		h->crc = kalm_crc32(0, copy + sizeof(*h), len - sizeof(*h));
		kalm_model *m = (kalm_model *)1;
		kalm_error err = {0};
		cr_assert_eq(kalm_model_open_blob(copy, len, &m, &err),
			     KALM_ERR_MODEL, "variant %d accepted", variant);
		cr_assert_null(m);
		cr_assert_not_null(strstr(err.message, "trie table"), "%s",
				   err.message);
	}
	free(copy);
}

/* ---- known words ---- */

/* The candidates the persistent matcher finds in TEXT under M. */
static size_t fast_count(const kalm_model *m, const char *text)
{
	kstats st = {0, 0, 0, 0};
	cr_assert_eq(view_build(&view, (const uint8_t *)text, strlen(text), 0, &st),
		     0);
	fast.reference = false;
	cr_assert_eq(match_view(m, &view, &fast), 0);
	return fast.ncand;
}

/* Messages made of a small vocabulary, so that most words are met again
 * and again, at the root and after the words that start terms of several
 * words: the matcher steps over the words it knows and still finds
 * exactly what the search finds, under M (the default model, or one
 * without the transition table).  Returns the words stepped over. */
static size_t known_words_against_the_search(const kalm_model *m, int messages,
					     size_t *replays_out)
{
	enum { WORDS = 300 };
	static const char *const ordinary[] = {
		"the", "my", "i", "for", "this", "is", "not", "you", "are",
		"mijn", "kan", "niet", "jy", "nie", "za", "w", "to", "a", "of",
		"son", "piece", "shut", "up", "go", "to", "hell", "kurwa", "ty",
		"je", "bent", "een", "die", "is", "nie", "het", "no", "so"};
	size_t nord = sizeof(ordinary) / sizeof(ordinary[0]);
	static char vocab[WORDS][64];
	static size_t vlen[WORDS];
	for (size_t i = 0; i < WORDS; i++) {
		if (i < nord) {
			vlen[i] = strlen(ordinary[i]);
			memcpy(vocab[i], ordinary[i], vlen[i]);
		} else if (i % 3 == 0) {
			/* a word of a term of several words */
			char t[128];
			size_t n = random_term(model, t, sizeof(t));
			char *sp = memchr(t, ' ', n);
			size_t from = sp && rnd(2) ? (size_t)(sp + 1 - t) : 0;
			size_t to = from;
			while (to < n && t[to] != ' ')
				to++;
			vlen[i] = to - from < 63 ? to - from : 63;
			memcpy(vocab[i], t + from, vlen[i]);
		} else {
			vlen[i] = random_word(model, vocab[i], 63);
		}
		if (vlen[i] == 0)
			vocab[i][vlen[i]++] = 'x';
	}
	size_t skips = fast.known_skips, replays = fast.known_replays;
	char msg[4096];
	for (int i = 0; i < messages; i++) {
		size_t o = 0;
		uint32_t words = 1 + rnd(30);
		for (uint32_t w = 0; w < words; w++) {
			if (w)
				msg[o++] = rnd(10) ? ' ' : (rnd(2) ? '-' : ',');
			size_t k = rnd(4) ? rnd((uint32_t)nord) : rnd(WORDS);
			memcpy(msg + o, vocab[k], vlen[k]);
			o += vlen[k];
		}
		same_both_ways_in(m, model, true, msg, o);
	}
	if (replays_out)
		*replays_out = fast.known_replays - replays;
	return fast.known_skips - skips;
}

Test(match, known_words_find_what_the_search_finds)
{
	size_t replays = 0, skips = 0, untypo = fast.known_untypo;
	/* three vocabularies drawn from the lexicons: whether one holds words
	 * whose typo search is in vain is luck of the draw */
	for (int round = 0; round < 3; round++) {
		size_t r;
		skips += known_words_against_the_search(model, 2500, &r);
		replays += r;
	}
	/* most words were stepped over, many of them with hits ("you",
	 * "shut", "kurwa") written as the pass would, and some learnt that
	 * their typo search is in vain */
	cr_assert_gt(skips, 15000, "%zu", skips);
	cr_assert_gt(replays, 10000, "%zu", replays);
	cr_assert_gt(fast.known_untypo - untypo, 10, "%zu",
		     fast.known_untypo - untypo);
}

/* Without the transition table the pass follows the links, and known
 * words hold the nodes it reaches so (no space step is kept). */
Test(match, known_words_find_what_the_search_finds_without_the_table)
{
	uint8_t *copy;
	kalm_model *links = open_without_table(&copy);
	size_t skips = known_words_against_the_search(links, 2000, NULL);
	cr_assert_gt(skips, 5000, "%zu", skips);
	matcher_free(&fast);
	kalm_model_free(links);
	free(copy);
}

/* What a word is known for depends on where the pass entered it: TEXT,
 * read after WARM three times (so that WARM's words are known), still
 * holds the term "bx yz" once.  Entered at the root, "yz" ends no term,
 * entered after "bx" it does; and no word is known from a pass that met
 * a term starting before it (in "abx yz" the term starts inside a word
 * and is no match there). */
Test(match, known_words_depend_on_where_the_pass_entered_them)
{
	static const struct {
		const char *warm, *text;
	} cases[] = {
		{"yz yz yz", "yz bx yz yz"},
		{"abx yz", "bx yz"},
	};
	kalm_model *m = build_model("@lang en\n\"bx yz\" insult 3\n");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (int k = 0; k < 3; k++)
			cr_assert_eq(fast_count(m, cases[i].warm), 0, "%s",
				     cases[i].warm);
		size_t skips = fast.known_skips;
		cr_assert_eq(fast_count(m, cases[i].text), 1, "%s", cases[i].text);
		cr_assert_eq(fast_count(m, cases[i].text), 1, "%s", cases[i].text);
		/* the words were known by then */
		cr_assert_gt(fast.known_skips, skips, "%s", cases[i].text);
	}
	matcher_free(&fast);
	kalm_model_free(m);
}

/* A known word's hits are written again wherever it is met; a word with
 * more hits than a known word keeps is read every time. */
Test(match, known_words_keep_their_hits)
{
	static const struct {
		const char *lexicon;
		size_t hits; /* per "abcde" */
		bool kept;
	} cases[] = {
		{"@lang en\nab* insult 3\nabc* insult 3\n", 2, true},
		{"@lang en\nab* insult 3\nabc* insult 3\nabcd* insult 3\n", 3,
		 false},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		kalm_model *m = build_model(cases[i].lexicon);
		for (int k = 0; k < 3; k++)
			cr_assert_eq(fast_count(m, "abcde"), cases[i].hits);
		size_t skips = fast.known_skips, replays = fast.known_replays;
		cr_assert_eq(fast_count(m, "x abcde y abcde"), 2 * cases[i].hits,
			     "%s", cases[i].lexicon);
		cr_assert_eq(fast.known_skips - skips, cases[i].kept ? 2u : 0u);
		cr_assert_eq(fast.known_replays - replays,
			     cases[i].kept ? 2u : 0u);
		matcher_free(&fast);
		kalm_model_free(m);
	}
}

/* A known word's own hits keep the entries they are reported with: whole
 * words, prefixes, suffixes, parts and inflections, at a word's start and
 * inside it, a node with more entries than are kept (read every time),
 * and a word that takes the typo search (its hits at its start are the
 * search's), are all reported as the search reports them, from the
 * first time the word is met and every time after; a verb beside other
 * entries of its term ("abc"), or alone ("abcde"), never. */
Test(match, known_words_report_their_hits_with_the_same_entries)
{
	char lex[2048];
	size_t n = (size_t)snprintf(lex, sizeof(lex),
				    "@lang en\n"
				    "abc insult 3\nabc+ insult 2\nabc* profanity 1\n"
				    "*bcd insult 1\n*cd* profanity 2\nab you\n"
				    "abcd person\nstupid insult 2 fuzzy\n"
				    "abc verb\nabcde verb\n");
	/* nine entries on one term */
	static const char *const kinds[] = {"insult", "profanity", "threat",
					    "sexual", "hate", "frustration",
					    "you", "person", "group"};
	for (size_t i = 0; i < 9; i++)
		n += (size_t)snprintf(lex + n, sizeof(lex) - n, "xyzzy %s%s\n",
				      kinds[i], i < 6 ? " 1" : "");
	kalm_model *m = build_model(lex);
	static const char *const words[] = {
		"abc", "abcd", "abcde", "abcdefghij", "ab", "xabcd", "xcdx",
		"xyzzy", "xyzzys", "stupid", "stupido", "stupidabc", "bcd"};
	size_t nw = sizeof(words) / sizeof(words[0]);
	size_t replays = fast.known_replays;
	char msg[512];
	for (int i = 0; i < 400; i++) {
		size_t o = 0;
		uint32_t count = 1 + rnd(8);
		for (uint32_t k = 0; k < count; k++) {
			const char *w = words[rnd((uint32_t)nw)];
			if (k)
				msg[o++] = rnd(6) ? ' ' : '-';
			memcpy(msg + o, w, strlen(w));
			o += strlen(w);
		}
		same_both_ways_in(m, m, true, msg, o);
	}
	cr_assert_gt(fast.known_replays - replays, 500, "%zu",
		     fast.known_replays - replays);
	matcher_free(&fast);
	kalm_model_free(m);
}

/* A known word whose typo search found nothing, from the word alone, is
 * searched no more; one at whose end a term of several words could go on
 * ("anti" of "anti-semite") is searched wherever it stands. */
Test(match, known_words_learn_when_a_typo_search_is_in_vain)
{
	kalm_model *m = build_model("@lang en\n"
				    "anti-semite hate 3 fuzzy\n"
				    "stupid insult 2 fuzzy\n");
	cr_assert(m->fuzzy->general); /* every word starting so is searched */
	for (int k = 0; k < 3; k++) {
		cr_assert_eq(fast_count(m, "sunny anti"), 0);
		cr_assert_eq(fast_count(m, "stpuid"), 1); /* found: searched */
	}
	/* "sunny" learnt once (at the root, where it was met) */
	cr_assert_eq(fast.known_untypo, 1);
	cr_assert_eq(fast_count(m, "anti-semtie"), 1);
	cr_assert_eq(fast_count(m, "sunny stpuid"), 1);
	matcher_free(&fast);
	kalm_model_free(m);
}

/* A typo search cut short by its budget teaches nothing: what it did not
 * reach may be there.  Under terms that "qwertyuiopasdfg" misses by one
 * letter and then two more, the search spends its steps on those before
 * it reaches the word's own term; the word is read the same way, and
 * finds the same, every time. */
Test(match, a_typo_search_cut_short_teaches_nothing)
{
	static const char word[] = "qwertyuiopasdfg";
	char *lex = malloc(64 * 1024);
	cr_assert_not_null(lex);
	size_t n = (size_t)sprintf(lex, "@lang en\nanti-semite hate 3 fuzzy\n"
					"%s insult 2\n", word);
	for (size_t i = 1; i < 14; i++)
		for (char c = 'a'; c <= 'z'; c++)
			if (c != word[i] && c != word[i - 1])
				n += (size_t)sprintf(lex + n,
						     "%.*s%c%szz insult 1 fuzzy\n",
						     (int)i, word, c, word + i);
	kalm_model *m = build_model(lex);
	free(lex);
	size_t first = fast_count(m, word);
	for (int k = 0; k < 4; k++)
		cr_assert_eq(fast_count(m, word), first);
	same_both_ways_in(m, m, true, word, strlen(word));
	cr_assert_eq(fast.known_untypo, 0);
	cr_assert_gt(fast.known_skips, 0); /* the word was known */
	matcher_free(&fast);
	kalm_model_free(m);
}

/* The pass reads a run's words as it meets them, known ones stepped over:
 * a run in which a word that is not plain follows known words ("id1ot",
 * "f*ck", a stretched "idiooot") is searched whole instead, and what the
 * pass had found in the words before it is not reported twice nor
 * counted as stepped over. */
Test(match, a_run_with_a_word_that_is_not_plain_is_searched_whole)
{
	static const char *const warm = "shut up you stupid idiot";
	static const char *const texts[] = {
		"shut up you stupid id1ot",
		"shut up you stupid f*ck",
		"shut up you stupid idiooot",
		"shut up you st*pid idiot",
		"shut up-you stupid idi0t now",
		"you you you you you you you you you you you you you you you "
		"you you you you you you you you you you you you you you you "
		"you you you you you you you you you you you you you you you "
		"you you you you you you you you you you you you you you you "
		"you you you you you you you id1ot",
	};
	for (int k = 0; k < 3; k++)
		same_both_ways(model, warm, strlen(warm));
	size_t skips = fast.known_skips;
	same_both_ways(model, warm, strlen(warm));
	cr_assert_gt(fast.known_skips, skips, "the words were not known");
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		skips = fast.known_skips;
		same_both_ways(model, texts[i], strlen(texts[i]));
		cr_assert_eq(fast.known_skips, skips, "%s", texts[i]);
	}
}

/* Known words belong to the model they were read with. */
Test(match, known_words_belong_to_their_model)
{
	kalm_model *a = build_model("@lang en\nqqq insult 3\n");
	kalm_model *b = build_model("@lang en\nyz insult 3\n");
	for (int i = 0; i < 3; i++)
		cr_assert_eq(fast_count(a, "yz yz yz"), 0);
	cr_assert_gt(fast.known_skips, 0, "the words were not known");
	cr_assert_eq(fast_count(b, "yz yz yz"), 3);
	cr_assert_eq(fast_count(a, "yz yz yz"), 0);
	matcher_free(&fast);
	kalm_model_free(a);
	kalm_model_free(b);
}
