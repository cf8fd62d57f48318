// What the waiting pages say, from the data files of docs/wait-anywhere.md:
// pure functions of (document, now, language), so node's tests check them
// without a browser. The DOM modules (ticket.js, ward.js) only draw them.

/** At this many people ahead or fewer the page tells the resident prominently. */
export const NEAR_AHEAD = 3;
/** The ticket file is reloaded this often when no event stream is offered. */
export const TICKET_POLL_MS = 3000;
/** The ward file is reloaded this often. */
export const WARD_POLL_MS = 10000;
/** A ticket id: 128 random bits, base64url without padding. */
export const TICKET_ID = /^[A-Za-z0-9_-]{22}$/;

/** The text of a name map (language → text) in `lang`, else Japanese. */
export function nameIn(names, lang) {
  if (!names) return "";
  return names[lang] ?? names.ja ?? Object.values(names)[0] ?? "";
}

/** Whether a snapshot made at `updatedAt` is too old to show as current at `now` (ms). */
export function isStale(updatedAt, staleAfterSeconds, now) {
  const made = Date.parse(updatedAt);
  if (Number.isNaN(made)) return true;
  return now - made > staleAfterSeconds * 1000;
}

/** HH:MM of an RFC 3339 time in the office's time zone (24-hour clock). */
export function clockTime(iso, timeZone, lang) {
  const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone };
  try {
    return new Intl.DateTimeFormat(lang, options).format(new Date(iso));
  } catch {
    // An unknown zone or locale: still the office's clock face in Japanese.
    return new Intl.DateTimeFormat("ja", { ...options, timeZone: "Asia/Tokyo" }).format(new Date(iso));
  }
}

/**
 * The page's language: the URL's `lang`, else the ticket's, else the
 * browser's (`preferred`, the resident page's matcher), among `codes`.
 */
export function pageLanguage(urlLang, ticketLang, codes, preferred) {
  const known = (tag) => codes.find((c) => tag && c.toLowerCase() === tag.toLowerCase());
  return known(urlLang) ?? known(ticketLang) ?? preferred();
}

/**
 * What the ticket page shows, from the fetch's outcome:
 * `{ status: 200, doc }`, `{ status: 404 }`, or `{ status: 0 }` (no answer yet / network).
 * Returns `{ kind, lines… }` with every text already in `lang`.
 *
 * kind: `loading` | `unknown` | `unreachable` | `waiting` | `called` | `done`.
 * notice: `near` (NEAR_AHEAD or fewer ahead) | `called` | null: what the live
 * region says (`noticeText`, and when called the counter in very large type).
 */
export function ticketView(result, now, lang, tr) {
  if (!result) return { kind: "loading", message: tr(lang, "wait-loading") };
  if (result.status === 404) return { kind: "unknown", message: tr(lang, "wait-unknown") };
  const doc = result.doc;
  if (!doc) return { kind: "unreachable", message: tr(lang, "wait-unreachable") };
  const t = doc.ticket;
  const stale = isStale(doc.updated_at, doc.stale_after_seconds, now);
  const view = {
    kind: t.state,
    office: nameIn(doc.office_name, lang),
    number: t.number,
    service: nameIn(t.service_name, lang),
    stale,
    updated: stale
      ? tr(lang, "wait-stale", { time: clockTime(doc.updated_at, doc.time_zone, lang) })
      : tr(lang, "wait-live"),
    // Only a fetch that failed after data leaves `unreachable` set beside it.
    unreachable: result.status === 0 ? tr(lang, "wait-unreachable") : null,
    notice: null,
    noticeText: "",
  };
  if (t.state === "called") {
    view.notice = "called";
    view.noticeText = tr(lang, "wait-called");
    view.counter = tr(lang, "wait-counter", { counter: t.counter ?? "" });
  } else if (t.state === "done") {
    view.message = tr(lang, "wait-done");
  } else {
    view.kind = "waiting";
    view.ahead = typeof t.ahead === "number" ? tr(lang, "wait-ahead", { count: t.ahead }) : null;
    view.estimate =
      typeof t.estimated_wait_minutes === "number"
        ? tr(lang, "wait-estimated", { minutes: t.estimated_wait_minutes })
        : null;
    if (typeof t.ahead === "number" && t.ahead <= NEAR_AHEAD) {
      view.notice = "near";
      view.noticeText = tr(lang, "wait-soon");
    }
  }
  return view;
}

/**
 * The outcome of a 404 for a ticket the page has shown (`previous`, its last
 * document, or null): before the ticket's `expires_at` the id cannot have
 * expired, so the server has lost it for a while (a relay that restarted
 * waits for the hub's next snapshot) and the last numbers stay, soon marked
 * stale; otherwise the ticket is unknown.
 */
export function notFound(previous, now) {
  const expires = Date.parse(previous?.ticket?.expires_at ?? "");
  return now < expires ? { status: 0, doc: previous } : { status: 404 };
}

/**
 * The alert a change of ticket deserves, once: `near` when the resident
 * comes within NEAR_AHEAD, `called` when called (again, at a new counter).
 * `before` and `after` are ticket objects (or null); stale data never alerts.
 */
export function alertFor(before, after, stale) {
  if (!after || stale) return null;
  if (after.state === "called") {
    const again = before?.state === "called" && before.counter === after.counter;
    return again ? null : "called";
  }
  if (after.state !== "waiting" || typeof after.ahead !== "number" || after.ahead > NEAR_AHEAD) return null;
  const wasNear = before?.state === "waiting" && typeof before.ahead === "number" && before.ahead <= NEAR_AHEAD;
  return wasNear ? null : "near";
}

/** The notification text of an alert. */
export function alertText(kind, ticket, lang, tr) {
  return kind === "called"
    ? tr(lang, "wait-notify-called", { number: ticket.number, counter: ticket.counter ?? "" })
    : tr(lang, "wait-notify-soon", { number: ticket.number, count: ticket.ahead });
}

/**
 * The ward page: offices in the ward file's order but those whose numbers
 * are stale after the current ones; within an office, services by code
 * (the letter on the paper ticket and the board).
 */
export function wardView(ward, now, lang, tr) {
  const offices = (ward?.offices ?? []).map((office, index) => {
    const stale = isStale(office.updated_at, office.stale_after_seconds, now);
    return {
      id: office.office,
      index,
      name: nameIn(office.office_name, lang),
      stale,
      updated: stale
        ? tr(lang, "wait-stale", { time: clockTime(office.updated_at, office.time_zone, lang) })
        : null,
      services: [...office.services]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((s) => ({
          code: s.code,
          name: nameIn(s.name, lang),
          waiting: tr(lang, "wait-waiting", { count: s.waiting }),
          estimate:
            typeof s.estimated_wait_minutes === "number"
              ? tr(lang, "wait-estimated", { minutes: s.estimated_wait_minutes })
              : null,
          called: (s.called ?? []).map((c) => ({
            number: c.number,
            counter: tr(lang, "wait-counter", { counter: c.counter }),
          })),
        })),
    };
  });
  offices.sort((a, b) => Number(a.stale) - Number(b.stale) || a.index - b.index);
  return offices;
}
