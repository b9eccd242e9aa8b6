/*
 * bench FILE [THREADS [ROUNDS]]: score every line of FILE with the default
 * model and print throughput, latency percentiles, model load time, peak
 * RSS and scaling from one thread to THREADS (default 2).  Figures are
 * measured on this machine, in this run; nothing is assumed.
 *
 * Throughput is measured for a host that scores one message a call
 * (kalm_score) and for one that hands over what its queue holds, 64
 * messages a call (kalm_score_many).  A shared machine's speed drifts
 * within seconds, so throughput and scaling come from ROUNDS (default 5)
 * rounds of passes taken right after each other (one thread then
 * THREADS, one at a time then in batches): the ratio of each pair is
 * measured under the same conditions, and the medians (with their ranges)
 * are printed.  Latency is a pass of its own, each message timed alone (the
 * clock reads would slow the throughput passes).  So that a scaling below
 * two can be told apart from a machine that gives less than two cores,
 * the threads' own CPU time is measured too (the same work costing more
 * CPU time with two threads means they slow each other down), and the
 * time the hypervisor took from this machine during the passes
 * (/proc/stat's steal, where there is one).
 */
#include <kalm.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define ROUNDS_MAX 99

/* a host with a queue hands kalm_score_many this many messages at a time */
#define BATCH 64

typedef struct job {
	const kalm_model *model;
	const kalm_text *lines; /* no hints: the messages as a file holds them */
	size_t first, count;
	bool batch; /* kalm_score_many, BATCH at a time; else kalm_score */
	double *latency; /* seconds per message, or NULL */
	size_t abusive;
	double cpu; /* the thread's CPU time in seconds */
} job;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double thread_cpu(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The machine's steal and total clock ticks so far (/proc/stat's "cpu"
 * line); false where there is no such file. */
static bool machine_ticks(unsigned long long *steal, unsigned long long *total)
{
	FILE *f = fopen("/proc/stat", "r");
	if (!f)
		return false;
	unsigned long long x[8];
	int n = fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &x[0],
		       &x[1], &x[2], &x[3], &x[4], &x[5], &x[6], &x[7]);
	fclose(f);
	if (n != 8)
		return false;
	*steal = x[7];
	*total = 0;
	for (int i = 0; i < 8; i++)
		*total += x[i];
	return true;
}

