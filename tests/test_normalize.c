/* Normalisation: every evasion is read through, and every view byte maps
 * back to the original bytes it came from. */
#include <criterion/criterion.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "normalize.h"
#include "swar.h"

static kview view;
static kstats stats;

static void build(const char *s)
{
	memset(&stats, 0, sizeof(stats));
	cr_assert_eq(view_build(&view, (const uint8_t *)s, strlen(s), 0, &stats), 0);
}

static void teardown(void)
{
	view_free(&view);
}

TestSuite(normalize, .fini = teardown);

/* The view as a string (NUL-terminated copy). */
static const char *text(void)
{
	static char buf[4096];
	memcpy(buf, view.text, view.len);
	buf[view.len] = '\0';
	return buf;
}

/* Original span [start, end) of token I. */
static void span(size_t i, uint32_t *start, uint32_t *end)
{
	cr_assert_lt(i, view.ntok);
	*start = view_src_start(&view, view.tok[i].start);
	*end = view_src_end(&view, view.tok[i].end - 1);
}

Test(normalize, case_folding_and_spacing_collapse)
{
	build("  You   are\tGREAT  ");
	cr_assert_str_eq(text(), "you are great");
	cr_assert_eq(view.ntok, 3);
	cr_assert_eq(stats.letters, 11);
	cr_assert_eq(stats.upper, 6);
}

Test(normalize, diacritics_are_removed)
{
	build("kurwą ŁAJDAK żółć");
	cr_assert_str_eq(text(), "kurwa lajdak zolc");
	uint32_t s, e;
	span(0, &s, &e);
	cr_assert_eq(s, 0);
	cr_assert_eq(e, 6); /* "kurwą" is six bytes */
}

Test(normalize, nfkc_fullwidth_and_math_letters)
{
	build("\xef\xbd\x89\xef\xbd\x84\xef\xbd\x89\xef\xbd\x8f\xef\xbd\x94 " /* ｉｄｉｏｔ */
	      "\xf0\x9d\x90\xa2\xf0\x9d\x90\x9d\xf0\x9d\x90\xa2\xf0\x9d\x90\xa8\xf0\x9d\x90\xad");
	cr_assert_str_eq(text(), "idiot idiot");
	uint32_t s, e;
	span(1, &s, &e);
	cr_assert_eq(s, 16);
	cr_assert_eq(e, 36);
}

Test(normalize, homoglyphs_from_other_scripts)
{
	/* Cyrillic і, о and а inside Latin words */
	build("\xd1\x96" "di" "\xd0\xbe" "t kurw" "\xd0\xb0");
	cr_assert_str_eq(text(), "idiot kurwa");
}

/* Letters that look Latin only in the case they are written in (capitals
 * "Т" "М" "Η", small "к" "τ" drawn like Latin small capitals, "ϲ" whose
 * fold is "σ") read as Latin beside ASCII letters; words of their own
 * script keep them ("как" is Russian, "ТЕТ" too). */
Test(normalize, homoglyphs_as_written_beside_latin_letters)
{
	build("IDIO\xd0\xa2 \xd0\x9c" "ORON dic\xd0\xba" "head ASS\xce\x97OLE "
	      "idio\xcf\x84 bit\xcf\xb2h \xc9\x91ss "
	      "\xd0\xba\xd0\xb0\xd0\xba \xd0\xa2\xd0\x95\xd0\xa2");
	cr_assert_str_eq(text(), "idiot moron dickhead asshole idiot bitch ass "
				 "\xd0\xba" "a" "\xd0\xba \xd1\x82" "e" "\xd1\x82");
	uint32_t s, e;
	span(0, &s, &e);
	cr_assert_eq(s, 0);
	cr_assert_eq(e, 6); /* "IDIOТ", its Т two bytes */
	/* the same where the one-pass path does not write the segment */
	build("f*ck dic\xd0\xba" "head");
	cr_assert_str_eq(text(), "f*ck dickhead");
}

Test(normalize, zero_width_and_soft_hyphen_vanish)
{
	build("id\xe2\x80\x8bi\xc2\xadot");
	cr_assert_str_eq(text(), "idiot");
	cr_assert_eq(view.ntok, 1);
	uint32_t s, e;
	span(0, &s, &e);
	cr_assert_eq(s, 0);
	cr_assert_eq(e, 10);
}

