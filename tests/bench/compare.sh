#!/usr/bin/env bash
# Compare kalm with the profanity filters people use today, in one run on
# one machine: speed on the same generated chat file and on real customer
# questions (whole processes, kalm writing JSON; on one thread, as the
# filters run, and then on every core), and F1 on ../shared/corpus.
#   tests/bench/compare.sh [MESSAGES]      (default 200000)
# Installs the npm packages in a scratch folder; needs node and npm.
# kalm is measured as built for use: BUILD (default build-release, set up
# with buildtype=release when missing), and, unless PGO=0, the same
# release build optimised with a profile of its own run (scripts/pgo.sh,
# made anew in PGO_BUILD, default build-pgo; trained on the corpus, never
# on the generated file measured here).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BUILD=${BUILD:-$root/build-release}
kalm="$BUILD/examples/kalm"
if [ ! -f "$BUILD/build.ninja" ]; then
	PATH="/usr/bin:$PATH" meson setup "$BUILD" "$root" --buildtype=release \
		-Dpython=disabled -Dmail=disabled >/dev/null
fi
PATH="/usr/bin:$PATH" ninja -C "$BUILD" examples/kalm >"$BUILD/ninja.log" 2>&1 ||
	{ cat "$BUILD/ninja.log" >&2; exit 1; }
PGO=${PGO:-1}
kalm_pgo=
if [ "$PGO" != 0 ]; then
	PGO_BUILD=${PGO_BUILD:-$root/build-pgo}
	"$root/scripts/pgo.sh" "$PGO_BUILD" >&2
	kalm_pgo="$PGO_BUILD/examples/kalm"
fi
corpus=${CORPUS:-$root/../shared/corpus}
messages=${1:-200000}
filters=(leo-profanity allprofanity obscenity bad-words glin-profanity)
scratch=$(mktemp -d /tmp/kalm-compare.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

[ -x "$kalm" ] || { echo "compare: build kalm first ($kalm)" >&2; exit 1; }
cp "$here/compare/filters.mjs" "$scratch/"
(cd "$scratch" && npm init -y >/dev/null 2>&1 &&
	npm install --no-audit --no-fund --loglevel=error "${filters[@]}" >/dev/null 2>&1) ||
	{ echo "compare: npm install failed" >&2; exit 1; }
/usr/bin/python3 "$here/gen_chat.py" --messages "$messages" > "$scratch/chat.txt"
# The size of FILE in MB, two decimals.
megabytes() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }
echo "chat: $messages messages, $(megabytes "$scratch/chat.txt") MB;" \
	"machine: $(nproc) cores, $(uname -m)"

