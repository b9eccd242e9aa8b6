# kalm lexicon: Dutch (nl, also Flemish forms)
#
# Written from knowledge of the language, not copied from any list.
# Conventions:
#  - insult nouns that only ever name a person (idioot, klootzak) count on
#    their own; adjectives and dehumanising words that are also said of
#    things (stom, waardeloos, afval, virus) carry `target`: near je/jij/u
#    they are an insult, near a group word hate, alone only frustration.
#  - disease curses (kanker, tyfus, tering, klere/kolere, pest, pleuris)
#    are profanity as compound parts; the compounds that name a person
#    (kankerlijer, tyfushoer) are strong insults.
#  - Afrikaans shares many words; entries that mean something harmless in
#    Afrikaans (tering = tuberculosis) are `strict`.
@lang nl

# ---------------------------------------------------------------------
# Addressing the reader, other people, groups, negation, reported speech
# ---------------------------------------------------------------------
# possessives (jouw, uw) are left out on purpose: "uw app is waardeloos" is a
# complaint about a thing, not an insult aimed at the reader.  je, jou and
# jullie are possessives too: followed by a word and a verb ("jullie app
# is waardeloos") they address nobody (`possessive`, and the verbs below).
je          you  strict possessive
jij         you  strict
jou         you  strict possessive
u           you  strict
jullie      you  strict possessive
jezelf      you  strict
jouzelf     you  strict
uzelf       you  strict
gij         you  strict
ge          you  strict

hij         person  strict
zij         person  strict
ze          person  strict
hem         person  strict
haar        person  strict
hen         person  strict
zijzelf     person  strict
hijzelf     person  strict
mensen      person  strict
iemand      person  strict
# people a customer may talk about
medewerker  person  strict
medewerkers person  strict
medewerkster person  strict
collega     person  strict
collega's   person  strict
manager     person  strict
managers    person  strict
leidinggevende person  strict
baas        person  strict
directeur   person  strict
monteur     person  strict
monteurs    person  strict
bezorger    person  strict
bezorgers   person  strict
koerier     person  strict
chauffeur   person  strict
helpdesk    person  strict
helpdeskmedewerker person  strict
callcentermedewerker person  strict
buurman     person  strict
buurvrouw   person  strict
buren       person  strict
# people named by trade or opinion (abuse of non-protected groups is
# still abuse of people)
politici    person  strict
politicus   person  strict
advocaten   person  strict
agenten     person  strict
politie     person  strict
bankiers    person  strict
*bankiers   person  strict
*managers   person  strict
*medewerkers person  strict
journalisten person  strict
leraren     person  strict
docenten    person  strict
artsen      person  strict
dokters     person  strict
verpleegsters person  strict
verpleegkundigen person  strict
scheidsrechters person  strict
voetballers person  strict
supporters  person  strict
*supporters person  strict
kunstenaars person  strict
slagers     person  strict
bakkers     person  strict
koks        person  strict
*koks       person  strict
bouwvakkers person  strict
boeren      person  strict
ambtenaren  person  strict
racisten    person  strict
nazi's      person  strict
communisten person  strict
socialisten person  strict
liberalen   person  strict
conservatieven person  strict
kapitalisten person  strict
*spelers    person  strict
*wetenschappers person  strict
verhuurders person  strict
huisbazen   person  strict
lobbyisten  person  strict
accountants person  strict
consultants person  strict
piloten     person  strict
tuiniers    person  strict
fietsers    person  strict
toeristen   person  strict
klanten     person  strict
types       person  strict
kerels      person  strict
gasten      person  strict
mannen      person  strict

niet        negator  strict
geen        negator  strict
nooit       negator  strict
nergens     negator  strict
geenszins   negator  strict
allerminst  negator  strict
nimmer      negator  strict
"helemaal niet" negator  strict

zeggen      report  strict
zegt        report  strict
zei         report  strict
zeiden      report  strict
gezegd      report  strict
beweren     report  strict
beweert     report  strict
beweerde    report  strict
beweerden   report  strict
uitspraken  report  strict
uitspraak   report  strict
opmerkingen report  strict
opmerking   report  strict
berichten   report  strict
schrijven   report  strict
schrijft    report  strict
schreef     report  strict
geschreven  report  strict
roepen      report  strict
riepen      report  strict
riep        report  strict
citeer      report  strict
citaat      report  strict
noemde      report  strict
noemden     report  strict
"dingen als"  report  strict
"dingen zoals" report  strict
"uitspraken als" report  strict
"opmerkingen als" report  strict
"berichten als" report  strict
"woorden als" report  strict
"termen als" report  strict

# Finite verbs that follow a subject: after je/jou/jullie and one word they
# make that word the subject ("jullie service IS traag"), so je/jullie was
# its possessive.  Looked up only there; never a match.
is          verb  strict
zijn        verb  strict
was         verb  strict
waren       verb  strict
wordt       verb  strict
worden      verb  strict
werd        verb  strict
werden      verb  strict
blijft      verb  strict
blijven     verb  strict
bleef       verb  strict
bleven      verb  strict
lijkt       verb  strict
lijken      verb  strict
leek        verb  strict
leken       verb  strict
heeft       verb  strict
hebben      verb  strict
had         verb  strict
hadden      verb  strict
heb         verb  strict
hebt        verb  strict
kan         verb  strict
kunnen      verb  strict
kon         verb  strict
konden      verb  strict
kunt        verb  strict
moet        verb  strict
moeten      verb  strict
moest       verb  strict
moesten     verb  strict
zal         verb  strict
zullen      verb  strict
zult        verb  strict
zou         verb  strict
zouden      verb  strict
wil         verb  strict
wilt        verb  strict
willen      verb  strict
wilde       verb  strict
wilden      verb  strict
wou         verb  strict
mag         verb  strict
mogen       verb  strict
mocht       verb  strict
mochten     verb  strict
gaat        verb  strict
gaan        verb  strict
ging        verb  strict
gingen      verb  strict
doet        verb  strict
doen        verb  strict
deed        verb  strict
deden       verb  strict
werkt       verb  strict
werken      verb  strict
werkte      verb  strict
werkten     verb  strict
deugt       verb  strict
deugen      verb  strict
deugde      verb  strict
klopt       verb  strict
kloppen     verb  strict
klopte      verb  strict
stinkt      verb  strict
stinken     verb  strict
stonk       verb  strict
zuigt       verb  strict
suckt       verb  strict
faalt       verb  strict
falen       verb  strict
faalde      verb  strict
crasht      verb  strict
crashen     verb  strict
crashte     verb  strict
hangt       verb  strict
hing        verb  strict
loopt       verb  strict
lopen       verb  strict
liep        verb  strict
reageert    verb  strict
reageren    verb  strict
reageerde   verb  strict
snapt       verb  strict
snappen     verb  strict
begrijpt    verb  strict
begrijpen   verb  strict
weet        verb  strict
weten       verb  strict
wist        verb  strict
maakt       verb  strict
maken       verb  strict
maakte      verb  strict
verkoopt    verb  strict
verkopen    verb  strict
kostte      verb  strict
laat        verb  strict
laten       verb  strict
liet        verb  strict
staat       verb  strict
staan       verb  strict
stond       verb  strict
ligt        verb  strict
liggen      verb  strict
lag         verb  strict
zit         verb  strict
zitten      verb  strict
zat         verb  strict
komt        verb  strict
komen       verb  strict
kwam        verb  strict
ben         verb  strict
bent        verb  strict
zijt        verb  strict

# ---------------------------------------------------------------------
# Frustration: complaints and demands (signal only, never abuse)
# ---------------------------------------------------------------------
onacceptabel    frustration 2
onaanvaardbaar  frustration 2
belachelijk     frustration 2
belachelijke    frustration 2
schandalig      frustration 2
schandalige     frustration 2
schande         frustration 2
schandaal       frustration 2
absurd          frustration 1
absurde         frustration 1
klacht          frustration 1
klachten        frustration 1
klagen          frustration 1
"klacht indienen" frustration 2
"geld terug"    frustration 2
terugbetaling   frustration 1
restitutie      frustration 1
compensatie     frustration 1
schadevergoeding frustration 2
opzeggen        frustration 1
opzegging       frustration 1
annuleren       frustration 1
ombudsman       frustration 2
consumentenbond frustration 2
geschillencommissie frustration 2
advocaat        frustration 2
jurist          frustration 2
rechtszaak      frustration 2
"juridische stappen" frustration 2
aansprakelijk   frustration 1
ingebrekestelling frustration 2
teleurgesteld   frustration 1
teleurstellend  frustration 1
teleurstelling  frustration 1
ontevreden      frustration 1
incompetent     frustration 2
incompetente    frustration 2
onbekwaam       frustration 2
amateurs        frustration 2
amateuristisch  frustration 2
prutswerk       frustration 2
puinhoop        frustration 1
zooitje         frustration 1
rommel          frustration 1
lachertje       frustration 1
wanprestatie    frustration 2
oplichting      frustration 2
oplichters      frustration 2
oplichterij     frustration 2
bedrog          frustration 2
dieven          frustration 2
diefstal        frustration 2
"voor de zoveelste keer" frustration 2
zoveelste       frustration 1
"nu meteen"     frustration 1
onmiddellijk    frustration 1
dringend        frustration 1
woedend         frustration 2
boos            frustration 1
kwaad           frustration 1
"ben het zat"   frustration 2
spuugzat        frustration 2
beu             frustration 1
"slechte service" frustration 2
"slechtste service" frustration 2
"nooit meer"    frustration 1

# ---------------------------------------------------------------------
# Profanity: swearing, vulgar words (situational)
# ---------------------------------------------------------------------
kut             profanity 1
kut*            profanity 1  strict  # kutapp, kutweek, kutzooi; Polish kuter, kuty, Kutno
*kut            profanity 1
shit            profanity 1  strict
shitty          profanity 1  strict
*shit           profanity 1  strict  # bullshit, kutshit
fuck            profanity 1  strict
fucking         profanity 1  strict
fucken          profanity 1  strict
gefuckt         profanity 1  strict
godverdomme     profanity 1
godverdomse     profanity 1
godverdommese   profanity 1
godverdorie     profanity 1
goddomme        profanity 1
godsamme        profanity 1
gvd             profanity 1
ggvd            profanity 1
verdomme        profanity 1
verdomd         profanity 1
verdomde        profanity 1
verdikkeme      profanity 1
potverdomme     profanity 1
potverdorie     profanity 1
kolere          profanity 1
klere           profanity 1  strict
klote           profanity 1
kloten          profanity 1
*klote*         profanity 1      # kloteding, rotklote
kolere*         profanity 1      # kolerezooi, kolerelijer
tering          profanity 1  strict
tering*         profanity 1  strict
tyfus           profanity 1      # as a disease: allow lines below
*tyfus*         profanity 1
pleuris         profanity 1
*pleuris*       profanity 1
kanker          profanity 2  fuzzy
kanker*         profanity 2      # kankerzooi, kankerapp, kankeren
kenker          profanity 2
kenker*         profanity 2
tjezus          profanity 1
sodemieter      profanity 2
sodemieteren    profanity 2
gesodemieter    profanity 2
opdonderen      profanity 2
opsodemieteren  profanity 2
opflikkeren     profanity 2
oprotten        profanity 2
oprot           profanity 2
"rot op"        profanity 2
"flikker op"    profanity 3
"donder op"     profanity 2
"sodemieter op" profanity 3
"tyf op"        profanity 3
"tief op"       profanity 3
"kanker op"     profanity 3
"krijg wat"     profanity 1
zeik            profanity 1
zeiken          profanity 1
gezeik          profanity 1
zeikt           profanity 1
pis             profanity 1
pissen          profanity 1
pissig          profanity 1
pissige         profanity 1
zeiknat         profanity 1
stront          profanity 1
stront*         profanity 1
schijt          profanity 1
schijt*         profanity 1
*schijt         profanity 1
gescheten       profanity 1
kak             profanity 1
kakken          profanity 1
neuk*           profanity 2      # neuken, neukt; sexual use is covered by rules
geneukt         profanity 2
verneukt        profanity 1
verneuken       profanity 1
verneukte       profanity 1
reet            profanity 1
"lak aan"       profanity 1
"geen reet"     profanity 1
"geen kut"      profanity 1
"geen ene moer" profanity 1
"geen bal"      profanity 1
lullen          profanity 1
lult            profanity 1
geluld          profanity 1
gelul           profanity 1
lulkoek         profanity 1  fuzzy
lullig          profanity 1
lullige         profanity 1
lulverhaal      profanity 1
balen           frustration 1
wtf             profanity 1  strict
omfg            profanity 1  strict
bitch           insult 3  strict
bitches         insult 3  strict

