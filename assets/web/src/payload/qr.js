// QR codes of payload texts at error-correction level M, drawn with
// qrcode-generator. The version must be the one the Rust encoder finds
// (src/preapp/qr.rs, the `qrcode` crate's `encode_auto`), because the split
// into parts depends on it: that crate cuts a text into numeric and
// alphanumeric segments and merges them greedily per version class, so the
// same segments and the same choice are made here.

import qrcode from "qrcode-generator";

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;
/** Version classes of equal character-count widths: (first, last) version. */
const CLASSES = [
  [1, 9],
  [10, 26],
  [27, 40],
];
const MODE_BITS = 4;

function lengthBits(numeric, version) {
  const cls = version <= 9 ? 0 : version <= 26 ? 1 : 2;
  return (numeric ? [10, 12, 14] : [9, 11, 13])[cls];
}

function encodedLen(seg, version) {
  const n = seg.end - seg.begin;
  const data = seg.numeric ? Math.floor((n * 10 + 2) / 3) : Math.floor((n * 11 + 1) / 2);
  return MODE_BITS + lengthBits(seg.numeric, version) + data;
}

/** Runs of digits (numeric) and of other characters (alphanumeric). */
function runs(text) {
  const out = [];
  for (let i = 0; i < text.length; ) {
    const numeric = text[i] >= "0" && text[i] <= "9";
    let j = i + 1;
    while (j < text.length && (text[j] >= "0" && text[j] <= "9") === numeric) j++;
    out.push({ numeric, begin: i, end: j });
    i = j;
  }
  return out;
}

/** The `qrcode` crate's greedy optimizer: merge a run into the previous
 * segment whenever that costs no more bits than keeping both. */
function optimize(segments, version) {
  const out = [];
  if (segments.length === 0) return out;
  let last = segments[0];
  let lastSize = encodedLen(last, version);
  for (const seg of segments.slice(1)) {
    const size = encodedLen(seg, version);
    const merged = { numeric: last.numeric && seg.numeric, begin: last.begin, end: seg.end };
    const mergedSize = encodedLen(merged, version);
    if (lastSize + size >= mergedSize) {
      last = merged;
      lastSize = mergedSize;
    } else {
      out.push(last);
      last = seg;
      lastSize = size;
    }
  }
  out.push(last);
  return out;
}

const capacities = new Map();
/** Data bits of a version at level M, as qrcode-generator counts them: its
 * overflow error names the capacity, so no table is copied here. */
function capacityBits(version) {
  if (!capacities.has(version)) {
    const qr = qrcode(version, "M");
    qr.addData("0".repeat(8000), "Numeric");
    try {
      qr.make();
    } catch (e) {
      const m = /code length overflow\. \(\d+>(\d+)\)/.exec(String(e));
      if (!m) throw e;
      capacities.set(version, Number(m[1]));
    }
  }
  return capacities.get(version);
}

function plan(text) {
  if (!ALPHANUMERIC.test(text)) throw new Error("not a QR alphanumeric text");
  const parsed = runs(text);
  for (const [, last] of CLASSES) {
    const segments = optimize(parsed, last);
    const bits = segments.reduce((sum, s) => sum + encodedLen(s, last), 0);
    if (bits <= capacityBits(last)) {
      for (let v = 1; v <= 40; v++) if (bits <= capacityBits(v)) return { version: v, segments };
    }
  }
  return null;
}

/** The smallest QR version holding `text` at level M (as the Rust encoder), or null. */
export function qrVersion(text) {
  return plan(text)?.version ?? null;
}

/**
 * The modules of the QR code of `text`: `modules[row][col]` is true for dark.
 * No quiet zone; the caller draws four light modules around it.
 */
export function qrModules(text) {
  const p = plan(text);
  if (!p) throw new Error("text too long for a QR code");
  const qr = qrcode(p.version, "M");
  for (const s of p.segments) qr.addData(text.slice(s.begin, s.end), s.numeric ? "Numeric" : "Alphanumeric");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}
