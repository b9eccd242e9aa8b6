/*
 * Separate what the customer wrote from what they quoted, forwarded or
 * signed, in English, Dutch, Afrikaans and Polish mail conventions.
 */
#include "kalm_mail.h"

#include <string.h>

typedef struct line {
	const char *s;
	size_t n;
} line;

enum mode { MODE_OWN, MODE_SIGNATURE, MODE_QUOTED, MODE_FORWARDED };

void mail_split_init(mail_split *s)
{
	s->own = g_string_new(NULL);
	s->quoted = g_string_new(NULL);
	s->forwarded = g_string_new(NULL);
	s->signature = g_string_new(NULL);
	s->quoted_lines = 0;
}

void mail_split_reset(mail_split *s)
{
	g_string_truncate(s->own, 0);
	g_string_truncate(s->quoted, 0);
	g_string_truncate(s->forwarded, 0);
	g_string_truncate(s->signature, 0);
	s->quoted_lines = 0;
}

void mail_split_clear(mail_split *s)
{
	g_string_free(s->own, TRUE);
	g_string_free(s->quoted, TRUE);
	g_string_free(s->forwarded, TRUE);
	g_string_free(s->signature, TRUE);
}

static bool is_blank_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Trim spaces, tabs and no-break spaces from both ends. */
static line trim(line l)
{
	for (;;) {
		if (l.n > 0 && is_blank_byte((unsigned char)l.s[0])) {
			l.s++;
			l.n--;
		} else if (l.n > 1 && (unsigned char)l.s[0] == 0xC2 &&
			   (unsigned char)l.s[1] == 0xA0) {
			l.s += 2;
			l.n -= 2;
		} else {
			break;
		}
	}
	for (;;) {
		if (l.n > 0 && is_blank_byte((unsigned char)l.s[l.n - 1])) {
			l.n--;
		} else if (l.n > 1 && (unsigned char)l.s[l.n - 2] == 0xC2 &&
			   (unsigned char)l.s[l.n - 1] == 0xA0) {
			l.n -= 2;
		} else {
			break;
		}
	}
	return l;
}

static bool is_quoted(line l)
{
	l = trim(l);
	return l.n > 0 && l.s[0] == '>';
}

static bool is_blank(line l)
{
	return trim(l).n == 0;
}

static bool starts_ci(line l, const char *prefix)
{
	size_t n = strlen(prefix);
	return l.n >= n && g_ascii_strncasecmp(l.s, prefix, n) == 0;
}

static bool ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* Lower-case copy (Unicode-aware, so "WIADOMOŚĆ" folds too). */
static char *lower(line l)
{
	if (!g_utf8_validate(l.s, (gssize)l.n, NULL))
		return g_ascii_strdown(l.s, (gssize)l.n);
	return g_utf8_strdown(l.s, (gssize)l.n);
}

/* The separator lines that start an original or forwarded message:
 * "-----Original Message-----", "---------- Forwarded message ---------"
 * and their translations.  Returns MODE_QUOTED, MODE_FORWARDED or
 * MODE_OWN (not a separator). */
static enum mode separator(line l)
{
	static const char *const original[] = {
		"original message", "oorspronkelijk bericht",
		"oorspronkelijke bericht", "origineel bericht",
		"oorspronklike boodskap", "oorspronklike e-pos",
		"oryginalna wiadomość", "wiadomość oryginalna",
		"oryginalna wiadomosc", "wiadomosc oryginalna", NULL};
	static const char *const forwarded[] = {
		"forwarded message", "doorgestuurd bericht",
		"doorgestuurde bericht", "doorgestuurd e-mailbericht",
		"aangestuurde boodskap", "deurgestuurde boodskap",
		"aangestuurde e-pos", "przekazana wiadomość",
		"wiadomość przekazana", "przekazana wiadomosc",
		"przesłana wiadomość", NULL};
	static const char *const begin[] = {
		"begin forwarded message:", "begin doorgestuurd bericht:",
		"doorgestuurd bericht:", "begin aangestuurde boodskap:",
		"początek przekazanej wiadomości:", NULL};

	l = trim(l);
	if (l.n < 10 || l.n > 120)
		return MODE_OWN;
	size_t dashes = 0;
	while (l.n > 0 && (l.s[0] == '-' || l.s[0] == '=' || l.s[0] == '_' ||
			   l.s[0] == ' ')) {
		dashes += l.s[0] != ' ';
		l.s++;
		l.n--;
	}
	while (l.n > 0 && (l.s[l.n - 1] == '-' || l.s[l.n - 1] == '=' ||
			   l.s[l.n - 1] == '_' || l.s[l.n - 1] == ' '))
		l.n--;
	char *low = lower(l);
	enum mode m = MODE_OWN;
	for (const char *const *p = begin; *p && m == MODE_OWN; p++)
		if (strcmp(low, *p) == 0)
			m = MODE_FORWARDED;
	if (dashes >= 2) {
		for (const char *const *p = original; *p && m == MODE_OWN; p++)
			if (strcmp(low, *p) == 0)
				m = MODE_QUOTED;
		for (const char *const *p = forwarded; *p && m == MODE_OWN; p++)
			if (strcmp(low, *p) == 0)
				m = MODE_FORWARDED;
	}
	g_free(low);
	return m;
}

