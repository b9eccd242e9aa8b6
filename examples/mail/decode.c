/* One raw message to headers and readable text, with GMime. */
#include "kalm_mail.h"

#include <gmime/gmime.h>
#include <string.h>

struct mail_decoder {
	GMimeParserOptions *options;
	mail_decoded *current; /* the message being parsed, for warnings */
	unsigned text_parts;   /* readable text parts found in it */
	bool no_boundary;
	bool bad_base64;
	bool encrypted;
	bool too_deep;
};

#define MAIL_NESTING_MAX 40
/* GMime keeps every part of a message in memory, about 2 KB each: a
 * message of millions of tiny parts took a minute and gigabytes.  Parts
 * past this many are not read. */
#define MAIL_PARTS_MAX 10000

static const char *warning_text(GMimeParserWarning code)
{
	switch (code) {
	case GMIME_WARN_DUPLICATED_HEADER:
		return "duplicated header";
	case GMIME_WARN_DUPLICATED_PARAMETER:
		return "duplicated parameter";
	case GMIME_WARN_UNENCODED_8BIT_HEADER:
		return "raw 8-bit header";
	case GMIME_WARN_INVALID_CONTENT_TYPE:
		return "invalid content type";
	case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
		return "invalid RFC 2047 header";
	case GMIME_WARN_MALFORMED_MULTIPART:
		return "multipart without parts";
	case GMIME_WARN_TRUNCATED_MESSAGE:
		return "truncated message";
	case GMIME_WARN_MALFORMED_MESSAGE:
		return "malformed message";
	case GMIME_CRIT_INVALID_HEADER_NAME:
		return "invalid header name";
	case GMIME_CRIT_CONFLICTING_HEADER:
		return "conflicting header";
	case GMIME_CRIT_CONFLICTING_PARAMETER:
		return "conflicting parameter";
	case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
		return "multipart without boundary";
	case GMIME_WARN_INVALID_PARAMETER:
		return "invalid header parameter";
	case GMIME_WARN_INVALID_ADDRESS_LIST:
		return "invalid address list";
	case GMIME_CRIT_NESTING_OVERFLOW:
		return "MIME nesting too deep";
	case GMIME_WARN_PART_WITHOUT_CONTENT:
		return "part without content";
	case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
		return "part without headers or content";
	}
	return "MIME problem";
}

static void on_warning(gint64 offset, GMimeParserWarning code,
		       const gchar *item, gpointer data)
{
	mail_decoder *d = data;
	(void)offset;
	(void)item;
	if (d->current == NULL || code == GMIME_WARN_DUPLICATED_HEADER)
		return;
	if (code == GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY)
		d->no_boundary = true;
	mail_note(d->current->warnings, warning_text(code));
}

