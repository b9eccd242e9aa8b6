"""kalm-mail filter: the message comes back byte for byte, plus four
X-Kalm-* headers at the end of its header block, in its own line ending."""
import os
import subprocess

import pytest

from conftest import DATA, run

ACTIONS = {"RESPOND_CALMLY", "STATE_LIMITS", "TRANSFER", "END_SESSION"}
LANGS = {"nl", "af", "pl", "en", "unknown"}


def header_end(data):
    """Offset of the blank line that ends the header block."""
    if data.startswith(b"\n") or data.startswith(b"\r\n"):
        return 0  # no headers at all
    lf = data.find(b"\n\n")
    crlf = data.find(b"\r\n\r\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return crlf + 2
    return lf + 1 if lf >= 0 else len(data)


def filtered(kalm_mail, data):
    out, _, code = run(kalm_mail, ["filter"], stdin=data)
    assert code == 0
    return out


def check_preserved(data, out):
    """OUT is DATA with only X-Kalm-* header lines inserted at the end of
    the header block.  Returns the added headers as a dict."""
    at = header_end(data)
    assert out[:at] == data[:at], "header block changed"
    tail = len(data) - at
    assert out[len(out) - tail:] == data[at:], "body changed"
    added = out[at:len(out) - tail]
    eol = b"\r\n" if data[:at].endswith(b"\r\n") else b"\n"
    assert added.endswith(eol)
    lines = added[:-len(eol)].split(eol)
    headers = {}
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, "mixed line endings"
        name, _, value = line.decode("ascii").partition(": ")
        assert name.startswith("X-Kalm-"), line
        headers[name] = value
    assert {"X-Kalm-Score", "X-Kalm-Action", "X-Kalm-Categories",
            "X-Kalm-Language"} <= set(headers)
    assert 0.0 <= float(headers["X-Kalm-Score"]) <= 1.0
    assert headers["X-Kalm-Action"] in ACTIONS
    assert headers["X-Kalm-Language"] in LANGS
    return headers


def mbox_messages(name):
    """The sample mbox's messages as stored (From_ line dropped)."""
    with open(os.path.join(DATA, name), "rb") as f:
        data = f.read()
    parts = data.split(b"\nFrom MAILER-DAEMON ")
    out = []
    for i, part in enumerate(parts):
        if i == 0:
            part = part[len(b"From MAILER-DAEMON "):]
        out.append(part.split(b"\n", 1)[1] + b"\n")
    return out


@pytest.mark.parametrize("name", sorted(os.listdir(os.path.join(DATA, "eml"))))
def test_eml_files_are_preserved(kalm_mail, name):
    with open(os.path.join(DATA, "eml", name), "rb") as f:
        data = f.read()
    check_preserved(data, filtered(kalm_mail, data))


def test_every_mbox_message_is_preserved(kalm_mail):
    msgs = mbox_messages("support.mbox") + mbox_messages("malformed.mbox")
    assert len(msgs) > 30
    for data in msgs:
        check_preserved(data, filtered(kalm_mail, data))


def test_crlf_base64_multipart(kalm_mail):
    with open(os.path.join(DATA, "eml", "crlf-multipart-base64.eml"), "rb") as f:
        data = f.read()
    assert b"\r\n" in data and b"base64" in data
    out = filtered(kalm_mail, data)
    h = check_preserved(data, out)
    assert out.count(b"\n") == out.count(b"\r\n")
    assert h["X-Kalm-Language"] == "pl"


def test_html_only_abuse_is_scored(kalm_mail):
    with open(os.path.join(DATA, "eml", "html-only-af.eml"), "rb") as f:
        data = f.read()
    h = check_preserved(data, filtered(kalm_mail, data))
    assert "insult" in h["X-Kalm-Categories"]
    assert h["X-Kalm-Action"] != "RESPOND_CALMLY"


def test_threat_ends_the_session(kalm_mail):
    with open(os.path.join(DATA, "eml", "threat-en.eml"), "rb") as f:
        data = f.read()
    h = check_preserved(data, filtered(kalm_mail, data))
    assert h["X-Kalm-Action"] == "END_SESSION"
    assert "threat" in h["X-Kalm-Categories"]


def test_quoted_printable_body_bytes_kept(kalm_mail):
    with open(os.path.join(DATA, "eml", "cp1252-qp-nl.eml"), "rb") as f:
        data = f.read()
    assert b"=80" in data  # the euro sign, still encoded
    out = filtered(kalm_mail, data)
    check_preserved(data, out)
    assert b"=80" in out and "\u20ac".encode() not in out


def test_mbox_from_line_is_kept(kalm_mail):
    data = (b"From someone@example.com Mon Jan 19 10:00:00 2026\n"
            b"From: a@example.com\nSubject: hi\n\nYou useless idiot.\n")
    out = filtered(kalm_mail, data)
    assert out.startswith(b"From someone@example.com Mon Jan 19")
    assert out.endswith(b"\n\nYou useless idiot.\n")


def test_headers_only_without_final_newline(kalm_mail):
    data = b"From: a@example.com\nSubject: nothing else"
    out = filtered(kalm_mail, data)
    assert out.startswith(data + b"\nX-Kalm-")
    assert out.endswith(b"\n")


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02", b"no headers here\n\nbody\n",
                                  b"\n\n\n", b"Subject: x\r\n\r\n" + bytes(range(256))])
