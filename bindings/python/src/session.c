/*
 * kalm.Policy, kalm.Session and kalm.Decision: one conversation each.
 *
 * A session belongs to one thread at a time in the library; here a lock
 * per session serialises callers, so Python code may hand a session
 * around freely.  Feeding releases the GIL and scores with a scratch
 * borrowed from the model's pool, so sessions never make their own.
 */
#include "pykalm.h"

#include <errno.h>
#include <math.h>
#include <pythread.h>
#include <structmember.h>
#include <string.h>
#include <time.h>

typedef struct PolicyObject {
	PyObject_HEAD
	kalm_policy *policy;
	int changed; /* anything but the defaults was ever applied */
} PolicyObject;

typedef struct SessionObject {
	PyObject_HEAD
	ModelObject *model; /* borrowed by the session: must outlive it */
	kalm_session *session;
	PyThread_type_lock lock;
	int custom_policy; /* made with a changed Policy: cannot pickle */
	PyObject *last_action; /* str or NULL */
	PyObject *weakrefs;
} SessionObject;

typedef struct DecisionObject {
	PyObject_HEAD
	PyObject *action;
	PyObject *reason;
	PyObject *reason_text;
	PyObject *reply;
	PyObject *reply_language;
	PyObject *categories;
	PyObject *level;
	PyObject *verdict;
	double score;
	int severity;
	unsigned int limits_stated;
	unsigned int transfers;
	unsigned int messages;
	char abusive;
	char targeted;
	char expired;
} DecisionObject;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static PyObject *action_str(kalm_action action)
{
	const char *name = kalm_action_name(action);
	return PyUnicode_FromString(name ? name : "UNKNOWN");
}

static PyObject *reason_str(kalm_reason reason)
{
	const char *name = kalm_reason_name(reason);
	return PyUnicode_FromString(name ? name : "unknown");
}

/* A NUL-free C string from a str argument (borrowed from OBJ). */
static const char *c_string(PyObject *obj, const char *what)
{
	if (!PyUnicode_Check(obj)) {
		PyErr_Format(PyExc_TypeError, "%s must be str, not %.200s", what,
			     Py_TYPE(obj)->tp_name);
		return NULL;
	}
	Py_ssize_t len;
	const char *s = PyUnicode_AsUTF8AndSize(obj, &len);
	if (s && (size_t)len != strlen(s)) {
		PyErr_Format(PyExc_ValueError, "%s must not contain NUL", what);
		return NULL;
	}
	return s;
}

static void lock_session(SessionObject *s)
{
	if (PyThread_acquire_lock(s->lock, NOWAIT_LOCK))
		return;
	Py_BEGIN_ALLOW_THREADS
	PyThread_acquire_lock(s->lock, WAIT_LOCK);
	Py_END_ALLOW_THREADS
}

static void unlock_session(SessionObject *s)
{
	PyThread_release_lock(s->lock);
}

static int time_out_of_range(void)
{
	PyErr_SetString(PyExc_ValueError, "time out of range");
	return -1;
}

static int time_type_error(PyObject *obj)
{
	PyErr_Format(PyExc_TypeError,
		     "time must be None, seconds since the epoch or an aware "
		     "datetime, not %.200s",
		     Py_TYPE(obj)->tp_name);
	return -1;
}

/* A datetime's seconds since the epoch as a float; a naive one (no UTC
 * offset) is refused rather than read as local time. */
static PyObject *datetime_seconds(PyObject *obj)
{
	if (PyObject_HasAttrString(obj, "utcoffset")) {
		PyObject *offset = PyObject_CallMethod(obj, "utcoffset", NULL);
		if (!offset)
			return NULL;
		int naive = offset == Py_None;
		Py_DECREF(offset);
		if (naive) {
			PyErr_SetString(PyExc_ValueError,
					"time must be an aware datetime (with "
					"tzinfo), not a naive one");
			return NULL;
		}
	}
	return PyObject_CallMethod(obj, "timestamp", NULL);
}

/* Seconds since the epoch from None (now), a number or an aware datetime.
 * Any number outside int64 is ValueError, int or float alike. */
