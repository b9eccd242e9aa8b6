/*
 * kalm chat: follow conversations message by message and print what the
 * agent should do next.
 *
 * Input: JSON lines {"conversation": "id", "seconds": N, "text": "...",
 * "lang": "xx"} (only "text" required; conversations may be interleaved).
 * Output: one JSON line per input line, in order.  On a terminal, plain
 * lines are messages too, and the output is readable text.
 */
#include "cli.h"
#include "jsonin.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage[] =
	"usage: kalm chat [--lang xx] [--policy FILE] [--incidents FILE] [--model PATH]\n"
	"  reads JSON lines {\"conversation\": \"id\", \"seconds\": N, \"text\": \"...\", \"lang\": \"xx\"}\n"
	"  (only text required; seconds is Unix time, by default the conversation's\n"
	"  previous time, 0 for its first message; conversation defaults to\n"
	"  \"default\"; a lang other than nl, af, pl or en counts as not given) and\n"
	"  writes one decision per line, blank lines skipped; --incidents writes each\n"
	"  conversation's incident record (one JSON per line) at the end (\"-\" for\n"
	"  standard output), also when a line stops the run with an error\n";

#define DEFAULT_CONVERSATION "default"

/* One conversation, found by id through an open-addressing table. */
typedef struct convo {
	kalm_session *session;
	int64_t last_seconds;
	uint64_t hash;
} convo;

typedef struct chat {
	const kalm_model *model;
	const kalm_policy *policy;
	kalm_scratch *scratch; /* shared by every session */
	kalm_lang lang;        /* --lang */
	bool readable;         /* print for a person rather than a program */
	bool plain_input;      /* lines not starting with '{' are messages */
	convo *convos;         /* in order of first appearance */
	size_t count, cap;
	size_t *slots;         /* index + 1 into convos; 0 = empty */
	size_t slot_count;
} chat;

