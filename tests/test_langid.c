/* Language identification (lib/langid.c): guesses per language on short
 * and long messages, the Dutch/Afrikaans pair, the hint as a prior,
 * messages without evidence, hostile bytes, corrupt compiled profiles and
 * errors in the text profile. */
#include <criterion/criterion.h>

#include "langid.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static kbuf profile;

/* The profile the default model is built from: under $KALM_SOURCE_ROOT
 * (set by meson test), else relative to the working directory. */
static void load_profile(void)
{
	const char *root = getenv("KALM_SOURCE_ROOT");
	char path[4096];
	snprintf(path, sizeof path, "%s/lexicons/langid.profile",
		 root ? root : ".");
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "cannot open %s", path);
	static char text[1 << 20];
	size_t n = fread(text, 1, sizeof text, f);
	fclose(f);
	cr_assert(n > 0 && n < sizeof text, "%s: unexpected size", path);
	kalm_error err;
	memset(&err, 0, sizeof err);
	memset(&profile, 0, sizeof profile);
	int rc = langid_profile_compile(path, text, n, &profile, &err);
	cr_assert_eq(rc, 0, "%s:%u:%u: %s", err.file, err.line, err.column,
		     err.message);
	cr_assert_eq(langid_profile_check(profile.data, profile.len), 0);
}

static void free_profile(void)
{
	kbuf_free(&profile);
}

static langid_result guess_hint(const char *text, size_t len, kalm_lang hint)
{
	langid_result r;
	memset(&r, 0xA5, sizeof r); /* stale data must be overwritten */
	langid_guess(profile.data, profile.len, text, len, hint, NULL, 0, &r);
	return r;
}

static langid_result guess(const char *text)
{
	return guess_hint(text, strlen(text), KALM_LANG_UNKNOWN);
}

static void expect_lang(const char *text, kalm_lang want)
{
	langid_result r = guess(text);
	cr_expect_eq(r.guess, want, "\"%s\": got %s (%.2f), want %s", text,
		     kalm_lang_code(r.guess), r.confidence,
		     kalm_lang_code(want));
	cr_expect(r.confidence > 0.0 && r.confidence <= 1.0,
		  "\"%s\": confidence %f", text, r.confidence);
}

TestSuite(langid, .init = load_profile, .fini = free_profile);

Test(langid, dutch_short_and_long)
{
	expect_lang("waar blijft mijn pakket", KALM_LANG_NL);
	expect_lang("Ik ben het zat, jullie reageren nooit!", KALM_LANG_NL);
	expect_lang("bedankt!", KALM_LANG_NL);
	expect_lang("Goedemiddag, ik heb vorige week een wasmachine besteld en "
		    "die is nog steeds niet geleverd. Kunnen jullie uitzoeken "
		    "waar het misgaat? Ik heb er inmiddels drie keer over "
		    "gebeld.", KALM_LANG_NL);
}

Test(langid, afrikaans_short_and_long)
{
	expect_lang("waar is my pakkie", KALM_LANG_AF);
	expect_lang("Ek is gatvol, julle antwoord nooit nie!", KALM_LANG_AF);
	expect_lang("baie dankie!", KALM_LANG_AF);
	expect_lang("Goeiemiddag, ek het verlede week 'n wasmasjien bestel en "
		    "dit is nog steeds nie afgelewer nie. Kan julle uitvind "
		    "waar dit skeefloop? Ek het al drie keer daaroor gebel.",
		    KALM_LANG_AF);
}

Test(langid, polish_short_and_long)
{
	expect_lang("gdzie jest moja paczka", KALM_LANG_PL);
	expect_lang("Mam dość, nikt mi nie odpowiada!", KALM_LANG_PL);
	expect_lang("dziekuje bardzo", KALM_LANG_PL); /* without diacritics */
	expect_lang("Dzień dobry, w zeszłym tygodniu zamówiłem pralkę i nadal "
		    "nie została dostarczona. Czy możecie sprawdzić, co się "
		    "dzieje? Dzwoniłem już trzy razy.", KALM_LANG_PL);
}

Test(langid, english_short_and_long)
{
	expect_lang("where is my parcel", KALM_LANG_EN);
	expect_lang("I'm fed up, you never answer!", KALM_LANG_EN);
	expect_lang("thanks a lot", KALM_LANG_EN);
	expect_lang("Good afternoon, I ordered a washing machine last week and "
		    "it still hasn't been delivered. Could you find out what "
		    "went wrong? I have called about it three times already.",
		    KALM_LANG_EN);
}

/* The hard pair: the same message in both languages, told apart by the
 * function words (ek/ik, nie...nie/niet, 'n/een, jy/jij, die/de). */
Test(langid, dutch_and_afrikaans_pair)
{
	static const char *const pairs[][2] = {
		{"Ik heb het niet gedaan.", "Ek het dit nie gedoen nie."},
		{"Dit is een groot probleem.", "Dit is 'n groot probleem."},
		{"Jij bent een idioot.", "Jy is 'n idioot."},
		{"De winkel is dicht.", "Die winkel is toe."},
		{"Ik weet het niet.", "Ek weet nie."},
		{"Wat wil je van mij?", "Wat wil jy van my hê?"},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		expect_lang(pairs[i][0], KALM_LANG_NL);
		expect_lang(pairs[i][1], KALM_LANG_AF);
	}
}

Test(langid, orthographic_cues)
{
	/* Unicode apostrophe and capitals are read like their plain forms. */
	expect_lang("DIT IS \xE2\x80\x99N SKANDE", KALM_LANG_AF);
	expect_lang("ŻÓŁĆ", KALM_LANG_PL);
	expect_lang("Wat een gedoe met die \xC4\xB3sjes", KALM_LANG_NL);
}