mail_decoder *mail_decoder_new(void)
{
	static const char *fallback[] = {"UTF-8", "windows-1252", NULL};
	mail_decoder *d = g_new0(mail_decoder, 1);
	d->options = g_mime_parser_options_new();
	g_mime_parser_options_set_rfc2047_compliance_mode(d->options,
							  GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_address_compliance_mode(d->options,
							  GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_parameter_compliance_mode(d->options,
							    GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_fallback_charsets(d->options, fallback);
	g_mime_parser_options_set_warning_callback(d->options, on_warning, d);
	return d;
}

void mail_decoder_free(mail_decoder *d)
{
	if (!d)
		return;
	g_mime_parser_options_free(d->options);
	g_free(d);
}

void mail_decoded_init(mail_decoded *m)
{
	memset(m, 0, sizeof *m);
	m->from_addr = g_strdup("");
	m->refs = g_ptr_array_new_with_free_func(g_free);
	m->body = g_string_new(NULL);
	m->forwarded = g_string_new(NULL);
	m->warnings = g_string_new(NULL);
	m->error = g_string_new(NULL);
}

void mail_decoded_clear(mail_decoded *m)
{
	g_free(m->message_id);
	g_free(m->from);
	g_free(m->from_addr);
	g_free(m->subject);
	g_ptr_array_free(m->refs, TRUE);
	g_string_free(m->body, TRUE);
	g_string_free(m->forwarded, TRUE);
	g_string_free(m->warnings, TRUE);
	g_string_free(m->error, TRUE);
	memset(m, 0, sizeof *m);
}

static void reset(mail_decoded *m)
{
	g_free(m->message_id);
	g_free(m->from);
	g_free(m->from_addr);
	g_free(m->subject);
	m->message_id = m->from = m->subject = NULL;
	m->from_addr = g_strdup("");
	m->has_date = false;
	m->date = 0;
	m->lang_hint = KALM_LANG_UNKNOWN;
	m->attachments = 0;
	g_ptr_array_set_size(m->refs, 0);
	g_string_truncate(m->body, 0);
	g_string_truncate(m->forwarded, 0);
	g_string_truncate(m->warnings, 0);
	g_string_truncate(m->error, 0);
}

/* Header text as valid UTF-8 (raw 8-bit headers may not be). */
static char *clean_dup(const char *s)
{
	if (!s)
		return NULL;
	size_t len = strlen(s);
	if (g_utf8_validate(s, (gssize)len, NULL))
		return g_strdup(s);
	GString *out = g_string_new(NULL);
	GString *ignore = g_string_new(NULL);
	mail_to_utf8("windows-1252", s, len, out, ignore);
	g_string_free(ignore, TRUE);
	return g_string_free(out, FALSE);
}

static void add_refs(mail_decoder *d, mail_decoded *m, GMimeObject *obj,
		     const char *header)
{
	const char *value = g_mime_object_get_header(obj, header);
	if (!value)
		return;
	GMimeReferences *refs = g_mime_references_parse(d->options, value);
	if (!refs)
		return;
	int n = g_mime_references_length(refs);
	for (int i = 0; i < n; i++) {
		const char *id = g_mime_references_get_message_id(refs, i);
		if (id && *id)
			g_ptr_array_add(m->refs, g_strdup(id));
	}
	g_mime_references_free(refs);
}

static void read_headers(mail_decoder *d, mail_decoded *m, GMimeMessage *msg)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	const char *id = g_mime_message_get_message_id(msg);
	if (id && *id)
		m->message_id = clean_dup(id);

	InternetAddressList *from = g_mime_message_get_from(msg);
	if (from && internet_address_list_length(from) > 0) {
		char *s = internet_address_list_to_string(from, NULL, FALSE);
		m->from = clean_dup(s);
		g_free(s);
		InternetAddress *ia = internet_address_list_get_address(from, 0);
		if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			const char *addr = internet_address_mailbox_get_addr(
				INTERNET_ADDRESS_MAILBOX(ia));
			if (addr) {
				char *c = clean_dup(addr);
				g_free(m->from_addr);
				m->from_addr = g_utf8_strdown(c, -1);
				g_free(c);
			}
		}
	}
	m->subject = clean_dup(g_mime_message_get_subject(msg));

	GDateTime *date = g_mime_message_get_date(msg);
	if (date) {
		m->date = g_date_time_to_unix(date);
		m->has_date = true;
	}
	add_refs(d, m, obj, "References");
	add_refs(d, m, obj, "In-Reply-To");

	const char *lang = g_mime_object_get_header(obj, "Content-Language");
	if (lang) {
		char code[16];
		size_t n = 0;
		while (lang[n] && lang[n] != ',' && lang[n] != ' ' && n + 1 < sizeof code) {
			code[n] = lang[n];
			n++;
		}
		code[n] = '\0';
		m->lang_hint = kalm_lang_from_code(code);
	}
}

/* Base64 with bytes outside the alphabet is damaged, not merely wrapped. */
static bool base64_clean(GMimeDataWrapper *w)
{
	GMimeStream *raw = g_mime_data_wrapper_get_stream(w);
	if (!raw)
		return true;
	g_mime_stream_reset(raw);
	char buf[4096];
	ssize_t n;
	bool ok = true;
	while (ok && (n = g_mime_stream_read(raw, buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)buf[i];
			if (!(g_ascii_isalnum(c) || c == '+' || c == '/' || c == '=' ||
			      c == '\r' || c == '\n' || c == ' ' || c == '\t')) {
				ok = false;
				break;
			}
		}
	}
	g_mime_stream_reset(raw);
	return ok;
}

/* The kinds of text part read as text. */
typedef enum { TEXT_NONE, TEXT_PLAIN, TEXT_HTML, TEXT_ENRICHED, TEXT_RICHTEXT } text_kind;

static void add_part_text(mail_decoder *d, mail_decoded *m, GMimePart *part,
			  GString *dest, text_kind kind)
{
	GMimeObject *obj = GMIME_OBJECT(part);
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	if (!w) {
		d->text_parts++; /* an empty text part is still a text part */
		return;
	}
	if (g_mime_part_get_content_encoding(part) == GMIME_CONTENT_ENCODING_BASE64 &&
	    !base64_clean(w)) {
		d->bad_base64 = true;
		mail_note(m->warnings, "text part with bad base64 skipped");
		return;
	}
	d->text_parts++;
	GMimeStream *mem = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(w, mem);
	GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	size_t len = bytes->len;
	if (len > MAIL_TEXT_MAX * 2) {
		len = MAIL_TEXT_MAX * 2;
		mail_note(m->warnings, "huge text part cut");
	}
	const char *data = len > 0 ? (const char *)bytes->data : "";
	const char *charset = g_mime_object_get_content_type_parameter(obj, "charset");
	GString *t = g_string_sized_new(len + 16);
	mail_to_utf8(charset, data, len, t, m->warnings);
	g_object_unref(mem);
	/* NUL bytes are dealt with once the text is UTF-8: before, they are
	 * half of every UTF-16 character. */
	if (memchr(t->str, '\0', t->len)) {
		for (size_t i = 0; i < t->len; i++)
			if (t->str[i] == '\0')
				t->str[i] = ' ';
		mail_note(m->warnings, "NUL bytes in text");
	}
	/* A byte order mark left by the conversion is no text. */
	if (t->len >= 3 && memcmp(t->str, "\xEF\xBB\xBF", 3) == 0)
		g_string_erase(t, 0, 3);
	mail_fix_newlines(t);

	if (kind == TEXT_HTML || kind == TEXT_ENRICHED || kind == TEXT_RICHTEXT) {
		GString *plain = g_string_sized_new(t->len / 2 + 16);
		if (kind == TEXT_HTML)
			mail_html_to_text(t->str, t->len, plain, m->warnings);
		else
			mail_enriched_to_text(t->str, t->len,
					      kind == TEXT_RICHTEXT, plain);
		g_string_free(t, TRUE);
		t = plain;
	} else {
		const char *format = g_mime_object_get_content_type_parameter(obj, "format");
		if (format && g_ascii_strcasecmp(format, "flowed") == 0) {
			const char *delsp = g_mime_object_get_content_type_parameter(obj, "delsp");
			mail_unflow(t, delsp && g_ascii_strcasecmp(delsp, "yes") == 0);
		}
	}
	/* Whatever the stages above did with odd input, what is judged is
	 * valid UTF-8. */
	if (mail_utf8_sanitize(t) > 0)
		mail_note(m->warnings, "invalid UTF-8 in decoded text replaced");
	if (dest->len > 0 && dest->str[dest->len - 1] != '\n')
		g_string_append_c(dest, '\n');
	g_string_append_len(dest, t->str, (gssize)t->len);
	g_string_free(t, TRUE);
}

static bool is_text(GMimeObject *obj, const char *subtype)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	return ct && g_mime_content_type_is_type(ct, "text", subtype);
}

