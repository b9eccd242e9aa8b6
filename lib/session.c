/*
 * Sessions: one conversation's escalation ladder, its incident history,
 * the incident record as JSON, and saving and restoring it as a blob.
 */
#include "session.h"

#include <stdio.h>

/* Bytes kept of a flagged message (redacted) and of its reason. */
#define EXCERPT_MAX 160
#define DETAIL_MAX 160
#define REASON_MAX 512
/* Context shown before the first match when the message is long. */
#define EXCERPT_LEAD 40
/* The history keeps the first few incidents, then the latest. */
#define INCIDENT_HEAD 4

#define BLOB_MAGIC "KSES"
#define BLOB_VERSION 1
#define BLOB_HEADER 16

/* Incident flags. */
enum { INC_TARGETED = 1, INC_ABUSIVE = 2, INC_EXPIRED = 4, INC_END_HIT = 8 };

typedef struct incident {
	int64_t seconds;
	uint32_t index; /* 1-based message number */
	uint8_t action;
	uint8_t reason;
	uint8_t severity;
	uint8_t flags;
	uint8_t categories; /* bit per kalm_category */
	uint8_t lang;
	uint16_t score; /* score * 10000 */
	uint8_t excerpt_len;
	uint8_t detail_len;
	char excerpt[EXCERPT_MAX];
	char detail[DETAIL_MAX];
} incident;

/* The ladder: everything a decision depends on besides the message. */
typedef struct ladder {
	uint32_t limits_stated; /* still counting */
	uint32_t transfers;     /* still counting */
	bool ended;
	int64_t last_abuse;     /* seconds of the last abusive message */
} ladder;

struct kalm_session {
	const kalm_model *model;
	kalm_policy *policy; /* our copy */
	kalm_verdict *verdict; /* the last message's */
	kalm_verdict *spare;   /* the next message is scored here first */
	kalm_scratch *scratch; /* created on first use */
	placeholder_set placeholders;
	size_t id_len;
	char id[KALM_SESSION_ID_MAX];

	ladder ladder;
	kalm_lang lang; /* the customer's language as far as known */
	uint32_t messages;
	uint32_t abusive_messages;
	int64_t first_seconds;
	int64_t last_seconds;

	uint32_t dropped; /* incidents left out of the history */
	unsigned incident_count;
	/* Grown on demand: most conversations never need one. */
	incident *incidents;
	size_t incident_cap;

	/* The last decision's strings. */
	kbuf reply;
	char reason[REASON_MAX];
};

/* ------------------------------------------------------------------ */
/* Names                                                               */

static const char *const action_names[KALM_ACTION_COUNT] = {
	"RESPOND_CALMLY", "STATE_LIMITS", "TRANSFER", "END_SESSION"};

static const char *const reason_names[KALM_REASON_COUNT] = {
	"clean",          "frustration",  "untargeted",
	"first_abuse",    "repeated_abuse", "severe_abuse",
	"abuse_after_transfer", "end_category", "ended"};

const char *kalm_action_name(kalm_action action)
{
	if ((int)action < 0 || action >= KALM_ACTION_COUNT)
		return NULL;
	return action_names[action];
}

int kalm_action_from_name(const char *name)
{
	if (!name)
		return -1;
	for (int a = 0; a < KALM_ACTION_COUNT; a++)
		if (ascii_eq_nocase(name, strlen(name), action_names[a]))
			return a;
	return -1;
}

const char *kalm_reason_name(kalm_reason reason)
{
	if ((int)reason < 0 || reason >= KALM_REASON_COUNT)
		return NULL;
	return reason_names[reason];
}

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */

/* Length of the UTF-8 sequence at S[0..LEN) if valid, else 0. */
static size_t utf8_seq(const uint8_t *s, size_t len)
{
	if (len == 0)
		return 0;
	if (s[0] < 0x80)
		return 1;
	size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
	if (n == 0 || n > len)
		return 0;
	return utf8_valid((const char *)s, n, NULL) ? n : 0;
}

/* The largest prefix of S[0..LEN) of at most MAX bytes that ends on a
 * character boundary. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	size_t n = max;
	while (n > 0 && ((uint8_t)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Append S as a JSON string: quotes, escapes, invalid UTF-8 as U+FFFD. */
static int json_string(kbuf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	int rc = kbuf_append_u8(b, '"');
	size_t i = 0;
	while (rc == 0 && i < len) {
		uint8_t c = (uint8_t)s[i];
		if (c == '"' || c == '\\') {
			uint8_t esc[2] = {'\\', c};
			rc = kbuf_append(b, esc, 2);
			i++;
		} else if (c < 0x20 || c == 0x7F) {
			char esc[7] = {'\\', 'u', '0', '0', hex[c >> 4],
				       hex[c & 15], 0};
			rc = kbuf_append(b, esc, 6);
			i++;
		} else if (c < 0x80) {
			rc = kbuf_append_u8(b, c);
			i++;
		} else {
			size_t n = utf8_seq((const uint8_t *)s + i, len - i);
			if (n == 0) {
				rc = kbuf_append(b, "\\ufffd", 6);
				i++;
			} else {
				/* U+2028 and U+2029 end lines in JavaScript. */
				if (n == 3 && c == 0xE2 &&
				    (uint8_t)s[i + 1] == 0x80 &&
				    ((uint8_t)s[i + 2] == 0xA8 ||
				     (uint8_t)s[i + 2] == 0xA9))
					rc = kbuf_append(b,
							 (uint8_t)s[i + 2] == 0xA8
								 ? "\\u2028"
								 : "\\u2029",
							 6);
				else
					rc = kbuf_append(b, s + i, n);
				i += n;
			}
		}
	}
	return rc ? rc : kbuf_append_u8(b, '"');
}

static int json_cstr(kbuf *b, const char *s)
{
	return json_string(b, s, strlen(s));
}

