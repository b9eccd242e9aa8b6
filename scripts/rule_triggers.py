#!/usr/bin/python3
"""Find phrase rules whose trigger words are common, and propose rarer ones.

    scripts/rule_triggers.py [--with] [--text FILE] [--write] [LEXICON.lex ...]

A rule's pattern is tried near every occurrence of one of its triggers, so
a rule triggered by 'is' or 'zijn' costs a few pattern tries in most
messages.  This script reads each rule's PCRE2 pattern (Python's own
parser reads the subset the lexicons use), finds the sets of whole words
of which every match must contain one -- a required word, or a required
group of word alternatives such as the insults at the end of a pattern --
and proposes the set that is rarest in everyday text, among those that
begin at most ten words after the start of the match (the reach of a
trigger, lib/match.c).

Everyday text is FILE (one message per line), by default 50,000 messages
of tests/bench/gen_chat.py.  A rule is reported when its triggers occur
at least once per thousand messages and the proposal is at least four
times rarer.  --write rewrites the lexicon files with the proposals; check
the result with `kalm eval` and the hard cases, as for any lexicon change.

The lexicons' triggers and 'with' lists were last chosen so with FILE
= 50,000 generated messages, the FLORES sentences of ../shared/corpus and
the first 5,000 messages of its banking77 file (real customer questions,
whose "get", "top up", "need", "can't" and "have" triggered threat and
insult rules); its other 5,003 messages are held out to measure what it
saves.  Only where a rule is tried may change, never what it matches:
the match suite's random words compare the rules tried so with every
rule tried everywhere (they caught a list of whole words for a rule whose
prefix triggers stood for compounds; such rules are left alone).

With --with, the triggers stay and the proposal is a 'with' list instead
(lexicons/README.md): a set of words every match holds one of, anywhere
in the match (no reach), that must occur in the message too; proposed
when it takes the rule out of a third or more of the messages it is
tried in.  This suits rules whose phrase starts with common words ("ik
wil ...") and ends in rare ones (the threat's verb): the rule is then
tried only in messages holding both.  Rules that have a 'with' list
already are left alone.
"""
import collections
import os
import re
import subprocess
import sys
from re import _constants as C
from re import _parser as P

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REACH = 10  # words a trigger reaches back (RULE_REACH in lib/match.c)
WORD = re.compile(r"^[a-z']+$")  # a term holds no digits (lib/lexicon.c)
RULE = re.compile(r"^(rule\s+.*?\bwhen\s+)(\S+)(\s*:\s*)(.*)$")
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
INF = 10 ** 6


class Frequencies:
    def __init__(self, lines):
        self.count = collections.Counter()
        self.where = collections.defaultdict(set)  # word -> its messages
        self.lines = 0
        for line in lines:
            for w in re.findall(r"[a-z']+", line.lower()):
                self.count[w] += 1
                self.where[w].add(self.lines)
            self.lines += 1

    def messages(self, words):
        """The messages holding one of WORDS."""
        found = set()
        for word in words:
            if word.endswith("*"):
                for w, at in self.where.items():
                    if w.startswith(word[:-1]):
                        found |= at
            else:
                found |= self.where.get(word, set())
        return found

    def of(self, word):
        if word.endswith("*"):
            stem = word[:-1]
            return sum(n for w, n in self.count.items() if w.startswith(stem))
        return self.count.get(word, 0)

    def cost(self, words):
        return sum(self.of(w) + 1 for w in words)


def nonword(item):
    """Does ITEM match only non-word characters (\\W, \\s, space, marks)?"""
    op, av = item
    if op is C.IN:
        return all((o is C.CATEGORY and
                    a in (C.CATEGORY_NOT_WORD, C.CATEGORY_SPACE)) or
                   (o is C.LITERAL and chr(a) in " ,.!?")
                   for o, a in av)
    if op in REPEATS and av[0] >= 1:
        body = list(av[2])
        return bool(body) and nonword(body[0]) and nonword(body[-1])
    return False


def word_goes_on(item):
    """Is ITEM \\w* or \\w+ (the word continues)?"""
    if item is None or item[0] not in REPEATS:
        return False
    body = list(item[1][2])
    return (len(body) == 1 and body[0][0] is C.IN and
            body[0][1] == [(C.CATEGORY, C.CATEGORY_WORD)])


