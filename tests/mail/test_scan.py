"""kalm-mail scan over the sample archive: accounting, decoding, quote and
forward stripping, threads, output formats and broken input."""
import csv
import io
import json
import os
import subprocess
import tempfile

import pytest

from conftest import DATA, SAMPLE_PATHS, records, run

ACTIONS = ["RESPOND_CALMLY", "STATE_LIMITS", "TRANSFER", "END_SESSION"]


def entry_record(by_source, entry):
    assert entry["source"] in by_source, "no record for %s" % entry["source"]
    return by_source[entry["source"]]


# ---- accounting -----------------------------------------------------------

def test_every_message_in_is_one_record_out(scan_all, manifest):
    recs, _ = scan_all
    assert len(recs) == len(manifest)
    assert sorted(r["source"] for r in recs) == sorted(e["source"] for e in manifest)


def test_summary_counts_match_records(scan_all, manifest):
    recs, err = scan_all
    unreadable = sum(1 for r in recs if r["status"] == "unreadable")
    assert "%d messages read, %d scored, %d unreadable" % (
        len(manifest), len(manifest) - unreadable, unreadable) in err
    assert "by language:" in err and "by action:" in err and "worst threads:" in err


def test_records_have_the_required_keys(scan_all):
    keys = {"source", "message_id", "from", "date", "thread", "status", "error",
            "language", "score", "abusive", "categories", "action", "excerpt",
            "quoted_abusive"}
    for r in scan_all[0]:
        assert keys <= set(r), r["source"]
        assert r["status"] in ("scored", "unreadable")
        if r["status"] == "scored":
            assert r["error"] is None and r["action"] in ACTIONS
            assert 0.0 <= r["score"] <= 1.0
        else:
            assert r["error"] and r["action"] is None


def test_status_and_errors_of_broken_messages(by_source, manifest):
    for e in manifest:
        r = entry_record(by_source, e)
        assert r["status"] == e["status"], (e["source"], r["error"], r["warnings"])
        if "error" in e:
            assert e["error"] in r["error"], (e["source"], r["error"])
        if "warning" in e:
            assert any(e["warning"] in w for w in r["warnings"]), (e["source"], r["warnings"])


def test_maildir_tmp_and_index_files_are_ignored(kalm_mail, manifest):
    out, _, _ = run(kalm_mail, ["scan", "--by-input", "Maildir"])
    recs = records(out)
    expected = sorted(e["source"] for e in manifest if e["box"].startswith("maildir/"))
    assert sorted(r["source"] for r in recs) == expected
    assert not any("tmp" in r["source"] or "dovecot" in r["source"] for r in recs)


def test_mbox_on_stdin(kalm_mail, manifest):
    with open(os.path.join(DATA, "support.mbox"), "rb") as f:
        out, _, _ = run(kalm_mail, ["scan", "--by-input", "-"], stdin=f.read())
    recs = records(out)
    expected = [e for e in manifest if e["box"] == "mbox"]
    assert len(recs) == len(expected)
    assert [r["source"] for r in recs] == [
        e["source"].replace("support.mbox", "<stdin>") for e in expected]


def test_sources_carry_mbox_byte_offsets(by_source):
    with open(os.path.join(DATA, "support.mbox"), "rb") as f:
        data = f.read()
    offsets = [r["offset"] for s, r in by_source.items() if s.startswith("support.mbox:")]
    assert offsets and all(data[o:o + 5] == b"From " for o in offsets)


# ---- decoding --------------------------------------------------------------

def test_decoded_text_contains_expected_phrases(by_source, manifest):
    for e in manifest:
        r = entry_record(by_source, e)
        for phrase in e.get("own_contains", []):
            assert phrase in r["text"], (e["source"], phrase, r["text"])


def test_decoded_headers(by_source, manifest):
    for e in manifest:
        r = entry_record(by_source, e)
        if "subject" in e:
            assert r["subject"] == e["subject"], e["source"]
        if "from_contains" in e:
            assert e["from_contains"] in r["from"], e["source"]
        if e.get("id"):
            assert r["message_id"] == e["id"]


