#!/usr/bin/env bash
# Build the libFuzzer targets (tests/fuzz) with clang in build-fuzz/, the
# library instrumented for coverage, ASan and UBSan, and run each target
# for a bounded time on its seed corpus.  Fails on any crash, leak,
# sanitizer report or broken invariant.
#
#   scripts/fuzz.sh                    every target, 50 s each
#   FUZZ_SECONDS=15 scripts/fuzz.sh    shorter
#   scripts/fuzz.sh score blob         only these targets
#
# New inputs found go to build-fuzz/corpus/<target>/ (the seed corpus in
# tests/fuzz/corpus/ is only read); crash reproducers to build-fuzz/crashes/.
# Reproduce one with: build-fuzz/tests/fuzz/fuzz_<target> <file>
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/bin:/bin:$PATH"

BUILD=${FUZZ_BUILD:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-50}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
	TARGETS=(score view lexicon blob policy session mail)
fi

if [ ! -f "$BUILD/build.ninja" ]; then
	# The library gets coverage instrumentation (fuzzer-no-link) and the
	# sanitizers; the fuzz targets add -fsanitize=fuzzer themselves.
	# b_lundef=false: with clang, sanitized shared objects leave the
	# runtime's symbols to the executable.
	CC=clang meson setup "$BUILD" -Dfuzz=true \
		-Db_sanitize=address,undefined -Db_lundef=false \
		-Dc_args='-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined' \
		-Dpython=disabled -Dbuildtype=debugoptimized >/dev/null
fi
# Build tools such as gen-chartab run under ASan too; their exit-time
# allocations are not the library's.
ASAN_OPTIONS=detect_leaks=0 ninja -C "$BUILD" >"$BUILD/ninja.log" 2>&1 ||
	{ cat "$BUILD/ninja.log" >&2; exit 1; }

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

status=0
summary=()
for t in "${TARGETS[@]}"; do
	exe="$BUILD/tests/fuzz/fuzz_$t"
	if [ ! -x "$exe" ]; then
		if [ "$t" = mail ]; then
			echo "== fuzz_mail: not built (GMime 3 not found), skipped"
			continue
		fi
		echo "== fuzz_$t: not built" >&2
		status=1
		continue
	fi
	seeds="tests/fuzz/corpus/$t"
	work="$BUILD/corpus/$t"
	crashes="$BUILD/crashes/$t"
	mkdir -p "$work" "$crashes"
	log="$BUILD/fuzz-$t.log"
	echo "== fuzz_$t: ${SECONDS_EACH}s"
	# Dictionaries, where a target has one, steer mutations to keywords.
	dict=()
	[ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
	if "$exe" "$work" "$seeds" "${dict[@]}" \
		-max_total_time="$SECONDS_EACH" -timeout=25 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$crashes/" \
		>"$log" 2>&1; then
		runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" |
			awk '{s += $2} END {print s + 0}')
		summary+=("fuzz_$t: ok, $runs runs")
	else
		status=1
		summary+=("fuzz_$t: FAILED (see $log, reproducers in $crashes)")
		grep -E 'ERROR|SUMMARY|invariant|runtime error|Test unit written' "$log" |
			head -20 >&2 || true
	fi
done
printf '%s\n' "${summary[@]}"
exit $status
