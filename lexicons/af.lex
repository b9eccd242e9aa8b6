# kalm lexicon: Afrikaans (af)
#
# Afrikaans vocabulary in its own right, written from knowledge of the
# language (no public labelled abusive Afrikaans data exists to copy).
# Conventions as in nl.lex:
#  - insult nouns that only ever name a person count on their own;
#    adjectives and nouns that are also said of things carry `target`.
#  - words that are harmless in Dutch (doos = box, fokken = to breed,
#    poes = cat, bliksem = lightning) are `strict`: Afrikaans messages only.
#  - no `fok*` prefix (fokus = focus), no bare `hoer` (hoër = higher folds
#    to hoer), no bare `gat` (a hole), no bare `moer` (a nut on a bolt).
#  - "se" (the possessive particle, and sê folded) is never a report word;
#    "sê dat" is.
@lang af

# ---------------------------------------------------------------------
# Addressing the reader, other people, groups, negation, reported speech
# ---------------------------------------------------------------------
jy          you  strict
jou         you  strict possessive
jouself     you  strict
julle       you  strict possessive
julleself   you  strict
jul         you  strict possessive
u           you  strict
uself       you  strict
jy's        you  strict
jys         you  strict

hy          person  strict
sy          person  strict
hom         person  strict
haar        person  strict
hulle       person  strict
hy's        person  strict
sy's        person  strict
hulle's     person  strict
iemand      person  strict
persoon     person  strict
persone     person  strict
mense       person  strict
werknemer   person  strict
werknemers  person  strict
personeel   person  strict
bestuurder  person  strict
bestuurders person  strict
kollega     person  strict
kollegas    person  strict
tegnikus    person  strict
tegnici     person  strict
afleweraar  person  strict
baas        person  strict
bure        person  strict
buurman     person  strict
buurvrou    person  strict
politici    person  strict
polisie     person  strict
prokureurs  person  strict
kliente     person  strict
mans        person  strict
ouens       person  strict
outjies     person  strict
tannies     person  strict
ooms        person  strict

nie         negator  strict
geen        negator  strict
nooit       negator  strict
nerens      negator  strict
"glad nie"  negator  strict
"nie eens"  negator  strict

gesê        report  strict
"sê dat"    report  strict

"sê hy"     report  strict
"sê sy"     report  strict
"sê hulle"  report  strict
beweer      report  strict
beweerde    report  strict
genoem      report  strict
noem        report  strict
skryf       report  strict
geskryf     report  strict
opmerkings  report  strict
opmerking   report  strict
uitsprake   report  strict
uitspraak   report  strict
kommentaar  report  strict
"dinge soos" report  strict
"woorde soos" report  strict
"goed soos" report  strict
"boodskappe soos" report  strict
dreig       report  strict
gedreig     report  strict

# Finite verbs that follow a subject: after jou/julle/jul and one word they
# make that word the subject ("julle diens IS pateties"), so jou/julle was
# its possessive.  Looked up only there; never a match.
is          verb  strict
was         verb  strict
het         verb  strict
sal         verb  strict
sou         verb  strict
kan         verb  strict
kon         verb  strict
moet        verb  strict
moes        verb  strict
wil         verb  strict
wou         verb  strict
mag         verb  strict
gaan        verb  strict
word        verb  strict
wees        verb  strict
bly         verb  strict
lyk         verb  strict
doen        verb  strict
maak        verb  strict
kry         verb  strict
weet        verb  strict
klink       verb  strict
staan       verb  strict
sit         verb  strict
kom         verb  strict
loop        verb  strict
hang        verb  strict
stink       verb  strict
suig        verb  strict
faal        verb  strict

# ---------------------------------------------------------------------
# Frustration: complaints and demands (signal only, never abuse)
# ---------------------------------------------------------------------
onaanvaarbaar   frustration 2
belaglik        frustration 2
belaglike       frustration 2
skandalig       frustration 2
skandalige      frustration 2
skande          frustration 2
klagte          frustration 1
klagtes         frustration 1
kla             frustration 1
"geld terug"    frustration 2
terugbetaling   frustration 1
kanselleer      frustration 1
kansellasie     frustration 1
ombudsman       frustration 2
ombud           frustration 2
verbruikersraad frustration 2
prokureur       frustration 2
hofsaak         frustration 2
regstappe       frustration 2
hof             frustration 1
teleurgesteld   frustration 1
teleurstellend  frustration 1
ontevrede       frustration 1
kwaad           frustration 1
woedend         frustration 2
gatvol          frustration 2
keelvol         frustration 2
dringend        frustration 1
"nou dadelik"   frustration 1
"swak diens"    frustration 2
swak            frustration 1
onbevoeg        frustration 2
onbevoegde      frustration 2
amateurs        frustration 2
gemors          frustration 1
deurmekaar      frustration 1
bedrog          frustration 2
bedrieery       frustration 2
skelms          frustration 2
diewe           frustration 2
"derde keer"    frustration 1
"hoeveel keer"  frustration 1

