/* Hostile input: invalid UTF-8 of every kind, NUL bytes, huge and
 * pathological messages, phrase rules that would backtrack forever and
 * lexicons of 10^5 entries.  Every message is scored from a heap buffer of
 * exactly its length, so a read past the end shows under ASan. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <kalm.h>

/* A small lexicon written here, so offsets and matches do not depend on
 * the shipped lexicons. */
static const char en_lex[] =
	"@lang en\n"
	"idiot+     insult 2\n"
	"moron      insult 2\n"
	"fuck*      profanity 2\n"
	"you        you\n"
	"rule threat 4 when aaa* : (a+)+b\n"
	"rule threat 4 when zzz* : (*NO_START_OPT)(z|zz)+y\n"
	"rule threat 3 when qqq* : (?:q*)*q*r\n";

static kalm_model *model;
static kalm_scratch *scratch;
static kalm_verdict *verdict;

static kalm_model *build(const char *name, const char *text, size_t len)
{
	kalm_builder *b;
	kalm_model *m = NULL;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	cr_assert_eq(kalm_builder_add_text(b, name, text, len, &err), KALM_OK,
		     "%s:%u:%u: %s", err.file, err.line, err.column, err.message);
	cr_assert_eq(kalm_builder_build(b, &m, &err), KALM_OK, "%s", err.message);
	kalm_builder_free(b);
	return m;
}

static void setup(void)
{
	model = build("en.lex", en_lex, strlen(en_lex));
	cr_assert_eq(kalm_scratch_new(&scratch), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&verdict), KALM_OK);
}

static void teardown(void)
{
	kalm_verdict_free(verdict);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
}

TestSuite(hostile, .init = setup, .fini = teardown);

/* A copy of DATA[0..LEN) in a buffer of exactly LEN bytes. */
static char *exact(const void *data, size_t len)
{
	char *p = malloc(len ? len : 1);
	cr_assert_not_null(p);
	if (len)
		memcpy(p, data, len);
	return p;
}

/* Score TEXT[0..LEN) with M and check what must hold for any input. */
static void score_with(const kalm_model *m, const char *text, size_t len)
{
	kalm_error err = {0};
	cr_assert_eq(kalm_score(m, scratch, text, len, NULL, verdict, &err),
		     KALM_OK, "%s", err.message);
	cr_assert_eq(kalm_verdict_length(verdict), len);
	cr_assert_leq(kalm_verdict_invalid_bytes(verdict), len);
	double s = kalm_verdict_score(verdict);
	cr_assert(s >= 0.0 && s <= 1.0, "score %f", s);
	cr_assert_eq(kalm_verdict_abusive(verdict),
		     s > 0 && s >= kalm_model_threshold(m));
	size_t n = kalm_verdict_match_count(verdict);
	cr_assert_leq(n, KALM_MATCH_LIMIT);
	for (size_t i = 0; i < n; i++) {
		kalm_match mt;
		cr_assert_eq(kalm_verdict_match(verdict, i, &mt), KALM_OK);
		cr_assert_leq(mt.start, mt.end);
		cr_assert_leq(mt.end, len, "match %zu ends at %zu of %zu", i,
			      mt.end, len);
	}
}

static void score_exact(const kalm_model *m, const void *data, size_t len)
{
	char *text = exact(data, len);
	score_with(m, text, len);
	free(text);
}

/* The number of kept matches whose span is WORD in TEXT, and that every
 * kept match is one. */
static size_t count_spans(const char *text, const char *word)
{
	size_t n = kalm_verdict_match_count(verdict), wl = strlen(word);
	for (size_t i = 0; i < n; i++) {
		kalm_match mt;
		kalm_verdict_match(verdict, i, &mt);
		cr_assert_eq(mt.end - mt.start, wl, "match %zu: [%zu, %zu)", i,
			     mt.start, mt.end);
		cr_assert(memcmp(text + mt.start, word, wl) == 0,
			  "match %zu at %zu is \"%.*s\"", i, mt.start, (int)wl,
			  text + mt.start);
	}
	return n;
}

/* ---- invalid UTF-8 ---- */

