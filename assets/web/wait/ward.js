// index.html: the ward's congestion, every office and service, from
// data/ward.json (every WARD_POLL_MS).

import { h } from "../src/ui/dom.js";
import { WARD_POLL_MS, pageLanguage, wardView } from "./view.js";

const OPEN_DATA = "open/congestion.json";

export function startWard({ root, i18n, params, preferred, applyLanguage }) {
  const codes = i18n.languages.map((l) => l.code);
  const tr = (lang, key, args) => i18n.tr(lang, key, args);
  let lang = pageLanguage(params.get("lang"), null, codes, preferred);
  let ward = null;
  let failed = false;
  let drawn = "";

  const list = h("div", { class: "offices" });
  const title = h("h1", { class: "page-title", id: "page-title" });
  const status = h("p", { class: "updated", "data-testid": "updated" });
  const openData = h("p", { class: "open-data" });
  root.replaceChildren(title, status, list, openData, h("p", { class: "privacy", id: "privacy" }));

  async function poll() {
    try {
      const response = await fetch("data/ward.json", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      ward = await response.json();
      failed = false;
    } catch {
      failed = true;
    }
    draw();
  }

  function draw() {
    const offices = wardView(ward, Date.now(), lang, tr);
    const key = JSON.stringify([offices, failed, lang, ward === null]);
    if (key === drawn) return;
    drawn = key;
    title.textContent = tr(lang, "wait-ward-title");
    document.title = tr(lang, "wait-ward-title");
    document.getElementById("office").textContent = "";
    document.getElementById("privacy").textContent = tr(lang, "wait-no-personal-data");
    status.textContent = failed ? tr(lang, "wait-unreachable") : ward ? tr(lang, "wait-live") : tr(lang, "wait-loading");
    status.className = failed ? "updated stale" : "updated";
    openData.replaceChildren(tr(lang, "wait-open-data"), " ", h("a", { href: OPEN_DATA, lang: "en" }, OPEN_DATA));
    if (ward && offices.length === 0) {
      list.replaceChildren(h("p", { class: "message" }, tr(lang, "wait-ward-empty")));
      return;
    }
    list.replaceChildren(...offices.map(office));
  }

  function office(o) {
    const heading = `office-${o.id}`;
    return h(
      "section",
      { class: o.stale ? "office old" : "office", "aria-labelledby": heading, "data-office": o.id },
      h("h2", { id: heading }, o.name),
      o.updated ? h("p", { class: "updated stale" }, o.updated) : null,
      o.stale ? h("p", { class: "old-tag" }, tr(lang, "wait-old")) : null,
      h(
        "ul",
        { class: "services" },
        o.services.map((s) =>
          h(
            "li",
            { class: "service" },
            h("h3", {}, h("span", { class: "code" }, s.code), " ", s.name),
            h("p", { class: "waiting" }, s.waiting),
            s.estimate ? h("p", { class: "estimate" }, s.estimate) : null,
            h(
              "p",
              { class: "recent" },
              `${tr(lang, "wait-called-recent")}: `,
              s.called.length
                ? s.called.map((c, i) => [i ? ", " : "", h("span", { class: "call" }, `${c.number} (${c.counter})`)])
                : tr(lang, "wait-called-none"),
            ),
          ),
        ),
      ),
    );
  }

  applyLanguage(lang);
  draw();
  poll();
  setInterval(poll, WARD_POLL_MS);
  setInterval(draw, 1000);

  return {
    lang: () => lang,
    setLanguage(code) {
      lang = code;
      applyLanguage(lang);
      draw();
    },
  };
}
