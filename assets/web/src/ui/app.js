// The page's screens and how the resident moves between them:
//
//   situation → (which move / which certificate / which forms) → what it takes
//   → one question per screen → review → QR
//
// Nothing is stored: the answers live in this object until the tab closes,
// unless the resident asks to keep a draft (localStorage, one key, removed
// when the QR is made or the draft deleted).

import { Interview } from "../form/interview.js";
import { todayInTokyo } from "../form/date.js";
import { encodePreapp } from "../payload/index.js";
import { askScreen } from "./ask.js";
import { h } from "./dom.js";
import { findScreen, narrowScreen, offerScreen, summaryScreen } from "./find.js";
import { qrCanvas, qrScreen } from "./qr.js";
import { reviewScreen } from "./review.js";

const DRAFT_KEY = "madoguchi-preapp-draft";
/** A QR prepared on the review is used for this long; then it is made anew. */
const PREPARED_FOR_MS = 10 * 60 * 1000;

export class App {
  /**
   * @param root the element the screens are drawn into
   * @param site `{ catalog, i18n, services, officeKey, tables, validityDays, maxQrVersion }`
   * @param lang the language to start in
   */
  constructor(root, site, lang) {
    this.root = root;
    this.site = site;
    this.lang = lang;
    this.screen = { name: "find" };
    this.interview = null;
    this.history = [];
    this.returnToReview = false;
  }

  /** The translator of the current language: `t(key, args)`, `t.has(key)`, `t.render(message)`. */
  get t() {
    const { i18n } = this.site;
    const t = (key, args) => i18n.tr(this.lang, key, args);
    t.has = (key) => i18n.has(this.lang, key);
    t.render = (message) => i18n.render(this.lang, message);
    return t;
  }

  get today() {
    return todayInTokyo();
  }

  setLanguage(lang) {
    this.lang = lang;
    this.render();
  }

  /** Shows a screen; `remember` puts the current one on the back stack. */
  go(screen, remember = true) {
    if (remember) this.history.push(this.screen);
    this.screen = screen;
    this.render();
  }

  back() {
    this.screen = this.history.pop() ?? { name: "find" };
    this.render();
  }

  startOver() {
    this.interview = null;
    this.history = [];
    this.go({ name: "find" }, false);
  }

  chooseSituation(situation) {
    if (situation.offers.length === 1) this.chooseOffer(situation.offers[0]);
    else this.go({ name: "offer", situation });
  }

  chooseOffer(offer) {
    this.interview = Interview.create(this.site.catalog, offer);
    if (this.interview.optional().length > 0) this.go({ name: "narrow" });
    else this.go({ name: "summary" });
  }

  /** After an answer: the next question, or the review when all are answered. */
  answered() {
    if (this.returnToReview || this.interview.finished()) {
      this.returnToReview = false;
      this.interview.dropIncompleteMembers();
      this.go({ name: "review" }, false);
    } else {
      this.render();
    }
  }

  askBack() {
    if (this.returnToReview) {
      this.returnToReview = false;
      this.interview.dropIncompleteMembers();
      this.go({ name: "review" }, false);
    } else if (!this.interview.back()) {
      this.back();
    } else {
      this.interview.dropIncompleteMembers();
      this.render();
    }
  }

  /**
   * Encodes the answers and draws their QR codes, once per set of answers:
   * started while the resident reads the review, so the QR is on screen as
   * soon as they ask for it.
   */
  prepareQr() {
    const form = this.interview.form(this.lang);
    const key = JSON.stringify(form);
    const fresh = this.prepared && performance.now() - this.prepared.at < PREPARED_FOR_MS;
    if (fresh && this.prepared.key === key) return this.prepared.result;
    const result = encodePreapp(form, {
      tables: this.site.tables,
      officeKey: this.site.officeKey,
      validityDays: this.site.validityDays,
      maxQrVersion: this.site.maxQrVersion,
    }).then(({ texts, expires }) => ({ texts, expires, canvases: texts.map((text) => qrCanvas(text)) }));
    result.catch(() => {}); // reported when the resident asks for the QR
    this.prepared = { key, at: performance.now(), result };
    return result;
  }

  async makeQr(status) {
    try {
      const { texts, expires, canvases } = await this.prepareQr();
      this.forgetDraft();
      this.go({ name: "qr", texts, expires, canvases });
    } catch (error) {
      status.textContent = this.t(error.tooLarge ? "preapp-error-too-large" : "preapp-error-invalid-form", { path: error.path ?? "" });
    }
  }

