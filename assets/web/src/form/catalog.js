// The procedure catalogue as `madoguchi site build` exports it (`catalog` of
// data.js, documented in src/site/mod.rs), read-only. Field and rule names
// are answer keys, as in the Rust model once loaded.

import { answer, parseCount } from "./validate.js";

export class Catalog {
  /** `{ offer: { bundles, procedures }, procedures: [Procedure], bundles: [Bundle] }`. */
  constructor({ offer, procedures, bundles }) {
    this.offer = offer ?? { bundles: bundles.map((b) => b.id), procedures: procedures.map((p) => p.id) };
    this.procedures = procedures;
    this.bundles = bundles;
  }

  procedure(id) {
    return this.procedures.find((p) => p.id === id) ?? null;
  }

  bundle(id) {
    return this.bundles.find((b) => b.id === id) ?? null;
  }
}

/** The amount due for these answers; unanswered copies count as one (`Fee::total`). */
export function feeTotal(fee, answers) {
  const chosen = fee.choice ? answer(answers, fee.choice.field) : null;
  const unit = chosen !== null && fee.choice.yen[chosen] !== undefined ? fee.choice.yen[chosen] : fee.yen;
  const copiesAnswer = fee.copies ? answer(answers, fee.copies) : null;
  const copies = (copiesAnswer === null ? null : parseCount(copiesAnswer)) ?? 1;
  return unit * copies;
}

/** The lowest fee a procedure can cost (one copy of its cheapest option). */
export function feeFrom(fee) {
  const prices = fee.choice ? Object.values(fee.choice.yen) : [];
  return Math.min(fee.yen, ...prices);
}

/**
 * The answers with a bundle's transcription and presets applied (自動転記,
 * `Bundle::transcribed`); without a bundle, a copy.
 */
export function transcribed(bundle, answers) {
  const out = { values: { ...answers.values }, household: answers.household.map((m) => ({ ...m })) };
  if (!bundle) return out;
  for (const { from, to } of bundle.transcribe) {
    const value = answer(answers, from);
    if (answer(out, to) === null && value !== null) out.values[to] = value;
  }
  for (const [key, value] of Object.entries(bundle.preset)) {
    if (answer(out, key) === null) out.values[key] = value;
  }
  return out;
}
