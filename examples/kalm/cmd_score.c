/* kalm score: one message per line in, one JSON verdict per line out. */
#include "cli.h"
#include "../count.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: kalm score [--lang xx] [--model PATH] [-j N]\n"
	"\n"
	"Read one message per line from standard input and write one JSON\n"
	"object per line, in order:\n"
	"  {\"score\": 0..1, \"abusive\": bool, \"severity\": 0..4, \"targeted\": bool,\n"
	"   \"language\": \"nl|af|pl|en|unknown\", \"language_guess\": ..., \"confidence\": 0..1,\n"
	"   \"categories\": {\"insult\": 0..1, \"profanity\": ..., \"threat\": ..., \"sexual\": ...,\n"
	"                  \"hate\": ..., \"shouting\": ..., \"frustration\": ...},\n"
	"   \"matches\": [{\"category\", \"severity\", \"targeted\", \"negated\", \"counted\",\n"
	"                \"start\", \"end\" (byte offsets in the line), \"text\", \"entry\", \"source\"}]}\n"
	"  A line with more than 1024 matches lists the first 1024 (its scores count\n"
	"  them all) and ends with \"matches_total\": N, how many there were.\n"
	"  A line on which phrase rule tries stopped at a PCRE2 limit, and so may\n"
	"  have missed matches, ends with \"rule_errors\": N, how many did.\n"
	"\n"
	"options:\n"
	"  --lang xx      the customer's language (nl, af, pl, en) as a hint\n"
	"  --model PATH   compile the lexicons in the folder PATH, or open the model\n"
	"                 kalm compile wrote to the file PATH, instead of the\n"
	"                 built-in model\n"
	"  -j, --jobs N   threads that score (1..256; default: all cores); the\n"
	"                 output is the same, in the same order, for any N\n"
	"  --help         show this text\n";

/* The lines that have arrived, up to BATCH of them, are scored together
 * (kalm_score_many) and then written. */
enum { BATCH = 64 };

/* What scores: a scratch and a batch's verdicts.  One a thread. */
typedef struct scorer {
	kalm_scratch *scratch;
	kalm_verdict *verdict[BATCH];
} scorer;

static void scorer_free(scorer *s)
{
	for (int i = 0; i < BATCH; i++)
		kalm_verdict_free(s->verdict[i]);
	kalm_scratch_free(s->scratch);
	memset(s, 0, sizeof *s);
}

static bool scorer_init(scorer *s)
{
	memset(s, 0, sizeof *s);
	bool ok = kalm_scratch_new(&s->scratch) == KALM_OK;
	for (int i = 0; i < BATCH && ok; i++)
		ok = kalm_verdict_new(&s->verdict[i]) == KALM_OK;
	if (!ok)
		scorer_free(s);
	return ok;
}

/* Score the N (<= BATCH) lines TEXT and write their verdicts to OUT.
 * Returns 0, or the number (from 1) of the line among them that could
 * not be scored, the lines before it written and *ERR saying why. */
static size_t score_batch(scorer *s, cli_writer *out, const kalm_model *model,
			  const kalm_text *text, size_t n,
			  const kalm_score_options *opt, kalm_error *err)
{
	size_t scored;
	kalm_status st = kalm_score_many(model, s->scratch, text, n, opt,
					 s->verdict, &scored, err);
	for (size_t i = 0; i < scored; i++)
		cli_writer_line(out, model, s->verdict[i], text[i].text,
				text[i].len);
	if (st == KALM_ERR_NO_MEMORY)
		snprintf(err->message, sizeof err->message, "out of memory");
	return st ? scored + 1 : 0;
}

/* One thread: a file or pipe goes in batches, a terminal line by line as
 * it is typed. */
