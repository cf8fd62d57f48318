// The page speaks through the project's own .ftl files (locales/<lang>/*.ftl,
// exported into the site's data file), read with @fluent/bundle. Japanese is
// the source and the fallback, as in src/i18n.

import { FluentBundle, FluentResource } from "@fluent/bundle";

export class I18n {
  /**
   * @param {Array<{code, native_name, fluent_locale}>} languages in button order
   * @param {Record<string, string>} messages language code → the text of its .ftl files
   */
  constructor(languages, messages) {
    this.languages = languages;
    this.bundles = new Map();
    for (const language of languages) {
      const bundle = new FluentBundle(language.fluent_locale, { useIsolating: false });
      bundle.addResource(new FluentResource(messages[language.code] ?? ""));
      this.bundles.set(language.code, bundle);
    }
  }

  /** The language of the phone (navigator.languages), or Japanese. */
  preferred(phoneLanguages) {
    const codes = this.languages.map((l) => l.code);
    for (const tag of phoneLanguages) {
      const lower = tag.toLowerCase();
      const exact = codes.find((c) => c.toLowerCase() === lower);
      if (exact) return exact;
      // zh-TW, zh-HK → 繁體; other Chinese → 简体; pt-PT → Português; tl → Filipino.
      if (/^zh-(tw|hk|mo|hant)/.test(lower)) return "zh-Hant";
      if (lower.startsWith("zh")) return "zh-Hans";
      const base = lower === "tl" || lower.startsWith("tl-") ? "fil" : lower.split("-")[0];
      const match = codes.find((c) => c.toLowerCase().split("-")[0] === base);
      if (match) return match;
    }
    return "ja";
  }

  /** The text of `key` in `lang`, falling back to Japanese; the key itself when none has it. */
  tr(lang, key, args = {}) {
    for (const code of lang === "ja" ? ["ja"] : [lang, "ja"]) {
      const bundle = this.bundles.get(code);
      const msg = bundle?.getMessage(key);
      if (msg?.value) return bundle.formatPattern(msg.value, args, []);
    }
    return key;
  }

  /** Whether a language has a message (for optional per-procedure texts). */
  has(lang, key) {
    return this.bundles.get(lang)?.hasMessage(key) || this.bundles.get("ja")?.hasMessage(key);
  }

  /** A `{ key, args }` message (validation problems) in `lang`. */
  render(lang, message) {
    return this.tr(lang, message.key, Object.fromEntries(message.args));
  }
}
