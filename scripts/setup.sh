#!/usr/bin/env bash
# Install the Debian packages kalm needs (when missing) and build it.
# Used by scripts/demo.sh and scripts/test.sh; safe to run again.
#   BUILD=dir   build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's Python (with pytest and meson-python) before any other on PATH.
export PATH="/usr/bin:/bin:/usr/sbin:/sbin:$PATH"

packages=(
	gcc meson ninja-build pkg-config
	libpcre2-dev libicu-dev libutf8proc-dev libcriterion-dev
	libgmime-3.0-dev
	python3 python3-dev python3-pytest python3-mesonpy python3-pip
	python3-venv python3-distributed
	python3-mypy              # the .pyi stubs checked against the module
	clang libclang-rt-14-dev valgrind
	libpython3.11-testsuite   # CPython's odd e-mail messages, for tests/mail
)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing+=("$p")
done
if ((${#missing[@]})); then
	if [ "$(id -u)" -ne 0 ]; then
		echo "setup: as root, install: ${missing[*]}" >&2
		exit 1
	fi
	echo "setup: installing ${missing[*]}" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends "${missing[@]}" >/dev/null
fi

BUILD=${BUILD:-build}
if [ ! -f "$BUILD/build.ninja" ]; then
	meson setup "$BUILD" --buildtype=debugoptimized -Dwerror=true >/dev/null
fi
# quiet when it builds; the compiler's messages when it does not
ninja -C "$BUILD" >"$BUILD/ninja.log" 2>&1 ||
	{ cat "$BUILD/ninja.log" >&2; exit 1; }