Test(normalize, leetspeak_inside_words_only)
{
	build("h3ll0 1d10t 2023 $hit");
	cr_assert_str_eq(text(), "hello idiot 2023 shit");
	cr_assert(view.tok[2].flags & TOK_NUMBER);
	/* '1' may also be an 'l' */
	cr_assert_eq(view.alt[view.tok[1].start], 'l');
}

/* One '@' or '!' opening a word, or '@' closing one, is read as its
 * letter or as nothing ("@sshole" and "@john"); a run of them, and a '!'
 * after a word, stay marks. */
Test(normalize, leet_symbols_at_word_ends_may_be_letters)
{
	build("@sshole !dioto mampar@ !!!idiot thanks! @john");
	cr_assert_str_eq(text(), "asshole idioto mampara !!!idiot thanks! ajohn");
	cr_assert_eq(view.ntok, 6);
	cr_assert_eq(view.alt[view.tok[0].start], VIEW_NONE);
	cr_assert_eq(view.alt[view.tok[1].start], VIEW_NONE);
	cr_assert_eq(view.alt[view.tok[2].end - 1], VIEW_NONE);
	cr_assert_eq(view.alt[view.tok[3].start], 0);
	uint32_t s, e;
	span(0, &s, &e);
	cr_assert_eq(s, 0);
	cr_assert_eq(e, 7);
	/* leet next to the symbol too */
	build("!d!ot @$$hole m@mp@r@");
	cr_assert_str_eq(text(), "idiot asshole mampara");
	cr_assert_eq(view.ntok, 3);
}

/* A number with letters after it is written as a number; its digits may
 * be leet too where the letters are four or more and the number is not
 * round, or digits come back after letters - not in units and endings
 * ("24h", "45s", "900keer", "1000ste"). */
Test(normalize, numbers_with_letters_may_be_leet)
{
	build("455hole 31k3l 24h 45s 900keer 1000ste");
	cr_assert_str_eq(text(), "455hole 31k3l 24h 45s 900keer 1000ste");
	const char *alt0 = "ass", *alt1 = "ei";
	for (uint32_t k = 0; k < 3; k++)
		cr_assert_eq(view.alt[view.tok[0].start + k], alt0[k]);
	cr_assert_eq(view.alt[view.tok[1].start], alt1[0]);
	cr_assert_eq(view.alt[view.tok[1].start + 1], alt1[1]);
	cr_assert_eq(view.alt[view.tok[1].start + 3], 'e');
	for (size_t t = 2; t < view.ntok; t++)
		for (uint32_t k = view.tok[t].start; k < view.tok[t].end; k++)
			cr_assert_eq(view.alt[k], 0, "token %zu", t);
}

Test(normalize, masking_inside_short_words)
{
	build("f*ck k#rwa sh!t");
	cr_assert_str_eq(text(), "f*ck k*rwa shit");
	cr_assert(view.tok[0].flags & TOK_MASKED);
	cr_assert_eq(view.ntok, 3);
}

Test(normalize, punctuation_between_long_words_splits_them)
{
	build("what?you idiot!");
	cr_assert_str_eq(text(), "what?you idiot!");
	cr_assert_eq(view.ntok, 3);
}

/* One to three '*' or '#' between parts of three letters or more split
 * the word, linked: the matcher reads them as one masked word too. */
Test(normalize, masks_between_long_parts_link_them)
{
	build("motherf*cker idiot#*moron f*ck what?you so*ok");
	cr_assert_str_eq(text(), "motherf*cker idiot#*moron f*ck what?you so*ok");
	cr_assert_eq(view.ntok, 8);
	cr_assert(view.tok[0].flags & TOK_MASKLINK);
	cr_assert_not(view.tok[0].flags & TOK_PLAIN);
	cr_assert(view.tok[2].flags & TOK_MASKLINK);
	for (size_t t = 3; t < view.ntok; t++)
		cr_assert_not(view.tok[t].flags & TOK_MASKLINK, "token %zu", t);
}

