// Checking answers against a procedure: a port of src/domain/validate.rs,
// rule for rule, so the page and the office find the same problems
// (tests/fixtures/validation-cases.json is run by both).
//
// Answers are `{ values: { key: text }, household: [ { part: text } ] }`,
// the JSON shape of the Rust `Answers`. A problem is
// `{ field, severity: "error" | "warning", message: { key, args } }`.

import { ageOn, days, iso, normalize, parseDate, trim, ymd } from "./date.js";
import { message, sameMessage } from "./message.js";

/** Relationship values of household members (続柄). */
export const RELATIONSHIPS = [
  "head",
  "spouse",
  "child",
  "parent",
  "grandparent",
  "grandchild",
  "sibling",
  "other",
];

/** Sex values as recorded in the resident register. */
export const SEXES = ["male", "female"];

/** The parts of a household member, in form order. */
export const MEMBER_PARTS = ["name", "reading", "birth", "relationship", "sex"];

/** The parts of an address field, in form order. */
export const ADDRESS_PARTS = ["prefecture", "city", "town", "building"];

/** The 47 prefectures, as written in addresses. */
export const PREFECTURES = [
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県",
  "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",
  "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
  "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県",
  "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
  "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
];

/** The answer for a key, `null` when missing or blank (`Answers::get`). */
export function answer(answers, key) {
  const value = answers.values[key];
  if (value === undefined) return null;
  const trimmed = trim(value);
  return trimmed === "" ? null : trimmed;
}

const error = (field, msg) => ({ field, severity: "error", message: msg });
const warning = (field, msg) => ({ field, severity: "warning", message: msg });

/** Whether any problem is an error. */
export function hasErrors(problems) {
  return problems.some((p) => p.severity === "error");
}

/** Checks every field and rule of a procedure as of `today` (a day number). */
export function validate(procedure, answers, today) {
  const out = [];
  for (const field of procedure.fields) {
    if (field.kind === "address") {
      checkAddress(field.key, field.required, answers, out);
    } else if (field.kind === "household") {
      checkHousehold(answers, field, today, out);
    } else {
      const value = answer(answers, field.key);
      if (value === null) {
        if (field.required) out.push(error(field.key, message("validation-required")));
      } else {
        const msg = checkValue(field, value, today);
        if (msg) out.push(error(field.key, msg));
      }
    }
  }
  for (const rule of procedure.rules ?? []) checkRule(procedure, rule, answers, today, out);
  return out;
}

/** The problem with one (non-empty, trimmed) value of a simple field, or `null`. */
export function checkValue(kind, value, today) {
  switch (kind.kind) {
    case "text":
      return checkText(value, kind.script, kind.max_len);
    case "reading":
      return checkReading(value, kind.kana, kind.max_len);
    case "date": {
      const parsed = parseDate(value);
      if (parsed.error) return parsed.error;
      if (kind.not_future && parsed.day > today) return message("validation-date-future");
      return null;
    }
    case "postal":
      return normalizePostal(value) === null ? message("validation-postal") : null;
    case "phone":
      return normalizePhone(value) === null ? message("validation-phone") : null;
    case "choice":
      return kind.options.some((o) => o.value === value)
        ? null
        : message("validation-choice", { value });
    case "count": {
      const n = parseCount(value);
      if (n === null) return message("validation-count-syntax");
      if (n < kind.min || n > kind.max) {
        return message("validation-count-range", { min: kind.min, max: kind.max });
      }
      return null;
    }
    case "yes-no":
      return value !== "yes" && value !== "no" ? message("validation-yes-no") : null;
    default:
      return null;
  }
}

const chars = (text) => [...text];
const isControl = (c) => /\p{Cc}/u.test(c);
const isSpace = (c) => c === " " || c === "\u3000";
const between = (c, lo, hi) => c.codePointAt(0) >= lo && c.codePointAt(0) <= hi;
const isHiragana = (c) => between(c, 0x3041, 0x3096) || "ゝゞー".includes(c);
const isKatakana = (c) =>
  between(c, 0x30a1, 0x30fa) || "ーヽヾ".includes(c) || between(c, 0x31f0, 0x31ff);
