/* Policies: defaults, kalm_policy_set/get, the policy file format and its
 * errors. */
#include <criterion/criterion.h>
#include <errno.h>
#include <kalm.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static kalm_policy *fresh(void)
{
	kalm_policy *p = NULL;
	kalm_error err;
	cr_assert_eq(kalm_policy_new(&p, &err), KALM_OK, "%s", err.message);
	cr_assert_not_null(p);
	return p;
}

static void expect_value(const kalm_policy *p, const char *key,
			 const char *want)
{
	char buf[4096];
	kalm_error err;
	cr_assert_eq(kalm_policy_get(p, key, buf, sizeof buf, &err), KALM_OK,
		     "%s: %s", key, err.message);
	cr_expect_str_eq(buf, want, "%s", key);
}

static const char *const default_values[][2] = {
	{"abuse_threshold", "model"},
	{"untargeted_severity", "3"},
	{"transfer_severity", "4"},
	{"end_categories", "threat, sexual, hate"},
	{"end_severity", "3"},
	{"limits_before_transfer", "1"},
	{"transfers_before_end", "1"},
	{"warning_seconds", "86400"},
};

Test(policy, defaults_are_documented_values)
{
	kalm_policy *p = fresh();
	for (size_t i = 0; i < sizeof default_values / sizeof *default_values;
	     i++)
		expect_value(p, default_values[i][0], default_values[i][1]);
	kalm_policy_free(p);
}

Test(policy, default_policy_file_matches_builtin_defaults)
{
	const char *root = getenv("KALM_SOURCE_ROOT");
	if (!root)
		cr_skip_test("KALM_SOURCE_ROOT not set");
	char path[4096];
	snprintf(path, sizeof path, "%s/lexicons/default.policy", root);
	kalm_policy *p = NULL;
	kalm_error err;
	cr_assert_eq(kalm_policy_load(path, &p, &err), KALM_OK, "%s:%u:%u: %s",
		     err.file, err.line, err.column, err.message);
	kalm_policy *d = fresh();
	char a[4096], b[4096];
	for (size_t i = 0; i < sizeof default_values / sizeof *default_values;
	     i++) {
		const char *key = default_values[i][0];
		cr_assert_eq(kalm_policy_get(p, key, a, sizeof a, NULL), KALM_OK);
		cr_assert_eq(kalm_policy_get(d, key, b, sizeof b, NULL), KALM_OK);
		cr_expect_str_eq(a, b, "%s", key);
	}
	kalm_policy_free(d);
	kalm_policy_free(p);
}

Test(policy, every_language_and_action_has_a_default_template)
{
	static const char *const langs[] = {"nl", "af", "pl", "en"};
	static const char *const actions[] = {"respond_calmly", "state_limits",
					      "transfer", "end_session"};
	kalm_policy *p = fresh();
	char buf[4096], key[64];
	for (int l = 0; l < 4; l++)
		for (int a = 0; a < 4; a++) {
			snprintf(key, sizeof key, "reply.%s.%s", langs[l],
				 actions[a]);
			cr_assert_eq(kalm_policy_get(p, key, buf, sizeof buf,
						     NULL),
				     KALM_OK, "%s", key);
			cr_expect_gt(strlen(buf), 40, "%s is too short", key);
		}
	/* The languages really differ. */
	cr_assert_eq(kalm_policy_get(p, "reply.nl.state_limits", buf,
				     sizeof buf, NULL),
		     KALM_OK);
	cr_expect_not_null(strstr(buf, "u "), "Dutch template is formal: %s",
			   buf);
	kalm_policy_free(p);
}

