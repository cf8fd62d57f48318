// Browser test plumbing for the resident's page: Debian's Chromium driven by
// puppeteer-core over the DevTools protocol (no browser download), a built
// site folder served from a loopback HTTP server, and the checks every
// scenario shares: requests after load (postal files apart), storage, axe-core, QR screenshots.
//
// Scenario modules (scenarios*.mjs next to this file) export default an array of
//   { name, fixture, lang, async run(session) }
// where `fixture` names tests/fixtures/preapp/<fixture>.json (what the QR must
// decode to), `lang` the page language, and `run` drives the page through its
// own controls to the QR and calls `session.captureQr()` once per part.
// run.mjs opens a fresh session per scenario and writes results.json.

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.MADOGUCHI_CHROMIUM ?? "/usr/bin/chromium";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

/**
 * Serves `dir` on 127.0.0.1 (an ephemeral port); resolves to { url, close }.
 * `handle(req, res)`, when given, answers first: true when it did.
 */
export function serveFolder(dir, { handle } = {}) {
  const root = normalize(dir + sep);
  const server = createServer((req, res) => {
    if (handle?.(req, res)) return;
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export async function launch() {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...(root ? ["--no-sandbox"] : []), "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"],
  });
}

/**
 * One page of the site, fresh profile. `lang` becomes the browser's
 * language (navigator.language and Accept-Language).
 */
export async function openSession(browser, siteUrl, { lang = "ja", width = 390, height = 844, outDir, name } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 2 });
  await page.setExtraHTTPHeaders({ "Accept-Language": lang });
  await page.evaluateOnNewDocument((l) => {
    Object.defineProperty(navigator, "language", { get: () => l });
    Object.defineProperty(navigator, "languages", { get: () => [l] });
  }, lang);
  const requests = [];
  const everyRequest = [];
  const problems = [];
  let loaded = false;
  // The one request the page may make after load: its own postal file of a
  // code the resident typed (src/site/postal.rs). Kept apart, with its size.
  const postal = [];
  const isPostalFile = (url) => url.startsWith(new URL("postal/", siteUrl).href) && /\/postal\/[0-9]{3}\.json$/.test(url);
  page.on("request", (r) => {
    everyRequest.push(r.url());
    if (loaded && !isPostalFile(r.url())) requests.push(r.url());
  });
  page.on("requestfinished", async (r) => {
    if (!loaded || !isPostalFile(r.url())) return;
    const body = await r.response()?.buffer().catch(() => null);
    postal.push({ url: r.url(), status: r.response()?.status() ?? 0, bytes: body?.length ?? 0 });
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  await page.goto(siteUrl, { waitUntil: "load" });
  loaded = true;
  const shots = [];
  const session = {
    page,
    /** URLs requested after the load event, but the page's postal files (must stay empty). */
    requestsAfterLoad: () => [...requests],
    /** Every URL the page requested, from the first. */
    everyRequest: () => [...everyRequest],
    /** The page's postal files fetched: `{ url, status, bytes }`. */
    postalRequests: () => [...postal],
    /** Page errors, console errors and CSP violations. */
    problems: () => [...problems],
    /** Slows the CPU (4 = four times) for timing measures. */
    async throttle(rate) {
      const cdp = await page.createCDPSession();
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    },
    /** Screenshot of the QR element (default `[data-qr]`) as PNG; returns its path. */
    async captureQr(selector = "[data-qr]") {
      const element = await page.waitForSelector(selector, { visible: true });
      const path = join(outDir, `${name}-${shots.length + 1}.png`);
      await element.scrollIntoView();
      await element.screenshot({ path });
      shots.push(path);
      return path;
    },
    shots: () => [...shots],
    close: () => context.close(),
  };
  return session;
}

/** What the page stored: localStorage and sessionStorage keys, cookies. */
export async function storage(page) {
  const kept = await page.evaluate(() => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookie: document.cookie,
  }));
  const cookies = await page.browserContext().cookies();
  return { ...kept, cookies: cookies.map((c) => c.name) };
}

/** axe-core's violations on the current page (rule id, impact, targets). */
export async function axe(page) {
  // Evaluated through DevTools, which the page's CSP does not govern.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}
