// The waiting pages (ticket.html, index.html) in Chromium, against a folder
// laid out as docs/wait-anywhere.md says (tests/wait_page_browser.rs writes
// it, with the data files, and checks what this reports):
//
//   node assets/web/test/browser/wait.mjs SITE_DIR OUT_DIR PLAN.json
//
// PLAN: { ids: { waiting, called, near, stale, unknown, alerts, events }, called_variant,
// called_target, alert_target, alert_variants, switch_to, width }.
// `called_variant` is a ticket file put in place of `called_target` while its
// page is open (the hub calling it); `alert_variants` (coming near, then
// called) replace `alert_target` in turn after the resident allowed alerts.
// The `events` ticket's file names an event stream, served here as a relay
// would (`events/tickets/ID`); `events_called` is the document it sends,
// `events_done` the file once the relay has stopped streaming.
// Writes OUT_DIR/results.json: per scenario the texts the page shows, the
// layout at the plan's width, axe-core's violations, page errors, requests
// that left the served origin, what was stored, and screenshots.

import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { axe, launch, openSession, serveFolder, storage } from "./harness.mjs";

const [siteDir, outDir, planFile] = process.argv.slice(2);
if (!siteDir || !outDir || !planFile) {
  console.error("usage: node wait.mjs SITE_DIR OUT_DIR PLAN.json");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const plan = JSON.parse(readFileSync(planFile, "utf8"));
const width = plan.width ?? 320;

/** What the ticket page shows now. */
async function ticketTexts(page) {
  return page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    const root = document.documentElement;
    const number = document.querySelector('[data-testid="number"]');
    const box = number?.getBoundingClientRect();
    const notice = document.getElementById("notice");
    return {
      html_lang: root.lang,
      title: document.title,
      url: location.href,
      state: document.querySelector(".ticket-body")?.dataset.state ?? null,
      office: text("#office"),
      number: text('[data-testid="number"]'),
      counter: text('[data-testid="counter"]'),
      ahead: text('[data-testid="ahead"]'),
      updated: text('[data-testid="updated"]'),
      message: text('[data-testid="message"]'),
      notice: notice?.textContent ?? null,
      notice_live: notice?.getAttribute("aria-live") ?? null,
      old: Boolean(document.querySelector(".ticket.old")),
      language_label: text("#language-label"),
      body_text: document.body.innerText,
      horizontal_scroll: root.scrollWidth > root.clientWidth,
      number_visible: Boolean(
        box && box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.top < innerHeight && number.scrollWidth <= number.clientWidth,
      ),
      number_font_px: number ? parseFloat(getComputedStyle(number).fontSize) : 0,
    };
  });
}

/** Replaces a served file at once, as the static publisher does (rename). */
function replaceFile(from, target) {
  const temp = `${target}.tmp`;
  copyFileSync(from, temp);
  renameSync(temp, target);
}

const waitState = (page, state, timeout = 10000) =>
  page.waitForSelector(`.ticket-body[data-state="${state}"]`, { timeout });

