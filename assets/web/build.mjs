// Builds the resident's pre-application page into one folder:
//
//   node assets/web/build.mjs OUT_DIR
//
// OUT_DIR/index.html  assets/web/index.html with the Content-Security-Policy
//                     below early in <head> (one place for the policy), and
//                     an empty icon when it names none (no /favicon.ico request)
// OUT_DIR/app.js      src/main.js and everything it imports, one ES module, minified
// OUT_DIR/app.css     style.css and the CSS it imports
//
// index.html loads `data.js` (the catalogue, messages, code tables and office
// key, written by `madoguchi site build`), then `app.js` as a module, and
// `app.css`. cargo's build.rs runs this into OUT_DIR and the binary embeds the
// result; `madoguchi site build` adds data.js.
//
// With `--wait`, the waiting pages of docs/wait-anywhere.md instead:
//
//   node assets/web/build.mjs --wait OUT_DIR
//
// OUT_DIR/ticket.html, OUT_DIR/index.html  wait/*.html with WAIT_POLICY
// OUT_DIR/wait.js    wait/main.js and what it imports, one ES module
// OUT_DIR/wait.css   wait/wait.css
//
// Both pages load `wait-messages.js` (their strings, written by
// src/site/wait_page.rs) before `wait.js`.

import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Nothing but the page's own files. After load, the one request is for the
 * page's own postal file of a code the resident typed (`postal/NNN.json`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The waiting pages: their own files, and from them only their own data
 * files and event stream (`connect-src 'self'`). No image but the empty icon.
 */
export const WAIT_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const here = dirname(fileURLToPath(import.meta.url));
const waitPages = process.argv[2] === "--wait";
const out = process.argv[waitPages ? 3 : 2];
if (!out) {
  console.error("usage: node build.mjs [--wait] OUT_DIR");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  target: ["es2022", "chrome100", "safari15", "firefox100"],
};

/** `source` (an HTML file) with `policy` early in <head>, written as `name` in OUT_DIR. */
function writeWithPolicy(source, name, policy) {
  const html = readFileSync(source, "utf8");
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
    throw new Error(`${name} sets its own Content-Security-Policy: build.mjs puts the one policy in`);
  }
  let head = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Without an icon link the browser asks the server for /favicon.ico after load.
  if (!/rel=["']?(shortcut )?icon/i.test(html)) head += `\n<link rel="icon" href="data:,">`;
  // Right after the charset declaration, which must come first.
  const charset = /<meta charset=[^>]*>/i.exec(html);
  const withPolicy = charset
    ? html.replace(charset[0], `${charset[0]}\n${head}`)
    : html.replace(/<head>/i, `<head>\n${head}`);
  if (withPolicy === html) throw new Error(`${name} has no <head>`);
  writeFileSync(join(out, name), withPolicy);
}

if (waitPages) {
  const wait = join(here, "wait");
  await build({
    ...common,
    entryPoints: [join(wait, "main.js")],
    outfile: join(out, "wait.js"),
    format: "esm",
    platform: "browser",
  });
  await build({ ...common, entryPoints: [join(wait, "wait.css")], outfile: join(out, "wait.css") });
  for (const page of ["ticket.html", "index.html"]) writeWithPolicy(join(wait, page), page, WAIT_POLICY);
} else {
  await build({
    ...common,
    entryPoints: [join(here, "src/main.js")],
    outfile: join(out, "app.js"),
    format: "esm",
    platform: "browser",
  });
  await build({
    ...common,
    entryPoints: [join(here, "style.css")],
    outfile: join(out, "app.css"),
  });
  writeWithPolicy(join(here, "index.html"), "index.html", CONTENT_SECURITY_POLICY);
}
