#!/usr/bin/python3
"""Score a CSV file of chat messages with kalm and print a table.

Standard library only (csv, argparse) besides kalm itself.

    python3 score_csv.py chats.csv
    python3 score_csv.py --text-column message --lang-column locale chats.csv
    cat chats.csv | python3 score_csv.py -

The CSV needs a header row.  The message is read from --text-column
(default "text"); an optional --lang-column (default "lang", used when
present) gives each customer's language, and --id-column (default "id",
used when present) labels the rows.  The table shows, per message, its
language, score, whether it is abusive, the highest severity, the
strongest category, and what an agent should do if it opened a
conversation.  Exit status: 0, or 2 for a usage or input error.
"""

import argparse
import csv
import sys

import kalm


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Score the messages in a CSV file and print a table.")
    p.add_argument("csv", help="CSV file with a header row, or - for stdin")
    p.add_argument("--text-column", default="text",
                   help="column holding the message (default: text)")
    p.add_argument("--lang-column", default="lang",
                   help="column holding a language code, used if present "
                        "(default: lang)")
    p.add_argument("--id-column", default="id",
                   help="column labelling the rows, used if present "
                        "(default: id; else the row number)")
    p.add_argument("--lang", default=None,
                   help="language hint for every row without its own")
    p.add_argument("--model", metavar="DIR", default=None,
                   help="lexicon directory (default: the built-in model)")
    p.add_argument("--width", type=int, default=60,
                   help="characters of message text shown (default: 60)")
    p.add_argument("--abusive-only", action="store_true",
                   help="list only the abusive messages")
    p.add_argument("--delimiter", default=",",
                   help="field delimiter (default: ,)")
    return p.parse_args(argv)


def shorten(text, width):
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + "…"


def strongest_category(verdict):
    abuse = {c: verdict.categories[c] for c in kalm.ABUSE_CATEGORIES}
    name, score = max(abuse.items(), key=lambda kv: kv[1])
    return name if score > 0 else "-"


def read_rows(stream, args):
    reader = csv.DictReader(stream, delimiter=args.delimiter)
    if reader.fieldnames is None or args.text_column not in reader.fieldnames:
        raise ValueError("no column %r in the header %r"
                         % (args.text_column, reader.fieldnames))
    has_lang = args.lang_column in reader.fieldnames
    has_id = args.id_column in reader.fieldnames
    for number, row in enumerate(reader, start=1):
        text = row.get(args.text_column) or ""
        lang = (row.get(args.lang_column) if has_lang else None) or args.lang
        label = row.get(args.id_column) if has_id else str(number)
        yield label, lang, text


def score_rows(model, rows):
    for label, lang, text in rows:
        verdict = model.score(text, lang=lang)
        yield label, text, verdict


def print_table(results, width, out):
    header = ("id", "lang", "score", "abusive", "sev", "category", "action",
              "message")
    table = [header]
    for label, text, v in results:
        table.append((label, v.language, "%.2f" % v.score,
                      "yes" if v.abusive else "no", str(v.severity),
                      strongest_category(v), v.action, shorten(text, width)))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for n, row in enumerate(table):
        cells = [cell.ljust(w) for cell, w in zip(row, widths)]
        out.write("  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        model = kalm.Model.load(args.model) if args.model else kalm.Model.default()
    except kalm.KalmError as exc:
        print("score_csv: %s" % exc, file=sys.stderr)
        return 2
    try:
        if args.csv == "-":
            stream = sys.stdin
        else:
            stream = open(args.csv, newline="", encoding="utf-8")
        with stream:
            results = list(score_rows(model, read_rows(stream, args)))
    except (OSError, ValueError, csv.Error) as exc:
        print("score_csv: %s" % exc, file=sys.stderr)
        return 2

    shown = [r for r in results if r[2].abusive or not args.abusive_only]
    print_table(shown, args.width, sys.stdout)
    abusive = sum(1 for _, _, v in results if v.abusive)
    print("\n%d messages, %d abusive" % (len(results), abusive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