static const struct {
	const char *what;
	const char *bytes;
	size_t len;
} invalid[] = {
	{"a lone continuation byte", "\x80", 1},
	{"the last continuation byte", "\xbf", 1},
	{"continuation bytes in a row", "\x80\x81\x82\x83\xbf", 5},
	{"a two-byte lead alone", "\xc3", 1},
	{"a three-byte lead and one byte", "\xe2\x82", 2},
	{"a four-byte lead and two bytes", "\xf0\x9f\x98", 3},
	{"an overlong slash (2 bytes)", "\xc0\xaf", 2},
	{"an overlong C1", "\xc1\xbf", 2},
	{"an overlong slash (3 bytes)", "\xe0\x80\xaf", 3},
	{"an overlong U+07FF (3 bytes)", "\xe0\x9f\xbf", 3},
	{"an overlong slash (4 bytes)", "\xf0\x80\x80\xaf", 4},
	{"an overlong NUL", "\xc0\x80", 2},
	{"a high surrogate", "\xed\xa0\x80", 3},
	{"a low surrogate", "\xed\xbf\xbf", 3},
	{"a surrogate pair (CESU-8)", "\xed\xa0\xbd\xed\xb8\x80", 6},
	{"beyond U+10FFFF", "\xf4\x90\x80\x80", 4},
	{"an F5 lead", "\xf5\x80\x80\x80", 4},
	{"five- and six-byte forms", "\xf8\x88\x80\x80\x80\xfc\x84\x80\x80\x80\x80", 11},
	{"FE and FF", "\xfe\xff", 2},
};

Test(hostile, invalid_utf8_of_every_kind_is_read_without_shifting_offsets)
{
	for (size_t k = 0; k < sizeof(invalid) / sizeof(invalid[0]); k++) {
		/* "<bad> you idiot <bad>" */
		char buf[64];
		size_t bl = invalid[k].len, n = 0;
		memcpy(buf + n, invalid[k].bytes, bl);
		n += bl;
		memcpy(buf + n, " you idiot ", 11);
		n += 11;
		memcpy(buf + n, invalid[k].bytes, bl);
		n += bl;
		char *text = exact(buf, n);
		score_with(model, text, n);
		cr_assert_eq(kalm_verdict_invalid_bytes(verdict), 2 * bl,
			     "%s: %zu invalid bytes", invalid[k].what,
			     kalm_verdict_invalid_bytes(verdict));
		cr_assert_eq(count_spans(text, "idiot"), 1, "%s", invalid[k].what);
		kalm_match mt;
		kalm_verdict_match(verdict, 0, &mt);
		cr_assert_eq(mt.start, bl + 5, "%s", invalid[k].what);
		cr_assert(mt.targeted, "%s", invalid[k].what);
		free(text);

		/* the bytes alone, and cut at every length */
		for (size_t cut = 0; cut <= bl; cut++)
			score_exact(model, invalid[k].bytes, cut);
	}
}

Test(hostile, every_two_byte_sequence_scores)
{
	unsigned char pair[2];
	for (unsigned a = 0; a < 256; a++)
		for (unsigned b = 0; b < 256; b++) {
			pair[0] = (unsigned char)a;
			pair[1] = (unsigned char)b;
			score_exact(model, pair, 2);
		}
}

Test(hostile, nul_bytes_are_text_not_ends)
{
	static const char t[] = "\0you\0idiot\0\0moron\0";
	char *text = exact(t, sizeof(t) - 1);
	score_with(model, text, sizeof(t) - 1);
	cr_assert_eq(kalm_verdict_invalid_bytes(verdict), 0);
	size_t n = kalm_verdict_match_count(verdict);
	cr_assert_eq(n, 2, "%zu matches", n);
	kalm_match a, b;
	kalm_verdict_match(verdict, 0, &a);
	kalm_verdict_match(verdict, 1, &b);
	cr_assert_eq(a.start, 5);
	cr_assert_eq(a.end, 10);
	cr_assert_eq(b.start, 12);
	cr_assert_eq(b.end, 17);
	free(text);

	/* nothing but NULs */
	char *zeros = calloc(1, 100000);
	cr_assert_not_null(zeros);
	score_with(model, zeros, 100000);
	cr_assert_eq(kalm_verdict_match_total(verdict), 0);
	free(zeros);
}

/* ---- size ---- */

/* 50 MB of clean filler with insults at chosen offsets, some on the
 * 64 KiB segment boundaries and one in the last bytes: every one found,
 * at its exact offset. */