# ---------------------------------------------------------------------
# Insults that only ever name a person: count on their own
# ---------------------------------------------------------------------
idioot          insult 2  fuzzy
idioten         insult 2  fuzzy
idiootje        insult 2
*idioot         insult 2      # randidioot, kutidioot
sukkel          insult 2  fuzzy  # the verb (ik sukkel): allow lines below
sukkels         insult 2
sukkeltje       insult 2
sukkelaar       insult 2
eikel           insult 2      # also an acorn: allow lines below
eikels          insult 2
eikeltje        insult 2
*eikel          insult 2
klootzak        insult 3  fuzzy
klootzakken     insult 3  fuzzy
klootzakje      insult 3
*klootzak       insult 3
klojo           insult 2
klootviool      insult 2
lul             insult 2
lulletje        insult 2
lulhannes       insult 2
lulzak          insult 3
*lul            insult 2      # zeiklul, slappelul, kutlul
trut            insult 3
trutten         insult 3
trutje          insult 3
truttig         insult 1  target
teef            insult 3      # also a female dog: allow lines below
teven           insult 3
*teef           insult 3
kreng           insult 2  target
rotwijf         insult 3
kutwijf         insult 3  fuzzy
takkewijf       insult 3
*wijf           insult 2  target
wijf            insult 2  target
hoer            insult 3  strict
hoeren          insult 3  strict
hoertje         insult 3  strict
*hoer           insult 3  strict  # kankerhoer, straathoer
hoeren*         insult 3  strict  # hoerenzoon, hoerenjong, hoerenkind
slet            insult 3
sletten         insult 3
sletje          insult 3
sloerie         insult 3
slettebak       insult 3
debiel          insult 2  fuzzy
debielen        insult 2
debieltje       insult 2
debiele         insult 2  target
randdebiel      insult 3
*debiel         insult 2
imbeciel        insult 2  fuzzy
imbecielen      insult 2
achterlijk      insult 2  target
achterlijke     insult 2  target
halvegare       insult 2
halvegaren      insult 2
gestoorde       insult 2  target
gestoord        insult 1  target
geschift        insult 1  target
malloot         insult 2
mafkees         insult 2
mafketel        insult 2
kneus           insult 2
kneuzen         insult 2
loser           insult 2  strict
losers          insult 2  strict
looser          insult 2  strict
stommeling      insult 2
stommelingen    insult 2
domkop          insult 2
domkoppen       insult 2
dombo           insult 2
domoor          insult 2
dommerik        insult 2
dwaas           insult 1  target
sufferd         insult 2
suffie          insult 2
uilskuiken      insult 2
oen             insult 2
oenen           insult 2
kluns           insult 1
sullig          insult 1  target
sukkelig        insult 1  target
zeikerd         insult 2
zeiklul         insult 2
zeurpiet        insult 1
zeikwijf        insult 3
hufter          insult 2  fuzzy
hufters         insult 2
schoft          insult 2
schoften        insult 2
*schoft         insult 2
smeerlap        insult 2  fuzzy
smeerlappen     insult 2
smeerlapje      insult 2
rotzak          insult 2
rotzakken       insult 2
rotvent         insult 2
rotkop          insult 2
vuilak          insult 2
vuilakken       insult 2
viezerik        insult 2
viespeuk        insult 2
etter           insult 2  target
etterbak        insult 2
ettertje        insult 2
etterbakken     insult 2
tuig            insult 2  target
tuigje          insult 2
schorem         insult 3  target
gespuis         insult 3  target
uitschot        insult 3  target fuzzy
*uitschot       insult 3  target
aso             insult 2  target
asociaal        insult 1  target
asocialen       insult 2  target
pummel          insult 2
hork            insult 2
lomperd         insult 2
lamzak          insult 2
lapzwans        insult 2
nietsnut        insult 2
nietsnutten     insult 2
klaploper       insult 2
profiteur       insult 1  target
"stuk stront"   insult 3
"stuk vreten"   insult 3
"stuk vuil"     insult 3
"stuk ongeluk"  insult 3
"stuk chagrijn" insult 2
"vuil stuk"     insult 3
slijmbal        insult 2
slijmjurk       insult 2
kontlikker      insult 2
hielenlikker    insult 2
gatlikker       insult 2
bruinwerker     hate 3
mislukkeling    insult 2
mislukt         insult 1  target
mislukte        insult 1  target
lafaard         insult 2
lafbek          insult 2
lafaards        insult 2
dikzak          insult 2
vetzak          insult 3
vetklep         insult 3
vetkwab         insult 2
dikkerd         insult 2
lelijkerd       insult 2
heks            insult 2  target
kuttenkop       insult 3
kuttekop        insult 3
zakkenwasser    insult 3
zakkenwassers   insult 3
zakkenvuller    insult 1  target
huichelaar      insult 1  target
leugenaar       insult 2  target
leugenaars      insult 2  target
bedrieger       insult 2  target
oplichter       insult 2  target
dief            insult 2  target
boerenlul       insult 2
boerenkinkel    insult 2
boerentrien     insult 2
gladjanus       insult 1
kwal            insult 2  target
engerd          insult 2
griezel         insult 2  target
freak           insult 2  target  strict
mafkezen        insult 2
idiote          insult 2  target  strict
# adjectives said of a person (target only)
stom            insult 1  target
stomme          insult 1  target
dom             insult 1  target
domme          insult 1  target
domste         insult 2  target
dommer          insult 1  target
dommerd         insult 2
simpel          insult 1  target
simpele         insult 1  target
onnozel         insult 1  target
onnozele        insult 1  target
dwaze           insult 1  target
waardeloos      insult 2  target
waardeloze      insult 2  target
nutteloos       insult 2  target
nutteloze       insult 2  target
zinloos         insult 1  target
lelijk          insult 2  target
lelijke         insult 2  target
vies            insult 2  target
vieze           insult 2  target
smerig          insult 2  target
smerige         insult 2  target
gore            insult 2  target  strict
goor            insult 2  target  strict
vuile           insult 2  target
vuiligheid      insult 3  target fuzzy
onwetend        insult 2  target fuzzy
onwetende       insult 2  target
onbeschaafd     insult 2  target fuzzy
onbeschaafde    insult 2  target
primitief       insult 2  target fuzzy
primitieve      insult 2  target
achterbaks      insult 2  target
achterbakse     insult 2  target
laf             insult 1  target
laffe           insult 1  target
luie            insult 1  target
hersenloos      insult 2  target
hersenloze      insult 2  target
armzalig        insult 2  target
armzalige       insult 2  target
minderwaardig   insult 3  target fuzzy
minderwaardige  insult 3  target
inferieur       insult 3  target fuzzy
inferieure      insult 3  target
ergste          insult 1  target
gewelddadig     insult 2  target fuzzy
gewelddadige    insult 2  target
wreed           insult 1  target
criminelen      insult 2  target fuzzy
verkrachters    insult 3  target
terroristen     insult 3  target fuzzy
moordenaars     insult 3  target
# disgust, contempt, hatred (target: at a person or a group)
walgelijk       insult 2  target fuzzy
walgelijke      insult 2  target fuzzy
walg            insult 2  target
walgen          insult 2  target
walgt           insult 2  target
verachtelijk    insult 3  target fuzzy
verachtelijke   insult 3  target fuzzy
veracht         insult 2  target
verachten       insult 2  target fuzzy
verafschuw      insult 2  target
verafschuwen    insult 2  target fuzzy
weerzinwekkend  insult 3  target fuzzy
weerzinwekkende insult 3  target fuzzy
misselijkmakend insult 2  target fuzzy
misselijkmakende insult 2 target fuzzy
kotsmisselijk   insult 2  target
kots            insult 2  target
kotsen          insult 2  target
minachting      insult 2  target fuzzy
*minachting     insult 2  target
afkeer          insult 1  target
afschuw         insult 2  target
# dehumanising (target: with a group word it is hate)
ongedierte      insult 3  target fuzzy
*ongedierte     insult 3  target
uitvaagsel      insult 3  target fuzzy
afschaum        insult 3  target
kankergezwel    insult 3  target
kakkerlakken    insult 3  target fuzzy
kakkerlak       insult 3  target fuzzy
barbaren        insult 3  target fuzzy
untermenschen   hate 4
ondermensen     hate 4
onmenselijk     insult 3  target fuzzy
onmenselijke    insult 3  target fuzzy
untermensch     hate 4
infesteren      insult 2  target
zwermen         insult 2  target
hordes          insult 2  target

# ---------------------------------------------------------------------
# Disease curses as compounds that name a person: strong insults
# ---------------------------------------------------------------------
kankerlijer     insult 3  fuzzy
kankerlijers    insult 3
tyfuslijer      insult 3  fuzzy
tyfuslijers     insult 3
teringlijer     insult 3  fuzzy
teringlijers    insult 3
kolerelijer     insult 3
klerelijer      insult 3
pestlijer       insult 3
pleurislijer    insult 3
*lijer          insult 3      # any curse + lijer
*lijers         insult 3
kankerhoer      insult 4
tyfushoer       insult 4
teringhoer      insult 4
kankerwijf      insult 4
tyfuswijf       insult 4
teringwijf      insult 4
kankerkop       insult 3
tyfuskop        insult 3
kankerjong      insult 3
kankerlul       insult 3
tyfuslul        insult 3
kankerbek       insult 3
kankerhond      insult 3
tyfushond       insult 3
teringhond      insult 3
kankerzak       insult 3
tyfuszak        insult 3
kankerdebiel    insult 3
kankermongool   hate 4
kankerflikker   hate 4
kankerjood      hate 4
kankerjoden     hate 4
kankermarokkaan hate 4
kankerturk      hate 4
kankerneger     hate 4
tyfusjood       hate 4
tyfusneger      hate 4
teringjood      hate 4

# ---------------------------------------------------------------------
# Hate: slurs (origin, religion, gender, sexuality, disability)
# ---------------------------------------------------------------------
neger           hate 4
negers          hate 4
negerin         hate 4
negertje        hate 4
*neger          hate 4      # bosneger, zandneger
*negers         hate 4
nikker          hate 4
nikkers         hate 4
nigger          hate 4  strict
niggers         hate 4  strict
roetmop         hate 4  fuzzy
roetmoppen      hate 4
zwartjoekel     hate 4
zwartjoekels    hate 4
bosneger        hate 4
zandneger       hate 4
zandnegers      hate 4
apenkop         hate 3
bananeneter     hate 3
makak           hate 3
makakken        hate 3
geitenneuker    hate 4  fuzzy
geitenneukers   hate 4
*geitenneuker   hate 4
kamelenneuker   hate 4  fuzzy
kamelenneukers  hate 4
kameelneuker    hate 4
*kamelenneuker  hate 4
kameeldrijver   hate 3
kameeldrijvers  hate 3
baardaap        hate 3
baardapen       hate 3
haatbaard       hate 3  fuzzy
haatbaarden     hate 3
kutmarokkaan    hate 4
kutmarokkanen   hate 4
kutturk         hate 4
kutturken       hate 4
kutallochtoon   hate 4
kutbuitenlander hate 4
kansenparel     hate 3  fuzzy
kansenparels    hate 3
cultuurverrijker hate 3 fuzzy
cultuurverrijkers hate 3
gelukszoeker    hate 2
gelukszoekers   hate 2
zigeuner        hate 2
zigeuners       hate 2
smous           hate 4
smousen         hate 4
jodenstreek     hate 3
jodenstreken    hate 3
spleetoog       hate 4
spleetogen      hate 4
pindachinees    hate 3
koeliekop       hate 4
# sexuality and gender
flikker         hate 4  fuzzy
flikkers        hate 4  fuzzy
*flikker        hate 4
*flikkers       hate 4
flikkertje      hate 4
mietje          hate 3
mietjes         hate 3
sodomiet        hate 3  fuzzy
sodomieten      hate 3
reetridder      hate 4
reetridders     hate 4
anusridder      hate 4
kontneuker      hate 4
kontneukers     hate 4
poepchinees     hate 4
poepchinezen    hate 4
lesbo           hate 3  strict
lesbo's         hate 3  strict
manwijf         hate 3  fuzzy
manwijven       hate 3
feminazi        hate 2  strict
feminazi's      hate 2  strict
shemale         hate 3  strict
travo           hate 3
travo's         hate 3
transje         hate 3
# disability
mongool         hate 3
mongooltje      hate 3
mongo           hate 3  strict   # English: a database
mongoloide      hate 3
*mongool        hate 3
spast           hate 3
spasten         hate 3
spasticus       hate 3
*spast          hate 3
kreupele        hate 3
kreupelen       hate 3
*kreupele       hate 3
*kreupelen      hate 3
niknok          hate 3
niknokken       hate 3
*niknok         hate 3
downie          hate 3
downies         hate 3
retard          hate 3  strict
retards         hate 3  strict
mongolisch      hate 3
zwakzinnig      insult 2  target
zwakzinnige     insult 2  target
# hate and slurs as nouns for groups

