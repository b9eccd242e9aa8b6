"""kalm-mail scan's reading of paths: read errors, odd files in
directories, deep and looping directory trees, and where an mbox
message starts."""
import os
import subprocess

import pytest

from conftest import records, run


def message(i, body="Where is my parcel?"):
    return ("From: t%d@example.com\nSubject: m%d\nMessage-ID: <src%d@example.com>\n"
            "Date: Mon, 19 Jan 2026 10:00:%02d +0000\n\n%s\n" % (i, i, i, i, body))


# ---- read errors ------------------------------------------------------------

def test_a_read_error_on_stdin_is_a_record_and_exit_1(kalm_mail, tmp_path):
    fd = os.open(str(tmp_path), os.O_RDONLY)  # reading a directory fails
    try:
        p = subprocess.run([kalm_mail, "scan", "-j", "1", "-"], stdin=fd,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(fd)
    assert p.returncode == 1
    assert b"read error" in p.stderr
    (r,) = records(p.stdout)
    assert r["source"] == "<stdin>" and r["status"] == "unreadable"
    assert r["error"].startswith("read error: ")


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs /proc/self/mem")
def test_a_read_error_inside_a_directory_is_a_record_and_exit_1(kalm_mail, tmp_path):
    (tmp_path / "a.eml").write_text(message(1))
    os.symlink("/proc/self/mem", str(tmp_path / "b.eml"))  # read fails with EIO
    out, err, code = run(kalm_mail, ["scan", "--by-input", "."], cwd=str(tmp_path),
                         check=False)
    assert code == 1 and "b.eml: read error" in err
    recs = records(out)
    assert [r["source"] for r in recs] == ["./a.eml", "./b.eml"]
    assert recs[0]["status"] == "scored"
    assert recs[1]["status"] == "unreadable" and recs[1]["error"].startswith("read error")


# ---- empty files ---------------------------------------------------------------

def test_an_empty_message_file_gets_a_record(kalm_mail, tmp_path):
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True)
    (tmp_path / "Maildir" / "cur" / "1.eml").write_bytes(b"")
    (tmp_path / "Maildir" / "cur" / "2.eml").write_text(message(2))
    (tmp_path / "blank.eml").write_bytes(b"\n\n")
    (tmp_path / "empty.eml").write_bytes(b"")
    out, err, code = run(kalm_mail, ["scan", "--by-input", "Maildir", "blank.eml",
                                     "empty.eml"], cwd=str(tmp_path))
    recs = records(out)
    assert [r["source"] for r in recs] == ["Maildir/cur/1.eml", "Maildir/cur/2.eml",
                                          "blank.eml", "empty.eml"]
    assert [r["status"] for r in recs] == ["unreadable", "scored", "unreadable", "unreadable"]
    assert recs[0]["error"] == recs[3]["error"] == "empty file"
    assert "4 messages read" in err


def test_an_empty_mbox_holds_no_messages(kalm_mail, tmp_path):
    (tmp_path / "empty.mbox").write_bytes(b"")
    out, err, code = run(kalm_mail, ["scan", "empty.mbox", "-"], stdin=b"", cwd=str(tmp_path))
    assert records(out) == [] and "0 messages read" in err


# ---- files that are not regular files --------------------------------------------