static int score_lines(const kalm_model *model, const kalm_score_options *opt)
{
	scorer s;
	cli_writer *out = NULL;
	if (!scorer_init(&s) || !(out = cli_writer_new(stdout))) {
		fprintf(stderr, "kalm score: out of memory\n");
		scorer_free(&s);
		return CLI_DATA;
	}
	cli_lines in;
	cli_lines_init(&in, stdin);
	char *line;
	long len;
	size_t lineno = 0; /* lines scored before the batch */
	kalm_error err = {0};
	kalm_text text[BATCH];
	int rc = CLI_OK;
	while ((len = cli_lines_next(&in, &line)) >= 0) {
		text[0] = (kalm_text){line, (size_t)len, KALM_LANG_UNKNOWN};
		size_t n = 1 + cli_lines_ready(&in, text + 1, BATCH - 1);
		size_t failed = score_batch(&s, out, model, text, n, opt, &err);
		if (failed) {
			fprintf(stderr, "kalm score: line %zu: %s\n",
				lineno + failed, err.message);
			rc = CLI_DATA;
			break;
		}
		lineno += n;
	}
	cli_writer_free(out);
	if (rc == CLI_OK)
		rc = cli_lines_check(&in, len, "score", NULL);
	cli_lines_free(&in);
	scorer_free(&s);
	return rc;
}

/*
 * Several threads.  This one reads parts of the input (up to PART_LINES
 * lines or about PART_BYTES bytes, or the lines that have arrived) into a
 * ring of parts; the workers take them in order and score each into its
 * part's memory, and whichever finishes the part next in order writes it,
 * and the parts after it that are ready, while the others go on scoring.
 * So the output is byte for byte what one thread writes.
 */
enum { PART_LINES = 512, PART_BYTES = 1 << 17 };

/* A part read is busy until scored, and free again once written; which
 * parts the workers have taken, the count TAKEN says. */
enum part_state { PART_FREE, PART_BUSY, PART_SCORED };

typedef struct part {
	enum part_state state;
	size_t first;   /* lines before it */
	char *bytes;    /* its lines, each followed by a NUL */
	size_t len, cap;
	size_t *at;     /* where line I starts in BYTES, and its length */
	size_t *size;
	size_t n, lines_cap;
	cli_writer *out; /* its verdicts' lines */
	size_t failed;   /* 0, or the line (from 1) that failed */
	char why[sizeof(((kalm_error *)0)->message)];
} part;

typedef struct pool {
	const kalm_model *model;
	const kalm_score_options *opt;
	pthread_mutex_t lock;
	pthread_cond_t work;    /* a part was read, or the reading ended */
	pthread_cond_t written; /* a part was written and is free again */
	part *parts;
	size_t nparts;
	uint64_t read;    /* parts read */
	uint64_t taken;   /* parts taken by workers */
	uint64_t done;    /* parts written */
	bool reading_done;
	bool writing;     /* a worker is writing parts */
	bool failed;      /* a part failed: nothing after it is written */
	bool tty;         /* the output is a terminal */
} pool;

static void part_free(part *p)
{
	free(p->bytes);
	free(p->at);
	free(p->size);
	cli_writer_free(p->out);
	memset(p, 0, sizeof *p);
}

/* Append the line LINE[0..LEN) to P.  False when memory runs out. */
static bool part_add(part *p, const char *line, size_t len)
{
	if (p->n == p->lines_cap) {
		size_t cap = p->lines_cap ? 2 * p->lines_cap : 64;
		size_t *at = realloc(p->at, cap * sizeof *at);
		if (at)
			p->at = at;
		size_t *size = at ? realloc(p->size, cap * sizeof *size) : NULL;
		if (!size)
			return false;
		p->size = size;
		p->lines_cap = cap;
	}
	if (p->cap - p->len < len + 1) {
		if (len + 1 > SIZE_MAX / 2 - p->len)
			return false;
		size_t cap = 2 * (p->len + len + 1);
		char *bytes = realloc(p->bytes, cap);
		if (!bytes)
			return false;
		p->bytes = bytes;
		p->cap = cap;
	}
	memcpy(p->bytes + p->len, line, len);
	p->bytes[p->len + len] = '\0';
	p->at[p->n] = p->len;
	p->size[p->n] = len;
	p->n++;
	p->len += len + 1;
	return true;
}

/* Score part P into its writer; P->failed and P->why say whether a line
 * could not be. */
