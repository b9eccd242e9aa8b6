"""A model shared between threads: same results, and the GIL released."""

import gc
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor


MESSAGES = [
    "You are a useless idiot.",
    "Where is my parcel?",
    "Ty debilu, kurwa!",
    "😀 you damn idiot 😀",
    "Zażółć gęślą jaźń",
    "you are not an idiot",
] * 40


def summary(verdict):
    return (
        verdict.score,
        verdict.abusive,
        verdict.language,
        tuple((m.category, m.start, m.end, m.start_byte, m.text) for m in verdict.matches),
    )


def test_threads_sharing_a_model_agree_with_serial(model, custom_model):
    for m in (model, custom_model):
        expected = [summary(m.score(t)) for t in MESSAGES]
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(lambda t: summary(m.score(t)), MESSAGES))
        assert got == expected
        with ThreadPoolExecutor(max_workers=4) as pool:
            chunks = [MESSAGES[i::4] for i in range(4)]
            batches = list(pool.map(lambda c: [summary(v) for v in m.score_many(c)], chunks))
        for i, batch in enumerate(batches):
            assert batch == expected[i::4]


def test_verdicts_stay_valid_while_other_threads_score(custom_model):
    first = custom_model.score("you idiot", "en")
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda t: custom_model.score(t, "pl"), ["kurwa ty debilu"] * 200))
    assert [m.text for m in first.matches] == ["idiot"]
    assert first.language == "en"


def test_scoring_releases_the_gil(custom_model):
    # One long message keeps a thread inside the library for a while.  If
    # the GIL were held, this thread could not run during that time: the
    # largest gap between its loop iterations would be about as long as
    # the call.
    text = "you idiot, please just help me with my parcel " * 40_000
    # the first call pays for compiling rules and filling the language
    # memo: time a warm one, so that the calls below last as planned
    custom_model.score(text)
    # the least of three timings: a call slowed by other load would make
    # too few repetitions, and the run below too short to judge
    duration = 1e9
    for _ in range(3):
        start = time.perf_counter()
        custom_model.score(text)
        duration = min(duration, time.perf_counter() - start)
    reps = max(1, int(0.5 / max(duration, 1e-6)))
    texts = [text] * reps

    done = threading.Event()

    def work():
        custom_model.score_many(texts)
        done.set()

    worker = threading.Thread(target=work)
    ticks = 0
    max_gap = 0.0
    worker.start()
    began = last = time.perf_counter()
    while not done.is_set():
        now = time.perf_counter()
        max_gap = max(max_gap, now - last)
        last = now
        ticks += 1
    worker.join()
    call = time.perf_counter() - began
    assert call > 0.2
    assert ticks > 1000
    assert max_gap < call / 2


def test_two_threads_reading_action_get_one_string(model):
    # Working out the action releases the GIL, so both threads may find
    # it missing; the verdict must still hand both the same string and
    # hold no reference that nobody can release.
    text = "you idiot " * 20_000
    verdicts = [model.score(text) for _ in range(30)]
    got = [[None, None] for _ in verdicts]
    barrier = threading.Barrier(2)

    def reader(k):
        for i, v in enumerate(verdicts):
            barrier.wait()
            got[i][k] = v.action

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(a is b is v.action for v, (a, b) in zip(verdicts, got))
    del verdicts
    gc.collect()
    # the two list slots and getrefcount's argument
    assert [sys.getrefcount(pair[0]) for pair in got] == [3] * len(got)


def test_matches_made_again_during_their_making_are_one_tuple(model):
    # A collection started while the tuple of matches is made can run
    # Python code (a finalizer, a gc callback) that reads the same
    # verdict's matches, as another thread could.
    # more matches than fit a tuple from the free list, so that making
    # the tuple allocates and can start a collection
    v = model.score("you idiot, " * 30)
    assert v.match_total == 30
    seen = []

    def callback(phase, info):
        if phase == "start" and not seen:
            seen.append(v.matches)

    threshold = gc.get_threshold()
    gc.callbacks.append(callback)
    gc.set_threshold(1)
    try:
        got = v.matches
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(callback)
    assert got is v.matches
    if seen:
        assert seen[0] is got
