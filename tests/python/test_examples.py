"""The example scripts in examples/python, run as a user would."""

import collections
import csv
import json
import os
import subprocess
import sys

import pytest

import kalm

from conftest import SOURCE_ROOT

EXAMPLES = SOURCE_ROOT / "examples" / "python"

ROWS = [
    ("en", "Hello, my order #4471 arrived broken. I want a refund."),
    ("en", "You are a useless idiot, fix it now."),
    ("en", "I will find you and kill you."),
    ("nl", "Goedemiddag, mijn factuur klopt niet."),
    ("nl", "Jij bent echt een waardeloze idioot."),
    ("pl", "Dzień dobry, paczka przyszła uszkodzona."),
    ("pl", "Ty debilu, nie umiesz czytać?"),
    ("af", "Goeiemôre, my bestelling het nog nie opgedaag nie."),
    ("", "😀 Zażółć gęślą jaźń, \"quoted\", with commas"),
]


def run(args, **kw):
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True,
        env=env, timeout=kw.pop("timeout", 120), **kw,
    )


# --- score_csv.py -----------------------------------------------------------

@pytest.fixture
def chat_csv(tmp_path):
    path = tmp_path / "chats.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "lang", "text"])
        for i, (lang, text) in enumerate(ROWS, start=1):
            w.writerow(["msg-%d" % i, lang, text])
    return path


def expected_verdicts(model):
    return [model.score(text, lang=lang or None) for lang, text in ROWS]


def test_score_csv_prints_a_table(chat_csv, model):
    proc = run([EXAMPLES / "score_csv.py", chat_csv])
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["id", "lang", "score", "abusive", "sev", "category",
                                "action", "message"]
    assert set(lines[1]) <= {"-", " "}
    body = lines[2 : 2 + len(ROWS)]
    verdicts = expected_verdicts(model)
    for i, (line, v) in enumerate(zip(body, verdicts), start=1):
        cells = line.split()
        assert cells[0] == "msg-%d" % i
        assert cells[1] == v.language
        assert cells[2] == "%.2f" % v.score
        assert cells[3] == ("yes" if v.abusive else "no")
        assert cells[6] == v.action
    abusive = sum(v.abusive for v in verdicts)
    assert abusive >= 3
    assert lines[-1] == "%d messages, %d abusive" % (len(ROWS), abusive)
    assert "😀 Zażółć" in proc.stdout


def test_score_csv_reads_stdin_and_filters(chat_csv, model):
    proc = run([EXAMPLES / "score_csv.py", "--abusive-only", "-"],
               input=chat_csv.read_text(encoding="utf-8"))
    assert proc.returncode == 0, proc.stderr
    verdicts = expected_verdicts(model)
    shown = [l for l in proc.stdout.splitlines() if l.startswith("msg-")]
    assert len(shown) == sum(v.abusive for v in verdicts)


def test_score_csv_errors(chat_csv, tmp_path):
    proc = run([EXAMPLES / "score_csv.py", "--text-column", "body", chat_csv])
    assert proc.returncode == 2
    assert "no column 'body'" in proc.stderr
    proc = run([EXAMPLES / "score_csv.py", tmp_path / "missing.csv"])
    assert proc.returncode == 2 and "missing.csv" in proc.stderr
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "en.lex").write_text("idiot insultt 2\n", encoding="utf-8")
    proc = run([EXAMPLES / "score_csv.py", "--model", tmp_path / "bad", chat_csv])
    assert proc.returncode == 2 and "en.lex" in proc.stderr


# --- dask_score.py ----------------------------------------------------------

def corpus_rows(n):
    """N rows cycling through ROWS, each made unique."""
    return [(lang, "%s #%d" % (text, i)) for i, (lang, text) in
            zip(range(n), __import__("itertools").cycle(ROWS))]


def local_counts(model, rows):
    counts = collections.defaultdict(lambda: {"messages": 0, "abusive": 0,
                                              "actions": collections.Counter()})
    for lang, text in rows:
        v = model.score(text, lang=lang or None)
        c = counts[v.language]
        c["messages"] += 1
        c["abusive"] += v.abusive
        c["actions"][v.action] += 1
    return counts