/* How OBJ's content is read as text (TEXT_NONE: it is not). */
static text_kind text_kind_of(GMimeObject *obj)
{
	return is_text(obj, "plain")	  ? TEXT_PLAIN
	       : is_text(obj, "html")	  ? TEXT_HTML
	       : is_text(obj, "enriched") ? TEXT_ENRICHED
	       : is_text(obj, "richtext") ? TEXT_RICHTEXT
					  : TEXT_NONE;
}

/* An explicit disposition decides (RFC 2183: one other than "inline" is
 * an attachment); without one, a file name makes an attachment, unless
 * the part is a message's whole body (WHOLE), which is read as such. */
static bool is_attachment(GMimePart *part, bool whole)
{
	const char *disposition = g_mime_object_get_disposition(GMIME_OBJECT(part));
	if (disposition && *disposition)
		return g_ascii_strcasecmp(disposition, "inline") != 0;
	return !whole && g_mime_part_get_filename(part) != NULL;
}

static bool is_token_char(char c)
{
	return (unsigned char)c > 0x20 && (unsigned char)c < 0x7F && !strchr("()<>@,;:\\\"/[]?=", c);
}

/* RFC 2045: a part whose Content-Type cannot be read ("garbage",
 * ";charset=utf-8", "text/") is text/plain, its parameters kept.  GMime
 * makes such parts application/octet-stream; they are mended here. */
