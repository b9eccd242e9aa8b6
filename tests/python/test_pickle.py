"""Models pickle (for multiprocessing and Dask); so do errors."""

import multiprocessing
import pickle

import pytest

import kalm

from conftest import CUSTOM_SOURCES


def test_default_model_pickles_as_a_marker(model):
    data = pickle.dumps(model)
    assert len(data) < 200  # a marker, not the lexicons
    assert pickle.loads(data) is kalm.Model.default()


@pytest.mark.parametrize("protocol", range(0, pickle.HIGHEST_PROTOCOL + 1))
def test_custom_model_pickles_as_sources(custom_model, protocol):
    data = pickle.dumps(custom_model, protocol=protocol)
    assert b"debil+" in data  # the lexicon source travels
    clone = pickle.loads(data)
    assert clone is not custom_model
    assert not clone.is_default
    assert clone.entry_count == custom_model.entry_count
    assert clone.sources() == custom_model.sources()
    text = "Zażółć, ty debilu"
    assert clone.score(text, "pl").as_dict() == custom_model.score(text, "pl").as_dict()


def test_loaded_model_pickles_without_its_directory(lexicon_dir):
    loaded = kalm.Model.load(lexicon_dir)
    data = pickle.dumps(loaded)
    for f in lexicon_dir.iterdir():
        f.unlink()
    clone = pickle.loads(data)
    assert clone.score("you idiot", "en").abusive == loaded.score("you idiot", "en").abusive
    assert clone.entry_count == loaded.entry_count


def test_allow_words_survive_pickling():
    m = kalm.Model.from_sources(CUSTOM_SOURCES, allow=["idiots"])
    clone = pickle.loads(pickle.dumps(m))
    assert not [x for x in clone.score("the idiots game", "en").matches if x.category == "insult"]


@pytest.mark.parametrize("include_default", [False, True])
def test_allow_words_pickle_to_the_same_model(include_default):
    m = kalm.Model.from_sources(CUSTOM_SOURCES, allow=["idiots", "Scunthorpe"],
                                include_default=include_default)
    text = "you idiot, I will kill you, ty debilu"
    entries = [x.entry for x in m.score(text, "en").matches]
    assert entries
    clone = m
    for _ in range(3):
        clone = pickle.loads(pickle.dumps(clone))
        assert clone.blob() == m.blob()
        assert clone.entry_count == m.entry_count
        assert clone.sources() == m.sources()
        assert [x.entry for x in clone.score(text, "en").matches] == entries


def test_corrupt_pickled_sources_raise():
    with pytest.raises(kalm.ModelError):
        kalm._kalm._model_from_sources(b"en.lex", ())
    with pytest.raises(TypeError):
        kalm._kalm._model_from_sources("en.lex", ())


def test_errors_pickle():
    with pytest.raises(kalm.LexiconError) as info:
        kalm.Model.from_sources({"en.lex": "idiot insultt 2\n"})
    exc = info.value
    clone = pickle.loads(pickle.dumps(exc))
    assert type(clone) is kalm.LexiconError
    assert clone.line == 1 and clone.file == "en.lex"
    assert clone.message == exc.message


def _score_in_child(args):
    model, text = args
    v = model.score(text, "pl")
    return v.as_dict(), model.is_default


def test_multiprocessing_pool(custom_model, model):
    ctx = multiprocessing.get_context("spawn")
    texts = ["ty debilu", "kurwa", "dzień dobry"]
    with ctx.Pool(2) as pool:
        got = pool.map(_score_in_child, [(custom_model, t) for t in texts])
        defaults = pool.map(_score_in_child, [(model, t) for t in texts])
    assert [d for d, _ in got] == [custom_model.score(t, "pl").as_dict() for t in texts]
    assert [flag for _, flag in defaults] == [True, True, True]
    assert [d for d, _ in defaults] == [model.score(t, "pl").as_dict() for t in texts]


def test_model_from_blob_pickles(custom_model):
    reopened = kalm.Model.from_blob(custom_model.blob())
    clone = pickle.loads(pickle.dumps(reopened))
    assert clone.entry_count == custom_model.entry_count
    assert clone.score("ty debilu", "pl").as_dict() == custom_model.score("ty debilu", "pl").as_dict()
