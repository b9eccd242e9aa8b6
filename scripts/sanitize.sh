#!/usr/bin/env bash
# The Criterion suites under sanitizers:
#   build-tsan/  ThreadSanitizer, the threads test (one model shared by
#                eight threads; sessions moved between threads) and
#                `kalm score` on four threads;
#   build-asan/  AddressSanitizer + UndefinedBehaviorSanitizer (with leak
#                checking), every suite.
#
#   scripts/sanitize.sh            both
#   scripts/sanitize.sh tsan       only one of them
#   scripts/sanitize.sh asan
#
# CC chooses the compiler (gcc by default; clang works too).  Any sanitizer
# report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/bin:/bin:$PATH"

WHAT=("$@")
if [ ${#WHAT[@]} -eq 0 ]; then
	WHAT=(tsan asan)
fi

common=(-Dpython=disabled -Dmail=disabled -Dwerror=true -Db_lundef=false)

tsan() {
	if [ ! -f build-tsan/build.ninja ]; then
		meson setup build-tsan -Db_sanitize=thread "${common[@]}" >/dev/null
	fi
	ninja -C build-tsan tests/test_threads examples/kalm \
		>build-tsan/ninja.log 2>&1 ||
		{ cat build-tsan/ninja.log >&2; return 1; }
	echo "== ThreadSanitizer: threads"
	TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
		meson test -C build-tsan --no-rebuild --print-errorlogs threads
	echo "== ThreadSanitizer: kalm score -j 4"
	local dir
	dir=$(mktemp -d)
	# the hand-written cases' texts, eight times over: parts for every
	# thread, several times each
	for _ in 1 2 3 4 5 6 7 8; do
		grep -hv '^#' tests/cases/*.tsv | cut -f4-
	done >"$dir/in"
	TSAN_OPTIONS=halt_on_error=1:exitcode=66 \
		build-tsan/examples/kalm score -j 4 <"$dir/in" >"$dir/four"
	build-tsan/examples/kalm score -j 1 <"$dir/in" >"$dir/one"
	cmp "$dir/one" "$dir/four"
	echo "$(wc -l <"$dir/in") lines, the same output as one thread"
	rm -rf "$dir"
}

asan() {
	if [ ! -f build-asan/build.ninja ]; then
		meson setup build-asan -Db_sanitize=address,undefined \
			"${common[@]}" >/dev/null
	fi
	ninja -C build-asan >build-asan/ninja.log 2>&1 ||
		{ cat build-asan/ninja.log >&2; return 1; }
	echo "== AddressSanitizer + UndefinedBehaviorSanitizer: every suite"
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		meson test -C build-asan --no-rebuild --print-errorlogs \
			--num-processes 2
}

for w in "${WHAT[@]}"; do
	case "$w" in
	tsan) tsan ;;
	asan) asan ;;
	*) echo "usage: $0 [tsan] [asan]" >&2; exit 2 ;;
	esac
done
