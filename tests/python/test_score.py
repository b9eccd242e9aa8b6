"""Model.score and score_many, Verdict and Match."""

import json
import pickle
import sys

import pytest

import kalm


def insults(verdict):
    return [m for m in verdict.matches if m.category == "insult"]


def test_verdict_attributes(custom_model):
    v = custom_model.score("You idiot, not a refund again", lang="en")
    assert isinstance(v, kalm.Verdict)
    assert 0.0 < v.score <= 1.0
    assert v.abusive is True
    assert v.severity == 2
    assert v.targeted is True
    assert set(v.categories) == set(kalm.CATEGORIES)
    assert v.categories["insult"] > 0.0
    assert v.categories["threat"] == 0.0
    assert v.language == "en"
    assert v.lang_hint == "en"
    assert v.language_guess in kalm.LANGUAGES + ("unknown",)
    assert 0.0 <= v.confidence <= 1.0
    assert v.length == len("You idiot, not a refund again")
    assert v.invalid_bytes == 0
    assert v.match_total == len(v.matches) >= 2
    assert v.text == "You idiot, not a refund again"
    assert v.model is custom_model
    assert "abusive" in repr(v) and "score=" in repr(v)


def test_categories_is_a_fresh_dict(custom_model):
    v = custom_model.score("you idiot", "en")
    cats = v.categories
    cats["insult"] = -1.0
    assert v.categories["insult"] > 0.0


def test_clean_message(custom_model):
    v = custom_model.score("Thank you, the parcel arrived.", "en")
    assert v.abusive is False
    assert v.score == 0.0
    assert v.severity == 0
    assert v.targeted is False
    assert v.matches == ()
    assert v.action == kalm.RESPOND_CALMLY


def test_match_attributes(custom_model):
    text = "you damn idiot"
    v = custom_model.score(text, "en")
    by_cat = {m.category: m for m in v.matches}
    idiot = by_cat["insult"]
    assert isinstance(idiot, kalm.Match)
    assert (idiot.start, idiot.end) == (9, 14)
    assert (idiot.start_byte, idiot.end_byte) == (9, 14)
    assert idiot.text == "idiot" == text[idiot.start:idiot.end]
    assert idiot.severity == 2
    assert idiot.targeted is True
    assert idiot.negated is False
    assert idiot.counted is True
    assert idiot.rule is False
    assert idiot.term == "idiot+"
    assert idiot.lexicon == "en.lex"
    assert idiot.lexicon_line > 0
    damn = by_cat["profanity"]
    assert damn.text == "damn" and damn.severity == 1
    # Matches come in text order.
    assert [m.start for m in v.matches] == sorted(m.start for m in v.matches)
    assert "insult" in repr(idiot) and "'idiot'" in repr(idiot)
    d = idiot.as_dict()
    assert d["text"] == "idiot" and d["start"] == 9 and d["counted"] is True


def test_negated_match_does_not_count(custom_model):
    v = custom_model.score("you are not an idiot", "en")
    (m,) = insults(v)
    assert m.negated is True
    assert m.counted is False
    assert v.categories["insult"] == 0.0
    assert v.abusive is False


# --- Unicode: str indices and byte offsets --------------------------------

def check_span(text, match):
    """Both views of a match agree with the text."""
    assert text[match.start:match.end] == match.text
    raw = text.encode("utf-8", "surrogatepass")
    assert raw[match.start_byte:match.end_byte].decode("utf-8", "surrogatepass") == match.text


def test_polish_diacritics_before_and_in_a_match(custom_model):
    text = "Zażółć gęślą jaźń — ty debilu, kurwą!"
    v = custom_model.score(text, lang="pl")
    spans = {m.text: m for m in v.matches}
    debilu = spans["debilu"]
    assert debilu.start == text.index("debilu")
    assert debilu.start_byte == len(text[: debilu.start].encode())
    assert debilu.start_byte > debilu.start  # the diacritics take two bytes
    check_span(text, debilu)
    kurwa = spans["kurwą"]
    assert kurwa.start == text.index("kurwą")
    assert kurwa.end == kurwa.start + len("kurwą")
    assert kurwa.end_byte - kurwa.start_byte == len("kurwą".encode())
    check_span(text, kurwa)
    assert debilu.targeted
    assert v.language == "pl"


def test_emoji_before_a_match(custom_model):
    text = "😀😀 you 👍🏽 idiot 😡"
    v = custom_model.score(text, lang="en")
    (m,) = insults(v)
    assert m.start == text.index("idiot")
    assert m.end == m.start + 5
    assert m.start_byte == len(text[: m.start].encode())
    assert m.start_byte - m.start == 3 * 2 + 3 * 2  # four-byte emoji are one char
    check_span(text, m)


def test_ascii_fast_path_and_non_ascii_agree(custom_model):
    ascii_v = custom_model.score("xx you idiot", "en")
    wide_v = custom_model.score("éé you idiot", "en")
    assert insults(ascii_v)[0].start == insults(wide_v)[0].start == 7
    assert insults(wide_v)[0].start_byte == 9


