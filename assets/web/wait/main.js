// The waiting pages (docs/wait-anywhere.md): ticket.html (one resident's
// ticket) and index.html (the ward's congestion), one bundle for both. The
// strings come from wait-messages.js (`globalThis.MADOGUCHI_WAIT`, exported
// by src/site/wait_page.rs from locales/<lang>/wait.ftl), loaded before this
// module.

import { h } from "../src/ui/dom.js";
import { I18n } from "../src/ui/i18n.js";
import { startTicket } from "./ticket.js";
import { startWard } from "./ward.js";

const SCHEMA = 1;

/**
 * The header's language switcher. `onChange(code)` redraws the page; the
 * choice goes into the URL (`lang=`), so a reload or a shared link keeps it
 * and nothing is stored on the phone.
 */
function languageSwitcher(i18n, current, onChange) {
  const select = document.getElementById("language");
  select.replaceChildren(
    ...i18n.languages.map((l) => h("option", { value: l.code, lang: l.code }, l.native_name)),
  );
  select.value = current;
  select.addEventListener("change", () => {
    const url = new URL(location.href);
    url.searchParams.set("lang", select.value);
    history.replaceState(null, "", url);
    onChange(select.value);
  });
}

/** Sets the page's language: `lang` of the document and the header's own texts. */
export function applyLanguage(i18n, lang) {
  document.documentElement.lang = lang;
  document.getElementById("language-label").textContent = i18n.tr(lang, "wait-language");
  document.getElementById("language").value = lang;
}

function start() {
  const data = globalThis.MADOGUCHI_WAIT;
  const root = document.getElementById("app");
  if (!data || data.schema !== SCHEMA) {
    root.textContent = "このページのデータを読めません。 This page's data cannot be read.";
    return;
  }
  const i18n = new I18n(data.languages, data.messages);
  const params = new URLSearchParams(location.search);
  const preferred = () => i18n.preferred(navigator.languages ?? [navigator.language]);
  const page = document.body.dataset.page === "ticket" ? startTicket : startWard;
  const controller = page({ root, i18n, params, preferred, applyLanguage: (lang) => applyLanguage(i18n, lang) });
  languageSwitcher(i18n, controller.lang(), (lang) => controller.setLanguage(lang));
}

start();
