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
import { createRequire } from "node:module";

const fixtures = new URL("../../../../tests/fixtures/preapp/", import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));

const testid = (id) => `[data-testid="${id}"]`;

/** Taps and typing, counted. */
class Resident {
  /** `onScreen(page, name)` is called on every new screen (an accessibility check, a screenshot). */
  constructor(page, onScreen) {
    this.page = page;
    this.onScreen = onScreen;
    this.seen = null;
    this.taps = 0;
    this.characters = 0;
  }

  async tap(selector) {
    const element = await this.page.waitForSelector(selector, { visible: true });
    await this.look();
    await element.click();
    this.taps += 1;
  }

  /** Calls `onScreen` once per screen (or question). */
  async look() {
    if (!this.onScreen) return;
    const name = await this.page.evaluate(
      () => document.querySelector("form.ask")?.dataset.step ?? document.getElementById("app").dataset.screen,
    );
    if (name === this.seen) return;
    this.seen = name;
    await this.onScreen(this.page, name);
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

  /** Adds what is missing after what the page filled in (a town from the postal data), else types it all. */
  async complete(selector, text) {
    const element = await this.page.waitForSelector(selector, { visible: true });
    const current = await element.evaluate((el) => el.value);
    if (current === "" || !text.startsWith(current) || current === text) return this.type(selector, text);
    const focused = await element.evaluate((el) => el === document.activeElement);
    if (!focused) {
      await element.focus();
      this.taps += 1;
    }
    await this.page.keyboard.press("End");
    const rest = text.slice(current.length);
    await this.page.keyboard.sendCharacter(rest);
    this.characters += [...rest].length;
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
      // After a postal code the page looks its towns up: the resident reads
      // what it filled in before typing.
      if (await page.$(testid("postal-status"))) await page.waitForSelector(`${testid("postal-status")}[data-postal="done"]`);
      await resident.choose(testid("address-prefecture"), fields[`${key}.prefecture`] ?? "");
      await resident.type(testid("address-city"), fields[`${key}.city`] ?? "");
      await resident.complete(testid("address-town"), fields[`${key}.town`] ?? "");
      await resident.type(testid("address-building"), fields[`${key}.building`] ?? "");
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

/** What each scenario fills: its fixture, its bundle, and the taps that choose its forms. */
const SCENARIOS = {
  juminhyo: {
    fixture: "juminhyo.json",
    bundle: null,
    choose: ["situation-certificate", "pick-juminhyo-utsushi", "next", "start"],
  },
  tennyu: {
    fixture: "tennyu-household-4.json",
    bundle: "hikkoshi-tennyu",
    choose: ["situation-move", "offer-bundle-hikkoshi-tennyu", "narrow-kokuho-kanyu-yes", "narrow-jido-teate-yes", "next", "start"],
  },
};

/** Opens the page, picks the language and the forms, answers every question: the review is on screen. */
async function fillToReview(page, name, { lang = "ja", onScreen = null, ...options } = {}) {
  const scenario = SCENARIOS[name];
  await open(page, options);
  const resident = new Resident(page, onScreen);
  await pickLanguage(resident, lang);
  const source = fixture(scenario.fixture);
  for (const id of scenario.choose) await resident.tap(testid(id));
  const asked = await answerAll(resident, source.fields, source.household ?? []);
  const form = await expectedForm(page, source, lang, asked, scenario.bundle);
  return { resident, form };
}

async function toQr(page, name, options) {
  const { resident, form } = await fillToReview(page, name, options);
  const parts = await makeQr(resident);
  await resident.look();
  return { form, taps: resident.taps, characters: resident.characters, parts };
}

/** 住民票の写し (tests/fixtures/preapp/juminhyo.json) from opening the page to the QR. */
export const juminhyo = (page, options = {}) => toQr(page, "juminhyo", options);
/** 転入 of a household of four with 国保 and 児童手当 (tests/fixtures/preapp/tennyu-household-4.json). */
export const tennyuHousehold4 = (page, options = {}) => toQr(page, "tennyu", options);

export const juminhyoJa = (page, options = {}) => juminhyo(page, { ...options, lang: "ja" });
export const juminhyoEn = (page, options = {}) => juminhyo(page, { ...options, lang: "en" });
export const tennyuJa = (page, options = {}) => tennyuHousehold4(page, { ...options, lang: "ja" });
export const tennyuEn = (page, options = {}) => tennyuHousehold4(page, { ...options, lang: "en" });

/**
 * Milliseconds from the last answer to the QR on screen, with the CPU
 * throttled `rate` times: the review's "make the QR" tap to the QR drawn
 * and painted. Fills the scenario (`juminhyo` or `tennyu`) up to the review
 * first, unthrottled, then reads the review for `readingMs` (the page
 * prepares the QR meanwhile, throttled too).
 */
export async function timeToQr(page, name = "juminhyo", { rate = 4, readingMs = 1500, ...options } = {}) {
  await fillToReview(page, name, options);
  const session = await page.createCDPSession();
  await session.send("Emulation.setCPUThrottlingRate", { rate });
  await new Promise((resolve) => setTimeout(resolve, readingMs));
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

/**
 * axe-core's violations on the page as it is (WCAG 2.x A and AA, and best
 * practice): `[{ id, impact, help, nodes: [target] }]`, empty when none.
 * Run through the DevTools protocol, so the page's policy need not allow it.
 */
export async function axeViolations(page) {
  const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