static int json_raw(kbuf *b, const char *s)
{
	return kbuf_append(b, s, strlen(s));
}

/* "0.8312": four decimals without the C library's locale. */
static void unit_text(double v, char *buf, size_t cap)
{
	if (!(v > 0))
		v = 0;
	if (v > 1)
		v = 1;
	unsigned n = (unsigned)(v * 10000 + 0.5);
	snprintf(buf, cap, "%u.%04u", n / 10000, n % 10000);
}

/* ISO 8601 UTC for Unix time SECONDS, clamped to years 1..9999. */
static void iso_time(int64_t seconds, char *buf, size_t cap)
{
	const int64_t min = -62135596800LL, max = 253402300799LL;
	if (seconds < min)
		seconds = min;
	if (seconds > max)
		seconds = max;
	int64_t days = seconds / 86400, rem = seconds % 86400;
	if (rem < 0) {
		rem += 86400;
		days--;
	}
	/* Civil date from days since 1970-01-01 (proleptic Gregorian). */
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t d = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp < 10 ? mp + 3 : mp - 9;
	if (m <= 2)
		y++;
	snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02dZ", (int)y, (int)m,
		 (int)d, (int)(rem / 3600), (int)(rem / 60 % 60),
		 (int)(rem % 60));
}

/* Append to BUF (NUL-terminated, capacity CAP) without splitting a
 * character; text that does not fit is dropped. */
static void text_add(char *buf, size_t cap, const char *fmt, ...)
	KALM_PRINTF(3, 4);
static void text_add(char *buf, size_t cap, const char *fmt, ...)
{
	size_t used = strlen(buf);
	if (used + 1 >= cap)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf + used, cap - used, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n >= cap - used)
		buf[utf8_cut(buf, strlen(buf), cap - 1)] = '\0';
}

/* ------------------------------------------------------------------ */
/* Reading a verdict                                                   */

typedef struct analysis {
	double score;
	bool abuse;      /* climbs the ladder */
	bool end_hit;    /* ends the session at once */
	bool any_abuse;  /* some counted abuse word, even if it does not count */
	bool below;      /* abuse words, but the score is under the threshold */
	bool targeted;
	int severity;    /* of the matches that count */
	uint32_t categories;
	kalm_match key;  /* the match that explains the decision */
	bool has_key, key_end;
	size_t extra;    /* further counted abuse matches */
	bool qualifying; /* some abuse match counts on the ladder */
	int any_severity; /* of every abuse match */
} analysis;

static double threshold_of(const kalm_session *s)
{
	double t = s->policy->abuse_threshold;
	return t >= 0 ? t : kalm_model_threshold(s->model);
}

/* Is match A a better explanation than B? */
static bool stronger(const kalm_match *a, bool a_end, const kalm_match *b,
		     bool b_end)
{
	if (a_end != b_end)
		return a_end;
	if (a->targeted != b->targeted)
		return a->targeted;
	return a->severity > b->severity;
}

/* Add the counted abuse match M (not negated) to A: one of COUNT alike. */
static void weigh(const kalm_policy *p, analysis *a, const kalm_match *m,
		  size_t count)
{
	bool end = (p->end_categories & 1u << m->category) &&
		   m->severity >= p->end_severity;
	bool counts = end || m->targeted ||
		      m->severity >= p->untargeted_severity;
	a->extra += count - !a->any_abuse;
	a->any_abuse = true;
	a->end_hit |= end;
	if (m->severity > a->any_severity)
		a->any_severity = m->severity;
	if (counts) {
		a->qualifying = true;
		a->targeted |= m->targeted;
		if (m->severity > a->severity)
			a->severity = m->severity;
	}
	if (!a->has_key || stronger(m, end, &a->key, a->key_end)) {
		a->key = *m;
		a->key_end = end;
		a->has_key = true;
	}
}

/* A becomes what verdict V means for session S's ladder. */
static void analyse(const kalm_session *s, const kalm_verdict *v, analysis *a)
{
	const kalm_policy *p = s->policy;
	memset(a, 0, sizeof *a);
	a->score = kalm_verdict_score(v);
	size_t n = kalm_verdict_match_count(v);
	for (size_t i = 0; i < n; i++) {
		kalm_match m;
		if (kalm_verdict_match(v, i, &m) != KALM_OK || !m.counted)
			continue;
		if ((unsigned)m.category < KALM_CAT_COUNT)
			a->categories |= 1u << m.category;
		if (kalm_category_is_abuse(m.category) && !m.negated)
			weigh(p, a, &m, 1);
	}
	/* The matches past the list, which the ladder sees as well: a threat
	 * after a thousand insults still ends the session.  Per category,
	 * the strongest aimed at the reader and not stand for the rest
	 * (which weigh the same or less); the first of them counts them
	 * all. */
	size_t rest = verdict_unlisted_abuse(v);
	a->categories |= verdict_unlisted_categories(v);
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		for (int t = 0; t < 2; t++) {
			const kalm_match *m =
				verdict_unlisted_best(v, (kalm_category)c, t);
			if (m) {
				weigh(p, a, m, rest);
				rest = 0;
			}
		}
	/* Mild untargeted words still show their severity. */
	if (!a->qualifying)
		a->severity = a->any_severity;
	a->abuse = a->qualifying && a->score >= threshold_of(s);
	a->below = a->qualifying && !a->abuse && !a->end_hit;
}

/* ------------------------------------------------------------------ */
/* The ladder                                                          */

static kalm_action ladder_level(const ladder *l)
{
	if (l->ended)
		return KALM_ACTION_END_SESSION;
	if (l->transfers)
		return KALM_ACTION_TRANSFER;
	if (l->limits_stated)
		return KALM_ACTION_STATE_LIMITS;
	return KALM_ACTION_RESPOND_CALMLY;
}

