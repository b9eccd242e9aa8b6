#!/usr/bin/python3
"""Write the kalm-mail sample archive in this folder.

Support mail from customers in Dutch, Afrikaans, Polish and English: an
mbox (support.mbox), a small Maildir (Maildir/), single messages (eml/)
and deliberately broken messages (malformed.mbox).  manifest.json lists
every message with what a correct reader must make of it; the tests in
tests/mail/ read it.

The MIME is assembled by hand, byte by byte, so the archive holds exactly
the encodings, charsets, line endings and quoting styles it claims to.
Run it again after editing; the output is deterministic.
"""
import base64
import json
import os
import quopri
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

MESSAGES = []  # (box, name, raw bytes, manifest entry)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def rfc2047_b(text, charset="UTF-8"):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def rfc2047_q(text, charset):
    raw = text.encode(charset)
    out = ""
    for byte in raw:
        c = chr(byte)
        if c.isalnum() and byte < 128:
            out += c
        elif c == " ":
            out += "_"
        else:
            out += "=%02X" % byte
    return "=?%s?Q?%s?=" % (charset, out)


def headers(h):
    return "".join("%s: %s\n" % (k, v) for k, v in h)


def add(box, raw, expect, name=None, crlf=False):
    """Register one message.  RAW is str (LF line ends) or bytes."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    expect = dict(expect)
    expect.setdefault("status", "scored")
    MESSAGES.append((box, name, raw, expect))


def simple(mid, frm, subject, date, body, refs=None, charset="utf-8",
           cte="8bit", extra=None, ctype="text/plain"):
    h = [("From", frm), ("To", "Support <support@shop.example>"),
         ("Subject", subject), ("Date", date), ("Message-ID", "<%s>" % mid)]
    if refs:
        h.append(("In-Reply-To", "<%s>" % refs[-1]))
        h.append(("References", " ".join("<%s>" % r for r in refs)))
    h += [("MIME-Version", "1.0"),
          ("Content-Type", "%s; charset=%s" % (ctype, charset)),
          ("Content-Transfer-Encoding", cte)]
    h += extra or []
    charset = charset.split(";")[0]  # "utf-8; format=flowed"
    if cte == "base64":
        payload = b64(body.encode(charset))
    elif cte == "quoted-printable":
        payload = qp(body, charset)
    else:
        payload = body
    raw = headers(h).encode("ascii") + b"\n"
    raw += payload.encode(charset) if isinstance(payload, str) else payload
    return raw


# ---------------------------------------------------------------------------
# Thread en-refund: polite, then frustrated, then abusive; the subject
# changes half way, the replies quote in three different ways.

ANNA = "Anna Smith <anna.smith@example.com>"
add("mbox", simple(
    "en1.anna@example.com", ANNA, "Order #4471 arrived broken",
    "Mon, 05 Jan 2026 09:00:00 +0000",
    "Hello,\n\nMy order #4471 arrived today and the lamp is broken. Could you\n"
    "please send a replacement or refund me?\n\nKind regards,\nAnna\n"),
    {"id": "en1.anna@example.com", "thread": "en-refund", "lang": "en",
     "kind": "polite", "own_contains": ["the lamp is broken"]})

add("mbox", simple(
    "en2.anna@example.com", ANNA, "Re: Order #4471 arrived broken",
    "Wed, 07 Jan 2026 14:10:00 +0000",
    "This is the THIRD time I am writing about this!!! Completely\n"
    "unacceptable. I want my money back.\n\n"
    "On Tue, 6 Jan 2026 at 11:02, Shop Support <support@shop.example> wrote:\n"
    "> Dear Anna,\n>\n> We are sorry to hear that. Could you send us a photo?\n"
    ">\n> Best wishes,\n> The shop team\n",
    refs=["en1.anna@example.com", "agent1@shop.example"]),
    {"id": "en2.anna@example.com", "thread": "en-refund", "lang": "en",
     "kind": "frustrated", "own_contains": ["THIRD time"],
     "own_excludes": ["send us a photo", "wrote:"]})

# format=flowed, and the reply header wrapped over two lines (Gmail).
add("mbox", simple(
    "en3.anna@example.com", ANNA, "Re: Order #4471 arrived broken",
    "Thu, 08 Jan 2026 08:30:00 +0000",
    "You useless idiot, I sent the photo twice already. Just refund me \n"
    "and stop wasting my time.\n\n"
    "On Wed, 7 Jan 2026 at 16:45, Shop Support <support@shop.example>\n"
    "wrote:\n> We have not received any photo yet.\n",
    refs=["en1.anna@example.com", "en2.anna@example.com"],
    charset="utf-8; format=flowed"),
    {"id": "en3.anna@example.com", "thread": "en-refund", "lang": "en",
     "kind": "abusive",
     "own_contains": ["Just refund me and stop wasting my time."],
     "own_excludes": ["received any photo", "wrote:"]})

# ---------------------------------------------------------------------------
# Thread nl-levering: Dutch, Outlook quoting, the customer's address
# changes, ISO-8859-1 and windows-1252 quoted-printable.

PIET = "Piet de Vries <piet@voorbeeld.nl>"
add("mbox", simple(
    "nl1.piet@voorbeeld.nl", PIET, "Bestelling 2231 niet ontvangen",
    "Mon, 05 Jan 2026 10:00:00 +0100",
    "Goedendag,\n\nMijn bestelling 2231 is na twee weken nog steeds niet "
    "aangekomen.\nKunt u nagaan waar het pakket is? Ik betaalde \u20ac 89,95.\n\n"
    "Met vriendelijke groet,\nPiet de Vries\n",
    charset="windows-1252", cte="quoted-printable"),
    {"id": "nl1.piet@voorbeeld.nl", "thread": "nl-levering", "lang": "nl",
     "kind": "polite", "own_contains": ["\u20ac 89,95", "nog steeds niet aangekomen"]})

add("mbox", simple(
    "nl2.piet@voorbeeld.nl", PIET,
    rfc2047_q("Re: Bestelling 2231 niet ontvangen \u2013 dringend", "UTF-8"),
    "Wed, 07 Jan 2026 09:15:00 +0100",
    "Dit is echt belachelijk. Al twee weken wacht ik en niemand reageert.\n"
    "Ik wil vandaag nog een antwoord, anders dien ik een klacht in.\n\n"
    "Op di 6 jan. 2026 om 15:20 schreef Klantenservice <support@shop.example>:\n"
    "> Beste Piet,\n> Wij zoeken het uit en komen erop terug.\n",
    refs=["nl1.piet@voorbeeld.nl", "agent2@shop.example"],
    charset="iso-8859-1", cte="quoted-printable"),
    {"id": "nl2.piet@voorbeeld.nl", "thread": "nl-levering", "lang": "nl",
     "kind": "frustrated", "subject": "Re: Bestelling 2231 niet ontvangen \u2013 dringend",
     "own_contains": ["belachelijk"], "own_excludes": ["Wij zoeken het uit", "schreef"]})

add("mbox", simple(
    "nl3.piet@voorbeeld.nl", PIET, "RE: Bestelling 2231 niet ontvangen",
    "Thu, 08 Jan 2026 11:40:00 +0100",
    "Jij bent een waardeloze idioot. Regel het nu gewoon.\n\n"
    "-----Oorspronkelijk bericht-----\n"
    "Van: Klantenservice <support@shop.example>\n"
    "Verzonden: woensdag 7 januari 2026 17:02\n"
    "Aan: Piet de Vries <piet@voorbeeld.nl>\n"
    "Onderwerp: RE: Bestelling 2231 niet ontvangen\n\n"
    "Beste Piet,\n\nHet pakket ligt bij het afhaalpunt.\n",
    refs=["nl1.piet@voorbeeld.nl", "nl2.piet@voorbeeld.nl", "agent3@shop.example"]),
    {"id": "nl3.piet@voorbeeld.nl", "thread": "nl-levering", "lang": "nl",
     "kind": "abusive", "own_contains": ["waardeloze idioot"],
     "own_excludes": ["afhaalpunt", "Oorspronkelijk bericht", "Verzonden:"]})

# A new address, a new subject, same conversation (References).
add("mbox", simple(
    "nl4.pietdevries@gmail.example", "Piet de Vries <pietdevries@gmail.example>",
    "Klacht over jullie service",
    "Thu, 08 Jan 2026 12:05:00 +0100",
    "Ik schrijf vanaf mijn andere adres. Jij bent een waardeloze idioot en "
    "een sukkel, ik wil mijn geld terug.\n",
    refs=["nl1.piet@voorbeeld.nl", "nl3.piet@voorbeeld.nl"]),
    {"id": "nl4.pietdevries@gmail.example", "thread": "nl-levering", "lang": "nl",
     "kind": "abusive", "own_contains": ["andere adres"]})

# ---------------------------------------------------------------------------
# Thread af-rekening: Afrikaans; HTML only with entities, a quote header
# in Afrikaans, the last message in the Maildir.

JOHAN = "Johan van Wyk <johan@voorbeeld.co.za>"
add("mbox", simple(
    "af1.johan@voorbeeld.co.za", JOHAN, "Rekening vir Oktober is verkeerd",
    "Mon, 05 Jan 2026 07:45:00 +0200",
    "Goeie m\u00f4re,\n\nMy rekening vir Oktober is verkeerd. Ek is twee keer "
    "gehef vir dieselfde\nbestelling. Kan julle asseblief kyk?\n\nDankie,\nJohan\n"),
    {"id": "af1.johan@voorbeeld.co.za", "thread": "af-rekening", "lang": "af",
     "kind": "polite", "own_contains": ["Goeie m\u00f4re", "twee keer gehef"]})

AF_HTML = (
    "<!DOCTYPE html><html><head><title>Re: rekening</title>"
    "<style>p { color: red; } .x { font-weight: bold }</style>"
    "<script>var secret = 'you idiot';</script></head><body>"
    "<p>Dit is nou die derde keer dat ek skryf. Ek is baie ontevrede en ek "
    "wil my geld terug h&ecirc;.</p><p>Ek wag al &gt; 2 weke &amp; niemand "
    "antwoord nie. Hoekom is dit so moeilik?</p>"
    "<div class=\"gmail_quote\">Op Di. 6 Jan. 2026 om 09:00 het Klantediens "
    "&lt;support@shop.example&gt; geskryf:<br>"
    "<blockquote class=\"gmail_quote\">Goeie m&ocirc;re Johan,<br>Ons kyk "
    "daarna en laat weet u.</blockquote></div></body></html>\n")
add("mbox", simple(
    "af2.johan@voorbeeld.co.za", JOHAN, "Re: Rekening vir Oktober is verkeerd",
    "Wed, 07 Jan 2026 08:00:00 +0200", AF_HTML,
    refs=["af1.johan@voorbeeld.co.za", "agent4@shop.example"],
    ctype="text/html", cte="quoted-printable"),
    {"id": "af2.johan@voorbeeld.co.za", "thread": "af-rekening", "lang": "af",
     "kind": "frustrated",
     "own_contains": ["geld terug h\u00ea.", "Ek wag al > 2 weke & niemand"],
     "own_excludes": ["secret", "color", "Ons kyk daarna", "geskryf", "<p>"]})

add("maildir/cur", simple(
    "af3.johan@voorbeeld.co.za", JOHAN, "Re: Rekening vir Oktober is verkeerd",
    "Thu, 08 Jan 2026 09:30:00 +0200",
    "Jy is 'n simpel doos en julle diens is kak. Ek kanselleer alles.\n\n"
    "Op Wo. 7 Jan. 2026 om 16:00 het Klantediens <support@shop.example> geskryf:\n"
    "> Ons het die saak na rekeninge gestuur.\n",
    refs=["af1.johan@voorbeeld.co.za", "af2.johan@voorbeeld.co.za"]),
    {"id": "af3.johan@voorbeeld.co.za", "thread": "af-rekening", "lang": "af",
     "kind": "abusive", "own_contains": ["simpel doos"],
     "own_excludes": ["na rekeninge gestuur"]},
    name="1767857400.M1P100.mail,S=700:2,S")

# ---------------------------------------------------------------------------
# Thread pl-reklamacja: Polish; ISO-8859-2 QP, UTF-8 base64, RFC 2047
# subjects, Polish quote headers and an Outlook block in Polish.

MAREK = "%s <marek@przyklad.pl>" % rfc2047_b("Marek Wiśniewski")
add("mbox", simple(
    "pl1.marek@przyklad.pl", MAREK, rfc2047_q("Reklamacja zamówienia 5512", "ISO-8859-2"),
    "Mon, 05 Jan 2026 12:00:00 +0100",
    "Dzie\u0144 dobry,\n\npaczka przysz\u0142a uszkodzona, a ekspres do kawy "
    "nie dzia\u0142a.\nProsz\u0119 o zwrot pieni\u0119dzy.\n\nZ powa\u017caniem,\nMarek\n",
    charset="iso-8859-2", cte="quoted-printable"),
    {"id": "pl1.marek@przyklad.pl", "thread": "pl-reklamacja", "lang": "pl",
     "kind": "polite", "subject": "Reklamacja zam\u00f3wienia 5512",
     "from_contains": "Marek Wi\u015bniewski",
     "own_contains": ["przysz\u0142a uszkodzona", "Prosz\u0119 o zwrot pieni\u0119dzy"]})

add("mbox", simple(
    "pl2.marek@przyklad.pl", MAREK, rfc2047_b("Re: Reklamacja zamówienia 5512"),
    "Wed, 07 Jan 2026 10:00:00 +0100",
    "To ju\u017c trzeci raz pisz\u0119! Skandal! Czekam na odpowied\u017a od tygodnia.\n\n"
    "W dniu 6.01.2026 o 14:00, Obs\u0142uga Klienta <support@shop.example> pisze:\n"
    "> Dzie\u0144 dobry,\n> prosimy o cierpliwo\u015b\u0107.\n",
    refs=["pl1.marek@przyklad.pl", "agent5@shop.example"], cte="base64"),
    {"id": "pl2.marek@przyklad.pl", "thread": "pl-reklamacja", "lang": "pl",
     "kind": "frustrated", "own_contains": ["trzeci raz pisz\u0119"],
     "own_excludes": ["cierpliwo\u015b\u0107", "pisze:"]})

add("mbox", simple(
    "pl3.marek@przyklad.pl", MAREK, "Re: Reklamacja",
    "Thu, 08 Jan 2026 09:00:00 +0100",
    "Ty debilu, oddawaj pieni\u0105dze natychmiast.\n\n"
    "Od: Obs\u0142uga Klienta <support@shop.example>\n"
    "Wys\u0142ano: \u015broda, 7 stycznia 2026 16:00\n"
    "Do: Marek Wi\u015bniewski <marek@przyklad.pl>\n"
    "Temat: Re: Reklamacja zam\u00f3wienia 5512\n\n"
    "Panie Marku, sprawa jest w toku.\n",
    refs=["pl1.marek@przyklad.pl", "pl2.marek@przyklad.pl", "agent6@shop.example"],
    charset="windows-1250", cte="quoted-printable"),
    {"id": "pl3.marek@przyklad.pl", "thread": "pl-reklamacja", "lang": "pl",
     "kind": "abusive", "own_contains": ["Ty debilu"],
     "own_excludes": ["sprawa jest w toku", "Wys\u0142ano"]})

# Gmail's Polish quote header: "... napisał(a):"
add("maildir/new", simple(
    "pl4.marek@przyklad.pl", MAREK, "Re: Reklamacja",
    "Thu, 08 Jan 2026 15:00:00 +0100",
    "Jeste\u015b idiot\u0105, ty debilu. Zg\u0142aszam to do rzecznika.\n\n"
    "czw., 8 sty 2026 o 12:00 Obs\u0142uga Klienta <support@shop.example> napisa\u0142(a):\n"
    "> Prosimy o zachowanie kultury.\n",
    refs=["pl1.marek@przyklad.pl", "pl3.marek@przyklad.pl"]),
    {"id": "pl4.marek@przyklad.pl", "thread": "pl-reklamacja", "lang": "pl",
     "kind": "abusive", "own_contains": ["Zg\u0142aszam to do rzecznika"],
     "own_excludes": ["zachowanie kultury", "napisa\u0142"]},
    name="1767880800.M2P100.mail")

# ---------------------------------------------------------------------------
# Polite customers who quote or forward abuse: the abuse is reported as
# quoted, never counted.

COURIER_EN = ("From: Rude Courier <driver@courier.example>\n"
              "Date: Mon, 5 Jan 2026 at 08:00\n"
              "Subject: your parcel\n"
              "To: <lisa@example.org>\n\n"
              "Pick it up yourself, you useless idiot. Stupid bitch.\n")
add("mbox", simple(
    "fwd-en@example.org", "Lisa Brown <lisa@example.org>", "Fwd: your parcel",
    "Tue, 06 Jan 2026 10:00:00 +0000",
    "Hello, please see below what your courier sent me. I would like an\n"
    "explanation and an apology.\n\nThanks,\nLisa\n\n"
    "---------- Forwarded message ---------\n" + COURIER_EN),
    {"id": "fwd-en@example.org", "thread": "fwd-en", "lang": "en",
     "kind": "polite", "quoted_abusive": True, "forwarded": True,
     "own_contains": ["explanation and an apology"],
     "own_excludes": ["useless idiot"]})

add("mbox", simple(
    "fwd-nl@voorbeeld.nl", "Sanne Bakker <sanne@voorbeeld.nl>",
    "Fwd: bericht van de bezorger", "Tue, 06 Jan 2026 10:30:00 +0100",
    "Hallo, hieronder het bericht dat ik van jullie bezorger kreeg. "
    "Graag een reactie.\n\nGroet, Sanne\n\n"
    "---------- Doorgestuurd bericht ---------\n"
    "Van: Bezorger <bezorger@koerier.example>\n"
    "Datum: ma 5 jan. 2026 om 18:00\n"
    "Onderwerp: pakket\n"
    "Aan: <sanne@voorbeeld.nl>\n\n"
    "Haal het zelf maar op, jij bent een waardeloze idioot.\n"),
    {"id": "fwd-nl@voorbeeld.nl", "thread": "fwd-nl", "lang": "nl",
     "kind": "polite", "quoted_abusive": True, "forwarded": True,
     "own_contains": ["Graag een reactie"], "own_excludes": ["waardeloze idioot"]})

add("mbox", simple(
    "fwd-af@voorbeeld.co.za", "Annelie Botha <annelie@voorbeeld.co.za>",
    "Fwd: boodskap van koerier", "Tue, 06 Jan 2026 11:00:00 +0200",
    "Goeiedag, sien asseblief onder wat die koerier vir my gestuur het. "
    "Ek verwag 'n verskoning.\n\nAnnelie\n\n"
    "---------- Aangestuurde boodskap ---------\n"
    "Van: Koerier <koerier@koerier.example>\n"
    "Datum: Ma. 5 Jan. 2026 om 17:00\n"
    "Onderwerp: pakkie\n"
    "Aan: <annelie@voorbeeld.co.za>\n\n"
    "Kom haal dit self, jy is 'n simpel doos.\n"),
    {"id": "fwd-af@voorbeeld.co.za", "thread": "fwd-af", "lang": "af",
     "kind": "polite", "quoted_abusive": True, "forwarded": True,
     "own_contains": ["verwag 'n verskoning"], "own_excludes": ["simpel doos"]})

add("mbox", simple(
    "fwd-pl@przyklad.pl", "Ewa Nowak <ewa@przyklad.pl>",
    rfc2047_b("PD: wiadomość od kuriera"), "Tue, 06 Jan 2026 11:30:00 +0100",
    "Dzie\u0144 dobry, przesy\u0142am wiadomo\u015b\u0107 od Pa\u0144stwa kuriera. "
    "Prosz\u0119 o wyja\u015bnienie.\n\nEwa\n\n"
    "---------- Przekazana wiadomo\u015b\u0107 ---------\n"
    "Od: Kurier <kurier@kurier.example>\n"
    "Data: pon., 5 sty 2026 o 17:00\n"
    "Temat: paczka\n"
    "Do: <ewa@przyklad.pl>\n\n"
    "Odbierz sama, ty debilu.\n", cte="quoted-printable"),
    {"id": "fwd-pl@przyklad.pl", "thread": "fwd-pl", "lang": "pl",
     "kind": "polite", "quoted_abusive": True, "forwarded": True,
     "own_contains": ["Prosz\u0119 o wyja\u015bnienie"], "own_excludes": ["debilu"]})

# Interleaved reply: the customer answers between quoted lines, and what
# she quotes is someone else's abuse.
add("mbox", simple(
    "inter-en@example.org", "Lisa Brown <lisa@example.org>", "Re: your parcel",
    "Wed, 07 Jan 2026 09:00:00 +0000",
    "On Tue, 6 Jan 2026 at 17:00, Rude Courier <driver@courier.example> wrote:\n"
    "> Pick it up yourself, you useless idiot.\n\n"
    "I have forwarded this to your manager.\n\n"
    "> >> Stupid bitch.\n\n"
    "Please do not write to me like that again.\n",
    refs=["courier1@courier.example"]),
    {"id": "inter-en@example.org", "thread": "inter-en", "lang": "en",
     "kind": "polite", "quoted_abusive": True,
     "own_contains": ["forwarded this to your manager",
                      "Please do not write to me like that again."],
     "own_excludes": ["useless idiot", "Stupid"]})

# A customer apologises and quotes her own earlier abusive message in an
# Outlook block (Polish separator) and a signature.
add("mbox", simple(
    "sorry-pl@przyklad.pl", "Ewa Nowak <ewa@przyklad.pl>", "Przeprosiny",
    "Wed, 07 Jan 2026 12:00:00 +0100",
    "Przepraszam za moj\u0105 poprzedni\u0105 wiadomo\u015b\u0107, by\u0142am "
    "zdenerwowana.\n\n-- \nEwa Nowak\ntel. 600 700 800\n\n"
    "-----Oryginalna wiadomo\u015b\u0107-----\n"
    "Od: Ewa Nowak <ewa@przyklad.pl>\n"
    "Wys\u0142ano: wtorek, 6 stycznia 2026 20:00\n"
    "Do: support@shop.example\n"
    "Temat: paczka\n\n"
    "Ty debilu, gdzie jest moja paczka?\n"),
    {"id": "sorry-pl@przyklad.pl", "thread": "sorry-pl", "lang": "pl",
     "kind": "polite", "quoted_abusive": True, "signature": True,
     "own_contains": ["Przepraszam za moj\u0105"],
     "own_excludes": ["debilu", "600 700 800", "Ewa Nowak"]})

# Afrikaans Outlook block with Afrikaans header names.
add("mbox", simple(
    "outlook-af@voorbeeld.co.za", "Annelie Botha <annelie@voorbeeld.co.za>",
    "RE: pakkie", "Wed, 07 Jan 2026 13:00:00 +0200",
    "Baie dankie vir die vinnige hulp, die pakkie het vandag aangekom.\n\n"
    "-----Oorspronklike boodskap-----\n"
    "Van: Koerier <koerier@koerier.example>\n"
    "Gestuur: Dinsdag 6 Januarie 2026 08:00\n"
    "Aan: annelie@voorbeeld.co.za\n"
    "Onderwerp: pakkie\n\n"
    "Jy is 'n simpel doos, kom haal dit self.\n"),
    {"id": "outlook-af@voorbeeld.co.za", "thread": "outlook-af", "lang": "af",
     "kind": "polite", "quoted_abusive": True,
     "own_contains": ["vinnige hulp"], "own_excludes": ["simpel doos", "Gestuur:"]})

# English Outlook without a separator line: a rule, then the header block.
add("mbox", simple(
    "outlook-en@example.com", "Tom Jones <tom@example.com>", "RE: invoice 8812",
    "Wed, 07 Jan 2026 15:00:00 +0000",
    "Thanks, that solves it.\n\n"
    "________________________________\n"
    "From: Shop Support <support@shop.example>\n"
    "Sent: Wednesday, January 7, 2026 2:00 PM\n"
    "To: Tom Jones <tom@example.com>\n"
    "Subject: RE: invoice 8812\n\n"
    "Dear Tom, the corrected invoice is attached.\n"),
    {"id": "outlook-en@example.com", "thread": "outlook-en", "lang": "en",
     "kind": "polite", "own_contains": ["Thanks, that solves it."],
     "own_excludes": ["corrected invoice", "________"]})

# Dutch Outlook with a quoted insult from the customer's neighbour.
add("mbox", simple(
    "outlook-nl@voorbeeld.nl", "Kees Jansen <kees@voorbeeld.nl>",
    "RE: schade aan hek", "Wed, 07 Jan 2026 16:00:00 +0100",
    "Hierbij stuur ik het bericht van de buurman door, zoals gevraagd.\n\n"
    "Van: Buurman <buurman@voorbeeld.nl>\n"
    "Verzonden: dinsdag 6 januari 2026 21:00\n"
    "Aan: Kees Jansen <kees@voorbeeld.nl>\n"
    "Onderwerp: hek\n\n"
    "Jij bent een waardeloze idioot, betaal die schade.\n"),
    {"id": "outlook-nl@voorbeeld.nl", "thread": "outlook-nl", "lang": "nl",
     "kind": "polite", "quoted_abusive": True,
     "own_contains": ["zoals gevraagd"], "own_excludes": ["waardeloze", "Verzonden:"]})

# English Outlook with the classic separator, US-ASCII 7bit.
add("mbox", simple(
    "orig-en@example.com", "Kate Hill <kate@example.com>", "RE: Return label",
    "Thu, 08 Jan 2026 10:00:00 +0000",
    "I still have not received the return label. Please send it today.\n\n"
    "-----Original Message-----\n"
    "From: Shop Support [mailto:support@shop.example]\n"
    "Sent: Wednesday, January 07, 2026 9:00 AM\n"
    "To: Kate Hill\n"
    "Subject: RE: Return label\n\n"
    "Hi Kate, the label is on its way. Sorry, idiot mistake on our side.\n",
    charset="us-ascii", cte="7bit"),
    {"id": "orig-en@example.com", "thread": "orig-en", "lang": "en",
     "kind": "frustrated", "own_contains": ["return label. Please send it today."],
     "own_excludes": ["on its way", "Original Message"]})

# Quote headers wrapped over two lines, in Dutch, Afrikaans and Polish.
add("mbox", simple(
    "wrap-nl@voorbeeld.nl", "Kees Jansen <kees@voorbeeld.nl>", "Re: retour",
    "Thu, 08 Jan 2026 11:00:00 +0100",
    "Prima, dan stuur ik het pakket morgen terug.\n\n"
    "Op do 8 jan. 2026 om 09:12 schreef Klantenservice Webwinkel\n"
    "<support@shop.example>:\n\n"
    "> Beste Kees, u kunt het pakket kosteloos retourneren.\n",
    refs=["agent7@shop.example"]),
    {"id": "wrap-nl@voorbeeld.nl", "thread": "wrap-nl", "lang": "nl", "kind": "polite",
     "own_contains": ["pakket morgen terug"],
     "own_excludes": ["kosteloos", "schreef", "support@shop.example"]})

add("mbox", simple(
    "wrap-af@voorbeeld.co.za", "Pieter Nel <pieter@voorbeeld.co.za>", "Re: terugbetaling",
    "Thu, 08 Jan 2026 11:30:00 +0200",
    "Dankie, ek sien die geld is terugbetaal.\n\n"
    "Op Do. 8 Jan. 2026 om 09:00 het Klantediens Winkel <support@shop.example>\n"
    "geskryf:\n"
    "> Ons het die bedrag vandag terugbetaal.\n",
    refs=["agent8@shop.example"]),
    {"id": "wrap-af@voorbeeld.co.za", "thread": "wrap-af", "lang": "af", "kind": "polite",
     "own_contains": ["die geld is terugbetaal"],
     "own_excludes": ["vandag terugbetaal", "geskryf"]})

add("mbox", simple(
    "wrap-pl@przyklad.pl", "Ewa Nowak <ewa@przyklad.pl>", "Re: zwrot",
    "Thu, 08 Jan 2026 12:00:00 +0100",
    "Dzi\u0119kuj\u0119, paczka dotar\u0142a.\n\n"
    "W dniu 8.01.2026 o 10:00, Obs\u0142uga Klienta Sklepu <support@shop.example>\n"
    "pisze:\n"
    "> Paczka zosta\u0142a nadana.\n",
    refs=["agent9@shop.example"]),
    {"id": "wrap-pl@przyklad.pl", "thread": "wrap-pl", "lang": "pl", "kind": "polite",
     "own_contains": ["paczka dotar\u0142a"],
     "own_excludes": ["nadana", "pisze:"]})

# Nested quotes interleaved with answers, Dutch; the nested level holds
# the customer's own earlier insult.
add("mbox", simple(
    "nested-nl@voorbeeld.nl", "Kees Jansen <kees@voorbeeld.nl>", "Re: Re: schade",
    "Fri, 09 Jan 2026 09:00:00 +0100",
    "Op do 8 jan. 2026 om 17:00 schreef Klantenservice <support@shop.example>:\n"
    "> Wij betreuren uw toon.\n"
    ">\n"
    "> Op do 8 jan. 2026 om 16:00 schreef Kees Jansen <kees@voorbeeld.nl>:\n"
    ">> Jij bent een waardeloze idioot.\n\n"
    "Dat had ik niet moeten schrijven, excuses daarvoor.\n\n"
    ">> Waar blijft mijn geld?\n\n"
    "Die vraag staat nog wel open.\n",
    refs=["agent10@shop.example"]),
    {"id": "nested-nl@voorbeeld.nl", "thread": "nested-nl", "lang": "nl", "kind": "polite",
     "quoted_abusive": True,
     "own_contains": ["excuses daarvoor", "Die vraag staat nog wel open."],
     "own_excludes": ["waardeloze", "betreuren", "Waar blijft"]})

# Outlook on the web, HTML only: the reply header block is markup.
add("mbox", simple(
    "owa-nl@voorbeeld.nl", "Ria Smit <ria@voorbeeld.nl>", "RE: Retourlabel",
    "Fri, 09 Jan 2026 09:15:00 +0100",
    "<html><head><style>.MsoNormal{margin:0}</style></head><body>"
    "<div class=\"MsoNormal\">Het retourlabel werkt niet, de printer geeft een "
    "foutmelding.</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block\">"
    "<div id=\"divRplyFwdMsg\"><b>Van:</b> Klantenservice &lt;support@shop.example&gt;<br>"
    "<b>Verzonden:</b> donderdag 8 januari 2026 10:00<br>"
    "<b>Aan:</b> Ria Smit &lt;ria@voorbeeld.nl&gt;<br>"
    "<b>Onderwerp:</b> Retourlabel</div><div>Beste Ria, in de bijlage vindt u het "
    "retourlabel.</div></body></html>\n",
    refs=["agent11@shop.example"], ctype="text/html", cte="quoted-printable"),
    {"id": "owa-nl@voorbeeld.nl", "thread": "owa-nl", "lang": "nl", "kind": "polite",
     "own_contains": ["Het retourlabel werkt niet"],
     "own_excludes": ["in de bijlage", "Verzonden", "MsoNormal"]})

# Apple Mail's forward marker.
add("mbox", simple(
    "apple-en@example.com", "Kate Hill <kate@example.com>", "Fwd: delivery note",
    "Fri, 09 Jan 2026 09:30:00 +0000",
    "See the note your driver left. Not acceptable.\n\n"
    "Begin forwarded message:\n\n"
    "> From: Driver <driver@courier.example>\n"
    "> Subject: note\n"
    ">\n"
    "> Next time be home, you stupid cow.\n"),
    {"id": "apple-en@example.com", "thread": "apple-en", "lang": "en", "kind": "polite",
     "quoted_abusive": True, "forwarded": True,
     "own_contains": ["Not acceptable."], "own_excludes": ["stupid cow"]})

# ---------------------------------------------------------------------------
# MIME variety.

# multipart/alternative: plain text wins over HTML.
add("mbox", (
    headers([("From", "Kees Jansen <kees@voorbeeld.nl>"),
             ("To", "support@shop.example"),
             ("Subject", "Vraag over garantie"),
             ("Date", "Fri, 09 Jan 2026 10:00:00 +0100"),
             ("Message-ID", "<alt-nl@voorbeeld.nl>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/alternative; boundary="ALT-1"')]) +
    "\nThis is a multi-part message in MIME format.\n\n"
    "--ALT-1\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" +
    qp("Goedemiddag, valt een kapotte accu onder de garantie? Alvast bedankt.\n", "utf-8") +
    "\n--ALT-1\nContent-Type: text/html; charset=utf-8\n\n"
    "<p>HTML VERSIE: Goedemiddag, valt een kapotte accu onder de garantie?</p>\n"
    "\n--ALT-1--\n"),
    {"id": "alt-nl@voorbeeld.nl", "thread": "alt-nl", "lang": "nl", "kind": "polite",
     "own_contains": ["valt een kapotte accu"], "own_excludes": ["HTML VERSIE"]})

# Attachments of every kind are skipped, even a text file full of insults
# and an inline image; the HTML body in multipart/related is used.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6300010000050001"
                    "0d0a2db40000000049454e44ae426082")
PDF = b"%PDF-1.4\n% you useless idiot ty debilu\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
add("mbox", (
    headers([("From", "Tom Jones <tom@example.com>"),
             ("To", "support@shop.example"),
             ("Subject", "Photos of the damage"),
             ("Date", "Fri, 09 Jan 2026 11:00:00 +0000"),
             ("Message-ID", "<attach-en@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/mixed; boundary="MIX-1"')]) +
    "\n--MIX-1\nContent-Type: multipart/related; boundary=\"REL-1\"\n\n"
    "--REL-1\nContent-Type: text/html; charset=us-ascii\n\n"
    "<html><body><p>Please find the photos and the receipt attached.</p>"
    "<img src=\"cid:img1@example.com\"></body></html>\n"
    "--REL-1\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
    "Content-ID: <img1@example.com>\nContent-Disposition: inline\n\n" + b64(PNG) +
    "--REL-1--\n\n"
    "--MIX-1\nContent-Type: application/pdf; name=\"receipt.pdf\"\n"
    "Content-Transfer-Encoding: base64\n"
    "Content-Disposition: attachment; filename=\"receipt.pdf\"\n\n" + b64(PDF) +
    "\n--MIX-1\nContent-Type: text/plain; charset=utf-8; name=\"notes.txt\"\n"
    "Content-Disposition: attachment; filename=\"notes.txt\"\n\n"
    "you useless idiot, ty debilu, jij bent een waardeloze idioot\n"
    "\n--MIX-1--\n"),
    {"id": "attach-en@example.com", "thread": "attach-en", "lang": "en", "kind": "polite",
     "attachments_min": 3,
     "own_contains": ["Please find the photos and the receipt attached."],
     "own_excludes": ["idiot", "debilu", "PDF"]})

# A forward as a message/rfc822 attachment.
INNER = (headers([("From", "Driver <driver@courier.example>"),
                  ("To", "tom@example.com"),
                  ("Subject", "delivery"),
                  ("Date", "Thu, 08 Jan 2026 18:00:00 +0000"),
                  ("Message-ID", "<inner@courier.example>"),
                  ("Content-Type", "text/plain; charset=utf-8")]) +
         "\nYou useless idiot, I am not coming back to your stupid house.\n")
add("mbox", (
    headers([("From", "Tom Jones <tom@example.com>"),
             ("To", "support@shop.example"),
             ("Subject", "Fwd: delivery"),
             ("Date", "Fri, 09 Jan 2026 12:00:00 +0000"),
             ("Message-ID", "<rfc822-en@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/mixed; boundary="FWD-1"')]) +
    "\n--FWD-1\nContent-Type: text/plain; charset=utf-8\n\n"
    "Your driver sent me the attached message. This is not acceptable.\n"
    "\n--FWD-1\nContent-Type: message/rfc822\n"
    "Content-Disposition: attachment; filename=\"delivery.eml\"\n\n" + INNER +
    "\n--FWD-1--\n"),
    {"id": "rfc822-en@example.com", "thread": "rfc822-en", "lang": "en", "kind": "polite",
     "quoted_abusive": True, "forwarded": True,
     "own_contains": ["This is not acceptable."], "own_excludes": ["useless idiot"]})

# format=flowed with DelSp=yes.
add("mbox", simple(
    "flowed-en@example.com", "Tom Jones <tom@example.com>", "Delivery address",
    "Fri, 09 Jan 2026 13:00:00 +0000",
    "Please change the delivery address for order 9921 to the new office. We \n"
    "moved last week.\n\nThanks,\nTom\n",
    charset="utf-8; format=flowed; delsp=yes"),
    {"id": "flowed-en@example.com", "thread": "flowed-en", "lang": "en", "kind": "polite",
     "own_contains": ["to the new office. Wemoved last week."]})

# No References: grouped by subject and sender.  The second one has a
# reply prefix; the third has the same subject but another sender.
for mid, frm, subj, date, body, thread in [
    ("fb1@voorbeeld.nl", "Ria Smit <ria@voorbeeld.nl>", "Vraag over factuur",
     "Mon, 12 Jan 2026 09:00:00 +0100",
     "Goedemorgen, op mijn factuur staat een verkeerd bedrag. Kunt u dat aanpassen?\n",
     "fallback-ria"),
    ("fb2@voorbeeld.nl", "Ria Smit <ria@voorbeeld.nl>", "Re: Vraag over  factuur",
     "Tue, 13 Jan 2026 09:00:00 +0100",
     "Ik heb nog steeds geen antwoord gehad. Dit is teleurstellend.\n",
     "fallback-ria"),
    ("fb3@voorbeeld.nl", "Bram Visser <bram@voorbeeld.nl>", "Vraag over factuur",
     "Tue, 13 Jan 2026 10:00:00 +0100",
     "Hallo, ik heb een vraag over mijn factuur van december.\n",
     "fallback-bram"),
]:
    add("mbox", simple(mid, frm, subj, date, body),
        {"id": mid, "thread": thread, "lang": "nl", "kind": "polite"})

# A reply that sits in the archive before the message it answers; threads
# are fed in date order, not archive order.
add("mbox", simple(
    "late2@example.com", "Mike Ross <mike@example.com>", "Re: Cancel subscription",
    "Tue, 13 Jan 2026 10:00:00 +0000",
    "Why is my subscription still active? Cancel it now, you idiot.\n",
    refs=["late1@example.com"]),
    {"id": "late2@example.com", "thread": "late", "lang": "en", "kind": "abusive",
     "order": 2})
add("mbox", simple(
    "late1@example.com", "Mike Ross <mike@example.com>", "Cancel subscription",
    "Mon, 12 Jan 2026 10:00:00 +0000",
    "Hello, please cancel my subscription at the end of the month.\n"),
    {"id": "late1@example.com", "thread": "late", "lang": "en", "kind": "polite",
     "order": 1})

# In-Reply-To alone (no References), and a new subject: same thread.
add("mbox", simple(
    "irt1@example.com", "Kate Hill <kate@example.com>", "Missing screws",
    "Tue, 13 Jan 2026 08:00:00 +0000",
    "The bookcase arrived without the screws. Could you send them?\n"),
    {"id": "irt1@example.com", "thread": "irt", "lang": "en", "kind": "polite"})
add("mbox", simple(
    "irt2@example.com", "Kate Hill <kate@example.com>", "Still waiting for the screws",
    "Wed, 14 Jan 2026 08:00:00 +0000",
    "Any news about the screws? I cannot assemble the bookcase.\n",
    extra=[("In-Reply-To", "<irt1@example.com>")]),
    {"id": "irt2@example.com", "thread": "irt", "lang": "en", "kind": "polite"})

# Lines that look a little like quote markers but are the customer's own.
add("mbox", simple(
    "ownwords-en@example.com", "Mike Ross <mike@example.com>", "Second try",
    "Thu, 15 Jan 2026 10:00:00 +0000",
    "On Monday I wrote:\nMy order is broken and nobody helps.\n\n"
    "From: my side, everything was paid.\n-- not a signature, just a dash\n"),
    {"id": "ownwords-en@example.com", "thread": "ownwords-en", "lang": "en",
     "kind": "frustrated",
     "own_contains": ["On Monday I wrote:\nMy order is broken and nobody helps.",
                      "From: my side, everything was paid.",
                      "-- not a signature, just a dash"]})
add("mbox", simple(
    "ownwords-nl@voorbeeld.nl", "Kees Jansen <kees@voorbeeld.nl>", "Nogmaals",
    "Thu, 15 Jan 2026 11:00:00 +0100",
    "Op maandag schreef ik:\nde deur klemt nog steeds.\n"
    "Van: de monteur heb ik niets gehoord.\n"),
    {"id": "ownwords-nl@voorbeeld.nl", "thread": "ownwords-nl", "lang": "nl",
     "kind": "polite",
     "own_contains": ["Op maandag schreef ik:\nde deur klemt nog steeds.",
                      "Van: de monteur heb ik niets gehoord."]})

# A body line starting with "From " (mboxrd escapes it as ">From ").
add("mbox", simple(
    "fromline@example.com", "Mike Ross <mike@example.com>", "Opening hours",
    "Wed, 14 Jan 2026 10:00:00 +0000",
    "Hi,\nFrom now on I can only pick up parcels after six.\nThanks.\n"),
    {"id": "fromline@example.com", "thread": "fromline", "lang": "en", "kind": "polite",
     "own_contains": ["From now on I can only pick up parcels"]})

# ---------------------------------------------------------------------------
# Maildir extras.

add("maildir/cur", simple(
    "md-af@voorbeeld.co.za", "Pieter Nel <pieter@voorbeeld.co.za>",
    "Bestelling nog nie ontvang nie", "Mon, 12 Jan 2026 08:00:00 +0200",
    "Goeiemiddag, ek het my bestelling nog nie ontvang nie. Kan u asseblief "
    "laat weet wanneer dit sal aankom?\n"),
    {"id": "md-af@voorbeeld.co.za", "thread": "md-af", "lang": "af", "kind": "polite"},
    name="1768197600.M3P100.mail:2,")
add("maildir/new", simple(
    "md-en@example.com", "Kate Hill <kate@example.com>", "Damaged box",
    "Mon, 12 Jan 2026 09:00:00 +0000",
    "The box was damaged but the contents are fine. Just letting you know.\n"),
    {"id": "md-en@example.com", "thread": "md-en", "lang": "en", "kind": "polite"},
    name="1768208400.M4P100.mail")

# ---------------------------------------------------------------------------
# Single .eml files.

# CRLF, multipart with a base64 UTF-8 text part, Polish.
add("eml", (
    headers([("From", "Ewa Nowak <ewa@przyklad.pl>"),
             ("To", "support@shop.example"),
             ("Subject", rfc2047_b("Faktura nr 77/2026 – błąd")),
             ("Date", "Tue, 13 Jan 2026 08:00:00 +0100"),
             ("Message-ID", "<crlf-pl@przyklad.pl>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/mixed; boundary="B64-1"')]) +
    "\n--B64-1\nContent-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: base64\n\n" +
    b64("Dzień dobry,\nna fakturze jest zły NIP. Proszę o korektę.\nEwa\n".encode()) +
    "\n--B64-1--\n"),
    {"id": "crlf-pl@przyklad.pl", "thread": "crlf-pl", "lang": "pl", "kind": "polite",
     "subject": "Faktura nr 77/2026 \u2013 b\u0142\u0105d",
     "own_contains": ["na fakturze jest z\u0142y NIP"]},
    name="crlf-multipart-base64.eml", crlf=True)

# HTML only, Afrikaans, abusive, CRLF.
add("eml", simple(
    "html-af@voorbeeld.co.za", "Pieter Nel <pieter@voorbeeld.co.za>",
    "Re: Bestelling nog nie ontvang nie", "Wed, 14 Jan 2026 08:00:00 +0200",
    "<html><body><div>Jy is &#39;n simpel doos. Waar is my bestelling?</div>"
    "<div>&nbsp;</div><div>Pieter</div></body></html>\n",
    refs=["md-af@voorbeeld.co.za"], ctype="text/html", charset="utf-8"),
    {"id": "html-af@voorbeeld.co.za", "thread": "md-af", "lang": "af", "kind": "abusive",
     "own_contains": ["Jy is 'n simpel doos."]},
    name="html-only-af.eml", crlf=True)

# windows-1252 quoted-printable, Dutch, LF.
add("eml", simple(
    "cp1252-nl@voorbeeld.nl", "Ria Smit <ria@voorbeeld.nl>",
    rfc2047_q("Re: Vraag over factuur – €", "windows-1252"),
    "Wed, 14 Jan 2026 09:00:00 +0100",
    "Het bedrag moet \u20ac 12,50 zijn, niet \u20ac 125,00. \u201eDank u\u201d.\n",
    refs=["fb1@voorbeeld.nl"], charset="windows-1252", cte="quoted-printable"),
    {"id": "cp1252-nl@voorbeeld.nl", "thread": "fallback-ria", "lang": "nl",
     "kind": "polite", "own_contains": ["\u20ac 12,50", "\u201eDank u\u201d"]},
    name="cp1252-qp-nl.eml")

# Labelled ISO-8859-1, written in Windows-1252 (curly quotes, euro sign):
# read as Windows-1252, as browsers do.
add("eml", simple(
    "latin1-nl@voorbeeld.nl", "Bram Visser <bram@voorbeeld.nl>", "Korting",
    "Thu, 15 Jan 2026 09:00:00 +0100",
    "De \u201ekorting\u201d van \u20ac 10 is niet verrekend.\n",
    charset="windows-1252", cte="quoted-printable").replace(
        b"charset=windows-1252", b"charset=iso-8859-1"),
    {"id": "latin1-nl@voorbeeld.nl", "thread": "latin1-nl", "lang": "nl", "kind": "polite",
     "own_contains": ["De \u201ekorting\u201d van \u20ac 10 is niet verrekend."]},
    name="latin1-is-cp1252-nl.eml")

# The English thread continues with a new subject and a threat.
add("eml", simple(
    "en4.anna@example.com", ANNA, "Complaint: still no refund",
    "Fri, 09 Jan 2026 20:00:00 +0000",
    "You are a useless idiot and a moron. I know where your office is and "
    "I will kill you.\n",
    refs=["en1.anna@example.com", "en3.anna@example.com"]),
    {"id": "en4.anna@example.com", "thread": "en-refund", "lang": "en",
     "kind": "abusive"},
    name="threat-en.eml")

# RFC 2047 in From and Subject, ISO-8859-2 headers, 8bit body, CRLF.
add("eml", simple(
    "hdr-pl@przyklad.pl", "%s <jozef@przyklad.pl>" % rfc2047_q("Józef Żółć", "ISO-8859-2"),
    rfc2047_q("Zażółć gęślą jaźń", "ISO-8859-2"), "Thu, 15 Jan 2026 08:00:00 +0100",
    "Dzie\u0144 dobry, czy mog\u0119 zmieni\u0107 adres dostawy?\n"),
    {"id": "hdr-pl@przyklad.pl", "thread": "hdr-pl", "lang": "pl", "kind": "polite",
     "subject": "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144",
     "from_contains": "J\u00f3zef \u017b\u00f3\u0142\u0107"},
    name="rfc2047-pl.eml", crlf=True)

# ---------------------------------------------------------------------------
# Broken messages: every one is reported, none stops the scan.

def mal(raw, expect):
    add("malformed", raw, expect)

mal(headers([("From", "Broken <b1@example.com>"), ("Subject", "truncated multipart"),
             ("Date", "Mon, 19 Jan 2026 10:00:00 +0000"),
             ("Message-ID", "<bad-truncated@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/mixed; boundary="CUT"')]) +
    "\n--CUT\nContent-Type: text/plain; charset=utf-8\n\n"
    "My parcel never arrived and nobody answers the phone.\n\n--CUT\n"
    "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\nJVBE",
    {"id": "bad-truncated@example.com", "thread": "bad-truncated", "status": "scored",
     "warning": "truncated", "own_contains": ["never arrived"]})

mal(headers([("From", "Broken <b2@example.com>"), ("Subject", "bad base64"),
             ("Date", "Mon, 19 Jan 2026 10:01:00 +0000"),
             ("Message-ID", "<bad-base64@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", "text/plain; charset=utf-8"),
             ("Content-Transfer-Encoding", "base64")]) +
    "\nSGVsbG8gd29ybGQ!!!***\n%%%% not base64 at all ####\n",
    {"id": "bad-base64@example.com", "thread": "bad-base64", "status": "unreadable",
     "error": "base64"})

mal(headers([("From", "Broken <b3@example.com>"), ("Subject", "unknown charset"),
             ("Date", "Mon, 19 Jan 2026 10:02:00 +0000"),
             ("Message-ID", "<bad-charset@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", "text/plain; charset=x-klingon-8"),
             ("Content-Transfer-Encoding", "8bit")]).encode() +
    b"\nThe caf\xe9 voucher does not work, please help.\n",
    {"id": "bad-charset@example.com", "thread": "bad-charset", "status": "scored",
     "warning": "unknown charset", "own_contains": ["caf\u00e9 voucher"]})

mal(b"From: M\xfcller <b4@example.com>\nSubject: Gr\xfc\xdfe aus K\xf6ln\n"
    b"Date: Mon, 19 Jan 2026 10:03:00 +0000\nMessage-ID: <bad-8bit@example.com>\n"
    b"\nMy invoice is wrong, please correct it.\n",
    {"id": "bad-8bit@example.com", "thread": "bad-8bit", "status": "scored",
     "warning": "8-bit", "subject": "Gr\u00fc\u00dfe aus K\u00f6ln"})

mal(b"From: Nul <b5@example.com>\nSubject: nul\x00bytes\n"
    b"Date: Mon, 19 Jan 2026 10:04:00 +0000\nMessage-ID: <bad-nul@example.com>\n"
    b"\nThere are\x00NUL bytes\x00 in this message. Please call me back.\n",
    {"id": "bad-nul@example.com", "thread": "bad-nul", "status": "scored",
     "warning": "NUL", "own_contains": ["Please call me back."]})

mal(headers([("From", "Broken <b6@example.com>"), ("Subject", "no boundary"),
             ("Date", "Mon, 19 Jan 2026 10:05:00 +0000"),
             ("Message-ID", "<bad-boundary@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", "multipart/mixed")]) +
    "\n--XYZ\nContent-Type: text/plain\n\nhello\n--XYZ--\n",
    {"id": "bad-boundary@example.com", "thread": "bad-boundary", "status": "unreadable",
     "error": "boundary"})

mal(headers([("From", "Broken <b7@example.com>"), ("Subject", "attachment only"),
             ("Date", "Mon, 19 Jan 2026 10:06:00 +0000"),
             ("Message-ID", "<bad-attachonly@example.com>"),
             ("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/mixed; boundary="AO"')]) +
    "\n--AO\nContent-Type: application/octet-stream; name=\"x.bin\"\n"
    "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"x.bin\"\n\n" +
    b64(bytes(range(256))) + "--AO--\n",
    {"id": "bad-attachonly@example.com", "thread": "bad-attachonly", "status": "unreadable",
     "error": "attachments only"})

mal(b"\x00\x01\x02\x03 binary junk \xff\xfe\xfd with no headers at all\n\x00\x00\n",
    {"id": None, "thread": "bad-junk", "status": "unreadable", "error": "mail message"})

mal(headers([("From", "Empty <b9@example.com>"), ("Subject", "empty body"),
             ("Date", "Mon, 19 Jan 2026 10:08:00 +0000"),
             ("Message-ID", "<bad-empty@example.com>")]) + "\n",
    {"id": "bad-empty@example.com", "thread": "bad-empty", "status": "scored"})


# ---------------------------------------------------------------------------

def mbox_escape(raw):
    """mboxrd: a body line starting with >*From gains one '>'."""
    out = []
    for line in raw.split(b"\n"):
        stripped = line.lstrip(b">")
        if stripped.startswith(b"From "):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def main():
    for sub in ("Maildir", "eml"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    for sub in ("Maildir/cur", "Maildir/new", "Maildir/tmp", "eml"):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    mboxes = {"mbox": bytearray(), "malformed": bytearray()}
    manifest = []
    for box, name, raw, expect in MESSAGES:
        entry = dict(expect)
        if box in mboxes:
            buf = mboxes[box]
            fname = "support.mbox" if box == "mbox" else "malformed.mbox"
            entry["source"] = "%s:%d" % (fname, len(buf))
            buf += b"From MAILER-DAEMON Mon Jan 19 10:00:00 2026\n"
            body = mbox_escape(raw)
            buf += body
            if not body.endswith(b"\n"):
                buf += b"\n"
            buf += b"\n"
        elif box.startswith("maildir/"):
            rel = "Maildir/%s/%s" % (box.split("/")[1], name)
            with open(os.path.join(HERE, rel), "wb") as f:
                f.write(raw)
            entry["source"] = rel
        else:
            rel = "eml/" + name
            with open(os.path.join(HERE, rel), "wb") as f:
                f.write(raw)
            entry["source"] = rel
        entry["box"] = box
        manifest.append(entry)
    for box, buf in mboxes.items():
        fname = "support.mbox" if box == "mbox" else "malformed.mbox"
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(buf)
    # Things a Maildir reader must ignore: a half-delivered message in tmp/
    # and the server's index files.
    with open(os.path.join(HERE, "Maildir/tmp/1768300000.M9P100.mail"), "wb") as f:
        f.write(b"From: half <h@example.com>\nSubject: still being delivered\n\nyou idiot\n")
    with open(os.path.join(HERE, "Maildir/dovecot.index"), "wb") as f:
        f.write(b"\x07\x02\x00\x00dovecot index, not mail\x00\x00")
    with open(os.path.join(HERE, "Maildir/dovecot-uidlist"), "w") as f:
        f.write("3 V1768197600 N5\n1 1767857400.M1P100.mail\n")
    with open(os.path.join(HERE, "Maildir/dovecot-uidvalidity"), "w") as f:
        f.write("696c8a20\n")
    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d messages" % len(manifest))


if __name__ == "__main__":
    main()
