// The waiting pages' pure part (wait/view.js): what the page says for a
// ticket or ward file at a given time, read through the real locale files
// (locales/<lang>/wait.ftl, as wait-messages.js carries them).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { I18n } from "../src/ui/i18n.js";
import {
  NEAR_AHEAD,
  alertFor,
  alertText,
  clockTime,
  isStale,
  nameIn,
  notFound,
  pageLanguage,
  ticketView,
  wardView,
} from "../wait/view.js";

const locales = new URL("../../../locales/", import.meta.url);
const languages = [
  { code: "ja", native_name: "日本語", fluent_locale: "ja" },
  { code: "en", native_name: "English", fluent_locale: "en" },
];
const i18n = new I18n(
  languages,
  Object.fromEntries(languages.map((l) => [l.code, readFileSync(new URL(`${l.code}/wait.ftl`, locales), "utf8")])),
);
const tr = (lang, key, args) => i18n.tr(lang, key, args);

const UPDATED = "2026-12-06T05:12:03Z";
const FRESH = Date.parse(UPDATED) + 10_000;
const LATE = Date.parse(UPDATED) + 31_000;

/** A ticket file as docs/wait-anywhere.md shows it, with `ticket` fields replaced. */
function ticketFile(ticket = {}) {
  return {
    v: 1,
    office: "honcho",
    office_name: { ja: "本庁舎", en: "Main Office" },
    time_zone: "Asia/Tokyo",
    updated_at: UPDATED,
    stale_after_seconds: 30,
    ticket: {
      number: "A-012",
      service: "A",
      service_name: { ja: "証明書", en: "Certificates" },
      lang: "en",
      state: "waiting",
      ahead: 5,
      estimated_wait_minutes: 15,
      counter: null,
      expires_at: "2026-12-06T15:00:00Z",
      ...ticket,
    },
  };
}
const ok = (ticket) => ({ status: 200, doc: ticketFile(ticket) });

test("staleness: current up to stale_after_seconds, old after", () => {
  const made = Date.parse(UPDATED);
  assert.equal(isStale(UPDATED, 30, made + 30_000), false);
  assert.equal(isStale(UPDATED, 30, made + 30_001), true);
  assert.equal(isStale("not a time", 30, made), true);
});

test("updated at HH:MM is the office's clock", () => {
  assert.equal(clockTime(UPDATED, "Asia/Tokyo", "ja"), "14:12");
  assert.equal(clockTime(UPDATED, "Asia/Tokyo", "en"), "14:12");
  assert.equal(clockTime(UPDATED, "UTC", "en"), "05:12");
});

test("a waiting ticket: number, service, people ahead and the estimate, in the page's language", () => {
  const ja = ticketView(ok(), FRESH, "ja", tr);
  assert.equal(ja.kind, "waiting");
  assert.equal(ja.number, "A-012");
  assert.equal(ja.service, "証明書");
  assert.equal(ja.office, "本庁舎");
  assert.equal(ja.ahead, "あなたの前に 5 人");
  assert.equal(ja.estimate, "待ち時間の目安: 約 15 分");
  assert.equal(ja.stale, false);
  assert.equal(ja.updated, "自動で更新しています");
  assert.equal(ja.notice, null);
  assert.equal(ja.noticeText, "");
  const en = ticketView(ok({ ahead: 1 }), FRESH, "en", tr);
  assert.equal(en.ahead, "1 person ahead of you");
  assert.equal(en.service, "Certificates");
  assert.equal(ticketView(ok({ ahead: 0 }), FRESH, "en", tr).ahead, "Nobody is ahead of you");
});

test("3 ahead or fewer is the prominent notice; 4 is not", () => {
  assert.equal(NEAR_AHEAD, 3);
  for (const ahead of [0, 1, 2, 3]) {
    const view = ticketView(ok({ ahead }), FRESH, "ja", tr);
    assert.equal(view.notice, "near", `${ahead}`);
    assert.equal(view.noticeText, "まもなく呼ばれます。窓口の近くにお戻りください。");
  }
  assert.equal(ticketView(ok({ ahead: 4 }), FRESH, "ja", tr).notice, null);
});

test("called: the counter in large type and the notice", () => {
  const view = ticketView(ok({ state: "called", ahead: 0, counter: "2" }), FRESH, "en", tr);
  assert.equal(view.kind, "called");
  assert.equal(view.counter, "Counter 2");
  assert.equal(view.notice, "called");
  assert.equal(view.noticeText, "You are being called");
  assert.equal(ticketView(ok({ state: "called", counter: "2" }), FRESH, "ja", tr).counter, "2 番窓口");
});

test("done, unknown (404), loading and unreachable each say so", () => {
  const done = ticketView(ok({ state: "done", ahead: null }), FRESH, "ja", tr);
  assert.equal(done.kind, "done");
  assert.equal(done.message, "この番号の受付は終わりました。ご来庁ありがとうございました。");
  assert.equal(done.notice, null);
  const unknown = ticketView({ status: 404 }, FRESH, "en", tr);
  assert.equal(unknown.kind, "unknown");
  assert.equal(unknown.message, "This number cannot be found. It has expired or the address is wrong.");
  assert.equal(ticketView(null, FRESH, "ja", tr).kind, "loading");
  assert.equal(ticketView({ status: 0 }, FRESH, "ja", tr).kind, "unreachable");
  // A failed reload after data keeps the data and says it could not reload.
  const kept = ticketView({ status: 0, doc: ticketFile() }, FRESH, "en", tr);
  assert.equal(kept.number, "A-012");
  assert.equal(kept.unreachable, "The information cannot be loaded. Trying again automatically.");
});