static void score_part(pool *pl, scorer *s, part *p)
{
	kalm_text text[BATCH];
	kalm_error err = {0};
	p->failed = 0;
	for (size_t i = 0; i < p->n && !p->failed; i += BATCH) {
		size_t n = p->n - i < BATCH ? p->n - i : BATCH;
		for (size_t k = 0; k < n; k++)
			text[k] = (kalm_text){p->bytes + p->at[i + k],
					      p->size[i + k], KALM_LANG_UNKNOWN};
		size_t failed = score_batch(s, p->out, pl->model, text, n,
					    pl->opt, &err);
		if (failed) {
			p->failed = p->first + i + failed;
			memcpy(p->why, err.message, sizeof p->why);
		}
	}
	const char *data;
	size_t len;
	if (!cli_writer_data(p->out, &data, &len) && !p->failed) {
		p->failed = p->first + 1; /* the part's first line, at least */
		snprintf(p->why, sizeof p->why, "out of memory writing the verdicts");
	}
}

typedef struct worker {
	pool *pl;
	scorer s;
	pthread_t thread;
	int rc;
} worker;

/* Write the parts that are scored and next in order, until one is not;
 * with PL locked, which it is again on return.  The part at the ring's
 * place DONE is the one next in order whenever it is scored: its place is
 * read again only once it has been written. */
static void write_parts(pool *pl, worker *w)
{
	for (;;) {
		part *q = &pl->parts[pl->done % pl->nparts];
		if (pl->failed || q->state != PART_SCORED)
			return;
		pthread_mutex_unlock(&pl->lock);
		const char *data;
		size_t len;
		cli_writer_data(q->out, &data, &len);
		fwrite(data, 1, len, stdout);
		if (pl->tty)
			fflush(stdout);
		if (q->failed) {
			fprintf(stderr, "kalm score: line %zu: %s\n", q->failed,
				q->why);
			w->rc = CLI_DATA;
		}
		cli_writer_clear(q->out);
		pthread_mutex_lock(&pl->lock);
		if (q->failed)
			pl->failed = true;
		q->state = PART_FREE;
		pl->done++;
		pthread_cond_broadcast(&pl->written);
	}
}

static void *work(void *arg)
{
	worker *w = arg;
	pool *pl = w->pl;
	pthread_mutex_lock(&pl->lock);
	for (;;) {
		while (!pl->failed && pl->taken == pl->read && !pl->reading_done)
			pthread_cond_wait(&pl->work, &pl->lock);
		if (pl->failed || pl->taken == pl->read)
			break;
		part *p = &pl->parts[pl->taken % pl->nparts];
		pl->taken++;
		pthread_mutex_unlock(&pl->lock);
		score_part(pl, &w->s, p);
		pthread_mutex_lock(&pl->lock);
		p->state = PART_SCORED;
		/* one thread writes at a time; one writing now sees this
		 * part when it comes to it */
		if (!pl->writing) {
			pl->writing = true;
			write_parts(pl, w);
			pl->writing = false;
		}
	}
	pthread_mutex_unlock(&pl->lock);
	return NULL;
}