/* A header line of a quoted Outlook/Exchange block, "From:" etc. */
static line header_key_line(line l)
{
	l = trim(l);
	while (l.n > 0 && (l.s[0] == '*' || l.s[0] == '_'))
		l.s++, l.n--;
	return l;
}

static bool is_from_key(line l)
{
	l = header_key_line(l);
	return starts_ci(l, "from:") || starts_ci(l, "van:") ||
	       starts_ci(l, "od:") || starts_ci(l, "von:");
}

static bool is_other_key(line l)
{
	static const char *const keys[] = {
		"sent:", "date:", "to:", "cc:", "subject:", "reply-to:",
		"verzonden:", "datum:", "aan:", "onderwerp:", "gestuur:",
		"wysłano:", "wyslano:", "do:", "temat:", "data:", "dw:",
		"kopie:", "kopieë:", "afsender:", NULL};
	l = header_key_line(l);
	for (const char *const *k = keys; *k; k++)
		if (starts_ci(l, *k))
			return true;
	return false;
}

/* "From: ...", then at least two more header lines within the next few:
 * the start of a quoted Outlook-style message. */
static bool header_block(const line *lines, size_t count, size_t i)
{
	if (!is_from_key(lines[i]))
		return false;
	unsigned keys = 0, seen = 0;
	/* A bounded look-ahead: blank runs must not make this quadratic. */
	for (size_t k = i + 1; k < count && seen < 8 && k < i + 40; k++) {
		if (is_blank(lines[k]))
			continue;
		seen++;
		if (is_other_key(lines[k]))
			keys++;
		else if (keys >= 2)
			break;
	}
	return keys >= 2;
}

static bool only_chars(line l, char c, size_t min)
{
	l = trim(l);
	if (l.n < min)
		return false;
	for (size_t i = 0; i < l.n; i++)
		if (l.s[i] != c)
			return false;
	return true;
}

/* Is TEXT a reply header ("On ... wrote:", "Op ... schreef ...:", "Op
 * ... het ... geskryf:", "W dniu ... pisze:", "... napisał(a):")?
 * STRONG: it also opens like one (or names an address), so it counts
 * even when the quote below it has no "> " marks. */
static bool attribution(const char *text, size_t n, bool *strong)
{
	static const char *const verbs[] = {
		" wrote:", " writes:", " schreef:", " geschreven:", " geskryf:",
		" skryf:", " pisze:", " napisał(a):", " napisał:", " napisała:",
		" napisal(a):", " napisal:", NULL};
	static const char *const intros[] = {
		"on ", "op ", "w dniu ", "dnia ", "am ", "pon., ", "wt., ",
		"śr., ", "czw., ", "pt., ", "sob., ", "niedz., ", NULL};

	*strong = false;
	line l = trim((line){text, n});
	if (l.n < 7 || l.n > 400 || l.s[l.n - 1] != ':')
		return false;
	char *low = lower(l);
	size_t ln = strlen(low);
	bool verb = false;
	for (const char *const *v = verbs; *v && !verb; v++)
		verb = ends_with(low, ln, *v);
	/* Dutch Gmail puts the sender after the verb: "schreef Jan <j@x>:" */
	if (!verb && ends_with(low, ln, ">:") && strstr(low, " schreef "))
		verb = true;
	/* A real header names an address, or opens like one and has a
	 * date: "On Monday I wrote:" alone is the customer talking. */
	bool address = memchr(low, '@', ln) != NULL, digit = false, intro = false;
	for (size_t k = 0; k < ln && !digit; k++)
		digit = g_ascii_isdigit(low[k]);
	for (const char *const *p = intros; *p && !intro; p++)
		intro = strncmp(low, *p, strlen(*p)) == 0;
	g_free(low);
	if (!verb)
		return false;
	*strong = address || (intro && digit);
	return *strong || l.n < 120;
}

/* Does L open like a reply header ("On ...", "Op ...", "W dniu ...")? */
static bool opens_attribution(line l)
{
	static const char *const intros[] = {"on ", "op ", "w dniu ", "dnia ", "am ", NULL};
	for (const char *const *p = intros; *p; p++)
		if (starts_ci(l, *p))
			return true;
	return false;
}

