# kalm - Polish lexicon
#
# Terms are written without diacritics (the compiler folds them anyway).
# Shapes: word | stem+ (1-4 letter ending) | prefix* | *suffix | *part*.
# Severity: 1 mild, 2 moderate, 3 strong, 4 severe (slurs, threats).
#
# Conventions
# - strict: everything except the unmistakably Polish vulgar stems (kurw-,
#   chuj-, pierdol-, jeb-, pizd-, ...) and long vocatives is `strict`, so
#   that Polish marker words (was, pan, nie, on, ...) and short words
#   (cham, gown, sad, ...) never act on Dutch, Afrikaans or English text.
# - Nouns that only ever name a person insultingly (debil, idiota, kretyn,
#   dupek, frajer) count anywhere; nouns and adjectives with an everyday
#   meaning (baran, szmata, suka, glupi, zalosny) are `target`: abuse only
#   near a person, hate near a group word, frustration otherwise.
# - Vocative forms are separate `vocative` entries; nouns that have one are
#   listed form by form instead of as `stem+`, so the stem does not cover
#   (and outrank) the vocative.
# - Vulgar nouns (chujem, kurwy, pizda) are profanity, not insult: profanity
#   is never negated and never needs a target.
# - `fuzzy` only on long, distinctive words: a letter left out of "dziwka",
#   "smieci" or "powiesic" gives "dzika", "sieci", "powiesc".
# - Possessives (twoj, wasz) are not `you` words: "wasza glupia aplikacja"
#   is about a thing. Oblique pronouns that also stand for things (go, mu,
#   jej, jego) are not `person` words; threat rules name them explicitly.
#
# Sections
#   1. reader, other people, negation, reported speech
#   2. vulgar stems (profanity) and the insults built on them
#   3. insults: nouns, vocatives, adjectives
#   4. dehumanising words (target: hate near a group word)
#   5. hate: slurs; group nouns
#   6. threats (words) and death wishes
#   7. sexual harassment
#   8. frustration and complaint words (never abuse)
#   9. allow: ordinary words that contain matched stems
#      (then more entries of sections 1-7)
#  10. phrase rules

@lang pl

# ----------------------------------------------------------------------
# 1. Reader, other people, negation, reported speech
# ----------------------------------------------------------------------

# second person: pronouns, polite forms, copula (possessives such as twoj,
# wasz are left out on purpose: "wasza glupia aplikacja" is about a thing)
ty              you strict
tys             you strict
cie             you strict
ciebie          you strict
tobie           you strict
ci              you strict
toba            you strict
wy              you strict
was             you strict
wam             you strict
wami            you strict
pan             you strict
pani            you strict
panu            you strict
pana            you strict
panem           you strict
pania           you strict
panstwo         you strict
panstwa         you strict
panstwu         you strict
panstwem        you strict
jestes          you strict
jestescie       you strict
jestesta        you strict
bedziesz        you strict
bedziecie       you strict
byles           you strict
bylas           you strict
byliscie        you strict
bylyscie        you strict
zostales        you strict
zostalas        you strict
zostaliscie     you strict

# third person and people talked about
on              person strict
ona             person strict
oni             person strict
ich             person strict
nich            person strict
nimi            person strict
konsultant+     person strict
konsultantk+    person strict
kurier+         person strict
pracownik+      person strict
pracownic+      person strict
kierownik+      person strict
kierownic+      person strict
szef+           person strict
doradc+         person strict
sprzedawc+      person strict
sprzedawczyn+   person strict
serwisant+      person strict
monter+         person strict
sasiad+         person strict
facet+          person strict
koles+          person strict
gosciu          person strict
gostek          person strict
gostka          person strict
typek           person strict
typka           person strict
dyrektor+       person strict
prezes+         person strict
urzednik+       person strict
urzednic+       person strict
"ten gosc"      person strict
"ten typ"       person strict
"ta baba"       person strict

# negation
nie             negator strict
nigdy           negator strict
zaden           negator strict
zadna           negator strict
zadne           negator strict
zadnego         negator strict
zadnej          negator strict
zadnemu         negator strict
zadnym          negator strict
zadnych         negator strict
zadnymi         negator strict
ani             negator strict
wcale           negator strict
bynajmniej      negator strict

# reported speech, quotation, mention (what follows is not the writer's own)
mowiac          report strict
mowienie        report strict
mowi            report strict
mowia           report strict
powiedzieli     report strict
powiedzenie     report strict
powiedzenia     report strict
twierdzi        report strict
twierdza        report strict
twierdzenie     report strict
twierdzenia     report strict
stwierdzenie    report strict
stwierdzenia    report strict
stwierdzeniu    report strict
pisanie         report strict
piszac          report strict
nazywac         report strict
nazywajac       report strict
nazywanie       report strict
nazywa          report strict
nazywaja        report strict
nazwanie        report strict
nazwany         report strict
nazwana         report strict
nazwano         report strict
cytat           report strict
cytuje          report strict
cytujac         report strict
okreslenia      report strict
okreslenie      report strict
wyzwiska        report strict
wyzwisko        report strict
typu            report strict
"w stylu"       report strict
uwaza           report strict
uwazaja         report strict
sadzi           report strict
sadza           report strict
wierzy          report strict
wierza          report strict

# ----------------------------------------------------------------------
# 2. Vulgar stems
# ----------------------------------------------------------------------

# kurw-: kurwa, kurwica, skurwysyn, wkurwiony, zakurwiac, kurwiszon ...
*kurw*          profanity 1
kurew*          profanity 2 strict
kurwo           insult 3 vocative
kurwy           profanity 3
kurwami         profanity 3
kurwiszon+      profanity 3
skurwysyn       insult 3 fuzzy
skurwysyna      insult 3 fuzzy
skurwysynem     insult 3 fuzzy
skurwysynowi    insult 3 fuzzy
skurwysynow     insult 3 fuzzy
skurwysynom     insult 3 fuzzy
skurwysynami    insult 3 fuzzy
skurwysynski    insult 3 fuzzy
skurwysynskie   insult 3 fuzzy
skurwysyny      insult 3 fuzzy
skurwysynu      insult 3 vocative
skurwiel        insult 3
skurwiela       insult 3
skurwielem      insult 3
skurwielowi     insult 3
skurwieli       insult 3
skurwielami     insult 3
skurwielom      insult 3
skurwielu       insult 3 vocative
skurwiele       insult 3
kurwiarz+       insult 3
wkurwi*         profanity 2
wkurwia*        profanity 2

# chuj-/huj-: chuj, chujowy, chujnia, chujek; po-/o-/na-/w-/za- chuj
chuj*           profanity 2
huj*            profanity 2 strict
pochuj*         profanity 2
ochuj*          profanity 2
nachuj*         profanity 2
wchuj*          profanity 2
zachuj*         profanity 2
przechuj*       profanity 2
chuju           insult 3 vocative
huju            insult 3 vocative strict
chuje           profanity 3
chujem          profanity 3
chujami         profanity 3
chujek          profanity 3
chujku          insult 3 vocative
chujki          profanity 3
"chuj ci"       insult 3 you
"chuj wam"      insult 3 you

# pierdol-/pierdal-/pierdziel-: pierdolic, spierdalaj, wypierdalaj, ...
*pierdol*       profanity 2
*pierdal*       profanity 2
*pierdziel*     profanity 1 strict
*pierdz*        profanity 1 strict
popierdolon+    insult 3
popierdolen+    insult 3
pierdolniet+    insult 2
spierdolin+     insult 3
przypierdol*    profanity 2
spierdalaj      insult 3 vocative
spierdalajcie   insult 3 vocative
wypierdalaj     insult 3 vocative
wypierdalajcie  insult 3 vocative
odpierdol       insult 3 vocative
odpierdolcie    insult 3 vocative
odpierdalaj     insult 3 vocative
"pierdol sie"   insult 3 vocative
"pierdolcie sie" insult 3 vocative
"pierdole cie"  insult 3 you
"pierdole was"  insult 3 you
spierdoliles    profanity 2 vocative
spierdolilas    profanity 2 vocative
spierdoliliscie profanity 2 vocative
zapierdole      threat 4 target
wpierdol        threat 3 target
wpierdole       threat 3 target
napierdole      threat 3 target
rozpierdole     threat 3 target

# jeb-: jebac, jebany, pojebany, zajebac, przejebane, najebany, zjeb ...
*jeb*           profanity 2
jebany          profanity 2
jebani          insult 3
jebane          profanity 2
jebana          profanity 2
pojeb           insult 3
pojeba          insult 3
pojebem         insult 3
pojeby          insult 3
pojebow         insult 3
pojebami        insult 3
pojebany        insult 3
pojebana        insult 3
pojebane        insult 3
pojebani        insult 3
pojebanych      insult 3
pojebanym       insult 3
pojebanymi      insult 3
pojebanego      insult 3
pojebanej       insult 3
pojebaniec      insult 3
pojebancy       insult 3
pojebus         insult 3
pojebie         insult 3 vocative

zjeb            insult 3
zjeby           insult 3
zjebie          insult 3 vocative
zjebem          insult 3
zjebami         insult 3
zjebow          insult 3
"jeb sie"       insult 3 vocative
"jebcie sie"    insult 3 vocative
"jebac cie"     insult 3 you
"jebac was"     insult 3 you
"jebac ciebie"  insult 3 you
"jebie cie"     insult 3 you
zajebisc*       profanity 1
zajebist*       profanity 1
zajebie         threat 4 target
zajebiemy       threat 4 target
zajebac         threat 3 target
rozjebie        threat 3 target
wyjebie         threat 2 target
jebne           threat 3 target
przyjebie       threat 3 target
przejebales     profanity 2 vocative
zjebales        profanity 2 vocative
zjebaliscie     profanity 2 vocative

# pizd-: pizda, pizdzi, rozpizdzic, pizdus
*pizd*          profanity 2
pizdo           insult 3 vocative
pizda           profanity 3
pizdy           profanity 3
pizde           profanity 3
pizdami         profanity 3
pizdus+         insult 3

# dup-: dupa, dupek, dupsko, zadupie, udupic, dupczyc (not dupleks, duplikat)
dup+            profanity 1 strict
zadupi*         profanity 1 strict
udupi*          profanity 2 strict
*dupcz*         profanity 2 strict
dupek           insult 2 strict
dupka           insult 2 strict
dupkowi         insult 2 strict
dupki           insult 2 strict
dupkow          insult 2 strict
dupkom          insult 2 strict
dupkach         insult 2 strict
dupku           insult 2 vocative strict
dupkiem         insult 2 strict
dupkami         insult 2 strict
dupowlaz+       insult 2 target strict
lizodup+        insult 2 target strict
"w dupe"        profanity 1 strict
"w dupie"       profanity 1 strict
"do dupy"       profanity 1 strict
"w dupsko"      profanity 1 strict
"pocaluj mnie w dupe" insult 3 vocative
"wsadz sobie"   insult 2 vocative
"wsadzcie sobie" insult 2 vocative

# sra-: srac, zasrany, posrany, zesrac sie, sracz, srajtasma
srac            profanity 1 strict
sram            profanity 1 strict
srasz           profanity 1 strict
sraj            profanity 2 strict
srajcie         profanity 2 strict
sral+           profanity 1 strict
sraja           profanity 1 strict
sracz+          profanity 1 strict
srajtasm+       profanity 1 strict
zasra*          profanity 2 strict
posra*          profanity 2 strict
nasra*          profanity 2 strict
zesra*          profanity 1 strict
obesra*         profanity 2 strict
przesra*        profanity 2 strict
zasraniec       insult 3 strict
zasrancu        insult 3 vocative
zasrancy        insult 3 strict
posrancu        insult 3 vocative
"sram na"       profanity 1 strict

# gown-: gowno, gowniany, gowniarz, gownoburza
gown*           profanity 1 strict
gowniarz        insult 2 strict
gowniarza       insult 2 strict
gowniarzowi     insult 2 strict
gowniarze       insult 2 strict
gowniarzy       insult 2 strict
gowniarzow      insult 2 strict
gowniarzami     insult 2 strict
gowniara        insult 2 strict
gowniary        insult 2 strict
gowniarski      insult 2 target strict
gowniarstwo     insult 2 target strict
gowniarzu       insult 2 vocative
gowniarzem      insult 2 strict
gownian+        profanity 1 strict
"gowno warte"   insult 2 target strict
"gowno wart"    insult 2 target strict

# cip-, fiut-, kutas-, cwel-, ciul- (not dowcip, municypalny, ciulac = save up)
cip+            profanity 2 strict
cipsk+          profanity 2 strict
cipo            insult 3 vocative strict
cipa            profanity 3 strict
ciporo          insult 3 vocative
fiut+           profanity 2 strict
fiucie          insult 3 vocative
fiutem          profanity 3 strict
kutas+          profanity 2 strict
kutasie         insult 3 vocative
kutasem         profanity 3 strict
kutasy          profanity 3 strict
kutasiarz+      insult 3 strict
kutafon+        insult 2 strict
cwel            insult 3
cwela           insult 3
cwelem          insult 3
cwele           insult 3
cweli           insult 3
cwelow          insult 3
cwelami         insult 3
cwelowi         insult 3
cwelu           insult 3 vocative
ciul            insult 2 target strict
ciulu           insult 2 vocative strict
ciulem          insult 2 target strict
ciule           insult 2 target strict
ciulow          insult 2 target strict
ciulami         insult 2 target strict
ciulowy         profanity 1 strict
ciulowo         profanity 1 strict

# pieprz- as swearing (not pieprz = pepper, pieprzyk)
pieprzony       profanity 1 strict
pieprzona       profanity 1 strict
pieprzone       profanity 1 strict
pieprzeni       profanity 1 strict
pieprzonych     profanity 1 strict
pieprzonym      profanity 1 strict
pieprzonego     profanity 1 strict
pieprze         profanity 1 strict
pieprzysz       profanity 1 strict
pieprzy         profanity 1 strict
pieprzycie      profanity 1 strict
pieprzyl        profanity 1 strict
pieprzyla       profanity 1 strict
pieprzyli       profanity 1 strict
spieprz*        profanity 1
odpieprz*       profanity 1 strict
rozpieprz*      profanity 1 strict
przepieprz*     profanity 1 strict
wypieprz*       profanity 1 strict
popieprzon+     insult 2 strict
pieprzniet+     insult 1 target strict
spieprzaj       insult 2 vocative
spieprzajcie    insult 2 vocative
odpieprz        insult 2 vocative
odpieprzcie     insult 2 vocative
"pieprz sie"    insult 2 vocative
"pieprzcie sie" insult 2 vocative
"pieprze cie"   insult 2 you strict
"pieprze was"   insult 2 you strict

# other vulgar verbs and words
ruchac          profanity 2 strict
rucham          profanity 2 strict
ruchal+         profanity 2 strict
ruchany         profanity 2 strict
ruchana         profanity 2 strict
ruchanie        profanity 2 strict
wyruchac        profanity 2 strict
wyruchal+       profanity 2 strict
wyruchany       profanity 2 strict
wyruchani       profanity 2 strict
wyrucham        sexual 4 target strict
dymac           profanity 2 strict
wydymac         profanity 2 strict
wydymal+        profanity 2 strict
wydymany        profanity 2 strict
wydymani        profanity 2 strict
szczac          profanity 1 strict
szczyny         profanity 1 strict
zeszczac        profanity 1 strict
"zamknij morde" insult 2 vocative
"zamknij ryj"   insult 2 vocative
"zamknij pysk"  insult 2 vocative
"stul pysk"     insult 2 vocative
"stul ryj"      insult 2 vocative
"zamknij jape"  insult 2 vocative
"zamknijcie mordy" insult 2 vocative
"zamknijcie ryje" insult 2 vocative
"zamknac morde" profanity 1 strict
"zamknac ryj"   profanity 1 strict
"zamknac jape"  profanity 1 strict
"ryj ci"        insult 2 you strict
morda           insult 1 target strict
morde           insult 1 target strict
ryj             insult 1 target strict

# mild swearing about a situation
kurde           profanity 1 strict
kurdebele       profanity 1 strict
cholera         profanity 1 strict
cholery         profanity 1 strict
cholerny        profanity 1 strict
cholerna        profanity 1 strict
cholerne        profanity 1 strict
cholernie       profanity 1 strict
cholernych      profanity 1 strict
psiakrew        profanity 1 strict
psiakosc        profanity 1 strict
szlag           profanity 1 strict
"szlag mnie trafia" profanity 1 strict
"niech to szlag" profanity 1 strict
fak             profanity 1 strict
fakju           insult 2 vocative strict

# ----------------------------------------------------------------------
# 3. Insults
# ----------------------------------------------------------------------

