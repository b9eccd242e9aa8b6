"""kalm.Model: construction, introspection, errors and copying."""

import copy
import errno
import inspect
import pydoc
import os
import pathlib
import pickle

import pytest

import kalm

from conftest import CUSTOM_SOURCES, EN_LEX


def test_default_is_shared_and_described(model):
    assert kalm.Model.default() is model
    assert model.is_default
    assert model.entry_count > 100
    assert 0.0 < model.threshold <= 1.0
    assert "default" in repr(model)


def test_model_cannot_be_made_directly():
    with pytest.raises(TypeError, match="Model.default"):
        kalm.Model()


def test_load_directory(lexicon_dir):
    loaded = kalm.Model.load(lexicon_dir)
    assert not loaded.is_default
    assert loaded.entry_count == kalm.Model.from_sources(CUSTOM_SOURCES).entry_count
    assert loaded.score("you idiot", lang="en").categories["insult"] > 0


@pytest.mark.parametrize("kind", [str, bytes, pathlib.Path])
def test_load_accepts_path_types(lexicon_dir, kind):
    path = os.fsencode(lexicon_dir) if kind is bytes else kind(lexicon_dir)
    assert kalm.Model.load(path).entry_count > 0


def test_load_missing_directory_is_file_error(tmp_path):
    with pytest.raises(kalm.FileError) as info:
        kalm.Model.load(tmp_path / "does-not-exist")
    err = info.value
    assert isinstance(err, kalm.KalmError)
    assert isinstance(err, OSError)
    assert err.code == -3
    assert isinstance(err.status, str) and err.status
    assert err.message and str(err)


def test_file_error_says_why_like_oserror(tmp_path):
    missing = tmp_path / "does-not-exist"
    with pytest.raises(kalm.FileError) as info:
        kalm.Model.load(missing)
    err = info.value
    assert err.errno == errno.ENOENT
    assert err.strerror == os.strerror(errno.ENOENT)
    assert err.filename == str(missing)
    assert str(missing) in err.message
    assert str(err) == err.message
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is kalm.FileError
    assert (clone.errno, clone.strerror, clone.filename, clone.message, str(clone)) == (
        err.errno, err.strerror, err.filename, err.message, str(err))

    with pytest.raises(kalm.FileError) as info:
        kalm.Model.load(tmp_path)  # no lexicons: no system call failed
    assert info.value.errno is None and info.value.strerror is None
    assert info.value.filename == str(tmp_path)
    assert str(info.value) == info.value.message

    (tmp_path / "en.lex").mkdir()
    with pytest.raises(kalm.FileError) as info:
        kalm.Model.load(tmp_path)
    assert info.value.errno == errno.EISDIR
    assert info.value.filename == str(tmp_path / "en.lex")
    assert str(tmp_path / "en.lex") in str(info.value)

    (tmp_path / "file").write_text("x")
    with pytest.raises(kalm.FileError) as info:
        kalm.Model.load(tmp_path / "file")
    assert info.value.errno == errno.ENOTDIR


def test_load_rejects_nul_in_path():
    with pytest.raises(ValueError):
        kalm.Model.load("bad\0path")


def test_lexicon_error_locates_the_line(tmp_path):
    (tmp_path / "en.lex").write_text(
        "you you\nidiot insult 2\nstupid insultt 2\n", encoding="utf-8"
    )
    with pytest.raises(kalm.LexiconError) as info:
        kalm.Model.load(tmp_path)
    err = info.value
    assert isinstance(err, SyntaxError)
    assert isinstance(err, kalm.KalmError)
    assert err.code == -4
    assert err.file is not None and err.file.endswith("en.lex")
    assert err.line == 3
    assert err.column >= 1
    # The SyntaxError view of the same facts, for tracebacks.
    assert err.lineno == 3
    assert err.filename == err.file
    assert err.offset == err.column
    assert err.message
    assert err.message in str(err)


