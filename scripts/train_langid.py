#!/usr/bin/python3
"""Train kalm's language profile (lexicons/langid.profile).

Run with Debian's interpreter; it needs nothing beyond the standard
library and Debian's hunspell-af, hunspell-nl, hunspell-pl, hunspell-en-us
and hunspell-tools (for `unmunch`).  The output is the same on every run
(fixed seed), so a changed profile in a diff means changed data:

    /usr/bin/python3 scripts/train_langid.py            # writes the profile
    /usr/bin/python3 scripts/train_langid.py --holdout 0.2 --out /tmp/p.profile

Sources, per language (nl, af, pl, en):
  - the Debian hunspell dictionary: a fixed-seed sample of word forms
    (affixes expanded with `unmunch` where it copes with the .aff file; the
    Dutch one uses two-letter flags it cannot read, so Dutch uses the stems),
    and membership of a word in the full dictionary;
  - scripts/langid-data/<lang>.txt: short chat and e-mail sentences written
    for this project;
  - FUNCTION_WORDS below: the commonest words with rough frequencies per
    1000 tokens of running text, written from knowledge of the languages.
The evaluation corpus (shared/corpus) is never read here.

Each feature (character n-gram of order 1-4 over a word padded with '_', or
the whole word) gets a probability per language from a mixture of the
sources; its cost in a language is how many nats less likely it is there
than in the language that likes it most.  Features whose costs hardly differ
between languages are dropped: they would add the same to every language.
"""

import argparse
import collections
import math
import os
import random
import subprocess
import sys

LANGS = ["nl", "af", "pl", "en"]
HUNSPELL = {"nl": "nl", "af": "af_ZA", "pl": "pl_PL", "en": "en_US"}
ENCODING = {"nl": "utf-8", "af": "utf-8", "pl": "iso-8859-2", "en": "utf-8"}
UNMUNCH = {"nl": False, "af": True, "pl": True, "en": True}

SCALE = 16          # cost units per nat (must fit the C side's u8 costs)
MAX_COST = 9.0      # nats; one odd word cannot outvote a sentence
BOUNDARY = "_"
KIND_WORD = 5
KIND_PAIR = 6
WORD_FEATURE_MAX = 24
WORD_MAX = 48

