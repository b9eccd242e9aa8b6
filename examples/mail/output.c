/* Formatting helpers: JSON and CSV fields, redacted excerpts, categories. */
#include "kalm_mail.h"

#include <string.h>

void mail_json_string(GString *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	g_string_append_c(out, '"');
	size_t i = 0;
	while (i < len) {
		unsigned char c = p[i];
		if (c >= 0x80) {
			size_t n = mail_utf8_valid_seq(p + i, len - i);
			if (n == 0) {
				g_string_append(out, "\xEF\xBF\xBD");
				i++;
			} else {
				g_string_append_len(out, s + i, (gssize)n);
				i += n;
			}
			continue;
		}
		switch (c) {
		case '"':
			g_string_append(out, "\\\"");
			break;
		case '\\':
			g_string_append(out, "\\\\");
			break;
		case '\n':
			g_string_append(out, "\\n");
			break;
		case '\r':
			g_string_append(out, "\\r");
			break;
		case '\t':
			g_string_append(out, "\\t");
			break;
		default:
			if (c < 0x20 || c == 0x7F)
				g_string_append_printf(out, "\\u%04x", c);
			else
				g_string_append_c(out, (char)c);
		}
		i++;
	}
	g_string_append_c(out, '"');
}

void mail_csv_field(GString *out, const char *s, size_t len)
{
	bool quote = false;
	for (size_t i = 0; i < len && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	GString *clean = g_string_sized_new(len);
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		size_t n = p[i] < 0x80 ? 1 : mail_utf8_valid_seq(p + i, len - i);
		if (n == 0) {
			g_string_append(clean, "\xEF\xBF\xBD");
			i++;
		} else if (n == 1 && p[i] == '"') {
			g_string_append(clean, "\"\"");
			i++;
		} else if (n == 1 && p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' &&
			   p[i] != '\t') {
			g_string_append_c(clean, ' ');
			i++;
		} else {
			g_string_append_len(clean, s + i, (gssize)n);
			i += n;
		}
	}
	if (quote)
		g_string_append_c(out, '"');
	g_string_append_len(out, clean->str, (gssize)clean->len);
	if (quote)
		g_string_append_c(out, '"');
	g_string_free(clean, TRUE);
}

uint32_t mail_verdict_categories(const kalm_verdict *verdict)
{
	uint32_t mask = 0;
	if (!verdict)
		return 0;
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		if (kalm_verdict_category(verdict, (kalm_category)c) > 0.0)
			mask |= 1u << c;
	return mask;
}

void mail_categories(GString *out, uint32_t mask, const char *sep)
{
	bool first = true;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		if (!(mask & (1u << c)))
			continue;
		const char *name = kalm_category_name((kalm_category)c);
		if (!name)
			continue;
		if (!first)
			g_string_append(out, sep);
		g_string_append(out, name);
		first = false;
	}
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v' || c == '\0';
}

static size_t seq_len(const char *s, size_t len)
{
	size_t n = mail_utf8_valid_seq((const unsigned char *)s, len);
	return n ? n : 1;
}

/* A token with '@' and a dot after it: an address to hide. */
static size_t email_at(const char *s, size_t len)
{
	size_t end = 0;
	while (end < len && !is_space((unsigned char)s[end]) && s[end] != '<' &&
	       s[end] != '>' && s[end] != '(' && s[end] != ')' && s[end] != ',')
		end++;
	const char *at = memchr(s, '@', end);
	if (!at || at == s)
		return 0;
	return memchr(at, '.', end - (size_t)(at - s)) ? end : 0;
}

static size_t digits_at(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && ((s[n] >= '0' && s[n] <= '9') ||
			   (n > 0 && (s[n] == '-' || s[n] == ' ') && n + 1 < len &&
			    s[n + 1] >= '0' && s[n + 1] <= '9')))
		n++;
	size_t digits = 0;
	for (size_t i = 0; i < n; i++)
		digits += s[i] >= '0' && s[i] <= '9';
	return digits >= 6 ? n : 0;
}

typedef struct span {
	size_t start, end;
} span;

