/* Charsets, line endings, format=flowed and small UTF-8 helpers. */
#include "kalm_mail.h"

#include <errno.h>
#include <gmime/gmime.h>
#include <iconv.h>
#include <string.h>

void mail_note(GString *w, const char *msg)
{
	size_t n = strlen(msg);
	size_t pos = 0;

	/* Compare whole items, so "a" does not match "ab". */
	while (pos <= w->len) {
		const char *sep = memchr(w->str + pos, MAIL_NOTE_SEP, w->len - pos);
		size_t end = sep ? (size_t)(sep - w->str) : w->len;
		if (w->len > 0 && end - pos == n) {
			bool same = true;
			for (size_t i = 0; i < n && same; i++)
				same = w->str[pos + i] == (msg[i] == MAIL_NOTE_SEP ? ' ' : msg[i]);
			if (same)
				return;
		}
		pos = end + 1;
	}
	if (w->len > 0)
		g_string_append_c(w, MAIL_NOTE_SEP);
	for (size_t i = 0; i < n; i++)
		g_string_append_c(w, msg[i] == MAIL_NOTE_SEP ? ' ' : msg[i]);
}

size_t mail_utf8_valid_seq(const unsigned char *s, size_t len)
{
	if (len == 0)
		return 0;
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	size_t need;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 2;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F; /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (len < need)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < need; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return need;
}

bool mail_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = mail_utf8_valid_seq(p + i, len - i);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

