#!/usr/bin/python3
"""Measure kalm's language identification on the evaluation corpus.

    /usr/bin/python3 scripts/eval_langid.py                  # build/examples/kalm
    /usr/bin/python3 scripts/eval_langid.py --kalm build-langid/examples/kalm
    /usr/bin/python3 scripts/eval_langid.py --cmd 'tests/bench/langid-cld2'

Every line of the text column of shared/corpus/*.tsv is sent, one per line,
to `kalm langid` (or to --cmd, any program that reads lines and prints one
{"language": ..., "confidence": ...} JSON line each); the lang column is the
truth.  Lines are scored in two groups: long (more than 40 characters) and
short (40 or fewer), where the short group also gets, from every longer
line, its first 2 to 5 words (the count chosen per line, reproducibly) as a
message of its own when that is 40 characters or fewer.  `unknown` counts
as wrong.  Targets: >= 97% long, >= 90% short.

The corpus is for measuring only; nothing here feeds the trainer.
"""

import argparse
import collections
import glob
import json
import os
import shlex
import subprocess
import sys
import time
import zlib

FILES = ["flores-af-dev", "flores-nl-dev", "flores-pl-dev", "flores-en-dev",
         "mhc-nl-dev", "mhc-pl-dev", "hatecheck-en-dev", "davidson-en-dev",
         "banking77-en-benign-dev"]
SHORT = 40


def load(corpus, names, limit):
    """(file, lang, group, text) rows."""
    rows = []
    for name in names:
        path = os.path.join(corpus, name + ".tsv")
        if not os.path.exists(path):
            print(f"skipping {path}: not found", file=sys.stderr)
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            header = f.readline().rstrip("\n").split("\t")
            li, ti = header.index("lang"), header.index("text")
            lines = [l.rstrip("\n").split("\t") for l in f]
        if limit:
            lines = lines[:limit]
        for cols in lines:
            if len(cols) <= max(li, ti):
                continue
            lang, text = cols[li], cols[ti].replace("\r", " ").strip()
            if not text:
                continue
            if len(text) > SHORT:
                rows.append((name, lang, "long", text))
                words = text.split()
                n = 2 + zlib.crc32(text.encode("utf-8")) % 4
                prefix = " ".join(words[:n])
                if len(words) > n and len(prefix) <= SHORT:
                    rows.append((name, lang, "short", prefix))
            else:
                rows.append((name, lang, "short", text))
    return rows


def run(cmd, rows):
    data = "".join(r[3] + "\n" for r in rows).encode("utf-8")
    start = time.perf_counter()
    proc = subprocess.run(cmd, input=data, stdout=subprocess.PIPE,
                          check=True)
    elapsed = time.perf_counter() - start
    out = proc.stdout.decode("utf-8", errors="replace").splitlines()
    if len(out) != len(rows):
        sys.exit(f"{cmd[0]}: {len(out)} answers for {len(rows)} lines")
    return [json.loads(l) for l in out], elapsed


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(
        root, "..", "shared", "corpus"))
    ap.add_argument("--kalm", default=os.path.join(
        root, "build", "examples", "kalm"))
    ap.add_argument("--cmd", help="command to run instead of `KALM langid`")
    ap.add_argument("--files", nargs="*", default=FILES)
    ap.add_argument("--limit", type=int, default=0,
                    help="read at most this many lines of each file")
    ap.add_argument("--errors", type=int, default=0,
                    help="print this many misses per file and group")
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("--dump", help="only write the rows, as LANG<tab>GROUP"
                    "<tab>TEXT lines, to this file (for the CLD2 bench)")
    args = ap.parse_args()

    if args.dump:
        rows = load(args.corpus, args.files, args.limit)
        with open(args.dump, "w", encoding="utf-8") as f:
            for name, lang, group, text in rows:
                f.write(f"{lang}\t{group}\t{text}\n")
        return

    cmd = shlex.split(args.cmd) if args.cmd else [args.kalm, "langid"]
    rows = load(args.corpus, args.files, args.limit)
    answers, elapsed = run(cmd, rows)

    tally = collections.defaultdict(lambda: [0, 0])
    misses = collections.defaultdict(list)
    for (name, lang, group, text), ans in zip(rows, answers):
        ok = ans.get("language") == lang
        for key in ((name, group), (lang, group), ("all", group)):
            tally[key][0] += ok
            tally[key][1] += 1
        if not ok:
            misses[(name, group)].append((ans.get("language"), text))

    def pct(key):
        good, total = tally[key]
        return (100.0 * good / total) if total else float("nan"), total

    print(f"{'set':28} {'long %':>8} {'n':>6} {'short %':>8} {'n':>6}")
    keys = [n for n in args.files if (n, "long") in tally or
            (n, "short") in tally]
    keys += ["nl", "af", "pl", "en", "all"]
    figures = {}
    for k in keys:
        lp, ln = pct((k, "long"))
        sp, sn = pct((k, "short"))
        figures[k] = {"long": lp, "long_n": ln, "short": sp, "short_n": sn}
        if k == "nl":
            print("-" * 60)
        print(f"{k:28} {lp:8.2f} {ln:6} {sp:8.2f} {sn:6}")
    per = 1e6 * elapsed / max(1, len(rows))
    print(f"{len(rows)} lines in {elapsed:.2f} s "
          f"({per:.1f} us per line, process start included)")
    if args.errors:
        for (name, group), lst in sorted(misses.items()):
            print(f"\n== {name} {group}: {len(lst)} misses")
            for got, text in lst[:args.errors]:
                print(f"  {got:8} {text[:110]}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"figures": figures, "lines": len(rows),
                       "seconds": elapsed}, f, indent=1)
    long_ok = figures["all"]["long"] >= 97.0
    short_ok = figures["all"]["short"] >= 90.0
    print(f"targets: long >= 97% {'met' if long_ok else 'MISSED'}, "
          f"short >= 90% {'met' if short_ok else 'MISSED'}")


if __name__ == "__main__":
    main()