# ---------------------------------------------------------------------
# Protected groups: neutral nouns (fuzzy: typos evade nothing)
# ---------------------------------------------------------------------
vrouw           group  fuzzy
vrouwen         group  fuzzy
vrouwtjes       group
meisjes         group
meiden          group
dames           group
moslim          group  fuzzy
moslims         group  fuzzy
moslima         group  fuzzy
moslima's       group
islamieten      group  fuzzy
islamiet        group  fuzzy
moslim*         group
jood            group
joden           group  fuzzy
joodse          group  fuzzy
christenen      group  fuzzy
katholieken     group  fuzzy
hindoes         group  fuzzy
immigrant       group  fuzzy
immigranten     group  fuzzy
immigrant*      group
migrant         group  fuzzy
migranten       group  fuzzy
vluchteling     group  fuzzy
vluchtelingen   group  fuzzy
asielzoeker     group  fuzzy
asielzoekers    group  fuzzy
statushouders   group  fuzzy
allochtoon      group  fuzzy
allochtonen     group  fuzzy
buitenlander    group  fuzzy
buitenlanders   group  fuzzy
nieuwkomers     group  fuzzy
marokkaan       group  fuzzy
marokkanen      group  fuzzy
turken          group
surinamers      group  fuzzy
antillianen     group  fuzzy
afrikanen       group  fuzzy
arabieren       group  fuzzy
aziaten         group  fuzzy
chinezen        group  fuzzy
roma            group
zwarten         group 
"zwarte personen" group
"zwarte persoon" group
"zwart persoon" group
"zwarte mensen" group
"zwarte man"    group
"zwarte mannen" group
"zwarte vrouw"  group
"zwarte vrouwen" group
"donkere mensen" group
"gekleurde mensen" group
homo            group
homo's          group
homos           group
homoseksueel    group  fuzzy
homoseksuelen   group  fuzzy
homoseksuele    group  fuzzy
homoseks*       group
homofielen      group  fuzzy
lesbienne       group  fuzzy
lesbiennes      group  fuzzy
lesbische       group  fuzzy
biseksuelen     group  fuzzy
holebi's        group
lhbt            group
lhbti           group
lgbt            group
queers          group
transgender     group  fuzzy
transgenders    group  fuzzy
transgender*    group
transpersonen   group  fuzzy
transvrouwen    group  fuzzy
transmannen     group  fuzzy
"trans mensen"  group
"trans personen" group
gehandicapte    group  fuzzy
gehandicapten   group  fuzzy
gehandicapt*    group
invaliden       group  fuzzy
"mensen met een beperking" group
"mensen met een handicap" group
autisten        group  fuzzy
blinden         group
doven           group

# ---------------------------------------------------------------------
# Threats of violence: verbs that need a person or group nearby
# ---------------------------------------------------------------------
vermoorden      threat 4  target fuzzy
*vermoorden     threat 4  target
*doden          threat 4  target
doodmaken       threat 4  target fuzzy
doodschieten    threat 4  target fuzzy
doodsteken      threat 4  target fuzzy
doodslaan       threat 4  target fuzzy
doodmeppen      threat 4  target
afslachten      threat 4  target fuzzy
*afslachten     threat 4  target
afschieten      threat 4  target
neerschieten    threat 4  target fuzzy
*neerschieten   threat 4  target
neersteken      threat 4  target fuzzy
*neersteken     threat 4  target
lynchen         threat 4  target fuzzy
executeren      threat 4  target fuzzy
*executeren     threat 4  target
uitroeien       threat 4  target fuzzy
*uitroeien      threat 4  target
vergassen       threat 4  target fuzzy
brandstapel     threat 4  target fuzzy
onthoofden      threat 4  target fuzzy
wurgen          threat 4  target fuzzy
martelen        threat 4  target fuzzy
verminken       threat 4  target
"in elkaar slaan" threat 4 target
"in elkaar trappen" threat 4 target
"in elkaar rammen" threat 4 target
"verrot slaan"  threat 4  target
"bont en blauw" threat 3  target
"keel doorsnijden" threat 4 target
"kelen doorsnijden" threat 4 target
"nek breken"    threat 4  target
"nekken breken" threat 4  target
"pijn doen"     threat 3  target
creperen        threat 3  target
verrekken       profanity 2
"dood aan"      threat 4  target
ontdoen         threat 2  target
deporteren      threat 3  target
"vergast worden" threat 4 target
verkrachten     sexual 4  target fuzzy

# ---------------------------------------------------------------------
# Sexual remarks aimed at a person
# ---------------------------------------------------------------------
tieten          sexual 4  target
tietjes         sexual 4  target
tiet            sexual 3  target
memmen          sexual 4  target
borsten         sexual 2  target
boezem          sexual 2  target
kont            sexual 3  target
kontje          sexual 3  target
billen          sexual 2  target
bilpartij       sexual 3  target
kutje           sexual 4  target
pik             sexual 3  target
piemel          sexual 3  target
geil            sexual 3  target
geile           sexual 3  target
geiler          sexual 3  target
geilheid        sexual 3  target
sexy            sexual 2  target  strict
seksie          sexual 2  target
naakt           sexual 3  target
naaktfoto       sexual 4  target
naaktfoto's     sexual 4  target
nudes           sexual 4  target  strict
pijpen          sexual 4  target
pijpbeurt       sexual 4  target
beffen          sexual 4  target
klaarkomen      sexual 4  target
sperma          sexual 4  target
orgasme         sexual 3  target
neukpartij      sexual 4
neukbeurt       sexual 4  target
lekkerding      sexual 3
"lekker ding"   sexual 3
"lekker wijf"   sexual 3
"lekkere meid"  sexual 2  target
"lekker kontje" sexual 4
"mooie tieten"  sexual 4
stoephoer       insult 3  strict
hoerig          sexual 2  target  strict

# ---------------------------------------------------------------------
# Never a match: ordinary words that contain the stems above
# ---------------------------------------------------------------------
# kanker as an illness, said by a customer about themselves or family
borstkanker     allow
longkanker      allow
darmkanker      allow
huidkanker      allow
prostaatkanker  allow
baarmoederhalskanker allow
alvleesklierkanker allow
eierstokkanker  allow
bloedkanker     allow
botkanker       allow
keelkanker      allow
maagkanker      allow
leverkanker     allow
blaaskanker     allow
nierkanker      allow
slokdarmkanker  allow
schildklierkanker allow
hersenkanker    allow
mondkanker      allow
teelbalkanker   allow
zaadbalkanker   allow
baarmoederkanker allow
endeldarmkanker allow
dikkedarmkanker allow
hoofdhalskanker allow
kankercel       allow
kankercellen    allow
kankerpatient   allow
kankerpatienten allow
kankeronderzoek allow
kankerbehandeling allow
kankerbestrijding allow
kankerverwekkend allow
kankerverwekkende allow
kankerfonds     allow
kankerdiagnose  allow
kankerrisico    allow
kankersoort     allow
kankersoorten   allow
kankerzorg      allow
kankercentrum   allow
kankerinstituut allow
kankerscreening allow
kankertherapie  allow
kankerpatiente  allow
kankergevallen  allow
kankergeval     allow
kankerregistratie allow
"heeft kanker"  allow
"heb kanker"    allow
"had kanker"    allow
"kanker gehad"  allow
"kanker heeft"  allow
"kanker had"    allow
"aan kanker"    allow
"tegen kanker"  allow
"met kanker"    allow
"van kanker"    allow
"kanker overleden" allow
"kanker is"     allow
"kanker kreeg"  allow
"kanker gekregen" allow
"kanker ontdekt" allow
"vorm van kanker" allow
"soort kanker"  allow
# tering: old word for tuberculosis, "de tering naar de nering zetten"
teringlijder    allow
"tering naar de nering" allow
# kut- lookalikes
kutaisi         allow
kutno           allow
kuttekoven      allow
# sukkelen, to struggle: "ik sukkel met inloggen" is about the writer
"ik sukkel"     allow
"sukkel ik"     allow
# tyfus as the disease, not the curse (which mostly takes "de": "krijg de tyfus")
buiktyfus       allow
vlektyfus       allow
paratyfus       allow
tyfusvaccin*    allow
tyfusepidemie*  allow
tyfusbacterie*  allow
tyfuspatient*   allow
"had tyfus"     allow
"heeft tyfus"   allow
"heb tyfus"     allow
"hadden tyfus"  allow
"kreeg tyfus"   allow
"tyfus gehad"   allow
"tyfus gekregen" allow
"tyfus opgelopen" allow
"aan tyfus"     allow
"tegen tyfus"   allow
"met tyfus"     allow
# teef, teven: a female dog when somebody owns or breeds it
"mijn teef"     allow
"onze teef"     allow
"m'n teef"      allow
"mijn teven"    allow
"onze teven"    allow
"m'n teven"     allow
"drachtige teef" allow
"loopse teef"   allow
"teef is drachtig" allow
"teef is loops" allow
"teef en reu"   allow
"reu en teef"   allow
# eikels: acorns bought, gathered or fed to animals
"zak eikels"    allow
"zakken eikels" allow
"kilo eikels"   allow
"emmer eikels"  allow
"bak eikels"    allow
"doos eikels"   allow
"handvol eikels" allow
"eikels voor"   allow
"eikels rapen"  allow
"eikels verzamelen" allow
"eikels zoeken" allow
fokteef         allow
fokteven        allow
steef           allow
# ordinary words that end in a matched word part
heikel          allow
onbeschoft      allow
blijer          allow
uitglijer       allow
uitglijers      allow
verkeersdoden   allow
oorlogsdoden    allow
coronadoden     allow
drugsdoden      allow
geweldsdoden    allow
afsterven       allow
uitsterven      allow
wegsterven      allow
aansterven      allow
# English and Afrikaans entries that are ordinary Dutch words
douche          allow
douches         allow
bellend*        allow
lesboek*        allow
fagot*          allow
troon*          allow
bint            allow
binten          allow
# flikker as a verb: a screen or light that flickers
flikkert        allow
flikkeren       allow
flikkerde       allow
flikkerden      allow
flikkering      allow
flikkeringen    allow
geflikker       allow
flikkerend      allow
flikkerende     allow
flikkerlicht    allow
flikkerlichten  allow
# Dutch poes is a cat: no entry here (Afrikaans poes is `strict` in af.lex).
# allow entries apply to every language, so none may name a word that is
# abusive elsewhere (no "poes", no "hoër" -> hoer).
apenstaartje    allow
aapjes          allow

# ---------------------------------------------------------------------
# More single words
# ---------------------------------------------------------------------
slechtste       frustration 1
homofiel        group
wijven          insult 2  target
pesthekel       profanity 1
pestzooi        profanity 1
pestpokken      profanity 1
klerezooi       profanity 1
klereding       profanity 1
klerelijers     insult 3
klerewijf       insult 4
klerezak        insult 3

takkeding       profanity 1
takkezooi       profanity 1
takkeweer       profanity 1
vinkentering    profanity 2
knikker         allow
knikkers        allow
rund            insult 2  target
koe             insult 2  target
clown           insult 1  target
clowns          insult 1  target
pannenkoek      insult 1  target
prutser         insult 1  target
prutsers        frustration 2
kansloos        insult 1  target
kansloze        insult 1  target
hoerenzoon      insult 4  strict

# ---------------------------------------------------------------------
# Evasions: a lost space glues an article or adverb to the word, so the
# strong terms also match as word endings; typos are caught by `fuzzy`
# ---------------------------------------------------------------------
persoon         person  strict
personen        person  strict
verdoem*        profanity 1
verdoem         profanity 1  fuzzy
verdoemd        profanity 1  fuzzy
walg*           insult 2  target
domste*         insult 2  target
afstotend       insult 2  target fuzzy
afstotende      insult 2  target fuzzy
uitgeroeid      threat 3  target fuzzy
geexecuteerd    threat 4  target fuzzy
doodgeschoten   threat 3  target fuzzy
doden           threat 4  target
kankergezwel    insult 3  target fuzzy
verneukt        profanity 1  fuzzy
*doorsnijden    threat 3  target
*ophangen       threat 3  target
*vuiligheid     insult 3  target
*misselijkmakend insult 2 target
*schoften       insult 2
*sletten        insult 3
*slet           insult 3  strict
*manwijf        hate 3
*manwijven      hate 3
*sodomiet       hate 3
*sodomieten     hate 3
*roetmop        hate 4
*roetmoppen     hate 4
*kansenparel    hate 3
*kansenparels   hate 3
*cultuurverrijker hate 3
*cultuurverrijkers hate 3
*haatbaard      hate 3
*haatbaarden    hate 3
*debielen       insult 2
*idioten        insult 2
*klootzakken    insult 3
*mongolen       hate 3  target
mongolen        hate 3  target
rotbek          profanity 1
rottig          profanity 1
rottige         profanity 1
rotding         profanity 1
rotdag          profanity 1
rotweek         profanity 1
rotapp          profanity 1
rotsite         profanity 1
rotbedrijf      profanity 1
rothond         insult 2
"het doden"     allow
"uur doden"     allow
"uurtje doden"  allow
"tijd doden"    allow
"minuten doden" allow
"kwartier doden" allow
dreigen         report  strict
dreigt          report  strict
dreigde         report  strict
oproepen        report  strict
roept           report  strict

