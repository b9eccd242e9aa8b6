# kalm English lexicon
#
# Written by hand for kalm (customer chat and e-mail moderation).  Terms are
# lower case without diacritics; the matcher normalises leetspeak, masking,
# spacing and stretching (see README.md).
#
# Layout:
#   1. function words: you / person / negator / report
#   2. protected groups (neutral names)
#   3. profanity
#   4. insults (name-calling: untargeted nouns, targeted adjectives)
#   5. dehumanising words and verbs of hatred (target: hate near a group)
#   6. slurs (hate)
#   7. violence words (target) and threat phrase rules
#   8. sexual harassment
#   9. frustration (signal only, never abuse)
#  10. allow list (Scunthorpe problem)
#  11. phrase rules
#
# Choices worth knowing:
#  - "your" is not a `you` word: "your useless app" is about a product and
#    stays frustration.  "ur" is (chat spelling of "you're").  Insults at
#    staff are caught through person nouns ("your staff are morons").
#  - English words that are ordinary words in Dutch, Afrikaans or Polish
#    are `strict` (hoe, die, kunt, u, he, no, rat, pest, homo, ...).
#  - Strongly vulgar words (bitch, cunt, fuck...) count without a target;
#    adjectives and dehumanising nouns (stupid, vermin, trash) need one.
#  - Threats to complain, cancel, sue or go to the press or ombudsman are
#    frustration, never threats.
@lang en

# ---------------------------------------------------------------------
# 1. Function words
# ---------------------------------------------------------------------

# addresses the reader
you         you
u           you strict
ya          you
yah         you
ye          you strict
yu          you
yous        you
youse       you
you're      you
ur          you strict
youre       you
you've      you
youve       you
you'll      you
youll       you
you'd       you
youd        you
yourself    you
yourselves  you
urself      you
urselves    you
y'all       you
yall        you
ya'll       you
"you guys"  you
"you people" you
"you lot"   you
"your kind" you
"your lot"  you
"your sort" you
"your type" you

# some other person
he          person strict
she         person
him         person
her         person
hers        person
they        person
them        person
he's        person
she's       person
they're     person
theyre      person
himself     person
herself     person
themselves  person
"this guy"  person
"that guy"  person
"this dude" person
"that dude" person
"this woman" person
"that woman" person
"this man"  person
"that man"  person
"this girl" person
"that girl" person
"this person" person
"that person" person
"your manager" person
"your boss" person
"your colleague" person
"your colleagues" person
"your staff" person
"your agent" person
"your mother" person
"your mom" person
"your mum" person
"your mama" person
"your momma" person
"your wife" person
"your sister" person
"your daughter" person
"your family" person
"the agent" person
"the manager" person
"the guy"   person
"the woman" person
"the lady"  person
"the clerk" person
"the cashier" person
"the teller" person
"the driver" person
"the courier" person
"the technician" person
"the operator" person

# people nouns: an insult near them is aimed at somebody, not at a thing
people         person
person         person
guys           person
men            person
ladies         person
staff          person
employee       person
employees      person
worker         person
workers        person
agents         person
managers       person
bosses         person
colleagues     person
politicians    person
politician     person
bankers        person
banker         person
cops           person
cop            person
police         person
officers       person
lawyers        person
doctors        person
nurses         person
teachers       person
waiters        person
waitress       person
waitresses     person
drivers        person
cyclists       person
tourists       person
landlord       person
landlords      person
neighbour      person
neighbours     person
neighbor       person
neighbors      person
customers      person
idiots         person

# negation
not         negator
never       negator
no          negator strict
nobody      negator
"no one"    negator
noone       negator
neither     negator
nor         negator
don't       negator
dont        negator
doesn't     negator
doesnt      negator
didn't      negator
didnt       negator
isn't       negator
isnt        negator
aren't      negator
arent       negator
wasn't      negator
wasnt       negator
weren't     negator
werent      negator
won't       negator
wont        negator
wouldn't    negator
wouldnt     negator
shouldn't   negator
shouldnt    negator
can't       negator
cannot      negator
couldn't    negator
couldnt     negator
mustn't     negator
hardly      negator
"far from"  negator
"not let"   negator
"never let" negator
"not allow" negator
"never allow" negator
"never tolerate" negator
"not tolerate" negator
"not stand by" negator
"not make"  negator
"never make" negator
"opposite of" negator
"no longer" negator
"do not deserve" negator
"don't deserve" negator
"dont deserve" negator
"does not deserve" negator
"doesn't deserve" negator
"ought not" negator
"not at all" negator
"not even" negator
"not remotely" negator
"not in any way" negator
"in no way" negator
"by no means" negator
"not deserve to" negator
"not deserve to be" negator
"don't deserve to" negator
"don't deserve to be" negator
"dont deserve to be" negator
"doesn't deserve to" negator
"doesn't deserve to be" negator
"didn't deserve to" negator
"didn't deserve to be" negator

# reported or quoted speech: what follows in the sentence is not the
# writer's own words
saying      report
"said that" report
"says that" report
"said this" report
"said it"   report
"said i"    report
"said you"  report
"said we"   report
"say that"  report
"claims that" report
"claimed that" report
"writing that" report
"write that" report
"wrote that" report
"writes that" report
"posting that" report
"tweeting that" report
calling     report
"call me"   report
"called me" report
"told me"   report
"told him"  report
"told her"  report
"told us"   report
"told them" report
"telling me" report
"call them" report
"call people" report
"call someone" report
"statements like" report
"statement like" report
"comments like" report
"comment like" report
"messages like" report
"message like" report
"things like" report
"words like" report
"phrases like" report
"threats like" report
"slurs like" report
"terms like" report
"remarks like" report
"jokes like" report
"posts like" report
"tweets like" report
"the word"  report
"the term"  report
"the slur"  report
quoting     report
quoted      report
"telling people" report
"telling women" report
"telling them" report
"accused me of" report
"you said"  report
"when you said" report
"racism like" report
"abuse like" report
threatening report
"threaten to" report
"threatened to" report
"call for"  report
"calls for" report
"calling for" report

# ---------------------------------------------------------------------
# 2. Protected groups (neutral names; slurs are hate entries below)
# ---------------------------------------------------------------------

# gender and sexuality
women       group  fuzzy
woman       group  fuzzy
women's     group
woman's     group
womens      group
womankind   group
females     group  fuzzy
female      group  fuzzy
"girls and women" group
trans       group  fuzzy
transgender+ group fuzzy
transsexual+ group fuzzy
"trans people" group
"trans person" group
"trans women" group
"trans men"  group
"trans folk" group
nonbinary   group  fuzzy
"non binary" group
gay         group
gays        group
"gay people" group
"gay person" group
"gay men"   group
lesbian+    group  fuzzy
homosexual+ group  fuzzy
bisexual+   group  fuzzy
lgbt        group
lgbtq       group
lgbtqia     group
"lgbt people" group

# plurals spelled out, so that a typo in the stem is still read
immigrants     group  fuzzy
migrants       group  fuzzy
refugees       group  fuzzy
foreigners     group  fuzzy
muslims        group  fuzzy
moslems        group  fuzzy
lesbians       group  fuzzy
homosexuals    group  fuzzy
bisexuals      group  fuzzy
africans       group  fuzzy
mexicans       group  fuzzy
hispanics      group  fuzzy
pakistanis     group  fuzzy
christians     group  fuzzy
catholics      group  fuzzy
hindus         group  fuzzy
atheists       group  fuzzy
buddhists      group  fuzzy
transgenders   group  fuzzy
transsexuals   group  fuzzy
latinos        group  fuzzy

# possessives (an apostrophe belongs to the word)
immigrant's      group
immigrants'      group
migrant's        group
refugee's        group
muslim's         group
muslims'         group
jew's            group
lesbian's        group
foreigner's      group
female's         group
african's        group
asian's          group
mexican's        group
arab's           group
"black person's" group
"black people's" group
"gay person's"   group
"gay people's"   group
"trans person's" group
"trans people's" group
"disabled person's" group
"disabled people's" group
"black man's"    group
"black woman's"  group
"gay man's"      group
"trans woman's"  group
"trans man's"    group

# origin and colour
"black people" group
"black person" group
"black folk" group
"black folks" group
"black men" group
"black man" group
"black women" group
"black woman" group
"black lives" group
"black life" group
"black kids" group
blacks      group
african+    group  fuzzy
"african americans" group
asian+      group
chinese     group  fuzzy
mexican+    group  fuzzy
hispanic+   group  fuzzy
latino+     group
latina+     group
latinx      group
arab        group
arabs       group
pakistani+  group  fuzzy
indians     group
romani      group
gypsies     group  fuzzy
gypsy       group  fuzzy
immigrant+  group  fuzzy
migrant+    group  fuzzy
refugee+    group  fuzzy
"asylum seekers" group
foreigner+  group  fuzzy
illegals    group
"people of colour" group
"people of color" group
minorities  group  fuzzy

# religion
muslim+     group  fuzzy
moslem+     group
islam       group
islamic     group  fuzzy
jew         group
jews        group
jewish      group  fuzzy
hindu+      group
sikh+       group
christian+  group
catholic+   group  fuzzy
buddhist+   group  fuzzy
atheist+    group  fuzzy

# disability
disabled    group  fuzzy
"the disabled" group
disabilit*  group
handicapped group  fuzzy
autistic    group  fuzzy
"people with disabilities" group
"wheelchair users" group
"deaf people" group
"blind people" group
"mentally ill" group

# ---------------------------------------------------------------------
# 3. Profanity
# ---------------------------------------------------------------------

# fuck and all its forms (fucking, fucked, fucker, motherfucker,
# clusterfuck, fuckwit...)
*fuck*      profanity 1
fuk         profanity 1
fuks        profanity 1
fukk*       profanity 1
fuking      profanity 1
fukin       profanity 1
fukn        profanity 1
fuked       profanity 1
fuker       profanity 1
fukc*       profanity 1
fucc*       profanity 1
fuxk*       profanity 1
fvck*       profanity 1
phuck*      profanity 1
phuk*       profanity 1
fuq         profanity 1
fuqin       profanity 1
fck         profanity 1
fcks        profanity 1
fcking      profanity 1
fckin       profanity 1
fcked       profanity 1
fcker       profanity 1
fcuk*       profanity 1
fkn         profanity 1
fking       profanity 1
fkin        profanity 1
fuggin      profanity 1
effing      profanity 1
effin       profanity 1
frigging    profanity 1
friggin     profanity 1
motherfuck* profanity 3
*muthafuck* profanity 3
muthafucka* profanity 3
mothafucka* profanity 3
mofo+       profanity 2
wtf         profanity 1
stfu        profanity 2
gtfo        profanity 2
omfg        profanity 1
ffs         profanity 1
fml         profanity 1
"what the hell" profanity 1
"the hell"  profanity 1
"the fuck"  profanity 1
"fuck all"  profanity 1

# shit (bullshit, shithead, shitty, dipshit, horseshit...)
*shit*      profanity 1
bullshit    profanity 1 fuzzy
shyt*       profanity 1
shiet       profanity 1
sheit       profanity 1
shite       profanity 1
shitt*      profanity 1

# milder swearing
damn+       profanity 1
dammit      profanity 1
damnit      profanity 1
goddamn*    profanity 1
goddam      profanity 1
crap        profanity 1 strict
crappy      profanity 1 strict
crapper     profanity 1
craptastic  profanity 1
bloody      profanity 1
bollock*    profanity 2
bugger+     profanity 1
bullocks    profanity 2
piss*       profanity 1 strict
arse        profanity 2 strict
arses       profanity 2 strict
arsed       profanity 1 strict
ass         profanity 2
azz         profanity 2
asses       profanity 2
"my ass"    profanity 2
"your ass"  profanity 2
"kiss my ass" insult 3
"kick your ass" threat 3
"whoop your ass" threat 3
"beat your ass" threat 3
bastard+    insult 3
hell        profanity 1
"bloody hell" profanity 1
"go to hell" insult 2
"burn in hell" insult 3
"rot in hell" insult 3
"jesus christ" profanity 1
"for christ's sake" profanity 1
"for fucks sake" profanity 1
goddammit   profanity 1

