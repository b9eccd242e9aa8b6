/* kalm eval: precision, recall and F1 of the abusive flag on labelled
 * TSV files (lang, label abusive|clean, category, text). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
	"usage: kalm eval [--model DIR] [--show N] [--json] [--no-hint] FILE.tsv...\n"
	"\n"
	"Score every row of the TSV files (columns: lang, label abusive|clean,\n"
	"category, text; a header row starting with 'lang' is skipped) and print,\n"
	"per file, per language and overall: count, precision, recall and F1 of\n"
	"the abusive class at the model's threshold, and the false-positive rate;\n"
	"then the N worst misses and false alarms.\n"
	"\n"
	"options:\n"
	"  --model DIR   compile the lexicons in DIR instead of the built-in model\n"
	"  --show N      how many misses and false alarms to list (default 5)\n"
	"  --json        print one JSON object instead of tables\n"
	"  --no-hint     do not pass the row's language as a hint\n";

typedef struct counts {
	size_t tp, fp, fn, tn;
} counts;

typedef struct example {
	double score;
	char *text;
	char *where;
} example;

typedef struct worst {
	example *e;
	size_t n, max;
	bool high; /* keep the highest scores (false alarms) */
} worst;

static void worst_add(worst *w, double score, const char *text,
		      const char *file, unsigned line)
{
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
		free(w->e[k].text);
		free(w->e[k].where);
		at = k;
	} else {
		w->n++;
	}
	w->e[at].score = score;
	w->e[at].text = strdup(text);
	char buf[512];
	snprintf(buf, sizeof(buf), "%s:%u", file, line);
	w->e[at].where = strdup(buf);
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

static void print_worst(FILE *out, const worst *w, const char *title, bool json)
{
	if (json) {
		fprintf(out, ", \"%s\": [", title);
		for (size_t i = 0; i < w->n; i++) {
			fprintf(out, "%s{\"score\": %.3f, \"where\": ", i ? ", " : "",
				w->e[i].score);
			cli_json_string(out, w->e[i].where, strlen(w->e[i].where));
			fputs(", \"text\": ", out);
			cli_json_string(out, w->e[i].text, strlen(w->e[i].text));
			fputc('}', out);
		}
		fputc(']', out);
		return;
	}
	if (!w->n)
		return;
	fprintf(out, "\n%s:\n", title);
	for (size_t i = 0; i < w->n; i++)
		fprintf(out, "  %.3f  %s  %s\n", w->e[i].score, w->e[i].where,
			w->e[i].text);
}

int kalm_cmd_eval(int argc, char **argv)
{
	const char *dir = NULL;
	size_t show = 5;
	bool json = false, hint = true;
	int first_file = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(usage, stdout);
			return CLI_OK;
		} else if (!strcmp(argv[i], "--model") && i + 1 < argc) {
			dir = argv[++i];
		} else if (!strcmp(argv[i], "--show") && i + 1 < argc) {
			char *end;
			long v = strtol(argv[++i], &end, 10);
			if (*end || v < 0 || v > 10000) {
				fprintf(stderr, "kalm eval: --show takes 0..10000\n");
				return CLI_USAGE;
			}
			show = (size_t)v;
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
	worst misses = {calloc(show + 1, sizeof(example)), 0, show, false};
	worst alarms = {calloc(show + 1, sizeof(example)), 0, show, true};
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
			char *fields[4];
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
			if (lineno == 1 && nf >= 1 && !strcmp(line, "lang"))
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
				worst_add(&misses, kalm_verdict_score(v), fields[3], path, lineno);
			if (!truth && said)
				worst_add(&alarms, kalm_verdict_score(v), fields[3], path, lineno);
		}
		if (rc == CLI_OK)
			rc = cli_lines_check(&lines, len, "eval", path);
		cli_lines_free(&lines);
		if (in != stdin)
			fclose(in);
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