@pytest.mark.parametrize("name", ["en.lex", "sub/en.lex"])
def test_lexicon_error_text_names_the_place_once(name):
    with pytest.raises(kalm.LexiconError) as info:
        kalm.Model.from_sources({name: "@lang en\nyou you\nidiot+ insult 9\n"})
    err = info.value
    assert (err.file, err.line) == ("en.lex", 3)
    assert err.msg == err.message
    assert not err.message.startswith("en.lex")
    assert "severity" in err.message
    assert str(err) == "%s (en.lex, line 3)" % err.message
    with pytest.raises(kalm.LexiconError) as info:
        kalm.Model.from_sources({name: "@lang en\nyou\0 you\n"})
    assert info.value.file == "en.lex"
    assert str(info.value).count("en.lex") == 1


def test_from_sources_error_names_the_source():
    with pytest.raises(kalm.LexiconError) as info:
        kalm.Model.from_sources({"pl.lex": "ty you\nkurw* profanity 9\n"})
    assert info.value.file.endswith("pl.lex")
    assert info.value.line == 2


def test_from_sources_accepts_pairs_and_bytes():
    pairs = [(name, text.encode()) for name, text in CUSTOM_SOURCES.items()]
    built = kalm.Model.from_sources(pairs)
    assert built.entry_count == kalm.Model.from_sources(CUSTOM_SOURCES).entry_count


def test_from_sources_accepts_any_two_item_sequence():
    expected = kalm.Model.from_sources(CUSTOM_SOURCES).blob()
    as_lists = [[name, text] for name, text in CUSTOM_SOURCES.items()]
    assert kalm.Model.from_sources(as_lists).blob() == expected
    # e.g. what json.loads gives back for a list of pairs
    assert kalm.Model.from_sources(iter(as_lists)).blob() == expected


@pytest.mark.parametrize(
    "sources, error",
    [
        ([("en.lex",)], TypeError),
        ([["en.lex"]], TypeError),
        ([["en.lex", EN_LEX, "x"]], TypeError),
        (["ab"], TypeError),
        ([b"ab"], TypeError),
        ([bytearray(b"ab")], TypeError),
        ([5], TypeError),
        ([("en.lex", 5)], TypeError),
        ({5: EN_LEX}, TypeError),
        ({"e\0n.lex": EN_LEX}, ValueError),
        (42, TypeError),
    ],
)
def test_from_sources_argument_errors(sources, error):
    with pytest.raises(error):
        kalm.Model.from_sources(sources)


def test_allow_words_are_never_matched():
    plain = kalm.Model.from_sources(CUSTOM_SOURCES)
    allowed = kalm.Model.from_sources(CUSTOM_SOURCES, allow=["idiots"])
    text = "the idiots board game"
    assert any(m.category == "insult" for m in plain.score(text, "en").matches)
    assert not any(m.category == "insult" for m in allowed.score(text, "en").matches)
    with pytest.raises(TypeError):
        kalm.Model.from_sources(CUSTOM_SOURCES, allow="idiots")


def test_include_default_extends_the_default(model):
    extended = kalm.Model.from_sources(
        {"en-extra.lex": "@lang en\nflurbo insult 2\n"}, include_default=True
    )
    assert extended.entry_count == model.entry_count + 1
    assert not model.score("you flurbo", "en").matches
    assert extended.score("you flurbo", "en").categories["insult"] > 0


def test_blob_round_trip(custom_model):
    blob = custom_model.blob()
    assert isinstance(blob, bytes) and len(blob) > 0
    reopened = kalm.Model.from_blob(blob)
    assert reopened.entry_count == custom_model.entry_count
    assert reopened.rule_count == custom_model.rule_count
    assert kalm.Model.from_blob(bytearray(blob)).entry_count == custom_model.entry_count
    text = "you damn idiot"
    assert reopened.score(text, "en").score == custom_model.score(text, "en").score