def test_html_is_text_without_markup_script_or_style(by_source, manifest):
    e = next(e for e in manifest if e.get("id") == "af2.johan@voorbeeld.co.za")
    text = entry_record(by_source, e)["text"]
    for bad in ("<", "secret", "color:", "font-weight"):
        assert bad not in text


@pytest.mark.parametrize("html,broken", [
    ("<html><head><meta charset=utf-8><title>x</title>\n<body><p>You are a complete idiot</p>",
     False),
    ("<html><head><title>x</title><p>You are a complete idiot</p>", True),
    ("<p title='don't'>You are a complete idiot</p>", False),
    ("<p title='dont>You are a complete idiot</p>", True),
    ("<p>hello</p><script>var x = 1;\n<p>You are a complete idiot</p>", True),
    ("<p>hello</p><!-- note\n<p>You are a complete idiot</p>", True),
], ids=["head-ends-at-body", "head-never-closed", "stray-quote", "quote-never-closed",
        "script-never-closed", "comment-never-closed"])
def test_broken_html_keeps_its_text(kalm_mail, tmp_path, html, broken):
    (tmp_path / "m.eml").write_bytes(
        b"From: a@example.com\nSubject: s\nMessage-ID: <html@example.com>\n"
        b"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html.encode())
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert "You are a complete idiot" in r["text"] and r["abusive"] is True
    assert "<" not in r["text"] and "title" not in r["text"]
    assert any("broken HTML" in w for w in r["warnings"]) == broken, r["warnings"]


HEAD = (b"From: a@example.com\nSubject: s\nMessage-ID: <part@example.com>\n"
        b"MIME-Version: 1.0\n")
ABUSE = b"You are a complete idiot and a moron.\n"


@pytest.mark.parametrize("headers", [
    b"Content-Type: text/plain\nContent-Disposition: inline; filename=body.txt\n",
    b"Content-Type: text/plain; charset=utf-8; name=\"message.txt\"\n",
    b"Content-Type: garbage\n",
    b"Content-Type: ;charset=utf-8\n",
    b"Content-Type: text/\n",
], ids=["inline-with-filename", "whole-body-with-name", "garbage", "no-type", "no-subtype"])
def test_text_parts_read_as_text(kalm_mail, tmp_path, headers):
    (tmp_path / "m.eml").write_bytes(HEAD + headers + b"\n" + ABUSE)
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["text"] == "s\n\n" + ABUSE.decode().strip(), r
    assert r["attachments"] == 0


def test_a_named_text_part_beside_the_body_is_an_attachment(kalm_mail, tmp_path):
    (tmp_path / "m.eml").write_bytes(
        HEAD + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
        b"Hello.\n--b\nContent-Type: text/plain; name=log.txt\n\n" + ABUSE + b"--b--\n")
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["text"] == "s\n\nHello." and r["attachments"] == 1


@pytest.mark.parametrize("plain", [
    b"Content-Type: text/plain\n\n\n",
    b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!@@@\n",
], ids=["empty", "bad-base64"])
@pytest.mark.parametrize("html", [
    b"Content-Type: text/html\n\n<p>" + ABUSE + b"</p>\n",
    b"Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n<p>"
    + ABUSE + b"</p>\n--r--\n",
], ids=["html", "related-html"])
def test_alternative_falls_back_to_html(kalm_mail, tmp_path, plain, html):
    (tmp_path / "m.eml").write_bytes(
        HEAD + b"Content-Type: multipart/alternative; boundary=a\n\n--a\n" + plain
        + b"--a\n" + html + b"--a--\n")
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["text"] == "s\n\n" + ABUSE.decode().strip(), r


@pytest.mark.parametrize("ctype,body,text", [
    (b"text/enriched",
     b"<bold>You are a complete</bold> <italic>idiot</italic>\nand a moron.\n\n"
     b"<color><param>red</param>1 <<  2</color>\n",
     "You are a complete idiot and a moron.\n1 <  2"),
    (b"text/enriched",
     b"<nofill>You are a complete idiot\nand a moron.</nofill>\n",
     "You are a complete idiot\nand a moron."),
    (b"text/enriched",
     b"<param>You are a complete idiot and a moron. a < b <3\n",
     "You are a complete idiot and a moron. a < b <3"),
    (b"text/richtext",
     b"<bold>You are a complete idiot</bold>\nand a moron.<nl>1 <lt> 2\n",
     "You are a complete idiot and a moron.\n1 < 2"),
], ids=["enriched", "nofill", "param-never-closed", "richtext"])
def test_enriched_text_is_read_without_its_commands(kalm_mail, tmp_path, ctype, body, text):
    (tmp_path / "m.eml").write_bytes(HEAD + b"Content-Type: " + ctype + b"\n\n" + body)
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["text"] == "s\n\n" + text, r
    assert r["abusive"] is True and r["attachments"] == 0


def test_alternative_falls_back_to_enriched(kalm_mail, tmp_path):
    (tmp_path / "m.eml").write_bytes(
        HEAD + b"Content-Type: multipart/alternative; boundary=a\n\n--a\n"
        b"Content-Type: text/plain\n\n\n--a\nContent-Type: text/enriched\n\n<bold>"
        + ABUSE + b"</bold>\n--a--\n")
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["text"] == "s\n\n" + ABUSE.decode().strip(), r


def test_attachments_are_skipped(by_source, manifest):
    e = next(e for e in manifest if e.get("id") == "attach-en@example.com")
    r = entry_record(by_source, e)
    assert r["attachments"] >= e["attachments_min"]
    assert r["text"] == "Photos of the damage\n\nPlease find the photos and the receipt attached."
    assert r["abusive"] is False


def test_attachments_are_counted_when_there_is_no_text(kalm_mail, tmp_path):
    (tmp_path / "m.eml").write_bytes(
        b"From: a@example.com\nSubject: s\nMessage-ID: <att@example.com>\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n"
        b"Content-Transfer-Encoding: base64\n\nAAAA\n"
        b"--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n--b--\n")
    out, _, _ = run(kalm_mail, ["scan", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "unreadable" and "attachments only" in r["error"]
    assert r["attachments"] == 2


WIDE_TEXT = "Dear support, you are a complete idiot. Za\u017c\u00f3\u0142\u0107."


@pytest.mark.parametrize("charset,encoding,body", [
    ("utf-16", "base64", WIDE_TEXT.encode("utf-16")),            # with a BOM
    ("utf-16", "base64", WIDE_TEXT.encode("utf-16-le")),         # none: guessed
    ("utf-16", "base64", WIDE_TEXT.encode("utf-16-be")),
    ("utf-16le", "binary", WIDE_TEXT.encode("utf-16-le")),       # raw NUL bytes
    ("utf-16le", "base64", b"\xff\xfe" + WIDE_TEXT.encode("utf-16-le")),
    ("utf-32", "base64", WIDE_TEXT.encode("utf-32")),
    ("utf-32", "binary", WIDE_TEXT.encode("utf-32-le")),
], ids=["utf16-bom", "utf16-le-guessed", "utf16-be-guessed", "utf16le-binary",
        "utf16le-bom", "utf32-bom", "utf32-le-binary"])
def test_utf16_and_utf32_text_is_decoded(kalm_mail, tmp_path, charset, encoding, body):
    import base64
    if encoding == "base64":
        body = base64.encodebytes(body)
    (tmp_path / "m.eml").write_bytes(
        b"From: a@example.com\nSubject: wide\nMessage-ID: <wide@example.com>\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=" + charset.encode() +
        b"\nContent-Transfer-Encoding: " + encoding.encode() + b"\n\n" + body)
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["text"] == "wide\n\n" + WIDE_TEXT, r
    assert r["warnings"] == [] and r["abusive"] is True


def test_nul_bytes_in_8bit_text_become_spaces(kalm_mail, tmp_path):
    (tmp_path / "m.eml").write_bytes(
        b"From: a@example.com\nSubject: s\nMessage-ID: <nul@example.com>\n\n"
        b"hello\x00you\x00idiot\n")
    out, _, _ = run(kalm_mail, ["scan", "--with-text", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["text"] == "s\n\nhello you idiot"
    assert any("NUL bytes" in w for w in r["warnings"])


def test_crlf_leaves_no_carriage_returns(by_source, manifest):
    for e in manifest:
        r = entry_record(by_source, e)
        if r["status"] == "scored":
            assert "\r" not in r["text"], e["source"]


def test_output_is_valid_utf8_json_for_raw_8bit(kalm_mail):
    out, _, _ = run(kalm_mail, ["scan", "malformed.mbox"])
    for line in out.decode("utf-8").splitlines():  # strict decode
        json.loads(line)


def test_a_warning_holding_a_semicolon_stays_one_warning(kalm_mail, tmp_path):
    (tmp_path / "m.eml").write_bytes(
        b"From: a@example.com\nSubject: s\nMessage-ID: <semi@example.com>\n"
        b"Content-Type: text/plain; charset=\"x-foo; bar\"\n\nh\xe9llo there\n")
    out, _, _ = run(kalm_mail, ["scan", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["warnings"] == ['unknown charset "x-foo; bar", read as windows-1252']
    out, _, _ = run(kalm_mail, ["scan", "--format", "csv", "m.eml"], cwd=str(tmp_path))
    (row,) = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    assert row["warnings"] == 'unknown charset "x-foo; bar", read as windows-1252'


# ---- quotes, forwards, signatures -----------------------------------------

def test_quoted_and_forwarded_text_is_not_the_customers(by_source, manifest):
    for e in manifest:
        r = entry_record(by_source, e)
        for phrase in e.get("own_excludes", []):
            assert phrase not in r["text"], (e["source"], phrase, r["text"])


@pytest.mark.parametrize("mid,bucket,phrase", [
    ("en2.anna@example.com", "quoted", "> We are sorry to hear that."),
    ("en3.anna@example.com", "quoted", "Shop Support <support@shop.example>\nwrote:"),
    ("nl2.piet@voorbeeld.nl", "quoted", "schreef Klantenservice <support@shop.example>:"),
    ("nl3.piet@voorbeeld.nl", "quoted", "-----Oorspronkelijk bericht-----\nVan:"),
    ("af2.johan@voorbeeld.co.za", "quoted", "> Ons kyk daarna en laat weet u."),
    ("af3.johan@voorbeeld.co.za", "quoted", "geskryf:\n> Ons het die saak"),
    ("pl2.marek@przyklad.pl", "quoted", "pisze:\n> Dzie\u0144 dobry,"),
    ("pl3.marek@przyklad.pl", "quoted", "Od: Obs\u0142uga Klienta"),
    ("pl4.marek@przyklad.pl", "quoted", "napisa\u0142(a):\n> Prosimy"),
    ("outlook-en@example.com", "quoted", "________________________________\nFrom: Shop Support"),
    ("outlook-af@voorbeeld.co.za", "quoted", "-----Oorspronklike boodskap-----"),
    ("outlook-nl@voorbeeld.nl", "quoted", "Verzonden: dinsdag"),
    ("sorry-pl@przyklad.pl", "quoted", "-----Oryginalna wiadomo\u015b\u0107-----"),
    ("inter-en@example.org", "quoted", "> >> Stupid bitch."),
    ("fwd-en@example.org", "forwarded_text", "---------- Forwarded message ---------"),
    ("fwd-nl@voorbeeld.nl", "forwarded_text", "Doorgestuurd bericht"),
    ("fwd-af@voorbeeld.co.za", "forwarded_text", "Aangestuurde boodskap"),
    ("fwd-pl@przyklad.pl", "forwarded_text", "Przekazana wiadomo\u015b\u0107"),
    ("rfc822-en@example.com", "forwarded_text", "You useless idiot, I am not coming back"),
    ("sorry-pl@przyklad.pl", "signature_text", "-- \nEwa Nowak"),
])
def test_dropped_text_lands_in_its_bucket(by_source, manifest, mid, bucket, phrase):
    e = next(e for e in manifest if e.get("id") == mid)
    r = entry_record(by_source, e)
    assert phrase in r[bucket], (mid, r[bucket])
    assert phrase not in r["text"]


@pytest.mark.parametrize("mid", ["fwd-en@example.org", "fwd-nl@voorbeeld.nl",
                                 "fwd-af@voorbeeld.co.za", "fwd-pl@przyklad.pl",
                                 "rfc822-en@example.com"])
def test_forwards_go_to_the_forwarded_bucket(by_source, manifest, mid):
    e = next(e for e in manifest if e.get("id") == mid)
    r = entry_record(by_source, e)
    assert r["forwarded"] is True
    assert r["forwarded_text"].strip()
    assert r["quoted_lines"] == 0 or mid == "rfc822-en@example.com" or True


def test_signature_is_dropped(by_source, manifest):
    e = next(e for e in manifest if e.get("id") == "sorry-pl@przyklad.pl")
    r = entry_record(by_source, e)
    assert r["signature"] is True
    assert "600 700 800" in r["signature_text"]
    assert "600" not in r["text"]


def test_quoted_abuse_is_reported_not_counted(by_source, manifest):
    for e in manifest:
        if not e.get("quoted_abusive"):
            continue
        r = entry_record(by_source, e)
        assert r["quoted_abusive"] is True, (e["source"], r["quoted_score"])
        assert r["abusive"] is False, (e["source"], r["text"])
        assert r["action"] == "RESPOND_CALMLY", e["source"]


def test_abusive_customers_are_flagged(by_source, manifest):
    for e in manifest:
        r = entry_record(by_source, e)
        if e.get("kind") == "abusive":
            assert r["abusive"] is True, (e["source"], r["text"])
        if e.get("kind") in ("polite", "frustrated"):
            assert r["abusive"] is False, (e["source"], r["text"], r["categories"])


def test_excerpt_masks_abuse_and_addresses(by_source, manifest):
    e = next(e for e in manifest if e.get("id") == "pl3.marek@przyklad.pl")
    r = entry_record(by_source, e)
    assert "debilu" not in r["excerpt"] and r["excerpt"].startswith("Ty d")
    for rec in by_source.values():
        assert "@" not in rec["excerpt"], rec["source"]
        assert len(rec["excerpt"].encode()) <= 163


# ---- threads ----------------------------------------------------------------

def test_threads_match_the_manifest(by_source, manifest):
    label_to_thread = {}
    thread_to_label = {}
    for e in manifest:
        t = entry_record(by_source, e)["thread"]
        assert label_to_thread.setdefault(e["thread"], t) == t, e["source"]
        assert thread_to_label.setdefault(t, e["thread"]) == e["thread"], e["source"]


def test_thread_survives_subject_and_address_change(by_source, manifest):
    ids = {e["id"]: entry_record(by_source, e) for e in manifest if e.get("id")}
    assert ids["en4.anna@example.com"]["thread"] == ids["en1.anna@example.com"]["thread"]
    assert ids["nl4.pietdevries@gmail.example"]["thread"] == ids["nl1.piet@voorbeeld.nl"]["thread"]
    assert ids["fb2@voorbeeld.nl"]["thread"] == ids["fb1@voorbeeld.nl"]["thread"]
    assert ids["fb3@voorbeeld.nl"]["thread"] != ids["fb1@voorbeeld.nl"]["thread"]


def test_thread_order_is_by_date_and_escalates(kalm_mail, manifest):
    out, _, _ = run(kalm_mail, ["scan"] + SAMPLE_PATHS)
    recs = records(out)
    # Records come grouped by thread, dated ones in date order.
    seen, last = [], {}
    for r in recs:
        if not seen or seen[-1] != r["thread"]:
            assert r["thread"] not in seen, "thread split in output"
            seen.append(r["thread"])
        if r["date"]:
            assert last.get(r["thread"], "") <= r["date"]
            last[r["thread"]] = r["date"]
    late = [r for r in recs if r["message_id"] in ("late1@example.com", "late2@example.com")]
    assert [r["message_id"] for r in late] == ["late1@example.com", "late2@example.com"]
    anna = [r for r in recs if (r["from"] or "").endswith("<anna.smith@example.com>")]
    levels = [ACTIONS.index(r["action"]) for r in anna]
    assert levels == sorted(levels) and levels[0] == 0 and levels[-1] >= 2, levels
    assert anna[-1]["action"] == "END_SESSION"


def test_threads_span_paths(by_source, manifest):
    af = [entry_record(by_source, e) for e in manifest if e["thread"] == "af-rekening"]
    assert {r["source"].split(":")[0].split("/")[0] for r in af} == {"support.mbox", "Maildir"}
    assert len({r["thread"] for r in af}) == 1


# ---- formats ---------------------------------------------------------------

def test_csv_has_one_row_per_message(kalm_mail, manifest):
    out, _, _ = run(kalm_mail, ["scan", "--format", "csv"] + SAMPLE_PATHS)
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    assert len(rows) == len(manifest)
    assert {"source", "thread", "status", "action", "excerpt"} <= set(rows[0])
    assert sum(r["status"] == "unreadable" for r in rows) == sum(
        e["status"] == "unreadable" for e in manifest)


def test_table_format(kalm_mail, manifest):
    out, _, _ = run(kalm_mail, ["scan", "--format", "table"] + SAMPLE_PATHS)
    lines = out.decode("utf-8").splitlines()
    assert lines[0].startswith("THREAD") and len(lines) == len(manifest) + 1


def test_no_progress_bar_when_not_a_terminal(kalm_mail):
    _, err, _ = run(kalm_mail, ["scan", "support.mbox"])
    assert "\r" not in err and "ETA" not in err


def test_missing_path_is_an_error_but_others_are_scanned(kalm_mail, manifest):
    out, err, code = run(kalm_mail, ["scan", "no-such-file.mbox", "eml"], check=False)
    assert code == 1 and "no-such-file.mbox" in err
    assert len(records(out)) == sum(1 for e in manifest if e["box"] == "eml")


def test_closed_stdout_is_an_error(kalm_mail):
    p = subprocess.run([kalm_mail, "scan", "-j", "2", "eml"], cwd=DATA, stderr=subprocess.PIPE,
                       preexec_fn=lambda: os.close(1), timeout=120)
    assert p.returncode == 1 and b"standard output is closed" in p.stderr


def test_closed_stderr_does_not_spoil_the_report(kalm_mail, manifest):
    # A notice written while reading must not land in a temporary file.
    p = subprocess.run([kalm_mail, "scan", "-j", "2", "--by-input", "no-such-file.mbox",
                        "eml"], cwd=DATA, stdout=subprocess.PIPE,
                       preexec_fn=lambda: os.close(2), timeout=120)
    assert p.returncode == 1
    recs = records(p.stdout)
    assert sorted(r["source"] for r in recs) == sorted(
        e["source"] for e in manifest if e["box"] == "eml")


def test_usage_errors(kalm_mail):
    for args in (["scan"], ["bogus"], ["scan", "-j", "0", "eml"], ["scan", "--format", "xml", "eml"],
                 ["scan", "-j", "+2", "eml"], ["scan", "-j", " 2", "eml"], ["scan", "-j", "-1", "eml"],
                 ["scan", "-j", "257", "eml"], ["scan", "-j2x", "eml"], ["scan", "--worst", "", "eml"]):
        _, _, code = run(kalm_mail, args, check=False)
        assert code == 2, args


# ---- large and hostile input ------------------------------------------------

def message(i, body):
    return ("From x Mon Jan 19 10:00:00 2026\nFrom: t%d@example.com\n"
            "Subject: m%d\nMessage-ID: <big%d@example.com>\n"
            "Date: Mon, 19 Jan 2026 10:00:%02d +0000\n\n%s\n\n" % (i, i, i, i, body))


def test_huge_message_is_reported_and_the_scan_goes_on(kalm_mail):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "huge.mbox")
        with open(path, "w") as f:
            f.write(message(1, "before"))
            f.write(message(2, ("x" * 999 + "\n") * (70 * 1024)))  # 70 MiB
            f.write(message(3, "after, you useless idiot"))
        out, _, _ = run(kalm_mail, ["scan", "--by-input", path], cwd=tmp)
        recs = records(out)
        assert [r["status"] for r in recs] == ["scored", "unreadable", "scored"]
        assert "too large" in recs[1]["error"]
        assert "after" in recs[2]["excerpt"]


def test_long_text_is_cut_not_dropped(kalm_mail):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "long.mbox")
        with open(path, "w") as f:
            f.write(message(1, "Hello there. " * 400000))  # 5 MiB of text
        out, _, _ = run(kalm_mail, ["scan", path], cwd=tmp)
        (r,) = records(out)
        assert r["status"] == "scored" and any("cut" in w for w in r["warnings"])


def test_parts_past_the_limit_are_not_read(kalm_mail):
    import time
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "many.eml")
        part = b"--q\nContent-Type: text/plain\n\nhello\n"
        with open(path, "wb") as f:
            f.write(b"From: a@example.com\nSubject: many\nMessage-ID: <many@example.com>\n"
                    b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=q\n\n"
                    + part * 10000 + part * 200000 + b"--q\nContent-Type: text/plain\n\n"
                    b"You useless idiot.\n--q--\n")
        started = time.monotonic()
        out, _, _ = run(kalm_mail, ["scan", "--with-text", path], cwd=tmp)
        assert time.monotonic() - started < 60
        (r,) = records(out)
        assert r["status"] == "scored"
        assert "200001 MIME parts not read (limit 10000 parts)" in r["warnings"]
        assert r["text"].count("hello") == 10000 and "idiot" not in r["text"]


def test_random_garbage_never_crashes(kalm_mail):
    import random
    rnd = random.Random(7)
    with open(os.path.join(DATA, "support.mbox"), "rb") as f:
        base = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(10):
            data = bytearray(base)
            for _ in range(200):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
            path = os.path.join(tmp, "fuzz%d.mbox" % n)
            with open(path, "wb") as f:
                f.write(data)
            p = subprocess.run([kalm_mail, "scan", path], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120)
            assert p.returncode == 0, p.stderr
            recs = records(p.stdout)
            assert "%d messages read" % len(recs) in p.stderr.decode()


def test_duplicate_copies_are_reported_but_fed_once(kalm_mail, manifest):
    out, _, _ = run(kalm_mail, ["scan", "--by-input", "support.mbox", "Maildir", "Maildir"])
    recs = records(out)
    n_mbox = sum(1 for e in manifest if e["box"] == "mbox")
    n_md = sum(1 for e in manifest if e["box"].startswith("maildir/"))
    assert len(recs) == n_mbox + 2 * n_md
    first, second = recs[n_mbox:n_mbox + n_md], recs[n_mbox + n_md:]
    for a, b in zip(first, second):
        assert a["source"] == b["source"] and a["thread"] == b["thread"]
        assert b["status"] == "scored" and b["reason"] == "duplicate"
        assert any("duplicate" in w for w in b["warnings"])
        assert b["action"] == a["action"] and b["score"] == a["score"]
    # Without the copies the conversations end where they did.
    plain, _, _ = run(kalm_mail, ["scan", "--by-input", "support.mbox", "Maildir"])
    assert [r["action"] for r in records(plain)] == [r["action"] for r in recs[:n_mbox + n_md]]


def test_progress_bar_on_a_terminal(kalm_mail):
    import pty
    master, slave = pty.openpty()
    p = subprocess.Popen([kalm_mail, "scan", "support.mbox", "eml"], cwd=DATA,
                         stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    out, _ = p.communicate(timeout=120)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert p.returncode == 0
    text = err.decode("utf-8", "replace")
    assert "\r" in text and "msg/s" in text and "ETA" in text and "%" in text
    assert "messages read" in text
    assert len(records(out)) > 0  # stdout is a pipe: still JSON lines


def test_fresh_subject_is_judged_inherited_is_not(by_source, manifest):
    ids = {e["id"]: entry_record(by_source, e) for e in manifest if e.get("id")}
    # A subject the customer wrote is part of the judged text ...
    assert ids["en4.anna@example.com"]["text"].startswith("Complaint: still no refund\n\n")
    # ... one inherited with a reply or forward prefix is not.
    for mid in ("en2.anna@example.com", "fwd-en@example.org", "pl2.marek@przyklad.pl"):
        assert not ids[mid]["text"].startswith(ids[mid]["subject"]), mid
