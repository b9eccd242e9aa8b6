# Entries for every language: symbols and internet shorthand that mean the
# same whatever language surrounds them.

🖕          insult 2      # middle finger
🤬          profanity 1   # face with symbols on mouth
💩          insult 1  target
🔪          threat 2  target
🔫          threat 2  target
☠️          threat 1  target
wtf         profanity 1
stfu        insult 2
gtfo        insult 2
fml         profanity 1
omfg        profanity 1
kys         threat 4      # "kill yourself"

# Names and terms of science that hold a prefix of some language's
# lexicon: allowed in every language, since they are written the same
# everywhere.
strontium*  allow      # stront* (nl)
strontian*  allow
phuket      allow      # phuk* (en)
walgreen*   allow      # walg* (nl, af)
