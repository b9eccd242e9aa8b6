#!/usr/bin/python3
"""Deterministic generator of realistic helpdesk chat traffic for kalm's
benchmarks: short messages in Dutch, Afrikaans, Polish and English, a few
percent abusive (some obfuscated), emoji and Polish diacritics.

    gen_chat.py [--messages N] [--seed S] [--abusive P] > chat.txt

The sentences are written for this generator; nothing comes from a corpus.
"""
import argparse
import random
import sys

CLEAN = {
    "en": [
        "Hi, my order {n} has not arrived yet.",
        "Could you check the status of my refund please?",
        "The app keeps crashing when I open my account page.",
        "I was charged twice for the same subscription this month.",
        "This is the third time I am writing about this!!!",
        "Why does the delivery take so long? It was due on {day}.",
        "Thanks, that fixed it 👍",
        "I want to cancel my contract, how do I do that?",
        "My card was declined at the shop but the money is gone.",
        "Can I change the delivery address for order {n}?",
        "UNACCEPTABLE. I want my money back TODAY.",
        "ok thanks",
        "Is there a discount for students?",
        "The router light is blinking orange, what does that mean?",
    ],
    "nl": [
        "Goedemiddag, mijn bestelling {n} is nog steeds niet bezorgd.",
        "Kunt u mij vertellen wanneer mijn terugbetaling komt?",
        "De app loopt steeds vast als ik wil inloggen.",
        "Er staat twee keer hetzelfde bedrag op mijn factuur.",
        "Ik heb dit al drie keer gemeld en er gebeurt NIETS!",
        "Mijn poes heeft het pakket opengekrabd, haha 😺",
        "Bedankt voor de snelle hulp.",
        "Hoe kan ik mijn abonnement opzeggen?",
        "Wanneer komt de monteur langs?",
        "Ik wil mijn geld terug, dit is belachelijk.",
    ],
    "af": [
        "Goeiemôre, my bestelling het nog nie opgedaag nie.",
        "Kan julle asseblief my rekening nagaan?",
        "Ek het al drie keer gebel en niemand help my nie!",
        "Die program werk weer nie, wat moet ek doen?",
        "Baie dankie vir die hulp, dit werk nou.",
        "Wanneer kry ek my geld terug?",
        "As julle dit nie vandag regmaak nie, kanselleer ek.",
        "Hoe verander ek my adres op die stelsel?",
    ],
    "pl": [
        "Dzień dobry, paczka {n} jeszcze nie dotarła.",
        "Proszę o zwrot pieniędzy za uszkodzony towar.",
        "Aplikacja znowu się zawiesza przy logowaniu.",
        "Piszę już trzeci raz w tej sprawie!!!",
        "Dziękuję za szybką pomoc 🙂",
        "Jak mogę zmienić adres dostawy?",
        "Faktura jest błędna, kwota się nie zgadza.",
        "Kiedy przyjedzie kurier? Czekam od poniedziałku.",
        "Złożę skargę do rzecznika konsumentów.",
    ],
}

ABUSIVE = {
    "en": ["you useless idiot", "this fucking router is broken again",
           "are you deaf or just stupid", "f*ck you and your company",
           "you f.u.c.k.i.n.g moron", "I know where you live",
           "go to hell, you clown", "what a shitty service", "1d10t"],
    "nl": ["jij bent echt een waardeloze idioot", "kut, de app crasht weer",
           "stomme trut", "kankerlijer", "ik weet waar je woont",
           "wat een k u t bedrijf"],
    "af": ["jy is 'n simpel doos", "fok, die ding werk weer nie",
           "jou fokken idioot", "ek weet waar jy bly"],
    "pl": ["ty debilu", "kurwa, znowu nie działa", "spierdalaj, idioto",
           "k u r w a mać", "wiem, gdzie mieszkasz", "ja pierdolę, co za firma"],
}

WEIGHTS = {"en": 0.4, "nl": 0.25, "pl": 0.25, "af": 0.1}
DAYS = ["Monday", "maandag", "poniedziałek", "Dinsdag"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--abusive", type=float, default=0.04)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    langs = list(WEIGHTS)
    weights = [WEIGHTS[l] for l in langs]
    out = sys.stdout
    for _ in range(args.messages):
        lang = rnd.choices(langs, weights)[0]
        if rnd.random() < args.abusive:
            text = rnd.choice(ABUSIVE[lang])
            if rnd.random() < 0.5:
                text = rnd.choice(CLEAN[lang]).format(n="#%d" % rnd.randint(1000, 99999),
                                                      day=rnd.choice(DAYS)) + " " + text
        else:
            text = rnd.choice(CLEAN[lang]).format(n="#%d" % rnd.randint(1000, 99999),
                                                  day=rnd.choice(DAYS))
            if rnd.random() < 0.3:
                text += " " + rnd.choice(CLEAN[lang]).format(n="#%d" % rnd.randint(1000, 99999),
                                                             day=rnd.choice(DAYS))
        out.write(text + "\n")


if __name__ == "__main__":
    main()