kaak            allow
kaken           allow
kaakje          allow
gedood          threat 3  target fuzzy
neerschiet      threat 4  target
neersteek       threat 4  target
doodschiet      threat 4  target
doodsteek       threat 4  target
afschiet        threat 4  target
*sterven        threat 2  target
plaag           insult 2  target fuzzy
schofterig      insult 1  target
schofterige     insult 1  target
bedreiging      insult 2  target fuzzy
negers          group
flikkers        group
zandnegers      group
geitenneukers   group
kamelenneukers  group
kutmarokkanen   group

# ---------------------------------------------------------------------
# More names for a person, Netherlands and Flanders
# ---------------------------------------------------------------------
zot             insult 1  target
zotte           insult 1  target
onnozelaar      insult 2
onnozelaars     insult 2
ambetanterik    insult 2
lelijkaard      insult 2
vuilaard        insult 2
vuilaards       insult 2
zatlap          insult 2
zatlappen       insult 2
schijtlaars     insult 2
truttebol       insult 2
snotaap         insult 2
snotapen        insult 2
etterbuil       insult 2
slapjanus       insult 1
druiloor        insult 1
botterik        insult 2
boerenpummel    insult 2
proleet         insult 2
proleten        insult 2
tokkie          insult 2
tokkies         insult 2
uitvreter       insult 2
uitvreters      insult 2
aasgier         insult 2  target
aasgieren       insult 2  target
graaier         insult 1  target
graaiers        insult 1  target
lummel          insult 2
klungel         insult 1
knurft          insult 2
oetlul          insult 2
oelewapper      insult 2

papzak          insult 2
kwijlebabbel    insult 2

pedo            insult 4  target
pedofiel        insult 3  target

