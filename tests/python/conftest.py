"""Shared fixtures for the kalm Python binding tests.

Run with Debian's interpreter and the package on PYTHONPATH, as
`meson test -C BUILD --suite python` does:

    PYTHONPATH=BUILD/bindings/python /usr/bin/python3 -m pytest tests/python
"""

import os
import pathlib

import pytest

import kalm

SOURCE_ROOT = pathlib.Path(
    os.environ.get("KALM_SOURCE_ROOT", pathlib.Path(__file__).resolve().parents[2])
)

# Small lexicons with known entries, so the binding tests do not depend on
# how the shipped lexicons are tuned.
EN_LEX = """\
@lang en
you         you
your        you
not         negator
idiot+      insult 2
moron+      insult 2
damn        profanity 1
refund      frustration 1
"kill you"  threat 4
"""

PL_LEX = """\
@lang pl
ty          you
cię         you
nie         negator
debil+      insult 2 target
debilu      insult 2 vocative
kurw*       profanity 1
"""

CUSTOM_SOURCES = {"en.lex": EN_LEX, "pl.lex": PL_LEX}


@pytest.fixture(scope="session")
def model():
    """The default model built into the library."""
    return kalm.Model.default()


@pytest.fixture(scope="session")
def custom_model():
    """A model compiled from CUSTOM_SOURCES."""
    return kalm.Model.from_sources(CUSTOM_SOURCES)


@pytest.fixture
def lexicon_dir(tmp_path):
    """A directory of lexicon files for Model.load."""
    for name, text in CUSTOM_SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path