# vulgar body words
dick        insult 2 target
dicks       insult 2 target
dickhead*   insult 3 fuzzy
*dickhead   insult 3
dickwad*    insult 3
dickface*   insult 3
dickbag*    insult 3
dickweed*   insult 3
dicksuck*   insult 3
cock        profanity 2
cocks       profanity 2
cocksuck*   insult 3 fuzzy
cockhead*   insult 3
cockwomble* insult 3
*cunt*      insult 3
kunt+       insult 3 strict
pussy       profanity 2
pussies     profanity 2
pussys      profanity 2
pusy        profanity 2
puss        insult 2 target strict
twat*       insult 3
*twat       insult 3
wank*       insult 2 strict
knobhead*   insult 2
*knobhead   insult 2
bellend*    insult 2
tosser+     insult 2
tits        sexual 2 target
titties     sexual 2 target
tittys      sexual 2 target
boobs       sexual 2 target
boobies     sexual 2 target
cum         sexual 3 target strict
cumming     sexual 3 target strict
jizz*       sexual 3
dildo+      profanity 2
blowjob*    sexual 3
"blow job"  sexual 3
handjob*    sexual 3
"hand job"  sexual 3
boner+      sexual 2 target
"butt hole" profanity 2
butthole*   insult 2
buttface*   insult 2
butthead*   insult 2
turd+       insult 2
"turd burglar" hate 3

# ---------------------------------------------------------------------
# 4. Insults
# ---------------------------------------------------------------------

# name-calling nouns: an insult wherever they stand
idiot+      insult 2
idiotic     insult 2 target
moron+      insult 2
imbecil*    insult 2 fuzzy
cretin+     insult 2 fuzzy
dimwit+     insult 2
nitwit+     insult 2
halfwit+    insult 2
dumbass*    insult 3
*dumbass    insult 3
dumbfuck*   insult 3
dumbo       insult 2
dunce+      insult 2
numpty      insult 2
numpties    insult 2
pillock+    insult 2
plonker+    insult 2
muppet+     insult 2 target
prat        insult 2 strict
prats       insult 2 strict
twit        insult 2 strict
prick       insult 2
pricks      insult 2
*prick      insult 2
twits       insult 2 strict
berk        insult 1 target strict
jackass*    insult 3
smartass*   insult 2
smartarse*  insult 2
fatass*     insult 3
lardass*    insult 3
asshole*    insult 3 fuzzy
*asshole    insult 3
arsehole*   insult 3 fuzzy
*arsehole   insult 3
asshat*     insult 3
assclown*   insult 3
asswipe*    insult 3
asshead*    insult 3
assface*    insult 3
shithead*   insult 3
*shithead   insult 3
shitbag*    insult 3
shitstain*  insult 3
dipshit*    insult 3
fuckface*   insult 3
fuckwit*    insult 3
fucktard*   insult 3
fuckhead*   insult 3
scumbag*    insult 3 fuzzy
*scumbag*   insult 3
douche      insult 2
douches     insult 2
douchebag*  insult 3
*douchebag  insult 3
douchey     insult 2
jerk        insult 2 target
jerks       insult 2 target
loser+      insult 2 target
clown       insult 2 target
clowns      insult 2 target
buffoon+    insult 2
bozo+       insult 2
oaf         insult 2 target strict
nincompoop+ insult 2
numbskull+  insult 2
numskull+   insult 2
bonehead+   insult 2
blockhead+  insult 2
meathead+   insult 2
airhead+    insult 2
pinhead+    insult 2
lowlife+    insult 3
"low life"  insult 3 target
degenerate+ insult 3 target
scum        insult 3 target fuzzy
scummy      insult 2 target
slimeball+  insult 3
sleazebag+  insult 3
dirtbag+    insult 3
skank+      insult 3
slut*       insult 3
*slut       insult 3
*sluts      insult 3
whore*      insult 3
*whore      insult 3
*whores     insult 3
hoe         insult 3 strict
hoes        insult 3 strict
hoez        insult 3 strict
hoeish      insult 3 strict
hos         insult 2
ho          insult 2 strict
thots       insult 2
bitch*      insult 3
*bitch      insult 3
*bitches    insult 3
biatch*     insult 3
biotch*     insult 3
beeotch*    insult 3
beotch*     insult 3
beyotch*    insult 3
bytch*      insult 3
bish        insult 2 target strict
"son of a bitch" insult 3
sonofabitch insult 3
"piece of shit" insult 3
"piece of crap" insult 2
"piece of garbage" insult 3
"piece of trash" insult 3
"waste of space" insult 3 target
"waste of oxygen" insult 3 target
"waste of air" insult 3 target
"waste of skin" insult 3
"sack of shit" insult 3
"bag of shit" insult 3
"brain dead" insult 2 target
braindead   insult 2 target
brainless   insult 2 target
"mouth breather" insult 2
psychopath+ insult 2 target
sociopath+  insult 2 target
lunatic+    insult 2 target
nutjob+     insult 2
nutcase+    insult 2
weirdo+     insult 2 target
freak       insult 2 target
freaks      insult 2 target
creep       insult 2 target
creeps      insult 2 target
creepy      insult 1 target
pervert+    insult 3 target
perv        insult 3 target
pervs       insult 3 target
pervy       insult 3 target
sicko+      insult 2 target
coward+     insult 2 target
snitch+     insult 2 target
hypocrite+  insult 1 target
liar+       insult 2 target
crook       insult 1 target
crooks      insult 1 target
thieves     insult 1 target
"thieving"  insult 2 target
leech+      insult 2 target
bimbo+      insult 2 target
redneck+    insult 2 target
hick        insult 2 target
hillbilly   insult 2 target
hillbillies insult 2 target
"white trash" hate 3
"trailer trash" insult 3

# adjectives: an insult only when aimed at someone; alone ("this useless
# app") they are frustration
stupid*     insult 2 target fuzzy
stoopid     insult 2 target
stupit      insult 2 target
dumb        insult 2 target
dumber      insult 2 target
dumbest     insult 2 target
moronic     insult 2 target
useless     insult 2 target fuzzy
pathetic    insult 2 target fuzzy
incompetent+ insult 2 target fuzzy
worthless   insult 3 target fuzzy
ignorant+   insult 2 target fuzzy
ignoramus+  insult 2
clueless    insult 1 target
lazy        insult 1 target
retarded    hate 3 fuzzy
ugly        insult 2 target
uglier      insult 2 target
ugliest     insult 2 target
fat         insult 1 target strict
fatso       insult 2
fatty       insult 2 target
obese       insult 1 target
hideous     insult 2 target
disgusting  insult 2 target fuzzy
disgust+    insult 2 target fuzzy
disgusted   insult 2 target fuzzy
revolting   insult 2 target fuzzy
repulsive   insult 2 target fuzzy
repugnant   insult 2 target fuzzy
repellent   insult 2 target
sickening   insult 2 target fuzzy
vile        insult 2 target strict
nasty       insult 1 target
*sickening  insult 2 target
*pathetic   insult 2 target
*disdain    insult 2 target
*disgust    insult 2 target
smelly      insult 1 target
stinking    insult 1 target
stinky      insult 1 target
despicable  insult 2 target fuzzy
contemptible insult 2 target
spineless   insult 2 target
gutless     insult 2 target
dishonest   insult 1 target
greedy      insult 1 target
evil        insult 2 target strict
savage      insult 2 target
savages     insult 3 target fuzzy
barbaric    insult 2 target
barbarians  insult 3 target fuzzy
inferior    insult 2 target fuzzy
uncivilised insult 2 target fuzzy
uncivilized insult 2 target fuzzy
deranged    insult 2 target
disgrace+   insult 2 target
embarrassment insult 1 target
"so stupid" insult 2 target

# more name-calling, mostly British and Irish
daft        insult 1 target
thicko+     insult 2
idoit+      insult 2
idot        insult 2
idots       insult 2
retarted    hate 3
retared     hate 3
ahole+      insult 3
arsewipe+   insult 3
fools       insult 2 target
foolish     insult 1 target
eejit+      insult 2
idjit+      insult 2
"get a brain" insult 2
"get a life" insult 1
"get a clue" insult 1
dolt+       insult 2
dullard+    insult 2
simpleton+  insult 2
twerp+      insult 2
toerag+     insult 2
gobshite+   insult 3
scumbucket+ insult 3
nonce       insult 3
nonces      insult 3
paedo+      insult 3 target
pedo        insult 3 target
pedos       insult 3 target
pedophile+  insult 3 target
paedophile+ insult 3 target
chav+       insult 2 target
minger+     insult 2
munter+     insult 2 target
slapper+    insult 3 strict
slag        insult 3 target strict
slags       insult 3 target strict
trollop+    insult 2
floozy      insult 2
bint        insult 2 target
hag         insult 2 target
hags        insult 2 target
cuck        insult 2 target
cucks       insult 2 target
incel+      insult 1 target
simp        insult 1 target
pleb+       insult 2 target
plank       insult 1 target strict
weasel+     insult 1 target
scoundrel+  insult 1 target
amateurs    insult 1 target
cowboys     insult 1 target strict
jokers      insult 1 target
dickish     insult 2
nobhead+    insult 2
knobend+    insult 2
jerkoff+    insult 2
"jerk off"  sexual 3
"jerking off" sexual 3
terrorists  insult 2 target
nazi        insult 2 target
nazis       insult 2 target
groomer+    hate 3 target
sodomite+   hate 3
"heil hitler" hate 4
"sieg heil" hate 4
"white power" hate 3
feck+       profanity 1
fecking     profanity 1
"cock up"   profanity 1
"f off"     insult 2
"eff off"   insult 2
"eat a dick" insult 3
"suck a dick" insult 3
"dumb blonde" insult 2
"silly cow" insult 2
"stupid cow" insult 2
"fat cow"   insult 2
"old cow"   insult 2
"nice legs" sexual 3
"nice body" sexual 2 target
"bend you over" sexual 4
"touching myself" sexual 4
"playing with myself" sexual 4

# more insults
psycho      insult 2 target
psychos     insult 2 target
psychotic   insult 2 target
wimp        insult 1 target
wimps       insult 1 target
wimpy       insult 1 target

# ---------------------------------------------------------------------
# 5. Dehumanising words and verbs of hatred
#    (insult near you/person, hate in a sentence naming a group)
# ---------------------------------------------------------------------

vermin      insult 3 target fuzzy
maggot+     insult 3 target fuzzy
plague      insult 3 target fuzzy
subhuman+   insult 3 fuzzy
"sub human" insult 3
untermensch insult 3
"lesser beings" insult 3 target
"lesser being" insult 3 target
"lower life forms" insult 3 target
"lower form of life" insult 3 target
"not human" insult 3 target
"not even human" insult 3 target
"less than human" insult 3 target
"no better than" insult 1 target
infest*     insult 3 target
swarm+      insult 1 target
"breed like" insult 2 target
menace      insult 2 target
stupidest   insult 2 target
"worthless dirt" insult 3 target
"human garbage" insult 3
"human trash" insult 3
"human filth" insult 3
"human scum" insult 3
"human waste" insult 3
"waste of life" insult 3 target
useless+    insult 2 target

# verbs and nouns of hatred
hate        insult 2 target fuzzy
*hate       insult 2 target
hates       insult 2 target
hated       insult 2 target
hating      insult 2 target
despise+    insult 2 target fuzzy
loathe+     insult 2 target
loathing    insult 2 target
detest+     insult 2 target fuzzy
abhor+      insult 2 target
disdain     insult 2 target fuzzy
scorn       insult 2 target
abomination+ insult 3 target fuzzy
"can't stand" insult 2 target
"cannot stand" insult 2 target
"cant stand" insult 2 target
"make me sick" insult 2 target
"makes me sick" insult 2 target
"make me furious" insult 2 target
"makes me furious" insult 2 target
"make me puke" insult 2 target
"makes me puke" insult 2 target
"make me vomit" insult 2 target
"makes me vomit" insult 2 target
"boil with anger" insult 2 target
"make me boil" insult 2 target
"makes me boil" insult 2 target
"turn my stomach" insult 2 target
"turns my stomach" insult 2 target
"piss off" insult 2
"pissed off" profanity 1
"screw you" insult 2
"screw off" insult 2
"bugger off" insult 2
"sod off"   insult 2
"shut your mouth" insult 2
"shut your face" insult 2
"shut your trap" insult 2
"eat shit"  insult 3
"drop dead" threat 4
"get fucked" insult 3
"suck my"   insult 3