# Rough frequency per 1000 tokens of chat and e-mail (so "i", "you" and
# "my" weigh more than in books).  Only the relative
# sizes across languages matter: "die" is a tenth of Afrikaans but a common
# Dutch pronoun too; "het" is "the/it" in Dutch and "has" in Afrikaans.
FUNCTION_WORDS = {
    "nl": """de 45 en 25 van 24 het 22 een 20 in 16 is 12 dat 12 op 9 te 9
        niet 9 ik 9 je 7 zijn 7 met 7 die 7 voor 7 er 6 aan 5 om 4 ook 4
        als 4 maar 4 dan 3 bij 3 of 3 uit 3 nog 3 kan 3 naar 3 ze 3 hij 3
        mijn 3 was 3 wel 2 wordt 2 door 2 u 2 we 2 me 2 heb 2 hebben 2
        heeft 2 geen 2 al 2 zo 2 wat 2 dit 2 deze 2 jij 1.2 wij 1 zij 1
        jullie 1.5 mij 1 werd 1 nu 1.5 hoe 1 waar 1 waarom 0.5 wie 0.5
        daar 1 hier 1 moet 1.2 zou 1 kunnen 1 wil 0.8 gaat 0.8 ga 0.5
        ben 1.5 bent 0.4 zal 0.5 mee 0.8 over 1.5 tot 1.5 na 1 toch 0.7
        heel 0.5 echt 0.6 goed 0.6 weer 0.8 alleen 0.5 veel 1 meer 1.5
        iets 0.5 niets 0.3 niks 0.3 iemand 0.3 niemand 0.2 alles 0.5
        altijd 0.4 nooit 0.3 graag 0.3 omdat 0.5 want 0.5 dus 0.6
        hun 1 haar 1.5 onze 0.4 ons 0.6 jouw 0.2 uw 0.5 't 0.2 's 0.2
        zich 1.5 worden 1 waren 1 hebt 0.3 kun 0.3 kunt 0.3 doen 0.5
        gedaan 0.2 gezegd 0.2 zijn 7 mag 0.3 moeten 0.6 willen 0.3
        zelf 0.4 nou 0.4 even 0.6 eens 0.4 hè 0.1 ja 0.5 nee 0.3
        dank 0.2 bedankt 0.2 alsjeblieft 0.1 tegen 0.6 zonder 0.4
        onder 0.5 tussen 0.4 sinds 0.2 zoals 0.5 welke 0.4 wanneer 0.3
        terwijl 0.2 hem 0.8 hen 0.2 elkaar 0.3 andere 0.6 eerste 0.5
        twee 0.5 jaar 0.6 nieuwe 0.3 ander 0.2 wordt 2 haha 0.1 lol 0.1 super 0.1
        oke 0.1 oké 0.1 ok 0.2 nie 0.1 da 0.1 ge 0.1 gij 0.05 ne 0.05
        slechts 0.3 reeds 0.3 wegens 0.2 moest 0.6 kon 0.8 zou 1 wilde 0.3
        gehad 0.3 daarom 0.3 hoewel 0.2 ongeveer 0.3 binnen 0.4 buiten 0.2
        samen 0.4 elke 0.4 beide 0.2 sommige 0.2 groot 0.5 grote 0.4
        klein 0.3 kleine 0.2 oude 0.2 eerst 0.3 dhr 0.05 mevr 0.05
        nadat 0.2 daarover 0.1 daarvan 0.2 daarin 0.2 waarin 0.2
        waarvan 0.1 gemaakt 0.3 gekregen 0.2 gegeven 0.2 komen 0.5
        komt 0.4 gekomen 0.1 mensen 0.6 tijd 0.4 land 0.3 stad 0.2
        wereld 0.3 eeuw 0.1 dag 0.3 jaren 0.3 vandaag 0.2 toen 1 zegt 0.3
        verschillende 0.3 waarschijnlijk 0.1 volgens 0.3 maken 0.4
        mogelijk 0.2 werden 0.5 geweest 0.3 hadden 0.4 had 0.8""",
    "af": """die 60 en 25 van 18 is 20 in 16 'n 22 het 18 om 8 te 7 nie 18
        dat 6 op 5 met 6 vir 10 wat 8 word 4 hy 4 sy 5 ek 8 jy 3 julle 1.5
        ons 3 hulle 4 my 4 jou 2 u 0.5 dit 10 was 4 sal 3 kan 3 moet 2
        wil 1 aan 3 as 4 by 2 uit 2 oor 2 na 3 tot 1.5 ook 3 maar 3 of 2
        nog 1.5 al 1.5 so 2 net 1 nou 1 hier 1 daar 1.5 wees 1 gewees 0.5
        geen 1 niks 0.5 niemand 0.3 iemand 0.3 alles 0.5 altyd 0.3
        nooit 0.3 baie 2 meer 1.5 hoe 0.7 waar 0.8 hoekom 0.4 wie 0.5
        hierdie 2 daardie 0.6 deur 2 gaan 1.5 kry 0.5 sê 0.8 dis 0.5
        asseblief 0.3 dankie 0.3 moenie 0.3 ja 0.3 nee 0.2 weet 0.5
        reg 0.3 egter 0.5 terwyl 0.3 omdat 0.5 want 0.4 toe 1.5
        sodat 0.3 hul 0.6 haar 1 hom 1 mekaar 0.3 meeste 0.3 ander 1
        een 1 twee 0.5 dié 0.3 wanneer 0.5 word 4 geword 0.3 gehad 0.3
        ná 0.1 sonder 0.3 teen 0.6 onder 0.5 tussen 0.4 sedert 0.2
        soos 1 watter 0.4 nuwe 0.3 jaar 0.6 eerste 0.5 self 0.3 mens 0.4
        mos 0.1 darem 0.1 sommer 0.1 tog 0.2 jy's 0.05 ek's 0.05 se 3
        haha 0.1 lol 0.1 super 0.1 oukei 0.05 ok 0.2 ja 0.3 né 0.02 nè 0.02
        slegs 1 reeds 0.4 weens 0.3 moes 1 kon 1.2 sou 1.5 wou 0.5
        gehad 0.3 daarom 0.3 hoewel 0.2 ongeveer 0.3 omtrent 0.2 binne 0.5
        buite 0.3 saam 0.4 elke 0.5 beide 0.2 albei 0.2 sommige 0.3
        party 0.2 groot 0.5 klein 0.3 ou 0.4 eers 0.3 mnr 0.2 mev 0.1
        nadat 0.3 daaroor 0.1 daarvan 0.2 daarin 0.2 waarin 0.2
        waarvan 0.1 gemaak 0.3 gesê 0.4 gekry 0.2 gegee 0.2 gedoen 0.1
        kom 0.6 gekom 0.2 mense 0.6 tyd 0.4 land 0.3 stad 0.2 wêreld 0.3
        eeu 0.1 dag 0.3 jare 0.3 vandag 0.2 verskeie 0.2 waarskynlik 0.1
        volgens 0.3 maak 0.4 moontlik 0.1 nadat 0.3 verlede 0.2""",
    "pl": """w 35 i 30 się 20 na 20 nie 20 z 17 do 13 to 13 że 10 a 7 o 6
        jak 5 ale 5 po 5 co 5 jest 8 od 3 za 4 tak 3 mnie 3 mi 2 ja 2
        ty 1 on 1 ona 1 my 1 wy 0.5 oni 0.5 czy 3 już 3 tylko 2 jego 2
        jej 2 ich 2 tym 2 tego 3 ten 2 ta 1.5 te 1.5 przez 3 dla 3 przy 1.5
        był 1.5 była 1 było 1 są 3 będzie 1.5 może 2 bardzo 1.5
        jeszcze 1.5 też 1.5 gdzie 0.8 kiedy 1 dlaczego 0.4 bo 1.5
        który 2 które 1.5 która 1.5 mam 1 ma 2 nic 0.7 wszystko 0.6
        także 1 oraz 1.5 pan 0.8 pani 0.6 proszę 0.5 dziękuję 0.2 ze 1.5
        we 0.7 u 1 mój 0.3 moje 0.3 moja 0.3 jestem 0.5 jesteś 0.3 go 1
        je 0.8 im 0.5 tu 0.5 tam 0.7 teraz 0.5 no 0.5 sie 2 juz 0.5
        byl 0.2 sa 0.4 bedzie 0.3 moze 0.4 tez 0.3 prosze 0.2
        dziekuje 0.1 jestes 0.1 mozna 0.2 można 0.8 jako 1.5 jednak 0.8
        więc 0.8 wiec 0.2 gdy 0.8 jeśli 0.6 jesli 0.1 nawet 0.5 żeby 0.6
        zeby 0.2 nas 0.8 was 0.4 nim 0.6 niego 0.5 jej 2 sobie 1
        siebie 0.4 ze 1.5 roku 0.8 lat 0.5 dwa 0.5 nowy 0.3 pod 0.8
        nad 0.5 przed 0.8 między 0.4 bez 0.6 według 0.3 został 0.6
        została 0.4 zostały 0.3 mają 0.8 można 0.8 trzeba 0.4
        haha 0.1 xd 0.1 ok 0.2 lol 0.05 super 0.1 okej 0.1 spoko 0.1 tylko 2
        wszystkie 0.5 wszystkich 0.5 bardziej 0.4 potem 0.4 zawsze 0.3
        nigdy 0.3 ktoś 0.3 nikt 0.3 coś 0.4 dzięki 0.1 dziękuję 0.2""",
    "en": """the 55 of 28 and 27 to 25 a 22 in 17 is 10 that 10 for 8 it 9
        as 5 was 7 with 6 be 5 by 4 on 6 not 4 he 5 i 25 this 4 are 4 or 3
        his 3 from 4 at 4 which 2 but 4 have 4 an 3 they 3 you 12 were 2
        her 2 she 2 there 2 been 2 has 3 their 2 one 2 we 3 my 8 me 4
        will 2 would 2 can 2 all 2 so 2 if 2 do 4 what 2 no 1.5 just 1.5
        don't 1 i'm 1.5 it's 1 get 1 your 3 our 1 them 1 then 1 when 1.5
        why 0.5 where 0.5 how 1 who 1 still 0.7 please 0.5 thanks 0.3
        yet 0.4 again 0.5 never 0.5 some 1 any 0.6 out 1.5 up 1.5
        about 1.5 more 1.5 into 1 only 1 also 1 than 1 like 1 should 0.6
        could 1 did 1 had 3 does 0.5 its 1.5 these 1 those 0.5 here 0.6
        now 1 very 0.7 because 0.6 after 1 before 0.5 over 1 between 0.5
        through 0.5 while 0.4 other 1 such 0.6 being 0.6 can't 0.4
        didn't 0.4 doesn't 0.3 isn't 0.2 i've 0.3 you're 0.4 won't 0.2
        him 1 us 0.6 most 0.6 many 0.6 new 0.8 first 0.7 two 0.7 year 0.5
        people 0.6 time 0.8 know 0.6 think 0.5 want 0.5 need 0.4 got 0.5
        said 1 go 0.5 going 0.4 make 0.5 made 0.5 well 0.5 way 0.4 off 0.4
        down 0.6 back 0.5 there's 0.2 that's 0.4 what's 0.2 yes 0.3
        rt 0.3 lol 0.5 lmao 0.2 omg 0.2 idk 0.1 u 0.4 ur 0.2 im 0.3
        dont 0.2 thx 0.05 pls 0.05 plz 0.05 ya 0.1 gonna 0.2 wanna 0.1
        ain't 0.1 haha 0.1 super 0.1 ok 0.3 okay 0.2""",
}