def test_bytes_input_gives_byte_indices(custom_model):
    text = "gęś you idiot".encode()
    v = custom_model.score(text, "en")
    (m,) = insults(v)
    assert m.start == m.start_byte == text.index(b"idiot")
    assert m.text == b"idiot"
    assert v.text is text


@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_bytes_like_input_is_copied(custom_model, kind):
    buf = bytearray(b"you idiot")
    v = custom_model.score(kind(buf), "en")
    buf[4:9] = b"XXXXX"
    assert isinstance(v.text, bytes)
    assert v.text == b"you idiot"
    assert insults(v)[0].text == b"idiot"


def test_invalid_utf8_keeps_offsets(custom_model):
    text = b"\xff\xfe you \xc3 idiot \x80"
    v = custom_model.score(text, "en")
    assert v.invalid_bytes == 4
    assert v.length == len(text)
    (m,) = insults(v)
    assert text[m.start:m.end] == b"idiot"


def test_lone_surrogates_in_str(custom_model):
    text = b"caf\xe9 you idiot".decode("utf-8", "surrogateescape")
    v = custom_model.score(text, "en")
    (m,) = insults(v)
    assert m.start == text.index("idiot")
    assert m.text == "idiot"
    assert v.invalid_bytes > 0
    check_span(text, m)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\0",
        "you\0idiot",
        "\ufffd" * 100,
        "🙂" * 5000,
        "a" * 200_000,
        "you idiot " * 3000,
        "\U0010ffff\u200b\u0301" * 300,
        b"\xed\xa0\x80\xf4\x90\x80\x80\xc0\xaf" * 50,
    ],
    ids=lambda t: "%s-%d" % (type(t).__name__, len(t)),
)
def test_any_input_scores_without_crashing(custom_model, model, text):
    for m in (custom_model, model):
        v = m.score(text)
        assert 0.0 <= v.score <= 1.0
        n = len(text.encode("utf-8", "surrogatepass")) if isinstance(text, str) else len(text)
        assert v.length == n
        for match in v.matches:
            assert 0 <= match.start <= match.end <= len(text)
            assert 0 <= match.start_byte <= match.end_byte <= n
            assert text[match.start:match.end] == match.text


def test_match_limit(custom_model):
    text = "you idiot " * (kalm.MATCH_LIMIT + 50)
    v = custom_model.score(text, "en")
    assert len(v.matches) == kalm.MATCH_LIMIT
    assert v.match_total > kalm.MATCH_LIMIT
    last = v.matches[-1]
    assert text[last.start:last.end] == last.text


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["you idiot"], object()])
def test_text_type_errors(custom_model, bad):
    with pytest.raises(TypeError, match="text must be"):
        custom_model.score(bad)


def test_lang_argument(custom_model):
    assert custom_model.score("you idiot", lang=None).lang_hint is None
    assert custom_model.score("you idiot", lang="EN-gb").lang_hint == "en"
    assert custom_model.score("you idiot", "pl-PL").lang_hint == "pl"
    # A locale the library does not read is the same as no hint.
    assert custom_model.score("you idiot", lang="de-DE").lang_hint is None
    with pytest.raises(TypeError, match="lang"):
        custom_model.score("you idiot", lang=4)
    with pytest.raises(ValueError):
        custom_model.score("you idiot", lang="e\0n")
    with pytest.raises(TypeError):
        custom_model.score("you idiot", "en", "extra")
    with pytest.raises(TypeError):
        custom_model.score(text="you idiot", language="en")


def test_score_many_matches_score(custom_model):
    texts = ["you idiot", "hello", "ty debilu".encode(), "kurwa, ty debilu"]
    langs = ["en", None, "pl", "pl"]
    many = custom_model.score_many(texts, lang=langs)
    assert len(many) == len(texts)
    for text, lang, v in zip(texts, langs, many):
        one = custom_model.score(text, lang)
        assert v.score == one.score
        assert [m.start for m in v.matches] == [m.start for m in one.matches]
        assert v.text is text
        assert v.lang_hint == one.lang_hint
    assert custom_model.score_many([]) == []
    assert [v.lang_hint for v in custom_model.score_many(iter(["a", "b"]), "pl")] == ["pl", "pl"]


def test_score_many_across_batches_is_score_for_each(custom_model):
    # more texts than one call of the library takes, hints changing
    base = ["you idiot", "hello there", "ty debilu", "kurwa, ty debilu", "", "dank je wel"]
    texts = [base[i % len(base)] + (" " * (i % 3)) for i in range(150)]
    langs = [(None, "en", "pl", "nl", "af")[i % 5] for i in range(150)]
    many = custom_model.score_many(texts, lang=langs)
    assert len(many) == 150
    for text, lang, v in zip(texts, langs, many):
        one = custom_model.score(text, lang)
        assert (v.score, v.language, v.lang_hint) == (one.score, one.language, one.lang_hint)
        assert [(m.start, m.end, m.category) for m in v.matches] == [
            (m.start, m.end, m.category) for m in one.matches
        ]
    assert sum(v.abusive for v in many) > 30