Test(policy, set_then_get_round_trips)
{
	kalm_policy *p = fresh();
	kalm_error err;
	static const char *const pairs[][3] = {
		{"abuse_threshold", "0.35", "0.35"},
		{"abuse_threshold", ".5", "0.5"},
		{"abuse_threshold", "1.000", "1"},
		/* six decimals kept, never an exponent: what get writes, set
		 * reads as the same value */
		{"abuse_threshold", "0.1234565", "0.123457"},
		{"abuse_threshold", "0.000005", "0.000005"},
		{"abuse_threshold", ".00000000491133801", "0"},
		{"abuse_threshold", "0.9999996", "1"},
		{"ABUSE_THRESHOLD", "model", "model"},
		{"untargeted_severity", "off", "off"},
		{"transfer_severity", "3", "3"},
		{"end_categories", "threat hate", "threat, hate"},
		{"end_categories", "none", "none"},
		{"end_severity", "4", "4"},
		{"limits_before_transfer", "2", "2"},
		{"transfers_before_end", "0", "0"},
		{"warning_seconds", "0", "0"},
		{"placeholder.company", "Acme Telecom", "Acme Telecom"},
		{"reply.en.transfer", "One moment, {agent|a colleague} takes over.",
		 "One moment, {agent|a colleague} takes over."},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		cr_assert_eq(kalm_policy_set(p, pairs[i][0], pairs[i][1], &err),
			     KALM_OK, "%s = %s: %s", pairs[i][0], pairs[i][1],
			     err.message);
		expect_value(p, pairs[i][0], pairs[i][2]);
	}
	kalm_policy_free(p);
}

/* Whatever threshold was set, what get writes sets the same value: its
 * text read back is that text again, digit for digit. */
Test(policy, a_threshold_read_back_is_the_same_threshold)
{
	kalm_policy *p = fresh();
	uint32_t x = 2463534242u;
	char value[40], first[64], second[64];
	for (int i = 0; i < 20000; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		/* "0." and 1 to 20 digits, some of them leading zeros */
		size_t n = 0, digits = 1 + x % 20, zeros = (x >> 5) % 12;
		value[n++] = '0';
		value[n++] = '.';
		for (size_t k = 0; k < digits; k++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			value[n++] = (char)('0' + (k < zeros ? 0 : x % 10));
		}
		value[n] = '\0';
		cr_assert_eq(kalm_policy_set(p, "abuse_threshold", value, NULL),
			     KALM_OK, "%s", value);
		cr_assert_eq(kalm_policy_get(p, "abuse_threshold", first,
					     sizeof first, NULL),
			     KALM_OK);
		cr_assert_eq(kalm_policy_set(p, "abuse_threshold", first, NULL),
			     KALM_OK, "%s gave %s", value, first);
		cr_assert_eq(kalm_policy_get(p, "abuse_threshold", second,
					     sizeof second, NULL),
			     KALM_OK);
		cr_assert_str_eq(first, second, "%s", value);
		cr_assert_lt(strlen(first), 9, "%s gave %s", value, first);
	}
	kalm_policy_free(p);
}

Test(policy, bad_values_are_refused_and_change_nothing)
{
	kalm_policy *p = fresh();
	static const char *const bad[][2] = {
		{"abuse_threshold", "1.5"},  {"abuse_threshold", "0,5"},
		{"abuse_threshold", "4.911e-09"},
		{"abuse_threshold", ""},     {"abuse_threshold", "-0.1"},
		{"untargeted_severity", "0"}, {"transfer_severity", "5"},
		{"end_severity", "two"},     {"end_categories", "frustration"},
		{"end_categories", "threat, nonsense"},
		{"limits_before_transfer", "11"},
		{"warning_seconds", "-1"},   {"warning_seconds", "99999999999999"},
		{"reply.en.transfer", "unbalanced {agent"},
		{"reply.en.transfer", "stray } brace"},
		{"reply.en.transfer", "{Agent} has a capital"},
		{"reply.xx.transfer", "fine"},
		{"reply.en.dance", "fine"},
		{"placeholder.Bad-Name", "x"},
		{"placeholder.company", "line\nbreak"},
		{"no_such_key", "1"},
	};
	char before[4096], after[4096];
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		kalm_error err;
		kalm_policy_get(p, "abuse_threshold", before, sizeof before,
				NULL);
		kalm_status st = kalm_policy_set(p, bad[i][0], bad[i][1], &err);
		cr_expect(st == KALM_ERR_ARGUMENT || st == KALM_ERR_LIMIT,
			  "%s = %s accepted", bad[i][0], bad[i][1]);
		cr_expect_gt(strlen(err.message), 0);
		kalm_policy_get(p, "abuse_threshold", after, sizeof after, NULL);
		cr_expect_str_eq(before, after);
	}
	expect_value(p, "warning_seconds", "86400");
	expect_value(p, "end_categories", "threat, sexual, hate");
	kalm_policy_free(p);
}

