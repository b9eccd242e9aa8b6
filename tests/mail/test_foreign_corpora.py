"""kalm-mail on mail it was not written for: the odd messages a mail
library keeps in its own test suite (CPython's email package, Debian's
libpython3.X-testsuite: digests, nested multiparts, broken boundaries,
odd charsets and headers).  Every message must be accounted for and none
may stop the scan; each filter run must give the message back with only
the kalm headers added."""
import glob
import os
import shutil

import pytest

from conftest import records, run

CORPORA = sorted(glob.glob("/usr/lib/python3*/test/test_email/data"))


def messages():
    if not CORPORA:
        return []
    return sorted(glob.glob(os.path.join(CORPORA[-1], "msg_*.txt")))


pytestmark = pytest.mark.skipif(
    not messages(), reason="CPython's email test data is not installed "
    "(libpython3.X-testsuite)")


def test_every_message_is_accounted_for(kalm_mail, tmp_path):
    files = messages()
    for f in files:
        shutil.copy(f, tmp_path / os.path.basename(f))
    out, err, code = run(kalm_mail, ["scan", "--format", "jsonl", "--no-progress",
                                     "--by-input", str(tmp_path)], cwd=str(tmp_path))
    assert code == 0
    recs = records(out)
    assert len(recs) == len(files)
    seen = sorted(os.path.basename(r["source"].split(":")[0]) for r in recs)
    assert seen == sorted(os.path.basename(f) for f in files)
    for r in recs:
        assert r["status"] in ("scored", "unreadable")
        if r["status"] == "unreadable":
            assert r["error"], r
        else:
            assert 0.0 <= r["score"] <= 1.0
    assert "%d messages read" % len(files) in err


@pytest.mark.parametrize("path", messages(), ids=os.path.basename)
def test_filter_keeps_every_byte(kalm_mail, path):
    with open(path, "rb") as f:
        original = f.read()
    out, _, code = run(kalm_mail, ["filter"], stdin=original)
    assert code == 0
    added = [l.split(b":")[0] for l in out.splitlines(keepends=True)
             if l.startswith(b"X-Kalm-")]
    assert added[:4] == [b"X-Kalm-Score", b"X-Kalm-Action",
                         b"X-Kalm-Categories", b"X-Kalm-Language"]
    assert added[4:] in ([], [b"X-Kalm-Error"])  # why it could not be read
    assert b"".join(l for l in out.splitlines(keepends=True)
                    if not l.startswith(b"X-Kalm-")) == original