# ---------------------------------------------------------------------------
# Text as the C side sees it (lib/langid.c: langid_lower, langid_is_letter,
# langid_chunk).  The C side lower-cases only Latin; Python's lower() agrees
# on every letter that is kept.

APOSTROPHES = "'\u2019\u2018\u02bc\u00b4`"


def is_letter(ch):
    c = ord(ch)
    return (0x61 <= c <= 0x7A) or (0xDF <= c <= 0x24F and c != 0xF7)


def words_of(text):
    """The words the C tokenizer would read from TEXT, as strings."""
    return [t for t in tokens_of(text) if t]


def tokens_of(text):
    """Words as words_of, with "" wherever a sentence ends (. ! ?)."""
    out = []
    for chunk in text.split():
        w = []
        apostrophe = False
        for ch in chunk.lower() + " ":
            if ch == "\u0133":
                if len(w) + 1 < WORD_MAX:
                    w += ["i", "j"]
                apostrophe = False
                continue
            if is_letter(ch):
                if apostrophe and len(w) < WORD_MAX:
                    w.append("'")
                apostrophe = False
                if len(w) >= 2 and w[-1] == ch and w[-2] == ch:
                    continue
                if len(w) < WORD_MAX:
                    w.append(ch)
                continue
            if ch in APOSTROPHES and not apostrophe:
                apostrophe = True
                continue
            if w:
                out.append("".join(w))
            w = []
            apostrophe = False
            if ch in ".!?":
                out.append("")
    return out