# ---------------------------------------------------------------------
# 6. Slurs
# ---------------------------------------------------------------------

# race and origin
*nigger*    hate 4
nigger+     hate 4
nigga+      hate 3
niggaz      hate 3
niggah      hate 3
nigguh+     hate 3
niggur+     hate 4
nicca+      hate 3
niccah      hate 3
nigguz      hate 3
wigger+     hate 3
wigga+      hate 3
whitey      hate 2
ofay        hate 2
cracka+     hate 2
"race traitor" hate 3
"race traitors" hate 3
nigg        hate 3
niggers     hate 4
niglet+     hate 4
nigglet+    hate 4
"porch monkies" hate 4
whigger+    hate 3
mongrel+    insult 2 target
negro+      hate 3 target strict
negroes     hate 3
coon        hate 4 strict
coons       hate 4 strict
jigaboo+    hate 4
jiggaboo+   hate 4
"porch monkey" hate 4
"porch monkeys" hate 4
"jungle bunny" hate 4
sambo+      hate 4 strict
darkie+     hate 4
darky       hate 4
spic        hate 4
spics       hate 4
spick       hate 4
spicks      hate 4
wetback+    hate 4 fuzzy
*wetback*   hate 4
beaner+     hate 4
chink       hate 4
chinks      hate 4
chinky      hate 4
gook+       hate 4
zipperhead+ hate 4
"slant eyes" hate 4
"slant eye" hate 4
slanty      hate 3
paki        hate 4
pakis       hate 4
"paki bastard" hate 4
raghead+    hate 4 fuzzy
towelhead+  hate 4 fuzzy
"towel head" hate 4
"towel heads" hate 4
"sand nigger" hate 4
camelfuck*  hate 4
"camel fucker" hate 4
"camel fuckers" hate 4
"camel jockey" hate 4
"sand monkey" hate 4
"goat fucker" hate 4
goatfuck*   hate 4
kike        hate 4
kikes       hate 4
yid         hate 3 target strict
yids        hate 3 strict
heeb        hate 3 strict
hebe        hate 3 strict
"christ killers" hate 4
shylock+    hate 2 target
gypo+       hate 3
gyppo+      hate 3
pikey+      hate 3
wog         hate 4
wogs        hate 4
golliwog+   hate 4
injun+      hate 3
redskin+    hate 3 target
"red skins" hate 3
halfbreed+  hate 3
"half breed" hate 3
mulatto+    hate 2 target
honky       hate 3
honkies     hate 3
honkey+     hate 3
gringo+     hate 2 target strict
kraut+      hate 2 target strict
dago+       hate 3 strict
polack+     hate 3 strict
"go back to your country" hate 3
"go back to where you came from" hate 3
"go back to africa" hate 4
"illegal aliens" hate 2 target
rapefugee+  hate 4 fuzzy
*rapefugee* hate 4
"rape fugee" hate 4
"rape fugees" hate 4

# religion
muzzie+     hate 4
*muzzie     hate 4
*muzzies    hate 4
muzzy       hate 3
muzrat+     hate 4
"muzz rat"  hate 4
jihadi+     hate 3 target
jihadis     hate 3
jihadist+   hate 2 target
"jihadi john" hate 2
islamist+   hate 1 target
"religion of peace" hate 1 target
"bible basher" insult 2
"bible thumper" insult 2
"jew down"  hate 3
jewed       hate 3
jewing      hate 3
"dirty jew" hate 4
"dirty jews" hate 4

# gender and sexuality
faggot*     hate 4 fuzzy
*faggot     hate 4
*faggots    hate 4
*fags       hate 4
fagot+      hate 4
fag         hate 4 strict
fags        hate 4 strict
faggy       hate 4
fagg        hate 4
phaggot*    hate 4
dyke        hate 3
dykes       hate 3
dykey       hate 3
lesbo+      hate 3
lezzer+     hate 3
lezza       hate 3
lezzie+     hate 3
lezbo+      hate 3
homo        hate 3 target strict
homos       hate 3 strict
poof        hate 3
poofs       hate 3
poofter+    hate 3
pooftah     hate 3
batty       hate 1 target
"batty boy" hate 4
"batty man" hate 4
"bum boy"   hate 3
bumboy+     hate 3
"fudge packer" hate 4
fudgepacker+ hate 4
"pillow biter" hate 4
queer       hate 3 target
queers      hate 3 target
"that's so gay" hate 2
tranny      hate 4 fuzzy
*tranny     hate 4
*trannies   hate 4
trannies    hate 4 fuzzy
trannys     hate 4
shemale+    hate 4 fuzzy
"she male"  hate 4
"he she"    hate 3
heshe       hate 3
ladyboy+    hate 3
"it's a man" hate 1
troon+      hate 4
trannie     hate 4
feminazi+   hate 3 fuzzy
femoid+     hate 4
foid        hate 4
foids       hate 4
"women are property" hate 4
"make me a sandwich" hate 2
"get back in the kitchen" hate 3

# disability
retard+     hate 3 fuzzy
*retard     hate 3
*retards    hate 3
tard        hate 3
tards       hate 3
libtard+    insult 3
fucktard+   insult 3
mong        hate 3 strict
mongs       hate 3 strict
mongo       hate 3 target strict
mongoloid+  hate 4 fuzzy
spaz        hate 3
spazz+      hate 3
spastic+    hate 3 fuzzy
spacker+    hate 3
cripple     hate 3
*cripple    hate 3
cripples    hate 3
"cripple fight" hate 3
"window licker" hate 3
windowlicker+ hate 3
"short bus" hate 2

# more slurs
downie      hate 3
downies     hate 3

# ---------------------------------------------------------------------
# 7. Violence (aimed at a person or group) and threat phrases
# ---------------------------------------------------------------------

slaughter+  threat 4 target fuzzy
butchered   threat 4 target
massacre+   threat 4 target fuzzy
exterminat* threat 4 target fuzzy
eradicat*   threat 4 target fuzzy
annihilat*  threat 4 target fuzzy
executed    threat 4 target fuzzy
torture     threat 4 target fuzzy
strangle    threat 4 target
lynch       threat 4 target
lynched     threat 4 target
lynching    threat 4 target
hanged      threat 4 target
behead*     threat 4 target fuzzy
decapitat*  threat 4 target fuzzy
strangle+   threat 4 target
tortur*     threat 4 target strict
mutilat*    threat 4 target fuzzy
dismember*  threat 4 target fuzzy
raping      threat 4 target
rapist+     threat 3 target
gassed      threat 4 target
"in cages"  threat 3 target
"in a cage" threat 3 target
"in a zoo"  threat 3 target
sterilis*   threat 3 target strict
steriliz*   threat 3 target strict
"throats cut" threat 4 target
"cut their throats" threat 4
"snap their necks" threat 4
"slit their throats" threat 4
"punch you" threat 4
"slap you" threat 3
"beat you up" threat 4
"beat the shit out of" threat 4
"beat the crap out of" threat 4
"kick the shit out of" threat 4
"kick your teeth in" threat 4
"knock your teeth out" threat 4
"knock you out" threat 3
"die in a fire" threat 4
"die in a ditch" threat 4
"watch your step" threat 2
"sleep with one eye open" threat 4
"your days are numbered" threat 4
"you're dead" threat 4
"youre dead" threat 4
"you are dead" threat 4
"dead meat" threat 3
"you will pay" threat 2
"you'll pay" threat 2
"bomb threat" threat 3
arson       threat 3 target
"burn down" threat 4 target
"burn it down" threat 4
"torch your" threat 4
"set fire to" threat 4 target

# more violence words

# ---------------------------------------------------------------------
# 8. Sexual harassment (aimed at the reader)
# ---------------------------------------------------------------------

horny       sexual 3
"your underwear" sexual 3
"your bra"  sexual 3
"your panties" sexual 3
"your knickers" sexual 3
"your thong" sexual 3
"your lingerie" sexual 3
naked       sexual 3 target
nudes       sexual 4 target
nudies      sexual 4 target
"send nudes" sexual 4
"your breasts" sexual 4
"your boobs" sexual 4
"your tits" sexual 4
"your butt" sexual 3
"your legs" sexual 2
"your lips" sexual 2
"your pussy" sexual 4
"your dick" sexual 4
"your cock" sexual 4
"nice tits" sexual 4
"nice ass"  sexual 4
"nice butt" sexual 4
"nice rack" sexual 4
fuckable    sexual 4
dtf         sexual 4
"sit on my face" sexual 4
"sit on my lap" sexual 4
"suck my dick" sexual 4
"suck my cock" sexual 4
"suck me off" sexual 4
"blow me"   sexual 4
"give me head" sexual 4
"take your clothes off" sexual 4
"get naked" sexual 4
"have sex"  sexual 3 target
"sleep with me" sexual 4
"sleep with you" sexual 4
"on your knees" sexual 3
grope+      sexual 4 target
"sugar tits" sexual 4
"sweet cheeks" sexual 3
"hot stuff" sexual 3
"hey babe"  sexual 2
"hey sexy"  sexual 3
"hey baby"  sexual 2
"hey gorgeous" sexual 2
"dick pic"  sexual 4
"dick pics" sexual 4
"are you single" sexual 2
"go out with me" sexual 2
"date me"   sexual 2

# more sexual remarks
milf        sexual 3
milfs       sexual 3

# ---------------------------------------------------------------------
# 9. Frustration (a signal for the agent, never abuse)
# ---------------------------------------------------------------------

unacceptable  frustration 2
ridiculous    frustration 2
absurd        frustration 2
outrageous    frustration 2
outrage+      frustration 2
disgraceful   frustration 2
shocking      frustration 1
appalling     frustration 2
appalled      frustration 2
terrible      frustration 1
horrible      frustration 1
awful         frustration 1
dreadful      frustration 1
abysmal       frustration 2
atrocious     frustration 2
shambles      frustration 2
"a joke"    frustration 2
joke        frustration 1
nonsense    frustration 1
"rip off"   frustration 2
ripoff      frustration 2
"ripped off" frustration 2
scam        frustration 2
scams       frustration 2
scammed     frustration 2
fraud+      frustration 1
robbery     frustration 2
"daylight robbery" frustration 2
refund+     frustration 1
complain+   frustration 1
complaint+  frustration 2
"formal complaint" frustration 3
escalate+   frustration 2
escalation  frustration 2
ombudsman   frustration 3
regulator   frustration 2
lawyer+     frustration 3
solicitor+  frustration 3
attorney+   frustration 3
sue         frustration 3
suing       frustration 3
"take you to court" frustration 3
"small claims" frustration 3
court       frustration 2
legal       frustration 1
"trading standards" frustration 3
"watchdog"  frustration 2
"the press" frustration 2
"the media" frustration 2
"bad review" frustration 2
"one star"  frustration 2
# no "1 star": a word of digits alone is never matched
review      frustration 1
trustpilot  frustration 2
cancel+     frustration 2
cancellation frustration 2
"close my account" frustration 2
"closing my account" frustration 2
"switch banks" frustration 2
"switching to" frustration 1
"take my business elsewhere" frustration 3
"never again" frustration 2
"last time" frustration 1
"third time" frustration 2
"fourth time" frustration 2
"fifth time" frustration 2
"again and again" frustration 2
"once again" frustration 1
"still waiting" frustration 2
"still not" frustration 1
"still no"  frustration 1
"how many times" frustration 2
"how long"  frustration 1
"weeks ago" frustration 1
"days ago"  frustration 1
"no response" frustration 2
"no reply"  frustration 2
"nobody answers" frustration 2
"not good enough" frustration 2
"sort it out" frustration 2
"fix it"    frustration 1
"right now" frustration 2
immediately frustration 2
asap        frustration 2
urgent+     frustration 2
now         frustration 1
manager     frustration 1
supervisor  frustration 2
"speak to a manager" frustration 3
"talk to a manager" frustration 3
"fed up"    frustration 2
frustrat*   frustration 2
annoyed     frustration 1
annoying    frustration 1
angry       frustration 2
furious     frustration 2
livid       frustration 3
upset       frustration 1
disappointed frustration 1
disappointing frustration 1
sick        frustration 1
"sick and tired" frustration 2
"sick of"   frustration 1
"fed up with" frustration 1
"had enough" frustration 2
"enough is enough" frustration 3
incompetence frustration 2
"worst service" frustration 2
worst       frustration 1
hopeless    frustration 1
crazy       frustration 1
insanity    frustration 1
"for god's sake" frustration 2
"for gods sake" frustration 2
"for god sake" frustration 2
"oh my god" frustration 1
omg         frustration 1
seriously   frustration 1
overcharged frustration 2
"charged twice" frustration 2
"double charged" frustration 2
"my money back" frustration 2
compensation frustration 2
broken      frustration 1
"not working" frustration 1
"doesn't work" frustration 1
"does not work" frustration 1
unhappy     frustration 1
dissatisfied frustration 2
"demand"    frustration 2
demanding   frustration 2
"i demand"  frustration 3