Test(langid, clear_evidence_beats_the_hint)
{
	const char *pl = "Dlaczego nikt nie odpowiada na moje wiadomości?";
	langid_result r = guess_hint(pl, strlen(pl), KALM_LANG_NL);
	cr_expect_eq(r.guess, KALM_LANG_PL);
	cr_expect_eq(r.used, KALM_LANG_PL, "used %s", kalm_lang_code(r.used));

	const char *en = "Please call me back as soon as possible.";
	r = guess_hint(en, strlen(en), KALM_LANG_AF);
	cr_expect_eq(r.used, KALM_LANG_EN, "used %s", kalm_lang_code(r.used));
}

Test(langid, weak_evidence_follows_the_hint)
{
	/* Words every one of these languages uses. */
	static const char *const weak[] = {"ok", "haha"};
	static const kalm_lang hints[] = {KALM_LANG_NL, KALM_LANG_AF,
					  KALM_LANG_PL, KALM_LANG_EN};
	for (size_t i = 0; i < sizeof weak / sizeof weak[0]; i++) {
		for (size_t h = 0; h < sizeof hints / sizeof hints[0]; h++) {
			langid_result r = guess_hint(weak[i], strlen(weak[i]),
						     hints[h]);
			cr_expect_eq(r.used, hints[h], "\"%s\" hint %s: used %s",
				     weak[i], kalm_lang_code(hints[h]),
				     kalm_lang_code(r.used));
		}
	}
}

Test(langid, no_evidence_is_unknown_and_uses_the_hint)
{
	static const char *const none[] = {
		"", "12345", "06-12345678", "!!!???...", "\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1",
		"https://www.example.com/bestelling/12345",
		"www.example.nl", "info@example.co.za", "@helpdesk", ":) :( <3",
		"      \t  ",
	};
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
		langid_result r = guess_hint(none[i], strlen(none[i]),
					     KALM_LANG_AF);
		cr_expect_eq(r.guess, KALM_LANG_UNKNOWN, "\"%s\": %s", none[i],
			     kalm_lang_code(r.guess));
		cr_expect_eq(r.confidence, 0.0, "\"%s\"", none[i]);
		cr_expect_eq(r.used, KALM_LANG_AF, "\"%s\"", none[i]);
		r = guess(none[i]);
		cr_expect_eq(r.used, KALM_LANG_UNKNOWN, "\"%s\"", none[i]);
	}
}

Test(langid, addresses_do_not_outvote_the_words)
{
	expect_lang("kijk op https://www.example.com/the-best-english-words-"
		    "ever voor de voorwaarden", KALM_LANG_NL);
}

/* A chunk read at once and found an address only at its end has what it
 * added taken back: the guess is the one with any other address in its
 * place (these start with a mark, which is read another way), bit for
 * bit, however far into the chunk the mark comes. */
Test(langid, an_address_read_in_one_pass_is_taken_back)
{
	static const char *const read_at_once[] = {
		"www.voorbeeld.nl", "info@firma.nl", "klantenservice.example.com",
		"jan.de.vries@voorbeeld.nl/pad", "kijk://hier"};
	static const char *const frames[] = {
		"het is %s kapot en ik wil mijn geld terug",
		"Ek het %s nie gesien nie. Dit werk nie",
		"nie działa %s znowu",
		"%s",
		"you sent me to %s",
	};
	for (size_t f = 0; f < sizeof frames / sizeof frames[0]; f++) {
		char want_text[256];
		snprintf(want_text, sizeof want_text, frames[f], "@jan");
		langid_result want = guess(want_text);
		for (size_t a = 0; a < sizeof read_at_once / sizeof read_at_once[0];
		     a++) {
			char text[256];
			snprintf(text, sizeof text, frames[f], read_at_once[a]);
			langid_result got = guess(text);
			cr_expect_eq(got.guess, want.guess, "\"%s\"", text);
			cr_expect_eq(memcmp(&got.confidence, &want.confidence,
					    sizeof got.confidence), 0,
				     "\"%s\": %.17g, want %.17g", text,
				     got.confidence, want.confidence);
			cr_expect_eq(memcmp(got.scores, want.scores,
					    sizeof got.scores), 0, "\"%s\"", text);
		}
	}
}

Test(langid, scores_are_a_distribution)
{
	langid_result r = guess("Hoekom is my rekening gesluit?");
	float sum = 0.0f;
	for (int l = 0; l < KALM_LANG_COUNT; l++) {
		cr_expect(r.scores[l] >= 0.0f && r.scores[l] <= 1.0f);
		sum += r.scores[l];
	}
	cr_expect_float_eq(sum, 1.0f, 1e-4);
	cr_expect_float_eq(r.scores[r.guess], (float)r.confidence, 1e-4);
	cr_expect_eq(r.scores[KALM_LANG_UNKNOWN], 0.0f);
}

/* A language far behind gets a share of 0 only when the share is
 * negligible (below exp(-40) of the best's); closer ones keep theirs. */
Test(langid, only_negligible_shares_are_zero)
{
	langid_result near = guess("dank je wel");
	cr_assert_eq(near.guess, KALM_LANG_NL);
	for (int l = KALM_LANG_NL; l < KALM_LANG_COUNT; l++)
		cr_expect_gt(near.scores[l], 0.0f, "language %d", l);
	cr_expect_lt(near.confidence, 1.0);

	langid_result far =
		guess("Waarom is mijn rekening geblokkeerd, ik heb niets gedaan");
	cr_assert_eq(far.guess, KALM_LANG_NL);
	cr_expect_eq(far.confidence, 1.0);
	for (int l = KALM_LANG_NL; l < KALM_LANG_COUNT; l++)
		if (l != KALM_LANG_NL)
			cr_expect_eq(far.scores[l], 0.0f, "language %d", l);
}

