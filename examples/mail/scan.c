/*
 * kalm-mail scan.
 *
 * Phase 1 (reader + workers): the reader splits the inputs into raw
 * messages and hands them to workers through a bounded queue; each worker
 * decodes one message, strips quotes, scores what was dropped, and
 * appends the message's text to a spill file.  Only a small fixed record
 * per message and the thread keys stay in memory.
 *
 * Phase 2 (workers): once every message is in, conversations are known.
 * Each worker takes whole conversations and feeds their messages, in date
 * order, to one kalm session, writing the finished output lines to a
 * second spill file.
 *
 * Phase 3: the lines are copied to stdout in thread order (or input
 * order) and the summary goes to stderr.
 */
#include "kalm_mail.h"

#include <errno.h>
#include <pthread.h>
#include <glib/gstdio.h>
#include <gmime/gmime.h>
#include <string.h>
#include <unistd.h>

#define QUEUE_BYTES_MAX ((size_t)64 << 20)
#define NO_STRING UINT32_MAX

enum {
	REC_HAS_DATE = 1 << 0,
	REC_UNREADABLE = 1 << 1,
	REC_ABUSIVE = 1 << 2,
	REC_QUOTED_ABUSIVE = 1 << 3,
	REC_FORWARDED = 1 << 4,
	REC_SIGNATURE = 1 << 5,
};

/* What stays in memory per message. */
typedef struct record {
	int64_t date;
	uint64_t spill_off; /* phase 1 spill: detail, texts and headers */
	uint64_t out_off;   /* phase 2 spill: the finished output line */
	uint32_t spill_len, out_len;
	uint32_t node;      /* thread node, then the thread number */
	float score;
	uint16_t categories;
	uint8_t lang, action, flags;
} record;

/* What only the output needs: kept in the spill, ahead of the strings. */
typedef struct detail {
	int64_t offset;     /* byte offset in an mbox, or -1 */
	uint32_t quoted_lines;
	float quoted_score;
	uint16_t quoted_categories;
	uint16_t attachments;
} detail;


typedef struct spill {
	FILE *fp;
	int fd;
	uint64_t size;
} spill;

typedef struct job {
	mail_raw raw;
	uint32_t index;
} job;

typedef struct scan {
	const kalm_model *model;
	const mail_scan_options *opt;

	pthread_mutex_t lock; /* pthreads rather than GMutex: TSan sees these */
	pthread_cond_t can_push, can_pop;
	job *queue;
	size_t queue_cap, queue_head, queue_count, queue_bytes;
	unsigned idle;       /* workers waiting for work */
	bool reader_waiting; /* the reader waits for room */
	bool closed;

	record *records;
	uint32_t count, cap; /* messages read; records allocated */
	uint32_t done;       /* messages through phase 1 */
	mail_threads *threads;
	GHashTable *errors;  /* unreadable reason -> count */
	spill texts, lines;
	bool failed;         /* a spill write failed */

	/* phase 2 */
	uint32_t *order;     /* record indices by thread, date, input */
	uint32_t *conv_start; /* conversation c: order[conv_start[c]..conv_start[c+1]) */
	uint32_t conversations;
	uint32_t next_conv;
	uint32_t fed;

	/* progress */
	uint64_t total_bytes;
	gint64 started, last_draw;
} scan;

/* ---- spill files ---------------------------------------------------- */

static bool spill_open(spill *s)
{
	char *name = NULL;
	GError *err = NULL;
	s->fd = g_file_open_tmp("kalm-mail-XXXXXX", &name, &err);
	if (s->fd < 0) {
		fprintf(stderr, "kalm-mail: temporary file: %s\n", err->message);
		g_error_free(err);
		return false;
	}
	g_unlink(name); /* gone when closed, whatever happens */
	g_free(name);
	s->fp = fdopen(s->fd, "w+b");
	s->size = 0;
	return s->fp != NULL;
}

static void spill_close(spill *s)
{
	if (s->fp)
		fclose(s->fp);
	s->fp = NULL;
}

/* Append BUF; returns its offset.  Caller holds the scan lock. */
static uint64_t spill_write(scan *sc, spill *s, const void *buf, size_t len)
{
	uint64_t off = s->size;
	if (len > 0 && fwrite(buf, 1, len, s->fp) != len)
		sc->failed = true;
	s->size += len;
	return off;
}

static bool spill_read(const spill *s, uint64_t off, size_t len, char *buf)
{
	size_t got = 0;
	while (got < len) {
		ssize_t n = pread(s->fd, buf + got, len - got, (off_t)(off + got));
		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			return false;
		}
		got += (size_t)n;
	}
	return true;
}

static void put_string(GString *b, const char *s, size_t len)
{
	uint32_t n = s ? (uint32_t)len : NO_STRING;
	g_string_append_len(b, (const char *)&n, sizeof n);
	if (s)
		g_string_append_len(b, s, (gssize)len);
}

