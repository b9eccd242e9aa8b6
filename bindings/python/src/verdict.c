/*
 * kalm.Verdict and kalm.Match: the result of scoring one message.
 *
 * A verdict is a snapshot copied out of the library's reusable verdict,
 * so it stays valid after later calls and may be read from any thread.
 * Match objects are made on first access.  Byte offsets from the library
 * are mapped to str indices by counting UTF-8 lead bytes.
 */
#include "pykalm.h"

#include <structmember.h>
#include <string.h>

typedef struct VerdictObject {
	PyObject_HEAD
	ModelObject *model;
	PyObject *source; /* str or bytes */
	PyObject *owner;  /* keeps buf alive */
	const char *buf;
	Py_ssize_t len;
	int is_str;
	int is_ascii;
	kalm_lang hint;
	pykalm_result r;
	PyObject *matches; /* tuple, made on first access */
	PyObject *action;  /* str, made on first access */
} VerdictObject;

typedef struct MatchObject {
	PyObject_HEAD
	PyObject *category;
	PyObject *text;
	PyObject *term;
	PyObject *lexicon;
	Py_ssize_t start;
	Py_ssize_t end;
	Py_ssize_t start_byte;
	Py_ssize_t end_byte;
	unsigned long entry;
	unsigned int lexicon_line;
	int severity;
	char targeted;
	char negated;
	char counted;
	char rule;
} MatchObject;

/* ------------------------------------------------------------------ */
/* Results                                                             */

int pykalm_result_fill(pykalm_result *r, const kalm_verdict *v)
{
	kalm_summary s;
	s.size = sizeof s;
	if (kalm_verdict_summary(v, &s) != KALM_OK)
		memset(&s, 0, sizeof s); /* no verdict: what the accessors say */
	r->match_count = 0;
	r->matches = NULL;
	r->score = s.score;
	r->abusive = s.abusive;
	r->severity = s.severity;
	r->targeted = s.targeted;
	memcpy(r->categories, s.category, sizeof r->categories);
	r->language = s.language;
	r->confidence = s.confidence;
	r->guess = s.language_guess;
	r->length = s.length;
	r->invalid_bytes = s.invalid_bytes;
	r->match_total = s.match_total;

	size_t count = s.match_count;
	if (count == 0)
		return 0;
	if (count > PY_SSIZE_T_MAX / sizeof(kalm_match))
		return -1;
	r->matches = PyMem_RawMalloc(count * sizeof(kalm_match));
	if (!r->matches)
		return -1;
	for (size_t i = 0; i < count; i++) {
		if (kalm_verdict_match(v, i, &r->matches[i]) != KALM_OK)
			break;
		r->match_count = i + 1;
	}
	return 0;
}

void pykalm_result_clear(pykalm_result *r)
{
	PyMem_RawFree(r->matches);
	r->matches = NULL;
	r->match_count = 0;
}

PyObject *pykalm_verdict_new(ModelObject *model, pykalm_text *text,
			     kalm_lang hint, pykalm_result *result)
{
	VerdictObject *self = PyObject_New(VerdictObject, &VerdictType);
	if (!self) {
		pykalm_text_clear(text);
		pykalm_result_clear(result);
		return NULL;
	}
	self->model = (ModelObject *)Py_NewRef((PyObject *)model);
	self->source = text->source;
	self->owner = text->owner;
	self->buf = text->buf;
	self->len = text->len;
	self->is_str = text->is_str;
	self->is_ascii = text->is_ascii;
	memset(text, 0, sizeof *text);
	self->hint = hint;
	self->r = *result;
	memset(result, 0, sizeof *result);
	self->matches = NULL;
	self->action = NULL;
	return (PyObject *)self;
}

/* ------------------------------------------------------------------ */
/* Offsets                                                             */

/* A position walked through the text: BYTE bytes hold CH characters. */
typedef struct cursor {
	size_t byte;
	Py_ssize_t ch;
} cursor;

/* The str index of byte offset OFF (clamped to the text). */
static Py_ssize_t str_index(const VerdictObject *v, cursor *c, size_t off)
{
	if (off > (size_t)v->len)
		off = (size_t)v->len;
	if (!v->is_str || v->is_ascii)
		return (Py_ssize_t)off;
	const unsigned char *s = (const unsigned char *)v->buf;
	while (c->byte < off) {
		if ((s[c->byte] & 0xC0) != 0x80)
			c->ch++;
		c->byte++;
	}
	while (c->byte > off) {
		c->byte--;
		if ((s[c->byte] & 0xC0) != 0x80)
			c->ch--;
	}
	return c->ch;
}

