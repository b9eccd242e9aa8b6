#!/usr/bin/env bash
# The Criterion suites under sanitizers:
#   build-tsan/  ThreadSanitizer, the threads test only (one model shared by
#                eight threads; sessions moved between threads);
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
	ninja -C build-tsan tests/test_threads >build-tsan/ninja.log 2>&1 ||
		{ cat build-tsan/ninja.log >&2; return 1; }
	echo "== ThreadSanitizer: threads"
	TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
		meson test -C build-tsan --no-rebuild --print-errorlogs threads
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