# ---------------------------------------------------------------------
# Profanity: swearing, vulgar words (situational)
# ---------------------------------------------------------------------
fok             profanity 1  strict
fokken          profanity 2  strict
fokkin          profanity 2  strict
fokking         profanity 2  strict
fokkit          profanity 2  strict
fokkol          profanity 2  strict
fokkof          profanity 3  strict
fokof           profanity 3  strict
"fok off"       profanity 3  strict
"fok af"        profanity 3  strict
"fok jou"       insult 3  strict vocative
"fok julle"     insult 3  strict vocative
"fok u"         insult 3  strict vocative
"fok hom"       insult 3  strict
"fok haar"      insult 3  strict
"fok hulle"     insult 3  strict
gefok           profanity 2  strict
gefokte         profanity 2  strict
opgefok         profanity 2  strict
opfok           profanity 2  strict
fokop           profanity 2  strict
fokkenaai       insult 4  strict
fokker          insult 3  strict
fokkers         insult 3  strict
fokkerige       profanity 2  strict
bliksemse       profanity 1  strict
bliksems        profanity 1  strict
blerrie         profanity 1
bleddie         profanity 1
bloody          profanity 1  strict
donnerse        profanity 1  strict
donners         profanity 1  strict
moerse          profanity 1  strict
moerskont       profanity 1  strict
# "die moer in" (furious) and "moer toe" (wrecked): a phrase rule below, so
# that tightening a nut ("draai die moer in/toe") is not swearing
kak             profanity 1
kakhuis         profanity 1
kakpraat        profanity 1
kakstories      profanity 1
kakkerige       profanity 1
kakdiens        profanity 1
"vol kak"       profanity 2
"kak praat"     profanity 1
stront          profanity 1
strontdiens     profanity 1
verdomp         profanity 1
verdomde        profanity 1
verdoemde       profanity 1
vervloekte      profanity 1
vervloek        profanity 1
jirre           profanity 1
jissis          profanity 1
jisses          profanity 1
gotsie          profanity 1
"gaan hel toe"  profanity 2
"gaan na die hel" profanity 2
"hel in"        profanity 1
shit            profanity 1  strict
fuck            profanity 1  strict
fucking         profanity 1  strict
poepol          insult 3
poephol         insult 3
poepholle       insult 3
*poephol        insult 3
gatkruiper      insult 2
gatkruipers     insult 2
slapgat         insult 2
kakgat          insult 3
gomgat          insult 2
gatgabbas       insult 2
gesuip          profanity 1

# ---------------------------------------------------------------------
# Insults that only ever name a person: count on their own
# ---------------------------------------------------------------------
poes            insult 3  strict
poese           insult 3  strict
poeskop         insult 4  strict
poesklap        insult 3  strict
poesgesig       insult 4  strict
doos            insult 3  target strict
dose            insult 3  target strict
"fokken doos"   insult 3  strict
dooskop         insult 3  strict
idioot          insult 2  fuzzy
idiote          insult 2  fuzzy  strict
idiotiese       insult 1  target
stupid          insult 2  target  strict
stupide         insult 2  target  strict
dom             insult 1  target
domme           insult 1  target
dommerik        insult 2
dommerd         insult 2
domkop          insult 2
domkoppe        insult 2
dompie          insult 1  target
onnosel         insult 1  target
onnosele        insult 1  target
simpel          insult 1  target
simpele         insult 1  target
dwaas           insult 1  target
dwase           insult 1  target
moegoe          insult 2
moegoes         insult 2
mampara         insult 2  fuzzy
mamparas        insult 2
bobbejaan       insult 3  target
bobbejane       insult 3  target fuzzy
bliksem         insult 2  target strict
bliksems        insult 2  target strict
donner          insult 2  target strict
skollie         insult 2  target
skollies        insult 2  target
skelm           insult 2  target
leuenaar        insult 2  target
leuenaars       insult 2  target
bedrieer        insult 2  target
bedrieers       insult 2  target
lafaard         insult 2
lafaards        insult 2
swakkeling      insult 2
niksnuts        insult 2
niksnut         insult 2
nikswerd        insult 2  target
luilak          insult 2
luilakke        insult 2
vark            insult 2  target
varke           insult 2  target
swyn            insult 2  target
swyne           insult 2  target
koei            insult 2  target
teef            insult 3
tewe            insult 3
slet            insult 3
slette          insult 3
hoere           insult 3
hoerkind        insult 4
hoerkinders     insult 4
hoermeid        insult 3
hoerkop         insult 3
trol            insult 1  target  strict
trolle          insult 1  target  strict
etter           insult 2  target
ettergat        insult 3
vuilgoed        insult 3  target
vullis          insult 3  target
uitskot         insult 3  target fuzzy
gespuis         insult 3  target
uitvaagsel      insult 3  target fuzzy
ongedierte      insult 3  target fuzzy
kakkerlakke     insult 3  target fuzzy
parasiete       insult 2  target fuzzy
pielkop         insult 3
pielkoppe       insult 3
tollie          profanity 2
piel            profanity 2
piele           profanity 2
drol            insult 2  target
drolle          insult 2  target
windgat         insult 2
windgatte       insult 2
mislukking      insult 2  target
mislukkeling    insult 2
patetiese       insult 1  target
pateties        insult 1  target
nuttelose       insult 2  target
nutteloos       insult 2  target
waardelose      insult 2  target
waardeloos      insult 2  target
lelike          insult 2  target
lelik           insult 2  target
vetsak          insult 3
vetgat          insult 3
dikgat          insult 2
vieslik         insult 2  target
vieslike        insult 2  target
walglik         insult 2  target fuzzy
walglike        insult 2  target fuzzy
afskuwelik      insult 2  target fuzzy
afskuwelike     insult 2  target fuzzy
smerig          insult 2  target
smerige         insult 2  target
vuil            insult 2  target
vuilgoedjie     insult 2  target
minderwaardig   insult 3  target fuzzy
minderwaardige  insult 3  target fuzzy
minagting       insult 2  target fuzzy
verag           insult 2  target
veragtelik      insult 3  target fuzzy
veragtelike     insult 3  target fuzzy
walg            insult 2  target
walg*           insult 2  target
haatlik         insult 1  target
haatlike        insult 1  target
"stuk kak"      insult 3
"stuk stront"   insult 3
"stuk vullis"   insult 3
"stuk gemors"   insult 3
"stuk vuilgoed" insult 3
"bleddie idioot" insult 3
"jou moer"      insult 3  strict vocative
"jou gat"       insult 2  vocative
"in jou gat"    profanity 3
"jou bek"       insult 2  vocative
"hou jou bek"   insult 2  vocative
"bly stil"      insult 1  target
"hou jou smoel" insult 2  vocative
gestremde       group
retard          hate 3  strict
retards         hate 3  strict
mongool         hate 3
mongole         hate 3  target
spastikus       hate 3
spaz            hate 3  strict