/* ------------------------------------------------------------------ */
/* Matches                                                             */

static PyObject *category_str(kalm_category category)
{
	const char *name = kalm_category_name(category);
	return PyUnicode_FromString(name ? name : "unknown");
}

static int match_entry_info(MatchObject *m, const kalm_model *model,
			    uint32_t entry)
{
	kalm_entry_info info;
	memset(&info, 0, sizeof info);
	if (kalm_model_entry(model, entry, &info) != KALM_OK) {
		m->term = Py_NewRef(Py_None);
		m->lexicon = Py_NewRef(Py_None);
		return 0;
	}
	m->term = PyUnicode_DecodeUTF8(info.term ? info.term : "",
				       info.term ? (Py_ssize_t)strlen(info.term) : 0,
				       "replace");
	m->lexicon = PyUnicode_DecodeUTF8(
		info.source ? info.source : "",
		info.source ? (Py_ssize_t)strlen(info.source) : 0, "replace");
	m->lexicon_line = info.line;
	return m->term && m->lexicon ? 0 : -1;
}

static PyObject *match_text(const VerdictObject *v, Py_ssize_t start,
			    Py_ssize_t end, size_t start_byte, size_t end_byte)
{
	if (end < start)
		end = start;
	if (v->is_str)
		return PyUnicode_Substring(v->source, start, end);
	if (end_byte < start_byte)
		end_byte = start_byte;
	return PyBytes_FromStringAndSize(v->buf + start_byte,
					 (Py_ssize_t)(end_byte - start_byte));
}