static int compare_spans(const void *a, const void *b)
{
	const span *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* A phrase rule ("jij bent een waardeloze idioot") masks its long words
 * only, so the excerpt keeps "jij bent een"; a rule of short words is
 * masked whole. */
static void add_rule_span(GArray *spans, const char *text, const kalm_match *m)
{
	guint before = spans->len;
	size_t i = m->start;
	while (m->rule && i < m->end) {
		while (i < m->end && is_space((unsigned char)text[i]))
			i++;
		size_t w = i;
		while (i < m->end && !is_space((unsigned char)text[i]))
			i++;
		if (i - w >= 5) {
			span s = {w, i};
			g_array_append_val(spans, s);
		}
	}
	if (spans->len == before) {
		span s = {m->start, m->end};
		g_array_append_val(spans, s);
	}
}

/* The spans to mask: abuse matches, where a phrase rule that holds a
 * word match gives way to the word so the excerpt stays readable. */
static GArray *mask_spans(const kalm_verdict *verdict, const char *text,
			  size_t len)
{
	GArray *all = g_array_new(FALSE, FALSE, sizeof(kalm_match));
	size_t count = verdict ? kalm_verdict_match_count(verdict) : 0;
	for (size_t i = 0; i < count; i++) {
		kalm_match m;
		if (kalm_verdict_match(verdict, i, &m) == KALM_OK &&
		    kalm_category_is_abuse(m.category) && m.start < m.end && m.end <= len)
			g_array_append_val(all, m);
	}
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(span));
	for (guint i = 0; i < all->len; i++) {
		const kalm_match *m = &g_array_index(all, kalm_match, i);
		bool inner = false;
		for (guint k = 0; m->rule && k < all->len && !inner; k++) {
			const kalm_match *w = &g_array_index(all, kalm_match, k);
			inner = !w->rule && w->start >= m->start && w->end <= m->end;
		}
		if (!inner)
			add_rule_span(spans, text, m);
	}
	g_array_free(all, TRUE);
	g_array_sort(spans, compare_spans);
	return spans;
}

void mail_excerpt(GString *out, const char *text, size_t len,
		  const kalm_verdict *verdict)
{
	GArray *spans = mask_spans(verdict, text, len);
	guint next = 0;
	bool space = false;
	size_t start = out->len;
	size_t i = 0;

	while (i < len && out->len - start < MAIL_EXCERPT_MAX + 8) {
		while (next < spans->len && g_array_index(spans, span, next).end <= i)
			next++;
		unsigned char c = (unsigned char)text[i];
		if (is_space(c)) {
			space = out->len > start;
			i++;
			continue;
		}
		if (space)
			g_string_append_c(out, ' ');
		space = false;
		if (next < spans->len && g_array_index(spans, span, next).start <= i) {
			/* Mask the word, keeping its first letter. */
			size_t end = g_array_index(spans, span, next).end;
			size_t n = seq_len(text + i, len - i);
			g_string_append_len(out, text + i, (gssize)n);
			for (i += n; i < end && !is_space((unsigned char)text[i]);
			     i += seq_len(text + i, len - i))
				g_string_append_c(out, '*');
			continue;
		}
		bool word_start = i == 0 || is_space((unsigned char)text[i - 1]) ||
				  text[i - 1] == '<' || text[i - 1] == '(';
		size_t n;
		if (word_start && (n = email_at(text + i, len - i)) > 0) {
			g_string_append(out, "[email]");
			i += n;
			continue;
		}
		if (c >= '0' && c <= '9' && (n = digits_at(text + i, len - i)) > 0) {
			g_string_append(out, "[number]");
			i += n;
			continue;
		}
		n = seq_len(text + i, len - i);
		g_string_append_len(out, text + i, (gssize)n);
		i += n;
	}
	g_array_free(spans, TRUE);
	size_t got = out->len - start;
	if (got > MAIL_EXCERPT_MAX || i < len) {
		size_t keep = mail_utf8_cut(out->str + start, got, MAIL_EXCERPT_MAX);
		g_string_truncate(out, start + keep);
		g_string_append(out, "\xE2\x80\xA6");
	}
}

/* ---- records ----------------------------------------------------------- */

static void iso_date(char *buf, size_t cap, const mail_record *r)
{
	buf[0] = '\0';
	if (!r->has_date)
		return;
	GDateTime *dt = g_date_time_new_from_unix_utc(r->date);
	if (!dt)
		return;
	char *s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
	g_strlcpy(buf, s ? s : "", cap);
	g_free(s);
	g_date_time_unref(dt);
}

static void json_key(GString *o, const char *key)
{
	g_string_append_printf(o, ",\"%s\":", key);
}

static void json_opt(GString *o, const char *key, const char *s, size_t n)
{
	json_key(o, key);
	if (s)
		mail_json_string(o, s, n);
	else
		g_string_append(o, "null");
}

static void json_field(GString *o, const char *key, const mail_record *r,
		       enum mail_field f)
{
	json_opt(o, key, r->s[f], r->n[f]);
}

