// One question of the interview per screen: the input follows the field's
// kind, the checks run as the resident types (once a problem has been
// shown, or when the value is complete), with the validator's messages.

import { parseDate } from "../form/date.js";
import { townLabel } from "../form/postal.js";
import { ADDRESS_PARTS, MEMBER_PARTS, PREFECTURES, RELATIONSHIPS, SEXES } from "../form/validate.js";
import { displayDate, editableDate } from "./present.js";
import { fill, h, uid } from "./dom.js";

/** How long typing pauses before a new problem is shown. */
const TYPING_PAUSE_MS = 900;

/** Attributes that give a phone the right keyboard and autofill for a field. */
function inputHints(field) {
  switch (field.kind) {
    case "postal":
      return { inputmode: "numeric", autocomplete: "postal-code" };
    case "phone":
      return { type: "tel", autocomplete: "tel" };
    case "count":
      return { inputmode: "numeric" };
    case "text":
      if (field.script === "digits") return { inputmode: "numeric" };
      if (field.key === "applicant.name") return { autocomplete: "name" };
      return {};
    case "date":
      return { inputmode: "text", autocomplete: field.key === "applicant.birth" ? "bday" : "off" };
    default:
      return {};
  }
}

/** A labelled text input with its message line. */
function textInput({ id, label, value, hint, testid, attrs = {}, hiddenLabel = false }) {
  const messageId = `${id}-message`;
  const hintId = hint ? `${id}-hint` : null;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id, class: hiddenLabel ? "visually-hidden" : null }, label),
    hint && h("p", { class: "hint", id: hintId }, hint),
    h("input", {
      type: "text",
      id,
      name: id,
      value,
      "data-testid": testid,
      "aria-describedby": [hintId, messageId].filter(Boolean).join(" "),
      ...attrs,
    }),
    h("p", { class: "message", id: messageId, "aria-live": "polite" }),
  );
}

function select({ id, label, value, options, testid, placeholder }) {
  const messageId = `${id}-message`;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, name: id, "data-testid": testid, "aria-describedby": messageId },
      h("option", { value: "" }, placeholder),
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
    ),
    h("p", { class: "message", id: messageId, "aria-live": "polite" }),
  );
}

/**
 * The screen of the interview's current step.
 * @param ctx `{ interview, t, lang, today, postal, onAnswered, onBack, onAddMember, onEditMember, onRemoveMember, onChoice }`
 */
export function askScreen(ctx) {
  const { interview, t } = ctx;
  const step = interview.step();
  const [current, total] = interview.progress();
  const headingId = uid("question");
  let title = t(step.label);
  if (step.target.type === "member") {
    title = `${t("make-member-number", { number: step.target.index + 1 })} — ${title}`;
  }
  const form = h("form", {
    class: "ask",
    novalidate: true,
    "aria-labelledby": headingId,
    "data-step": stepName(step),
  });
  const header = [
    h("p", { class: "progress", "data-testid": "progress" }, t("web-progress", { current, total })),
    h("h1", { id: headingId, tabindex: "-1" }, title),
    step.help && h("p", { class: "hint" }, t(step.help)),
    !step.required && step.target.type !== "household" && h("p", { class: "hint" }, t("web-optional")),
  ];
  const body = inputs(ctx, step, headingId);
  form.append(...header.filter(Boolean), ...body.nodes);
  const isChoice = ["choice", "yes-no"].includes(step.field.kind) && step.target.type === "key";
  form.append(
    h(
      "div",
      { class: "nav" },
      h("button", { type: "button", class: "secondary", "data-testid": "back", onclick: ctx.onBack }, t("make-back")),
      !isChoice && h("button", { type: "submit", class: "primary", "data-testid": "next" }, t("make-next")),
      isChoice && !step.required && h("button", { type: "submit", class: "secondary", "data-testid": "skip" }, t("make-skip")),
    ),
  );
  let shown = false;
  const show = (problems) => {
    for (const line of form.querySelectorAll(".message")) line.textContent = "";
    for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
    for (const problem of problems) {
      const where = body.messageFor(problem.field);
      where.line.textContent = t.render(problem.message);
      where.control?.setAttribute("aria-invalid", "true");
    }
    body.echo?.();
    return problems;
  };
  // As they type: a problem once shown follows every keystroke; a new one
  // appears when the resident pauses or leaves the input ("missing" only
  // once they try to go on).
  let pause = null;
  const typedProblems = () => interview.check(step, body.read(), ctx.today).filter((p) => shown || p.message.key !== "validation-required");
  form.addEventListener("input", () => {
    clearTimeout(pause);
    if (shown) show(typedProblems());
    else {
      body.echo?.();
      pause = setTimeout(() => {
        const problems = typedProblems();
        shown = problems.length > 0;
        if (shown) show(problems);
      }, TYPING_PAUSE_MS);
    }
  });
  form.addEventListener("focusout", (event) => {
    // Leaving for Back or Next: the submit (or nothing) answers; a message
    // appearing now would move the button from under the finger.
    if (event.relatedTarget?.closest?.(".nav")) return;
    clearTimeout(pause);
    const problems = typedProblems();
    shown = shown || problems.length > 0;
    show(problems);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    const value = isChoice ? "" : body.read();
    const problems = interview.answer(value, ctx.today);
    if (problems.length > 0) {
      shown = true;
      show(problems);
      body.messageFor(problems[0].field).control?.focus();
      return;
    }
    ctx.onAnswered();
  });
  return [form];
}

