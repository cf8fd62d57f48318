// Runs the page's browser scenarios against a built site folder:
//
//   node assets/web/test/browser/run.mjs SITE_DIR OUT_DIR [SCENARIO_MODULE...]
//
// Scenario modules default to scenarios*.mjs next to this file. A module
// either exports default an array of `{ name, fixture, lang, run(session) }`
// (see harness.mjs), or exports the page's scenario functions
// (`juminhyoJa(page)` …, returning `{ form, taps, characters, parts }` with
// the QR on screen), which RUNS below names. Writes OUT_DIR/results.json, one
// entry per scenario: its fixture and language, the QR screenshots in part
// order, the form the scenario expects, the requests made after load, what
// was stored, axe-core's violations, page errors, taps and characters; and
// `measures` (time from the last answer to the QR, 4× CPU throttling).
// tests/site_browser.rs reads the screenshots with `madoguchi scan`, decodes
// them with the office key and compares them with the fixture.

import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { axe, launch, openSession, serveFolder, storage } from "./harness.mjs";

/** The page's scenario functions: both fixtures, in Japanese and in English. */
const RUNS = [
  { name: "juminhyo-ja", fixture: "juminhyo", lang: "ja", fn: "juminhyoJa" },
  { name: "juminhyo-en", fixture: "juminhyo", lang: "en", fn: "juminhyoEn" },
  { name: "tennyu-household-4-ja", fixture: "tennyu-household-4", lang: "ja", fn: "tennyuJa" },
  { name: "tennyu-household-4-en", fixture: "tennyu-household-4", lang: "en", fn: "tennyuEn" },
];
/** Timing runs of the page's `timeToQr(page, name, { rate })`. */
const TIMINGS = [
  { name: "juminhyo", lang: "ja" },
  { name: "tennyu", lang: "ja" },
];
const QR = '[data-testid="qr"]';

const [siteDir, outDir, ...given] = process.argv.slice(2);
if (!siteDir || !outDir) {
  console.error("usage: node run.mjs SITE_DIR OUT_DIR [SCENARIO_MODULE...]");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const here = dirname(fileURLToPath(import.meta.url));
const modules = given.length
  ? given.map((m) => resolve(m))
  : readdirSync(here)
      .filter((f) => /^scenarios.*\.mjs$/.test(f))
      .sort()
      .map((f) => join(here, f));

/** Drives one of the page's scenario functions, then shoots each QR part (next between them). */
const pageScenario = (module, run) => ({
  ...run,
  async run(session) {
    const done = await module[run.fn](session.page);
    for (let part = 1; part <= done.parts; part++) {
      if (part > 1) await session.page.click('[data-testid="qr-next"]');
      await session.captureQr(`canvas${QR}[data-part="${part}"]`);
    }
    return { expected_form: done.form, taps: done.taps, characters: done.characters };
  },
});

const scenarios = [];
const timings = [];
for (const path of modules) {
  const module = await import(pathToFileURL(path).href);
  if (Array.isArray(module.default)) scenarios.push(...module.default);
  for (const run of RUNS) if (typeof module[run.fn] === "function") scenarios.push(pageScenario(module, run));
  if (typeof module.timeToQr === "function") timings.push(...TIMINGS.map((t) => ({ ...t, fn: module.timeToQr })));
}

// MADOGUCHI_SCENARIOS=name,name runs only those (and no timing).
const only = process.env.MADOGUCHI_SCENARIOS?.split(",");
if (only) {
  scenarios.splice(0, scenarios.length, ...scenarios.filter((s) => only.includes(s.name)));
  timings.length = 0;
}

const server = await serveFolder(siteDir);
const browser = await launch();
const results = [];
const measures = [];
try {
  for (const scenario of scenarios) {
    const entry = { name: scenario.name, fixture: scenario.fixture, lang: scenario.lang, shots: [], errors: [] };
    const session = await openSession(browser, server.url, { lang: scenario.lang, outDir, name: scenario.name });
    try {
      Object.assign(entry, (await scenario.run(session)) ?? {});
      entry.axe = await axe(session.page);
      entry.storage = await storage(session.page);
    } catch (e) {
      entry.errors.push(String(e?.stack ?? e));
    }
    entry.shots = session.shots();
    entry.requests_after_load = session.requestsAfterLoad();
    entry.postal_requests = session.postalRequests();
    entry.problems = session.problems();
    await session.close();
    results.push(entry);
    console.error(`scenario ${scenario.name}: ${entry.shots.length} QR part(s), ${entry.errors.length} error(s)`);
  }
  for (const timing of timings) {
    const session = await openSession(browser, server.url, { lang: timing.lang, outDir, name: `time-${timing.name}` });
    try {
      const ms = await timing.fn(session.page, timing.name, { rate: 4 });
      measures.push({ scenario: timing.name, cpu_throttling: 4, last_answer_to_qr_ms: Math.round(ms) });
    } catch (e) {
      measures.push({ scenario: timing.name, error: String(e?.stack ?? e) });
    }
    await session.close();
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(outDir, "results.json"), JSON.stringify({ scenarios: results, measures }, null, 2));