Test(hostile, a_50_mb_message_is_read_in_segments_with_exact_offsets)
{
	const size_t len = (size_t)50 << 20;
	static const char filler[] = "the router keeps losing its signal again ";
	const size_t fl = sizeof(filler) - 1;
	char *text = malloc(len);
	cr_assert_not_null(text);
	for (size_t i = 0; i < len; i += fl)
		memcpy(text + i, filler, len - i < fl ? len - i : fl);
	text[len - 1] = ' ';
	/* where to write " idiot " (each offset overwrites whatever was
	 * there; spaces on both sides keep it a word) */
	size_t at[] = {0, 1000, 65536 - 6, 65536, 65536 + 6,
		       2 * 65536 - 1, 131072 + 4093, 7 * 65536 + 1,
		       ((size_t)30 << 20) + 17, ((size_t)40 << 20) - 2,
		       len - 8};
	size_t nat = sizeof(at) / sizeof(at[0]);
	for (size_t k = 0; k < nat; k++) {
		if (at[k] > 0)
			text[at[k] - 1] = ' ';
		memcpy(text + at[k], "idiot ", 6);
	}
	score_with(model, text, len);
	cr_assert_eq(kalm_verdict_invalid_bytes(verdict), 0);
	cr_assert_eq(count_spans(text, "idiot"), nat, "%zu of %zu found",
		     kalm_verdict_match_count(verdict), nat);
	for (size_t k = 0; k < nat; k++) {
		kalm_match mt;
		kalm_verdict_match(verdict, k, &mt);
		cr_assert_eq(mt.start, at[k], "insult %zu at %zu, not %zu", k,
			     mt.start, at[k]);
	}
	free(text);
}

/* More matches than are kept: all counted, the first KALM_MATCH_LIMIT
 * kept in text order with right spans. */
Test(hostile, matches_beyond_the_limit_are_counted)
{
	const size_t reps = 3 * KALM_MATCH_LIMIT;
	static const char unit[] = "idiot.\n";
	size_t ul = sizeof(unit) - 1, len = reps * ul;
	char *text = malloc(len);
	cr_assert_not_null(text);
	for (size_t i = 0; i < reps; i++)
		memcpy(text + i * ul, unit, ul);
	score_with(model, text, len);
	cr_assert_eq(kalm_verdict_match_total(verdict), reps);
	cr_assert_eq(count_spans(text, "idiot"), KALM_MATCH_LIMIT);
	kalm_match last;
	kalm_verdict_match(verdict, KALM_MATCH_LIMIT - 1, &last);
	cr_assert_eq(last.start, (KALM_MATCH_LIMIT - 1) * ul);
	free(text);
}

static char *repeat(const char *unit, size_t times, size_t *len)
{
	size_t ul = strlen(unit);
	*len = ul * times;
	char *t = malloc(*len ? *len : 1);
	cr_assert_not_null(t);
	for (size_t i = 0; i < times; i++)
		memcpy(t + i * ul, unit, ul);
	return t;
}

/* U+0301 COMBINING ACUTE ACCENT, a million times. */
Test(hostile, a_million_combining_marks)
{
	size_t n;
	char *marks = repeat("\xcc\x81", 1000000, &n);
	score_with(model, marks, n);
	cr_assert_eq(kalm_verdict_invalid_bytes(verdict), 0);
	free(marks);

	/* on one letter, and inside a word that still matches, its span
	 * covering the marks (10^4 of them: the word fits one segment) */
	size_t mlen;
	char *m = repeat("\xcc\x81", 10000, &mlen);
	size_t len = 4 + 3 + mlen + 2;
	char *text = malloc(len);
	cr_assert_not_null(text);
	memcpy(text, "you idi", 7);
	memcpy(text + 7, m, mlen);
	memcpy(text + 7 + mlen, "ot", 2);
	score_with(model, text, len);
	cr_assert_eq(kalm_verdict_match_count(verdict), 1);
	kalm_match mt;
	kalm_verdict_match(verdict, 0, &mt);
	cr_assert_eq(mt.start, 4);
	cr_assert_eq(mt.end, len);
	free(text);
	free(m);

	kalm_model *def;
	cr_assert_eq(kalm_model_new_default(&def, NULL), KALM_OK);
	marks = repeat("a\xcc\x81\xcc\x81\xcc\x81\xcc\x81", 200000, &n);
	score_with(def, marks, n);
	free(marks);
	kalm_model_free(def);
}

