#!/usr/bin/python3
"""Find false friends: lexicon entries that are words in another of
kalm's languages whose own lexicon does not treat them as abuse, and that
are not marked `strict`.

    scripts/lint_lexicons.py [lexicons/]

It reads the Debian hunspell dictionaries (hunspell-nl, hunspell-af,
hunspell-pl, hunspell-en-us) and prints, per entry, the languages whose
dictionary holds the term as a word.  Such an entry must be `strict` (or
narrowed, or answered by an `allow` line in the other language's file),
or it will flag that language's ordinary text.  Exit status 1 when any is
found, so it can guard the lexicons.
"""
import os
import re
import sys
import unicodedata

DICTS = {"nl": "nl", "af": "af_ZA", "pl": "pl_PL", "en": "en_US"}
ABUSE = {"insult", "profanity", "threat", "sexual", "hate"}


def fold(word):
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    return word.replace("ł", "l").replace("ß", "ss")


def load_dict(code):
    path = "/usr/share/hunspell/%s.dic" % code
    words = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            next(f, None)
            for line in f:
                w = line.split("/", 1)[0].strip()
                if w and not w[0].isupper():
                    words.add(fold(w))
    except OSError:
        print("lint: %s missing (apt-get install hunspell-%s)" % (path, code[:2]),
              file=sys.stderr)
    return words


def entries(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("rule ") or line.startswith("@"):
                continue
            m = re.match(r'("([^"]*)"|(\S+))\s+(\S+)(.*)', line)
            if not m:
                continue
            term = m.group(2) if m.group(2) is not None else m.group(3)
            rest = m.group(5).split("#", 1)[0].split()
            yield n, term, m.group(4), rest


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "lexicons")
    dicts = {lang: load_dict(code) for lang, code in DICTS.items()}
    allowed = {lang: set() for lang in DICTS}
    abusive = {lang: (set(), []) for lang in DICTS}  # words, prefixes
    files = sorted(f for f in os.listdir(folder) if f.endswith(".lex"))
    for name in files:
        lang = name[:2] if name[:2] in DICTS else None
        if not lang:
            continue
        for _, term, cat, _ in entries(os.path.join(folder, name)):
            if cat == "allow":
                allowed[lang].add(fold(term.strip("*+")))
            elif cat in ABUSE and not term.startswith("*"):
                if term.endswith("*") or term.endswith("+"):
                    abusive[lang][1].append(fold(term[:-1]))
                abusive[lang][0].add(fold(term.rstrip("*+")))
    found = 0
    for name in files:
        lang = name[:2] if name[:2] in DICTS else None
        if not lang:
            continue
        for n, term, cat, rest in entries(os.path.join(folder, name)):
            if cat not in ABUSE or "strict" in rest or term.startswith("*"):
                continue
            word = fold(term.rstrip("*+"))
            if " " in word:
                continue
            others = [o for o in DICTS if o != lang and word in dicts[o]
                      and word not in allowed[o]
                      and word not in abusive[o][0]
                      and not any(word.startswith(p) for p in abusive[o][1])]
            if others:
                found += 1
                print("%s/%s:%d: '%s' (%s) is a word in %s" % (
                    folder, name, n, term, cat, ", ".join(others)))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