# nouns: person-only insults count anywhere; everyday words need a target
debil           insult 2 strict
debila          insult 2 strict
debilowi        insult 2 strict
debilem         insult 2 strict
debile          insult 2 strict
debili          insult 2 strict
debilow         insult 2 strict
debilom         insult 2 strict
debilami        insult 2 strict
debilach        insult 2 strict
debilka         insult 2 strict
debilki         insult 2 strict
debilce         insult 2 strict
debilke         insult 2 strict
debilek         insult 2 strict
debilkom        insult 2 strict
debilkami       insult 2 strict
debilkach       insult 2 strict
debilizm        insult 2 target strict
debilizmu       insult 2 target strict
debilny         insult 2 target strict
debilna         insult 2 target strict
debilne         insult 2 target strict
debilni         insult 2 target strict
debilnych       insult 2 target strict
debilnym        insult 2 target strict
debilnymi       insult 2 target strict
debilnego       insult 2 target strict
debilnej        insult 2 target strict
idiota          insult 2 fuzzy strict
idioty          insult 2 fuzzy strict
idiocie         insult 2 fuzzy strict
idiote          insult 2 fuzzy strict
idiotow         insult 2 fuzzy strict
idiotom         insult 2 fuzzy strict
idiotami        insult 2 fuzzy strict
idiotach        insult 2 fuzzy strict
idiotka         insult 2 fuzzy strict
idiotki         insult 2 fuzzy strict
idiotce         insult 2 fuzzy strict
idiotke         insult 2 fuzzy strict
idiotek         insult 2 fuzzy strict
idiotkom        insult 2 fuzzy strict
idiotkami       insult 2 fuzzy strict
idiotkach       insult 2 fuzzy strict
idiotyzm        insult 2 target fuzzy strict
idiotyzmu       insult 2 target fuzzy strict
idiotyzmy       insult 2 target fuzzy strict
idioci          insult 2 strict
kretyn          insult 2 strict
kretyna         insult 2 strict
kretynowi       insult 2 strict
kretynem        insult 2 strict
kretyni         insult 2 strict
kretynow        insult 2 strict
kretynom        insult 2 strict
kretynami       insult 2 strict
kretynach       insult 2 strict
kretynka        insult 2 strict
kretynki        insult 2 strict
kretynce        insult 2 strict
kretynke        insult 2 strict
kretynek        insult 2 strict
kretynkami      insult 2 strict
kretynizm       insult 2 target strict
kretynizmu      insult 2 target strict
imbecyl         insult 2 fuzzy strict
imbecyla        insult 2 fuzzy strict
imbecylowi      insult 2 fuzzy strict
imbecylem       insult 2 fuzzy strict
imbecyle        insult 2 fuzzy strict
imbecyli        insult 2 fuzzy strict
imbecylow       insult 2 fuzzy strict
imbecylami      insult 2 fuzzy strict
imbecylka       insult 2 fuzzy strict
imbecylki       insult 2 fuzzy strict
kretynsk+       insult 2 target strict
idiotyczn+      insult 1 target strict
debiln+         insult 2 target strict
cham            insult 2 strict
chama           insult 2 strict
chamem          insult 2 strict
chamy           insult 2 strict
chamow          insult 2 strict
chamami         insult 2 strict
chamowi         insult 2 strict
chamsk+         insult 1 target strict
chamstw+        insult 1 target strict
frajer          insult 2 strict
frajera         insult 2 strict
frajerowi       insult 2 strict
frajerem        insult 2 strict
frajerzy        insult 2 strict
frajerow        insult 2 strict
frajerom        insult 2 strict
frajerami       insult 2 strict
frajerach       insult 2 strict
frajerka        insult 2 strict
frajerki        insult 2 strict
frajerke        insult 2 strict
frajerstwo      insult 2 target strict
frajerski       insult 2 target strict
frajerskie      insult 2 target strict
gnoj            insult 3 target strict
gnoja           insult 3 target strict
gnojem          insult 3 target strict
gnoje           insult 3 target strict
gnojow          insult 3 target strict
gnojek          insult 3 target strict
gnojka          insult 3 target strict
gnojki          insult 3 target strict
gnojkow         insult 3 target strict
smiec           insult 3 target strict
smiecia         insult 3 target strict
smieciem        insult 3 target strict
baran           insult 2 target strict
barana          insult 2 target strict
baranem         insult 2 target strict
barany          insult 2 target strict
baranow         insult 2 target strict
matol           insult 2 strict
matola          insult 2 strict
matolowi        insult 2 strict
matolem         insult 2 strict
matoly          insult 2 strict
matolow         insult 2 strict
matolom         insult 2 strict
matolami        insult 2 strict
matolek         insult 2 strict
matolka         insult 2 strict
matolki         insult 2 strict
pajac           insult 2 target strict
pajaca          insult 2 target strict
pajacowi        insult 2 target strict
pajacem         insult 2 target strict
pajace          insult 2 target strict
pajacow         insult 2 target strict
pajacom         insult 2 target strict
pajacami        insult 2 target strict
pajacach        insult 2 target strict
pajacowanie     insult 2 target strict
pajacujesz      insult 2 target strict
palant          insult 2 strict
palanta         insult 2 strict
palantowi       insult 2 strict
palantem        insult 2 strict
palanty         insult 2 strict
palantow        insult 2 strict
palantom        insult 2 strict
palantami       insult 2 strict
szmata          insult 3 target strict
szmaty          insult 3 target strict
szmacie         insult 3 target strict
szmate          insult 3 target strict
szmat           insult 3 target strict
szmatom         insult 3 target strict
szmatami        insult 3 target strict
szmatach        insult 3 target strict
szmatlawa       insult 3 target strict
szmatlawy       insult 3 target strict
dziwka          insult 3
dziwki          insult 3
dziwce          insult 3 strict
dziwke          insult 3
dziwek          insult 3 strict
dziwkom         insult 3
dziwkami        insult 3
dziwkach        insult 3
dziwkarz        insult 3
dziwkarze       insult 3
dziwkarzu       insult 3
suka            insult 3 target strict
suki            insult 3 target strict
suke            insult 3 target strict
suce            insult 3 target strict
sukami          insult 3 target strict
sukinsyn        insult 3
sukinsyna       insult 3
sukinsynem      insult 3
sukinsynowi     insult 3
sukinsyny       insult 3
sukinsynow      insult 3
sukinsynami     insult 3
sukinsynom      insult 3
sukinsynu       insult 3 vocative
bydle           insult 3 target strict
bydlak          insult 3 target strict
bydlaka         insult 3 target strict
bydlakiem       insult 3 target strict
bydlaki         insult 3 target strict
bydlakow        insult 3 target strict
bydlakami       insult 3 target strict
bydlaku         insult 3 vocative
glupek          insult 2 strict

glupka          insult 2 strict
glupkowi        insult 2 strict
glupkiem        insult 2 strict
glupki          insult 2 strict
glupkow         insult 2 strict
glupkom         insult 2 strict
glupkami        insult 2 strict
glupcy          insult 2 strict
glupiec         insult 2 strict
glupca          insult 2 strict
glupcem         insult 2 strict
glupcze         insult 2 vocative
durny           insult 2 target strict
durna           insult 2 target strict
durne           insult 2 target strict
durni           insult 2 target strict
durnych         insult 2 target strict
durnym          insult 2 target strict
durnymi         insult 2 target strict
durnego         insult 2 target strict
durnej          insult 2 target strict
duren           insult 2 strict
durnia          insult 2 strict
durniem         insult 2 strict
durnie          insult 2 strict
durniow         insult 2 strict
durniami        insult 2 strict
durnowaty       insult 2 target strict
durnowata       insult 2 target strict
durnowate       insult 2 target strict
durnowaci       insult 2 target strict
buc             insult 2 target strict
buca            insult 2 target strict
bucem           insult 2 target strict
bucu            insult 2 vocative strict
bucow           insult 2 target strict
kmiot+          insult 2 strict
kmiocie         insult 2 vocative
wiesniak+       insult 1 target strict
wiesniac+       insult 1 target strict
wsiok+          insult 1 target strict
swinia          insult 2 target strict
swini           insult 2 target strict
swinie          insult 2 target strict

swin            insult 2 target strict
swiniom         insult 2 target strict
swiniami        insult 2 target strict
swiniach        insult 2 target strict
swinio          insult 2 vocative
gnida           insult 3 target strict
gnidy           insult 3 target strict
gnidzie         insult 3 target strict
gnide           insult 3 target strict
gnid            insult 3 target strict
gnidami         insult 3 target strict
gnido           insult 3 vocative strict
szuja           insult 2 strict
szui            insult 2 strict
szuje           insult 2 strict
szuj            insult 2 strict
szujami         insult 2 strict
szujo           insult 2 vocative strict
lajza           insult 2 strict
lajzy           insult 2 strict
lajzie          insult 2 strict
lajze           insult 2 strict
lajz            insult 2 strict
lajzami         insult 2 strict
lajzo           insult 2 vocative strict
lajdak          insult 2 strict
lajdaka         insult 2 strict
lajdakiem       insult 2 strict
lajdaki         insult 2 strict
lajdakow        insult 2 strict
lajdakom        insult 2 strict
lajdakami       insult 2 strict
lajdactwo       insult 2 target strict
lajdacy         insult 2 strict
lajdaku         insult 2 vocative
dran            insult 1 strict
drania          insult 1 strict
draniu          insult 1 vocative
dranie          insult 1 strict
draniem         insult 1 strict
drani           insult 1 strict
menda           insult 2 target strict
mendo           insult 2 vocative strict
mendy           insult 2 target strict
mende           insult 2 target strict
kanalia         insult 2 target strict
kanalie         insult 2 target strict
kanalio         insult 2 vocative
hieno           insult 2 vocative strict
nieudacznik+    insult 2 strict
nieudacznic+    insult 2 strict
nieuk           insult 1 target strict
nieuki          insult 1 target strict
nieukiem        insult 1 target strict
cymbal          insult 2 target strict
cymbala         insult 2 target strict
cymbalem        insult 2 target strict
cymbalow        insult 2 target strict
cymbalami       insult 2 target strict
cymbale         insult 2 vocative
balwan          insult 2 target strict
balwana         insult 2 target strict
balwanem        insult 2 target strict
balwany         insult 2 target strict
balwanow        insult 2 target strict
balwanami       insult 2 target strict
balwanie        insult 2 vocative
tuman           insult 2 target strict
tumanie         insult 2 vocative
tumanem         insult 2 target strict
glab            insult 2 target strict
glaba           insult 2 target strict
glabie          insult 2 vocative
glabem          insult 2 target strict
osiol           insult 1 target strict
osle            insult 1 vocative strict
oslem           insult 1 target strict
cepie           insult 1 vocative strict
dzban           insult 1 target strict
dzbanie         insult 1 target strict
dzbany          insult 1 target strict
polglowek       insult 2 strict
polglowka       insult 2 strict
polglowkiem     insult 2 strict
polglowki       insult 2 strict
polglowkow      insult 2 strict
polglowkami     insult 2 strict
polglowku       insult 2 vocative
przyglup        insult 2 strict
przyglupa       insult 2 strict
przyglupem      insult 2 strict
przyglupy       insult 2 strict
przyglupow      insult 2 strict
przyglupami     insult 2 strict
przyglupi       insult 2 target strict
przyglupia      insult 2 target strict
przyglupich     insult 2 target strict
przyglupie      insult 2 vocative
oligofren+      insult 3 target strict
cwok            insult 2 target strict
cwoka           insult 2 target strict
cwokiem         insult 2 target strict
cwoki           insult 2 target strict
cwokow          insult 2 target strict
cwokami         insult 2 target strict
cwoku           insult 2 vocative strict
prostak         insult 1 target strict
prostaka        insult 1 target strict
prostakiem      insult 1 target strict
prostaki        insult 1 target strict
prostakow       insult 1 target strict
prostakami      insult 1 target strict
prostacy        insult 1 target strict
prostaku        insult 1 vocative
burak           insult 1 target strict
buraku          insult 1 vocative
lamus           insult 1 target strict
lamusa          insult 1 target strict
lamusem         insult 1 target strict
lamusy          insult 1 target strict
lamusow         insult 1 target strict
lamusami        insult 1 target strict
lamusie         insult 1 vocative
leszczu         insult 1 vocative
gamon           insult 1 target strict
gamonia         insult 1 target strict
gamoniu         insult 1 vocative
gamonie         insult 1 target strict
jelop           insult 2 strict
jelopa          insult 2 strict
jelopem         insult 2 strict
jelopy          insult 2 strict
jelopow         insult 2 strict
jelopami        insult 2 strict
jelopie         insult 2 vocative
fajtlap+        insult 1 target strict
oferm+          insult 1 target strict
ciamajd+        insult 1 target strict
popapran+       insult 2 target strict
poraban+        insult 2 target strict
walniet+        insult 1 target strict
szurniet+       insult 1 target strict
stukniet+       insult 1 target strict
psychopat+      insult 2 target strict
swir            insult 2 target strict
swiry           insult 2 target strict
swirem          insult 2 target strict
swirze          insult 2 vocative
wariat+         insult 1 target strict
wariacie        insult 1 vocative
oszolom         insult 2 strict
oszoloma        insult 2 strict
oszolomem       insult 2 strict
oszolomy        insult 2 strict
oszolomow       insult 2 strict
oszolomami      insult 2 strict
oszolomie       insult 2 vocative strict
schizol+        insult 3 target strict
szczyl+         insult 1 target strict
smarkacz+       insult 1 target strict
gnojku          insult 3 vocative
dziad           insult 1 target strict
dziadu          insult 1 vocative
babo            insult 1 vocative strict
babsztyl+       insult 2 target strict
babsko          insult 2 target strict
babsku          insult 2 vocative
zerem           insult 2 target strict
zerami          insult 2 target strict
nikim           insult 1 target strict
frajerze        insult 2 vocative
darmozjad+      insult 2 target strict
nierob+         insult 1 target strict
pijawk+         insult 2 target strict
dewiant+        insult 3 target strict
dewianc+        insult 3 target strict
degenerat       insult 3 strict
degenerata      insult 3 strict
degeneratem     insult 3 strict
degeneratow     insult 3 strict
degeneratami    insult 3 strict
degeneratka     insult 3 strict
degeneratki     insult 3 strict
degeneracie     insult 3 vocative strict
degeneraci      insult 3 strict
zwyrodnialec    insult 3 strict
zwyrodnialca    insult 3 strict
zwyrodnialcem   insult 3 strict
zwyrodnialcy    insult 3 strict
zwyrodnialcow   insult 3 strict
zwyrodnialcami  insult 3 strict
zwyrodnialcu    insult 3 vocative strict
zwyrodnial+     insult 2 target strict
zboczeniec      insult 3 target strict
zboczency       insult 3 target strict
zboczenca       insult 3 target strict
zboczencem      insult 3 target strict
zboczencow      insult 3 target strict
zboczencu       insult 3 vocative
pedofil+        insult 3 target strict
kaleka          insult 3 target strict
kaleki          insult 3 target strict
kaleke          insult 3 target strict
kalekami        insult 3 target strict
kalek           insult 3 target strict
kaleko          insult 3 vocative
ulomn+          insult 2 target strict
niedorozwiniet+ insult 3 target fuzzy strict
niedorozwinieci insult 3 target strict
uposledzon+     insult 3 target fuzzy strict
uposledzeni     insult 3 target fuzzy strict
uposledzency    insult 3 target strict
uposledzencu    insult 3 vocative
bezmozg+        insult 2 target fuzzy strict
*bezmozg*       insult 2 target strict
roslink+        insult 2 target strict
autysto         insult 3 vocative
downie          insult 3 vocative
downem          insult 3 target strict

# vocatives: the form itself addresses the reader
debilu          insult 2 vocative
debilko         insult 2 vocative
idioto          insult 2 vocative
idiotko         insult 2 vocative
kretynie        insult 2 vocative
kretynko        insult 2 vocative
imbecylu        insult 2 vocative
chamie          insult 2 vocative
chamko          insult 2 vocative
gnoju           insult 3 vocative strict
smieciu         insult 3 vocative
baranie         insult 2 vocative
matole          insult 2 vocative
pajacu          insult 2 vocative
palancie        insult 2 vocative
szmato          insult 3 vocative
dziwko          insult 3 vocative
suko            insult 3 vocative strict
glupku          insult 2 vocative
durniu          insult 2 vocative
ciolku          insult 2 vocative
padalcu         insult 3 vocative
padalec         insult 3 target strict
gadzie          insult 2 vocative
wszo            insult 2 vocative strict
pasozycie       insult 3 vocative
frajerko        insult 2 vocative

# adjectives and predicates: abuse when aimed at a person or a group
glupi           insult 2 target fuzzy strict
glupia          insult 2 target fuzzy strict
glupie          insult 2 target fuzzy strict
glupich         insult 2 target fuzzy strict
glupim          insult 2 target strict
glupimi         insult 2 target fuzzy strict
glupiego        insult 2 target strict
glupiej         insult 2 target strict
glupiemu        insult 2 target strict
glupszy         insult 2 target strict
glupsza         insult 2 target strict
glupsze         insult 2 target strict
glupsi          insult 2 target strict
glupszych       insult 2 target strict

glupol          insult 2 strict
glupola         insult 2 strict
glupole         insult 2 strict
glupolu         insult 2 target strict
*glupi*         insult 2 target strict
tepy            insult 2 target strict
tepa            insult 2 target strict
tepe            insult 2 target strict
tepi            insult 2 target strict
tepych          insult 2 target strict
tepymi          insult 2 target strict
tepym           insult 2 target strict
tepak           insult 2 strict
tepaka          insult 2 strict
tepakiem        insult 2 strict
tepaki          insult 2 strict
tepakow         insult 2 strict
tepakami        insult 2 strict
tepaku          insult 2 vocative
zalosn+         insult 2 target strict
*zalosn*        insult 2 target strict
obrzydliw+      insult 2 target strict
*obrzydliw*     insult 2 target strict
odrazajac+      insult 2 target fuzzy strict
*odrazajac*     insult 2 target strict
ohydn+          insult 2 target strict
odpychajac+     insult 1 target strict
oblesn+         insult 2 target strict
podly           insult 2 target strict
podla           insult 2 target strict
podli           insult 2 target strict
podlych         insult 2 target strict
podlymi         insult 2 target strict
podlym          insult 2 target strict
podlego         insult 2 target strict
podlejsi        insult 2 target strict
podle           insult 2 target strict
nieuczciw+      insult 1 target strict
niecywilizowan+ insult 2 target fuzzy strict
prymityw+       insult 2 target strict
brudn+          insult 1 target strict
brudas+         insult 2 target strict
smierdzac+      insult 2 target strict
smierdziel+     insult 2 target strict
leniw+          insult 1 target strict
bezwartosciow+  insult 3 target fuzzy strict
*bezwartosciow* insult 3 target strict
bezuzyteczn+    insult 2 target strict
beznadziejn+    insult 1 target strict
gorsi           insult 1 target strict
najgorsi        insult 1 target strict
najgorsze       insult 1 target strict
ignorant+       insult 2 target strict
ignoranc+       insult 1 target strict
nienormaln+     insult 1 target strict
okrutn+         insult 1 target strict
nieludzk+       insult 1 target strict
zepsuci         insult 1 target strict
bezmyslni       insult 1 target strict

# emotions aimed at someone: hate near a group word, insult near "you"
nienawidz*      insult 2 target strict
*nienawidz*     insult 2 target strict
brzydz+         insult 2 target strict
gardze          insult 2 target strict
gardzimy        insult 2 target strict
gardzic         insult 2 target strict
wstret+         insult 2 target strict

