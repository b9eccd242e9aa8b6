#!/usr/bin/env bash
# Build kalm and show it at work: the mail filter over the bundled sample
# archive (per-message records and a summary), then a few chat lines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="/usr/bin:/bin:$PATH"
BUILD=${BUILD:-build}

if [ -x "$BUILD/examples/mail/kalm-mail" ] && [ -d examples/data ]; then
	echo "== kalm-mail scan examples/data (one JSON record per message; summary on stderr)"
	"$BUILD/examples/mail/kalm-mail" scan --format jsonl examples/data | head -n 12
	"$BUILD/examples/mail/kalm-mail" scan --format jsonl examples/data >/dev/null
	echo
fi

echo "== kalm score: example chat lines"
"$BUILD/examples/kalm" score < examples/chats.txt |
	/usr/bin/python3 -c '
import json, sys
lines = open("examples/chats.txt", encoding="utf-8").read().splitlines()
for text, out in zip(lines, sys.stdin):
    v = json.loads(out)
    cats = ", ".join(sorted({m["category"] for m in v["matches"] if m["counted"]})) or "-"
    print(f"{v[\"score\"]:.2f} {v[\"language\"]:7} {\"ABUSIVE \" if v[\"abusive\"] else \"clean   \"}"
          f"{\"@you \" if v[\"targeted\"] else \"     \"}{cats:22} {text}")
'
