/*
 * kalm.Model: an immutable compiled model, shared freely between threads.
 *
 * Scoring releases the GIL.  Each call borrows a scratch and verdict pair
 * from the model's small pool (taken and returned with the GIL held), so
 * no two threads ever use the same scratch, and a warm pool makes scoring
 * allocate nothing in the library.
 */
#include "pykalm.h"

#include <errno.h>
#include <string.h>

#define POOL_SIZE ((int)(sizeof(((ModelObject *)0)->pool) / \
			 sizeof(((ModelObject *)0)->pool[0])))

/* The shared default model: immutable, so one per process is enough. */
static PyObject *default_model;

/* ------------------------------------------------------------------ */
/* The work pool                                                       */

static void work_free(pykalm_work *work)
{
	if (!work)
		return;
	kalm_scratch_free(work->scratch);
	kalm_verdict_free(work->verdict);
	for (int i = 0; i < PYKALM_BATCH; i++)
		kalm_verdict_free(work->batch[i]);
	PyMem_Free(work);
}

pykalm_work *pykalm_work_take(ModelObject *model)
{
	if (model->pool_len > 0)
		return model->pool[--model->pool_len];

	pykalm_work *work = PyMem_Calloc(1, sizeof *work);
	if (!work) {
		PyErr_NoMemory();
		return NULL;
	}
	kalm_status st = kalm_scratch_new(&work->scratch);
	if (st == KALM_OK)
		st = kalm_verdict_new(&work->verdict);
	if (st != KALM_OK) {
		work_free(work);
		pykalm_raise(st, NULL);
		return NULL;
	}
	return work;
}

void pykalm_work_give(ModelObject *model, pykalm_work *work)
{
	if (model->pool_len < POOL_SIZE)
		model->pool[model->pool_len++] = work;
	else
		work_free(work);
}

/* ------------------------------------------------------------------ */
/* Construction                                                        */

static PyObject *model_wrap(kalm_model *model, int is_default)
{
	ModelObject *self = PyObject_New(ModelObject, &ModelType);
	if (!self) {
		kalm_model_free(model);
		return NULL;
	}
	self->model = model;
	self->is_default = is_default;
	self->pool_len = 0;
	self->weakrefs = NULL;
	return (PyObject *)self;
}

static PyObject *model_default(void)
{
	if (default_model)
		return Py_NewRef(default_model);

	kalm_model *model = NULL;
	kalm_error err = {0};
	kalm_status st;
	Py_BEGIN_ALLOW_THREADS
	st = kalm_model_new_default(&model, &err);
	Py_END_ALLOW_THREADS
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	PyObject *obj = model_wrap(model, 1);
	if (!obj)
		return NULL;
	/* Another thread may have made one while the GIL was released. */
	if (default_model) {
		Py_DECREF(obj);
		return Py_NewRef(default_model);
	}
	default_model = Py_NewRef(obj);
	return obj;
}

/* Compile what BUILDER holds, with the GIL released. */
static PyObject *builder_finish(kalm_builder *builder)
{
	kalm_model *model = NULL;
	kalm_error err = {0};
	kalm_status st;
	Py_BEGIN_ALLOW_THREADS
	st = kalm_builder_build(builder, &model, &err);
	Py_END_ALLOW_THREADS
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	return model_wrap(model, 0);
}

/* The UTF-8 bytes of a str or bytes object (borrowed from OBJ). */
static const char *str_or_bytes(PyObject *obj, Py_ssize_t *len,
				const char *what)
{
	if (PyUnicode_Check(obj))
		return PyUnicode_AsUTF8AndSize(obj, len);
	if (PyBytes_Check(obj)) {
		*len = PyBytes_GET_SIZE(obj);
		return PyBytes_AS_STRING(obj);
	}
	PyErr_Format(PyExc_TypeError, "%s must be str or bytes, not %.200s",
		     what, Py_TYPE(obj)->tp_name);
	return NULL;
}

/* Add every word of the tuple ALLOW to BUILDER. */
static int builder_allow_all(kalm_builder *builder, PyObject *allow)
{
	for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(allow); i++) {
		Py_ssize_t len;
		const char *word = str_or_bytes(PyTuple_GET_ITEM(allow, i),
						&len, "an allow word");
		if (!word)
			return -1;
		kalm_error err = {0};
		kalm_status st = kalm_builder_allow(builder, word, (size_t)len,
						    &err);
		if (st != KALM_OK) {
			pykalm_raise(st, &err);
			return -1;
		}
	}
	return 0;
}