/**
 * Above an address: the towns of the postal code answered just before it,
 * from the page's postal file. One town fills an empty address at once;
 * several are choices. The resident then types the 丁目 and 番地 after the
 * town; the building stays optional. Nothing shows without postal data.
 */
function postalTowns(ctx, addressKey, control) {
  const code = ctx.postal ? ctx.interview.postalFor(addressKey) : "";
  if (!code) return [];
  const { t } = ctx;
  const status = h("p", { class: "hint", "aria-live": "polite", "data-testid": "postal-status", "data-postal": "looking" });
  const choices = h("div", { class: "options", role: "group", "aria-label": t("web-postal-choose", { code }), "data-testid": "postal-towns" });
  const apply = (town) => {
    control("prefecture").value = town.prefecture;
    control("city").value = town.city;
    const townInput = control("town");
    townInput.value = town.town;
    status.textContent = t("web-postal-filled", { code });
    townInput.form?.dispatchEvent(new Event("input", { bubbles: true }));
    townInput.focus();
    townInput.setSelectionRange(townInput.value.length, townInput.value.length);
  };
  ctx.postal.towns(code).then((towns) => {
    status.dataset.postal = "done";
    if (towns.length === 0) return;
    const empty = ["prefecture", "city", "town"].every((p) => control(p).value === "");
    if (towns.length === 1) {
      if (empty) apply(towns[0]);
      return;
    }
    status.textContent = t("web-postal-choose", { code });
    choices.replaceChildren(
      ...towns.map((town, i) =>
        h(
          "button",
          {
            type: "button",
            class: "option",
            "aria-pressed": "false",
            "data-testid": `postal-town-${i}`,
            onclick: (event) => {
              for (const b of choices.children) b.setAttribute("aria-pressed", String(b === event.currentTarget));
              apply(town);
            },
          },
          townLabel(town),
        ),
      ),
    );
  });
  return [status, choices];
}

/** What the step asks, for test scenarios: `key:applicant.name`, `address:…`, `member:0`, `household`. */
function stepName(step) {
  const t = step.target;
  if (t.type === "member") return `member:${t.index}`;
  if (t.type === "household") return "household";
  return `${t.type}:${t.key}`;
}

function inputs(ctx, step, headingId) {
  const { interview, t } = ctx;
  const { target, field } = step;
  if (target.type === "household") return householdList(ctx, step);
  if (target.type === "address") {
    const ids = Object.fromEntries(ADDRESS_PARTS.map((p) => [p, uid(`address-${p}`)]));
    const autocomplete = { prefecture: "address-level1", city: "address-level2", town: "address-line1", building: "address-line2" };
    const nodes = ADDRESS_PARTS.map((p) =>
      p === "prefecture"
        ? select({
            id: ids[p],
            label: t("fields-address-prefecture"),
            value: interview.value(`${target.key}.${p}`),
            options: PREFECTURES.map((v) => [v, v]),
            testid: `address-${p}`,
            placeholder: t("web-select-placeholder"),
          })
        : textInput({
            id: ids[p],
            label: t(fill("fields-address-{part}", { part: p })) + (p === "building" ? ` ${t("web-optional")}` : ""),
            value: interview.value(`${target.key}.${p}`),
            testid: `address-${p}`,
            attrs: { autocomplete: autocomplete[p], lang: "ja" },
          }),
    );
    const group = h("fieldset", { class: "group" }, h("legend", { class: "visually-hidden" }, t(step.label)), nodes);
    return {
      nodes: [...postalTowns(ctx, target.key, (id) => group.querySelector(`#${ids[id]}`)), group],
      read: () => Object.fromEntries(ADDRESS_PARTS.map((p) => [p, group.querySelector(`#${ids[p]}`).value])),
      messageFor: (key) => {
        const part = ADDRESS_PARTS.find((p) => key.endsWith(`.${p}`)) ?? "town";
        const control = group.querySelector(`#${ids[part]}`);
        return { control, line: group.querySelector(`#${ids[part]}-message`) };
      },
    };
  }
  if (target.type === "member") return memberInputs(ctx, step);
  if (field.kind === "choice" || field.kind === "yes-no") {
    const options =
      field.kind === "yes-no"
        ? ["yes", "no"].map((v) => [v, t(fill("fields-answer-{value}", { value: v }))])
        : field.options.map((o) => [o.value, t(o.label)]);
    const current = interview.value(target.key);
    const line = h("p", { class: "message", "aria-live": "polite" });
    const group = h(
      "div",
      { class: "options", role: "group", "aria-labelledby": headingId },
      options.map(([value, text]) =>
        h(
          "button",
          {
            type: "button",
            class: value === current ? "option selected" : "option",
            "aria-pressed": value === current ? "true" : "false",
            "data-testid": `choice-${value}`,
            onclick: () => {
              interview.answer(value, ctx.today);
              ctx.onAnswered();
            },
          },
          text,
        ),
      ),
    );
    return { nodes: [group, line], read: () => "", messageFor: () => ({ control: null, line }) };
  }
  const id = uid("answer");
  let value = interview.value(target.key);
  if (field.kind === "count" && value === "") value = String(field.min);
  const hint = field.kind === "date" ? t("web-date-hint") : field.kind === "reading" ? t("web-reading-hint") : null;
  const node = textInput({
    id,
    label: t(step.label),
    // The question is the screen's heading; the label says it again to screen readers.
    hiddenLabel: true,
    value: field.kind === "date" && value ? editableDate(ctx.lang, value) : value,
    hint,
    testid: "answer",
    attrs: { ...inputHints(field), lang: ["text", "reading"].includes(field.kind) ? "ja" : null, required: step.required },
  });
  const input = node.querySelector("input");
  const echo = field.kind === "date" ? dateEcho(ctx, input, node) : null;
  return {
    nodes: [node],
    read: () => input.value,
    messageFor: () => ({ control: input, line: node.querySelector(".message") }),
    echo,
  };
}