static uint64_t hash_bytes(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static int rehash(chat *c, size_t slot_count)
{
	size_t *slots = calloc(slot_count, sizeof *slots);
	if (!slots)
		return -1;
	for (size_t i = 0; i < c->count; i++) {
		size_t k = c->convos[i].hash & (slot_count - 1);
		while (slots[k])
			k = (k + 1) & (slot_count - 1);
		slots[k] = i + 1;
	}
	free(c->slots);
	c->slots = slots;
	c->slot_count = slot_count;
	return 0;
}

/* The conversation with ID, created on first sight; NULL on error. */
static convo *find_convo(chat *c, const char *id, size_t len)
{
	uint64_t h = hash_bytes(id, len);
	if (c->slot_count) {
		size_t k = h & (c->slot_count - 1);
		while (c->slots[k]) {
			convo *v = &c->convos[c->slots[k] - 1];
			size_t vlen;
			const char *vid = kalm_session_conversation(v->session,
								    &vlen);
			if (v->hash == h && vlen == len &&
			    memcmp(vid, id, len) == 0)
				return v;
			k = (k + 1) & (c->slot_count - 1);
		}
	}
	if ((c->count + 1) * 2 > c->slot_count &&
	    rehash(c, c->slot_count ? c->slot_count * 2 : 64) != 0)
		return NULL;
	if (c->count == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		convo *d = realloc(c->convos, cap * sizeof *d);
		if (!d)
			return NULL;
		c->convos = d;
		c->cap = cap;
	}
	kalm_error err;
	convo *v = &c->convos[c->count];
	memset(v, 0, sizeof *v);
	if (kalm_session_new(c->model, c->policy, id, len, &v->session, &err) !=
	    KALM_OK) {
		fprintf(stderr, "kalm chat: %s\n", err.message);
		return NULL;
	}
	v->hash = h;
	size_t k = h & (c->slot_count - 1);
	while (c->slots[k])
		k = (k + 1) & (c->slot_count - 1);
	c->slots[k] = ++c->count;
	return v;
}

static void print_json(const chat *c, const convo *v, const kalm_decision *d)
{
	size_t idlen;
	const char *id = kalm_session_conversation(v->session, &idlen);
	(void)c;
	fputs("{\"conversation\": ", stdout);
	cli_json_string(stdout, id, idlen);
	printf(", \"action\": \"%s\", \"rule\": \"%s\", \"reason\": ",
	       kalm_action_name(d->action), kalm_reason_name(d->reason));
	cli_json_string(stdout, d->reason_text, strlen(d->reason_text));
	fputs(", \"reply\": ", stdout);
	cli_json_string(stdout, d->reply, d->reply_len);
	printf(", \"lang\": \"%s\", \"score\": %.4f, \"severity\": %d, "
	       "\"abusive\": %s, \"level\": \"%s\"}\n",
	       kalm_lang_code(d->reply_lang), d->score, d->severity,
	       d->abusive ? "true" : "false", kalm_action_name(d->level));
}

static void print_readable(const convo *v, const kalm_decision *d)
{
	size_t idlen;
	const char *id = kalm_session_conversation(v->session, &idlen);
	/* An id is the customer's data: keep terminal controls out. */
	putchar('[');
	for (size_t i = 0; i < idlen; i++)
		putchar((unsigned char)id[i] < 0x20 || id[i] == 0x7F ? '?'
								    : id[i]);
	printf("] %s  (score %.2f, %s)\n  why:   %s\n  reply: %.*s\n",
	       kalm_action_name(d->action), d->score,
	       kalm_lang_code(d->reply_lang), d->reason_text,
	       (int)d->reply_len, d->reply);
}

/* Read one input line into conversation id, seconds, text and language. */
typedef struct line_in {
	const char *id;
	size_t id_len;
	bool has_seconds;
	int64_t seconds;
	const char *text;
	size_t len;
	kalm_lang lang;
} line_in;

static int read_json_line(jsonin_object *obj, const char *buf, size_t len,
			  line_in *in, char *msg, size_t cap)
{
	if (jsonin_parse(buf, len, obj, msg, cap) != 0)
		return -1;
	const jsonin_member *m = jsonin_get(obj, "text");
	if (!m || m->type != JSONIN_STRING) {
		snprintf(msg, cap, "\"text\" must be a string");
		return -1;
	}
	in->text = m->str;
	in->len = m->len;
	m = jsonin_get(obj, "conversation");
	if (m && m->type != JSONIN_STRING && m->type != JSONIN_NULL) {
		snprintf(msg, cap, "\"conversation\" must be a string");
		return -1;
	}
	if (m && m->type == JSONIN_STRING) {
		in->id = m->str;
		in->id_len = m->len;
	}
	m = jsonin_get(obj, "seconds");
	if (m && m->type != JSONIN_NUMBER && m->type != JSONIN_NULL) {
		snprintf(msg, cap, "\"seconds\" must be a number");
		return -1;
	}
	if (m && m->type == JSONIN_NUMBER) {
		/* Unix time; years 1..9999 are more than any helpdesk needs. */
		if (!(fabs(m->number) < 3e11)) {
			snprintf(msg, cap, "\"seconds\" out of range");
			return -1;
		}
		in->seconds = (int64_t)floor(m->number);
		in->has_seconds = true;
	}
	m = jsonin_get(obj, "lang");
	if (m && m->type != JSONIN_STRING && m->type != JSONIN_NULL) {
		snprintf(msg, cap, "\"lang\" must be a string");
		return -1;
	}
	if (m && m->type == JSONIN_STRING && strlen(m->str) == m->len)
		in->lang = kalm_lang_from_code(m->str);
	return 0;
}

static bool blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

static int handle_line(chat *c, jsonin_object *obj, const char *buf,
		       size_t len, unsigned long lineno)
{
	line_in in;
	memset(&in, 0, sizeof in);
	in.id = DEFAULT_CONVERSATION;
	in.id_len = strlen(DEFAULT_CONVERSATION);
	size_t lead = 0;
	while (lead < len && (buf[lead] == ' ' || buf[lead] == '\t'))
		lead++;
	if (c->plain_input && (lead == len || buf[lead] != '{')) {
		in.text = buf;
		in.len = len;
		in.seconds = (int64_t)time(NULL);
		in.has_seconds = true;
	} else {
		char msg[160];
		if (read_json_line(obj, buf, len, &in, msg, sizeof msg) != 0) {
			fprintf(stderr, "kalm chat: line %lu: %s\n", lineno, msg);
			return CLI_DATA;
		}
	}
	if (in.lang == KALM_LANG_UNKNOWN)
		in.lang = c->lang;
	convo *v = find_convo(c, in.id, in.id_len);
	if (!v) {
		fprintf(stderr, "kalm chat: line %lu: cannot start a session\n",
			lineno);
		return CLI_DATA;
	}
	/* Without a time, a message comes right after the previous one. */
	int64_t seconds = in.has_seconds ? in.seconds : v->last_seconds;
	v->last_seconds = seconds;
	kalm_message msg;
	memset(&msg, 0, sizeof msg);
	msg.size = sizeof msg;
	msg.text = in.text;
	msg.len = in.len;
	msg.seconds = seconds;
	msg.lang = in.lang;
	msg.scratch = c->scratch;
	kalm_decision d;
	memset(&d, 0, sizeof d);
	d.size = sizeof d;
	kalm_error err;
	if (kalm_session_feed(v->session, &msg, &d, &err) != KALM_OK) {
		fprintf(stderr, "kalm chat: line %lu: %s\n", lineno, err.message);
		return CLI_DATA;
	}
	if (c->readable)
		print_readable(v, &d);
	else
		print_json(c, v, &d);
	fflush(stdout);
	return CLI_OK;
}

static int write_incidents(const chat *c, const char *path)
{
	bool to_stdout = strcmp(path, "-") == 0;
	FILE *f = to_stdout ? stdout : fopen(path, "w");
	if (!f) {
		perror(path);
		return CLI_DATA;
	}
	int rc = CLI_OK;
	for (size_t i = 0; i < c->count && rc == CLI_OK; i++) {
		char *json;
		size_t len;
		kalm_error err;
		if (kalm_session_incident_json(c->convos[i].session, &json, &len,
					       &err) != KALM_OK) {
			fprintf(stderr, "kalm chat: %s\n", err.message);
			rc = CLI_DATA;
			break;
		}
		fwrite(json, 1, len, f);
		fputc('\n', f);
		kalm_free(json);
	}
	if (ferror(f) || (!to_stdout && fclose(f) != 0)) {
		fprintf(stderr, "kalm chat: cannot write %s\n", path);
		rc = CLI_DATA;
	}
	return rc;
}

static void chat_free(chat *c)
{
	for (size_t i = 0; i < c->count; i++)
		kalm_session_free(c->convos[i].session);
	free(c->convos);
	free(c->slots);
	kalm_scratch_free(c->scratch);
}

typedef struct options {
	const char *lang;
	const char *policy;
	const char *incidents;
	const char *model;
} options;

static int parse_options(int argc, char **argv, options *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
			return -1;
		if (!cli_option(argc, argv, &i, "--lang", &o->lang) &&
		    !cli_option(argc, argv, &i, "--policy", &o->policy) &&
		    !cli_option(argc, argv, &i, "--incidents", &o->incidents) &&
		    !cli_option(argc, argv, &i, "--model", &o->model)) {
			fprintf(stderr, "kalm chat: unknown or incomplete option '%s'\n\n%s",
				a, usage);
			return CLI_USAGE;
		}
	}
	if (o->lang && kalm_lang_from_code(o->lang) == KALM_LANG_UNKNOWN) {
		fprintf(stderr, "kalm chat: unknown language %s (nl, af, pl, en)\n",
			o->lang);
		return CLI_USAGE;
	}
	return 0;
}