def pairs_of(text):
    """Neighbouring words as langid_word pairs them: "first_second", or
    "_second" for the first word of a sentence."""
    prev = ""
    for t in tokens_of(text):
        if not t:
            prev = ""
            continue
        if len(t) > WORD_FEATURE_MAX:
            prev = None
            continue
        if prev is not None:
            yield prev + BOUNDARY + t
        prev = t


def grams_of(word):
    """(order, gram) pairs of one word, as langid_word emits them."""
    p = BOUNDARY + word + BOUNDARY
    for i in range(len(p)):
        for k in range(1, 5):
            if i + k > len(p):
                break
            if k == 1 and p[i] == BOUNDARY:
                continue
            yield k, p[i:i + k]


def feature_key(gram, kind):
    """FNV-1a as in lib/langid.c (three bytes per code point, then kind)."""
    h = 2166136261
    for ch in gram:
        c = ord(ch)
        for b in (c & 255, (c >> 8) & 255, (c >> 16) & 255):
            h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return ((h ^ kind) * 16777619) & 0xFFFFFFFF


# ---------------------------------------------------------------------------
# Sources

def dictionary_forms(lang, hunspell_dir):
    """All lower-case word forms of the hunspell dictionary (a set)."""
    name = HUNSPELL[lang]
    dic = os.path.join(hunspell_dir, name + ".dic")
    aff = os.path.join(hunspell_dir, name + ".aff")
    enc = ENCODING[lang]
    if UNMUNCH[lang]:
        raw = subprocess.run(["unmunch", dic, aff], check=True,
                             stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL).stdout
        lines = raw.decode(enc, errors="replace").splitlines()
    else:
        with open(dic, encoding=enc, errors="replace") as f:
            lines = f.read().splitlines()[1:]
    forms = set()
    for line in lines:
        word = line.split("/", 1)[0].strip()
        # Names and abbreviations tell little about running text.
        if not word or word[0].isupper() or any(c.isdigit() for c in word):
            continue
        for w in words_of(word):
            if len(w) >= 2:
                forms.add(w)
    return forms