static int time_arg(PyObject *obj, int64_t *out)
{
	if (!obj || obj == Py_None) {
		*out = (int64_t)time(NULL);
		return 0;
	}
	if (PyBool_Check(obj))
		return time_type_error(obj); /* True is no time */
	if (PyLong_Check(obj)) {
		int overflow = 0;
		long long v = PyLong_AsLongLongAndOverflow(obj, &overflow);
		if (overflow)
			return time_out_of_range();
		if (v == -1 && PyErr_Occurred())
			return -1;
		*out = (int64_t)v;
		return 0;
	}
	PyObject *num;
	if (PyUnicode_Check(obj) || PyBytes_Check(obj) || PyByteArray_Check(obj))
		num = NULL; /* float("12") would parse it: refuse text */
	else if (PyFloat_Check(obj))
		num = Py_NewRef(obj);
	else if (PyObject_HasAttrString(obj, "timestamp"))
		num = datetime_seconds(obj);
	else
		num = PyNumber_Float(obj);
	if (!num) {
		if (!PyErr_Occurred() ||
		    PyErr_ExceptionMatches(PyExc_TypeError)) {
			PyErr_Clear();
			return time_type_error(obj);
		}
		return -1;
	}
	double d = PyFloat_AsDouble(num);
	Py_DECREF(num);
	if (d == -1.0 && PyErr_Occurred())
		return -1;
	/* -2^63 <= d < 2^63: both bounds are exact doubles */
	if (!isfinite(d) || d >= 9223372036854775808.0 ||
	    d < -9223372036854775808.0)
		return time_out_of_range();
	*out = (int64_t)floor(d);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Policy                                                              */

static PyObject *policy_wrap(kalm_policy *policy, int changed)
{
	PolicyObject *self = PyObject_New(PolicyObject, &PolicyType);
	if (!self) {
		kalm_policy_free(policy);
		return NULL;
	}
	self->policy = policy;
	self->changed = changed;
	return (PyObject *)self;
}

static int policy_apply_text(PolicyObject *self, PyObject *text,
			     PyObject *name)
{
	const char *cname = name ? c_string(name, "name") : "<string>";
	if (!cname)
		return -1;
	pykalm_text t;
	if (pykalm_text_init(&t, text) < 0)
		return -1;
	kalm_error err = {0};
	kalm_status st = kalm_policy_parse(self->policy, cname, t.buf,
					   (size_t)t.len, &err);
	pykalm_text_clear(&t);
	if (st != KALM_OK) {
		pykalm_raise(st, &err);
		return -1;
	}
	self->changed = 1;
	return 0;
}

static PyObject *Policy_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
	static char *kwlist[] = {"text", "name", NULL};
	PyObject *text = Py_None, *name = NULL;
	(void)type;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OU:Policy", kwlist,
					 &text, &name))
		return NULL;
	kalm_policy *policy = NULL;
	kalm_error err = {0};
	kalm_status st = kalm_policy_new(&policy, &err);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	PyObject *self = policy_wrap(policy, 0);
	if (self && text != Py_None &&
	    policy_apply_text((PolicyObject *)self, text, name) < 0)
		Py_CLEAR(self);
	return self;
}

static PyObject *Policy_load(PyObject *cls, PyObject *args)
{
	PyObject *path = NULL;
	(void)cls;
	if (!PyArg_ParseTuple(args, "O&:load", PyUnicode_FSConverter, &path))
		return NULL;
	kalm_policy *policy = NULL;
	kalm_error err = {0};
	kalm_status st;
	int errnum;
	Py_BEGIN_ALLOW_THREADS
	st = kalm_policy_load(PyBytes_AS_STRING(path), &policy, &err);
	errnum = errno;
	Py_END_ALLOW_THREADS
	Py_DECREF(path);
	if (st != KALM_OK)
		return pykalm_raise_errno(st, &err, errnum);
	return policy_wrap(policy, 1);
}

static PyObject *Policy_parse(PolicyObject *self, PyObject *args,
			      PyObject *kwds)
{
	static char *kwlist[] = {"text", "name", NULL};
	PyObject *text, *name = NULL;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|U:parse", kwlist, &text,
					 &name))
		return NULL;
	if (policy_apply_text(self, text, name) < 0)
		return NULL;
	Py_RETURN_NONE;
}

/* The text form of a policy value: str as is, bool as true/false, numbers
 * as Python writes them. */
static PyObject *value_text(PyObject *value)
{
	if (PyUnicode_Check(value))
		return Py_NewRef(value);
	if (PyBool_Check(value))
		return PyUnicode_FromString(value == Py_True ? "true" : "false");
	if (PyLong_Check(value) || PyFloat_Check(value))
		return PyObject_Str(value);
	PyErr_Format(PyExc_TypeError,
		     "a policy value must be str, int, float or bool, not %.200s",
		     Py_TYPE(value)->tp_name);
	return NULL;
}

static PyObject *Policy_set(PolicyObject *self, PyObject *args)
{
	PyObject *key, *value;
	if (!PyArg_ParseTuple(args, "UO:set", &key, &value))
		return NULL;
	const char *ckey = c_string(key, "key");
	if (!ckey)
		return NULL;
	PyObject *text = value_text(value);
	if (!text)
		return NULL;
	const char *cvalue = c_string(text, "value");
	kalm_status st = KALM_OK;
	kalm_error err = {0};
	if (cvalue)
		st = kalm_policy_set(self->policy, ckey, cvalue, &err);
	Py_DECREF(text);
	if (!cvalue)
		return NULL;
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	self->changed = 1;
	Py_RETURN_NONE;
}