/* One '.' or '-' between letters, a side of two letters or fewer, may
 * mask a letter too ("id.ot"); not between two single letters ("p.s"). */
Test(normalize, a_dot_or_hyphen_in_a_short_word_links_it)
{
	build("id.ot ch-ju f-ck p.s, a.m, top-up");
	cr_assert_str_eq(text(), "id.ot ch-ju f-ck p.s, a.m, top-up");
	cr_assert_eq(view.ntok, 12);
	static const bool linked[] = {1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0};
	for (size_t t = 0; t < view.ntok; t++)
		cr_assert_eq((view.tok[t].flags & TOK_MASKLINK) != 0, linked[t],
			     "token %zu", t);
	cr_assert(view.tok[2].flags & TOK_LINKED); /* "ch-ju": a hyphen */
}

Test(normalize, spelled_out_letters_are_joined)
{
	build("you f.u.c.k.i.n.g idiot");
	cr_assert_str_eq(text(), "you fucking idiot");
	cr_assert_eq(view.ntok, 3);
	cr_assert(view.tok[1].flags & TOK_JOINED);
	uint32_t s, e;
	span(1, &s, &e);
	cr_assert_eq(s, 4);
	cr_assert_eq(e, 17); /* exactly "f.u.c.k.i.n.g" */
}

Test(normalize, spaced_letters_are_joined)
{
	build("ty k u r w a jedna");
	cr_assert_str_eq(text(), "ty kurwa jedna");
	uint32_t s, e;
	span(1, &s, &e);
	cr_assert_eq(s, 3);
	cr_assert_eq(e, 12);
}

/* Digits spelled out among letters are leet letters ("1 d 1 0 7"); digits
 * alone stay numbers. */
Test(normalize, spelled_out_letters_and_digits_are_joined)
{
	build("ty d 3 b 1 l u, 1 d 1 0 7, p-0-e-s, 1 2 3, 0 6 1 2");
	cr_assert_str_eq(text(), "ty debilu, idiot, poes, 1 2 3, 0 6 1 2");
	cr_assert_eq(view.ntok, 11);
	cr_assert(view.tok[1].flags & TOK_JOINED);
	cr_assert(view.tok[2].flags & TOK_JOINED);
	cr_assert_eq(view.alt[view.tok[2].start], 'l');
	cr_assert(view.tok[4].flags & TOK_NUMBER);
	uint32_t s, e;
	span(2, &s, &e);
	cr_assert_eq(s, 16);
	cr_assert_eq(e, 25);
}

/* A spelled-out word after "a" (or "n", "u", "w"...) takes the letter in;
 * the matcher may read that letter as nothing. */
Test(normalize, a_word_of_one_letter_before_spelled_out_letters_may_be_left_out)
{
	build("you are a i d i o t, jy is n d o o s, f u c k");
	cr_assert_str_eq(text(), "you are aidiot, jy is ndoos, fuck");
	cr_assert_eq(view.alt[view.tok[2].start], VIEW_NONE);
	cr_assert_eq(view.alt[view.tok[5].start], VIEW_NONE);
	cr_assert_eq(view.alt[view.tok[6].start], 0);
}

Test(normalize, masks_between_single_letters_are_separators)
{
	build("f*u*c*k off");
	cr_assert_str_eq(text(), "fuck off");
}

/* The same digit between single letters is a leet letter each time. */
Test(normalize, a_digit_between_single_letters_is_a_letter)
{
	build("m0r0n b4n4n4s k0k0t");
	cr_assert_str_eq(text(), "moron bananas kokot");
	cr_assert_not(view.tok[0].flags & TOK_JOINED);
}

Test(normalize, three_spaced_letters_are_joined_two_are_not)
{
	build("the g a y people, u r right");
	cr_assert_str_eq(text(), "the gay people, u r right");
	cr_assert_eq(view.ntok, 6);
	cr_assert(view.tok[1].flags & TOK_JOINED);
}

Test(normalize, apostrophes_belong_to_words)
{
	build("you\xe2\x80\x99re 'n doos 'quoted'");
	cr_assert_str_eq(text(), "you're 'n doos 'quoted'");
	cr_assert_eq(view.ntok, 4);
	cr_assert_eq(view.tok[3].end - view.tok[3].start, 6); /* quoted */
}

