# kalm - Polish lexicon
#
# Terms are written without diacritics (the compiler folds them anyway).
# Shapes: word | stem+ (1-4 letter ending) | prefix* | *suffix | *part*.
# Severity: 1 mild, 2 moderate, 3 strong, 4 severe (slurs, threats).
#
# Sections
#   1. reader, other people, negation, reported speech
#   2. vulgar stems (profanity) and the insults built on them
#   3. insults: nouns (target), vocatives, adjectives
#   4. dehumanising words (target: hate near a group word)
#   5. hate: slurs; group nouns
#   6. threats (words) and death wishes
#   7. sexual harassment
#   8. frustration and complaint words (never abuse)
#   9. allow: ordinary words that contain matched stems
#  10. phrase rules

@lang pl

# ----------------------------------------------------------------------
# 1. Reader, other people, negation, reported speech
# ----------------------------------------------------------------------

# second person: pronouns, possessives, polite forms, copula
ty          you
tys         you
cie         you
ciebie      you
tobie       you
ci          you
toba        you
twoj        you
twoja       you
twoje       you
twojego     you
twojej      you
twojemu     you
twoim       you
twoich      you
twoimi      you
twa         you
twe         you
twym        you
twych       you
wy          you
was         you
wam         you
wami        you
wasz        you
wasza       you
wasze       you
waszego     you
waszej      you
waszemu     you
waszym      you
waszych     you
waszymi     you
wasi        you
pan         you
pani        you
panu        you
pana        you
panem       you
pania       you
panstwo     you
panstwa     you
panstwu     you
panstwem    you
jestes      you
jestescie   you
jestesta    you
bedziesz    you
bedziecie   you
byles       you
bylas       you
byliscie    you
bylyscie    you
zostales    you
zostalas    you
zostaliscie you

# third person and people talked about
on          person
ona         person
ono         person
oni         person
one         person
jego        person
jej         person
ich         person
niego       person
niej        person
nim         person
nia         person
nich        person
nimi        person
mu          person
go          person
im          person
jemu        person
niemu       person
konsultant+ person
konsultantk+ person
kurier+     person
pracownik+  person
pracownic+  person
kierownik+  person
kierownic+  person
szef+       person
doradc+     person
sprzedawc+  person
sprzedawczyn+ person
serwisant+  person
monter+     person
sasiad+     person
facet+      person
koles+      person
gosciu      person
gostek      person
gostka      person
typek       person
typka       person
dyrektor+   person
prezes+     person
urzednik+   person
urzednic+   person
"ten gosc"  person
"ten typ"   person
"ta baba"   person

# negation
nie         negator
nigdy       negator
zaden       negator
zadna       negator
zadne       negator
zadnego     negator
zadnej      negator
zadnemu     negator
zadnym      negator
zadnych     negator
zadnymi     negator
ani         negator
wcale       negator
bynajmniej  negator

# reported speech, quotation, mention (what follows is not the writer's own)
mowiac      report
mowienie    report
mowi        report
mowia       report
powiedzieli report
powiedzenie report
powiedzenia report
twierdzi    report
twierdza    report
twierdzenie report
twierdzenia report
stwierdzenie report
stwierdzenia report
stwierdzeniu report
pisanie     report
piszac      report
nazywac     report
nazywajac   report
nazywanie   report
nazywa      report
nazywaja    report
nazwanie    report
nazwany     report
nazwana     report
nazwano     report
cytat       report
cytuje      report
cytujac     report
okreslenia  report
okreslenie  report
wyzwiska    report
wyzwisko    report
typu        report
"w stylu"   report
uwaza       report
uwazaja     report
sadzi       report
sadza       report
wierzy      report
wierza      report

# ----------------------------------------------------------------------
# 2. Vulgar stems
# ----------------------------------------------------------------------

# kurw-: kurwa, kurwica, skurwysyn, wkurwiony, zakurwiac, kurwiszon ...
*kurw*          profanity 1
kurew*          profanity 2
kurwo           insult 3 vocative
kurwy           insult 3 target
kurwami         insult 3 target
kurwiszon+      insult 3 target
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
skurwiel        insult 3 fuzzy
skurwiela       insult 3 fuzzy
skurwielem      insult 3 fuzzy
skurwielowi     insult 3 fuzzy
skurwieli       insult 3 fuzzy
skurwielami     insult 3 fuzzy
skurwielom      insult 3 fuzzy
skurwielu       insult 3 vocative
skurwiele       insult 3
kurwiarz+       insult 3 target
wkurwi*         profanity 2
wkurwia*        profanity 2

# chuj-/huj-: chuj, chujowy, chujnia, chujek; po-/o-/na-/w-/za- chuj
chuj*           profanity 2
huj*            profanity 2
pochuj*         profanity 2
ochuj*          profanity 2
nachuj*         profanity 2
wchuj*          profanity 2
zachuj*         profanity 2
przechuj*       profanity 2
chuju           insult 3 vocative
huju            insult 3 vocative
chuje           insult 3 target
chujem          insult 3 target
chujami         insult 3 target
chujek          insult 3 target
chujku          insult 3 vocative
chujki          insult 3 target
"chuj ci"       insult 3 you
"chuj wam"      insult 3 you

# pierdol-/pierdal-/pierdziel-: pierdolic, spierdalaj, wypierdalaj, ...
*pierdol*       profanity 2
*pierdal*       profanity 2
*pierdziel*     profanity 1
*pierdz*        profanity 1
popierdolon+    insult 3 target
popierdolen+    insult 3 target
pierdolniet+    insult 2 target
spierdolin+     insult 3 target
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
jebani          insult 3 target
jebane          profanity 2
jebana          profanity 2
pojeb           insult 3 target
pojeba          insult 3 target
pojebem         insult 3 target
pojeby          insult 3 target
pojebow         insult 3 target
pojebami        insult 3 target
pojebany        insult 3 target
pojebana        insult 3 target
pojebane        insult 3 target
pojebani        insult 3 target
pojebanych      insult 3 target
pojebanym       insult 3 target
pojebanymi      insult 3 target
pojebanego      insult 3 target
pojebanej       insult 3 target
pojebaniec      insult 3 target
pojebancy       insult 3 target
pojebus         insult 3 target
pojebie         insult 3 vocative
pojebani        insult 3 target
zjeb            insult 3 target
zjeby           insult 3 target
zjebie          insult 3 vocative
zjebem          insult 3 target
zjebami         insult 3 target
zjebow          insult 3 target
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
pizda           insult 3 target
pizdy           insult 3 target
pizde           insult 3 target
pizdami         insult 3 target
pizdus+         insult 3 target

# dup-: dupa, dupek, dupsko, zadupie, udupic, dupczyc (not dupleks, duplikat)
dup+            profanity 1 strict
zadupi*         profanity 1
udupi*          profanity 2
*dupcz*         profanity 2
dupek           insult 2 target
dupka           insult 2 target
dupkowi         insult 2 target
dupki           insult 2 target
dupkow          insult 2 target
dupkom          insult 2 target
dupkach         insult 2 target
dupku           insult 2 vocative
dupkiem         insult 2 target
dupkami         insult 2 target
dupowlaz+       insult 2 target
lizodup+        insult 2 target
"w dupe"        profanity 1
"w dupie"       profanity 1
"do dupy"       profanity 1
"w dupsko"      profanity 1
"pocaluj mnie w dupe" insult 3 vocative
"wsadz sobie"   insult 2 vocative
"wsadzcie sobie" insult 2 vocative

# sra-: srac, zasrany, posrany, zesrac sie, sracz, srajtasma
srac            profanity 1
sram            profanity 1
srasz           profanity 1
sraj            profanity 2
srajcie         profanity 2
sral+           profanity 1
sraja           profanity 1
sracz+          profanity 1
srajtasm+       profanity 1
zasra*          profanity 2
posra*          profanity 2
nasra*          profanity 2
zesra*          profanity 1
obesra*         profanity 2
przesra*        profanity 2
zasraniec       insult 3 target
zasrancu        insult 3 vocative
zasrancy        insult 3 target
posrancu        insult 3 vocative
"sram na"       profanity 1

# gown-: gowno, gowniany, gowniarz, gownoburza
gown*           profanity 1
gowniarz        insult 2 target
gowniarza       insult 2 target
gowniarzowi     insult 2 target
gowniarze       insult 2 target
gowniarzy       insult 2 target
gowniarzow      insult 2 target
gowniarzami     insult 2 target
gowniara        insult 2 target
gowniary        insult 2 target
gowniarski      insult 2 target
gowniarstwo     insult 2 target
gowniarzu       insult 2 vocative
gowniarzem      insult 2 target
gownian+        insult 2 target
gownem          insult 2 target
"gowno warte"   insult 2 target
"gowno wart"    insult 2 target

# cip-, fiut-, kutas-, cwel-, ciul- (not dowcip, municypalny, ciulac = save up)
cip+            profanity 2 strict
cipsk+          profanity 2
cipo            insult 3 vocative
cipa            insult 3 target
ciporo          insult 3 vocative
fiut+           profanity 2
fiucie          insult 3 vocative
fiutem          insult 3 target
kutas+          profanity 2 strict
kutasie         insult 3 vocative
kutasem         insult 3 target
kutasy          insult 3 target
kutasiarz+      insult 3 target
kutafon+        insult 2 target
cwel            insult 3 target
cwela           insult 3 target
cwelem          insult 3 target
cwele           insult 3 target
cweli           insult 3 target
cwelow          insult 3 target
cwelami         insult 3 target
cwelowi         insult 3 target
cwelu           insult 3 vocative
ciul            insult 2 target
ciulu           insult 2 vocative
ciulem          insult 2 target
ciule           insult 2 target
ciulow          insult 2 target
ciulami         insult 2 target
ciulowy         profanity 1
ciulowo         profanity 1

# pieprz- as swearing (not pieprz = pepper, pieprzyk)
pieprzyc        profanity 1
pieprzony       profanity 1
pieprzona       profanity 1
pieprzone       profanity 1
pieprzeni       profanity 1
pieprzonych     profanity 1
pieprzonym      profanity 1
pieprzonego     profanity 1
pieprze         profanity 1
pieprzysz       profanity 1
spieprz*        profanity 1
odpieprz*       profanity 1
rozpieprz*      profanity 1
przepieprz*     profanity 1
wypieprz*       profanity 1
popieprzon+     insult 2 target
pieprzniet+     insult 1 target
spieprzaj       insult 2 vocative
spieprzajcie    insult 2 vocative
odpieprz        insult 2 vocative
odpieprzcie     insult 2 vocative
"pieprz sie"    insult 2 vocative
"pieprzcie sie" insult 2 vocative
"pieprze cie"   insult 2 you
"pieprze was"   insult 2 you

# other vulgar verbs and words
ruchac          profanity 2
rucham          profanity 2
ruchal+         profanity 2
ruchany         profanity 2
ruchana         profanity 2
ruchanie        profanity 2
wyruchac        profanity 2
wyruchal+       profanity 2
wyruchany       profanity 2
wyruchani       profanity 2
wyrucham        sexual 4 target
dymac           profanity 2
wydymac         profanity 2
wydymal+        profanity 2
wydymany        profanity 2
wydymani        profanity 2
szczac          profanity 1
szczyny         profanity 1
zeszczac        profanity 1
"zamknij morde" insult 2 vocative
"zamknij ryj"   insult 2 vocative
"zamknij pysk"  insult 2 vocative
"stul pysk"     insult 2 vocative
"stul ryj"      insult 2 vocative
"zamknij jape"  insult 2 vocative
"zamknijcie mordy" insult 2 vocative
"zamknijcie ryje" insult 2 vocative
"zamknac morde" insult 2 target
"ryj ci"        insult 2 you
morda           insult 1 target
morde           insult 1 target
ryj             insult 1 target

# mild swearing about a situation
kurde           profanity 1
kurdebele       profanity 1
cholera         profanity 1
cholery         profanity 1
cholerny        profanity 1
cholerna        profanity 1
cholerne        profanity 1
cholernie       profanity 1
cholernych      profanity 1
psiakrew        profanity 1
psiakosc        profanity 1
szlag           profanity 1
"szlag mnie trafia" profanity 1
"niech to szlag" profanity 1
fak             profanity 1 strict
fakju           insult 2 vocative

# ----------------------------------------------------------------------
# 3. Insults
# ----------------------------------------------------------------------