/** The open event streams of the `events` ticket (the relay's part, played here). */
const streams = [];
const eventsPath = `/events/tickets/${plan.ids.events}`;
const events = { attempts: 0, refuse: false };
function serveEvents(req, res) {
  if (new URL(req.url, "http://x").pathname !== eventsPath) return false;
  events.attempts += 1;
  if (events.refuse) {
    // A relay at its limit of streams.
    res.writeHead(503, { "retry-after": "30" }).end();
    return true;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  // Reconnect soon after the stream ends (the browser's default is seconds).
  res.write("retry: 300\n\n");
  streams.push(res);
  return true;
}

/** The scenarios: `run(session)` returns what to report beside the common checks. */
const scenarios = [
  {
    name: "ticket-ja",
    url: `ticket.html?t=${plan.ids.waiting}&lang=ja`,
    // The URL's language wins over the browser's and the ticket's.
    lang: "en",
    async run({ page }) {
      await waitState(page, "waiting");
      return { texts: await ticketTexts(page), shots: [await shot(page, "ticket-ja-320")] };
    },
  },
  {
    name: "ticket-en",
    // No lang in the URL: the ticket's own (en), not the browser's (ja).
    url: `ticket.html?t=${plan.ids.waiting}`,
    lang: "ja",
    async run({ page }) {
      await waitState(page, "waiting");
      await page.waitForFunction(() => document.documentElement.lang === "en");
      return { texts: await ticketTexts(page), shots: [await shot(page, "ticket-en-320")] };
    },
  },
  {
    name: "ticket-switched",
    url: `ticket.html?t=${plan.ids.waiting}&lang=ja`,
    lang: "ja",
    async run({ page }) {
      await waitState(page, "waiting");
      await page.select("#language", plan.switch_to);
      await page.waitForFunction((l) => document.documentElement.lang === l, {}, plan.switch_to);
      return { texts: await ticketTexts(page), shots: [await shot(page, "ticket-switched-320")] };
    },
  },
  {
    name: "ticket-called",
    url: `ticket.html?t=${plan.ids.called}&lang=ja`,
    lang: "ja",
    async run({ page }) {
      await waitState(page, "waiting");
      const before = await ticketTexts(page);
      // The hub calls the number: the static publisher replaces the file atomically.
      replaceFile(plan.called_variant, plan.called_target);
      const started = Date.now();
      await waitState(page, "called");
      const shownAfterMs = Date.now() - started;
      return { before, texts: await ticketTexts(page), shown_after_ms: shownAfterMs, shots: [await shot(page, "ticket-called-320")] };
    },
  },
  {
    name: "ticket-alerts",
    url: `ticket.html?t=${plan.ids.alerts}&lang=en`,
    lang: "en",
    async run({ page }) {
      await waitState(page, "waiting");
      // What the phone would do, recorded: vibration and notifications (granted).
      await page.evaluate(() => {
        globalThis.raised = [];
        navigator.vibrate = (pattern) => globalThis.raised.push({ vibrate: pattern.length > 0 }) > 0;
        globalThis.Notification = class {
          constructor(title) {
            globalThis.raised.push({ notification: title });
          }
          static requestPermission() {
            return Promise.resolve("granted");
          }
        };
      });
      await page.click(".alerts button");
      await page.waitForSelector(".alert-status");
      const status = await page.$eval(".alert-status", (e) => e.textContent);
      const states = [];
      for (const [variant, state] of plan.alert_variants) {
        replaceFile(variant, plan.alert_target);
        await page.waitForFunction(
          (kind) => document.getElementById("notice").dataset.kind === kind,
          { timeout: 10000 },
          state,
        );
        states.push(state);
        // One more reload of the same file: no second alert.
        await new Promise((r) => setTimeout(r, 3500));
      }
      return { alert_status: status, states, raised: await page.evaluate(() => globalThis.raised) };
    },
  },
  {
    name: "ticket-events",
    url: `ticket.html?t=${plan.ids.events}&lang=ja`,
    lang: "ja",
    async run({ page, everyRequest }) {
      await waitState(page, "waiting");
      const opened = Date.now();
      while (streams.length === 0 && Date.now() - opened < 10000) await new Promise((r) => setTimeout(r, 50));
      // Longer than a reload period: the open stream replaces the reloads.
      await new Promise((r) => setTimeout(r, 4000));
      const called = readFileSync(plan.events_called, "utf8");
      const sent = Date.now();
      for (const stream of streams) stream.write(`event: ticket\ndata: ${JSON.stringify(JSON.parse(called))}\n\n`);
      await waitState(page, "called");
      const shownAfterMs = Date.now() - sent;
      const file = `/data/tickets/${plan.ids.events}.json`;
      const fileRequests = everyRequest().filter((url) => new URL(url).pathname === file).length;
      const texts = await ticketTexts(page);
      const streamsOpened = streams.length;
      // The relay ends the stream and refuses new ones: the page reloads the
      // file again (which now says done) and does not hammer the stream.
      events.refuse = true;
      const attemptsBefore = events.attempts;
      for (const stream of streams.splice(0)) stream.end();
      replaceFile(plan.events_done, join(siteDir, file));
      await waitState(page, "done");
      await new Promise((r) => setTimeout(r, 7000));
      return {
        texts,
        streams: streamsOpened,
        shown_after_ms: shownAfterMs,
        file_requests: fileRequests,
        stream_attempts_after_refusal: events.attempts - attemptsBefore,
        after_refusal: await ticketTexts(page),
      };
    },
  },
  {
    name: "ticket-near",
    url: `ticket.html?t=${plan.ids.near}&lang=en`,
    lang: "en",
    async run({ page }) {
      await waitState(page, "waiting");
      return { texts: await ticketTexts(page), shots: [await shot(page, "ticket-near-320")] };
    },
  },
  {
    name: "ticket-stale",
    url: `ticket.html?t=${plan.ids.stale}&lang=ja`,
    lang: "ja",
    async run({ page }) {
      await waitState(page, "waiting");
      return { texts: await ticketTexts(page), shots: [await shot(page, "ticket-stale-320")] };
    },
  },
  {
    name: "ticket-unknown",
    url: `ticket.html?t=${plan.ids.unknown}&lang=en`,
    lang: "en",
    async run({ page }) {
      await waitState(page, "unknown");
      return { texts: await ticketTexts(page) };
    },
  },
  {
    name: "ticket-dark",
    url: `ticket.html?t=${plan.ids.near}&lang=ja`,
    lang: "ja",
    async run({ page }) {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      await waitState(page, "waiting");
      return { texts: await ticketTexts(page), shots: [await shot(page, "ticket-dark-320")] };
    },
  },
  {
    name: "ward",
    url: "index.html?lang=ja",
    lang: "ja",
    async run({ page }) {
      await page.waitForSelector("section.office", { timeout: 15000 });
      const ward = await page.evaluate(() => ({
        html_lang: document.documentElement.lang,
        offices: [...document.querySelectorAll("section.office")].map((s) => ({
          id: s.dataset.office,
          name: s.querySelector("h2").textContent,
          stale: s.classList.contains("old"),
          services: [...s.querySelectorAll("li.service")].map((li) => li.textContent),
        })),
        open_data: document.querySelector(".open-data a")?.getAttribute("href") ?? null,
        horizontal_scroll: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      }));
      return { ward, shots: [await shot(page, "ward-320")] };
    },
  },
];

async function shot(page, name) {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const server = await serveFolder(siteDir, { handle: serveEvents });
const origin = new URL(server.url).origin;
const browser = await launch();
const results = [];
try {
  for (const scenario of scenarios) {
    const entry = { name: scenario.name, errors: [] };
    const session = await openSession(browser, new URL(scenario.url, server.url).href, {
      lang: scenario.lang,
      width,
      height: 640,
      outDir,
      name: scenario.name,
    });
    try {
      Object.assign(entry, await scenario.run(session));
      entry.axe = await axe(session.page);
      entry.storage = await storage(session.page);
    } catch (e) {
      entry.errors.push(String(e?.stack ?? e));
    }
    entry.foreign_requests = session
      .everyRequest()
      .filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
    entry.requests = session.everyRequest().map((url) => (url.startsWith(origin) ? url.slice(origin.length) : url));
    entry.problems = session.problems();
    await session.close();
    for (const stream of streams.splice(0)) stream.end();
    results.push(entry);
    console.error(`wait scenario ${scenario.name}: ${entry.errors.length} error(s)`);
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(outDir, "results.json"), JSON.stringify({ origin, scenarios: results }, null, 2));