def test_score_many_errors(custom_model):
    with pytest.raises(TypeError):
        custom_model.score_many("you idiot")
    with pytest.raises(TypeError):
        custom_model.score_many(["ok", 5])
    with pytest.raises(ValueError, match="one code per text"):
        custom_model.score_many(["a", "b"], lang=["en"])
    with pytest.raises(TypeError):
        custom_model.score_many(["a"], lang=[3])
    with pytest.raises(TypeError):
        custom_model.score_many(5)


def test_as_dict(custom_model):
    v = custom_model.score("you idiot", "en")
    d = v.as_dict()
    assert d["abusive"] is True
    assert d["language"] == "en"
    assert d["categories"]["insult"] == v.categories["insult"]
    assert d["matches"][0]["text"] == "idiot"
    assert "action" not in d
    assert v.as_dict(action=True)["action"] == v.action
    # Plain data: it pickles, unlike the verdict itself.
    assert pickle.loads(pickle.dumps(d)) == d
    with pytest.raises(TypeError, match="as_dict"):
        pickle.dumps(v)


@pytest.mark.parametrize("text", [
    "you idiot \udcff",
    b"you idiot \xff",
    bytearray(b"you idiot \xff"),
    memoryview(b"\xffyou idiot"),
])
def test_as_dict_is_json_ready_for_every_input(custom_model, text):
    v = custom_model.score(text, "en")
    d = v.as_dict(action=True)
    assert json.loads(json.dumps(d)) == d
    (m,) = v.matches
    (dm,) = d["matches"]
    assert dm["text"] == "idiot"
    assert type(dm["text"]) is str
    # the attribute keeps the type of the input
    assert m.text == ("idiot" if isinstance(text, str) else b"idiot")
    assert m.as_dict()["text"] == "idiot"
    assert json.loads(json.dumps(m.as_dict())) == m.as_dict()


def test_as_dict_decodes_invalid_utf8_in_bytes_match_text():
    model = kalm.Model.from_sources({"en.lex": "@lang en\nidiot* insult 2\n"})
    v = model.score(b"you idiot\xff\xfe!", "en")
    (m,) = v.matches
    assert m.text == b"idiot\xff\xfe"
    assert m.as_dict()["text"] == "idiot\ufffd\ufffd"
    assert json.dumps(v.as_dict())


def test_single_message_action(model):
    assert model.score("Where is my parcel? It was due Monday.", "en").action == kalm.RESPOND_CALMLY
    assert model.score("You are a useless idiot.", "en").action == kalm.STATE_LIMITS
    assert model.score("I will find you and kill you.", "en").action == kalm.END_SESSION


def test_default_model_reads_all_four_languages(model):
    cases = {
        "en": "You are a complete idiot.",
        "nl": "Jij bent echt een idioot.",
        "pl": "Ty debilu jeden.",
        "af": "Jy is 'n simpel idioot.",
    }
    for lang, text in cases.items():
        v = model.score(text)
        assert v.abusive, (lang, text)
        assert v.language == lang, (lang, text, v.language)


def test_verdict_keeps_its_text_alive(custom_model):
    text = "".join(["you ", "idiot ", "é"])
    before = sys.getrefcount(text)
    v = custom_model.score(text, "en")
    assert sys.getrefcount(text) > before
    assert v.matches[0].text == "idiot"
    del v
    assert sys.getrefcount(text) == before


def random_texts(seed, count):
    """Random messages: raw bytes, and str drawn from awkward code points."""
    import random

    rng = random.Random(seed)
    alphabet = ("you idiot kurwa debilu ąęłńóśźż 😀👍🏽\u200b\u0301\ufffd\0\n\t'\".,!?"
                "\ud800\udfff\U0010ffff")
    for i in range(count):
        n = rng.randrange(0, 200)
        if i % 2:
            yield bytes(rng.randrange(256) for _ in range(n))
        else:
            yield "".join(rng.choice(alphabet) for _ in range(n))


def test_random_inputs_keep_every_invariant(custom_model, model):
    for text in random_texts(1234, 1500):
        for m in (custom_model, model):
            v = m.score(text, lang="pl")
            raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
            assert v.length == len(raw)
            assert 0 <= v.invalid_bytes <= len(raw)
            assert 0.0 <= v.score <= 1.0
            assert v.abusive == (v.score >= m.threshold)
            assert len(v.matches) <= v.match_total
            for match in v.matches:
                assert 0 <= match.start <= match.end <= len(text)
                assert 0 <= match.start_byte <= match.end_byte <= len(raw)
                assert text[match.start:match.end] == match.text
                assert raw[match.start_byte:match.end_byte] == (
                    match.text.encode("utf-8", "surrogatepass")
                    if isinstance(text, str) else match.text)


@pytest.mark.parametrize("cls", [kalm.Verdict, kalm.Match, kalm.Decision])
def test_results_are_made_by_the_library_only(cls):
    with pytest.raises(TypeError):
        cls()
    with pytest.raises(TypeError):
        class Sub(cls):  # noqa: F841 - the class statement itself fails
            pass


def test_results_are_read_only(custom_model):
    v = custom_model.score("you idiot", "en")
    with pytest.raises(AttributeError):
        v.score = 0.0
    with pytest.raises(AttributeError):
        v.matches[0].start = 0