Test(normalize, invalid_utf8_keeps_offsets)
{
	build("ab\xff" "cd \xc3 idiot");
	cr_assert_eq(stats.invalid, 2);
	cr_assert_eq(view.ntok, 2);
	uint32_t s, e;
	span(1, &s, &e);
	cr_assert_eq(s, 8);
	cr_assert_eq(e, 13);
}

Test(normalize, overlong_and_surrogate_encodings_are_invalid)
{
	/* overlong '/', an encoded surrogate, beyond U+10FFFF */
	build("\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80");
	cr_assert_eq(stats.invalid, 2 + 3 + 4);
}

Test(normalize, nul_bytes_separate_words)
{
	const char s[] = "idiot\0idiot";
	memset(&stats, 0, sizeof(stats));
	cr_assert_eq(view_build(&view, (const uint8_t *)s, sizeof(s) - 1, 0, &stats), 0);
	cr_assert_eq(view.ntok, 2);
	cr_assert_eq(view_src_start(&view, view.tok[1].start), 6);
}

Test(normalize, clauses_sentences_and_quotes)
{
	build("Fine, you \"idiot\". Bye");
	cr_assert_eq(view.ntok, 4);
	cr_assert_eq(view.tok[0].clause + 1, view.tok[1].clause);
	cr_assert(view.tok[2].flags & TOK_QUOTED);
	cr_assert_not(view.tok[1].flags & TOK_QUOTED);
	cr_assert_lt(view.tok[2].sentence, view.tok[3].sentence);
}

Test(normalize, emoji_is_a_word_of_its_own)
{
	build("you\xf0\x9f\x96\x95\xf0\x9f\x8f\xbb!");
	cr_assert_eq(view.ntok, 2);
	cr_assert(view.tok[1].flags & TOK_SYMBOL);
	cr_assert_eq(view.tok[1].end - view.tok[1].start, 4); /* skin tone dropped */
}

Test(normalize, exclamation_runs_are_counted)
{
	build("WHY!!! no!! ok!");
	cr_assert_eq(stats.exclaim_runs, 2);
}

Test(normalize, segment_ends_after_a_whole_word)
{
	const char *s = "aaaa bbbb cccc dddd";
	size_t end = view_segment_end((const uint8_t *)s, strlen(s), 6);
	cr_assert_eq(end, 10); /* after "bbbb " */
	cr_assert_eq(view_segment_end((const uint8_t *)s, 5, 6), 5);
}

Test(normalize, term_folding_matches_view_folding)
{
	kbuf b = {0};
	cr_assert_eq(view_fold_term("Żółć  Kurwą", strlen("Żółć  Kurwą"), &b), 0);
	cr_assert_eq(b.len, 10);
	cr_assert(memcmp(b.data, "zolc kurwa", 10) == 0);
	kbuf_free(&b);
	cr_assert_eq(view_fold_term("\xff", 1, &b), -1);
	kbuf_free(&b);
}

/* Pieces of messages: any kind, then ASCII only, then what the one-pass
 * path writes itself. */
