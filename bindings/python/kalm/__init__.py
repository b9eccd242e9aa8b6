"""Score customer messages for abuse and recommend what an agent does next.

kalm reads chat and e-mail messages in Dutch, Afrikaans, Polish and
English.  A :class:`Model` scores one message into a :class:`Verdict`;
a :class:`Session` follows one conversation and answers every message
with a :class:`Decision` (RESPOND_CALMLY, STATE_LIMITS, TRANSFER or
END_SESSION) and a suggested reply.

    >>> import kalm
    >>> model = kalm.Model.default()
    >>> verdict = model.score("You absolute idiot", lang="en")
    >>> verdict.abusive, verdict.categories["insult"] > 0
    (True, True)
    >>> session = kalm.Session(model)
    >>> session.feed("My parcel is late again!").action
    'RESPOND_CALMLY'

Text is a ``str`` or UTF-8 ``bytes`` (invalid UTF-8 is accepted).  Match
offsets are given both as indices into what you passed (``start``,
``end``) and as UTF-8 byte offsets (``start_byte``, ``end_byte``).

Models are immutable: share one between threads (scoring releases the
GIL) and pickle it to worker processes.  Sessions serialise their callers
and travel between processes with ``save()`` / ``Session.restore()``.

Errors raise subclasses of :class:`KalmError` carrying the library's
message; :class:`LexiconError` (a ``SyntaxError``) also has ``file``,
``line`` and ``column``.
"""

from ._kalm import (
    ABUSE_CATEGORIES,
    ACTIONS,
    CATEGORIES,
    END_SESSION,
    HEADER_VERSION,
    LANGUAGES,
    LIBRARY_VERSION,
    MATCH_LIMIT,
    REASONS,
    RESPOND_CALMLY,
    SESSION_BLOB_MAX,
    SESSION_ID_MAX,
    STATE_LIMITS,
    TRANSFER,
    ArgumentError,
    Decision,
    FileError,
    KalmError,
    LexiconError,
    LimitError,
    Match,
    Model,
    ModelError,
    NoMemoryError,
    NotFoundError,
    Policy,
    Session,
    StateError,
    Verdict,
)

__version__ = LIBRARY_VERSION

__all__ = [
    "ABUSE_CATEGORIES",
    "ACTIONS",
    "CATEGORIES",
    "END_SESSION",
    "HEADER_VERSION",
    "LANGUAGES",
    "LIBRARY_VERSION",
    "MATCH_LIMIT",
    "REASONS",
    "RESPOND_CALMLY",
    "SESSION_BLOB_MAX",
    "SESSION_ID_MAX",
    "STATE_LIMITS",
    "TRANSFER",
    "ArgumentError",
    "Decision",
    "FileError",
    "KalmError",
    "LexiconError",
    "LimitError",
    "Match",
    "Model",
    "ModelError",
    "NoMemoryError",
    "NotFoundError",
    "Policy",
    "Session",
    "StateError",
    "Verdict",
    "__version__",
]