const isKanji = (c) =>
  between(c, 0x4e00, 0x9fff) ||
  between(c, 0x3400, 0x4dbf) ||
  between(c, 0xf900, 0xfaff) ||
  between(c, 0x20000, 0x3134f) ||
  "々〆ヶヵ".includes(c);
const isJapanese = (c) => isKanji(c) || isHiragana(c) || isKatakana(c) || c === "・";
const isLatin = (c) =>
  /^[A-Za-z]$/.test(c) ||
  between(c, 0xff21, 0xff3a) ||
  between(c, 0xff41, 0xff5a) ||
  (/\p{Alphabetic}/u.test(c) && between(c, 0xc0, 0x24f)) ||
  between(c, 0x1e00, 0x1eff);
const isLatinName = (c) => isLatin(c) || isSpace(c) || "-'.,".includes(c);

const SCRIPT_OK = {
  kanji: (cs) => cs.every((c) => isJapanese(c) || isSpace(c)),
  kana: (cs) => cs.every((c) => isHiragana(c) || isKatakana(c) || isSpace(c)),
  latin: (cs) => cs.every(isLatinName),
  name: (cs) => cs.every((c) => isJapanese(c) || isSpace(c)) || cs.every(isLatinName),
  digits: (cs) => cs.every((c) => /^[0-9]$/.test(c) || between(c, 0xff10, 0xff19)),
  any: () => true,
};

/** Length, control characters and script of a text. */
export function checkText(value, script, maxLen) {
  const cs = chars(value);
  if (cs.length > maxLen) {
    return message("validation-too-long", { max: maxLen, length: cs.length });
  }
  if (cs.some(isControl)) return message("validation-control-characters");
  return SCRIPT_OK[script](cs) ? null : message(`validation-script-${script}`);
}

/** A reading (ふりがな) in the syllabary asked: `katakana`, `hiragana` or `either`. */
export function checkReading(value, kana, maxLen) {
  const cs = chars(value);
  if (cs.length > maxLen) {
    return message("validation-too-long", { max: maxLen, length: cs.length });
  }
  // ー ・ and spaces belong to both syllabaries (ミラー・ジョン).
  const neutral = (c) => c === "ー" || c === "・" || isSpace(c);
  const allKatakana = cs.every((c) => isKatakana(c) || neutral(c));
  const allHiragana = cs.every((c) => isHiragana(c) || neutral(c));
  const ok = { katakana: allKatakana, hiragana: allHiragana, either: allKatakana || allHiragana }[
    kana
  ];
  const key = { katakana: "validation-reading-katakana", hiragana: "validation-reading-hiragana", either: "validation-reading-kana" }[kana];
  return !ok || cs.every(neutral) ? message(key) : null;
}

function checkAddress(key, required, answers, out) {
  const part = (p) => answer(answers, `${key}.${p}`);
  const any = ADDRESS_PARTS.some((p) => part(p) !== null);
  if (!required && !any) return;
  // The building (建物名・部屋番号) is optional: many houses have none.
  for (const p of ["prefecture", "city", "town"]) {
    if (part(p) === null) out.push(error(`${key}.${p}`, message("validation-required")));
  }
  const prefecture = part("prefecture");
  if (prefecture !== null && !PREFECTURES.includes(prefecture)) {
    out.push(error(`${key}.prefecture`, message("validation-prefecture")));
  }
  for (const p of ADDRESS_PARTS) {
    const value = part(p);
    const msg = value === null ? null : checkText(value, "any", 60);
    if (msg) out.push(error(`${key}.${p}`, msg));
  }
}

/** Whether a household field lists this member (its `relationships`, or all). */
export function lists(field, member) {
  const relationships = field.relationships ?? [];
  return relationships.length === 0 || relationships.includes(member.relationship);
}