# nouns: aimed at somebody when a person is near (target)
debil           insult 2 target fuzzy
debila          insult 2 target fuzzy
debilowi        insult 2 target fuzzy
debilem         insult 2 target fuzzy
debile          insult 2 target fuzzy
debili          insult 2 target fuzzy
debilow         insult 2 target fuzzy
debilom         insult 2 target fuzzy
debilami        insult 2 target fuzzy
debilach        insult 2 target fuzzy
debilka         insult 2 target fuzzy
debilki         insult 2 target fuzzy
debilce         insult 2 target fuzzy
debilke         insult 2 target fuzzy
debilek         insult 2 target fuzzy
debilkom        insult 2 target fuzzy
debilkami       insult 2 target fuzzy
debilkach       insult 2 target fuzzy
debilizm        insult 2 target fuzzy
debilizmu       insult 2 target fuzzy
debilny         insult 2 target fuzzy
debilna         insult 2 target fuzzy
debilne         insult 2 target fuzzy
debilni         insult 2 target fuzzy
debilnych       insult 2 target fuzzy
debilnym        insult 2 target fuzzy
debilnymi       insult 2 target fuzzy
debilnego       insult 2 target fuzzy
debilnej        insult 2 target fuzzy
idiota          insult 2 target fuzzy
idioty          insult 2 target fuzzy
idiocie         insult 2 target fuzzy
idiote          insult 2 target fuzzy
idiotow         insult 2 target fuzzy
idiotom         insult 2 target fuzzy
idiotami        insult 2 target fuzzy
idiotach        insult 2 target fuzzy
idiotka         insult 2 target fuzzy
idiotki         insult 2 target fuzzy
idiotce         insult 2 target fuzzy
idiotke         insult 2 target fuzzy
idiotek         insult 2 target fuzzy
idiotkom        insult 2 target fuzzy
idiotkami       insult 2 target fuzzy
idiotkach       insult 2 target fuzzy
idiotyzm        insult 2 target fuzzy
idiotyzmu       insult 2 target fuzzy
idiotyzmy       insult 2 target fuzzy
idioci          insult 2 target
kretyn          insult 2 target fuzzy
kretyna         insult 2 target fuzzy
kretynowi       insult 2 target fuzzy
kretynem        insult 2 target fuzzy
kretyni         insult 2 target fuzzy
kretynow        insult 2 target fuzzy
kretynom        insult 2 target fuzzy
kretynami       insult 2 target fuzzy
kretynach       insult 2 target fuzzy
kretynka        insult 2 target fuzzy
kretynki        insult 2 target fuzzy
kretynce        insult 2 target fuzzy
kretynke        insult 2 target fuzzy
kretynek        insult 2 target fuzzy
kretynkami      insult 2 target fuzzy
kretynizm       insult 2 target fuzzy
kretynizmu      insult 2 target fuzzy
imbecyl         insult 2 target fuzzy
imbecyla        insult 2 target fuzzy
imbecylowi      insult 2 target fuzzy
imbecylem       insult 2 target fuzzy
imbecyle        insult 2 target fuzzy
imbecyli        insult 2 target fuzzy
imbecylow       insult 2 target fuzzy
imbecylami      insult 2 target fuzzy
imbecylka       insult 2 target fuzzy
imbecylki       insult 2 target fuzzy
kretynsk+       insult 2 target
idiotyczn+      insult 1 target
debiln+         insult 2 target
cham            insult 2 target strict
chama           insult 2 target
chamem          insult 2 target
chamy           insult 2 target
chamow          insult 2 target
chamami         insult 2 target
chamowi         insult 2 target
chamsk+         insult 1 target
chamstw+        insult 1 target
frajer          insult 2 target
frajera         insult 2 target
frajerowi       insult 2 target
frajerem        insult 2 target
frajerzy        insult 2 target
frajerow        insult 2 target
frajerom        insult 2 target
frajerami       insult 2 target
frajerach       insult 2 target
frajerka        insult 2 target
frajerki        insult 2 target
frajerke        insult 2 target
frajerstwo      insult 2 target
frajerski       insult 2 target
frajerskie      insult 2 target
gnoj            insult 3 target
gnoja           insult 3 target
gnojem          insult 3 target
gnoje           insult 3 target
gnojow          insult 3 target
gnojek          insult 3 target
gnojka          insult 3 target
gnojki          insult 3 target
gnojkow         insult 3 target
smiec           insult 3 target fuzzy
smiecia         insult 3 target fuzzy
smieciem        insult 3 target fuzzy
baran           insult 2 target strict
barana          insult 2 target
baranem         insult 2 target
barany          insult 2 target
baranow         insult 2 target
matol           insult 2 target
matola          insult 2 target
matolowi        insult 2 target
matolem         insult 2 target
matoly          insult 2 target
matolow         insult 2 target
matolom         insult 2 target
matolami        insult 2 target
matolek         insult 2 target
matolka         insult 2 target
matolki         insult 2 target
pajac           insult 2 target
pajaca          insult 2 target
pajacowi        insult 2 target
pajacem         insult 2 target
pajace          insult 2 target
pajacow         insult 2 target
pajacom         insult 2 target
pajacami        insult 2 target
pajacach        insult 2 target
pajacowanie     insult 2 target
pajacujesz      insult 2 target
palant          insult 2 target
palanta         insult 2 target
palantowi       insult 2 target
palantem        insult 2 target
palanty         insult 2 target
palantow        insult 2 target
palantom        insult 2 target
palantami       insult 2 target
szmata          insult 3 target
szmaty          insult 3 target
szmacie         insult 3 target
szmate          insult 3 target
szmat           insult 3 target
szmatom         insult 3 target
szmatami        insult 3 target
szmatach        insult 3 target
szmatlawa       insult 3 target
szmatlawy       insult 3 target
dziwka          insult 3 fuzzy
dziwki          insult 3 fuzzy
dziwce          insult 3 fuzzy
dziwke          insult 3 fuzzy
dziwek          insult 3 fuzzy
dziwkom         insult 3 fuzzy
dziwkami        insult 3 fuzzy
dziwkach        insult 3 fuzzy
dziwkarz        insult 3 fuzzy
dziwkarze       insult 3 fuzzy
dziwkarzu       insult 3 fuzzy
suka            insult 3 target strict
suki            insult 3 target
suke            insult 3 target
suce            insult 3 target
sukami          insult 3 target
sukinsyn        insult 3 fuzzy
sukinsyna       insult 3 fuzzy
sukinsynem      insult 3 fuzzy
sukinsynowi     insult 3 fuzzy
sukinsyny       insult 3 fuzzy
sukinsynow      insult 3 fuzzy
sukinsynami     insult 3 fuzzy
sukinsynom      insult 3 fuzzy
sukinsynu       insult 3 vocative
bydle           insult 3 target
bydlak          insult 3 target
bydlaka         insult 3 target
bydlakiem       insult 3 target
bydlaki         insult 3 target
bydlakow        insult 3 target
bydlakami       insult 3 target
bydlaku         insult 3 vocative
glupek          insult 2 target
glupek          insult 2 target
glupka          insult 2 target
glupkowi        insult 2 target
glupkiem        insult 2 target
glupki          insult 2 target
glupkow         insult 2 target
glupkom         insult 2 target
glupkami        insult 2 target
glupcy          insult 2 target
glupiec         insult 2 target
glupca          insult 2 target
glupcem         insult 2 target
glupcze         insult 2 vocative
durny           insult 2 target
durna           insult 2 target
durne           insult 2 target
durni           insult 2 target
durnych         insult 2 target
durnym          insult 2 target
durnymi         insult 2 target
durnego         insult 2 target
durnej          insult 2 target
duren           insult 2 target
durnia          insult 2 target
durniem         insult 2 target
durnie          insult 2 target
durniow         insult 2 target
durniami        insult 2 target
durnowaty       insult 2 target
durnowata       insult 2 target
durnowate       insult 2 target
durnowaci       insult 2 target
buc             insult 2 target strict
buca            insult 2 target
bucem           insult 2 target
bucu            insult 2 vocative
bucow           insult 2 target
kmiot+          insult 2 target
kmiocie         insult 2 vocative
wiesniak+       insult 1 target
wiesniac+       insult 1 target
wsiok+          insult 1 target
swinia          insult 2 target
swini           insult 2 target
swinie          insult 2 target
swinia          insult 2 target
swin            insult 2 target
swiniom         insult 2 target
swiniami        insult 2 target
swiniach        insult 2 target
swinio          insult 2 vocative
gnida           insult 3 target
gnidy           insult 3 target
gnidzie         insult 3 target
gnide           insult 3 target
gnid            insult 3 target
gnidami         insult 3 target
gnido           insult 3 vocative
szuja           insult 2 target
szui            insult 2 target
szuje           insult 2 target
szuj            insult 2 target
szujami         insult 2 target
szujo           insult 2 vocative
lajza           insult 2 target
lajzy           insult 2 target
lajzie          insult 2 target
lajze           insult 2 target
lajz            insult 2 target
lajzami         insult 2 target
lajzo           insult 2 vocative
lajdak          insult 2 target
lajdaka         insult 2 target
lajdakiem       insult 2 target
lajdaki         insult 2 target
lajdakow        insult 2 target
lajdakom        insult 2 target
lajdakami       insult 2 target
lajdactwo       insult 2 target
lajdacy         insult 2 target
lajdaku         insult 2 vocative
dran            insult 1 target
drania          insult 1 target
draniu          insult 1 vocative
dranie          insult 1 target
draniem         insult 1 target
drani           insult 1 target
menda           insult 2 target
mendo           insult 2 vocative
mendy           insult 2 target
mende           insult 2 target
kanalia         insult 2 target
kanalie         insult 2 target
kanalio         insult 2 vocative
hieno           insult 2 vocative
nieudacznik+    insult 2 target
nieudacznic+    insult 2 target
nieuk           insult 1 target
nieuki          insult 1 target
nieukiem        insult 1 target
cymbal          insult 2 target
cymbala         insult 2 target
cymbalem        insult 2 target
cymbalow        insult 2 target
cymbalami       insult 2 target
cymbale         insult 2 vocative
balwan          insult 2 target
balwana         insult 2 target
balwanem        insult 2 target
balwany         insult 2 target
balwanow        insult 2 target
balwanami       insult 2 target
balwanie        insult 2 vocative
tuman           insult 2 target
tumanie         insult 2 vocative
tumanem         insult 2 target
glab            insult 2 target
glaba           insult 2 target
glabie          insult 2 vocative
glabem          insult 2 target
osiol           insult 1 target
osle            insult 1 vocative
oslem           insult 1 target
cep             insult 1 target strict
cepie           insult 1 vocative
dzban           insult 1 target
dzbanie         insult 1 target
dzbany          insult 1 target
polglowek       insult 2 target
polglowka       insult 2 target
polglowkiem     insult 2 target
polglowki       insult 2 target
polglowkow      insult 2 target
polglowkami     insult 2 target
polglowku       insult 2 vocative
przyglup        insult 2 target
przyglupa       insult 2 target
przyglupem      insult 2 target
przyglupy       insult 2 target
przyglupow      insult 2 target
przyglupami     insult 2 target
przyglupi       insult 2 target
przyglupia      insult 2 target
przyglupich     insult 2 target
przyglupie      insult 2 vocative
oligofren+      insult 3 target
cwok            insult 2 target
cwoka           insult 2 target
cwokiem         insult 2 target
cwoki           insult 2 target
cwokow          insult 2 target
cwokami         insult 2 target
cwoku           insult 2 vocative
prostak         insult 1 target
prostaka        insult 1 target
prostakiem      insult 1 target
prostaki        insult 1 target
prostakow       insult 1 target
prostakami      insult 1 target
prostacy        insult 1 target
prostaku        insult 1 vocative
burak           insult 1 target
buraku          insult 1 vocative
lamus           insult 1 target
lamusa          insult 1 target
lamusem         insult 1 target
lamusy          insult 1 target
lamusow         insult 1 target
lamusami        insult 1 target
lamusie         insult 1 vocative
leszczu         insult 1 vocative
gamon           insult 1 target
gamonia         insult 1 target
gamoniu         insult 1 vocative
gamonie         insult 1 target
jelop           insult 2 target
jelopa          insult 2 target
jelopem         insult 2 target
jelopy          insult 2 target
jelopow         insult 2 target
jelopami        insult 2 target
jelopie         insult 2 vocative
fajtlap+        insult 1 target
oferm+          insult 1 target
ciamajd+        insult 1 target
popapran+       insult 2 target
poraban+        insult 2 target
walniet+        insult 1 target
szurniet+       insult 1 target
stukniet+       insult 1 target
psychol+        insult 2 target
psychopat+      insult 2 target
swir            insult 2 target
swiry           insult 2 target
swirem          insult 2 target
swirze          insult 2 vocative
wariat+         insult 1 target
wariacie        insult 1 vocative
oszolom+        insult 2 target
schizol+        insult 3 target
szczyl+         insult 1 target
smarkacz+       insult 1 target
gnojku          insult 3 vocative
dziad           insult 1 target
dziadu          insult 1 vocative
babo            insult 1 vocative
babsztyl+       insult 2 target
babsko          insult 2 target
babsku          insult 2 vocative
zerem           insult 2 target
zerami          insult 2 target
nikim           insult 1 target
frajerze        insult 2 vocative
darmozjad+      insult 2 target
nierob+         insult 1 target
pijawk+         insult 2 target
dewiant+        insult 3 target
dewianc+        insult 3 target
degenerat+      insult 3 target
degeneraci      insult 3 target
zwyrodnial+     insult 3 target
zboczeniec      insult 3 target
zboczency       insult 3 target
zboczenca       insult 3 target
zboczencem      insult 3 target
zboczencow      insult 3 target
zboczencu       insult 3 vocative
pedofil+        insult 3 target
kaleka          insult 3 target
kaleki          insult 3 target
kaleke          insult 3 target
kalekami        insult 3 target
kalek           insult 3 target
kaleko          insult 3 vocative
ulomn+          insult 2 target
niedorozwiniet+ insult 3 target fuzzy
niedorozwinieci insult 3 target
uposledzon+     insult 3 target fuzzy
uposledzeni     insult 3 target fuzzy
uposledzency    insult 3 target
uposledzencu    insult 3 vocative
bezmozg+        insult 2 target fuzzy
*bezmozg*       insult 2 target
roslink+        insult 2 target
autysto         insult 3 vocative
downie          insult 3 vocative
downem          insult 3 target

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
gnoju           insult 3 vocative
smieciu         insult 3 vocative fuzzy
baranie         insult 2 vocative
matole          insult 2 vocative
pajacu          insult 2 vocative
palancie        insult 2 vocative
szmato          insult 3 vocative
dziwko          insult 3 vocative
suko            insult 3 vocative
glupku          insult 2 vocative
durniu          insult 2 vocative
ciolku          insult 2 vocative
padalcu         insult 3 vocative
padalec         insult 3 target
gadzie          insult 2 vocative
wszo            insult 2 vocative
pasozycie       insult 3 vocative
frajerko        insult 2 vocative

