// Finding the procedure by situation, not by form name, and what it takes
// before any form is filled: which forms, what to bring, the fee, the counter.

import { feeFrom } from "../form/catalog.js";
import { fill, h } from "./dom.js";

/**
 * The situations the page starts from, in menu order. Each lists offers of
 * the catalogue (bundles of a life event, or single procedures); offers the
 * catalogue does not hold are left out, and any bundle or procedure of the
 * catalogue that no situation reaches gets a button of its own.
 */
const SITUATIONS = [
  {
    id: "move",
    label: "web-situation-move",
    hint: "web-situation-move-hint",
    offers: [{ bundle: "hikkoshi-tennyu" }, { bundle: "hikkoshi-tenkyo" }, { bundle: "hikkoshi-tenshutsu" }],
  },
  {
    id: "certificate",
    label: "web-situation-certificate",
    hint: "web-situation-certificate-hint",
    offers: [{ bundle: "shomeisho" }],
  },
  { id: "seal", label: "web-situation-seal", hint: "web-situation-seal-hint", offers: [{ procedure: "inkan-toroku" }] },
  { id: "child", label: "web-situation-child", hint: "web-situation-child-hint", offers: [{ procedure: "jido-teate" }] },
  {
    id: "insurance",
    label: "web-situation-insurance",
    hint: "web-situation-insurance-hint",
    offers: [{ procedure: "kokuho-kanyu" }],
  },
];

const offerId = (offer) => (offer.bundle ? `bundle-${offer.bundle}` : `procedure-${offer.procedure}`);

/** The situations of this catalogue: `[{ id, label, hint, offers }]`, `label` already translated. */
export function situations(catalog, t) {
  const exists = (o) => (o.bundle ? catalog.bundle(o.bundle) : catalog.procedure(o.procedure));
  const out = SITUATIONS.map((s) => ({ ...s, label: t(s.label), hint: t(s.hint), offers: s.offers.filter(exists) })).filter(
    (s) => s.offers.length > 0,
  );
  const reachedBundles = new Set(out.flatMap((s) => s.offers.filter((o) => o.bundle).map((o) => o.bundle)));
  const reachedProcedures = new Set([
    ...out.flatMap((s) => s.offers.filter((o) => o.procedure).map((o) => o.procedure)),
    ...catalog.bundles.filter((b) => reachedBundles.has(b.id)).flatMap((b) => b.procedures),
  ]);
  // The kiosk's menu (`[offer]`) is the catalogue's list of what residents may start.
  for (const id of catalog.offer.bundles.filter((b) => !reachedBundles.has(b) && catalog.bundle(b))) {
    out.push({ id: `bundle-${id}`, label: t(catalog.bundle(id).name), hint: null, offers: [{ bundle: id }] });
    catalog.bundle(id).procedures.forEach((p) => reachedProcedures.add(p));
  }
  for (const id of catalog.offer.procedures.filter((p) => !reachedProcedures.has(p) && catalog.procedure(p))) {
    out.push({ id: `procedure-${id}`, label: t(catalog.procedure(id).name), hint: null, offers: [{ procedure: id }] });
  }
  return out;
}

/** The first screen: one button per situation. */
export function findScreen({ catalog, t, onSituation, draft }) {
  return [
    h("h1", { tabindex: "-1" }, t("make-pick-heading")),
    h("p", {}, t("web-find-intro")),
    draft,
    h(
      "ul",
      { class: "choices" },
      situations(catalog, t).map((s) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "choice", "data-testid": `situation-${s.id}`, onclick: () => onSituation(s) },
            h("span", { class: "choice-label" }, s.label),
            s.hint && h("span", { class: "choice-hint" }, s.hint),
          ),
        ),
      ),
    ),
  ];
}

/** A situation with several offers (引越し: from another city, inside the ward, leaving). */
export function offerScreen({ catalog, t, situation, onOffer, onBack }) {
  const name = (o) => t(o.bundle ? catalog.bundle(o.bundle).name : catalog.procedure(o.procedure).name);
  return [
    h("h1", { tabindex: "-1" }, situation.label),
    h("p", {}, t("web-offer-intro")),
    h(
      "ul",
      { class: "choices" },
      situation.offers.map((o) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "choice", "data-testid": `offer-${offerId(o)}`, onclick: () => onOffer(o) },
            h("span", { class: "choice-label" }, name(o)),
          ),
        ),
      ),
    ),
    nav(t, { onBack }),
  ];
}

/**
 * Narrowing a life event to the forms it needs: one yes/no question per
 * optional form (children → 児童手当). A bundle whose forms are all optional
 * (証明書) is a list to pick from instead: which certificate.
 */
