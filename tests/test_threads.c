/* Threads: one model shared by eight threads, each with its own scratch,
 * verdict and sessions, gives exactly what one thread gives.  The shared
 * model is fresh when the threads start together, so the phrase rules'
 * JIT copies are made and published while others read them.
 *
 * Plain C rather than Criterion, because Criterion cannot start under
 * ThreadSanitizer (Snaipe/Criterion#274) and this test is the one that
 * matters there: scripts/sanitize.sh runs it in a TSan build. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kalm.h>

#include "model.h" /* model_rule_code */

static int failures;

/* A check that fails the test (and says where); REQUIRE also stops it. */
static bool check(bool ok, const char *file, int line, const char *what)
{
	if (!ok) {
		fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
		failures++;
	}
	return ok;
}
#define CHECK(cond) check((cond), __FILE__, __LINE__, #cond)
#define REQUIRE(cond)                  \
	do {                           \
		if (!CHECK(cond))      \
			exit(1);       \
	} while (0)

#define THREADS 8
#define ROUNDS 3

static const char *const lines[] = {
	"Hi, my order #4471 arrived broken. I want a refund.",
	"This is the THIRD time I'm writing about this!!! Completely unacceptable.",
	"this fucking router is useless",
	"Are you deaf or just stupid? Fix it, you moron.",
	"I know where your office is. I'll come over and break your face.",
	"you f.u.c.k.i.n.g 1d10t",
	"you are not an idiot, but he said 'women are stupid'",
	"Goedemiddag, mijn factuur klopt niet.",
	"Mijn poes heeft last van het lawaai, haha.",
	"Kut, de app crasht weer.",
	"Jij bent echt een waardeloze idioot, weet je dat?",
	"Kankerlijer, ik hoop dat je doodgaat.",
	"Goeiem\xc3\xb4re, my bestelling het nog nie opgedaag nie.",
	"Fok, die ding werk weer nie.",
	"Jy is 'n simpel doos, weet jy dit?",
	"Jou simpel poes, waar is my geld?",
	"Dzie\xc5\x84 dobry, paczka przysz\xc5\x82" "a uszkodzona, prosz\xc4\x99 o zwrot pieni\xc4\x99" "dzy.",
	"Kurwa, znowu nic nie dzia\xc5\x82" "a, pisz\xc4\x99 ju\xc5\xbc trzeci raz!",
	"Ty debilu, nie umiesz czyta\xc4\x87?",
	"Ty k u r w o jedna",
	"Wiem, gdzie mieszkasz.",
	"\xd1\x83ou \xd1\x96" "di\xd0\xbe" "t \xe2\x80\x8b f\xe2\x80\x8bu\xe2\x80\x8b" "ck",
	"kurw\xb1 \xff\xfe invalid bytes idiot",
	"",
};
#define NLINES (sizeof(lines) / sizeof(lines[0]))

typedef struct result {
	kalm_status rc;
	double score;
	bool abusive, targeted;
	int severity;
	kalm_lang lang, guess;
	size_t count, total;
	kalm_match match[16];
	kalm_lang detected;
} result;

static kalm_lang hint_for(size_t line, int round)
{
	return (kalm_lang)((line + (size_t)round) % KALM_LANG_COUNT);
}

/* R from V, the verdict of LINE, made with status RC. */
static void read_verdict(const kalm_model *m, const kalm_verdict *v,
			 size_t line, kalm_status rc, result *r)
{
	const char *t = lines[line];
	memset(r, 0, sizeof(*r));
	r->rc = rc;
	r->score = kalm_verdict_score(v);
	r->abusive = kalm_verdict_abusive(v);
	r->targeted = kalm_verdict_targeted(v);
	r->severity = kalm_verdict_severity(v);
	r->lang = kalm_verdict_language(v);
	r->guess = kalm_verdict_language_guess(v, NULL);
	r->count = kalm_verdict_match_count(v);
	r->total = kalm_verdict_match_total(v);
	for (size_t i = 0; i < r->count && i < 16; i++)
		kalm_verdict_match(v, i, &r->match[i]);
	r->detected = kalm_detect_language(m, t, strlen(t), NULL);
}

static void score_one(const kalm_model *m, kalm_scratch *s, kalm_verdict *v,
		      size_t line, int round, result *r)
{
	const char *t = lines[line];
	kalm_score_options opt = {sizeof(opt), hint_for(line, round)};
	kalm_status rc = kalm_score(m, s, t, strlen(t), &opt, v, NULL);
	read_verdict(m, v, line, rc, r);
}