static void mend_content_type(mail_decoder *d, mail_decoded *m, GMimeObject *obj)
{
	const char *value = g_mime_object_get_header(obj, "Content-Type");
	if (!value)
		return;
	const char *p = value;
	while (*p == ' ' || *p == '\t')
		p++;
	const char *type = p;
	while (is_token_char(*p))
		p++;
	bool valid = p > type;
	while (*p == ' ' || *p == '\t')
		p++;
	valid = valid && *p == '/';
	if (valid) {
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		valid = is_token_char(*p);
	}
	if (valid)
		return;
	const char *params = strchr(value, ';');
	char *fixed = g_strconcat("text/plain", params ? params : "", NULL);
	GMimeContentType *ct = g_mime_content_type_parse(d->options, fixed);
	g_free(fixed);
	if (!ct)
		return;
	g_mime_object_set_content_type(obj, ct);
	g_object_unref(ct);
	mail_note(m->warnings, "invalid content type read as text/plain");
}

static void walk(mail_decoder *d, mail_decoded *m, GMimeObject *obj,
		 unsigned depth, bool forwarded, bool whole);

/* Walk OBJ; true when it gave readable (not blank) text.  When it gave
 * none, what it added to the text is taken back. */
static bool walk_for_text(mail_decoder *d, mail_decoded *m, GMimeObject *obj,
			  unsigned depth, bool forwarded)
{
	GString *dest = forwarded ? m->forwarded : m->body;
	size_t mark = dest->len;
	walk(d, m, obj, depth, forwarded, false);
	for (size_t i = mark; i < dest->len; i++)
		if (!g_ascii_isspace(dest->str[i]))
			return true;
	g_string_truncate(dest, mark);
	return false;
}

/* multipart/alternative: the plain text if there is one, else HTML, else
 * enriched text, else the last nested multipart (the richest version).  A
 * version that gives no text (empty, or bad base64) gives way to the
 * next. */
static void walk_alternative(mail_decoder *d, mail_decoded *m,
			     GMimeMultipart *mp, unsigned depth, bool forwarded)
{
	int n = g_mime_multipart_get_count(mp);
	GMimeObject *plain = NULL, *html = NULL, *enriched = NULL, *nested = NULL;
	for (int i = 0; i < n; i++) {
		GMimeObject *c = g_mime_multipart_get_part(mp, i);
		if (GMIME_IS_PART(c))
			mend_content_type(d, m, c);
		if (GMIME_IS_PART(c) && !is_attachment(GMIME_PART(c), false)) {
			text_kind k = text_kind_of(c);
			if (!plain && k == TEXT_PLAIN)
				plain = c;
			else if (!html && k == TEXT_HTML)
				html = c;
			else if (!enriched && (k == TEXT_ENRICHED || k == TEXT_RICHTEXT))
				enriched = c;
		} else if (GMIME_IS_MULTIPART(c)) {
			nested = c;
		}
	}
	GMimeObject *picks[] = {plain, html, enriched, nested};
	for (size_t i = 0; i < G_N_ELEMENTS(picks); i++)
		if (picks[i] && walk_for_text(d, m, picks[i], depth + 1, forwarded))
			return;
}