export function narrowScreen({ interview, t, onDone, onBack }) {
  const optional = interview.optional();
  const pickList = optional.length === interview.procedures.length;
  const form = h("form", { class: "narrow", novalidate: true });
  const error = h("p", { class: "error", role: "alert", "data-testid": "error" });
  if (pickList) {
    form.append(
      h(
        "fieldset",
        {},
        h("legend", {}, t("web-pick-which")),
        h(
          "ul",
          { class: "checks" },
          optional.map((p) =>
            h(
              "li",
              {},
              h(
                "label",
                { class: "check" },
                h("input", {
                  type: "checkbox",
                  name: p.id,
                  "data-testid": `pick-${p.id}`,
                  checked: interview.included.has(p.id),
                }),
                h("span", {}, t(p.name), h("span", { class: "choice-hint" }, feeText(t, p.fee))),
              ),
            ),
          ),
        ),
      ),
    );
  } else {
    const mandatory = interview.procedures.filter((p) => !optional.includes(p));
    form.append(
      h("p", {}, t("web-narrow-intro")),
      h("ul", { class: "plain" }, mandatory.map((p) => h("li", {}, t("make-forms-required", { name: t(p.name) })))),
      ...optional.map((p) => {
        const question = t.has(fill("web-narrow-{id}", { id: p.id }))
          ? t(fill("web-narrow-{id}", { id: p.id }))
          : t("web-narrow-other", { name: t(p.name) });
        const on = interview.included.has(p.id);
        return h(
          "fieldset",
          { class: "yes-no" },
          h("legend", {}, question),
          h("label", {}, h("input", { type: "radio", name: p.id, value: "yes", checked: on, "data-testid": `narrow-${p.id}-yes` }), t("fields-answer-yes")),
          h("label", {}, h("input", { type: "radio", name: p.id, value: "no", checked: !on, "data-testid": `narrow-${p.id}-no` }), t("fields-answer-no")),
          h("p", { class: "choice-hint" }, t(p.name)),
        );
      }),
    );
  }
  form.append(error, nav(t, { onBack, submit: true }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    for (const p of optional) {
      const on = pickList ? form.elements[p.id].checked : form.elements[p.id].value === "yes";
      interview.include(p.id, on);
    }
    if (interview.active().length === 0) {
      error.textContent = t("make-forms-none");
      return;
    }
    onDone();
  });
  return [h("h1", { tabindex: "-1" }, t(interview.bundle.name)), form];
}

/** The counter (queue) of a service prefix, by its name when the office has one. */
function counterName(t, services, prefix) {
  const service = services.find((s) => s.prefix === prefix);
  const counter = t("web-counter", { prefix });
  return service && t.has(service.name) ? `${t(service.name)} — ${counter}` : counter;
}

function feeText(t, fee) {
  const yen = feeFrom(fee);
  if (yen === 0) return t("web-fee-free");
  return fee.copies ? t("web-fee-per-copy", { yen }) : t("web-fee", { yen });
}

/** What the forms take, before any is filled: forms, what to bring, fee, counter. */
export function summaryScreen({ interview, t, services, onStart, onBack }) {
  const forms = interview.active();
  const documents = [...new Set(forms.flatMap((p) => p.documents))];
  const service = interview.bundle?.service ?? forms[0].service;
  return [
    h("h1", { tabindex: "-1" }, t("web-summary-heading")),
    h("h2", {}, t("web-summary-forms")),
    h(
      "ul",
      { class: "plain", "data-testid": "summary-forms" },
      forms.map((p) => h("li", {}, h("span", {}, t(p.name)), " ", h("span", { class: "fee" }, feeText(t, p.fee)))),
    ),
    h("h2", {}, t("web-bring")),
    h("ul", { class: "bullets" }, documents.map((d) => h("li", {}, t(d)))),
    h("h2", {}, t("web-summary-counter")),
    h("p", { "data-testid": "summary-counter" }, counterName(t, services, service)),
    h("p", { class: "note" }, t("web-summary-privacy")),
    h(
      "div",
      { class: "nav" },
      h("button", { type: "button", class: "secondary", "data-testid": "back", onclick: onBack }, t("make-back")),
      h("button", { type: "button", class: "primary", "data-testid": "start", onclick: onStart }, t("web-summary-start")),
    ),
  ];
}

/** Back, and Next when the screen is a form to submit, at the foot of a screen. */
function nav(t, { onBack, submit = false }) {
  return h(
    "div",
    { class: "nav" },
    h("button", { type: "button", class: "secondary", "data-testid": "back", onclick: onBack }, t("make-back")),
    submit && h("button", { type: "submit", class: "primary", "data-testid": "next" }, t("make-next")),
  );
}
