/*
 * Declarations shared by the files of the kalm._kalm extension module.
 *
 * The module is single-phase initialised: its types and exception classes
 * are static, one set per process (subinterpreters are not supported).
 * Every kalm object a Python object wraps is owned by exactly one Python
 * object; the model is immutable and is the only kalm object ever used
 * without the GIL by more than one thread at a time.
 */
#ifndef PYKALM_H
#define PYKALM_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <kalm.h>

/* ---- errors (module.c) ---- */

extern PyObject *pykalm_KalmError;

/* Raise the kalm.KalmError subclass for STATUS, carrying ERR's message
 * (ERR may be NULL).  Always returns NULL. */
PyObject *pykalm_raise(kalm_status status, const kalm_error *err);
/* The same, for a call that leaves errno set on KALM_ERR_IO: ERRNUM is
 * that errno (0 when no system call failed), for FileError's errno and
 * strerror. */
PyObject *pykalm_raise_errno(kalm_status status, const kalm_error *err,
			     int errnum);

/* ---- text arguments (module.c) ---- */

/*
 * A message as the library sees it: UTF-8 bytes borrowed from OWNER, which
 * keeps them alive and unchanged while the GIL is released.  For a str,
 * OWNER is the str itself (its cached UTF-8 form) or, when the str holds
 * lone surrogates, a bytes object encoded with "surrogatepass".  Any other
 * bytes-like object is copied into a bytes OWNER, so a bytearray changed
 * by another thread cannot change under the scorer.  A str or bytes
 * subclass instance is copied to an exact str or bytes first.
 */
typedef struct pykalm_text {
	PyObject *source; /* the text: an exact str or bytes (new reference) */
	PyObject *owner;  /* keeps BUF alive (new reference) */
	const char *buf;
	Py_ssize_t len;
	int is_str;  /* source is a str: offsets map to str indices */
	int is_ascii; /* every byte is one str character */
} pykalm_text;

/* Fill TEXT from OBJ (str or bytes-like).  0, or -1 with an exception. */
int pykalm_text_init(pykalm_text *text, PyObject *obj);
void pykalm_text_clear(pykalm_text *text);

/* The language for a lang= argument: None, or a code such as "nl" or
 * "pl-PL".  Codes the library does not know mean "no hint".  0, or -1
 * with an exception. */
int pykalm_lang_arg(PyObject *obj, kalm_lang *out);

/* "nl", "af", "pl", "en" or "unknown" as a new str. */
PyObject *pykalm_lang_str(kalm_lang lang);

/* A tuple of the names of the categories whose bit (1u << category) is
 * set in BITS, in category order. */
PyObject *pykalm_category_names(uint32_t bits);

/* ---- models (model.c) ---- */

typedef struct pykalm_work pykalm_work;

typedef struct ModelObject {
	PyObject_HEAD
	kalm_model *model;
	int is_default;
	/* Scratch and verdict pairs not in use.  Taken and given back only
	 * with the GIL held; used without it by the thread that took one. */
	pykalm_work *pool[8];
	int pool_len;
	PyObject *weakrefs;
} ModelObject;

extern PyTypeObject ModelType;

/* Working memory for one scoring call on one thread. */
#define PYKALM_BATCH 64 /* messages a kalm_score_many call for score_many */

struct pykalm_work {
	kalm_scratch *scratch;
	kalm_verdict *verdict;
	kalm_verdict *batch[PYKALM_BATCH]; /* made by score_many's first use */
};

/* Take a work pair from MODEL's pool (or make one).  With the GIL held.
 * NULL with an exception on failure. */
pykalm_work *pykalm_work_take(ModelObject *model);
/* Give it back (or free it when the pool is full).  With the GIL held. */
void pykalm_work_give(ModelObject *model, pykalm_work *work);

/* ---- verdicts and matches (verdict.c) ---- */

/* Everything a kalm_verdict says, copied out so the verdict can be
 * reused.  Filled without the GIL (raw allocator only). */
typedef struct pykalm_result {
	double score;
	double categories[KALM_CAT_COUNT];
	double confidence;
	int abusive;
	int severity;
	int targeted;
	kalm_lang language;
	kalm_lang guess;
	size_t length;
	size_t invalid_bytes;
	size_t match_total;
	size_t match_count;
	kalm_match *matches; /* PyMem_Raw; match_count items */
} pykalm_result;

/* Copy VERDICT into RESULT.  Safe without the GIL.  0, or -1 when memory
 * for the matches ran out. */
int pykalm_result_fill(pykalm_result *result, const kalm_verdict *verdict);
void pykalm_result_clear(pykalm_result *result);

extern PyTypeObject VerdictType;
extern PyTypeObject MatchType;

/* A new kalm.Verdict taking over RESULT (it is left empty) and TEXT
 * (its references move into the verdict; TEXT is left cleared). */
PyObject *pykalm_verdict_new(ModelObject *model, pykalm_text *text,
			     kalm_lang hint, pykalm_result *result);

/* ---- sessions and policies (session.c) ---- */

extern PyTypeObject PolicyType;
extern PyTypeObject SessionType;
extern PyTypeObject DecisionType;

/* The recommended action for one message scored alone by a fresh session
 * under the default policy, as a str.  NULL with an exception. */
PyObject *pykalm_single_action(ModelObject *model, const pykalm_text *text,
			       kalm_lang hint);

/* Add the session module-level constants (ACTIONS ...) to MODULE. */
int pykalm_session_init(PyObject *module);

#endif
