/*
 * libFuzzer target for kalm-mail's reading stages: MIME decoding, HTML to
 * text, format=flowed, quote stripping, thread keys and excerpts.  Any
 * input must come back without a crash, a hang or a leak.
 *
 *   clang -g -fsanitize=fuzzer,address,undefined ... (see meson.build)
 */
#include "../../examples/mail/kalm_mail.h"

#include <gmime/gmime.h>

static mail_decoder *decoder;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	g_mime_init();
	decoder = mail_decoder_new();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	mail_decoded m;
	mail_split split;
	mail_decoded_init(&m);
	mail_split_init(&split);

	mail_decode(decoder, text, size, &m);
	mail_strip(m.body->str, m.body->len, &split);
	char *key = mail_thread_key(m.subject, m.from_addr);
	g_free(key);

	/* The text stages on raw bytes too, not only on what GMime let by. */
	GString *t = g_string_new(NULL);
	mail_html_to_text(text, size, t);
	mail_split_reset(&split);
	mail_strip(t->str, t->len, &split);
	g_string_assign(t, "");
	g_string_append_len(t, text, (gssize)size);
	mail_fix_newlines(t);
	mail_unflow(t, size > 0 && (data[0] & 1));
	GString *ex = g_string_new(NULL);
	mail_excerpt(ex, text, size, NULL);
	GString *w = g_string_new(NULL);
	GString *u = g_string_new(NULL);
	mail_to_utf8(size > 0 && (data[0] & 2) ? "iso-8859-2" : NULL, text, size, u, w);

	g_string_free(u, TRUE);
	g_string_free(w, TRUE);
	g_string_free(ex, TRUE);
	g_string_free(t, TRUE);
	mail_split_clear(&split);
	mail_decoded_clear(&m);
	return 0;
}