def check_counts(result, expected, total):
    assert result["messages"] == total
    assert set(result["languages"]) == set(expected)
    for lang, c in expected.items():
        got = result["languages"][lang]
        assert got["messages"] == c["messages"], lang
        assert got["abusive"] == c["abusive"], lang
        assert got["actions"] == dict(c["actions"]), lang


def test_dask_example_on_a_local_cluster(tmp_path, model):
    pytest.importorskip("distributed")
    rows = corpus_rows(300)
    corpus = tmp_path / "corpus.tsv"
    with open(corpus, "w", encoding="utf-8") as f:
        f.write("lang\tlabel\ttext\n")
        for lang, text in rows:
            f.write("%s\t-\t%s\n" % (lang, text))
    out = tmp_path / "counts.json"
    proc = run([EXAMPLES / "dask_score.py", "--workers", "2", "--blocksize", "4KiB",
                "--json", out, corpus], timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["workers"] == 2
    assert result["partitions"] > 2
    check_counts(result, local_counts(model, rows), len(rows))
    table = proc.stdout.splitlines()
    assert table[0].split()[:4] == ["lang", "messages", "abusive", "targeted"]
    assert any(line.split()[:2] == ["all", str(len(rows))] for line in table)


def test_dask_example_with_a_scheduler_address(tmp_path, lexicon_dir):
    distributed = pytest.importorskip("distributed")
    rows = [("", text) for _, text in corpus_rows(120)]
    corpus = tmp_path / "mails.txt"
    corpus.write_text("".join(t + "\n" for _, t in rows), encoding="utf-8")
    custom = kalm.Model.load(lexicon_dir)
    out = tmp_path / "counts.json"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=2, processes=True,
                                  dashboard_address=None) as cluster:
        proc = run([EXAMPLES / "dask_score.py", "--scheduler", cluster.scheduler_address,
                    "--model", lexicon_dir, "--lang", "en", "--blocksize", "2KiB",
                    "--json", out, corpus], timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["workers"] == 2
    check_counts(result, local_counts(custom, [("en", t) for _, t in rows]), len(rows))


CONVERSATION = [
    "Hello, my parcel has not arrived.",
    "You are a useless idiot.",
    "Shut up, you stupid moron.",
    "You pathetic idiot, you are all morons.",
    "Hello?",
]


def test_dask_example_feeds_whole_conversations(tmp_path, model):
    pytest.importorskip("distributed")
    import random

    rows = []
    for conv in range(30):
        for turn, text in enumerate(CONVERSATION[: 2 + conv % 4]):
            rows.append(("conv-%d" % conv, 1_700_000_000 + 60 * turn, "en", text))
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)  # a conversation spans partitions
    corpus = tmp_path / "chats.tsv"
    with open(corpus, "w", encoding="utf-8") as f:
        f.write("conversation\tseconds\tlang\ttext\n")
        for row in shuffled:
            f.write("%s\t%d\t%s\t%s\n" % row)

    expected = collections.Counter()
    for conv in sorted({r[0] for r in rows}):
        session = kalm.Session(model, conversation=conv)
        for _, seconds, lang, text in sorted((r for r in rows if r[0] == conv),
                                             key=lambda r: r[1]):
            expected[session.feed(text, time=seconds, lang=lang).action] += 1
    assert expected[kalm.TRANSFER] > 0 and expected[kalm.END_SESSION] > 0

    out = tmp_path / "counts.json"
    proc = run([EXAMPLES / "dask_score.py", "--workers", "2", "--blocksize", "1KiB",
                "--conversation-column", "conversation", "--time-column", "seconds",
                "--json", out, corpus], timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["partitions"] > 2
    assert result["conversations"] == 30
    assert result["messages"] == len(rows)
    assert result["languages"]["en"]["actions"] == dict(expected)
    assert "in 30 conversations" in proc.stdout

    proc = run([EXAMPLES / "dask_score.py", "--conversation-column", "conversation",
                corpus])
    assert proc.returncode == 2 and "--time-column" in proc.stderr
