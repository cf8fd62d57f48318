// The pre-application encoder of the resident's page: format version 1 of
// src/preapp, byte for byte (the specification is that module's docs; the
// vectors in tests/fixtures/preapp/vectors check both sides).
//
//   form → CBOR → DEFLATE when shorter → HPKE seal to the office key
//        → header byte [+ message id, seq] → base45 → "MG1:" / "MG1P:" → QR (M)

import pako from "pako";
import { base45 } from "./base45.js";
import { toCbor } from "./cbor.js";
import { seal } from "./hpke.js";
import { qrModules, qrVersion } from "./qr.js";

export { qrModules, qrVersion };

const VERSION = 1;
const FLAG_ENCRYPTED = 0b0001;
const FLAG_DEFLATE = 0b0010;
const PREFIX = "MG1:";
const PART_PREFIX = "MG1P:";
const KEY_ID_LEN = 7;
const CHECK_LEN = 8;
const MESSAGE_ID_LEN = 4;

/** Limits of src/preapp (`limits`), the ones an encoder enforces. */
export const LIMITS = {
  maxParts: 16,
  maxMessageBytes: 8 * 1024,
  maxInflatedBytes: 32 * 1024,
  maxProcedures: 16,
  maxFields: 128,
  maxMembers: 12,
  maxMemberFields: 32,
  maxIdBytes: 64,
  maxValueBytes: 512,
  defaultMaxQrVersion: 12,
  maxValidityDays: 90,
};
/** Unix seconds a `created` time may take (`cbor::CREATED_RANGE`). */
const CREATED_RANGE = [1_577_836_800, 7_258_118_400];

/** Why a form cannot be encoded: `path` names the place, as `Form::check` does. */
export class PreappEncodeError extends Error {
  constructor(path, tooLarge) {
    super(`${tooLarge ? "too large" : "invalid"}: ${path}`);
    this.path = path;
    this.tooLarge = tooLarge;
  }
}

const utf8 = new TextEncoder();
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const sha256 = async (bytes) => new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));

/** Ids are short ASCII: lower-case letters, digits, `.`, `_`, `-` (`model::valid_id`). */
const validId = (id) => /^[a-z0-9._-]+$/.test(id) && id.length <= LIMITS.maxIdBytes;
// Control characters (Unicode Cc) and bidirectional overrides could spoof a clerk's screen.
const FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

function checkMap(map, at) {
  for (const [key, value] of Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!validId(key)) throw new PreappEncodeError(`${at}.${key}`, false);
    if (utf8.encode(value).length > LIMITS.maxValueBytes) throw new PreappEncodeError(`${at}.${key}`, true);
    if (FORBIDDEN.test(value)) throw new PreappEncodeError(`${at}.${key}`, false);
  }
}

/** The checks of `Form::check`, in its order. */
export function checkForm(form) {
  const procedures = form.procedures ?? [];
  if (procedures.length === 0) throw new PreappEncodeError("procedures", false);
  if (procedures.length > LIMITS.maxProcedures) throw new PreappEncodeError("procedures", true);
  procedures.forEach((id, i) => {
    if (!validId(id) || procedures.slice(0, i).includes(id)) throw new PreappEncodeError(`procedures[${i}]`, false);
  });
  const fields = form.fields ?? {};
  if (Object.keys(fields).length > LIMITS.maxFields) throw new PreappEncodeError("fields", true);
  checkMap(fields, "fields");
  const household = form.household ?? [];
  if (household.length > LIMITS.maxMembers) throw new PreappEncodeError("household", true);
  household.forEach((member, i) => {
    if (Object.keys(member).length > LIMITS.maxMemberFields) throw new PreappEncodeError(`household[${i}]`, true);
    checkMap(member, `household[${i}]`);
  });
}

