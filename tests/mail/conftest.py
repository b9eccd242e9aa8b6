"""Fixtures for the kalm-mail tests: the binary, the sample archive and
its manifest (examples/data/manifest.json, written by make_sample.py)."""
import json
import os
import subprocess

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "examples", "data")
SAMPLE_PATHS = ["support.mbox", "Maildir", "eml", "malformed.mbox"]


def pytest_addoption(parser):
    parser.addoption("--kalm-mail", default=None,
                     help="path to the built kalm-mail binary")


@pytest.fixture(scope="session")
def kalm_mail(request):
    path = (request.config.getoption("--kalm-mail") or os.environ.get("KALM_MAIL")
            or os.path.join(ROOT, "build-mail", "examples", "mail", "kalm-mail"))
    if not os.access(path, os.X_OK):
        pytest.fail("kalm-mail binary not found at %s (pass --kalm-mail)" % path)
    return os.path.abspath(path)


@pytest.fixture(scope="session")
def manifest():
    with open(os.path.join(DATA, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


def run(binary, args, stdin=None, cwd=DATA, check=True):
    """Run kalm-mail; returns (stdout bytes, stderr text, exit code)."""
    p = subprocess.run([binary] + args, input=stdin, cwd=cwd,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if check and p.returncode != 0:
        raise AssertionError("kalm-mail %s exited %d: %s" % (
            " ".join(args), p.returncode, p.stderr.decode("utf-8", "replace")))
    return p.stdout, p.stderr.decode("utf-8", "replace"), p.returncode


def records(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


@pytest.fixture(scope="session")
def scan_all(kalm_mail):
    """Every sample message, with the decoded text buckets."""
    out, err, _ = run(kalm_mail, ["scan", "-j", "2", "--with-text", "--by-input"]
                      + SAMPLE_PATHS)
    return records(out), err


@pytest.fixture(scope="session")
def by_source(scan_all):
    return {r["source"]: r for r in scan_all[0]}
