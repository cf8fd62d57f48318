// How an answer reads for a person (src/domain/present.rs display_value):
// choice and yes/no labels translated, dates in 和暦 for Japanese (with the
// Western year in brackets) and as each other language writes a date.

import { displayWareki, parseDate, ymd } from "../form/date.js";
import { RELATIONSHIPS, SEXES } from "../form/validate.js";
import { fill } from "./dom.js";

const japanese = (lang) => lang.startsWith("ja");

/** A date (ISO text or day number) as a person reads it; unreadable text as given. */
export function displayDate(t, lang, value) {
  const day = typeof value === "number" ? value : parseDate(value).day;
  if (day === undefined) return value;
  const [year, month, dayOfMonth] = ymd(day);
  if (japanese(lang)) return `${displayWareki(day)}（${year}年）`;
  return t("date-gregorian", { year: String(year), month, day: dayOfMonth });
}

/** A stored date as it is typed back into its input: 和暦 in Japanese, ISO otherwise. */
export function editableDate(lang, value) {
  const day = parseDate(value).day;
  if (day === undefined) return value;
  return japanese(lang) ? displayWareki(day) : value;
}

/** One answer of a field as a person reads it. */
export function displayValue(t, lang, field, value) {
  switch (field.kind) {
    case "choice":
      return t(field.options.find((o) => o.value === value)?.label ?? value);
    case "yes-no":
      return value === "yes" || value === "no" ? t(fill("fields-answer-{value}", { value })) : value;
    case "date":
      return displayDate(t, lang, value);
    default:
      return value;
  }
}

/** A household member's part as a person reads it. */
export function displayMemberPart(t, lang, part, value) {
  if (part === "relationship" && RELATIONSHIPS.includes(value)) return t(fill("fields-relationship-{value}", { value }));
  if (part === "sex" && SEXES.includes(value)) return t(fill("fields-sex-{value}", { value }));
  if (part === "birth") return displayDate(t, lang, value);
  return value;
}