Test(policy, file_lines_comments_quotes_and_crlf)
{
	kalm_policy *p = fresh();
	kalm_error err;
	const char text[] =
		"\xEF\xBB\xBF# a comment\r\n"
		"\n"
		"   limits_before_transfer = 2   # trailing comment\r\n"
		"warning_seconds=600\n"
		"placeholder.company = \"Acme # Co \\\"Best\\\"\"  # kept in quotes\n"
		"placeholder.agent = Sam#1\n"
		"reply.pl.transfer = \"Przekazuję rozmowę: {agent}.\"\n"
		"warning_seconds = 700\n"; /* later lines win */
	cr_assert_eq(kalm_policy_parse(p, "t.policy", text, sizeof text - 1,
				       &err),
		     KALM_OK, "%s:%u:%u: %s", err.file, err.line, err.column,
		     err.message);
	expect_value(p, "limits_before_transfer", "2");
	expect_value(p, "warning_seconds", "700");
	expect_value(p, "placeholder.company", "Acme # Co \"Best\"");
	expect_value(p, "placeholder.agent", "Sam#1");
	expect_value(p, "reply.pl.transfer", "Przekazuję rozmowę: {agent}.");
	kalm_policy_free(p);
}

struct syntax_case {
	const char *text;
	unsigned line;
	unsigned column;
};

Test(policy, syntax_errors_name_line_and_column_and_change_nothing)
{
	static const struct syntax_case cases[] = {
		{"limits_before_transfer = 3\nfoo bar\n", 2, 5},
		{"# ok\n\nno_such_key = 1\n", 3, 1},
		{"warning_seconds = soon\n", 1, 19},
		{"  end_severity = 9\n", 1, 18},
		{"= 4\n", 1, 1},
		{"reply.en.transfer = \"unterminated\n", 1, 21},
		{"placeholder.agent = \"a\" b\n", 1, 25},
		{"placeholder.agent = \"\\q\"\n", 1, 22},
		{"ok = 1\xff\n", 1, 7},
		{"żółw = 1\n", 1, 1},
		{"abuse_threshold = 0.5\nend_categories = threat, frustration\n",
		 2, 18},
		/* a bad template: at the offending character, counted in
		 * characters, through a quoted value's escapes */
		{"reply.en.transfer = \xc5\xbb\xc3\xb3\xc5\x82\xc4\x87 "
		 "g\xc4\x99\xc5\x9b } x\n", 1, 30},
		{"reply.en.transfer = \"\xc5\xbb\xc3\xb3\xc5\x82\xc4\x87 \\\" "
		 "g\xc4\x99\xc5\x9b } x\"\n", 1, 34},
		{"reply.en.transfer = ok {agent\n", 1, 24},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		kalm_policy *p = fresh();
		kalm_error err;
		kalm_status st = kalm_policy_parse(p, "bad.policy", cases[i].text,
						   strlen(cases[i].text), &err);
		cr_expect_eq(st, KALM_ERR_SYNTAX, "case %zu accepted", i);
		cr_expect_str_eq(err.file, "bad.policy", "case %zu", i);
		cr_expect_eq(err.line, cases[i].line, "case %zu: line %u", i,
			     err.line);
		cr_expect_eq(err.column, cases[i].column,
			     "case %zu: column %u (%s)", i, err.column,
			     err.message);
		/* Nothing was half applied. */
		expect_value(p, "limits_before_transfer", "1");
		expect_value(p, "abuse_threshold", "model");
		kalm_policy_free(p);
	}
}

/* A bad template's message in a file leaves the place to the column; set
 * from code, where there is none, it names the byte. */
Test(policy, a_bad_template_says_where)
{
	kalm_policy *p = fresh();
	kalm_error err;
	const char *text = "reply.en.transfer = ab } x\n";
	cr_assert_eq(kalm_policy_parse(p, "t.policy", text, strlen(text), &err),
		     KALM_ERR_SYNTAX);
	cr_expect_eq(err.column, 24);
	cr_expect_str_eq(err.message, "bad template for reply.en.transfer: '}' "
				      "without '{' (write }} for a brace)");
	cr_assert_eq(kalm_policy_set(p, "reply.en.transfer", "ab } x", &err),
		     KALM_ERR_ARGUMENT);
	cr_expect_not_null(strstr(err.message, "at byte 3"), "%s", err.message);
	kalm_policy_free(p);
}