static PyObject *match_new(const VerdictObject *v, const kalm_match *km,
			   cursor *c)
{
	MatchObject *m = PyObject_New(MatchObject, &MatchType);
	if (!m)
		return NULL;
	size_t sb = km->start <= (size_t)v->len ? km->start : (size_t)v->len;
	size_t eb = km->end <= (size_t)v->len ? km->end : (size_t)v->len;
	if (eb < sb)
		eb = sb;
	m->start_byte = (Py_ssize_t)sb;
	m->end_byte = (Py_ssize_t)eb;
	m->start = str_index(v, c, sb);
	m->end = str_index(v, c, eb);
	m->severity = km->severity;
	m->targeted = km->targeted;
	m->negated = km->negated;
	m->counted = km->counted;
	m->rule = km->rule;
	m->entry = km->entry;
	m->lexicon_line = 0;
	m->term = m->lexicon = NULL;
	m->category = category_str(km->category);
	m->text = match_text(v, m->start, m->end, sb, eb);
	if (!m->category || !m->text ||
	    match_entry_info(m, v->model->model, km->entry) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return (PyObject *)m;
}

static PyObject *verdict_matches(VerdictObject *v)
{
	if (v->matches)
		return Py_NewRef(v->matches);
	PyObject *tuple = PyTuple_New((Py_ssize_t)v->r.match_count);
	if (!tuple)
		return NULL;
	cursor c = {0, 0};
	for (size_t i = 0; i < v->r.match_count; i++) {
		PyObject *m = match_new(v, &v->r.matches[i], &c);
		if (!m) {
			Py_DECREF(tuple);
			return NULL;
		}
		PyTuple_SET_ITEM(tuple, (Py_ssize_t)i, m);
	}
	/* Making objects can start a collection that runs Python code, so
	 * another thread (or this one, re-entered) may have cached its own
	 * tuple meanwhile: keep the first, so every reader gets one tuple. */
	if (v->matches) {
		Py_DECREF(tuple);
		return Py_NewRef(v->matches);
	}
	v->matches = tuple;
	return Py_NewRef(tuple);
}

static void Match_dealloc(MatchObject *m)
{
	Py_XDECREF(m->category);
	Py_XDECREF(m->text);
	Py_XDECREF(m->term);
	Py_XDECREF(m->lexicon);
	PyObject_Free(m);
}

static PyObject *Match_repr(MatchObject *m)
{
	return PyUnicode_FromFormat(
		"<kalm.Match %U severity=%d %R [%zd:%zd]%s%s%s>", m->category,
		m->severity, m->text, m->start, m->end,
		m->targeted ? " targeted" : "", m->negated ? " negated" : "",
		m->counted ? "" : " not-counted");
}

/* The match text as a str, so that as_dict is JSON-ready: bytes input is
 * decoded from UTF-8, invalid bytes as U+FFFD as the library reads them
 * (start_byte and end_byte still say exactly where they were). */
static PyObject *match_text_str(const MatchObject *m)
{
	if (!PyBytes_Check(m->text))
		return Py_NewRef(m->text);
	return PyUnicode_DecodeUTF8(PyBytes_AS_STRING(m->text),
				    PyBytes_GET_SIZE(m->text), "replace");
}

static PyObject *Match_as_dict(MatchObject *m, PyObject *unused)
{
	(void)unused;
	PyObject *text = match_text_str(m);
	if (!text)
		return NULL;
	return Py_BuildValue(
		"{s:O,s:i,s:O,s:O,s:O,s:O,s:n,s:n,s:n,s:n,s:N,s:k,s:O,s:O,s:I}",
		"category", m->category, "severity", m->severity,
		"targeted", m->targeted ? Py_True : Py_False,
		"negated", m->negated ? Py_True : Py_False,
		"counted", m->counted ? Py_True : Py_False,
		"rule", m->rule ? Py_True : Py_False,
		"start", m->start, "end", m->end,
		"start_byte", m->start_byte, "end_byte", m->end_byte,
		"text", text, "entry", m->entry,
		"term", m->term ? m->term : Py_None,
		"lexicon", m->lexicon ? m->lexicon : Py_None,
		"lexicon_line", m->lexicon_line);
}

static PyMemberDef Match_members[] = {
	{"category", T_OBJECT, offsetof(MatchObject, category), READONLY,
	 "The category name: 'insult', 'profanity', 'threat', 'sexual',\n"
	 "'hate', 'shouting' or 'frustration'."},
	{"severity", T_INT, offsetof(MatchObject, severity), READONLY,
	 "1 (mild) .. 4 (severe)."},
	{"targeted", T_BOOL, offsetof(MatchObject, targeted), READONLY,
	 "Aimed at the reader (second person, vocative)."},
	{"negated", T_BOOL, offsetof(MatchObject, negated), READONLY,
	 "Under a negation ('you are not an idiot')."},
	{"counted", T_BOOL, offsetof(MatchObject, counted), READONLY,
	 "Contributed to the scores (quoted or negated matches do not)."},
	{"rule", T_BOOL, offsetof(MatchObject, rule), READONLY,
	 "From a phrase rule rather than a lexicon word."},
	{"start", T_PYSSIZET, offsetof(MatchObject, start), READONLY,
	 "Start index into the scored text: a str index for str input,\n"
	 "a byte index for bytes input."},
	{"end", T_PYSSIZET, offsetof(MatchObject, end), READONLY,
	 "End index (exclusive), like start."},
	{"start_byte", T_PYSSIZET, offsetof(MatchObject, start_byte), READONLY,
	 "Start as a byte offset into the UTF-8 form of the text."},
	{"end_byte", T_PYSSIZET, offsetof(MatchObject, end_byte), READONLY,
	 "End as a byte offset (exclusive) into the UTF-8 form."},
	{"text", T_OBJECT, offsetof(MatchObject, text), READONLY,
	 "The matched text, text[start:end]: str for str input, bytes for\n"
	 "bytes input."},
	{"entry", T_ULONG, offsetof(MatchObject, entry), READONLY,
	 "The lexicon entry or rule id (see Model.entry)."},
	{"term", T_OBJECT, offsetof(MatchObject, term), READONLY,
	 "The lexicon term or rule pattern that matched."},
	{"lexicon", T_OBJECT, offsetof(MatchObject, lexicon), READONLY,
	 "The lexicon file the entry came from, e.g. 'pl.lex'."},
	{"lexicon_line", T_UINT, offsetof(MatchObject, lexicon_line), READONLY,
	 "The entry's line in that lexicon file."},
	{NULL, 0, 0, 0, NULL},
};

static PyMethodDef Match_methods[] = {
	{"as_dict", (PyCFunction)Match_as_dict, METH_NOARGS,
	 "as_dict($self, /)\n--\n\n"
	 "The match as a plain dict (for JSON or pickling).  Its text is\n"
	 "always a str: for bytes input, the matched bytes decoded from\n"
	 "UTF-8 with invalid bytes as U+FFFD."},
	{NULL, NULL, 0, NULL},
};

PyTypeObject MatchType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "kalm.Match",
	.tp_basicsize = sizeof(MatchObject),
	.tp_dealloc = (destructor)Match_dealloc,
	.tp_repr = (reprfunc)Match_repr,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "One place in a message that matched a lexicon entry or a\n"
		  "phrase rule.  Read-only; made by Verdict.matches.",
	.tp_members = Match_members,
	.tp_methods = Match_methods,
};

/* ------------------------------------------------------------------ */
/* Verdict                                                             */