static PyObject *Policy_get(PolicyObject *self, PyObject *arg)
{
	const char *key = c_string(arg, "key");
	if (!key)
		return NULL;
	for (size_t cap = 256; cap <= (size_t)1 << 22; cap *= 4) {
		char *buf = PyMem_Malloc(cap);
		if (!buf)
			return PyErr_NoMemory();
		kalm_error err = {0};
		kalm_status st = kalm_policy_get(self->policy, key, buf, cap,
						 &err);
		if (st == KALM_OK) {
			PyObject *value = PyUnicode_DecodeUTF8(
				buf, (Py_ssize_t)strnlen(buf, cap), "replace");
			PyMem_Free(buf);
			return value;
		}
		PyMem_Free(buf);
		if (st != KALM_ERR_LIMIT)
			return pykalm_raise(st, &err);
	}
	return pykalm_raise(KALM_ERR_LIMIT, NULL);
}

static void Policy_dealloc(PolicyObject *self)
{
	kalm_policy_free(self->policy);
	PyObject_Free(self);
}

static PyObject *no_pickle(PyObject *self, PyObject *unused)
{
	(void)unused;
	PyErr_Format(PyExc_TypeError, "cannot pickle '%.100s' object",
		     Py_TYPE(self)->tp_name);
	return NULL;
}

static PyMethodDef Policy_methods[] = {
	{"load", (PyCFunction)Policy_load, METH_VARARGS | METH_CLASS,
	 "load($cls, path, /)\n--\n\n"
	 "Return a Policy: the defaults overridden by the policy file at\n"
	 "PATH.  Raises FileError when it cannot be read and LexiconError\n"
	 "(file, line, column) for a malformed line."},
	{"parse", (PyCFunction)(void (*)(void))Policy_parse,
	 METH_VARARGS | METH_KEYWORDS,
	 "parse($self, /, text, name='<string>')\n--\n\n"
	 "Apply policy text (the file format).  On a LexiconError the\n"
	 "policy is left unchanged."},
	{"set", (PyCFunction)Policy_set, METH_VARARGS,
	 "set($self, key, value, /)\n--\n\n"
	 "Set one key (the same keys and values as the file).  VALUE is a\n"
	 "str, int, float or bool.  Raises ArgumentError for an unknown key\n"
	 "or a bad value (the policy is unchanged)."},
	{"get", (PyCFunction)Policy_get, METH_O,
	 "get($self, key, /)\n--\n\n"
	 "The current value of KEY as text.  Raises NotFoundError for an\n"
	 "unknown key."},
	{"__reduce__", (PyCFunction)no_pickle, METH_NOARGS,
	 "Policies do not pickle; send the policy text instead."},
	{NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(Policy_doc,
"Policy(text=None, name='<string>')\n"
"--\n\n"
"How sessions climb the ladder: thresholds, the categories that end a\n"
"session at once, how long a stated limit counts, reply templates and\n"
"placeholder values.\n"
"\n"
"Policy() has the built-in defaults; TEXT (the policy file format)\n"
"overrides them.  Policy.load(path) reads a file.  A session copies its\n"
"policy when it is made: later changes affect only new sessions.");

PyTypeObject PolicyType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "kalm.Policy",
	.tp_basicsize = sizeof(PolicyObject),
	.tp_dealloc = (destructor)Policy_dealloc,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = Policy_doc,
	.tp_methods = Policy_methods,
	.tp_new = Policy_new,
};

/* ------------------------------------------------------------------ */
/* Decision                                                            */

static PyObject *c_text(const char *s, size_t len)
{
	if (!s)
		return PyUnicode_FromString("");
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, "replace");
}

/* A Decision from D (borrowed strings still valid) and VERDICT (taken). */
static PyObject *decision_new(const kalm_decision *d, PyObject *verdict)
{
	DecisionObject *self = PyObject_New(DecisionObject, &DecisionType);
	if (!self) {
		Py_DECREF(verdict);
		return NULL;
	}
	self->verdict = verdict;
	self->action = action_str(d->action);
	self->reason = reason_str(d->reason);
	self->reason_text = c_text(d->reason_text,
				   d->reason_text ? strlen(d->reason_text) : 0);
	self->reply = c_text(d->reply, d->reply ? d->reply_len : 0);
	self->reply_language = pykalm_lang_str(d->reply_lang);
	self->categories = pykalm_category_names(d->categories);
	self->level = action_str(d->level);
	self->score = d->score;
	self->severity = d->severity;
	self->limits_stated = d->limits_stated;
	self->transfers = d->transfers;
	self->messages = d->messages;
	self->abusive = d->abusive;
	self->targeted = d->targeted;
	self->expired = d->expired;
	if (!self->action || !self->reason || !self->reason_text ||
	    !self->reply || !self->reply_language || !self->categories ||
	    !self->level) {
		Py_DECREF(self);
		return NULL;
	}
	return (PyObject *)self;
}