/** The problem with one (non-empty, trimmed) part of a household member, or `null`. */
export function checkMemberPart(part, value, today) {
  switch (part) {
    case "name":
      return checkText(value, "name", 40);
    case "reading":
      return checkReading(value, "either", 60);
    case "birth":
      return checkValue({ kind: "date", not_future: true }, value, today);
    case "relationship":
      return RELATIONSHIPS.includes(value) ? null : message("validation-relationship");
    default:
      return SEXES.includes(value) ? null : message("validation-sex");
  }
}

function checkHousehold(answers, field, today, out) {
  const listed = answers.household
    .map((member, index) => [index, member])
    .filter(([, member]) => lists(field, member));
  const count = listed.length;
  const min = field.required ? Math.max(field.min, 1) : field.min;
  if (count < min) out.push(error("household", message("validation-household-too-few", { min })));
  if (count > field.max) {
    out.push(error("household", message("validation-household-too-many", { max: field.max })));
  }
  for (const [i, member] of listed) {
    const at = (part) => `household[${i}].${part}`;
    for (const part of MEMBER_PARTS) {
      const raw = member[part];
      const value = raw === undefined ? null : trim(raw);
      if (value === null || value === "") {
        out.push(error(at(part), message("validation-required")));
        continue;
      }
      const msg = checkMemberPart(part, value, today);
      if (msg) out.push(error(at(part), msg));
    }
    const unknown = Object.keys(member)
      .sort()
      .find((k) => !MEMBER_PARTS.includes(k));
    if (unknown !== undefined) out.push(error(at(unknown), message("validation-unknown-part")));
  }
}

/** 1 April of the fiscal year containing `day`. */
function fiscalYearStart(day) {
  const [y, m] = ymd(day);
  return days(m >= 4 ? y : y - 1, 4, 1);
}

function checkRule(procedure, rule, answers, today, out) {
  const dateOf = (key) => {
    const value = answer(answers, key);
    return value === null ? null : (parseDate(value).day ?? null);
  };
  switch (rule.rule) {
    case "notify-window": {
      const date = dateOf(rule.field);
      if (date === null) return;
      const daysAfter = today - date;
      if (daysAfter > rule.after_days) {
        out.push(
          warning(
            rule.field,
            message("validation-notify-late", { days: daysAfter, limit: rule.after_days }),
          ),
        );
      } else if (daysAfter < 0 && rule.before_days === 0) {
        out.push(warning(rule.field, message("validation-notify-future")));
      } else if (-daysAfter > rule.before_days) {
        out.push(
          warning(
            rule.field,
            message("validation-notify-early", { days: -daysAfter, limit: rule.before_days }),
          ),
        );
      }
      return;
    }
    case "date-order": {
      const a = dateOf(rule.earlier);
      const b = dateOf(rule.later);
      if (a !== null && b !== null && b < a) {
        out.push(error(rule.later, message(rule.message ?? "validation-date-order")));
      }
      return;
    }
    case "required-if": {
      if (answer(answers, rule.when) !== rule.equals) return;
      const kind = procedure.fields.find((f) => f.key === rule.field)?.kind;
      let missing;
      let at;
      if (kind === "household") {
        missing = answers.household.length === 0;
        at = "household";
      } else if (kind === "address") {
        at = `${rule.field}.town`;
        missing = answer(answers, at) === null;
      } else {
        at = rule.field;
        missing = answer(answers, at) === null;
      }
      if (missing && !out.some((p) => p.field === at)) {
        out.push(error(at, message("validation-required")));
      }
      return;
    }
    case "warn-if":
      if (answer(answers, rule.field) === rule.equals) {
        out.push(warning(rule.field, message(rule.message)));
      }
      return;
    case "household-has": {
      // Age is counted on 1 April of the current fiscal year: 児童手当
      // runs to the first 31 March after the 18th birthday.
      const fiscalStart = fiscalYearStart(today);
      const count = answers.household
        .filter((m) => m.relationship === rule.relationship)
        .filter((m) => {
          if (rule.max_age === undefined || rule.max_age === null) return true;
          const birth = m.birth === undefined ? undefined : parseDate(m.birth).day;
          return birth !== undefined && birth <= today && ageOn(birth, fiscalStart) < rule.max_age;
        }).length;
      if (count < rule.min) {
        out.push(
          error(
            "household",
            message("validation-household-needs", {
              relationship: rule.relationship,
              min: rule.min,
              age: rule.max_age ?? -1,
            }),
          ),
        );
      }
      return;
    }
    default:
      return;
  }
}