static const char *const pathological[] = {
	"a", "f u ", "*", "1", "idiot ", "you ", "f*", "k u r w a ",
	"\xe2\x80\x8b", /* zero-width space */
	"!", "aa!!", ". ", "\"", "'", "1d10t", "fuuuuuuuuuuuck ", "kurwa",
	"1 ", "1 d ",
};
static const size_t pathological_times[] = {
	1000000, 100000, 1000000, 1000000, 100000, 100000, 300000, 50000,
	300000, 1000000, 200000, 300000, 500000, 500000, 100000, 40000,
	200000, 500000, 250000,
};

Test(hostile, pathological_repetition_finishes_within_the_invariants)
{
	kalm_model *def;
	cr_assert_eq(kalm_model_new_default(&def, NULL), KALM_OK);
	for (size_t k = 0; k < sizeof(pathological) / sizeof(pathological[0]); k++) {
		size_t len;
		char *text = repeat(pathological[k], pathological_times[k], &len);
		score_with(def, text, len);
		score_with(model, text, len);
		free(text);
	}
	kalm_model_free(def);
}

/* "a" x 30 + "c": (a+)+b would take 2^30 steps without PCRE2's match
 * limit.  The limit ends the try; the rest of the message still counts. */
Test(hostile, catastrophic_backtracking_in_rules_is_cut_off)
{
	static const char *const texts[] = {
		"idiot aaaaaaaaaaaaaaaaaaaaaaaaaaaaaac",
		"idiot aaaaaaaaaaaaaaaaaaaaaaaaaaaaaac is bad",
		"idiot zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzx",
		"idiot qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqs",
	};
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		for (int again = 0; again < 2; again++) { /* JIT made on first use */
			char *text = exact(texts[k], strlen(texts[k]));
			score_with(model, text, strlen(texts[k]));
			cr_assert_eq(kalm_verdict_match_count(verdict), 1, "%s",
				     texts[k]);
			kalm_match mt;
			kalm_verdict_match(verdict, 0, &mt);
			cr_assert_eq(mt.category, KALM_CAT_INSULT, "%s", texts[k]);
			cr_assert_eq(kalm_verdict_category(verdict, KALM_CAT_THREAT),
				     0.0);
			free(text);
		}
	}
	/* and a subject the rule does match is still found */
	static const char hit[] = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";
	score_exact(model, hit, sizeof(hit) - 1);
	cr_assert_gt(kalm_verdict_category(verdict, KALM_CAT_THREAT), 0.0);

	/* many tries in one sentence: each stops at the limit */
	size_t len;
	char *text = repeat("aaaaaaaaaaaaaaaaaaaaaaaaac b ", 20, &len);
	score_with(model, text, len);
	cr_assert_eq(kalm_verdict_category(verdict, KALM_CAT_THREAT), 0.0);
	free(text);
}

/* ---- big lexicons ---- */

static void term_for(size_t i, char *out)
{
	/* "zq" and four letters: distinct for i < 26^4 */
	out[0] = 'z';
	out[1] = 'q';
	for (int k = 5; k >= 2; k--) {
		out[k] = (char)('a' + i % 26);
		i /= 26;
	}
	out[6] = '\0';
}

Test(hostile, a_lexicon_of_100000_entries_compiles_and_matches)
{
	static const char *const cats[] = {"insult", "profanity", "threat",
					   "sexual", "hate"};
	const size_t count = 100000;
	size_t cap = count * 40 + 64, len = 0;
	char *lex = malloc(cap);
	cr_assert_not_null(lex);
	len += (size_t)snprintf(lex + len, cap - len, "@lang en\n");
	for (size_t i = 0; i < count; i++) {
		char term[8];
		term_for(i, term);
		const char *shape = i % 4 == 1 ? "+" : i % 4 == 2 ? "*" : "";
		len += (size_t)snprintf(lex + len, cap - len, "%s%s %s %zu\n",
					term, shape, cats[i % 5], i % 4 + 1);
	}
	kalm_model *big = build("en.lex", lex, len);
	free(lex);
	cr_assert_eq(kalm_model_entry_count(big), count);

	/* a few of them in a message, with inflections and prefixes */
	size_t pick[] = {0, 1, 2, 3, 4999, 50001, 77777, 99998, 99999};
	char msg[512];
	size_t ml = 0;
	size_t want = 0;
	for (size_t k = 0; k < sizeof(pick) / sizeof(pick[0]); k++) {
		char term[8];
		term_for(pick[k], term);
		const char *tail = pick[k] % 4 == 1 ? "ami" : pick[k] % 4 == 2 ? "xyz" : "";
		ml += (size_t)snprintf(msg + ml, sizeof(msg) - ml, "%s%s and ", term, tail);
		want++;
	}
	ml += (size_t)snprintf(msg + ml, sizeof(msg) - ml, "zqzzzzzz zq");
	char *text = exact(msg, ml);
	kalm_error err = {0};
	cr_assert_eq(kalm_score(big, scratch, text, ml, NULL, verdict, &err), KALM_OK);
	cr_assert_eq(kalm_verdict_match_count(verdict), want, "%zu matches in %s",
		     kalm_verdict_match_count(verdict), msg);
	free(text);
	kalm_model_free(big);
}