def left_bound(item):
    if nonword(item):
        return True
    op, av = item
    return ((op is C.AT and av in (C.AT_BOUNDARY, C.AT_BEGINNING,
                                   C.AT_BEGINNING_STRING)) or
            (op is C.LITERAL and av == 32))


def right_bound(item):
    if nonword(item):
        return True
    op, av = item
    return ((op is C.AT and av in (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING))
            or (op is C.LITERAL and chr(av) in " ,.!?"))


def left_bound_at(items, i, outer):
    """Is the position before ITEMS[I] a word boundary?  OUTER: whether
    the start of ITEMS is one."""
    while i > 0:
        op, av = items[i - 1]
        if op in (C.ASSERT, C.ASSERT_NOT):
            i -= 1  # zero width: look before
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:
            body = list(av[2])
            last = body[-1] if body else None
            if last and (nonword(last) or last == (C.LITERAL, 32)):
                i -= 1  # it ends at a boundary, or is empty: look before
                continue
        return left_bound(items[i - 1])
    return outer


def strings(items, limit=5000):
    """The finite set of strings a sequence of literals, classes of a few
    letters, groups and alternatives matches, or None."""
    acc = {""}
    for op, av in list(items):
        if op is C.LITERAL:
            part = {chr(av)}
        elif op is C.BRANCH:
            part = set()
            for alt in av[1]:
                x = strings(alt, limit)
                if x is None:
                    return None
                part |= x
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:  # flags changed inside the group
                return None
            part = strings(av[-1], limit)
            if part is None:
                return None
        elif op is C.IN:
            part = set()
            for o, a in av:
                if o is C.LITERAL:
                    part.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < 30:
                    part |= {chr(c) for c in range(a[0], a[1] + 1)}
                else:
                    return None
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            x = strings(av[2], limit)
            if x is None:
                return None
            part = x | {""}
        else:
            return None
        acc = {a + b for a in acc for b in part}
        if len(acc) > limit:
            return None
    return acc


def separators(items):
    """The most word separators a sequence can cross."""
    n = 0
    for op, av in list(items):
        if op is C.LITERAL:
            n += av == 32
        elif op is C.IN:
            n += nonword((op, av))
        elif op in REPEATS:
            if nonword((op, av)):
                n += 1
            else:
                b = separators(av[2])
                if b:
                    n += INF if av[1] == C.MAXREPEAT else av[1] * b
        elif op is C.BRANCH:
            n += max(separators(a) for a in av[1])
        elif op is C.SUBPATTERN:
            n += separators(av[-1])
        elif op is C.ATOMIC_GROUP:
            n += separators(av)
    return min(n, INF)


def required(items, freq, before=0, lb0=True, rb0=False):
    """Candidate trigger sets of a sequence: each a frozenset of words (a
    trailing '*': any word starting so) of which every match holds one.
    BEFORE: word separators the match may cross before the sequence; LB0,
    RB0: whether its start and end are word boundaries."""
    items = list(items)
    found = []
    i = 0
    while i < len(items):
        # a stretch of items with finitely many literal strings
        j = i
        while (j < len(items) and items[j][0] is not C.AT and
               strings([items[j]]) is not None):
            j += 1
        if j > i:
            texts = strings(items[i:j])
            nxt = items[j] if j < len(items) else None
            lb = left_bound_at(items, i, lb0)
            rb = right_bound(nxt) if nxt is not None else rb0
            prefix = not rb and word_goes_on(nxt)
            words = set()
            for text in texts or ():
                parts = text.split(" ")
                whole = [w for k, w in enumerate(parts)
                         if w and WORD.match(w) and (k > 0 or lb) and
                         (k < len(parts) - 1 or rb)]
                if (prefix and lb and len(parts) == 1 and len(parts[0]) >= 4
                        and WORD.match(parts[0])):
                    whole = [parts[0] + "*"]
                if not whole:
                    words = None
                    break
                words.add(min(whole, key=freq.of))
            if words and before + separators(items[:i]) <= REACH:
                found.append(frozenset(words))
            i = j
            continue
        op, av = items[i]
        here = before + separators(items[:i])
        lbi = left_bound_at(items, i, lb0)
        rbi = right_bound(items[i + 1]) if i + 1 < len(items) else rb0
        if op is C.SUBPATTERN:
            found += required(av[-1], freq, here, lbi, rbi)
        elif op is C.BRANCH:
            per = []
            for alt in av[1]:
                cands = required(alt, freq, here, lbi, rbi)
                if not cands:
                    per = None
                    break
                per.append(min(cands, key=freq.cost))
            if per:
                found.append(frozenset().union(*per))
        elif op in REPEATS and av[0] >= 1:
            once = av[1] == 1
            found += required(av[2], freq, here, lbi and once, rbi and once)
        elif op is C.ATOMIC_GROUP:
            found += required(av, freq, here, lbi, rbi)
        i += 1
    return found


