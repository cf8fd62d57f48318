// Browser scenarios of the resident's page, driven through its own controls
// (data-testid) with puppeteer. Each takes a puppeteer page showing the site
// (or `{ url }` to open) and ends with the QR code on screen; it returns
// what was done, for the measures and for the harness to compare the QR's
// payload with:
//
//   { form, taps, characters, parts }
//
// `form` is the pre-application the page should have encoded: the fixture in
// the scenario's language, with only the answers the page asks (a bundle's
// presets and transcriptions included). Taps count every tap a resident
// makes (a select is two: open, choose; moving to another input is one);
// characters count what is typed, in code points.

import { readFileSync } from "node:fs";

const fixtures = new URL("../../../../tests/fixtures/preapp/", import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));

const testid = (id) => `[data-testid="${id}"]`;

/** Taps and typing, counted. */
class Resident {
  constructor(page) {
    this.page = page;
    this.taps = 0;
    this.characters = 0;
  }

  async tap(selector) {
    const element = await this.page.waitForSelector(selector, { visible: true });
    await element.click();
    this.taps += 1;
  }

  /** Types into an input, replacing what it holds; a tap when it is not already focused. */
  async type(selector, text) {
    const element = await this.page.waitForSelector(selector, { visible: true });
    const focused = await element.evaluate((el) => el === document.activeElement);
    const current = await element.evaluate((el) => el.value);
    if (current === text) return;
    if (!focused) this.taps += 1;
    await element.focus();
    await element.evaluate((el) => el.select());
    if (current !== "") {
      await this.page.keyboard.press("Backspace");
      this.taps += 1; // select the old text and delete it
    }
    if (text !== "") await this.page.keyboard.sendCharacter(text);
    this.characters += [...text].length;
  }

  async choose(selector, value) {
    const element = await this.page.waitForSelector(selector, { visible: true });
    const current = await element.evaluate((el) => el.value);
    if (current === value) return;
    await this.page.select(selector, value);
    this.taps += 2;
  }
}

/** The step the question screen asks (`key:…`, `address:…`, `member:0`, `household`), or null. */
async function currentStep(page) {
  return page.evaluate(() => document.querySelector("form.ask")?.dataset.step ?? null);
}

async function screen(page) {
  return page.evaluate(() => document.getElementById("app").dataset.screen);
}

/** Switches the page to `lang` unless the phone's language already chose it. */
async function pickLanguage(resident, lang) {
  await resident.page.waitForSelector(testid("language"));
  await resident.choose(testid("language"), lang);
  await resident.page.waitForFunction((l) => document.documentElement.lang === l, {}, lang);
}

/** Answers the interview from a fixture's fields and household, screen by screen. */
async function answerAll(resident, fields, household) {
  const page = resident.page;
  const asked = new Set();
  let added = 0;
  for (let guard = 0; guard < 200; guard += 1) {
    if ((await screen(page)) === "review") return asked;
    const step = await currentStep(page);
    const [kind, key] = step.split(/:(.*)/s);
    if (kind === "household") {
      if (added < household.length) {
        await resident.tap(testid("add-member"));
        added += 1;
        await page.waitForFunction((s) => document.querySelector("form.ask")?.dataset.step === s, {}, `member:${added - 1}`);
        continue;
      }
      await resident.tap(testid("next"));
    } else if (kind === "member") {
      const member = household[Number(key)];
      for (const part of ["name", "reading", "birth"]) await resident.type(testid(`member-${part}`), member[part]);
      await resident.choose(testid("member-relationship"), member.relationship);
      await resident.choose(testid("member-sex"), member.sex);
      await resident.tap(testid("next"));
    } else if (kind === "address") {
      asked.add(key);
      await resident.choose(testid("address-prefecture"), fields[`${key}.prefecture`] ?? "");
      for (const part of ["city", "town", "building"]) await resident.type(testid(`address-${part}`), fields[`${key}.${part}`] ?? "");
      await resident.tap(testid("next"));
    } else {
      asked.add(key);
      const value = fields[key];
      const buttons = await page.$$(`form.ask .options button`);
      if (buttons.length > 0) {
        await resident.tap(value === undefined ? testid("skip") : testid(`choice-${value}`));
      } else {
        await resident.type(testid("answer"), value ?? "");
        await resident.tap(testid("next"));
      }
    }
    await page.waitForFunction(
      (before) => document.querySelector("form.ask")?.dataset.step !== before || document.getElementById("app").dataset.screen === "review",
      {},
      step,
    );
  }
  throw new Error("the interview did not end");
}

/** The form the page encodes for a fixture: only what it asks, plus what the bundle fills. */
async function expectedForm(page, source, lang, asked, bundleId) {
  const filled = await page.evaluate((id) => {
    const bundle = globalThis.MADOGUCHI_SITE.catalog.bundles.find((b) => b.id === id);
    return bundle ? [...Object.keys(bundle.preset), ...bundle.transcribe.map((t) => t.to)] : [];
  }, bundleId);
  const keep = (key) => asked.has(key) || filled.includes(key) || [...asked].some((a) => key.startsWith(`${a}.`));
  const form = { ...source, language: lang, fields: Object.fromEntries(Object.entries(source.fields).filter(([k]) => keep(k))) };
  return form;
}