/* A step that has counted for warning_seconds without more abuse lapses,
 * and the decision says so.  An ended session stays ended. */
static bool ladder_expire(const kalm_policy *p, ladder *l, int64_t now)
{
	if (l->ended || p->warning_seconds == 0)
		return false;
	if (!l->limits_stated && !l->transfers)
		return false;
	/* Unsigned: any two int64 times have a representable distance. */
	if (now <= l->last_abuse ||
	    (uint64_t)now - (uint64_t)l->last_abuse <=
		    (uint64_t)p->warning_seconds)
		return false;
	l->limits_stated = 0;
	l->transfers = 0;
	return true;
}

static kalm_reason calm_reason(const analysis *a)
{
	if (a->any_abuse && !a->below)
		return KALM_REASON_UNTARGETED;
	if (a->categories & (1u << KALM_CAT_FRUSTRATION | 1u << KALM_CAT_SHOUTING))
		return KALM_REASON_FRUSTRATION;
	return KALM_REASON_CLEAN;
}

static kalm_action ladder_step(const kalm_policy *p, ladder *l,
			       const analysis *a, int64_t now,
			       kalm_reason *reason)
{
	if (a->abuse || a->end_hit)
		l->last_abuse = now;
	if (l->ended) {
		*reason = KALM_REASON_ENDED;
		return KALM_ACTION_END_SESSION;
	}
	if (a->end_hit) {
		*reason = KALM_REASON_END_CATEGORY;
		l->ended = true;
		return KALM_ACTION_END_SESSION;
	}
	if (!a->abuse) {
		*reason = calm_reason(a);
		return KALM_ACTION_RESPOND_CALMLY;
	}
	if (l->transfers) {
		if (l->transfers < p->transfers_before_end) {
			l->transfers++;
			*reason = KALM_REASON_REPEATED_ABUSE;
			return KALM_ACTION_TRANSFER;
		}
		*reason = KALM_REASON_ABUSE_AFTER_TRANSFER;
		l->ended = true;
		return KALM_ACTION_END_SESSION;
	}
	bool severe = a->severity >= p->transfer_severity;
	if (severe || l->limits_stated >= p->limits_before_transfer) {
		*reason = l->limits_stated ? KALM_REASON_REPEATED_ABUSE
			  : severe        ? KALM_REASON_SEVERE_ABUSE
					  : KALM_REASON_FIRST_ABUSE;
		if (p->transfers_before_end == 0) {
			l->ended = true;
			return KALM_ACTION_END_SESSION;
		}
		l->transfers = 1;
		return KALM_ACTION_TRANSFER;
	}
	l->limits_stated++;
	*reason = l->limits_stated == 1 ? KALM_REASON_FIRST_ABUSE
					: KALM_REASON_REPEATED_ABUSE;
	return KALM_ACTION_STATE_LIMITS;
}

/* ------------------------------------------------------------------ */
/* Explaining                                                          */

static void describe_match(const kalm_session *s, const kalm_match *m,
			   char *buf, size_t cap)
{
	kalm_entry_info info;
	const char *cat = kalm_category_name(m->category);
	text_add(buf, cap, "%s", cat ? cat : "?");
	if (kalm_model_entry(s->model, m->entry, &info) == KALM_OK && m->rule) {
		/* a pattern means nothing to an agent: name the rule */
		text_add(buf, cap, " phrase (%s:%u, ",
			 info.source ? info.source : "?", info.line);
	} else if (kalm_model_entry(s->model, m->entry, &info) == KALM_OK &&
		   info.term) {
		size_t tlen = strlen(info.term);
		size_t keep = utf8_cut(info.term, tlen, 48);
		text_add(buf, cap, " \"%.*s%s\" (%s:%u, ", (int)keep,
			 info.term, keep < tlen ? "..." : "",
			 info.source ? info.source : "?", info.line);
	} else {
		text_add(buf, cap, " (");
	}
	text_add(buf, cap, "severity %d, %s)", m->severity,
		 m->targeted ? "aimed at the agent" : "not aimed at the agent");
}

static void explain(const kalm_session *s, const analysis *a,
		    kalm_reason reason, bool expired, const ladder *before,
		    char *buf, size_t cap)
{
	char score[16], threshold[16];
	buf[0] = '\0';
	text_add(buf, cap, "%s: ", kalm_reason_name(reason));
	if (reason == KALM_REASON_CLEAN && a->below) {
		unit_text(a->score, score, sizeof score);
		unit_text(threshold_of(s), threshold, sizeof threshold);
		text_add(buf, cap, "score %s under the threshold %s; ", score,
			 threshold);
	} else if (reason == KALM_REASON_CLEAN) {
		text_add(buf, cap, "no abuse found");
	} else if (reason == KALM_REASON_FRUSTRATION) {
		text_add(buf, cap, "complaint or shouting, not abuse");
	} else if (reason == KALM_REASON_ENDED) {
		text_add(buf, cap, "the session had already ended");
		if (a->has_key)
			text_add(buf, cap, "; ");
	}
	bool show = a->has_key && (reason != KALM_REASON_CLEAN || a->below) &&
		    reason != KALM_REASON_FRUSTRATION;
	if (show) {
		describe_match(s, &a->key, buf, cap);
		if (a->extra)
			text_add(buf, cap, " and %zu more", a->extra);
	}
	if (reason == KALM_REASON_UNTARGETED)
		text_add(buf, cap, "; about the situation");
	if (expired)
		text_add(buf, cap,
			 "; earlier steps lapsed after %lld s without abuse",
			 (long long)s->policy->warning_seconds);
	kalm_action level = ladder_level(before);
	if (reason <= KALM_REASON_UNTARGETED && !expired &&
	    level > KALM_ACTION_RESPOND_CALMLY)
		text_add(buf, cap, "; %s earlier still counts",
			 kalm_action_name(level));
}

