/*
 * kalm-mail filter: like spamc, one message in, the same message out with
 * X-Kalm-* headers added at the end of its header block.  The output is
 * built from the original bytes; GMime only reads.
 */
#include "kalm_mail.h"

#include <errno.h>
#include <string.h>

typedef struct header_end {
	size_t at;       /* where the new headers go */
	const char *eol; /* the message's own line ending */
	bool need_eol;   /* the last header line has no line ending */
} header_end;

static bool is_empty_line(const char *s, size_t n)
{
	return n == 0 || (n == 1 && s[0] == '\r');
}

/* The blank line that ends the header block of a message whose lines end
 * with a bare CR. */
static header_end find_header_end_cr(const char *data, size_t len, size_t from)
{
	header_end h = {len, "\r", false};
	size_t pos = from;
	while (pos < len) {
		const char *cr = memchr(data + pos, '\r', len - pos);
		if (!cr) {
			h.need_eol = true; /* headers only, the last line unterminated */
			return h;
		}
		if (cr == data + pos) {
			h.at = pos;
			return h;
		}
		pos = (size_t)(cr - data) + 1;
	}
	return h;
}

/* Find the blank line that ends the header block. */
static header_end find_header_end(const char *data, size_t len, size_t from)
{
	if (mail_bare_cr(data, len))
		return find_header_end_cr(data, len, from);
	header_end h = {len, "\n", false};
	const char *first = memchr(data + from, '\n', len - from);
	if (first && first > data + from && first[-1] == '\r')
		h.eol = "\r\n";
	size_t pos = from;
	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		if (!nl) {
			/* Headers only, and the last line is unterminated. */
			h.at = len;
			h.need_eol = !is_empty_line(data + pos, len - pos);
			return h;
		}
		size_t n = (size_t)(nl - (data + pos));
		if (is_empty_line(data + pos, n)) {
			h.at = pos;
			return h;
		}
		pos += n + 1;
	}
	h.at = len;
	return h;
}

static void judge(const kalm_model *model, const char *data, size_t len,
		  GString *headers, const char *eol)
{
	mail_decoder *dec = mail_decoder_new();
	mail_decoded m;
	mail_split split;
	mail_decoded_init(&m);
	mail_split_init(&split);
	mail_decode(dec, data, len, &m);

	double score = 0;
	const char *action = kalm_action_name(KALM_ACTION_RESPOND_CALMLY);
	kalm_lang lang = KALM_LANG_UNKNOWN;
	uint32_t cats = 0;
	kalm_session *session = NULL;
	if (m.error->len == 0) {
		mail_strip(m.body->str, m.body->len, &split);
		GString *judged = g_string_new(NULL);
		mail_judged_text(judged, m.subject, split.own);
		if (judged->len > MAIL_TEXT_MAX)
			g_string_truncate(judged, mail_utf8_cut(judged->str, judged->len, MAIL_TEXT_MAX));
		kalm_message msg = {.size = sizeof msg};
		kalm_decision d = {.size = sizeof d};
		msg.text = judged->str;
		msg.len = judged->len;
		msg.seconds = m.has_date ? m.date : 0;
		msg.lang = m.lang_hint;
		if (kalm_session_new(model, NULL, "filter", 6, &session, NULL) == KALM_OK &&
		    kalm_session_feed(session, &msg, &d, NULL) == KALM_OK && d.verdict) {
			score = kalm_verdict_score(d.verdict);
			action = kalm_action_name(d.action);
			lang = kalm_verdict_language(d.verdict);
			cats = mail_verdict_categories(d.verdict);
		} else {
			g_string_assign(m.error, "scoring failed");
		}
		g_string_free(judged, TRUE);
	}
	GString *c = g_string_new(NULL);
	mail_categories(c, cats, ", ");
	g_string_append_printf(headers, "X-Kalm-Score: %.3f%s", score, eol);
	g_string_append_printf(headers, "X-Kalm-Action: %s%s", action, eol);
	g_string_append_printf(headers, "X-Kalm-Categories: %s%s", c->len ? c->str : "none", eol);
	g_string_append_printf(headers, "X-Kalm-Language: %s%s", kalm_lang_code(lang), eol);
	if (m.error->len > 0) {
		/* Header values stay printable ASCII on one line. */
		g_string_append(headers, "X-Kalm-Error: ");
		for (size_t i = 0; i < m.error->len; i++) {
			unsigned char ch = (unsigned char)m.error->str[i];
			g_string_append_c(headers, ch >= 0x20 && ch < 0x7F ? (char)ch : '?');
		}
		g_string_append(headers, eol);
	}
	g_string_free(c, TRUE);
	kalm_session_free(session);
	mail_split_clear(&split);
	mail_decoded_clear(&m);
	mail_decoder_free(dec);
}

int mail_filter(const kalm_model *model, FILE *in, FILE *out)
{
	char *data;
	size_t len;
	if (mail_read_all(in, &data, &len) != 0) {
		fprintf(stderr, "kalm-mail: reading the message: %s\n", strerror(errno));
		return 74; /* EX_IOERR, as spamc */
	}
	/* A leading mbox "From " line is kept but is no header. */
	size_t from = 0;
	if (len >= 5 && memcmp(data, "From ", 5) == 0) {
		const char *nl = memchr(data, mail_bare_cr(data, len) ? '\r' : '\n', len);
		from = nl ? (size_t)(nl - data) + 1 : len;
	}
	header_end h = find_header_end(data, len, from);
	GString *headers = g_string_new(NULL);
	if (len - from <= MAIL_MESSAGE_MAX) {
		judge(model, data + from, len - from, headers, h.eol);
	} else {
		g_string_append_printf(headers, "X-Kalm-Score: 0.000%sX-Kalm-Action: %s%s"
					       "X-Kalm-Categories: none%sX-Kalm-Language: unknown%s"
					       "X-Kalm-Error: message too large%s",
				       h.eol, kalm_action_name(KALM_ACTION_RESPOND_CALMLY), h.eol,
				       h.eol, h.eol, h.eol);
	}
	bool ok = fwrite(data, 1, h.at, out) == h.at;
	if (ok && h.need_eol)
		ok = fputs(h.eol, out) >= 0;
	ok = ok && fwrite(headers->str, 1, headers->len, out) == headers->len;
	ok = ok && fwrite(data + h.at, 1, len - h.at, out) == len - h.at;
	ok = fflush(out) == 0 && ok;
	g_string_free(headers, TRUE);
	g_free(data);
	if (!ok) {
		fprintf(stderr, "kalm-mail: writing the message: %s\n", strerror(errno));
		return 74;
	}
	return 0;
}
