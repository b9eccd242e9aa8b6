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