/* ------------------------------------------------------------------ */
/* Incidents                                                           */

/* Is byte OFFSET inside an abuse match?  *START gets the match start. */
static bool in_match(const kalm_verdict *v, size_t offset, size_t *start)
{
	size_t n = kalm_verdict_match_count(v);
	for (size_t i = 0; i < n; i++) {
		kalm_match m;
		if (kalm_verdict_match(v, i, &m) != KALM_OK ||
		    !kalm_category_is_abuse(m.category))
			continue;
		if (offset >= m.start && offset < m.end) {
			*start = m.start;
			return true;
		}
	}
	return false;
}

static bool excerpt_put(char *out, size_t *n, size_t cap, const char *s,
			size_t len)
{
	if (*n + len > cap)
		return false;
	memcpy(out + *n, s, len);
	*n += len;
	return true;
}

/*
 * A redacted excerpt of TEXT: valid UTF-8, control characters as spaces,
 * each matched word reduced to its first letter and asterisks, at most
 * EXCERPT_MAX bytes, starting a little before the first match.
 */
static size_t make_excerpt(const kalm_verdict *v, const char *text,
			   size_t len, char *out)
{
	static const char ellipsis[] = "\xE2\x80\xA6";
	size_t first = len;
	size_t count = kalm_verdict_match_count(v);
	for (size_t i = 0; i < count; i++) {
		kalm_match m;
		if (kalm_verdict_match(v, i, &m) == KALM_OK &&
		    kalm_category_is_abuse(m.category) && m.start < first)
			first = m.start;
	}
	size_t pos = 0, n = 0;
	if (first < len && first > EXCERPT_MAX - 2 * EXCERPT_LEAD) {
		pos = first - EXCERPT_LEAD;
		while (pos < first && ((uint8_t)text[pos] & 0xC0) == 0x80)
			pos++;
		excerpt_put(out, &n, EXCERPT_MAX, ellipsis, 3);
	}
	bool prev_space = true;
	while (pos < len) {
		size_t seq = utf8_seq((const uint8_t *)text + pos, len - pos);
		char ch[4];
		size_t chlen = seq;
		if (seq == 0) {
			memcpy(ch, "\xEF\xBF\xBD", 3);
			chlen = 3;
			seq = 1;
		} else if ((uint8_t)text[pos] < 0x20 || text[pos] == 0x7F) {
			ch[0] = ' ';
		} else {
			memcpy(ch, text + pos, seq);
		}
		bool space = chlen == 1 && (ch[0] == ' ');
		size_t start;
		if (!space && in_match(v, pos, &start) && pos != start &&
		    !prev_space) {
			ch[0] = '*';
			chlen = 1;
		}
		/* Leave room for a closing ellipsis. */
		if (n + chlen > EXCERPT_MAX - 3) {
			excerpt_put(out, &n, EXCERPT_MAX, ellipsis, 3);
			return n;
		}
		excerpt_put(out, &n, EXCERPT_MAX, ch, chlen);
		prev_space = space;
		pos += seq;
	}
	return n;
}

/* Room for one more incident, so that recording cannot fail later. */
static int incident_reserve(kalm_session *s)
{
	if (s->incident_count == KALM_INCIDENT_MAX)
		return KALM_OK; /* incident_push makes room */
	return kalm_grow((void **)&s->incidents, &s->incident_cap,
			 (size_t)s->incident_count + 1, sizeof(incident));
}

static void incident_push(kalm_session *s, const incident *inc)
{
	if (s->incident_count == KALM_INCIDENT_MAX) {
		/* Keep the first few (how it started) and the latest. */
		memmove(&s->incidents[INCIDENT_HEAD],
			&s->incidents[INCIDENT_HEAD + 1],
			(KALM_INCIDENT_MAX - INCIDENT_HEAD - 1) *
				sizeof(incident));
		s->incident_count--;
		s->dropped++;
	}
	s->incidents[s->incident_count++] = *inc;
}

/* ------------------------------------------------------------------ */
/* Creating and feeding                                                */

static int session_alloc(const kalm_model *model, const kalm_policy *policy,
			 kalm_session **out, kalm_error *err)
{
	kalm_session *s = kalm_calloc(1, sizeof *s);
	if (!s)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	s->model = model;
	int rc = policy ? policy_copy(policy, &s->policy)
			: kalm_policy_new(&s->policy, err);
	if (rc == KALM_OK)
		rc = kalm_verdict_new(&s->verdict);
	if (rc == KALM_OK)
		rc = kalm_verdict_new(&s->spare);
	if (rc != KALM_OK) {
		kalm_session_free(s);
		return kalm_fail(err, rc, NULL, 0, 0,
				 "cannot create a session: %s",
				 kalm_status_str(rc));
	}
	s->lang = KALM_LANG_UNKNOWN;
	*out = s;
	return KALM_OK;
}

