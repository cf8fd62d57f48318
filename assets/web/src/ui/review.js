// Everything on one screen before the QR: every answer with a button to
// change it, the fee of each form, what to bring, and the validator's
// problems (errors stop the QR; warnings are shown to read).

import { feeTotal } from "../form/catalog.js";
import { ADDRESS_PARTS, MEMBER_PARTS } from "../form/validate.js";
import { fill, h } from "./dom.js";
import { displayMemberPart, displayValue } from "./present.js";

/** The index of the step that asks about a problem's field. */
export function stepOf(steps, field) {
  const member = /^household\[(\d+)\]/.exec(field);
  return steps.findIndex((s) => {
    const t = s.target;
    if (member) return t.type === "member" && t.index === Number(member[1]);
    if (field === "household") return t.type === "household";
    if (t.type === "address") return field.startsWith(`${t.key}.`);
    return t.type === "key" && t.key === field;
  });
}

function labelOf(t, steps, field) {
  const at = stepOf(steps, field);
  if (at < 0) return "";
  const step = steps[at];
  const member = /^household\[(\d+)\]\.(\w+)$/.exec(field);
  if (member) {
    return `${t("make-member-number", { number: Number(member[1]) + 1 })} ${t(fill("fields-member-{part}", { part: member[2] }))}`;
  }
  if (step.target.type === "address") {
    const part = field.slice(step.target.key.length + 1);
    return `${t(step.label)} ${t(fill("fields-address-{part}", { part }))}`;
  }
  return t(step.label);
}

/**
 * @param ctx `{ interview, t, lang, today, onChange, onMakeQr, onKeepDraft, onBack }`
 */
export function reviewScreen(ctx) {
  const { interview, t, lang } = ctx;
  const steps = interview.steps();
  const result = interview.result();
  const problems = interview.problems(ctx.today);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const empty = t("web-empty");
  const rows = steps.map((step, index) => {
    const target = step.target;
    let value;
    if (target.type === "key") {
      const v = result.values[target.key];
      value = v ? displayValue(t, lang, step.field, v) : empty;
    } else if (target.type === "address") {
      const parts = ADDRESS_PARTS.map((p) => result.values[`${target.key}.${p}`]).filter(Boolean);
      value = parts.length ? parts.join(" ") : empty;
    } else if (target.type === "member") {
      const m = result.household[target.index] ?? {};
      value = h(
        "dl",
        { class: "member" },
        MEMBER_PARTS.map((p) => [h("dt", {}, t(fill("fields-member-{part}", { part: p }))), h("dd", {}, m[p] ? displayMemberPart(t, lang, p, m[p]) : empty)]),
      );
    } else {
      return null;
    }
    const label =
      target.type === "member" ? `${t("make-member-number", { number: target.index + 1 })} — ${t(step.label)}` : t(step.label);
    return h(
      "div",
      { class: "row" },
      h("dt", {}, label),
      h(
        "dd",
        {},
        h("span", { class: "value", lang: target.type === "key" && step.field.kind !== "text" ? null : "ja" }, value),
        h(
          "button",
          {
            type: "button",
            class: "secondary small",
            "data-testid": `change-${index}`,
            "aria-label": `${t("web-change")}: ${label}`,
            onclick: () => ctx.onChange(index),
          },
          t("web-change"),
        ),
      ),
    );
  });
  const problemList = (list, cls) =>
    list.length > 0 &&
    h(
      "ul",
      { class: `problems ${cls}`, "data-testid": `${cls}-list` },
      list.map((p) => {
        const at = stepOf(steps, p.field);
        const text = `${labelOf(t, steps, p.field)}: ${t.render(p.message)}`;
        return h(
          "li",
          {},
          at >= 0
            ? h("button", { type: "button", class: "link", onclick: () => ctx.onChange(at), "data-problem": p.field }, text)
            : h("span", { "data-problem": p.field }, text),
        );
      }),
    );
  const forms = interview.active();
  const documents = [...new Set(forms.flatMap((p) => p.documents))];
  const total = forms.reduce((sum, p) => sum + feeTotal(p.fee, result), 0);
  const errorBox = h(
    "div",
    { class: errors.length ? "box error-box" : "box", tabindex: "-1", "data-testid": "problems" },
    errors.length > 0 && [h("h2", {}, t("web-review-errors")), problemList(errors, "errors")],
    warnings.length > 0 && [h("h2", {}, t("web-review-warnings")), problemList(warnings, "warnings")],
  );
  return [
    h("h1", { tabindex: "-1" }, t("web-review-heading")),
    (errors.length > 0 || warnings.length > 0) && errorBox,
    h("h2", {}, t("web-summary-forms")),
    h(
      "ul",
      { class: "plain" },
      forms.map((p) => h("li", {}, t(p.name), " ", h("span", { class: "fee" }, t("web-fee-total", { yen: feeTotal(p.fee, result) })))),
    ),
    forms.length > 1 && h("p", { class: "total" }, t("web-review-total", { yen: total })),
    h("dl", { class: "answers", "data-testid": "review-answers" }, rows.filter(Boolean)),
    h("h2", {}, t("web-bring")),
    h("ul", { class: "bullets" }, documents.map((d) => h("li", {}, t(d)))),
    h(
      "div",
      { class: "nav" },
      h("button", { type: "button", class: "secondary", "data-testid": "back", onclick: ctx.onBack }, t("make-back")),
      h(
        "button",
        {
          type: "button",
          class: "primary",
          "data-testid": "make-qr",
          onclick: () => {
            if (errors.length > 0) errorBox.focus();
            else ctx.onMakeQr();
          },
        },
        t("web-review-make-qr"),
      ),
    ),
    h("p", { class: "message", role: "alert", "data-testid": "qr-status" }),
    h("p", { class: "note" }, t("web-draft-note")),
    h("button", { type: "button", class: "secondary", "data-testid": "keep-draft", onclick: ctx.onKeepDraft }, t("web-draft-keep")),
    h("p", { class: "message", "aria-live": "polite", "data-testid": "draft-status" }),
  ];
}