static void put_cstring(GString *b, const char *s)
{
	put_string(b, s, s ? strlen(s) : 0);
}

typedef struct texts {
	detail d;
	const char *s[MAIL_FIELD_COUNT]; /* NULL when absent; point into buf */
	size_t n[MAIL_FIELD_COUNT];
	char *buf;
} texts;

static bool texts_load(const scan *sc, const record *r, texts *t)
{
	memset(t, 0, sizeof *t);
	t->buf = g_malloc(r->spill_len + 1u);
	if (!spill_read(&sc->texts, r->spill_off, r->spill_len, t->buf))
		return false;
	if (r->spill_len < sizeof t->d)
		return false;
	memcpy(&t->d, t->buf, sizeof t->d);
	size_t pos = sizeof t->d;
	for (int i = 0; i < MAIL_FIELD_COUNT; i++) {
		uint32_t n;
		if (pos + sizeof n > r->spill_len)
			return false;
		memcpy(&n, t->buf + pos, sizeof n);
		pos += sizeof n;
		if (n == NO_STRING)
			continue;
		if (pos + n > r->spill_len)
			return false;
		t->s[i] = t->buf + pos;
		t->n[i] = n;
		pos += n;
	}
	return true;
}

/* ---- phase 1 --------------------------------------------------------- */

/* The queue hands over work with hysteresis: a full queue puts the reader
 * to sleep until it has drained to half, and only idle workers are woken,
 * so threads do not ping-pong on every message. */
static bool queue_full(const scan *sc, size_t count, size_t bytes)
{
	return count >= sc->queue_cap || (bytes > QUEUE_BYTES_MAX && count > 0);
}

static void push(scan *sc, mail_raw *raw)
{
	pthread_mutex_lock(&sc->lock);
	while (queue_full(sc, sc->queue_count, sc->queue_bytes)) {
		sc->reader_waiting = true;
		pthread_cond_wait(&sc->can_push, &sc->lock);
	}
	size_t slot = (sc->queue_head + sc->queue_count) % sc->queue_cap;
	sc->queue[slot].raw = *raw;
	sc->queue[slot].index = sc->count++;
	sc->queue_count++;
	sc->queue_bytes += raw->len;
	if (sc->idle > 0)
		pthread_cond_signal(&sc->can_pop);
	pthread_mutex_unlock(&sc->lock);
}

static bool pop(scan *sc, job *out)
{
	pthread_mutex_lock(&sc->lock);
	while (sc->queue_count == 0 && !sc->closed) {
		sc->idle++;
		pthread_cond_wait(&sc->can_pop, &sc->lock);
		sc->idle--;
	}
	if (sc->queue_count == 0) {
		pthread_mutex_unlock(&sc->lock);
		return false;
	}
	*out = sc->queue[sc->queue_head];
	sc->queue_head = (sc->queue_head + 1) % sc->queue_cap;
	sc->queue_count--;
	sc->queue_bytes -= out->raw.len;
	if (sc->reader_waiting && !queue_full(sc, sc->queue_count * 2, sc->queue_bytes * 2)) {
		sc->reader_waiting = false;
		pthread_cond_signal(&sc->can_push);
	}
	pthread_mutex_unlock(&sc->lock);
	return true;
}

/* Count an unreadable reason, without numbers that differ per message. */
static void count_error(scan *sc, const char *error)
{
	const char *paren = strchr(error, '(');
	size_t n = paren ? (size_t)(paren - error) : strlen(error);
	while (n > 0 && error[n - 1] == ' ')
		n--;
	char *key = g_strndup(error, n);
	gpointer old = g_hash_table_lookup(sc->errors, key);
	g_hash_table_insert(sc->errors, key, GUINT_TO_POINTER(GPOINTER_TO_UINT(old) + 1));
}

typedef struct worker {
	scan *sc;
	kalm_scratch *scratch;
	kalm_verdict *verdict;
	mail_decoder *decoder;
	mail_decoded msg;
	mail_split split;
	GString *buf;
	GString *judged;  /* fresh subject and own words: what is scored */
	GString *dropped;
} worker;

static void store(worker *w, uint32_t index, record *rec, const mail_decoded *m,
		  const char *fallback)
{
	scan *sc = w->sc;
	pthread_mutex_lock(&sc->lock);
	if (index >= sc->cap) {
		uint32_t cap = sc->cap ? sc->cap : 1024;
		while (cap <= index)
			cap *= 2;
		sc->records = g_renew(record, sc->records, cap);
		memset(sc->records + sc->cap, 0, (cap - sc->cap) * sizeof(record));
		sc->cap = cap;
	}
	rec->spill_off = spill_write(sc, &sc->texts, w->buf->str, w->buf->len);
	rec->spill_len = (uint32_t)w->buf->len;
	rec->node = mail_threads_add(sc->threads, m->message_id, m->refs, fallback);
	if (rec->flags & REC_UNREADABLE)
		count_error(sc, m->error->str);
	sc->records[index] = *rec;
	sc->done++;
	pthread_mutex_unlock(&sc->lock);
}