Test(langid, invalid_utf8_and_nul_bytes)
{
	static const char text[] =
		"Gdzie\xFF jest\0moja \xC3 paczka?\xE2\x82 Czekam ju\xC5\xBC "
		"tydzie\xC5\x84\xF0\x9F";
	langid_result r = guess_hint(text, sizeof text - 1, KALM_LANG_UNKNOWN);
	cr_expect_eq(r.guess, KALM_LANG_PL, "got %s", kalm_lang_code(r.guess));

	/* Hostile bytes: never a crash, always a well-formed result. */
	uint32_t x = 12345;
	char buf[512];
	for (int round = 0; round < 2000; round++) {
		size_t n = round % sizeof buf;
		for (size_t i = 0; i < n; i++) {
			x = x * 1103515245u + 12345u;
			buf[i] = (char)(x >> 16);
		}
		r = guess_hint(buf, n, (kalm_lang)(round % KALM_LANG_COUNT));
		cr_assert(r.guess >= KALM_LANG_UNKNOWN &&
			  r.guess < KALM_LANG_COUNT);
		cr_assert(r.confidence >= 0.0 && r.confidence <= 1.0);
	}
}

Test(langid, only_a_bounded_prefix_is_read)
{
	/* 8 KiB of Dutch followed by 64 KiB of English: the prefix decides. */
	const char *nl = "ik wacht nog steeds op mijn bestelling en niemand "
			 "belt mij terug. ";
	const char *en = "the quick brown fox jumps over the lazy dog. ";
	size_t cap = 80 * 1024, len = 0;
	char *text = malloc(cap);
	cr_assert_not_null(text);
	while (len + strlen(nl) < 8 * 1024) {
		memcpy(text + len, nl, strlen(nl));
		len += strlen(nl);
	}
	while (len + strlen(en) < cap) {
		memcpy(text + len, en, strlen(en));
		len += strlen(en);
	}
	langid_result r = guess_hint(text, len, KALM_LANG_UNKNOWN);
	cr_expect_eq(r.guess, KALM_LANG_NL, "got %s", kalm_lang_code(r.guess));
	free(text);
}

Test(langid, unknown_hint_values_are_ignored)
{
	langid_result r = guess_hint("12345", 5, (kalm_lang)77);
	cr_expect_eq(r.used, KALM_LANG_UNKNOWN);
}

/* ---- compiled profiles from untrusted blobs ---- */

static uint8_t *copy_profile(void)
{
	uint8_t *p = malloc(profile.len);
	cr_assert_not_null(p);
	memcpy(p, profile.data, profile.len);
	return p;
}

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

Test(langid, truncated_profiles_are_refused)
{
	static const size_t cuts[] = {0, 1, 4, 63, 64, 65, 1000};
	for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
		cr_expect_eq(langid_profile_check(profile.data, cuts[i]), -1,
			     "length %zu", cuts[i]);
	cr_expect_eq(langid_profile_check(profile.data, profile.len - 1), -1);
	cr_expect_eq(langid_profile_check(NULL, profile.len), -1);
}

Test(langid, corrupt_headers_are_refused)
{
	uint8_t *p = copy_profile();
	p[0] ^= 1; /* magic */
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	p[0] ^= 1;
	cr_assert_eq(langid_profile_check(p, profile.len), 0);
	put32(p + 8, 0xFFFFFFFFu); /* feature count far beyond the data */
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	free(p);

	p = copy_profile();
	p[12] = 31; /* bucket bits: the index would overrun */
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	free(p);

	p = copy_profile();
	p[4] = 9; /* version */
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	free(p);
}

Test(langid, bucket_offsets_out_of_range_are_refused)
{
	uint8_t *p = copy_profile();
	uint32_t count = kalm_rd32(p + 8);
	/* A bucket start beyond the feature count. */
	put32(p + 64 + 4 * 3, count + 100);
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	/* Even unchecked, guessing on it stays inside the section. */
	langid_result r;
	langid_guess(p, profile.len, "hallo daar", 10, KALM_LANG_NL, NULL, 0, &r);
	cr_expect(r.guess < KALM_LANG_COUNT);
	free(p);

	p = copy_profile();
	/* Starts that go backwards. */
	uint32_t s = kalm_rd32(p + 64 + 4 * 10);
	put32(p + 64 + 4 * 11, s > 0 ? s - 1 : 0);
	put32(p + 64 + 4 * 10, s + 1);
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	free(p);
}

Test(langid, keys_in_the_wrong_bucket_are_refused)
{
	uint8_t *p = copy_profile();
	unsigned bits = p[12];
	size_t keys = 64 + (((size_t)1 << bits) + 1) * 4;
	put32(p + keys, 0xFFFFFFF0u); /* the first key now belongs last */
	cr_expect_eq(langid_profile_check(p, profile.len), -1);
	free(p);
}

Test(langid, garbage_profile_gives_unknown)
{
	uint8_t junk[4096];
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (uint8_t)(i * 7 + 3);
	cr_expect_eq(langid_profile_check(junk, sizeof junk), -1);
	langid_result r;
	langid_guess(junk, sizeof junk, "waar is my pakkie", 17,
		     KALM_LANG_AF, NULL, 0, &r);
	cr_expect_eq(r.guess, KALM_LANG_UNKNOWN);
	cr_expect_eq(r.used, KALM_LANG_AF);
}

/* ---- the text form ---- */

