// The page's validator against the shared cases of tests/fixtures/validation-cases.json
// (tests/validation_cases.rs runs the same cases through the Rust validator).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { Catalog, transcribed } from "../src/form/catalog.js";
import { parseDate } from "../src/form/date.js";
import { validate, validateAll } from "../src/form/validate.js";

const fixtures = new URL("../../../tests/fixtures/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));
/** The catalogue as `madoguchi site build` exports it (kept equal by tests/validation_cases.rs). */
export const catalog = new Catalog(read("site-catalog.json"));
const { cases } = read("validation-cases.json");

/** The problems of a case, as `"severity field key"` lines. */
function problems(c) {
  const today = parseDate(c.today).day;
  const answers = { values: c.answers.values, household: c.answers.household ?? [] };
  if (c.procedure) return validate(catalog.procedure(c.procedure), answers, today);
  const bundle = catalog.bundle(c.bundle);
  const forms = bundle.procedures
    .filter((id) => !(c.skip.includes(id) && bundle.optional.includes(id)))
    .map((id) => catalog.procedure(id));
  return validateAll(forms, transcribed(bundle, answers), today);
}

for (const c of cases) {
  test(c.name, () => {
    const found = problems(c).map((p) => `${p.severity} ${p.field} ${p.message.key}`);
    assert.deepEqual(found, c.expected);
  });
}
