// The page's interview: the questions of the kiosk's "make it here" path
// (src/domain/interview.rs is the reference), in the same order, with the
// same required-if logic and the same shared answers asked once for every
// form of a bundle (自動転記). On a phone the resident's own keyboard types
// kanji, so what the kiosk leaves to the clerk is asked here too: names,
// addresses (one screen with their parts) and free text. A household member
// is one screen with all five parts.

import { transcribed } from "./catalog.js";
import {
  ADDRESS_PARTS,
  MEMBER_PARTS,
  PREFECTURES,
  answer,
  canonical,
  canonicalMemberPart,
  checkMemberPart,
  checkText,
  checkValue,
  toKatakana,
  validateAll,
} from "./validate.js";
import { trim } from "./date.js";
import { message } from "./message.js";

export class Interview {
  /**
   * The interview for an offer of the catalogue: `{ bundle: id }` or
   * `{ procedure: id }`; `null` when the catalogue has no such offer.
   * Optional forms start left out.
   */
  static create(catalog, offer) {
    if (offer.bundle) {
      const bundle = catalog.bundle(offer.bundle);
      if (!bundle) return null;
      const procedures = bundle.procedures.map((id) => catalog.procedure(id)).filter(Boolean);
      return new Interview(offer, bundle, procedures);
    }
    const procedure = catalog.procedure(offer.procedure);
    return procedure ? new Interview(offer, null, [procedure]) : null;
  }

  constructor(offer, bundle, procedures) {
    this.offer = offer;
    this.bundle = bundle;
    this.procedures = procedures;
    this.included = new Set();
    this.answers = { values: {}, household: [] };
    this.cursor = 0;
  }

  /** Forms the resident may leave out. */
  optional() {
    const optional = this.bundle?.optional ?? [];
    return this.procedures.filter((p) => optional.includes(p.id));
  }

  /** Includes or leaves out an optional form. */
  include(procedureId, on) {
    if (on) this.included.add(procedureId);
    else this.included.delete(procedureId);
  }

  /** The forms that will be made: mandatory ones and included optional ones. */
  active() {
    const optional = this.bundle?.optional ?? [];
    return this.procedures.filter((p) => !optional.includes(p.id) || this.included.has(p.id));
  }

  /** Keys a bundle fills by itself (presets, transcription targets). */
  filledByBundle() {
    if (!this.bundle) return new Set();
    return new Set([
      ...Object.keys(this.bundle.preset),
      ...this.bundle.transcribe.map(({ to }) => to),
    ]);
  }

  /** What the bundle decides from the answers so far (転入 → 国保の加入理由). */
  decided() {
    return transcribed(this.bundle, this.answers);
  }

  /**
   * `[field, requiredNow]` of every field of the active forms, first
   * occurrence first (`Interview::wanted_fields`).
   */
  wantedFields() {
    const active = this.active();
    const skip = this.filledByBundle();
    const rules = active
      .flatMap((p) => p.rules ?? [])
      .filter((r) => r.rule === "required-if");
    const decided = this.decided();
    const holds = (r) => answer(decided, r.when) === r.equals;
    const out = [];
    for (const field of active.flatMap((p) => p.fields)) {
      if (skip.has(field.key)) continue;
      const conditional = rules.filter((r) => r.field === field.key);
      const conditionHolds = conditional.some(holds);
      const seen = out.find(([f]) => f.key === field.key);
      if (seen) {
        seen[1] ||= field.required;
        continue;
      }
      if (!field.required && conditional.length > 0 && !conditionHolds) continue;
      out.push([field, field.required || conditionHolds]);
    }
    // A later form may make an earlier-listed field required.
    return out.filter(
      ([f, required]) =>
        required ||
        !rules.some((r) => r.field === f.key) ||
        rules.some((r) => r.field === f.key && holds(r)),
    );
  }

  /** The screens, in order, for the answers so far. */
  steps() {
    const steps = [];
    for (const [field, required] of this.wantedFields()) {
      const base = { field, label: field.label, help: field.help ?? null, required };
      if (field.kind === "household") {
        this.answers.household.forEach((_, index) => {
          steps.push({ ...base, target: { type: "member", index }, required: true });
        });
        steps.push({ ...base, required: required || field.min > 0, target: { type: "household" } });
      } else if (field.kind === "address") {
        steps.push({ ...base, target: { type: "address", key: field.key } });
      } else {
        steps.push({ ...base, target: { type: "key", key: field.key } });
      }
    }
    return steps;
  }

  step() {
    return this.steps()[this.cursor] ?? null;
  }

  finished() {
    return this.cursor >= this.steps().length;
  }

  /** `[current, total]` for "3 / 9", counting from 1. */
  progress() {
    const total = this.steps().length;
    return [Math.min(this.cursor + 1, total), total];
  }

  /**
   * The postal code answered for the address at `addressKey`: the postal
   * field asked just before it (`Interview::postal_pairs`), or `""`.
   */
  postalFor(addressKey) {
    let postal = null;
    for (const [field] of this.wantedFields()) {
      if (field.kind === "postal") postal = field.key;
      else if (field.kind === "address") {
        if (field.key === addressKey) return postal ? this.value(postal) : "";
        postal = null;
      }
    }
    return "";
  }

  /** The stored answer of a key, `""` when unanswered. */
  value(key) {
    return this.answers.values[key] ?? "";
  }