  keepDraft(status) {
    const draft = {
      offer: this.interview.offer,
      included: [...this.interview.included],
      answers: this.interview.answers,
      lang: this.lang,
    };
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
      status.textContent = this.t("web-draft-kept");
    } catch {
      status.textContent = this.t("web-draft-not-kept");
    }
  }

  /** The kept draft, if the resident kept one (reading stores nothing). */
  draft() {
    try {
      return JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null");
    } catch {
      return null;
    }
  }

  forgetDraft() {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Storage switched off: nothing was kept.
    }
  }

  resumeDraft(draft) {
    const interview = Interview.create(this.site.catalog, draft.offer);
    if (!interview) return;
    draft.included.forEach((id) => interview.include(id, true));
    interview.answers = draft.answers;
    this.interview = interview;
    if (this.site.i18n.languages.some((l) => l.code === draft.lang)) this.lang = draft.lang;
    this.go({ name: "review" });
  }

  draftBanner() {
    const draft = this.draft();
    if (!draft) return null;
    const t = this.t;
    return h(
      "div",
      { class: "box", "data-testid": "draft" },
      h("p", {}, t("web-draft-found")),
      h(
        "div",
        { class: "nav" },
        h("button", { type: "button", class: "secondary", "data-testid": "draft-delete", onclick: () => (this.forgetDraft(), this.render()) }, t("web-draft-delete")),
        h("button", { type: "button", class: "primary", "data-testid": "draft-resume", onclick: () => this.resumeDraft(draft) }, t("web-draft-resume")),
      ),
    );
  }

  content() {
    const t = this.t;
    const common = { t, lang: this.lang, today: this.today, catalog: this.site.catalog, postal: this.site.postal };
    const interview = this.interview;
    switch (this.screen.name) {
      case "offer":
        return offerScreen({ ...common, situation: this.screen.situation, onOffer: (o) => this.chooseOffer(o), onBack: () => this.back() });
      case "narrow":
        return narrowScreen({ ...common, interview, onDone: () => this.go({ name: "summary" }), onBack: () => this.back() });
      case "summary":
        return summaryScreen({
          ...common,
          interview,
          services: this.site.services,
          onStart: () => {
            interview.goTo(0);
            this.go({ name: "ask" });
          },
          onBack: () => this.back(),
        });
      case "ask":
        if (interview.finished()) return reviewScreen(this.reviewContext(common));
        return askScreen({
          ...common,
          interview,
          onAnswered: () => this.answered(),
          onBack: () => this.askBack(),
          onAddMember: () => {
            interview.addMember();
            this.render();
          },
          onEditMember: (i) => {
            interview.editMember(i);
            this.render();
          },
          onRemoveMember: (i) => {
            interview.removeMember(i);
            this.render();
          },
        });
      case "review":
        return reviewScreen(this.reviewContext(common));
      case "qr":
        return qrScreen({
          ...common,
          texts: this.screen.texts,
          canvases: this.screen.canvases,
          expires: this.screen.expires,
          onBack: () => this.go({ name: "review" }, false),
          onStartOver: () => this.startOver(),
        });
      default:
        return findScreen({ ...common, onSituation: (s) => this.chooseSituation(s), draft: this.draftBanner() });
    }
  }

  reviewContext(common) {
    return {
      ...common,
      interview: this.interview,
      onChange: (index) => {
        this.interview.goTo(index);
        this.returnToReview = this.interview.steps()[index]?.target.type !== "household";
        this.go({ name: "ask" }, false);
      },
      onBack: () => {
        this.interview.goTo(Math.max(0, this.interview.steps().length - 1));
        this.go({ name: "ask" }, false);
      },
      onMakeQr: () => this.makeQr(this.root.querySelector("[data-testid=qr-status]")),
      onKeepDraft: () => this.keepDraft(this.root.querySelector("[data-testid=draft-status]")),
    };
  }

  /** Draws the current screen and moves focus to its heading (screen readers hear the new screen). */
  render() {
    const t = this.t;
    document.documentElement.lang = this.lang;
    document.title = t("web-title");
    const header = document.getElementById("language-label");
    if (header) header.textContent = t("web-language");
    const select = document.getElementById("language");
    if (select) select.value = this.lang;
    this.root.replaceChildren(...[this.content()].flat(Infinity).filter(Boolean));
    this.root.dataset.screen = this.screen.name === "ask" && this.interview.finished() ? "review" : this.screen.name;
    // A question's first input takes the focus (its label is the question,
    // and the keyboard stays up); other screens focus their heading.
    const first = this.root.querySelector("form.ask input, form.ask select, form.ask .options button");
    (first ?? this.root.querySelector("h1"))?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    // Once the review is painted (next frame), the QR is prepared behind it.
    if (this.root.dataset.screen === "review" && !this.root.querySelector("[data-testid=errors-list]")) {
      requestAnimationFrame(() => setTimeout(() => this.prepareQr(), 0));
    }
  }
}