static void json_categories(GString *o, uint32_t mask)
{
	g_string_append_c(o, '[');
	bool first = true;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		if (!(mask & (1u << c)))
			continue;
		if (!first)
			g_string_append_c(o, ',');
		g_string_append_printf(o, "\"%s\"", kalm_category_name((kalm_category)c));
		first = false;
	}
	g_string_append_c(o, ']');
}

static const char *yes(bool b)
{
	return b ? "true" : "false";
}

/* The warnings (MAIL_NOTE_SEP between them) as a JSON array. */
static void json_warnings(GString *o, const mail_record *r)
{
	json_key(o, "warnings");
	g_string_append_c(o, '[');
	const char *s = r->s[MAIL_WARNINGS];
	size_t n = s ? r->n[MAIL_WARNINGS] : 0, pos = 0;
	bool first = true;
	while (pos < n) {
		const char *sep = memchr(s + pos, MAIL_NOTE_SEP, n - pos);
		size_t end = sep ? (size_t)(sep - s) : n;
		if (!first)
			g_string_append_c(o, ',');
		mail_json_string(o, s + pos, end - pos);
		first = false;
		pos = sep ? end + 1 : n;
	}
	g_string_append_c(o, ']');
}

void mail_format_jsonl(GString *o, const mail_record *r, bool with_text)
{
	char date[32];
	iso_date(date, sizeof date, r);
	g_string_append(o, "{\"source\":");
	mail_json_string(o, r->s[MAIL_SOURCE] ? r->s[MAIL_SOURCE] : "",
			 r->s[MAIL_SOURCE] ? r->n[MAIL_SOURCE] : 0);
	json_key(o, "offset");
	if (r->offset >= 0)
		g_string_append_printf(o, "%lld", (long long)r->offset);
	else
		g_string_append(o, "null");
	json_field(o, "message_id", r, MAIL_MESSAGE_ID);
	json_field(o, "from", r, MAIL_FROM);
	json_field(o, "subject", r, MAIL_SUBJECT);
	json_opt(o, "date", date[0] ? date : NULL, strlen(date));
	g_string_append_printf(o, ",\"thread\":%u,\"status\":\"%s\"", r->thread,
			       r->scored ? "scored" : "unreadable");
	json_field(o, "error", r, MAIL_ERROR);
	json_warnings(o, r);
	if (r->scored) {
		g_string_append_printf(o, ",\"language\":\"%s\",\"score\":%.3f,\"abusive\":%s,"
				       "\"severity\":%d,\"categories\":",
				       kalm_lang_code(r->lang), r->score, yes(r->abusive),
				       r->severity);
		json_categories(o, r->categories);
		g_string_append_printf(o, ",\"action\":\"%s\"", kalm_action_name(r->action));
		json_opt(o, "reason", r->reason, r->reason ? strlen(r->reason) : 0);
	} else {
		g_string_append(o, ",\"language\":null,\"score\":null,\"abusive\":null,"
				   "\"severity\":null,\"categories\":[],\"action\":null,"
				   "\"reason\":null");
	}
	g_string_append_printf(o, ",\"quoted_lines\":%u,\"quoted_score\":%.3f,"
			       "\"quoted_abusive\":%s,\"quoted_categories\":",
			       r->quoted_lines, r->quoted_score, yes(r->quoted_abusive));
	json_categories(o, r->quoted_categories);
	g_string_append_printf(o, ",\"forwarded\":%s,\"signature\":%s,\"attachments\":%u",
			       yes(r->forwarded), yes(r->signature), r->attachments);
	json_opt(o, "excerpt", r->excerpt ? r->excerpt : "", r->excerpt ? r->excerpt_len : 0);
	if (with_text) {
		json_field(o, "text", r, MAIL_TEXT);
		json_field(o, "quoted", r, MAIL_QUOTED);
		json_field(o, "forwarded_text", r, MAIL_FORWARDED);
		json_field(o, "signature_text", r, MAIL_SIGNATURE);
	}
	g_string_append(o, "}\n");
}

const char mail_csv_header[] =
	"source,message_id,from,subject,date,thread,status,error,language,score,"
	"abusive,categories,action,reason,quoted_abusive,quoted_score,warnings,excerpt\n";

static void csv_str(GString *o, const char *s, size_t n)
{
	if (s)
		mail_csv_field(o, s, n);
	g_string_append_c(o, ',');
}

static void csv_field(GString *o, const mail_record *r, enum mail_field f)
{
	csv_str(o, r->s[f], r->n[f]);
}

