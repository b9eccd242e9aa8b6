"""No leaks under repeated calls: Python objects and library memory."""

import gc
import os
import sys

import pytest

import kalm

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def total_refs():
    counter = getattr(sys, "gettotalrefcount", None)
    return counter() if counter else None


def leak_check(fn, rounds, max_blocks=200, max_rss=3 << 19, windows=3):
    """Run FN a while to warm up, then WINDOWS times ROUNDS more calls.

    A leak grows memory in every window; allocator noise (a new malloc
    arena, a resized cache) shows up once.  So the smallest growth of
    Python's block count, of the process size and, on a debug interpreter
    (python3-dbg), of the exact reference total must stay near zero.
    """
    for _ in range(max(rounds // 5, 50)):
        fn()
    grown_blocks, grown_rss, grown_refs = [], [], []
    for _ in range(windows):
        gc.collect()
        refs, blocks, size = total_refs(), sys.getallocatedblocks(), rss()
        for _ in range(rounds):
            fn()
        gc.collect()
        grown_blocks.append(sys.getallocatedblocks() - blocks)
        grown_rss.append(rss() - size)
        if refs is not None:
            grown_refs.append(total_refs() - refs)
    assert min(grown_blocks) < max_blocks, "Python objects leak: %s blocks" % grown_blocks
    assert min(grown_rss) < max_rss, "memory leaks: %s bytes" % grown_rss
    if grown_refs:
        assert min(grown_refs) < 50, "references leak: %s" % grown_refs


TEXTS = ["You are a useless idiot 😀", "Zażółć, ty debilu, kurwą!", b"\xff you idiot",
         "hello", "you idiot " * 200]


def test_scoring_does_not_leak(model, custom_model):
    def once():
        for m in (model, custom_model):
            for t in TEXTS:
                v = m.score(t)
                v.matches
                v.categories
                v.as_dict()
                repr(v)
            m.score_many(TEXTS, lang="pl")
            m.detect_language("Dzień dobry")
    leak_check(once, 400)


def test_actions_and_sessions_do_not_leak(model):
    policy = kalm.Policy()

    def once():
        model.score("You are a useless idiot.").action
        s = kalm.Session(model, policy, conversation="leak", placeholders={"agent": "Sam"})
        s.feed("You are a useless idiot.", time=1)
        d = s.feed("Shut up, you moron.", time=2)
        d.as_dict()
        blob = s.save()
        r = kalm.Session.restore(model, blob)
        r.incident()
        r.feed("hello", time=3)
    leak_check(once, 700)


def test_errors_do_not_leak(model):
    def once():
        for call in (
            lambda: kalm.Model.from_sources({"en.lex": "x insultt 2\n"}),
            lambda: kalm.Model.from_blob(b"junk"),
            lambda: kalm.Session.restore(model, b"junk"),
            lambda: kalm.Policy("bad line\n"),
            lambda: model.score(5),
            lambda: model.entry(2**31),
        ):
            with pytest.raises(Exception):
                call()
    leak_check(once, 700)


def test_model_building_does_not_leak():
    sources = {"en.lex": "you you\nidiot+ insult 2\n"}

    def once():
        m = kalm.Model.from_sources(sources, allow=["idiots"])
        m.score("you idiot")
        m.sources()
        kalm.Model.from_blob(m.blob())
    leak_check(once, 300)


@pytest.mark.parametrize("kind", [str, bytes])
def test_verdict_stored_on_its_own_text_is_freed(model, kind):
    # A str or bytes subclass can carry attributes, so the caller may
    # store a verdict or decision on the very text it scored.
    class Msg(kind):
        pass

    def make(text):
        return Msg(text if kind is str else text.encode())

    session = kalm.Session(model)
    for _ in range(20):
        a = make("you idiot")
        a.verdict = model.score(a)
        a.verdict.matches
        b = make("you moron")
        b.verdicts = model.score_many([b, b])
        c = make("shut up, you idiot")
        c.decision = session.feed(c, time=1)
        assert type(a.verdict.text) is kind and a.verdict.text == a
        assert type(a.verdict.matches[0].text) is kind
    del a, b, c
    gc.collect()
    assert not [o for o in gc.get_objects() if type(o) is Msg]