/** Makes the QR from the review and waits until its first part is drawn. */
async function makeQr(resident) {
  await resident.tap(testid("make-qr"));
  await resident.page.waitForSelector(`canvas${testid("qr")}`, { visible: true });
  return resident.page.$$eval(`canvas${testid("qr")}`, (canvases) => canvases.length);
}

async function open(page, options) {
  if (options.url) await page.goto(options.url, { waitUntil: "load" });
  await page.waitForSelector(testid("language"));
}

/** 住民票の写し (tests/fixtures/preapp/juminhyo.json) from opening the page to the QR. */
export async function juminhyo(page, { lang = "ja", ...options } = {}) {
  await open(page, options);
  const resident = new Resident(page);
  await pickLanguage(resident, lang);
  const source = fixture("juminhyo.json");
  await resident.tap(testid("situation-certificate"));
  await resident.tap(testid("pick-juminhyo-utsushi"));
  await resident.tap(testid("next"));
  await resident.tap(testid("start"));
  const asked = await answerAll(resident, source.fields, []);
  const parts = await makeQr(resident);
  return { form: await expectedForm(page, source, lang, asked, null), taps: resident.taps, characters: resident.characters, parts };
}

/** 転入 of a household of four with 国保 and 児童手当 (tests/fixtures/preapp/tennyu-household-4.json). */
export async function tennyuHousehold4(page, { lang = "ja", ...options } = {}) {
  await open(page, options);
  const resident = new Resident(page);
  await pickLanguage(resident, lang);
  const source = fixture("tennyu-household-4.json");
  await resident.tap(testid("situation-move"));
  await resident.tap(testid("offer-bundle-hikkoshi-tennyu"));
  for (const id of ["kokuho-kanyu", "jido-teate"]) await resident.tap(testid(`narrow-${id}-yes`));
  await resident.tap(testid("next"));
  await resident.tap(testid("start"));
  const asked = await answerAll(resident, source.fields, source.household);
  const parts = await makeQr(resident);
  return {
    form: await expectedForm(page, source, lang, asked, "hikkoshi-tennyu"),
    taps: resident.taps,
    characters: resident.characters,
    parts,
  };
}

export const juminhyoJa = (page, options = {}) => juminhyo(page, { ...options, lang: "ja" });
export const juminhyoEn = (page, options = {}) => juminhyo(page, { ...options, lang: "en" });
export const tennyuJa = (page, options = {}) => tennyuHousehold4(page, { ...options, lang: "ja" });
export const tennyuEn = (page, options = {}) => tennyuHousehold4(page, { ...options, lang: "en" });

/**
 * Milliseconds from the last answer to the QR on screen, with the CPU
 * throttled `rate` times: the review's "make the QR" tap to the QR drawn
 * and painted. The page must show the review (a scenario stopped before
 * `makeQr`, or `reviewOf`).
 */
export async function timeToQr(page, rate = 4) {
  const session = await page.createCDPSession();
  await session.send("Emulation.setCPUThrottlingRate", { rate });
  try {
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          const started = performance.now();
          const seen = new MutationObserver(() => {
            if (!document.querySelector('canvas[data-testid="qr"]')) return;
            seen.disconnect();
            // Two frames: the one that lays the canvas out, the one that paints it.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
          });
          seen.observe(document.getElementById("app"), { childList: true, subtree: true });
          document.querySelector('[data-testid="make-qr"]').click();
        }),
    );
  } finally {
    await session.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await session.detach();
  }
}

/** Fills the 住民票 request up to the review (for `timeToQr`). */
export async function juminhyoReview(page, { lang = "ja", ...options } = {}) {
  await open(page, options);
  const resident = new Resident(page);
  await pickLanguage(resident, lang);
  const source = fixture("juminhyo.json");
  await resident.tap(testid("situation-certificate"));
  await resident.tap(testid("pick-juminhyo-utsushi"));
  await resident.tap(testid("next"));
  await resident.tap(testid("start"));
  await answerAll(resident, source.fields, []);
}

/** Fills the 転入 of four up to the review (for `timeToQr`: the larger, multi-part payload). */
export async function tennyuReview(page, { lang = "ja", ...options } = {}) {
  await open(page, options);
  const resident = new Resident(page);
  await pickLanguage(resident, lang);
  const source = fixture("tennyu-household-4.json");
  await resident.tap(testid("situation-move"));
  await resident.tap(testid("offer-bundle-hikkoshi-tennyu"));
  for (const id of ["kokuho-kanyu", "jido-teate"]) await resident.tap(testid(`narrow-${id}-yes`));
  await resident.tap(testid("next"));
  await resident.tap(testid("start"));
  await answerAll(resident, source.fields, source.household);
}