static void *run(void *arg)
{
	job *j = arg;
	kalm_scratch *s = NULL;
	kalm_verdict *v[BATCH] = {NULL};
	bool ready = kalm_scratch_new(&s) == KALM_OK;
	for (int k = 0; k < BATCH && ready; k++)
		ready = kalm_verdict_new(&v[k]) == KALM_OK;
	if (!ready)
		goto out;
	/* counted here, stored once: the threads' jobs share cache lines */
	size_t abusive = 0;
	double cpu = thread_cpu();
	size_t end = j->first + j->count;
	if (j->batch) {
		for (size_t i = j->first; i < end; i += BATCH) {
			size_t m = end - i < BATCH ? end - i : BATCH;
			kalm_score_many(j->model, s, j->lines + i, m, NULL, v, NULL,
					NULL);
			for (size_t k = 0; k < m; k++)
				abusive += kalm_verdict_abusive(v[k]);
		}
	} else {
		for (size_t i = j->first; i < end; i++) {
			double t0 = j->latency ? now() : 0;
			kalm_score(j->model, s, j->lines[i].text, j->lines[i].len,
				   NULL, v[0], NULL);
			if (j->latency)
				j->latency[i] = now() - t0;
			abusive += kalm_verdict_abusive(v[0]);
		}
	}
	j->cpu = thread_cpu() - cpu;
	j->abusive = abusive;
out:
	for (int k = 0; k < BATCH; k++)
		kalm_verdict_free(v[k]);
	kalm_scratch_free(s);
	return NULL;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Wall time of scoring LINES[0..N) with THREADS threads, in batches when
 * BATCH; *ABUSIVE gets the abusive count, *CPU (when not NULL) the threads'
 * CPU time. */
static double timed(const kalm_model *m, const kalm_text *lines, size_t n, int threads,
		    bool batch, size_t *abusive, double *cpu)
{
	pthread_t tid[64];
	job jobs[64];
	size_t per = n / (size_t)threads;
	double t0 = now();
	for (int t = 0; t < threads; t++) {
		jobs[t] = (job){m, lines, per * (size_t)t,
				t == threads - 1 ? n - per * (size_t)t : per,
				batch, NULL, 0, 0};
		pthread_create(&tid[t], NULL, run, &jobs[t]);
	}
	*abusive = 0;
	double spent = 0;
	for (int t = 0; t < threads; t++) {
		pthread_join(tid[t], NULL);
		*abusive += jobs[t].abusive;
		spent += jobs[t].cpu;
	}
	if (cpu)
		*cpu = spent;
	return now() - t0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench FILE [THREADS [ROUNDS]]\n");
		return 2;
	}
	int threads = argc > 2 ? atoi(argv[2]) : 2;
	if (threads < 1 || threads > 64)
		threads = 2;
	int rounds = argc > 3 ? atoi(argv[3]) : 5;
	if (rounds < 1 || rounds > ROUNDS_MAX)
		rounds = 5;
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	rewind(f);
	char *buf = malloc((size_t)size + 1);
	if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
		fprintf(stderr, "bench: cannot read %s\n", argv[1]);
		return 1;
	}
	fclose(f);
	size_t n = 0, cap = 1024;
	kalm_text *lines = malloc(cap * sizeof *lines);
	for (char *p = buf, *end = buf + size; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (n == cap)
			lines = realloc(lines, (cap *= 2) * sizeof *lines);
		lines[n++] = (kalm_text){p, (size_t)(nl - p), KALM_LANG_UNKNOWN};
		p = nl + 1;
	}

	/* model load: median of 21 */
	double loads[21];
	kalm_model *m = NULL;
	for (int i = 0; i < 21; i++) {
		double t0 = now();
		kalm_model_new_default(&m, NULL);
		loads[i] = now() - t0;
		if (i < 20)
			kalm_model_free(m);
	}
	qsort(loads, 21, sizeof(double), cmp_double);

	/* warm-up, then one thread with per-message latency */
	size_t abusive;
	timed(m, lines, n < 2000 ? n : 2000, 1, false, &abusive, NULL);
	double *lat = malloc(n * sizeof(double));
	job j = {m, lines, 0, n, false, lat, 0, 0};
	run(&j);
	qsort(lat, n, sizeof(double), cmp_double);

	/* Throughput and scaling: rounds of four passes, under the same
	 * conditions: one thread then THREADS, each with kalm_score one
	 * message at a time and with kalm_score_many in batches.  Index 0:
	 * one at a time, 1: batches. */
	double t1[2][ROUNDS_MAX], tn[2][ROUNDS_MAX], ratio[2][ROUNDS_MAX],
		inflation[2][ROUNDS_MAX], gain[ROUNDS_MAX];
	unsigned long long steal = 0, ticks = 0;
	bool same = true, stat = true;
	for (int r = 0; r < rounds; r++) {
		unsigned long long s0, k0, s1, k1;
		stat = stat && machine_ticks(&s0, &k0);
		for (int b = 0; b < 2; b++) {
			size_t a1, an;
			double c1, cn;
			t1[b][r] = timed(m, lines, n, 1, b, &a1, &c1);
			tn[b][r] = timed(m, lines, n, threads, b, &an, &cn);
			ratio[b][r] = t1[b][r] / tn[b][r];
			inflation[b][r] = cn / c1;
			same = same && a1 == j.abusive && an == j.abusive;
		}
		stat = stat && machine_ticks(&s1, &k1);
		if (stat) {
			steal += s1 - s0;
			ticks += k1 - k0;
		}
		gain[r] = t1[0][r] / t1[1][r];
	}
	for (int b = 0; b < 2; b++) {
		qsort(t1[b], (size_t)rounds, sizeof(double), cmp_double);
		qsort(tn[b], (size_t)rounds, sizeof(double), cmp_double);
		qsort(ratio[b], (size_t)rounds, sizeof(double), cmp_double);
		qsort(inflation[b], (size_t)rounds, sizeof(double), cmp_double);
	}
	qsort(gain, (size_t)rounds, sizeof(double), cmp_double);

	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("kalm bench: %zu messages, %.2f MB, %zu abusive (%.1f%%)\n", n,
	       (double)size / 1e6, j.abusive, 100.0 * (double)j.abusive / (double)n);
	printf("model load (median of 21): %.3f ms\n", loads[10] * 1e3);
	char batches[64];
	snprintf(batches, sizeof batches, "in batches of %d (kalm_score_many)",
		 BATCH);
	const char *const how[2] = {"one at a time (kalm_score)", batches};
	for (int b = 0; b < 2; b++) {
		double med = t1[b][rounds / 2];
		printf("1 thread, %s: %.2f MB/s, %.0f messages/s (median of %d "
		       "passes; %.2f-%.2f MB/s)\n",
		       how[b], (double)size / med / 1e6, (double)n / med, rounds,
		       (double)size / t1[b][rounds - 1] / 1e6,
		       (double)size / t1[b][0] / 1e6);
	}
	printf("batches against one at a time, one thread: %.2fx (median of %d "
	       "pairs; %.2f-%.2fx)\n",
	       gain[rounds / 2], rounds, gain[0], gain[rounds - 1]);
	printf("latency per message (kalm_score): p50 %.1f us, p99 %.1f us, "
	       "p99.9 %.1f us, max %.1f us\n",
	       lat[n / 2] * 1e6, lat[(size_t)((double)n * 0.99)] * 1e6,
	       lat[(size_t)((double)n * 0.999)] * 1e6, lat[n - 1] * 1e6);
	for (int b = 0; b < 2; b++) {
		double med = tn[b][rounds / 2];
		printf("%d threads, %s: %.2f MB/s, %.0f messages/s, %.2fx one "
		       "thread (median of %d pairs; %.2f-%.2fx); CPU time for "
		       "the same work %.2fx one thread's (%.2f-%.2fx)\n",
		       threads, how[b], (double)size / med / 1e6, (double)n / med,
		       ratio[b][rounds / 2], rounds, ratio[b][0],
		       ratio[b][rounds - 1], inflation[b][rounds / 2],
		       inflation[b][0], inflation[b][rounds - 1]);
	}
	if (stat && ticks)
		printf("hypervisor steal: %.1f%% of the machine's time in the "
		       "passes\n", 100.0 * (double)steal / (double)ticks);
	else
		printf("hypervisor steal: not known here\n");
	printf("peak RSS: %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	kalm_model_free(m);
	free(lat);
	free(lines);
	free(buf);
	return same ? 0 : 1;
}