static const char *const view_pieces[] = {
	"Hello", "WORLD", "idiot", "f*ck", "k u r w a", "sh1t", "!!", "?",
	"don't", "'n", "żółć", "naïve", "😀", "123", "1000ste", "\n",
	"\"quoted\"", "a", "I", "x\xB1", "z\xCC\x81", "ABC.DEF", "-", ", ",
	"one two,three", "Go!!", "x\ny", "a\tb c",
	"e\xE2\x80\x8Bvil", "\t", "FUUUCK", "p0es", "ÉCOLE",
#define VIEW_ASCII_FROM 33
	"a.b.c", "I a", "x-y", "'hello'", "dogs'", "@john", "$hit",
	"a$$", "what?you", "10am", "a'b'c", "rock'n'roll", "hi!you",
	"(ok)", "e-mail", ";", "\x01", "5!!", "10%", "*sigh*", "?!",
	"'s", "90's", "don''t", "\"", "A", "b", "c", ":", "/", "_x_",
	"GO", "ok!!!", "\r\n", "wow...", "a*b", "u.s.a", "#1", "|",
	"~",
#define VIEW_DIRECT_FROM 73
	"Don't", "YOU'RE", "hello", "the", "kurwa", "idiot", "NOW",
	"Moet", "yes,", "no.", "żółw", "ZAŻÓŁĆ", "don’t", "😀👍🏽",
	"„cytat”", "ab\u00A0cd", "Straße", "naïve", "…", " ！！ ", "ＡＢＣ",
	"a\uFDFAb", "\u2028", "Ωμέγα", "日本", "ёж", "e\u200Dvil", "\t",
	"\"", "(", ")", ";", ".",
	/* letters of two bytes: folding to one ASCII letter or to two, a
	 * soft hyphen and a combining mark inside a word, capitals,
	 * stretched */
	"mo\xC2\xAD" "et", "e\xCC\x81le", "\xC3\x86" "ble", "\xC4\xB3s", "\xC4\x90uro",
	"\xC2\xB5g", "\xC7\x85" "em", "Wa\xC5\x81\xC4\x98sa", "zi\xC4\x99\xC4\x99\xC4\x99" "ba",
	"\xC3\xB8l", "a\xD0\xB1" "c",
	/* letters of other scripts beside ASCII ones */
	"idio\xD1\x82", "\xD0\x9C" "ORON", "\xD0\xBA\xD0\xB0\xD0\xBA"};

/* Segments of words and marks are written in one pass (and, inside the
 * general path, runs of ASCII letters read in a tight loop and words of
 * plain ASCII letters copied by lower-casing them); the view is the one
 * the unit-by-unit way writes, maps, tokens and counts included.  A third
 * of the rounds take any pieces, a third ASCII ones, a third those the
 * one-pass path must write itself (and is checked to). */