# ----------------------------------------------------------------------
# 4. Dehumanising words: insult near a person, hate near a group
# ----------------------------------------------------------------------
robactw+        insult 3 target fuzzy strict
*robactw*       insult 3 target strict
robak+          insult 2 target strict
szkodnik+       insult 3 target fuzzy strict
*szkodnik*      insult 3 target strict
szkodnicy       insult 3 target strict
pasozyt+        insult 3 target fuzzy strict
*pasozyt*       insult 3 target strict
karaluch+       insult 3 target fuzzy strict
*karaluch*      insult 3 target strict
szczur+         insult 2 target strict
szumowin+       insult 3 target fuzzy strict
*szumowin*      insult 3 target strict
plugastw+       insult 3 target fuzzy strict
*plugastw*      insult 3 target strict
scierw+         insult 3 target strict
*scierw*        insult 3 target strict
bydlo           insult 3 target strict
bydla           insult 3 target strict
bydlem          insult 3 target strict
holot+          insult 3 target strict
motloch+        insult 2 target strict
pomiot          insult 3 target strict
pomiotem        insult 3 target strict
pomioty         insult 3 target strict
podludz+        insult 4 target strict
*podludz*       insult 4 target strict
nieludzi+       insult 3 target strict
zaraza          insult 3 target strict
zaraze          insult 3 target strict
zarazy          insult 3 target strict
zarazo          insult 3 vocative
plaga           insult 2 target fuzzy strict
plagi           insult 2 target strict
plage           insult 2 target strict
wirusem         insult 3 target strict
rakiem          insult 3 target fuzzy strict
nowotworem      insult 3 target strict
zwierzetami     insult 2 target strict
malpami         insult 3 target strict
malpo           insult 2 vocative strict
odpadami        insult 2 target strict
brudem          insult 2 target strict
smieci          insult 2 target strict
smieciami       insult 3 target strict
*smieciami*     insult 3 target strict
wyrzutk+        insult 2 target strict
wszawi          insult 2 target strict
wszy            insult 2 target strict
zagrozeniem     insult 1 target fuzzy strict

# ----------------------------------------------------------------------
# 5. Hate: slurs about origin, religion, gender, sexuality, disability
# ----------------------------------------------------------------------

# sexuality
pedal           hate 3 target strict
pedala          hate 3 strict
pedalem         hate 3 target strict
pedale          hate 3 target strict
pedaly          hate 3 target strict
pedalow         hate 3 target strict
pedalami        hate 3 target strict
pedalowi        hate 3 target strict
pedalstw+       hate 3 strict
pedzio+         hate 3 strict
pedziu          hate 3 vocative
pedryl+         hate 3 strict
ciota           hate 3 strict
cioty           hate 3 strict
ciote           hate 3 strict
ciot            hate 3 strict
ciotami         hate 3 strict
ciotach         hate 3 strict
cioto           hate 3 vocative strict
ciotowat+       hate 3 strict
ciotowsk+       hate 3 strict
*homosi*        hate 3 strict
lesba           hate 3 strict
lesby           hate 3 strict
lesbe           hate 3 strict
lesbo           hate 3 vocative strict
lesbami         hate 3 strict
obojniak+       hate 3 strict
hermafrodyt+    hate 3 target strict
babochlop+      hate 3 strict
shemale         hate 3 strict
"teczowa zaraza" hate 4 strict
"teczowej zarazy" hate 4 strict
transik+        hate 3 strict

# origin, colour, religion
czarnuch+       hate 4 fuzzy
*czarnuch*      hate 4
czarnuchu       hate 4 vocative
zydek           hate 3 strict
zydka           hate 3 strict
zydki           hate 3 strict
zydkow          hate 3 strict
zydkiem         hate 3 strict
zydkami         hate 3 strict
zydku           hate 3 vocative strict
zydlak+         hate 3 strict
zydostw+        hate 3 strict
zydokomun+      hate 3 strict
gudlaj+         hate 4 fuzzy
*gudlaj*        hate 4
mosiek          hate 3 strict
moskow          hate 3 strict
moski           hate 3 strict
parch           hate 3 target strict
parchy          hate 3 target strict
parchem         hate 3 target strict
parchu          hate 3 vocative
ciapat+         hate 4
*ciapat*        hate 4
ciapaci         hate 4 fuzzy strict
*ciapaci*       hate 4 strict
ciapak+         hate 4 strict
zoltek          hate 3 target strict
zoltki          hate 3 target strict
zoltkow         hate 3 strict
*zoltkow        hate 3 strict
zoltkiem        hate 3 target strict
zoltkami        hate 3 target strict
zolci           hate 3 strict
skosnook+       hate 3 fuzzy strict
*skosnook*      hate 3 strict
skosnooc+       hate 3 strict
kitajc+         hate 3 strict
kitajec         hate 3 strict
arabus+         hate 3 strict
brudasy         hate 3 target strict
kacap+          hate 3 strict
banderowc+      hate 3 target strict
banderowiec     hate 3 target strict
szwab+          hate 3 target strict
zabojad+        hate 3 strict
makaroniarz+    hate 3 strict
rusek           hate 3 target strict
ruskow          hate 3 target strict
feminazi*       hate 3 strict
ulom            hate 3 target strict
ulomy           hate 3 target strict
ulomem          hate 3 target strict
ulomie          hate 3 vocative
ulomow          hate 3 target strict
mongol          hate 3 target strict
mongolem        hate 3 target strict
mongole         hate 3 target strict
mongolu         hate 3 vocative strict
spastyk+        hate 3 target strict
spastycy        hate 3 target strict

# protected groups (neutral words): a target word in the same sentence makes hate
kobiet+         group fuzzy strict
*kobiet*        group strict
kobiec+         group strict
imigrant+       group fuzzy strict
*imigrant*      group strict
imigranc+       group fuzzy strict
*imigranc*      group strict
emigrant+       group strict
emigranc+       group strict
migrant+        group fuzzy strict
migranc+        group fuzzy strict
uchodzc+        group fuzzy strict
uchodzczyn+     group strict
cudzoziem+      group fuzzy strict
cudzoziemc+     group strict
obcokrajow+     group fuzzy strict
obcokrajowc+    group strict
muzulman+       group fuzzy strict
*muzulman*      group strict
muzulmansk+     group strict
islam+          group strict
islamsk+        group strict
zyd+            group strict
zydzi           group strict
zydowsk+        group strict
*zydowsk*       group strict
zydowk+         group strict
*zydow*         group strict
semici          group strict
semitow         group strict
gej+            group strict
gejow           group strict
*gejow*         group strict
gejowsk+        group fuzzy strict
*gejowsk*       group strict
homoseksualist+ group strict
homoseksualisc+ group strict
homoseksualn+   group strict
lesbij+         group fuzzy strict
biseksual+      group fuzzy strict
lgbt            group strict
lgbtq           group strict
lgbt+           group strict
queer           group strict
transplciow+    group fuzzy strict
*transplciow*   group strict
transpciow+     group strict
transseksualist+ group fuzzy strict
transseksualisc+ group strict
"osoby trans"   group strict
"osob trans"    group strict
niepelnospraw+  group fuzzy strict
*niepelnospraw* group strict
niepelnosprawn+ group fuzzy strict
inwalid+        group fuzzy strict
niewidom+       group strict
gluchoniem+     group strict
autyst+         group strict
autysc+         group strict
azjat+          group fuzzy strict
*azjat*         group strict
azjac+          group fuzzy strict
*azjaci*        group strict
azjatk+         group strict
azjatyck+       group fuzzy strict
murzyn+         group strict
czarnoskor+     group fuzzy strict
czarni          group strict
afroamerykan+   group strict
arab+           group strict
arabow+         group strict
romow+          group strict
romsk+          group strict
romami          group strict
cygan+          group strict
cyganie         group strict
ukrainc+        group fuzzy strict
ukrainiec       group strict
ukraink+        group strict
rosjan+         group strict
chinczy+        group strict
chinczyc+       group strict
wietnamczy+     group strict
wietnamczyc+    group strict
hindus+         group strict
katolik+        group strict
katolic+        group strict
chrzescijan+    group fuzzy strict
ateist+         group strict
ateisc+         group strict
sikh+           group strict
buddyst+        group strict
polak+          group strict
polacy          group strict
polka           group strict
polki           group strict
niemc+          group strict
niemiec         group strict

# ----------------------------------------------------------------------
# 6. Threats and death wishes (words; phrases are rules below)
# ----------------------------------------------------------------------
zabije          threat 4 target strict
zabijemy        threat 4 target strict
zabic           threat 4 target strict
zabijcie        threat 4 target strict
zabijmy         threat 4 target strict
zabici          threat 4 target strict
zabijac         threat 3 target strict
zabijanie       threat 3 target strict
ubije           threat 4 target strict
ubic            threat 4 target strict
ubijemy         threat 4 target strict
zastrzel+       threat 4 target strict
zastrzele       threat 4 target strict
zastrzeleni     threat 4 target strict
*zastrzel*      threat 4 target strict
odstrzel+       threat 4 target strict
odstrzalu       threat 3 target strict
wystrzelac      threat 4 target strict
rozstrzelac     threat 4 target strict
rozstrzelani    threat 4 target strict
rozstrzelanie   threat 4 target strict
zamordowac      threat 4 target fuzzy strict
*zamordowac*    threat 4 target strict
zamorduje       threat 4 target fuzzy strict
zamordujemy     threat 4 target strict
zamordujmy      threat 4 target strict
zamorduj        threat 4 target strict
zamordowani     threat 4 target fuzzy strict
zamordowany     threat 4 target strict
zamordowana     threat 4 target strict
wymordowac      threat 4 target fuzzy strict
*wymordowac*    threat 4 target strict
wymorduje       threat 4 target strict
wymordujemy     threat 4 target strict
wymordujmy      threat 4 target strict
wymordowani     threat 4 target strict
mordowac        threat 3 target strict
zadzgac         threat 4 target fuzzy strict
*zadzgac*       threat 4 target strict
zadzgam         threat 4 target strict
zadzgamy        threat 4 target strict
zadzgajmy       threat 4 target strict
zadzgany        threat 4 target strict
zadzgani        threat 4 target strict
dzgne           threat 4 target strict
udusic          threat 4 target strict
udusze          threat 4 target strict
udusimy         threat 4 target strict
uduszeni        threat 4 target strict
powiesic        threat 4 target strict
*powiesic*      threat 4 target strict
powiesze        threat 4 target strict
powiesimy       threat 4 target strict
powiesmy        threat 4 target strict
powieszeni      threat 4 target strict
powieszony      threat 3 target strict
poderznac       threat 4 target fuzzy strict
poderzne        threat 4 target fuzzy strict
poderzniemy     threat 4 target strict
poderzniete     threat 4 target strict
poderzniec      threat 4 target strict
poderzniecie    threat 4 target strict
poderzn+        threat 4 target strict
wyrznac         threat 4 target fuzzy strict
wyrzne          threat 4 target strict
wyrzniemy       threat 4 target strict
wyrznijmy       threat 4 target strict
wyrzniecie      threat 4 target strict
*wyrzniec*      threat 4 target strict
zgwalc+         threat 4 target strict
*zgwalc*        threat 4 target strict
gwalc+          threat 4 target strict
zgwalce         threat 4 target strict
podpale         threat 4 target strict
podpalimy       threat 4 target strict
podpalic        threat 3 target strict
zatluke         threat 4 target strict
zatluc          threat 4 target strict
ukatrup+        threat 4 target strict
pobije          threat 3 target strict
pobijemy        threat 3 target strict
polamie         threat 3 target strict
polamiemy       threat 3 target strict
rozwale         threat 3 target strict
rozbije         threat 3 target strict
skrzywdze       threat 3 target strict
skrzywdzic      threat 3 target strict
skrzywdzimy     threat 3 target strict
dopadne         threat 3 target strict
dopadniemy      threat 3 target strict
dorwe           threat 3 target strict
dorwiemy        threat 3 target strict
zakopie         threat 3 target strict
cwiartuje       threat 4 target strict
pocwiartuje     threat 4 target strict
potne           threat 4 target strict
wykoncze        threat 3 target strict
zgin            threat 4 vocative strict
zginiesz        threat 4 vocative
zginiecie       threat 4 vocative
zginie          threat 3 target fuzzy strict
straceni        threat 4 target strict
eksterminacj+   threat 4 target fuzzy strict
eksterminowa*   threat 4 target strict
wytepic         threat 4 target fuzzy strict
wytepienie      threat 4 target strict
wytepimy        threat 4 target strict
wytepieni       threat 4 target strict
zagazowac       threat 4 target strict
zagazowani      threat 4 target strict
zlikwidowani    threat 4 target fuzzy strict
zlikwidujmy     threat 3 target fuzzy strict
*zlikwidujmy*   threat 3 target strict
"na szubienice" threat 4 target strict
stryczek        threat 3 target strict
stryczka        threat 3 target strict

# death wishes aimed at the reader
zdychaj         insult 4 vocative
zdychajcie      insult 4 vocative
zdechnij        insult 4 vocative
zdechnijcie     insult 4 vocative
zdechniesz      threat 4 vocative
zdechniecie     threat 4 vocative
"zabij sie"     insult 4 vocative
"powies sie"    insult 4 vocative
"utop sie"      insult 4 vocative
"zabijcie sie"  insult 4 vocative
"powiescie sie" insult 4 vocative
"idz sie zabic" insult 4 vocative

# ----------------------------------------------------------------------
# 7. Sexual harassment
# ----------------------------------------------------------------------
cycki           sexual 3 strict
cyce            sexual 3 strict
cycek           sexual 3 strict
cyckow          sexual 3 strict
cyckami         sexual 3 strict
cyckach         sexual 3 strict
cycuszki        sexual 3 strict
cycuszkow       sexual 3 strict
cycunie         sexual 3 strict
cycusie         sexual 3 strict
cipk+           sexual 3 strict
cipeczk+        sexual 3 strict
dupcia          sexual 2 target strict
dupcie          sexual 2 target strict
dupeczk+        sexual 2 target strict
tyleczek        sexual 2 target strict
tyleczka        sexual 2 target strict
biust           sexual 2 target strict
biustem         sexual 2 target strict
sutki           sexual 3 target strict
sutkami         sexual 3 target strict
nago            sexual 2 target strict
nagie           sexual 2 target strict
naga            sexual 2 target strict
rozebrana       sexual 2 target strict
nagich          sexual 2 target strict
nudes+          sexual 3 target strict
nudeski         sexual 3 target strict
seksown+        sexual 2 target strict
sexy            sexual 2 target strict
napalon+        sexual 3 target strict
podniecasz      sexual 3 vocative
podniecacie     sexual 3 vocative
podnieca        sexual 2 target strict
obciagnij       sexual 4 vocative
obciagniesz     sexual 4 vocative
obciagac        sexual 4 target strict
obciagnac       sexual 4 target strict
possij          sexual 4 vocative
possac          sexual 4 target strict
wyliz           sexual 3 vocative strict
zerzne          sexual 4 target strict
zerznac         sexual 4 target strict
przelece        sexual 4 target strict
przelecial+     sexual 4 target strict
przeleciec      sexual 4 target strict
bzyknac         sexual 4 target strict
bzyknal+        sexual 4 target strict
bzykne          sexual 4 target strict
bzykac          sexual 3 target strict
bzykanko        sexual 3 target strict
dymanko         sexual 3 target strict
ruchanko        sexual 3 target strict
wydymam         sexual 4 target strict
dupczyc         sexual 3 target strict
laseczko        sexual 2 vocative
laleczko        sexual 2 vocative
kotku           sexual 1 vocative strict
kiciu           sexual 1 vocative strict
seksu           sexual 2 target strict
seks            sexual 2 target strict
"rozbierz sie"  sexual 4 vocative
"rozbierz sie dla mnie" sexual 4 vocative
"pokaz cycki"   sexual 4 vocative
"pokaz cipke"   sexual 4 vocative
"pokaz tylek"   sexual 4 vocative
"pokaz dupe"    sexual 4 vocative
"pokaz piersi"  sexual 4 vocative
"zrob mi loda"  sexual 4 vocative
"ssij mi"       sexual 4 vocative
"zdejmij majtki" sexual 4 vocative
"zdejmij stanik" sexual 4 vocative
"ssac pale"     sexual 4 target strict
kutasa          sexual 3 target strict
penisa          sexual 3 target strict
penis           sexual 2 target strict
fiuta           sexual 3 target strict

# ----------------------------------------------------------------------
# 8. Frustration and complaint words (a signal, never abuse)
# ----------------------------------------------------------------------
skandal+        frustration 2 strict
skandaliczn+    frustration 2 strict
niedopuszczaln+ frustration 2 strict
reklamacj+      frustration 1 strict
reklamuje       frustration 1 strict
"zwrot pieniedzy" frustration 2 strict
"zwrot kosztow" frustration 1 strict
"zwrot srodkow" frustration 1 strict
"zwrotu pieniedzy" frustration 2 strict
"oddajcie pieniadze" frustration 2 strict
"oddajcie mi pieniadze" frustration 2 strict
"chce zwrot"    frustration 2 strict
"trzeci raz"    frustration 2 strict
"czwarty raz"   frustration 2 strict
"piaty raz"     frustration 2 strict
"kolejny raz"   frustration 2 strict
"po raz kolejny" frustration 2 strict
"po raz trzeci" frustration 2 strict
"ktorys raz"    frustration 2 strict
"ile mozna"     frustration 2 strict
"ile razy"      frustration 1 strict
"do kiedy"      frustration 1 strict
znowu           frustration 1 strict
znow            frustration 1 strict
skarg+          frustration 2 strict
zazalen+        frustration 2 strict
rzecznik+       frustration 2 strict
uokik           frustration 2 strict
uokiku          frustration 2 strict
"rzecznika konsumentow" frustration 2 strict
"rzecznik praw konsumenta" frustration 2 strict
"rzecznika finansowego" frustration 2 strict
knf             frustration 2 strict
sad             frustration 2 strict
sadu            frustration 2 strict
sadzie          frustration 2 strict
pozew           frustration 2 strict
pozwe           frustration 2 strict
prawnik+        frustration 2 strict
adwokat+        frustration 2 strict
"wypowiadam umowe" frustration 2 strict
"rozwiazuje umowe" frustration 2 strict
rezygnuje       frustration 2 strict
rezygnacj+      frustration 1 strict
anuluj+         frustration 1 strict
"nie do przyjecia" frustration 2 strict
oszustw+        frustration 2 strict
zlodziejstw+    frustration 2 strict
naciagani+      frustration 2 strict
kpina           frustration 2 strict
kpiny           frustration 2 strict
zenada          frustration 2 strict
zenujac+        frustration 2 strict
porazka         frustration 1 strict
dramat          frustration 1 strict
tragedia        frustration 1 strict
masakra         frustration 1 strict
cyrk            frustration 1 strict
paranoja        frustration 1 strict
absurd+         frustration 1 strict
bezczelnosc     frustration 2 strict
bezczeln+       frustration 2 strict
horror          frustration 1 strict
lekcewazeni+    frustration 2 strict
lekcewazyc+     frustration 2 strict
ignorujecie     frustration 2 strict
olewacie        frustration 2 strict
olewka          frustration 2 strict
"nikt nie odpowiada" frustration 2 strict
"nikt nie odpisuje" frustration 2 strict
"czekam od"     frustration 1 strict
wkurz+          frustration 1 strict
zdenerwowan+    frustration 1 strict
wsciekl+        frustration 2 strict
wkurzony        frustration 2 strict
rozczarowan+    frustration 1 strict
zawiedzion+     frustration 1 strict
"negatywna opinie" frustration 1 strict
"negatywna opinia" frustration 1 strict
"jedna gwiazdke" frustration 1 strict
natychmiast     frustration 1 strict
"kierownikiem"  frustration 1 strict
"przelozonym"   frustration 1 strict
niekompetentn+  frustration 2 strict
niekompetencj+  frustration 2 strict
nieudolnosc+    frustration 2 strict
nieudoln+       frustration 2 strict
bzdur+          frustration 1 strict
dziadostw+      frustration 1 strict
badziew+        frustration 1 strict
szajs+          frustration 1 strict
chlam           frustration 1 strict
"nie dziala"    frustration 1 strict
"dalej nie dziala" frustration 2 strict
"nadal nie dziala" frustration 2 strict
"wciaz nie dziala" frustration 2 strict
uszkodzon+      frustration 1 strict
opoznieni+      frustration 1 strict
"mam dosc"      frustration 2 strict
"mam dosyc"     frustration 2 strict
"nie wytrzymam" frustration 1 strict
wstyd           frustration 1 strict
"jak tak mozna" frustration 2 strict

