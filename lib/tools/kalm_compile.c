/*
 * kalm-compile -o OUT FILE...: compile lexicon files (and a language
 * profile) into a model blob.  Used at build time for the embedded
 * default model; `kalm compile` offers the same to users.
 */
#include <kalm.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	const char *out = NULL;
	int first = 1;
	if (argc >= 3 && strcmp(argv[1], "-o") == 0) {
		out = argv[2];
		first = 3;
	}
	if (!out || first >= argc) {
		fprintf(stderr, "usage: kalm-compile -o OUT FILE...\n");
		return 2;
	}
	kalm_builder *b;
	kalm_error err = {0};
	if (kalm_builder_new(&b) != KALM_OK) {
		fprintf(stderr, "kalm-compile: out of memory\n");
		return 1;
	}
	int rc = 0;
	for (int i = first; i < argc && rc == 0; i++)
		rc = kalm_builder_add_file(b, argv[i], &err);
	kalm_model *m = NULL;
	if (rc == 0)
		rc = kalm_builder_build(b, &m, &err);
	kalm_builder_free(b);
	if (rc != 0) {
		fprintf(stderr, "kalm-compile: %s\n", err.message);
		return 1;
	}
	size_t len;
	const void *blob = kalm_model_blob(m, &len);
	FILE *f = fopen(out, "wb");
	if (!f || fwrite(blob, 1, len, f) != len || fclose(f) != 0) {
		perror(out);
		kalm_model_free(m);
		return 1;
	}
	fprintf(stderr, "kalm-compile: %zu entries, %zu rules, %zu bytes\n",
		kalm_model_entry_count(m), kalm_model_rule_count(m), len);
	kalm_model_free(m);
	return 0;
}