static int builder_add(kalm_builder *builder, PyObject *name, PyObject *text)
{
	if (!PyUnicode_Check(name)) {
		PyErr_Format(PyExc_TypeError,
			     "a source name must be str, not %.200s",
			     Py_TYPE(name)->tp_name);
		return -1;
	}
	Py_ssize_t name_len, len;
	const char *cname = PyUnicode_AsUTF8AndSize(name, &name_len);
	if (!cname)
		return -1;
	if ((size_t)name_len != strlen(cname)) {
		PyErr_SetString(PyExc_ValueError,
				"a source name must not contain NUL");
		return -1;
	}
	const char *ctext = str_or_bytes(text, &len, "a source text");
	if (!ctext)
		return -1;
	kalm_error err = {0};
	kalm_status st = kalm_builder_add_text(builder, cname, ctext,
					       (size_t)len, &err);
	if (st != KALM_OK) {
		pykalm_raise(st, &err);
		return -1;
	}
	return 0;
}

/* (name, text) pairs from a mapping or an iterable of pairs. */
static PyObject *source_pairs(PyObject *sources)
{
	if (PyDict_Check(sources) ||
	    (PyMapping_Check(sources) && PyObject_HasAttrString(sources, "items")))
		return PyMapping_Items(sources);
	return PySequence_List(sources);
}

/* One (name, text) pair as a tuple or list of two items: any sequence of
 * two (a list from JSON, say), but not a str or bytes of two characters. */
static PyObject *source_pair(PyObject *obj)
{
	static const char what[] = "sources must be a mapping of name to "
				   "text or an iterable of (name, text) pairs";
	if (!PyUnicode_Check(obj) && !PyBytes_Check(obj) &&
	    !PyByteArray_Check(obj) && PySequence_Check(obj)) {
		PyObject *pair = PySequence_Fast(obj, what);
		if (!pair)
			return NULL;
		if (PySequence_Fast_GET_SIZE(pair) == 2)
			return pair;
		Py_DECREF(pair);
	}
	PyErr_SetString(PyExc_TypeError, what);
	return NULL;
}

static PyObject *allow_tuple(PyObject *allow)
{
	if (!allow || allow == Py_None)
		return PyTuple_New(0);
	if (PyUnicode_Check(allow) || PyBytes_Check(allow)) {
		PyErr_SetString(PyExc_TypeError,
				"allow must be an iterable of words, not one word");
		return NULL;
	}
	return PySequence_Tuple(allow);
}

static PyObject *model_from_sources_impl(PyObject *sources, PyObject *allow_obj,
					 int with_default)
{
	PyObject *pairs = source_pairs(sources);
	if (!pairs)
		return NULL;
	PyObject *allow = allow_tuple(allow_obj);
	if (!allow) {
		Py_DECREF(pairs);
		return NULL;
	}
	PyObject *result = NULL;
	kalm_builder *builder = NULL;
	kalm_status st = kalm_builder_new(&builder);
	if (st != KALM_OK) {
		pykalm_raise(st, NULL);
		goto done;
	}
	if (with_default) {
		kalm_error err = {0};
		st = kalm_builder_add_default(builder, &err);
		if (st != KALM_OK) {
			pykalm_raise(st, &err);
			goto done;
		}
	}
	for (Py_ssize_t i = 0; i < PyList_GET_SIZE(pairs); i++) {
		PyObject *pair = source_pair(PyList_GET_ITEM(pairs, i));
		if (!pair)
			goto done;
		int rc = builder_add(builder, PySequence_Fast_GET_ITEM(pair, 0),
				     PySequence_Fast_GET_ITEM(pair, 1));
		Py_DECREF(pair);
		if (rc < 0)
			goto done;
	}
	if (builder_allow_all(builder, allow) < 0)
		goto done;
	result = builder_finish(builder);
done:
	kalm_builder_free(builder);
	Py_DECREF(allow);
	Py_DECREF(pairs);
	return result;
}

/*
 * Parse "name\0text\0name\0text\0..." (kalm_model_sources) into a list of
 * (name, text) pairs of bytes.  The last text may lack its NUL.
 */