/* How many lines (0, 1 or 2) at I form a reply header. */
static size_t attribution_at(const line *lines, size_t count, size_t i,
			     bool *strong)
{
	if (attribution(lines[i].s, lines[i].n, strong))
		return 1;
	if (i + 1 >= count || is_blank(lines[i]) || is_blank(lines[i + 1]))
		return 0;
	line a = trim(lines[i]);
	if (a.n > 300 || a.s[a.n - 1] == ':' || a.s[0] == '>' || !opens_attribution(a))
		return 0;
	bool next_strong;
	if (attribution(lines[i + 1].s, lines[i + 1].n, &next_strong))
		return 0; /* the next line is a header on its own */
	GString *j = g_string_new_len(a.s, (gssize)a.n);
	line b = trim(lines[i + 1]);
	g_string_append_c(j, ' ');
	g_string_append_len(j, b.s, (gssize)b.n);
	bool ok = attribution(j->str, j->len, strong) && *strong;
	g_string_free(j, TRUE);
	return ok ? 2 : 0;
}

static size_t next_nonblank(const line *lines, size_t count, size_t i)
{
	while (i < count && is_blank(lines[i]))
		i++;
	return i;
}

static void put(GString *out, line l)
{
	g_string_append_len(out, l.s, (gssize)l.n);
	g_string_append_c(out, '\n');
}

static GString *bucket(mail_split *s, enum mode m)
{
	switch (m) {
	case MODE_SIGNATURE:
		return s->signature;
	case MODE_QUOTED:
		return s->quoted;
	case MODE_FORWARDED:
		return s->forwarded;
	case MODE_OWN:
		break;
	}
	return s->own;
}

/* Check line I for the start of dropped material; returns the number of
 * lines consumed (0: an ordinary line) and may switch *MODE to a tail. */
static size_t dropped_start(const line *lines, size_t count, size_t i,
			    mail_split *s, enum mode *mode)
{
	enum mode sep = separator(lines[i]);
	if (sep != MODE_OWN) {
		*mode = sep;
		put(bucket(s, sep), lines[i]);
		return 1;
	}
	bool block = header_block(lines, count, i);
	if (!block && only_chars(lines[i], '_', 8)) {
		/* Outlook draws a rule above the quoted header block. */
		size_t next = next_nonblank(lines, count, i + 1);
		block = next < count && header_block(lines, count, next);
	}
	if (block) {
		*mode = MODE_QUOTED;
		put(s->quoted, lines[i]);
		return 1;
	}
	bool strong;
	size_t n = attribution_at(lines, count, i, &strong);
	if (n == 0)
		return 0;
	size_t next = next_nonblank(lines, count, i + n);
	bool marked = next < count && is_quoted(lines[next]);
	if (!marked && !strong)
		return 0;
	for (size_t k = 0; k < n; k++)
		put(s->quoted, lines[i + k]);
	if (!marked)
		*mode = MODE_QUOTED; /* top-posted reply quoting without "> " */
	return n;
}

void mail_strip(const char *text, size_t len, mail_split *s)
{
	GArray *arr = g_array_new(FALSE, FALSE, sizeof(line));
	size_t pos = 0;
	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		line l = {text + pos, end - pos};
		g_array_append_val(arr, l);
		pos = end + 1;
	}
	const line *lines = (const line *)(void *)arr->data;
	size_t count = arr->len;
	enum mode mode = MODE_OWN;

	for (size_t i = 0; i < count; i++) {
		if (mode == MODE_QUOTED || mode == MODE_FORWARDED) {
			if (mode == MODE_QUOTED && !is_blank(lines[i]))
				s->quoted_lines++;
			put(bucket(s, mode), lines[i]);
			continue;
		}
		size_t used = dropped_start(lines, count, i, s, &mode);
		if (used > 0) {
			i += used - 1;
			continue;
		}
		if (is_quoted(lines[i])) {
			s->quoted_lines++;
			put(s->quoted, lines[i]);
			continue;
		}
		if (mode == MODE_OWN && lines[i].n >= 2 && lines[i].n <= 3 &&
		    memcmp(lines[i].s, "--", 2) == 0 &&
		    (lines[i].n == 2 || lines[i].s[2] == ' ')) {
			mode = MODE_SIGNATURE;
			put(s->signature, lines[i]);
			continue;
		}
		put(bucket(s, mode), lines[i]);
	}
	/* No trailing blank lines in the customer's text. */
	while (s->own->len > 0 && (s->own->str[s->own->len - 1] == '\n' ||
				   is_blank_byte((unsigned char)s->own->str[s->own->len - 1])))
		g_string_truncate(s->own, s->own->len - 1);
	g_array_free(arr, TRUE);
}

void mail_judged_text(GString *out, const char *subject, const GString *own)
{
	if (!mail_subject_inherited(subject)) {
		g_string_append(out, subject);
		if (own->len > 0)
			g_string_append(out, "\n\n");
	}
	g_string_append_len(out, own->str, (gssize)own->len);
}
