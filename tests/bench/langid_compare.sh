#!/bin/sh
# Compare kalm's language identification with CLD2 (Debian libcld2-dev) on
# the evaluation corpus: accuracy per language on long (> 40 characters)
# and short (<= 40) messages, and detection time per line.
#
#   tests/bench/langid_compare.sh [BUILD_DIR] [REPEAT]
#
# BUILD_DIR is a configured and built meson build directory (default:
# build); the bench links its lib/libkalm.so.  Not part of `meson test`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
repeat=${2:-3}
corpus=${KALM_CORPUS:-$root/../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f /usr/include/cld2/public/compact_lang_det.h ]; then
	echo "langid_compare: CLD2 headers missing (apt-get install libcld2-dev)" >&2
	exit 77
fi
${CXX:-g++} -std=c++17 -O2 -Wall -Wextra "$here/langid_cld2.cc" \
	-I"$root/include" -L"$build/lib" -lkalm -lcld2 \
	-Wl,-rpath,"$build/lib" -o "$work/langid-cld2"
/usr/bin/python3 "$root/scripts/eval_langid.py" --corpus "$corpus" \
	--dump "$work/rows.tsv"
echo "$(wc -l < "$work/rows.tsv") lines from $corpus"
"$work/langid-cld2" "$repeat" < "$work/rows.tsv"