static bool same(const result *a, const result *b)
{
	if (a->rc != b->rc || a->score != b->score || a->abusive != b->abusive ||
	    a->targeted != b->targeted || a->severity != b->severity ||
	    a->lang != b->lang || a->guess != b->guess || a->count != b->count ||
	    a->total != b->total || a->detected != b->detected)
		return false;
	for (size_t i = 0; i < a->count && i < 16; i++) {
		const kalm_match *x = &a->match[i], *y = &b->match[i];
		if (x->start != y->start || x->end != y->end || x->entry != y->entry ||
		    x->category != y->category || x->severity != y->severity ||
		    x->counted != y->counted || x->targeted != y->targeted ||
		    x->negated != y->negated)
			return false;
	}
	return true;
}

/* A conversation: every line in a thread's own order, as one session. */
typedef struct step {
	kalm_status rc;
	kalm_action action;
	kalm_reason reason;
	char reply[512];
} step;

static void converse(const kalm_model *m, const kalm_policy *p,
		     kalm_scratch *scratch, size_t start, step *out)
{
	kalm_session *s = NULL;
	char id[32];
	snprintf(id, sizeof(id), "conversation-%zu", start);
	if (kalm_session_new(m, p, id, strlen(id), &s, NULL) != KALM_OK) {
		out[0].rc = KALM_ERR_NO_MEMORY;
		return;
	}
	for (size_t k = 0; k < NLINES; k++) {
		size_t line = (start + k) % NLINES;
		kalm_message msg = {0};
		msg.size = sizeof(msg);
		msg.text = lines[line];
		msg.len = strlen(lines[line]);
		msg.seconds = 1700000000 + (int64_t)k * 600;
		msg.scratch = k % 2 ? scratch : NULL; /* both ways */
		kalm_decision d = {0};
		d.size = sizeof(d);
		out[k].rc = kalm_session_feed(s, &msg, &d, NULL);
		out[k].action = d.action;
		out[k].reason = d.reason;
		snprintf(out[k].reply, sizeof(out[k].reply), "%s",
			 d.reply ? d.reply : "");
	}
	kalm_session_free(s);
}

static bool same_steps(const step *a, const step *b)
{
	for (size_t k = 0; k < NLINES; k++)
		if (a[k].rc != b[k].rc || a[k].action != b[k].action ||
		    a[k].reason != b[k].reason || strcmp(a[k].reply, b[k].reply))
			return false;
	return true;
}

/* ---- the run ---- */

static result expected[ROUNDS][NLINES];
static step expected_steps[THREADS][NLINES];

typedef struct worker {
	pthread_t thread;
	unsigned id;
	const kalm_model *model;
	const kalm_policy *policy;
	pthread_barrier_t *start;
	size_t mismatches, errors;
	char first_bad[160];
} worker;

static void *work(void *arg)
{
	worker *w = arg;
	kalm_scratch *s = NULL;
	kalm_verdict *v = NULL;
	if (kalm_scratch_new(&s) || kalm_verdict_new(&v)) {
		w->errors++;
		pthread_barrier_wait(w->start);
		goto out;
	}
	pthread_barrier_wait(w->start);
	for (int round = 0; round < ROUNDS; round++) {
		for (size_t k = 0; k < NLINES; k++) {
			/* each thread its own order: different lines at once */
			size_t line = (k * 7 + w->id * 5) % NLINES;
			result r;
			score_one(w->model, s, v, line, round, &r);
			if (r.rc != KALM_OK)
				w->errors++;
			else if (!same(&r, &expected[round][line]) &&
				 w->mismatches++ == 0)
				snprintf(w->first_bad, sizeof(w->first_bad),
					 "thread %u, round %d: \"%s\"", w->id,
					 round, lines[line]);
		}
	}
	/* the same lines a round at a time through kalm_score_many, each
	 * with its own hint, in the thread's own order */
	kalm_verdict *many[NLINES] = {NULL};
	for (size_t k = 0; k < NLINES; k++)
		if (kalm_verdict_new(&many[k]))
			w->errors++;
	for (int round = 0; round < ROUNDS && !w->errors; round++) {
		kalm_text t[NLINES];
		size_t order[NLINES];
		for (size_t k = 0; k < NLINES; k++) {
			order[k] = (k * 5 + w->id * 3 + (size_t)round) % NLINES;
			t[k] = (kalm_text){lines[order[k]], strlen(lines[order[k]]),
					   hint_for(order[k], round)};
		}
		size_t scored = 0;
		kalm_status rc = kalm_score_many(w->model, s, t, NLINES, NULL,
						 many, &scored, NULL);
		if (rc != KALM_OK || scored != NLINES)
			w->errors++;
		for (size_t k = 0; k < scored; k++) {
			result r;
			read_verdict(w->model, many[k], order[k], rc, &r);
			if (!same(&r, &expected[round][order[k]]) &&
			    w->mismatches++ == 0)
				snprintf(w->first_bad, sizeof(w->first_bad),
					 "thread %u, round %d, kalm_score_many: "
					 "\"%s\"", w->id, round, lines[order[k]]);
		}
	}
	for (size_t k = 0; k < NLINES; k++)
		kalm_verdict_free(many[k]);
	step steps[NLINES];
	converse(w->model, w->policy, s, w->id, steps);
	if (!same_steps(steps, expected_steps[w->id]) && w->mismatches++ == 0)
		snprintf(w->first_bad, sizeof(w->first_bad),
			 "thread %u: its conversation decided differently", w->id);
out:
	kalm_verdict_free(v);
	kalm_scratch_free(s);
	return NULL;
}