# ---------------------------------------------------------------------
# Hate: slurs (origin, religion, gender, sexuality, disability)
# ---------------------------------------------------------------------
kaffer          hate 4  fuzzy
kaffers         hate 4  fuzzy
kaffir          hate 4
kaffirs         hate 4
houtkop         hate 4
houtkoppe       hate 4
hotnot          hate 4
hotnots         hate 4
hotnotte        hate 4
koelie          hate 4
koelies         hate 4
charra          hate 3
charras         hate 3
boesmans        hate 2  target
soutpiel        hate 3
soutpiele       hate 3
rooinek         hate 2
rooinekke       hate 2
kwerekwere      hate 4
makwerekwere    hate 4
amakwerekwere   hate 4
moffie          hate 3
moffies         hate 3
*moffie         hate 3
moffietjie      hate 3
holnaaier       hate 4
holnaaiers      hate 4
trassie         hate 3
trassies        hate 3
lesbo           hate 3  strict
lesbos          hate 3  strict
feminazi        hate 2  strict
neger           hate 4
negers          hate 4
nigger          hate 4  strict
flikker         hate 4
flikkers        hate 4

# ---------------------------------------------------------------------
# Protected groups: neutral nouns
# ---------------------------------------------------------------------
vrou            group
vroue           group  fuzzy
vrouens         group  fuzzy
meisies         group
dames           group
immigrant       group  fuzzy
immigrante      group  fuzzy
migrante        group  fuzzy
vlugteling      group  fuzzy
vlugtelinge     group  fuzzy
buitelander     group  fuzzy
buitelanders    group  fuzzy
moslem          group  fuzzy
moslems         group  fuzzy
moslim          group  fuzzy
moslims         group  fuzzy
jood            group
jode            group
joodse          group  fuzzy
christene       group  fuzzy
hindoes         group  fuzzy
gay             group
gays            group
"gay mense"     group
homoseksuele    group  fuzzy
homoseksueles   group  fuzzy
homoseksueel    group  fuzzy
homos           group
lesbiers        group  fuzzy
lesbiere        group  fuzzy
transgender     group  fuzzy
transgenders    group  fuzzy
transmense      group  fuzzy
"trans mense"   group
"trans persone" group
gestremdes      group  fuzzy
"gestremde mense" group
"mense met gestremdhede" group
swartes         group
swartmense      group  fuzzy
"swart mense"   group
"swart persone" group
"swart persoon" group
"swart man"     group
"swart vrou"    group
"bruin mense"   group
kleurlinge      group  fuzzy
indiers         group
asiers          group
afrikane        group  fuzzy
zimbabwiers     group  fuzzy
zimbabwers      group
nigeriers       group  fuzzy
somaliers       group  fuzzy

# ---------------------------------------------------------------------
# Threats of violence: verbs that need a person or group nearby
# ---------------------------------------------------------------------
doodmaak        threat 4  target fuzzy
doodgemaak      threat 4  target fuzzy
vermoor         threat 4  target fuzzy
uitroei         threat 4  target fuzzy
uitgeroei       threat 4  target fuzzy
doodskiet       threat 4  target fuzzy
doodgeskiet     threat 4  target fuzzy
doodsteek       threat 4  target fuzzy
doodslaan       threat 4  target fuzzy
doodslaat       threat 4  target
opdonner        threat 3  target strict
opgedonner      threat 3  target strict
opfoeter        threat 3  target strict
opneuk          threat 3  target strict
verkrag         sexual 4  target fuzzy
verkragting     sexual 4  target
"keel afsny"    threat 4  target
"keel deursny"  threat 4  target
"nek breek"     threat 4  target
"pak slae"      threat 3  target
martel          threat 4  target fuzzy

# ---------------------------------------------------------------------
# Sexual remarks aimed at a person
# ---------------------------------------------------------------------
tiete           sexual 4  target
tietjies        sexual 4  target
tette           sexual 4  target
tet             sexual 3  target
borste          sexual 2  target
boude           sexual 2  target
boudjies        sexual 3  target
jags            sexual 3  target
jagse           sexual 3  target
sexy            sexual 2  target  strict
naak            sexual 3  target
naakfoto        sexual 4  target
naakfotos       sexual 4  target
"naak foto's"   sexual 4  target
"kaal foto"     sexual 4  target
"kaal foto's"   sexual 4  target
nudes           sexual 4  target  strict
"lekker ding"   sexual 3
"lekker stuk"   sexual 3
"lekker meisie" sexual 2  target
"lekker lyf"    sexual 3  target
seksie          sexual 2  target

# ---------------------------------------------------------------------
# Never a match: ordinary words that contain the stems above
# ---------------------------------------------------------------------
kaak            allow
kake            allow
fokus           allow
fokusse         allow
doosie          allow
kartondoos      allow
posdoos         allow
poesie          allow
noodhulpdoos    allow
gereedskapdoos  allow
"die doos"      allow
"'n doos met"   allow
"n doos met"    allow
"die doos is"   allow
"hierdie doos"  allow
"daardie doos"  allow
"my doos"       allow
"in die doos"   allow
"uit die doos"  allow
# "X se Y" is a possessive: "die pakkie se doos", "my hond se kos" name a
# thing or an animal that belongs to somebody, not the reader
"se doos"       allow
"doos se"       allow
"se dose"       allow
"dose se"       allow
"ons doos"      allow
"sy doos"       allow
"haar doos"     allow
"hulle doos"    allow
"hond se"       allow
"honde se"      allow
"se hond"       allow
"se honde"      allow
"my hond"       allow
"my honde"      allow
"ons hond"      allow
"ons honde"     allow
"sy hond"       allow
"haar hond"     allow
"hulle hond"    allow
"hulle honde"   allow
"die hond"      allow
"die honde"     allow
"dier se"       allow
"my dier"       allow
"ons dier"      allow
"die dier"      allow
# Dutch entries that are ordinary Afrikaans words: sukkel (to struggle),
# kanker (cancer; to grumble), vies (annoyed), plaag (to tease), smous (a
# hawker), stakker and stumper (a poor thing), kreupel (lame), kneus (a
# bruise), pik (a pickaxe), pleuris (pleurisy)
sukkel*         allow
kanker*         allow
vies            allow
plaag           allow
smous*          allow
stakker*        allow
stumper*        allow
kreupel*        allow
kneus*          allow
pik             allow
pleuris         allow
# English entries that are ordinary Afrikaans words: injunksie (an
# injunction), fagot (a bassoon), troon (a throne), douche (a shower)
injunksie*      allow
fagot*          allow
troon*          allow
douche          allow
moffies         group
kaffers         group
hotnots         group
koelies         group
makwerekwere    group
kwerekwere      group