static void expect_error(const char *text, unsigned line, unsigned column,
			 const char *fragment)
{
	kbuf out;
	memset(&out, 0, sizeof out);
	kalm_error err;
	memset(&err, 0, sizeof err);
	int rc = langid_profile_compile("test.profile", text, strlen(text),
					&out, &err);
	cr_expect_eq(rc, KALM_ERR_SYNTAX, "rc %d for:\n%s", rc, text);
	cr_expect_eq(err.line, line, "line %u (%s) for:\n%s", err.line,
		     err.message, text);
	if (column)
		cr_expect_eq(err.column, column, "column %u (%s)", err.column,
			     err.message);
	cr_expect_str_eq(err.file, "test.profile");
	cr_expect(strstr(err.message, fragment) != NULL, "message: %s",
		  err.message);
	/* the message itself says where, as a lexicon's does */
	char where[64];
	snprintf(where, sizeof where, "test.profile:%u:%u: ", err.line,
		 err.column);
	cr_expect(strncmp(err.message, where, strlen(where)) == 0,
		  "message: %s", err.message);
	kbuf_free(&out);
}

Test(langid, compile_errors_name_line_and_column)
{
	expect_error("# no header\nlangs nl af pl en\n", 2, 1, "kalm-langid");
	expect_error("kalm-langid 2\n", 1, 13, "version");
	expect_error("kalm-langid 1\nlangs nl af en pl\n", 2, 13, "langs");
	expect_error("kalm-langid 1\nlangs nl af pl en\n3 _ab_ 1 2 3 4\n", 3, 3,
		     "length");
	expect_error("kalm-langid 1\nlangs nl af pl en\n\n2 ab 1 2 3 999\n", 4,
		     12, "range");
	expect_error("kalm-langid 1\nlangs nl af pl en\nw die 0 1 2\n", 3, 12,
		     "number");
	expect_error("kalm-langid 1\nlangs nl af pl en\nw d1e 0 1 2 3\n", 3, 4,
		     "letter");
	expect_error("kalm-langid 1\nlangs nl af pl en\nfrobnicate 3\n", 3, 1,
		     "directive");
	expect_error("kalm-langid 1\nlangs nl af pl en\nw die 0 1 2 3 extra\n",
		     3, 15, "end of line");
	expect_error("kalm-langid 1\n2 ab 1 2 3 4\n", 2, 1, "langs");
	/* Costs, the scale and min-letters are whole numbers: "0.9" was
	 * read as 0 */
	expect_error("kalm-langid 1\nlangs nl af pl en\nw die 0 0.9 2 3\n", 3,
		     10, "whole number");
	expect_error("kalm-langid 1\nscale 16.5\n", 2, 9, "whole number");
	expect_error("kalm-langid 1\nmin-letters 2.\n", 2, 14, "whole number");
	/* Columns count characters: "żółw" is four. */
	expect_error("kalm-langid 1\nlangs nl af pl en\n"
		     "w \xc5\xbc\xc3\xb3\xc5\x82w 0 1 2\n", 3, 13, "number");
	expect_error("kalm-langid 1\nlangs nl af pl en\n"
		     "2 \xc5\xbc\xc3\xb3 0 1 2 x\n", 3, 12, "number");
	/* The later of two equal features is the one reported. */
	expect_error("kalm-langid 1\nlangs nl af pl en\nw die 0 1 2 3\n"
		     "# comment\nw DIE 3 2 1 0\n", 5, 1, "line 3");
}

/* A byte order mark at the start of a profile is skipped and takes no
 * column. */
Test(langid, a_byte_order_mark_is_skipped)
{
	const char *text = "\xEF\xBB\xBFkalm-langid 1\nlangs nl af pl en\n"
			   "w ek 160 0 160 160\n";
	kbuf out;
	memset(&out, 0, sizeof out);
	kalm_error err;
	memset(&err, 0, sizeof err);
	cr_expect_eq(langid_profile_compile("bom.profile", text, strlen(text),
					    &out, &err), 0, "%s", err.message);
	kbuf_free(&out);
	expect_error("\xEF\xBB\xBFkalm-langid 2\n", 1, 13, "version");
}

Test(langid, a_compiled_profile_works_and_appends)
{
	const char *text = "kalm-langid 1   # a tiny profile\n"
			   "langs nl af pl en\n"
			   "scale 16\nhint 2\ntemperature 1\nmin-letters 1\n"
			   "w ek 160 0 160 160\n"
			   "w ik 0 160 160 160\n";
	kbuf out;
	memset(&out, 0, sizeof out);
	cr_assert_eq(kbuf_append(&out, "xyz", 3), 0);
	kalm_error err;
	memset(&err, 0, sizeof err);
	cr_assert_eq(langid_profile_compile("tiny", text, strlen(text), &out,
					    &err), 0, "%s", err.message);
	cr_expect_eq(memcmp(out.data, "xyz", 3), 0);
	const uint8_t *p = out.data + 3;
	size_t len = out.len - 3;
	cr_assert_eq(langid_profile_check(p, len), 0);
	langid_result r;
	langid_guess(p, len, "EK", 2, KALM_LANG_UNKNOWN, NULL, 0, &r);
	cr_expect_eq(r.guess, KALM_LANG_AF);
	langid_guess(p, len, "ik", 2, KALM_LANG_UNKNOWN, NULL, 0, &r);
	cr_expect_eq(r.guess, KALM_LANG_NL);
	langid_guess(p, len, "zz", 2, KALM_LANG_PL, NULL, 0, &r);
	cr_expect_eq(r.guess, KALM_LANG_UNKNOWN);
	cr_expect_eq(r.used, KALM_LANG_PL);
	kbuf_free(&out);
}

