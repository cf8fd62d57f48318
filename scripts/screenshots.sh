#!/usr/bin/env bash
# Screenshots of the kiosk screens in a real window under Xvfb.
#
#   scripts/screenshots.sh                 # the default set
#   scripts/screenshots.sh ticket:en pin:ja  # chosen screen:language pairs
#   scripts/screenshots.sh choose:en:large,contrast   # with display modes
#
# Needs: xvfb imagemagick x11-utils fonts-noto-cjk fonts-noto-core (scripts/setup.sh).
# Writes docs/screenshots/kiosk-<screen>-<lang>.png. Screens are the names of
# madoguchi::ui::demo::StartScreen::ALL (welcome choose services ticket staff
# languages idle pin admin scan review, at the time of writing); the window
# opens on them via MADOGUCHI_SCREEN. Each shot runs `madoguchi demo --windowed --kiosk-only`: an embedded
# hub, an enrolled kiosk and the demo QR, so tickets are real hub numbers.
#
#   APP=/tmp/madoguchi scripts/screenshots.sh ...  # shoot this binary, no build
#   OUT=/tmp/shots scripts/screenshots.sh ...      # write somewhere else
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
out="${OUT:-docs/screenshots}"
mkdir -p "$out"

# Every screen of StartScreen::ALL (read from the source, so a new screen
# is never left out) in Japanese, then a few in English and display modes.
screens=$(sed -n '/pub const ALL/,/];/s/^ *("\([a-z-]*\)", StartScreen::.*/\1/p' src/ui/demo.rs)
[[ -n "$screens" ]] || { echo "screenshots: no screens found in StartScreen::ALL" >&2; exit 1; }
shots=("$@")
if ((${#shots[@]} == 0)); then
  for screen in $screens; do shots+=("$screen:ja"); done
  shots+=(welcome:en choose:en scan:en review:en ticket:en idle:en admin:en
          choose:en:contrast ticket:ja:large,contrast welcome:ja:large)
fi
for shot in "${shots[@]}"; do
  grep -qx "${shot%%:*}" <<<"$screens" || { echo "screenshots: unknown screen in $shot (known: $(echo $screens))" >&2; exit 2; }
done

for tool in Xvfb import xwininfo; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool missing (run scripts/setup.sh)" >&2; exit 1; }
done

# APP: a binary built elsewhere (a shared target dir may hold another
# branch's build by the time the shots run).
app="${APP:-}"
if [[ -z "$app" ]]; then
  cargo build --release --bin madoguchi --quiet
  app="$CARGO_TARGET_DIR/release/madoguchi"
fi
[[ -x "$app" ]] || { echo "screenshots: $app is not an executable" >&2; exit 1; }

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do xwininfo -display "$display" -root >/dev/null 2>&1 && break; sleep 0.1; done

for shot in "${shots[@]}"; do
  IFS=: read -r screen lang look <<<"$shot"
  start=$(date +%s%N)
  DISPLAY="$display" MADOGUCHI_SCREEN="$screen" MADOGUCHI_LANG="$lang" MADOGUCHI_LOOK="${look:-}" RUST_LOG=${RUST_LOG:-error} "$app" demo --windowed --kiosk-only &
  pid=$!
  # Wait for the window to be mapped, then for a few frames to be drawn.
  for _ in $(seq 100); do
    xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"Madoguchi' && break
    sleep 0.05
  done
  mapped=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 1.5
  file="$out/kiosk-$screen-$lang${look:+-${look//,/-}}.png"
  DISPLAY="$display" import -window root "$file"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "screenshots: $file (window mapped after ${mapped} ms)"
done