@pytest.mark.parametrize(
    "blob", [b"", b"not a model", b"\0" * 4096, None]
)
def test_bad_blob_is_model_error(custom_model, blob):
    if blob is None:
        good = custom_model.blob()
        blob = good[: len(good) // 2]
    with pytest.raises(kalm.ModelError) as info:
        kalm.Model.from_blob(blob)
    assert info.value.code == -5
    assert info.value.message


def test_from_blob_needs_bytes():
    with pytest.raises(TypeError):
        kalm.Model.from_blob("text")


def test_sources_round_trip(custom_model):
    sources = custom_model.sources()
    names = [name for name, _ in sources]
    assert "en.lex" in names and "pl.lex" in names
    assert dict(sources)["en.lex"] == EN_LEX
    rebuilt = kalm.Model.from_sources(sources)
    assert rebuilt.entry_count == custom_model.entry_count


def test_entry_describes_a_match(custom_model):
    match = custom_model.score("you idiot", "en").matches[0]
    info = custom_model.entry(match.entry)
    assert info["term"] == match.term
    assert info["lexicon"] == "en.lex"
    assert info["category"] == "insult"
    assert info["severity"] == 2
    assert info["language"] == "en"
    assert info["line"] == EN_LEX.splitlines().index("idiot+      insult 2") + 1


@pytest.mark.parametrize("bad", [2**32 - 1, 2**40, 2**80, -1, -2**80])
def test_entry_unknown_id_is_not_found(custom_model, bad):
    with pytest.raises(kalm.NotFoundError) as info:
        custom_model.entry(bad)
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("bad", [True, False, 1.0, "1", None])
def test_entry_id_must_be_an_int(custom_model, bad):
    with pytest.raises(TypeError):
        custom_model.entry(bad)


def test_copy_returns_the_same_immutable_model(custom_model):
    assert copy.copy(custom_model) is custom_model
    assert copy.deepcopy(custom_model) is custom_model
    assert copy.deepcopy([custom_model])[0] is custom_model


def test_detect_language(model):
    code, confidence = model.detect_language(
        "Dzień dobry, paczka przyszła uszkodzona i chciałbym zwrócić pieniądze."
    )
    assert code == "pl"
    assert 0.0 < confidence <= 1.0
    code, confidence = model.detect_language("12345 😀 https://example.invalid")
    assert code == "unknown"
    with pytest.raises(TypeError):
        model.detect_language(12)


def test_module_constants():
    assert kalm.CATEGORIES == (
        "insult", "profanity", "threat", "sexual", "hate", "shouting", "frustration",
    )
    assert kalm.ABUSE_CATEGORIES == ("insult", "profanity", "threat", "sexual", "hate")
    assert kalm.LANGUAGES == ("nl", "af", "pl", "en")
    assert kalm.ACTIONS == ("RESPOND_CALMLY", "STATE_LIMITS", "TRANSFER", "END_SESSION")
    assert kalm.TRANSFER == "TRANSFER"
    assert kalm.MATCH_LIMIT == 1024
    assert kalm.__version__ == kalm.LIBRARY_VERSION == kalm.HEADER_VERSION


def test_help_is_useful():
    doc = kalm.Model.__doc__
    assert "immutable" in doc and "pickle" in doc
    assert "Verdict" in kalm.Model.score.__doc__
    params = inspect.signature(kalm.Model.score).parameters
    assert list(params) == ["self", "text", "lang"]
    assert params["lang"].default is None
    assert list(inspect.signature(kalm.Session).parameters)[:2] == ["model", "policy"]
    assert "path" in inspect.signature(kalm.Model.load).parameters

    text = pydoc.render_doc(kalm.Model, renderer=pydoc.plaintext)
    for name in ("default", "load", "score", "score_many", "from_sources", "threshold"):
        assert name in text


def test_typing_files_are_shipped():
    package = pathlib.Path(kalm.__file__).parent
    assert (package / "py.typed").exists()
    stub = (package / "_kalm.pyi").read_text(encoding="utf-8")
    assert "class Model" in stub and "def score(" in stub


def test_stubs_match_the_module(tmp_path):
    """The .pyi stubs agree with the C module (mypy's stubtest)."""
    pytest.importorskip("mypy.stubtest")
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "mypy.stubtest", "kalm"],
                          capture_output=True, text=True, timeout=300,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_package_docstring_examples_hold():
    import doctest

    result = doctest.testmod(kalm, verbose=False)
    assert result.attempted >= 5
    assert result.failed == 0