# adjectives and predicates: abuse when aimed at a person or a group
glupi           insult 2 target
glupia          insult 2 target
glupie          insult 2 target
glupich         insult 2 target
glupim          insult 2 target
glupimi         insult 2 target
glupiego        insult 2 target
glupiej         insult 2 target
glupiemu        insult 2 target
glupota         insult 2 target
glupoty         insult 2 target
glupocie        insult 2 target
glupote         insult 2 target
glupszy         insult 2 target
glupsza         insult 2 target
glupsze         insult 2 target
glupsi          insult 2 target
glupszych       insult 2 target
glupsi          insult 2 target
glupol          insult 2 target
glupola         insult 2 target
glupole         insult 2 target
glupolu         insult 2 target
*glupi*         insult 2 target
tepy            insult 2 target
tepa            insult 2 target
tepe            insult 2 target
tepi            insult 2 target
tepych          insult 2 target
tepymi          insult 2 target
tepym           insult 2 target
tepak           insult 2 target
tepaka          insult 2 target
tepakiem        insult 2 target
tepaki          insult 2 target
tepakow         insult 2 target
tepakami        insult 2 target
tepaku          insult 2 vocative
zalosn+         insult 2 target fuzzy
*zalosn*        insult 2 target
obrzydliw+      insult 2 target fuzzy
*obrzydliw*     insult 2 target
obrzydz+        insult 2 target
odrazajac+      insult 2 target fuzzy
*odrazajac*     insult 2 target
ohydn+          insult 2 target
odpychajac+     insult 1 target
oblesn+         insult 2 target
podly           insult 2 target
podla           insult 2 target
podli           insult 2 target
podlych         insult 2 target
podlymi         insult 2 target
podlym          insult 2 target
podlego         insult 2 target
podlejsi        insult 2 target
podle           insult 2 target
nieuczciw+      insult 1 target
niecywilizowan+ insult 2 target fuzzy
prymityw+       insult 2 target
brudn+          insult 1 target
brudas+         insult 2 target
smierdzac+      insult 2 target
smierdziel+     insult 2 target
leniw+          insult 1 target
bezwartosciow+  insult 3 target fuzzy
*bezwartosciow* insult 3 target
bezuzyteczn+    insult 2 target
beznadziejn+    insult 1 target
gorsi           insult 1 target
najgorsi        insult 1 target
najgorsze       insult 1 target
ignorant+       insult 2 target fuzzy
ignoranc+       insult 1 target
nienormaln+     insult 1 target
okrutn+         insult 1 target
nieludzk+       insult 1 target
zepsuci         insult 1 target
bezmyslni       insult 1 target

# emotions aimed at someone: hate near a group word, insult near "you"
nienawidz*      insult 2 target fuzzy
*nienawidz*     insult 2 target
nienawisci      insult 2 target fuzzy
brzydz+         insult 2 target
gardze          insult 2 target
gardzimy        insult 2 target
gardzic         insult 2 target
pogard+         insult 2 target
wstret+         insult 2 target

# ----------------------------------------------------------------------
# 4. Dehumanising words: insult near a person, hate near a group
# ----------------------------------------------------------------------
robactw+        insult 3 target fuzzy
*robactw*       insult 3 target
robak+          insult 2 target
szkodnik+       insult 3 target fuzzy
*szkodnik*      insult 3 target
szkodnicy       insult 3 target
pasozyt+        insult 3 target fuzzy
*pasozyt*       insult 3 target
karaluch+       insult 3 target fuzzy
*karaluch*      insult 3 target
szczur+         insult 2 target
szumowin+       insult 3 target fuzzy
*szumowin*      insult 3 target
plugastw+       insult 3 target fuzzy
*plugastw*      insult 3 target
scierw+         insult 3 target fuzzy
*scierw*        insult 3 target
bydlo           insult 3 target
bydla           insult 3 target
bydlem          insult 3 target
holot+          insult 3 target
motloch+        insult 2 target
pomiot+         insult 3 target
podludz+        insult 4 target fuzzy
*podludz*       insult 4 target
nieludzi+       insult 3 target
zaraza          insult 3 target
zaraze          insult 3 target
zarazy          insult 3 target
zarazo          insult 3 vocative
plaga           insult 2 target
plagi           insult 2 target
plage           insult 2 target
wirusem         insult 3 target
rakiem          insult 3 target fuzzy
nowotworem      insult 3 target
zwierzetami     insult 2 target
malpami         insult 3 target
malpo           insult 2 vocative
odpadami        insult 2 target
brudem          insult 2 target
smieci          insult 2 target fuzzy
smieciami       insult 3 target fuzzy
*smieciami*     insult 3 target
wyrzutk+        insult 2 target
wszawi          insult 2 target
wszy            insult 2 target
zagrozeniem     insult 1 target
zagrozenie      insult 1 target

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
pedalstw+       hate 3
pedzio+         hate 3
pedziu          hate 3 vocative
pedryl+         hate 3
ciota           hate 3
cioty           hate 3
ciote           hate 3
ciot            hate 3
ciotami         hate 3
ciotach         hate 3
cioto           hate 3 vocative
ciotowat+       hate 3
ciotowsk+       hate 3
*homosi*        hate 3
lesba           hate 2
lesby           hate 2
lesbe           hate 2
lesbo           hate 2 vocative
lesbami         hate 2
obojniak+       hate 3 fuzzy
hermafrodyt+    hate 2 target
babochlop+      hate 3
shemale         hate 3
"teczowa zaraza" hate 4
"teczowej zarazy" hate 4
transik+        hate 3

# origin, colour, religion
czarnuch+       hate 4 fuzzy
*czarnuch*      hate 4
czarnuchu       hate 4 vocative
zydek           hate 3
zydka           hate 3
zydki           hate 3
zydkow          hate 3
zydkiem         hate 3
zydkami         hate 3
zydku           hate 3 vocative
zydlak+         hate 3
zydostw+        hate 3
zydokomun+      hate 3
gudlaj+         hate 4 fuzzy
*gudlaj*        hate 4
mosiek          hate 3
moskow          hate 3
moski           hate 3
parch           hate 3 target
parchy          hate 3 target
parchem         hate 3 target
parchu          hate 3 vocative
ciapat+         hate 4 fuzzy
*ciapat*        hate 4
ciapaci         hate 4 fuzzy
*ciapaci*       hate 4
ciapak+         hate 4
zoltek          hate 3 target
zoltki          hate 3 target
zoltkow         hate 3
*zoltkow*       hate 3
zoltkiem        hate 3 target
zoltkami        hate 3 target
zolci           hate 3
skosnook+       hate 3 fuzzy
*skosnook*      hate 3
skosnooc+       hate 3
kitajc+         hate 3
kitajec         hate 3
arabus+         hate 3
brudasy         hate 3 target
kacap+          hate 3
banderowc+      hate 2 target
banderowiec     hate 2 target
szwab+          hate 2 target
zabojad+        hate 2
makaroniarz+    hate 2
rusek           hate 2 target
ruskow          hate 2 target
feminazi*       hate 2
ulom            hate 3 target
ulomy           hate 3 target
ulomem          hate 3 target
ulomie          hate 3 vocative
ulomow          hate 3 target
mongol          hate 3 target strict
mongolem        hate 3 target strict
mongole         hate 3 target strict
mongolu         hate 3 vocative strict
spastyk+        hate 3 target
spastycy        hate 3 target

# protected groups (neutral words): a target word in the same sentence makes hate
kobiet+         group fuzzy
*kobiet*        group
kobiec+         group fuzzy
imigrant+       group fuzzy
*imigrant*      group
imigranc+       group fuzzy
*imigranc*      group
emigrant+       group
emigranc+       group
migrant+        group fuzzy
migranc+        group fuzzy
uchodzc+        group fuzzy
uchodzczyn+     group
cudzoziem+      group fuzzy
cudzoziemc+     group
obcokrajow+     group fuzzy
obcokrajowc+    group
muzulman+       group fuzzy
*muzulman*      group
muzulmansk+     group
islam+          group
islamsk+        group
zyd+            group fuzzy
zydzi           group
zydowsk+        group fuzzy
*zydowsk*       group
zydowk+         group
*zydow*         group
semici          group
semitow         group
gej+            group
gejow           group
*gejow*         group
gejowsk+        group fuzzy
*gejowsk*       group
homoseksualist+ group fuzzy
homoseksualisc+ group
homoseksualn+   group fuzzy
lesbij+         group fuzzy
biseksual+      group fuzzy
lgbt            group
lgbtq           group
lgbt+           group
queer           group
transplciow+    group fuzzy
*transplciow*   group
transpciow+     group
transseksualist+ group fuzzy
transseksualisc+ group
"osoby trans"   group
"osob trans"    group
niepelnospraw+  group fuzzy
*niepelnospraw* group
niepelnosprawn+ group fuzzy
inwalid+        group fuzzy
niewidom+       group
gluchoniem+     group
autyst+         group
autysc+         group
azjat+          group fuzzy
*azjat*         group
azjac+          group fuzzy
*azjaci*        group
azjatk+         group
azjatyck+       group fuzzy
murzyn+         group
czarnoskor+     group fuzzy
czarni          group
afroamerykan+   group
arab+           group
arabow+         group
romow+          group
romsk+          group
romami          group
cygan+          group
cyganie         group
ukrainc+        group fuzzy
ukrainiec       group
ukraink+        group
rosjan+         group
chinczy+        group
chinczyc+       group
wietnamczy+     group
wietnamczyc+    group
hindus+         group
katolik+        group
katolic+        group
chrzescijan+    group fuzzy
ateist+         group
ateisc+         group
sikh+           group
buddyst+        group
polak+          group
polacy          group
polka           group
polki           group
niemc+          group
niemiec         group