static PyObject *split_sources(const char *buf, size_t len)
{
	PyObject *pairs = PyList_New(0);
	if (!pairs)
		return NULL;
	size_t at = 0;
	while (at < len) {
		const char *name = buf + at;
		const char *nul = memchr(name, '\0', len - at);
		if (!nul) {
			pykalm_raise(KALM_ERR_MODEL, NULL);
			goto fail;
		}
		size_t name_len = (size_t)(nul - name);
		at += name_len + 1;
		const char *text = buf + at;
		const char *end = at < len ? memchr(text, '\0', len - at) : NULL;
		size_t text_len = end ? (size_t)(end - text) : len - at;
		at += text_len + (end ? 1 : 0);
		PyObject *pair = Py_BuildValue("(y#y#)", name, (Py_ssize_t)name_len,
					       text, (Py_ssize_t)text_len);
		if (!pair || PyList_Append(pairs, pair) < 0) {
			Py_XDECREF(pair);
			goto fail;
		}
		Py_DECREF(pair);
	}
	return pairs;
fail:
	Py_DECREF(pairs);
	return NULL;
}

/* Names come back as bytes from split_sources; the builder wants str. */
static PyObject *decode_names(PyObject *pairs)
{
	for (Py_ssize_t i = 0; i < PyList_GET_SIZE(pairs); i++) {
		PyObject *pair = PyList_GET_ITEM(pairs, i);
		PyObject *name = PyTuple_GET_ITEM(pair, 0);
		PyObject *str = PyUnicode_DecodeUTF8(PyBytes_AS_STRING(name),
						     PyBytes_GET_SIZE(name),
						     "surrogateescape");
		if (!str)
			return NULL;
		PyObject *fresh = PyTuple_Pack(2, str, PyTuple_GET_ITEM(pair, 1));
		Py_DECREF(str);
		if (!fresh || PyList_SetItem(pairs, i, fresh) < 0)
			return NULL;
	}
	return pairs;
}

/* ------------------------------------------------------------------ */
/* Class methods                                                       */

static PyObject *Model_default(PyObject *cls, PyObject *unused)
{
	(void)cls;
	(void)unused;
	return model_default();
}

static PyObject *Model_load(PyObject *cls, PyObject *args)
{
	PyObject *path = NULL;
	(void)cls;
	if (!PyArg_ParseTuple(args, "O&:load", PyUnicode_FSConverter, &path))
		return NULL;
	kalm_model *model = NULL;
	kalm_error err = {0};
	kalm_status st;
	int errnum;
	Py_BEGIN_ALLOW_THREADS
	st = kalm_model_load(PyBytes_AS_STRING(path), &model, &err);
	errnum = errno;
	Py_END_ALLOW_THREADS
	Py_DECREF(path);
	if (st != KALM_OK)
		return pykalm_raise_errno(st, &err, errnum);
	return model_wrap(model, 0);
}

static PyObject *Model_from_sources(PyObject *cls, PyObject *args,
				    PyObject *kwds)
{
	static char *kwlist[] = {"sources", "allow", "include_default", NULL};
	PyObject *sources, *allow = NULL;
	int with_default = 0;
	(void)cls;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O$p:from_sources",
					 kwlist, &sources, &allow,
					 &with_default))
		return NULL;
	return model_from_sources_impl(sources, allow, with_default);
}

static PyObject *Model_from_blob(PyObject *cls, PyObject *arg)
{
	Py_buffer view;
	(void)cls;
	if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
		return NULL;
	kalm_model *model = NULL;
	kalm_error err = {0};
	kalm_status st;
	/* The GIL stays held: the buffer might be a bytearray that another
	 * thread could write to while the library copies it. */
	st = kalm_model_open_blob(view.buf, (size_t)view.len, &model, &err);
	PyBuffer_Release(&view);
	if (st != KALM_OK)
		return pykalm_raise(st, &err);
	return model_wrap(model, 0);
}

static PyObject *Model_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
	(void)type;
	(void)args;
	(void)kwds;
	PyErr_SetString(PyExc_TypeError,
			"kalm.Model cannot be created directly: use "
			"Model.default(), Model.load(path), "
			"Model.from_sources(...) or Model.from_blob(data)");
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Scoring                                                             */

