#!/usr/bin/env bash
# Cold start to first frame of the release kiosk under Xvfb (budget 1 s).
#
#   scripts/cold-start.sh              # `madoguchi kiosk` against a hub process, 10 runs
#   scripts/cold-start.sh kiosk 20     # 20 runs
#   scripts/cold-start.sh demo         # `madoguchi demo --windowed --kiosk-only` (starts its own hub)
#
# Needs: xvfb curl python3 (scripts/setup.sh). The clock starts just before
# the process is spawned and stops at the first frame: the first time the
# screen holds a drawn kiosk (at least MIN_COLOURS distinct colours and a
# tenth of the screen not black; the root window is plain black and the
# cursor is off, so a mapped but undrawn window is one colour more). The
# first change of any pixel is printed too (the window's first paint).
# The screen is read straight from Xvfb's framebuffer file (-fbdir), every
# millisecond or so, so no screenshot tool adds its own delay. For `kiosk`
# a hub runs as its own process and the kiosk is enrolled first, as in an
# office; the page cache is warm after the first run (reported apart).
# The first frame of the first run is kept as cold-start-first-frame.png
# in the temporary folder (printed) to check what was counted.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-kiosk}"
runs="${2:-10}"
case "$mode" in kiosk|demo) ;; *) echo "usage: $0 [kiosk|demo] [runs]" >&2; exit 2 ;; esac
for tool in Xvfb curl python3; do
  command -v "$tool" >/dev/null || { echo "cold-start: $tool missing (run scripts/setup.sh)" >&2; exit 1; }
done

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --bin madoguchi --quiet
app="$CARGO_TARGET_DIR/release/madoguchi"

work=$(mktemp -d /tmp/madoguchi-cold-start.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

display=":$((200 + RANDOM % 100))"
mkdir -p "$work/fb"
Xvfb "$display" -screen 0 1280x800x24 -fbdir "$work/fb" -br -nocursor -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [[ -s "$work/fb/Xvfb_screen0" ]] && break; sleep 0.05; done

command=("$app" demo --windowed --kiosk-only)
if [[ "$mode" == kiosk ]]; then
  port=$((20000 + RANDOM % 20000))
  hub_url="http://127.0.0.1:$port"
  "$app" --data-dir "$work/hub" hub --listen "127.0.0.1:$port" >"$work/hub.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 200); do curl -fs "$hub_url/healthz" >/dev/null && break; sleep 0.05; done
  curl -fs "$hub_url/healthz" >/dev/null || { echo "cold-start: hub did not start" >&2; cat "$work/hub.log" >&2; exit 1; }
  code=$("$app" --data-dir "$work/hub" hub enroll --name cold-start --role kiosk --hub-url "$hub_url" \
         | sed -n 's/^madoguchi-enroll:.*[?&]code=\([^&]*\).*/\1/p')
  [[ -n "$code" ]] || { echo "cold-start: no enrollment code" >&2; exit 1; }
  mkdir -p "$work/kiosk"
  curl -fs -X POST -H 'content-type: application/json' -d "{\"code\":\"$code\"}" "$hub_url/api/v1/devices/enroll" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' >"$work/kiosk/device-token"
  sed "s|^hub_url = .*|hub_url = \"$hub_url\"|" config/kiosk.toml >"$work/kiosk.toml"
  command=("$app" --config "$work/kiosk.toml" --data-dir "$work/kiosk" kiosk)
fi

DISPLAY="$display" RUST_LOG="${RUST_LOG:-warn}" python3 - "$work" "$runs" "${command[@]}" <<'EOF'
import mmap, os, signal, statistics, struct, subprocess, sys, time

work, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
MIN_COLOURS = 16
TIMEOUT = 20.0

fb = open(os.path.join(work, "fb", "Xvfb_screen0"), "rb")
screen = mmap.mmap(fb.fileno(), 0, access=mmap.ACCESS_READ)
header = struct.unpack(">25I", screen[:100])
header_size, width, height, ncolours = header[0], header[4], header[5], header[19]
offset = header_size + 12 * ncolours
size = width * height * 4

def frame():
    return screen[offset:offset + size]

def colours(pixels, stride=3):
    return len(set(memoryview(pixels).cast("I")[::stride]))

def wait_blank():
    for _ in range(500):
        if colours(frame(), 11) <= 1:
            return
        time.sleep(0.01)
    raise SystemExit("cold-start: the screen did not clear between runs")

results, changes = [], []
for run in range(runs):
    wait_blank()
    log = open(os.path.join(work, f"run-{run + 1}.log"), "wb")
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    last, changed, shown, counted = None, None, None, 0
    while time.monotonic() - start < TIMEOUT:
        at = time.monotonic()
        pixels = frame()
        if pixels != last:
            last = pixels
            sample = memoryview(pixels).cast("I")[::3]
            lit = sum(1 for p in sample[::16] if p & 0xFFFFFF) / len(sample[::16])
            counted = len(set(sample))
            if changed is None and (counted > 1 or lit > 0):
                changed = at - start
            if counted >= MIN_COLOURS and lit >= 0.1:
                shown = at - start
                break
        if process.poll() is not None:
            break
        time.sleep(0.001)
    if run == 0 and shown is not None:
        with open(os.path.join(work, "first-frame.xwd"), "wb") as out:
            out.write(screen[:offset] + pixels)
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if shown is None:
        raise SystemExit(f"cold-start: run {run + 1}: no frame within {TIMEOUT} s "
                         f"(exit {process.returncode}; see {log.name})")
    results.append(shown)
    changes.append(changed)
    print(f"run {run + 1}: first paint after {changed * 1000:.0f} ms, first frame after "
          f"{shown * 1000:.0f} ms ({counted} colours, {lit:.0%} lit)", flush=True)

ms = sorted(r * 1000 for r in results)
p50 = statistics.median(ms)
paint = sorted(c * 1000 for c in changes)
print()
shown_command = " ".join(command).replace(work, "$TMP")
print(f"command: {shown_command}")
print("| measure | runs | p50 ms | max ms | first run ms | budget |")
print("| --- | ---: | ---: | ---: | ---: | --- |")
print(f"| first paint of any pixel | {len(paint)} | {statistics.median(paint):.0f} | {paint[-1]:.0f} | "
      f"{changes[0] * 1000:.0f} | |")
print(f"| cold start to first frame (Xvfb 1280x800) | {len(ms)} | {p50:.0f} | {ms[-1]:.0f} | "
      f"{results[0] * 1000:.0f} | max < 1000 ms: {'met' if ms[-1] < 1000 else 'MISSED'} |")
EOF

if [[ -s "$work/first-frame.xwd" ]] && command -v convert >/dev/null; then
  convert "xwd:$work/first-frame.xwd" "$work/cold-start-first-frame.png" && \
    echo "first frame of run 1: $work/cold-start-first-frame.png"
fi