# ----------------------------------------------------------------------
# 6. Threats and death wishes (words; phrases are rules below)
# ----------------------------------------------------------------------
zabije          threat 4 target fuzzy
zabijemy        threat 4 target fuzzy
zabic           threat 4 target fuzzy
zabijcie        threat 4 target
zabijmy         threat 4 target fuzzy
zabici          threat 4 target fuzzy
zabijac         threat 3 target
zabijanie       threat 3 target
ubije           threat 4 target
ubic            threat 4 target
ubijemy         threat 4 target
zastrzel+       threat 4 target fuzzy
zastrzele       threat 4 target fuzzy
zastrzeleni     threat 4 target fuzzy
*zastrzel*      threat 4 target
odstrzel+       threat 4 target
odstrzalu       threat 3 target
wystrzelac      threat 4 target
rozstrzelac     threat 4 target
rozstrzelani    threat 4 target
rozstrzelanie   threat 4 target
zamordowac      threat 4 target fuzzy
*zamordowac*    threat 4 target
zamorduje       threat 4 target fuzzy
zamordujemy     threat 4 target
zamordujmy      threat 4 target
zamorduj        threat 4 target
zamordowani     threat 4 target fuzzy
zamordowany     threat 4 target
zamordowana     threat 4 target
wymordowac      threat 4 target fuzzy
*wymordowac*    threat 4 target
wymorduje       threat 4 target
wymordujemy     threat 4 target
wymordujmy      threat 4 target
wymordowani     threat 4 target
mordowac        threat 3 target
zadzgac         threat 4 target fuzzy
*zadzgac*       threat 4 target
zadzgam         threat 4 target
zadzgamy        threat 4 target
zadzgajmy       threat 4 target
zadzgany        threat 4 target
zadzgani        threat 4 target
dzgne           threat 4 target
udusic          threat 4 target
udusze          threat 4 target
udusimy         threat 4 target
uduszeni        threat 4 target
powiesic        threat 4 target fuzzy
*powiesic*      threat 4 target
powiesze        threat 4 target
powiesimy       threat 4 target
powiesmy        threat 4 target
powieszeni      threat 4 target
powieszony      threat 3 target
poderznac       threat 4 target fuzzy
poderzne        threat 4 target fuzzy
poderzniemy     threat 4 target
poderzniete     threat 4 target
poderzniec      threat 4 target
poderzniecie    threat 4 target
poderzn+        threat 4 target
wyrznac         threat 4 target fuzzy
wyrzne          threat 4 target
wyrzniemy       threat 4 target
wyrznijmy       threat 4 target
wyrzniecie      threat 4 target
*wyrzniec*      threat 4 target
zgwalc+         threat 4 target fuzzy
*zgwalc*        threat 4 target
gwalc+          threat 4 target fuzzy
zgwalce         threat 4 target
podpale         threat 4 target
podpalimy       threat 4 target
podpalic        threat 3 target
zatluke         threat 4 target
zatluc          threat 4 target
ukatrup+        threat 4 target
pobije          threat 3 target
pobijemy        threat 3 target
polamie         threat 3 target
polamiemy       threat 3 target
rozwale         threat 3 target
rozbije         threat 3 target
skrzywdze       threat 3 target
skrzywdzic      threat 3 target
skrzywdzimy     threat 3 target
dopadne         threat 3 target
dopadniemy      threat 3 target
dorwe           threat 3 target
dorwiemy        threat 3 target
zakopie         threat 3 target
cwiartuje       threat 4 target
pocwiartuje     threat 4 target
potne           threat 4 target
wykoncze        threat 3 target
zgin            threat 4 vocative
zginiesz        threat 4 vocative
zginiecie       threat 4 vocative
zginie          threat 3 target fuzzy
straceni        threat 4 target fuzzy
eksterminacj+   threat 4 target fuzzy
eksterminowa*   threat 4 target
wytepic         threat 4 target fuzzy
wytepienie      threat 4 target
wytepimy        threat 4 target
wytepieni       threat 4 target
zagazowac       threat 4 target
zagazowani      threat 4 target
zlikwidowani    threat 4 target fuzzy
zlikwidujmy     threat 3 target fuzzy
*zlikwidujmy*   threat 3 target
"na szubienice" threat 4 target
stryczek        threat 3 target
stryczka        threat 3 target

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
cycki           sexual 3
cyce            sexual 3
cycek           sexual 3
cyckow          sexual 3
cyckami         sexual 3
cyckach         sexual 3
cycuszki        sexual 3
cycuszkow       sexual 3
cycunie         sexual 3
cycusie         sexual 3
cipk+           sexual 3
cipeczk+        sexual 3
dupcia          sexual 2 target
dupcie          sexual 2 target
dupeczk+        sexual 2 target
tyleczek        sexual 2 target
tyleczka        sexual 2 target
biust           sexual 2 target
biustem         sexual 2 target
sutki           sexual 3 target
sutkami         sexual 3 target
nago            sexual 2 target
nagie           sexual 2 target
naga            sexual 2 target
rozebrana       sexual 2 target
nagich          sexual 2 target
nudes+          sexual 3 target
nudeski         sexual 3 target
seksown+        sexual 2 target
sexy            sexual 2 target
napalon+        sexual 3 target
podniecasz      sexual 3 vocative
podniecacie     sexual 3 vocative
podnieca        sexual 2 target
obciagnij       sexual 4 vocative
obciagniesz     sexual 4 vocative
obciagac        sexual 4 target
obciagnac       sexual 4 target
possij          sexual 4 vocative
possac          sexual 4 target
wyliz           sexual 3 vocative
zerzne          sexual 4 target
zerznac         sexual 4 target
przelece        sexual 4 target
przelecial+     sexual 4 target
przeleciec      sexual 4 target
bzyknac         sexual 4 target
bzyknal+        sexual 4 target
bzykne          sexual 4 target
bzykac          sexual 3 target
bzykanko        sexual 3 target
dymanko         sexual 3 target
ruchanko        sexual 3 target
wydymam         sexual 4 target
dupczyc         sexual 3 target
laseczko        sexual 2 vocative
laleczko        sexual 2 vocative
kotku           sexual 1 vocative
kiciu           sexual 1 vocative
seksu           sexual 2 target
seks            sexual 2 target
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
"ssac pale"     sexual 4 target
kutasa          sexual 3 target
penisa          sexual 3 target
penis           sexual 2 target
fiuta           sexual 3 target

# ----------------------------------------------------------------------
# 8. Frustration and complaint words (a signal, never abuse)
# ----------------------------------------------------------------------
skandal+        frustration 2
skandaliczn+    frustration 2
niedopuszczaln+ frustration 2
reklamacj+      frustration 1
reklamuje       frustration 1
"zwrot pieniedzy" frustration 2
"zwrot kosztow" frustration 1
"zwrot srodkow" frustration 1
"zwrotu pieniedzy" frustration 2
"oddajcie pieniadze" frustration 2
"oddajcie mi pieniadze" frustration 2
"chce zwrot" frustration 2
"trzeci raz"    frustration 2
"czwarty raz"   frustration 2
"piaty raz"     frustration 2
"kolejny raz"   frustration 2
"po raz kolejny" frustration 2
"po raz trzeci" frustration 2
"ktorys raz"    frustration 2
"ile mozna"     frustration 2
"ile razy"      frustration 1
"do kiedy"      frustration 1
znowu           frustration 1
znow            frustration 1
skarg+          frustration 2
zazalen+        frustration 2
rzecznik+       frustration 2
uokik           frustration 2
uokiku          frustration 2
"rzecznika konsumentow" frustration 2
"rzecznik praw konsumenta" frustration 2
"rzecznika finansowego" frustration 2
knf             frustration 2
sad             frustration 2 strict
sadu            frustration 2
sadzie          frustration 2
pozew           frustration 2
pozwe           frustration 2
prawnik+        frustration 2
adwokat+        frustration 2
"wypowiadam umowe" frustration 2
"rozwiazuje umowe" frustration 2
rezygnuje       frustration 2
rezygnacj+      frustration 1
anuluj+         frustration 1
"nie do przyjecia" frustration 2
oszustw+        frustration 2
zlodziejstw+    frustration 2
naciagani+      frustration 2
kpina           frustration 2
kpiny           frustration 2
zenada          frustration 2
zenujac+        frustration 2
porazka         frustration 1
dramat          frustration 1
tragedia        frustration 1
masakra         frustration 1
cyrk            frustration 1
paranoja        frustration 1
absurd+         frustration 1
bezczelnosc     frustration 2
bezczeln+       frustration 2
horror          frustration 1
lekcewazeni+    frustration 2
lekcewazyc+     frustration 2
ignorujecie     frustration 2
olewacie        frustration 2
olewka          frustration 2
"nikt nie odpowiada" frustration 2
"nikt nie odpisuje" frustration 2
"czekam od"     frustration 1
wkurz+          frustration 1
zdenerwowan+    frustration 1
wsciekl+        frustration 2
wkurzony        frustration 2
rozczarowan+    frustration 1
zawiedzion+     frustration 1
"negatywna opinie" frustration 1
"negatywna opinia" frustration 1
"jedna gwiazdke" frustration 1
natychmiast     frustration 1
"kierownikiem"  frustration 1
"przelozonym"   frustration 1
niekompetentn+  frustration 2
niekompetencj+  frustration 2
nieudolnosc+    frustration 2
nieudoln+       frustration 2
bzdur+          frustration 1
dziadostw+      frustration 1
badziew+        frustration 1
szajs+          frustration 1
chlam           frustration 1
"nie dziala"    frustration 1
"dalej nie dziala" frustration 2
"nadal nie dziala" frustration 2
"wciaz nie dziala" frustration 2
uszkodzon+      frustration 1
opoznieni+      frustration 1
"mam dosc"      frustration 2
"mam dosyc"     frustration 2
"nie wytrzymam" frustration 1
wstyd           frustration 1
"jak tak mozna" frustration 2

# ----------------------------------------------------------------------
# 9. Allow: ordinary words that contain matched stems or are false friends
# ----------------------------------------------------------------------
dupl*           allow
dupleks         allow
duplikat        allow
glupio          allow
ciulac          allow
ciulam          allow
ciula           allow
ciulal          allow
ciulala         allow
cipher*         allow
chamber*        allow
champion*       allow
champagne       allow
pedaluj*        allow
pedalowa*       allow
zoltko          allow
zoltka          allow
sukces*         allow
sukien*         allow
nagoda          allow
nagosc          allow

# ----------------------------------------------------------------------
# more entries (reported speech in the third person, explicit forms)
# ----------------------------------------------------------------------
powiedzial      report
powiedziala     report
powiedzialy     report
napisal         report
napisala        report
napisali        report
pisal           report
pisala          report
pisali          report
twierdzil       report
twierdzila      report
twierdzili      report
stwierdzil      report
stwierdzila     report
stwierdzili     report
nazwal          report
nazwala         report
nazwali         report
nazywal         report
nazywali        report
mowiacy         report
mowiacych       report
mowiacej        report
twierdzacy      report
twierdzacych    report
glosza          report
glosi           report
"cos w stylu"   report
"w rodzaju"     report

ludzie          person
ludzi           person
ludziom         person
ludzmi          person
czlonkowie      person
menedzer+       person
manager+        person
politycy        person
polityk+        person

oszust          insult 1 target
oszusta         insult 1 target
oszustem        insult 1 target
oszusci         insult 1 target
oszustow        insult 1 target
oszustami       insult 1 target
oszustka        insult 1 target
oszustki        insult 1 target
zlodziej        insult 1 target
zlodzieja       insult 1 target
zlodziejem      insult 1 target
zlodzieje       insult 1 target
zlodziei        insult 1 target
zlodziejami     insult 1 target
zlodziejka      insult 1 target
debile          insult 2 target
homos           hate 3
homosia         hate 3
homosie         hate 3
homosiem        hate 3
homosiow        hate 3
homosiami       hate 3
homosiu         hate 3 vocative
szkopy          hate 2 target
szkopow         hate 2 target
szkopami        hate 2 target

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

pojebancu      insult 3 vocative

# ----------------------------------------------------------------------
# 10. Phrase rules (the pattern runs on the normalised phrase view:
#     lower case, no diacritics, leetspeak read, punctuation kept)
# ----------------------------------------------------------------------