static PyObject *score_one(ModelObject *self, PyObject *obj, kalm_lang hint)
{
	pykalm_text text;
	if (pykalm_text_init(&text, obj) < 0)
		return NULL;
	pykalm_work *work = pykalm_work_take(self);
	if (!work) {
		pykalm_text_clear(&text);
		return NULL;
	}
	kalm_score_options opts;
	memset(&opts, 0, sizeof opts);
	opts.size = sizeof opts;
	opts.lang_hint = hint;
	pykalm_result result;
	memset(&result, 0, sizeof result);
	kalm_error err = {0};
	kalm_status st;
	int filled = -1;
	Py_BEGIN_ALLOW_THREADS
	st = kalm_score(self->model, work->scratch, text.buf, (size_t)text.len,
			&opts, work->verdict, &err);
	if (st == KALM_OK)
		filled = pykalm_result_fill(&result, work->verdict);
	Py_END_ALLOW_THREADS
	pykalm_work_give(self, work);
	if (st != KALM_OK || filled < 0) {
		pykalm_text_clear(&text);
		pykalm_result_clear(&result);
		return st != KALM_OK ? pykalm_raise(st, &err) : PyErr_NoMemory();
	}
	return pykalm_verdict_new(self, &text, hint, &result);
}

static PyObject *Model_score(ModelObject *self, PyObject *args, PyObject *kwds)
{
	static char *kwlist[] = {"text", "lang", NULL};
	PyObject *text, *lang = Py_None;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:score", kwlist, &text,
					 &lang))
		return NULL;
	kalm_lang hint;
	if (pykalm_lang_arg(lang, &hint) < 0)
		return NULL;
	return score_one(self, text, hint);
}

/* Per-message languages for score_many: one hint for all, or a sequence. */
static int batch_hints(PyObject *lang, Py_ssize_t n, kalm_lang *hints)
{
	if (lang == Py_None || PyUnicode_Check(lang)) {
		kalm_lang hint;
		if (pykalm_lang_arg(lang, &hint) < 0)
			return -1;
		for (Py_ssize_t i = 0; i < n; i++)
			hints[i] = hint;
		return 0;
	}
	PyObject *seq = PySequence_Fast(lang, "lang must be None, a code or "
					      "a sequence of codes");
	if (!seq)
		return -1;
	int rc = 0;
	if (PySequence_Fast_GET_SIZE(seq) != n) {
		PyErr_SetString(PyExc_ValueError,
				"lang must have one code per text");
		rc = -1;
	}
	for (Py_ssize_t i = 0; rc == 0 && i < n; i++)
		rc = pykalm_lang_arg(PySequence_Fast_GET_ITEM(seq, i), &hints[i]);
	Py_DECREF(seq);
	return rc;
}

typedef struct batch {
	Py_ssize_t n;
	pykalm_text *texts;
	kalm_lang *hints;
	pykalm_result *results;
} batch;

static void batch_free(batch *b)
{
	for (Py_ssize_t i = 0; i < b->n; i++) {
		if (b->texts)
			pykalm_text_clear(&b->texts[i]);
		if (b->results)
			pykalm_result_clear(&b->results[i]);
	}
	PyMem_Free(b->texts);
	PyMem_Free(b->hints);
	PyMem_Free(b->results);
}

static int batch_init(batch *b, PyObject *seq, PyObject *lang)
{
	Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
	b->n = 0;
	b->texts = PyMem_Calloc((size_t)n + 1, sizeof *b->texts);
	b->hints = PyMem_Calloc((size_t)n + 1, sizeof *b->hints);
	b->results = PyMem_Calloc((size_t)n + 1, sizeof *b->results);
	if (!b->texts || !b->hints || !b->results) {
		PyErr_NoMemory();
		return -1;
	}
	if (batch_hints(lang, n, b->hints) < 0)
		return -1;
	for (Py_ssize_t i = 0; i < n; i++) {
		if (pykalm_text_init(&b->texts[i],
				     PySequence_Fast_GET_ITEM(seq, i)) < 0)
			return -1;
		b->n = i + 1;
	}
	b->n = n;
	return 0;
}

/* Score every text of B with the GIL released once for the batch, by
 * kalm_score_many PYKALM_BATCH texts at a time.  Returns the index that
 * failed, or -1; *ST and ERR tell why. */