Test(policy, load_reports_missing_file_as_io_error)
{
	kalm_policy *p = (kalm_policy *)1;
	kalm_error err;
	cr_assert_eq(kalm_policy_load("/nonexistent/kalm.policy", &p, &err),
		     KALM_ERR_IO);
	cr_expect_null(p);
	cr_expect_str_eq(err.file, "/nonexistent/kalm.policy");
}

Test(policy, load_names_the_path_and_leaves_errno)
{
	kalm_policy *p = NULL;
	kalm_error err;
	errno = 0;
	cr_assert_eq(kalm_policy_load("/nonexistent/kalm.policy", &p, &err),
		     KALM_ERR_IO);
	cr_expect_eq(errno, ENOENT);
	cr_expect_not_null(strstr(err.message, "/nonexistent/kalm.policy"),
			   "%s", err.message);
	cr_expect_not_null(strstr(err.message, strerror(ENOENT)), "%s",
			   err.message);

	char dir[] = "/tmp/kalm-policy-dir-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	errno = 0;
	cr_assert_eq(kalm_policy_load(dir, &p, &err), KALM_ERR_IO);
	cr_expect_null(p);
	cr_expect_eq(errno, EISDIR);
	cr_expect_str_eq(err.file, dir);
	cr_expect_not_null(strstr(err.message, dir), "%s", err.message);
	cr_expect_not_null(strstr(err.message, strerror(EISDIR)), "%s",
			   err.message);
	cr_assert_eq(rmdir(dir), 0);
}

Test(policy, load_reads_a_file_and_reports_its_name)
{
	char path[] = "/tmp/kalm-policy-XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	FILE *f = fdopen(fd, "w");
	fputs("transfer_severity = off\nend_categories = threat\n"
	      "limits_before_transfer = x\n",
	      f);
	fclose(f);
	kalm_policy *p = NULL;
	kalm_error err;
	cr_expect_eq(kalm_policy_load(path, &p, &err), KALM_ERR_SYNTAX);
	cr_expect_null(p);
	cr_expect_str_eq(err.file, path);
	cr_expect_eq(err.line, 3);
	f = fopen(path, "w");
	fputs("transfer_severity = off\nend_categories = threat\n", f);
	fclose(f);
	cr_assert_eq(kalm_policy_load(path, &p, &err), KALM_OK, "%s",
		     err.message);
	expect_value(p, "transfer_severity", "off");
	expect_value(p, "end_categories", "threat");
	kalm_policy_free(p);
	remove(path);
}

Test(policy, placeholders_are_bounded)
{
	kalm_policy *p = fresh();
	char key[64], value[300];
	for (int i = 0; i < 8; i++) {
		snprintf(key, sizeof key, "placeholder.p%d", i);
		cr_assert_eq(kalm_policy_set(p, key, "v", NULL), KALM_OK);
	}
	cr_expect_eq(kalm_policy_set(p, "placeholder.ninth", "v", NULL),
		     KALM_ERR_LIMIT);
	/* Removing one makes room again. */
	cr_expect_eq(kalm_policy_set(p, "placeholder.p0", "", NULL), KALM_OK);
	cr_expect_eq(kalm_policy_set(p, "placeholder.ninth", "v", NULL),
		     KALM_OK);
	memset(value, 'x', 257);
	value[257] = '\0';
	cr_expect_eq(kalm_policy_set(p, "placeholder.p1", value, NULL),
		     KALM_ERR_LIMIT);
	kalm_policy_free(p);
}

Test(policy, get_needs_room_and_a_known_key)
{
	kalm_policy *p = fresh();
	char small[3];
	cr_expect_eq(kalm_policy_get(p, "end_categories", small, sizeof small,
				     NULL),
		     KALM_ERR_LIMIT);
	cr_expect_eq(kalm_policy_get(p, "nope", small, sizeof small, NULL),
		     KALM_ERR_NOT_FOUND);
	/* a placeholder not set is empty; a name that could never be set is
	 * no key at all, as for kalm_policy_set */
	char buf[64] = "x";
	cr_expect_eq(kalm_policy_get(p, "placeholder.unset", buf, sizeof buf,
				     NULL),
		     KALM_OK);
	cr_expect_str_eq(buf, "");
	const char *never[] = {"placeholder.Bad-Name", "placeholder.",
			       "placeholder.a_name_of_thirty_three_characters"};
	for (size_t i = 0; i < sizeof never / sizeof *never; i++) {
		cr_expect_eq(kalm_policy_set(p, never[i], "v", NULL),
			     KALM_ERR_ARGUMENT, "%s", never[i]);
		cr_expect_eq(kalm_policy_get(p, never[i], buf, sizeof buf, NULL),
			     KALM_ERR_NOT_FOUND, "%s", never[i]);
	}
	kalm_policy_free(p);
}

