// Dates as residents write them: 和暦 and 西暦, stored as ISO `YYYY-MM-DD`.
// A port of src/domain/date.rs; the Rust module documents the accepted forms
// and the era boundaries. A date is a day number (days since 1970-01-01).

import { message } from "./message.js";

/** The eras from the adoption of the Gregorian calendar on, oldest first. */
export const ERAS = [
  { id: "meiji", kanji: "明治", initial: "M", yearOne: 1868, first: [1873, 1, 1] },
  { id: "taisho", kanji: "大正", initial: "T", yearOne: 1912, first: [1912, 7, 30] },
  { id: "showa", kanji: "昭和", initial: "S", yearOne: 1926, first: [1926, 12, 25] },
  { id: "heisei", kanji: "平成", initial: "H", yearOne: 1989, first: [1989, 1, 8] },
  { id: "reiwa", kanji: "令和", initial: "R", yearOne: 2019, first: [2019, 5, 1] },
];

const MEIJI_FIRST = days(1873, 1, 1);

/** Day number of a calendar date, or `null` when the day does not exist. */
export function days(year, month, day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return Math.round(d.getTime() / 86400000);
}

/** `[year, month, day]` of a day number. */
export function ymd(dayNumber) {
  const d = new Date(dayNumber * 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** ISO text of a day number, the storage form. */
export function iso(dayNumber) {
  const [y, m, d] = ymd(dayNumber);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const eraFirst = (era) => days(...era.first);
const eraLast = (era) => {
  const next = ERAS[ERAS.indexOf(era) + 1];
  return next ? eraFirst(next) - 1 : null;
};

/** The 和暦 of a day number, or `null` before 明治6年1月1日. */
export function wareki(dayNumber) {
  const era = [...ERAS].reverse().find((e) => dayNumber >= eraFirst(e));
  if (!era) return null;
  const [y, m, d] = ymd(dayNumber);
  return { era, year: y - era.yearOne + 1, month: m, day: d };
}

/** `令和元年5月1日`, or the ISO form before 1873. */
export function displayWareki(dayNumber) {
  const w = wareki(dayNumber);
  if (!w) return iso(dayNumber);
  return `${w.era.kanji}${w.year === 1 ? "元" : w.year}年${w.month}月${w.day}日`;
}

/** Full-width letters, digits and punctuation to ASCII; ideographic space to space. */
export function normalize(input) {
  let out = "";
  for (const c of input) {
    const code = c.codePointAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (c === "\u3000") out += " ";
    else if (c === "ー" || c === "―" || c === "‐") out += "-";
    else out += c;
  }
  return out;
}

const WHITE = /^[\p{White_Space}]+|[\p{White_Space}]+$/gu;

/** Rust's `str::trim`: Unicode white space at both ends. */
export function trim(text) {
  return text.replace(WHITE, "");
}

const utf8Length = (text) => new TextEncoder().encode(text).length;

class DateError extends Error {
  constructor(kind, era) {
    super(kind);
    this.kind = kind;
    this.era = era;
  }
}

function number(text) {
  if (text === "" || utf8Length(text) > 4 || !/^[0-9]+$/.test(text)) {
    throw new DateError("syntax");
  }
  return Number(text);
}

function splitYmd(text) {
  let parts;
  if (text.includes("年")) {
    if (!text.endsWith("日")) throw new DateError("syntax");
    const body = text.slice(0, -1);
    const y = body.indexOf("年");
    const rest = body.slice(y + 1);
    const m = rest.indexOf("月");
    if (m < 0) throw new DateError("syntax");
    parts = [body.slice(0, y), rest.slice(0, m), rest.slice(m + 1)];
  } else {
    parts = text.split(/[-/.]/);
  }
  if (parts.length !== 3) throw new DateError("syntax");
  return parts.map(trim);
}

function eraFromName(name) {
  return ERAS.find(
    (era) =>
      name === era.kanji ||
      name.replace(/^[a-z]$/, (c) => c.toUpperCase()) === era.initial ||
      (name.length === 1 && name === era.kanji[0]),
  );
}

function warekiToDays(era, year, month, day) {
  if (year === 0) throw new DateError("no-such-day");
  const date = days(era.yearOne + year - 1, month, day);
  if (date === null) throw new DateError("no-such-day");
  if (era.id === "meiji" && date < MEIJI_FIRST) throw new DateError("before-gregorian");
  const inside = date >= eraFirst(era) || era.id === "meiji";
  const last = eraLast(era);
  if (!inside || (last !== null && date > last)) throw new DateError("outside-era", era);
  return date;
}

function parseOrThrow(input) {
  const text = trim(normalize(input));
  if (text === "") throw new DateError("syntax");
  let eraLen = [...text].findIndex((c) => /[0-9]/.test(c) || c === "元");
  const chars = [...text];
  if (eraLen < 0) eraLen = chars.length;
  const eraName = trim(chars.slice(0, eraLen).join(""));
  const [year, month, day] = splitYmd(trim(chars.slice(eraLen).join("")));
  if (eraName === "") {
    if (year === "元" || utf8Length(year) !== 4) throw new DateError("syntax");
    const y = number(year);
    const m = number(month);
    const d = number(day);
    const date = days(y, m, d);
    if (date === null) throw new DateError("no-such-day");
    if (date < MEIJI_FIRST) throw new DateError("before-gregorian");
    return date;
  }
  const era = eraFromName(eraName);
  if (!era) throw new DateError("syntax");
  const y = year === "元" ? 1 : number(year);
  return warekiToDays(era, y, number(month), number(day));
}

/** The validation message of a date error, as `DateError::message` gives it. */
function errorMessage(error) {
  switch (error.kind) {
    case "syntax":
      return message("validation-date-syntax");
    case "no-such-day":
      return message("validation-date-no-such-day");
    case "outside-era": {
      const last = eraLast(error.era);
      return message("validation-date-outside-era", {
        era: error.era.kanji,
        last: last === null ? "" : displayWareki(last),
      });
    }
    default:
      return message("validation-date-too-early");
  }
}

/** Reads a date in either calendar: `{ day }` or `{ error }` (a message). */
export function parseDate(input) {
  try {
    return { day: parseOrThrow(input) };
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    return { error: errorMessage(error) };
  }
}

/** Whole years of age on `today` (both day numbers). */
export function ageOn(birth, today) {
  const [by, bm, bd] = ymd(birth);
  const [ty, tm, td] = ymd(today);
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}

/** The day number of today in Tokyo, where every office is. */
export function todayInTokyo(now = new Date()) {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(now)
    .split("-")
    .map(Number);
  return days(y, m, d);
}