Test(langid, mangled_profile_text_never_crashes_the_compiler)
{
	const char *base = "kalm-langid 1\nlangs nl af pl en\nscale 16\n"
			   "weight b 2\nhint 2.5\ntemperature 0.25\n"
			   "w jy 90 0 90 90\n4 _ij_ 0 60 60 60\n"
			   "b het_is 0 40 20 20\n2 ł_ 60 60 0 60\n";
	size_t n = strlen(base);
	char text[256];
	cr_assert(n < sizeof text);
	uint32_t x = 99;
	for (int round = 0; round < 3000; round++) {
		memcpy(text, base, n);
		for (int k = 0; k < 1 + round % 4; k++) {
			x = x * 1103515245u + 12345u;
			size_t at = (x >> 8) % n;
			x = x * 1103515245u + 12345u;
			text[at] = (char)(x >> 16);
		}
		kbuf out;
		memset(&out, 0, sizeof out);
		kalm_error err;
		memset(&err, 0, sizeof err);
		int rc = langid_profile_compile("m.profile", text, n, &out, &err);
		if (rc == 0) {
			cr_expect_eq(langid_profile_check(out.data, out.len), 0);
		} else {
			cr_expect(rc == KALM_ERR_SYNTAX, "rc %d", rc);
			cr_expect(err.line >= 1 && err.line <= 14, "line %u",
				  err.line);
		}
		kbuf_free(&out);
	}
}

/* An empty memo of 2^BITS words. */
static langid_memo *memo_new(unsigned bits)
{
	langid_memo *memo = malloc(langid_memo_size(bits));
	cr_assert_not_null(memo);
	langid_memo_init(memo, bits);
	return memo;
}

/* Guesses with a memo, cold, warm and crowded, equal guesses without. */
static void expect_same(const uint8_t *p, size_t len, langid_memo *memo,
			uint64_t serial, const char *text)
{
	langid_result a, b;
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	langid_guess(p, len, text, strlen(text), KALM_LANG_UNKNOWN, NULL, 0, &a);
	langid_guess(p, len, text, strlen(text), KALM_LANG_UNKNOWN, memo,
		     serial, &b);
	cr_expect_eq(a.guess, b.guess, "\"%s\"", text);
	cr_expect_eq(a.used, b.used, "\"%s\"", text);
	cr_expect_eq(memcmp(&a.confidence, &b.confidence, sizeof a.confidence),
		     0, "\"%s\": %.17g != %.17g", text, a.confidence,
		     b.confidence);
	cr_expect_eq(memcmp(a.scores, b.scores, sizeof a.scores), 0, "\"%s\"",
		     text);
}

/* TEXTS[0..N) read three times over through one memo of 2^11 words, each
 * time as without a memo (the first round fills the memo, the others
 * read from it). */
static void expect_same_rounds(const char *const *texts, size_t n)
{
	langid_memo *memo = memo_new(11);
	for (int round = 0; round < 3; round++)
		for (size_t i = 0; i < n; i++)
			expect_same(profile.data, profile.len, memo, 7, texts[i]);
	free(memo);
}

/* Word I of a generated text: 2 to 12 letters, some capitals, some of
 * two bytes ("ż", "Ł", "ô"), some stretched ("nooo", "żżż") or with an
 * apostrophe inside ("don't"), some with marks after them ("ja,", "nu.",
 * "dank!!", "2x"), never a letter alone or an address (a chunk of its own
 * is read as neither).  At most 12 * 7 + 3 bytes. */
static size_t random_word(uint32_t *x, char *out)
{
	static const char *const marks[] = {",", ".", "!", "?", "!!", "?!",
					    ";", ")", "...", "1", "42", "-"};
	static const char *const latin[] = {
		"\xC4\x85", "\xC4\x99", "\xC5\x82", "\xC3\xB3", "\xC5\xBC",
		"\xC5\xBA", "\xC4\x87", "\xC5\x84", "\xC5\x9B", "\xC3\xAB",
		"\xC3\xAF", "\xC3\xB4", "\xC3\xAA", "\xC3\xA9", "\xC3\xBC",
		"\xC5\x81", "\xC5\xBB", "\xC3\x9F", "\xC3\x89", "\xC4\xB0"};
	*x = *x * 1103515245u + 12345u;
	size_t n = 2 + (*x >> 16) % 11, k = 0;
	for (size_t i = 0; i < n; i++) {
		*x = *x * 1103515245u + 12345u;
		unsigned r = *x >> 16;
		char c = (char)((r % 7 == 0 ? 'A' : 'a') + (r >> 3) % 26);
		if (c == 'w' || c == 'W')
			c = 'v'; /* no "www." */
		const char *l = r % 11 == 0
			? latin[(r >> 5) % (sizeof latin / sizeof latin[0])]
			: NULL;
		size_t b = l ? 2 : 1;
		for (int copies = r % 23 == 0 ? 3 : 1; copies > 0; copies--) {
			/* stretched: three in a row */
			memcpy(out + k, l ? l : &c, b);
			k += b;
		}
		if (r % 29 == 0 && i + 1 < n)
			out[k++] = '\'';
	}
	*x = *x * 1103515245u + 12345u;
	unsigned r = *x >> 16;
	if (r % 3 == 0) {
		const char *m = marks[(r >> 2) % (sizeof marks / sizeof marks[0])];
		memcpy(out + k, m, strlen(m));
		k += strlen(m);
	}
	return k;
}

static void expect_equal_guesses(const langid_result *a,
				 const langid_result *b, const char *text)
{
	cr_expect_eq(a->guess, b->guess, "\"%s\"", text);
	cr_expect_eq(memcmp(&a->confidence, &b->confidence,
			    sizeof a->confidence), 0, "\"%s\"", text);
	cr_expect_eq(memcmp(a->scores, b->scores, sizeof a->scores), 0,
		     "\"%s\"", text);
}