Test(policy, null_arguments_are_refused)
{
	kalm_error err;
	cr_expect_eq(kalm_policy_new(NULL, &err), KALM_ERR_ARGUMENT);
	cr_expect_eq(kalm_policy_set(NULL, "a", "b", &err), KALM_ERR_ARGUMENT);
	cr_expect_eq(kalm_policy_parse(NULL, "x", "", 0, &err),
		     KALM_ERR_ARGUMENT);
	cr_expect_eq(kalm_policy_load(NULL, NULL, &err), KALM_ERR_ARGUMENT);
	kalm_policy_free(NULL);
}

Test(policy, action_and_reason_names)
{
	cr_expect_str_eq(kalm_action_name(KALM_ACTION_STATE_LIMITS),
			 "STATE_LIMITS");
	cr_expect_null(kalm_action_name(KALM_ACTION_COUNT));
	cr_expect_eq(kalm_action_from_name("end_session"),
		     KALM_ACTION_END_SESSION);
	cr_expect_eq(kalm_action_from_name("TRANSFER"), KALM_ACTION_TRANSFER);
	cr_expect_eq(kalm_action_from_name("TRANSFERS"), -1);
	cr_expect_eq(kalm_action_from_name(NULL), -1);
	cr_expect_str_eq(kalm_reason_name(KALM_REASON_END_CATEGORY),
			 "end_category");
	cr_expect_null(kalm_reason_name(KALM_REASON_COUNT));
}

/* The replies file format (internal: the embedded replies.txt uses it). */
#include "session.h"

Test(replies, the_embedded_file_is_complete)
{
	char *table[KALM_LANG_COUNT][KALM_ACTION_COUNT] = {{0}};
	kalm_error err;
	cr_assert_eq(reply_table_parse(table, "replies.txt",
				       (const char *)kalm_replies_txt,
				       kalm_replies_txt_len, true, &err),
		     KALM_OK, "%s:%u:%u: %s", err.file, err.line, err.column,
		     err.message);
	for (int l = KALM_LANG_NL; l < KALM_LANG_COUNT; l++)
		for (int a = 0; a < KALM_ACTION_COUNT; a++) {
			cr_expect_not_null(table[l][a]);
			kalm_free(table[l][a]);
		}
	cr_expect_null(table[KALM_LANG_UNKNOWN][0]);
}

Test(replies, file_errors_name_line_and_column)
{
	static const struct syntax_case cases[] = {
		{"en.transfer = a\nen.transfer = b\n", 2, 1},
		{"xx.transfer = a\n", 1, 1},
		{"en.transfer = a {agent\n", 1, 17},
		{"en.transfer = }\n", 1, 15},
		{"en.transfer = \xc5\xbc\xc3\xb3\xc5\x82w }\n", 1, 20},
		{"en.transfer = \"\\\"a\\\" {x\"\n", 1, 22},
		{"en.transfer = a\n", 1, 0}, /* incomplete: no column */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *table[KALM_LANG_COUNT][KALM_ACTION_COUNT] = {{0}};
		kalm_error err;
		cr_expect_eq(reply_table_parse(table, "r.txt", cases[i].text,
					       strlen(cases[i].text), true,
					       &err),
			     KALM_ERR_SYNTAX, "case %zu", i);
		cr_expect_eq(err.line, cases[i].line, "case %zu: line %u", i,
			     err.line);
		cr_expect_eq(err.column, cases[i].column, "case %zu: column %u",
			     i, err.column);
		cr_expect_str_eq(err.file, "r.txt");
		for (int l = 0; l < KALM_LANG_COUNT; l++)
			for (int a = 0; a < KALM_ACTION_COUNT; a++)
				cr_expect_null(table[l][a], "left behind");
	}
}