/* Cut a text bucket to the scoring limit. */
static void limit(GString *s, GString *warnings)
{
	if (s->len <= MAIL_TEXT_MAX)
		return;
	g_string_truncate(s, mail_utf8_cut(s->str, s->len, MAIL_TEXT_MAX));
	mail_note(warnings, "text cut to 4 MiB");
}

static void process(worker *w, job *j)
{
	scan *sc = w->sc;
	mail_decoded *m = &w->msg;
	record rec = {0};
	detail det;
	char *fallback = NULL;
	memset(&det, 0, sizeof det); /* padding too: it is written out */
	det.offset = j->raw.offset;

	if (j->raw.error) {
		mail_decode(w->decoder, "", 0, m); /* clears the last message */
		g_string_assign(m->error, j->raw.error);
	} else {
		mail_decode(w->decoder, j->raw.data, j->raw.len, m);
	}
	bool readable = m->error->len == 0 && !j->raw.error;
	/* Counted for unreadable messages too: "attachments only" says why. */
	det.attachments = (uint16_t)MIN(m->attachments, 65535u);
	mail_split_reset(&w->split);
	g_string_truncate(w->judged, 0);
	if (readable) {
		mail_strip(m->body->str, m->body->len, &w->split);
		g_string_append_len(w->split.forwarded, m->forwarded->str,
				    (gssize)m->forwarded->len);
		mail_judged_text(w->judged, m->subject, w->split.own);
		limit(w->judged, m->warnings);

		/* What the customer quoted or forwarded is judged apart. */
		g_string_truncate(w->dropped, 0);
		g_string_append_len(w->dropped, w->split.quoted->str, (gssize)w->split.quoted->len);
		g_string_append_len(w->dropped, w->split.forwarded->str,
				    (gssize)w->split.forwarded->len);
		limit(w->dropped, m->warnings);
		if (w->dropped->len > 0 &&
		    kalm_score(sc->model, w->scratch, w->dropped->str, w->dropped->len,
			       NULL, w->verdict, NULL) == KALM_OK) {
			det.quoted_score = (float)kalm_verdict_score(w->verdict);
			det.quoted_categories = (uint16_t)mail_verdict_categories(w->verdict);
			if (kalm_verdict_abusive(w->verdict))
				rec.flags |= REC_QUOTED_ABUSIVE;
		}
		rec.date = m->date;
		if (m->has_date)
			rec.flags |= REC_HAS_DATE;
		rec.lang = (uint8_t)m->lang_hint;
		det.quoted_lines = w->split.quoted_lines;
		if (w->split.forwarded->len > 0)
			rec.flags |= REC_FORWARDED;
		if (w->split.signature->len > 0)
			rec.flags |= REC_SIGNATURE;
	} else {
		rec.flags |= REC_UNREADABLE;
		if (!j->raw.error && m->has_date) {
			rec.date = m->date;
			rec.flags |= REC_HAS_DATE;
		}
	}

	if (!m->refs->len && !j->raw.error)
		fallback = mail_thread_key(m->subject, m->from_addr);

	GString *b = w->buf;
	g_string_truncate(b, 0);
	g_string_append_len(b, (const char *)&det, sizeof det);
	put_cstring(b, j->raw.source);
	put_cstring(b, j->raw.error ? NULL : m->message_id);
	put_cstring(b, j->raw.error ? NULL : m->from);
	put_cstring(b, j->raw.error ? NULL : m->subject);
	put_cstring(b, readable ? NULL : m->error->str);
	put_string(b, m->warnings->str, m->warnings->len);
	put_string(b, w->judged->str, w->judged->len);
	bool text = sc->opt->with_text && readable;
	put_string(b, text ? w->split.quoted->str : NULL, w->split.quoted->len);
	put_string(b, text ? w->split.forwarded->str : NULL, w->split.forwarded->len);
	put_string(b, text ? w->split.signature->str : NULL, w->split.signature->len);

	store(w, j->index, &rec, m, fallback);
	g_free(fallback);
}

static bool worker_init(worker *w, scan *sc)
{
	memset(w, 0, sizeof *w);
	w->sc = sc;
	if (kalm_scratch_new(&w->scratch) != KALM_OK ||
	    kalm_verdict_new(&w->verdict) != KALM_OK)
		return false;
	w->decoder = mail_decoder_new();
	mail_decoded_init(&w->msg);
	mail_split_init(&w->split);
	w->buf = g_string_new(NULL);
	w->judged = g_string_new(NULL);
	w->dropped = g_string_new(NULL);
	return true;
}

