#!/usr/bin/python3
"""Score a large chat or mail corpus with kalm on a Dask cluster.

    # a LocalCluster on this machine, 2 worker processes
    python3 dask_score.py --workers 2 corpus/*.tsv

    # a real cluster: only the scheduler address changes
    python3 dask_score.py --scheduler tcp://scheduler.example:8786 \
        /shared/corpus/*.tsv

Every worker needs the kalm package installed (the same version as the
client).  Input files are read by the workers in blocks (--blocksize), so
on a real cluster they must be reachable from every worker under the same
path or URL (a shared file system, or any URL fsspec reads).  Formats:

  lines  one message a line (mail bodies flattened to one line)
  tsv    a header row, then tab-separated rows; the message is in
         --text-column (default "text") and, when the header has it, the
         customer's language in --lang-column (default "lang")
  csv    the same with commas (one record a line: no newlines in fields)
  auto   by file name: .tsv, .csv, anything else is lines (default)

With --conversation-column (tsv or csv), messages are grouped by
conversation across the whole corpus (a Dask shuffle), ordered by
--time-column (seconds since the epoch; messages of one conversation with
the same time may come in either order) and fed to one kalm.Session per
conversation, so the actions are the session
ladder's: a second insult after STATE_LIMITS is a TRANSFER.

One kalm.Model goes to each worker process (client.scatter with
broadcast: models pickle as their lexicon sources, the built-in one as a
marker), and every thread of a worker shares it.  Each partition is
scored with Model.score_many, which releases the GIL for the whole batch,
and comes back as counts: per language the messages, the abusive ones,
the targeted ones, the messages with a counted match per category, and
the action an agent would take if the message opened a conversation.
The client adds the counts up and prints a table; --json FILE writes
them as JSON too ("-": stdout).
"""

import argparse
import collections
import csv
import json
import sys
import time
import zlib

import kalm