# --- threats to the reader, the family and property ---
rule threat 4 you when wiem : \bwiem\W+(?:\w+\W+)?gdzie\W+(?:\w+\W+){0,2}(?:mieszkasz|mieszkacie|pracujesz|pracujecie|parkujesz|sypiasz|bywasz|chodzisz|mieszka twoj\w*|mieszkaja twoi|chodza twoje|chodzi twoj\w*|jest (?:wasz|twoj)\w*|sa (?:wasz|twoj|wasi|twoi)\w*)\b
rule threat 4 you when wiem : \bwiem\W+(?:\w+\W+)?gdzie\W+(?:\w+\W+)?(?:jest|sa|znajduje sie|macie|masz)\W+(?:\w+\W+)?(?:biuro|siedzib\w*|dom|sklep|firm\w*|rodzin\w*|dzieci|magazyn|lokal)\b
rule threat 3 you when wiem,znam,mam : \b(?:wiem|znam|mam)\W+(?:juz\W+)?(?:twoj|wasz)\w*\W+(?:adres\w*|nazwisk\w*|dane|numer rejestracyjny)\W+(?:\w+\W+){0,3}(?:i|wiec|to)\W+(?:przyjde|przyjade|wpadne|znajde|odwiedze|dopadne)
rule threat 3 you when wiem : \bwiem,? jak\W+(?:\w+\W+)?wyglada(?:sz|cie)\b
rule threat 4 you when znajde,znajdziemy,dopadne,dopadniemy,dorwe,dorwiemy,odnajde,namierze,namierzymy,wytropie,dorwa,dopadna,znajda : \b(?:znajde|znajdziemy|dopadne|dopadniemy|dorwe|dorwiemy|odnajde|namierze|namierzymy|wytropie|dorwa|dopadna|znajda)\W+(?:\w+\W+)?(?:cie|ciebie|was|twoja rodzin\w*|twoje dzieci|twoich bliskich)\b
rule threat 4 you when zrobie,zrobimy,zrobi : \b(?:zrobie|zrobimy|zrobi)\W+(?:ci|wam|tobie)\W+(?:\w+\W+)?(?:krzywde|kuku|jesien sredniowiecza|koszmar z zycia)\b
rule threat 4 target when zrobie,zrobimy : \b(?:zrobie|zrobimy)\W+(?:mu|jej|im)\W+(?:\w+\W+)?krzywde\b
rule threat 4 you when zrobie,zrobimy : \b(?:zrobie|zrobimy)\W+z\W+(?:ciebie|was|twojej\W+\w+)\W+(?:\w+\W+)?(?:miazge|mielonke|kotlet|marmolade|kaleke|kaleki|warzywo|inwalide)\b
rule threat 4 target when polamie,polamiemy,rozwale,rozwalimy,rozbije,rozbijemy,obije,obijemy,urwe,urwiemy,wyrwe,wyrwiemy,wybije,wybijemy,powybijam,powybijamy,obetne,obetniemy,wydlubie,skopie,skopiemy,przestrzele,rozkwasze,przetrace,poprzetracam,skrece,skrecimy,rozjebie,rozpierdole,rozharatam,potne,podetne,poderzne,wypruje : \b(?:polamie|polamiemy|rozwale|rozwalimy|rozbije|rozbijemy|obije|obijemy|urwe|urwiemy|wyrwe|wyrwiemy|wybije|wybijemy|powybijam|powybijamy|obetne|obetniemy|wydlubie|skopie|skopiemy|przestrzele|rozkwasze|przetrace|poprzetracam|skrece|skrecimy|rozjebie|rozpierdole|rozharatam|potne|podetne|poderzne|wypruje)\W+(?:ci|wam|mu|jej|im|tobie|twoj\w*|wasz\w*|jego|temu|tej|tym)\W+(?:\w+\W+)?(?:leb|lby|glow\w*|morde|mordy|ryj|ryje|pysk|pyski|twarz|gebe|geby|nos|zeby|zebow|rece|reke|nogi|noge|kosci|zebra|kolan\w*|palce|jaja|dupe|tylek|szczeke|kark|karki|oczy|gardlo|gardla|szyje|lapy|giry|flaki|bebechy)\b
rule threat 4 target when rozwale,rozwalimy,rozbije,rozbijemy,wybije,wybijemy,powybijam,zdemoluje,zdemolujemy,rozpierdole,rozpierdolimy,rozjebie,spale,spalimy,podpale,podpalimy,zniszcze,zniszczymy,wysadze,wysadzimy,rozniose,rozniesiemy,zdewastuje : \b(?:rozwale|rozwalimy|rozbije|rozbijemy|wybije|wybijemy|powybijam|zdemoluje|zdemolujemy|rozpierdole|rozpierdolimy|rozjebie|spale|spalimy|podpale|podpalimy|zniszcze|zniszczymy|wysadze|wysadzimy|rozniose|rozniesiemy|zdewastuje)\W+(?:ci\W+|wam\W+|mu\W+|jej\W+|im\W+)?(?:ten\W+|to\W+|te\W+|ta\W+|cale\W+|caly\W+|cala\W+|twoj\w*\W+|wasz\w*\W+|jego\W+|jej\W+)?(?:\w+\W+)?(?:dom\w*|biur\w*|sklep\w*|firm\w*|siedzib\w*|magazyn\w*|samochod\w*|auto|auta|lokal\w*|salon\w*|placowk\w*|budyn\w*|oddzial\w*|punkt\w*|mieszkani\w*|chat\w*|bude|burdel\w*|szyb\w*|okna|witryn\w*|drzwi|fure|bryke)\b
rule threat 4 when podloze,podlozymy,podlozyc,zdetonuje,przyniose,przyniesiemy,zostawie,mam,wysadze,wysadzimy,wysadzic : \b(?:podloze|podlozymy|podlozyc|zdetonuje|przyniose|przyniesiemy|zostawie|mam|wysadze|wysadzimy|wysadzic)\W+(?:\w+\W+){0,2}(?:bomb\w*|ladun\w* wybuchow\w*|material\w* wybuchow\w*|granat\w*|semtex\w*|trotyl\w*)\b
rule threat 4 when wysadze,wysadzimy,wysadzic : \bwysadz\w*\W+(?:\w+\W+){0,3}w\W+powietrze\b
rule threat 4 when przyjde,przyjdziemy,przyjade,przyjedziemy,wpadne,wpadniemy,odwiedze,odwiedzimy,czekam,poczekam,poczekamy,zjawie,zjawimy,wroce,wrocimy : \b(?:przyjde|przyjdziemy|przyjade|przyjedziemy|wpadne|wpadniemy|odwiedze|odwiedzimy|czekam|poczekam|poczekamy|zjawie sie|zjawimy sie|wroce|wrocimy)\W+(?:\w+\W+){0,5}(?:z|ze)\W+(?:\w+\W+)?(?:nozem|nozami|siekiera|bronia|pistoletem|spluwa|maczeta|kijem|kijami|palka|lomem|kastetem|benzyna|kanistrem|karabinem|strzelba|giwera|tasakiem)\b
rule threat 3 you when przyjde,przyjdziemy,przyjade,przyjedziemy,odwiedze,odwiedzimy,zlozymy,zloze,poczekam,poczekamy : \b(?:przyjde|przyjdziemy|przyjade|przyjedziemy|odwiedze|odwiedzimy|zloze wizyte|zlozymy wizyte|poczekam|poczekamy)\W+(?:\w+\W+)?(?:ciebie|cie|was|wam|na ciebie|na was|twoj\w*|wasz\w*)\W+(?:\w+\W+)?(?:do domu|pod domem|pod dom|w nocy|po pracy|pod praca|pod blokiem|pod biurem|pod drzwiami|pod drzwi|na parkingu|przed domem|w domu)\b
rule threat 3 target when dam,damy,dostaniesz,dostaniecie,dostanie,przywale,przywalimy,jebne,pierdolne,strzele,walne,walniemy,przyjebie,przypierdole,zasadze,przyloze : \b(?:dam|damy|dostaniesz|dostaniecie|dostanie|przywale|przywalimy|jebne|pierdolne|strzele|walne|walniemy|przyjebie|przypierdole|zasadze|przyloze)\W+(?:ci\W+|wam\W+|mu\W+|jej\W+|tobie\W+)?(?:w|po|przez|na)\W+(?:morde|ryj|pysk|leb|lba|glowe|twarz|gebe|zeby|zebach|gebie|pysku|mordzie|ryju|jaja|nery|kark|czache|lepetyne|ryja)\b
rule threat 3 target when dostaniesz,dostaniecie,spuszcze,spuscimy,sprzedam,wlepie,wlepimy,dostanie,zarobisz,zarobicie : \b(?:dostaniesz|dostaniecie|spuszcze|spuscimy|sprzedam|wlepie|wlepimy|dostanie|zarobisz|zarobicie)\W+(?:ci\W+|wam\W+|mu\W+|jej\W+)?(?:taki\W+|takie\W+|porzadny\W+|porzadne\W+|niezly\W+|niezle\W+)?(?:wpierdol|wpierdziel|lomot|manto|lanie|becki|w czape|kose|kulke|kulk\w*|kule|wciry|wpieprz|oklep)\b
rule threat 4 target when kula,kulka,kulke,kulki : \bkul(?:a|ka|ke|ki|e)\W+(?:\w+\W+)?(?:w\W+(?:leb|lby|glowe|czache|plecy)|dla\W+(?:ciebie|was|niego|niej|nich))\b
rule threat 4 target when odstrzele,odstrzelimy,wpakuje,wpakujemy,wsadze,wbije,wbijemy,przestrzele : \b(?:odstrzele|odstrzelimy|wpakuje|wpakujemy|wsadze|wbije|wbijemy|przestrzele)\W+(?:ci|wam|mu|jej|im)\W+(?:\w+\W+)?(?:kulk\w*|kul\w*|leb|lba|glowe|lby|noz|kose|sztylet|olow)\b
rule threat 4 you when twoja,twoje,twoi,twoich,twoim,twojej,twojemu,wasze,wasi,waszych,waszym,waszej : \b(?:twoja|twoje|twoi|twoich|twoim|twojej|twojemu|wasze|wasi|waszych|waszym|waszej)\W+(?:\w+\W+)?(?:rodzin\w*|dzieci|dzieciom|dzieciach|dziecku|dziecko|zon\w*|maz\w*|meza|mezowi|matk\w*|matce|cork\w*|syn\w*|bliscy|bliskich|bliskim|rodzice|rodzicom|rodzicow|dziewczyn\w*|chlopak\w*|pracownic\w*|pracownik\w*)\W+(?:\w+\W+){0,3}(?:pozaluj\w*|ucierpi\w*|zginie|zgina|oberwie|oberwa|beda cierpiec|bedzie cierpiec|nie dozyj\w*|skonczy\w* w\W+(?:szpitalu|grobie|piachu|trumnie|rowie)|sie nie obudz\w*|spotka cos zlego|moze sie cos stac|cos sie stanie)\b
rule threat 3 you when cos : \bcos\W+(?:zlego\W+)?(?:sie\W+)?(?:moze\W+)?(?:sie\W+)?(?:stac|stanie|przytrafic|przytrafi|przydarzy|przydarzyc|spotka)\W+(?:\w+\W+)?(?:twoj\w*|wasz\w*|tobie|wam|ci)\b
rule threat 3 when szkoda : \b(?:szkoda by bylo|szkoda byloby|byloby szkoda|szkoda),?\W+gdyby\W+(?:\w+\W+){0,4}(?:cos sie stalo|spotkalo|przytrafilo|spalilo|sie stalo|cos stalo|stracil\w* zdrowie|ucierpial\w*)
rule threat 4 you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:juz\W+)?(?:trupem|trupami|martwy|martwa|martwi|martwe|nieboszczykiem|denatem)\b
rule threat 2 you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:juz\W+)?(?:skonczony|skonczona|skonczeni|udupiony|udupiona)\b
rule threat 4 you when zyjesz,zyjecie : \b(?:juz\W+)?nie\W+zyje(?:sz|cie)\b
rule threat 3 you when dni : \b(?:twoje|wasze)\W+dni\W+(?:sa\W+)?policzone\b
rule threat 3 you when policze,policzymy,porachuje,porachujemy,rozlicze,rozliczymy : \b(?:policze|policzymy|porachuje|porachujemy)\W+sie\W+z\W+(?:toba|wami|panem|pania)\b
rule threat 4 you when porachuje,porachujemy,policze,policzymy : \b(?:porachuje|porachujemy|policze|policzymy)\W+(?:ci|wam)\W+kosci\b
rule threat 2 you when wiesz : \bnie\W+wiesz\W+z\W+kim\W+(?:zadzierasz|masz do czynienia|zaczynasz)\b
rule threat 2 you when uwazaj,uwazajcie,pilnuj,pilnujcie,ogladaj,ogladajcie : \b(?:lepiej|radze|radze ci|radze wam)\W+(?:\w+\W+)?(?:uwazaj|uwazajcie|pilnuj sie|pilnujcie sie|ogladaj sie za siebie|ogladajcie sie za siebie)\b
rule threat 2 you when ogladaj,ogladajcie : \bogladaj(?:cie)?\W+sie\W+za\W+siebie\b
rule threat 3 you when pozalujesz,pozalujecie : ^(?!.*\b(?:uokik\w*|rzecznik\w*|sad\w*|skarg\w*|prawnik\w*|adwokat\w*|opini\w*|recenzj\w*|reklamacj\w*|ocen\w*|klient\w*|konkurencj\w*|media\w*|internec\w*|internet\w*|zglosz\w*|zglaszam|pozw\w*|pozew|umow\w*|rezygn\w*|wypowiad\w*|gwiazdk\w*|facebook\w*|google|kupi\w*|zamowi\w*|zakup\w*|abonament\w*|konsument\w*|policj\w*|prokurat\w*|kontrol\w*|inspekcj\w*))(?:.*?\W)?\Kpozaluje(?:sz|cie)\b
rule threat 2 you when zaplacisz,zaplacicie,odpowiesz,odpowiecie : ^(?!.*\b(?:uokik\w*|rzecznik\w*|sad\w*|skarg\w*|prawnik\w*|adwokat\w*|opini\w*|reklamacj\w*|pozw\w*|pozew|odszkodowan\w*|koszt\w*|faktur\w*|rachun\w*|karn\w*|kar\w*|prawn\w*|policj\w*|prokurat\w*|odsetk\w*|zwrot\w*|pieniadz\w*))(?:.*?\W)?\K(?:zaplacisz|zaplacicie|odpowiesz|odpowiecie)\W+(?:mi\W+)?za\W+to\b
rule threat 4 target when zasluguj*,zasluz* : \b(?:zasluguj(?!esz|ecie)\w*|zasluzyl(?!es|as|iscie)\w*|zasluza)\W+(?:\w+\W+)?na\W+(?:\w+\W+)?(?:smierc|stryczek|kule|kulke|egzekucj\w*|rozstrzelanie|cierpienie|tortury|krzeslo elektryczne|gwalt|szubienice|zaglade|eksterminacj\w*|zagazowanie|spalenie|pieklo|lincz|powieszenie|bol)\b
rule threat 4 you when zaslugujesz,zaslugujecie,zasluzyles,zasluzylas,zasluzyliscie : \b(?:zasluguje(?:sz|cie)|zasluzyl(?:es|as|iscie))\W+(?:\w+\W+)?na\W+(?:\w+\W+)?(?:smierc|stryczek|kule|kulke|egzekucj\w*|rozstrzelanie|cierpienie|tortury|krzeslo elektryczne|gwalt|szubienice|zaglade|eksterminacj\w*|spalenie|pieklo|lincz|powieszenie|bol)\b
rule threat 4 target when powinn*,musz*,musi,trzeba,nalezy,chce,chcialbym,chcialabym,chcemy,pora,czas,warto,wystarczy,mozna,bede,bedziemy,zamierzam,zamierzamy,zamiar,moglbym,powinien,powinienem,zostana,zostanie,beda,wolno,lepiej,najlepiej,mamy : \b(?:powinn\w+|powinien|powinienem|musz\w+|musi|trzeba|nalezy|chce|chcialbym|chcialabym|chcemy|pora|czas|warto|wystarczy|mozna|bede|bedziemy|zamierzam|zamierzamy|mam zamiar|moglbym|zostana|zostanie|beda|wolno|lepiej|najlepiej|mamy)\W+(?:\w+\W+){0,3}(?:zginac|umrzec|zdechnac|wyginac|wybic|wymordowac|wystrzelac|zagazowac|powiesic|rozstrzelac|zastrzelic|zabic|zaglodzic|spalic zywcem|utopic|udusic|wytepic|eksterminowac|wyeliminowac|wyrznac|zadzgac|zamordowac|torturowac|skrzywdzic|pobic|zgwalcic|ukamienowac|zlinczowac|poderznac|zatluc|ubic|odstrzelic|mordowac|zabijac|straceni|stracone|zabici|zabite|zastrzeleni|zastrzelone|powieszeni|powieszone|zlikwidowani|wymordowani|wymordowane|wytepieni|wytepione|spaleni|zagazowani|zagazowane|rozstrzelani|rozstrzelane|wyeliminowani|eksterminowani|eksterminowane|ukamienowani|zlinczowani|wykastrowani|torturowani|torturowane|zgwalceni|zgwalcone|pobici|skrzywdzeni|poddani egzekucji|poddane egzekucji|skazani na smierc|skazane na smierc|zadzgani|zadzgane|uduszeni|uduszone|utopieni|utopione|zamordowani|zamordowane)\b
rule threat 4 target when zabijmy,zlikwidujmy,wytepmy,wybijmy,powiesmy,spalmy,wyrznijmy,zastrzelmy,wymordujmy,zagazujmy,rozstrzelajmy,utopmy,zadzgajmy,wyeliminujmy,eksterminujmy : \b(?:zabijmy|zlikwidujmy|wytepmy|wybijmy|powiesmy|spalmy|wyrznijmy|zastrzelmy|wymordujmy|zagazujmy|rozstrzelajmy|utopmy|zadzgajmy|wyeliminujmy|eksterminujmy)\b
rule threat 3 target when pozbyc,pozbadzmy,pozbedziemy,pozbylibysmy,pozbede,pozbyli,pozbedzie : \b(?:pozbyc|pozbadzmy|pozbedziemy|pozbylibysmy|pozbede|pozbyli|pozbedzie)\W+sie\W+(?:\w+\W+){0,2}(?:ich|tych|was|ciebie|cie|go|jej|wszystkich|kazdego|kazdej)\b
rule threat 4 target when egzekucj* : \begzekucj\w*\W+(?:\w+\W+){0,2}(?:jest|to|bylaby|bedzie)\W+(?:\w+\W+)?(?:jedyn\w*|najlepsz\w*|dobr\w*|wlasciw\w*|odpowiedni\w*)\W+(?:\w+\W+)?(?:rozwiazani\w*|wyjsci\w*|odpowiedzi\w*|kar\w*|metod\w*)
rule threat 4 target when poddani,poddane,poddany,poddana,poddac,poddajmy,skazani,skazac : \b(?:poddani|poddane|poddany|poddana|poddac|poddajmy|skazani|skazac)\W+(?:\w+\W+)?(?:egzekucji|torturom|eksterminacji|kastracji|sterylizacji|na smierc)\b
rule threat 3 target when sprawie,sprawimy,zobaczyc,zobacze,patrzec,widziec,chce,chcialbym,chcialabym,chcemy,ogladac : \b(?:sprawie|sprawimy|zobaczyc|zobacze|patrzec|widziec|chce|chcialbym|chcialabym|chcemy|ogladac)\W+(?:\w+\W+){0,4}(?:cierpi\w*|cierpieli|cierpialy|konaj\w*|konali|wyli|umieraj\w*|umierali|zdych\w*|plakali|krwawi\w*|plonel\w*|plona)\b
rule threat 4 target when zginie,zgina : \b(?:zginie|zgina)\W+(?:\w+\W+)?(?:straszliw\w*|okrutn\w*|bolesn\w*|powoln\w*|marn\w*|paskudn\w*|z moich rak|z mojej reki|z naszych rak)\b
rule threat 4 target when gardla,gardlo,gardel,gardlach : \b(?:poderzn\w*|podcie\w*|podetn\w*|przeci\w*|poderzniet\w*|poderzniec\w*)\W+(?:\w+\W+){0,2}gardl\w*\b
rule threat 4 target when kark,karki,karku : \b(?:skrec\w*|skrecen\w*|przetrac\w*|zlam\w*)\W+(?:\w+\W+)?kar(?:k|ki|kow)\b
rule threat 3 target when poslac,wyslac,wyslemy,posle,wysle,wyslalbym : \b(?:poslac|wyslac|wyslemy|posle|wysle|wyslalbym)\W+(?:\w+\W+){0,3}(?:do gazu|do pieca|do komory|na tamten swiat|do piachu|pod ziemie|do grobu|do obozu|do obozow|na szubienice|na stryczek|na krzeslo)\b
rule threat 3 target when piachu,grobu,trumnie,trumny : \b(?:do\W+piachu|w\W+piachu|do\W+grobu|w\W+trumnie|do\W+trumny)\b