/** The problems of several procedures' answers, each reported once (a bundle). */
export function validateAll(procedures, answers, today) {
  const out = [];
  for (const procedure of procedures) {
    for (const problem of validate(procedure, answers, today)) {
      const seen = out.some(
        (p) =>
          p.field === problem.field &&
          p.severity === problem.severity &&
          sameMessage(p.message, problem.message),
      );
      if (!seen) out.push(problem);
    }
  }
  return out;
}

const digitsOf = (text) =>
  chars(text)
    .map((c) => (between(c, 0xff10, 0xff19) ? String.fromCodePoint(c.codePointAt(0) - 0xfee0) : c))
    .filter((c) => /^[0-9]$/.test(c))
    .join("");

/** A count typed with ASCII or full-width digits, or `null`. */
export function parseCount(value) {
  const text = trim(value);
  const digits = digitsOf(text);
  if (digits === "" || digits.length > 6 || digits.length !== chars(text).length) return null;
  return Number(digits);
}

/** `1500001`, `150-0001`, `〒１５０－０００１` → `150-0001`, or `null`. */
export function normalizePostal(value) {
  const text = trim(trim(normalize(value)).replace(/^〒+/u, ""));
  const digits = chars(text)
    .filter((c) => /^[0-9]$/.test(c))
    .join("");
  const shapeOk =
    /^[0-9-]*$/.test(text) && (text.length === 7 || (text.length === 8 && text[3] === "-"));
  return shapeOk && digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : null;
}

/** A Japanese telephone number as digits, or `null` when it cannot be one. */
export function normalizePhone(value) {
  const text = trim(normalize(value));
  if (!/^[0-9() +-]*$/.test(text)) return null;
  let digits = text.replace(/[^0-9]/g, "");
  if (text.startsWith("+")) {
    if (!digits.startsWith("81")) return null;
    digits = `0${digits.slice(2)}`;
  } else if (text.includes("+")) {
    return null;
  }
  let ok = false;
  if (digits.length === 10) ok = digits.startsWith("0") && !digits.startsWith("00");
  else if (digits.length === 11) {
    ok = ["090", "080", "070", "060", "050", "020", "0800"].some((p) => digits.startsWith(p));
  }
  return ok ? digits : null;
}

/** Hiragana to katakana, other characters unchanged. */
export function toKatakana(value) {
  return chars(value)
    .map((c) =>
      between(c, 0x3041, 0x3096) || c === "ゝ" || c === "ゞ"
        ? String.fromCodePoint(c.codePointAt(0) + 0x60)
        : c,
    )
    .join("");
}

/**
 * The canonical form of an answer (src/domain/present.rs `canonical`): ISO
 * dates, `NNN-NNNN` postal codes, katakana readings where katakana is asked,
 * ASCII digits; anything unreadable unchanged.
 */
export function canonical(kind, value) {
  switch (kind.kind) {
    case "date": {
      const parsed = parseDate(value);
      return parsed.error ? value : iso(parsed.day);
    }
    case "postal":
      return normalizePostal(value) ?? value;
    case "reading":
      return kind.kana === "katakana" ? toKatakana(value) : value;
    case "count": {
      const n = parseCount(value);
      return n === null ? value : String(n);
    }
    case "phone":
      return trim(normalize(value));
    default:
      return value;
  }
}

/** The canonical form of a household member's part (present.rs `normalize`). */
export function canonicalMemberPart(part, value) {
  if (part === "birth") {
    const parsed = parseDate(value);
    return parsed.error ? value : iso(parsed.day);
  }
  if (part === "reading") return toKatakana(trim(value));
  return trim(value);
}
