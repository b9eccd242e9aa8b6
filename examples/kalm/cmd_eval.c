/* kalm eval: precision, recall and F1 of the abusive flag on labelled
 * TSV files (lang, label abusive|clean, category, text). */
#include "../count.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
	"usage: kalm eval [--model PATH] [--show N] [--json] [--no-hint] FILE.tsv...\n"
	"\n"
	"Score every row of the TSV files (columns: lang, label abusive|clean,\n"
	"category, text; a first row whose first column is 'lang' is a header)\n"
	"and print,\n"
	"per file, per language and overall: count, precision, recall and F1 of\n"
	"the abusive class at the model's threshold, and the false-positive rate;\n"
	"then the N worst misses (lowest scores first) and false alarms (highest\n"
	"first).\n"
	"\n"
	"options:\n"
	"  --model PATH  compile the lexicons in the folder PATH, or open the model\n"
	"                kalm compile wrote to the file PATH, instead of the\n"
	"                built-in model\n"
	"  --show N      how many misses and false alarms to list (default 5)\n"
	"  --json        print one JSON object instead of tables\n"
	"  --no-hint     do not pass the row's language as a hint\n";

typedef struct counts {
	size_t tp, fp, fn, tn;
} counts;

typedef struct example {
	double score;
	char *text; /* TEXT[0..LEN), NULs and all */
	size_t len;
	char *where;
	size_t seq; /* the order the rows came in */
} example;

typedef struct worst {
	example *e;
	size_t n, max, seen;
	bool high;     /* keep the highest scores (false alarms) */
	bool no_memory; /* an example could not be kept */
} worst;

/* Keep the row TEXT[0..LEN) of FILE:LINE with SCORE if it is among the
 * W->max worst. */
static void worst_add(worst *w, double score, const char *text, size_t len,
		      const char *file, unsigned line)
{
	size_t seq = w->seen++;
	if (!w->max)
		return;
	size_t at = w->n;
	if (w->n == w->max) {
		/* replace the least bad one, if this one is worse */
		size_t k = 0;
		for (size_t i = 1; i < w->n; i++)
			if (w->high ? w->e[i].score < w->e[k].score
				    : w->e[i].score > w->e[k].score)
				k = i;
		if (w->high ? score <= w->e[k].score : score >= w->e[k].score)
			return;
		at = k;
	}
	char buf[512];
	snprintf(buf, sizeof(buf), "%s:%u", file, line);
	example e = {score, malloc(len + 1), len, strdup(buf), seq};
	if (!e.text || !e.where) {
		free(e.text);
		free(e.where);
		w->no_memory = true;
		return;
	}
	memcpy(e.text, text, len);
	e.text[len] = '\0';
	if (at < w->n) {
		free(w->e[at].text);
		free(w->e[at].where);
	} else {
		w->n++;
	}
	w->e[at] = e;
}