Test(normalize, the_one_pass_view_equals_the_general_emission)
{
	cr_assert_str_eq(view_pieces[VIEW_ASCII_FROM], "a.b.c");
	cr_assert_str_eq(view_pieces[VIEW_DIRECT_FROM], "Don't");
	kview plain;
	memset(&plain, 0, sizeof plain);
	size_t plain_tokens = 0;
	uint32_t x = 2463534242u;
	char msg[1024];
	for (int round = 0; round < 3000; round++) {
		size_t n = 0;
		for (int w = 0, words = 1 + round % 12; w < words; w++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			size_t count = sizeof view_pieces / sizeof view_pieces[0];
			size_t from = round % 3 == 0   ? 0
				      : round % 3 == 1 ? VIEW_ASCII_FROM
						       : VIEW_DIRECT_FROM;
			const char *p = view_pieces[from + x % (count - from)];
			size_t k = strlen(p);
			memcpy(msg + n, p, k);
			n += k;
			if (x >> 30)
				msg[n++] = ' ';
		}
		kstats a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
		size_t direct = view.direct_views;
		cr_assert_eq(view_build(&view, (const uint8_t *)msg, n, 0, &a), 0);
		if (round % 3 == 2) /* the last group's pieces: written in one pass */
			cr_assert_eq(view.direct_views, direct + 1, "%.*s", (int)n, msg);
		/* the same, with the copy turned off once the ASCII units
		 * are made */
		if (!plain.ascii_ready)
			cr_assert_eq(view_build(&plain, (const uint8_t *)"x", 1,
						0, &b), 0);
		plain.ascii_letters = false;
		memset(&b, 0, sizeof b);
		cr_assert_eq(view_build(&plain, (const uint8_t *)msg, n, 0, &b), 0);
		cr_assert(view.ascii_letters);
		cr_assert(a.letters == b.letters && a.upper == b.upper &&
				  a.exclaim_runs == b.exclaim_runs &&
				  a.invalid == b.invalid,
			  "counts of %.*s", (int)n, msg);
		cr_assert_eq(view.len, plain.len, "%.*s", (int)n, msg);
		cr_assert_eq(memcmp(view.text, plain.text, view.len), 0);
		cr_assert_eq(memcmp(view.alt, plain.alt, view.len), 0);
		for (size_t k = 0; k < view.len; k++) {
			cr_assert_eq(view_src_start(&view, k),
				     view_src_start(&plain, k), "%.*s: byte %zu",
				     (int)n, msg, k);
			cr_assert_eq(view_src_end(&view, k),
				     view_src_end(&plain, k), "%.*s: byte %zu",
				     (int)n, msg, k);
		}
		cr_assert_eq(view.ntok, plain.ntok);
		for (size_t t = 0; t < view.ntok; t++) {
			const ktoken *p = &view.tok[t], *q = &plain.tok[t];
			cr_assert(p->start == q->start && p->end == q->end &&
					  p->clause == q->clause &&
					  p->sentence == q->sentence &&
					  (p->flags & ~TOK_PLAIN) == q->flags,
				  "token %zu of %.*s", t, (int)n, msg);
			/* linked: the next word after one space or hyphen */
			bool linked = t + 1 < view.ntok &&
				      p[1].start == p->end + 1 &&
				      (view.text[p->end] == ' ' ||
				       view.text[p->end] == '-');
			cr_assert_eq((p->flags & TOK_LINKED) != 0, linked,
				     "token %zu of %.*s", t, (int)n, msg);
			if (!(p->flags & TOK_PLAIN))
				continue;
			/* known plain: no mask, no leet reading, no letter
			 * three times in a row */
			for (uint32_t k = p->start; k < p->end; k++) {
				cr_assert(view.text[k] != VIEW_MASK &&
					  view.alt[k] == 0);
				cr_assert((view.text[k] >= 'a' &&
					   view.text[k] <= 'z') ||
						  view.text[k] == '\'',
					  "%.*s", (int)n, msg);
				cr_assert(k < p->start + 2 ||
					  view.text[k] != view.text[k - 1] ||
					  view.text[k] != view.text[k - 2],
					  "%.*s", (int)n, msg);
			}
			plain_tokens++;
		}
		cr_assert_eq(a.letters, b.letters);
		cr_assert_eq(a.upper, b.upper);
		cr_assert_eq(a.exclaim_runs, b.exclaim_runs);
		cr_assert_eq(a.invalid, b.invalid);
	}
	cr_assert_gt(plain_tokens, 1000);
	/* both ways were compared: the one-pass path wrote many segments
	 * (all those of the last group's pieces) and left many others to
	 * the general one */
	cr_assert_gt(view.direct_views, 1000);
	cr_assert_lt(view.direct_views, 2500);
	cr_assert_eq(plain.direct_views, 1); /* the "x" that made its units */
	view_free(&plain);
}

/* Runs of short ASCII words between single spaces, or a '.', ',' or '?'
 * and a space, are written by a loop of their own (a word of up to
 * fourteen letters and what follows it at once, the space taken back where
 * no such word follows): the view is the one the unit-by-unit way writes,
 * tokens, links, clauses, offsets and counts included, whatever comes
 * between and after the runs (single letters that may be spelled out,
 * letters three times in a row across eight bytes, marks, gaps of other
 * kinds, the end of the segment). */