# ----------------------------------------------------------------------
# 9. Allow: ordinary words that contain matched stems or are false friends
# ----------------------------------------------------------------------
dupl*           allow strict
dupleks         allow strict
duplikat        allow strict
glupio          allow strict
ciulac          allow strict
ciulam          allow strict
ciula           allow strict
ciulal          allow strict
ciulala         allow strict
cipher*         allow strict
chamber*        allow strict
champion*       allow strict
champagne       allow strict
pedaluj*        allow strict
pedalowa*       allow strict
zoltko          allow strict
zoltka          allow strict
sukces*         allow strict
sukien*         allow strict
nagoda          allow strict
nagosc          allow strict
# gnoju is also the genitive and locative of gnoj (manure): after a
# preposition, a word of quantity or before a genitive adjective it is
# the manure, never the vocative insult
"do gnoju"       allow strict
"z gnoju"        allow strict
"ze gnoju"       allow strict
"od gnoju"       allow strict
"bez gnoju"      allow strict
"dla gnoju"      allow strict
"u gnoju"        allow strict
"w gnoju"        allow strict
"we gnoju"       allow strict
"na gnoju"       allow strict
"o gnoju"        allow strict
"po gnoju"       allow strict
"przy gnoju"     allow strict
"kolo gnoju"     allow strict
"obok gnoju"     allow strict
"zamiast gnoju"  allow strict
"oprocz gnoju"   allow strict
"wokol gnoju"    allow strict
"spod gnoju"     allow strict
"znad gnoju"     allow strict
"sprzed gnoju"   allow strict
"kupa gnoju"     allow strict
"kupe gnoju"     allow strict
"kupy gnoju"     allow strict
"worek gnoju"    allow strict
"worka gnoju"    allow strict
"worki gnoju"    allow strict
"workow gnoju"   allow strict
"tona gnoju"     allow strict
"tone gnoju"     allow strict
"ton gnoju"      allow strict
"troche gnoju"   allow strict
"duzo gnoju"     allow strict
"pelno gnoju"    allow strict
"wiecej gnoju"   allow strict
"mniej gnoju"    allow strict
"zapach gnoju"   allow strict
"zapachu gnoju"  allow strict
"smrod gnoju"    allow strict
"taczka gnoju"   allow strict
"taczke gnoju"   allow strict
"taczki gnoju"   allow strict
"przyczepa gnoju" allow strict
"przyczepe gnoju" allow strict
"wywoz gnoju"    allow strict
"wywozu gnoju"   allow strict
"gnoju konskiego" allow strict
"gnoju krowiego" allow strict
"gnoju bydlecego" allow strict
"gnoju kurzego"  allow strict
"gnoju owczego"  allow strict
"gnoju swinskiego" allow strict
"gnoju kroliczego" allow strict
"gnoju ptasiego" allow strict
"gnoju zwierzecego" allow strict
"gnoju naturalnego" allow strict
"gnoju granulowanego" allow strict
"gnoju przekompostowanego" allow strict
"gnoju suszonego" allow strict
# tumanie: the locative of tuman (a cloud of dust), not only the vocative
"w tumanie"      allow strict
"tumanie kurzu"  allow strict
# DuPont (dup+)
dupont*          allow strict
# Dutch and English entries that are ordinary Polish words: Kutno
# (kut-, strict in nl.lex), tyfus (typhus), stront (strontium), dom (a
# house), makak (a macaque), pik (spades), fuks (a fluke), fagot (a
# bassoon), pleban and plebania (a parish priest and his house), groomer
# (a pet groomer), retarder (a truck brake)
tyfus+           allow strict
stront*          allow strict
dom              allow strict
makak*           allow strict
pik              allow strict
fuks             allow strict
fagot*           allow strict
pleban*          allow strict
groomer*         allow strict
retarder*        allow strict
retardacj*       allow strict
retardant*       allow strict
# smieci- as a word part: elektrosmieci (electronic waste)
elektrosmieci*   allow strict

# ----------------------------------------------------------------------
# more entries (reported speech in the third person, explicit forms)
# ----------------------------------------------------------------------
powiedzial      report strict
powiedziala     report strict
powiedzialy     report strict
napisal         report strict
napisala        report strict
napisali        report strict
pisal           report strict
pisala          report strict
pisali          report strict
twierdzil       report strict
twierdzila      report strict
twierdzili      report strict
stwierdzil      report strict
stwierdzila     report strict
stwierdzili     report strict
nazwal          report strict
nazwala         report strict
nazwali         report strict
nazywal         report strict
nazywali        report strict
mowiacy         report strict
mowiacych       report strict
mowiacej        report strict
twierdzacy      report strict
twierdzacych    report strict
glosza          report strict
glosi           report strict
"cos w stylu"   report strict
"w rodzaju"     report strict
traktuje        report strict
traktuja        report strict
traktujecie     report strict
traktujesz      report strict
traktowac       report strict
traktowani      report strict
traktowany      report strict
traktowana      report strict
traktowanie     report strict
potraktowal+    report strict
potraktowano    report strict

ludzie          person strict
ludzi           person strict
ludziom         person strict
ludzmi          person strict
czlonkowie      person strict
menedzer+       person strict
manager+        person strict
politycy        person strict
polityk+        person strict

oszust          insult 1 target strict
oszusta         insult 1 target strict
oszustem        insult 1 target strict
oszusci         insult 1 target strict
oszustow        insult 1 target strict
oszustami       insult 1 target strict
oszustka        insult 1 target strict
oszustki        insult 1 target strict
zlodziej        insult 1 target strict
zlodzieja       insult 1 target strict
zlodziejem      insult 1 target strict
zlodzieje       insult 1 target strict
zlodziei        insult 1 target strict
zlodziejami     insult 1 target strict
zlodziejka      insult 1 target strict

homos           hate 3 strict
homosia         hate 3 strict
homosie         hate 3 strict
homosiem        hate 3 strict
homosiow        hate 3 strict
homosiami       hate 3 strict
homosiu         hate 3 vocative
szkopy          hate 3 target strict
szkopow         hate 3 target strict
szkopami        hate 3 target strict

# telling the reader to go away, shut up, get lost
spadaj          insult 1 vocative
spadajcie       insult 1 vocative
wynocha         insult 2 vocative
zjezdzaj        insult 1 vocative
"odwal sie"     insult 2 vocative
"odwalcie sie"  insult 2 vocative
"odczep sie"    insult 1 vocative
"odczepcie sie" insult 1 vocative
"wal sie"       insult 3 vocative
"walcie sie"    insult 3 vocative
"gon sie"       insult 3 vocative
"goncie sie"    insult 3 vocative
"zamknij sie"   insult 2 vocative
"zamknijcie sie" insult 2 vocative
"lecz sie"      insult 2 vocative
"leczcie sie"   insult 2 vocative
"puknij sie"    insult 2 vocative
"jebnij sie"    insult 3 vocative
"spierdalaj stad" insult 3 vocative

pojebancu       insult 3 vocative

psychol         insult 2 strict
psychola        insult 2 strict
psycholem       insult 2 strict
psychole        insult 2 strict
psycholi        insult 2 strict
psycholu        insult 2 vocative
upierac         report strict
upierasz        report strict
upiera          report strict
upieraja        report strict

"wypchaj sie"   insult 2 vocative strict
"wypchajcie sie" insult 2 vocative strict
"mozesz mi naskoczyc" insult 1 vocative strict
"mozecie mi naskoczyc" insult 1 vocative strict
"jeszcze sie policzymy" threat 2 you strict
"zemszcze sie"  threat 2 you strict

kozojeb*        hate 4
katol           hate 3 strict
katole          hate 3 strict
katoli          hate 3 strict
katolami        hate 3 strict
"opozniony umyslowo" insult 3 target strict
"opoznieni umyslowo" insult 3 target strict
"opozniona umyslowo" insult 3 target strict
"opoznionych umyslowo" insult 3 target strict

# concatenations, typos and superlatives
pieprzyc*       profanity 1 fuzzy strict
pierdolic       profanity 2 fuzzy
pierdolcie      profanity 2 fuzzy
najglup*        insult 2 target strict
najglupszymi    insult 2 target strict
*lajdakami      insult 2 strict
*lajdakow       insult 2 strict
*obrzydz*       insult 2 target strict
nieobrzydz*     allow strict
nieglup*        allow strict strict
*uposledzon*    insult 3 target strict
nieuposledz*    allow strict
*kurew          profanity 2 strict
*pedala         hate 3 strict
*cioty          hate 3 strict
pocioty         allow strict
udusil+         threat 3 target strict
stracone        threat 3 target strict
roslinek        insult 2 target strict

"wez sie lecz"  insult 2 vocative strict
"sie lecz"      insult 2 vocative strict

"glupia sprawa"  allow strict
"glupie pytanie" allow strict
"glupie pytania" allow strict
"glupia sytuacja" allow strict
"glupi blad"     allow strict
"glupia pomylka" allow strict
"glupi zart"     allow strict


# killing named as a noun ("uduszenie tego...", "zamordowanie cie")
uduszenie       threat 3 target strict
zamordowanie    threat 3 target strict
mordowanie      threat 3 target strict
zabicie         threat 3 target strict
zastrzelenie    threat 3 target strict
zadzganie       threat 3 target strict
wymordowanie    threat 3 target strict
ukamienowanie   threat 3 target strict
zlinczowanie    threat 3 target strict
zagazowanie     threat 3 target strict
poderzniecie    threat 3 target strict


# more name-calling and vocatives
korwa           profanity 1 strict
choj            profanity 2 strict
ofiaro          insult 1 vocative strict
"ofiara losu"   insult 1 target strict
becwal          insult 2 target strict
becwala         insult 2 target strict
becwale         insult 2 vocative strict
pacan           insult 1 target strict
pacana          insult 1 target strict
pacanie         insult 1 vocative strict
pacany          insult 1 target strict
ciolek          insult 2 target strict
ciolki          insult 2 target strict
krowo           insult 2 vocative strict
kozo            insult 1 vocative strict
pinda           insult 2 target strict
pindy           insult 2 target strict
pindo           insult 2 vocative strict
fladro          insult 2 vocative strict
lafirynda       insult 2 target strict
lafiryndy       insult 2 target strict
lafiryndo       insult 2 vocative strict
zdzira          insult 3 target strict
zdziry          insult 3 target strict
zdzire          insult 3 target strict
zdziro          insult 3 vocative strict
zlamas          insult 2 strict
zlamasa         insult 2 strict
zlamasem        insult 2 strict
zlamasy         insult 2 strict
zlamasie        insult 2 vocative strict
kutafonie       insult 2 vocative strict
wiesniaku       insult 1 vocative strict
dzido           insult 2 vocative strict
"tepa dzida"    insult 2 target strict

# whole word forms that forgive one typo (fuzzy works on whole words only)
kobieta         group fuzzy strict
kobiety         group fuzzy strict
kobiet          group fuzzy strict
kobiecie        group fuzzy strict
kobiete         group fuzzy strict
kobietom        group fuzzy strict
kobietami       group fuzzy strict
kobietach       group fuzzy strict
imigrant        group fuzzy strict
imigranta       group fuzzy strict
imigranci       group fuzzy strict
imigrantow      group fuzzy strict
imigrantom      group fuzzy strict
imigrantami     group fuzzy strict
imigrantach     group fuzzy strict
imigrantem      group fuzzy strict
imigrantowi     group fuzzy strict
imigrantka      group fuzzy strict
imigrantki      group fuzzy strict
imigrantek      group fuzzy strict
niepelnosprawny group fuzzy strict
niepelnosprawni group fuzzy strict
niepelnosprawnych group fuzzy strict
niepelnosprawnym group fuzzy strict
niepelnosprawnymi group fuzzy strict
niepelnosprawnego group fuzzy strict
niepelnosprawna group fuzzy strict
niepelnosprawne group fuzzy strict
niepelnosprawnej group fuzzy strict
niepelnosprawnemu group fuzzy strict
transplciowy    group fuzzy strict
transplciowa    group fuzzy strict
transplciowe    group fuzzy strict
transplciowych  group fuzzy strict
transplciowym   group fuzzy strict
transplciowymi  group fuzzy strict
transplciowej   group fuzzy strict
transplciowego  group fuzzy strict

gejow           group fuzzy strict
gejom           group fuzzy strict
gejami          group fuzzy strict
gejach          group fuzzy strict
zydzi           group fuzzy strict
zydow           group fuzzy strict
zydom           group fuzzy strict
zydami          group fuzzy strict
zydowka         group fuzzy strict
zydowki         group fuzzy strict
zydowski        group fuzzy strict
zydowskie       group fuzzy strict
zydowskich      group fuzzy strict
zydowskim       group fuzzy strict
zydowskiego     group fuzzy strict
azjata          group fuzzy strict
azjaci          group fuzzy strict
azjatow         group fuzzy strict
azjatom         group fuzzy strict
azjatami        group fuzzy strict
azjaty          group fuzzy strict
azjatke         group fuzzy strict
azjatka         group fuzzy strict
azjatki         group fuzzy strict
azjatycki       group fuzzy strict
azjatyckie      group fuzzy strict
azjatyckich     group fuzzy strict
azjatyckim      group fuzzy strict
muzulmanie      group fuzzy strict
muzulmanow      group fuzzy strict
muzulmanin      group fuzzy strict
muzulmanka      group fuzzy strict
muzulmanki      group fuzzy strict
muzulmanom      group fuzzy strict
muzulmanami     group fuzzy strict
uchodzcy        group fuzzy strict
uchodzcow       group fuzzy strict
uchodzcami      group fuzzy strict
homoseksualisci group fuzzy strict
homoseksualistow group fuzzy strict
homoseksualista group fuzzy strict
lesbijki        group fuzzy strict
lesbijek        group fuzzy strict
lesbijkami      group fuzzy strict
lesbijka        group fuzzy strict
cudzoziemcy     group fuzzy strict
cudzoziemcow    group fuzzy strict
szumowiny       insult 3 target fuzzy strict
szumowinami     insult 3 target fuzzy strict
robactwo        insult 3 target fuzzy strict
robactwem       insult 3 target fuzzy strict
pasozyty        insult 3 target fuzzy strict
pasozytami      insult 3 target fuzzy strict
szkodniki       insult 3 target fuzzy strict
szkodnikami     insult 3 target fuzzy strict
karaluchy       insult 3 target fuzzy strict
karaluchami     insult 3 target fuzzy strict
plugastwo       insult 3 target fuzzy strict
obrzydliwi      insult 2 target fuzzy strict
obrzydliwe      insult 2 target fuzzy strict
obrzydliwa      insult 2 target fuzzy strict
obrzydliwy      insult 2 target fuzzy strict
obrzydliwych    insult 2 target fuzzy strict
odrazajacy      insult 2 target fuzzy strict
odrazajace      insult 2 target fuzzy strict
odrazajaca      insult 2 target fuzzy strict
odrazajacych    insult 2 target fuzzy strict
bezwartosciowi  insult 2 target fuzzy strict
bezwartosciowe  insult 2 target fuzzy strict
bezwartosciowa  insult 2 target fuzzy strict
niecywilizowani insult 2 target fuzzy strict
niecywilizowane insult 2 target fuzzy strict
ignoranci       insult 2 target fuzzy strict
ignorantami     insult 2 target fuzzy strict
nienawidze      insult 2 target fuzzy strict
nienawidzimy    insult 2 target fuzzy strict
nienawidzi      insult 2 target fuzzy strict
nienawisci      insult 2 target fuzzy strict
zastrzelic      threat 4 target fuzzy strict

udusic          threat 4 target fuzzy strict

torturowac      threat 4 target fuzzy strict
zagazowac       threat 4 target fuzzy strict

# ----------------------------------------------------------------------
# 10. Phrase rules (the pattern runs on the normalised phrase view:
#     lower case, no diacritics, leetspeak read, punctuation kept)
# ----------------------------------------------------------------------

