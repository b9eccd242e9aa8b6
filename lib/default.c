/* The model built into the library, and loading lexicon folders (which
 * fall back on the built-in language profile). */
#include "model.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

extern const unsigned char kalm_default_blob[];
extern const size_t kalm_default_blob_len;

kalm_status kalm_model_new_default(kalm_model **out, kalm_error *err)
{
	if (!out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0, "out is NULL");
	/* The blob lives in read-only data: validated, never copied. */
	return model_open(kalm_default_blob, kalm_default_blob_len, false, true,
			  out, err);
}

/* Call FN for each "name\0text\0" pair of the built-in sources. */
static int each_default_source(int (*fn)(void *, const char *, const char *,
					 size_t, kalm_error *),
			       void *ctx, bool profiles_only, kalm_error *err)
{
	kalm_model *m;
	int rc = kalm_model_new_default(&m, err);
	if (rc)
		return rc;
	const char *p = m->sources, *end = m->sources + m->sources_len;
	while (!rc && p < end) {
		const char *name = p;
		const char *text = name + strlen(name) + 1;
		if (text >= end)
			break;
		size_t len = strlen(text);
		size_t nl = strlen(name);
		bool prof = nl > 8 && strcmp(name + nl - 8, ".profile") == 0;
		if (!profiles_only || prof)
			rc = fn(ctx, name, text, len, err);
		p = text + len + 1;
	}
	kalm_model_free(m);
	return rc;
}

static int add_to_builder(void *ctx, const char *name, const char *text,
			  size_t len, kalm_error *err)
{
	return kalm_builder_add_text(ctx, name, text, len, err);
}

kalm_status kalm_builder_add_default(kalm_builder *b, kalm_error *err)
{
	if (!b)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0, "builder is NULL");
	/* all of them or none: a source that fails takes those before it
	 * out again */
	lexicon_mark mark = lexicon_mark_now(&b->lex);
	int rc = each_default_source(add_to_builder, b, false, err);
	if (rc)
		lexicon_rollback(&b->lex, &mark);
	return rc;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		kalm_dealloc(names[i]);
	kalm_dealloc(names);
}

/* The lexicon files ("*.lex") and language profile ("*.profile") in DIR,
 * sorted so that a folder always compiles the same way. */
static int list_dir(const char *dir, char ***names, size_t *count,
		    kalm_error *err)
{
	*names = NULL;
	*count = 0;
	DIR *d = opendir(dir);
	if (!d)
		return kalm_fail_io(err, dir, errno);
	char **list = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		bool lex = l > 4 && strcmp(de->d_name + l - 4, ".lex") == 0;
		bool prof = l > 8 && strcmp(de->d_name + l - 8, ".profile") == 0;
		if (!lex && !prof)
			continue;
		char *copy = kalm_malloc(l + 1);
		if (!copy || kalm_grow((void **)&list, &cap, n + 1, sizeof(char *))) {
			kalm_dealloc(copy);
			closedir(d);
			free_names(list, n);
			return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
					 "out of memory");
		}
		memcpy(copy, de->d_name, l + 1);
		list[n++] = copy;
	}
	closedir(d);
	if (n > 1) /* an empty folder has no list to sort (qsort wants one) */
		qsort(list, n, sizeof(char *), cmp_names);
	*names = list;
	*count = n;
	return 0;
}

kalm_status kalm_model_load(const char *dir, kalm_model **out, kalm_error *err)
{
	if (out)
		*out = NULL;
	if (!dir || !out)
		return kalm_fail(err, KALM_ERR_ARGUMENT, NULL, 0, 0,
				 "dir and out are required");
	char **names;
	size_t n;
	int rc = list_dir(dir, &names, &n, err);
	if (rc)
		return rc;
	if (n == 0) {
		free_names(names, n);
		kalm_fail(err, KALM_ERR_IO, dir, 0, 0, "%s: no *.lex files", dir);
		errno = 0; /* no system call failed */
		return KALM_ERR_IO;
	}
	kalm_builder *b;
	if (kalm_builder_new(&b)) {
		free_names(names, n);
		return kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0, "out of memory");
	}
	bool profile = false;
	int io_errno = 0; /* why a lexicon file could not be read */
	size_t dlen = strlen(dir);
	for (size_t i = 0; i < n && !rc; i++) {
		size_t l = strlen(names[i]);
		char *path = kalm_malloc(dlen + l + 2);
		if (!path) {
			rc = kalm_fail(err, KALM_ERR_NO_MEMORY, NULL, 0, 0,
				       "out of memory");
			break;
		}
		memcpy(path, dir, dlen);
		path[dlen] = '/';
		memcpy(path + dlen + 1, names[i], l + 1);
		rc = kalm_builder_add_file(b, path, err);
		if (rc == KALM_ERR_IO)
			io_errno = errno;
		kalm_dealloc(path);
		profile = profile || (l > 8 && strcmp(names[i] + l - 8, ".profile") == 0);
	}
	free_names(names, n);
	if (!rc && !profile)
		rc = each_default_source(add_to_builder, b, true, err);
	if (!rc)
		rc = kalm_builder_build(b, out, err);
	kalm_builder_free(b);
	if (rc == KALM_ERR_IO)
		errno = io_errno; /* the clean-up may have changed it */
	return rc;
}
