"""kalm.Session, kalm.Decision and kalm.Policy."""

import datetime
import errno
import json
import os
import pickle
import threading

import pytest

import kalm

T0 = 1_700_000_000  # a fixed clock, so the ladder does not depend on now


def feed_all(session, texts, start=T0, step=60, lang="en"):
    return [session.feed(t, time=start + i * step, lang=lang) for i, t in enumerate(texts)]


def test_ladder_climbs(model):
    session = kalm.Session(model, conversation="ticket-1")
    calm, limits, transfer, end = feed_all(
        session,
        [
            "Hello, my router keeps dropping the connection.",
            "You are a useless idiot.",
            "Shut up, you stupid moron.",
            "You pathetic idiot, you are all morons.",
        ],
    )
    assert calm.action == kalm.RESPOND_CALMLY
    assert calm.reason == "clean"
    assert calm.abusive is False
    assert limits.action == kalm.STATE_LIMITS
    assert limits.reason == "first_abuse"
    assert limits.abusive and limits.targeted
    assert "insult" in limits.categories
    assert limits.limits_stated == 1
    assert transfer.action == kalm.TRANSFER
    assert transfer.reason == "repeated_abuse"
    assert end.action == kalm.END_SESSION
    assert end.messages == 4
    assert end.level == kalm.END_SESSION
    after = session.feed("Sorry.", time=T0 + 600)
    assert after.action == kalm.END_SESSION and after.reason == "ended"


def test_decision_attributes(model):
    session = kalm.Session(model)
    d = session.feed("You are a useless idiot.", time=T0, lang="en")
    assert isinstance(d, kalm.Decision)
    assert d.action in kalm.ACTIONS
    assert d.reason in kalm.REASONS
    assert isinstance(d.reason_text, str) and "insult" in d.reason_text
    assert isinstance(d.reply, str) and len(d.reply) > 10
    assert d.reply_language == "en"
    assert 0.0 < d.score <= 1.0
    assert d.severity >= 2
    assert d.expired is False
    assert d.transfers == 0
    assert d.messages == 1
    assert isinstance(d.categories, tuple)
    v = d.verdict
    assert isinstance(v, kalm.Verdict)
    assert v.score == d.score
    assert v.text == "You are a useless idiot."
    assert any(m.text == "idiot" for m in v.matches)
    data = d.as_dict()
    assert data["action"] == d.action
    assert data["verdict"]["score"] == d.score
    json.dumps(data)  # plain data
    assert d.action in repr(d)


@pytest.mark.parametrize("text", [b"You are a useless idiot.\xff",
                                  bytearray(b"You are a useless idiot.")])
def test_decision_as_dict_is_json_ready_for_bytes(model, text):
    d = kalm.Session(model).feed(text, time=T0, lang="en")
    assert any(m.text == b"idiot" for m in d.verdict.matches)
    data = d.as_dict()
    matches = json.loads(json.dumps(data))["verdict"]["matches"]
    assert "idiot" in [m["text"] for m in matches]


def test_reply_language_follows_the_customer(model):
    session = kalm.Session(model)
    d = session.feed("Ty debilu, nie umiesz czytać?", time=T0, lang="pl")
    assert d.reply_language == "pl"
    assert d.action == kalm.STATE_LIMITS


def test_placeholders_fill_the_reply(model):
    policy = kalm.Policy()
    policy.set("reply.en.state_limits", "{agent|Someone} at {company} asks you to stop.")
    session = kalm.Session(model, policy, placeholders={"agent": "Sam", "company": "Acme"})
    d = session.feed("You are a useless idiot.", time=T0, lang="en")
    assert d.reply == "Sam at Acme asks you to stop."
    session2 = kalm.Session(model, policy)
    session2.set_placeholder("company", "Beta")
    assert session2.feed("You are a useless idiot.", time=T0, lang="en").reply == (
        "Someone at Beta asks you to stop."
    )
    with pytest.raises(kalm.ArgumentError):
        session2.set_placeholder("Bad Name!", "x")
    with pytest.raises(kalm.LimitError):
        session2.set_placeholder("agent", "x" * 1000)
    with pytest.raises(TypeError):
        session2.set_placeholder("agent", 5)

    class Odd(dict):
        def items(self):
            return [("agent",)]

    with pytest.raises(TypeError, match="placeholders"):
        kalm.Session(model, placeholders=Odd())
    with pytest.raises(kalm.ArgumentError):
        kalm.Session(model, placeholders={"Bad Name!": "x"})


