/*
 * Conversation scenarios (../shared/scenarios/scenarios.tsv, path in
 * KALM_SCENARIOS): every customer turn must get the expected action from a
 * session with the default model and policy.  Prints each miss with the
 * verdict behind it, and the accuracy.
 */
#include <criterion/criterion.h>
#include <kalm.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COL_SCENARIO, COL_TURN, COL_LANG, COL_SECONDS, COL_EXPECTED, COL_TEXT,
       COL_COUNT };

/* Split LINE at tabs into COLS; returns the number of fields. */
static int split(char *line, char **cols)
{
	int n = 0;
	cols[n++] = line;
	for (char *p = line; *p && n < COL_COUNT; p++) {
		if (*p == '\t') {
			*p = '\0';
			cols[n++] = p + 1;
		}
	}
	return n;
}

static void chomp(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

typedef struct turn {
	char *cols[COL_COUNT];
	char line[8192];
} turn;

/* Read the next turn from F into T; false at the end.  LINENO counts. */
static bool next_turn(FILE *f, const char *path, unsigned *lineno, turn *t)
{
	while (fgets(t->line, sizeof t->line, f)) {
		(*lineno)++;
		chomp(t->line);
		if (*lineno == 1 || t->line[0] == '\0' || t->line[0] == '#')
			continue; /* header */
		cr_assert_eq(split(t->line, t->cols), COL_COUNT,
			     "%s:%u: expected %d tab-separated fields", path,
			     *lineno, COL_COUNT);
		return true;
	}
	return false;
}

static FILE *open_scenarios(const char **path)
{
	*path = getenv("KALM_SCENARIOS");
	FILE *f = *path ? fopen(*path, "r") : NULL;
	if (!f)
		cr_skip_test("no scenarios file (KALM_SCENARIOS=%s)",
			     *path ? *path : "unset");
	return f;
}

static kalm_decision feed_turn(kalm_session *session, const turn *t)
{
	kalm_message msg;
	memset(&msg, 0, sizeof msg);
	msg.size = sizeof msg;
	msg.text = t->cols[COL_TEXT];
	msg.len = strlen(t->cols[COL_TEXT]);
	msg.seconds = strtoll(t->cols[COL_SECONDS], NULL, 10);
	msg.lang = kalm_lang_from_code(t->cols[COL_LANG]);
	kalm_decision d;
	memset(&d, 0, sizeof d);
	d.size = sizeof d;
	kalm_error err;
	cr_assert_eq(kalm_session_feed(session, &msg, &d, &err), KALM_OK, "%s",
		     err.message);
	return d;
}

Test(scenarios, every_turn_gets_the_expected_action, .timeout = 120)
{
	const char *path;
	FILE *f = open_scenarios(&path);
	kalm_model *model = NULL;
	kalm_error err;
	cr_assert_eq(kalm_model_new_default(&model, &err), KALM_OK, "%s",
		     err.message);
	kalm_session *session = NULL;
	char current[256] = "";
	unsigned turns = 0, right = 0, lineno = 0;
	static turn t;
	while (next_turn(f, path, &lineno, &t)) {
		int want = kalm_action_from_name(t.cols[COL_EXPECTED]);
		cr_assert_geq(want, 0, "%s:%u: unknown action %s", path, lineno,
			      t.cols[COL_EXPECTED]);
		if (!session || strcmp(current, t.cols[COL_SCENARIO]) != 0) {
			kalm_session_free(session);
			snprintf(current, sizeof current, "%s",
				 t.cols[COL_SCENARIO]);
			cr_assert_eq(kalm_session_new(model, NULL, current,
						      strlen(current), &session,
						      &err),
				     KALM_OK, "%s", err.message);
		}
		kalm_decision d = feed_turn(session, &t);
		turns++;
		if (d.action == (kalm_action)want) {
			right++;
			continue;
		}
		printf("MISS %s turn %s: expected %s, got %s | %s | score %.3f "
		       "severity %d targeted %d abusive(verdict) %d | %s\n",
		       current, t.cols[COL_TURN], t.cols[COL_EXPECTED],
		       kalm_action_name(d.action), d.reason_text, d.score,
		       d.severity, (int)d.targeted,
		       (int)kalm_verdict_abusive(d.verdict), t.cols[COL_TEXT]);
		cr_expect_eq(d.action, (kalm_action)want,
			     "%s turn %s: expected %s, got %s (%s)", current,
			     t.cols[COL_TURN], t.cols[COL_EXPECTED],
			     kalm_action_name(d.action), d.reason_text);
	}
	fclose(f);
	kalm_session_free(session);
	kalm_model_free(model);
	printf("scenarios: %u/%u turns right (%.1f%%)\n", right, turns,
	       turns ? 100.0 * right / turns : 0.0);
	fflush(stdout);
	cr_assert_gt(turns, 0, "no turns read from %s", path);
}

/*
 * A helpdesk keeps the session in its database and any worker continues:
 * saving and restoring before every turn must change no decision and no
 * incident record.
 */
Test(scenarios, restoring_between_turns_changes_nothing, .timeout = 120)
{
	const char *path;
	FILE *f = open_scenarios(&path);
	kalm_model *model = NULL;
	kalm_error err;
	cr_assert_eq(kalm_model_new_default(&model, &err), KALM_OK, "%s",
		     err.message);
	kalm_session *kept = NULL, *moved = NULL;
	char current[256] = "";
	unsigned lineno = 0, turns = 0;
	static turn t;
	for (bool more = true; more;) {
		more = next_turn(f, path, &lineno, &t);
		bool next = !more || strcmp(current, t.cols[COL_SCENARIO]) != 0;
		if (kept && next) {
			char *a, *b;
			size_t alen, blen;
			cr_assert_eq(kalm_session_incident_json(kept, &a, &alen,
								NULL),
				     KALM_OK);
			cr_assert_eq(kalm_session_incident_json(moved, &b, &blen,
								NULL),
				     KALM_OK);
			cr_expect_str_eq(a, b, "%s", current);
			kalm_free(a);
			kalm_free(b);
			kalm_session_free(kept);
			kalm_session_free(moved);
			kept = moved = NULL;
		}
		if (!more)
			break;
		if (next) {
			snprintf(current, sizeof current, "%s",
				 t.cols[COL_SCENARIO]);
			cr_assert_eq(kalm_session_new(model, NULL, current,
						      strlen(current), &kept,
						      NULL),
				     KALM_OK);
			cr_assert_eq(kalm_session_new(model, NULL, current,
						      strlen(current), &moved,
						      NULL),
				     KALM_OK);
		}
		void *blob;
		size_t len;
		cr_assert_eq(kalm_session_save(moved, &blob, &len, &err), KALM_OK,
			     "%s", err.message);
		kalm_session_free(moved);
		cr_assert_eq(kalm_session_restore(model, NULL, blob, len, &moved,
						  &err),
			     KALM_OK, "%s", err.message);
		kalm_free(blob);
		kalm_decision a = feed_turn(kept, &t);
		kalm_decision b = feed_turn(moved, &t);
		cr_expect_eq(a.action, b.action, "%s turn %s", current,
			     t.cols[COL_TURN]);
		cr_expect_str_eq(a.reason_text, b.reason_text);
		cr_expect_str_eq(a.reply, b.reply);
		turns++;
	}
	fclose(f);
	kalm_model_free(model);
	cr_assert_gt(turns, 0);
}