# --- death wishes ---
rule insult 4 you when obys,obyscie,zebys,zebyscie : \b(?:obys|obyscie|zebys|zebyscie)\W+(?:\w+\W+){0,2}(?:zdechl\w*|umarl\w*|zginal\w*|zginela|zgineli|sczezl\w*|sie udlawil\w*|sie powiesil\w*|zachorowal\w* na raka|dostal\w* raka|sie spalil\w*|zgnil\w*|cierpial\w*|sie zabil\w*|wyzdychal\w*|spadl\w* z mostu|wpadl\w* pod)\b
rule insult 4 target when oby,niech : \b(?:oby|niech)\W+(?:\w+\W+){0,2}(?:zdechn\w*|zdechl\w*|umarl\w*|umrze|umra|zginie|zgina|zgineli|sczeznie|sczezna|sie udlawi\w*|sie powiesi\w*|dostanie raka|dostana raka|zgnij\w*|zgnije|zgnija|wyzdychaja|wymra|sie smaz\w* w piekle)\b
rule insult 4 you when mam,nadzieje : \bmam\W+nadzieje,?\W+(?:ze|iz)\W+(?:\w+\W+){0,2}(?:zdechniesz|zdechniecie|umrzesz|umrzecie|zginiesz|zginiecie|sie udlawisz|sie powiesisz|sie zabijesz|zachorujesz|dostaniesz raka|spalisz sie|zgnijesz|bedziesz cierpiec|bedziecie cierpiec|sczezniesz|wyzdychacie)\b
rule insult 4 target when mam,nadzieje : \bmam\W+nadzieje,?\W+(?:ze|iz)\W+(?:\w+\W+){0,3}(?:zdechn\w*|umrze|umra|zgin\w*|sie udlawi\w*|sie powiesi\w*|dostanie raka|dostana raka|zgnij\w*|zgnije|beda cierpiec|bedzie cierpial\w*|sczezn\w*|wyzdychaja|wymra)\b
rule insult 4 you when zycze,zyczymy,zyczylbym : \b(?:zycze|zyczymy|zyczylbym)\W+(?:\w+\W+)?(?:ci|wam|tobie)\W+(?:\w+\W+)?(?:smierci|raka|choroby|wszystkiego najgorszego|zeby\w* (?:zdech\w*|umarl\w*|zgin\w*))
rule insult 4 you when idz,idzcie,spadaj,spadajcie,wypad : \b(?:idz|idzcie|spadaj|spadajcie|wypad)\W+(?:sie\W+)?(?:zabij|zabic|powies|powiesic|utop|utopic|zdechnij|zdychac|zdychaj|do gazu|w piach|pod pociag|pod tramwaj|z mostu|z okna)\b
rule insult 2 you when idz,idzcie,spadaj,spadajcie,spierdalaj,wypierdalaj,spieprzaj,wypad,jedz : \b(?:idz|idzcie|spadaj|spadajcie|spierdalaj|wypierdalaj|spieprzaj|wypad|jedz)\W+(?:do|w|na|pod)\W+(?:diabla|piekla|cholere|chuj\w*|dupe|drzewo|budke|pizdu|pizde|kibel|rynsztok|smietnik|szambo)\b
rule insult 3 you when jebnij,puknij,walnij,pierdolnij,uderz : \b(?:jebnij|puknij|walnij|pierdolnij|uderz)\W+sie\W+(?:w|we|o)\W+(?:leb|glowe|czolo|lepetyne|sciane|czerep)\b

# --- insults without swear words, or built from several words ---
rule insult 3 you when pierdole,pierdolcie,pierdol,jebac,jebie,jebcie,jebal,jebalem,pieprze,pieprzcie,pieprzyc,ruchac,rucham,pierdolilem,ruchalem,pieprzylem,dymam,dymalem,ruchal : \b(?:pierdole|pierdolcie|pierdol|jebac|jebie|jebcie|jebal|jebalem|pieprze|pieprzcie|pieprzyc|ruchac|rucham|pierdolilem|ruchalem|pieprzylem|dymam|dymalem|ruchal)\W+(?:\w+\W+)?(?:cie|ciebie|was|twoja|twoje|twoj|twojego|twoich|wasza|wasze|waszego|wasz|waszych|twoim|waszym|pania|pana|twa|twe)\b
rule insult 4 you when twoja,twoj,wasza,twoje : \b(?:twoja|twoj|wasza|twoje)\W+(?:stara|starej|matka|matke|matki|mamusia|mamusie|matula|mama|mame|siostra|siostre|corka|zona|babka|babcia)\W+(?:\w+\W+){0,3}(?:kurw\w*|dziwk\w*|szmat\w*|suk\w*|ssie|ssala|ciagnie|ciagnela|pierdol\w*|jeb\w*|lyka|lykala|daje dupy|dawala dupy|robi lody|obciaga|obciagala|puszcza sie|puszczala sie|rucha\w*|dyma\w*)
rule insult 2 you when masz,macie : \b(?:masz|macie)\W+(?:\w+\W+)?(?:nasrane|siano w glowie|trociny w glowie|zryty beret|zryta banie|zryty lep|nierowno pod sufitem|nie po kolei w glowie|kuku na muniu|pusto w glowie|pustke w glowie|mozg jak orzeszek|mozg wielkosci|iq ponizej|iq jak)\b
rule insult 2 you when brak,brakuje : \b(?:brak|brakuje)\W+(?:ci|wam|tobie|panu|pani)\W+(?:\w+\W+)?(?:mozgu|rozumu|szarych komorek|piatej klepki|oleju w glowie|kilku klepek|klepek)\b
rule insult 2 target when mozg,mozgu,iq,iloraz,rozum,rozumu : \b(?:mozg\w*|iq|iloraz inteligencji|rozum\w*)\W+(?:\w+\W+)?(?:jak|wielkosci|na poziomie|ponizej|mniejsz\w* niz|mniejsz\w* od|rowny)\W+(?:\w+\W+)?(?:orzeszka|orzecha|groszku|grochu|kury|ameby|buta|pantofelka|chleba|ziemniaka|kartofla|temperatury pokojowej|dzdzownicy|muchy|chomika|szympansa|kamienia|rozwielitki)\b
rule insult 3 target when pies,kot,malpa,szympans,chomik,krowa,swinia,osiol,rybka,papuga : \b(?:pies|kot|malpa|szympans|chomik|krowa|swinia|osiol|rybka|papuga)\w*\W+(?:\w+\W+){0,2}(?:jest|sa|bylby|bylaby|bylo|bedzie)\W+(?:\w+\W+)?(?:madrzejsz\w*|inteligentniejsz\w*|bystrzejsz\w*|wiecej wart\w*|wartosciowsz\w*|bardziej ludzk\w*)\W+(?:\w+\W+){0,2}(?:niz|od)\b
rule insult 3 target when jest,jestes,jestescie,sa,to,byc,bedziesz,beda,bedziecie : \b(?:jest|jestes|jestescie|sa|to|byc|bedziesz|beda|bedziecie)\W+(?:\w+\W+){0,3}(?:rak|rakiem|nowotwor|nowotworem|wirus|wirusem|wirusami|zaraza|zaraze|plaga|zwierzeta|zwierzetami|bydlo|bydlem|malpy|malpami|szczury|szczurami|robaki|robakami|robactwo|robactwem|pasozyty|pasozytami|pasozytem|smieci|smieciami|smieciem|odpady|odpadami|odpadem|brud|brudem|scierwo|scierwem|szumowiny|szumowinami|gnoj|gnojem|gowno|gownem|podludzie|podludzmi|nieludzie|nieludzmi|ameby|amebami|bakterie|bakteriami|pluskwy|pluskwami|wszy|pijawki|pijawkami|hieny|hienami|sepy|sepami|szarancza|karaluchy|karaluchami|chwasty|chwastami|balastem|pomylka natury|bledem natury|wybrykiem natury|odpadkiem|odpadkami|dnem|plugastwem|plugastwo|scierwami|smietnikiem)\b
rule insult 3 target when ludzkie,ludzkimi,ludzki,ludzkim,ludzkich,ludzka,ludzkiego : \bludzk\w*\W+(?:smieci\w*|odpad\w*|scierw\w*|gown\w*|zer\w*|szumowin\w*|brud\w*|robactw\w*|wrak\w*|pomyj\w*|odpadk\w*|robak\w*|karaluch\w*|pasozyt\w*|pomylk\w*)\b
rule insult 3 target when istoty,istotami,istota,istot,rasa,rasy,gatunek,gatunku,kategorii,sortu : \b(?:istot\w*\W+(?:\w+\W+)?(?:nizsz\w*|gorsz\w*|podrzedn\w*|prymitywn\w*|bezwartosciow\w*|gownian\w*)|(?:nizsz|podrzedn|gorsz)\w*\W+(?:ras\w*|gatun\w*|istot\w*|kategori\w*|sort\w*))\b
rule insult 3 target when gowniane,gownianymi,gownianych,gowniani : \bgownian\w*\W+(?:\w+\W+)?(?:istot\w*|ludzi\w*|ludz\w*|osob\w*|czlowiek\w*|typ\w*|ludzmi)\b
rule insult 3 you when jestes,jestescie : \b(?:jestes|jestescie)\W+(?:\w+\W+)?(?:dla mnie\W+)?(?:nikim|niczym|zerem|zerami|scierwem|smieciem|smieciami|gownem|odpadem|odpadkiem|robakiem|karaluchem|pasozytem|pasozytami|szkodnikiem|szkodnikami|rakiem|wirusem|zaraza|plaga|dnem)\b
rule insult 3 you when czlowiekiem,ludzmi,ludzki,ludzka,ludzcy : \b(?:nawet\W+)?nie\W+(?:jestes|jestescie)\W+(?:nawet\W+)?(?:czlowiekiem|ludzmi|ludzki|ludzka|ludzcy)\b
rule insult 2 target when zrujnuj*,zniszcz*,rujnuj*,niszcz* : \b(?:zrujnuj|zniszcz|rujnuj|niszcz)\w*\W+(?:\w+\W+)?(?:nasz|ten|caly|cala|nasza|naszego|nasze)\W+(?:kraj|narod|spoleczenstwo|cywilizacj\w*|polsk\w*|europ\w*|swiat|kulture|kraju|narodu|rase|ojczyzne)\b
rule insult 3 target when powinn*,trzeba,nalezy,musza,musi,powinien : \b(?:powinn\w+|powinien|trzeba|nalezy|musza|musi)\W+(?:\w+\W+){0,2}(?:byc\W+|zostac\W+)?(?:zamknieci|zamkniete|zamkniety|zamknieta|trzymani|trzymane|izolowani|odizolowani|odizolowane|deportowani|deportowane|wyrzuceni|wyrzucone|wykastrowani|wysterylizowani|wysterylizowane|zamknac|deportowac|wyrzucic|wykastrowac|wysterylizowac|odizolowac|wygnac|wypedzic|zamykac|trzymac|wyslac)\W+(?:\w+\W+){0,3}(?:w klatkach|w klatce|do klatek|do klatki|do obozow|w obozach|do obozu|w gettach|w getcie|do getta|z kraju|poza kraj|za granice|z polski|z europy|do wiezien|w wiezieniach|w zoo|do zoo|na smietnik|na wysypisko|jak zwierzeta|jak bydlo)\b
rule insult 2 target when prawa,praw : \bprawa\W+(?:czlowieka\W+|obywatelskie\W+)?nie\W+(?:powinny|moga|powinno)\W+(?:\w+\W+)?(?:dotyczyc|obejmowac|przyslugiwac|nalezec)\b
rule insult 2 target when mam,czuje : \b(?:mam|czuje)\W+(?:\w+\W+){0,3}(?:nienawisci|pogardy|obrzydzenia|wstretu|odrazy|nienawisc|pogarde|obrzydzenie|wstret|odraze)\W+(?:\w+\W+){0,2}(?:do|dla|wobec)\b
rule insult 2 target when przyprawia*,przyprawi* : \bprzyprawi\w*\W+(?:\w+\W+)?(?:mnie\W+)?o\W+(?:mdlosci|wymioty|odruch wymiotny|obrzydzenie|torsje|rzyganie)\b
rule insult 2 target when napelnia*,wypelnia*,napawa*,napelni* : \b(?:napelnia|wypelnia|napawa|napelni)\w*\W+mnie\W+(?:\w+\W+)?(?:wscieklosci\w*|obrzydzeniem|odraza|wstretem|nienawiscia|gniewem|pogarda|furia)\b

