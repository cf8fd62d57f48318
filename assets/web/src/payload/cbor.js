// The CBOR body of format version 1 (src/preapp/cbor.rs, `to_cbor`): one map
// with small integer keys, written with the shortest heads and definite
// lengths, exactly as ciborium writes the Rust encoder's `Value`. The code
// tables come from the Rust side (`madoguchi site build` exports them), never
// from a copy in this file.

const KEY = { created: 0, validity: 1, language: 2, procedures: 3, fields: 4, household: 5 };
/** CBOR tag 100 (RFC 8943): a date as days since 1970-01-01. */
const TAG_DAYS = 100n;
/** Longest digit string written as an integer (u64 holds every 19-digit number). */
const MAX_UINT_DIGITS = 19;
const utf8 = new TextEncoder();

class Writer {
  constructor() {
    this.bytes = [];
  }
  /** A head: major type and argument, in the shortest form (RFC 8949 §3). */
  head(major, arg) {
    const n = BigInt(arg);
    const m = major << 5;
    if (n < 24n) this.bytes.push(m | Number(n));
    else if (n < 0x100n) this.bytes.push(m | 24, Number(n));
    else if (n < 0x10000n) this.push(m | 25, n, 2);
    else if (n < 0x100000000n) this.push(m | 26, n, 4);
    else this.push(m | 27, n, 8);
  }
  push(first, n, len) {
    this.bytes.push(first);
    for (let i = len - 1; i >= 0; i--) this.bytes.push(Number((n >> BigInt(8 * i)) & 0xffn));
  }
  int(n) {
    const v = BigInt(n);
    if (v >= 0n) this.head(0, v);
    else this.head(1, -1n - v);
  }
  text(s) {
    const b = utf8.encode(s);
    this.head(3, b.length);
    this.bytes.push(...b);
  }
  raw(b) {
    this.head(2, b.length);
    this.bytes.push(...b);
  }
}

/** Days since 1970-01-01 of a canonical `YYYY-MM-DD` (years 1000–9999), else null. */
function canonicalDateDays(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / 86_400_000);
}

/** The code of a frequent value: VALUES, then the prefectures. */
function valueCode(tables, text) {
  const i = tables.values.indexOf(text);
  if (i >= 0) return i;
  const p = tables.prefectures.indexOf(text);
  return p >= 0 ? tables.values.length + p : null;
}

/** Writes a field value in its most compact lossless form (`text_value`). */
function writeValue(w, tables, text) {
  if (
    text.length > 0 &&
    text.length <= MAX_UINT_DIGITS &&
    /^[0-9]+$/.test(text) &&
    (text === "0" || !text.startsWith("0"))
  ) {
    w.head(0, BigInt(text));
    return;
  }
  const days = canonicalDateDays(text);
  if (days !== null) {
    w.head(6, TAG_DAYS);
    w.int(days);
    return;
  }
  const code = valueCode(tables, text);
  if (code !== null) {
    w.int(-1 - code);
    return;
  }
  const utf8Bytes = utf8.encode(text);
  // A JS string is UTF-16: each code unit is two bytes of UTF-16BE.
  if (text.length * 2 < utf8Bytes.length) {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      out[2 * i] = u >> 8;
      out[2 * i + 1] = u & 0xff;
    }
    w.raw(out);
  } else {
    w.text(text);
  }
}

function writeId(w, table, id) {
  const code = table.indexOf(id);
  if (code >= 0) w.int(code);
  else w.text(id);
}

/** Byte-wise order of UTF-8, as Rust's `String` compares. */
function compareUtf8(a, b) {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** A field map: coded keys first (ascending), then text keys (sorted). */
function writeMap(w, tables, table, map) {
  const entries = Object.entries(map).map(([k, v]) => ({ code: table.indexOf(k), k, v }));
  entries.sort((a, b) => {
    if (a.code >= 0 && b.code >= 0) return a.code - b.code;
    if (a.code >= 0) return -1;
    if (b.code >= 0) return 1;
    return compareUtf8(a.k, b.k);
  });
  w.head(5, entries.length);
  for (const e of entries) {
    writeId(w, table, e.k);
    writeValue(w, tables, e.v);
  }
}

/**
 * The CBOR bytes of a pre-application.
 * @param {{language: string, procedures: string[], fields?: Record<string,string>, household?: Record<string,string>[]}} form
 * @param {number} createdUnix whole seconds
 * @param {number} validityDays
 * @param {{languages: string[], procedures: string[], fields: string[], member_fields: string[], values: string[], prefectures: string[]}} tables
 */
export function toCbor(form, createdUnix, validityDays, tables) {
  const w = new Writer();
  const household = form.household ?? [];
  const japanese = form.language === "ja";
  w.head(5, 4 + (japanese ? 0 : 1) + (household.length > 0 ? 1 : 0));
  w.int(KEY.created);
  w.int(createdUnix);
  w.int(KEY.validity);
  w.int(validityDays);
  // Japanese, the common case, is the default and goes unsaid.
  if (!japanese) {
    w.int(KEY.language);
    writeId(w, tables.languages, form.language);
  }
  w.int(KEY.procedures);
  w.head(4, form.procedures.length);
  for (const p of form.procedures) writeId(w, tables.procedures, p);
  w.int(KEY.fields);
  writeMap(w, tables, tables.fields, form.fields ?? {});
  if (household.length > 0) {
    w.int(KEY.household);
    w.head(4, household.length);
    for (const m of household) writeMap(w, tables, tables.member_fields, m);
  }
  return Uint8Array.from(w.bytes);
}