static Py_ssize_t batch_score(ModelObject *self, batch *b, pykalm_work *work,
			      kalm_status *st, kalm_error *err)
{
	Py_ssize_t failed = -1;
	Py_BEGIN_ALLOW_THREADS
	*st = KALM_OK;
	for (int k = 0; k < PYKALM_BATCH && *st == KALM_OK; k++)
		if (!work->batch[k])
			*st = kalm_verdict_new(&work->batch[k]);
	if (*st != KALM_OK)
		failed = 0;
	kalm_text t[PYKALM_BATCH];
	for (Py_ssize_t i = 0; failed < 0 && i < b->n; i += PYKALM_BATCH) {
		size_t m = (size_t)(b->n - i < PYKALM_BATCH ? b->n - i
							    : PYKALM_BATCH);
		for (size_t k = 0; k < m; k++)
			t[k] = (kalm_text){b->texts[i + k].buf,
					   (size_t)b->texts[i + k].len,
					   b->hints[i + k]};
		size_t scored = 0;
		*st = kalm_score_many(self->model, work->scratch, t, m, NULL,
				      work->batch, &scored, err);
		for (size_t k = 0; k < scored && failed < 0; k++)
			if (pykalm_result_fill(&b->results[i + (Py_ssize_t)k],
					       work->batch[k]) < 0) {
				*st = KALM_ERR_NO_MEMORY;
				failed = i + (Py_ssize_t)k;
			}
		if (failed < 0 && *st != KALM_OK)
			failed = i + (Py_ssize_t)scored;
	}
	Py_END_ALLOW_THREADS
	return failed;
}

static PyObject *Model_score_many(ModelObject *self, PyObject *args,
				  PyObject *kwds)
{
	static char *kwlist[] = {"texts", "lang", NULL};
	PyObject *texts, *lang = Py_None;
	if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:score_many", kwlist,
					 &texts, &lang))
		return NULL;
	if (PyUnicode_Check(texts) || PyBytes_Check(texts)) {
		PyErr_SetString(PyExc_TypeError,
				"score_many takes an iterable of texts; use "
				"score() for one text");
		return NULL;
	}
	PyObject *seq = PySequence_Fast(texts, "texts must be iterable");
	if (!seq)
		return NULL;
	batch b;
	PyObject *out = NULL;
	pykalm_work *work = NULL;
	if (batch_init(&b, seq, lang) < 0)
		goto done;
	work = pykalm_work_take(self);
	if (!work)
		goto done;
	kalm_status st = KALM_OK;
	kalm_error err = {0};
	if (batch_score(self, &b, work, &st, &err) >= 0) {
		pykalm_raise(st, &err);
		goto done;
	}
	out = PyList_New(b.n);
	if (!out)
		goto done;
	for (Py_ssize_t i = 0; i < b.n; i++) {
		PyObject *v = pykalm_verdict_new(self, &b.texts[i], b.hints[i],
						 &b.results[i]);
		if (!v) {
			Py_CLEAR(out);
			goto done;
		}
		PyList_SET_ITEM(out, i, v);
	}
done:
	if (work)
		pykalm_work_give(self, work);
	batch_free(&b);
	Py_DECREF(seq);
	return out;
}

static PyObject *Model_detect_language(ModelObject *self, PyObject *arg)
{
	pykalm_text text;
	if (pykalm_text_init(&text, arg) < 0)
		return NULL;
	double confidence = 0.0;
	kalm_lang lang;
	Py_BEGIN_ALLOW_THREADS
	lang = kalm_detect_language(self->model, text.buf, (size_t)text.len,
				    &confidence);
	Py_END_ALLOW_THREADS
	pykalm_text_clear(&text);
	PyObject *code = pykalm_lang_str(lang);
	if (!code)
		return NULL;
	return Py_BuildValue("(Nd)", code, confidence);
}

/* ------------------------------------------------------------------ */
/* Introspection                                                       */

/* An entry id: any int but a bool; one no entry can have (negative, or
 * beyond 32 bits) is NotFoundError like any other unknown id. */
static int entry_id(PyObject *arg, uint32_t *id)
{
	if (PyBool_Check(arg)) {
		PyErr_SetString(PyExc_TypeError, "an entry id must be an int, "
						 "not bool");
		return -1;
	}
	PyObject *index = PyNumber_Index(arg);
	if (!index)
		return -1;
	int overflow = 0;
	long long v = PyLong_AsLongLongAndOverflow(index, &overflow);
	Py_DECREF(index);
	if (v == -1 && !overflow && PyErr_Occurred())
		return -1;
	if (overflow || v < 0 || v > (long long)UINT32_MAX) {
		pykalm_raise(KALM_ERR_NOT_FOUND, NULL);
		return -1;
	}
	*id = (uint32_t)v;
	return 0;
}