/* More entries than one trie node holds: refused with a message, or
 * compiled and matching; never a corrupt model. */
Test(hostile, thousands_of_entries_for_one_term)
{
	const size_t count = 5000;
	size_t cap = count * 24, len = 0;
	char *lex = malloc(cap);
	cr_assert_not_null(lex);
	for (size_t i = 0; i < count; i++)
		len += (size_t)snprintf(lex + len, cap - len, "idiot insult %zu\n",
					i % 4 + 1);
	kalm_builder *b;
	kalm_model *m = NULL;
	kalm_error err = {0};
	cr_assert_eq(kalm_builder_new(&b), KALM_OK);
	kalm_status rc = kalm_builder_add_text(b, "en.lex", lex, len, &err);
	if (rc == KALM_OK)
		rc = kalm_builder_build(b, &m, &err);
	if (rc == KALM_OK) {
		score_exact(m, "you idiot", 9);
		cr_assert_gt(kalm_verdict_match_count(verdict), 0);
	} else {
		cr_assert_null(m);
		cr_assert(rc == KALM_ERR_LIMIT || rc == KALM_ERR_SYNTAX, "rc %d", rc);
		cr_assert_neq(err.message[0], '\0');
	}
	kalm_model_free(m);
	kalm_builder_free(b);
	free(lex);
}

/* ---- time grows linearly ---- */

/* Least CPU time of five runs, each scoring TEXT[0..LEN) REPS times (the
 * least is the figure other load on the machine disturbs least). */
static double cpu_seconds(const kalm_model *m, const char *text, size_t len,
			  int reps)
{
	double best = 1e30;
	for (int run = 0; run < 5; run++) {
		clock_t t0 = clock();
		for (int r = 0; r < reps; r++)
			cr_assert_eq(kalm_score(m, scratch, text, len, NULL,
						verdict, NULL), KALM_OK);
		double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
		if (s < best)
			best = s;
	}
	return best;
}

/* Ten times the text takes at most 20 times as long.  Measured within one
 * 64 KiB segment (6 KiB against 60 KiB: work per word that grows with the
 * sentence shows here) and across segments (100 KiB against 1 MiB).  No
 * absolute time is asserted. */
static void linear(const kalm_model *m, const char *unit, size_t small_bytes,
		   int reps)
{
	size_t ul = strlen(unit), n = small_bytes / ul + 1;
	size_t small_len, big_len;
	char *small = repeat(unit, n, &small_len);
	char *big = repeat(unit, n * 10, &big_len);
	double ts = cpu_seconds(m, small, small_len, reps);
	double tb = cpu_seconds(m, big, big_len, reps);
	/* a floor of a few clock ticks keeps tiny times honest */
	double floor = 5e-4;
	if (ts < floor)
		ts = floor;
	cr_assert_leq(tb, 20.0 * ts,
		      "\"%s\": %zu bytes %.4fs, %zu bytes %.4fs (%.1f times)",
		      unit, small_len, ts, big_len, tb, tb / ts);
	free(small);
	free(big);
}

Test(hostile, scoring_time_grows_linearly)
{
	static const char *const units[] = {
		"you useless idiot, I want my refund NOW!!! ",
		"Ty debilu, nie umiesz czytać? Kurwa mać. ",
		"Jou simpel poes, waar is my geld? ",
		"Wat een kankerlijer ben jij, ik wil mijn geld terug. ",
		"idiot ", "idiot, ", "know ", "wiem ", "not ", "you ", "saying ",
		"women ", "f u ", "a", "*", "1", "fuuuuuuuck ", "1 ", "1 d ",
	};
	kalm_model *def;
	cr_assert_eq(kalm_model_new_default(&def, NULL), KALM_OK);
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++) {
		linear(def, units[k], 6 * 1024, 10);
		linear(def, units[k], 100 * 1024, 1);
	}
	kalm_model_free(def);
}