static void Decision_dealloc(DecisionObject *self)
{
	Py_XDECREF(self->action);
	Py_XDECREF(self->reason);
	Py_XDECREF(self->reason_text);
	Py_XDECREF(self->reply);
	Py_XDECREF(self->reply_language);
	Py_XDECREF(self->categories);
	Py_XDECREF(self->level);
	Py_XDECREF(self->verdict);
	PyObject_Free(self);
}

static PyObject *Decision_repr(DecisionObject *self)
{
	return PyUnicode_FromFormat("<kalm.Decision %U (%U) level=%U>",
				    self->action, self->reason, self->level);
}

static PyObject *Decision_as_dict(DecisionObject *self, PyObject *unused)
{
	(void)unused;
	PyObject *verdict = PyObject_CallMethod(self->verdict, "as_dict", NULL);
	if (!verdict)
		return NULL;
	return Py_BuildValue(
		"{s:O,s:O,s:O,s:O,s:O,s:d,s:i,s:O,s:O,s:O,s:O,s:O,s:I,s:I,s:I,"
		"s:N}",
		"action", self->action, "reason", self->reason,
		"reason_text", self->reason_text, "reply", self->reply,
		"reply_language", self->reply_language, "score", self->score,
		"severity", self->severity,
		"abusive", self->abusive ? Py_True : Py_False,
		"targeted", self->targeted ? Py_True : Py_False,
		"expired", self->expired ? Py_True : Py_False,
		"categories", self->categories, "level", self->level,
		"limits_stated", self->limits_stated,
		"transfers", self->transfers, "messages", self->messages,
		"verdict", verdict);
}

#define DMEMBER(name, type, doc) \
	{#name, type, offsetof(DecisionObject, name), READONLY, doc}

static PyMemberDef Decision_members[] = {
	DMEMBER(action, T_OBJECT, "What the agent should do now:\n"
		"'RESPOND_CALMLY', 'STATE_LIMITS', 'TRANSFER' or 'END_SESSION'."),
	DMEMBER(reason, T_OBJECT, "Which rule of the ladder decided: 'clean',\n"
		"'frustration', 'untargeted', 'first_abuse', 'repeated_abuse',\n"
		"'severe_abuse', 'abuse_after_transfer', 'end_category' or\n"
		"'ended'."),
	DMEMBER(reason_text, T_OBJECT,
		"The rule and the matches behind it, for people."),
	DMEMBER(reply, T_OBJECT, "A suggested reply in reply_language."),
	DMEMBER(reply_language, T_OBJECT, "The reply's language code."),
	DMEMBER(score, T_DOUBLE, "The message's abuse score, 0..1."),
	DMEMBER(severity, T_INT,
		"Highest severity of the message's abuse matches, 0..4."),
	DMEMBER(abusive, T_BOOL, "Counted as abuse on the ladder."),
	DMEMBER(targeted, T_BOOL, "Some abuse was aimed at the agent."),
	DMEMBER(expired, T_BOOL, "An earlier limit or transfer had lapsed."),
	DMEMBER(categories, T_OBJECT,
		"Names of the categories with a counted match (tuple)."),
	DMEMBER(level, T_OBJECT,
		"The highest step that still counts (an action name)."),
	DMEMBER(limits_stated, T_UINT, "Times limits were stated, still counting."),
	DMEMBER(transfers, T_UINT, "Transfers, still counting."),
	DMEMBER(messages, T_UINT, "Messages fed so far, this one included."),
	DMEMBER(verdict, T_OBJECT, "This message's Verdict."),
	{NULL, 0, 0, 0, NULL},
};

static PyMethodDef Decision_methods[] = {
	{"as_dict", (PyCFunction)Decision_as_dict, METH_NOARGS,
	 "as_dict($self, /)\n--\n\n"
	 "The decision as plain data, its verdict included as a dict."},
	{NULL, NULL, 0, NULL},
};

PyTypeObject DecisionType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "kalm.Decision",
	.tp_basicsize = sizeof(DecisionObject),
	.tp_dealloc = (destructor)Decision_dealloc,
	.tp_repr = (reprfunc)Decision_repr,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "What to do after one customer message (made by\n"
		  "Session.feed).  Read-only.",
	.tp_members = Decision_members,
	.tp_methods = Decision_methods,
};

/* ------------------------------------------------------------------ */
/* Session                                                             */

static int check_model(PyObject *model)
{
	if (PyObject_TypeCheck(model, &ModelType))
		return 0;
	PyErr_Format(PyExc_TypeError, "model must be a kalm.Model, not %.200s",
		     Py_TYPE(model)->tp_name);
	return -1;
}

/* The kalm_policy of a policy= argument (NULL for None), and whether it
 * is anything but the defaults. */
