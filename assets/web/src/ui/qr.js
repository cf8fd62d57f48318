// The QR code(s) to bring to the counter: large, black on white, one part
// at a time with next/previous (tap or swipe), saved as a PNG or printed.

import { qrModules } from "../payload/index.js";
import { todayInTokyo } from "../form/date.js";
import { h } from "./dom.js";
import { displayDate } from "./present.js";

/** Light modules around the code, as the QR standard asks. */
const QUIET = 4;

/** A canvas with the QR code of `text`, `pixels` wide at most. */
export function qrCanvas(text, pixels = 720) {
  const modules = qrModules(text);
  const size = modules.length + 2 * QUIET;
  const scale = Math.max(2, Math.floor(pixels / size));
  const canvas = document.createElement("canvas");
  canvas.width = size * scale;
  canvas.height = size * scale;
  const g = canvas.getContext("2d");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#000";
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) g.fillRect((c + QUIET) * scale, (r + QUIET) * scale, scale, scale);
    }),
  );
  return canvas;
}

/**
 * @param ctx `{ t, lang, texts, canvases (drawn by qrCanvas, optional), expires (Unix seconds), onStartOver, onBack }`
 */
export function qrScreen(ctx) {
  const { t, texts } = ctx;
  const count = texts.length;
  let index = 0;
  const canvases = texts.map((text, i) => {
    const canvas = ctx.canvases?.[i] ?? qrCanvas(text);
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", count > 1 ? t("web-qr-image-part", { index: i + 1, count }) : t("web-qr-image"));
    canvas.dataset.testid = "qr";
    canvas.dataset.part = String(i + 1);
    canvas.dataset.text = text;
    return h("figure", { class: i === 0 ? "qr current" : "qr" }, canvas, count > 1 && h("figcaption", { class: "print-only" }, t("web-qr-part", { index: i + 1, count })));
  });
  const partLabel = h("p", { class: "part", "aria-live": "polite", "data-testid": "qr-part" });
  const prev = h("button", { type: "button", class: "secondary", "data-testid": "qr-prev", onclick: () => show(index - 1) }, t("web-qr-previous"));
  const next = h("button", { type: "button", class: "primary", "data-testid": "qr-next", onclick: () => show(index + 1) }, t("web-qr-next"));
  const show = (i) => {
    index = Math.max(0, Math.min(count - 1, i));
    canvases.forEach((f, j) => f.classList.toggle("current", j === index));
    partLabel.textContent = t("web-qr-part", { index: index + 1, count });
    prev.disabled = index === 0;
    next.disabled = index === count - 1;
  };
  const stage = h("div", { class: "qr-stage" }, canvases);
  let startX = null;
  stage.addEventListener("pointerdown", (e) => {
    startX = e.clientX;
  });
  stage.addEventListener("pointerup", (e) => {
    if (startX === null) return;
    const dx = e.clientX - startX;
    startX = null;
    if (Math.abs(dx) > 40) show(index + (dx < 0 ? 1 : -1));
  });
  show(0);
  const save = () => {
    const canvas = canvases[index].querySelector("canvas");
    canvas.toBlob((blob) => {
      const url = URL.createObjectURL(blob);
      const a = h("a", { href: url, download: count > 1 ? `madoguchi-qr-${index + 1}-of-${count}.png` : "madoguchi-qr.png" });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, "image/png");
  };
  const expires = displayDate(t, ctx.lang, todayInTokyo(new Date(ctx.expires * 1000)));
  return [
    h("h1", { tabindex: "-1" }, t("web-qr-heading")),
    h("p", { class: "brightness" }, t("web-qr-brightness")),
    stage,
    count > 1 && h("div", { class: "nav parts" }, prev, partLabel, next),
    count > 1 && h("p", { class: "hint" }, t("web-qr-swipe")),
    h("p", { class: "expires", "data-testid": "qr-expires" }, t("web-qr-expires", { date: expires })),
    h(
      "div",
      { class: "nav" },
      h("button", { type: "button", class: "secondary", "data-testid": "save-image", onclick: save }, t("web-qr-save")),
      h("button", { type: "button", class: "secondary", "data-testid": "print", onclick: () => window.print() }, t("web-qr-print")),
    ),
    h("h2", {}, t("web-qr-at-counter-heading")),
    h("ol", { class: "steps" }, ["web-qr-at-counter-1", "web-qr-at-counter-2", "web-qr-at-counter-3"].map((k) => h("li", {}, t(k)))),
    h("p", { class: "note" }, t("web-qr-private")),
    h(
      "div",
      { class: "nav" },
      h("button", { type: "button", class: "secondary", "data-testid": "back", onclick: ctx.onBack }, t("web-qr-back-to-review")),
      h("button", { type: "button", class: "secondary", "data-testid": "start-over", onclick: ctx.onStartOver }, t("web-start-over")),
    ),
  ];
}