static PyObject *Model_entry(ModelObject *self, PyObject *arg)
{
	uint32_t id;
	if (entry_id(arg, &id) < 0)
		return NULL;
	kalm_entry_info info;
	memset(&info, 0, sizeof info);
	kalm_status st = kalm_model_entry(self->model, id, &info);
	if (st != KALM_OK)
		return pykalm_raise(st, NULL);
	const char *cat = kalm_category_name(info.category);
	return Py_BuildValue("{s:s,s:s,s:I,s:s,s:s,s:i}",
			     "term", info.term ? info.term : "",
			     "lexicon", info.source ? info.source : "",
			     "line", info.line,
			     "language", kalm_lang_code(info.lang),
			     "category", cat ? cat : "unknown",
			     "severity", info.severity);
}

static PyObject *Model_blob(ModelObject *self, PyObject *unused)
{
	(void)unused;
	size_t len = 0;
	const void *blob = kalm_model_blob(self->model, &len);
	if (!blob)
		return PyBytes_FromStringAndSize(NULL, 0);
	return PyBytes_FromStringAndSize(blob, (Py_ssize_t)len);
}

static PyObject *raw_sources(ModelObject *self)
{
	size_t len = 0;
	const char *buf = kalm_model_sources(self->model, &len);
	if (!buf)
		len = 0;
	return PyBytes_FromStringAndSize(buf ? buf : "", (Py_ssize_t)len);
}

static PyObject *Model_sources(ModelObject *self, PyObject *unused)
{
	(void)unused;
	size_t len = 0;
	const char *buf = kalm_model_sources(self->model, &len);
	PyObject *pairs = split_sources(buf ? buf : "", buf ? len : 0);
	if (!pairs)
		return NULL;
	for (Py_ssize_t i = 0; i < PyList_GET_SIZE(pairs); i++) {
		PyObject *pair = PyList_GET_ITEM(pairs, i);
		PyObject *b_name = PyTuple_GET_ITEM(pair, 0);
		PyObject *b_text = PyTuple_GET_ITEM(pair, 1);
		PyObject *fresh = Py_BuildValue(
			"(NN)",
			PyUnicode_DecodeUTF8(PyBytes_AS_STRING(b_name),
					     PyBytes_GET_SIZE(b_name), "replace"),
			PyUnicode_DecodeUTF8(PyBytes_AS_STRING(b_text),
					     PyBytes_GET_SIZE(b_text), "replace"));
		if (!fresh || PyList_SetItem(pairs, i, fresh) < 0) {
			Py_DECREF(pairs);
			return NULL;
		}
	}
	return pairs;
}

/* ------------------------------------------------------------------ */
/* Pickling and copying                                                */

static PyObject *module_attr(const char *name)
{
	PyObject *mod = PyImport_ImportModule("kalm._kalm");
	if (!mod)
		return NULL;
	PyObject *fn = PyObject_GetAttrString(mod, name);
	Py_DECREF(mod);
	return fn;
}

/*
 * The default model pickles as a marker (a call to _model_default);
 * others as their lexicon sources, which every kalm of a compatible
 * version compiles, and, should a model have no sources, as its blob.
 * The allow words travel inside the sources (the builder keeps them as
 * an allow.lex source), so the allow argument is always empty: passing
 * them again would compile them twice and renumber the entries.
 */
static PyObject *Model_reduce(ModelObject *self, PyObject *unused)
{
	(void)unused;
	if (self->is_default) {
		PyObject *fn = module_attr("_model_default");
		return fn ? Py_BuildValue("(N())", fn) : NULL;
	}
	PyObject *raw = raw_sources(self);
	if (!raw)
		return NULL;
	if (PyBytes_GET_SIZE(raw) == 0) {
		Py_DECREF(raw);
		PyObject *fn = module_attr("_model_from_blob");
		return fn ? Py_BuildValue("(N(N))", fn, Model_blob(self, NULL))
			  : NULL;
	}
	PyObject *fn = module_attr("_model_from_sources");
	if (!fn) {
		Py_DECREF(raw);
		return NULL;
	}
	return Py_BuildValue("(N(N()))", fn, raw);
}

static PyObject *Model_copy(PyObject *self, PyObject *unused)
{
	(void)unused;
	return Py_NewRef(self);
}

static PyObject *fn_model_default(PyObject *module, PyObject *unused)
{
	(void)module;
	(void)unused;
	return model_default();
}