static int policy_arg(PyObject *obj, const kalm_policy **out, int *changed)
{
	*out = NULL;
	*changed = 0;
	if (!obj || obj == Py_None)
		return 0;
	if (!PyObject_TypeCheck(obj, &PolicyType)) {
		PyErr_Format(PyExc_TypeError,
			     "policy must be a kalm.Policy or None, not %.200s",
			     Py_TYPE(obj)->tp_name);
		return -1;
	}
	*out = ((PolicyObject *)obj)->policy;
	*changed = ((PolicyObject *)obj)->changed;
	return 0;
}

static PyObject *session_wrap(PyObject *model, kalm_session *session,
			      int custom_policy)
{
	SessionObject *self = PyObject_New(SessionObject, &SessionType);
	if (!self) {
		kalm_session_free(session);
		return NULL;
	}
	self->model = (ModelObject *)Py_NewRef(model);
	self->session = session;
	self->custom_policy = custom_policy;
	self->last_action = NULL;
	self->weakrefs = NULL;
	self->lock = PyThread_allocate_lock();
	if (!self->lock) {
		Py_DECREF(self);
		return PyErr_NoMemory();
	}
	return (PyObject *)self;
}

static int set_placeholder(SessionObject *self, PyObject *name,
			   PyObject *value)
{
	const char *cname = c_string(name, "a placeholder name");
	if (!cname)
		return -1;
	const char *cvalue = value == Py_None ? ""
					      : c_string(value, "a placeholder value");
	if (!cvalue)
		return -1;
	kalm_error err = {0};
	lock_session(self);
	kalm_status st = kalm_session_set_placeholder(self->session, cname,
						      cvalue, &err);
	unlock_session(self);
	if (st != KALM_OK) {
		pykalm_raise(st, &err);
		return -1;
	}
	return 0;
}

static int set_placeholders(SessionObject *self, PyObject *mapping)
{
	if (!mapping || mapping == Py_None)
		return 0;
	PyObject *items = PyMapping_Items(mapping);
	if (!items)
		return -1;
	int rc = 0;
	for (Py_ssize_t i = 0; rc == 0 && i < PyList_GET_SIZE(items); i++) {
		PyObject *pair = PyList_GET_ITEM(items, i);
		if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
			PyErr_SetString(PyExc_TypeError,
					"placeholders must map names to values");
			rc = -1;
			break;
		}
		rc = set_placeholder(self, PyTuple_GET_ITEM(pair, 0),
				     PyTuple_GET_ITEM(pair, 1));
	}
	Py_DECREF(items);
	return rc;
}

static PyObject *Session_new(PyTypeObject *type, PyObject *args,
			     PyObject *kwds)
{
	static char *kwlist[] = {"model", "policy", "conversation",
				 "placeholders", NULL};
	PyObject *model, *policy = Py_None, *conv = NULL, *placeholders = NULL;
	(void)type;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O$OO:Session", kwlist,
					 &model, &policy, &conv,
					 &placeholders))
		return NULL;
	const kalm_policy *cpolicy;
	int changed;
	if (check_model(model) < 0 || policy_arg(policy, &cpolicy, &changed) < 0)
		return NULL;
	pykalm_text id = {0};
	if (conv && conv != Py_None && pykalm_text_init(&id, conv) < 0)
		return NULL;
	kalm_session *session = NULL;
	kalm_error err = {0};
	kalm_status st = kalm_session_new(((ModelObject *)model)->model,
					  cpolicy, id.buf ? id.buf : "",
					  (size_t)id.len, &session, &err);
	pykalm_text_clear(&id);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	PyObject *self = session_wrap(model, session, changed);
	if (self && set_placeholders((SessionObject *)self, placeholders) < 0)
		Py_CLEAR(self);
	return self;
}

static PyObject *session_restore(PyObject *model, PyObject *policy,
				 PyObject *data)
{
	const kalm_policy *cpolicy;
	int changed;
	if (check_model(model) < 0 || policy_arg(policy, &cpolicy, &changed) < 0)
		return NULL;
	Py_buffer view;
	if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0)
		return NULL;
	kalm_session *session = NULL;
	kalm_error err = {0};
	kalm_status st = kalm_session_restore(((ModelObject *)model)->model,
					      cpolicy, view.buf,
					      (size_t)view.len, &session, &err);
	PyBuffer_Release(&view);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	return session_wrap(model, session, changed);
}

static PyObject *Session_restore(PyObject *cls, PyObject *args, PyObject *kwds)
{
	static char *kwlist[] = {"model", "data", "policy", NULL};
	PyObject *model, *data, *policy = Py_None;
	(void)cls;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO|O:restore", kwlist,
					 &model, &data, &policy))
		return NULL;
	return session_restore(model, policy, data);
}

/*
 * A decision copied out of the session, so that the session lock is never
 * held while Python objects are made (that could run arbitrary code, which
 * might feed the same session again).
 */
