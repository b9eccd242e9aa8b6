#!/usr/bin/python3
"""Write a large synthetic support mbox for kalm-mail benchmarks.

    gen_mbox.py [-n MESSAGES] [-o FILE] [--seed N]

Conversations of 1..8 messages in nl, af, pl and en; customers grow
polite, frustrated or abusive; replies quote the previous message; a
share is HTML, base64 or quoted-printable, a few carry attachments.  The
messages of a conversation are spread over the file, as in a real
archive.  Deterministic for a given seed.
"""
import argparse
import base64
import quopri
import random

TEXT = {
    "en": {
        "polite": ["Hello, my order {n} has not arrived yet. Could you check where it is?",
                   "Could you please send me a new invoice for order {n}? Thank you.",
                   "The product I received is damaged. I would like a replacement."],
        "frustrated": ["This is the third time I am writing about order {n}!!! Unacceptable.",
                       "I have been waiting for two weeks and nobody answers. I want a refund now."],
        "abusive": ["You useless idiot, where is my order {n}?",
                    "You are a complete moron, just refund me.",
                    "What a fucking joke of a company, you idiots."],
        "wrote": "On Mon, 5 Jan 2026 at 10:00, Support <support@shop.example> wrote:",
    },
    "nl": {
        "polite": ["Goedendag, mijn bestelling {n} is nog niet aangekomen. Wilt u kijken waar die is?",
                   "Graag ontvang ik een nieuwe factuur voor bestelling {n}. Alvast bedankt."],
        "frustrated": ["Dit is al de derde keer dat ik mail over bestelling {n}! Belachelijk.",
                       "Ik wacht nu twee weken en niemand reageert. Ik wil mijn geld terug."],
        "abusive": ["Jij bent een waardeloze idioot, waar is bestelling {n}?",
                    "Stelletje oplichters, jij bent een sukkel."],
        "wrote": "Op ma 5 jan. 2026 om 10:00 schreef Klantenservice <support@shop.example>:",
    },
    "af": {
        "polite": ["Goeie more, my bestelling {n} het nog nie aangekom nie. Kan julle asseblief kyk?",
                   "Stuur asseblief vir my 'n nuwe faktuur vir bestelling {n}. Dankie."],
        "frustrated": ["Dit is nou die derde keer dat ek oor bestelling {n} skryf! Onaanvaarbaar.",
                       "Ek wag al twee weke en niemand antwoord nie. Ek wil my geld terug he."],
        "abusive": ["Jy is 'n simpel doos, waar is my bestelling {n}?",
                    "Julle is almal simpel dose, jou idioot."],
        "wrote": "Op Ma. 5 Jan. 2026 om 10:00 het Klantediens <support@shop.example> geskryf:",
    },
    "pl": {
        "polite": ["Dzień dobry, moje zamówienie {n} jeszcze nie dotarło. Proszę o sprawdzenie.",
                   "Proszę o przesłanie nowej faktury do zamówienia {n}. Dziękuję."],
        "frustrated": ["To już trzeci raz piszę w sprawie zamówienia {n}! Skandal.",
                       "Czekam dwa tygodnie i nikt nie odpowiada. Żądam zwrotu pieniędzy."],
        "abusive": ["Ty debilu, gdzie jest moje zamówienie {n}?",
                    "Jesteś idiotą, oddawaj pieniądze, ty debilu."],
        "wrote": "W dniu 5.01.2026 o 10:00, Obsługa Klienta <support@shop.example> pisze:",
    },
}


def body_bytes(rnd, text, kind):
    """(headers, body) for TEXT in a random transfer encoding."""
    r = rnd.random()
    if r < 0.15:
        html = "<html><body><p>%s</p></body></html>\n" % text.replace("\n", "<br>")
        return ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
                html)
    if r < 0.30:
        enc = base64.encodebytes(text.encode()).decode()
        return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
                enc)
    if r < 0.45:
        enc = quopri.encodestring(text.encode()).decode()
        return ("Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: quoted-printable\n", enc)
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
            text + "\n")


def message(rnd, conv, turn, lang, mood, prev):
    t = TEXT[lang]
    n = 1000 + conv
    text = rnd.choice(t[mood]).format(n=n)
    if prev:
        text += "\n\n" + t["wrote"] + "\n" + "\n".join("> " + l for l in prev.split("\n"))
    ctype, body = body_bytes(rnd, text, mood)
    mid = "c%d.t%d@bench.example" % (conv, turn)
    refs = " ".join("<c%d.t%d@bench.example>" % (conv, k) for k in range(turn))
    day = 1 + (conv * 7 + turn) % 28
    head = ("From: Customer %d <customer%d@%s.example>\n" % (conv, conv, lang) +
            "To: support@shop.example\n"
            "Subject: %sOrder %d\n" % ("Re: " if turn else "", n) +
            "Date: Mon, %02d Jan 2026 %02d:%02d:00 +0000\n" % (day, 8 + turn, conv % 60) +
            "Message-ID: <%s>\n" % mid +
            ("In-Reply-To: <c%d.t%d@bench.example>\nReferences: %s\n" % (conv, turn - 1, refs)
             if turn else "") +
            "MIME-Version: 1.0\n")
    if rnd.random() < 0.05:
        att = base64.encodebytes(bytes(rnd.randrange(256) for _ in range(3000))).decode()
        raw = (head + 'Content-Type: multipart/mixed; boundary="b%d"\n\n' % conv +
               "--b%d\n%s\n%s\n--b%d\n" % (conv, ctype, body, conv) +
               "Content-Type: application/octet-stream\n"
               "Content-Transfer-Encoding: base64\n"
               'Content-Disposition: attachment; filename="scan.bin"\n\n' +
               att + "--b%d--\n" % conv)
    else:
        raw = head + ctype + "\n" + body
    return raw, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100000)
    ap.add_argument("-o", default="large.mbox")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    pending = []  # (conv, turn, lang, mood, prev_text, turns_left)
    written = conv = 0
    with open(args.o, "w", encoding="utf-8") as out:
        while written < args.n:
            if not pending or (len(pending) < 200 and rnd.random() < 0.4):
                lang = rnd.choice(list(TEXT))
                pending.append([conv, 0, lang, "polite", None, rnd.randint(1, 8)])
                conv += 1
            i = rnd.randrange(len(pending))
            c = pending[i]
            raw, text = message(rnd, c[0], c[1], c[2], c[3], c[4])
            out.write("From customer@bench.example Mon Jan  5 10:00:00 2026\n")
            out.write(raw.replace("\nFrom ", "\n>From "))
            out.write("\n")
            written += 1
            c[1] += 1
            c[4] = text.split("\n\n")[0]
            r = rnd.random()
            c[3] = "abusive" if r < 0.15 else "frustrated" if r < 0.45 else c[3]
            c[5] -= 1
            if c[5] == 0:
                pending.pop(i)
    print("%d messages, %d conversations -> %s" % (written, conv, args.o))


if __name__ == "__main__":
    main()
