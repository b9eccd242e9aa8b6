#include <kalm.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	kalm_model *model;
	kalm_scratch *scratch;
	kalm_verdict *verdict;
	kalm_error err;

	if (kalm_model_new_default(&model, &err) != KALM_OK) {
		fprintf(stderr, "kalm: %s\n", err.message);
		return 1;
	}
	kalm_scratch_new(&scratch); /* one per thread, reused */
	kalm_verdict_new(&verdict);

	const char *text = "Ty debilu, nie umiesz czytać?";
	kalm_score_options opt = {sizeof(opt), KALM_LANG_PL}; /* a hint */
	if (kalm_score(model, scratch, text, strlen(text), &opt, verdict,
		       &err) != KALM_OK) {
		fprintf(stderr, "kalm: %s\n", err.message);
		return 1;
	}
	printf("score %.2f, abusive %d, aimed at the reader %d, language %s\n",
	       kalm_verdict_score(verdict), kalm_verdict_abusive(verdict),
	       kalm_verdict_targeted(verdict),
	       kalm_lang_code(kalm_verdict_language(verdict)));
	for (size_t i = 0; i < kalm_verdict_match_count(verdict); i++) {
		kalm_match m;
		kalm_verdict_match(verdict, i, &m);
		printf("  %s, severity %d: \"%.*s\"\n",
		       kalm_category_name(m.category), m.severity,
		       (int)(m.end - m.start), text + m.start);
	}
	kalm_verdict_free(verdict);
	kalm_scratch_free(scratch);
	kalm_model_free(model);
	return 0;
}
