#!/usr/bin/env python3
"""Reference measurement for the scanner benchmark (benches/scan.rs).

Decodes every image of the qr-realworld set with zxing-cpp (PyPI `zxing-cpp`)
and prints one machine-readable line:

    ZXING decoded=N/TOTAL fp=N/TOTAL_FP ms=TOTAL_DECODE_MS ms_with=MS ms_without=MS version=X

(ms_with and ms_without: the part of the total spent on the images with a
QR and on those without.)

Only the decode call is timed (with --repeat=N, the fastest of N runs per
image); images are loaded and converted to grayscale
beforehand. An image counts as decoded when one of the QR texts equals the
text in NAME.txt (UTF-8), after the same normalisation as the Rust side:
trailing whitespace/newlines of the expected file are kept exact first, then
compared with line endings normalised.

Usage: zxing_bench.py [--plain] [--repeat=N] [DIR]   (default DIR: $MADOGUCHI_QR_REALWORLD or ../shared/qr-realworld)
  --plain: TextMode.Plain (raw text, as the madoguchi pipeline uses) instead
           of the package's default TextMode.HRI (the issue's reference row).
Install: pip install zxing-cpp Pillow
"""
import os
import sys
import time

try:
    import zxingcpp
    from PIL import Image
except ImportError as e:  # the bench reads this line
    print(f"ZXING missing={e.name} install='pip install zxing-cpp Pillow'")
    sys.exit(2)

EXTS = (".png", ".jpg", ".jpeg", ".webp")


def norm(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


def matches(found, expected):
    return any(f == expected or norm(f) == norm(expected) for f in found)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    plain = "--plain" in args
    repeat = 1
    for a in args:
        if a.startswith("--repeat="):
            repeat = max(1, int(a.split("=", 1)[1]))
    args = [a for a in args if not a.startswith("--")]
    mode = zxingcpp.TextMode.Plain if plain else zxingcpp.TextMode.HRI
    root = args[0] if args else os.environ.get(
        "MADOGUCHI_QR_REALWORLD", os.path.join(here, "..", "..", "shared", "qr-realworld"))
    positives, negatives = [], []
    for sub in sorted(os.listdir(root)):
        d = os.path.join(root, sub)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            stem, ext = os.path.splitext(name)
            if ext.lower() not in EXTS:
                continue
            path = os.path.join(d, name)
            if sub.startswith("falsepositives"):
                negatives.append((path, None))
            else:
                txt = os.path.join(d, stem + ".txt")
                if os.path.exists(txt):
                    with open(txt, encoding="utf-8") as f:
                        positives.append((path, f.read()))
    loaded = [(p, e, Image.open(p).convert("L")) for p, e in positives + negatives]
    decoded = fp = 0
    total = 0.0
    total_without = 0.0
    verbose = os.environ.get("ZXING_VERBOSE")
    for path, expected, img in loaded:
        best = None
        for _ in range(repeat):
            t0 = time.perf_counter()
            results = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode,
                                             text_mode=mode)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        total += best
        if expected is None:
            total_without += best
        if os.environ.get("ZXING_PERIMAGE"):
            print(f"time {path} {best * 1000:.3f}", file=sys.stderr)
        texts = [r.text for r in results]
        if expected is None:
            if texts:
                fp += 1
        elif matches(texts, expected):
            decoded += 1
        elif verbose:
            print(f"miss {path}: {texts!r}", file=sys.stderr)
    print(f"ZXING decoded={decoded}/{len(positives)} fp={fp}/{len(negatives)} "
          f"ms={total * 1000:.1f} ms_with={(total - total_without) * 1000:.1f} "
          f"ms_without={total_without * 1000:.1f} mode={'plain' if plain else 'hri'} version={getattr(zxingcpp, '__version__', '?')}")


if __name__ == "__main__":
    main()
