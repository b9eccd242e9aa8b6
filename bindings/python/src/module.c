/*
 * kalm._kalm: module set-up, the exception hierarchy and argument helpers.
 */
#include "pykalm.h"

#include <stdio.h>
#include <string.h>

PyObject *pykalm_KalmError;
static PyObject *ArgumentError;
static PyObject *NoMemoryError;
static PyObject *FileError;
static PyObject *LexiconError;
static PyObject *ModelError;
static PyObject *StateError;
static PyObject *LimitError;
static PyObject *NotFoundError;

extern PyMethodDef pykalm_model_functions[];

/* ------------------------------------------------------------------ */
/* Errors                                                              */

static PyObject *error_class(kalm_status status)
{
	switch (status) {
	case KALM_ERR_ARGUMENT:
		return ArgumentError;
	case KALM_ERR_NO_MEMORY:
		return NoMemoryError;
	case KALM_ERR_IO:
		return FileError;
	case KALM_ERR_SYNTAX:
		return LexiconError;
	case KALM_ERR_MODEL:
		return ModelError;
	case KALM_ERR_STATE:
		return StateError;
	case KALM_ERR_LIMIT:
		return LimitError;
	case KALM_ERR_NOT_FOUND:
		return NotFoundError;
	default:
		return pykalm_KalmError;
	}
}

/* A str from a fixed-size char field that may lack its NUL. */
static PyObject *field_str(const char *field, size_t size)
{
	return PyUnicode_DecodeUTF8(field, (Py_ssize_t)strnlen(field, size),
				    "replace");
}

static int set_attr(PyObject *obj, const char *name, PyObject *value)
{
	if (!value)
		return -1;
	int rc = PyObject_SetAttrString(obj, name, value);
	Py_DECREF(value);
	return rc;
}

/* A FileError filled like an OSError: errno and strerror when a system
 * call failed, filename when the library named the path. */
static PyObject *make_file_error(const kalm_error *err, int errnum,
				 PyObject *msg)
{
	if (!errnum && !(err && err->file[0]))
		return PyObject_CallOneArg(FileError, msg);
	PyObject *code = Py_NewRef(Py_None);
	PyObject *text = Py_NewRef(Py_None);
	PyObject *file = Py_NewRef(Py_None);
	if (errnum) {
		Py_SETREF(code, PyLong_FromLong(errnum));
		Py_SETREF(text, PyUnicode_DecodeLocale(strerror(errnum),
						       "surrogateescape"));
	}
	if (err && err->file[0])
		Py_SETREF(file, PyUnicode_DecodeFSDefaultAndSize(
			err->file,
			(Py_ssize_t)strnlen(err->file, sizeof err->file)));
	PyObject *exc = NULL;
	if (code && text && file)
		exc = PyObject_CallFunctionObjArgs(FileError, code, text, file,
						   NULL);
	Py_XDECREF(code);
	Py_XDECREF(text);
	Py_XDECREF(file);
	return exc;
}

static PyObject *make_error(PyObject *cls, kalm_status status,
			    const kalm_error *err, int errnum, PyObject *msg)
{
	if (cls == FileError)
		return make_file_error(err, errnum, msg);
	if (cls != LexiconError)
		return PyObject_CallOneArg(cls, msg);

	PyObject *file = Py_None;
	unsigned line = 0, column = 0;
	if (err && err->file[0]) {
		file = field_str(err->file, sizeof err->file);
		if (!file)
			return NULL;
	} else {
		Py_INCREF(file);
	}
	if (err) {
		line = err->line;
		column = err->column;
	}
	/* SyntaxError's own (filename, lineno, offset, text) slots, so a
	 * traceback points at the lexicon line like it would at Python. */
	PyObject *exc = PyObject_CallFunction(cls, "O(OIIO)", msg, file, line,
					      column, Py_None);
	if (exc && (set_attr(exc, "file", Py_NewRef(file)) < 0 ||
		    set_attr(exc, "line", PyLong_FromUnsignedLong(line)) < 0 ||
		    set_attr(exc, "column", PyLong_FromUnsignedLong(column)) < 0))
		Py_CLEAR(exc);
	Py_DECREF(file);
	(void)status;
	return exc;
}

PyObject *pykalm_raise(kalm_status status, const kalm_error *err)
{
	return pykalm_raise_errno(status, err, 0);
}

/* Whether ERR's message starts with PREFIX (LEN bytes, from snprintf). */
static int starts_with(const kalm_error *err, const char *prefix, int len)
{
	return len > 0 && (size_t)len < sizeof err->message &&
	       strncmp(err->message, prefix, (size_t)len) == 0;
}