# The seconds the command ARGS takes, from its start to its end (stdin:
# the file SECS_INPUT names, when set), as a node filter is timed: no
# shell in between.
secs() { /usr/bin/python3 -c 'import os,sys,time,subprocess
src=os.environ.get("SECS_INPUT"); f=open(src,"rb") if src else None
t=time.perf_counter(); subprocess.run(sys.argv[1:],check=True,stdin=f,stdout=subprocess.DEVNULL); print(time.perf_counter()-t)' "$@"; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# kalm on one thread (-j 1) unless told: the filters run on one core
run_kalm() { SECS_INPUT="$scratch/$text" secs "$1" score -j "${2:-1}"; }
cores=$(nproc)
run_filter() { (cd "$scratch" && secs node filters.mjs "$1" speed "$text"); }
count() { echo "$1" | wc -w; }
# A row: NAME, the median seconds S of RUNS, then S over kalm's and over
# kalm PGO's, with KD and PD digits: how many times faster kalm is ("-"
# for a build against itself, and for PGO without a PGO build).
ratio() {
	if [ "$3" = - ]; then echo -; else
		awk -v a="$1" -v k="$2" -v d="$3" 'BEGIN{printf "%.*fx", d, a/k}'
	fi
}
row() {
	local pd=$5
	[ -n "$kalm_pgo" ] || pd=-
	printf '%-16s %10.2f %10.2f %6d %12s %12s\n' "$1" \
		"$(awk -v b="$bytes" -v s="$2" 'BEGIN{print b/s/1e6}')" "$2" \
		"$(count "$3")" "$(ratio "$2" "$kalm_s" "$4")" \
		"$(ratio "$2" "$pgo_s" "$pd")"
}

# The table for the file $scratch/TEXT and the filters named after it.
# A shared machine's speed drifts: every process that takes under 10 s is
# timed REPEAT times (default 5), turn about with kalm, and the medians
# are compared; slower ones once.  FAST becomes the filters under 10 s.
REPEAT=${REPEAT:-5}
speed_table() {
	text=$1
	shift
	bytes=$(stat -c %s "$scratch/$text")
	local -A runs
	local kalm_runs pgo_runs= all_runs= f r
	kalm_runs=$(run_kalm "$kalm")
	[ -z "$kalm_pgo" ] || pgo_runs=$(run_kalm "$kalm_pgo")
	[ "$cores" -lt 2 ] || all_runs=$(run_kalm "$kalm" "$cores")
	fast=()
	for f in "$@"; do
		runs[$f]=$(run_filter "$f")
		if awk -v s="${runs[$f]}" 'BEGIN { exit !(s < 10) }'; then
			fast+=("$f")
		fi
	done
	for ((r = 1; r < REPEAT; r++)); do
		kalm_runs+=" $(run_kalm "$kalm")"
		[ -z "$kalm_pgo" ] || pgo_runs+=" $(run_kalm "$kalm_pgo")"
		[ "$cores" -lt 2 ] || all_runs+=" $(run_kalm "$kalm" "$cores")"
		for f in "${fast[@]}"; do
			runs[$f]+=" $(run_filter "$f")"
		done
	done
	kalm_s=$(echo "$kalm_runs" | median)
	pgo_s=$kalm_s
	[ -z "$kalm_pgo" ] || pgo_s=$(echo "$pgo_runs" | median)
	printf '\n%-16s %10s %10s %6s %12s %12s\n' "filter" "MB/s" "seconds" \
		"runs" "kalm faster" "kalm PGO"
	row kalm "$kalm_s" "$kalm_runs" - 2
	[ -z "$kalm_pgo" ] || row "kalm PGO" "$pgo_s" "$pgo_runs" 2 -
	for f in "$@"; do
		row "$f" "$(echo "${runs[$f]}" | median)" "${runs[$f]}" 1 1
	done
	[ -n "$all_runs" ] || return 0
	# every core: not in the table, whose rows each run on one
	local all_s line
	all_s=$(echo "$all_runs" | median)
	line=$(awk -v b="$bytes" -v s="$all_s" -v k="$kalm_s" -v n="$cores" \
		'BEGIN { printf "kalm -j %d (%d cores): %.2f MB/s, %.2fx one thread", n, n, b / s / 1e6, k / s }')
	for f in "$@"; do
		line+=", $(ratio "$(echo "${runs[$f]}" | median)" "$all_s" 1) $f"
	done
	echo "$line ($(count "$all_runs") runs; the filters on one core)"
}

speed_table chat.txt "${filters[@]}"

# Real customer questions: banking77's messages that the rule triggers
# were not chosen with (scripts/rule_triggers.py: its last 5,003), read
# BANK_TIMES (default 20) times over, through kalm and the filters that
# took under 10 s above.
bank=$corpus/banking77-en-benign-dev.tsv
if [ -f "$bank" ]; then
	tail -n +5002 "$bank" | cut -f4- > "$scratch/bank1.txt"
	for ((i = 0; i < ${BANK_TIMES:-20}; i++)); do
		cat "$scratch/bank1.txt"
	done > "$scratch/bank.txt"
	echo
	echo "banking77 questions 5,001-10,003, $(wc -l < "$scratch/bank1.txt") messages" \
		"read ${BANK_TIMES:-20} times: $(megabytes "$scratch/bank.txt") MB"
	speed_table bank.txt "${fast[@]}"
fi

if [ -d "$corpus" ]; then
	files=("$corpus"/hatecheck-en-dev.tsv "$corpus"/davidson-en-dev.tsv \
	       "$corpus"/mhc-nl-dev.tsv "$corpus"/mhc-pl-dev.tsv \
	       "$corpus"/banking77-en-benign-dev.tsv)
	printf '\nF1 of the abusive class (FPR for banking77):\n%-16s' ""
	for t in "${files[@]}"; do printf ' %12s' "$(basename "$t" -dev.tsv)"; done
	echo
	f1() { awk '{tp=$2;fp=$3;fn=$4;tn=$5; if (tp+fn==0) printf " %12s", sprintf("FPR %.4f", fp/(fp+tn)); else { p=(tp+fp)?tp/(tp+fp):0; r=tp/(tp+fn); printf " %12.3f", (p+r)?2*p*r/(p+r):0 } } END {print ""}'; }
	printf '%-16s' kalm
	"$kalm" eval --json "${files[@]}" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
for f in d["files"]:
    print(f["name"], f["tp"], f["fp"], f["fn"], f["tn"])' | f1
	for f in "${filters[@]}"; do
		printf '%-16s' "$f"
		(cd "$scratch" && node filters.mjs "$f" eval "${files[@]}") | f1
	done
fi