Test(normalize, runs_of_usual_words_equal_the_general_emission)
{
	static const char *const alphabets[] = {
		"aA", "ab", "abB", "xyz", "abcdefghijklmnopqrstuvwxyz", "aAbBcC"};
	static const char *const gaps[] = {
		" ", " ", " ", " ", " ", " ", ", ", ". ", "? ", "! ", ".", ",",
		"  ", " . ", "; ", "\t", "'", "-", " \xC5\x82za ", " 12 ", " \"x\" ",
		"\xC2\xA0", " a ", " i "};
	kview plain;
	memset(&plain, 0, sizeof plain);
	kstats b = {0, 0, 0, 0};
	cr_assert_eq(view_build(&plain, (const uint8_t *)"x", 1, 0, &b), 0);
	plain.ascii_letters = false;
	uint32_t x = 88172645u;
	size_t plain_words = 0, direct = view.direct_views;
	char msg[2048];
	for (int round = 0; round < 4000; round++) {
		size_t n = 0;
		for (int w = 0, words = 1 + round % 40; w < words; w++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			const char *alpha = alphabets[x % 6];
			size_t k = strlen(alpha), letters = 1 + (x >> 8) % 17;
			for (size_t l = 0; l < letters; l++) {
				x ^= x << 13;
				x ^= x >> 17;
				x ^= x << 5;
				msg[n++] = alpha[x % k];
			}
			const char *g = gaps[(x >> 12) % (sizeof gaps / sizeof gaps[0])];
			if (w + 1 < words || (x >> 20) % 4 == 0) {
				memcpy(msg + n, g, strlen(g));
				n += strlen(g);
			}
		}
		kstats a = {0, 0, 0, 0};
		memset(&b, 0, sizeof b);
		cr_assert_eq(view_build(&view, (const uint8_t *)msg, n, 0, &a), 0);
		cr_assert_eq(view_build(&plain, (const uint8_t *)msg, n, 0, &b), 0);
		cr_assert(a.letters == b.letters && a.upper == b.upper &&
				  a.exclaim_runs == b.exclaim_runs,
			  "counts of %.*s", (int)n, msg);
		cr_assert_eq(view.len, plain.len, "%.*s", (int)n, msg);
		cr_assert_eq(memcmp(view.text, plain.text, view.len), 0, "%.*s",
			     (int)n, msg);
		cr_assert_eq(memcmp(view.alt, plain.alt, view.len), 0);
		for (size_t k = 0; k < view.len; k++) {
			cr_assert_eq(view_src_start(&view, k),
				     view_src_start(&plain, k), "%.*s: byte %zu",
				     (int)n, msg, k);
			cr_assert_eq(view_src_end(&view, k), view_src_end(&plain, k),
				     "%.*s: byte %zu", (int)n, msg, k);
		}
		cr_assert_eq(view.ntok, plain.ntok, "%.*s", (int)n, msg);
		for (size_t t = 0; t < view.ntok; t++) {
			const ktoken *p = &view.tok[t], *q = &plain.tok[t];
			cr_assert(p->start == q->start && p->end == q->end &&
					  p->clause == q->clause &&
					  p->sentence == q->sentence &&
					  (p->flags & ~TOK_PLAIN) == (q->flags & ~TOK_PLAIN),
				  "token %zu of %.*s", t, (int)n, msg);
			if (view.mapped)
				continue;
			/* a word of ASCII letters is plain but for a letter
			 * three times in a row (or masked letters across a
			 * mark: "id.ot") */
			bool letters = true, triple = false;
			for (uint32_t k = p->start; k < p->end; k++) {
				letters = letters && view.text[k] >= 'a' &&
					  view.text[k] <= 'z';
				triple = triple ||
					 (k >= p->start + 2 &&
					  view.text[k] == view.text[k - 1] &&
					  view.text[k] == view.text[k - 2]);
			}
			if (!letters || (p->flags & TOK_MASKLINK))
				continue;
			cr_assert_eq((p->flags & TOK_PLAIN) != 0, !triple,
				     "token %zu of %.*s", t, (int)n, msg);
			plain_words++;
		}
	}
	/* most were written in one pass, with many words each */
	cr_assert_gt(view.direct_views, direct + 2000);
	cr_assert_gt(plain_words, 20000);
	view_free(&plain);
}

/* Words whose letters fold to ASCII letters ("piszę") and words with an
 * apostrophe between letters are promised plain; a letter three times in
 * a row is none, whether folded or not ("zżż", "aąa" only twice). */
Test(normalize, folded_letters_keep_a_word_plain_unless_three_in_a_row)
{
	static const struct {
		const char *text, *view;
		bool plain;
	} cases[] = {
		{"piszę dziękuję", "pisze dziekuje", true},
		{"don't jy's", "don't jy's", true},
		{"zżż", "zzz", false},
		{"żżż", "zzz", false},
		{"aąą", "aaa", false},
		{"nąą'a", "naa'a", true},
		{"aa'a", "aa'a", true},
		{"łóó", "loo", true},
		/* Cyrillic: confusables read as Latin, the rest stays */
		{"привет", "\xd0\xbf" "p" "\xd0\xb8\xd0\xb2" "e" "\xd1\x82", false},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t direct = view.direct_views;
		build(cases[i].text);
		cr_assert_str_eq(text(), cases[i].view, "%s", cases[i].text);
		/* the one-pass path wrote it, the path that makes promises */
		cr_assert_gt(view.direct_views, direct, "%s", cases[i].text);
		for (size_t t = 0; t < view.ntok; t++)
			cr_assert_eq((view.tok[t].flags & TOK_PLAIN) != 0,
				     cases[i].plain, "%s: token %zu", cases[i].text,
				     t);
	}
}