/* Texts A and B give the same guess to the last bit (no memo); with
 * KNOWN, A's language is known. */
static void expect_read_alike(const char *a_text, const char *b_text,
			      bool known)
{
	langid_result a, b;
	langid_guess(profile.data, profile.len, a_text, strlen(a_text),
		     KALM_LANG_UNKNOWN, NULL, 0, &a);
	langid_guess(profile.data, profile.len, b_text, strlen(b_text),
		     KALM_LANG_UNKNOWN, NULL, 0, &b);
	if (known)
		cr_expect_neq(a.guess, KALM_LANG_UNKNOWN, "\"%s\"", a_text);
	expect_equal_guesses(&a, &b, a_text);
}

/* The usual chunk (a short ASCII word, perhaps marks after it, then white
 * space or the end) is read in one go; joined by no-break spaces instead
 * of spaces, the same words are one chunk, which langid_chunk reads
 * letter by letter.  Both readings give the same guess to the last bit,
 * with a memo and without. */
Test(langid, a_chunk_read_in_one_go_reads_as_letter_by_letter)
{
	langid_memo *memo = memo_new(11);
	static const char *const fixed[][2] = {
		{"ja", "ja"},
		{"ik ben er", "ik\xC2\xA0" "ben\xC2\xA0" "er"},
		{"bedankt. tot ziens!", "bedankt.\xC2\xA0" "tot\xC2\xA0" "ziens!"},
		{"Hallo, HOE GAAT HET?", "Hallo,\xC2\xA0" "HOE\xC2\xA0" "GAAT\xC2\xA0" "HET?"},
		{"dziekuje bardzo", "dziekuje\xC2\xA0" "bardzo"},
		{"nooo ek is moeg", "nooo\xC2\xA0" "ek\xC2\xA0" "is\xC2\xA0" "moeg"},
		/* eight to twelve letters: two reads; three in a row across
		 * them, or in the second; thirteen letters: letter by letter */
		{"ik ben ontevreden", "ik\xC2\xA0" "ben\xC2\xA0" "ontevreden"},
		{"bestellingen kwijtgeraakt!", "bestellingen\xC2\xA0" "kwijtgeraakt!"},
		{"abcdefgggh ik ben", "abcdefgggh\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"abcdefgHhh ik ben", "abcdefgHhh\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"abcdefghiii, ik ben", "abcdefghiii,\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"onderhoudscontract is op", "onderhoudscontract\xC2\xA0" "is\xC2\xA0" "op"},
		/* marks up to the eighth byte and on into the next eight,
		 * or past them; the text ending right after */
		{"bezorgd. ik ben", "bezorgd.\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"Dinsdag?! tot dan", "Dinsdag?!\xC2\xA0" "tot\xC2\xA0" "dan"},
		{"Maandag,. ik ben", "Maandag,.\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"ik ben bezorgd.", "ik\xC2\xA0" "ben\xC2\xA0" "bezorgd."},
		{"ik ben moeg...", "ik\xC2\xA0" "ben\xC2\xA0" "moeg..."},
		{"dank!!!!!!!!!!!!!!!!! ik ben", "dank!!!!!!!!!!!!!!!!!\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"dank......... ik ben", "dank.........\xC2\xA0" "ik\xC2\xA0" "ben"},
		/* letters of two bytes, first or later, stretched, capitals */
		{"Z\xC5\x82o\xC5\xBC\xC4\x99 skarg\xC4\x99.", "Z\xC5\x82o\xC5\xBC\xC4\x99\xC2\xA0" "skarg\xC4\x99."},
		{"\xC5\xBC\xC3\xB3\xC5\x82w ju\xC5\xBC, dzi\xC4\x99kuj\xC4\x99!", "\xC5\xBC\xC3\xB3\xC5\x82w\xC2\xA0" "ju\xC5\xBC,\xC2\xA0" "dzi\xC4\x99kuj\xC4\x99!"},
		{"Goeiem\xC3\xB4re, hoe gaan dit?", "Goeiem\xC3\xB4re,\xC2\xA0" "hoe\xC2\xA0" "gaan\xC2\xA0" "dit?"},
		{"\xC5\xBB\xC5\xBB\xC5\xBC\xC5\xBC" "aba ZA\xC5\xBB\xC3\x93\xC5\x81\xC4\x86 \xC4\xB0stanbul", "\xC5\xBB\xC5\xBB\xC5\xBC\xC5\xBC" "aba\xC2\xA0" "ZA\xC5\xBB\xC3\x93\xC5\x81\xC4\x86\xC2\xA0" "\xC4\xB0stanbul"},
		/* one or two letters alone before a word */
		{"I want a refund", "I\xC2\xA0" "want\xC2\xA0" "a\xC2\xA0" "refund"},
		{"w domu i w pracy", "w\xC2\xA0" "domu\xC2\xA0" "i\xC2\xA0" "w\xC2\xA0" "pracy"},
		{"o. k. dank", "o.\xC2\xA0" "k.\xC2\xA0" "dank"},
		{"b\xC4\xB3 de b\xC4\xB3" "enkorf", "b\xC4\xB3\xC2\xA0" "de\xC2\xA0" "b\xC4\xB3" "enkorf"},
		{"ik ben I! het is", "ik\xC2\xA0" "ben\xC2\xA0" "I!\xC2\xA0" "het\xC2\xA0" "is"},
		{"a? b. dank", "a?\xC2\xA0" "b.\xC2\xA0" "dank"},
		{"I don't think it's his, jy's", "I\xC2\xA0" "don't\xC2\xA0" "think\xC2\xA0" "it's\xC2\xA0" "his,\xC2\xA0" "jy's"},
		{"\xC5\xBC. ik ben", "\xC5\xBC.\xC2\xA0" "ik\xC2\xA0" "ben"},
		{"\xC4\xB3 ik ben \xC4\xB2 o", "\xC4\xB3\xC2\xA0" "ik\xC2\xA0" "ben\xC2\xA0" "\xC4\xB2\xC2\xA0" "o"},
		/* chunks without letters: digits, emoji, marks */
		{"ik ben #76642. het is", "ik\xC2\xA0" "ben\xC2\xA0" "#76642.\xC2\xA0" "het\xC2\xA0" "is"},
		{"het 12:30 \xF0\x9F\x91\x8D is", "het\xC2\xA0" "12:30\xC2\xA0" "\xF0\x9F\x91\x8D\xC2\xA0" "is"},
		{"dank 2!! ?? het is", "dank\xC2\xA0" "2!!\xC2\xA0" "??\xC2\xA0" "het\xC2\xA0" "is"},
		{"\xC3\xA9\xC3\xA9n twee\xC3\xAB", "\xC3\xA9\xC3\xA9n\xC2\xA0" "twee\xC3\xAB"},
	};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		expect_read_alike(fixed[i][0], fixed[i][1], true);
	/* letters spelled out read as the word; an address of two-byte
	 * letters as any other address */
	static const char *const same[][2] = {
		{"to \xC5\xBC \xC3\xB3 \xC5\x82 w", "to \xC5\xBC\xC3\xB3\xC5\x82w"},
		{"ik ben ja\xC5\xBC:// er", "ik ben www.bol.com er"},
		{"ik ben \xC5\xBC\xC3\xB3\xC5\x82w.com er", "ik ben www.bol.com er"},
		/* letters and then marks only: an address all the same */
		{"ik ben www. er", "ik ben www.bol.com er"},
		{"ik ben WWW.. er", "ik ben www.bol.com er"},
		{"ik ben http:// er", "ik ben www.bol.com er"},
		{"ik ben jan@. er", "ik ben www.bol.com er"},
		{"ik ben \xC5\xBC\xC3\xB3\xC5\x82w@. er", "ik ben www.bol.com er"},
		{"ik ben ww\xC5\xB5. er", "ik ben ww\xC5\xB5.\xC2\xA0" "er"},
	};
	for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
		expect_read_alike(same[i][0], same[i][1], false);
	uint32_t x = 2026;
	for (int i = 0; i < 4000; i++) {
		char spaced[1024], joined[1024], word[96];
		size_t ns = 0, nj = 0, words = 1 + (size_t)i % 9;
		for (size_t w = 0; w < words; w++) {
			size_t n = random_word(&x, word);
			if (w) {
				spaced[ns++] = (w + (size_t)i) % 5 ? ' ' : '\t';
				joined[nj++] = '\xC2';
				joined[nj++] = '\xA0';
			}
			memcpy(spaced + ns, word, n);
			memcpy(joined + nj, word, n);
			ns += n;
			nj += n;
		}
		spaced[ns] = joined[nj] = '\0';
		langid_result a, b;
		langid_guess(profile.data, profile.len, spaced, ns,
			     KALM_LANG_UNKNOWN, i % 2 ? memo : NULL, 7, &a);
		langid_guess(profile.data, profile.len, joined, nj,
			     KALM_LANG_UNKNOWN, i % 3 ? memo : NULL, 7, &b);
		expect_equal_guesses(&a, &b, spaced);
	}
	free(memo);
}

Test(langid, a_memo_never_changes_a_guess)
{
	static const char *const texts[] = {
		"Ek het die pakkie nog nie ontvang nie",
		"Ik heb het pakket nog steeds niet ontvangen",
		"Nie otrzymałem jeszcze paczki, proszę o pomoc",
		"I still have not received the parcel",
		"ZAŻÓŁĆ GĘŚLĄ JAŹŃ, zażółć gęślą jaźń",
		"nooooo kuuuurwa znowu nie działa",
		"jy's 'n regte mens, don't you think",
		"ĳs en ĳzer bĳ de bĳenkorf",
		"twelveletter thirteenlett fourteenlette onderhoudscontract",
		"k a n k e r en w e e r k a n k e r",
		"Ek het die pakkie nog nie ontvang nie",
		"www.bol.com info@firma.nl @jan het is kapot",
	};
	/* a memo's size is a power of two within bounds */
	cr_assert_eq(langid_memo_size(LANGID_MEMO_BITS_MIN - 1), 0);
	cr_assert_eq(langid_memo_size(LANGID_MEMO_BITS_MAX + 1), 0);
	cr_assert_gt(langid_memo_size(12), langid_memo_size(11) + 2048 * 60);
	/* a small memo, crowded at once (16 words), then the usual one;
	 * each read cold, then warm */
	langid_memo *small = memo_new(4), *memo = memo_new(11);
	for (int round = 0; round < 4; round++)
		for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
			expect_same(profile.data, profile.len,
				    round < 2 ? small : memo, 7, texts[i]);
	free(small);
	/* More distinct words than the memo has slots: slots are taken
	 * over, and words that share a slot never share their costs. */
	char text[64];
	uint32_t x = 12345;
	for (int i = 0; i < 6000; i++) {
		size_t n = 1 + (size_t)i % 13;
		for (size_t k = 0; k < n; k++) {
			x = x * 1103515245u + 12345u;
			text[k] = (char)('a' + (x >> 16) % 26);
		}
		strcpy(text + n, i % 2 ? " nie" : " niet");
		expect_same(profile.data, profile.len, memo, 7, text);
		if (i % 500 == 0)
			for (size_t k = 0; k < sizeof texts / sizeof texts[0];
			     k++)
				expect_same(profile.data, profile.len, memo, 7,
					    texts[k]);
	}

	/* Another profile (another model serial) with the same words: the
	 * memo is emptied, not read. */
	const char *tiny = "kalm-langid 1\nlangs nl af pl en\nscale 16\n"
			   "hint 2\ntemperature 1\nmin-letters 1\n"
			   "w het 0 160 160 160\nw nie 160 160 0 160\n";
	kbuf other;
	memset(&other, 0, sizeof other);
	kalm_error err;
	memset(&err, 0, sizeof err);
	cr_assert_eq(langid_profile_compile("tiny", tiny, strlen(tiny), &other,
					    &err), 0, "%s", err.message);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		expect_same(other.data, other.len, memo, 8, texts[i]);
		expect_same(profile.data, profile.len, memo, 9, texts[i]);
	}
	kbuf_free(&other);
	free(memo);
}

/* Letters alone, read at once before a word or after the next chunk as
 * one-letter words, or joined when spelled out: with a memo, cold and
 * warm, as without. */
Test(langid, letters_alone_read_with_a_memo_as_without)
{
	static const char *const texts[] = {
		"I want a refund", "i want a refund", "I  want", "I\twant",
		"a I want", "w domu i w pracy", "I", "ik ben a", "a b",
		"a. b! c? dank", "k u r w a", "k u r w a want", "I 1 want",
		"\xC5\xBC o \xC5\x82 w", "\xC5\xBC want", "o \xC4\xB3 dank",
		"I I I want", "A b want", "x y", "I w", "I ww",
	};
	expect_same_rounds(texts, sizeof texts / sizeof texts[0]);
}

/* Chunks of ASCII letters and letters of two bytes are looked for in the
 * memo by their bytes as they stand: in any case, stretched or not, after
 * any word, an address or none, and up to fifteen bytes (longer ones, and
 * ASCII words of thirteen to fifteen letters, as well); bytes that are
 * no letters never find a word. */
Test(langid, latin_chunks_read_with_a_memo_as_without)
{
	static const char *const texts[] = {
		"Pisz\xC4\x99 ju\xC5\xBC trzeci raz",
		"pisz\xC4\x99 JU\xC5\xBB, trzeci raz!",
		"ju\xC5\xBC ju\xC5\xBC ju\xC5\xBC. ju\xC5\xBC",
		"www.bol.com ju\xC5\xBC @jan ju\xC5\xBC",
		"\xC5\xBC\xC5\xBC\xC5\xBC\xC3\xB3\xC5\x82w \xC5\xBC\xC5\xBC\xC3\xB3\xC5\x82w",
		"Goeiem\xC3\xB4re m\xC3\xB4re goeiem\xC3\xB4re",
		"terugbetaling terugbetalingen onderhoudscontract",
		"TERUGBETALING terugbetaling.",
		"pieni\xC4\x99" "dzy pieni\xC4\x99" "dzyyy pieni\xC4\x99" "dzy!!",
		"dzi\xC4\x99kuj\xC4\x99" "bardzo dzi\xC4\x99kuj\xC4\x99" "bardzo?",
		"zaa\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87g\xC4\x99\xC5\x9Bl\xC4\x85 ja\xC5\xBA\xC5\x84",
		"b\xC4\xB3 b\xC4\xB3" "en ik", "ja\xC5\xBC\xC2\xA0 ja\xC5\xBC",
		"ja\xC5 ja\xC5 ja\xC5\xBC\xFF ja\xC5\xBC\xC5",
		"ja\xC5\xBC' ja\xC5\xBC'n ja\xC5\xBC",
		"\xC3\xA9\xC3\xA9n twee\xC3\xAB \xC3\xA9\xC3\xA9n",
		/* a pair the profile lists, then the same word after
		 * another */
		"dzi\xC4\x99ki za pomoc", "ok dzi\xC4\x99ki",
		"jeste\xC5\x9B super. dzi\xC4\x99ki", "czy jeste\xC5\x9B",
		/* apostrophes inside a word, or not */
		"I don't know, I'm sure it's fine", "don`t DON'T don''t",
		"jy's 'n mens, o' don' t", "ju\xC5\xBC's ju\xC5\xBC'",
		"it's. what's? can't!! isn't", "a'b a'b'c abcdefghijkl'mno",
	};
	expect_same_rounds(texts, sizeof texts / sizeof texts[0]);
}

/* A word read with a letter three times in a row (spelled out, or after
 * an ij ligature) is in the memo under a key of its own: the usual word,
 * looked up before its stretched letters are cut, never finds it. */
Test(langid, a_stretched_word_never_finds_a_spelled_one_in_the_memo)
{
	static const char *const texts[] = {
		"a a a", "aaa", "aaaa nie", "ek a a a b", "aaab is",
		"n o o o", "nooo", "noooo", "n o o o nie", "nooo nie",
		"k u u u r w a", "kuuurwa", "kuuuurwa znowu",
		"i i \xC4\xB3s", "iiijs", "iii\xC4\xB3s", "ii\xC4\xB3", "iiij",
		"b\xC4\xB3j", "bijjj", "bijj", "x y y y z", "xyyyz", "xyyz",
		"a b c d e f g g g h", "abcdefgggh", "abcdefgghh",
		"a b c d e f g h h h i j", "abcdefghhhij", "abcdefghhij",
		"a b c d e f g h i j j j", "abcdefghijjj", "abcdefghijj",
	};
	expect_same_rounds(texts, sizeof texts / sizeof texts[0]);
}