# --- threats to the reader, the family and property ---
rule threat 4 strict you when wiem : \bwiem\W+(?:\w+\W+)?gdzie\W+(?:\w+\W+){0,2}(?:mieszkasz|mieszkacie|pracujesz|pracujecie|parkujesz|sypiasz|bywasz|chodzisz|mieszka twoj\w*|mieszkaja twoi|chodza twoje|chodzi twoj\w*|jest (?:wasz|twoj)\w*|sa (?:wasz|twoj|wasi|twoi)\w*)\b
rule threat 4 strict you when wiem : \bwiem\W+(?:\w+\W+)?gdzie\W+(?:\w+\W+)?(?:jest|sa|znajduje sie|macie|masz)\W+(?:\w+\W+)?(?:biuro|siedzib\w*|dom|sklep|firm\w*|rodzin\w*|dzieci|magazyn|lokal)\b
rule threat 3 strict you when twoj*,wasz* : \b(?:wiem|znam|mam)\W+(?:juz\W+)?(?:twoj|wasz)\w*\W+(?:adres\w*|nazwisk\w*|dane|numer rejestracyjny)\W+(?:\w+\W+){0,3}(?:i|wiec|to)\W+(?:przyjde|przyjade|wpadne|znajde|odwiedze|dopadne)
rule threat 3 strict you when wygladacie,wygladasz : \bwiem,? jak\W+(?:\w+\W+)?wyglada(?:sz|cie)\b
rule threat 4 strict you when znajde,znajdziemy,dopadne,dopadniemy,dorwe,dorwiemy,odnajde,namierze,namierzymy,wytropie,dorwa,dopadna,znajda : \b(?:znajde|znajdziemy|dopadne|dopadniemy|dorwe|dorwiemy|odnajde|namierze|namierzymy|wytropie|dorwa|dopadna|znajda)\W+(?:\w+\W+)?(?:cie|ciebie|was|twoja rodzin\w*|twoje dzieci|twoich bliskich)\b
rule threat 4 strict you when zrobie,zrobimy,zrobi : \b(?:zrobie|zrobimy|zrobi)\W+(?:ci|wam|tobie)\W+(?:\w+\W+)?(?:krzywde|kuku|jesien sredniowiecza|koszmar z zycia)\b
rule threat 4 strict target when zrobie,zrobimy : \b(?:zrobie|zrobimy)\W+(?:mu|jej|im)\W+(?:\w+\W+)?krzywde\b
rule threat 4 strict you when zrobie,zrobimy : \b(?:zrobie|zrobimy)\W+z\W+(?:ciebie|was|twojej\W+\w+)\W+(?:\w+\W+)?(?:miazge|mielonke|kotlet|marmolade|kaleke|kaleki|warzywo|inwalide)\b
rule threat 4 strict when polamie,polamiemy,rozwale,rozwalimy,rozbije,rozbijemy,obije,obijemy,urwe,urwiemy,wyrwe,wyrwiemy,wybije,wybijemy,powybijam,powybijamy,obetne,obetniemy,wydlubie,skopie,skopiemy,przestrzele,rozkwasze,przetrace,poprzetracam,skrece,skrecimy,rozjebie,rozpierdole,rozharatam,potne,podetne,poderzne,wypruje : \b(?:polamie|polamiemy|rozwale|rozwalimy|rozbije|rozbijemy|obije|obijemy|urwe|urwiemy|wyrwe|wyrwiemy|wybije|wybijemy|powybijam|powybijamy|obetne|obetniemy|wydlubie|skopie|skopiemy|przestrzele|rozkwasze|przetrace|poprzetracam|skrece|skrecimy|rozjebie|rozpierdole|rozharatam|potne|podetne|poderzne|wypruje)\W+(?:ci|wam|mu|jej|im|tobie|twoj\w*|wasz\w*|jego|temu|tej|tym)\W+(?:\w+\W+){0,3}(?:leb|lby|glow\w*|morde|mordy|ryj|ryje|pysk|pyski|twarz|gebe|geby|nos|zeby|zebow|rece|reke|nogi|noge|kosci|zebra|kolan\w*|palce|jaja|dupe|tylek|szczeke|kark|karki|oczy|gardlo|gardla|szyje|lapy|giry|flaki|bebechy)\b
rule threat 4 strict when rozwale,rozwalimy,rozbije,rozbijemy,wybije,wybijemy,powybijam,zdemoluje,zdemolujemy,rozpierdole,rozpierdolimy,rozjebie,spale,spalimy,podpale,podpalimy,zniszcze,zniszczymy,wysadze,wysadzimy,rozniose,rozniesiemy,zdewastuje : \b(?:rozwale|rozwalimy|rozbije|rozbijemy|wybije|wybijemy|powybijam|zdemoluje|zdemolujemy|rozpierdole|rozpierdolimy|rozjebie|spale|spalimy|podpale|podpalimy|zniszcze|zniszczymy|wysadze|wysadzimy|rozniose|rozniesiemy|zdewastuje)\W+(?:ci\W+|wam\W+|mu\W+|jej\W+|im\W+)?(?:ten\W+|to\W+|te\W+|ta\W+|cale\W+|caly\W+|cala\W+|twoj\w*\W+|wasz\w*\W+|jego\W+|jej\W+)?(?:\w+\W+)?(?:dom\w*|biur\w*|sklep\w*|firm\w*|siedzib\w*|magazyn\w*|samochod\w*|auto|auta|lokal\w*|salon\w*|placowk\w*|budyn\w*|oddzial\w*|punkt\w*|mieszkani\w*|chat\w*|bude|burdel\w*|szyb\w*|okna|witryn\w*|drzwi|fure|bryke)\b
rule threat 4 strict when podloze,podlozymy,podlozyc,zdetonuje,przyniose,przyniesiemy,zostawie,mam,wysadze,wysadzimy,wysadzic : \b(?:podloze|podlozymy|podlozyc|zdetonuje|przyniose|przyniesiemy|zostawie|mam|wysadze|wysadzimy|wysadzic)\W+(?:\w+\W+){0,2}(?:bomb\w*|ladun\w* wybuchow\w*|material\w* wybuchow\w*|granat\w*|semtex\w*|trotyl\w*)\b
rule threat 4 strict when wysadze,wysadzimy,wysadzic : \bwysadz\w*\W+(?:\w+\W+){0,3}w\W+powietrze\b
rule threat 4 strict when benzyna,bronia,giwera,kanistrem,karabinem,kastetem,kijami,kijem,lomem,maczeta,nozami,nozem,palka,pistoletem,siekiera,spluwa,strzelba,tasakiem : \b(?:przyjde|przyjdziemy|przyjade|przyjedziemy|wpadne|wpadniemy|odwiedze|odwiedzimy|czekam|poczekam|poczekamy|zjawie sie|zjawimy sie|wroce|wrocimy)\W+(?:\w+\W+){0,5}(?:z|ze)\W+(?:\w+\W+)?(?:nozem|nozami|siekiera|bronia|pistoletem|spluwa|maczeta|kijem|kijami|palka|lomem|kastetem|benzyna|kanistrem|karabinem|strzelba|giwera|tasakiem)\b
rule threat 3 strict you when przyjde,przyjdziemy,przyjade,przyjedziemy,odwiedze,odwiedzimy,zlozymy,zloze,poczekam,poczekamy : \b(?:przyjde|przyjdziemy|przyjade|przyjedziemy|odwiedze|odwiedzimy|zloze wizyte|zlozymy wizyte|poczekam|poczekamy)\W+(?:\w+\W+)?(?:ciebie|cie|was|wam|na ciebie|na was|twoj\w*|wasz\w*)\W+(?:\w+\W+)?(?:do domu|pod domem|pod dom|w nocy|po pracy|pod praca|pod blokiem|pod biurem|pod drzwiami|pod drzwi|na parkingu|przed domem|w domu)\b
rule threat 3 strict target when dam,damy,dostanie,przywale,przywalimy,jebne,pierdolne,strzele,walne,walniemy,przyjebie,przypierdole,zasadze,przyloze : \b(?:dam|damy|dostanie|przywale|przywalimy|jebne|pierdolne|strzele|walne|walniemy|przyjebie|przypierdole|zasadze|przyloze)\W+(?:ci\W+|wam\W+|mu\W+|jej\W+|tobie\W+)?(?:w|po|przez|na)\W+(?:morde|ryj|pysk|leb|lba|glowe|twarz|gebe|zeby|zebach|gebie|pysku|mordzie|ryju|jaja|nery|kark|czache|lepetyne|ryja)\b
rule threat 3 strict you when dostaniesz,dostaniecie,zarobisz,zarobicie : \b(?:dostaniesz|dostaniecie|zarobisz|zarobicie)\W+(?:\w+\W+)?(?:w|po|przez|na)\W+(?:morde|ryj|pysk|leb|lba|glowe|twarz|gebe|zeby|zebach|gebie|pysku|mordzie|ryju|jaja|nery|kark|czache|lepetyne|ryja|dupe|dupsko)\b
rule threat 3 strict you when dostaniesz,dostaniecie,spuszcze,spuscimy,sprzedam,wlepie,wlepimy,dostanie,zarobisz,zarobicie : \b(?:dostaniesz|dostaniecie|spuszcze|spuscimy|sprzedam|wlepie|wlepimy|dostanie|zarobisz|zarobicie)\W+(?:ci\W+|wam\W+|mu\W+|jej\W+)?(?:taki\W+|takie\W+|porzadny\W+|porzadne\W+|niezly\W+|niezle\W+)?(?:wpierdol|wpierdziel|lomot|manto|lanie|becki|w czape|kose|kulke|kulk\w*|kule|wciry|wpieprz|oklep)\b
rule threat 4 strict target when kula,kulka,kulke,kulki : \bkul(?:a|ka|ke|ki|e)\W+(?:\w+\W+)?(?:w\W+(?:leb|lby|glowe|czache|plecy)|dla\W+(?:ciebie|was|niego|niej|nich))\b
rule threat 4 strict target when odstrzele,odstrzelimy,wpakuje,wpakujemy,wsadze,wbije,wbijemy,przestrzele : \b(?:odstrzele|odstrzelimy|wpakuje|wpakujemy|wsadze|wbije|wbijemy|przestrzele)\W+(?:ci|wam|mu|jej|im)\W+(?:\w+\W+)?(?:kulk\w*|kul\w*|leb|lba|glowe|lby|noz|kose|sztylet|olow)\b
rule threat 4 strict you when twoja,twoje,twoi,twoich,twoim,twojej,twojemu,wasze,wasi,waszych,waszym,waszej : \b(?:twoja|twoje|twoi|twoich|twoim|twojej|twojemu|wasze|wasi|waszych|waszym|waszej)\W+(?:\w+\W+)?(?:rodzin\w*|dzieci|dzieciom|dzieciach|dziecku|dziecko|zon\w*|maz\w*|meza|mezowi|matk\w*|matce|cork\w*|syn\w*|bliscy|bliskich|bliskim|rodzice|rodzicom|rodzicow|dziewczyn\w*|chlopak\w*|pracownic\w*|pracownik\w*)\W+(?:\w+\W+){0,3}(?:pozaluj\w*|ucierpi\w*|zginie|zgina|oberwie|oberwa|beda cierpiec|bedzie cierpiec|nie dozyj\w*|skonczy\w* w\W+(?:szpitalu|grobie|piachu|trumnie|rowie)|sie nie obudz\w*|spotka cos zlego|moze sie cos stac|cos sie stanie)\b
rule threat 3 strict you when cos : \bcos\W+(?:zlego\W+)?(?:sie\W+)?(?:moze\W+)?(?:sie\W+)?(?:stac|stanie|przytrafic|przytrafi|przydarzy|przydarzyc|spotka)\W+(?:\w+\W+)?(?:twoj\w*|wasz\w*|tobie|wam|ci)\b
rule threat 3 strict when szkoda : \b(?:szkoda by bylo|szkoda byloby|byloby szkoda|szkoda),?\W+gdyby\W+(?:\w+\W+){0,4}(?:cos sie stalo|spotkalo|przytrafilo|spalilo|sie stalo|cos stalo|stracil\w* zdrowie|ucierpial\w*)
rule threat 4 strict you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:juz\W+)?(?:trupem|trupami|martwy|martwa|martwi|martwe|nieboszczykiem|denatem)\b
rule threat 2 strict you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:juz\W+)?(?:skonczony|skonczona|skonczeni|udupiony|udupiona)\b
rule threat 4 strict you when zyjesz,zyjecie : \b(?:juz\W+)?nie\W+zyje(?:sz|cie)\b
rule threat 3 strict you when dni : \b(?:twoje|wasze)\W+dni\W+(?:sa\W+)?policzone\b
rule threat 3 strict you when policze,policzymy,porachuje,porachujemy,rozlicze,rozliczymy : \b(?:policze|policzymy|porachuje|porachujemy)\W+sie\W+z\W+(?:toba|wami|panem|pania)\b
rule threat 4 strict you when porachuje,porachujemy,policze,policzymy : \b(?:porachuje|porachujemy|policze|policzymy)\W+(?:ci|wam)\W+kosci\b
rule threat 2 strict you when wiesz : \bnie\W+wiesz\W+z\W+kim\W+(?:zadzierasz|masz do czynienia|zaczynasz)\b
rule threat 2 strict you when uwazaj,uwazajcie,pilnuj,pilnujcie,ogladaj,ogladajcie : \b(?:lepiej|radze|radze ci|radze wam)\W+(?:\w+\W+)?(?:uwazaj|uwazajcie|pilnuj sie|pilnujcie sie|ogladaj sie za siebie|ogladajcie sie za siebie)\b
rule threat 2 strict you when ogladaj,ogladajcie : \bogladaj(?:cie)?\W+sie\W+za\W+siebie\b
rule threat 3 strict you when pozalujesz,pozalujecie : ^(?!.*\b(?:uokik\w*|rzecznik\w*|sad\w*|skarg\w*|prawnik\w*|adwokat\w*|opini\w*|recenzj\w*|reklamacj\w*|ocen\w*|klient\w*|konkurencj\w*|media\w*|internec\w*|internet\w*|zglosz\w*|zglaszam|pozw\w*|pozew|umow\w*|rezygn\w*|wypowiad\w*|gwiazdk\w*|facebook\w*|google|kupi\w*|zamowi\w*|zakup\w*|abonament\w*|konsument\w*|policj\w*|prokurat\w*|kontrol\w*|inspekcj\w*))(?:.*?\W)?\Kpozaluje(?:sz|cie)\b
rule threat 2 strict you when zaplacisz,zaplacicie,odpowiesz,odpowiecie : ^(?!.*\b(?:uokik\w*|rzecznik\w*|sad\w*|skarg\w*|prawnik\w*|adwokat\w*|opini\w*|reklamacj\w*|pozw\w*|pozew|odszkodowan\w*|koszt\w*|faktur\w*|rachun\w*|karn\w*|kar\w*|prawn\w*|policj\w*|prokurat\w*|odsetk\w*|zwrot\w*|pieniadz\w*))(?:.*?\W)?\K(?:zaplacisz|zaplacicie|odpowiesz|odpowiecie)\W+(?:mi\W+)?za\W+to\b
rule threat 4 strict target when zasluguj*,zasluz* : \b(?:zasluguj(?!esz|ecie)\w*|zasluzyl(?!es|as|iscie)\w*|zasluza)\W+(?:\w+\W+)?na\W*(?:\w+\W+)?(?:smierc|stryczek|kule|kulke|egzekucj\w*|rozstrzelanie|cierpienie|tortury|krzeslo elektryczne|gwalt|szubienice|zaglade|eksterminacj\w*|zagazowanie|spalenie|pieklo|lincz|powieszenie|bol)\b
rule threat 4 strict you when zaslugujesz,zaslugujecie,zasluzyles,zasluzylas,zasluzyliscie : \b(?:zasluguje(?:sz|cie)|zasluzyl(?:es|as|iscie))\W+(?:\w+\W+)?na\W*(?:\w+\W+)?(?:smierc|stryczek|kule|kulke|egzekucj\w*|rozstrzelanie|cierpienie|tortury|krzeslo elektryczne|gwalt|szubienice|zaglade|eksterminacj\w*|spalenie|pieklo|lincz|powieszenie|bol)\b
rule threat 4 strict target when powinn*,musz*,musi,trzeba,nalezy,chce,chcialbym,chcialabym,chcemy,pora,czas,warto,wystarczy,mozna,bede,bedziemy,zamierzam,zamierzamy,zamiar,moglbym,powinien,powinienem,zostana,zostanie,beda,wolno,lepiej,najlepiej,mamy : \b(?:powinn\w+|powinien|powinienem|musz\w+|musi|trzeba|nalezy|chce|chcialbym|chcialabym|chcemy|pora|czas|warto|wystarczy|mozna|bede|bedziemy|zamierzam|zamierzamy|mam zamiar|moglbym|zostana|zostanie|beda|wolno|lepiej|najlepiej|mamy)\W+(?:(?!(?:go|mu|ja|jej|ich|je)\b)\w+\W+){0,3}(?:zginac|umrzec|zdechnac|wyginac|wybic|wymordowac|wystrzelac|zagazowac|powiesic|rozstrzelac|zastrzelic|zabic|zaglodzic|spalic zywcem|utopic|udusic|wytepic|eksterminowac|wyeliminowac|wyrznac|zadzgac|zamordowac|torturowac|skrzywdzic|pobic|zgwalcic|ukamienowac|zlinczowac|poderznac|zatluc|ubic|odstrzelic|mordowac|zabijac|straceni|stracone|zabici|zabite|zastrzeleni|zastrzelone|powieszeni|powieszone|zlikwidowani|wymordowani|wymordowane|wytepieni|wytepione|spaleni|zagazowani|zagazowane|rozstrzelani|rozstrzelane|wyeliminowani|eksterminowani|eksterminowane|ukamienowani|zlinczowani|wykastrowani|torturowani|torturowane|zgwalceni|zgwalcone|pobici|skrzywdzeni|poddani egzekucji|poddane egzekucji|skazani na smierc|skazane na smierc|zadzgani|zadzgane|uduszeni|uduszone|utopieni|utopione|zamordowani|zamordowane)\b
rule threat 4 strict target when zabijmy,zlikwidujmy,wytepmy,wybijmy,powiesmy,spalmy,wyrznijmy,zastrzelmy,wymordujmy,zagazujmy,rozstrzelajmy,utopmy,zadzgajmy,wyeliminujmy,eksterminujmy : \b(?:zabijmy|zlikwidujmy|wytepmy|wybijmy|powiesmy|spalmy|wyrznijmy|zastrzelmy|wymordujmy|zagazujmy|rozstrzelajmy|utopmy|zadzgajmy|wyeliminujmy|eksterminujmy)\b
rule threat 3 strict target when pozbyc,pozbadzmy,pozbedziemy,pozbylibysmy,pozbede,pozbyli,pozbedzie : \b(?:pozbyc|pozbadzmy|pozbedziemy|pozbylibysmy|pozbede|pozbyli|pozbedzie)\W+sie\W+(?:\w+\W+){0,2}(?:ich|tych|was|ciebie|cie|go|jej|wszystkich|kazdego|kazdej|(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*)\b
rule threat 3 strict target when pozbyc,pozbadzmy,pozbedziemy,pozbylibysmy,pozbede,pozbyli,pozbedzie : \bsie\W+(?:ich|was|ciebie|go|jej|wszystkich|(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*)\W+(?:\w+\W+){0,2}(?:pozbyc|pozbedziemy|pozbylibysmy|pozbede|pozbyli|pozbedzie)\b
rule threat 4 strict target when egzekucj* : \begzekucj\w*\W+(?:\w+\W+){0,2}(?:jest|to|bylaby|bedzie)\W+(?:\w+\W+)?(?:jedyn\w*|najlepsz\w*|dobr\w*|wlasciw\w*|odpowiedni\w*)\W+(?:\w+\W+)?(?:rozwiazani\w*|wyjsci\w*|odpowiedzi\w*|kar\w*|metod\w*)
rule threat 4 strict target when poddani,poddane,poddany,poddana,poddac,poddajmy,skazani,skazac : \b(?:poddani|poddane|poddany|poddana|poddac|poddajmy|skazani|skazac)\W+(?:\w+\W+)?(?:egzekucji|torturom|eksterminacji|kastracji|sterylizacji|na smierc)\b
rule threat 3 strict when cierpi*,cierpialy,cierpieli,konaj*,krwawi*,plakali,umieraj*,zdych* : \b(?:sprawie|sprawimy|sprawic),?\W+(?:\w+\W+){0,4}(?:cierpi\w*|cierpieli|cierpialy|konaj\w*|umieraj\w*|zdych\w*|plakali|krwawi\w*)\b
rule threat 3 strict target when zobaczyc,zobacze,patrzec,widziec,chce,chcialbym,chcialabym,chcemy,ogladac : \b(?:zobaczyc|zobacze|patrzec|widziec|chce|chcialbym|chcialabym|chcemy|ogladac)\W+(?:\w+\W+){0,4}(?:cierpi\w*|cierpieli|cierpialy|konaj\w*|konali|wyli|umieraj\w*|umierali|zdych\w*|plakali|krwawi\w*|plonel\w*|plona)\b
rule threat 4 strict target when zginie,zgina : \b(?:zginie|zgina)\W+(?:\w+\W+)?(?:straszliw\w*|okrutn\w*|bolesn\w*|powoln\w*|marn\w*|paskudn\w*|z moich rak|z mojej reki|z naszych rak)\b
rule threat 4 strict when gardla,gardlo,gardel,gardlach : \b(?:poderzn\w*|podcie\w*|podetn\w*|przeci\w*|poderzniet\w*|poderzniec\w*)\W+(?:\w+\W+){0,2}gardl\w*\b
rule threat 4 strict when kark,karki,karku : \b(?:skrec\w*|skrecen\w*|przetrac\w*|zlam\w*)\W+(?:\w+\W+)?kar(?:k|ki|kow)\b
rule threat 3 strict target when poslac,wyslac,wyslemy,posle,wysle,wyslalbym : \b(?:poslac|wyslac|wyslemy|posle|wysle|wyslalbym)\W+(?:\w+\W+){0,3}(?:do gazu|do pieca|do komory|na tamten swiat|do piachu|pod ziemie|do grobu|do obozu|do obozow|na szubienice|na stryczek|na krzeslo)\b
rule threat 3 strict target when piachu,grobu,trumnie,trumny : \b(?:do\W+piachu|w\W+piachu|do\W+grobu|w\W+trumnie|do\W+trumny)\b

rule threat 4 strict when powinn*,musza,trzeba,nalezy,zostana,beda,powinien,musi : \b(?:powinn\w+|powinien|musza|musi|trzeba|nalezy|zostana|beda)\W+(?:\w+\W+){0,2}(?:byc|zostac|zostali|zostaly)\W+(?:\w+\W+)?(?:straceni|stracone|zabici|zastrzeleni|powieszeni|zlikwidowani|wymordowani|wytepieni|zagazowani|rozstrzelani|wyeliminowani|eksterminowani|ukamienowani|zlinczowani|zgwalceni|zadzgani|uduszeni|zamordowani|wystrzelani|wyrznieci|spaleni zywcem|poddani egzekucji|poddane egzekucji)\b
rule threat 3 strict target when byliby,bylyby,bylby,bylaby,bedziecie,beda,bedziesz : \b(?:byliby|bylyby|bylby|bylaby|bedziecie|beda|bedziesz|bylibyscie)\W+(?:\w+\W+)?(?:martwi|martwe|martwy|martwa|niezywi|niezywe|w grobie|w piachu|pod ziemia)\b
rule threat 4 strict when zabili,zabilibysmy,zastrzelili,powiesili,wymordowali,zagazowali,spalili,zlikwidowali,wyrzneli,zadzgali,udusili,utopili,wystrzelali : \b(?:zabil\w*|zastrzelil\w*|powiesil\w*|wymordowal\w*|zagazowal\w*|spalil\w*|zlikwidowal\w*|wyrznel\w*|zadzgal\w*|udusil\w*|utopil\w*|wystrzelal\w*)\W+(?:\w+\W+)?(?:wszystkich|wszystkie|tych|te)\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*

rule threat 4 strict target when polozyc,poloze,polozymy,polozy,polozmy,kres : \bpoloz\w*\W+kres\W+(?:\w+\W+){0,2}(?:wszystkim|tym|temu|tej|ich|jego|jej|wam|tobie|twojemu|twojej|(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*)
rule threat 4 strict target when zakonczyc,zakoncze,zakonczymy,zakonczy : \bzakoncz\w*\W+(?:\w+\W+){0,2}zycie\b
rule threat 3 strict target when bede,bedziemy,zaczne,zaczniemy,zaczniecie : \b(?:bede|bedziemy|zaczne|zaczniemy)\W+(?:\w+\W+){0,3}(?:atakowac|napadac|bic|strzelac|nekac|przesladowac|tluc|mordowac|zabijac|dzgac|katowac|torturowac|palic)\b
rule threat 3 strict target when zostaly,zostali,zostanie,zostana,zostal,zostala,zostalyby,zostaliby : \b(?:zostal\w*|zostan\w*)\W+(?:\w+\W+)?(?:zlikwidowan\w*|wymordowan\w*|zagazowan\w*|eksterminowan\w*|wytepien\w*|rozstrzelan\w*|zastrzelon\w*|zastrzelen\w*|powieszon\w*|powieszen\w*|zabici|zabite|stracon\w*|straceni|ukamienowan\w*|zlinczowan\w*|spalen\w* zywcem|zadzgan\w*)\b
rule threat 3 strict target when powinn*,powinien,musza,musi,beda,bedziecie,bedziesz : \b(?:powinn\w+|powinien|musza|musi|beda|bedziecie|bedziesz)\W+(?:\w+\W+){0,2}(?:cierpiec|gryzc ziemie|wachac kwiatki od spodu)\b
rule threat 3 strict target when dlaczego,czemu : \b(?:dlaczego|czemu)\W+(?:\w+\W+){0,2}nie\W+(?:pozbed\w*|pozbyc\w*|zabij\w*|zlikwiduj\w*|wymorduj\w*|powiesi\w*|powiesimy|zastrzel\w*|spalimy|wytepimy|zagazujemy|wyrzniemy)\b
rule threat 3 strict target when pozbyc,pozbadzmy,pozbedziemy,pozbede,pozbylibysmy : \b(?:pozbyc|pozbadzmy|pozbedziemy|pozbede|pozbylibysmy)\W+sie\W+(?:\w+\W+){1,3}raz\W+na\W+zawsze\b
rule threat 4 strict when zabic,zabije,zabijemy,zabijcie,zabij,zastrzelic,zastrzele,zadzgac,zadzgam,zadzgamy,zgwalcic,zgwalce,udusic,udusze,powiesze,zamordowac,zamorduje,zatluc,zatluke,ukatrupic,ukatrupie,zajebac,zajebie,zapierdole,pobije,skrzywdze,poderzne,podetne,utopie,otruje,pocwiartuje,potne,skrece,wykoncze,dopadne,dorwe,zakopie,odstrzele,rozwale,zabijemy,zabijmy,zlikwidujmy,wytepmy,powiesmy,spalmy,zastrzelmy,wymordujmy,zagazujmy,utopmy,zadzgajmy : (?<!jak )(?<!czy mozna )(?<!proces )\b(?:go|mu|ja|jej|ich|je)\W+(?:\w+\W+)?(?:po prostu\W+|dzisiaj\W+|dzis\W+|jutro\W+|zaraz\W+)?(?:zabic|zabije|zabijemy|zabijcie|zabij|zastrzelic|zastrzele|zadzgac|zadzgam|zadzgamy|zgwalcic|zgwalce|udusic|udusze|powiesze|zamordowac|zamorduje|zatluc|zatluke|ukatrupic|ukatrupie|zajebac|zajebie|zapierdole|pobije|skrzywdze|poderzne|podetne|utopie|otruje|pocwiartuje|potne|skrece|wykoncze|dopadne|dorwe|zakopie|odstrzele|zabijmy|zlikwidujmy|wytepmy|powiesmy|spalmy|zastrzelmy|wymordujmy|zagazujmy|utopmy|zadzgajmy)\b|\b(?:zabije|zabijemy|zastrzele|zadzgam|zgwalce|udusze|powiesze|zamorduje|zatluke|ukatrupie|zajebie|zapierdole|pobije|skrzywdze|poderzne|podetne|utopie|otruje|pocwiartuje|potne|skrece|wykoncze|dopadne|dorwe|zakopie|odstrzele|rozwale)\W+(?:go|mu|ja|jej|ich|je)\b
rule hate 3 strict when swiat,swiecie : \bswiat\w*\W+(?:\w+\W+)?(?:bylby|bedzie|bylo by|bylby o wiele|jest)\W+(?:\w+\W+)?lepsz\w*\W+bez\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule insult 3 strict you when swiat,swiecie : \bswiat\w*\W+(?:\w+\W+)?(?:bylby|bedzie|bylo by|jest)\W+(?:\w+\W+)?lepsz\w*\W+bez\W+(?:takich jak\W+)?(?:ciebie|was|pana|pani)\b
rule hate 3 strict when banda,bandy,zgraja,stado,horda,pelno,pelen,duzo,tylu,kolejny,kolejna,pospolity,pospolita,typowy,typowa,typowe,zachowanie,tylko,zwykly,zwykla : \b(?:banda|bandy|zgraja|stado|horda|kupa|pelno|pelen|za duzo|tylu|kolejny|kolejna|pospolity|pospolita|typowy|typowa|typowe zachowanie|zachowanie|tylko|zwykly|zwykla|zwyklym|zwykla)\W+(?:\w+\W+)?(?:pedal|pedala|pedalem|pedaly|pedalow|pedalami|zoltek|zoltkiem|zoltki|zoltkow|zoltkami|ulom|uloma|ulomem|ulomy|ulomow|roslink\w*|roslinek|hermafrodyt\w*|transseksualist\w*|transseksualisci|uposledzon\w*|uposledzeni|uposledzencow|mosiek|moskiem|moskow|moska|ciota|cioty|ciot|cwel\w*|parch\w*|murzyn\w*)\b
rule hate 3 strict you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:\w+\W+){0,4}(?:pedalem|pedalami|zoltkiem|zoltkami|ulomem|ulomami|roslinka|hermafrodyta|hermafrodytami|transseksualista|uposledzonym|uposledzonymi|moskiem|ciota|cwelem|parchem|murzynem|czarnuchem|ciapatym|zydkiem|gudlajem|homosiem|lesba|pedziem)\b
rule insult 3 strict target when zycie,zycia : \b(?:zycie|zycia)\W+(?:\w+\W+){0,3}(?:nie\W+)?(?:jest|sa|bylo|byly)\W+(?:\w+\W+)?(?:warte|wart|warta)\W+(?:absolutnie\W+|zupelnie\W+|kompletnie\W+)?(?:nic|zero|tyle co\W+\w+|gowno|ochrony|ratowania|zachodu|uwagi|szacunku|wspolczucia|ratunku)\b
rule insult 3 strict you when twoje,wasze : \b(?:twoje|wasze)\W+zycie\W+(?:\w+\W+)?(?:jest|nie jest|bylo|nie bylo)\W+(?:\w+\W+){0,2}(?:bezwartosciow\w*|nic warte|warte nic|gowno warte|warte absolutnie nic|warte tyle co\W+\w+|niewiele warte|nic niewarte)\b
rule insult 2 strict you when przyprawiasz,przyprawiacie : \bprzyprawia(?:sz|cie)\W+(?:\w+\W+)?(?:mnie\W+)?o\W+(?:mdlosci|wymioty|odruch wymiotny|obrzydzenie|torsje)\b

rule threat 3 strict you when przyjde,przyjade,przyjdziemy,przyjedziemy,wpadne,wpadniemy : \b(?:przyjde|przyjade|przyjdziemy|przyjedziemy|wpadne|wpadniemy)\W+(?:do\W+)?(?:ciebie|was|pana|pani)\W+(?:\w+\W+)?(?:z|ze)\W+(?:\w+\W+)?(?:chlopakami|kolegami|kumplami|ekipa|ludzmi|bratem|bracmi|kibicami|znajomymi)\b
rule threat 2 strict you when dojade,dojedziemy,zalatwie,zalatwimy,urzadze,urzadzimy,zniszcze,zniszczymy,wykoncze,wykonczymy,zgnoje,zgnoimy,rozjade,rozjedziemy : \b(?:dojade|dojedziemy|zalatwie|zalatwimy|urzadze|urzadzimy|zniszcze|zniszczymy|wykoncze|wykonczymy|zgnoje|zgnoimy|rozjade|rozjedziemy)\W+(?:cie|was|ciebie|pana|pania)\b
rule threat 4 strict you when splonie,splona,powietrze,dymem : \b(?:wasz|twoj|ten|to|cale|caly|cala)\w*\W+(?:\w+\W+)?(?:sklep\w*|biur\w*|dom\w*|samochod\w*|auto|firm\w*|siedzib\w*|magazyn\w*|lokal\w*|salon\w*|mieszkani\w*)\W+(?:\w+\W+)?(?:splonie|splona|wyleci w powietrze|wylecą w powietrze|pojdzie z dymem|pojda z dymem)\b
rule threat 4 strict when puszcze,puscimy,pusci,puszczymy : \b(?:puszcze|puscimy|pusci|puszczymy)\W+(?:\w+\W+){0,3}z\W+dymem\b
# --- death wishes ---
rule insult 4 strict you when obys,obyscie,zebys,zebyscie : \b(?:obys|obyscie|zebys|zebyscie)\W+(?:\w+\W+){0,2}(?:zdechl\w*|umarl\w*|zginal\w*|zginela|zgineli|sczezl\w*|sie udlawil\w*|sie powiesil\w*|zachorowal\w* na raka|dostal\w* raka|sie spalil\w*|zgnil\w*|cierpial\w*|sie zabil\w*|wyzdychal\w*|spadl\w* z mostu|wpadl\w* pod)\b
rule insult 4 strict target when oby,niech : \b(?:oby|niech)\W+(?:\w+\W+){0,2}(?:zdechn\w*|zdechl\w*|umarl\w*|umrze|umra|zginie|zgina|zgineli|sczeznie|sczezna|sie udlawi\w*|sie powiesi\w*|dostanie raka|dostana raka|zgnij\w*|zgnije|zgnija|wyzdychaja|wymra|sie smaz\w* w piekle)\b
rule insult 4 strict you when mam,nadzieje : \bmam\W+nadzieje,?\W+(?:ze|iz)\W+(?:\w+\W+){0,2}(?:zdechniesz|zdechniecie|umrzesz|umrzecie|zginiesz|zginiecie|sie udlawisz|sie powiesisz|sie zabijesz|zachorujesz|dostaniesz raka|spalisz sie|zgnijesz|bedziesz cierpiec|bedziecie cierpiec|sczezniesz|wyzdychacie)\b
rule insult 4 strict target when mam,nadzieje : \bmam\W+nadzieje,?\W+(?:ze|iz)\W+(?:\w+\W+){0,3}(?:zdechn\w*|umrze|umra|zgin\w*|sie udlawi\w*|sie powiesi\w*|dostanie raka|dostana raka|zgnij\w*|zgnije|beda cierpiec|bedzie cierpial\w*|sczezn\w*|wyzdychaja|wymra)\b
rule insult 4 strict you when zycze,zyczymy,zyczylbym : \b(?:zycze|zyczymy|zyczylbym)\W+(?:\w+\W+)?(?:ci|wam|tobie)\W+(?:\w+\W+)?(?:smierci|raka|choroby|wszystkiego najgorszego|zeby\w* (?:zdech\w*|umarl\w*|zgin\w*))
rule insult 4 strict you when idz,idzcie,spadaj,spadajcie,wypad : \b(?:idz|idzcie|spadaj|spadajcie|wypad)\W+(?:sie\W+)?(?:zabij|zabic|powies|powiesic|utop|utopic|zdechnij|zdychac|zdychaj|do gazu|w piach|pod pociag|pod tramwaj|z mostu|z okna)\b
rule insult 2 strict you when budke,cholere,chuj*,diabla,drzewo,dupe,kibel,piekla,pizde,pizdu,rynsztok,smietnik,szambo : \b(?:idz|idzcie|spadaj|spadajcie|spierdalaj|wypierdalaj|spieprzaj|wypad|jedz)\W+(?:do|w|na|pod)\W+(?:diabla|piekla|cholere|chuj\w*|dupe|drzewo|budke|pizdu|pizde|kibel|rynsztok|smietnik|szambo)\b
rule insult 3 strict you when jebnij,puknij,walnij,pierdolnij,uderz : \b(?:jebnij|puknij|walnij|pierdolnij|uderz)\W+sie\W+(?:w|we|o)\W+(?:leb|glowe|czolo|lepetyne|sciane|czerep)\b

# --- insults without swear words, or built from several words ---
rule insult 3 strict you when pierdole,pierdolcie,pierdol,jebac,jebie,jebcie,jebal,jebalem,pieprze,pieprzcie,pieprzyc,ruchac,rucham,pierdolilem,ruchalem,pieprzylem,dymam,dymalem,ruchal : \b(?:pierdole|pierdolcie|pierdol|jebac|jebie|jebcie|jebal|jebalem|pieprze|pieprzcie|pieprzyc|ruchac|rucham|pierdolilem|ruchalem|pieprzylem|dymam|dymalem|ruchal)\W+(?:\w+\W+)?(?:cie|ciebie|was|twoja|twoje|twoj|twojego|twoich|wasza|wasze|waszego|wasz|waszych|twoim|waszym|pania|pana|twa|twe)\b
rule insult 4 strict you when twoja,twoj,wasza,twoje : \b(?:twoja|twoj|wasza|twoje)\W+(?:stara|starej|matka|matke|matki|mamusia|mamusie|matula|mama|mame|siostra|siostre|corka|zona|babka|babcia)\W+(?:\w+\W+){0,3}(?:kurw\w*|dziwk\w*|szmat\w*|suk\w*|ssie|ssala|ciagnie|ciagnela|pierdol\w*|jeb\w*|lyka|lykala|daje dupy|dawala dupy|robi lody|obciaga|obciagala|puszcza sie|puszczala sie|rucha\w*|dyma\w*)
rule insult 2 strict you when masz,macie : \b(?:masz|macie)\W+(?:\w+\W+)?(?:nasrane|siano w glowie|trociny w glowie|zryty beret|zryta banie|zryty lep|nierowno pod sufitem|nie po kolei w glowie|kuku na muniu|pusto w glowie|pustke w glowie|mozg jak orzeszek|mozg wielkosci|iq ponizej|iq jak)\b
rule insult 2 strict you when brak,brakuje : \b(?:brak|brakuje)\W+(?:ci|wam|tobie|panu|pani)\W+(?:\w+\W+)?(?:mozgu|rozumu|szarych komorek|piatej klepki|oleju w glowie|kilku klepek|klepek)\b
rule insult 2 strict target when mozg,mozgu,iq,iloraz,rozum,rozumu : \b(?:mozg\w*|iq|iloraz inteligencji|rozum\w*)\W+(?:\w+\W+)?(?:jak|wielkosci|na poziomie|ponizej|mniejsz\w* niz|mniejsz\w* od|rowny)\W+(?:\w+\W+)?(?:orzeszka|orzecha|groszku|grochu|kury|ameby|buta|pantofelka|chleba|ziemniaka|kartofla|temperatury pokojowej|dzdzownicy|muchy|chomika|szympansa|kamienia|rozwielitki)\b
rule insult 3 strict target when pies,kot,malpa,szympans,chomik,krowa,swinia,osiol,rybka,papuga : \b(?:pies|kot|malpa|szympans|chomik|krowa|swinia|osiol|rybka|papuga)\w*\W+(?:\w+\W+){0,2}(?:jest|sa|bylby|bylaby|bylo|bedzie)\W+(?:\w+\W+)?(?:madrzejsz\w*|inteligentniejsz\w*|bystrzejsz\w*|wiecej wart\w*|wartosciowsz\w*|bardziej ludzk\w*)\W+(?:\w+\W+){0,2}(?:niz|od)\b
rule insult 3 strict target when amebami,ameby,bakteriami,bakterie,balastem,bledem,brud,brudem,bydlem,bydlo,chwastami,chwasty,dnem,gnoj,gnojem,hienami,hieny,karaluchami,karaluchy,malpami,malpy,nieludzie,nieludzmi,nowotwor,nowotworem,odpadami,odpadem,odpadkami,odpadkiem,odpady,pasozytami,pasozytem,pasozyty,pijawkami,pijawki,plaga,plugastwem,plugastwo,pluskwami,pluskwy,podludzie,podludzmi,pomylka,rak,rakiem,robactwem,robactwo,robakami,robaki,scierwami,scierwem,scierwo,sepami,sepy,smieci,smieciami,smieciem,smietnikiem,szarancza,szczurami,szczury,szumowinami,szumowiny,wirus,wirusami,wirusem,wszy,wybrykiem,zaraza,zaraze,zwierzeta,zwierzetami : \b(?:jest|jestes|jestescie|sa|to|byc|bedziesz|beda|bedziecie)\W+(?:(?!\w+ac\b)\w+\W+){0,3}(?:rak|rakiem|nowotwor|nowotworem|wirus|wirusem|wirusami|zaraza|zaraze|plaga|zwierzeta|zwierzetami|bydlo|bydlem|malpy|malpami|szczury|szczurami|robaki|robakami|robactwo|robactwem|pasozyty|pasozytami|pasozytem|smieci|smieciami|smieciem|odpady|odpadami|odpadem|brud|brudem|scierwo|scierwem|szumowiny|szumowinami|gnoj|gnojem|podludzie|podludzmi|nieludzie|nieludzmi|ameby|amebami|bakterie|bakteriami|pluskwy|pluskwami|wszy|pijawki|pijawkami|hieny|hienami|sepy|sepami|szarancza|karaluchy|karaluchami|chwasty|chwastami|balastem|pomylka natury|bledem natury|wybrykiem natury|odpadkiem|odpadkami|dnem|plugastwem|plugastwo|scierwami|smietnikiem)\b
rule insult 3 strict target when ludzkie,ludzkimi,ludzki,ludzkim,ludzkich,ludzka,ludzkiego : \bludzk\w*\W+(?:smieci\w*|odpad\w*|scierw\w*|gown\w*|zer\w*|szumowin\w*|brud\w*|robactw\w*|wrak\w*|pomyj\w*|odpadk\w*|robak\w*|karaluch\w*|pasozyt\w*|pomylk\w*)\b
rule insult 3 strict target when istoty,istotami,istota,istot,rasa,rasy,gatunek,gatunku,kategorii,sortu : \b(?:istot\w*\W+(?:\w+\W+)?(?:nizsz\w*|gorsz\w*|podrzedn\w*|pomniejsz\w*|prymitywn\w*|bezwartosciow\w*|gownian\w*)|(?:nizsz|podrzedn|gorsz|pomniejsz)\w*\W+(?:ras\w*|gatun\w*|istot\w*|kategori\w*|sort\w*))\b
rule insult 3 strict target when gowniane,gownianymi,gownianych,gowniani : \bgownian\w*\W+(?:\w+\W+)?(?:istot\w*|ludzi\w*|ludz\w*|osob\w*|czlowiek\w*|typ\w*|ludzmi)\b
rule insult 3 strict you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:\w+\W+)?(?:dla mnie\W+)?(?:nikim|niczym|zerem|zerami|scierwem|smieciem|smieciami|gownem|odpadem|odpadkiem|robakiem|karaluchem|pasozytem|pasozytami|szkodnikiem|szkodnikami|rakiem|wirusem|zaraza|plaga|dnem)\b
rule insult 3 strict you when czlowiekiem,ludzmi,ludzki,ludzka,ludzcy : \b(?:nawet\W+)?nie\W+(?:jestes|jestescie)\W+(?:nawet\W+)?(?:czlowiekiem|ludzmi|ludzki|ludzka|ludzcy)\b
rule insult 2 strict target when zrujnuj*,zniszcz*,rujnuj*,niszcz* : \b(?:zrujnuj|zniszcz|rujnuj|niszcz)\w*\W+(?:\w+\W+)?(?:nasz|ten|caly|cala|nasza|naszego|nasze)\W+(?:kraj|narod|spoleczenstwo|cywilizacj\w*|polsk\w*|europ\w*|swiat|kulture|kraju|narodu|rase|ojczyzne)\b
rule insult 3 strict target when powinn*,trzeba,nalezy,musza,musi,powinien : \b(?:powinn\w+|powinien|trzeba|nalezy|musza|musi)\W+(?:\w+\W+){0,2}(?:byc\W+|zostac\W+)?(?:zamknieci|zamkniete|zamkniety|zamknieta|trzymani|trzymane|izolowani|odizolowani|odizolowane|deportowani|deportowane|wyrzuceni|wyrzucone|wykastrowani|wysterylizowani|wysterylizowane|zamknac|deportowac|wyrzucic|wykastrowac|wysterylizowac|odizolowac|wygnac|wypedzic|zamykac|trzymac|wyslac)\W+(?:\w+\W+){0,3}(?:w klatkach|w klatce|do klatek|do klatki|do obozow|w obozach|do obozu|w gettach|w getcie|do getta|z kraju|poza kraj|za granice|z polski|z europy|do wiezien|w wiezieniach|w zoo|do zoo|na smietnik|na wysypisko|jak zwierzeta|jak bydlo)\b
rule insult 2 strict target when prawa,praw : \bprawa\W+(?:czlowieka\W+|obywatelskie\W+)?nie\W+(?:powinny|moga|powinno)\W+(?:\w+\W+)?(?:dotyczyc|obejmowac|przyslugiwac|nalezec)\b
rule insult 2 strict target when mam,czuje : \b(?:mam|czuje)\W+(?:\w+\W+){0,3}(?:nienawisci|pogardy|obrzydzenia|wstretu|odrazy|nienawisc|pogarde|obrzydzenie|wstret|odraze)\W+(?:\w+\W+){0,2}(?:do|dla|wobec)\b
rule insult 2 strict target when przyprawia*,przyprawi* : \bprzyprawi\w*\W+(?:\w+\W+)?(?:mnie\W+)?o\W+(?:mdlosci|wymioty|odruch wymiotny|obrzydzenie|torsje|rzyganie)\b
rule insult 2 strict target when napelnia*,wypelnia*,napawa*,napelni* : \b(?:napelnia|wypelnia|napawa|napelni)\w*\W+mnie\W+(?:\w+\W+)?(?:wscieklosci\w*|obrzydzeniem|odraza|wstretem|nienawiscia|gniewem|pogarda|furia)\b

# --- hate about protected groups (the group word is part of the rule) ---
rule hate 4 strict when smierc* : \bsmierc\W*(?:wszystkim\W+|tym\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 4 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:do gazu|do pieca|do piecow|do komor\w*|na szubienice|pod sciane|na stos|do obozow|do obozu|do kolonii karnych|do zoo)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:won|precz|wynocha|wypierdalac|spierdalac|wypad|fora ze dwora)\b
rule hate 3 strict when precz,won,wynocha,wypierdalac,spierdalac,wypad : \b(?:precz|won|wynocha|wypierdalac|spierdalac|wypad)\W+(?:z|ze)\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule insult 2 strict target when precz,won,wynocha,wypierdalac,spierdalac,wypad : \b(?:precz|won|wynocha|wypierdalac|spierdalac|wypad)\W+(?:z|ze|do)\W+(?:\w+\W+)?(?:polski|kraju|europy|naszego kraju|stad|naszej ojczyzny|siebie|swojego kraju|domu)\b
rule hate 3 strict when miejsca : \bnie\W+ma\W+(?:\w+\W+){0,3}miejsca\W+(?:\w+\W+){0,3}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 3 strict when miejsca : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}nie\W+(?:maja|ma|powinni miec|powinny miec|powinno miec|moga miec)\W+(?:\w+\W+){0,2}miejsca\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}(?:nigdy\W+)?(?:nie|nigdy)\W+(?:sa|jest|beda|bedzie|byli|byly|byl|byla|moga byc|moze byc|powinni byc|powinny byc|moga nigdy byc|moze nigdy byc|zostana|zostanie)\W+(?:\w+\W+){0,3}(?:ludzmi|czlowiekiem|ludzcy|ludzkie|rowni|rowne|rownymi|inteligentn\w*|madr\w*|bystr\w*|wartosciow\w*|godn\w*|normaln\w*|cywilizowan\w*|pelnowartosciow\w*|pelnoprawn\w*|kompetentn\w*|uczciw\w*|atrakcyjn\w*|dobrymi ludzmi)\b
rule hate 3 strict when zaden,zadna,zadne,zadnego,zadnej,zadni : \b(?:zaden|zadna|zadne|zadnego|zadnej|zadni)\W+(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}nie\W+(?:\w+\W+){0,4}(?:wartosciow\w*|godn\w*|inteligentn\w*|madr\w*|rown\w*|czlowiekiem|normaln\w*|uczciw\w*|kompetentn\w*|cywilizowan\w*)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}nie\W+(?:zasluguj\w*|powinni miec|powinny miec|maja prawa|ma prawa|moga miec)\W+(?:\w+\W+)?(?:na\W+)?(?:zycie|zycia|szacunek|szacunku|prawa|praw|godnosc|godnosci|wolnosc|wolnosci|prawo glosu|istniec|zyc|dzieci)\b
rule hate 3 strict when zycia,zycie,zyciu,los,losy : \b(?:zycia|zycie|zyciu|los|losy)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:nie\W+(?:sa|jest|maja|ma|powinny byc|powinno byc|moga byc)\W+(?:\w+\W+){0,2}(?:wazne|wazny|wazna|nic warte|gowno warte|znaczenia|wartosci|zadnej wartosci|istotne)|(?:sa|jest|to)\W+(?:\w+\W+)?(?:bezwartosciow\w*|gowno warte|nic niewarte|nic nie warte|niewazne|bez znaczenia|bez wartosci|mniej warte))
rule hate 3 strict when kuchni,garow,garach,kuchnie,rodzenia : \b(?:kobiet\w*|baby|babe|babom|babska)\W+(?:\w+\W+){0,4}(?:do\W+garow|do\W+kuchni|w\W+kuchni|przy\W+garach|do\W+rodzenia|od\W+rodzenia|do\W+sprzatania)\b
rule hate 2 strict when wolalbym,wolalabym,wolelibysmy,wole,wolalbys : \b(?:wolal\w*|wolel\w*|wole)\W+(?:\w+\W+)?(?:umrzec|zginac|zdechnac|sie zabic|sie powiesic|miec \w+|byc martw\w*|zjesc \w+|gryzc ziemie|stracic \w+)\W+niz\W+(?:\w+\W+){0,6}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 strict when nigdy : \bnigdy\W+(?:\w+\W+){0,2}(?:nie\W+)?(?:ufaj\w*|ufam|zaufam|zaufal\w*|zaufaj\w*|zjadl\w*|zjem|jadl\w*|dotkn\w*|zatrudni\w*|wynaj\w*|wpuscil\w*|wpuszcz\w*|podam|podalbym|podalabym|usiadl\w*|zamieszkal\w*|umowil\w*|umawial\w*|poslucham|sluchaj\w*|glosowal\w*|zaglosuj\w*|zaglosowal\w*|poslubil\w*|pozwolil\w*|uwierz\w*|pracowal\w*)\W+(?:\w+\W+){0,9}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:(?!nie\b|nigdy\b)\w+\W+){0,5}(?:zrujnuj\w*|zniszcz\w*|niszcz\w*|rujnuj\w*|zaraz\w*|zatruwaj\w*|zatruj\w*|zanieczyszcz\w*|zasmiecaj\w*|zalewaj\w*|zalali|zalewa|najezdzaj\w*|okupuj\w*|psuj\w*|zepsuj\w*)\W+(?:\w+\W+)?(?:kraj\w*|narod\w*|spoleczenstw\w*|cywilizacj\w*|polsk\w*|europ\w*|swiat\w*|ras\w*|kultur\w*|ojczyzn\w*|miasto|miasta|osiedl\w*|ulic\w*)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:(?!nie\b|nigdy\b)\w+\W+){0,3}(?:sa|to|jest|byli|byly)\W+(?:\w+\W+){0,2}(?:zagrozeniem|niebezpieczenstwem|problemem|plaga|zaraza|rakiem|wirusem|brudem|nieszczesciem|balastem|ciezarem|pasozytami|obciazeniem)\W+(?:\w+\W+)?(?:dla|na|naszego|naszej|tego|calego)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}(?:wladz\w*|moca|stanowisk\w*)\W+(?:(?!nie\b)\w+\W+){0,3}(?:sa|to|stanowia)\W+(?:\w+\W+)?(?:zagrozeniem|niebezpieczenstwem|katastrofa|plaga)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:dopuszczenie|wpuszczenie|wpuszczanie|wpuszczenia|dopuszczanie|przyjmowanie|przyjecie|sprowadzanie|wybieranie|zatrudnianie|wiecej)\W+(?:\w+\W+){0,4}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}(?:zrujnuje|zniszczy|zrujnuja|zniszcza|to katastrofa|to blad|jest bledem|to tragedia|skonczy sie zle)
rule hate 2 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:nie\W+(?:cierpie|znosze|trawie|toleruje|moge znies\w*|moge patrzec na)|mam\W+(?:juz\W+)?(?:dosc|dosyc|serdecznie dosc|po dziurki w nosie)|rzygam|brzydze sie|brzydzimy sie|gardze|gardzimy|wkurzaja mnie|wkurwiaja mnie|irytuja mnie|obrzydzaja mnie|zlosci mnie|zloszcza mnie)\W+(?:\w+\W+){0,6}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:widok|obecnosc|mysl o)\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,5}(?:zlosci|wkurza|wkurwia|obrzydza|brzydzi|irytuje|denerwuje|przeraza|mierzi|odrzuca|zniesmacza)
rule hate 2 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,6}(?:zlosci|zloszcza|wkurza|wkurzaja|wkurwia|wkurwiaja|obrzydza|obrzydzaja|brzydzi|irytuj\w*|denerwuj\w*|mierzi|mierza|odrzuca|zniesmacza\w*)\W+mnie\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:(?!nie\b|nigdy\b)\w+\W+){0,3}(?:sa|to)\W+(?:\w+\W+){0,2}(?:gorsi|gorsze|nizsi|nizsze|podrzedni|podrzedne|mniej warci|mniej warte|gorszego sortu|drugiej kategorii|gorszym sortem)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:(?!nie\b|nigdy\b)\w+\W+){0,4}(?:powinn\w+|musza)\W+(?:\w+\W+){0,2}(?:wyginac|wymrzec|zniknac|wyniesc sie|siedziec cicho|znac swoje miejsce|byc niewolnikami|przestac istniec|przestac sie rozmnazac)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}nie\W+powinn\w+\W+(?:\w+\W+){0,2}(?:miec praw|miec prawa|glosowac|rzadzic|pracowac|istniec|sie rozmnazac|miec dzieci|zyc|uczyc|wychowywac dzieci|adoptowac)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:(?!nie\b|nigdy\b)\w+\W+){0,2}(?:sa|to)\W+(?:\w+\W+)?(?:choroba|chorzy|chore|zboczeni|zboczone|zboczeniem|zboczencami|dewiacja|dewiantami|nienormalni|nienormalne|pomylka|bledem|wybrykiem|anomalia|wynaturzeniem|wynaturzeni|wynaturzone|obrzydliwoscia|ohyda)\b
rule hate 3 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:(?!nie\b|nigdy\b)\w+\W+){0,3}(?:powinn\w+|musza)\W+(?:\w+\W+){0,2}(?:leczyc sie|byc leczeni|byc leczone|isc na leczenie|isc na terapie)\b