/* The one-pass path keeps only the offsets that do not follow from the
 * byte before (a space between words takes the unit after it); asked,
 * every byte's are those the general path writes: after spaces of more
 * than one byte, at letters of two bytes or folded to two, symbols,
 * ignored characters, folds holding a space ("\uFC5E" folds to one,
 * "\u00A8" starts with one), letters read as Latin ones. */
Test(normalize, one_pass_offsets_equal_the_general_map)
{
	static const char *const cases[] = {
		"ab  cd", "  lead and trail  ", "ab\u00A0\u00A0cd ef",
		"Stra\u00DFe gro\u00DF", "\U0001F600 x \U0001F44D\U0001F3FDy",
		"x\uFC5Ey z", "ab \uFC5E cd", "ab\u00A8cd \u00A8", "idio\u0442 \u041Coron",
		"a\uFDFAb c", "e\u200Dvil mo\u00ADet", "za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105",
		"\u201Ecytat\u201D \u2026 \uFF01\uFF01 \uFF21\uFF22", "kurw\u0105.  \u0141za",
		"AB\u2028CD", "\u0414\u0443\u0440\u0430\u043A idiot", "don\u2019t  x",
		"\u00A8", "ab\tcd\n\nef"};
	kview plain;
	memset(&plain, 0, sizeof plain);
	kstats b = {0, 0, 0, 0};
	cr_assert_eq(view_build(&plain, (const uint8_t *)"x", 1, 0, &b), 0);
	plain.ascii_letters = false;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *s = cases[i];
		size_t direct = view.direct_views;
		build(s);
		cr_assert_gt(view.direct_views, direct, "%s", s);
		cr_assert(!view.mapped, "%s", s);
		cr_assert_eq(view_build(&plain, (const uint8_t *)s, strlen(s), 0, &b), 0);
		cr_assert(plain.mapped);
		cr_assert_eq(view.len, plain.len, "%s", s);
		for (size_t k = 0; k < view.len; k++) {
			cr_assert_eq(view_src_start(&view, k), plain.src_start[k],
				     "%s: byte %zu", s, k);
			cr_assert_eq(view_src_end(&view, k), plain.src_end[k],
				     "%s: byte %zu", s, k);
			for (size_t e = k + 1; e <= view.len; e++) {
				uint32_t from, to;
				view_src_span(&view, k, e, &from, &to);
				cr_assert(from == plain.src_start[k] &&
						  to == plain.src_end[e - 1],
					  "%s: bytes %zu to %zu", s, k, e);
			}
		}
	}
	view_free(&plain);
}

#if KALM_SWAR
/* Eight bytes at a time up to the end of a text: the bytes there, zeros
 * after, and nothing read past the end (a text that ends where a page no
 * one may read begins). */
Test(normalize, eight_bytes_read_at_once_stop_at_the_end)
{
	long page = sysconf(_SC_PAGESIZE);
	uint8_t *map = mmap(NULL, 2 * (size_t)page, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	cr_assert_neq(map, MAP_FAILED);
	cr_assert_eq(mprotect(map + page, (size_t)page, PROT_NONE), 0);
	for (size_t n = 1; n <= 20; n++) {
		uint8_t *s = map + page - n;
		for (size_t i = 0; i < n; i++)
			s[i] = (uint8_t)(0xA1 + 7 * i + n);
		for (size_t k = 0; k < n; k++) {
			uint64_t want = 0;
			for (size_t i = k; i < n && i < k + 8; i++)
				want |= (uint64_t)s[i] << 8 * (i - k);
			cr_expect_eq(load8_upto(s, k, n), want, "k %zu n %zu", k, n);
		}
	}
	munmap(map, 2 * (size_t)page);
}
#endif
