/* HTML bodies to plain text: good enough for scoring, never a renderer. */
#include "kalm_mail.h"

#include <string.h>

typedef struct html_state {
	GString *out;
	unsigned quote;   /* blockquote depth */
	bool line_start;  /* nothing written on the current line yet */
	bool space;       /* a space is pending before the next word */
	unsigned pre;     /* inside <pre> */
	bool recovered;   /* broken markup was read past to keep text */
} html_state;

typedef struct entity {
	const char *name;
	uint32_t cp;
} entity;

/* The named entities that turn up in mail; others are kept as written. */
static const entity entities[] = {
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", ' '}, {"ensp", ' '}, {"emsp", ' '}, {"thinsp", ' '},
	{"shy", 0xAD}, {"zwnj", 0x200C}, {"zwj", 0x200D},
	{"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"euro", 0x20AC},
	{"pound", 0xA3}, {"hellip", 0x2026}, {"mdash", 0x2014},
	{"ndash", 0x2013}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
	{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"sbquo", 0x201A},
	{"bdquo", 0x201E}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"bull", 0x2022},
	{"middot", 0xB7}, {"deg", 0xB0}, {"times", 0xD7},
	{"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Auml", 0xC4},
	{"Aring", 0xC5}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
	{"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Iuml", 0xCF}, {"Ntilde", 0xD1},
	{"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ouml", 0xD6}, {"Oslash", 0xD8},
	{"Uacute", 0xDA}, {"Uuml", 0xDC}, {"szlig", 0xDF},
	{"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"auml", 0xE4},
	{"aring", 0xE5}, {"ccedil", 0xE7}, {"egrave", 0xE8}, {"eacute", 0xE9},
	{"ecirc", 0xEA}, {"euml", 0xEB}, {"iacute", 0xED}, {"icirc", 0xEE},
	{"iuml", 0xEF}, {"ntilde", 0xF1}, {"oacute", 0xF3}, {"ocirc", 0xF4},
	{"ouml", 0xF6}, {"oslash", 0xF8}, {"uacute", 0xFA}, {"ucirc", 0xFB},
	{"uuml", 0xFC}, {"yuml", 0xFF},
};

static void put_prefix(html_state *st)
{
	if (!st->line_start)
		return;
	for (unsigned i = 0; i < st->quote; i++)
		g_string_append_c(st->out, '>');
	if (st->quote > 0)
		g_string_append_c(st->out, ' ');
	st->line_start = false;
}

static void newline(html_state *st)
{
	/* Consecutive block boundaries make one line break. */
	if (!st->line_start)
		g_string_append_c(st->out, '\n');
	st->line_start = true;
	st->space = false;
}

static void put_text(html_state *st, const char *s, size_t n)
{
	put_prefix(st);
	if (st->space) {
		g_string_append_c(st->out, ' ');
		st->space = false;
	}
	g_string_append_len(st->out, s, (gssize)n);
}

static void put_cp(html_state *st, uint32_t cp)
{
	if (cp == ' ' && !st->pre) {
		if (!st->line_start)
			st->space = true;
		return;
	}
	put_prefix(st);
	if (st->space) {
		g_string_append_c(st->out, ' ');
		st->space = false;
	}
	mail_utf8_put(st->out, cp);
}

/* Decode the entity at S (after '&'); returns bytes used or 0. */
static size_t entity_at(const char *s, size_t len, uint32_t *cp)
{
	if (len > 1 && s[0] == '#') {
		size_t i = 1;
		uint32_t v = 0;
		bool hex = i < len && (s[i] == 'x' || s[i] == 'X');
		if (hex)
			i++;
		size_t digits = 0;
		while (i < len && digits < 8) {
			int d = hex ? g_ascii_xdigit_value(s[i]) : g_ascii_digit_value(s[i]);
			if (d < 0)
				break;
			v = v * (hex ? 16u : 10u) + (uint32_t)d;
			i++;
			digits++;
		}
		if (digits == 0)
			return 0;
		if (i < len && s[i] == ';')
			i++;
		*cp = v;
		return i;
	}
	size_t n = 0;
	while (n < len && n < 10 && g_ascii_isalnum(s[n]))
		n++;
	if (n == 0)
		return 0;
	for (size_t k = 0; k < G_N_ELEMENTS(entities); k++) {
		if (strlen(entities[k].name) == n &&
		    memcmp(entities[k].name, s, n) == 0) {
			*cp = entities[k].cp;
			return n < len && s[n] == ';' ? n + 1 : n;
		}
	}
	return 0;
}

static bool tag_is(const char *name, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(name, *set) == 0)
			return true;
	return false;
}

#define NOT_FOUND ((size_t)-1)

/* The position of the first '<' + LEAD + NAME (case-insensitive) at or
 * after POS, or NOT_FOUND. */