def read_sentences(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f
                if l.strip() and not l.lstrip().startswith("#")]


def function_words(lang):
    fields = FUNCTION_WORDS[lang].split()
    table = {}
    for w, f in zip(fields[0::2], fields[1::2]):
        for v in words_of(w):
            table[v] = max(table.get(v, 0.0), float(f))
    return table


# ---------------------------------------------------------------------------
# Model

def normalise(counter):
    total = float(sum(counter.values())) or 1.0
    return {k: v / total for k, v in counter.items()}


def gram_distributions(words_weighted):
    """Per order, gram -> probability, from (word, weight) pairs."""
    counts = {k: collections.Counter() for k in range(1, 5)}
    for w, weight in words_weighted:
        for k, g in grams_of(w):
            counts[k][g] += weight
    return {k: normalise(c) for k, c in counts.items()}


def costs_from(probs):
    best = max(probs)
    return [min(MAX_COST, math.log(best) - math.log(p)) for p in probs]


def quantise(costs):
    return [min(255, int(round(c * SCALE))) for c in costs]


def train(args):
    rng = random.Random(args.seed)
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = args.data or os.path.join(here, "langid-data")
    dict_forms, dict_sample, sent_words, sent_pairs, func = {}, {}, {}, {}, {}
    heldout = {}
    for lang in LANGS:
        forms = dictionary_forms(lang, args.hunspell)
        dict_forms[lang] = forms
        ordered = sorted(forms)
        rng.shuffle(ordered)
        dict_sample[lang] = ordered[:args.dict_sample]
        sents = read_sentences(os.path.join(data_dir, lang + ".txt"))
        rng.shuffle(sents)
        cut = int(len(sents) * args.holdout)
        heldout[lang] = sents[:cut]
        sent_words[lang] = [w for s in sents[cut:] for w in words_of(s)]
        sent_pairs[lang] = [p for s in sents[cut:] for p in pairs_of(s)]
        func[lang] = function_words(lang)
        print(f"{lang}: {len(forms)} dictionary forms, "
              f"{len(sents) - cut} sentences, {len(func[lang])} function words",
              file=sys.stderr)

    # Per language and order: a mixture of dictionary forms (content-word
    # shape), the sentences (chat as written) and function words weighted
    # by frequency (what running text is half made of).
    gram_p = {}
    for lang in LANGS:
        d = gram_distributions((w, 1.0) for w in dict_sample[lang])
        s = gram_distributions((w, 1.0) for w in sent_words[lang])
        f = gram_distributions(func[lang].items())
        mix = {}
        for k in range(1, 5):
            m = collections.defaultdict(float)
            for dist, weight in ((d[k], args.mix_dict), (s[k], args.mix_sent),
                                 (f[k], args.mix_func)):
                for g, p in dist.items():
                    m[g] += weight * p
            mix[k] = m
        gram_p[lang] = mix

    features = []  # (kind, text, costs)
    floor = {1: 2e-5, 2: 2e-6, 3: 5e-7, 4: 2e-7}
    top = {1: 1000, 2: args.top2, 3: args.top3, 4: args.top4}
    for k in range(1, 5):
        cand = set()
        for lang in LANGS:
            ranked = sorted(gram_p[lang][k].items(), key=lambda x: -x[1])
            cand.update(g for g, _ in ranked[:top[k]])
        for g in sorted(cand):
            probs = [gram_p[l][k].get(g, 0.0) + floor[k] for l in LANGS]
            c = costs_from(probs)
            if max(c) - min(c) < args.min_spread:
                continue
            features.append((k, g, quantise(c)))

    # Whole words: function words and the sentences' words, with the
    # dictionaries deciding between languages for the rest.
    sent_p = {l: normalise(collections.Counter(sent_words[l])) for l in LANGS}
    vocab = set()
    for l in LANGS:
        vocab.update(func[l])
        vocab.update(sent_p[l])
    # A word the sentences of one language happen to use once ("haha",
    # "super", a name) is weak evidence: every language gets a share of
    # the words seen in any, and only the function words, whose
    # frequencies are known, keep their full cost.
    pool = collections.Counter()
    for l in LANGS:
        for w, p in sent_p[l].items():
            pool[w] += p / len(LANGS)
    all_func = set().union(*(func[l] for l in LANGS))

    def word_prob(w, l):
        # A function word's frequency is known from FUNCTION_WORDS; the
        # few hundred sentences would only add noise to it.
        if w in all_func:
            p = func[l].get(w, 0.0) / 1000.0
        else:
            p = 0.5 * sent_p[l].get(w, 0.0) + args.pool * pool[w]
        if w in dict_forms[l]:
            p += args.dict_word
        return p + args.word_floor
    for w in sorted(vocab):
        if len(w) > WORD_FEATURE_MAX:
            continue
        probs = []
        for l in LANGS:
            probs.append(word_prob(w, l))
        c = costs_from(probs)
        if w not in all_func:
            c = [x * args.content_word_scale for x in c]
        if max(c) - min(c) < args.min_spread:
            continue
        features.append((KIND_WORD, w, quantise(c)))

    # Word pairs, from the sentences alone: what a pair says beyond its two
    # words, log P(second | first) / P(second), with P(second | first)
    # absolutely discounted towards P(second).  A language that never
    # showed the first word has no opinion (ratio 1).
    word_p = {}
    for l in LANGS:
        def p_word(w, l=l):
            return 1.0 if w == "" else word_prob(w, l)
        word_p[l] = p_word
    pair_stats = {}
    for l in LANGS:
        pairs = collections.Counter(sent_pairs[l])
        first = collections.Counter()
        kinds = collections.Counter()
        for pr, c in pairs.items():
            a = pr.split(BOUNDARY)[0]
            first[a] += c
            kinds[a] += 1
        pair_stats[l] = (pairs, first, kinds)
    D = args.discount
    all_pairs = set()
    for l in LANGS:
        all_pairs.update(p for p, c in pair_stats[l][0].items())
    for pr in sorted(all_pairs):
        a, b = pr.split(BOUNDARY)
        score = []
        for l in LANGS:
            pairs, first, kinds = pair_stats[l]
            if first[a] == 0:
                score.append(0.0)
                continue
            pb = word_p[l](b)
            cond = (max(pairs[pr] - D, 0.0) / first[a] +
                    D * kinds[a] / first[a] * pb)
            score.append(math.log(cond / pb))
        best = max(score)
        c = [min(MAX_COST, best - x) for x in score]
        if max(c) - min(c) < args.min_pair_spread:
            continue
        features.append((KIND_PAIR, pr, quantise(c)))

    # The C compiler refuses two features with one key; keep the first.
    seen, unique = set(), []
    for kind, g, c in features:
        key = feature_key(g, kind)
        if key in seen:
            continue
        seen.add(key)
        unique.append((kind, g, c))
    return unique, heldout