# ---------------------------------------------------------------------
# 10. Allow list: ordinary words that contain a part or prefix above
# ---------------------------------------------------------------------

scunthorpe  allow
scunthorpes allow
cockburn    allow
dickens     allow
dickensian  allow
dickinson   allow
dickson     allow
dickey      allow
dickie      allow
shitake     allow
shitakes    allow
shiitake    allow
mishit      allow
mishits     allow
shittim     allow
pissarro    allow
pissoir     allow
pissaladiere allow
cocktail    allow
cocktails   allow
peacock     allow
hancock     allow
assessment  allow
classic     allow
titmouse    allow
hoedown     allow
caliphate   allow
phosphate   allow
sulphate    allow
snigger     allow
sniggers    allow
sniggered   allow
sniggering  allow
niggard     allow
niggards    allow
niggardly   allow
wankel      allow
pissaro     allow
retardant   allow
retardants  allow
retardation allow
# word parts inside names and terms: -shita in Japanese names (Matsushita,
# Yamashita, Kinoshita), Cushitic languages, the Peshitta, a Shih Tzu as
# often spelt; -phate in chemistry (superphosphate)
*shita      allow
cushit*     allow
peshitta    allow
shitzu*     allow
*phate      allow
# a Dutch entry that is an English verb
pummel*     allow

# more allowed words and phrases
"hate like" allow
"hate speech" allow
"hate crime" allow
"hate crimes" allow
"hate mail" allow
sympathetic allow
empathetic allow
apathetic allow
telepathetic allow
antipathetic allow
unsympathetic allow
"homo sapiens" allow
"spic and span" allow
"pussy cat" allow
"pussy willow" allow
"hate to"   allow
"hate it when" allow
"garden hoe" allow
assess       allow
assessed     allow
assesses     allow
assessing    allow
assessor     allow
assessors    allow
assessments  allow
rapped       allow
rapping      allow
looser       allow
pratt        allow
shiitakes    allow
"homo erectus" allow
"homo habilis" allow
"queer person" allow
"queer people" allow
"queer community" allow
"queer rights" allow
"queer culture" allow
"queer theory" allow
"queer liberation" allow
"queer folk" allow
"queer youth" allow
"queer studies" allow
"queer pride" allow
"ho ho"      allow
"ho ho ho"   allow
"westward ho" allow

# ---------------------------------------------------------------------
# 11. Phrase rules (PCRE2 on the phrase view: lower case, leet resolved,
#     single spaces, punctuation kept)
# ---------------------------------------------------------------------