kalm_status kalm_session_new(const kalm_model *model,
			     const kalm_policy *policy,
			     const char *conversation, size_t len,
			     kalm_session **out, kalm_error *err)
{
	if (!out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_new: OUT is NULL");
	*out = NULL;
	if (!model || (!conversation && len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_new: NULL argument");
	if (len > KALM_SESSION_ID_MAX)
		return kalm_fail(err, KALM_ERR_LIMIT, NULL, 0, 0,
				 "conversation id longer than %d bytes",
				 KALM_SESSION_ID_MAX);
	kalm_session *s;
	int rc = session_alloc(model, policy, &s, err);
	if (rc != KALM_OK)
		return rc;
	if (len)
		memcpy(s->id, conversation, len);
	s->id_len = len;
	*out = s;
	return KALM_OK;
}

void kalm_session_free(kalm_session *s)
{
	if (!s)
		return;
	kalm_policy_free(s->policy);
	kalm_verdict_free(s->verdict);
	kalm_verdict_free(s->spare);
	kalm_scratch_free(s->scratch);
	placeholder_set_clear(&s->placeholders);
	kbuf_free(&s->reply);
	kalm_dealloc(s->incidents);
	kalm_dealloc(s);
}

const char *kalm_session_conversation(const kalm_session *s, size_t *len)
{
	if (len)
		*len = s ? s->id_len : 0;
	return s ? s->id : NULL;
}

kalm_status kalm_session_set_placeholder(kalm_session *s, const char *name,
					 const char *value, kalm_error *err)
{
	if (!s || !name || !value)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_set_placeholder: NULL argument");
	return placeholder_set_put(&s->placeholders, name, strlen(name), value,
				   strlen(value), err);
}

/* The customer's language: given with the message MSG, else read from it
 * (its verdict V), else as before; UNKNOWN when nothing says. */
static kalm_lang customer_lang(const kalm_session *s, const kalm_message *msg,
			       const kalm_verdict *v)
{
	if (msg->lang > KALM_LANG_UNKNOWN && msg->lang < KALM_LANG_COUNT)
		return msg->lang;
	kalm_lang l = kalm_verdict_language(v);
	if (l > KALM_LANG_UNKNOWN && l < KALM_LANG_COUNT)
		return l;
	return s->lang;
}

static void record(kalm_session *s, const analysis *a, kalm_action action,
		   kalm_reason reason, bool expired, kalm_lang lang,
		   const char *text, size_t len, int64_t now)
{
	incident inc;
	memset(&inc, 0, sizeof inc);
	inc.seconds = now;
	inc.index = s->messages;
	inc.action = (uint8_t)action;
	inc.reason = (uint8_t)reason;
	inc.severity = (uint8_t)a->severity;
	inc.flags = (uint8_t)((a->targeted ? INC_TARGETED : 0) |
			      (a->abuse ? INC_ABUSIVE : 0) |
			      (expired ? INC_EXPIRED : 0) |
			      (a->end_hit ? INC_END_HIT : 0));
	inc.categories = (uint8_t)(a->categories & 0x7F);
	inc.lang = (uint8_t)lang;
	inc.score = (uint16_t)(a->score > 1 ? 10000
			       : a->score > 0 ? a->score * 10000 + 0.5
					      : 0);
	inc.excerpt_len = (uint8_t)make_excerpt(s->verdict, text, len,
						inc.excerpt);
	size_t dlen = utf8_cut(s->reason, strlen(s->reason), DETAIL_MAX);
	memcpy(inc.detail, s->reason, dlen);
	inc.detail_len = (uint8_t)dlen;
	incident_push(s, &inc);
}

static void fill_decision(const kalm_session *s, const analysis *a,
			  kalm_action action, kalm_reason reason, bool expired,
			  kalm_lang lang, kalm_decision *out)
{
	kalm_decision d;
	memset(&d, 0, sizeof d);
	d.size = sizeof d;
	d.action = action;
	d.reason = reason;
	d.reason_text = s->reason;
	d.reply = (const char *)s->reply.data;
	d.reply_len = s->reply.len;
	d.reply_lang = lang;
	d.score = a->score;
	d.severity = a->severity;
	d.abusive = a->abuse || a->end_hit;
	d.targeted = a->targeted;
	d.expired = expired;
	d.categories = a->categories;
	d.level = ladder_level(&s->ladder);
	d.limits_stated = s->ladder.limits_stated;
	d.transfers = s->ladder.transfers;
	d.messages = s->messages;
	d.verdict = s->verdict;
	size_t n = out->size < sizeof d ? out->size : sizeof d;
	memcpy(out, &d, n);
	out->size = n;
}

kalm_status kalm_session_feed(kalm_session *s, const kalm_message *msg,
			      kalm_decision *out, kalm_error *err)
{
	if (!s || !msg || !out || (!msg->text && msg->len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_feed: NULL argument");
	if (msg->size < offsetof(kalm_message, scratch) ||
	    out->size < offsetof(kalm_decision, reason_text))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_feed: set message.size and decision.size");
	if (s->messages == UINT32_MAX)
		return kalm_fail(err, KALM_ERR_LIMIT, NULL, 0, 0,
				 "too many messages in one session");
	kalm_scratch *scratch = msg->size >= sizeof(kalm_message) ? msg->scratch
								   : NULL;
	if (!scratch) {
		if (!s->scratch && kalm_scratch_new(&s->scratch) != KALM_OK)
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		scratch = s->scratch;
	}
	kalm_score_options opts;
	memset(&opts, 0, sizeof opts);
	opts.size = sizeof opts;
	opts.lang_hint = msg->lang > KALM_LANG_UNKNOWN &&
					 msg->lang < KALM_LANG_COUNT
				 ? msg->lang
				 : s->lang;
	/* scored into the spare verdict, which becomes the session's only
	 * when nothing below fails: on an error the session keeps the last
	 * message's */
	int rc = kalm_score(s->model, scratch, msg->text ? msg->text : "",
			    msg->len, &opts, s->spare, err);
	if (rc != KALM_OK)
		return rc;

	analysis a;
	analyse(s, s->spare, &a);
	int64_t now = msg->seconds;
	if (s->messages && now < s->last_seconds)
		now = s->last_seconds; /* a clock going back counts as no gap */
	ladder next = s->ladder;
	bool expired = ladder_expire(s->policy, &next, now);
	kalm_reason reason;
	kalm_action action = ladder_step(s->policy, &next, &a, now, &reason);
	kalm_lang known = customer_lang(s, msg, s->spare);
	kalm_lang lang = known != KALM_LANG_UNKNOWN ? known : KALM_LANG_EN;

	bool flagged = a.any_abuse || a.end_hit ||
		       action != KALM_ACTION_RESPOND_CALMLY || expired;
	if (flagged && incident_reserve(s) != KALM_OK)
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	kbuf reply = {0};
	rc = reply_expand(reply_template(s->policy, lang, action),
			  &s->placeholders, &s->policy->placeholders, &reply);
	if (rc == KALM_OK)
		rc = kbuf_append_u8(&reply, 0);
	if (rc != KALM_OK) {
		kbuf_free(&reply);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	}
	reply.len--;

	/* Commit: nothing below fails.  The message's verdict becomes the
	 * session's; the last one is the spare for the next. */
	kalm_verdict *last = s->verdict;
	s->verdict = s->spare;
	s->spare = last;
	explain(s, &a, reason, expired, &s->ladder, s->reason, sizeof s->reason);
	kbuf_free(&s->reply);
	s->reply = reply;
	s->ladder = next;
	s->lang = known;
	if (s->messages == 0)
		s->first_seconds = now;
	s->last_seconds = now;
	s->messages++;
	if (a.abuse || a.end_hit)
		s->abusive_messages++;
	if (flagged)
		record(s, &a, action, reason, expired, lang,
		       msg->text ? msg->text : "", msg->len, now);
	fill_decision(s, &a, action, reason, expired, lang, out);
	return KALM_OK;
}

/* ------------------------------------------------------------------ */
/* The incident record                                                 */

static int json_incident(kbuf *b, const incident *inc)
{
	char tmp[64];
	int rc = json_raw(b, "{\"message\":");
	snprintf(tmp, sizeof tmp, "%u", inc->index);
	rc |= json_raw(b, tmp);
	iso_time(inc->seconds, tmp, sizeof tmp);
	rc |= json_raw(b, ",\"time\":");
	rc |= json_cstr(b, tmp);
	snprintf(tmp, sizeof tmp, "%lld", (long long)inc->seconds);
	rc |= json_raw(b, ",\"seconds\":");
	rc |= json_raw(b, tmp);
	rc |= json_raw(b, ",\"lang\":");
	rc |= json_cstr(b, kalm_lang_code((kalm_lang)inc->lang));
	rc |= json_raw(b, ",\"categories\":[");
	bool first = true;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		if (!(inc->categories & 1u << c))
			continue;
		if (!first)
			rc |= json_raw(b, ",");
		rc |= json_cstr(b, kalm_category_name((kalm_category)c));
		first = false;
	}
	snprintf(tmp, sizeof tmp, "],\"severity\":%u,\"score\":",
		 inc->severity);
	rc |= json_raw(b, tmp);
	unit_text(inc->score / 10000.0, tmp, sizeof tmp);
	rc |= json_raw(b, tmp);
	rc |= json_raw(b, inc->flags & INC_TARGETED ? ",\"targeted\":true"
						    : ",\"targeted\":false");
	rc |= json_raw(b, inc->flags & INC_ABUSIVE || inc->flags & INC_END_HIT
				  ? ",\"abusive\":true"
				  : ",\"abusive\":false");
	if (inc->flags & INC_EXPIRED)
		rc |= json_raw(b, ",\"expired\":true");
	rc |= json_raw(b, ",\"excerpt\":");
	rc |= json_string(b, inc->excerpt, inc->excerpt_len);
	rc |= json_raw(b, ",\"action\":");
	rc |= json_cstr(b, kalm_action_name((kalm_action)inc->action));
	rc |= json_raw(b, ",\"reason\":");
	rc |= json_cstr(b, kalm_reason_name((kalm_reason)inc->reason));
	rc |= json_raw(b, ",\"detail\":");
	rc |= json_string(b, inc->detail, inc->detail_len);
	rc |= json_raw(b, "}");
	return rc ? KALM_ERR_NO_MEMORY : KALM_OK;
}

kalm_status kalm_session_incident_json(const kalm_session *s, char **out,
				       size_t *len, kalm_error *err)
{
	if (out)
		*out = NULL;
	if (len)
		*len = 0;
	if (!s || !out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_incident_json: NULL argument");
	kbuf b = {0};
	char tmp[96];
	int rc = json_raw(&b, "{\"conversation\":");
	rc |= json_string(&b, s->id, s->id_len);
	if (s->messages) {
		iso_time(s->first_seconds, tmp, sizeof tmp);
		rc |= json_raw(&b, ",\"started\":");
		rc |= json_cstr(&b, tmp);
		iso_time(s->last_seconds, tmp, sizeof tmp);
		rc |= json_raw(&b, ",\"last\":");
		rc |= json_cstr(&b, tmp);
	} else {
		rc |= json_raw(&b, ",\"started\":null,\"last\":null");
	}
	snprintf(tmp, sizeof tmp,
		 ",\"messages\":%u,\"abusive_messages\":%u,\"limits_stated\":%u,\"transfers\":%u,\"level\":",
		 s->messages, s->abusive_messages, s->ladder.limits_stated,
		 s->ladder.transfers);
	rc |= json_raw(&b, tmp);
	rc |= json_cstr(&b, kalm_action_name(ladder_level(&s->ladder)));
	rc |= json_raw(&b, s->ladder.ended ? ",\"ended\":true" : ",\"ended\":false");
	rc |= json_raw(&b, ",\"lang\":");
	rc |= json_cstr(&b, kalm_lang_code(s->lang));
	snprintf(tmp, sizeof tmp, ",\"omitted\":%u,\"incidents\":[",
		 s->dropped);
	rc |= json_raw(&b, tmp);
	for (unsigned i = 0; rc == 0 && i < s->incident_count; i++) {
		if (i)
			rc |= json_raw(&b, ",");
		rc |= json_incident(&b, &s->incidents[i]);
	}
	rc |= json_raw(&b, "]}");
	rc |= kbuf_append_u8(&b, 0);
	if (rc != 0) {
		kbuf_free(&b);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	}
	if (len)
		*len = b.len - 1;
	*out = (char *)b.data;
	return KALM_OK;
}

/* ------------------------------------------------------------------ */
/* Saving and restoring                                                */
/*
 * Blob version 1, little-endian:
 *   "KSES" u16 version u16 flags(0) u32 total_length u32 crc32(rest)
 *   u8 ended u8 lang u16 reserved(0)
 *   u32 limits_stated transfers messages abusive_messages dropped
 *   i64 first_seconds last_seconds last_abuse
 *   u8 id_len, id
 *   u8 placeholder count, each: u8 name_len name u16 value_len value
 *   u8 incident count, each: i64 seconds u32 index u8 action reason
 *      severity flags categories lang u16 score u8 excerpt_len excerpt
 *      u8 detail_len detail
 */

static int put16(kbuf *b, uint16_t v)
{
	uint8_t x[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
	return kbuf_append(b, x, 2);
}

static int put64(kbuf *b, int64_t sv)
{
	uint64_t v = (uint64_t)sv;
	return kbuf_append_u32(b, (uint32_t)v) |
	       kbuf_append_u32(b, (uint32_t)(v >> 32));
}

static int put_bytes8(kbuf *b, const char *s, size_t len)
{
	return kbuf_append_u8(b, (uint8_t)len) | kbuf_append(b, s, len);
}

kalm_status kalm_session_save(const kalm_session *s, void **out, size_t *len,
			      kalm_error *err)
{
	if (out)
		*out = NULL;
	if (len)
		*len = 0;
	if (!s || !out || !len)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_save: NULL argument");
	kbuf b = {0};
	int rc = kbuf_append(&b, BLOB_MAGIC, 4);
	rc |= put16(&b, BLOB_VERSION);
	rc |= put16(&b, 0);
	rc |= kbuf_append_u32(&b, 0); /* length, patched below */
	rc |= kbuf_append_u32(&b, 0); /* checksum, patched below */
	rc |= kbuf_append_u8(&b, s->ladder.ended);
	rc |= kbuf_append_u8(&b, (uint8_t)s->lang);
	rc |= put16(&b, 0);
	rc |= kbuf_append_u32(&b, s->ladder.limits_stated);
	rc |= kbuf_append_u32(&b, s->ladder.transfers);
	rc |= kbuf_append_u32(&b, s->messages);
	rc |= kbuf_append_u32(&b, s->abusive_messages);
	rc |= kbuf_append_u32(&b, s->dropped);
	rc |= put64(&b, s->first_seconds);
	rc |= put64(&b, s->last_seconds);
	rc |= put64(&b, s->ladder.last_abuse);
	rc |= put_bytes8(&b, s->id, s->id_len);
	rc |= kbuf_append_u8(&b, (uint8_t)s->placeholders.count);
	for (unsigned i = 0; i < s->placeholders.count; i++) {
		const placeholder *p = &s->placeholders.item[i];
		size_t vlen = strlen(p->value);
		rc |= put_bytes8(&b, p->name, strlen(p->name));
		rc |= put16(&b, (uint16_t)vlen);
		rc |= kbuf_append(&b, p->value, vlen);
	}
	rc |= kbuf_append_u8(&b, (uint8_t)s->incident_count);
	for (unsigned i = 0; i < s->incident_count; i++) {
		const incident *inc = &s->incidents[i];
		uint8_t small[6] = {inc->action,     inc->reason,
				    inc->severity,   inc->flags,
				    inc->categories, inc->lang};
		rc |= put64(&b, inc->seconds);
		rc |= kbuf_append_u32(&b, inc->index);
		rc |= kbuf_append(&b, small, sizeof small);
		rc |= put16(&b, inc->score);
		rc |= put_bytes8(&b, inc->excerpt, inc->excerpt_len);
		rc |= put_bytes8(&b, inc->detail, inc->detail_len);
	}
	if (rc != 0) {
		kbuf_free(&b);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				 "out of memory");
	}
	uint32_t total = (uint32_t)b.len;
	uint32_t crc = kalm_crc32(0, b.data + BLOB_HEADER, b.len - BLOB_HEADER);
	for (int k = 0; k < 4; k++) {
		b.data[8 + k] = (uint8_t)(total >> (8 * k));
		b.data[12 + k] = (uint8_t)(crc >> (8 * k));
	}
	*out = b.data;
	*len = b.len;
	return KALM_OK;
}

/* A bounds-checked reader over a blob. */
typedef struct reader {
	const uint8_t *p;
	size_t left;
	bool bad;
} reader;

static const uint8_t *take(reader *r, size_t n)
{
	if (r->bad || r->left < n) {
		r->bad = true;
		return NULL;
	}
	const uint8_t *p = r->p;
	r->p += n;
	r->left -= n;
	return p;
}

static uint8_t get8(reader *r)
{
	const uint8_t *p = take(r, 1);
	return p ? p[0] : 0;
}

static uint16_t get16(reader *r)
{
	const uint8_t *p = take(r, 2);
	return p ? kalm_rd16(p) : 0;
}

static uint32_t get32(reader *r)
{
	const uint8_t *p = take(r, 4);
	return p ? kalm_rd32(p) : 0;
}

static int64_t get64(reader *r)
{
	const uint8_t *p = take(r, 8);
	if (!p)
		return 0;
	uint64_t v = (uint64_t)kalm_rd32(p) | (uint64_t)kalm_rd32(p + 4) << 32;
	return (int64_t)v;
}

static int refuse(kalm_error *err, const char *why)
{
	return kalm_fail(err, KALM_ERR_STATE, NULL, 0, 0,
			 "saved session refused: %s", why);
}

/* Not a fault of the blob: restore reports it as KALM_ERR_NO_MEMORY. */
static const char out_of_memory[] = "out of memory";

/* Read the incidents; returns NULL or what is wrong. */
static const char *read_incidents(reader *r, kalm_session *s)
{
	unsigned count = get8(r);
	if (count > KALM_INCIDENT_MAX)
		return "too many incidents";
	if (count && kalm_grow((void **)&s->incidents, &s->incident_cap, count,
			       sizeof(incident)) != KALM_OK)
		return out_of_memory;
	for (unsigned i = 0; i < count; i++) {
		incident *inc = &s->incidents[i];
		inc->seconds = get64(r);
		inc->index = get32(r);
		inc->action = get8(r);
		inc->reason = get8(r);
		inc->severity = get8(r);
		inc->flags = get8(r);
		inc->categories = get8(r);
		inc->lang = get8(r);
		inc->score = get16(r);
		inc->excerpt_len = get8(r);
		const uint8_t *e = take(r, inc->excerpt_len);
		inc->detail_len = get8(r);
		const uint8_t *d = take(r, inc->detail_len);
		if (r->bad)
			return "truncated in the incident history";
		if (inc->action >= KALM_ACTION_COUNT ||
		    inc->reason >= KALM_REASON_COUNT || inc->severity > 4 ||
		    inc->flags > 15 || inc->categories > 0x7F ||
		    inc->lang >= KALM_LANG_COUNT || inc->score > 10000 ||
		    inc->excerpt_len > EXCERPT_MAX ||
		    inc->detail_len > DETAIL_MAX)
			return "an incident holds values out of range";
		if (!utf8_valid((const char *)e, inc->excerpt_len, NULL) ||
		    !utf8_valid((const char *)d, inc->detail_len, NULL))
			return "an incident holds invalid UTF-8";
		memcpy(inc->excerpt, e, inc->excerpt_len);
		memcpy(inc->detail, d, inc->detail_len);
	}
	s->incident_count = count;
	return NULL;
}

static const char *read_body(reader *r, kalm_session *s)
{
	uint8_t ended = get8(r);
	uint8_t lang = get8(r);
	uint16_t reserved = get16(r);
	s->ladder.limits_stated = get32(r);
	s->ladder.transfers = get32(r);
	s->messages = get32(r);
	s->abusive_messages = get32(r);
	s->dropped = get32(r);
	s->first_seconds = get64(r);
	s->last_seconds = get64(r);
	s->ladder.last_abuse = get64(r);
	if (r->bad)
		return "truncated in the ladder state";
	if (ended > 1 || lang >= KALM_LANG_COUNT || reserved != 0 ||
	    s->ladder.limits_stated > 1000 || s->ladder.transfers > 1000 ||
	    s->abusive_messages > s->messages)
		return "the ladder state holds values out of range";
	s->ladder.ended = ended;
	s->lang = (kalm_lang)lang;
	size_t id_len = get8(r);
	const uint8_t *id = take(r, id_len);
	if (r->bad)
		return "truncated in the conversation id";
	if (id_len > KALM_SESSION_ID_MAX)
		return "conversation id too long";
	memcpy(s->id, id, id_len);
	s->id_len = id_len;
	unsigned count = get8(r);
	if (count > KALM_PLACEHOLDER_COUNT)
		return "too many placeholders";
	for (unsigned i = 0; i < count; i++) {
		size_t nlen = get8(r);
		const uint8_t *name = take(r, nlen);
		size_t vlen = get16(r);
		const uint8_t *value = take(r, vlen);
		if (r->bad)
			return "truncated in the placeholders";
		if (vlen == 0)
			return "a placeholder is malformed";
		int rc = placeholder_set_put(&s->placeholders,
					     (const char *)name, nlen,
					     (const char *)value, vlen, NULL);
		if (rc == KALM_ERR_NO_MEMORY)
			return out_of_memory;
		if (rc != KALM_OK)
			return "a placeholder is malformed";
	}
	return read_incidents(r, s);
}

kalm_status kalm_session_restore(const kalm_model *model,
				 const kalm_policy *policy, const void *data,
				 size_t len, kalm_session **out,
				 kalm_error *err)
{
	if (!out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_restore: OUT is NULL");
	*out = NULL;
	if (!model || (!data && len))
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "kalm_session_restore: NULL argument");
	const uint8_t *p = data;
	if (len < 4 || memcmp(p, BLOB_MAGIC, 4) != 0)
		return refuse(err, "not a kalm session blob (bad magic)");
	if (len < BLOB_HEADER)
		return refuse(err, "truncated header");
	unsigned version = kalm_rd16(p + 4);
	if (version != BLOB_VERSION)
		return kalm_fail(err, KALM_ERR_STATE, NULL, 0, 0,
				 "saved session refused: blob version %u, this library reads version %d",
				 version, BLOB_VERSION);
	if (kalm_rd16(p + 6) != 0)
		return refuse(err, "unknown flags");
	uint32_t total = kalm_rd32(p + 8);
	if (total != len)
		return kalm_fail(err, KALM_ERR_STATE, NULL, 0, 0,
				 "saved session refused: %zu bytes given, the blob says %u (truncated or padded)",
				 len, (unsigned)total);
	if (len > KALM_SESSION_BLOB_MAX)
		return refuse(err, "larger than KALM_SESSION_BLOB_MAX");
	if (kalm_crc32(0, p + BLOB_HEADER, len - BLOB_HEADER) !=
	    kalm_rd32(p + 12))
		return refuse(err, "checksum mismatch (corrupt)");
	kalm_session *s;
	int rc = session_alloc(model, policy, &s, err);
	if (rc != KALM_OK)
		return rc;
	reader r = {p + BLOB_HEADER, len - BLOB_HEADER, false};
	const char *why = read_body(&r, s);
	if (!why && r.left != 0)
		why = "trailing bytes after the history";
	if (why) {
		kalm_session_free(s);
		if (why == out_of_memory)
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		return refuse(err, why);
	}
	*out = s;
	return KALM_OK;
}
