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
