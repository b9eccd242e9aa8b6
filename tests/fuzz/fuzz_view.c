/* The view of arbitrary bytes: the one-pass path (segments of words and
 * marks written in one pass over their code points) must write exactly the
 * view the general, unit-by-unit path writes - text, map to the original
 * bytes, tokens and counts - and keep its promise of plain words.  The
 * first byte chooses whether the rest is taken as it is or with bytes
 * >= 0x80 replaced by ASCII (so that long inputs are not all invalid
 * UTF-8, which the one-pass path leaves). */
#include "fuzz_common.h"

#include "normalize.h"

#include <stdlib.h>
#include <string.h>

static kview fast, general;
static uint8_t *buf;
static size_t bufcap;

static void cleanup(void)
{
	view_free(&fast);
	view_free(&general);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	if (!ready) {
		kstats s = {0, 0, 0, 0};
		/* make the ASCII units, then turn the fast ways off */
		FUZZ_CHECK(view_build(&general, (const uint8_t *)"x", 1, 0, &s) == 0);
		general.ascii_letters = false;
		atexit(cleanup);
		ready = true;
	}
	if (size == 0)
		return 0;
	size_t n = size - 1;
	if (n > bufcap) {
		uint8_t *p = realloc(buf, n);
		FUZZ_CHECK(p != NULL);
		buf = p;
		bufcap = n;
	}
	const uint8_t *text = data + 1;
	if (data[0] & 1) {
		/* 0x80.. read as the bytes that most change a reading */
		static const char fold[] = " aI1!'*$.\n-_@?\"x";
		for (size_t i = 0; i < n; i++)
			buf[i] = text[i] < 0x80 ? text[i] : (uint8_t)fold[text[i] & 15];
		text = buf;
	}

	kstats a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
	FUZZ_CHECK(view_build(&fast, text, n, 0, &a) == 0);
	FUZZ_CHECK(fast.ascii_letters);
	FUZZ_CHECK(view_build(&general, text, n, 0, &b) == 0);
	FUZZ_CHECK(a.letters == b.letters && a.upper == b.upper &&
		   a.exclaim_runs == b.exclaim_runs && a.invalid == b.invalid);
	FUZZ_CHECK(fast.len == general.len);
	FUZZ_CHECK(memcmp(fast.text, general.text, fast.len) == 0);
	FUZZ_CHECK(memcmp(fast.alt, general.alt, fast.len) == 0);
	for (size_t k = 0; k < fast.len; k++) {
		FUZZ_CHECK(view_src_start(&fast, k) == view_src_start(&general, k));
		FUZZ_CHECK(view_src_end(&fast, k) == view_src_end(&general, k));
	}
	FUZZ_CHECK(fast.ntok == general.ntok);
	for (size_t t = 0; t < fast.ntok; t++) {
		const ktoken *p = &fast.tok[t], *q = &general.tok[t];
		FUZZ_CHECK(p->start == q->start && p->end == q->end &&
			   p->clause == q->clause && p->sentence == q->sentence);
		/* TOK_PLAIN is a promise only the fast ways make, and one
		 * they keep: ASCII letters and apostrophes, no mask, no leet
		 * reading, no byte three times in a row */
		FUZZ_CHECK((p->flags & ~TOK_PLAIN) == q->flags);
		if (!(p->flags & TOK_PLAIN))
			continue;
		for (uint32_t k = p->start; k < p->end; k++) {
			uint8_t c = fast.text[k];
			FUZZ_CHECK(((c >= 'a' && c <= 'z') || c == '\'') &&
				   fast.alt[k] == 0);
			FUZZ_CHECK(k < p->start + 2 || c != fast.text[k - 1] ||
				   c != fast.text[k - 2]);
		}
	}
	return 0;
}