static void worker_clear(worker *w)
{
	kalm_scratch_free(w->scratch);
	kalm_verdict_free(w->verdict);
	mail_decoder_free(w->decoder);
	if (w->buf) {
		mail_decoded_clear(&w->msg);
		mail_split_clear(&w->split);
		g_string_free(w->buf, TRUE);
		g_string_free(w->judged, TRUE);
		g_string_free(w->dropped, TRUE);
	}
}

static gpointer phase1_main(gpointer data)
{
	worker *w = data;
	job j;
	while (pop(w->sc, &j)) {
		process(w, &j);
		g_free(j.raw.data);
		g_free(j.raw.source);
		g_free(j.raw.error);
	}
	return NULL;
}

/* ---- progress -------------------------------------------------------- */

static void draw(scan *sc, const char *what, double fraction, uint32_t n)
{
	gint64 now = g_get_monotonic_time();
	if (now - sc->last_draw < 100000 && fraction < 1.0)
		return;
	sc->last_draw = now;
	double secs = (double)(now - sc->started) / 1e6;
	double rate = secs > 0 ? n / secs : 0;
	char bar[31];
	int fill = fraction >= 0 ? (int)(fraction * 30) : 0;
	for (int i = 0; i < 30; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[30] = '\0';
	if (fraction >= 0 && fraction > 0.001) {
		double eta = secs * (1 - fraction) / fraction;
		fprintf(stderr, "\r%-8s [%s] %3d%% %u msgs %.0f msg/s ETA %d:%02d  ",
			what, bar, (int)(fraction * 100), n, rate, (int)eta / 60,
			(int)eta % 60);
	} else {
		fprintf(stderr, "\r%-8s %u msgs %.0f msg/s  ", what, n, rate);
	}
	fflush(stderr);
}

static void on_progress(void *ctx, uint64_t bytes)
{
	scan *sc = ctx;
	if (!sc->opt->progress)
		return;
	pthread_mutex_lock(&sc->lock);
	uint32_t done = sc->done;
	pthread_mutex_unlock(&sc->lock);
	double f = sc->total_bytes ? (double)bytes / (double)sc->total_bytes : -1;
	draw(sc, "reading", f > 1 ? 1 : f, done);
}

static void on_raw(void *ctx, mail_raw *raw)
{
	push(ctx, raw);
}

/* ---- grouping -------------------------------------------------------- */

typedef struct sort_key {
	uint32_t thread;
	uint32_t index;
	int64_t date;
} sort_key;

static int compare_keys(const void *a, const void *b)
{
	const sort_key *x = a, *y = b;
	if (x->thread != y->thread)
		return x->thread < y->thread ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Thread numbers in order of first appearance, then the feeding order. */
static void group(scan *sc)
{
	uint32_t nodes = mail_threads_node_count(sc->threads);
	uint32_t *number = g_new0(uint32_t, nodes ? nodes : 1);
	uint32_t next = 0;
	int64_t last_date = 0;
	sort_key *keys = g_new(sort_key, sc->count ? sc->count : 1);

	for (uint32_t i = 0; i < sc->count; i++) {
		record *r = &sc->records[i];
		/* Undated messages sort where they sat in the archive. */
		if (r->flags & REC_HAS_DATE)
			last_date = r->date;
		else
			r->date = last_date;
		uint32_t root = mail_threads_root(sc->threads, r->node);
		if (number[root] == 0)
			number[root] = ++next;
		r->node = number[root];
		keys[i] = (sort_key){r->node, i, r->date};
	}
	qsort(keys, sc->count, sizeof *keys, compare_keys);
	sc->order = g_new(uint32_t, sc->count ? sc->count : 1);
	sc->conv_start = g_new(uint32_t, next + 1);
	sc->conversations = next;
	uint32_t c = 0;
	for (uint32_t i = 0; i < sc->count; i++) {
		sc->order[i] = keys[i].index;
		while (c < keys[i].thread) /* threads are 1..next, all used */
			sc->conv_start[c++] = i;
	}
	sc->conv_start[next] = sc->count;
	g_free(keys);
	g_free(number);
	mail_threads_free(sc->threads);
	sc->threads = NULL;
}

/* ---- phase 2 --------------------------------------------------------- */

/* What phase 2 learns about one message. */
typedef struct result {
	bool scored;        /* false: unreadable */
	kalm_action action; /* the session's decision */
	const char *reason; /* the rule behind it */
	int severity;
	GString *excerpt;
	uint32_t thread;
} result;

/* The printable view of a record. */
static void view(mail_record *v, const record *r, const texts *t, const result *res)
{
	memset(v, 0, sizeof *v);
	memcpy(v->s, t->s, sizeof v->s);
	memcpy(v->n, t->n, sizeof v->n);
	v->offset = t->d.offset;
	v->has_date = (r->flags & REC_HAS_DATE) != 0;
	v->date = r->date;
	v->thread = res->thread;
	v->scored = res->scored;
	v->lang = (kalm_lang)r->lang;
	v->score = r->score;
	v->abusive = (r->flags & REC_ABUSIVE) != 0;
	v->severity = res->severity;
	v->categories = r->categories;
	v->action = res->action;
	v->reason = res->reason;
	v->quoted_lines = t->d.quoted_lines;
	v->quoted_score = t->d.quoted_score;
	v->quoted_abusive = (r->flags & REC_QUOTED_ABUSIVE) != 0;
	v->quoted_categories = t->d.quoted_categories;
	v->forwarded = (r->flags & REC_FORWARDED) != 0;
	v->signature = (r->flags & REC_SIGNATURE) != 0;
	v->attachments = t->d.attachments;
	v->excerpt = res->excerpt->str;
	v->excerpt_len = res->excerpt->len;
}

typedef struct worker2 {
	scan *sc;
	kalm_scratch *scratch;
	kalm_verdict *verdict; /* for duplicates, scored outside the session */
	GString *warnings;
	GString *out;
	GString *excerpt;
	GArray *offsets; /* (index, start, len) of lines in OUT */
} worker2;

typedef struct line_pos {
	uint32_t index, start, len;
} line_pos;

static void fill(record *r, const kalm_verdict *v)
{
	r->score = (float)kalm_verdict_score(v);
	r->categories = (uint16_t)mail_verdict_categories(v);
	r->lang = (uint8_t)kalm_verdict_language(v);
	if (kalm_verdict_abusive(v))
		r->flags |= REC_ABUSIVE;
}

/* Feed one readable message to the conversation's session.  A second
 * copy of a message (the same Message-ID in two folders) is scored but
 * not fed again: the customer said it once. */
static void judge(worker2 *w, kalm_session **session, GHashTable *seen,
		  const char *id, size_t idn, record *r, texts *t, result *res,
		  kalm_action *last)
{
	scan *sc = w->sc;
	const char *text = t->s[MAIL_TEXT] ? t->s[MAIL_TEXT] : "";
	size_t len = t->n[MAIL_TEXT];
	char *msgid = t->s[MAIL_MESSAGE_ID] ? g_strndup(t->s[MAIL_MESSAGE_ID], t->n[MAIL_MESSAGE_ID]) : NULL;

	if (msgid && g_hash_table_contains(seen, msgid)) {
		kalm_score_options opt = {.size = sizeof opt, .lang_hint = (kalm_lang)r->lang};
		g_free(msgid);
		if (kalm_score(sc->model, w->scratch, text, len, &opt, w->verdict, NULL) != KALM_OK)
			return;
		fill(r, w->verdict);
		r->action = (uint8_t)*last;
		res->scored = true;
		res->action = *last;
		res->reason = "duplicate";
		res->severity = kalm_verdict_severity(w->verdict);
		mail_excerpt(res->excerpt, text, len, w->verdict);
		g_string_assign(w->warnings, "");
		g_string_append_len(w->warnings, t->s[MAIL_WARNINGS], (gssize)t->n[MAIL_WARNINGS]);
		mail_note(w->warnings, "duplicate of an earlier copy, not fed to the session again");
		t->s[MAIL_WARNINGS] = w->warnings->str;
		t->n[MAIL_WARNINGS] = w->warnings->len;
		return;
	}
	if (msgid)
		g_hash_table_add(seen, msgid);
	if (!*session && kalm_session_new(sc->model, NULL, id, idn, session, NULL) != KALM_OK) {
		*session = NULL;
		return;
	}
	kalm_message msg = {.size = sizeof msg};
	kalm_decision d = {.size = sizeof d};
	msg.text = text;
	msg.len = len;
	msg.seconds = r->date;
	msg.lang = (kalm_lang)r->lang;
	msg.scratch = w->scratch;
	if (kalm_session_feed(*session, &msg, &d, NULL) != KALM_OK || !d.verdict)
		return;
	fill(r, d.verdict);
	r->action = (uint8_t)d.action;
	*last = d.action;
	res->scored = true;
	res->action = d.action;
	res->reason = kalm_reason_name(d.reason);
	res->severity = d.severity;
	mail_excerpt(res->excerpt, text, len, d.verdict);
}

static void conversation(worker2 *w, uint32_t c)
{
	scan *sc = w->sc;
	kalm_session *session = NULL;
	kalm_action last = KALM_ACTION_RESPOND_CALMLY;
	char id[32];
	int idn = g_snprintf(id, sizeof id, "thread-%u", c + 1);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_string_truncate(w->out, 0);
	g_array_set_size(w->offsets, 0);

	for (uint32_t k = sc->conv_start[c]; k < sc->conv_start[c + 1]; k++) {
		uint32_t index = sc->order[k];
		record r = sc->records[index]; /* a copy: others may grow nothing now */
		texts t;
		result res = {.excerpt = w->excerpt, .thread = c + 1};
		g_string_truncate(w->excerpt, 0);
		bool loaded = texts_load(sc, &r, &t);
		if (!loaded) {
			r.flags |= REC_UNREADABLE;
			memset(&t.d, 0, sizeof t.d);
			t.d.offset = -1;
			memset(t.s, 0, sizeof t.s);
			memset(t.n, 0, sizeof t.n);
			t.s[MAIL_ERROR] = "spill file read failed";
			t.n[MAIL_ERROR] = strlen(t.s[MAIL_ERROR]);
		}
		if (!(r.flags & REC_UNREADABLE))
			judge(w, &session, seen, id, (size_t)idn, &r, &t, &res, &last);
		if (!res.scored && !(r.flags & REC_UNREADABLE)) {
			r.flags |= REC_UNREADABLE;
			t.s[MAIL_ERROR] = "scoring failed";
			t.n[MAIL_ERROR] = strlen(t.s[MAIL_ERROR]);
		}
		line_pos lp = {index, (uint32_t)w->out->len, 0};
		mail_record v;
		view(&v, &r, &t, &res);
		switch (sc->opt->format) {
		case MAIL_FORMAT_JSONL:
			mail_format_jsonl(w->out, &v, sc->opt->with_text);
			break;
		case MAIL_FORMAT_CSV:
			mail_format_csv(w->out, &v);
			break;
		case MAIL_FORMAT_TABLE:
			mail_format_table(w->out, &v);
			break;
		}
		lp.len = (uint32_t)w->out->len - lp.start;
		g_array_append_val(w->offsets, lp);
		g_free(t.buf);
		/* Only this worker touches records of this conversation. */
		sc->records[index].score = r.score;
		sc->records[index].categories = r.categories;
		sc->records[index].lang = r.lang;
		sc->records[index].action = r.action;
		sc->records[index].flags = r.flags;
	}
	kalm_session_free(session);
	g_hash_table_destroy(seen);

	pthread_mutex_lock(&sc->lock);
	uint64_t base = spill_write(sc, &sc->lines, w->out->str, w->out->len);
	for (guint i = 0; i < w->offsets->len; i++) {
		line_pos *lp = &g_array_index(w->offsets, line_pos, i);
		sc->records[lp->index].out_off = base + lp->start;
		sc->records[lp->index].out_len = lp->len;
	}
	sc->fed += w->offsets->len;
	pthread_mutex_unlock(&sc->lock);
}

static gpointer phase2_main(gpointer data)
{
	worker2 *w = data;
	scan *sc = w->sc;
	for (;;) {
		pthread_mutex_lock(&sc->lock);
		uint32_t c = sc->next_conv < sc->conversations ? sc->next_conv++ : UINT32_MAX;
		pthread_mutex_unlock(&sc->lock);
		if (c == UINT32_MAX)
			break;
		conversation(w, c);
	}
	return NULL;
}

/* ---- summary --------------------------------------------------------- */

typedef struct thread_stat {
	uint32_t thread, first, messages;
	uint8_t max_action;
	float max_score;
	bool abusive;
} thread_stat;

static int compare_stats(const void *a, const void *b)
{
	const thread_stat *x = a, *y = b;
	if (x->max_action != y->max_action)
		return x->max_action > y->max_action ? -1 : 1;
	if (x->max_score != y->max_score)
		return x->max_score > y->max_score ? -1 : 1;
	return x->thread < y->thread ? -1 : 1;
}

static int compare_counts(const void *a, const void *b)
{
	const char *const *x = a, *const *y = b;
	return strcmp(*x, *y);
}

static void summary(scan *sc)
{
	uint32_t unreadable = 0, quoted_abuse = 0, abusive = 0;
	uint32_t by_lang[KALM_LANG_COUNT] = {0}, by_action[KALM_ACTION_COUNT] = {0};
	thread_stat *stats = g_new0(thread_stat, sc->conversations + 1);

	for (uint32_t c = 0; c < sc->conversations; c++) {
		thread_stat *s = &stats[c];
		s->thread = c + 1;
		s->first = sc->order[sc->conv_start[c]];
		for (uint32_t k = sc->conv_start[c]; k < sc->conv_start[c + 1]; k++) {
			const record *r = &sc->records[sc->order[k]];
			s->messages++;
			if (r->flags & REC_QUOTED_ABUSIVE)
				quoted_abuse++;
			if (r->flags & REC_UNREADABLE) {
				unreadable++;
				continue;
			}
			if (r->flags & REC_ABUSIVE) {
				abusive++;
				s->abusive = true;
			}
			by_lang[r->lang < KALM_LANG_COUNT ? r->lang : 0]++;
			by_action[r->action < KALM_ACTION_COUNT ? r->action : 0]++;
			s->max_action = MAX(s->max_action, r->action);
			s->max_score = MAX(s->max_score, r->score);
		}
	}
	FILE *e = stderr;
	fprintf(e, "kalm-mail: %u messages read, %u scored, %u unreadable, %u abusive, %u threads\n",
		sc->count, sc->count - unreadable, unreadable, abusive, sc->conversations);
	if (unreadable > 0) {
		GList *keys = g_hash_table_get_keys(sc->errors);
		guint n = g_list_length(keys);
		const char **arr = g_new(const char *, n + 1);
		guint i = 0;
		for (GList *l = keys; l; l = l->next)
			arr[i++] = l->data;
		qsort(arr, n, sizeof *arr, compare_counts);
		fprintf(e, "  unreadable:");
		for (i = 0; i < n; i++)
			fprintf(e, "%s %u x %s", i ? ";" : "",
				GPOINTER_TO_UINT(g_hash_table_lookup(sc->errors, arr[i])), arr[i]);
		fprintf(e, "\n");
		g_free(arr);
		g_list_free(keys);
	}
	fprintf(e, "  by language:%s", sc->count == unreadable ? " none" : "");
	for (int l = 1; l <= KALM_LANG_COUNT; l++) {
		int lang = l % KALM_LANG_COUNT; /* unknown last */
		if (by_lang[lang])
			fprintf(e, " %s %u", kalm_lang_code((kalm_lang)lang), by_lang[lang]);
	}
	fprintf(e, "\n  by action:");
	for (int a = 0; a < KALM_ACTION_COUNT; a++)
		fprintf(e, " %s %u", kalm_action_name((kalm_action)a), by_action[a]);
	fprintf(e, "\n  abuse only in quoted or forwarded text (not counted): %u messages\n",
		quoted_abuse);

	qsort(stats, sc->conversations, sizeof *stats, compare_stats);
	unsigned shown = 0;
	for (uint32_t i = 0; i < sc->conversations && shown < sc->opt->worst; i++) {
		thread_stat *s = &stats[i];
		if (s->max_action == 0 && !s->abusive)
			break;
		if (shown++ == 0)
			fprintf(e, "  worst threads:\n");
		GString *ladder = g_string_new(NULL);
		int last = -1;
		uint32_t c = s->thread - 1;
		for (uint32_t k = sc->conv_start[c]; k < sc->conv_start[c + 1]; k++) {
			const record *r = &sc->records[sc->order[k]];
			if (r->flags & REC_UNREADABLE || r->action == last)
				continue;
			if (ladder->len)
				g_string_append(ladder, " > ");
			g_string_append(ladder, kalm_action_name((kalm_action)r->action));
			last = r->action;
		}
		texts t;
		const char *subject = "";
		size_t sn = 0;
		if (texts_load(sc, &sc->records[s->first], &t) && t.s[MAIL_SUBJECT]) {
			subject = t.s[MAIL_SUBJECT];
			sn = MIN(t.n[MAIL_SUBJECT], 60);
			sn = mail_utf8_cut(subject, t.n[MAIL_SUBJECT], sn);
		}
		GString *subj = g_string_new(NULL);
		mail_json_string(subj, subject, sn);
		fprintf(e, "    thread %u: %u messages, max score %.2f, %s  %s\n", s->thread,
			s->messages, s->max_score, ladder->str, subj->str);
		g_string_free(subj, TRUE);
		g_string_free(ladder, TRUE);
		g_free(t.buf);
	}
	g_free(stats);
}

/* ---- main ------------------------------------------------------------ */

static bool copy_lines(scan *sc)
{
	char *buf = NULL;
	size_t cap = 0;
	bool ok = true;
	if (sc->opt->format == MAIL_FORMAT_CSV)
		fputs(mail_csv_header, stdout);
	if (sc->opt->format == MAIL_FORMAT_TABLE && sc->count > 0)
		fputs(mail_table_header, stdout);
	for (uint32_t i = 0; i < sc->count; i++) {
		uint32_t index = sc->opt->by_input ? i : sc->order[i];
		const record *r = &sc->records[index];
		if (r->out_len > cap) {
			cap = r->out_len;
			buf = g_realloc(buf, cap);
		}
		if (!spill_read(&sc->lines, r->out_off, r->out_len, buf)) {
			ok = false;
			break;
		}
		if (fwrite(buf, 1, r->out_len, stdout) != r->out_len) {
			ok = false;
			break;
		}
	}
	g_free(buf);
	return ok && fflush(stdout) == 0;
}

/* Read every path through the workers.  Returns false when the workers
 * could not be set up. */
static bool phase1(scan *sc, char **paths, int count, bool *failed_paths)
{
	unsigned n = sc->opt->jobs;
	worker *workers = g_new0(worker, n);
	GThread **threads = g_new0(GThread *, n);
	bool ready = true;
	for (unsigned i = 0; i < n && ready; i++)
		ready = worker_init(&workers[i], sc);
	if (ready) {
		for (unsigned i = 0; i < n; i++)
			threads[i] = g_thread_new("kalm-mail", phase1_main, &workers[i]);
		mail_walk walk = {.sink = on_raw, .ctx = sc, .progress = on_progress};
		for (int i = 0; i < count; i++)
			mail_walk_path(&walk, paths[i]);
		*failed_paths = walk.failed_paths > 0 || walk.read_errors > 0;
		pthread_mutex_lock(&sc->lock);
		sc->closed = true;
		pthread_cond_broadcast(&sc->can_pop);
		pthread_mutex_unlock(&sc->lock);
		for (unsigned i = 0; i < n; i++)
			g_thread_join(threads[i]);
		if (sc->opt->progress)
			draw(sc, "reading", 1.0, sc->done);
	}
	for (unsigned i = 0; i < n; i++)
		worker_clear(&workers[i]);
	g_free(workers);
	g_free(threads);
	if (fflush(sc->texts.fp) != 0)
		sc->failed = true;
	return ready;
}

/* Feed every conversation to a session, in parallel. */
static void phase2(scan *sc)
{
	unsigned n = sc->opt->jobs;
	worker2 *w2 = g_new0(worker2, n);
	GThread **threads = g_new0(GThread *, n);
	sc->started = g_get_monotonic_time();
	for (unsigned i = 0; i < n; i++) {
		w2[i].sc = sc;
		kalm_scratch_new(&w2[i].scratch); /* NULL is allowed: slower */
		kalm_verdict_new(&w2[i].verdict);
		w2[i].warnings = g_string_new(NULL);
		w2[i].out = g_string_new(NULL);
		w2[i].excerpt = g_string_new(NULL);
		w2[i].offsets = g_array_new(FALSE, FALSE, sizeof(line_pos));
		threads[i] = g_thread_new("kalm-mail", phase2_main, &w2[i]);
	}
	while (sc->opt->progress) {
		pthread_mutex_lock(&sc->lock);
		uint32_t fed = sc->fed;
		bool finished = sc->next_conv >= sc->conversations;
		pthread_mutex_unlock(&sc->lock);
		draw(sc, "scoring", sc->count ? (double)fed / sc->count : 1.0, fed);
		if (finished)
			break;
		g_usleep(100000);
	}
	for (unsigned i = 0; i < n; i++) {
		g_thread_join(threads[i]);
		kalm_scratch_free(w2[i].scratch);
		kalm_verdict_free(w2[i].verdict);
		g_string_free(w2[i].warnings, TRUE);
		g_string_free(w2[i].out, TRUE);
		g_string_free(w2[i].excerpt, TRUE);
		g_array_free(w2[i].offsets, TRUE);
	}
	g_free(w2);
	g_free(threads);
	if (sc->opt->progress) {
		draw(sc, "scoring", 1.0, sc->fed);
		fprintf(stderr, "\r\033[K");
	}
	if (fflush(sc->lines.fp) != 0)
		sc->failed = true;
}

int mail_scan(const kalm_model *model, const mail_scan_options *opt,
	      char **paths, int count)
{
	scan sc = {0};
	sc.model = model;
	sc.opt = opt;
	pthread_mutex_init(&sc.lock, NULL);
	pthread_cond_init(&sc.can_push, NULL);
	pthread_cond_init(&sc.can_pop, NULL);
	sc.queue_cap = opt->jobs * 32 + 32;
	sc.queue = g_new0(job, sc.queue_cap);
	sc.threads = mail_threads_new();
	sc.errors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	sc.started = g_get_monotonic_time();
	int status = 0;
	bool failed_paths = false;

	if (!spill_open(&sc.texts) || !spill_open(&sc.lines)) {
		status = 1;
	} else if (opt->progress) {
		sc.total_bytes = mail_paths_size(paths, count);
	}
	if (status == 0 && !phase1(&sc, paths, count, &failed_paths)) {
		fprintf(stderr, "kalm-mail: out of memory\n");
		status = 1;
	}
	if (status == 0) {
		group(&sc);
		phase2(&sc);
		if (sc.failed) {
			fprintf(stderr, "kalm-mail: writing a temporary file failed (disk full?)\n");
			status = 1;
		} else if (!copy_lines(&sc)) {
			fprintf(stderr, "kalm-mail: writing the report failed\n");
			status = 1;
		}
		summary(&sc);
	}
	if (failed_paths)
		status = 1;

	spill_close(&sc.texts);
	spill_close(&sc.lines);
	g_free(sc.queue);
	g_free(sc.records);
	g_free(sc.order);
	g_free(sc.conv_start);
	mail_threads_free(sc.threads);
	g_hash_table_destroy(sc.errors);
	pthread_mutex_destroy(&sc.lock);
	pthread_cond_destroy(&sc.can_push);
	pthread_cond_destroy(&sc.can_pop);
	return status;
}
