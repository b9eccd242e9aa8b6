#!/usr/bin/env bash
# Build kalm and show it at work: the mail filter over the bundled sample
# archive (per-message records and a summary), then a few chat lines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="/usr/bin:/bin:$PATH"
BUILD=${BUILD:-build}

if [ -x "$BUILD/examples/mail/kalm-mail" ] && [ -d examples/data ]; then
	echo "== kalm-mail scan examples/data: the sample archive, thread by thread"
	report=$(mktemp)
	trap 'rm -f "$report"' EXIT
	"$BUILD/examples/mail/kalm-mail" scan --format jsonl --no-progress \
		examples/data > "$report"
	/usr/bin/python3 - "$report" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["status"] != "scored":
        print(f'{"":4} {"unreadable":15} {r["source"]}: {r["error"]}')
        continue
    print(f'{r["thread"]:4} {r["action"]:15} {r["language"]:7} {r["score"]:.2f} '
          f'{(r["excerpt"] or "")[:70]}')
PY
	echo
fi

echo "== kalm score: example chat lines (score, language, verdict, aimed at the reader, categories)"
"$BUILD/examples/kalm" score < examples/chats.txt > "${report:-/tmp/kalm-demo.$$}"
/usr/bin/python3 - examples/chats.txt "${report:-/tmp/kalm-demo.$$}" <<'PY'
import json, sys
texts = open(sys.argv[1], encoding="utf-8").read().splitlines()
for text, out in zip(texts, open(sys.argv[2], encoding="utf-8")):
    v = json.loads(out)
    cats = ", ".join(sorted({m["category"] for m in v["matches"] if m["counted"]})) or "-"
    verdict = "ABUSIVE" if v["abusive"] else "clean"
    aimed = "@you" if v["targeted"] else ""
    print(f'{v["score"]:.2f} {v["language"]:7} {verdict:8} {aimed:4} {cats:24} {text}')
PY
rm -f "/tmp/kalm-demo.$$"

echo
echo "== kalm chat: two conversations, interleaved (examples/conversation.jsonl)"
"$BUILD/examples/kalm" chat < examples/conversation.jsonl > "/tmp/kalm-chat.$$"
/usr/bin/python3 - "/tmp/kalm-chat.$$" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(f'{d["conversation"]:4} {d["action"]:15} {d["reason"][:60]:60} | {d["reply"][:60]}')
PY
rm -f "/tmp/kalm-chat.$$"