typedef struct decision_copy {
	kalm_decision d; /* its pointers are not used after the copy */
	char *reason_text; /* PyMem_Raw, NUL-terminated */
	char *reply;       /* PyMem_Raw */
	size_t reply_len;
	pykalm_result result;
} decision_copy;

static char *raw_copy(const char *s, size_t len)
{
	char *copy = PyMem_RawMalloc(len + 1);
	if (copy) {
		if (len)
			memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

static void decision_copy_clear(decision_copy *c)
{
	PyMem_RawFree(c->reason_text);
	PyMem_RawFree(c->reply);
	c->reason_text = c->reply = NULL;
	pykalm_result_clear(&c->result);
}

/* Feed with the GIL released and copy the decision.  Without the GIL. */
static kalm_status feed_and_copy(kalm_session *session,
				 const kalm_message *msg, decision_copy *c,
				 kalm_error *err)
{
	memset(&c->d, 0, sizeof c->d);
	c->d.size = sizeof c->d;
	kalm_status st = kalm_session_feed(session, msg, &c->d, err);
	if (st != KALM_OK)
		return st;
	const char *why = c->d.reason_text ? c->d.reason_text : "";
	c->reply_len = c->d.reply ? c->d.reply_len : 0;
	c->reason_text = raw_copy(why, strlen(why));
	c->reply = raw_copy(c->d.reply ? c->d.reply : "", c->reply_len);
	if (!c->reason_text || !c->reply ||
	    pykalm_result_fill(&c->result, c->d.verdict) < 0)
		return KALM_ERR_NO_MEMORY;
	c->d.reason_text = NULL;
	c->d.reply = NULL;
	c->d.verdict = NULL;
	return KALM_OK;
}

static PyObject *Session_feed(SessionObject *self, PyObject *args,
			      PyObject *kwds)
{
	static char *kwlist[] = {"text", "time", "lang", NULL};
	PyObject *text_obj, *time_obj = Py_None, *lang = Py_None;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OO:feed", kwlist,
					 &text_obj, &time_obj, &lang))
		return NULL;
	kalm_message msg;
	memset(&msg, 0, sizeof msg);
	msg.size = sizeof msg;
	if (time_arg(time_obj, &msg.seconds) < 0 ||
	    pykalm_lang_arg(lang, &msg.lang) < 0)
		return NULL;
	pykalm_text text;
	if (pykalm_text_init(&text, text_obj) < 0)
		return NULL;
	pykalm_work *work = pykalm_work_take(self->model);
	if (!work) {
		pykalm_text_clear(&text);
		return NULL;
	}
	msg.text = text.buf;
	msg.len = (size_t)text.len;
	msg.scratch = work->scratch;

	decision_copy c;
	memset(&c, 0, sizeof c);
	kalm_error err = {0};
	kalm_status st;
	lock_session(self);
	Py_BEGIN_ALLOW_THREADS
	st = feed_and_copy(self->session, &msg, &c, &err);
	Py_END_ALLOW_THREADS
	unlock_session(self);
	pykalm_work_give(self->model, work);

	PyObject *out = NULL;
	if (st == KALM_OK) {
		c.d.reason_text = c.reason_text;
		c.d.reply = c.reply;
		c.d.reply_len = c.reply_len;
		PyObject *verdict = pykalm_verdict_new(self->model, &text,
						       msg.lang, &c.result);
		out = verdict ? decision_new(&c.d, verdict) : NULL;
	} else {
		pykalm_raise(st, &err);
	}
	decision_copy_clear(&c);
	pykalm_text_clear(&text);
	if (out)
		Py_XSETREF(self->last_action,
			   Py_NewRef(((DecisionObject *)out)->action));
	return out;
}

static PyObject *Session_save(SessionObject *self, PyObject *unused)
{
	(void)unused;
	void *blob = NULL;
	size_t len = 0;
	kalm_error err = {0};
	lock_session(self);
	kalm_status st = kalm_session_save(self->session, &blob, &len, &err);
	unlock_session(self);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	PyObject *bytes = PyBytes_FromStringAndSize(blob, (Py_ssize_t)len);
	kalm_free(blob);
	return bytes;
}

static PyObject *incident_json(SessionObject *self)
{
	char *json = NULL;
	size_t len = 0;
	kalm_error err = {0};
	lock_session(self);
	kalm_status st = kalm_session_incident_json(self->session, &json, &len,
						    &err);
	unlock_session(self);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	PyObject *str = PyUnicode_DecodeUTF8(json ? json : "",
					     json ? (Py_ssize_t)len : 0,
					     "replace");
	kalm_free(json);
	return str;
}

static PyObject *Session_incident_json(SessionObject *self, PyObject *unused)
{
	(void)unused;
	return incident_json(self);
}

static PyObject *Session_incident(SessionObject *self, PyObject *unused)
{
	(void)unused;
	PyObject *text = incident_json(self);
	if (!text)
		return NULL;
	PyObject *json = PyImport_ImportModule("json");
	PyObject *out = json ? PyObject_CallMethod(json, "loads", "O", text)
			     : NULL;
	Py_XDECREF(json);
	Py_DECREF(text);
	return out;
}

