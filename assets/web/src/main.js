// The resident's pre-application page: reads what `madoguchi site build`
// exported (data.js, `globalThis.MADOGUCHI_SITE`, schema in src/site/mod.rs)
// and starts the screens in the phone's language.

import { Catalog } from "./form/catalog.js";
import { sameOriginLookup } from "./form/postal.js";
import { officeKeyBytes, qrVersion } from "./payload/index.js";
import { App } from "./ui/app.js";
import { h } from "./ui/dom.js";
import { I18n } from "./ui/i18n.js";

const SCHEMA = 1;

function start() {
  const data = globalThis.MADOGUCHI_SITE;
  const root = document.getElementById("app");
  if (!data || data.schema !== SCHEMA) {
    root.textContent = "このページのデータを読めません。 This page's data cannot be read.";
    return;
  }
  const i18n = new I18n(data.languages, data.messages);
  const site = {
    catalog: new Catalog(data.catalog),
    i18n,
    services: data.services,
    officeKey: officeKeyBytes(data.office.public_key),
    tables: data.preapp.tables,
    validityDays: data.preapp.validity_days,
    maxQrVersion: data.preapp.max_qr_version,
    postal: data.postal ? sameOriginLookup() : null,
  };
  const app = new App(root, site, i18n.preferred(navigator.languages ?? [navigator.language]));
  const select = document.getElementById("language");
  select.replaceChildren(
    ...data.languages.map((l) => h("option", { value: l.code, lang: l.code }, l.native_name)),
  );
  select.addEventListener("change", () => app.setLanguage(select.value));
  document.getElementById("office").textContent = data.office.name;
  app.render();
  // Finding a QR version measures the QR library's capacities once per
  // version (tens of milliseconds on a slow phone): done while the resident
  // reads, so the QR appears at once after the last answer.
  const warm = () => qrVersion(`MG1:${"0".repeat(data.preapp.max_qr_version * 60)}`);
  if (globalThis.requestIdleCallback) requestIdleCallback(warm);
  else setTimeout(warm, 1000);
}

start();