static int score_lines_threads(const kalm_model *model,
			       const kalm_score_options *opt, unsigned jobs)
{
	pool pl = {.model = model, .opt = opt, .nparts = 2 * (size_t)jobs,
		   .tty = isatty(STDOUT_FILENO)};
	worker *w = calloc(jobs, sizeof *w);
	pl.parts = calloc(pl.nparts, sizeof *pl.parts);
	bool ok = w && pl.parts;
	for (unsigned i = 0; i < jobs && ok; i++)
		ok = scorer_init(&w[i].s);
	/* the writers are made here, before any thread starts */
	for (size_t i = 0; i < pl.nparts && ok; i++)
		ok = (pl.parts[i].out = cli_writer_new(NULL)) != NULL;
	int rc = CLI_OK;
	unsigned started = 0;
	if (ok) {
		pthread_mutex_init(&pl.lock, NULL);
		pthread_cond_init(&pl.work, NULL);
		pthread_cond_init(&pl.written, NULL);
		for (; started < jobs; started++) {
			w[started].pl = &pl;
			if (pthread_create(&w[started].thread, NULL, work,
					   &w[started]))
				break;
		}
		if (!started) {
			fprintf(stderr, "kalm score: cannot start a thread\n");
			rc = CLI_DATA;
		}
	} else {
		fprintf(stderr, "kalm score: out of memory\n");
		rc = CLI_DATA;
	}

	cli_lines in;
	cli_lines_init(&in, stdin);
	char *line;
	long len = -1;
	size_t lines = 0;
	while (rc == CLI_OK) {
		part *p = &pl.parts[pl.read % pl.nparts];
		pthread_mutex_lock(&pl.lock);
		while (!pl.failed && p->state != PART_FREE)
			pthread_cond_wait(&pl.written, &pl.lock);
		bool stop = pl.failed;
		pthread_mutex_unlock(&pl.lock);
		if (stop || (len = cli_lines_next(&in, &line)) < 0)
			break;
		p->n = p->len = 0;
		bool room = part_add(p, line, (size_t)len);
		while (room && p->n < PART_LINES && p->len < PART_BYTES &&
		       (len = cli_lines_next_ready(&in, &line)) >= 0)
			room = part_add(p, line, (size_t)len);
		if (!room) {
			fprintf(stderr, "kalm score: line %zu: out of memory\n",
				lines + p->n + 1);
			rc = CLI_DATA;
			break;
		}
		p->first = lines;
		lines += p->n;
		pthread_mutex_lock(&pl.lock);
		pl.read++;
		p->state = PART_BUSY;
		pthread_cond_signal(&pl.work);
		pthread_mutex_unlock(&pl.lock);
	}
	if (ok) {
		pthread_mutex_lock(&pl.lock);
		pl.reading_done = true;
		if (rc != CLI_OK)
			pl.failed = true; /* nothing more is written */
		pthread_cond_broadcast(&pl.work);
		pthread_mutex_unlock(&pl.lock);
		for (unsigned i = 0; i < started; i++) {
			pthread_join(w[i].thread, NULL);
			if (w[i].rc != CLI_OK)
				rc = w[i].rc;
		}
		pthread_cond_destroy(&pl.written);
		pthread_cond_destroy(&pl.work);
		pthread_mutex_destroy(&pl.lock);
	}
	if (rc == CLI_OK)
		rc = cli_lines_check(&in, len, "score", NULL);
	cli_lines_free(&in);
	for (size_t i = 0; pl.parts && i < pl.nparts; i++)
		part_free(&pl.parts[i]);
	for (unsigned i = 0; w && i < jobs; i++)
		scorer_free(&w[i].s);
	free(w);
	free(pl.parts);
	return rc;
}

enum { JOBS_MAX = 256 };

int kalm_cmd_score(int argc, char **argv)
{
	const char *dir = NULL, *lang = NULL;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned jobs = cores <= 0 ? 1 : cores < JOBS_MAX ? (unsigned)cores : JOBS_MAX;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool next = i + 1 < argc;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			return cli_usage_out("score", usage);
		} else if (cli_option(argc, argv, &i, "--lang", &lang) ||
			   cli_option(argc, argv, &i, "--model", &dir)) {
			continue;
		} else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && next) {
			if (!parse_count(argv[++i], &jobs, JOBS_MAX))
				goto bad_jobs;
		} else if (!strncmp(a, "--jobs=", 7) || (!strncmp(a, "-j", 2) && a[2])) {
			if (!parse_count(a + (a[1] == 'j' ? 2 : 7), &jobs, JOBS_MAX))
				goto bad_jobs;
		} else {
			fprintf(stderr, "kalm score: unknown or incomplete option '%s'\n\n%s",
				a, usage);
			return CLI_USAGE;
		}
	}
	kalm_score_options opt = {sizeof(opt), KALM_LANG_UNKNOWN};
	if (lang) {
		opt.lang_hint = kalm_lang_from_code(lang);
		if (opt.lang_hint == KALM_LANG_UNKNOWN) {
			fprintf(stderr, "kalm score: --lang must be nl, af, pl or en\n");
			return CLI_USAGE;
		}
	}
	kalm_model *model = cli_open_model(dir);
	if (!model)
		return CLI_DATA;
	/* a terminal's lines come one at a time: one thread answers them */
	int rc = jobs > 1 && !isatty(STDIN_FILENO)
			 ? score_lines_threads(model, &opt, jobs)
			 : score_lines(model, &opt);
	if (cli_output_check("score") != CLI_OK)
		rc = CLI_DATA;
	kalm_model_free(model);
	return rc;

bad_jobs:
	fprintf(stderr, "kalm score: -j takes a number of threads from 1 to %d\n",
		JOBS_MAX);
	return CLI_USAGE;
}