HEADER = """\
# kalm language profile: naive Bayes costs for language identification.
# Generated by scripts/train_langid.py; edit the trainer or its data, not
# this file.  Compiled by lib/langid.c (langid_profile_compile).
#
# Format: UTF-8 text, one statement a line; '#' starts a comment; fields
# are separated by blanks.
#   kalm-langid 1            first statement: format and version
#   langs nl af pl en        the order of the cost columns (fixed)
#   scale N                  cost units per nat (1..255)
#   weight KIND X            multiplier for a feature kind (1-4 n-gram
#                            order, w word, b word pair)
#   temperature X            posterior = softmax(-X * summed nats)
#   hint X                   log-odds bonus of the caller's hint (nats)
#   min-letters N            fewer letters than N is no evidence
#   KIND GRAM C C C C        a feature and its cost per language (0..255,
#                            scale units; 0 for the language most likely
#                            to produce it).  KIND 1-4: a character n-gram
#                            of that many letters, '_' marking a word
#                            boundary; KIND w: a whole lower-case word;
#                            KIND b: two neighbouring words FIRST_SECOND,
#                            or _WORD for the first word of a sentence.
"""


KIND_NAME = {KIND_WORD: "w", KIND_PAIR: "b"}


def write_profile(path, features, args):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("\nkalm-langid 1\nlangs nl af pl en\n")
        f.write(f"scale {SCALE}\n")
        for k, w in zip(["1", "2", "3", "4", "w", "b"], args.weights):
            f.write(f"weight {k} {w:g}\n")
        f.write(f"temperature {args.temperature:g}\n")
        f.write(f"hint {args.hint:g}\n")
        f.write(f"min-letters {args.min_letters}\n")
        counts = collections.Counter(k for k, _, _ in features)
        f.write("\n# features: " + ", ".join(
            f"{counts[k]} of kind {KIND_NAME.get(k, k)}"
            for k in sorted(counts)) + "\n")
        for kind, g, c in features:
            k = KIND_NAME.get(kind, str(kind))
            f.write(f"{k} {g} {c[0]} {c[1]} {c[2]} {c[3]}\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(
        here, "..", "lexicons", "langid.profile"))
    ap.add_argument("--data", help="folder of <lang>.txt sentences")
    ap.add_argument("--hunspell", default="/usr/share/hunspell")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--holdout", type=float, default=0.0,
                    help="keep this share of the sentences out of training "
                         "and write them to OUT.heldout-<lang>.txt")
    ap.add_argument("--dict-sample", type=int, default=120000)
    ap.add_argument("--mix-dict", type=float, default=0.4)
    ap.add_argument("--mix-sent", type=float, default=0.3)
    ap.add_argument("--mix-func", type=float, default=0.3)
    ap.add_argument("--dict-word", type=float, default=2e-5,
                    help="probability of a word listed in the dictionary")
    ap.add_argument("--pool", type=float, default=0.1,
                    help="share of the words seen in any language's "
                         "sentences that every language gets")
    ap.add_argument("--content-word-scale", type=float, default=0.5,
                    help="cost multiplier for words that are no function "
                         "word")
    ap.add_argument("--word-floor", type=float, default=1e-6,
                    help="probability of a word a language never showed")
    ap.add_argument("--top2", type=int, default=700)
    ap.add_argument("--top3", type=int, default=2500)
    ap.add_argument("--top4", type=int, default=3000)
    ap.add_argument("--min-spread", type=float, default=0.25)
    ap.add_argument("--weights", type=float, nargs=6,
                    default=[0.2, 0.3, 0.5, 0.7, 3.0, 2.0],
                    help="per kind: n-gram orders 1-4, word, word pair")
    ap.add_argument("--discount", type=float, default=0.75)
    ap.add_argument("--min-pair-spread", type=float, default=0.5)
    ap.add_argument("--temperature", type=float, default=0.25)
    ap.add_argument("--hint", type=float, default=2.5)
    ap.add_argument("--min-letters", type=int, default=2)
    args = ap.parse_args()
    features, heldout = train(args)
    write_profile(args.out, features, args)
    if args.holdout > 0:
        for lang, lines in heldout.items():
            with open(f"{args.out}.heldout-{lang}.txt", "w",
                      encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    print(f"wrote {args.out}: {len(features)} features", file=sys.stderr)


if __name__ == "__main__":
    main()
