#!/bin/sh
# Throughput and peak memory of kalm-mail scan on a synthetic mbox.
#   examples/mail/bench.sh BUILD_DIR [MESSAGES]
# Prints messages/s (wall and per CPU second) and peak RSS at -j1 and -j2.
set -eu
build=${1:?usage: bench.sh BUILD_DIR [MESSAGES]}
n=${2:-100000}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$here/gen_mbox.py" -n "$n" -o "$tmp/large.mbox" >/dev/null
echo "mbox: $n messages, $(($(stat -c %s "$tmp/large.mbox") / 1000000)) MB"
for j in 1 2; do
	/usr/bin/time -v "$build/examples/mail/kalm-mail" scan -j "$j" "$tmp/large.mbox" \
		>/dev/null 2>"$tmp/time.txt"
	awk -v j="$j" -v n="$n" '
		/Elapsed \(wall clock\)/ { k = split($NF, t, ":"); wall = t[k] + 60 * t[k - 1] + (k == 3 ? 3600 * t[1] : 0) }
		/User time/ { cpu += $NF } /System time/ { cpu += $NF }
		/Maximum resident/ { rss = $NF }
		END { printf "-j%d: %.0f msg/s wall (%.1f s), %.0f msg/s per CPU second, peak RSS %.1f MB\n",
			j, n / wall, wall, n / cpu, rss / 1024 }' "$tmp/time.txt"
done