static PyObject *Session_set_placeholder(SessionObject *self, PyObject *args)
{
	PyObject *name, *value;
	if (!PyArg_ParseTuple(args, "OO:set_placeholder", &name, &value))
		return NULL;
	if (set_placeholder(self, name, value) < 0)
		return NULL;
	Py_RETURN_NONE;
}

static PyObject *Session_get_conversation(SessionObject *self, void *closure)
{
	(void)closure;
	char id[KALM_SESSION_ID_MAX];
	size_t len = 0;
	lock_session(self);
	const char *borrowed = kalm_session_conversation(self->session, &len);
	if (!borrowed || len > sizeof id)
		len = 0;
	if (len)
		memcpy(id, borrowed, len);
	unlock_session(self);
	return PyUnicode_DecodeUTF8(id, (Py_ssize_t)len, "surrogateescape");
}

static PyObject *Session_get_model(SessionObject *self, void *closure)
{
	(void)closure;
	return Py_NewRef((PyObject *)self->model);
}

static PyObject *Session_reduce(SessionObject *self, PyObject *unused)
{
	(void)unused;
	if (self->custom_policy) {
		PyErr_SetString(PyExc_TypeError,
				"a Session with a custom policy cannot be "
				"pickled: use save() and Session.restore(model, "
				"data, policy)");
		return NULL;
	}
	PyObject *blob = Session_save(self, NULL);
	if (!blob)
		return NULL;
	PyObject *fn = PyObject_GetAttrString((PyObject *)&SessionType,
					      "restore");
	if (!fn) {
		Py_DECREF(blob);
		return NULL;
	}
	return Py_BuildValue("(N(ON))", fn, (PyObject *)self->model, blob);
}

static PyObject *Session_repr(SessionObject *self)
{
	PyObject *conv = Session_get_conversation(self, NULL);
	if (!conv)
		return NULL;
	PyObject *repr = PyUnicode_FromFormat(
		"<kalm.Session %R last_action=%s>", conv,
		self->last_action ? PyUnicode_AsUTF8(self->last_action) : "None");
	Py_DECREF(conv);
	return repr;
}

static void Session_dealloc(SessionObject *self)
{
	if (self->weakrefs)
		PyObject_ClearWeakRefs((PyObject *)self);
	kalm_session_free(self->session);
	if (self->lock)
		PyThread_free_lock(self->lock);
	Py_XDECREF(self->last_action);
	Py_XDECREF((PyObject *)self->model);
	PyObject_Free(self);
}

static PyMethodDef Session_methods[] = {
	{"feed", (PyCFunction)(void (*)(void))Session_feed,
	 METH_VARARGS | METH_KEYWORDS,
	 "feed($self, /, text, time=None, lang=None)\n--\n\n"
	 "Score the next customer message; return the Decision.  TIME\n"
	 "is when it was sent: None (now), seconds since the epoch or an\n"
	 "aware datetime (a naive one raises ValueError).  LANG is the customer's language if known.  The\n"
	 "GIL is released while scoring; calls on one session from several\n"
	 "threads are serialised."},
	{"incident", (PyCFunction)Session_incident, METH_NOARGS,
	 "incident($self, /)\n--\n\n"
	 "Return the incident record (conversation id, times, counts, current\n"
	 "step and the flagged messages, redacted) as a dict."},
	{"incident_json", (PyCFunction)Session_incident_json, METH_NOARGS,
	 "incident_json($self, /)\n--\n\n"
	 "Return the incident record as one line of JSON."},
	{"save", (PyCFunction)Session_save, METH_NOARGS,
	 "save($self, /)\n--\n\n"
	 "Return the session's state (not the model or policy) as a versioned,\n"
	 "checksummed blob for Session.restore()."},
	{"restore", (PyCFunction)(void (*)(void))Session_restore,
	 METH_VARARGS | METH_KEYWORDS | METH_CLASS,
	 "restore($cls, /, model, data, policy=None)\n--\n\n"
	 "Return a Session continuing from a blob made by save().  Raises\n"
	 "StateError for a truncated, corrupt, foreign or newer blob."},
	{"set_placeholder", (PyCFunction)Session_set_placeholder, METH_VARARGS,
	 "set_placeholder($self, name, value, /)\n--\n\n"
	 "Set {NAME} in this session's replies (e.g. 'agent', 'company');\n"
	 "an empty value or None removes it."},
	{"__reduce__", (PyCFunction)Session_reduce, METH_NOARGS,
	 "Pickle as the model and the saved state (default policy only:\n"
	 "none, or a Policy() nothing was applied to)."},
	{NULL, NULL, 0, NULL},
};