# --- threats against the reader, their family and property ---
rule threat 4 you with children,daughter,family,husband,kids,live,lives,mom,mother,mum,parents,park,parks,partner,school,sleep,sleeps,son,stay,stays,wife,work,works,ya when know : \bi know where (you|u|ya|your (family|kids|children|wife|husband|partner|daughter|son|mother|mum|mom|parents)) (live|lives|work|works|sleep|sleeps|stay|stays|park|parks|go to school|goes to school)\b
rule threat 4 you when children,daughter,family,husband,kids,mom,mother,mum,parents,school,son,wife : \bi know (where|what school) your (kids|children|family|wife|husband|daughter|son|mother|mum|mom|parents) (live|lives|go|goes|are|is|work|works)\b
rule threat 4 you when find,hunt : \b(i|we)('?ll| will| am going to|'?m going to|'?m gonna| am gonna| gonna| are going to|'re going to)( (fucking|personally|soon))? (find|hunt) (you|u|ya|yall|y'all)( down)?\b(?! (a|an|the|some|another|any|something|somebody|someone|out|better|cheaper|one|that|this|it|whatever|what)\b)
rule threat 4 you when coming : \b(i'?m|i am|we'?re|we are) coming (for|after) (you|u|ya|your)\b
rule threat 4 you when kill,murder,hurt,stab,strangle,choke,punch,slap,smash,rape,gut,torture,butcher,slaughter,knife,maim,beat,break,end,destroy,bury,kick,batter,smack,deck,attack,strangle,shank,cut,burn,drown,skin : \b(i|we|i'd|we'd)('?ll| will| would| could| am going to|'?m going to|'?m gonna| am gonna| gonna| wanna| want to|'d love to| would love to| are going to|'re going to| should| swear i'?ll| swear i will)( (fucking|just|really|personally|literally|actually|seriously|honestly|come and|come over and|find you and))* (kill|murder|hurt|stab|strangle|choke|punch|slap|smash|rape|gut|torture|butcher|slaughter|knife|maim|beat|break|end|destroy|bury|kick|batter|smack|deck|attack|shank|cut|burn|drown|skin) (you|u|ya|yourself|yall|y'all)\b(?! (a|an|some|with (a|an|my|the) (complaint|review|lawsuit|letter|email|e mail))\b)
rule threat 4 you when kill,murder,hurt,stab,strangle,punch,slap,smash,break,cut,slit,burn,rape,torture,bash,kick,rearrange,cave,bust,snap : \b(kill|murder|hurt|stab|strangle|punch|slap|smash|break|cut|slit|snap|burn|rape|torture|bash|kick|rearrange|cave in|bust) (your|ur|yer) (family|kids|children|wife|husband|partner|daughter|son|mother|mum|mom|dad|father|parents|face|head|neck|legs|arms|knees|kneecaps|teeth|skull|throat|nose|jaw|house|home|car|office|windows)\b
rule threat 4 you when hope,wish,pray : \b(hope|wish|pray)( that)? (you|u|ya|yall|y'all|your (family|kids|children|wife|husband|mother|mum|mom))( all)? ('?ll |will |get |gets )?(die|dies|drop dead|get cancer|gets cancer|get raped|gets raped|get hit by|get run over|burn|rot|suffer|choke|get killed|gets killed|die slowly|die painfully|catch (cancer|covid|aids))\b
rule threat 4 you when going,gonna : \b(you|u|ya)('?re| are| r|re) (going to|gonna) (die|bleed|get hurt|suffer|get what('?s| is) coming|get killed|wish you were dead|be sorry)\b
rule threat 3 you with everything,gonna,pay,regret,u're,ure,ya,ya're,yare,you're,youre when going,gonna : \b(you|u|ya)('?re| are| r|re) (going to|gonna) (regret|pay for) (this|that|it|everything)\b
rule threat 4 you when u'll,ull,will,ya,ya'll,yall,you'll,youll : \b(you|u|ya)('?ll| will) (die|bleed|suffer|get hurt|never see it coming|be sorry|wish you were dead|wish you had never been born)\b
rule threat 4 you when all,better,deserve,must,need,ought,should,y'all,ya,yall : \b(you|u|ya|yall|y'all)( all)? (should|deserve to|ought to|need to|must|better)( (just|all|fucking))? (die|be killed|be shot|be hanged|be hung|be raped|be dead|get shot|get killed|get raped|get stabbed|suffer|rot|burn)\b
rule threat 4 you when happen : \b(something|accidents?|bad things)( bad| terrible| nasty)? (could|might|will|may|can) happen to (you|u|ya|your|ur)\b
rule threat 4 you when shame : \bshame if (something|anything) (were to happen|happened|happens|should happen|was to happen) to\b
rule threat 4 when burn,torch,bomb,blow,shoot,firebomb,smash,petrol : \b(burn|torch|bomb|blow up|firebomb|shoot up|smash up|petrol bomb|set fire to)( down)? (your|ur|the|this|that|their|his|her) (office|offices|house|home|shop|store|branch|building|bank|place|headquarters|hq|warehouse|call centre|call center|factory|restaurant|car|cars|family)\b
rule threat 4 when burn,torch : \b(burn|torch) (it|your \w+|the \w+|this \w+) (down|to the ground)\b
rule threat 3 you when wait : \bwait (till|until) i (find|catch|get) (you|u|ya|hold of you)\b
rule threat 4 you with day,live,night,survive,u'll,ull,week,won't,wont,year,you'll,youll when u'll,ull,will,won't,wont,you'll,youll : \b(you|u)( will|'?ll| won'?t| wont| will not) (not )?(live|survive) (to see|long|the (week|night|year|day))\b
rule threat 4 you when count : \bcount your days\b
rule threat 4 you when go : \bgo (and |ahead and )?(die|kill yourself|kill urself|hang yourself|jump off a (bridge|cliff|building)|drink bleach|play in traffic|get hit by a (car|bus|train))\b
rule threat 4 you when drink,jump : \b(drink bleach|jump off a (bridge|cliff|building))\b
rule threat 3 you when watch : \b((you('?d| had)? )?better watch (out|yourself|your back|your step)|watch your back)\b

# --- violence and death wishes against people and groups ---
rule threat 4 when kill,murder,stab,slaughter,strangle,butcher,torture,rape,lynch,behead,exterminate,eradicate,massacre,knife,mow,gun,drown,choke,gas,hurt,slap,punch,annihilate : \b(i|we)('?ll| will| am going to|'?m going to|'?m gonna| am gonna| are going to|'re going to| gonna| wanna| want to|'d love to| would love to| plan to| intend to|'?ll have to| will have to| have to| need to| must| should)( (just|really|fucking|finally|personally|definitely|soon|go|go and|all))* (kill|murder|murdr|stab|slaughter|strangle|butcher|torture|rape|lynch|behead|massacre|knife|mow down|gun down)\b(?! (two birds|time|the (time|session|process|app|bug|engine)|(the|this|that|my|our) (app|process|card|account|time|bug|fee|fees|subscription|payment|transfer|deal|order|contract|page|session|mood|vibe)))
rule threat 4 when shoot : \b(i|we)('?ll| will| am going to|'?m going to|'?m gonna| am gonna| are going to|'re going to| gonna| wanna| want to|'d love to| would love to)( (just|really|fucking|finally))* shoot (the|a|an|all|every|those|these|that|this|some|any|you|u|him|her|them|everyone|everybody)\b(?! ?(you|u|him|her|them|me|us)? ?(an?|over|back|some|the|another|my|our)? ?(e ?mail|email|message|text|note|line|dm|pm|call|quick|photo|picture|video|reply|question))
rule threat 4 with behead,bomb,butcher,kill,lynch,massacre,murder,rape,shoot,slaughter,slit,snap,stab,strangle,throat,throats,torture when someone,somebody,someones : \b(someone|somebody|someone'?s)( (just|really|finally|needs|ought|has))? (should|ought to|needs to|need to|has to|must|gotta|gonna|is going to)( (just|really|finally|all))* (kill|murder|stab|shoot|slaughter|strangle|butcher|torture|rape|lynch|behead|massacre|bomb|snap the necks? of|cut the throats? of|slit the throats? of)\b
rule threat 4 target with behead,bomb,burn,butcher,cleanse,cut,deport,drown,eradicate,exterminate,gas,hang,kill,lynch,massacre,murder,put,rape,round,shoot,slaughter,slit,snap,stab,sterilise,sterilize,strangle,torture when should,ought,must,need,needs,deserve,deserves,have,has : \b(we|you|they|people|everyone|everybody|society|the government)( (all|really|finally))? (should|ought to|must|need to|needs to|have to|has to|could)( (just|all|simply|finally|really))* (kill|murder|stab|shoot|slaughter|strangle|butcher|torture|rape|lynch|behead|exterminate|eradicate|massacre|hang|gas|burn|bomb|drown|round up|snap|cut|slit|put down|sterili[sz]e|deport|cleanse)\b
rule threat 4 with annihilated,beaten,beheaded,burned,burnt,butchered,culled,death,drowned,eradicated,exterminated,gassed,killed,lynched,murdered,raped,shot,slaughtered,stabbed,strung,tortured,wiped when annihilated,beaten,beheaded,burned,burnt,butchered,culled,drowned,eradicated,exterminated,gassed,killed,lynched,murdered,raped,shot,slaughtered,stabbed,strung,tortured,wiped,put : \b(should|ought to|must|need to|needs to|deserve to|deserves to|have to|has to)( (all|just|simply|really|finally|be)){0,3} (be|get) (killed|murdered|shot|lynched|gassed|exterminated|eradicated|slaughtered|butchered|tortured|raped|beheaded|drowned|stabbed|beaten to death|wiped out|culled|shot dead|burned alive|burnt alive|strung up|put to death|annihilated)\b
rule threat 3 target with banished,beaten,burned,burnt,caged,camps,deported,down,eliminated,executed,hanged,hung,hurt,kicked,locked,punished,removed,rounded,sterilised,sterilized,thrown when banished,beaten,burned,burnt,caged,deported,eliminated,executed,hanged,hung,hurt,kicked,locked,punished,removed,rounded,sterilised,sterilized,thrown,put : \b(should|ought to|must|need to|needs to|deserve to|deserves to|have to|has to)( (all|just|simply|really|finally)){0,3} (be|get) (executed|hanged|hung|burned|burnt|beaten|put down|locked up|caged|locked away|sterili[sz]ed|deported|removed|eliminated|banished|thrown out|kicked out|rounded up|put in camps|punished|hurt)\b
rule threat 4 when death,deathto,deaht,deth,daeth : \b(death|deaht|deth|daeth) ?to (all|the|every|those|these|them|you|u|him|her|any|each)\b
rule threat 4 when deserve,deserves,deserved,deserving : \b(deserve|deserves|deserved|deserving) (to ?die|death|to be killed|to be shot|to be raped|to be hanged|to be hung|to be lynched|to be tortured|to rot|to burn|to be exterminated|to be gassed|to be wiped out|a bullet|to be dead)\b
rule threat 3 target when deserve,deserves,deserved,suffer : \b(deserve|deserves|deserved|deserving|should all|should|must|ought to) (to )?suffer\b
rule threat 3 target with burn,dead,die,drop,exist,existing,rot,wiped when should,must,ought,need,needs,better,deserve,deserves : \b(should|must|ought to|need to|needs to|deserve to|deserves to|better)( all| just| simply)* (die|drop dead|rot|burn in hell|not exist|stop existing|be dead|be wiped off)\b
rule threat 3 target when dead,feet,good : \b(would|will|should)( all)? be (dead|better off dead|six feet under|gone for good)\b
rule threat 4 when throat,throats,neck,necks,cut,slit,slash,snap : \b(cut|slit|slash|snap|break|wring|slice)( (all|all of|every|each of))?( (their|your|ur|his|her|its|the|those|these|them))( [\w']+){0,3}? ?\w*(throats?|necks?)( of)?\b
rule threat 4 when neck,necks,throat,throats : \b(throats?|necks?) (cut|slit|slashed|snapped|broken)\b
rule threat 4 when hang,hanging,lynch : \b(hang|string up|lynch) (them|all of them|every (one|last one) of them|those \w+( \w+)?|these \w+( \w+)?|all (the )?\w+( \w+)?) (from|by|on) (a |the |every )?(trees?|lamp ?posts?|necks?|ropes?|nooses?)\b
rule threat 4 when gas,oven,ovens,chambers,chamber,camps,camp : \b(gas chambers?|into the ovens?|in the ovens?|concentration camps?|death camps?)\b
rule threat 3 target when belong : \bbelong(s)? in (a |the )?(zoo|zoos|cage|cages|camp|camps|gas chambers?|ovens?|trash|bin|gutter|sewer|hell|grave|ground|asylum)\b
rule hate 3 when hitler : \bhitler (was right|had the right idea|did nothing wrong|should have finished)\b

# --- dehumanisation and hate about groups (need a group or person word) ---
rule insult 3 target when cancr,cancre,canser,kancer,cancer,virus,viruses,disease,diseases,plague,tumour,tumor,tumours,tumors,infection,blight,pestilence,cancers,pandemic,epidemic : \b(are|were|\w+'re)( (a|an|just a|nothing but a|such a|the|all a|basically a|literally a|real|total|complete|absolute))? (cancer|cancers|cancr|cancre|canser|kancer|virus|viruses|disease|diseases|plague|tumou?rs?|infection|blight|pestilence|pandemic|epidemic)\b(?! (patient|patients|survivor|survivors|sufferer|sufferers|treatment|research|charity|diagnosis|scare|care|ward|test|tests|check|outbreak|vaccine|season))
rule insult 3 target when human,humans,people,beings,persons : \b(not|aren'?t|isn'?t|never|no longer|barely|hardly|less than)( (even|really|fully|truly|real|proper|actual))* (human|humans|human beings)\b
rule insult 3 target when human : \b(look|looks|might look|may look|seem|seems|pretend to be|pass as) human but\b
rule insult 3 target when worth,worht,value,worthless : \b(lives?|life|existences?)\b[^.!?]{0,25}?\bworth (absolutely |literally |less than |no more than )?(nothing|zero|less than (a |an )?\w+)\b
rule insult 3 target when worth : \bnot worth (protecting|keeping alive|the air|the oxygen|living|respecting)\b
rule insult 3 target when value,matter,count : \b(lives|life) (have|has|hold|carry) (no|zero|little) (value|worth|meaning)\b
rule insult 3 target when matter,count : \b(lives|life) (do not|don'?t|does not|doesn'?t|never) (matter|count)\b
rule insult 3 target when smarter,intelligent,valuable,worth,cleaner,better,important,useful,civilised,civilized,human : \b(dogs?|cats?|monkeys?|rats?|pigs?|insects?|cockroach(es)?|rocks?|potato(es)?|chimps?|chimpanzees?|goldfish|bricks?|toasters?|animals?|apes?|worms?|flies|bugs?|cows?|donkeys?|trees?|plants?)( \w+){0,3} (is|are|'s|was)?( \w+){0,2}? ?(smarter|more intelligent|more valuable|worth more|cleaner|more useful|more important|more civili[sz]ed|more human|more deserving|better company) than\b|\b(smarter|more intelligent|more valuable|more civili[sz]ed|more human|more deserving) than (all of )?(them|those|these)\b
rule insult 3 target when difference : \b((can'?t|cannot|don'?t|do not|doesn'?t|does not|couldn'?t) (see|tell|find) (any|a|the)|no|zero|little) difference between (a |an )?(dead )?(rat|rats|dog|dogs|pig|pigs|animal|animals|monkey|monkeys|insect|insects|cockroach|cockroaches|piece of shit|pile of shit|turd|bug|bugs|worm|worms)\b
rule insult 3 target when belong : \b(do not|don'?t|doesn'?t|does not|never|shouldn'?t|should not)( really| even)? belong (in this country|on this earth|on this planet|in our country|in our society|among us|in society|in (this|our) (country|society|world|government|town|city|workplace|community|neighbourhood|neighborhood|nation|schools?|army|sport|sports))\b
rule insult 3 target when place : \b(have|has) no (place|business|right to exist) (in|on) (this|our|a|any|the) (society|country|world|planet|earth|civili[sz]ed \w+|government|workplace|community|nation)\b
rule insult 2 target when destroy,destroying,destroys,infect,infecting,infects,invade,invades,invading,over,overrun,overrunning,poison,poisoning,poisons,pollute,pollutes,polluting,ruin,ruining,ruins,takes,taking : \b(ruin|ruining|ruins|destroy|destroying|destroys|poison|poisoning|poisons|pollute|polluting|pollutes|infect|infecting|infects|invade|invading|invades|overrun|overrunning|taking over|take over|takes over) (our|this)( \w+)? (country|countries|society|nation|culture|government|neighbourhood|neighborhood|neighbourhoods|neighborhoods|race|gene pool|way of life|children|kids|schools|streets|towns|cities|women|daughters|continent|west|europe|america|britain|england|land|people)\b
rule insult 2 target when threat,danger,menace,burden,drain,plague,stain,blight,scourge,parasite,cancer : \b(a|the) (threat|danger|menace|burden|drain|plague|stain|blight|scourge|parasite|cancer) (to|on|upon|for) (civili[sz]ation|society|humanity|the world|our (country|society|children|way of life|nation|culture|values|economy|women|kids|safety|people)|this (country|nation|world|planet)|the (country|nation|economy|west|human race))\b
rule insult 2 target with adopt,allowed,among,breed,children,exist,government,kids,lead,let,marry,near,office,permitted,power,reproduce,rights,serve,shouldn't,shouldnt,teach,vote when allowed,allow,vote,breed,exist,marry,adopt,work,lead,serve,teach : \bshould(n'?t| not| never)( even)? be (allowed|permitted|let) to (vote|breed|reproduce|exist|marry|adopt|have (kids|children|rights)|teach|lead|serve|hold (office|power)|live (here|among us)|work (here|with children)|be (in|near) (government|power|children))\b
rule insult 2 target when trust,trusted : \bnever trust (those|these|them|a single word (said|spoken|written) by|(a|an|any) (single )?(word|thing) (said|spoken|written|coming) (by|from))\b
rule insult 2 target when rather,sooner : \b(would|\w+'d|id) (rather|sooner) (die|kill myself|be dead|eat shit|starve|lose my job) than (date|marry|hire|work with|sit next to|live next to|be near|touch|shake hands with|eat|share|be around|be friends with|vote for|be treated by|be seen with)\b
rule insult 2 target when never,lift,finger : \b(never|not) (lift a finger|raise a finger|lift one finger) to (save|help|protect)\b
rule insult 2 target when assimilate,breeding,civilised,civilized,incapable,integrate,intelligent,smart,themselves : \b(can'?t|cannot|are incapable of|are unable to|can never|could never|will never)( (even|ever|possibly|really))? (think for themselves|control themselves|help themselves|be civili[sz]ed|be as smart|be as intelligent|integrate|assimilate|stop (themselves|breeding))\b
rule insult 2 target when nothing,worse,worst : \b(nothing|no one|nobody) (is )?(worse|more (disgusting|pathetic|vile|annoying|useless|repulsive|revolting)) than\b
rule insult 2 target when kind,sort,lot,types : \b(your|their|his|her) (kind|sort|type|lot|breed) (are|is|should|must|ought|make|makes|disgust|disgusts|have|has|deserve|deserves|do not|don'?t|will never|can'?t|always)\b
rule insult 2 target when contempt,disdain,scorn,hatred,disgust,loathing,revulsion,animosity,hostility : \b(feel|feels|have|has|hold|holds|harbou?r)( (so|such|nothing but|pure|utter|total|absolute|complete|real|deep|only)){0,3} (much )?(contempt|disdain|scorn|hatred|disgust|loathing|revulsion|animosity|hostility) (for|towards?|against)\b
rule insult 2 target when disgust,disgusts,disgusted,repulse,repulses,repulsed,sicken,sickens,sickened,revolt,revolts,revolted,nauseate,nauseates,nauseated : \b(disgust|disgusts|disgusted|repulse|repulses|repulsed|sicken|sickens|sickened|revolt|revolts|revolted|nauseate|nauseates|nauseated) (me|us|everyone|everybody|anyone|me so much)\b
rule insult 2 target when scorn,contempt,disdain,hatred,disgust,loathing : \b(the )?(utter |pure |total |absolute |deep )?(scorn|contempt|disdain|hatred|disgust|loathing) (i|we) (feel|have|hold)\b
rule insult 1 target with annoying,backward,bloody,damn,dirty,disgusting,dishonest,dumb,evil,filthy,gross,ignorant,inferior,lazy,pathetic,primitive,repulsive,retarded,revolting,sickening,stupid,such,too,ugly,useless,vile,violent,worthless when too,so,such : \b(are|is)( (just|all|always|simply|really))* (too|so|such)( (damn|fucking|bloody))? (stupid|dumb|ignorant|disgusting|repulsive|revolting|lazy|filthy|dirty|ugly|worthless|useless|pathetic|primitive|violent|evil|vile|dishonest|annoying|sickening|gross|inferior|backward|retarded)\b
rule hate 3 when cave,caves,countries,country,desert,her,his,homeland,hut,huts,jungle,land,mud,own,shit,shithole,their,tribe,village : \b(go|get|send (them|him|her|those \w+( \w+)?|these \w+( \w+)?)( all)?|sent( all)?|shipped|deport (them|him|her)|should go|must go|need to go|needs to go) back to (your|their|his|her) (own )?(country|countries|land|jungle|desert|cave|caves|village|homeland|shithole|shit hole|hut|huts|tribe|mud huts?)\b
rule hate 3 when africa,asia,came,cave,come,desert,jungle,mexico,send,she : \b(go|get|send them|should go) back (to )?(where (you|u|they|he|she) (came|come) from|to (africa|asia|mexico|the jungle|the desert|your cave))\b
rule hate 2 target with too,toomany when too,many,toomany : \btoo ?many (of )?(them|those|these|\w+s)( \w+)? (in|around) (this|our|my) (country|town|city|neighbourhood|neighborhood|government|street|school|area|workplace)\b

# --- insults aimed at the reader ---
rule insult 3 you when fuck,fucking,fuk,fck,fuq : \b(f+u+c+k+|fuk|fck|fuq)( (you|u|ya|yourself|urself|off|your (mother|mom|mum|family|company|bank|business|service|shop|app)|y'?all))\b
rule insult 3 you when bugger,fornicate,fuck,hang,kill,play,screw : \bgo (fuck|screw|bugger|fornicate with|play with|kill|hang) (yourself|urself|yourselves|ur self|your self)\b
rule insult 3 target when fuck,screw : \bgo (fuck|screw) (himself|herself|themselves|itself)\b
rule insult 2 you when shut,stfu : \b(shut (the (fuck|hell|f|heck) )?up|shut your (mouth|face|trap|gob|hole|piehole)|stfu)\b
rule insult 2 you when waste : \b(you|u)('?re| are| r|re)( (just|such|nothing but|a|an|total|complete|absolute|fucking|bloody))* (waste of (space|oxygen|air|skin|time|a (human|person|life)|life)|excuse for a (human|person|man|woman|human being))\b
rule insult 3 you when piece : \b(you|u|ya)( (fucking|stupid|useless|bloody|absolute|total|little|worthless))* (piece of (shit|crap|garbage|trash|filth|work|dirt)|sack of (shit|crap)|pile of (shit|crap))\b
rule insult 3 you when son,sons,bitch,bitches : \b(you|u|ya) (son|sons) of (a |)(bitch|bitches|whore|whores)\b
rule insult 2 you when 've,brain,brains,cells,clearly,clue,honestly,iq,obviously,sense,seriously,size,ve,ya,zero : \b(you|u|ya)( (clearly|obviously|really|honestly|seriously))? (have|got|'?ve got|has|had) (no|zero|an iq of|the iq of|the brain of|a brain the size of) (brain|brains|brain cells|iq|common sense|clue)\b
rule insult 2 you when mother,mom,mum,mama,momma,mommy,sister,wife,daughter : \b(your|ur|yo|yer) (mother|mom|mum|mama|momma|mommy|sister|wife|daughter)( (is|was|'s))? (a |an |such a )?(whore|slut|bitch|hoe|ho|skank|cunt|fat|ugly|prostitute|tramp|slag|cow)\b
rule insult 2 you when rot,burn : \b(rot|burn) in hell\b
rule insult 2 you when hope,wish : \b(hope|wish) (you|u|ya) (get fired|lose your job|go bankrupt|choke|fail|get what you deserve)\b

# --- sexual harassment aimed at the reader ---
rule sexual 4 you with ass,body,boobs,bra,butt,cock,dick,knickers,naked,nipples,nude,nudes,panties,pics,pussy,tits,titties,underwear when send,show,give,post : \b(send|show|give|post)( me| us)?( (some|a|your|ur|more|those))* (nudes|nude pics?|nude photos?|naked (pics?|photos?|pictures?|selfies?|videos?)|tits|boobs|titties|ass|butt|pussy|dick|cock|nipples|bra|panties|knickers|underwear|feet pics|body)\b
rule sexual 4 you when pic,pics,picture,pictures,photo,photos,selfie,selfies,video,videos,snap,snaps : \b(pics?|pictures?|photos?|selfies?|videos?|snaps?) of (you|yourself|your|ur)( (naked|nude|topless|in (a |your )?(bikini|underwear|lingerie|bra|panties|knickers|bed|the shower)|body|tits|boobs|ass|butt|legs|feet|pussy|cleavage))\b
rule sexual 4 you with bang,bend,cum,eat,feel,finger,fondle,fuck,get,grope,jerk,kiss,lick,motorboat,rail,ride,screw,shag,spank,suck,taste,touch,undress when fuck,bang,shag,screw,lick,suck,kiss,touch,grope,finger,spank,ride,taste,undress,rail,eat,bend,f,fk,cum,feel,fondle,motorboat,jerk,get : \b(i|i'?d|id|i would|i will|i'?ll|ill|i wanna|i want to|let me|wanna|gonna|i'?m gonna|i am going to|i'?m going to|i could|i'?d like to|i would like to|i'?d love to|i would love to|i want|can i|could i|may i)( (really|so|just|totally|fucking|hard|gently))* (fuck|bang|shag|screw|lick|suck|kiss|touch|grope|finger|spank|ride|taste|undress|rail|eat out|bend over|motorboat|fondle|feel up|cum on|cum in|jerk off to|get in) (you|u|ya|your|ur)\b(?! (over|out of|with (fees|charges)))
rule sexual 3 you when sexy,hot,fuckable,beddable,doable,fit,gorgeous,cute,beautiful,pretty,delicious,tasty,yummy : \b(you|u|ya)('?re| are| r|re| look| looked| sound| sounded| seem)( (so|really|very|pretty|damn|fucking|super|quite|bloody|proper|well))* (sexy|hot|fuckable|beddable|doable|delicious|tasty|yummy|fit)\b(?! (mess|headed|temper|potato|water))
rule sexual 2 you when gorgeous,cute,beautiful,pretty,lovely,stunning : \b(you|u|ya)('?re| are| r|re| look| looked| sound| sounded)( (so|really|very|pretty|damn|fucking|super|quite))* (gorgeous|cute|beautiful|pretty|stunning) (girl|babe|baby|lady|thing|woman|honey|sweetie|darling)\b
rule sexual 3 you when voice,body,ass,butt,legs,lips,tits,boobs,breasts,eyes,figure,curves,mouth,feet,hair,bum : \b(your|ur) (voice|body|ass|butt|bum|legs|lips|tits|boobs|breasts|eyes|figure|curves|mouth|feet) (is|are|look|looks|sound|sounds|must (look|be|feel|taste))( (so|really|very|damn|fucking|super|pretty))* (sexy|hot|fuckable|gorgeous|beautiful|delicious|tasty|yummy|soft|tight|juicy|nice|good)\b
rule sexual 3 you when wearing : \bwhat (are|r) (you|u|ya) wearing( (right )?now| today| tonight| rn| babe| baby| sexy| darling| love| under)?( ?[?.!]+| ?$)
rule sexual 2 you when single,married,virgin,boyfriend,girlfriend : \b(are|r) (you|u|ya) (single|married|a virgin|seeing anyone|taken)\b|\b(do|have) (you|u) (got |have )?a (boyfriend|girlfriend|bf|gf)\b
rule sexual 4 you when suck,lick,blow,touch,ride,stroke,sit,grab,rub : \b(suck|lick|blow|touch|ride|stroke|sit on|grab|rub) my (dick|cock|balls|tits|pussy|nuts|knob|willy|dong|junk|face|shaft|member)\b
rule sexual 4 you when horny,hard,wet : \bi'?m( (so|really|getting))* (horny|hard|wet) (for|thinking about|looking at|because of|talking to) (you|u|ya|your)\b
rule sexual 4 you when sex,sleep,hook,love,laid,naked,shower,bed : \b(wanna|want to|would like to|'?d like to|like to|love to|'?d love to|gonna|going to|let'?s)( \w+)? (have sex|sleep|hook up|make love|get laid|get naked|shower|go to bed|get into bed) with (you|u|ya|me)\b
rule sexual 4 you when big,large,size : \bhow (big|large) (are|is) (your|ur) (tits|boobs|breasts|dick|cock|ass|bust|nipples)\b
rule sexual 3 you when bed,knees,lap : \b(come|get) (on my lap|in my bed|into my bed|on your knees)\b
rule sexual 4 you when rape : \b(i'?d|i would|i will|i'?ll|i want to|i wanna|i'?m going to|gonna) rape (you|u|ya|her|him)\b

# --- profanity and frustration phrases ---
rule profanity 1 when hell,heck : \b(what|why|where|who|how) the (hell|heck)\b
rule frustration 2 when time,times : \b(this is|it'?s|that'?s) the (second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)|umpteenth|hundredth|last) time\b
rule frustration 2 with back,compensation,demand,expect,full,give,i'd,id,need,refund when refund,money,back : \b(i want|i need|i demand|give me|i expect|i'?d like) (a |my |a full |the )?(refund|money back|compensation)\b
rule frustration 3 when going,gonna,i'll,i'm,ill,im,shall,will : \b(i'?ll|i will|i am going to|i'?m going to|i'?m gonna|going to|gonna|i shall) (report|complain|sue|take|escalate|contact|write to|go to|call|tell|post|leave|file)\b
rule frustration 2 with waiting when wait,waiting,waited : \b(been )?waiting (for )?(\d+|two|three|four|five|six|several|many) (days|weeks|months|hours)\b
rule threat 4 target with burn,cut,deport,eradicate,execute,exterminate,gas,get,hang,kill,lock,murder,round,shoot,slaughter,stab,wipe when why : \bwhy (don'?t|do not|not|can'?t|cannot|won'?t) (we|you|they|someone|somebody|people|the government)( (just|simply|finally|all))* (get rid of|kill|murder|shoot|stab|hang|gas|exterminate|eradicate|wipe out|deport|lock up|round up|burn|slaughter|execute|cut)\b
rule threat 4 target when deserve,doesnt : \b(do not|don'?t|does not|doesn'?t|never) deserve to (live|exist|be alive|breathe|be born|walk this earth)\b
rule insult 3 target when alive,born,breathe,exist,here,no,walk : \b(have|has|had) no right to (be alive|live|exist|breathe|be here|be born|walk this earth)\b
rule insult 3 target when space,room,place : \bno (space|room|place) (on this planet|on this earth|in this world|in this country|in our (society|country|world)|anywhere|left) for\b
rule insult 2 target when equal,equals : \b(not|never) (our|my|your|their) (equals?|peers?)\b
rule insult 3 target when worthy : \b(not|never|un)( even)? ?worthy of (living|life|respect|rights|human rights|love|being (alive|human|treated))\b
rule insult 3 target with cannot,cant,let,must,mustn't,mustnt,shouldn't,shouldnt when can't,cannot,cant,must,mustn't,mustnt,never,should,shouldn't,shouldnt : \b(must not|mustn'?t|should not|shouldn'?t|can'?t|cannot|never) let (any|a single|one|those|these|them)( \w+){0,2} (live|exist|breathe|survive)\b
rule insult 2 target when rights,apply : \b(human |civil )?rights (should|must|do|does) (not|never) apply to\b
rule insult 2 target when compassion,sympathy,empathy,pity,mercy : \b(no|zero|not any) (compassion|sympathy|empathy|pity|mercy)( at all| whatsoever)? for\b
rule insult 2 target when nature : \b(in|is) (their|his|her|a \w+'?s|an \w+'?s|the \w+'?s) nature to be\b
rule threat 3 target when dumped,thrown,tossed,dump,throw,toss : \b(should|must|ought to|need to|needs to) (all )?be (dumped|thrown|tossed) (in|into)\b|\b(dump|throw|toss) (them|all of them|those|these|every)( \w+){0,2} (in|into) (a |the )?(landfill|dump|gutter|sewer|ditch|river|ocean|sea|furnace|incinerator|oven|fire)\b
rule threat 4 target when end : \b(put|putting) an end to (all|every|each|those|these|them|the|any)\b
rule threat 4 target when end : \bend (every|all|their|those|these|each) (\w+ ){0,2}(lives|life|existence)\b|\bend (every|each) (\w+ ){0,2}\w+'?s? life\b
rule threat 4 target when attack,attacking : \b(keep |start |go |going to |will )?attacking (you|them|him|her|those|these|every|all|any)\b|\battack (you|them|him|her|those|these|every|all|any)\b
rule threat 4 target when snap,break,slit,cut : \b(snap|break|slit|cut|wring) (that|this|your|their|his|her) (\w+ )?(neck|throat)\b
rule threat 4 target when shot,killed,murdered,hanged,stabbed,lynched,gassed,slaughtered,executed : \b(would|will|could|should|might) (all )?(be|get) (shot|killed|murdered|hanged|stabbed|lynched|gassed|slaughtered|executed|burned alive|run over)\b
rule insult 3 target when better,without : \b(the world|everyone|everybody|society|we|this country|our country|the planet|this planet|humanity|the country) (would|will|\w+'d) be (a )?(much |so much |far )?better( place| off)? without\b
rule insult 3 you when life,lives,existence : \byour (life|lives|existence) (is|are)( (completely|totally|utterly|absolutely|so|just))* (worthless|meaningless|pointless|a waste|a joke|not worth (living|anything|shit))\b
rule insult 3 target when nothing : \bnothing but( [\w]+){0,3}? (trash|garbage|filth|scum|vermin|dirt|refuse|waste|animals?|parasites?|rats?|pigs?|cockroaches|insects|savages|whores?|sluts?|dogs?)\b
rule insult 2 target when worst : \b(are|is|\w+'re|\w+re|be) (just |simply |truly |really )?the (absolute |very |fucking |actual |single )?worst( (people|person|kind|humans?|human beings|thing|things))?( (ever|on earth|on this planet|in the world|alive))?(?= ?[.!?,;]| ?$)
rule insult 2 target when fill,fills,filled : \b(fill|fills|filled) me with( so much| such| pure| nothing but)? (rage|anger|hatred|hate|disgust|revulsion|loathing|contempt)\b
rule insult 1 target when angry,mad,furious,sick,livid : \b(make|makes|made) me (so |really |very |fucking )?(furious|sick|want to (puke|vomit|throw up))\b
rule threat 4 you when kill,hang,neck,off,kys,unalive : \b(kill|hang|neck|off|unalive) (yourself|urself|your self|yourselves|ur self)\b|\bkys\b
rule threat 4 target when kill,kills,killing,killed : \b(kill|kills|killing)( (them|him|her|you|u|ya|yall|y'all|all|every|each|those|these|any|some|more|the (rest|lot) of))\b(?! (two birds|of (the|my|our|your) (time|session|process|app|bug|fees?)|time|the (session|process|app|task|bug|engine|power|lights?|noise|deal|fees?|mood)))
rule threat 4 target when killed : \b(should|must|ought to|deserve to|deserves to|will|would|gonna|going to|need to|needs to|have to|has to)( all| just| simply)* (be|get) killed\b|\bkilled (them|him|her|you|u|all|every|those|these)\b(?! (with kindness))
rule hate 3 when queer,queers : \b(too many|typical|bunch of|nothing but a|just a|you|ya|u|fucking|filthy|dirty|stupid|bloody|damn|disgusting|fuck (the|all|you|those|these)|kill (the|all|those|these))( \w+)? (queer|queers)\b(?! (rights|people|person|community|culture|theory|studies|liberation|pride|folks?|youth|artists?|history|film|films|literature|identity|space|spaces|joy|love))
rule insult 2 target when only,typical : \b(only|typical of) (you|u|ya|him|her|them|they|he|she)( \w+){0,3} (so|that|such)( an?)? (ignorant|stupid|dumb|pathetic|lazy|useless|incompetent|violent|cruel|disgusting|vile|rude|arrogant|selfish|evil|ugly|retarded|moronic|idiotic|clueless)\b
rule threat 4 target when let's,lets,let : \blet'?s( (just|all|finally|simply|go and|go))* (get rid of|kill|murder|shoot|stab|hang|gas|exterminate|eradicate|wipe out|lynch|burn|slaughter|execute|round up|deport|beat up|string up)\b
rule insult 2 target when bunch,load,pack,lot : \b(bunch|load|pack|lot|gang|shower) of( (absolute|complete|total|utter|useless|incompetent|fucking|bloody|stupid|lying|thieving))* (clowns|idiots|morons|muppets|monkeys|losers|thieves|liars|crooks|cowboys|amateurs|incompetents|jokers|imbeciles|cretins|numpties|pricks|wankers|tossers|twats|dickheads|assholes|arseholes|scumbags|criminals|animals|retards|queers|savages)\b
rule insult 1 you when thick,dense,daft : \b(are (you|u)|you'?re|you are|ur|u r|you)( (so|really|just|fucking|bloody|being))* (thick|dense|daft)\b( or (something|what))?
rule threat 3 you with beat,come,coming,deal,down,fix,house,hurt,office,place,round,slap,smack,sort,teach,ya,yours when come,coming,round,over : \b(come|coming) (round|over|down)( there| to yours| to your (house|place|office))? and (sort|deal with|get|find|teach|fix|smack|slap|hurt|beat) (you|u|ya)\b
rule threat 4 you with car,children,daughter,family,gonna,home,house,hurt,husband,i'll,ill,im,kids,mom,mother,mum,parents,son,ur,visit,we'll,we'm,well,wem,wife when find,visit,get,hurt : \b(i|we)('?ll| will|'?m going to| am going to|'?m gonna| am gonna| know how to) (find|visit|come for|come after|get|hurt|pay a visit to) (your|ur) (family|kids|children|wife|husband|daughter|son|mother|mum|mom|parents|house|home|car)\b
rule threat 4 you when hit,run : \b(you|u|ya)( all)? (deserve to|should|need to|ought to) (get|be) (hit|run over|knocked down) by a (bus|car|train|truck|lorry)\b
rule threat 3 you when waiting : \b(i'?ll|i will|we'?ll|we will|i'?m|i am|we'?re|we are) (be )?waiting (for (you|u) )?(outside|at|by) (your|ur) (office|house|home|work|place|car|door|flat)\b
rule threat 3 target when teach,lesson : \bteach (you|u|ya|him|her|them|those \w+|these \w+) a (lesson|thing or two)\b
rule threat 3 you when coming : \b(get|gets|getting) what'?s coming( to (you|u|ya|him|her|them))?\b
rule threat 4 you when rip,tear : \b(rip|tear) (your|ur|his|her|their) (head|face|arms|throat|heart|tongue|eyes) (off|out)\b
rule threat 4 you with bag,coffin,grave,ground,him,hospital,intensive,morgue,wheelchair,ya when put,hospital,ground,grave,coffin,wheelchair : \bput (you|u|ya|him|her|them) in (the |a )?(hospital|ground|grave|coffin|wheelchair|body bag|intensive care|morgue)\b
rule threat 3 when gun,knife,machete,bat : \bi('?ve| have)( got)? a (gun|knife|machete|baseball bat|shotgun|rifle) (and|for|with)\b
rule threat 4 target when gas : \bgas (the|all|them|those|these|every)\b(?! (bill|meter|supply|station|tank|prices?|company|account|payment|cooker|boiler|hob|leak))
rule insult 2 target when hitler,nazi,nazis : \b(worse than|as bad as|just like|no better than) (hitler|the nazis|a nazi|nazis|stalin|pol pot)\b
rule hate 2 target when kitchen : \b(belong|belongs) in the kitchen\b|\bget back (in|to|into) the kitchen\b
rule sexual 4 you when wearing,wear : \b(are (you|u)|you|u) (wearing|wear) (any )?(panties|knickers|a bra|underwear|lingerie|a thong|anything under)\b
rule insult 2 target with become,dead,i'd,id,kill,marry,rather,shoot,sit,would when i'd,id,if,would : \bif i (woke up|were|was|became|turned|had to be)( [\w']+){0,4},? i('?d| would) (rather )?(die|kill myself|shoot myself)\b|\b(i'?d|i would) rather (die|kill myself|be dead) than (be|become|date|marry|live|work|sit|be seen)\b
rule insult 2 target when rather,sooner : \b(would|\w+'d|id) (rather|sooner) (have|get|catch) (cancer|aids|the plague|ebola|covid|leprosy|herpes) than\b
rule insult 3 target when trash,garbage,scum,filth,dirt,vermin,animals,beasts,rats,parasites,pigs,swine,savages,subhuman,subhumans,cockroaches,roaches,insects,leeches,pests,maggots,monkeys,apes,baboons,gorillas,plague,virus,cancer,disease,pest,refuse,sewage,excrement,rapists,murderers,terrorists,paedophiles,pedophiles,pedos,nonces : \b(are|is|\w+'re|were|was)( (still|just|only|all|nothing but|simply|really|basically|literally|no better than|like))* (a |an )?(common |worthless |human |absolute |total |filthy |dirty |disgusting )?(trash|garbage|scum|filth|dirt|vermin|animals|beasts|rats|parasites|pigs|swine|savages|subhumans?|cockroaches|roaches|insects|leeches|pests|maggots|monkeys|apes|baboons|gorillas|refuse|sewage|excrement|plague|virus|cancer|disease|pest|rapists|murderers|terrorists|paedophiles|pedophiles|pedos|nonces)\b(?! (can|bins?|bags?|collection|day|pickup|removal|disposal|patients?|research|treatment|control|truck|lorry|service))
rule insult 2 target when dumb,stupid,ignorant,lazy,violent,cruel,disgusting,pathetic,useless,worthless,inferior,primitive : \b(you'?re|you are|they'?re|they are|u r|ur|youre|theyre)( (just|all|so|really|simply|always|clearly|obviously|still|such))* (that |so |such |too )?(dumb|stupid|ignorant|lazy|violent|cruel|disgusting|pathetic|useless|worthless|inferior|primitive)\b
rule insult 2 target when never,valuable,useful,productive,decent,equal : \b(can|could|will) (never|not)( ever)? be (a |an )?(valuable|useful|productive|good|decent|equal|real|proper|true|normal|respectable) (members?|citizens?|people|persons?|humans?|parents?|employees?|colleagues?|part)\b
rule insult 2 target when never,intelligent,smart,attractive,beautiful,trustworthy,honest,capable,competent,clean : \b(are|is|were|was) never( (any|very|really|truly))? (intelligent|smart|clever|attractive|beautiful|pretty|trustworthy|honest|human|civili[sz]ed)\b
rule insult 2 target when important,valued,respected,protected : \b(should|must)( not|n'?t| never) (be |ever be )?(important|valued|respected|protected|cared about)( to (anyone|anybody|us|me|society))?\b
rule insult 2 target when love,nothing,planet : \bnothing( in the world| on earth| on this planet)? (that )?i (like|love|want) less than\b
rule threat 3 you when regret : \b(you|u|ya)('?ll| will|'?re going to| are going to|'?re gonna| are gonna| gonna| r gonna) (live to )?regret (this|it|that|the day|messing|crossing|ever|everything|what you)\b
"park slope" allow
"hi ho"     allow
rule threat 4 you when bone,bones : \b(break|snap|smash) every bone in (your|ur|his|her|their) (body|bodies|face|hands?)\b
rule threat 4 you when dead : \b(you|u|ya)('?re| are| r|re) a dead (man|woman|person|girl|boy|guy)\b
rule threat 3 you when coming : \b(i'?m|i am|we'?re|we are|i'?ll be|i will be) coming (to|round to|over to) (your|ur) (house|home|place|flat|door)\b
rule threat 4 you when find : \b(find|found|find out|work out|figure out|looked up|look up) where (you|u|ya) (live|sleep|stay)\b
rule threat 3 you with going,gonna,i'll,ill,im,we,we'll,we'm,well,wem,will,ya when get : \b(i|we)('?ll| will|'?m going to| am going to|'?m gonna) get (you|u|ya)( back)? for (this|that|it)\b
rule threat 3 you when beg,bleed,pay,regret,scream,suffer,ya : \bmake (you|u|ya) (suffer|bleed|beg|scream|regret (this|it|that))\b|\bmake (you|u|ya) pay( for (this|that|it))?\b(?! (back|the|me|my|a|all|what|any|extra|more|less|for (the|my|a|all|what|your|our|any))\b)
rule threat 3 when blood : \bthere (will|'?ll|is going to|'?s going to) be blood\b
rule threat 3 when bring,bringing,brought,carry,carrying : \b(bring|bringing|brought|carry|carrying|pack|packing) (a|my|the) (gun|machete|baseball bat|shotgun|rifle|pistol|knife)\b(?! (set|block|sharpener|back|in for|for (repair|sharpening)))
rule threat 4 you strict when die : (^|[.!?] )(just |go |now |pls |please |so )?(die|drop dead)( already| now| pls| please| bitch| slowly)?[ .!]*$
rule threat 4 you when breathe,straight,u'll,ull,walk,ya,ya'll,yall,you'll,youll : \b(you|u|ya)('?ll| will)? never (walk|breathe|see straight) again\b
rule sexual 4 you with dirty,hot,naked,naughty,nsfw,nude,photo,pic,pics,pictures,private,rated,selfie,selfies,sexy,snap,snaps,spicy,topless,videos when send,show,post : \b(send|show|post)( me| us)?( (some|a|your|ur|more))* (sexy|hot|dirty|naughty|spicy|nude|naked|topless|private|x rated|nsfw) (pics?|photos?|pictures?|selfies?|videos?|snaps?)\b
rule sexual 4 you when let's,lets : \blet'?s (have sex|fuck|bang|shag|hook ?up|get naked|sleep together|make love|make out|get a room|do it)\b
rule sexual 4 you when hook,fuck,bang,shag,smash,netflix,laid,sleep,sex,dtf : \b(wanna|want to|would you like to|do you want to|fancy|down to|dtf|you up for)( a)? (hook ?up|fuck|bang|shag|netflix and chill|get laid|sleep together|have sex|make out|quickie|one night stand)\b
rule sexual 4 you when swallow,spit,deepthroat,anal,rough : \b(do|does|would|will|can) (you|u|ya) (swallow|spit or swallow|deepthroat|give head|do anal|like it rough|like it doggy)\b
rule sexual 4 you when moan : \bmoan (for me|my name|for daddy)\b
rule sexual 4 you when blouse,bra,clothes,dress,knickers,off,panties,pants,remove,shirt,skirt,strip,underwear,ur : \b(take off|strip off|remove) (your|ur) (clothes|top|shirt|blouse|bra|panties|knickers|pants|underwear|skirt|dress)\b|\b(take|get) (your|ur) (clothes|top|shirt|blouse|bra|panties|knickers|pants|underwear|skirt|dress) off\b|\bstrip for me\b
rule hate 3 when jews,zionists,jewish,jew : \b(the )?(jews|zionists|jewish people|jewish bankers) (control|run|own|rule) (the |our |all the )?(banks|media|world|money|government|governments|hollywood|everything|economy|press)\b
rule hate 3 target when dress,dresses,wigs,skirts : \b(men|man|blokes|guys|dudes) in (a )?(dress|dresses|wigs?|skirts?|makeup|lipstick)\b
rule insult 2 target with capable,clever,dumb,emotional,far,hysterical,intelligent,irrational,primitive,rational,simply,smart,too when all,capable,clever,far,intelligent,rational,simply,smart,too,way : \b(are|is|\w+'re) (far |way |just |simply |all )?(too (emotional|hysterical|stupid|dumb|irrational|primitive)|not (smart|clever|intelligent|rational|capable) enough) to\b
rule insult 2 target when banned,barred,kicked,thrown,removed,expelled : \b(should|must|need to|needs to|ought to) be (banned|barred|kicked out|thrown out|removed|expelled|deported) (from|out of) (this|our|the) (country|land|nation|society|planet|world|continent|west)\b
rule hate 3 when holocaust : \bholocaust (never happened|didn'?t happen|did not happen|is a (lie|hoax|myth)|was (a |an )?(fake|hoax|lie|myth|exaggeration)|was exaggerated)\b
rule insult 2 you when dirty,filthy,stinking,smelly : \b(you|u|ya) (dirty|filthy|stinking|smelly|stinky) \w+\b
rule insult 2 you when speak,english : \b(learn to|learn|go|just|fucking|bloody) speak (proper |fucking |bloody )?english\b|\bspeak (proper |fucking |bloody )?english,? (you|u)\b
"cum laude"  allow
"magna cum laude" allow
"summa cum laude" allow
pinprick    allow
rule insult 2 you when pig,pigs,swine,animal,animals,rat,rats,dog,dogs,cow,cows,trash,garbage,filth,scum,vermin,parasite,parasites,maggot,cockroach,monkey,ape : \b(you|u|ya|you guys|you people|you lot)('?re| are| r)?( a| an| such a| such| nothing but a| just a| just)?( (fat|filthy|dirty|greedy|disgusting|ugly|stupid|little|sexist|racist|lazy|useless|thieving|lying|worthless|miserable|absolute|complete|fucking|bloody))* (pig|pigs|swine|animal|animals|rat|rats|dog|dogs|cow|cows|trash|garbage|filth|scum|vermin|parasite|parasites|maggot|cockroach|monkey|ape)\b
rule threat 4 target when rape : \brape (them|him|her|all|every|those|these|their|a woman|women|girls)\b
rule threat 4 target when murder,murdered,murdering,murders : \b(murder|murdering|murders)( (them|him|her|you|u|all|every|each|those|these|that|this|some|any|more))\b
rule threat 4 target when stab,stabbing,stabs : \bstab(bing|s)? (them|him|her|you|u|ya|all|every|each|those|these|that|this|some|any|the)\b(?! (pain|wound|at|in the dark|of))
rule threat 3 target when suffer,suffre : \b(love to|like to|want to|wanna|going to|gonna) (see|watch|make) (them|those|these|him|her|you|all)( \w+){0,2} (suffer|suffre)\b|\bmake (them|those \w+( \w+)?|these \w+( \w+)?|him|her|you|all of them) (suffer|suffre)\b|\b(deserve to|deserves to|should|must|ought to)( all)? (suffer|suffre)\b
rule sexual 3 you when sexy,hot,voice,body : \b(you|u) (have|got|'?ve got|has)( a| such a| the)? (sexy|hot|fuckable) (voice|body|ass|butt|legs|lips|tits|boobs|figure|smile|eyes|mouth)\b
"naked eye" allow
exterminator allow
exterminators allow
rule threat 4 target when execution,extermination,genocide,death,deportation,sterilisation,sterilization,castration,bullet : \b(execution|extermination|genocide|death|deportation|sterili[sz]ation|castration|the gas chamber|a bullet)( is| would be| will be)( the)? (only|best|final|real|right) (solution|answer|option|way|cure)\b
rule threat 4 target when drown,burn,hang,shoot,stab,murder,kill,butcher,slaughter,gas,lynch,behead,torture,choke,strangle,beat,execute,exterminate,eradicate,poison,drowning,burning,hanging,shooting,stabbing,murdering,killing,butchering,slaughtering,gassing,lynching,beheading,torturing,choking,strangling,beating,executing,exterminating,eradicating,poisoning,raping : \b(drown|burn|hang|shoot|stab|murder|kill|butcher|slaughter|gas|lynch|behead|torture|choke|strangle|execute|exterminate|eradicate|poison)(ing)?( (just|all|every one of))? (those|these|them|all( of)?( the| those| these)?|every|each)\b(?!( [\w']+){0,2} (files?|papers|documents|payments?|transfers?|orders?|forms?|letters|statements|cards?|bills|receipts|invoices|fees|charges|requests|transactions|calories|bridges|prices|offers|deals|sorrows|decorations|lights|clothes|washing|curtains|trades|competitors|records|photos|pictures|records|copies|tickets|accounts|emails|messages|data|boxes|bags|trees|plants|weeds|candles|bugs|processes))
rule threat 4 target when murdering,killing,raping,lynching,shooting,stabbing,hanging,beating,torturing,gassing,exterminating : \b(murdering|killing|raping|lynching|shooting|stabbing|hanging|beating|torturing|gassing|exterminating) (a|an|any|all|every|those|these|the)( [\w']+){1,4} (should|must|would|ought to|is|will)( not| n'?t)? (be )?(legal|legali[sz]ed|decriminali[sz]ed|allowed|encouraged|rewarded|fine|okay|ok|a crime|illegal|punished)\b
rule threat 4 target when agonising,agonizing,death,deth,dies,dying,gruesome,hand,hands,horrible,horrific,painful,slow,suffer,violent : \b(die|dies|dying) (a )?(horrible|painful|slow|gruesome|violent|horrific|agonising|agonizing) (death|deth|deaht)\b|\b(die|dies|death|deth|suffer) at my hands?\b
rule insult 2 target when sick,tired : \bsick (and tired )?of (being around|being near|living (with|among|near|next to)|seeing|looking at) (these|those|all|you|them|\w+ people)\b
rule insult 2 target with else,nobody,noone,only when no,nobody,noone,only : \b(only (\w+ ){1,3}(are|is|can be)|no one else is|nobody else is|noone else is)( (that|so|as|such))? (violent|cruel|filthy|dirty|disgusting|vile|stupid|dumb|ignorant|lazy|primitive|evil|savage|barbaric|smelly)\b
rule insult 2 target when care,caring : \b(care|caring) more about (a |the |my |some )?(dirt|dust|rats?|insects?|dogs?|cockroaches|trash|garbage|shit|gum|mud|bugs|worms|flies)\b
rule insult 2 target when test,testing : \btest(ing)? (new |their |the )?(drugs|medicines?|vaccines?|products|weapons|cosmetics) on\b
rule insult 3 target when worth,worht : \b(lives?|life)\b[^.!?]{0,20}?\bnot worth (anything|a thing|saving|protecting|living|shit|a damn|a penny)\b
rule insult 2 target when angry,mad,livid,furious,sick,ill : \b(seeing|the sight of|being around|having to see|hearing|looking at)\b[^.!?]{0,40}?\bmakes? me (so |really |very |fucking )?(angry|mad|livid|furious|sick|ill)\b
rule hate 3 when send,ship,deport,kick,throw : \b(send|ship|deport|kick|throw) (them )?(all )?(the |those |these |every )?(last )?(refugees|immigrants|migrants|foreigners|muslims|asylum seekers|illegals|blacks|jews|arabs|gypsies|africans|mexicans|pakistanis|asians)( all)? (back|out|home)\b
rule insult 2 you when fool : \b(you|u|ya)('?re| are| r)?( a| an| such a| such an| the)?( (stupid|bloody|damn|old|silly|absolute|complete|utter|little|fucking|total|incompetent|useless|ignorant|arrogant))* fool\b
rule insult 2 target when no,valuable,useful,productive,decent : \bno (\w+ ){1,3}(can|could|will) ever be (a |an )?(valuable|useful|productive|good|decent|equal|real|proper|true|normal|respectable) (members?|citizens?|people|persons?|humans?|parents?|employees?|colleagues?|part)\b
rule threat 4 target when going,gonna,will,murder,murdr,kill,stab,shoot,slaughter,lynch,behead,rape : \b(i|we)\b[^.!?]{0,25}?\b(going to|gonna|will|'ll) (\w+ )?(murder|murdr|kill|stab|shoot|slaughter|lynch|behead|rape) (that|those|these|every|all|each)\b
rule insult 3 target when vet,vets : \b(taken|take|sent|send|go|goes|going) to (a|the) vet,? (not|instead of|rather than) (a|the|to a|to the) (doctor|hospital|gp)\b
rule insult 2 target when allowing,electing,hiring,letting,putting : \b(putting|letting|allowing|electing|hiring) (a|an|any|those|these|more)( \w+){1,3} (in charge|into government|into power|in power|in office)( \w+){0,3} (is|was|would be|will be) (the )?(biggest|worst|a|an) (mistake|disaster|catastrophe)\b
rule insult 2 target with drink,eat,never,touch,use,wear,won't,wont,wouldn't,wouldnt when touched,cooked,made,prepared,handled : \b(never|not|wouldn'?t|won'?t) (eat|drink|touch|use|wear) (\w+ ){0,3}(touched|cooked|made|prepared|handled|worn) by (a|an|any|one of)\b
rule threat 4 target when rid : \bget rid of (all (of )?)?(the |those |these )?(\w+ ){0,2}(once and for all|for good|forever|permanently)\b|\bget rid of (them|all of them|every one of them|those people|these people|their kind|your kind)\b
rule insult 1 you when suck,sucks,suk : \b(you|u|ya)( guys| people| all| lot)? (suck|suk|sucks)( (ass|balls|so much|big time|at (your|ur) job))?\b

