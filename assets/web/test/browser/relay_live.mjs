// A resident's ticket page served by a real `madoguchi relay` fed by a real
// hub (tests/wait_relay_browser.rs):
//
//   node assets/web/test/browser/relay_live.mjs PAGE_URL OUT_DIR
//
// Opens the ticket's page_url at 320 px, waits until it shows the ticket
// waiting, and prints one JSON line `{ "ready": ... }` (what it shows,
// axe-core's violations). The test then calls the ticket at the hub; the
// script waits for the page to show the call and prints a second line
// `{ "called": ... }`, with a screenshot of it in OUT_DIR.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { axe, launch, openSession } from "./harness.mjs";

const [pageUrl, outDir] = process.argv.slice(2);
if (!pageUrl || !outDir) {
  console.error("usage: node relay_live.mjs PAGE_URL OUT_DIR");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const shown = (page) =>
  page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    const root = document.documentElement;
    return {
      html_lang: root.lang,
      state: document.querySelector(".ticket-body")?.dataset.state ?? null,
      number: text('[data-testid="number"]'),
      counter: text('[data-testid="counter"]'),
      ahead: text('[data-testid="ahead"]'),
      updated: text('[data-testid="updated"]'),
      old: Boolean(document.querySelector(".ticket.old")),
      horizontal_scroll: root.scrollWidth > root.clientWidth,
    };
  });

const browser = await launch();
try {
  const session = await openSession(browser, pageUrl, { lang: "ja", width: 320, height: 640, outDir, name: "relay" });
  const { page } = session;
  await page.waitForSelector('.ticket-body[data-state="waiting"]', { timeout: 10000 });
  const ready = { shown: await shown(page), axe: await axe(page) };
  console.log(JSON.stringify({ ready }));
  await page.waitForSelector('.ticket-body[data-state="called"]', { timeout: 10000 });
  const screenshot = join(outDir, "relay-called.png");
  await page.screenshot({ path: screenshot });
  const called = {
    shown: await shown(page),
    axe: await axe(page),
    problems: session.problems(),
    requests: session.everyRequest(),
    screenshot,
  };
  console.log(JSON.stringify({ called }));
  await session.close();
} finally {
  await browser.close();
}