static void eight_threads_sharing_one_model_agree_with_one_thread(void)
{
	/* the expected results, from one thread and a model of its own */
	kalm_model *solo;
	kalm_policy *policy;
	REQUIRE((kalm_model_new_default(&solo, NULL)) == (KALM_OK));
	REQUIRE((kalm_policy_new(&policy, NULL)) == (KALM_OK));
	kalm_scratch *s;
	kalm_verdict *v;
	REQUIRE((kalm_scratch_new(&s)) == (KALM_OK));
	REQUIRE((kalm_verdict_new(&v)) == (KALM_OK));
	size_t abusive = 0;
	for (int round = 0; round < ROUNDS; round++)
		for (size_t line = 0; line < NLINES; line++) {
			score_one(solo, s, v, line, round, &expected[round][line]);
			REQUIRE((expected[round][line].rc) == (KALM_OK));
			abusive += expected[round][line].abusive;
		}
	for (unsigned t = 0; t < THREADS; t++)
		converse(solo, policy, s, t, expected_steps[t]);
	kalm_verdict_free(v);
	kalm_scratch_free(s);
	kalm_model_free(solo);
	/* the lines are a real mix */
	REQUIRE(abusive > ROUNDS * NLINES / 4);
	REQUIRE(abusive < ROUNDS * NLINES * 3 / 4);

	kalm_model *shared;
	REQUIRE((kalm_model_new_default(&shared, NULL)) == (KALM_OK));
	pthread_barrier_t start;
	REQUIRE((pthread_barrier_init(&start, NULL, THREADS)) == (0));
	worker w[THREADS];
	memset(w, 0, sizeof(w));
	for (unsigned t = 0; t < THREADS; t++) {
		w[t].id = t;
		w[t].model = shared;
		w[t].policy = policy;
		w[t].start = &start;
		REQUIRE((pthread_create(&w[t].thread, NULL, work, &w[t])) == (0));
	}
	for (unsigned t = 0; t < THREADS; t++)
		pthread_join(w[t].thread, NULL);
	pthread_barrier_destroy(&start);
	for (unsigned t = 0; t < THREADS; t++) {
		if (!CHECK(w[t].errors == 0))
			fprintf(stderr, "  thread %u: %zu errors\n", t, w[t].errors);
		if (!CHECK(w[t].mismatches == 0))
			fprintf(stderr, "  %zu mismatches, first %s\n",
				w[t].mismatches, w[t].first_bad);
	}
	kalm_model_free(shared);
	kalm_policy_free(policy);
}

/* Sessions saved in one thread and restored in another continue alike. */
typedef struct mover {
	pthread_t thread;
	const kalm_model *model;
	void *blob;
	size_t len;
	kalm_action action;
	kalm_status rc;
} mover;

static void *restore_and_feed(void *arg)
{
	mover *mv = arg;
	kalm_session *s = NULL;
	mv->rc = kalm_session_restore(mv->model, NULL, mv->blob, mv->len, &s, NULL);
	if (mv->rc)
		return NULL;
	kalm_message msg = {0};
	msg.size = sizeof(msg);
	msg.text = "you useless idiot";
	msg.len = strlen(msg.text);
	msg.seconds = 1700003600;
	kalm_decision d = {0};
	d.size = sizeof(d);
	mv->rc = kalm_session_feed(s, &msg, &d, NULL);
	mv->action = d.action;
	kalm_session_free(s);
	return NULL;
}

