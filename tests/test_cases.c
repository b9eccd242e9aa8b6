/* Hand-written hard cases per language (tests/cases/<lang>.tsv, format in
 * tests/cases/README.md), scored with the default model. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kalm.h>

#include "cases_file.h"

static void run_cases(const char *lang)
{
	char path[1024];
	FILE *f = cases_open(lang, path, sizeof path);
	kalm_model *m;
	kalm_scratch *s;
	kalm_verdict *v;
	cr_assert_eq(kalm_model_new_default(&m, NULL), KALM_OK);
	cr_assert_eq(kalm_scratch_new(&s), KALM_OK);
	cr_assert_eq(kalm_verdict_new(&v), KALM_OK);
	kalm_score_options opt = {sizeof(opt), kalm_lang_from_code(lang)};
	char line[4096];
	unsigned lineno = 0, cases = 0, failed = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		char *expect = strtok(line, "\t");
		char *category = strtok(NULL, "\t");
		char *targeted = strtok(NULL, "\t");
		char *text = strtok(NULL, "");
		cr_assert(expect && category && targeted && text,
			  "%s:%u: expected four tab-separated fields", path, lineno);
		cases++;
		cr_assert_eq(kalm_score(m, s, text, strlen(text), &opt, v, NULL), KALM_OK);
		bool abusive = kalm_verdict_abusive(v);
		const char *why = NULL;
		if (abusive != !strcmp(expect, "abusive"))
			why = abusive ? "flagged, expected clean" : "not flagged";
		if (!why && strcmp(category, "-") != 0) {
			int cat = kalm_category_from_name(category);
			cr_assert_geq(cat, 0, "%s:%u: unknown category", path, lineno);
			bool found = false;
			for (size_t i = 0; i < kalm_verdict_match_count(v); i++) {
				kalm_match mt;
				kalm_verdict_match(v, i, &mt);
				found = found || (mt.counted && (int)mt.category == cat);
			}
			if (!found)
				why = "no counted match of that category";
		}
		if (!why && strcmp(targeted, "-") != 0 &&
		    kalm_verdict_targeted(v) != !strcmp(targeted, "yes"))
			why = kalm_verdict_targeted(v) ? "targeted, expected not"
						       : "not targeted";
		if (why) {
			failed++;
			cr_log_error("%s:%u: %s (score %.2f): %s", path, lineno, why,
				     kalm_verdict_score(v), text);
		}
	}
	fclose(f);
	kalm_verdict_free(v);
	kalm_scratch_free(s);
	kalm_model_free(m);
	cr_assert_gt(cases, 20, "%s has too few cases", path);
	cr_assert_eq(failed, 0, "%u of %u %s cases regressed", failed, cases, lang);
}

Test(cases, english) { run_cases("en"); }
Test(cases, dutch) { run_cases("nl"); }
Test(cases, afrikaans) { run_cases("af"); }
Test(cases, polish) { run_cases("pl"); }