/* WHOLE: OBJ is the whole body of a message, not one part of many. */
static void walk(mail_decoder *d, mail_decoded *m, GMimeObject *obj,
		 unsigned depth, bool forwarded, bool whole)
{
	if (depth > MAIL_NESTING_MAX)
		d->too_deep = true;
	if (!obj || depth > MAIL_NESTING_MAX)
		return;
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		if (inner)
			walk(d, m, g_mime_message_get_mime_part(inner), depth + 1, true, true);
		return;
	}
	if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
		d->encrypted = true;
		return;
	}
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		GMimeContentType *ct = g_mime_object_get_content_type(obj);
		if (ct && g_mime_content_type_is_type(ct, "multipart", "alternative")) {
			walk_alternative(d, m, mp, depth, forwarded);
			return;
		}
		int n = g_mime_multipart_get_count(mp);
		for (int i = 0; i < n; i++)
			walk(d, m, g_mime_multipart_get_part(mp, i), depth + 1, forwarded, false);
		return;
	}
	if (!GMIME_IS_PART(obj))
		return;
	GMimePart *part = GMIME_PART(obj);
	mend_content_type(d, m, obj);
	text_kind kind = text_kind_of(obj);
	if (is_attachment(part, whole) || kind == TEXT_NONE) {
		m->attachments++;
		return;
	}
	add_part_text(d, m, part, forwarded ? m->forwarded : m->body, kind);
}

static void set_error(mail_decoder *d, mail_decoded *m)
{
	if (d->text_parts > 0)
		return;
	if (d->no_boundary)
		g_string_assign(m->error, "multipart without boundary: no readable text");
	else if (d->bad_base64)
		g_string_assign(m->error, "bad base64 in the text part");
	else if (d->too_deep)
		g_string_assign(m->error, "MIME nesting too deep");
	else if (d->encrypted)
		g_string_assign(m->error, "encrypted message");
	else if (m->attachments > 0)
		g_string_assign(m->error, "no text part, attachments only");
	else
		g_string_assign(m->error, "no text part");
}

/* The number of lines of DATA that start with "--", counting no further
 * than STOP: no message has more parts than that. */
static size_t dash_lines(const char *data, size_t len, size_t stop)
{
	size_t count = len >= 2 && data[0] == '-' && data[1] == '-';
	const char *p = data, *end = data + len;
	while (count < stop && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		p++;
		count += end - p >= 2 && p[0] == '-' && p[1] == '-';
	}
	return count;
}

/* The boundaries declared anywhere in DATA ("boundary=" parameters of
 * the message and of its parts), as a set of strings. */
static GHashTable *declared_boundaries(const char *data, size_t len)
{
	GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (size_t i = 0; i + 9 <= len; i++) {
		if ((data[i] | 0x20) != 'b' || g_ascii_strncasecmp(data + i, "boundary", 8) != 0)
			continue;
		size_t j = i + 8;
		while (j < len && (data[j] == ' ' || data[j] == '\t'))
			j++;
		if (j >= len || data[j] != '=')
			continue;
		j++;
		while (j < len && (data[j] == ' ' || data[j] == '\t'))
			j++;
		bool quoted = j < len && data[j] == '"';
		size_t start = j + quoted, k = start;
		while (k < len && data[k] != '\n' && data[k] != '\r' &&
		       (quoted ? data[k] != '"' : data[k] != ';' && data[k] != ' ' && data[k] != '\t'))
			k++;
		if (k > start && k - start <= 200)
			g_hash_table_add(set, g_strndup(data + start, k - start));
		i = k > i ? k - 1 : i;
	}
	return set;
}

/* A copy of DATA cut before the delimiter line of its part number
 * MAIL_PARTS_MAX + 1 (that multipart closed there), or NULL when it has
 * no more parts than that.  *LEN becomes the copy's length, *SKIPPED the
 * number of parts left out. */
