/* Helpers shared by the kalm subcommands. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

void cli_json_string(FILE *out, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	putc('"', out);
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		if (c == '"' || c == '\\') {
			putc('\\', out);
			putc(c, out);
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			switch (c) {
			case '\n': fputs("\\n", out); break;
			case '\r': fputs("\\r", out); break;
			case '\t': fputs("\\t", out); break;
			default: fprintf(out, "\\u%04x", c); break;
			}
			i++;
		} else if (c < 0x80) {
			putc(c, out);
			i++;
		} else {
			/* copy a valid UTF-8 sequence, else U+FFFD */
			size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
			bool ok = n && c <= 0xF4 && i + n <= len;
			for (size_t k = 1; ok && k < n; k++)
				ok = (s[i + k] & 0xC0) == 0x80;
			if (ok && n == 3)
				ok = !(c == 0xE0 && s[i + 1] < 0xA0) &&
				     !(c == 0xED && s[i + 1] >= 0xA0);
			if (ok && n == 4)
				ok = !(c == 0xF0 && s[i + 1] < 0x90) &&
				     !(c == 0xF4 && s[i + 1] >= 0x90);
			if (ok) {
				fwrite(s + i, 1, n, out);
				i += n;
			} else {
				fputs("\xEF\xBF\xBD", out);
				i++;
			}
		}
	}
	putc('"', out);
}

long cli_read_line(FILE *in, char **buf, size_t *cap)
{
	size_t len = 0;
	int c;
	while ((c = getc(in)) != EOF) {
		if (len + 2 > *cap) {
			size_t ncap = *cap ? *cap * 2 : 256;
			char *p = realloc(*buf, ncap);
			if (!p)
				return -2;
			*buf = p;
			*cap = ncap;
		}
		if (c == '\n')
			break;
		(*buf)[len++] = (char)c;
	}
	if (c == EOF && len == 0)
		return -1;
	if (len && (*buf)[len - 1] == '\r')
		len--;
	if (*buf)
		(*buf)[len] = '\0';
	return (long)len;
}

kalm_model *cli_open_model(const char *dir)
{
	kalm_model *m = NULL;
	kalm_error err = {0};
	kalm_status rc = dir ? kalm_model_load(dir, &m, &err)
			     : kalm_model_new_default(&m, &err);
	if (rc != KALM_OK) {
		fprintf(stderr, "kalm: %s\n", err.message[0] ? err.message
							  : kalm_status_str(rc));
		return NULL;
	}
	return m;
}

void cli_verdict_json(FILE *out, const kalm_model *model,
		      const kalm_verdict *v, const char *text, size_t len)
{
	double conf;
	kalm_lang guess = kalm_verdict_language_guess(v, &conf);
	fprintf(out, "{\"score\": %.3f, \"abusive\": %s, \"severity\": %d, "
		     "\"targeted\": %s, \"language\": \"%s\", "
		     "\"language_guess\": \"%s\", \"confidence\": %.3f, "
		     "\"categories\": {",
		kalm_verdict_score(v), kalm_verdict_abusive(v) ? "true" : "false",
		kalm_verdict_severity(v), kalm_verdict_targeted(v) ? "true" : "false",
		kalm_lang_code(kalm_verdict_language(v)), kalm_lang_code(guess),
		conf);
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		fprintf(out, "%s\"%s\": %.3f", c ? ", " : "",
			kalm_category_name((kalm_category)c),
			kalm_verdict_category(v, (kalm_category)c));
	fputs("}, \"matches\": [", out);
	size_t n = kalm_verdict_match_count(v);
	for (size_t i = 0; i < n; i++) {
		kalm_match m;
		kalm_entry_info info;
		kalm_verdict_match(v, i, &m);
		bool known = kalm_model_entry(model, m.entry, &info) == KALM_OK;
		fprintf(out, "%s{\"category\": \"%s\", \"severity\": %d, "
			     "\"targeted\": %s, \"negated\": %s, \"counted\": %s, "
			     "\"start\": %zu, \"end\": %zu, \"text\": ",
			i ? ", " : "", kalm_category_name(m.category), m.severity,
			m.targeted ? "true" : "false", m.negated ? "true" : "false",
			m.counted ? "true" : "false", m.start, m.end);
		cli_json_string(out, text + m.start,
				m.end <= len && m.start <= m.end ? m.end - m.start : 0);
		if (known) {
			fputs(", \"entry\": ", out);
			cli_json_string(out, info.term, strlen(info.term));
			fprintf(out, ", \"source\": \"%s:%u\"", info.source, info.line);
		}
		putc('}', out);
	}
	fputs("]}", out);
}