static PyGetSetDef Session_getset[] = {
	{"conversation", (getter)Session_get_conversation, NULL,
	 "The conversation id given when the session was made.", NULL},
	{"model", (getter)Session_get_model, NULL, "The session's Model.", NULL},
	{NULL, NULL, NULL, NULL, NULL},
};

PyDoc_STRVAR(Session_doc,
"Session(model, policy=None, *, conversation=None, placeholders=None)\n"
"--\n\n"
"One conversation.  Feed it each customer message in order; every\n"
"feed() returns a Decision: RESPOND_CALMLY, STATE_LIMITS, TRANSFER or\n"
"END_SESSION, with the reason and a suggested reply.\n"
"\n"
"POLICY (a kalm.Policy) is copied; None means the defaults.\n"
"CONVERSATION is an id (str or bytes, at most 128 bytes) that the\n"
"incident record carries; PLACEHOLDERS maps template names ('agent',\n"
"'company') to values for the replies.  save() and Session.restore()\n"
"carry a conversation across processes.");

PyTypeObject SessionType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "kalm.Session",
	.tp_basicsize = sizeof(SessionObject),
	.tp_dealloc = (destructor)Session_dealloc,
	.tp_repr = (reprfunc)Session_repr,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = Session_doc,
	.tp_weaklistoffset = offsetof(SessionObject, weakrefs),
	.tp_methods = Session_methods,
	.tp_getset = Session_getset,
	.tp_new = Session_new,
};

/* ------------------------------------------------------------------ */
/* The single-message action                                           */

PyObject *pykalm_single_action(ModelObject *model, const pykalm_text *text,
			       kalm_lang hint)
{
	kalm_session *session = NULL;
	kalm_error err = {0};
	kalm_status st = kalm_session_new(model->model, NULL, "", 0, &session,
					  &err);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	pykalm_work *work = pykalm_work_take(model);
	if (!work) {
		kalm_session_free(session);
		return NULL;
	}
	kalm_message msg;
	memset(&msg, 0, sizeof msg);
	msg.size = sizeof msg;
	msg.text = text->buf;
	msg.len = (size_t)text->len;
	msg.lang = hint;
	msg.scratch = work->scratch;
	kalm_decision d;
	memset(&d, 0, sizeof d);
	d.size = sizeof d;
	Py_BEGIN_ALLOW_THREADS
	st = kalm_session_feed(session, &msg, &d, &err);
	Py_END_ALLOW_THREADS
	pykalm_work_give(model, work);
	PyObject *out = st == KALM_OK ? action_str(d.action)
				      : pykalm_raise(st, &err);
	kalm_session_free(session);
	return out;
}

/* ------------------------------------------------------------------ */
/* Module constants                                                    */

static PyObject *name_tuple(const char *(*name)(int), int count)
{
	PyObject *tuple = PyTuple_New(count);
	for (int i = 0; tuple && i < count; i++) {
		const char *s = name(i);
		PyObject *str = PyUnicode_FromString(s ? s : "");
		if (!str) {
			Py_CLEAR(tuple);
			break;
		}
		PyTuple_SET_ITEM(tuple, i, str);
	}
	return tuple;
}

static const char *action_name_int(int i)
{
	return kalm_action_name((kalm_action)i);
}

static const char *reason_name_int(int i)
{
	return kalm_reason_name((kalm_reason)i);
}

static int add_tuple(PyObject *module, const char *name, PyObject *tuple)
{
	if (!tuple)
		return -1;
	int rc = PyModule_AddObjectRef(module, name, tuple);
	Py_DECREF(tuple);
	return rc;
}

int pykalm_session_init(PyObject *m)
{
	if (PyType_Ready(&PolicyType) < 0 || PyType_Ready(&SessionType) < 0 ||
	    PyType_Ready(&DecisionType) < 0)
		return -1;
	if (PyModule_AddObjectRef(m, "Policy", (PyObject *)&PolicyType) < 0 ||
	    PyModule_AddObjectRef(m, "Session", (PyObject *)&SessionType) < 0 ||
	    PyModule_AddObjectRef(m, "Decision", (PyObject *)&DecisionType) < 0)
		return -1;
	if (add_tuple(m, "ACTIONS",
		      name_tuple(action_name_int, KALM_ACTION_COUNT)) < 0 ||
	    add_tuple(m, "REASONS",
		      name_tuple(reason_name_int, KALM_REASON_COUNT)) < 0)
		return -1;
	for (int i = 0; i < KALM_ACTION_COUNT; i++) {
		const char *name = kalm_action_name((kalm_action)i);
		if (name && PyModule_AddStringConstant(m, name, name) < 0)
			return -1;
	}
	if (PyModule_AddIntConstant(m, "SESSION_BLOB_MAX",
				    KALM_SESSION_BLOB_MAX) < 0 ||
	    PyModule_AddIntConstant(m, "SESSION_ID_MAX",
				    KALM_SESSION_ID_MAX) < 0)
		return -1;
	return 0;
}