/*
 * The length of the "FILE:LINE:COLUMN: " (or "FILE:LINE: ", "FILE: ") a
 * lexicon error's message starts with, or 0.  LexiconError shows the
 * place from its own fields, as SyntaxError does ("... (en.lex, line
 * 2)"), so the message is kept without it rather than naming it twice.
 */
static size_t location_prefix(const kalm_error *err)
{
	char prefix[sizeof err->file + 32];
	int flen = (int)strnlen(err->file, sizeof err->file);
	int n = snprintf(prefix, sizeof prefix, "%.*s:%u:%u: ", flen,
			 err->file, err->line, err->column);
	if (starts_with(err, prefix, n))
		return (size_t)n;
	n = snprintf(prefix, sizeof prefix, "%.*s:%u: ", flen, err->file,
		     err->line);
	if (starts_with(err, prefix, n))
		return (size_t)n;
	n = snprintf(prefix, sizeof prefix, "%.*s: ", flen, err->file);
	if (starts_with(err, prefix, n))
		return (size_t)n;
	return 0;
}

PyObject *pykalm_raise_errno(kalm_status status, const kalm_error *err,
			     int errnum)
{
	PyObject *cls = error_class(status);
	PyObject *msg;
	if (err && err->message[0]) {
		size_t skip = status == KALM_ERR_SYNTAX && err->file[0]
				      ? location_prefix(err)
				      : 0;
		msg = field_str(err->message + skip, sizeof err->message - skip);
	} else
		msg = PyUnicode_FromString(kalm_status_str(status));
	if (!msg)
		return NULL;

	PyObject *exc = make_error(cls, status, err, errnum, msg);
	if (exc && (set_attr(exc, "code", PyLong_FromLong(status)) < 0 ||
		    set_attr(exc, "status",
			     PyUnicode_FromString(kalm_status_str(status))) < 0 ||
		    set_attr(exc, "message", Py_NewRef(msg)) < 0))
		Py_CLEAR(exc);
	Py_DECREF(msg);
	if (!exc)
		return NULL;
	PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
	Py_DECREF(exc);
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

static int text_from_str(pykalm_text *text, PyObject *obj)
{
	Py_ssize_t len;
	const char *buf = PyUnicode_AsUTF8AndSize(obj, &len);
	if (buf) {
		text->owner = Py_NewRef(obj);
		text->buf = buf;
		text->len = len;
		text->is_ascii = PyUnicode_IS_ASCII(obj);
		return 0;
	}
	if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
		return -1;
	/* Lone surrogates (from a surrogateescape decode, say): encode them
	 * as three bytes each.  The library reads those as invalid UTF-8, and
	 * each still starts with a lead byte, so offsets map back to str
	 * indices the same way. */
	PyErr_Clear();
	PyObject *bytes = PyUnicode_AsEncodedString(obj, "utf-8",
						    "surrogatepass");
	if (!bytes)
		return -1;
	text->owner = bytes;
	text->buf = PyBytes_AS_STRING(bytes);
	text->len = PyBytes_GET_SIZE(bytes);
	text->is_ascii = 0;
	return 0;
}

int pykalm_text_init(pykalm_text *text, PyObject *obj)
{
	memset(text, 0, sizeof *text);
	/* Only exact str and bytes objects are kept, never the caller's
	 * object when it is a subclass or another buffer: a subclass
	 * instance can carry attributes, so the caller could store the
	 * verdict on its own text, and verdicts are not tracked by the
	 * garbage collector, so such a cycle would never be freed.  A
	 * verdict refers only to exact str and bytes and so can never be
	 * part of a reference cycle. */
	if (PyUnicode_Check(obj)) {
		PyObject *str = PyUnicode_FromObject(obj); /* exact str */
		if (!str)
			return -1;
		if (text_from_str(text, str) < 0) {
			Py_DECREF(str);
			return -1;
		}
		text->source = str;
		text->is_str = 1;
		return 0;
	}
	if (PyBytes_CheckExact(obj)) {
		text->owner = Py_NewRef(obj);
	} else if (PyObject_CheckBuffer(obj)) {
		text->owner = PyBytes_FromObject(obj);
		if (!text->owner)
			return -1;
	} else {
		PyErr_Format(PyExc_TypeError,
			     "text must be str or bytes-like, not %.200s",
			     Py_TYPE(obj)->tp_name);
		return -1;
	}
	text->source = Py_NewRef(text->owner);
	text->buf = PyBytes_AS_STRING(text->owner);
	text->len = PyBytes_GET_SIZE(text->owner);
	return 0;
}

void pykalm_text_clear(pykalm_text *text)
{
	Py_CLEAR(text->source);
	Py_CLEAR(text->owner);
	text->buf = NULL;
	text->len = 0;
}

int pykalm_lang_arg(PyObject *obj, kalm_lang *out)
{
	*out = KALM_LANG_UNKNOWN;
	if (!obj || obj == Py_None)
		return 0;
	if (!PyUnicode_Check(obj)) {
		PyErr_Format(PyExc_TypeError,
			     "lang must be a language code (str) or None, "
			     "not %.200s",
			     Py_TYPE(obj)->tp_name);
		return -1;
	}
	Py_ssize_t len;
	const char *code = PyUnicode_AsUTF8AndSize(obj, &len);
	if (!code)
		return -1;
	if ((size_t)len != strlen(code)) {
		PyErr_SetString(PyExc_ValueError,
				"lang must not contain NUL characters");
		return -1;
	}
	*out = kalm_lang_from_code(code);
	return 0;
}

PyObject *pykalm_lang_str(kalm_lang lang)
{
	return PyUnicode_FromString(kalm_lang_code(lang));
}

/* ------------------------------------------------------------------ */
/* Module                                                              */

static PyObject *new_error(PyObject *module, const char *name,
			   const char *doc, PyObject *bases)
{
	char qualified[64];
	PyOS_snprintf(qualified, sizeof qualified, "kalm.%s", name);
	PyObject *cls = PyErr_NewExceptionWithDoc(qualified, doc, bases, NULL);
	Py_XDECREF(bases);
	if (!cls)
		return NULL;
	if (PyModule_AddObjectRef(module, name, cls) < 0) {
		Py_DECREF(cls);
		return NULL;
	}
	return cls;
}

/* FileError's str is the library's message, which names the path, as
 * for every other kalm error, rather than OSError's "[Errno N] ...",
 * which would read "[Errno None] None: 'dir'" where no system call
 * failed. */
static PyObject *file_error_str(PyObject *self, PyObject *unused)
{
	(void)unused;
	PyObject *msg = PyObject_GetAttrString(self, "message");
	if (msg && PyUnicode_Check(msg))
		return msg;
	Py_XDECREF(msg);
	PyErr_Clear();
	return ((PyTypeObject *)PyExc_OSError)->tp_str(self);
}

static PyMethodDef file_error_str_def = {
	"__str__", file_error_str, METH_NOARGS,
	"The library's message, which names the path."};

static int set_file_error_str(void)
{
	PyObject *descr = PyDescr_NewMethod((PyTypeObject *)FileError,
					    &file_error_str_def);
	if (!descr)
		return -1;
	int rc = PyObject_SetAttrString(FileError, "__str__", descr);
	Py_DECREF(descr);
	return rc;
}

static PyObject *with_base(PyObject *builtin)
{
	return PyTuple_Pack(2, pykalm_KalmError, builtin);
}

static int add_errors(PyObject *m)
{
	pykalm_KalmError = new_error(m, "KalmError",
		"Base class of every error the kalm library reports.\n\n"
		"Attributes: code (the library's negative status code), status\n"
		"(its text, e.g. 'syntax error') and message (the library's\n"
		"message).",
		Py_NewRef(PyExc_Exception));
	if (!pykalm_KalmError)
		return -1;
	ArgumentError = new_error(m, "ArgumentError",
		"The library refused an argument (KALM_ERR_ARGUMENT).",
		with_base(PyExc_ValueError));
	NoMemoryError = new_error(m, "NoMemoryError",
		"The library ran out of memory (KALM_ERR_NO_MEMORY).",
		with_base(PyExc_MemoryError));
	FileError = new_error(m, "FileError",
		"A file or directory could not be read (KALM_ERR_IO).\n\n"
		"Like OSError it has errno and strerror (None when no system\n"
		"call failed, e.g. a directory without *.lex files) and\n"
		"filename, the path the library could not read.",
		with_base(PyExc_OSError));
	LexiconError = new_error(m, "LexiconError",
		"A lexicon or policy file is malformed (KALM_ERR_SYNTAX).\n\n"
		"Like SyntaxError, it locates the problem: file, line and\n"
		"column (1-based; 0 when unknown), also as filename, lineno\n"
		"and offset.  Its message leaves the place out; str() adds\n"
		"it, as for a SyntaxError: 'message (file, line N)'.",
		with_base(PyExc_SyntaxError));
	ModelError = new_error(m, "ModelError",
		"A compiled model blob is corrupt or foreign (KALM_ERR_MODEL).",
		Py_NewRef(pykalm_KalmError));
	StateError = new_error(m, "StateError",
		"A saved session blob is corrupt or foreign (KALM_ERR_STATE).",
		Py_NewRef(pykalm_KalmError));
	LimitError = new_error(m, "LimitError",
		"A documented size limit was exceeded (KALM_ERR_LIMIT).",
		Py_NewRef(pykalm_KalmError));
	NotFoundError = new_error(m, "NotFoundError",
		"The thing asked for does not exist (KALM_ERR_NOT_FOUND).",
		with_base(PyExc_LookupError));
	if (!ArgumentError || !NoMemoryError || !FileError || !LexiconError ||
	    !ModelError || !StateError || !LimitError || !NotFoundError)
		return -1;
	return set_file_error_str();
}

/* PyModule_AddObjectRef, but taking over VALUE (which may be NULL). */
static int add_owned(PyObject *m, const char *name, PyObject *value)
{
	if (!value)
		return -1;
	int rc = PyModule_AddObjectRef(m, name, value);
	Py_DECREF(value);
	return rc;
}

PyObject *pykalm_category_names(uint32_t bits)
{
	PyObject *list = PyList_New(0);
	if (!list)
		return NULL;
	for (int c = 0; c < KALM_CAT_COUNT; c++) {
		if (!(bits & (1u << c)))
			continue;
		PyObject *name =
			PyUnicode_FromString(kalm_category_name((kalm_category)c));
		if (!name || PyList_Append(list, name) < 0) {
			Py_XDECREF(name);
			Py_DECREF(list);
			return NULL;
		}
		Py_DECREF(name);
	}
	PyObject *tuple = PyList_AsTuple(list);
	Py_DECREF(list);
	return tuple;
}

static uint32_t abuse_bits(void)
{
	uint32_t bits = 0;
	for (int c = 0; c < KALM_CAT_COUNT; c++)
		if (kalm_category_is_abuse((kalm_category)c))
			bits |= 1u << c;
	return bits;
}

static PyObject *language_tuple(void)
{
	PyObject *langs = PyTuple_New(KALM_LANG_COUNT - 1);
	if (!langs)
		return NULL;
	for (int l = 1; l < KALM_LANG_COUNT; l++) {
		PyObject *code = pykalm_lang_str((kalm_lang)l);
		if (!code) {
			Py_DECREF(langs);
			return NULL;
		}
		PyTuple_SET_ITEM(langs, l - 1, code);
	}
	return langs;
}

static int add_constants(PyObject *m)
{
	if (add_owned(m, "CATEGORIES",
		      pykalm_category_names((1u << KALM_CAT_COUNT) - 1)) < 0 ||
	    add_owned(m, "ABUSE_CATEGORIES",
		      pykalm_category_names(abuse_bits())) < 0 ||
	    add_owned(m, "LANGUAGES", language_tuple()) < 0)
		return -1;
	if (PyModule_AddIntConstant(m, "MATCH_LIMIT", KALM_MATCH_LIMIT) < 0 ||
	    PyModule_AddStringConstant(m, "LIBRARY_VERSION",
				       kalm_version_string()) < 0 ||
	    PyModule_AddStringConstant(m, "HEADER_VERSION",
				       KALM_VERSION_STRING) < 0)
		return -1;
	return 0;
}

static int add_type(PyObject *m, PyTypeObject *type, const char *name)
{
	if (PyType_Ready(type) < 0)
		return -1;
	return PyModule_AddObjectRef(m, name, (PyObject *)type);
}

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT,
	.m_name = "kalm._kalm",
	.m_doc = "The C part of the kalm package; import kalm instead.",
	.m_size = -1,
	.m_methods = pykalm_model_functions,
};

PyMODINIT_FUNC PyInit__kalm(void)
{
	PyObject *m = PyModule_Create(&module_def);
	if (!m)
		return NULL;
	if (add_errors(m) < 0 || add_constants(m) < 0 ||
	    add_type(m, &ModelType, "Model") < 0 ||
	    add_type(m, &VerdictType, "Verdict") < 0 ||
	    add_type(m, &MatchType, "Match") < 0 ||
	    pykalm_session_init(m) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
