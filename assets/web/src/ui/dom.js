// A few helpers to build the page's elements without a framework.

/**
 * An element: `h("button", { class: "primary", onclick }, "text", child)`.
 * Attributes starting with `on` are listeners; `false`/`null` attributes are
 * left out; `true` sets an empty attribute. Children may be nested arrays,
 * strings or nodes; `null`/`false` children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (name === "value") {
      el.value = value;
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === false || child === undefined) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Fills a `{name}` template: `fill("web-narrow-{id}", { id })`. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => values[name]);
}

let ids = 0;
/** A fresh id for label/description wiring. */
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}