def test_odd_input_passes_through(kalm_mail, data):
    out = filtered(kalm_mail, data)
    at = header_end(data)
    assert out[:at] == data[:at] and out.endswith(data[at:])
    assert b"X-Kalm-Action: " in out


@pytest.mark.parametrize("subject,abusive", [("You useless idiot", True),
                                             ("Re: You useless idiot", False),
                                             ("Fwd: You useless idiot", False)])
def test_subject_counts_only_when_the_customer_wrote_it(kalm_mail, subject, abusive):
    data = ("From: a@example.com\nSubject: %s\n\nWhere is my parcel?\n" % subject).encode()
    h = check_preserved(data, filtered(kalm_mail, data))
    assert ("insult" in h["X-Kalm-Categories"]) == abusive, h
    assert (h["X-Kalm-Action"] != "RESPOND_CALMLY") == abusive, h


def test_bare_cr_headers_go_at_the_end_of_the_header_block(kalm_mail):
    data = b"From: a@example.com\rSubject: s\r\rYou useless idiot.\r"
    out = filtered(kalm_mail, data)
    head, _, body = out.partition(b"\r\r")
    assert head.startswith(b"From: a@example.com\rSubject: s\rX-Kalm-Score: ")
    assert b"\n" not in out and body == b"You useless idiot.\r"
    assert b"X-Kalm-Categories: insult" in head


# ---- command line and standard streams ----------------------------------------

def closed(fd):
    return lambda: os.close(fd)


@pytest.mark.parametrize("option", [["-j", "2"], ["-j2"], ["--with-text"], ["--by-input"],
                                    ["--format", "csv"], ["--no-progress"], ["--worst", "3"]])
def test_scan_options_are_usage_errors_for_filter(kalm_mail, option):
    _, err, code = run(kalm_mail, ["filter"] + option, stdin=b"Subject: x\n\nhi\n", check=False)
    assert code == 2 and "usage:" in err


def test_filter_with_closed_stdout_fails(kalm_mail):
    p = subprocess.run([kalm_mail, "filter"], input=b"Subject: x\n\nhi\n",
                       stderr=subprocess.PIPE, preexec_fn=closed(1), timeout=60)
    assert p.returncode == 74 and b"standard output is closed" in p.stderr


def test_filter_with_closed_stdin_fails(kalm_mail):
    p = subprocess.run([kalm_mail, "filter"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, preexec_fn=closed(0), timeout=60)
    assert p.returncode == 74 and b"standard input is closed" in p.stderr
    assert p.stdout == b""