def test_a_fifo_or_device_in_a_directory_is_reported_not_read(kalm_mail, tmp_path):
    (tmp_path / "a.eml").write_text(message(1))
    os.mkfifo(str(tmp_path / "b.eml"))  # nobody writes: reading would block
    os.symlink("/dev/zero", str(tmp_path / "c.eml"))  # reading would never end
    p = subprocess.run([kalm_mail, "scan", "--by-input", "."], cwd=str(tmp_path),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    err = p.stderr.decode()
    assert p.returncode == 0, err
    recs = records(p.stdout)
    assert [r["source"] for r in recs] == ["./a.eml", "./b.eml", "./c.eml"]
    assert recs[0]["status"] == "scored"
    assert recs[1]["error"] == "not a regular file (a named pipe), not read"
    assert recs[2]["error"] == "not a regular file (a character device), not read"
    assert "3 messages read" in err


def test_a_pipe_named_on_the_command_line_is_read(kalm_mail, tmp_path):
    out, _, _ = run(kalm_mail, ["scan", "/dev/stdin"], stdin=message(1).encode(),
                    cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["message_id"] == "src1@example.com"


# ---- deep trees and loops ------------------------------------------------------

def test_messages_deep_in_a_tree_are_read(kalm_mail, tmp_path):
    deep = tmp_path.joinpath(*["d%d" % i for i in range(40)])
    deep.mkdir(parents=True)
    (deep / "deep.eml").write_text(message(1))
    (tmp_path / "top.eml").write_text(message(2))
    out, err, _ = run(kalm_mail, ["scan", "--by-input", "."], cwd=str(tmp_path))
    recs = records(out)
    assert len(recs) == 2 and recs[0]["source"].endswith("/d39/deep.eml")
    assert recs[0]["status"] == "scored"


def test_a_symlink_loop_reads_each_message_once(kalm_mail, tmp_path):
    sub = tmp_path / "box" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.eml").write_text(message(1))
    os.symlink("..", str(sub / "up"))
    os.symlink("sub", str(tmp_path / "box" / "again"))
    out, err, code = run(kalm_mail, ["scan", "--by-input", "box"], cwd=str(tmp_path))
    recs = records(out)
    assert [r["source"] for r in recs] == ["box/again/a.eml"]
    assert "already read" in err and code == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every directory")
def test_a_directory_that_cannot_be_listed_gets_a_record(kalm_mail, tmp_path):
    (tmp_path / "box" / "locked").mkdir(parents=True)
    (tmp_path / "box" / "locked" / "a.eml").write_text(message(1))
    os.chmod(str(tmp_path / "box" / "locked"), 0)
    try:
        out, _, _ = run(kalm_mail, ["scan", "box"], cwd=str(tmp_path))
    finally:
        os.chmod(str(tmp_path / "box" / "locked"), 0o755)
    (r,) = records(out)
    assert r["source"] == "box/locked" and r["error"].startswith("directory not read")


# ---- where an mbox message starts -------------------------------------------------

SEP = "From a@example.com Mon Jan  5 10:00:00 2026\n"


def scan_mbox(kalm_mail, tmp_path, data):
    (tmp_path / "box.mbox").write_bytes(data if isinstance(data, bytes) else data.encode())
    out, err, _ = run(kalm_mail, ["scan", "--by-input", "--with-text", "box.mbox"],
                      cwd=str(tmp_path))
    return records(out)


def test_a_from_line_inside_a_paragraph_is_body(kalm_mail, tmp_path):
    recs = scan_mbox(kalm_mail, tmp_path, SEP + message(1, (
        "Hello,\nFrom 05-01-2026 10:00 until 06-01-2026 12:00 your service was down, "
        "you idiots.\nRegards")) + "\n" + SEP + message(2))
    assert [r["status"] for r in recs] == ["scored", "scored"]
    assert "you idiots" in recs[0]["text"] and recs[0]["abusive"] is True
    assert recs[1]["message_id"] == "src2@example.com"


def test_a_from_line_after_a_blank_line_is_body_unless_it_is_a_separator(kalm_mail, tmp_path):
    recs = scan_mbox(kalm_mail, tmp_path, SEP + message(1, (
        "Para one.\n\nFrom the start I hated you, idiot.\n\nFrom Monday on, no more.")))
    (r,) = recs
    assert "From the start I hated you" in r["text"] and "From Monday on" in r["text"]


@pytest.mark.parametrize("sep", [
    "From MAILER-DAEMON Fri Apr 06 16:46:09 2001",
    "From SRS0=aO/p=ON=bag.python.org=None@bounce2.pobox.com  Fri Nov 26 21:40:36 2004",
    "From - Mon Jan  5 10:00:00 2026",
    "From a@example.com Mon Jan 5 10:00 2026",
    "From a@example.com Mon Jan 5 10:00:00 +0100 2026",
    "From a@example.com Mon Jan 5 10:00:00 2026 +0100",
    "From a@example.com Mon, Jan 5 10:00:00 PST 2026",
    'From "a b"@example.com Mon Jan  5 10:00:00 2026',
    "From Mon Jan  5 10:00:00 2026",
])
def test_separators_as_mail_tools_write_them(kalm_mail, tmp_path, sep):
    recs = scan_mbox(kalm_mail, tmp_path, sep + "\n" + message(1) + "\n" + sep + "\n"
                     + message(2))
    assert [r["message_id"] for r in recs] == ["src1@example.com", "src2@example.com"]


@pytest.mark.parametrize("lead", [b"\n", b"\r\n\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"])
def test_blank_lines_or_a_bom_before_the_first_separator(kalm_mail, tmp_path, lead):
    data = lead + (SEP + message(1) + "\n" + SEP + message(2)).encode()
    recs = scan_mbox(kalm_mail, tmp_path, data)
    assert [r["status"] for r in recs] == ["scored", "scored"]
    assert [r["message_id"] for r in recs] == ["src1@example.com", "src2@example.com"]
    assert all(data[r["offset"]:r["offset"] + 5] == b"From " for r in recs)


def test_a_bom_before_a_single_message_is_dropped(kalm_mail, tmp_path):
    (tmp_path / "m.eml").write_bytes(b"\xef\xbb\xbf" + message(1).encode())
    out, _, _ = run(kalm_mail, ["scan", "m.eml"], cwd=str(tmp_path))
    (r,) = records(out)
    assert r["status"] == "scored" and r["message_id"] == "src1@example.com"


# ---- bare CR line ends -------------------------------------------------------------

def test_bare_cr_line_ends_in_a_message_and_an_mbox(kalm_mail, tmp_path):
    cr = lambda s: s.replace("\n", "\r").encode()
    (tmp_path / "m.eml").write_bytes(cr(message(1, "You useless idiot.")))
    (tmp_path / "box.mbox").write_bytes(cr(SEP + message(2) + "\n" + SEP + message(3)))
    out, _, _ = run(kalm_mail, ["scan", "--by-input", "--with-text", "m.eml", "box.mbox"],
                    cwd=str(tmp_path))
    recs = records(out)
    assert [r["message_id"] for r in recs] == ["src1@example.com", "src2@example.com",
                                               "src3@example.com"]
    assert recs[0]["text"] == "m1\n\nYou useless idiot." and recs[0]["abusive"] is True
    assert all("bare CR line ends read as line ends" in r["warnings"] for r in recs)