static void sessions_move_between_threads(void)
{
	kalm_model *m;
	REQUIRE((kalm_model_new_default(&m, NULL)) == (KALM_OK));
	kalm_session *s;
	REQUIRE((kalm_session_new(m, NULL, "moving", 6, &s, NULL)) == (KALM_OK));
	kalm_message msg = {0};
	msg.size = sizeof(msg);
	msg.text = "you moron";
	msg.len = strlen(msg.text);
	msg.seconds = 1700000000;
	kalm_decision d = {0};
	d.size = sizeof(d);
	REQUIRE((kalm_session_feed(s, &msg, &d, NULL)) == (KALM_OK));
	REQUIRE((d.action) == (KALM_ACTION_STATE_LIMITS));
	void *blob;
	size_t len;
	REQUIRE((kalm_session_save(s, &blob, &len, NULL)) == (KALM_OK));
	kalm_session_free(s);

	mover mv[THREADS];
	for (unsigned t = 0; t < THREADS; t++) {
		mv[t] = (mover){.model = m, .blob = blob, .len = len};
		REQUIRE((pthread_create(&mv[t].thread, NULL, restore_and_feed,
					    &mv[t])) == (0));
	}
	for (unsigned t = 0; t < THREADS; t++) {
		pthread_join(mv[t].thread, NULL);
		CHECK(mv[t].rc == KALM_OK);
		if (!CHECK(mv[t].action == KALM_ACTION_TRANSFER))
			fprintf(stderr, "  thread %u: %s\n", t,
				kalm_action_name(mv[t].action));
	}
	kalm_free(blob);
	kalm_model_free(m);
}

/* Threads asking for the same phrase rules at once of a fresh model all
 * get one and the same code for each: the one that compiles a rule's JIT
 * copy publishes it, and the others wait for it rather than match with
 * the interpreter meanwhile (whose limits on backtracking differ, so a
 * verdict would depend on which thread came first). */
typedef struct asker {
	pthread_t thread;
	const kalm_model *model;
	pthread_barrier_t *start;
	const pcre2_code **got;
} asker;

static void *ask_rules(void *arg)
{
	asker *a = arg;
	pthread_barrier_wait(a->start);
	for (size_t r = 0; r < a->model->nrules; r++)
		a->got[r] = model_rule_code(a->model, r);
	return NULL;
}

static void rule_code_is_the_same_for_every_thread(void)
{
	for (int round = 0; round < 4; round++) {
		kalm_model *m;
		REQUIRE((kalm_model_new_default(&m, NULL)) == (KALM_OK));
		REQUIRE(m->nrules > 0);
		pthread_barrier_t start;
		REQUIRE((pthread_barrier_init(&start, NULL, THREADS)) == (0));
		asker a[THREADS];
		for (unsigned t = 0; t < THREADS; t++) {
			a[t] = (asker){.model = m, .start = &start};
			a[t].got = calloc(m->nrules, sizeof *a[t].got);
			REQUIRE(a[t].got != NULL);
			REQUIRE((pthread_create(&a[t].thread, NULL, ask_rules,
						&a[t])) == (0));
		}
		for (unsigned t = 0; t < THREADS; t++)
			pthread_join(a[t].thread, NULL);
		pthread_barrier_destroy(&start);
		size_t differ = 0;
		for (size_t r = 0; r < m->nrules; r++)
			for (unsigned t = 1; t < THREADS; t++)
				differ += a[t].got[r] != a[0].got[r];
		if (!CHECK(differ == 0))
			fprintf(stderr, "  round %d: %zu answers of %zu differ from "
				"the first thread's\n", round, differ,
				m->nrules * (THREADS - 1));
		/* and it is the code a later call gets */
		size_t later = 0;
		for (size_t r = 0; r < m->nrules; r++)
			later += model_rule_code(m, r) != a[0].got[r];
		CHECK(later == 0);
		for (unsigned t = 0; t < THREADS; t++)
			free(a[t].got);
		kalm_model_free(m);
	}
}

int main(void)
{
	eight_threads_sharing_one_model_agree_with_one_thread();
	sessions_move_between_threads();
	rule_code_is_the_same_for_every_thread();
	if (failures)
		fprintf(stderr, "test_threads: %d checks failed\n", failures);
	return failures ? 1 : 0;
}