def test_time_arguments(model):
    session = kalm.Session(model)
    aware = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)
    assert session.feed("hello", time=aware).messages == 1
    assert session.feed("hello", time=aware.timestamp() + 1.5).messages == 2
    assert session.feed("hello", time=int(aware.timestamp()) + 10).messages == 3
    assert session.feed("hello").messages == 4  # now
    for bad in ["yesterday", "12", b"12", [1], object()]:
        with pytest.raises(TypeError, match="time"):
            session.feed("hello", time=bad)
    for bad in [float("nan"), float("inf"), 1e300]:
        with pytest.raises(ValueError):
            session.feed("hello", time=bad)
    for bad in [2**80, -2**80, 2**63, 1e300, -1e300]:
        with pytest.raises(ValueError, match="^time out of range$"):
            session.feed("hello", time=bad)
    for bad in [True, False]:
        with pytest.raises(TypeError, match="time"):
            session.feed("hello", time=bad)
    with pytest.raises(ValueError, match="aware"):
        session.feed("hello", time=datetime.datetime(2024, 5, 1, 12, 0))
    assert session.feed("hello", time=datetime.datetime(
        2024, 5, 1, 14, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))).messages == 5


def test_warnings_lapse_after_warning_seconds(model):
    policy = kalm.Policy("warning_seconds = 100\n")
    session = kalm.Session(model, policy)
    assert session.feed("You are a useless idiot.", time=T0).action == kalm.STATE_LIMITS
    later = session.feed("You are a useless idiot.", time=T0 + 1000)
    assert later.action == kalm.STATE_LIMITS
    assert later.expired is True


def test_incident_record(model):
    session = kalm.Session(model, conversation="chat-42")
    feed_all(session, ["Hello there.", "You are a useless idiot.", "Fine, thanks."])
    record = session.incident()
    assert isinstance(record, dict)
    text = json.dumps(record)
    assert "chat-42" in text
    # Matched words are redacted: only their first letter stays.
    assert "idiot" not in text
    assert json.loads(session.incident_json()) == record


def test_save_restore_round_trip(model):
    session = kalm.Session(model, conversation="round-trip")
    feed_all(session, ["Hello.", "You are a useless idiot."])
    blob = session.save()
    assert isinstance(blob, bytes) and 0 < len(blob) <= kalm.SESSION_BLOB_MAX
    restored = kalm.Session.restore(model, blob)
    assert restored.conversation == "round-trip"
    assert restored.incident() == session.incident()
    # Both continue the same way: limits were stated, so the next is TRANSFER.
    a = session.feed("Shut up, you stupid moron.", time=T0 + 300)
    b = restored.feed("Shut up, you stupid moron.", time=T0 + 300)
    assert a.action == b.action == kalm.TRANSFER
    assert a.messages == b.messages == 3
    # Keyword form and a bytearray blob.
    again = kalm.Session.restore(model=model, data=bytearray(blob), policy=kalm.Policy())
    assert again.conversation == "round-trip"