# ---------------------------------------------------------------------
# More names for a person and more swearing
# ---------------------------------------------------------------------
sot             insult 1  target
sotte           insult 1  target
dommie          insult 1  target
stinkerd        insult 2
kakstuk         insult 3
papbroek        insult 2
bangbroek       insult 2
sissie          insult 2  target
naaier          insult 3  strict
naaiers         insult 3  strict
draadtrekker    insult 3  strict
draadtrek       sexual 2  target strict
hond            insult 2  target strict  # Dutch hond, dier: an animal
dier            insult 2  target strict
vrot            insult 1  target
vrotsige        insult 1  target
vrotterige      insult 1  target
skurk           insult 2  target
skurke          insult 2  target
skobbejak       insult 2
skobbejakke     insult 2
blikskottel     insult 2
blikskottels    insult 2
"wat die fok"   profanity 2  strict
"wat de fok"    profanity 2  strict
"wat die hel"   profanity 1
"wat de hel"    profanity 1
"fokken hel"    profanity 2  strict
jissus          profanity 1
jirrie          profanity 1
"skaam jou"     insult 1  target
"sies tog"      frustration 1
sies            frustration 1
pedo            insult 4  target

# ---------------------------------------------------------------------
# Phrase rules
# ---------------------------------------------------------------------
# Notes for editors (behaviour of the current core):
#  - a rule match must begin at the start of a word, at or before a trigger
#    word; choose triggers that occur at or before the start of the match.
#  - where a rule match overlaps an entry match, the higher severity wins, so
#    rules that carry the address (you) are given the severity of the nouns
#    they contain.
#  - PATTERN runs to the end of the line: no comments after a rule.
# 'jy is (...) 'n idioot': the copula carries the address further than three words
rule insult 3 you strict when bobbejaan,bobbejane,doos,dooskop,dose,ettergat,fokkenaai,fokker,fokkers,hoere,hoerkind,hoermeid,hotnot,kaffer,kakgat,koelie,moffie,mongool,pielkop,poephol,poepol,poes,poese,poeskop,retard,slet,teef,vetgat,vetsak,vuilgoed,vullis : \b(?:jy|julle|u|jul) (?:is|was|bly|lyk|klink)(?: (?!(?:nie|geen|nooit)\b)[a-z'-]+){0,5}? (?:doos|dose|poes|poese|poeskop|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|teef|slet|hoere|hoerkind|hoermeid|ettergat|vuilgoed|vullis|pielkop|vetsak|vetgat|bobbejaan|bobbejane|dooskop|moffie|kaffer|hotnot|koelie|mongool|retard)\b|\b(?:jy's|jys)(?: (?!(?:nie|geen|nooit)\b)[a-z'-]+){0,5}? (?:doos|dose|poes|poese|poeskop|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|teef|slet|hoere|hoerkind|hoermeid|ettergat|vuilgoed|vullis|pielkop|vetsak|vetgat|bobbejaan|bobbejane|dooskop|moffie|kaffer|hotnot|koelie|mongool|retard)\b
rule insult 2 you strict when aap,afskuwelik,ape,bedrieer,bliksem,blind,bobbejaan,bobbejane,dikgat,dom,domkop,dommer,dommerik,donner,doof,doos,dooskop,dose,drol,dwaas,etter,ettergat,fokkenaai,fokker,fokkers,gatkruiper,gek,gomgat,hoere,hoerkind,hoermeid,hotnot,idioot,idiote,kaffer,kakgat,koei,koelie,lafaard,lelik,leuenaar,lui,luilak,mal,mampara,mislukkeling,moegoe,moegoes,moffie,mongool,niksnut,niksnuts,nul,nutteloos,onnosel,pateties,piel,pielkop,poephol,poepol,poes,poese,poeskop,retard,simpel,skelm,skollie,slapgat,slet,stupid,stupider,swakkeling,swyn,teef,tollie,trol,vark,varke,vetgat,vetsak,vieslik,vuilgoed,vullis,waardeloos,walglik,windgat : \b(?:jy|julle|u|jul) (?:is|was|bly|lyk|klink)(?: (?!(?:nie|geen|nooit)\b)[a-z'-]+){0,5}? (?:nul|idiote|doos|dose|poes|poese|poeskop|moegoe|moegoes|mampara|bobbejaan|bobbejane|bliksem|donner|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|slapgat|gatkruiper|gomgat|skollie|skelm|leuenaar|bedrieer|lafaard|swakkeling|niksnut|niksnuts|luilak|vark|varke|swyn|koei|teef|slet|hoere|hoerkind|hoermeid|etter|ettergat|vuilgoed|vullis|pielkop|drol|windgat|mislukkeling|vetsak|vetgat|dikgat|dommerik|domkop|aap|ape|trol|moffie|kaffer|hotnot|koelie|mongool|retard|dooskop|tollie|piel|dom|stupid|onnosel|simpel|dwaas|nutteloos|waardeloos|lelik|pateties|vieslik|walglik|afskuwelik|mal|gek|doof|blind|lui|dommer|stupider|idioot)\b|\b(?:jy's|jys)(?: (?!(?:nie|geen|nooit)\b)[a-z'-]+){0,5}? (?:nul|idiote|doos|dose|poes|poese|poeskop|moegoe|moegoes|mampara|bobbejaan|bobbejane|bliksem|donner|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|slapgat|gatkruiper|gomgat|skollie|skelm|leuenaar|bedrieer|lafaard|swakkeling|niksnut|niksnuts|luilak|vark|varke|swyn|koei|teef|slet|hoere|hoerkind|hoermeid|etter|ettergat|vuilgoed|vullis|pielkop|drol|windgat|mislukkeling|vetsak|vetgat|dikgat|dommerik|domkop|aap|ape|trol|moffie|kaffer|hotnot|koelie|mongool|retard|dooskop|tollie|piel|dom|stupid|onnosel|simpel|dwaas|nutteloos|waardeloos|lelik|pateties|vieslik|walglik|afskuwelik|mal|gek|doof|blind|lui|dommer|stupider|idioot)\b
rule insult 3 you strict when bobbejaan,bobbejane,doos,dooskop,dose,ettergat,fokkenaai,fokker,fokkers,hoere,hoerkind,hoermeid,hotnot,kaffer,kakgat,koelie,moffie,mongool,pielkop,poephol,poepol,poes,poese,poeskop,retard,slet,teef,vetgat,vetsak,vuilgoed,vullis : \b(?:is|was) (?:jy|julle|u)(?: (?!(?:nie|geen|nooit)\b)[a-z'-]+){0,4}? (?:doos|dose|poes|poese|poeskop|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|teef|slet|hoere|hoerkind|hoermeid|ettergat|vuilgoed|vullis|pielkop|vetsak|vetgat|bobbejaan|bobbejane|dooskop|moffie|kaffer|hotnot|koelie|mongool|retard)\b
rule insult 2 you strict when aap,afskuwelik,ape,bedrieer,bliksem,blind,bobbejaan,bobbejane,dikgat,dom,domkop,dommer,dommerik,donner,doof,doos,dooskop,dose,drol,dwaas,etter,ettergat,fokkenaai,fokker,fokkers,gatkruiper,gek,gomgat,hoere,hoerkind,hoermeid,hotnot,idioot,idiote,kaffer,kakgat,koei,koelie,lafaard,lelik,leuenaar,lui,luilak,mal,mampara,mislukkeling,moegoe,moegoes,moffie,mongool,niksnut,niksnuts,nul,nutteloos,onnosel,pateties,piel,pielkop,poephol,poepol,poes,poese,poeskop,retard,simpel,skelm,skollie,slapgat,slet,stupid,stupider,swakkeling,swyn,teef,tollie,trol,vark,varke,vetgat,vetsak,vieslik,vuilgoed,vullis,waardeloos,walglik,windgat : \b(?:is|was) (?:jy|julle|u)(?: (?!(?:nie|geen|nooit)\b)[a-z'-]+){0,4}? (?:nul|idiote|doos|dose|poes|poese|poeskop|moegoe|moegoes|mampara|bobbejaan|bobbejane|bliksem|donner|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|slapgat|gatkruiper|gomgat|skollie|skelm|leuenaar|bedrieer|lafaard|swakkeling|niksnut|niksnuts|luilak|vark|varke|swyn|koei|teef|slet|hoere|hoerkind|hoermeid|etter|ettergat|vuilgoed|vullis|pielkop|drol|windgat|mislukkeling|vetsak|vetgat|dikgat|dommerik|domkop|aap|ape|trol|moffie|kaffer|hotnot|koelie|mongool|retard|dooskop|tollie|piel|dom|stupid|onnosel|simpel|dwaas|nutteloos|waardeloos|lelik|pateties|vieslik|walglik|afskuwelik|mal|gek|doof|blind|lui|dommer|stupider|idioot)\b
# an insult standing alone in its clause addresses the reader (', simpel doos.')
rule insult 2 you strict when aap,ape,bedrieer,bliksem,bobbejaan,bobbejane,dikgat,domkop,dommerik,donner,doos,dooskop,dose,drol,etter,ettergat,fokkenaai,fokker,fokkers,gatkruiper,gomgat,hoere,hoerkind,hoermeid,hotnot,idiote,kaffer,kakgat,koei,koelie,lafaard,leuenaar,luilak,mampara,mislukkeling,moegoe,moegoes,moffie,mongool,niksnut,niksnuts,nul,piel,pielkop,poephol,poepol,poes,poese,poeskop,retard,skelm,skollie,slapgat,slet,swakkeling,swyn,teef,tollie,trol,vark,varke,vetgat,vetsak,vuilgoed,vullis,windgat : (?:^|[.!?,;:] ?)(?:(?:jou|julle|fokken|fokkin|fokking|blerrie|bleddie|bliksemse|donnerse|moerse|simpel|simpele|dom|domme|stupid|onnosele|nuttelose|waardelose|lelike|vieslike|walglike|vuil|vuil|ou|klein|dik|vet|lui|luie|gefokte|verdomde|vervloekte|dwase|pateties|patetiese|bloody|kak|stuk|groot|'n|n) )*(?:nul|idiote|doos|dose|poes|poese|poeskop|moegoe|moegoes|mampara|bobbejaan|bobbejane|bliksem|donner|fokker|fokkers|fokkenaai|poephol|poepol|kakgat|slapgat|gatkruiper|gomgat|skollie|skelm|leuenaar|bedrieer|lafaard|swakkeling|niksnut|niksnuts|luilak|vark|varke|swyn|koei|teef|slet|hoere|hoerkind|hoermeid|etter|ettergat|vuilgoed|vullis|pielkop|drol|windgat|mislukkeling|vetsak|vetgat|dikgat|dommerik|domkop|aap|ape|trol|moffie|kaffer|hotnot|koelie|mongool|retard|dooskop|tollie|piel)(?= ?[.!?,;:)]|$)
# death wishes and curses
rule threat 4 you strict when hoop,wens,vrek,sterf : \bek (?:hoop|wens)(?: [\w']+){0,2} (?:dat )?(?:jy|julle|u)(?: [\w']+){0,4} (?:vrek|sterf|doodgaan|dood gaan|kanker kry|'n ongeluk kry|n ongeluk kry|verbrand|verdrink|onder 'n (?:bus|trein|kar|taxi))\b
rule threat 4 you strict when vrek,sterf,hang,maak,spring : \b(?:gaan|loop) (?:[\w']+ )?(?:vrek|sterf)\b|(?:^|[.!?,] ?)vrek(?= ?[.!?,]|$)|\b(?:gaan )?hang (?:jou|jouself|julle) ?(?:self )?op\b|\bmaak jouself dood\b|\bspring (?:voor 'n trein|van 'n brug|voor n trein|van n brug)\b
rule threat 4 target strict when verdien,verdienen : \bverdien (?:[\w']+ )?(?:om )?(?:te )?(?:sterf|vrek|dood te gaan|doodgemaak te word|geskiet te word|gehang te word|te ly|die dood|die doodstraf)\b
# direct threats against the reader, family or property (no swear word needed)
rule threat 4 you strict when weet,ken : \bek (?:weet|ken) (?:[\w']+ )?(?:presies |mos |goed |al )?waar (?:jy|julle|u) (?:bly|woon|werk|slaap|is|uithang|se kinders|jou kinders)\b|\bek weet waar (?:jou|julle|u) (?:huis|kinders|ma|pa|familie|vrou|man|kantoor|kar|dogter|seun) (?:is|bly|woon|werk|staan)\b|\bek (?:het|ken|weet) (?:jou|julle|u) (?:adres|huisadres)\b
rule threat 4 you strict with afkap,afsny,bars,bene,bliksem,bloed,bykom,deursny,donner,doodmaak,doodskiet,doodsteek,foeter,haal,inskop,inslaan,klap,kom,kry,lyf,martel,moer,nek,opdonner,opfoeter,ophang,opneuk,pak,plat,platslaan,seer,seermaak,skiet,slaan,steek,uitroei,uitslaan,vang,verbrand,verkrag,vermoor,wurg when bars,bene,bliksem,bloed,bykom,donner,doodmaak,doodskiet,doodsteek,foeter,keel,klap,kom,kop,kry,martel,moer,nek,opdonner,opfoeter,ophang,opneuk,pak,plat,platslaan,seer,seermaak,skiet,slaan,steek,tande,te,uitroei,vang,verbrand,verkrag,vermoor,wurg : \b(?:ek|ons) (?:[\w']+ )?(?:sal|gaan|kom|wil) (?:(?!nie\b)\w+ ){0,2}(?:jou|julle|u|vir jou|vir julle) (?:[\w']+ ){0,3}(?:kop afkap|kop afsny|kop inslaan|kop inskop|tande uitslaan|bene breek|bliksem|donner|moer|foeter|opdonner|opfoeter|opneuk|klap|slaan|bykom|kry|vang|doodmaak|vermoor|skiet|doodskiet|steek|doodsteek|wurg|verkrag|seermaak|seer maak|martel|uitroei|verbrand|ophang|keel afsny|keel deursny|nek breek|pak slae gee|bloed laat|kom haal|kom kry|te lyf gaan|platslaan|plat slaan|bars)\b
rule threat 4 target strict with ek,kom,laat,ons when sal,gaan,wil,moet,kom : \b(?:ek|ons|kom ons|laat ons) (?:[\w']+ )?(?:sal|gaan|wil|moet|kom)? ?(?:(?!nie\b|nooit\b)\w+ ){0,6}(?:doodmaak|vermoor|uitroei|doodskiet|doodsteek|afmaak|ophang|verbrand|martel|wurg|uitwis|skiet|verdrink|verkrag|afslag|slag|keel afsny|keel deursny|nek breek|seermaak|bliksem|donner|opdonner|opfoeter)\b
rule threat 4 you strict when maak,skiet,steek,slaan,bliksem,donner,moer,klap : \bek (?:maak|skiet|steek|slaan|bliksem|donner|moer|klap|wurg|vermoor|verkrag) (?:jou|julle|u)\b(?: [\w']+)?(?: dood| stukkend| plat| pap| flou| mors| seer)?
rule threat 4 you strict when dood,getel,klaar,sterf : \b(?:jy|julle|u) (?:is|gaan) (?:[\w']+ )?(?:dood|klaar met jou|sterf|vrek)(?= ?[.!?,]|$)|\b(?:jou|julle) dae is getel\b|\b(?:jy|julle) is (?:nie|nerens) (?:meer )?veilig nie\b|\bjy's dood\b
rule threat 3 you strict when rug,skouer,kry,sien,wag : \bpas (?:jou|julle|u) rug op\b|\bkyk oor (?:jou|julle|u) skouer\b|\bek kry (?:jou|julle|u) (?:nog|later|wel)\b|\bwag (?:maar )?tot ek (?:jou|julle|u) (?:kry|sien|vang)\b|\bas ek (?:jou|julle|u) (?:ooit )?(?:kry|vang|raakloop|in die hande kry)\b
rule threat 4 you strict when aandoen,afbrand,bykom,doodmaak,ontvoer,opblaas,seer,seermaak,steek,stukkend,verkrag,vermoor : \b(?:jou|julle|u) (?:kinders|kind|dogter|seun|familie|vrou|man|ma|pa|ouers|huis|kar|kantoor|winkel|besigheid|plek)(?: [\w']+){0,6} (?:seermaak|seer maak|doodmaak|vermoor|afbrand|aan die brand steek|opblaas|ontvoer|verkrag|iets aandoen|stukkend maak|bykom)\b
rule threat 4 target strict when brand,afbrand,opblaas,bom : \baan die brand (?:steek|sit)\b|\b(?:afbrand|brand (?:[\w']+ ){1,3}af|opblaas|blaas (?:[\w']+ ){1,3}op)\b|\b(?:'n |n )?bom (?:plant|sit|gooi|stuur)\b
rule threat 4 you strict when stuur : \bek stuur (?:my |'n paar |n paar )?(?:ouens|manne|vriende|broers|boys) (?:[\w']+ )?(?:na jou|na julle|om jou|om julle|agter jou)\b
rule threat 4 target strict when afgeslag,doodgemaak,doodgeskiet,doodgeslaan,gedeporteer,gehang,gemartel,geskiet,opgehang,opgesluit,uitgeroei,uitgewis,verbrand,vermoor : \b(?:moet|moes|behoort|sal) (?:[\w']+ ){0,4}(?:doodgemaak|uitgeroei|geskiet|doodgeskiet|gehang|opgehang|verbrand|vermoor|gemartel|gedeporteer|uitgewis|doodgeslaan|afgeslag|opgesluit) (?:word|te word|gewees het)\b
rule threat 4 target strict when dood,weg : \bdood aan (?:alle|die|al die)? ?\w+|\bweg met (?:alle|die|al die)? ?\w+
# hatred of groups without slurs (count only with a group or person word)
rule insult 3 target strict when afval,ape,barbare,bobbejane,diere,gemors,gespuis,gif,honde,kak,kakkerlakke,kanker,ongedierte,parasiete,pes,plaag,rommel,rotte,siekte,stront,uitskot,uitvaagsel,varke,vee,virus,vuilgoed,vullis,wilde : (?:\b(?:is|was|soos|net|almal|maar|niks anders as|niks meer as|bloot|n klomp|n spul|n trop)|'n (?:klomp|spul|trop))(?: (?!(?:nie|geen|nooit)\b)\w+){0,2}? (?:diere|bobbejane|ape|varke|honde|rotte|kakkerlakke|ongedierte|parasiete|vullis|vuilgoed|uitskot|gespuis|uitvaagsel|plaag|pes|siekte|virus|kanker|gif|afval|gemors|rommel|stront|kak|vee|barbare|wilde)\b
rule insult 3 target strict with absoluut,almal,heeltemal,lewe,lewen,lewens,niks when waard,werd,tel,saak : \b(?:lewens?|lewe) van (?:[\w']+ ){0,3}(?:is|tel) (?:[\w']+ ){0,2}(?:niks|nie|geen) (?:[\w']+ )?(?:werd|nie|saak)\b|\b(?:is|was) (?:almal |absoluut |heeltemal )?niks werd\b
rule insult 2 target strict when hoort,behoort,tuis : \b(?:hoort|behoort) (?:[\w']+ ){0,2}nie (?:[\w']+ ){0,5}(?:hier|tuis|in hierdie land|in ons land)\b
rule hate 3 target strict with bos,eie,huis,hul,land,lande,plek,vandaan,woestyn when gaan,huis,na : \b(?:gaan|moet|fok|voertsek|trap|loop) (?:[\w']+ ){0,3}(?:terug )?(?:na|huis toe na) (?:jou|julle|hul|hulle) (?:eie )?(?:land|lande|plek|woestyn|bos)\b|\bgaan terug (?:na )?waar (?:jy|julle|hulle) vandaan kom\b
rule insult 2 target strict when nooit : \b(?:is|sal|kan) (?:[\w']+ )?nooit (?:so )?(?:slim|intelligent|goed|betroubaar|eerlik|beskaafd|gelyk|normaal|mooi|waardevol) (?:[\w']+ ){0,2}(?:wees|as|soos)?\b
rule insult 3 target strict when minder,mindere,menslik,menslike,mense : \bminder(?:e)? (?:werd|menslik|wesens|mense|soort|ras)\b|\b(?:nie|geen) (?:eens )?(?:mense|menslik|menslike wesens)(?: nie)?\b|\bmenslike (?:afval|vullis|vuilgoed|uitskot|gemors)\b
rule insult 3 target strict when vermorsing : \bvermorsing van (?:suurstof|lug|ruimte|lewe|plek)\b
rule insult 2 target strict with kotsig,maak,mislik,net,opgooi,regtig,siek when maak,siek,naar,mislik : \bmaak (?:my|ons) (?:so |net |regtig )?(?:siek|naar|mislik|kotsig|opgooi)\b
rule insult 2 target strict when haat,haaat,hate : \bhaat (?!(?:julle|jou|u|hierdie|die|dit|my) (?:[\w']+ )?(?:app|diens|maatskappy|webwerf|stelsel|winkel|produk|produkte|aflewering|reels|beleid|rekening|faktuur|wagtyd|musiek|bot|netwerk|verbinding|internet|foon|pakkie)\b)(?!dit\b|wanneer\b|as\b|om\b)
rule insult 2 target strict when duld,uitstaan,veel,verdra : \b(?:kan|kon) (?:[\w']+ ){0,3}nie (?:verdra|uitstaan|duld|veel)\b
# hate compounds and slur phrases
rule hate 4 strict when bleddie,blerrie,buitelander,buitelanders,dom,fokkin,gays,homos,hotnot,hotnots,immigrante,jode,jood,kaffer,kaffers,koelie,koelies,kwerekwere,lesbiers,makwerekwere,moffie,moffies,moslem,moslems,moslim,moslims,nigeriers,swartes,verdomde,vervloekte,vlugtelinge,vuil,vuile,zimbabwers : \b(?:vuil|vuile|fokken|fokkin|bleddie|blerrie|simpel|dom|stupid|verdomde|vervloekte) (?:jode|jood|moslems?|moslims?|buitelanders?|immigrante|vlugtelinge|homos|gays|moffies?|lesbiers|swartes|kaffers?|koelies?|hotnots?|zimbabwers|nigeriers|makwerekwere|kwerekwere)\b
# sexual harassment aimed at the reader
rule sexual 4 you strict when foto,fotos,foto's,prentjie,selfie,video,kiekie,pic,pics : \b(?:foto|fotos|foto's|prentjie|prentjies|selfie|video|kiekie|kiekies|pic|pics) van (?:jou|jouself|u) (?:[\w']+ )?(?:tiete|tette|borste|boude|gat|lyf|liggaam|bene|onderklere|bikini|lingerie|broekie|bra|poes|naak|kaal)\b|\b(?:kaal|naak|sexy|warm|stout|jags) (?:foto|fotos|foto's|prentjie|prentjies|selfie|kiekie|kiekies|pics)\b
rule sexual 4 you strict when naai,fok,lek,soen,vat,betas,uittrek,bed,slaap,pyp,suig : \b(?:ek|ons) (?:[\w']+ )?(?:wil|sal|gaan|kan) (?:[\w']+ )?(?:jou|julle|u) (?:[\w']+ ){0,2}(?:naai|fok|lek|soen|vat|betas|uittrek|bed toe vat|pyp|kaal uittrek|voel)\b|\b(?:kom )?slaap by my\b|\bsaam met my bed toe\b|\bsuig (?:my|aan my) (?:piel|tollie|voel|draad|ballas)\b|\bpyp (?:vir )?my\b
rule sexual 3 you strict when sexy,jags,warm,lekker,seksie,hot,mooi : \b(?:jy|jou|u|julle) (?:lyk|klink|is|stem|lyf|liggaam|gat|bene|boude|mond|lippe)(?: [\w']+){0,2} (?:sexy|jags|warm|lekker|seksie|hot|stout)\b
rule sexual 3 you strict when aan,single,kêrel,kerel,afspraak,date,nommer : \bwat (?:het|dra) (?:jy|u) (?:nou |vandag )?aan\b|\bis (?:jy|u) (?:nog )?single\b|\bhet (?:jy|u) (?:'n |n )?(?:kerel|boyfriend|man)\b|\b(?:afspraak|date|uitgaan) met my\b|\b(?:kan|mag) ek (?:jou|u) (?:nommer|selnommer|adres) kry\b
rule sexual 3 you strict when skattie,skat,liefie,poppie,bokkie,babe,baby,mooi,meisie,doll : \b(?:skattie|liefie|poppie|bokkie|babe|doll)\b.*\b(?:foto|fotos|bed|naai|sexy|jags|soen|afspraak|date|single|aan|tiete|tette|gat|boude|lyf|kaal|naak|nommer)\b|\b(?:foto|fotos|bed|naai|sexy|jags|soen|afspraak|date|single|tiete|tette|gat|boude|lyf|kaal|naak|nommer)\b.*\b(?:skattie|liefie|poppie|bokkie|babe|doll)\b
rule sexual 4 target strict when mooi,lekker,groot,stywe,ronde,jags : \b(?:mooi|lekker|groot|stywe|ronde|jags|sexy) (?:tiete|tette|borste|boude|gat|bene|lippe)\b
# rudeness phrases
rule profanity 2 strict when moer : \b(?:is|was|raak|geraak|word|het|maak|gemaak|my|hom|haar|ons|hulle|julle|gaan|gegaan|alles|dit)(?: (?:so|baie|nou|heeltemal|totaal|lekker|sommer|al|weer|vreeslik))? (?:die )?moer (?:in|toe)\b(?! (?:die|'n|n|my|jou|sy|haar|ons|hul|hulle|hierdie|daardie|totdat|tot)\b)
rule insult 3 you strict when moer,ouma,se,suster : \b(?:jou|julle) (?:ma|moer|ouma|suster) se (?:poes|gat|kont|moer|kak|\w+)(?= ?[.!?,;:]|$| \w)|\bjou ma se (?:poes|gat|kont)\b
rule insult 2 you strict when bek,smoel,mond,stil,voertsek : \bhou (?:jou|julle|u) (?:[\w']+ )?(?:bek|smoel|mond|waffel|snater)\b|\bbek toe\b|\bvoertsek\b
rule profanity 3 you strict when steek,druk,gat : \b(?:steek|druk|stop) (?:dit|hom|jou \w+) (?:[\w']+ )?in (?:jou|julle|u) (?:gat|hol|poephol)\b
rule sexual 3 you strict when skoot : \bop my skoot\b
rule sexual 4 you strict when slaap,seks,sex,vry : \bmet (?:jou|julle|u) (?:[\w']+ )?(?:slaap|seks h[eê]|sex h[eê]|vry|kafoefel)\b
rule insult 2 you strict when stink : \b(?:jy|julle|u) stink\b
rule insult 2 target strict when las : (?:\bis|'n|\bn) (?:groot )?las (?:vir|op) (?:die|ons|almal)\b
rule hate 3 target strict with eie,huis,hul,land,lande,plek,teruggaan when gaan,huis,na,teruggaan : \b(?:moet|moes|kan|gaan|fok) (?:[\w']+ ){0,2}(?:teruggaan|terug gaan|terug) (?:huis toe|na (?:hul|hulle|jou|julle) (?:eie )?(?:land|lande|plek))\b
rule insult 2 target strict when siek,mal,gek,kop : \b(?:siek|mal|gek|gestoord|befok|bedonnerd) in (?:die|hul|hulle|jou|sy|haar) (?:kop|koppe)\b
rule threat 4 strict when afslag,doodmaak,doodskiet,doodslaan,doodsteek,keel,martel,nek,onthoof,verkrag,vermoor,wurg : \b(?:ek|ons) (?:(?!nie\b)[\w']+ )?(?:sal|gaan|wil|kom) (?:(?!(?:nie|nooit|myself|my)\b)[\w']+ ){0,5}(?:vermoor|doodskiet|doodsteek|doodslaan|doodmaak|verkrag|wurg|martel|onthoof|afslag|keel afsny|keel deursny|nek breek)\b
rule threat 4 strict when keel,nek : \b(?:keel|kele|strot) (?:[\w']+ ){0,6}(?:afsny|deursny|afgesny|deurgesny)\b|\b(?:nek|nekke) (?:[\w']+ ){0,6}(?:breek|gebreek|omdraai)\b
rule insult 3 target strict when verdien : \bverdien (?:[\w']+ ){0,3}nie (?:om )?(?:te )?(?:lewe|bestaan|asem)\b
rule insult 3 target strict when reg : \bgeen reg (?:om te lewe|om te bestaan|om hier te wees|op lewe)\b
rule threat 3 target strict when dieretuin,hok,kooi,kampe : \b(?:hoort|behoort|moet) (?:[\w']+ ){0,2}in (?:'n |n |die )?(?:dieretuin|hok|kooi|kampe|kamp)\b
rule insult 2 target strict when gevaar,bedreiging : (?:\bis|'n|\bn) (?:gevaar|bedreiging) (?:vir|vir ons|vir die)\b
rule insult 3 target strict when sonder : \b(?:wereld|land|samelewing|almal) (?:[\w']+ ){0,3}beter af (?:[\w']+ ){0,3}sonder\b
rule insult 2 target strict when veel : \b(?:te veel|veels te veel)(?= (?:[\w']+ ){1,3}in (?:hierdie|ons|die) (?:land|buurt|stad|dorp)\b)
rule insult 2 target strict when erger : \bniks (?:is )?erger as (?!(?:julle|jou|u|hierdie|die|dit|wag|bel)\b)(?:'n |n )?[\w']+
rule insult 2 target strict when hond,kat,aap,bobbejaan,donkie : \b(?:hond|kat|aap|bobbejaan|donkie|vark|rot|kakkerlak) is (?:[\w']+ )?(?:slimmer|meer werd|beskaafder|nuttiger)\b
rule threat 4 target strict when almal,doodgemaak,gehang,geskiet,moes,uitgeroei,verbrand,vergas : \b(?:moet|moes) (?:almal )?(?:doodgemaak|uitgeroei|geskiet|gehang|verbrand|vergas) word\b
