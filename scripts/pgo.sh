#!/usr/bin/env bash
# A release build of kalm optimised with a profile of its own run (gcc's
# -fprofile-generate, then -fprofile-use through meson's b_pgo): the
# compiler lays the hot path out together, away from the code that seldom
# runs, and inlines and unrolls where the profile says it pays.  Nothing
# the library computes changes, only how fast; this script checks that
# the optimised build scores the training text exactly as the profiling
# build did.
#
#   scripts/pgo.sh [BUILD]     (default build-pgo; made anew every time)
#
# The profile comes from scoring real messages: the text column of
# ../shared/corpus/*.tsv (CORPUS=DIR for another folder of such files;
# TRAIN=FILE, one message a line, for other text).  Where there is no corpus, generated chat with a seed other than
# the benchmark's, so that the benchmark is never the training text.
# Then: BUILD/examples/kalm, BUILD/tests/bench/kalm-bench, and the
# libraries in BUILD/lib (ninja -C BUILD builds the rest with the profile).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="/usr/bin:/bin:$PATH"
BUILD=${1:-build-pgo}
case $BUILD in /*) ;; *) BUILD=$root/$BUILD ;; esac

scratch=$(mktemp -d /tmp/kalm-pgo.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
train=$scratch/train.txt
corpus=${CORPUS:-../shared/corpus}
if [ -n "${TRAIN:-}" ]; then
	cp "$TRAIN" "$train"
elif ls "$corpus"/*.tsv >/dev/null 2>&1; then
	for f in "$corpus"/*.tsv; do
		tail -n +2 "$f" | cut -f4
	done >"$train"
else
	python3 tests/bench/gen_chat.py --messages 50000 --seed 20261124 >"$train"
fi
[ -s "$train" ] || { echo "pgo: no training text" >&2; exit 1; }
echo "pgo: training on $(wc -l <"$train") messages ($(wc -c <"$train") bytes)"

rm -rf "$BUILD"
meson setup "$BUILD" --buildtype=release -Dpython=disabled -Dmail=disabled \
	-Db_pgo=generate >"$scratch/setup.log" ||
	{ cat "$scratch/setup.log" >&2; exit 1; }
ninja -C "$BUILD" examples/kalm >"$scratch/ninja.log" 2>&1 ||
	{ cat "$scratch/ninja.log" >&2; exit 1; }
# three passes: gcc weighs the counts by the number of runs, and the
# layout made from one pass had 9% more simulated instruction-cache misses;
# one thread, so that every count is counted
for pass in 1 2 3; do
	"$BUILD/examples/kalm" score -j 1 <"$train" >"$scratch/profiled.json"
done

meson configure "$BUILD" -Db_pgo=use >/dev/null
# the programs that measure: the libraries come with them (files the
# training never ran have no profile, and gcc says so for each)
ninja -C "$BUILD" examples/kalm tests/bench/kalm-bench >"$scratch/ninja.log" 2>&1 ||
	{ cat "$scratch/ninja.log" >&2; exit 1; }
"$BUILD/examples/kalm" score -j 1 <"$train" >"$scratch/optimised.json"
if ! cmp -s "$scratch/profiled.json" "$scratch/optimised.json"; then
	echo "pgo: the optimised build scores the training text differently" >&2
	exit 1
fi
echo "pgo: built $BUILD (profile of $(find "$BUILD" -name '*.gcda' | wc -l) objects)"