void mail_utf8_put(GString *out, uint32_t cp)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	char buf[4];
	size_t n;
	if (cp < 0x80) {
		buf[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		buf[0] = (char)(0xC0 | (cp >> 6));
		buf[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		buf[0] = (char)(0xE0 | (cp >> 12));
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		buf[0] = (char)(0xF0 | (cp >> 18));
		buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	g_string_append_len(out, buf, (gssize)n);
}

size_t mail_utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	size_t n = max;
	/* Step back over continuation bytes to a sequence start. */
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

static bool charset_is(const char *cs, const char *name)
{
	return g_ascii_strcasecmp(cs, name) == 0;
}

/* Windows-1252 without iconv: the fallback for unknown charsets. */
static void append_cp1252(GString *out, const unsigned char *in, size_t len)
{
	static const uint16_t high[32] = {
		0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
		0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
	};
	for (size_t i = 0; i < len; i++) {
		unsigned c = in[i];
		if (c < 0x80)
			g_string_append_c(out, (char)c);
		else if (c < 0xA0)
			mail_utf8_put(out, high[c - 0x80]);
		else
			mail_utf8_put(out, c);
	}
}

/* Copy UTF-8, replacing invalid bytes with U+FFFD. */
static size_t append_utf8_clean(GString *out, const char *in, size_t len)
{
	const unsigned char *p = (const unsigned char *)in;
	size_t bad = 0, i = 0;
	while (i < len) {
		size_t n = p[i] < 0x80 ? 1 : mail_utf8_valid_seq(p + i, len - i);
		if (n == 0) {
			mail_utf8_put(out, 0xFFFD);
			bad++;
			i++;
			continue;
		}
		g_string_append_len(out, in + i, (gssize)n);
		i += n;
	}
	return bad;
}

size_t mail_utf8_sanitize(GString *text)
{
	if (mail_utf8_valid(text->str, text->len))
		return 0;
	GString *clean = g_string_sized_new(text->len + 16);
	size_t bad = append_utf8_clean(clean, text->str, text->len);
	g_string_truncate(text, 0);
	g_string_append_len(text, clean->str, (gssize)clean->len);
	g_string_free(clean, TRUE);
	return bad;
}

static bool iconv_append(iconv_t cd, const char *in, size_t len,
			 GString *out, size_t *bad)
{
	char buf[4096];
	char *src = (char *)in;
	size_t left = len;

	while (left > 0) {
		char *dst = buf;
		size_t room = sizeof buf;
		size_t r = iconv(cd, &src, &left, &dst, &room);
		g_string_append_len(out, buf, (gssize)(dst - buf));
		if (r != (size_t)-1)
			continue;
		if (errno == E2BIG)
			continue;
		if (errno == EILSEQ || errno == EINVAL) {
			/* Skip one byte and carry on; EINVAL is a sequence
			 * cut off at the end of the part. */
			mail_utf8_put(out, 0xFFFD);
			(*bad)++;
			src++;
			left--;
			iconv(cd, NULL, NULL, NULL, NULL);
			continue;
		}
		return false;
	}
	char *dst = buf;
	size_t room = sizeof buf;
	iconv(cd, NULL, NULL, &dst, &room);
	g_string_append_len(out, buf, (gssize)(dst - buf));
	return true;
}

/* Charsets whose text is not ASCII even when every byte is below 0x80:
 * the wide ones (an 'a' is "a\0") and the 7-bit escaping ones. */
static bool charset_wide_or_7bit(const char *cs)
{
	static const char *const prefixes[] = {"utf-16", "utf16", "utf-32", "utf32", "ucs-2",
					       "ucs2", "ucs-4", "ucs4", "utf-7", "utf7",
					       "unicode", "iso-2022", "hz", NULL};
	for (const char *const *p = prefixes; *p; p++)
		if (g_ascii_strncasecmp(cs, *p, strlen(*p)) == 0)
			return true;
	return false;
}

/* "UTF-16" and "UTF-32" without a byte order mark are big-endian by their
 * RFCs, but mail written on Windows is as often little-endian: the zero
 * bytes of mostly Latin text tell the two apart.  Returns the iconv name
 * with the byte order, or NAME as it was. */
static const char *wide_byte_order(const char *name, const unsigned char *in, size_t len)
{
	bool utf16 = g_ascii_strcasecmp(name, "utf-16") == 0 ||
		     g_ascii_strcasecmp(name, "utf16") == 0;
	bool utf32 = g_ascii_strcasecmp(name, "utf-32") == 0 ||
		     g_ascii_strcasecmp(name, "utf32") == 0;
	if (utf16 && len >= 2 && ((in[0] == 0xFF && in[1] == 0xFE) ||
				  (in[0] == 0xFE && in[1] == 0xFF)))
		return name; /* iconv reads the mark */
	if (utf32 && len >= 4 && ((in[0] == 0xFF && in[1] == 0xFE && !in[2] && !in[3]) ||
				  (!in[0] && !in[1] && in[2] == 0xFE && in[3] == 0xFF)))
		return name;
	size_t unit = utf16 ? 2 : utf32 ? 4 : 0;
	if (unit == 0)
		return name;
	/* Little-endian puts the zero high bytes last in each unit. */
	size_t first = 0, last = 0;
	for (size_t i = 0; i + unit <= len; i += unit) {
		first += in[i] == 0;
		last += in[i + unit - 1] == 0;
	}
	if (last > first)
		return utf16 ? "UTF-16LE" : "UTF-32LE";
	return utf16 ? "UTF-16BE" : "UTF-32BE";
}

void mail_to_utf8(const char *charset, const char *in, size_t len,
		  GString *out, GString *warnings)
{
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = (unsigned char)in[i] < 0x80;

	if (ascii && !(charset && charset_wide_or_7bit(charset))) {
		g_string_append_len(out, in, (gssize)len);
		return;
	}
	if (charset == NULL || *charset == '\0' || charset_is(charset, "us-ascii") ||
	    charset_is(charset, "ascii")) {
		/* 8-bit text with no (or a 7-bit) charset: UTF-8 when it
		 * reads as such, else the usual Western Windows charset. */
		if (mail_utf8_valid(in, len)) {
			g_string_append_len(out, in, (gssize)len);
		} else {
			append_cp1252(out, (const unsigned char *)in, len);
			mail_note(warnings, "8-bit text without charset, read as windows-1252");
		}
		return;
	}
	if (charset_is(charset, "iso-8859-1") || charset_is(charset, "latin1") ||
	    charset_is(charset, "iso8859-1") || charset_is(charset, "windows-1252") ||
	    charset_is(charset, "cp1252")) {
		/* Mail labelled Latin-1 is often Windows-1252 (curly quotes,
		 * the euro sign); as in browsers, read it as the superset. */
		append_cp1252(out, (const unsigned char *)in, len);
		return;
	}
	if (charset_is(charset, "utf-8") || charset_is(charset, "utf8")) {
		if (append_utf8_clean(out, in, len) > 0)
			mail_note(warnings, "invalid UTF-8 replaced");
		return;
	}

	const char *name = g_mime_charset_iconv_name(charset);
	name = wide_byte_order(name ? name : charset, (const unsigned char *)in, len);
	iconv_t cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1) {
		char msg[160];
		if (mail_utf8_valid(in, len)) {
			g_string_append_len(out, in, (gssize)len);
			snprintf(msg, sizeof msg, "unknown charset \"%.60s\", read as UTF-8", charset);
		} else {
			append_cp1252(out, (const unsigned char *)in, len);
			snprintf(msg, sizeof msg, "unknown charset \"%.60s\", read as windows-1252", charset);
		}
		mail_note(warnings, msg);
		return;
	}
	size_t bad = 0;
	size_t mark = out->len;
	if (!iconv_append(cd, in, len, out, &bad)) {
		g_string_truncate(out, mark);
		append_cp1252(out, (const unsigned char *)in, len);
		mail_note(warnings, "charset conversion failed, read as windows-1252");
	} else if (bad > 0) {
		mail_note(warnings, "bytes invalid in the declared charset replaced");
	}
	iconv_close(cd);
}

bool mail_bare_cr(const char *data, size_t len)
{
	return !memchr(data, '\n', len) && memchr(data, '\r', len);
}

void mail_fix_newlines(GString *text)
{
	char *s = text->str;
	size_t j = 0;
	for (size_t i = 0; i < text->len; i++) {
		if (s[i] == '\r') {
			s[j++] = '\n';
			if (i + 1 < text->len && s[i + 1] == '\n')
				i++;
			continue;
		}
		s[j++] = s[i];
	}
	g_string_truncate(text, j);
}

/* Quote depth of LINE (its leading '>'s) and where the content starts. */
static size_t flowed_depth(const char *line, size_t len, size_t *content)
{
	size_t d = 0;
	while (d < len && line[d] == '>')
		d++;
	size_t c = d;
	if (c < len && line[c] == ' ')
		c++; /* space-stuffing, or the space after the quote marks */
	*content = c;
	return d;
}

void mail_unflow(GString *text, bool delsp)
{
	GString *out = g_string_sized_new(text->len);
	const char *s = text->str;
	size_t len = text->len, pos = 0;
	bool joining = false;
	size_t join_depth = 0;

	while (pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - s) : len;
		const char *line = s + pos;
		size_t n = end - pos;
		size_t content;
		size_t depth = flowed_depth(line, n, &content);

		if (joining && depth != join_depth) {
			/* A flowed paragraph may not cross a quote depth. */
			g_string_append_c(out, '\n');
			joining = false;
		}
		if (!joining && depth > 0) {
			for (size_t i = 0; i < depth; i++)
				g_string_append_c(out, '>');
			g_string_append_c(out, ' ');
		}
		const char *body = line + content;
		size_t blen = n - content;
		bool sig = blen == 3 && memcmp(body, "-- ", 3) == 0;
		bool flowed = !sig && blen > 0 && body[blen - 1] == ' ';
		if (flowed && delsp)
			blen--;
		g_string_append_len(out, body, (gssize)blen);
		if (flowed) {
			joining = true;
			join_depth = depth;
		} else {
			joining = false;
			if (nl)
				g_string_append_c(out, '\n');
		}
		pos = nl ? end + 1 : len;
	}
	if (joining)
		g_string_append_c(out, '\n');
	g_string_assign(text, "");
	g_string_append_len(text, out->str, (gssize)out->len);
	g_string_free(out, TRUE);
}