# --- hate about protected groups (the group word is part of the rule) ---
rule hate 4 when smierc : \bsmierc\W+(?:wszystkim\W+|tym\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 4 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:do gazu|do pieca|do piecow|do komor\w*|na szubienice|pod sciane|na stos|do obozow|do obozu|do kolonii karnych|do zoo)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:won|precz|wynocha|wypierdalac|spierdalac|wypad|fora ze dwora)\b
rule hate 3 when precz,won,wynocha,wypierdalac,spierdalac,wypad : \b(?:precz|won|wynocha|wypierdalac|spierdalac|wypad)\W+(?:z|ze)\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule insult 2 target when precz,won,wynocha,wypierdalac,spierdalac,wypad : \b(?:precz|won|wynocha|wypierdalac|spierdalac|wypad)\W+(?:z|ze|do)\W+(?:\w+\W+)?(?:polski|kraju|europy|naszego kraju|stad|naszej ojczyzny|siebie|swojego kraju|domu)\b
rule hate 3 when miejsca : \bnie\W+ma\W+(?:\w+\W+){0,3}miejsca\W+(?:\w+\W+){0,3}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 3 when miejsca : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}nie\W+(?:maja|ma|powinni miec|powinny miec|powinno miec|moga miec)\W+(?:\w+\W+){0,2}miejsca\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}(?:nigdy\W+)?(?:nie|nigdy)\W+(?:sa|jest|beda|bedzie|byli|byly|byl|byla|moga byc|moze byc|powinni byc|powinny byc|moga nigdy byc|moze nigdy byc|zostana|zostanie)\W+(?:\w+\W+){0,3}(?:ludzmi|czlowiekiem|ludzcy|ludzkie|rowni|rowne|rownymi|inteligentn\w*|madr\w*|bystr\w*|wartosciow\w*|godn\w*|normaln\w*|cywilizowan\w*|pelnowartosciow\w*|pelnoprawn\w*|kompetentn\w*|uczciw\w*|dobrymi ludzmi)\b
rule hate 3 when zaden,zadna,zadne,zadnego,zadnej,zadni : \b(?:zaden|zadna|zadne|zadnego|zadnej|zadni)\W+(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}nie\W+(?:\w+\W+){0,4}(?:wartosciow\w*|godn\w*|inteligentn\w*|madr\w*|rown\w*|czlowiekiem|normaln\w*|uczciw\w*|kompetentn\w*|cywilizowan\w*)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}nie\W+(?:zasluguj\w*|powinni miec|powinny miec|maja prawa|ma prawa|moga miec)\W+(?:\w+\W+)?(?:na\W+)?(?:zycie|zycia|szacunek|szacunku|prawa|praw|godnosc|godnosci|wolnosc|wolnosci|prawo glosu|istniec|zyc|dzieci)\b
rule hate 3 when zycia,zycie,zyciu,los,losy : \b(?:zycia|zycie|zyciu|los|losy)\W+(?:\w+\W+){0,2}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:nie\W+(?:sa|jest|maja|ma|powinny byc|powinno byc|moga byc)\W+(?:\w+\W+){0,2}(?:wazne|wazny|wazna|nic warte|warte|znaczenia|wartosci|zadnej wartosci|istotne)|(?:sa|jest|to)\W+(?:\w+\W+)?(?:bezwartosciow\w*|gowno warte|nic niewarte|nic nie warte|niewazne|bez znaczenia|bez wartosci|mniej warte))
rule hate 3 when kuchni,garow,garach,kuchnie,rodzenia : \b(?:kobiet\w*|baby|babe|babom|babska)\W+(?:\w+\W+){0,4}(?:do\W+garow|do\W+kuchni|w\W+kuchni|przy\W+garach|do\W+rodzenia|od\W+rodzenia|do\W+sprzatania)\b
rule hate 2 when wolalbym,wolalabym,wolelibysmy,wole,wolalbys : \b(?:wolal\w*|wolel\w*|wole)\W+(?:\w+\W+)?(?:umrzec|zginac|zdechnac|sie zabic|sie powiesic)\W+niz\W+(?:\w+\W+){0,6}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 when nigdy : \bnigdy\W+(?:\w+\W+){0,2}(?:nie\W+)?(?:ufaj\w*|ufam|zaufam|zaufal\w*|zaufaj\w*|zjadl\w*|zjem|jadl\w*|dotkn\w*|zatrudni\w*|wynaj\w*|wpuscil\w*|wpuszcz\w*|podam|podalbym|podalabym|usiadl\w*|zamieszkal\w*|umowil\w*|umawial\w*|poslucham|sluchaj\w*|glosowal\w*|zaglosuj\w*|zaglosowal\w*|poslubil\w*|pozwolil\w*|uwierz\w*|pracowal\w*)\W+(?:\w+\W+){0,9}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,5}(?:zrujnuj\w*|zniszcz\w*|niszcz\w*|rujnuj\w*|zaraz\w*|zatruwaj\w*|zatruj\w*|zanieczyszcz\w*|zasmiecaj\w*|zalewaj\w*|zalali|zalewa|najezdzaj\w*|okupuj\w*|psuj\w*|zepsuj\w*)\W+(?:\w+\W+)?(?:kraj\w*|narod\w*|spoleczenstw\w*|cywilizacj\w*|polsk\w*|europ\w*|swiat\w*|ras\w*|kultur\w*|ojczyzn\w*|miasto|miasta|osiedl\w*|ulic\w*)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}(?:sa|to|jest|byli|byly)\W+(?:\w+\W+){0,2}(?:zagrozeniem|niebezpieczenstwem|problemem|plaga|zaraza|rakiem|wirusem|brudem|nieszczesciem|balastem|ciezarem|pasozytami|obciazeniem)\W+(?:\w+\W+)?(?:dla|na|naszego|naszej|tego|calego)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}(?:wladz\w*|moca|stanowisk\w*)\W+(?:\w+\W+){0,3}(?:sa|to|stanowia)\W+(?:\w+\W+)?(?:zagrozeniem|niebezpieczenstwem|katastrofa|plaga)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:dopuszczenie|wpuszczenie|wpuszczanie|wpuszczenia|dopuszczanie|przyjmowanie|przyjecie|sprowadzanie|wybieranie|zatrudnianie|wiecej)\W+(?:\w+\W+){0,4}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}(?:zrujnuje|zniszczy|zrujnuja|zniszcza|to katastrofa|to blad|jest bledem|to tragedia|skonczy sie zle)
rule hate 2 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:nie\W+(?:cierpie|znosze|trawie|toleruje|moge znies\w*|moge patrzec na)|mam\W+(?:juz\W+)?(?:dosc|dosyc|serdecznie dosc|po dziurki w nosie)|rzygam|brzydze sie|brzydzimy sie|gardze|gardzimy|wkurzaja mnie|wkurwiaja mnie|irytuja mnie|obrzydzaja mnie|zlosci mnie|zloszcza mnie)\W+(?:\w+\W+){0,6}(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*
rule hate 2 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:widok|obecnosc|mysl o)\W+(?:\w+\W+)?(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,5}(?:zlosci|wkurza|wkurwia|obrzydza|brzydzi|irytuje|denerwuje|przeraza|mierzi|odrzuca|zniesmacza)
rule hate 2 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,6}(?:zlosci|zloszcza|wkurza|wkurzaja|wkurwia|wkurwiaja|obrzydza|obrzydzaja|brzydzi|irytuj\w*|denerwuj\w*|mierzi|mierza|odrzuca|zniesmacza\w*)\W+mnie\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}(?:sa|to)\W+(?:\w+\W+){0,2}(?:gorsi|gorsze|nizsi|nizsze|podrzedni|podrzedne|mniej warci|mniej warte|gorszego sortu|drugiej kategorii|gorszym sortem)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}(?:powinn\w+|musza)\W+(?:\w+\W+){0,2}(?:wyginac|wymrzec|zniknac|wyniesc sie|siedziec cicho|znac swoje miejsce|byc niewolnikami|przestac istniec|przestac sie rozmnazac)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,4}nie\W+powinn\w+\W+(?:\w+\W+){0,2}(?:miec praw|miec prawa|glosowac|rzadzic|pracowac|istniec|sie rozmnazac|miec dzieci|zyc|uczyc|wychowywac dzieci|adoptowac)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,2}(?:sa|to)\W+(?:\w+\W+)?(?:choroba|chorzy|chore|zboczeni|zboczone|zboczeniem|zboczencami|dewiacja|dewiantami|nienormalni|nienormalne|pomylka|bledem|wybrykiem|anomalia|wynaturzeniem|wynaturzeni|wynaturzone|obrzydliwoscia|ohyda)\b
rule hate 3 when kobiet*,kobiec*,imigran*,emigran*,migran*,uchodzc*,cudzoziem*,obcokrajow*,muzulman*,zyd*,gej*,homoseksual*,lesbij*,transplciow*,transpciow*,transseksual*,niepelnospraw*,inwalid*,azjat*,azjac*,murzyn*,czarnoskor*,arab*,romow*,cygan*,ukrainc*,chinczy*,hindus*,katoli*,chrzescijan*,ateis*,lgbt* : \b(?:kobiet|kobiec|imigran|emigran|migran|uchodzc|cudzoziem|obcokrajow|muzulman|islamist|zyd|gej|homoseksuali|lesbij|biseksual|transplciow|transpciow|transseksuali|niepelnospraw|inwalid|azjat|azjac|murzyn|czarnoskor|arab|romow|romsk|cygan|ukrainc|ukrainiec|chinczy|hindus|katoli|chrzescijan|ateis|lgbt)\w*\W+(?:\w+\W+){0,3}(?:powinn\w+|musza)\W+(?:\w+\W+){0,2}(?:leczyc sie|byc leczeni|byc leczone|isc na leczenie|isc na terapie)\b

