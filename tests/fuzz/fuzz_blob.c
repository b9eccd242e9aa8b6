/* Opening model blobs.  The first byte picks a mode (its value mod 8):
 *   0, 4: the rest of the input is a blob, opened as it is;
 *   2, 6: the same, with the header's size and checksum made right;
 *   1, 5, 7: the rest is a list of edits to a small model's blob (every kind of
 *      entry, phrase rules, a language profile): each (u32 offset, u8
 *      value) sets one byte, an edit with the top bit of the offset set
 *      cuts the blob there instead; the header's size and checksum are
 *      then made right again, so the edits reach the validation of
 *      sections, entries, the trie, rules and the language profile rather
 *      than stopping at the checksum;
 *   3: the same edits to the default model's blob (2.5 MB: slow, so
 *      only one mode in eight).
 * A blob that opens must give a model that scores within the invariants. */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

#define HEADER 32 /* magic, version, endian, size, crc, nsections, reserved */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_model(kalm_model *model)
{
	/* Entries of a foreign blob need not keep the compiler's rules (a
	 * severity of 0 is possible), so only the hard invariants apply. */
	fuzz_score_samples(model, false);
	size_t n = kalm_model_entry_count(model) + kalm_model_rule_count(model);
	for (uint32_t id = 0; id < n; id++) {
		kalm_entry_info info;
		FUZZ_CHECK(kalm_model_entry(model, id, &info) == KALM_OK);
		FUZZ_CHECK(strlen(info.term) < 1u << 30); /* terminated */
		FUZZ_CHECK(strlen(info.source) < 1u << 30);
	}
	size_t len;
	const char *src = kalm_model_sources(model, &len);
	FUZZ_CHECK(len == 0 || src[len - 1] == '\0');
	double t = kalm_model_threshold(model);
	FUZZ_CHECK(t >= 0.0 && t <= 1.0);
}

static void open_and_check(const uint8_t *blob, size_t len)
{
	kalm_model *model = (kalm_model *)&model; /* must be reset */
	kalm_error err = {0};
	kalm_status rc = kalm_model_open_blob(blob, len, &model, &err);
	if (rc == KALM_OK) {
		FUZZ_CHECK(model != NULL);
		check_model(model);
		kalm_model_free(model);
		return;
	}
	FUZZ_CHECK(model == NULL);
	FUZZ_CHECK(rc == KALM_ERR_MODEL);
	FUZZ_CHECK(err.code == rc && err.message[0] != '\0');
}

/* Make the header's size and checksum agree with BLOB[0..LEN), which
 * the caller owns and may change. */
static void fix_header(uint8_t *blob, size_t len)
{
	if (len < HEADER)
		return;
	fuzz_put32(blob + 16, (uint32_t)len);
	fuzz_put32(blob + 20, fuzz_crc32(blob + HEADER, len - HEADER));
}

static void fix_and_open(const uint8_t *data, size_t len)
{
	uint8_t *copy = malloc(len ? len : 1);
	FUZZ_CHECK(copy != NULL);
	if (len)
		memcpy(copy, data, len);
	fix_header(copy, len);
	open_and_check(copy, len);
	free(copy);
}

static const char small_lex[] =
	"@lang en\n"
	"idiot+ insult 2 fuzzy\n"
	"*fuck* profanity 2\n"
	"kurw* profanity 1 strict\n"
	"*lijer insult 3\n"
	"useless insult 2 target\n"
	"\"go to hell\" insult 2\n"
	"you you\nhe person\nwomen group fuzzy\nnot negator\n"
	"saying report\nassessment allow\nrefund frustration 1\n"
	"rule threat 4 you when know : \\bi know where (you|u) (live|work)\\b\n"
	"rule sexual 3 when send* : send (me )?(nudes|pics)\n";
static const char small_profile[] =
	"kalm-langid 1\nlangs nl af pl en\nscale 16\nweight 1 0.2\n"
	"weight w 3\ntemperature 0.25\nhint 2.5\nmin-letters 2\n"
	"1 e 0 1 11 8\n1 y 20 20 20 0\n1 w 20 20 0 20\n"
	"w you 90 90 90 0\nw jy 90 0 90 90\nw je 0 90 90 90\n";

static kalm_model *small_model;

static void free_small_model(void)
{
	kalm_model_free(small_model);
}

static const kalm_model *small(void)
{
	if (small_model)
		return small_model;
	kalm_builder *b = NULL;
	kalm_error err = {0};
	FUZZ_CHECK(kalm_builder_new(&b) == KALM_OK);
	if (kalm_builder_add_text(b, "en.lex", small_lex, strlen(small_lex),
				  &err) != KALM_OK ||
	    kalm_builder_add_text(b, "langid.profile", small_profile,
				  strlen(small_profile), &err) != KALM_OK ||
	    kalm_builder_build(b, &small_model, &err) != KALM_OK)
		fuzz_fail(__FILE__, __LINE__, err.message);
	kalm_builder_free(b);
	atexit(free_small_model);
	return small_model;
}

static void mutate(const kalm_model *model, const uint8_t *edits, size_t n)
{
	size_t len;
	const uint8_t *blob = kalm_model_blob(model, &len);
	uint8_t *copy = malloc(len);
	FUZZ_CHECK(copy != NULL);
	memcpy(copy, blob, len);
	for (size_t i = 0; i + 5 <= n; i += 5) {
		uint32_t off = (uint32_t)edits[i] | (uint32_t)edits[i + 1] << 8 |
			       (uint32_t)edits[i + 2] << 16 |
			       (uint32_t)edits[i + 3] << 24;
		if (off & 0x80000000u) {
			off &= 0x7FFFFFFFu;
			if (off < len)
				len = off;
			continue;
		}
		if (len)
			copy[off % len] = edits[i + 4];
	}
	fix_header(copy, len);
	open_and_check(copy, len);
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	const uint8_t *rest = data + 1;
	size_t len = size - 1;
	switch (data[0] % 8) {
	case 0:
	case 4:
		open_and_check(rest, len);
		break;
	case 2:
	case 6:
		fix_and_open(rest, len);
		break;
	case 3:
		mutate(fuzz_default_model(), rest, len);
		break;
	default:
		mutate(small(), rest, len);
		break;
	}
	return 0;
}
