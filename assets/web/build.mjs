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

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUT_DIR");
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

const html = readFileSync(join(here, "index.html"), "utf8");
if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
  throw new Error("index.html sets its own Content-Security-Policy: build.mjs puts the one policy in");
}
let head = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
// Without an icon link the browser asks the server for /favicon.ico after load.
if (!/rel=["']?(shortcut )?icon/i.test(html)) head += `\n<link rel="icon" href="data:,">`;
// Right after the charset declaration, which must come first.
const charset = /<meta charset=[^>]*>/i.exec(html);
const withPolicy = charset
  ? html.replace(charset[0], `${charset[0]}\n${head}`)
  : html.replace(/<head>/i, `<head>\n${head}`);
if (withPolicy === html) throw new Error("index.html has no <head>");
writeFileSync(join(out, "index.html"), withPolicy);