@pytest.mark.parametrize("mangle", ["empty", "truncated", "flipped", "foreign"])
def test_restore_refuses_bad_blobs(model, mangle):
    session = kalm.Session(model)
    session.feed("You are a useless idiot.", time=T0)
    blob = bytearray(session.save())
    if mangle == "empty":
        blob = b""
    elif mangle == "truncated":
        blob = bytes(blob[: len(blob) // 2])
    elif mangle == "flipped":
        blob[-1] ^= 0x55
        blob = bytes(blob)
    else:
        blob = b"NOPE" + bytes(blob[4:])
    with pytest.raises(kalm.StateError) as info:
        kalm.Session.restore(model, blob)
    assert info.value.code == -6
    assert info.value.message


def test_session_argument_errors(model):
    with pytest.raises(TypeError, match="kalm.Model"):
        kalm.Session("model")
    with pytest.raises(TypeError, match="kalm.Policy"):
        kalm.Session(model, policy={"warning_seconds": 1})
    with pytest.raises(kalm.LimitError):
        kalm.Session(model, conversation="x" * (kalm.SESSION_ID_MAX + 1))
    with pytest.raises(TypeError):
        kalm.Session(model, conversation=5)
    with pytest.raises(TypeError):
        kalm.Session.restore(model, "not bytes")
    with pytest.raises(TypeError):
        kalm.Session(model).feed(None)


def test_session_conversation_and_repr(model):
    session = kalm.Session(model, conversation=b"raw-id")
    assert session.conversation == "raw-id"
    assert session.model is model
    assert "raw-id" in repr(session)
    session.feed("hello", time=T0)
    assert "RESPOND_CALMLY" in repr(session)


def test_session_pickles_with_default_policy(model):
    session = kalm.Session(model, conversation="p")
    session.feed("You are a useless idiot.", time=T0)
    clone = pickle.loads(pickle.dumps(session))
    assert clone.conversation == "p"
    assert clone.feed("Shut up, you stupid moron.", time=T0 + 60).action == kalm.TRANSFER
    changed = kalm.Policy()
    changed.set("limits_before_transfer", 2)
    for custom in (kalm.Session(model, changed),
                   kalm.Session(model, kalm.Policy("limits_before_transfer = 2\n")),
                   kalm.Session.restore(model, session.save(), changed)):
        with pytest.raises(TypeError, match="save"):
            pickle.dumps(custom)


def test_session_with_an_unchanged_policy_pickles(model):
    policy = kalm.Policy()
    session = kalm.Session(model, policy, conversation="q")
    # the session copied the defaults: a later change is not its policy
    policy.set("limits_before_transfer", 2)
    session.feed("You are a useless idiot.", time=T0)
    clone = pickle.loads(pickle.dumps(session))
    assert clone.conversation == "q"
    assert clone.feed("Shut up, you stupid moron.", time=T0 + 60).action == kalm.TRANSFER
    restored = kalm.Session.restore(model, session.save(), kalm.Policy())
    assert pickle.loads(pickle.dumps(restored)).conversation == "q"


def test_one_session_from_many_threads_is_serialised(model):
    session = kalm.Session(model)
    errors = []

    def worker():
        try:
            for _ in range(50):
                session.feed("My order is late, please check.", time=T0)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert session.feed("hello", time=T0).messages == 201


# --- Policy ---------------------------------------------------------------

def test_policy_defaults_and_set_get():
    policy = kalm.Policy()
    assert policy.get("limits_before_transfer") == "1"
    policy.set("limits_before_transfer", 2)
    assert policy.get("limits_before_transfer") == "2"
    policy.set("abuse_threshold", 0.5)
    assert float(policy.get("abuse_threshold")) == 0.5
    policy.set("warning_seconds", "0")
    assert policy.get("warning_seconds") == "0"
    long_reply = "Please stop. " * 100
    policy.set("reply.en.transfer", long_reply.strip())
    assert policy.get("reply.en.transfer") == long_reply.strip()


def test_policy_errors():
    policy = kalm.Policy()
    with pytest.raises(kalm.ArgumentError) as info:
        policy.set("no_such_key", "1")
    assert isinstance(info.value, ValueError)
    assert info.value.code == -1
    with pytest.raises(kalm.ArgumentError):
        policy.set("limits_before_transfer", "many")
    assert policy.get("limits_before_transfer") == "1"
    with pytest.raises(kalm.NotFoundError):
        policy.get("no_such_key")
    with pytest.raises(TypeError):
        policy.set("warning_seconds", [1])
    with pytest.raises(ValueError):
        policy.set("warning_seconds", "1\0")
    with pytest.raises(TypeError):
        pickle.dumps(policy)


def test_policy_text_and_syntax_errors(tmp_path):
    policy = kalm.Policy("limits_before_transfer = 3\n# comment\n")
    assert policy.get("limits_before_transfer") == "3"
    with pytest.raises(kalm.LexiconError) as info:
        policy.parse("warning_seconds = 10\nthis line is wrong\n", name="acme.policy")
    err = info.value
    assert err.file == "acme.policy"
    assert err.line == 2
    assert err.column >= 1
    # Nothing half applied.
    assert policy.get("warning_seconds") == "86400"
    path = tmp_path / "acme.policy"
    path.write_text("transfers_before_end = 2\n", encoding="utf-8")
    assert kalm.Policy.load(path).get("transfers_before_end") == "2"
    path.write_text("transfers_before_end = 2\n= oops\n", encoding="utf-8")
    with pytest.raises(kalm.LexiconError) as info:
        kalm.Policy.load(str(path))
    assert info.value.file.endswith("acme.policy") and info.value.line == 2
    with pytest.raises(kalm.FileError):
        kalm.Policy.load(tmp_path / "missing.policy")


def test_policy_load_file_errors_name_the_path(tmp_path):
    missing = tmp_path / "missing.policy"
    with pytest.raises(kalm.FileError) as info:
        kalm.Policy.load(missing)
    err = info.value
    assert (err.errno, err.strerror, err.filename) == (
        errno.ENOENT, os.strerror(errno.ENOENT), str(missing))
    assert str(missing) in str(err)
    with pytest.raises(kalm.FileError) as info:
        kalm.Policy.load(tmp_path)
    err = info.value
    assert (err.errno, err.filename) == (errno.EISDIR, str(tmp_path))
    assert str(tmp_path) in str(err) and os.strerror(errno.EISDIR) in str(err)


def test_policy_changes_only_new_sessions(model):
    policy = kalm.Policy()
    session = kalm.Session(model, policy)
    policy.set("limits_before_transfer", 0)
    strict = kalm.Session(model, policy)
    text = "You are a useless idiot."
    assert session.feed(text, time=T0).action == kalm.STATE_LIMITS
    assert strict.feed(text, time=T0).action == kalm.TRANSFER


def test_random_messages_never_break_a_session(model):
    import random

    rng = random.Random(99)
    session = kalm.Session(model)
    for i in range(300):
        n = rng.randrange(0, 120)
        raw = bytes(rng.randrange(256) for _ in range(n))
        text = raw if i % 2 else raw.decode("utf-8", "surrogateescape")
        d = session.feed(text, time=T0 + i)
        assert d.action in kalm.ACTIONS
        assert d.messages == i + 1
    record = json.loads(session.incident_json())  # valid JSON whatever came in
    assert record["messages"] == 300
    assert kalm.Session.restore(model, session.save()).incident() == session.incident()