def propose(pattern, freq):
    try:
        tree = list(P.parse(pattern))
    except Exception:  # PCRE2 syntax Python does not read
        return None
    cands = required(tree, freq)
    return min(cands, key=freq.cost) if cands else None


def main(argv):
    global REACH
    write = "--write" in argv
    with_mode = "--with" in argv
    argv = [a for a in argv if a not in ("--write", "--with")]
    if with_mode:
        REACH = INF  # a 'with' word may stand anywhere in the match
    text = None
    if "--text" in argv:
        k = argv.index("--text")
        text = argv[k + 1]
        del argv[k:k + 2]
    files = argv or [os.path.join(ROOT, "lexicons", f"{l}.lex")
                     for l in ("nl", "af", "pl", "en")]
    if text:
        with open(text, encoding="utf-8", errors="replace") as f:
            freq = Frequencies(f)
    else:
        out = subprocess.run(
            [sys.executable, os.path.join(ROOT, "tests/bench/gen_chat.py"),
             "--messages", "50000"], check=True, capture_output=True,
            text=True).stdout
        freq = Frequencies(out.splitlines())
    floor = max(1, freq.lines // 1000)
    reported = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        for n, line in enumerate(lines):
            m = RULE.match(line.rstrip("\n"))
            if not m:
                continue
            old = m.group(2).split(",")
            if with_mode and (re.search(r"\bwith\s", m.group(1)) or
                              any(w.endswith("*") for w in old)):
                # triggers that are prefixes stand for compounds, which a
                # list of whole words misses when the view keeps what
                # follows a boundary of the pattern in the word
                # (kolerehomo followed by three apostrophes and an s)
                continue
            best = propose(m.group(4), freq)
            if best is None:
                continue
            before, after = freq.cost(old), freq.cost(best)
            if with_mode:
                # The rule is tried in the messages holding a trigger; with
                # the list, only in those holding one of its words too.  A
                # message spared saves a try or more (about ten times what
                # a list word costs where it occurs: a candidate).
                tried = freq.messages(old)
                both = tried & freq.messages(best)
                spared = len(tried) - len(both)
                if (len(tried) < floor or len(both) * 1.5 > len(tried) or
                        after > 10 * spared):
                    continue
            elif before < floor or after * 4 >= before:
                continue
            reported += 1
            if with_mode:
                print(f"{os.path.basename(path)}:{n + 1}: when "
                      f"{','.join(old)} (in {len(tried)} messages): with "
                      f"{','.join(sorted(best))} (both in {len(both)})")
                head = m.group(1)
                k = head.rindex("when")
                lines[n] = (head[:k] + "with " + ",".join(sorted(best)) +
                            " " + head[k:] + m.group(2) + m.group(3) +
                            m.group(4) + "\n")
                continue
            print(f"{os.path.basename(path)}:{n + 1}: {','.join(old)} "
                  f"({before} occurrences) -> {','.join(sorted(best))} "
                  f"({after})")
            lines[n] = (m.group(1) + ",".join(sorted(best)) + m.group(3) +
                        m.group(4) + "\n")
        if write:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(lines)
    print(f"{reported} rule(s) with "
          f"{'a with list to add' if with_mode else 'rarer triggers'} "
          f"(word counts in {freq.lines} messages)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
