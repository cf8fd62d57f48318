// The page's interview: the steps of tests/fixtures/interview-cases.json
// (tests/validation_cases.rs checks the kiosk asks the same), answering,
// household members, the bundle's transcription, and the form for the encoder.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { Catalog } from "../src/form/catalog.js";
import { days } from "../src/form/date.js";
import { Interview } from "../src/form/interview.js";

const fixtures = new URL("../../../tests/fixtures/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));
const catalog = new Catalog(read("site-catalog.json"));
const today = days(2026, 11, 20);

const stepName = (s) => {
  const t = s.target;
  const name = t.type === "member" ? `member:${t.index}` : t.type === "household" ? "household" : `${t.type}:${t.key}`;
  return `${name}${s.required ? "" : "?"}`;
};

for (const c of read("interview-cases.json").cases) {
  test(`steps: ${c.name}`, () => {
    const interview = Interview.create(catalog, c.bundle ? { bundle: c.bundle } : { procedure: c.procedure });
    c.include.forEach((id) => interview.include(id, true));
    interview.answers = structuredClone(c.answers);
    assert.deepEqual(interview.steps().map(stepName), c.steps);
  });
}

/** Answers every step from a pre-application fixture, as the page's screens would. */
function fill(interview, fixture) {
  let members = 0;
  for (let guard = 0; !interview.finished() && guard < 100; guard++) {
    const step = interview.step();
    const t = step.target;
    let input;
    if (t.type === "household") {
      if (members < fixture.household.length) {
        interview.addMember();
        members += 1;
        continue;
      }
      input = "";
    } else if (t.type === "member") {
      input = fixture.household[t.index];
    } else if (t.type === "address") {
      input = Object.fromEntries(
        ["prefecture", "city", "town", "building"].map((p) => [p, fixture.fields[`${t.key}.${p}`] ?? ""]),
      );
    } else {
      input = fixture.fields[t.key] ?? "";
    }
    assert.deepEqual(interview.answer(input, today), [], `${t.key ?? t.type}`);
  }
  assert.ok(interview.finished());
}

test("住民票の写し: the fixture's answers make the fixture's form", () => {
  const fixture = read("preapp/juminhyo.json");
  const interview = Interview.create(catalog, { procedure: "juminhyo-utsushi" });
  fill(interview, fixture);
  assert.deepEqual(interview.problems(today), []);
  assert.deepEqual(interview.form("ja"), fixture);
});

test("転入 of a household of four: shared answers once, the bundle fills 国保 and 児童手当", () => {
  const fixture = read("preapp/tennyu-household-4.json");
  const interview = Interview.create(catalog, { bundle: "hikkoshi-tennyu" });
  interview.include("kokuho-kanyu", true);
  interview.include("jido-teate", true);
  fill(interview, fixture);
  const form = interview.form("ja");
  // 前の保険者 is asked only when leaving an employer's insurance (required-if),
  // as on the kiosk; the bundle presets the reason "moved in".
  const { "kokuho-kanyu.previous-insurer": _insurer, ...expected } = fixture.fields;
  assert.deepEqual(form, { ...fixture, fields: expected });
  assert.equal(form.fields["kokuho-kanyu.start-date"], "2026-11-15");
  assert.deepEqual(
    interview.problems(today).map((p) => `${p.severity} ${p.field} ${p.message.key}`),
    [],
  );
});

test("answers are stored in canonical form; problems come with the validator's messages", () => {
  const interview = Interview.create(catalog, { procedure: "juminhyo-utsushi" });
  assert.equal(interview.answer("", today)[0].message.key, "validation-required");
  assert.deepEqual(interview.answer("山田 Taro", today).map((p) => p.message.key), ["validation-script-name"]);
  interview.answer("山田 花子", today);
  interview.answer("やまだ はなこ", today); // hiragana becomes katakana
  assert.equal(interview.answers.values["applicant.reading"], "ヤマダ ハナコ");
  interview.answer("昭和63年4月12日", today);
  assert.equal(interview.answers.values["applicant.birth"], "1988-04-12");
  interview.answer("〒１１１００３１", today);
  assert.equal(interview.answers.values["applicant.postal"], "111-0031");
  const problems = interview.answer({ prefecture: "東京都", city: "", town: "千束" }, today);
  assert.deepEqual(problems.map((p) => p.field), ["applicant.address.city"]);
  assert.ok(interview.back());
  interview.answer("", today); // the postal code is optional: cleared
  assert.equal(interview.answers.values["applicant.postal"], undefined);
});

test("household: add, answer, remove; an unfinished member is dropped", () => {
  const interview = Interview.create(catalog, { bundle: "hikkoshi-tenkyo" });
  interview.goTo(interview.steps().findIndex((s) => s.target.type === "household"));
  interview.addMember();
  assert.equal(interview.step().target.type, "member");
  const problems = interview.answer({ name: "山田 太郎", reading: "やまだ たろう", birth: "1985-04-12", relationship: "head", sex: "" }, today);
  assert.deepEqual(problems.map((p) => p.field), ["household[0].sex"]);
  interview.answer({ name: "山田 太郎", reading: "やまだ たろう", birth: "S60.4.12", relationship: "head", sex: "male" }, today);
  assert.deepEqual(interview.answers.household, [
    { name: "山田 太郎", reading: "ヤマダ タロウ", birth: "1985-04-12", relationship: "head", sex: "male" },
  ]);
  assert.equal(interview.step().target.type, "household");
  interview.addMember();
  interview.back();
  interview.dropIncompleteMembers();
  assert.equal(interview.answers.household.length, 1);
  interview.removeMember(0);
  assert.equal(interview.answers.household.length, 0);
  assert.equal(interview.answer("", today)[0].message.key, "validation-household-too-few");
});
