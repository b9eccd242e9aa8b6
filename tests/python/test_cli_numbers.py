"""`kalm score` writes its numbers by hand, not with printf: they must be
exactly what printf's "%.3f" makes of the same verdict's values."""

import json
import os
import subprocess

import pytest

import kalm

from conftest import SOURCE_ROOT

CLI = os.environ.get("KALM_CLI")


@pytest.mark.skipif(not CLI, reason="KALM_CLI is set by meson test")
def test_score_numbers_are_printf_three_decimals():
    with open(SOURCE_ROOT / "examples" / "chats.txt", encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    for path in sorted((SOURCE_ROOT / "tests" / "cases").glob("*.tsv")):
        with open(path, encoding="utf-8") as f:
            lines += [l.rstrip("\n").split("\t", 3)[-1] for l in f
                      if l.strip() and not l.startswith("#")]
    assert len(lines) > 500
    out = subprocess.run([CLI, "score"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True,
                         timeout=120).stdout.splitlines()
    assert len(out) == len(lines)
    model = kalm.Model.default()
    nonzero = 0
    for text, row in zip(lines, out):
        v = model.score(text)
        # the raw text: numbers as written, before JSON parsing rounds them
        assert f'"score": {v.score:.3f},' in row, (text, row)
        assert f'"confidence": {v.confidence:.3f},' in row, (text, row)
        for cat, value in v.categories.items():
            assert f'"{cat}": {value:.3f}' in row, (text, cat, row)
            nonzero += value != 0
        json.loads(row)
    assert nonzero > 100