/** Under a date being typed: how the page reads it, in the resident's calendar. */
function dateEcho(ctx, input, node) {
  const line = h("p", { class: "echo", "aria-live": "polite", "data-testid": "date-echo" });
  node.append(line);
  const update = () => {
    const parsed = parseDate(input.value);
    line.textContent = parsed.error ? "" : ctx.t("web-date-read-as", { date: displayDate(ctx.t, ctx.lang, parsed.day) });
  };
  update();
  return update;
}

function memberInputs(ctx, step) {
  const { interview, t } = ctx;
  const index = step.target.index;
  const member = interview.answers.household[index] ?? {};
  const ids = Object.fromEntries(MEMBER_PARTS.map((p) => [p, uid(`member-${p}`)]));
  const label = (p) => t(fill("fields-member-{part}", { part: p }));
  const nodes = MEMBER_PARTS.map((p) => {
    if (p === "relationship" || p === "sex") {
      const values = p === "relationship" ? RELATIONSHIPS : SEXES;
      return select({
        id: ids[p],
        label: label(p),
        value: member[p] ?? "",
        options: values.map((v) => [v, t(p === "relationship" ? fill("fields-relationship-{value}", { value: v }) : fill("fields-sex-{value}", { value: v }))]),
        testid: `member-${p}`,
        placeholder: t("web-select-placeholder"),
      });
    }
    return textInput({
      id: ids[p],
      label: label(p),
      value: p === "birth" && member[p] ? editableDate(ctx.lang, member[p]) : (member[p] ?? ""),
      hint: p === "birth" ? t("web-date-hint") : p === "reading" ? t("web-reading-hint") : null,
      testid: `member-${p}`,
      attrs: { lang: p === "birth" ? null : "ja", autocomplete: "off" },
    });
  });
  const group = h("fieldset", { class: "group" }, h("legend", { class: "visually-hidden" }, t(step.label)), nodes);
  return {
    nodes: [group],
    read: () => Object.fromEntries(MEMBER_PARTS.map((p) => [p, group.querySelector(`#${ids[p]}`).value])),
    messageFor: (key) => {
      const part = MEMBER_PARTS.find((p) => key.endsWith(`.${p}`)) ?? "name";
      return { control: group.querySelector(`#${ids[part]}`), line: group.querySelector(`#${ids[part]}-message`) };
    },
  };
}

function householdList(ctx, step) {
  const { interview, t } = ctx;
  const line = h("p", { class: "message", "aria-live": "polite" });
  const members = interview.answers.household;
  const list =
    members.length === 0
      ? h("p", {}, t("make-household-empty"))
      : h(
          "ol",
          { class: "members" },
          members.map((m, i) =>
            h(
              "li",
              {},
              h("span", { class: "member-name" }, m.name || t("make-member-number", { number: i + 1 })),
              m.relationship && h("span", { class: "choice-hint" }, t(fill("fields-relationship-{value}", { value: m.relationship }))),
              h(
                "span",
                { class: "member-actions" },
                h(
                  "button",
                  {
                    type: "button",
                    class: "secondary small",
                    "data-testid": `edit-member-${i}`,
                    "aria-label": `${t("web-change")}: ${m.name || t("make-member-number", { number: i + 1 })}`,
                    onclick: () => ctx.onEditMember(i),
                  },
                  t("web-change"),
                ),
                h(
                  "button",
                  {
                    type: "button",
                    class: "secondary small",
                    "data-testid": `remove-member-${i}`,
                    "aria-label": `${t("make-remove")}: ${m.name || t("make-member-number", { number: i + 1 })}`,
                    onclick: () => ctx.onRemoveMember(i),
                  },
                  t("make-remove"),
                ),
              ),
            ),
          ),
        );
  const add = h("button", { type: "button", class: "secondary", "data-testid": "add-member", onclick: ctx.onAddMember }, t("make-add-person"));
  return { nodes: [list, add, line], read: () => "", messageFor: () => ({ control: add, line }) };
}