smeerlap        insult 2
stoethaspel     insult 1
stumper         insult 1  target
stakker         insult 1  target

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
# 'you are (...) an idiot': the copula carries the address further than three words
rule insult 4 you strict when flikker,flikkers,geitenneuker,hoerenzoon,kamelenneuker,kankerflikker,kankerhoer,kankerjood,kankermongool,kankerwijf,klerewijf,mongolen,mongool,mongooltje,neger,negers,nikker,roetmop,spast,teringhoer,teringwijf,tyfushoer,tyfuswijf : \b(?:jij|je|u|jullie|ge|gij) (?:bent|ben|zijn|zijt|was|waart|waren|blijft|blijven|lijkt|lijken)(?: (?!(?:niet|geen|nooit|niks|niets)\b)[a-z'-]+){0,5}? (?:mongool|mongolen|mongooltje|spast|kankerhoer|tyfushoer|teringhoer|kankerwijf|tyfuswijf|teringwijf|hoerenzoon|klerewijf|kankermongool|kankerflikker|kankerjood|flikker|flikkers|neger|negers|nikker|roetmop|geitenneuker|kamelenneuker)\b
rule insult 3 you strict when flikker,hoer,hoeren,hoerenzoon,hoertje,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,klerelijer,klootzak,klootzakken,kolerelijer,kuttekop,kutwijf,mongolen,mongool,mongooltje,randdebiel,slet,sletten,sloerie,spast,teef,teringlijer,teven,trut,trutje,trutten,tyfushoer,tyfushond,tyfuslijer,vetzak,zakkenwasser : \b(?:jij|je|u|jullie|ge|gij) (?:bent|ben|zijn|zijt|was|waart|waren|blijft|blijven|lijkt|lijken)(?: (?!(?:niet|geen|nooit|niks|niets)\b)[a-z'-]+){0,5}? (?:klootzak|klootzakken|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|kutwijf|mongool|mongolen|mongooltje|randdebiel|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|vetzak|spast|flikker)\b
rule insult 2 you strict when aap,achterlijk,achterlijker,apen,armzalig,aso,clown,clowns,debiel,debielen,dief,dik,dikzak,dom,domkop,dommer,eikel,eikels,engerd,etter,etterbak,ettertje,flikker,gek,geschift,gestoord,griezel,halvegare,heks,hersenloos,hoer,hoeren,hoerenzoon,hoertje,hufter,hufters,idioot,idiootje,idioten,imbeciel,kakkerlak,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,kansloos,klerelijer,klojo,klootzak,klootzakken,kneus,kneuzen,koe,kolerelijer,kreng,kuttekop,kutwijf,laf,lafaard,lelijk,leugenaar,loser,losers,lul,lullen,lulletje,mafkees,malloot,mislukkeling,mongolen,mongool,mongooltje,nietsnut,nul,nulletje,nutteloos,oen,onnozel,oplichter,pannenkoek,parasiet,randdebiel,rat,retarded,rotzak,rotzakken,rund,schoft,schoften,simpel,slet,sletten,slijmbal,sloerie,smeerlap,smeerlappen,spast,stom,stommeling,stommer,stupide,sufferd,sukkel,sukkels,sukkeltje,teef,teringlijer,teven,trut,trutje,trutten,tuig,tyfushoer,tyfushond,tyfuslijer,uilskuiken,varken,varkens,vet,vetzak,viezerik,waardeloos,walgelijk,wijf,zakkenwasser,zeikerd,zeiklul,zielig,zwakzinnig : \b(?:jij|je|u|jullie|ge|gij) (?:bent|ben|zijn|zijt|was|waart|waren|blijft|blijven|lijkt|lijken)(?: (?!(?:niet|geen|nooit|niks|niets)\b)[a-z'-]+){0,5}? (?:nul|nulletje|idioten|idiootje|sukkel|sukkels|sukkeltje|eikel|eikels|klootzak|klootzakken|lul|lullen|lulletje|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|debiel|debielen|imbeciel|mongool|mongolen|mongooltje|kneus|kneuzen|loser|losers|hufter|hufters|schoft|schoften|smeerlap|smeerlappen|rotzak|rotzakken|etter|ettertje|etterbak|tuig|aso|kutwijf|wijf|kreng|heks|aap|apen|varken|varkens|rund|koe|mafkees|malloot|oen|domkop|stommeling|sufferd|uilskuiken|zeikerd|zeiklul|nietsnut|viezerik|engerd|griezel|klojo|lafaard|leugenaar|oplichter|dief|parasiet|kakkerlak|rat|clown|clowns|pannenkoek|mislukkeling|dikzak|vetzak|flikker|spast|randdebiel|halvegare|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|slijmbal|dom|stom|achterlijk|debiel|gestoord|geschift|waardeloos|nutteloos|simpel|onnozel|lelijk|hersenloos|zwakzinnig|walgelijk|armzalig|zielig|dik|vet|laf|gek|idioot|kansloos|stupide|retarded|dommer|stommer|achterlijker)\b
rule insult 3 you strict when flikker,hoer,hoeren,hoerenzoon,hoertje,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,klerelijer,klootzak,klootzakken,kolerelijer,kuttekop,kutwijf,mongolen,mongool,mongooltje,randdebiel,slet,sletten,sloerie,spast,teef,teringlijer,teven,trut,trutje,trutten,tyfushoer,tyfushond,tyfuslijer,vetzak,zakkenwasser : \b(?:ben|bent|zijn|zijt|was|waren|blijf|blijft) (?:je|jij|u|jullie|ge|gij)(?: (?!(?:niet|geen|nooit|niks|niets)\b)[a-z'-]+){0,4}? (?:klootzak|klootzakken|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|kutwijf|mongool|mongolen|mongooltje|randdebiel|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|vetzak|spast|flikker)\b
rule insult 2 you strict when aap,achterlijk,achterlijker,apen,armzalig,aso,clown,clowns,debiel,debielen,dief,dik,dikzak,dom,domkop,dommer,eikel,eikels,engerd,etter,etterbak,ettertje,flikker,gek,geschift,gestoord,griezel,halvegare,heks,hersenloos,hoer,hoeren,hoerenzoon,hoertje,hufter,hufters,idioot,idiootje,idioten,imbeciel,kakkerlak,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,kansloos,klerelijer,klojo,klootzak,klootzakken,kneus,kneuzen,koe,kolerelijer,kreng,kuttekop,kutwijf,laf,lafaard,lelijk,leugenaar,loser,losers,lul,lullen,lulletje,mafkees,malloot,mislukkeling,mongolen,mongool,mongooltje,nietsnut,nul,nulletje,nutteloos,oen,onnozel,oplichter,pannenkoek,parasiet,randdebiel,rat,retarded,rotzak,rotzakken,rund,schoft,schoften,simpel,slet,sletten,slijmbal,sloerie,smeerlap,smeerlappen,spast,stom,stommeling,stommer,stupide,sufferd,sukkel,sukkels,sukkeltje,teef,teringlijer,teven,trut,trutje,trutten,tuig,tyfushoer,tyfushond,tyfuslijer,uilskuiken,varken,varkens,vet,vetzak,viezerik,waardeloos,walgelijk,wijf,zakkenwasser,zeikerd,zeiklul,zielig,zwakzinnig : \b(?:ben|bent|zijn|zijt|was|waren|blijf|blijft) (?:je|jij|u|jullie|ge|gij)(?: (?!(?:niet|geen|nooit|niks|niets)\b)[a-z'-]+){0,4}? (?:nul|nulletje|idioten|idiootje|sukkel|sukkels|sukkeltje|eikel|eikels|klootzak|klootzakken|lul|lullen|lulletje|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|debiel|debielen|imbeciel|mongool|mongolen|mongooltje|kneus|kneuzen|loser|losers|hufter|hufters|schoft|schoften|smeerlap|smeerlappen|rotzak|rotzakken|etter|ettertje|etterbak|tuig|aso|kutwijf|wijf|kreng|heks|aap|apen|varken|varkens|rund|koe|mafkees|malloot|oen|domkop|stommeling|sufferd|uilskuiken|zeikerd|zeiklul|nietsnut|viezerik|engerd|griezel|klojo|lafaard|leugenaar|oplichter|dief|parasiet|kakkerlak|rat|clown|clowns|pannenkoek|mislukkeling|dikzak|vetzak|flikker|spast|randdebiel|halvegare|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|slijmbal|dom|stom|achterlijk|debiel|gestoord|geschift|waardeloos|nutteloos|simpel|onnozel|lelijk|hersenloos|zwakzinnig|walgelijk|armzalig|zielig|dik|vet|laf|gek|idioot|kansloos|stupide|retarded|dommer|stommer|achterlijker)\b
rule insult 3 you strict with flikker,hoer,hoeren,hoerenzoon,hoertje,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,klerelijer,klootzak,klootzakken,kolerelijer,kuttekop,kutwijf,mongolen,mongool,mongooltje,randdebiel,slet,sletten,sloerie,spast,teef,teringlijer,teven,trut,trutje,trutten,tyfushoer,tyfushond,tyfuslijer,vetzak,zakkenwasser when ben,bent,zijn,zijt : \b(?:wat|hoe) (?:ben|bent|zijn|zijt) (?:je|jij|u|jullie|ge|gij)(?: [a-z'-]+){0,3}? (?:klootzak|klootzakken|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|kutwijf|mongool|mongolen|mongooltje|randdebiel|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|vetzak|spast|flikker)\b
rule insult 2 you strict when ben,bent,zijn,zijt : \b(?:wat|hoe) (?:ben|bent|zijn|zijt) (?:je|jij|u|jullie|ge|gij)(?: [a-z'-]+){0,3}? (?:nul|nulletje|idioten|idiootje|sukkel|sukkels|sukkeltje|eikel|eikels|klootzak|klootzakken|lul|lullen|lulletje|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|debiel|debielen|imbeciel|mongool|mongolen|mongooltje|kneus|kneuzen|loser|losers|hufter|hufters|schoft|schoften|smeerlap|smeerlappen|rotzak|rotzakken|etter|ettertje|etterbak|tuig|aso|kutwijf|wijf|kreng|heks|aap|apen|varken|varkens|rund|koe|mafkees|malloot|oen|domkop|stommeling|sufferd|uilskuiken|zeikerd|zeiklul|nietsnut|viezerik|engerd|griezel|klojo|lafaard|leugenaar|oplichter|dief|parasiet|kakkerlak|rat|clown|clowns|pannenkoek|mislukkeling|dikzak|vetzak|flikker|spast|randdebiel|halvegare|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|slijmbal|dom|stom|achterlijk|debiel|gestoord|geschift|waardeloos|nutteloos|simpel|onnozel|lelijk|hersenloos|zwakzinnig|walgelijk|armzalig|zielig|dik|vet|laf|gek|idioot|kansloos|stupide|retarded|dommer|stommer|achterlijker)\b
# an insult standing alone in its clause addresses the reader ('..., stomme trut.')
rule insult 3 you strict when aap,apen,aso,clown,clowns,debiel,debielen,dief,dikzak,domkop,eikel,eikels,engerd,etter,etterbak,ettertje,flikker,griezel,halvegare,heks,hoer,hoeren,hoerenzoon,hoertje,hufter,hufters,idiootje,idioten,imbeciel,kakkerlak,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,klerelijer,klojo,klootzak,klootzakken,kneus,kneuzen,koe,kolerelijer,kreng,kuttekop,kutwijf,lafaard,leugenaar,loser,losers,lul,lullen,lulletje,mafkees,malloot,mislukkeling,mongolen,mongool,mongooltje,nietsnut,nul,nulletje,oen,oplichter,pannenkoek,parasiet,randdebiel,rat,rotzak,rotzakken,rund,schoft,schoften,slet,sletten,slijmbal,sloerie,smeerlap,smeerlappen,spast,stommeling,sufferd,sukkel,sukkels,sukkeltje,teef,teringlijer,teven,trut,trutje,trutten,tuig,tyfushoer,tyfushond,tyfuslijer,uilskuiken,varken,varkens,vetzak,viezerik,wijf,zakkenwasser,zeikerd,zeiklul,kut*,kanker*,tyfus*,tering*,kolere* : (?:^|[.!?,;:] ?)(?:(?:vuile|vieze|stomme|domme|gore|smerige|achterlijke|debiele|waardeloze|nutteloze|luie|lelijke|dikke|vette|godverdomde|verdomde|kut|kanker|tyfus|tering|klote|klere|kolere|vuil|stom|dom|jij|jullie|stelletje|stel|bende|zootje|zo'n|ouwe|oude|kleine|gestoorde|onnozele|simpele|incompetente|zielige|miezerige|valse|arrogante|ellendige|godvergeten|fucking) )*(?:klootzak|klootzakken|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|kutwijf|mongool|mongolen|mongooltje|randdebiel|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|vetzak|spast|flikker)(?= ?[.!?,;:)]|$)
rule insult 4 you strict when flikker,flikkers,geitenneuker,hoerenzoon,kamelenneuker,kankerflikker,kankerhoer,kankerjood,kankermongool,kankerwijf,klerewijf,mongolen,mongool,mongooltje,neger,negers,nikker,roetmop,spast,teringhoer,teringwijf,tyfushoer,tyfuswijf,kut*,kanker*,tyfus*,tering*,kolere* : (?:^|[.!?,;:] ?)(?:(?:vuile|vieze|stomme|domme|gore|smerige|achterlijke|debiele|waardeloze|nutteloze|luie|lelijke|dikke|vette|godverdomde|verdomde|kut|kanker|tyfus|tering|klote|klere|kolere|vuil|stom|dom|jij|jullie|stelletje|stel|bende|zootje|zo'n|ouwe|oude|kleine|gestoorde|onnozele|simpele|incompetente|zielige|miezerige|valse|arrogante|ellendige|godvergeten|fucking) )*(?:mongool|mongolen|mongooltje|spast|kankerhoer|tyfushoer|teringhoer|kankerwijf|tyfuswijf|teringwijf|hoerenzoon|klerewijf|kankermongool|kankerflikker|kankerjood|flikker|flikkers|neger|negers|nikker|roetmop|geitenneuker|kamelenneuker)(?= ?[.!?,;:)]|$)
rule insult 2 you strict when aap,apen,aso,clown,clowns,debiel,debielen,dief,dikzak,domkop,eikel,eikels,engerd,etter,etterbak,ettertje,flikker,griezel,halvegare,heks,hoer,hoeren,hoerenzoon,hoertje,hufter,hufters,idiootje,idioten,imbeciel,kakkerlak,kankerhoer,kankerhond,kankerlijer,kankerwijf,kankerzak,klerelijer,klojo,klootzak,klootzakken,kneus,kneuzen,koe,kolerelijer,kreng,kuttekop,kutwijf,lafaard,leugenaar,loser,losers,lul,lullen,lulletje,mafkees,malloot,mislukkeling,mongolen,mongool,mongooltje,nietsnut,nul,nulletje,oen,oplichter,pannenkoek,parasiet,randdebiel,rat,rotzak,rotzakken,rund,schoft,schoften,slet,sletten,slijmbal,sloerie,smeerlap,smeerlappen,spast,stommeling,sufferd,sukkel,sukkels,sukkeltje,teef,teringlijer,teven,trut,trutje,trutten,tuig,tyfushoer,tyfushond,tyfuslijer,uilskuiken,varken,varkens,vetzak,viezerik,wijf,zakkenwasser,zeikerd,zeiklul,kut*,kanker*,tyfus*,tering*,kolere* : (?:^|[.!?,;:] ?)(?:(?:vuile|vieze|stomme|domme|gore|smerige|achterlijke|debiele|waardeloze|nutteloze|luie|lelijke|dikke|vette|godverdomde|verdomde|kut|kanker|tyfus|tering|klote|klere|kolere|vuil|stom|dom|jij|jullie|stelletje|stel|bende|zootje|zo'n|ouwe|oude|kleine|gestoorde|onnozele|simpele|incompetente|zielige|miezerige|valse|arrogante|ellendige|godvergeten|fucking) )*(?:nul|nulletje|idioten|idiootje|sukkel|sukkels|sukkeltje|eikel|eikels|klootzak|klootzakken|lul|lullen|lulletje|trut|trutten|trutje|teef|teven|hoer|hoeren|hoertje|slet|sletten|sloerie|debiel|debielen|imbeciel|mongool|mongolen|mongooltje|kneus|kneuzen|loser|losers|hufter|hufters|schoft|schoften|smeerlap|smeerlappen|rotzak|rotzakken|etter|ettertje|etterbak|tuig|aso|kutwijf|wijf|kreng|heks|aap|apen|varken|varkens|rund|koe|mafkees|malloot|oen|domkop|stommeling|sufferd|uilskuiken|zeikerd|zeiklul|nietsnut|viezerik|engerd|griezel|klojo|lafaard|leugenaar|oplichter|dief|parasiet|kakkerlak|rat|clown|clowns|pannenkoek|mislukkeling|dikzak|vetzak|flikker|spast|randdebiel|halvegare|kankerlijer|tyfuslijer|teringlijer|kolerelijer|klerelijer|kankerhoer|tyfushoer|kankerwijf|kankerzak|kankerhond|tyfushond|hoerenzoon|kuttekop|zakkenwasser|slijmbal)(?= ?[.!?,;:)]|$)
# disease curses and death wishes
rule insult 4 you strict when krijg,krijgt : \bkrijgt? (?:toch |maar |lekker )?(?:de|het|een|die)? ?(?:kanker|tyfus|tering|pest|pestpokken|klere|kolere|pleuris|pokken|vinkentering|takke|teringtyfus|kankertering|kolerekanker|tyfuskanker)\b
rule insult 4 target strict when krijgen : \b(?:de |het )?(?:kanker|tyfus|tering|pest|pleuris|klere|kolere|pokken) (?:[\w']+ )?krijgen\b
rule threat 4 you strict when hoop,hopen,wens,wensen : \b(?:ik|we|wij) (?:hoop|hopen|wens|wensen)(?: [\w']+){0,2} (?:dat )?(?:je|jij|u|jullie)(?: [\w']+){0,4} (?:doodgaat|dood gaat|doodgaan|sterft|sterven|crepeert|creperen|verrekt|verrekken|verzuipt|verdrinkt|verbrandt|kanker krijgt|een ongeluk krijgt|onder een (?:bus|trein|auto|tram) komt|niet meer wakker wordt|doodbloedt|wegrot|rot)\b
rule threat 4 you strict when wens : \bwens (?:je|jou|u|jullie) (?:[\w']+ )?(?:de dood|kanker|een (?:pijnlijke|langzame) dood)\b
rule threat 4 you strict when dood,sterf,verrek,creper,crepeer : \b(?:ga|val) (?:toch |maar |lekker |gewoon )?dood\b|\b(?:sterf|verrek|creper|crepeer)(?: toch| maar)?(?= ?[.!?,]|$)
rule threat 4 you strict when hang,pleeg,maak,spring : \b(?:hang (?:je|jij|u) ?zelf op|hang jezelf op|pleeg (?:toch |maar )?zelfmoord|maak (?:jezelf|je) (?:maar |toch )?van kant|spring (?:maar |toch )?(?:voor de trein|van een brug|van het dak))\b
rule threat 4 target strict when verdienen,verdient,verdien : \bverdien(?:t|en)? (?:[\w']+ ){0,4}?(?:het )?(?:om )?(?:te ?)?(?:sterven|dood te gaan|doodgaan|lijden|creperen|rotten|branden|verbranden|de dood|de doodstraf|de kogel)\b
rule insult 3 target strict when verdienen,verdient,verdien : \bverdien(?:t|en)? (?:het )?niet (?:om )?(?:te )?(?:leven|bestaan|ademen)\b
# direct threats against the reader, family or property (no swear word needed)
rule threat 4 you strict with allang,heel,heus,jullie,kinderen,precies,school,slaapt,slapen,uithangt,werken,werkt,wonen,woon,woont,zit,zitten when weet,weten : \b(?:ik|we|wij) (?:weet|weten) (?:[\w']+ )?(?:precies |heus |ook |allang |heel goed )?waar (?:je|jij|u|jullie) (?:woont|woon|wonen|werkt|werken|zit|zitten|slaapt|slapen|uithangt|je kinderen|uw kinderen|naar school)\b
rule threat 4 you strict when auto,dochter,familie,huis,huisadres,jouw,jullie,kantoor,kenteken,kinderen,man,ouders,uw,vrouw,woonadres,zoon : \b(?:ik|we|wij) (?:weet|weten|ken|kennen|heb|hebben) (?:[\w']+ )?(?:je|jouw|uw|jullie) (?:huisadres|woonadres|kenteken|huis)\b|\bweet waar (?:je|jouw|uw|jullie) (?:huis|kantoor|kinderen|ouders|familie|vrouw|man|dochter|zoon|auto) (?:is|zijn|staat|staan|woont|wonen)\b
rule threat 4 you strict when grazen,grijpen,halen,krijgen,opwachten,opzoeken,pakken,vinden : \b(?:ik|we|wij) (?:kom|komen|ga|gaan|zal|zullen) (?:je|jou|u|jullie) (?:[\w']+ )?(?:halen|opzoeken|opwachten|vinden|pakken|grijpen|krijgen|te grazen nemen)\b
rule threat 3 you strict when krijg,krijgen : \bik krijg (?:je|jou|jullie|u) (?:nog )?(?:wel|te pakken)\b
rule threat 4 you strict when heus,jullie,vinden,weten,wij : \b(?:ik|we|wij) (?:weet|weten) (?:je|jou|jullie|u) (?:wel |heus |echt )?te vinden\b
rule threat 4 you strict when maak,maken : \b(?:ik|we|wij|ze) (?:maak|maken) (?:je|jou|u|jullie|hem|haar) (?:[\w']+ )?(?:af|dood|kapot|koud)\b
rule threat 4 you strict when sla,slaan,schop,schoppen,trap,trappen,mep,meppen,ram,rammen,timmer,timmeren,steek,steken,schiet,schieten,wurg,wurgen,vermoord,vermoorden,martel,martelen,verkracht,snij,snijd,snijden : \b(?:ik|we|wij) (?:sla|slaan|schop|schoppen|trap|trappen|mep|meppen|ram|rammen|timmer|timmeren|steek|steken|schiet|schieten|wurg|wurgen|vermoord|vermoorden|martel|martelen|verkracht|snij|snijd|snijden) (?:je|jou|jij|u|jullie)\b
rule threat 4 target strict when sla,slaan,schop,schoppen,trap,trappen,mep,meppen,ram,rammen,timmer,timmeren : \b(?:sla|slaan|schop|schoppen|trap|trappen|mep|meppen|ram|rammen|timmer|timmeren) (?:[\w']+ ){0,3}(?:dood|verrot|lens|in elkaar|in mekaar|het ziekenhuis in|tegen de grond|bewusteloos|bont en blauw|de kop in|je kop in|je tanden uit|je bek|je smoel|je hersens in|buiten westen|invalide|plat)\b
rule threat 4 target strict with afbranden,afknallen,afmaken,afschieten,afslachten,breken,doden,doodmaken,doodmeppen,doodschieten,doodslaan,doodsteken,doorsnijden,elimineren,executeren,iets,in,kapot,kapotmaken,koud,laten,lynchen,martelen,neerknallen,neerschieten,neersteken,omleggen,onthoofden,opblazen,ophangen,opknopen,pijn,te,uitroeien,uitschakelen,verbranden,verdrinken,vergassen,verkrachten,vermoorden,verrot,wurgen when zal,zullen,ga,gaan,wil,willen,zou,zouden,moet,moeten,kom,komen,laten,laat,mag,mogen : \b(?:ik|we|wij|laten we|laat ons) (?:(?!(?:niet|nooit|geen)\b)[\w']+ ){0,2}(?:zal|zullen|ga|gaan|wil|willen|zou|zouden|moet|moeten|kom|komen|mag|mogen) (?:(?!(?:niet|nooit|geen)\b)[\w']+ ){0,6}(?<!het )(?<!uur )(?<!uurtje )(?<!tijd )(?<!minuten )(?<!kwartier )(?<!middag )(?<!avond )(?:laten lijden|laten creperen|laten sterven|vermoorden|doden|doodmaken|doodschieten|doodsteken|doodslaan|doodmeppen|neerschieten|neersteken|afmaken|afslachten|uitroeien|vergassen|verbranden|verdrinken|executeren|martelen|lynchen|onthoofden|wurgen|ophangen|opknopen|kapotmaken|kapot maken|in elkaar slaan|in elkaar trappen|verrot slaan|pijn doen|iets aandoen|te grazen nemen|omleggen|koud maken|neerknallen|afknallen|afschieten|doorsnijden|breken|verkrachten|elimineren|laten verdwijnen|in de fik steken|in brand steken|opblazen|afbranden|uitschakelen)\b|\blaten we (?:[\w']+ ){0,5}(?:vermoorden|doden|afmaken|afslachten|uitroeien|vergassen|verbranden|executeren|martelen|lynchen|ophangen|opknopen|neerschieten|neersteken)\b
rule threat 4 target strict when aandoen,afknallen,afmaken,afslachten,doden,doodmaken,doodschieten,doodslaan,doodsteken,doorsnijden,executeren,martelen,neerknallen,neerschieten,neersteken,omleggen,onthoofden,ophangen,opknopen,pijn,slaan,uitroeien,verbranden,vergassen,verkrachten,vermoorden,wurgen : \b(?:zal|ga|wil|zou|moet|kom) ik (?:[\w']+ ){0,5}(?:vermoorden|doden|doodmaken|doodschieten|doodsteken|doodslaan|neerschieten|neersteken|afmaken|afslachten|uitroeien|vergassen|verbranden|executeren|martelen|onthoofden|wurgen|ophangen|opknopen|in elkaar slaan|pijn doen|iets aandoen|omleggen|neerknallen|afknallen|doorsnijden|verkrachten)\b
rule threat 4 target strict when afgemaakt,afgeschoten,afgeslacht,brandstapel,doodgeschoten,gecastreerd,gedeporteerd,gedood,geelimineerd,geexecuteerd,gelyncht,gemarteld,gestenigd,neergeschoten,neergestoken,onthoofd,opgehangen,opgeknoopt,uitgeroeid,verbrand,verdronken,vergast,verkracht,vermoord : \b(?:moeten|moet|zouden|zou|mogen|mag|zullen|zal) (?:[\w']+ ){0,4}(?:worden|zijn|werden|gaan) (?:allemaal )?(?:geexecuteerd|gedood|vermoord|uitgeroeid|vergast|opgehangen|opgeknoopt|neergeschoten|doodgeschoten|neergestoken|afgeslacht|verbrand|gelyncht|gemarteld|verdronken|gedeporteerd|onthoofd|gestenigd|geelimineerd|afgemaakt|afgeschoten|gecastreerd|op de brandstapel gezet|verkracht)\b
rule threat 3 target strict when afgeslacht,gedood,geexecuteerd,uitgeroeid,uitgeschakeld,vergast,vermoord,weggevaagd : \bals (?:[\w']+ ){1,5}(?:werden|worden|zouden worden|zou worden) (?:uitgeroeid|vergast|afgeslacht|geexecuteerd|gedood|vermoord|weggevaagd|uitgeschakeld)\b
rule threat 4 target strict when dood,sterven,handen,hand : \b(?:een )?(?:gruwelijke|pijnlijke|langzame|vreselijke|verschrikkelijke|wrede) dood (?:sterven|laten sterven)\b|\b(?:sterven|dood) (?:[\w']+ )?door mijn (?:handen|hand)\b
rule threat 3 target strict when zien,zag,zie : \b(?:zien|zag|zie) (?:lijden|sterven|creperen|branden|bloeden|hangen|rotten|doodgaan)\b
rule threat 3 target strict when dood : \b(?:zouden|moeten|mogen|zou|moet) (?:[\w']+ ){0,5}dood (?:zijn|gaan|neervallen|moeten)\b
rule threat 4 strict when keel,kelen,strot,nek,nekken : \b(?:keel|kelen|strot) (?:[\w']+ ){0,7}\w*(?:doorsnijden|doorsnijd|doorgesneden|dichtknijpen|dichtknijp)\b|\b(?:nek|nekken) (?:[\w']+ ){0,7}(?:breken|breek|omdraaien|omdraai)\b|\b(?:breek|breken|draai|draaien) (?:[\w']+ ){0,3}(?:nek|nekken)\b
rule threat 4 target strict when executie,brandstapel : \bexecutie is (?:de )?(?:enige )?oplossing\b|\bop de brandstapel\b
rule threat 4 you strict when geweest,dood,eraan,veilig,leven : \b(?:je|jij|u|jullie) (?:bent|ben|zijn|gaat|gaan) (?:er )?(?:zo )?(?:geweest|dood|eraan)(?= ?[.!?,]|$)|\b(?:je|jij|u) (?:bent|ben) (?:nergens|niet meer) veilig\b|\bje leven (?:is )?(?:niet meer|niets meer) (?:veilig|waard)\b
rule threat 4 you strict when iets,aandoen,pijn,vermoorden,fik,brand,opblazen,kapotmaken,slopen,afbranden,ontvoeren,verkrachten : \b(?:je|jouw|uw|jullie) (?:kinderen|kind|dochter|dochtertje|zoon|zoontje|familie|vrouw|man|moeder|vader|ouders|huis|auto|kantoor|winkel|zaak|filiaal)(?: [\w']+){0,6} (?:iets aandoen|iets aan doen|pijn doen|vermoorden|in de fik|in brand|opblazen|kapotmaken|kapot maken|slopen|afbranden|te grazen nemen|ontvoeren|verkrachten)\b
rule threat 4 target strict when fik,brand,opblazen,afbranden,bom,bommen,blaas : \b(?:in de fik|in brand) (?:steken|zetten|steek|zet)\b|\b(?:opblazen|blaas (?:[\w']+ ){1,3}op|afbranden)\b|\b(?:een )?(?:bom|bommen) (?:leggen|plaatsen|neerleggen|gooien|sturen)\b
rule threat 4 you strict when stuur,sturen : \b(?:ik|we|wij) (?:stuur|sturen) (?:een paar |wat |mijn )?(?:jongens|vrienden|mannen|neven|broers|maten) (?:[\w']+ )?(?:langs|op je af|op jullie af|op u af)\b
rule threat 4 you strict when tegenkom,krijg,vind,zie : \b(?:als|wacht maar tot|zodra) ik (?:je|jou|u|jullie) (?:ooit |ooit nog |nog eens |ergens )?(?:tegenkom|tegen kom|te pakken krijg|in handen krijg|op straat zie)\b
rule threat 3 you strict when borst : \bmaak (?:je|uw) borst (?:maar )?nat\b|\b(?:mag|kan|moet) (?:je|jij|u) (?:je|uw) borst (?:maar )?nat (?:maken)?\b
rule threat 3 you strict when kogel,kogels,mes,pistool,wapen,geweer,bijl,knuppel,honkbalknuppel : \b(?:kogel|kogels|mes|pistool|wapen|geweer|bijl|honkbalknuppel|knuppel) (?:[\w']+ ){0,3}(?:door|in|tegen) (?:je|jouw|uw|jullie) (?:kop|hoofd|harses|hersens|lijf|buik|rug|keel|smoel|bek)\b
# hatred of groups without slurs (count only with a group or person word)
rule insult 3 target strict when waard : \blevens? van (?:(?!(?:niet|nooit)\b)[\w']+ ){0,5}?(?:niets|niks|geen [\w']+|minder) waard\b|\b(?:levens?|leven) van (?:[\w']+ ){0,3}(?:zijn|is) (?:(?!(?:niet|nooit)\b)[\w']+ ){0,2}(?:niets|niks|geen (?:cent|zier|moer|reet|kut|donder|ene moer|fluit)|minder) waard\b|\b(?:zijn|is) (?:allemaal |absoluut |helemaal |gewoon )?(?:niets|niks|minder) waard\b
rule insult 2 target strict when horen,hoort,hoor,thuis : \b(?:horen|hoort|hoor) (?:[\w']+ ){0,2}(?:niet|nergens) (?:[\w']+ ){0,6}thuis\b|\b(?:horen|hoort) (?:hier|daar) niet\b|\bhoren niet bij ons\b
rule hate 3 target strict with boom,dorp,eigen,hok,hun,jullie,jungle,land,landen,opdonderen,oprotten,opsodemieteren,uw,woestijn when moeten,naar : \b(?:ga|gaan|rot|rotten|donder|donderen|oprotten|opdonderen|moeten|moet|sodemieter) (?:[\w']+ ){0,3}(?:terug |op )?naar (?:je|jullie|hun|uw) (?:eigen )?(?:land|landen|woestijn|hok|jungle|boom|dorp)\b|\bmoeten (?:[\w']+ ){0,2}(?:oprotten|opdonderen|opsodemieteren) uit (?:ons|dit) land\b
rule insult 2 target strict when nooit,ooit,vertrouw : \bnooit (?:zo |even )?(?:slim|intelligent|goed|capabel|beschaafd|waardevol|verstandig|bekwaam) (?:[\w']+ ){0,2}als\b|\bnooit (?:[\w']+ ){0,2}(?:waardevolle?|volwaardige?|nuttige?) (?:lid|leden|burger|burgers|mens|mensen|deel)\b
rule insult 2 target strict when rechten,mensenrechten : \b(?:mensen)?rechten (?:[\w']+ ){0,3}(?:niet|geen) (?:[\w']+ ){0,3}(?:gelden|hebben|krijgen|toekomen)\b|\b(?:verdienen|hebben|krijgen) geen (?:mensen)?rechten\b|\bgeen (?:mensen)?rechten (?:verdienen|hebben|krijgen)\b
rule insult 2 target strict when vinger : \bgeen vinger (?:[\w']+ ){0,2}(?:uitsteken|uitsteek|uitgestoken|bewegen)\b
rule insult 3 target strict when mindere,minder,mensen,menselijk,menselijke : \bmindere (?:wezens|mensen|soort|ras|rassen|creaturen)\b|\bminder (?:waard|menselijk)\b|\b(?:geen|niet) (?:echte |eens )?(?:mensen|menselijk|menselijke wezens)\b|\bmenselijke? (?:afval|vuil|uitschot|ongedierte|rommel|tuig|vuilnis|schuim)\b
rule insult 3 target strict when verspilling : \bverspilling van (?:ruimte|zuurstof|lucht|leven|huid|ademhaling|geboorte)\b
rule insult 3 target strict when plaag,pest,kanker,virus,ziekte,tumor,gezwel,kankergezwel,smet,gevaar,bedreiging,besmetting : \b(?:zijn|is) (?:[\w']+ )?(?:een|de) (?:plaag|pest|kanker|virus|ziekte|tumor|gezwel|kankergezwel|smet|besmetting|gevaar|bedreiging) (?:voor|van|in|op|binnen)\b
rule insult 2 target strict when kotsmisselijk,misselijk,ziek : \bmaakt? (?:me|mij|ons) (?:zo |echt |gewoon |altijd )?(?:ziek|misselijk|kotsmisselijk)\b|\bmaken (?:me|mij|ons) (?:zo |echt |gewoon )?(?:ziek|misselijk|kotsmisselijk)\b
rule insult 2 target strict when staan,uitstaan,uitte : \bniet (?:meer )?uit ?(?:te )?staan\b
rule insult 2 target strict when slimmer,intelligenter,waard,beschaafder,nuttiger,menselijker : \b(?:hond|kat|aap|geit|varken|goudvis|rat|kakkerlak|paard|koe|hamster|cavia|huisdier|plant|stoel|steen) (?:is|zijn) (?:[\w']+ )?(?:slimmer|intelligenter|meer waard|beschaafder|nuttiger|menselijker)\b
rule insult 3 target strict when vuil,schoen,schoenen : \b(?:vuil|stront|poep|kauwgom) onder (?:mijn|m'n|je) (?:schoen|schoenen|zolen|zool)\b
rule insult 2 target strict when aard,typisch : \b(?:is het niet )?(?:in de aard van|typisch (?:[\w']+ )?(?:voor|van)) (?:een |die |deze |zo'n |dat soort )?(?:[\w']+ ){1,2}om (?:zo |zo'n )?(?:[\w']+ ){0,2}(?:dom|stom|lui|vies|smerig|gewelddadig|wreed|achterlijk|onbeschaafd|onwetend|irritant|oneerlijk|primitief|agressief|crimineel|walgelijk|gestoord|waardeloos|onbetrouwbaar|hysterisch|emotioneel|klootzak|lul|eikel|idioot|slet|hoer)\b
rule insult 2 target strict when onbetrouwbaar,onbetrouwbare,agressief,agressieve,hysterisch,hysterische,dieven,criminelen,terroristen,verkrachters,pedofielen,zwakker,minderwaardig,oneerlijk : \b(?:zijn|is) (?:[\w']+ ){0,2}(?:onbetrouwbaar|onbetrouwbare|agressief|agressieve|hysterisch|hysterische|dieven|criminelen|terroristen|verkrachters|pedofielen|zwakker|minderwaardig|oneerlijk)\b
rule threat 3 target strict when ontdoen,weg,eruit,zuiveren,schoonvegen : \b(?:ontdoen van|van (?:ze|hen|die|deze|hun) (?:[\w']+ )?ontdoen|land (?:[\w']+ )?(?:zuiveren|schoonvegen)|(?:allemaal )?(?:weg|eruit) (?:met)\b)
rule threat 4 target strict when dood,doodaan : \bdood ?aan (?:alle |de |die |deze )?\w+
# hate compounds and slur phrases
rule hate 4 strict when kanker*,tyfus*,tering*,kolere*,klere*,kut*,pest*,vuile,vieze,smerige,gore,stomme,domme,achterlijke,godverdomde,verdomde : \b(?:kanker|tyfus|tering|kolere|klere|kut|pest|vuile |vieze |smerige |gore |stomme |domme |achterlijke |godverdomde |verdomde )(?:jo(?:o)?d|joden|moslims?|marokka(?:a)?n(?:en)?|turk(?:en)?|negers?|homo(?:'?s)?|flikkers?|allochto(?:o)?n(?:en)?|buitenlanders?|surinamers?|antillianen|zigeuners?|vluchtelingen|asielzoekers?|islamiet(?:en)?|zwarten|mongool|mongolen|gehandicapten?|transgenders?|transen|lesbo'?s?|potten)\b
rule hate 3 target strict when pot,potten,nicht,nichten,poot,janet,mietje : \b(?:ben je|ben jij|bent u|jij|je bent|jij bent|is een|is ook een|wat een|zo'n|vuile|smerige|vieze|stomme|kut|kanker|tyfus) (?:een )?(?:pot|potten|nicht|nichten|poot|janet|mietje)(?= ?[.!?,;:]|$)
# sexual harassment aimed at the reader
rule sexual 4 you strict when foto,foto's,fotootje,plaatje,plaatjes,pic,pics,selfie,filmpje,video,sexy,hete,naakt,pikante,ondeugende,geile,blote,naakte,spannende : \b(?:foto|foto's|fotootje|plaatje|plaatjes|pic|pics|selfie|filmpje|video) van (?:je|jou|jouw|u|uw|jezelf|uzelf) (?:[\w']+ )?(?:tieten|tietjes|borsten|kont|kontje|billen|lichaam|lijf|benen|voeten|lingerie|ondergoed|beha|bh|string|slipje|kutje|poes|poesje|naakt|bikini|decollete|borst|buik|lippen|mond)\b|\b(?:foto|foto's|fotootje|plaatje|selfie|filmpje) (?:van (?:je|jou|jezelf|u) )?(?:in (?:je|jouw|uw) )?(?:ondergoed|lingerie|bikini|blootje|nakie|bed|douche)\b|\b(?:sexy|hete|naakt|pikante|ondeugende|geile|blote|naakte|spannende) (?:foto|foto's|fotootje|plaatje|plaatjes|selfie|filmpje|pics)\b
rule sexual 4 you strict when neuken,pijpen,beffen,likken,bed,bespringen,naaien,wippen,verwennen,uitkleden,betasten,aanraken,zoenen,kussen,vastpakken,vingeren,berijden,seks,sex,vrijen : \b(?:ik|wil|zal|ga|zou|mag|laat|kan|we) (?:[\w']+ ){0,2}(?:je|jij|jou|u|jullie) (?:[\w']+ ){0,3}(?:neuken|pijpen|beffen|likken|bespringen|naaien|wippen|verwennen|uitkleden|betasten|aanraken|zoenen|kussen|vastpakken|vingeren|berijden|in bed|mee naar bed|naar bed)\b|\b(?:met|bij) (?:mij|me) (?:[\w']+ )?naar bed\b|\bwil (?:je|jij|u) (?:[\w']+ ){0,2}(?:neuken|pijpen|seks|sex|vrijen|wippen)\b
rule sexual 4 you strict when zuig,pijp,lik,pak,trek : \b(?:zuig|pijp|lik|pak|trek) (?:[\w']+ ){0,2}(?:mijn|m'n|me|mn) (?:pik|lul|piemel|ballen|eikel|stijve|kont|reet|tepels)\b|\bpijp (?:me|mij)\b
rule sexual 3 you strict when sexy,geil,heet,lekker,hitsig,opwindend,seksie : \b(?:je|jij|u|jouw|uw) (?:ziet|zien|klinkt|klinken|bent|lijkt|stem|lijf|lichaam|kont|benen|mond|lippen)(?: [\w']+){0,2} (?:sexy|geil|heet|lekker|hitsig|opwindend|seksie)\b
rule sexual 3 you strict when aan,onder,single,vrijgezel,vriendje,vriend,afspraakje,date,afspreken,nummer : \bwat (?:heb|draag|draagt) (?:je|jij|u) (?:nu |vandaag |eigenlijk )?(?:aan|onder)\b|\b(?:ben|bent) (?:je|jij|u) (?:nog )?(?:single|vrijgezel)\b|\bheb (?:je|jij|u) (?:al )?(?:een )?(?:vriendje|vriend)\b|\b(?:afspraakje|date|afspreken) met (?:mij|me)\b|\bmag ik (?:je|jouw|uw) (?:06|nummer|telefoonnummer|adres)\b
rule sexual 3 you strict when schatje,liefje,poppetje,lekkertje,snoepje,babe,moppie,schoonheid,lieverd : \b(?:schatje|liefje|poppetje|lekkertje|snoepje|babe|moppie|schoonheid|lieverd)\b.*\b(?:foto|foto's|bed|neuken|sexy|geil|kus|kusje|zoen|afspreken|date|single|aanhebt|tieten|kont|kontje|borsten|lichaam|lijf|naakt|pik|nummer)\b|\b(?:foto|foto's|bed|neuken|sexy|geil|kus|kusje|zoen|afspreken|date|single|aanhebt|tieten|kont|kontje|borsten|lichaam|lijf|naakt|pik|nummer)\b.*\b(?:schatje|liefje|poppetje|lekkertje|snoepje|babe|moppie|schoonheid|lieverd)\b
rule sexual 4 target strict when mooie,lekkere,geile,grote,strakke,dikke,stevige,heerlijke,ronde,kleine : \b(?:mooie|lekkere|geile|grote|strakke|dikke|stevige|heerlijke|ronde|kleine) (?:tieten|tietjes|borsten|kont|kontje|billen|reet|lippen|memmen)\b
# profanity and rudeness phrases
rule profanity 2 strict when barst,bekijk,boom,jullie,kont,krijg,m'n,pleuris,pot,reet,rug,zelf : \b(?:krijg (?:toch )?(?:wat|de klere)|(?:je|u|jullie) kan (?:me|m'n|mijn) (?:rug|reet|kont) op|kun je (?:de )?(?:boom|pot|pleuris) in|barst (?:toch|maar)|bekijk het maar|zoek het (?:maar |lekker )?zelf uit)\b
rule insult 2 you strict when bek,smoel,kop,muil,waffel,klep,harses : \bhou(?:d)? (?:je|jouw|uw|jullie) (?:[\w']+ )?(?:bek|smoel|kop|muil|waffel|klep|harses)\b|\b(?:bek|smoel|klep|muil) dicht\b
rule insult 3 you strict with genaaid,geneukt,hoer,jouw,jullie,koe,kutwijf,mama,moeder,moeders,moer,naaien,neuken,oma,pijpen,pijpt,slet,sloerie,teef,trut,uw,varken,zus when moeder,mama,moer,ma,moeders,zus : \b(?:je|jouw|uw|jullie) (?:moeder|mama|moeders|ma|moer|zus|oma) (?:is|was) (?:een )?(?:hoer|slet|teef|sloerie|kutwijf|trut|varken|koe)\b|\b(?:je|jouw|uw) (?:moeder|mama|moer|ma) (?:[\w']+ )?(?:neuken|geneukt|naaien|genaaid|pijpt|pijpen)\b
# more ways of wishing harm on a group or person
rule threat 4 target strict with afgemaakt,afgeschoten,afgeslacht,doodgeschoten,doodgeslagen,doodgestoken,gecastreerd,gedeporteerd,gedood,gedumpt,geelimineerd,geexecuteerd,gelyncht,gemarteld,geslagen,gestenigd,hoop,hoopte,kooien,neergeschoten,neergestoken,onthoofd,opgehangen,opgeknoopt,opgesloten,uitgeroeid,verbrand,verdronken,vergast,verkracht,vermoord,wens,wenste,wilde,wou when hoop,hoopte,wens,wenste,wilde,worden,wou : \b(?:wou|wilde|hoop|hoopte|wens|wenste) dat (?:[\w']+ ){0,6}(?:werden|worden|werd|wordt|zouden worden|zou worden) (?:geexecuteerd|gedood|vermoord|uitgeroeid|vergast|opgehangen|opgeknoopt|neergeschoten|doodgeschoten|neergestoken|doodgestoken|afgeslacht|verbrand|gelyncht|gemarteld|verdronken|gedeporteerd|onthoofd|gestenigd|geelimineerd|afgemaakt|afgeschoten|gecastreerd|verkracht|in elkaar geslagen|doodgeslagen|opgesloten in kooien|in kooien opgesloten|gedumpt)\b|\b(?:geexecuteerd|gedood|vermoord|uitgeroeid|vergast|opgehangen|opgeknoopt|neergeschoten|doodgeschoten|neergestoken|doodgestoken|afgeslacht|verbrand|gelyncht|gemarteld|verdronken|gedeporteerd|onthoofd|gestenigd|geelimineerd|afgemaakt|afgeschoten|gecastreerd|verkracht|in elkaar geslagen|doodgeslagen|opgesloten in kooien|in kooien opgesloten|gedumpt) (?:zou|zouden|moet|moeten|mag|mogen) (?:[\w']+ )?worden\b
rule threat 4 target strict when deporteren,doden,dood,executeren,hangen,knopen,lynchen,maken,martelen,onthoofden,pijn,roeien,schieten,slaan,slachten,snijden,steken,stenigen,verbranden,verdrinken,vergassen,verkrachten,vermoorden,wurgen : \bom (?:(?!(?:niet|nooit|geen)\b)[\w']+ ){0,5}(?:af te slachten|neer te schieten|neer te steken|dood te schieten|dood te steken|dood te slaan|dood te maken|op te hangen|op te knopen|uit te roeien|af te maken|door te snijden|te vermoorden|te doden|te verdrinken|te vergassen|te executeren|te martelen|te verbranden|te lynchen|te onthoofden|te wurgen|te verkrachten|pijn te doen|in elkaar te slaan|te deporteren|te stenigen)\b
rule threat 4 strict when keel,kelen,strot : \b(?:keel|kelen|strot) (?:[\w']+ ){0,2}door te snijden\b
rule threat 3 target strict when einde : \beinde (?:[\w']+ ){0,2}maken aan (?:alle|al die|die|deze|hen|ze|hun|het leven|de levens|ieder|elke)\b|\bmaken een einde aan (?:alle|al die|die|deze|hen|ze|hun)\b
rule threat 4 target strict when leven,levens,beeindigen : \b(?:leven|levens) (?:[\w']+ ){0,4}(?:beeindigen|nemen|afnemen|uitblussen)\b
rule threat 3 target strict when leven,laten : \b(?:geen|niet) (?:[\w']+ ){0,3}laten leven\b
rule threat 3 target strict when kooien,kooi,kampen,stortplaats,dierentuin : \b(?:opgesloten|opsluiten|stoppen|zetten) (?:[\w']+ ){0,2}in (?:kooien|een kooi|kampen|concentratiekampen|een kamp)\b|\bop (?:een|de) (?:stortplaats|vuilnisbelt|mesthoop)\b|\b(?:horen|behoren|hoort|behoort) (?:[\w']+ )?in (?:een|de) (?:dierentuin|kooi|stal|zoo)\b
rule insult 3 target strict when zonder : \b(?:wereld|land|samenleving|maatschappij|iedereen|mensheid) (?:[\w']+ ){0,3}beter (?:af|aan toe|uit) (?:[\w']+ ){0,3}zonder\b
rule insult 2 target strict when nooit,ooit,vertrouw : \b(?:zijn|is|worden|wordt) (?:[\w']+ ){0,3}nooit (?:[\w']+ )?(?:aantrekkelijk|intelligent|slim|mooi|goed genoeg|betrouwbaar|eerlijk|beschaafd|te vertrouwen|capabel|bekwaam|normaal|gelijk|gelijkwaardig|waardevol|nuttig)\b|\bgeen (?:[\w']+ ){1,3}(?:kan|kunnen|zal|zullen) ooit (?:een )?(?:waardevol|volwaardig|nuttig|goed)\b|\bvertrouw nooit (?:een |ook maar )?(?:[\w']+ ){0,2}(?:woord|wat|iets)\b
rule insult 3 target strict when recht,leven,levens,medelijden : \bgeen recht (?:om te leven|om te bestaan|op leven|op bestaan|om hier te zijn)\b|\blevens? van (?:[\w']+ ){1,3}(?:doen er niet toe|tellen niet|maken niet uit|zijn (?:[\w']+ ){0,2}niet waard|zouden voor niemand|zijn (?:[\w']+ )?onbelangrijk)\b|\bgeen medelijden (?:[\w']+ )?met\b
rule insult 2 target strict when gelijk,gelijke,gelijken : \bniet (?:[\w']+ )?gelijk aan ons\b|\bnooit onze gelijken\b|\bniet (?:zoals|als) wij\b
rule insult 2 target strict when ruineren,verpesten,vernietigen,verzieken,overnemen,kapotmaken : \b(?:ruineren|verpesten|vernietigen|verzieken|overnemen|kapotmaken|vergiftigen) (?:[\w']+ )?(?:ons|onze|dit|het) (?:land|samenleving|cultuur|ras|volk|maatschappij)\b|\b(?:ons|onze|dit|het) (?:land|samenleving|cultuur|volk|maatschappij) (?:[\w']+ ){0,2}(?:ruineren|verpesten|vernietigen|verzieken|overnemen|kapotmaken|vergiftigen)\b
rule insult 2 target strict when veel,teveel : \b(?:veel te veel|te veel|teveel)(?= (?:[\w']+ ){1,3}(?:in|op) (?:dit|ons|het|onze|deze) (?:land|buurt|wijk|stad|straat|regering)\b)
rule insult 2 target strict when uitspugen,spuug,spugen,tuften : \b(?:spuug|spugen|spuw|spuwen) (?:[\w']+ ){0,3}(?:op|in het gezicht)\b
rule profanity 2 strict when rotten,donderen,flikkeren,sodemieteren,tyfen,tieven : \bop te (?:rotten|donderen|flikkeren|sodemieteren|tyfen|tieven)\b
rule hate 3 strict when pot,potten : \b(?:een|die|zo'n|vuile|vieze|smerige|stomme|kut|kanker|tyfus|al die|deze|te veel|teveel) (?:pot|potten)(?= ?[.!?,;:]|$| in (?:dit|ons) land)
rule threat 4 you strict when breek,breken,draai,draaien : \b(?:breek|breken|draai|draaien) (?:ik |we )?(?:je|jouw|uw|jullie) (?:[\w']+ )?(?:nek|nekken|benen|armen|kaak|neus|botten|vingers)\b
# dehumanising nouns count only as a predicate ('X zijn ratten'); on their own they are ordinary words
rule insult 3 target strict when aap,afval,apen,bacterien,barbaren,beest,beesten,bloedzuigers,dieren,drek,gespuis,gezwel,hond,honden,kakkerlakken,kanker,kankergezwel,kuddevee,luizen,maden,ongedierte,parasiet,parasieten,pest,plaag,poep,rat,ratten,schorem,stront,tuig,tumor,uitschot,uitvaagsel,varken,varkens,vee,virus,vuil,vuiligheid,vuilnis,wilden,ziekte,zwijn,zwijnen : \b(?:niet (?:veel )?beter dan|zijn|is|ben|bent|was|waren|als|dan|net|gewoon|allemaal|slechts|louter|een stel|stelletje|soort|menselijk|menselijke)(?: (?!(?:geen|niet|nooit)\b)\w+){0,2}? (?:afval|vuil|vuilnis|ongedierte|virus|ziekte|dieren|beesten|varkens|zwijnen|ratten|apen|plaag|pest|tumor|gezwel|kankergezwel|luizen|maden|kakkerlakken|parasieten|parasiet|bloedzuigers|vuiligheid|uitschot|tuig|schorem|gespuis|uitvaagsel|beest|varken|rat|aap|zwijn|honden|hond|stront|drek|poep|vee|kuddevee|wilden|barbaren|bacterien|kanker)\b
# ...and glued to the word before it (a lost space); kinds of waste (restafval, gft-afval) are ordinary
rule insult 3 target strict need afval,vuiligheid,ongedierte,uitschot when niet,zijn,is,ben,bent,als,dan,net,gewoon,allemaal,stel,stelletje,soort,menselijk,menselijke,waren,was : \b(?!(?:rest|tuin|groen|gft|grof|huis|bouw|sloop|glas|plastic|plastiek|papier|karton|keuken|bedrijfs|klein|chemisch|kern|zwerf|etens|voedsel|snoei|textiel|elektro|verpakkings|luier|blad|gras|hout|mest|slacht|vis|medisch|ziekenhuis|industrie|kantoor|winkel|straat|kunststof|metaal|asbest|olie|verf)afval\b)\w+(?:afval|vuiligheid|ongedierte|uitschot)\b
rule insult 2 target strict when haat,haten,hate,ikhaat : \bis het niet duidelijk (?:dat|hoeveel) (?:[\w']+ ){0,4}?\w*haat\b|(?<!de )(?<!openlijke )(?<!overduidelijke )\b\w*haat (?![^.,!?;:]*\bniet\b)(?!(?:jullie|je|jouw|uw|het|dit|deze|die|dat|mijn|m'n) (?:[\w']+ )?(?:app|service|bedrijf|site|website|webshop|systeem|klantenservice|helpdesk|winkel|product|producten|levering|bezorging|manier|regels|beleid|voorwaarden|abonnement|factuur|facturen|wachttijd|wachtrij|chatbot|bot|menu|formulier|software|update|router|modem|telefoon|netwerk|verbinding|wifi|internet|pakket|prijzen|tarieven|kosten|reclame|muziek|wachtmuziek|keuzemenu)\b)(?!het\b|dit\b|dat\b|wanneer\b|als\b|om\b)|\bhaten (?:we |ze |zij |jullie |wij )?(?:alle |die |deze |de )?\w+
rule insult 1 target strict when hekel : \bhekel aan (?!(?:jullie|je|u|uw|jouw|dit|dat|het|deze|die|mijn|wachten|bellen) (?:[\w']+ )?(?:app|service|bedrijf|site|website|webshop|systeem|klantenservice|helpdesk|winkel|product|producten|levering|bezorging|manier|regels|beleid|voorwaarden|abonnement|factuur|facturen|wachttijd|wachtrij|chatbot|bot|menu|formulier|software|update|router|modem|telefoon|netwerk|verbinding|wifi|internet|pakket|prijzen|tarieven|kosten|reclame|muziek|wachtmuziek|keuzemenu)?\b)(?!(?:wachten|bellen|dit|dat|het)\b)(?:[\w']+ ){0,2}\w+
rule threat 3 target strict when lijden,boeten,bloeden : \b(?:moeten|moet|zullen|zal|laat|laten) (?:[\w']+ ){0,3}(?:lijden|boeten|bloeden|creperen)\b
rule threat 4 target strict when laten : \b(?:zal|ga|wil|zou) ik (?:[\w']+ ){0,4}(?:laten lijden|laten creperen|laten boeten|laten bloeden)\b
rule sexual 4 you strict when dikke,geile,grote,heerlijk,heerlijke,lekker,lekkere,mooi,mooie,prachtige,ronde,sexy,stevige,strakke : \b(?:je|jij|u) (?:hebt|heeft|heb) (?:[\w']+ ){0,2}(?:lekker|lekkere|mooie|mooi|geile|strakke|grote|dikke|ronde|sexy|heerlijke|heerlijk|stevige|prachtige) (?:kont|kontje|tieten|tietjes|borsten|billen|lichaam|lijf|benen|lippen|reet)\b
rule insult 2 target strict when erger,ergers : \b(?:niets|niks) (?:is )?(?:erger|ergers) dan (?!(?:jullie|je|jouw|uw|dit|deze|die|het|dat|wachten|bellen)\b)(?:een |die |deze )?[\w']+|\b(?:niets|niks) (?:is )?erger dan (?:jullie|jouw|uw) soort\b
rule insult 2 target strict when liever : \b(?:sterf|sterven|ga|gaan) (?:ik |we )?liever (?:dood )?dan (?:dat )?(?:ik |we )?(?:[\w']+ ){0,3}(?:met|naast|bij|in de buurt|als)\b|\bliever (?:kanker|aids|de pest|de tyfus|dood) dan\b
rule insult 2 target strict when ruimte,plaats,plek : \bgeen (?:ruimte|plaats|plek) (?:[\w']+ ){0,4}voor (?:een |die |deze |zulke |dat soort )?(?!(?:mijn|m'n|het|de|dit|dat|jullie)\b)[\w']+
rule insult 2 target strict when belangrijker,waard,waardevoller : \b(?:leven|levens) van (?:een |de )?(?:insect|insecten|hond|honden|kat|rat|ratten|mier|mieren|vlieg|dier|dieren|kakkerlak|mug|worm|plant) (?:is|zijn) (?:[\w']+ )?(?:waardevoller|meer waard|belangrijker)\b
rule insult 2 you strict when stinkt,stink : \b(?:je|jij|u|jullie) (?:stinkt|stinken|stink)\b
rule insult 2 target strict when last : \b(?:zijn|is) (?:een |alleen maar een |gewoon een )?(?:last|blok aan het been) (?:voor|van) (?:de|ons|onze|iedereen|het)\b
rule threat 4 you strict when kapot,gort,puin,diggelen : \b(?:sla|trap|maak|gooi|schop|ram) ik (?:alles|de boel|jullie [\w']+|je [\w']+|uw [\w']+|de winkel|het kantoor|de zaak|die tent|hier alles) (?:[\w']+ )?(?:kapot|aan gort|in puin|aan diggelen)\b|\bik (?:sla|trap|maak|gooi|schop|ram) (?:alles|de boel|jullie [\w']+|je [\w']+|uw [\w']+|de winkel|het kantoor|de zaak|die tent|hier alles) (?:[\w']+ )?(?:kapot|aan gort|in puin|aan diggelen)\b
rule threat 3 you strict when wacht : \bwacht (?:maar )?(?:tot|totdat) ik (?:je|jou|jullie|u) (?:[\w']+ ){0,2}(?:vind|zie|pak|heb|tegenkom|krijg|te pakken krijg)\b
rule insult 2 target strict when keuken,aanrecht : \b(?:horen|hoort|moeten|moet) (?:[\w']+ ){0,2}(?:in de keuken|achter het aanrecht)\b
rule insult 2 you strict when waard : \b(?:je|jij|u|jullie) (?:bent|zijn|ben) (?:[\w']+ )?(?:niks|niets|geen (?:cent|knip voor de neus|moer|reet|kut|ene moer|donder)) waard\b
rule insult 2 target strict when hoofd,kop,harses,hoofden : \b(?:ziek|gestoord|verneukt|kapot|gek|achterlijk|geschift|niet goed) in (?:hun|je|zijn|haar|het|de) (?:hoofd|hoofden|kop|koppen|harses)\b
rule threat 4 strict when afknallen,afslachten,doodschieten,doodslaan,doodsteken,executeren,lynchen,martelen,neerknallen,neerschieten,neersteken,onthoofden,slaan,trappen,verkrachten,vermoorden,verrot,wurgen : \b(?:ik|we|wij) (?:(?!(?:niet|nooit|geen)\b)[\w']+ ){0,2}(?:zal|zullen|ga|gaan|wil|willen|zou|zouden|kom|komen) (?:(?!(?:niet|nooit|geen|mezelf|mijzelf|me|mij)\b)[\w']+ ){0,5}(?:neersteken|neerschieten|doodschieten|doodsteken|doodslaan|vermoorden|onthoofden|lynchen|afslachten|executeren|verkrachten|wurgen|in elkaar slaan|in elkaar trappen|verrot slaan|martelen|neerknallen|afknallen)\b
rule sexual 4 you strict when tieten,tietjes,borsten,kont,kontje,billen,memmen,kutje,reet,tepels,tiet : \b(?:jouw|uw|je|jou) (?:[\w']+ )?(?:tieten|tietjes|tiet|borsten|kont|kontje|billen|memmen|kutje|tepels)\b