static int by_score_up(const void *a, const void *b)
{
	const example *x = a, *y = b;
	if (x->score != y->score)
		return x->score < y->score ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int by_score_down(const void *a, const void *b)
{
	const example *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : -1.0;
}

static void print_num(FILE *out, double v, bool json)
{
	if (v < 0)
		fputs(json ? "null" : "    -", out);
	else
		fprintf(out, json ? "%.4f" : "%5.3f", v);
}

static void row(FILE *out, const char *name, const counts *c, bool json,
		bool first)
{
	size_t n = c->tp + c->fp + c->fn + c->tn;
	double p = ratio(c->tp, c->tp + c->fp);
	double r = ratio(c->tp, c->tp + c->fn);
	double f1 = (p >= 0 && r >= 0) ? (p + r > 0 ? 2 * p * r / (p + r) : 0) : -1;
	double fpr = ratio(c->fp, c->fp + c->tn);
	if (json) {
		fprintf(out, "%s{\"name\": ", first ? "" : ", ");
		cli_json_string(out, name, strlen(name));
		fprintf(out, ", \"count\": %zu, \"tp\": %zu, \"fp\": %zu, \"fn\": %zu, "
			     "\"tn\": %zu, \"precision\": ", n, c->tp, c->fp, c->fn, c->tn);
		print_num(out, p, true);
		fputs(", \"recall\": ", out);
		print_num(out, r, true);
		fputs(", \"f1\": ", out);
		print_num(out, f1, true);
		fputs(", \"fpr\": ", out);
		print_num(out, fpr, true);
		fputs("}", out);
		return;
	}
	fprintf(out, "%-32s %7zu  ", name, n);
	print_num(out, p, false);
	fputs("  ", out);
	print_num(out, r, false);
	fputs("  ", out);
	print_num(out, f1, false);
	fputs("  ", out);
	print_num(out, fpr, false);
	fputc('\n', out);
}

static void add(counts *c, bool truth, bool said)
{
	if (truth && said)
		c->tp++;
	else if (truth)
		c->fn++;
	else if (said)
		c->fp++;
	else
		c->tn++;
}

/* The examples of W, the worst first. */
static void print_worst(FILE *out, const worst *w, const char *title, bool json)
{
	qsort(w->e, w->n, sizeof *w->e, w->high ? by_score_down : by_score_up);
	if (json) {
		fprintf(out, ", \"%s\": [", title);
		for (size_t i = 0; i < w->n; i++) {
			fprintf(out, "%s{\"score\": %.3f, \"where\": ", i ? ", " : "",
				w->e[i].score);
			cli_json_string(out, w->e[i].where, strlen(w->e[i].where));
			fputs(", \"text\": ", out);
			cli_json_string(out, w->e[i].text, w->e[i].len);
			fputc('}', out);
		}
		fputc(']', out);
		return;
	}
	if (!w->n)
		return;
	fprintf(out, "\n%s:\n", title);
	for (size_t i = 0; i < w->n; i++) {
		fprintf(out, "  %.3f  %s  ", w->e[i].score, w->e[i].where);
		/* the rows' text is data: no terminal controls (and no NUL) */
		for (size_t k = 0; k < w->e[i].len; k++) {
			unsigned char c = (unsigned char)w->e[i].text[k];
			fputc(c < 0x20 || c == 0x7F ? '?' : c, out);
		}
		fputc('\n', out);
	}
}

int kalm_cmd_eval(int argc, char **argv)
{
	const char *dir = NULL;
	size_t show = 5;
	bool json = false, hint = true;
	int first_file = 0;
	for (int i = 1; i < argc; i++) {
		const char *value;
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			return cli_usage_out("eval", usage);
		} else if (cli_option(argc, argv, &i, "--model", &dir)) {
			continue;
		} else if (cli_option(argc, argv, &i, "--show", &value)) {
			unsigned v;
			if (!parse_number(value, &v, 0, 10000)) {
				fprintf(stderr, "kalm eval: --show takes 0..10000\n");
				return CLI_USAGE;
			}
			show = v;
		} else if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--no-hint")) {
			hint = false;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			fprintf(stderr, "kalm eval: unknown option '%s'\n\n%s", argv[i], usage);
			return CLI_USAGE;
		} else {
			first_file = i;
			break;
		}
	}
	if (!first_file) {
		fputs(usage, stderr);
		return CLI_USAGE;
	}
	kalm_model *model = cli_open_model(dir);
	if (!model)
		return CLI_DATA;
	kalm_scratch *scratch = NULL;
	kalm_verdict *v = NULL;
	int nfiles = argc - first_file;
	counts *per_file = calloc((size_t)nfiles, sizeof(counts));
	counts per_lang[KALM_LANG_COUNT] = {{0}}, all = {0};
	worst misses = {calloc(show + 1, sizeof(example)), 0, show, 0, false, false};
	worst alarms = {calloc(show + 1, sizeof(example)), 0, show, 0, true, false};
	int rc = CLI_OK;
	if (kalm_scratch_new(&scratch) || kalm_verdict_new(&v) || !per_file ||
	    !misses.e || !alarms.e) {
		fprintf(stderr, "kalm eval: out of memory\n");
		rc = CLI_DATA;
		goto done;
	}
	clock_t t0 = clock();
	for (int f = 0; f < nfiles && rc == CLI_OK; f++) {
		const char *path = argv[first_file + f];
		FILE *in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
		if (!in) {
			perror(path);
			rc = CLI_DATA;
			break;
		}
		cli_lines lines;
		cli_lines_init(&lines, in);
		char *line;
		long len;
		unsigned lineno = 0;
		while ((len = cli_lines_next(&lines, &line)) >= 0) {
			lineno++;
			if (len == 0)
				continue;
			char *fields[4] = {NULL, NULL, NULL, NULL};
			char *p = line;
			int nf = 0;
			for (; nf < 3; nf++) {
				char *tab = memchr(p, '\t', (size_t)(line + len - p));
				if (!tab)
					break;
				*tab = '\0';
				fields[nf] = p;
				p = tab + 1;
			}
			if (nf == 3)
				fields[nf++] = p;
			/* the header, after a byte order mark if any */
			if (lineno == 1 && (!strcmp(line, "lang") ||
					    !strcmp(line, "\xEF\xBB\xBFlang")))
				continue;
			if (nf < 4 || (strcmp(fields[1], "abusive") && strcmp(fields[1], "clean"))) {
				fprintf(stderr, "kalm eval: %s:%u: expected lang, "
						"abusive|clean, category, text\n", path, lineno);
				rc = CLI_DATA;
				break;
			}
			bool truth = !strcmp(fields[1], "abusive");
			kalm_lang lang = kalm_lang_from_code(fields[0]);
			kalm_score_options opt = {sizeof(opt), hint ? lang : KALM_LANG_UNKNOWN};
			size_t tlen = (size_t)(line + len - fields[3]);
			kalm_error err = {0};
			if (kalm_score(model, scratch, fields[3], tlen, &opt, v, &err)) {
				fprintf(stderr, "kalm eval: %s\n", err.message);
				rc = CLI_DATA;
				break;
			}
			bool said = kalm_verdict_abusive(v);
			add(&per_file[f], truth, said);
			add(&per_lang[lang], truth, said);
			add(&all, truth, said);
			if (truth && !said)
				worst_add(&misses, kalm_verdict_score(v), fields[3],
					  tlen, path, lineno);
			if (!truth && said)
				worst_add(&alarms, kalm_verdict_score(v), fields[3],
					  tlen, path, lineno);
		}
		if (rc == CLI_OK)
			rc = cli_lines_check(&lines, len, "eval", path);
		cli_lines_free(&lines);
		if (in != stdin)
			fclose(in);
	}
	if (rc == CLI_OK && (misses.no_memory || alarms.no_memory)) {
		fprintf(stderr, "kalm eval: out of memory keeping the examples\n");
		rc = CLI_DATA;
	}
	if (rc != CLI_OK)
		goto done;
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	FILE *out = stdout;
	if (json) {
		fputs("{\"files\": [", out);
		for (int f = 0; f < nfiles; f++) {
			const char *name = strrchr(argv[first_file + f], '/');
			row(out, name ? name + 1 : argv[first_file + f], &per_file[f], true, f == 0);
		}
		fputs("], \"languages\": [", out);
		bool first = true;
		for (int l = 0; l < KALM_LANG_COUNT; l++) {
			counts *c = &per_lang[l];
			if (c->tp + c->fp + c->fn + c->tn == 0)
				continue;
			row(out, kalm_lang_code((kalm_lang)l), c, true, first);
			first = false;
		}
		fputs("], \"overall\": ", out);
		row(out, "overall", &all, true, true);
		fprintf(out, ", \"threshold\": %.3f, \"seconds\": %.3f",
			kalm_model_threshold(model), secs);
		print_worst(out, &misses, "misses", true);
		print_worst(out, &alarms, "false_alarms", true);
		fputs("}\n", out);
	} else {
		fprintf(out, "%-32s %7s  %5s  %5s  %5s  %5s\n", "", "count",
			"prec", "recall", "F1", "FPR");
		for (int f = 0; f < nfiles; f++) {
			const char *name = strrchr(argv[first_file + f], '/');
			row(out, name ? name + 1 : argv[first_file + f], &per_file[f], false, false);
		}
		fputc('\n', out);
		for (int l = 0; l < KALM_LANG_COUNT; l++) {
			counts *c = &per_lang[l];
			if (c->tp + c->fp + c->fn + c->tn == 0)
				continue;
			char name[32];
			snprintf(name, sizeof(name), "language %s", kalm_lang_code((kalm_lang)l));
			row(out, name, c, false, false);
		}
		row(out, "overall", &all, false, false);
		fprintf(out, "(threshold %.3f, %.2f s)\n", kalm_model_threshold(model), secs);
		print_worst(out, &misses, "worst misses (abusive, not flagged)", false);
		print_worst(out, &alarms, "worst false alarms (clean, flagged)", false);
	}
	rc = cli_output_check("eval");
done:
	for (size_t i = 0; i < misses.n; i++) {
		free(misses.e[i].text);
		free(misses.e[i].where);
	}
	for (size_t i = 0; i < alarms.n; i++) {
		free(alarms.e[i].text);
		free(alarms.e[i].where);
	}
	free(misses.e);
	free(alarms.e);
	free(per_file);
	kalm_verdict_free(v);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
	return rc;
}