static PyObject *fn_model_from_sources(PyObject *module, PyObject *args)
{
	PyObject *raw, *allow;
	(void)module;
	if (!PyArg_ParseTuple(args, "SO:_model_from_sources", &raw, &allow))
		return NULL;
	PyObject *pairs = split_sources(PyBytes_AS_STRING(raw),
					(size_t)PyBytes_GET_SIZE(raw));
	if (!pairs)
		return NULL;
	if (!decode_names(pairs)) {
		Py_DECREF(pairs);
		return NULL;
	}
	PyObject *model = model_from_sources_impl(pairs, allow, 0);
	Py_DECREF(pairs);
	return model;
}

static PyObject *fn_model_from_blob(PyObject *module, PyObject *arg)
{
	(void)module;
	return Model_from_blob(NULL, arg);
}

PyMethodDef pykalm_model_functions[] = {
	{"_model_default", fn_model_default, METH_NOARGS,
	 "Unpickle the default model (the shared kalm.Model.default())."},
	{"_model_from_sources", fn_model_from_sources, METH_VARARGS,
	 "Unpickle a model from its raw lexicon sources and allow words."},
	{"_model_from_blob", fn_model_from_blob, METH_O,
	 "Unpickle a model from its compiled blob."},
	{NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------ */
/* Type                                                                */

static PyObject *Model_repr(ModelObject *self)
{
	char *threshold = PyOS_double_to_string(
		kalm_model_threshold(self->model), 'r', 0, 0, NULL);
	if (!threshold)
		return PyErr_NoMemory();
	PyObject *repr = PyUnicode_FromFormat(
		"<kalm.Model %s: %zu entries, %zu rules, threshold %s>",
		self->is_default ? "default" : "custom",
		kalm_model_entry_count(self->model),
		kalm_model_rule_count(self->model), threshold);
	PyMem_Free(threshold);
	return repr;
}

static void Model_dealloc(ModelObject *self)
{
	if (self->weakrefs)
		PyObject_ClearWeakRefs((PyObject *)self);
	while (self->pool_len > 0)
		work_free(self->pool[--self->pool_len]);
	kalm_model_free(self->model);
	PyObject_Free(self);
}

static PyObject *Model_get_entry_count(ModelObject *self, void *closure)
{
	(void)closure;
	return PyLong_FromSize_t(kalm_model_entry_count(self->model));
}

static PyObject *Model_get_rule_count(ModelObject *self, void *closure)
{
	(void)closure;
	return PyLong_FromSize_t(kalm_model_rule_count(self->model));
}

static PyObject *Model_get_threshold(ModelObject *self, void *closure)
{
	(void)closure;
	return PyFloat_FromDouble(kalm_model_threshold(self->model));
}

static PyObject *Model_get_is_default(ModelObject *self, void *closure)
{
	(void)closure;
	return PyBool_FromLong(self->is_default);
}

static PyGetSetDef Model_getset[] = {
	{"entry_count", (getter)Model_get_entry_count, NULL,
	 "Number of lexicon entries in the model.", NULL},
	{"rule_count", (getter)Model_get_rule_count, NULL,
	 "Number of phrase rules in the model.", NULL},
	{"threshold", (getter)Model_get_threshold, NULL,
	 "Score (0..1) from which a verdict is abusive.", NULL},
	{"is_default", (getter)Model_get_is_default, NULL,
	 "True for the model built into the library.", NULL},
	{NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef Model_methods[] = {
	{"default", (PyCFunction)Model_default, METH_NOARGS | METH_CLASS,
	 "default($cls, /)\n--\n\n"
	 "Return the model built into the library (needs no files).\n\n"
	 "Every call returns the same shared, immutable object."},
	{"load", (PyCFunction)Model_load, METH_VARARGS | METH_CLASS,
	 "load($cls, path, /)\n--\n\n"
	 "Return a Model compiled from every *.lex file in the directory\n"
	 "PATH (str, bytes or os.PathLike).  The whole directory loads or\n"
	 "nothing does.\n\n"
	 "Raises LexiconError (with file, line and column) for a malformed\n"
	 "line and FileError when the directory cannot be read."},
	{"from_sources", (PyCFunction)(void (*)(void))Model_from_sources,
	 METH_VARARGS | METH_KEYWORDS | METH_CLASS,
	 "from_sources($cls, /, sources, allow=(), *, include_default=False)\n"
	 "--\n\n"
	 "Return a Model compiled from lexicon text held in memory.\n\n"
	 "SOURCES maps a file name (which decides the language, like\n"
	 "'pl.lex') to its text, or is an iterable of (name, text) pairs\n"
	 "(tuples, lists or other two-item sequences); texts are str or\n"
	 "UTF-8 bytes.  ALLOW lists words that must never match (product\n"
	 "names).  With include_default=True the built-in lexicons are\n"
	 "compiled too, so SOURCES extends the default model.\n"
	 "Raises LexiconError naming the source, line and column."},
	{"from_blob", (PyCFunction)Model_from_blob, METH_O | METH_CLASS,
	 "from_blob($cls, data, /)\n--\n\n"
	 "Return the Model in DATA, a compiled model made by Model.blob()\n"
	 "or `kalm compile`.  Raises ModelError for a truncated, corrupt or\n"
	 "foreign blob."},
	{"score", (PyCFunction)(void (*)(void))Model_score,
	 METH_VARARGS | METH_KEYWORDS,
	 "score($self, /, text, lang=None)\n--\n\n"
	 "Score one message and return its Verdict.\n\n"
	 "TEXT is a str, or bytes of UTF-8 (invalid UTF-8 is accepted and\n"
	 "read as U+FFFD; offsets stay exact).  LANG is the customer's\n"
	 "locale if known ('nl', 'pl-PL'...); a code the library does not\n"
	 "know is the same as None.  The GIL is released while scoring, so\n"
	 "threads sharing one model run in parallel."},
	{"score_many", (PyCFunction)(void (*)(void))Model_score_many,
	 METH_VARARGS | METH_KEYWORDS,
	 "score_many($self, /, texts, lang=None)\n--\n\n"
	 "Score a batch of messages; return a list of Verdicts.\n\n"
	 "The GIL is released once for the whole batch.  LANG is None, one\n"
	 "code for all, or a sequence with one code (or None) per text."},
	{"detect_language", (PyCFunction)Model_detect_language, METH_O,
	 "detect_language($self, text, /)\n--\n\n"
	 "Guess the language of TEXT alone: return (code, confidence), with\n"
	 "code 'unknown' when the text has no evidence (numbers, emoji, a\n"
	 "URL)."},
	{"entry", (PyCFunction)Model_entry, METH_O,
	 "entry($self, id, /)\n--\n\n"
	 "Return a dict describing lexicon entry or phrase rule ID (see\n"
	 "Match.entry): term, lexicon, line, language, category and\n"
	 "severity.  Raises NotFoundError for an unknown id (a negative\n"
	 "one too) and TypeError for anything but an int (a bool too)."},
	{"blob", (PyCFunction)Model_blob, METH_NOARGS,
	 "blob($self, /)\n--\n\n"
	 "Return the compiled model as bytes, for Model.from_blob()."},
	{"sources", (PyCFunction)Model_sources, METH_NOARGS,
	 "sources($self, /)\n--\n\n"
	 "Return the lexicon sources the model was compiled from, as\n"
	 "(name, text) pairs that Model.from_sources() accepts."},
	{"__reduce__", (PyCFunction)Model_reduce, METH_NOARGS,
	 "Pickle as the lexicon sources (the default model as a marker)."},
	{"__copy__", (PyCFunction)Model_copy, METH_NOARGS,
	 "Models are immutable: a copy is the model itself."},
	{"__deepcopy__", (PyCFunction)Model_copy, METH_O,
	 "Models are immutable: a copy is the model itself."},
	{NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(Model_doc,
"A compiled, immutable set of lexicons and phrase rules.\n"
"\n"
"Create one with Model.default(), Model.load(directory),\n"
"Model.from_sources(...) or Model.from_blob(data), then call\n"
"model.score(text, lang=None) for a Verdict.\n"
"\n"
"A model never changes once made: share one between any number of\n"
"threads (scoring releases the GIL and every call uses its own working\n"
"memory).  Models pickle as their lexicon sources (the default model as\n"
"a marker), so multiprocessing and Dask workers can receive one.");

PyTypeObject ModelType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "kalm.Model",
	.tp_basicsize = sizeof(ModelObject),
	.tp_dealloc = (destructor)Model_dealloc,
	.tp_repr = (reprfunc)Model_repr,
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = Model_doc,
	.tp_weaklistoffset = offsetof(ModelObject, weakrefs),
	.tp_methods = Model_methods,
	.tp_getset = Model_getset,
	.tp_new = Model_new,
};