static size_t find_tag(const char *s, size_t len, size_t pos, const char *lead,
		       const char *name)
{
	size_t l = strlen(lead), n = strlen(name);
	while (pos < len) {
		const char *lt = memchr(s + pos, '<', len - pos);
		if (!lt)
			return NOT_FOUND;
		size_t i = (size_t)(lt - s);
		if (i + 1 + l + n <= len && memcmp(s + i + 1, lead, l) == 0 &&
		    g_ascii_strncasecmp(s + i + 1 + l, name, n) == 0)
			return i;
		pos = i + 1;
	}
	return NOT_FOUND;
}

/* Just past the "</NAME ...>" that closes a raw-text element, or
 * NOT_FOUND.  <head> also ends where <body> starts, as in browsers. */
static size_t skip_raw(const char *s, size_t len, size_t pos, const char *name)
{
	size_t end = find_tag(s, len, pos, "/", name);
	if (strcmp(name, "head") == 0) {
		size_t body = find_tag(s, len, pos, "", "body");
		if (body != NOT_FOUND && (end == NOT_FOUND || body < end))
			return body; /* <body> itself is read next */
	}
	if (end == NOT_FOUND)
		return NOT_FOUND;
	const char *gt = memchr(s + end, '>', len - end);
	return gt ? (size_t)(gt - s) + 1 : len;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The end of a quoted attribute value opening at S[I]: just past its
 * closing quote.  A quote that is never closed, or whose value runs over
 * a '>' into more markup ("<p title='dont>text</p>..."), is taken to end
 * at that '>', which is returned, and *RECOVERED is set: browsers would
 * swallow the text. */
static size_t quoted_value_end(const char *s, size_t len, size_t i, bool *recovered)
{
	const char *close = memchr(s + i + 1, s[i], len - i - 1);
	const char *gt = memchr(s + i + 1, '>', len - i - 1);
	if (close && (!gt || gt > close || !memchr(gt, '<', (size_t)(close - gt))))
		return (size_t)(close - s) + 1;
	*recovered = true;
	return gt ? (size_t)(gt - s) : len;
}

/* The position of the '>' ending a tag whose attributes start at S[I], or
 * LEN.  As in HTML5, a quote opens a value only after '=': in
 * "<p title='don't'>" the value is "don" and "t'" is a stray name. */
static size_t tag_end(const char *s, size_t len, size_t i, bool *recovered)
{
	while (i < len && s[i] != '>') {
		if (is_space(s[i]) || s[i] == '/') {
			i++;
			continue;
		}
		/* An attribute name (which may start with '='). */
		i++;
		while (i < len && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
			i++;
		while (i < len && is_space(s[i]))
			i++;
		if (i >= len || s[i] != '=')
			continue;
		i++;
		while (i < len && is_space(s[i]))
			i++;
		if (i < len && (s[i] == '"' || s[i] == '\'')) {
			i = quoted_value_end(s, len, i, recovered);
		} else {
			while (i < len && !is_space(s[i]) && s[i] != '>')
				i++;
		}
	}
	return i;
}

/* Parse the tag at S[POS] == '<'; returns the position after it. */
static size_t do_tag(html_state *st, const char *s, size_t len, size_t pos)
{
	static const char *const raw[] = {"script", "style", "head", "title",
					  "noscript", "template", "xml", NULL};
	static const char *const block[] = {
		"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
		"h3", "h4", "h5", "h6", "hr", "pre", "section", "article",
		"header", "footer", "address", "dl", "dt", "dd", "center",
		"form", "fieldset", "tbody", "thead", NULL};

	if (pos + 3 < len && memcmp(s + pos, "<!--", 4) == 0) {
		const char *end = g_strstr_len(s + pos + 4, (gssize)(len - pos - 4), "-->");
		if (end)
			return (size_t)(end - s) + 3;
		/* Never closed: browsers would hide the rest of the document. */
		st->recovered = true;
		const char *gt = memchr(s + pos + 4, '>', len - pos - 4);
		return gt ? (size_t)(gt - s) + 1 : pos + 4;
	}
	size_t i = pos + 1;
	bool closing = i < len && s[i] == '/';
	if (closing)
		i++;
	char name[16];
	size_t n = 0;
	while (i < len && (g_ascii_isalnum(s[i]) || s[i] == ':') && n + 1 < sizeof name)
		name[n++] = g_ascii_tolower(s[i++]);
	name[n] = '\0';
	if (n == 0 && !(i < len && (s[i] == '!' || s[i] == '?'))) {
		/* A lone '<' in text. */
		put_text(st, "<", 1);
		return pos + 1;
	}
	i = tag_end(s, len, i, &st->recovered);
	size_t after = i < len ? i + 1 : len;

	if (!closing && tag_is(name, raw)) {
		size_t end = skip_raw(s, len, after, name);
		if (end != NOT_FOUND)
			return end;
		/* Not closed: only the tag is dropped, the text after it is
		 * read, so a lost </head> does not take the body with it. */
		st->recovered = true;
		return after;
	}
	if (strcmp(name, "blockquote") == 0) {
		newline(st);
		if (closing) {
			if (st->quote > 0)
				st->quote--;
		} else if (st->quote < 32) {
			st->quote++;
		}
		return after;
	}
	if (strcmp(name, "pre") == 0) {
		if (closing && st->pre > 0)
			st->pre--;
		else if (!closing)
			st->pre++;
	}
	if (tag_is(name, block)) {
		newline(st);
		if (!closing && strcmp(name, "li") == 0)
			put_text(st, "- ", 2);
	} else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
		if (!st->line_start)
			st->space = true;
	}
	return after;
}

void mail_html_to_text(const char *html, size_t len, GString *out, GString *warnings)
{
	html_state st = {.out = out, .line_start = true};
	size_t pos = 0;

	while (pos < len) {
		unsigned char c = (unsigned char)html[pos];
		if (c == '<') {
			pos = do_tag(&st, html, len, pos);
			continue;
		}
		if (c == '&') {
			uint32_t cp;
			size_t used = entity_at(html + pos + 1, len - pos - 1, &cp);
			if (used > 0) {
				if (cp == 0xA0)
					cp = ' ';
				if (cp != 0xAD && cp != 0x200C && cp != 0x200D)
					put_cp(&st, cp);
				pos += 1 + used;
				continue;
			}
			put_text(&st, "&", 1); /* a bare ampersand */
			pos++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			if (st.pre && c == '\n')
				newline(&st);
			else if (st.pre)
				put_text(&st, html + pos, 1);
			else if (!st.line_start)
				st.space = true;
			pos++;
			continue;
		}
		size_t run = pos;
		while (run < len && html[run] != '<' && html[run] != '&' &&
		       html[run] != ' ' && html[run] != '\t' && html[run] != '\n' &&
		       html[run] != '\r' && html[run] != '\f')
			run++;
		put_text(&st, html + pos, run - pos);
		pos = run;
	}
	if (!st.line_start)
		g_string_append_c(out, '\n');
	if (st.recovered)
		mail_note(warnings, "broken HTML (an unclosed element, comment or quote) read past");
}

/* ---- text/enriched ---------------------------------------------------- */

/* Is IN[AT..LEN) "</param>", in any case? */
static bool param_closes_at(const char *in, size_t len, size_t at)
{
	return len - at >= 8 && g_ascii_strncasecmp(in + at, "</param>", 8) == 0;
}

/* Does a "</param>" follow IN[FROM..LEN)? */
static bool param_closed(const char *in, size_t len, size_t from)
{
	for (size_t i = from; i < len; i++)
		if (in[i] == '<' && param_closes_at(in, len, i))
			return true;
	return false;
}

/* The name of the command at IN[AT] ('<'): its first byte in *NAME, its
 * length in *N, a closing one in *CLOSE; returns where it ends (after
 * '>'), or AT when no command starts there.  Names are at most 60
 * letters, digits and hyphens (RFC 1896). */
static size_t enriched_command(const char *in, size_t len, size_t at,
			       size_t *name, size_t *n, bool *close)
{
	size_t j = at + 1;
	*close = j < len && in[j] == '/';
	j += *close;
	*name = j;
	while (j < len && j - *name <= 60 &&
	       (g_ascii_isalnum(in[j]) || in[j] == '-'))
		j++;
	*n = j - *name;
	if (*n == 0 || *n > 60 || j >= len || in[j] != '>')
		return at;
	return j + 1;
}

void mail_enriched_to_text(const char *in, size_t len, bool richtext,
			   GString *out)
{
	bool param = false;
	unsigned nofill = 0;
	for (size_t i = 0; i < len;) {
		char c = in[i];
		if (c == '<' && !richtext && i + 1 < len && in[i + 1] == '<') {
			if (!param)
				g_string_append_c(out, '<');
			i += 2;
			continue;
		}
		size_t name, n;
		bool close;
		size_t end = c == '<' ? enriched_command(in, len, i, &name, &n, &close)
				      : i;
		if (end > i) {
#define IS(word) (n == sizeof(word) - 1 && \
		  g_ascii_strncasecmp(in + name, word, n) == 0)
			if (IS("param"))
				param = !close && param_closed(in, len, end);
			else if (IS("nofill"))
				nofill = close ? (nofill ? nofill - 1 : 0) : nofill + 1;
			else if (richtext && !close && IS("lt") && !param)
				g_string_append_c(out, '<');
			else if (richtext && !close && IS("nl") && !param)
				g_string_append_c(out, '\n');
#undef IS
			i = end;
			continue;
		}
		if (c == '\n' && !nofill) {
			size_t j = i;
			while (j < len && in[j] == '\n')
				j++;
			if (!param) {
				if (richtext || j - i == 1)
					g_string_append_c(out, ' ');
				for (size_t k = i + 1; !richtext && k < j; k++)
					g_string_append_c(out, '\n');
			}
			i = j;
			continue;
		}
		if (!param)
			g_string_append_c(out, c);
		i++;
	}
	if (out->len > 0 && out->str[out->len - 1] != '\n')
		g_string_append_c(out, '\n');
}