# Messages scored per score_many call inside a partition.
BATCH = 512


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Score a corpus on a Dask cluster; print per-language "
                    "counts and actions.")
    p.add_argument("inputs", nargs="+", help="input files or URLs (globs too)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="scheduler address of a running cluster (default: "
                        "start a LocalCluster)")
    p.add_argument("--workers", type=int, default=2,
                   help="LocalCluster worker processes (default: 2)")
    p.add_argument("--threads-per-worker", type=int, default=1,
                   help="LocalCluster threads per worker (default: 1)")
    p.add_argument("--format", choices=("auto", "lines", "tsv", "csv"),
                   default="auto")
    p.add_argument("--text-column", default="text")
    p.add_argument("--lang-column", default="lang")
    p.add_argument("--conversation-column", default=None,
                   help="feed each conversation to a kalm.Session (tsv/csv)")
    p.add_argument("--time-column", default=None,
                   help="seconds since the epoch, orders a conversation "
                        "(needed with --conversation-column)")
    p.add_argument("--lang", default=None,
                   help="language hint for messages without their own")
    p.add_argument("--model", metavar="DIR", default=None,
                   help="lexicon directory (default: the built-in model)")
    p.add_argument("--blocksize", default="16MiB",
                   help="bytes of input per partition (default: 16MiB)")
    p.add_argument("--json", metavar="FILE", default=None,
                   help="also write the counts as JSON (- for stdout)")
    args = p.parse_args(argv)
    if args.conversation_column and not args.time_column:
        p.error("--conversation-column needs --time-column")
    return args


# --- input -------------------------------------------------------------------

def file_format(path, fmt):
    if fmt != "auto":
        return fmt
    name = path.lower()
    if name.endswith(".tsv"):
        return "tsv"
    if name.endswith(".csv"):
        return "csv"
    return "lines"


def split_row(line, fmt):
    if fmt == "tsv":
        return line.split("\t")
    return next(csv.reader([line]))


def read_header(path, fmt):
    """The header row of a tsv or csv file (read on the client)."""
    import fsspec

    with fsspec.open(path, "rt", encoding="utf-8") as f:
        return f.readline().rstrip("\r\n")


def make_spec(paths, args):
    """What the workers need to know to read a row: format, columns."""
    fmts = {file_format(p, args.format) for p in paths}
    if len(fmts) != 1:
        raise SystemExit("dask_score: mixed input formats %s; use --format"
                         % sorted(fmts))
    fmt = fmts.pop()
    spec = {"format": fmt, "header": None, "text": 0, "lang": None,
            "default_lang": args.lang, "conversation": None, "time": None}
    if fmt == "lines":
        if args.conversation_column:
            raise SystemExit("dask_score: --conversation-column needs tsv "
                             "or csv input")
        return spec
    headers = {read_header(p, fmt) for p in paths}
    if len(headers) != 1:
        raise SystemExit("dask_score: the input files have different headers")
    header = headers.pop()
    columns = split_row(header, fmt)
    if args.text_column not in columns:
        raise SystemExit("dask_score: no column %r in %r"
                         % (args.text_column, columns))
    spec["header"] = header
    spec["text"] = columns.index(args.text_column)
    if args.lang_column in columns:
        spec["lang"] = columns.index(args.lang_column)
    if args.conversation_column:
        for option, name in (("--conversation-column", args.conversation_column),
                             ("--time-column", args.time_column)):
            if name not in columns:
                raise SystemExit("dask_score: %s: no column %r in %r"
                                 % (option, name, columns))
        spec["conversation"] = columns.index(args.conversation_column)
        spec["time"] = columns.index(args.time_column)
    return spec


def parse_line(line, spec):
    """(text, lang) for one line, or None for the header and blank lines."""
    line = line.rstrip("\r\n")
    if not line or line == spec["header"]:
        return None
    if spec["format"] == "lines":
        return line, spec["default_lang"]
    fields = split_row(line, spec["format"])
    if spec["text"] >= len(fields):
        return None
    lang = spec["default_lang"]
    if spec["lang"] is not None and spec["lang"] < len(fields):
        lang = fields[spec["lang"]] or lang
    return fields[spec["text"]], lang


# --- work on the workers -----------------------------------------------------

def empty_counts():
    return {"messages": 0, "abusive": 0, "targeted": 0, "conversations": 0,
            "categories": collections.Counter(),
            "actions": collections.Counter()}


def score_partition(lines, model, spec):
    """Counts per language for one partition, as a one-item list."""
    per_lang = collections.defaultdict(empty_counts)
    rows = [r for r in (parse_line(line, spec) for line in lines) if r]
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        verdicts = model.score_many([t for t, _ in batch],
                                    lang=[lang for _, lang in batch])
        for verdict in verdicts:
            c = per_lang[verdict.language]
            c["messages"] += 1
            c["abusive"] += verdict.abusive
            c["targeted"] += verdict.targeted
            c["actions"][verdict.action] += 1
            for category in {m.category for m in verdict.matches
                             if m.counted}:
                c["categories"][category] += 1
    return [{lang: plain(c) for lang, c in per_lang.items()}]


def parse_rows(lines, spec):
    """(conversation, seconds, text, lang) for the lines of a partition."""
    rows = []
    for line in lines:
        row = parse_line(line, spec)
        if not row:
            continue
        fields = split_row(line.rstrip("\r\n"), spec["format"])
        try:
            conversation = fields[spec["conversation"]]
            seconds = float(fields[spec["time"]])
        except (IndexError, ValueError):
            continue  # a row without an id or a time cannot be placed
        rows.append((conversation, seconds, row[0], row[1]))
    return rows


def conversation_id(name):
    """The id as a session takes it: at most kalm.SESSION_ID_MAX bytes."""
    raw = name.encode("utf-8")[: kalm.SESSION_ID_MAX]
    return raw.decode("utf-8", "ignore")


def conversation_key(row):
    """A shuffle key for a row's conversation.  Not hash(): str hashes
    differ between worker processes, which would split conversations."""
    return zlib.crc32(row[0].encode("utf-8"))


def split_conversations(groups):
    """(name, rows) per conversation from groups of colliding keys."""
    for _, rows in groups:
        by_name = collections.defaultdict(list)
        for row in rows:
            by_name[row[0]].append(row)
        yield from by_name.items()


def feed_conversations(groups, model):
    """Counts per language for whole conversations, one Session each."""
    per_lang = collections.defaultdict(empty_counts)
    for name, rows in split_conversations(groups):
        # The shuffle keeps no input order, so time alone orders them.
        rows = sorted(rows, key=lambda r: r[1])
        session = kalm.Session(model, conversation=conversation_id(name))
        for _, seconds, text, lang in rows:
            d = session.feed(text, time=seconds, lang=lang)
            language = d.verdict.language
            c = per_lang[language]
            c["messages"] += 1
            c["abusive"] += d.abusive
            c["targeted"] += d.targeted
            c["actions"][d.action] += 1
            for category in d.categories:
                c["categories"][category] += 1
        # A conversation counts under the language of its last message.
        per_lang[language]["conversations"] += 1
    return [{lang: plain(c) for lang, c in per_lang.items()}]


def plain(counts):
    return {k: dict(v) if isinstance(v, collections.Counter) else v
            for k, v in counts.items()}


# --- the client --------------------------------------------------------------

def merge(partials):
    total = {}
    for partial in partials:
        for lang, c in partial.items():
            t = total.setdefault(lang, {"messages": 0, "abusive": 0,
                                        "targeted": 0, "conversations": 0,
                                        "categories": {}, "actions": {}})
            for key in ("messages", "abusive", "targeted", "conversations"):
                t[key] += c[key]
            for key in ("categories", "actions"):
                for name, n in c[key].items():
                    t[key][name] = t[key].get(name, 0) + n
    return dict(sorted(total.items()))


def print_table(counts, out):
    actions = list(kalm.ACTIONS)
    header = ["lang", "messages", "abusive", "targeted"] + actions
    rows = [header]
    totals = [0] * (len(header) - 1)
    for lang, c in counts.items():
        values = [c["messages"], c["abusive"], c["targeted"]] + \
                 [c["actions"].get(a, 0) for a in actions]
        totals = [a + b for a, b in zip(totals, values)]
        rows.append([lang] + [str(v) for v in values])
    rows.append(["all"] + [str(v) for v in totals])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for n, row in enumerate(rows):
        if n == len(rows) - 1:
            out.write("  ".join("-" * w for w in widths) + "\n")
        out.write("  ".join(cell.rjust(w) if i else cell.ljust(w)
                            for i, (cell, w) in enumerate(zip(row, widths)))
                  + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def connect(args):
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.workers,
                           threads_per_worker=args.threads_per_worker,
                           processes=True, dashboard_address=None)
    return Client(cluster), cluster


def run(args):
    import dask.bag as db
    import fsspec

    paths = []
    for pattern in args.inputs:
        found = fsspec.open_files(pattern)
        if not found:
            raise SystemExit("dask_score: no input matches %r" % pattern)
        paths.extend(f.full_name if hasattr(f, "full_name") else f.path
                     for f in found)
    spec = make_spec(paths, args)
    model = kalm.Model.load(args.model) if args.model else kalm.Model.default()

    client, cluster = connect(args)
    try:
        started = time.perf_counter()
        # One copy of the model per worker process, shared by its threads.
        model_future = client.scatter(model, broadcast=True, hash=False)
        lines = db.read_text(paths, blocksize=args.blocksize,
                             encoding="utf-8", errors="replace")
        if spec["conversation"] is None:
            partials = lines.map_partitions(score_partition, model_future,
                                            spec).compute()
        else:
            rows = lines.map_partitions(parse_rows, spec)
            # A task-based shuffle (the disk one works within one process
            # only) on a key every worker computes alike.
            groups = rows.groupby(conversation_key, shuffle="tasks")
            partials = groups.map_partitions(feed_conversations,
                                             model_future).compute()
        counts = merge(partials)
        elapsed = time.perf_counter() - started
        workers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return counts, elapsed, workers, lines.npartitions


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        counts, elapsed, workers, partitions = run(args)
    except kalm.KalmError as exc:
        print("dask_score: %s" % exc, file=sys.stderr)
        return 1
    total = sum(c["messages"] for c in counts.values())
    conversations = sum(c["conversations"] for c in counts.values())
    print_table(counts, sys.stdout)
    print("\n%d messages%s in %d partitions on %d workers, %.1f s (%.0f/s)"
          % (total, " in %d conversations" % conversations
             if conversations else "", partitions, workers, elapsed,
             total / elapsed if elapsed > 0 else 0.0))
    if args.json:
        data = json.dumps({"workers": workers, "partitions": partitions,
                           "messages": total, "conversations": conversations,
                           "languages": counts},
                          indent=2, sort_keys=True)
        if args.json == "-":
            print(data)
        else:
            with open(args.json, "w", encoding="utf-8") as f:
                f.write(data + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