static void Verdict_dealloc(VerdictObject *v)
{
	Py_XDECREF(v->matches);
	Py_XDECREF(v->action);
	Py_XDECREF(v->source);
	Py_XDECREF(v->owner);
	Py_XDECREF((PyObject *)v->model);
	pykalm_result_clear(&v->r);
	PyObject_Free(v);
}

static PyObject *categories_dict(const VerdictObject *v)
{
	PyObject *d = PyDict_New();
	if (!d)
		return NULL;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		const char *name = kalm_category_name((kalm_category)c);
		PyObject *score = PyFloat_FromDouble(v->r.categories[c]);
		if (!name || !score ||
		    PyDict_SetItemString(d, name, score) < 0) {
			Py_XDECREF(score);
			Py_DECREF(d);
			return NULL;
		}
		Py_DECREF(score);
	}
	return d;
}

static PyObject *verdict_action(VerdictObject *v)
{
	if (v->action)
		return Py_NewRef(v->action);
	pykalm_text text = {
		.source = v->source, .owner = v->owner, .buf = v->buf,
		.len = v->len, .is_str = v->is_str, .is_ascii = v->is_ascii,
	};
	PyObject *action = pykalm_single_action(v->model, &text, v->hint);
	if (!action)
		return NULL;
	/* The GIL was released while the action was worked out: another
	 * thread may have cached one meanwhile.  Keep the first. */
	if (v->action) {
		Py_DECREF(action);
		return Py_NewRef(v->action);
	}
	v->action = action;
	return Py_NewRef(action);
}

#define GETTER(name) \
	static PyObject *Verdict_get_##name(VerdictObject *v, void *closure)

GETTER(score) { (void)closure; return PyFloat_FromDouble(v->r.score); }
GETTER(abusive) { (void)closure; return PyBool_FromLong(v->r.abusive); }
GETTER(severity) { (void)closure; return PyLong_FromLong(v->r.severity); }
GETTER(targeted) { (void)closure; return PyBool_FromLong(v->r.targeted); }
GETTER(categories) { (void)closure; return categories_dict(v); }
GETTER(language) { (void)closure; return pykalm_lang_str(v->r.language); }
GETTER(language_guess) { (void)closure; return pykalm_lang_str(v->r.guess); }
GETTER(confidence)
{
	(void)closure;
	return PyFloat_FromDouble(v->r.confidence);
}
GETTER(matches) { (void)closure; return verdict_matches(v); }
GETTER(match_total)
{
	(void)closure;
	return PyLong_FromSize_t(v->r.match_total);
}
GETTER(length) { (void)closure; return PyLong_FromSize_t(v->r.length); }
GETTER(invalid_bytes)
{
	(void)closure;
	return PyLong_FromSize_t(v->r.invalid_bytes);
}
GETTER(text) { (void)closure; return Py_NewRef(v->source); }
GETTER(lang_hint)
{
	(void)closure;
	if (v->hint == KALM_LANG_UNKNOWN)
		Py_RETURN_NONE;
	return pykalm_lang_str(v->hint);
}
GETTER(action) { (void)closure; return verdict_action(v); }
GETTER(model)
{
	(void)closure;
	return Py_NewRef((PyObject *)v->model);
}

