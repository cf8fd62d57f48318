// ticket.html?t=ID[&lang=LANG]: one resident's ticket, kept current from
// data/tickets/ID.json (every TICKET_POLL_MS) or, where the file names one,
// the relay's event stream.

import { h } from "../src/ui/dom.js";
import { TICKET_ID, TICKET_POLL_MS, alertFor, alertText, notFound, pageLanguage, ticketView } from "./view.js";

const TICK_MS = 1000;
/** After a stream the browser gave up on, the file alone for this long (a relay at its limit says 503). */
const STREAM_RETRY_MS = 30000;

export function startTicket({ root, i18n, params, preferred, applyLanguage }) {
  const id = params.get("t") ?? "";
  const codes = i18n.languages.map((l) => l.code);
  const tr = (lang, key, args) => i18n.tr(lang, key, args);
  let lang = pageLanguage(params.get("lang"), null, codes, preferred);
  // The language was chosen (URL or switcher) rather than guessed.
  const asked = (params.get("lang") ?? "").toLowerCase();
  let chosen = codes.some((c) => c.toLowerCase() === asked);
  let result = TICKET_ID.test(id) ? null : { status: 404 };
  let source = null;
  let streamAgainAt = 0;
  let drawn = "";
  const alerts = { enabled: false, notify: false, status: "" };

  // Coming near and being called are said here, where a screen reader hears
  // a change at once; redrawn only when what it says changes.
  const notice = h("div", { class: "notice", id: "notice", "aria-live": "assertive", "aria-atomic": "true" });
  let noticeSaid = "";
  const status = h("div", { class: "status" });
  const body = h("div", { class: "ticket-body" });
  const alertBox = h("div", { class: "alerts" });
  root.replaceChildren(
    h("h1", { class: "page-title", id: "page-title" }),
    status,
    notice,
    body,
    alertBox,
    h("p", { class: "privacy", id: "privacy" }),
  );

  function accept(doc) {
    const before = result?.doc?.ticket ?? null;
    result = { status: 200, doc };
    if (!chosen && doc.ticket?.lang) {
      lang = pageLanguage(null, doc.ticket.lang, codes, preferred);
      chosen = true;
      applyLanguage(lang);
    }
    const now = Date.now();
    const stale = ticketView(result, now, lang, tr).stale;
    const alert = alertFor(before, doc.ticket, stale);
    if (alert && alerts.enabled) raise(alert, doc.ticket);
    if (doc.events && !source && Date.now() >= streamAgainAt && "EventSource" in globalThis) listen(doc.events);
    draw();
  }

  function raise(kind, ticket) {
    navigator.vibrate?.(kind === "called" ? [400, 200, 400, 200, 400] : [300, 150, 300]);
    if (!alerts.notify) return;
    try {
      new Notification(alertText(kind, ticket, lang, tr), { tag: "madoguchi-ticket", renotify: true });
    } catch {
      // Some phones show notifications only from a service worker: the page's
      // own notice and the vibration remain.
    }
  }

  function listen(path) {
    source = new EventSource(new URL(path, location.href));
    // A stream the browser gave up on (the relay answered 404 or 503): the
    // file's reloads carry on, and the next file opens a new stream.
    source.addEventListener("error", (event) => {
      if (event.target.readyState === EventSource.CLOSED && source === event.target) {
        source = null;
        streamAgainAt = Date.now() + STREAM_RETRY_MS;
      }
    });
    source.addEventListener("ticket", (event) => {
      try {
        accept(JSON.parse(event.data));
      } catch {
        // A broken event: the next one, or the file, brings the ticket.
      }
    });
  }

  async function poll() {
    // While the event stream is open it brings every change.
    if (source?.readyState === EventSource.OPEN || !TICKET_ID.test(id)) return;
    try {
      const response = await fetch(`data/tickets/${id}.json`, { cache: "no-store" });
      if (response.status === 404) {
        result = notFound(result?.doc ?? null, Date.now());
      } else if (response.ok) {
        accept(await response.json());
        return;
      } else {
        result = { status: 0, doc: result?.doc };
      }
    } catch {
      result = { status: 0, doc: result?.doc };
    }
    draw();
  }

  function askAlerts() {
    alerts.enabled = true;
    const done = (permission) => {
      alerts.notify = permission === "granted";
      alerts.status = alerts.notify ? "wait-alerts-on" : "wait-alerts-off";
      drawn = "";
      draw();
    };
    if ("Notification" in globalThis) {
      Notification.requestPermission().then(done, () => done("denied"));
    } else {
      done("denied");
    }
  }

  function draw() {
    const view = ticketView(result, Date.now(), lang, tr);
    const key = JSON.stringify([view, alerts, lang]);
    if (key === drawn) return;
    drawn = key;
    document.getElementById("page-title").textContent = tr(lang, "wait-ticket-title");
    document.title = view.number ? `${view.number} — ${tr(lang, "wait-ticket-title")}` : tr(lang, "wait-ticket-title");
    document.getElementById("office").textContent = view.office ?? "";
    document.getElementById("privacy").textContent = tr(lang, "wait-no-personal-data");
    status.replaceChildren(
      ...[
        view.updated ? h("p", { class: view.stale ? "updated stale" : "updated", "data-testid": "updated" }, view.updated) : null,
        view.unreachable ? h("p", { class: "updated stale" }, view.unreachable) : null,
      ].filter(Boolean),
    );
    const said = JSON.stringify([view.notice, view.noticeText, view.counter]);
    if (said !== noticeSaid) {
      noticeSaid = said;
      notice.replaceChildren(
        ...(view.notice === "called"
          ? [
              h("p", { class: "called-label" }, view.noticeText),
              h("p", { class: "counter", "data-testid": "counter" }, view.counter),
            ]
          : view.notice
            ? [h("p", {}, view.noticeText)]
            : []),
      );
    }
    notice.dataset.kind = view.notice ?? "";
    notice.classList.toggle("old", view.stale === true);
    body.dataset.state = view.kind;
    body.replaceChildren(...content(view).filter(Boolean));
    const canAlert = view.kind === "waiting" && !view.stale;
    alertBox.replaceChildren(
      ...[
        canAlert && !alerts.enabled
          ? h("button", { type: "button", class: "ask", onclick: askAlerts }, tr(lang, "wait-alerts-ask"))
          : null,
        alerts.status ? h("p", { class: "alert-status" }, tr(lang, alerts.status)) : null,
      ].filter(Boolean),
    );
  }

  function content(view) {
    if (!view.number) return [h("p", { class: "message", "data-testid": "message" }, view.message)];
    return [
      h(
        "div",
        { class: view.stale ? "ticket old" : "ticket" },
        h("p", { class: "label" }, tr(lang, "wait-your-number")),
        h("p", { class: "number", "data-testid": "number" }, view.number),
        h("p", { class: "service" }, view.service),
        // The number stays the resident's; what it says of the queue is old.
        view.stale ? h("p", { class: "old-tag" }, tr(lang, "wait-old")) : null,
        view.ahead ? h("p", { class: "ahead", "data-testid": "ahead" }, view.ahead) : null,
        view.estimate ? h("p", { class: "estimate" }, view.estimate) : null,
      ),
      view.message ? h("p", { class: "message", "data-testid": "message" }, view.message) : null,
    ];
  }

  applyLanguage(lang);
  draw();
  poll();
  setInterval(poll, TICKET_POLL_MS);
  // Staleness turns on with time alone, when no new file comes.
  setInterval(draw, TICK_MS);

  return {
    lang: () => lang,
    setLanguage(code) {
      lang = code;
      chosen = true;
      applyLanguage(lang);
      draw();
    },
  };
}