void mail_format_csv(GString *o, const mail_record *r)
{
	char date[32];
	iso_date(date, sizeof date, r);
	bool ok = r->scored;
	csv_field(o, r, MAIL_SOURCE);
	csv_field(o, r, MAIL_MESSAGE_ID);
	csv_field(o, r, MAIL_FROM);
	csv_field(o, r, MAIL_SUBJECT);
	csv_str(o, date, strlen(date));
	g_string_append_printf(o, "%u,%s,", r->thread, ok ? "scored" : "unreadable");
	csv_field(o, r, MAIL_ERROR);
	if (ok)
		g_string_append_printf(o, "%s,%.3f,%s,", kalm_lang_code(r->lang), r->score,
				       yes(r->abusive));
	else
		g_string_append(o, ",,,");
	GString *cats = g_string_new(NULL);
	mail_categories(cats, r->categories, ";");
	csv_str(o, cats->str, cats->len);
	g_string_free(cats, TRUE);
	g_string_append_printf(o, "%s,%s,%s,%.3f,", ok ? kalm_action_name(r->action) : "",
			       ok && r->reason ? r->reason : "", yes(r->quoted_abusive),
			       r->quoted_score);
	/* One CSV field for all warnings, "; " between them. */
	GString *warnings = g_string_new(NULL);
	for (size_t i = 0; r->s[MAIL_WARNINGS] && i < r->n[MAIL_WARNINGS]; i++) {
		if (r->s[MAIL_WARNINGS][i] == MAIL_NOTE_SEP)
			g_string_append(warnings, "; ");
		else
			g_string_append_c(warnings, r->s[MAIL_WARNINGS][i]);
	}
	csv_str(o, warnings->str, warnings->len);
	g_string_free(warnings, TRUE);
	if (r->excerpt)
		mail_csv_field(o, r->excerpt, r->excerpt_len);
	g_string_append_c(o, '\n');
}

const char mail_table_header[] =
	"THREAD DATE             FROM                   LANG    SCORE ACTION         EXCERPT\n";

/* Append S padded or cut to WIDTH characters; control bytes become
 * spaces and invalid UTF-8 '?'. */
static void cell(GString *o, const char *s, size_t n, unsigned width)
{
	unsigned used = 0;
	size_t i = 0;
	if (!s)
		n = 0;
	while (i < n && used < width) {
		size_t k = mail_utf8_valid_seq((const unsigned char *)s + i, n - i);
		if (k == 0)
			g_string_append_c(o, '?');
		else if (k == 1 && ((unsigned char)s[i] < 0x20 || s[i] == 0x7F))
			g_string_append_c(o, ' ');
		else
			g_string_append_len(o, s + i, (gssize)k);
		i += k ? k : 1;
		used++;
	}
	if (i < n && used > 0) {
		/* Mark the cut with an ellipsis in the last column. */
		size_t back = o->len;
		do
			back--;
		while (back > 0 && ((unsigned char)o->str[back] & 0xC0) == 0x80);
		g_string_truncate(o, back);
		g_string_append(o, "\xE2\x80\xA6");
	}
	for (; used < width; used++)
		g_string_append_c(o, ' ');
}

static void cell_str(GString *o, const char *s, unsigned width)
{
	cell(o, s, strlen(s), width);
	g_string_append_c(o, ' ');
}

void mail_format_table(GString *o, const mail_record *r)
{
	char date[32], num[32];
	iso_date(date, sizeof date, r);
	if (date[0]) {
		date[10] = ' ';
		date[16] = '\0';
	}
	g_snprintf(num, sizeof num, "%u", r->thread);
	cell_str(o, num, 6);
	cell_str(o, date, 16);
	cell(o, r->s[MAIL_FROM], r->n[MAIL_FROM], 22);
	g_string_append_c(o, ' ');
	cell_str(o, r->scored ? kalm_lang_code(r->lang) : "-", 7);
	if (r->scored)
		g_snprintf(num, sizeof num, "%.2f%s", r->score, r->abusive ? "!" : "");
	else
		g_strlcpy(num, "-", sizeof num);
	cell_str(o, num, 5);
	cell_str(o, r->scored ? kalm_action_name(r->action) : "UNREADABLE", 14);
	if (r->scored)
		cell(o, r->excerpt, r->excerpt_len, 60);
	else
		cell(o, r->s[MAIL_ERROR], r->n[MAIL_ERROR], 60);
	while (o->len > 0 && o->str[o->len - 1] == ' ')
		g_string_truncate(o, o->len - 1);
	g_string_append_c(o, '\n');
}