static char *limit_parts(const char *data, size_t *len, size_t *skipped)
{
	*skipped = 0;
	if (dash_lines(data, *len, MAIL_PARTS_MAX + 1) <= MAIL_PARTS_MAX)
		return NULL;
	GHashTable *set = declared_boundaries(data, *len);
	size_t parts = 0, cut = *len, pos = 0;
	char *boundary = NULL;
	while (pos < *len) {
		const char *nl = memchr(data + pos, '\n', *len - pos);
		size_t end = nl ? (size_t)(nl - data) : *len;
		if (end - pos > 2 && data[pos] == '-' && data[pos + 1] == '-') {
			size_t e = end;
			while (e > pos + 2 && (data[e - 1] == '\r' || data[e - 1] == ' ' ||
					       data[e - 1] == '\t'))
				e--;
			char *name = g_strndup(data + pos + 2, e - pos - 2);
			if (g_hash_table_contains(set, name) && ++parts > MAIL_PARTS_MAX) {
				if (!boundary) {
					cut = pos;
					boundary = g_strdup(name);
				}
				(*skipped)++;
			}
			g_free(name);
		}
		pos = end + 1;
	}
	g_hash_table_destroy(set);
	if (!boundary)
		return NULL;
	GString *copy = g_string_sized_new(cut + strlen(boundary) + 8);
	g_string_append_len(copy, data, (gssize)cut);
	g_string_append_printf(copy, "--%s--\n", boundary);
	g_free(boundary);
	*len = copy->len;
	return g_string_free(copy, FALSE);
}

/* The length of the header block: up to the first empty line, or all. */
static size_t header_block_len(const char *data, size_t len)
{
	size_t pos = 0;
	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		if (!nl)
			return len;
		size_t n = (size_t)(nl - (data + pos));
		if (n == 0 || (n == 1 && data[pos] == '\r'))
			return pos;
		pos += n + 1;
	}
	return len;
}

/* What GMime could not take as it is, mended in a copy of *DATA (then
 * returned, and *DATA and *LEN changed), or NULL. */
static char *prepare(mail_decoded *m, const char **data, size_t *len)
{
	char *copy = NULL;
	/* Old Mac line ends: a message with CR and not one LF. */
	if (mail_bare_cr(*data, *len)) {
		copy = g_memdup2(*data, *len);
		for (size_t i = 0; i < *len; i++)
			if (copy[i] == '\r')
				copy[i] = '\n';
		*data = copy;
		mail_note(m->warnings, "bare CR line ends read as line ends");
	}
	size_t skipped;
	char *limited = limit_parts(*data, len, &skipped);
	if (limited) {
		g_free(copy);
		*data = copy = limited;
		char note[96];
		snprintf(note, sizeof note, "%zu MIME parts not read (limit %d parts)", skipped,
			 MAIL_PARTS_MAX);
		mail_note(m->warnings, note);
	}
	/* GMime reads headers as C strings: NUL bytes would cut them.  Only
	 * the header block is mended; NUL bytes in the body are content (a
	 * UTF-16 part sent as 8bit or binary) and are seen to after the
	 * charset conversion. */
	size_t head = header_block_len(*data, *len);
	if (memchr(*data, '\0', head)) {
		if (!copy)
			*data = copy = g_memdup2(*data, *len);
		for (size_t i = 0; i < head; i++)
			if (copy[i] == '\0')
				copy[i] = ' ';
		mail_note(m->warnings, "NUL bytes in the headers");
	}
	return copy;
}

void mail_decode(mail_decoder *d, const char *data, size_t len, mail_decoded *m)
{
	reset(m);
	d->current = m;
	d->text_parts = 0;
	d->no_boundary = d->bad_base64 = d->encrypted = d->too_deep = false;

	char *copy = prepare(m, &data, &len);
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, d->options);
	g_object_unref(parser);
	g_object_unref(stream);
	g_free(copy);

	if (!msg) {
		g_string_assign(m->error, "not a mail message");
		d->current = NULL;
		return;
	}
	GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(msg));
	if (!headers || g_mime_header_list_get_count(headers) == 0) {
		g_string_assign(m->error, "not a mail message (no headers)");
	} else {
		read_headers(d, m, msg);
		walk(d, m, g_mime_message_get_mime_part(msg), 0, false, true);
		set_error(d, m);
	}
	g_object_unref(msg);
	d->current = NULL;
}
