// Postal code → towns on the page, from its own postal files
// (`postal/NNN.json`, one per three-digit prefix; src/site/postal.rs writes
// them and documents the layout). Fetched once the resident has typed a
// whole code, so the host learns the first three digits and nothing more.

import { normalizePostal } from "./validate.js";

/**
 * The towns of `code` (`111-0031`) in a prefix file's JSON, in the file's
 * order: `[{ prefecture, city, town, note }]`; `town` is `""` for the rest of
 * the city (「以下に掲載がない場合」), `note` `null` unless the data has one.
 */
export function townsIn(file, code) {
  const rows = file?.codes?.[code.replace("-", "").slice(3)] ?? [];
  return rows.flatMap(([area, town, note]) => {
    const place = file.areas?.[area];
    return place ? [{ prefecture: place[0], city: place[1], town, note: note ?? null }] : [];
  });
}

/** What a town is called on a choice: 「東京都 台東区 千束」, its note in parentheses. */
export function townLabel(t) {
  const name = [t.prefecture, t.city, t.town].filter(Boolean).join(" ");
  return t.note ? `${name}（${t.note}）` : name;
}

/** Looks codes up through `fetchJson(path)` (resolves to the parsed file, or `null`), a file per prefix at most once. */
export class PostalLookup {
  constructor(fetchJson) {
    this.fetchJson = fetchJson;
    this.files = new Map();
  }

  /** The towns of `value` as typed (「〒111-0031」); `[]` when it is not a code, unknown, or the file cannot be had. */
  async towns(value) {
    const code = normalizePostal(value);
    if (code === null) return [];
    const prefix = code.slice(0, 3);
    if (!this.files.has(prefix)) {
      this.files.set(
        prefix,
        this.fetchJson(`postal/${prefix}.json`).catch(() => null),
      );
    }
    return townsIn(await this.files.get(prefix), code);
  }
}

/** The page's lookup: its own origin, no cookies, nothing cached by the browser beyond what the host says. */
export function sameOriginLookup() {
  return new PostalLookup(async (path) => {
    const response = await fetch(path, { credentials: "omit", referrerPolicy: "no-referrer" });
    return response.ok ? response.json() : null;
  });
}