test("a 404 before the ticket expires keeps the last numbers (a relay restarting); after, the ticket is unknown", () => {
  const doc = ticketFile();
  const expires = Date.parse(doc.ticket.expires_at);
  assert.deepEqual(notFound(doc, expires - 1), { status: 0, doc });
  assert.deepEqual(notFound(doc, expires), { status: 404 });
  assert.deepEqual(notFound(null, FRESH), { status: 404 });
  const view = ticketView(notFound(doc, LATE), LATE, "en", tr);
  assert.equal(view.number, "A-012");
  assert.equal(view.stale, true);
});

test("stale data says updated at HH:MM and marks the numbers old", () => {
  const view = ticketView(ok({ ahead: 2 }), LATE, "ja", tr);
  assert.equal(view.stale, true);
  assert.equal(view.updated, "14:12 時点の情報です。更新が止まっているため、今の状況と違うかもしれません。");
  const en = ticketView(ok(), LATE, "en", tr);
  assert.match(en.updated, /^Updated at 14:12\. /);
});

test("alerts: once on coming within 3, once per call, never from stale data", () => {
  const t = (fields) => ticketFile(fields).ticket;
  assert.equal(alertFor(null, t({ ahead: 5 }), false), null);
  assert.equal(alertFor(t({ ahead: 4 }), t({ ahead: 3 }), false), "near");
  assert.equal(alertFor(null, t({ ahead: 2 }), false), "near");
  assert.equal(alertFor(t({ ahead: 3 }), t({ ahead: 2 }), false), null);
  assert.equal(alertFor(t({ ahead: 1 }), t({ state: "called", counter: "2" }), false), "called");
  assert.equal(alertFor(t({ state: "called", counter: "2" }), t({ state: "called", counter: "2" }), false), null);
  assert.equal(alertFor(t({ state: "called", counter: "2" }), t({ state: "called", counter: "3" }), false), "called");
  assert.equal(alertFor(t({ ahead: 4 }), t({ ahead: 3 }), true), null);
  assert.equal(alertFor(t({ ahead: 1 }), t({ state: "done" }), false), null);
  assert.equal(alertText("called", t({ state: "called", counter: "2" }), "en", tr), "A-012: please go to counter 2");
  assert.equal(alertText("near", t({ ahead: 3 }), "ja", tr), "A-012: まもなく呼ばれます（あなたの前に 3 人）");
});

test("language: the URL's, else the ticket's, else the browser's", () => {
  const codes = ["ja", "en", "pt-BR"];
  const browser = () => "ja";
  assert.equal(pageLanguage("pt-br", "en", codes, browser), "pt-BR");
  assert.equal(pageLanguage("xx", "en", codes, browser), "en");
  assert.equal(pageLanguage(null, null, codes, browser), "ja");
  assert.equal(nameIn({ ja: "本庁舎" }, "en"), "本庁舎");
});

test("the ward: current offices first in the file's order, services by code", () => {
  const office = (id, name, updated, services) => ({
    ...ticketFile(),
    office: id,
    office_name: name,
    updated_at: updated,
    services,
    ticket: undefined,
  });
  const service = (code, waiting, called = []) => ({
    code,
    name: { ja: `窓口${code}`, en: `Service ${code}` },
    waiting,
    estimated_wait_minutes: waiting * 3,
    called,
  });
  const ward = {
    v: 1,
    updated_at: UPDATED,
    offices: [
      office("honcho", { ja: "本庁舎", en: "Main Office" }, "2026-12-06T05:10:00Z", [service("B", 2), service("A", 4)]),
      office("kita", { ja: "北区民事務所" }, UPDATED, [service("A", 1, [{ number: "A-003", counter: "2" }])]),
    ],
  };
  const [first, second] = wardView(ward, FRESH, "en", tr);
  assert.equal(first.id, "kita");
  assert.equal(first.name, "北区民事務所");
  assert.equal(first.stale, false);
  assert.deepEqual(first.services[0].called, [{ number: "A-003", counter: "Counter 2" }]);
  assert.equal(first.services[0].waiting, "1 person waiting");
  assert.equal(second.id, "honcho");
  assert.equal(second.stale, true);
  assert.equal(second.updated.startsWith("Updated at 14:10."), true);
  assert.deepEqual(
    second.services.map((s) => [s.code, s.name, s.waiting, s.estimate]),
    [
      ["A", "Service A", "4 people waiting", "Estimated wait: about 12 min"],
      ["B", "Service B", "2 people waiting", "Estimated wait: about 6 min"],
    ],
  );
  assert.deepEqual(wardView({ v: 1, offices: [] }, FRESH, "ja", tr), []);
});