rule hate 3 strict when gorszego,gorszej : \bnie\W+ma\W+(?:\w+\W+)?(?:nic|niczego|nikogo)\W+(?:\w+\W+)?gorsz\w*\W+(?:\w+\W+)?(?:niz|od)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule insult 3 strict you when gorszego,gorszej : \bnie\W+ma\W+(?:\w+\W+)?(?:nic|niczego|nikogo)\W+(?:\w+\W+)?gorsz\w*\W+(?:\w+\W+)?(?:niz|od)\W+(?:\w+\W+){0,2}(?:takich jak (?:wy|ty)|ciebie|was|pana|pani)\b
rule hate 2 strict when nikt : \bnikt\W+(?:\w+\W+)?nie\W+(?:jest|bylby|byl|bedzie)\W+tak\W+(?:\w+\W+)?(?:brudn|glup|tep|leniw|obrzydliw|odrazajac|ohydn|podl|zalosn|smierdzac|prymitywn|okrutn|nieuczciw|agresywn|brzydk|bezuzyteczn|bezwartosciow|niebezpieczn|wstretn|zepsut|glupi|ignoranck|falszyw|chciw|brutaln)\w*\W+jak\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule insult 2 strict target when czuje,mam,odczuwam,zywie : \b(?:nie\W+czuje\W+(?:\w+\W+){0,2}nic\W+poza|czuje|mam|odczuwam|zywie)\W+(?:\w+\W+){0,3}(?:pogard|nienawis|obrzydzen|odraz|wstret)\w*\W+(?:\w+\W+){0,2}(?:dla|do|wobec)\b
rule insult 2 strict target when pogarde,pogarda,nienawisc,obrzydzenie,odraze,wstret : \b(?:pogard|nienawis|obrzydzen|odraz|wstret)\w*,?\W+(?:jaka|jaki|jakie|ktora|ktory|ktore)\W+(?:\w+\W+)?(?:czuje|mam|odczuwam|zywie)\W+(?:do|dla|wobec)\b
rule hate 2 strict when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,8}(?:do szalu|do furii|do bialej goraczki|ze zlosci|do wscieklosci|szewskiej pasji)\b
rule hate 3 strict when zycie,zycia : \b(?:zycie|zycia)\W+(?:\w+\W+){0,3}(?:jest|sa|bylo|ma)\W+(?:\w+\W+)?(?:cenniejsz\w*|wazniejsz\w*|wiecej wart\w*|wieksza wartosc)\W+(?:niz|od)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 strict when obchodzi,obchodza : \bbardziej\W+(?:mnie\W+)?obchodz\w*\W+(?:mnie\W+)?(?:\w+\W+){0,6}(?:niz|od)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 3 strict when chmara,horda,hordy,szarancza,roj,stado,inwazja,najazd,zalew,zaraza,plaga : \b(?:chmar|hord|szarancz|roj|stad|inwazj|najazd|zalew|zaraz|plag)\w*\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule insult 3 strict target when powinn*,musza,musi,powinien : \b(?:powinn\w+|powinien|musza|musi)\W+(?:\w+\W+)?(?:byc|siedziec|zyc|mieszkac|trafic|wyladowac)\W+(?:\w+\W+)?(?:w zoo|do zoo|w klatkach|w klatce|w obozach|w obozie|w gettach|w getcie|w rezerwatach|w rezerwacie|pod kluczem|na smietniku|na smietnik|w rynsztoku|na lancuchu)\b
rule hate 3 strict when pozwolic,pozwolimy,pozwalac : \bnie\W+(?:mozemy|mozna|wolno nam|powinnismy|pozwolimy|pozwole)\W+(?:\w+\W+)?(?:pozwolic\W+|pozwalac\W+)?zyc\W+(?:\w+\W+)?(?:zadnemu|zadnej|zadnym|tym|takim|takiemu|tej)\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 strict when kiwne,kiwnal,kiwnela,kiwnalbym,kiwnelabym,kiwnelbym,palcem : \b(?:nigdy\W+)?nie\W+kiwn\w*\W+(?:\w+\W+)?palcem\W+(?:\w+\W+){0,4}(?:uratowac|ratowac|pomoc|ocalic|bronic)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 strict when wspolczucia,litosci,szacunku : \bnie\W+(?:mam|czuje|odczuwam)\W+(?:\w+\W+)?(?:wspolczucia|litosci|szacunku)\W+(?:dla|do|wobec)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*