int kalm_cmd_chat(int argc, char **argv)
{
	options o = {0};
	int rc = parse_options(argc, argv, &o);
	if (rc != 0)
		return rc < 0 ? cli_usage_out("chat", usage) : rc;
	chat c;
	memset(&c, 0, sizeof c);
	c.lang = o.lang ? kalm_lang_from_code(o.lang) : KALM_LANG_UNKNOWN;
	c.plain_input = isatty(STDIN_FILENO);
	c.readable = isatty(STDOUT_FILENO);
	kalm_model *model = cli_open_model(o.model);
	if (!model)
		return CLI_DATA;
	kalm_policy *policy = NULL;
	kalm_error err;
	kalm_status st = o.policy ? kalm_policy_load(o.policy, &policy, &err)
				  : kalm_policy_new(&policy, &err);
	if (st != KALM_OK) {
		if (err.line)
			fprintf(stderr, "%s:%u:%u: %s\n", err.file, err.line,
				err.column, err.message);
		else if (st == KALM_ERR_IO) /* the message names the file */
			fprintf(stderr, "kalm chat: %s\n", err.message);
		else
			fprintf(stderr, "kalm chat: %s%s%s\n", err.file,
				err.file[0] ? ": " : "", err.message);
		kalm_model_free(model);
		return CLI_DATA;
	}
	c.model = model;
	c.policy = policy;
	if (kalm_scratch_new(&c.scratch) != KALM_OK) {
		fprintf(stderr, "kalm chat: out of memory\n");
		rc = CLI_DATA;
		goto out;
	}
	jsonin_object obj = {0};
	cli_lines in;
	cli_lines_init(&in, stdin);
	char *buf;
	long len;
	unsigned long lineno = 0;
	if (c.plain_input && c.readable)
		fputs("kalm chat: type the customer's messages (Ctrl-D ends)\n",
		      stderr);
	while (rc == CLI_OK && (len = cli_lines_next(&in, &buf)) >= 0) {
		lineno++;
		/* a byte order mark some editors put first */
		if (lineno == 1 && len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
			buf += 3;
			len -= 3;
		}
		if (blank(buf, (size_t)len))
			continue;
		rc = handle_line(&c, &obj, buf, (size_t)len, lineno);
	}
	if (rc == CLI_OK)
		rc = cli_lines_check(&in, len, "chat", NULL);
	cli_lines_free(&in);
	jsonin_free(&obj);
	/* the records of the conversations followed so far, whatever
	 * stopped the run */
	if (o.incidents && write_incidents(&c, o.incidents) != CLI_OK)
		rc = CLI_DATA;
	if (cli_output_check("chat") != CLI_OK)
		rc = CLI_DATA;
out:
	chat_free(&c);
	kalm_policy_free(policy);
	kalm_model_free(model);
	return rc;
}