/** One part when it fits `maxVersion`, else the fewest equal parts that all do (`codec::split`). */
async function split(header, message, maxVersion) {
  const single = PREFIX + base45(concat([header], message));
  const fits = (text) => {
    const v = qrVersion(text);
    return v !== null && v <= maxVersion;
  };
  if (fits(single)) return [single];
  const id = (await sha256(concat([header], message))).subarray(0, MESSAGE_ID_LEN);
  for (let count = 2; count <= LIMITS.maxParts; count++) {
    const chunkLen = Math.ceil(message.length / count);
    if (chunkLen === 0) break;
    const texts = [];
    for (let at = 0, index = 0; at < message.length; at += chunkLen, index++) {
      const seq = (index << 4) | (count - 1);
      texts.push(PART_PREFIX + base45(concat([header], id, [seq], message.subarray(at, at + chunkLen))));
    }
    // Fewer chunks than `count` come only from tiny messages, which fit in one.
    if (texts.length === count && texts.every(fits)) return texts;
  }
  throw new PreappEncodeError("parts", true);
}

/** The raw X25519 bytes of an `office.pub` line (`madoguchi-office-public-key-v1:` + base64url). */
export function officeKeyBytes(text) {
  const rest = text.trim().replace(/^madoguchi-office-public-key-v1:/, "");
  const b64 = rest.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  if (bytes.length !== 32 || rest === text.trim()) throw new Error("not a Madoguchi office public key");
  return bytes;
}

/**
 * Encodes a form (the JSON shape of preapp::model::Form).
 *
 * @param {object} form `{language, procedures, fields, household?}`
 * @param {object} options
 * @param {{languages,procedures,fields,member_fields,values,prefectures}} options.tables the CBOR code tables exported from Rust
 * @param {Uint8Array|null} options.officeKey the office's raw X25519 public key; null: plain payload
 * @param {Date|number} [options.now] creation time (whole seconds are kept); default the clock
 * @param {number} [options.validityDays] default 14, as `preapp encode`
 * @param {(n: number) => Uint8Array} [options.random] randomness; default crypto.getRandomValues
 * @param {number} [options.maxQrVersion] default 12
 * @returns {Promise<{texts: string[], qrVersion: number, created: number, expires: number,
 *   cbor: Uint8Array, deflated: Uint8Array, compressed: boolean, message: Uint8Array}>}
 *   created/expires in Unix seconds; qrVersion is the largest part's
 */
export async function encodePreapp(form, options) {
  const {
    tables,
    officeKey = null,
    now = Date.now(),
    validityDays = 14,
    random = (n) => crypto.getRandomValues(new Uint8Array(n)),
    maxQrVersion = LIMITS.defaultMaxQrVersion,
  } = options;
  checkForm(form);
  const created = Math.floor((now instanceof Date ? now.getTime() : now) / 1000);
  if (created < CREATED_RANGE[0] || created > CREATED_RANGE[1]) throw new PreappEncodeError("created", false);
  if (!Number.isInteger(validityDays) || validityDays < 0 || validityDays > LIMITS.maxValidityDays) {
    throw new PreappEncodeError("expires", false);
  }
  const cbor = toCbor(form, created, validityDays, tables);
  if (cbor.length > LIMITS.maxInflatedBytes) throw new PreappEncodeError("cbor", true);
  // pako is a port of madler zlib, which the Rust encoder links: same bytes.
  const deflated = pako.deflateRaw(cbor, { level: 9 });
  // Small bodies of mostly unique text do not compress: DEFLATE only when it pays.
  const compressed = deflated.length < cbor.length;
  const body = compressed ? deflated : cbor;
  const header = (VERSION << 4) | (officeKey ? FLAG_ENCRYPTED : 0) | (compressed ? FLAG_DEFLATE : 0);
  let message;
  if (officeKey) {
    const keyId = (await sha256(officeKey)).subarray(0, KEY_ID_LEN);
    const { enc, sealed } = await seal(officeKey, random(32), concat([header], keyId), body);
    message = concat(keyId, enc, sealed);
  } else {
    const check = (await sha256(concat([header], body))).subarray(0, CHECK_LEN);
    message = concat(body, check);
  }
  if (message.length > LIMITS.maxMessageBytes) throw new PreappEncodeError("message", true);
  const texts = await split(header, message, maxQrVersion);
  return {
    texts,
    qrVersion: Math.max(...texts.map(qrVersion)),
    created,
    expires: created + validityDays * 86_400,
    cbor,
    deflated,
    compressed,
    message,
  };
}
