/* The hand-written cases of tests/cases/ for the Criterion suites that
 * read them. */
#ifndef KALM_TESTS_CASES_FILE_H
#define KALM_TESTS_CASES_FILE_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

/* tests/cases/LANG.tsv of the source tree ($KALM_SOURCE_ROOT), open for
 * reading, its path in PATH[0..SIZE) for messages; the test fails when
 * it cannot be opened. */
static inline FILE *cases_open(const char *lang, char *path, size_t size)
{
	const char *root = getenv("KALM_SOURCE_ROOT");
	cr_assert_not_null(root, "KALM_SOURCE_ROOT is not set");
	snprintf(path, size, "%s/tests/cases/%s.tsv", root, lang);
	FILE *f = fopen(path, "r");
	cr_assert_not_null(f, "cannot open %s", path);
	return f;
}

#endif