  /**
   * The problem with what is typed at a step, or `null`. `input` is a string
   * (a key), `{ part: text }` (an address, a member). Used as the resident
   * types and before moving on; the checks and messages are the validator's.
   * Returns `[{ field, message }]`, empty when the input is fine.
   */
  check(step, input, today) {
    const { target, field } = step;
    if (target.type === "key") {
      const value = prepared(field, input);
      if (value === "") return step.required ? [{ field: target.key, message: message("validation-required") }] : [];
      const msg = checkValue(field, value, today);
      return msg ? [{ field: target.key, message: msg }] : [];
    }
    if (target.type === "address") {
      const part = (p) => trim(input[p] ?? "");
      const any = ADDRESS_PARTS.some((p) => part(p) !== "");
      const out = [];
      if (!step.required && !any) return out;
      for (const p of ["prefecture", "city", "town"]) {
        if (part(p) === "") out.push({ field: `${target.key}.${p}`, message: message("validation-required") });
      }
      if (part("prefecture") !== "" && !PREFECTURES.includes(part("prefecture"))) {
        out.push({ field: `${target.key}.prefecture`, message: message("validation-prefecture") });
      }
      for (const p of ADDRESS_PARTS) {
        const msg = part(p) === "" ? null : checkText(part(p), "any", 60);
        if (msg) out.push({ field: `${target.key}.${p}`, message: msg });
      }
      return out;
    }
    if (target.type === "member") {
      const out = [];
      for (const p of MEMBER_PARTS) {
        const value = p === "reading" ? toKatakana(trim(input[p] ?? "")) : trim(input[p] ?? "");
        const msg = value === "" ? message("validation-required") : checkMemberPart(p, value, today);
        if (msg) out.push({ field: `household[${target.index}].${p}`, message: msg });
      }
      return out;
    }
    if (step.required && this.answers.household.length === 0) {
      return [{ field: "household", message: message("validation-household-too-few", { min: 1 }) }];
    }
    return [];
  }

  /**
   * Answers the current step and moves on, or returns the problems (see
   * `check`). An empty optional answer is cleared.
   */
  answer(input, today) {
    const step = this.step();
    if (!step) return [];
    const problems = this.check(step, input, today);
    if (problems.length > 0) return problems;
    const { target, field } = step;
    if (target.type === "key") {
      const value = prepared(field, input);
      if (value === "") delete this.answers.values[target.key];
      else this.answers.values[target.key] = canonical(field, value);
    } else if (target.type === "address") {
      for (const p of ADDRESS_PARTS) {
        const value = trim(input[p] ?? "");
        if (value === "") delete this.answers.values[`${target.key}.${p}`];
        else this.answers.values[`${target.key}.${p}`] = value;
      }
    } else if (target.type === "member") {
      const member = {};
      for (const p of MEMBER_PARTS) member[p] = canonicalMemberPart(p, input[p] ?? "");
      this.answers.household[target.index] = member;
    }
    this.cursor += 1;
    return [];
  }

  /** One step back; `false` at the first question. */
  back() {
    if (this.cursor === 0) return false;
    this.cursor -= 1;
    return true;
  }

  /** Moves to a step (the review's "change"). */
  goTo(index) {
    this.cursor = Math.max(0, Math.min(index, this.steps().length));
  }

  /** A new household member; the next screen asks their parts. */
  addMember() {
    this.answers.household.push({});
    const index = this.answers.household.length - 1;
    const at = this.steps().findIndex((s) => s.target.type === "member" && s.target.index === index);
    if (at >= 0) this.cursor = at;
  }

  /** Opens a member's screen to change it. */
  editMember(index) {
    const at = this.steps().findIndex((s) => s.target.type === "member" && s.target.index === index);
    if (at >= 0) this.cursor = at;
  }

  /** Removes a member; stays on the list. */
  removeMember(index) {
    if (index < 0 || index >= this.answers.household.length) return;
    this.answers.household.splice(index, 1);
    const at = this.steps().findIndex((s) => s.target.type === "household");
    if (at >= 0) this.cursor = at;
  }

  /** A member added and left before all parts were given is dropped. */
  dropIncompleteMembers() {
    this.answers.household = this.answers.household.filter((m) => Object.keys(m).length > 0);
  }

  /**
   * The answers every form gets: the bundle's transcription and presets
   * applied and each value in canonical form (`Interview::result`).
   */
  result() {
    const out = transcribed(this.bundle, this.answers);
    out.household = out.household.map((m) =>
      Object.fromEntries(
        Object.entries(m)
          .filter(([, v]) => trim(v) !== "")
          .map(([part, v]) => [part, canonicalMemberPart(part, v)]),
      ),
    );
    for (const procedure of this.active()) {
      for (const field of procedure.fields) {
        const value = answer(out, field.key);
        if (value !== null) out.values[field.key] = canonical(field, value);
      }
    }
    return out;
  }

  /** Every problem of the forms to be made, each once (`validate_bundle_on`). */
  problems(today) {
    return validateAll(this.active(), this.result(), today);
  }

  /**
   * The pre-application form for the encoder (the JSON of `preapp::Form`):
   * the language, the forms in catalogue order, the answers.
   */
  form(language) {
    const result = this.result();
    const form = {
      language,
      procedures: this.active().map((p) => p.id),
      fields: Object.fromEntries(Object.entries(result.values).filter(([, v]) => trim(v) !== "")),
    };
    if (result.household.length > 0) form.household = result.household;
    return form;
  }
}

/** A typed value as it is checked and stored: trimmed; a katakana reading from hiragana. */
function prepared(field, input) {
  const value = trim(input ?? "");
  return field.kind === "reading" && field.kana === "katakana" ? toKatakana(value) : value;
}