#define GETSET(name, doc) \
	{#name, (getter)Verdict_get_##name, NULL, doc, NULL}

static PyGetSetDef Verdict_getset[] = {
	GETSET(score, "Overall abuse score, 0 (clean) .. 1."),
	GETSET(abusive, "True when the score reaches the model's threshold."),
	GETSET(severity, "Highest severity (1..4) of the counted matches;\n"
			 "0 when none."),
	GETSET(targeted, "True when any counted match is aimed at the reader."),
	GETSET(categories, "Score (0..1) per category name, as a new dict:\n"
			   "insult, profanity, threat, sexual, hate, shouting,\n"
			   "frustration."),
	GETSET(language, "The language the lexicons were read in ('nl', 'af',\n"
			 "'pl', 'en' or 'unknown'): the hint when the text\n"
			 "agrees or has no evidence, else the guess."),
	GETSET(language_guess, "The language guessed from the text alone."),
	GETSET(confidence, "Confidence (0..1) of language_guess."),
	GETSET(matches, "The matches kept (at most kalm.MATCH_LIMIT), in text\n"
			"order, as a tuple of Match."),
	GETSET(match_total, "All matches found, including any beyond the\n"
			    "limit."),
	GETSET(length, "Number of bytes scored (the UTF-8 length)."),
	GETSET(invalid_bytes, "Number of invalid UTF-8 bytes in the text."),
	GETSET(text, "The text that was scored (str, or bytes for bytes-like\n"
		     "input)."),
	GETSET(lang_hint, "The language hint used ('nl'...), or None."),
	GETSET(action, "What a support agent does next if this message opened\n"
		       "a conversation under the default policy:\n"
		       "'RESPOND_CALMLY', 'STATE_LIMITS', 'TRANSFER' or\n"
		       "'END_SESSION'.  Worked out on first access."),
	GETSET(model, "The Model that made this verdict."),
	{NULL, NULL, NULL, NULL, NULL},
};

static PyObject *Verdict_as_dict(VerdictObject *v, PyObject *args,
				 PyObject *kwds)
{
	static char *kwlist[] = {"action", NULL};
	int with_action = 0;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "|$p:as_dict", kwlist,
					 &with_action))
		return NULL;
	PyObject *matches = verdict_matches(v);
	if (!matches)
		return NULL;
	PyObject *list = PyList_New(PyTuple_GET_SIZE(matches));
	for (Py_ssize_t i = 0; list && i < PyTuple_GET_SIZE(matches); i++) {
		PyObject *d = Match_as_dict(
			(MatchObject *)PyTuple_GET_ITEM(matches, i), NULL);
		if (!d)
			Py_CLEAR(list);
		else
			PyList_SET_ITEM(list, i, d);
	}
	Py_DECREF(matches);
	if (!list)
		return NULL;
	PyObject *d = Py_BuildValue(
		"{s:d,s:O,s:i,s:O,s:N,s:N,s:N,s:d,s:N,s:n,s:n,s:n}",
		"score", v->r.score,
		"abusive", v->r.abusive ? Py_True : Py_False,
		"severity", v->r.severity,
		"targeted", v->r.targeted ? Py_True : Py_False,
		"categories", categories_dict(v),
		"language", pykalm_lang_str(v->r.language),
		"language_guess", pykalm_lang_str(v->r.guess),
		"confidence", v->r.confidence,
		"matches", list,
		"match_total", (Py_ssize_t)v->r.match_total,
		"length", (Py_ssize_t)v->r.length,
		"invalid_bytes", (Py_ssize_t)v->r.invalid_bytes);
	if (!d || !with_action)
		return d;
	PyObject *action = verdict_action(v);
	if (!action || PyDict_SetItemString(d, "action", action) < 0) {
		Py_XDECREF(action);
		Py_DECREF(d);
		return NULL;
	}
	Py_DECREF(action);
	return d;
}

static PyObject *Verdict_repr(VerdictObject *v)
{
	char *score = PyOS_double_to_string(v->r.score, 'f', 3, 0, NULL);
	if (!score)
		return PyErr_NoMemory();
	PyObject *repr = PyUnicode_FromFormat(
		"<kalm.Verdict score=%s%s severity=%d language=%s matches=%zu>",
		score, v->r.abusive ? " abusive" : "", v->r.severity,
		kalm_lang_code(v->r.language), v->r.match_count);
	PyMem_Free(score);
	return repr;
}

static PyObject *Verdict_reduce(PyObject *self, PyObject *unused)
{
	(void)self;
	(void)unused;
	PyErr_SetString(PyExc_TypeError,
			"cannot pickle 'kalm.Verdict' object: send "
			"verdict.as_dict() instead");
	return NULL;
}

static PyMethodDef Verdict_methods[] = {
	{"as_dict", (PyCFunction)(void (*)(void))Verdict_as_dict,
	 METH_VARARGS | METH_KEYWORDS,
	 "as_dict($self, /, *, action=False)\n--\n\n"
	 "The verdict as plain data (JSON-ready, picklable): every attribute\n"
	 "but text and model, with matches as dicts (see Match.as_dict:\n"
	 "match text is a str for bytes input too).  action=True adds\n"
	 "the single-message action."},
	{"__reduce__", (PyCFunction)Verdict_reduce, METH_NOARGS,
	 "Verdicts do not pickle; use as_dict()."},
	{NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(Verdict_doc,
"The result of scoring one message (made by Model.score).\n"
"\n"
"Read-only.  score, abusive, severity, targeted, categories, language,\n"
"language_guess, confidence and matches describe the message; action is\n"
"what an agent does next if it were the first message of a conversation.\n"
"A verdict owns a copy of everything, so it stays valid and may be read\n"
"from any thread.");

PyTypeObject VerdictType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "kalm.Verdict",
	.tp_basicsize = sizeof(VerdictObject),
	.tp_dealloc = (destructor)Verdict_dealloc,
	.tp_repr = (reprfunc)Verdict_repr,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = Verdict_doc,
	.tp_methods = Verdict_methods,
	.tp_getset = Verdict_getset,
};