# --- sexual harassment aimed at the reader ---
rule sexual 4 you when wyslij,wyslijcie,przeslij,podeslij,daj,pokaz,pokazesz,wrzuc,dawaj,zrob,strzel,wyslesz,przeslesz,podeslesz : \b(?:wyslij|wyslijcie|przeslij|podeslij|daj|pokaz|pokazesz|wrzuc|dawaj|zrob|strzel|wyslesz|przeslesz|podeslesz)\W+(?:mi\W+)?(?:\w+\W+){0,2}(?:zdjeci\w*|fotk\w*|foto|fotografi\w*|nudes\w*|selfie|fotek|fote)\W+(?:\w+\W+){0,2}(?:nago|naga|nagie|bez ubrania|bez ciuchow|bez niczego|bez stanika|bez majtek|w bieliznie|w samej bieliznie|w stringach|w majtkach|w staniku|w lozku|cyck\w*|cyce|piersi|tylk\w*|tyleczk\w*|dup\w*|cipk\w*|biustu|w kapieli|pod prysznicem|w stroju kapielowym|w bikini|stop|nog|krocza|sutk\w*)\b
rule sexual 2 you when wyslij,wyslijcie,przeslij,podeslij,pokaz,wrzuc,dawaj,wyslesz,przeslesz,podeslesz,wyslalabys,wyslalaby : \b(?:wyslij|wyslijcie|przeslij|podeslij|pokaz|wrzuc|dawaj|wyslesz|przeslesz|podeslesz|wyslalabys|wyslalaby)\W+(?:mi\W+)?(?:\w+\W+)?(?:swoje|swoja|swoich|swojej|swoim|twoje|twoja|twoich)\W+(?:\w+\W+)?(?:zdjeci\w*|fotk\w*|foto|fotografi\w*|selfie|fotek|nogi|nog|stopy|stop|cialo|usta|buzke|twarz)\b
rule sexual 4 you when pokaz,pokazesz,pokazcie,pokazalabys,pokazala : \bpokaz\w*\W+(?:mi\W+)?(?:\w+\W+)?(?:cyck\w*|cyce|cycuszki|piersi|biust|tylek|tyleczek|dupe|dupcie|dupke|dupeczke|cipk\w*|cipe|majtki|majteczki|stanik|stringi|sutki|krocze|sie nago|sie w bieliznie|co masz pod)\b
rule sexual 3 you when masz,macie : \b(?:masz|macie)\W+(?:\w+\W+){0,2}(?:ladne|fajne|duze|zajebiste|super|sliczne|piekne|jedrne|seksowne|zgrabne|dlugie|mokre|slodkie|cudowne|niezle|apetyczne|ponetne|kragle|ogromne)\W+(?:\w+\W+)?(?:cycki|cyce|cycuszki|piersi|nogi|nozki|usta|posladki|posladeczki|tylek|tyleczek|dupe|dupcie|dupke|biodra|cialo|ksztalty|wargi|biust|sutki)\b
rule sexual 3 you when ladne,fajne,duze,zajebiste,sliczne,piekne,jedrne,seksowne,zgrabne,mokre,niezle,apetyczne,kragle : \b(?:ladne|fajne|duze|zajebiste|sliczne|piekne|jedrne|seksowne|zgrabne|mokre|niezle|apetyczne|kragle)\W+(?:\w+\W+)?(?:masz|macie|ma pani)\W+(?:cycki|cyce|cycuszki|piersi|nogi|nozki|usta|posladki|tylek|tyleczek|dupe|dupcie|cialo|biodra|biust|sutki)\b
rule sexual 3 you when twoje,twoja,twoj,twoim,twoich,twoimi,pani,pania : \b(?:twoje|twoja|twoj|twoim|twoich|twoimi|pani|pania)\W+(?:\w+\W+)?(?:cycki|cyce|cycuszki|piersi|biust|tylek|tyleczek|dupa|dupe|dupka|dupcia|dupeczka|posladki|wargi|majtki|majteczki|stanik|stringi|cipka|cipke|cipa|sutki|krocze|cialo|cialko|nozki)\b
rule sexual 3 you when co,masz : \bco\W+(?:\w+\W+)?masz\W+(?:teraz\W+|dzis\W+)?(?:na\W+sobie|pod\W+(?:spodem|spodniczka|sukienka|bluzka|koszulka|ubraniem))\b
rule sexual 3 you when jaki,jakie,jaka,rozmiar,numer : \b(?:jaki|jakie|jaka)\W+(?:\w+\W+)?(?:rozmiar|numer|rozmiaru)\W+(?:\w+\W+)?(?:stanika|biustonosza|miseczki|majtek|cyckow|piersi|biustu)\b
rule sexual 3 you when jestes,jestescie,wygladasz,wygladacie,wyglada : \b(?:jestes|jestescie|wygladasz|wygladacie|pani jest|pani wyglada)\W+(?:\w+\W+)?(?:sexy|seksown\w*|goraca|gorace|napalon\w*|ruchaln\w*|dymaln\w*|do schrupania|do wyruchania|apetyczn\w*|ponetn\w*|podniecajac\w*|lakom\w* kasek|niezla dupa|fajna dupa|niezla laska|ostra laska|mokra)\b
rule sexual 4 you when chce,chcialbym,chcialabym,moglbym,dalbym,bym,chetnie,zaraz,marze : \b(?:chce|chcialbym|chcialabym|moglbym|dalbym|bym|chetnie bym|zaraz bym|marze zeby|marze o tym zeby)\W+(?:\w+\W+){0,2}(?:cie|ciebie|was|pania|twoja\W+\w+)\W+(?:\w+\W+){0,2}(?:przeleciec|przelecial|wyruchac|wyruchal|zerznac|zerznal|bzyknac|bzyknal|wydymac|wydymal|wylizac|wylizal|polizac|polizal|rozebrac|rozebral|posuwac|posuwal|zaliczyc|zaliczyl|pieprzyc|pieprzyl|zgwalcic|zgwalcil|obmacac|obmacywac|obmacal|macac|wymacac|dotykac|dotknac|pocalowac|calowac)\b
rule sexual 4 you when przelecial*,wyruchal*,zerznal*,bzyknal*,wydymal*,wylizal*,polizal*,rozebral*,zaliczyl*,posuwal*,pieprzyl*,przelece,wyrucham,zerzne,bzykne,wydymam,wylize,rozbiore,zalicze,obmacam,wymacam,pomacam : \b(?:przelecial|wyruchal|zerznal|bzyknal|wydymal|wylizal|polizal|rozebral|zaliczyl|posuwal|pieprzyl)\w*\W+(?:\w+\W+)?(?:cie|ciebie|was|pania|twoja|twoje)\b|\b(?:przelece|wyrucham|zerzne|bzykne|wydymam|wylize|rozbiore|zalicze|obmacam|wymacam|pomacam)\W+(?:\w+\W+)?(?:cie|ciebie|was|pania)\b
rule sexual 4 you when przespij,przespisz,przespimy,przespalabys,pojdziesz,pojdz,chodz,idziemy,wskakuj : \b(?:przespij|przespisz|przespimy|przespalabys|pojdziesz|pojdz|chodz|idziemy|wskakuj)\W+(?:sie\W+)?(?:ze\W+mna|z\W+nami|do\W+mnie)\W+(?:\w+\W+){0,2}(?:do\W+lozka|do\W+wyra|na\W+seks|na\W+numerek|na\W+bzykanko|na\W+ruchanko|do\W+hotelu|na\W+noc|do\W+lozeczka)\b
rule sexual 4 you when przespij,przespisz,przespalabys,przespalbys : \b(?:przespij|przespisz|przespalabys|przespalbys)\W+sie\W+(?:ze\W+mna|z\W+nami)\b
rule sexual 2 you when umow,umowisz,umowimy,umowilabys,pojdziesz,pojdziemy,idziemy,spotkasz,spotkamy,spotkajmy : \b(?:umow|umowisz|umowimy|umowilabys|spotkasz|spotkamy|spotkajmy)\W+sie\W+(?:ze\W+mna|z\W+nami)\W+(?:\w+\W+){0,2}(?:na\W+(?:randke|kawe|drinka|piwo|kolacje|noc|wino)|prywatnie|po pracy|wieczorem|sam na sam)\b|\b(?:pojdziesz|pojdziemy|idziemy)\W+(?:ze\W+mna\W+)?na\W+(?:randke|drinka|noc|wino)\b
rule sexual 3 you when mam,ochote,ochota : \bmam\W+(?:\w+\W+)?ochote\W+(?:na\W+)?(?:ciebie|cie|pania|twoje|twoja|twoj|twoim|was)\b
rule sexual 4 you when stoi,staje,stanal,twardnieje : \b(?:stoi|staje|stanal|twardnieje)\W+mi\W+(?:\w+\W+){0,2}(?:na\W+(?:ciebie|twoj\w*|pania|mysl|widok|twoje)|kutas\w*|fiut\w*|chuj\w*|pala|penis\w*)\b
rule sexual 4 you when zrob,zrobisz,zrobilabys,zrobi,zrobcie,zrobic : \b(?:zrob|zrobisz|zrobilabys|zrobi|zrobcie|zrobic)\W+(?:mi\W+)?(?:\w+\W+)?(?:loda|lodzika|laske|laseczke|dobrze reka|minetke|minete|hiszpana|striptiz|lap dance)\b
rule sexual 4 you when obciagnij,obciagniesz,obciagnela,possij,possiesz,wyliz,wylizesz,liznij,ssij,ssiesz,obciagnelabys,possalabys : \b(?:obciagnij|obciagniesz|obciagnela|obciagnelabys|possij|possiesz|possalabys|wyliz|wylizesz|liznij|ssij|ssiesz)\b
rule sexual 4 you when siadaj,usiadz,siadz,siadziesz,usiadziesz : \b(?:siadaj|usiadz|siadz|siadziesz|usiadziesz)\W+(?:mi\W+)?na\W+(?:\w+\W+)?(?:kolanach|kolana|twarzy|twarz|kutasie|fiucie|chuju|pale|kolankach)\b
rule sexual 3 target when samej,samych,seksownej,koronkowej,seksownych,obcislej,przezroczystej : \bw\W+(?:samej|samych|seksownej|koronkowej|seksownych|obcislej|przezroczystej)\W+(?:bieliznie|majtkach|majteczkach|stringach|staniku|koszulce|halce)\b
rule sexual 3 you when podniecasz,podniecacie,podniecilas,napalilem,walilem,wale,trzepie,trzepalem,myslalem : \b(?:podniecasz|podniecacie|podniecilas|napalilem sie na|walilem konia|wale konia|trzepie konia|trzepalem konia|myslalem o tobie walac)\b
rule sexual 3 you when nagie,nago,nagich,naga,rozebrana,rozebranej,bieliznie,majtek,stanika : \b(?:cie|ciebie|pania|twoje|twoja)\W+(?:\w+\W+)?(?:nago|naga|nagie|rozebrana|rozebranej|w bieliznie|bez ubrania|bez majtek|bez stanika)\b|\b(?:nago|naga|nagie|rozebrana|w bieliznie|bez ubrania|bez majtek|bez stanika)\W+(?:\w+\W+)?(?:cie|ciebie|pania)\b
rule sexual 2 you when laska,laseczka,dupeczka,dupcia,sztuka,towar,niunia,cizia,dupa : \b(?:niezla|fajna|ostra|goraca|sliczna|zajebista|seksowna|dobra|niezly|fajny|ladna)\W+(?:z\W+(?:ciebie|pani)\W+)?(?:laska|laseczka|dupeczka|dupcia|sztuka|towar|niunia|cizia|dupa)\b
rule sexual 3 you when seks,seksu,seksie,bzykanko,ruchanko : \b(?:seks\w*|bzykank\w*|ruchank\w*)\W+(?:\w+\W+)?(?:z\W+(?:toba|pania|wami)|ze\W+mna)\b|\b(?:z\W+toba|z\W+pania)\W+(?:\w+\W+)?(?:seks\w*|bzykank\w*|ruchank\w*)\b

# --- profanity built of several words ---
rule profanity 2 when mac : \b(?:kurwa|jego|jej|ich|twoja)\W+mac\b