# --- sexual harassment aimed at the reader ---
rule sexual 4 strict you when wyslij,wyslijcie,przeslij,podeslij,daj,pokaz,pokazesz,wrzuc,dawaj,zrob,strzel,wyslesz,przeslesz,podeslesz : \b(?:wyslij|wyslijcie|przeslij|podeslij|daj|pokaz|pokazesz|wrzuc|dawaj|zrob|strzel|wyslesz|przeslesz|podeslesz)\W+(?:mi\W+)?(?:\w+\W+){0,2}(?:zdjeci\w*|fotk\w*|foto|fotografi\w*|nudes\w*|selfie|fotek|fote)\W+(?:\w+\W+){0,2}(?:nago|naga|nagie|bez ubrania|bez ciuchow|bez niczego|bez stanika|bez majtek|w bieliznie|w samej bieliznie|w stringach|w majtkach|w staniku|w lozku|cyck\w*|cyce|piersi|tylk\w*|tyleczk\w*|dup\w*|cipk\w*|biustu|w kapieli|pod prysznicem|w stroju kapielowym|w bikini|stop|nog|krocza|sutk\w*)\b
rule sexual 2 strict you when wyslij,wyslijcie,przeslij,podeslij,pokaz,wrzuc,dawaj,wyslesz,przeslesz,podeslesz,wyslalabys,wyslalaby : \b(?:wyslij|wyslijcie|przeslij|podeslij|pokaz|wrzuc|dawaj|wyslesz|przeslesz|podeslesz|wyslalabys|wyslalaby)\W+(?:mi\W+)?(?:\w+\W+)?(?:swoje|swoja|swoich|swojej|swoim|twoje|twoja|twoich)\W+(?:\w+\W+)?(?:zdjeci\w*|fotk\w*|foto|fotografi\w*|selfie|fotek|nogi|nog|stopy|stop|cialo|usta|buzke|twarz)\b
rule sexual 4 strict you when pokaz,pokazesz,pokazcie,pokazalabys,pokazala : \bpokaz\w*\W+(?:mi\W+)?(?:\w+\W+)?(?:cyck\w*|cyce|cycuszki|piersi|biust|tylek|tyleczek|dupe|dupcie|dupke|dupeczke|cipk\w*|cipe|majtki|majteczki|stanik|stringi|sutki|krocze|sie nago|sie w bieliznie|co masz pod)\b
rule sexual 3 strict you when masz,macie : \b(?:masz|macie)\W+(?:\w+\W+){0,2}(?:ladne|fajne|duze|zajebiste|super|sliczne|piekne|jedrne|seksowne|zgrabne|dlugie|mokre|slodkie|cudowne|niezle|apetyczne|ponetne|kragle|ogromne)\W+(?:\w+\W+)?(?:cycki|cyce|cycuszki|piersi|nogi|nozki|usta|posladki|posladeczki|tylek|tyleczek|dupe|dupcie|dupke|biodra|cialo|ksztalty|wargi|biust|sutki)\b
rule sexual 3 strict you when ladne,fajne,duze,zajebiste,sliczne,piekne,jedrne,seksowne,zgrabne,mokre,niezle,apetyczne,kragle : \b(?:ladne|fajne|duze|zajebiste|sliczne|piekne|jedrne|seksowne|zgrabne|mokre|niezle|apetyczne|kragle)\W+(?:\w+\W+)?(?:masz|macie|ma pani)\W+(?:cycki|cyce|cycuszki|piersi|nogi|nozki|usta|posladki|tylek|tyleczek|dupe|dupcie|cialo|biodra|biust|sutki)\b
rule sexual 3 strict you when twoje,twoja,twoj,twoim,twoich,twoimi,pani,pania : \b(?:twoje|twoja|twoj|twoim|twoich|twoimi|pani|pania)\W+(?:\w+\W+)?(?:cycki|cyce|cycuszki|piersi|biust|tylek|tyleczek|dupa|dupe|dupka|dupcia|dupeczka|posladki|wargi|majtki|majteczki|stanik|stringi|cipka|cipke|cipa|sutki|krocze|cycuszki)\b
rule sexual 3 strict you when masz : \bco\W+(?:\w+\W+)?masz\W+(?:teraz\W+|dzis\W+)?(?:na\W+sobie|pod\W+(?:spodem|spodniczka|sukienka|bluzka|koszulka|ubraniem))\b
rule sexual 3 strict you when jaki,jakie,jaka,rozmiar,numer : \b(?:jaki|jakie|jaka)\W+(?:\w+\W+)?(?:rozmiar|numer|rozmiaru)\W+(?:\w+\W+)?(?:stanika|biustonosza|miseczki|majtek|cyckow|piersi|biustu)\b
rule sexual 3 strict you when jestes,jestescie,wygladasz,wygladacie,wyglada : \b(?:jestes|jestescie|wygladasz|wygladacie|pani jest|pani wyglada)\W+(?:\w+\W+)?(?:sexy|seksown\w*|goraca|gorace|napalon\w*|ruchaln\w*|dymaln\w*|do schrupania|do wyruchania|apetyczn\w*|ponetn\w*|podniecajac\w*|lakom\w* kasek|niezla dupa|fajna dupa|niezla laska|ostra laska|mokra)\b
rule sexual 4 strict you when chce,chcialbym,chcialabym,moglbym,dalbym,bym,chetnie,zaraz,marze : \b(?:chce|chcialbym|chcialabym|moglbym|dalbym|bym|chetnie bym|zaraz bym|marze zeby|marze o tym zeby)\W+(?:\w+\W+){0,2}(?:cie|ciebie|was|pania|twoja\W+\w+)\W+(?:\w+\W+){0,2}(?:przeleciec|przelecial|wyruchac|wyruchal|zerznac|zerznal|bzyknac|bzyknal|wydymac|wydymal|wylizac|wylizal|polizac|polizal|rozebrac|rozebral|posuwac|posuwal|zaliczyc|zaliczyl|pieprzyc|pieprzyl|zgwalcic|zgwalcil|obmacac|obmacywac|obmacal|macac|wymacac|dotykac|dotknac|pocalowac|calowac)\b
rule sexual 4 strict you when przelecial*,wyruchal*,zerznal*,bzyknal*,wydymal*,wylizal*,polizal*,rozebral*,zaliczyl*,posuwal*,pieprzyl*,przelece,wyrucham,zerzne,bzykne,wydymam,wylize,rozbiore,zalicze,obmacam,wymacam,pomacam : \b(?:przelecial|wyruchal|zerznal|bzyknal|wydymal|wylizal|polizal|rozebral|zaliczyl|posuwal|pieprzyl)\w*\W+(?:\w+\W+)?(?:cie|ciebie|was|pania|twoja|twoje)\b|\b(?:przelece|wyrucham|zerzne|bzykne|wydymam|wylize|rozbiore|zalicze|obmacam|wymacam|pomacam)\W+(?:\w+\W+)?(?:cie|ciebie|was|pania)\b
rule sexual 4 strict you when przespij,przespisz,przespimy,przespalabys,pojdziesz,pojdz,chodz,idziemy,wskakuj : \b(?:przespij|przespisz|przespimy|przespalabys|pojdziesz|pojdz|chodz|idziemy|wskakuj)\W+(?:sie\W+)?(?:ze\W+mna|z\W+nami|do\W+mnie)\W+(?:\w+\W+){0,2}(?:do\W+lozka|do\W+wyra|na\W+seks|na\W+numerek|na\W+bzykanko|na\W+ruchanko|do\W+hotelu|na\W+noc|do\W+lozeczka)\b
rule sexual 4 strict you when przespij,przespisz,przespalabys,przespalbys : \b(?:przespij|przespisz|przespalabys|przespalbys)\W+sie\W+(?:ze\W+mna|z\W+nami)\b
rule sexual 2 strict you when umow,umowisz,umowimy,umowilabys,pojdziesz,pojdziemy,idziemy,spotkasz,spotkamy,spotkajmy : \b(?:umow|umowisz|umowimy|umowilabys|spotkasz|spotkamy|spotkajmy)\W+sie\W+(?:ze\W+mna|z\W+nami)\W+(?:\w+\W+){0,2}(?:na\W+(?:randke|kawe|drinka|piwo|kolacje|noc|wino)|prywatnie|po pracy|wieczorem|sam na sam)\b|\b(?:pojdziesz|pojdziemy|idziemy)\W+(?:ze\W+mna\W+)?na\W+(?:randke|drinka|noc|wino)\b
rule sexual 3 strict you when mam,ochote,ochota : \bmam\W+(?:\w+\W+)?ochote\W+(?:na\W+)?(?:ciebie|cie|pania|twoje|twoja|twoj|twoim|was)\b
rule sexual 4 strict you when stoi,staje,stanal,twardnieje : \b(?:stoi|staje|stanal|twardnieje)\W+mi\W+(?:\w+\W+){0,2}(?:na\W+(?:ciebie|twoj\w*|pania|mysl|widok|twoje)|kutas\w*|fiut\w*|chuj\w*|pala|penis\w*)\b
rule sexual 4 strict you when zrob,zrobisz,zrobilabys,zrobi,zrobcie,zrobic : \b(?:zrob|zrobisz|zrobilabys|zrobi|zrobcie|zrobic)\W+(?:mi\W+)?(?:\w+\W+)?(?:loda|lodzika|laske|laseczke|dobrze reka|minetke|minete|hiszpana|striptiz|lap dance)\b
rule sexual 4 strict you when obciagnij,obciagniesz,obciagnela,possij,possiesz,wyliz,wylizesz,liznij,ssij,ssiesz,obciagnelabys,possalabys : \b(?:obciagnij|obciagniesz|obciagnela|obciagnelabys|possij|possiesz|possalabys|wyliz|wylizesz|liznij|ssij|ssiesz)\b
rule sexual 4 strict you when siadaj,usiadz,siadz,siadziesz,usiadziesz : \b(?:siadaj|usiadz|siadz|siadziesz|usiadziesz)\W+(?:mi\W+)?na\W+(?:\w+\W+)?(?:kolanach|kolana|twarzy|twarz|kutasie|fiucie|chuju|pale|kolankach)\b
rule sexual 3 strict target when samej,samych,seksownej,koronkowej,seksownych,obcislej,przezroczystej : \bw\W+(?:samej|samych|seksownej|koronkowej|seksownych|obcislej|przezroczystej)\W+(?:bieliznie|majtkach|majteczkach|stringach|staniku|koszulce|halce)\b
rule sexual 3 strict you when podniecasz,podniecacie,podniecilas,napalilem,walilem,wale,trzepie,trzepalem,myslalem : \b(?:podniecasz|podniecacie|podniecilas|napalilem sie na|walilem konia|wale konia|trzepie konia|trzepalem konia|myslalem o tobie walac)\b
rule sexual 3 strict you when nagie,nago,nagich,naga,rozebrana,rozebranej,bieliznie,majtek,stanika : \b(?:cie|ciebie|pania|twoje|twoja)\W+(?:\w+\W+)?(?:nago|naga|nagie|rozebrana|rozebranej|w bieliznie|bez ubrania|bez majtek|bez stanika)\b|\b(?:nago|naga|nagie|rozebrana|w bieliznie|bez ubrania|bez majtek|bez stanika)\W+(?:\w+\W+)?(?:cie|ciebie|pania)\b
rule sexual 2 strict you when dobra,fajna,fajny,goraca,ladna,niezla,niezly,ostra,seksowna,sliczna,zajebista : \b(?:niezla|fajna|ostra|goraca|sliczna|zajebista|seksowna|dobra|niezly|fajny|ladna)\W+(?:z\W+(?:ciebie|pani)\W+)?(?:laska|laseczka|dupeczka|dupcia|sztuka|towar|niunia|cizia|dupa)\b
rule sexual 3 strict you when seks,seksu,seksie,bzykanko,ruchanko : \b(?:seks\w*|bzykank\w*|ruchank\w*)\W+(?:\w+\W+)?(?:z\W+(?:toba|pania|wami)|ze\W+mna)\b|\b(?:z\W+toba|z\W+pania)\W+(?:\w+\W+)?(?:seks\w*|bzykank\w*|ruchank\w*)\b
rule sexual 1 strict you when masz,pani : \b(?:masz|ma pani)\W+(?:\w+\W+)?(?:chlopaka|meza|dziewczyne|partnera|narzeczonego|kogos)\b\W*\?
rule sexual 1 strict you when podaj,daj,podasz,dasz,wyslij,podeslij : \b(?:podaj|daj|podasz|dasz|wyslij|podeslij)\W+(?:mi\W+)?(?:(?:swoj|twoj|swoja|twoja)\W+)?(?:prywatny\W+(?:numer|telefon|adres)|prywatna\W+komorke|(?:swoj|twoj)\W+(?:instagram|insta|snap\w*|facebook\w*|adres domowy))\b
rule sexual 3 strict you when lozku,seksie,wyrze : \bjak\w*\W+(?:jestes|jest pani|bylabys|bylbys)\W+w\W+(?:lozku|wyrze|seksie)\b
rule sexual 4 strict you when wyslij,przeslij,podeslij,daj,dawaj,wrzuc,wyslesz,przeslesz : \b(?:wyslij|przeslij|podeslij|daj|dawaj|wrzuc|wyslesz|przeslesz)\W+(?:mi\W+)?(?:jakies\W+|swoje\W+|twoje\W+)?nudes\w*
rule sexual 3 strict you when kosztujesz,bierzesz,liczysz : \bile\W+(?:kosztujesz|bierzesz za noc|bierzesz za godzine|sobie liczysz za noc)\b

# --- profanity built of several words ---
rule profanity 2 strict when mac : \b(?:kurwa|jego|jej|ich|twoja)\W+mac\b
