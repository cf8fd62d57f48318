//! The phone status page (`GET /status`) and Prometheus metrics (`GET /metrics`).
//!
//! The page is plain HTML with no script: it must open on any phone, on a
//! slow connection, and be readable by screen readers. It refreshes itself
//! with `<meta http-equiv="refresh">`. The language comes from `?lang=`,
//! then `Accept-Language`, then Japanese; a list of links switches it. It
//! shows only numbers and counts, never personal data.
//!
//! Both pages are public, so they are kept cheap: the board behind them is
//! read at most once a second (`AppState::status_snapshot`), each
//! language's page is made once from it, and only a few are answered at once ([`super::PUBLIC_PAGES_AT_ONCE`]); a phone flood
//! waits its turn while kiosks and clerks keep theirs. The page forbids
//! scripts, framing and type sniffing ([`SECURITY_HEADERS`]).

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::atomic::Ordering;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use super::AppState;
use super::api::Board;
use super::error::ApiError;
use crate::i18n::{Arg, Lang};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn page_lang(query: &HashMap<String, String>, headers: &HeaderMap) -> Lang {
    query
        .get("lang")
        .and_then(|l| Lang::parse(l))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_else(Lang::ja)
}

/// What the status page's answer forbids: scripts, any other source,
/// being framed (clickjacking), and guessing another content type.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    (
        "content-security-policy",
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
];

pub async fn page(
    State(s): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let Ok(_turn) = s.0.public_pages.acquire().await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let lang = page_lang(&query, &headers);
    let snapshot = match s.status_snapshot().await {
        Ok(snapshot) => snapshot,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let made = {
        let pages = snapshot.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages.get(lang.code()).cloned()
    };
    let html = made.unwrap_or_else(|| {
        let html = axum::body::Bytes::from(render(&s, &snapshot.board, &lang));
        let mut pages = snapshot.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages.insert(lang.code(), html.clone());
        html
    });
    let mut response = Html(html).into_response();
    let answer = response.headers_mut();
    answer.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    for (name, value) in SECURITY_HEADERS {
        answer.insert(name, header::HeaderValue::from_static(value));
    }
    response
}

/// The page in `lang` for `board`.
fn render(s: &AppState, board: &Board, lang: &Lang) -> String {
    let i18n = &s.0.i18n;
    let tr = |key: &str, args: &[(&str, Arg)]| escape(&i18n.tr_args(lang, key, args));
    let time = board.at.with_timezone(&s.0.tz).format("%H:%M").to_string();
    let mut html = String::with_capacity(4096);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"refresh\" content=\"{refresh}\">\
         <title>{title}</title>\
         <style>body{{font-family:sans-serif;margin:1rem;line-height:1.5}}\
         section{{border:1px solid #999;border-radius:.5rem;padding:.5rem 1rem;margin:.75rem 0}}\
         .num{{font-size:1.6rem;font-weight:bold;margin-right:.75rem}}\
         nav a{{margin-right:.6rem}}</style></head><body>\
         <h1>{heading}</h1><p>{office}</p><p>{updated}</p>",
        lang = escape(lang.code()),
        refresh = s.0.config.status_refresh_seconds,
        title = tr("status-title", &[("office", board.office.as_str().into())]),
        heading = tr("status-heading", &[]),
        office = escape(&board.office),
        updated = tr("status-updated", &[("time", time.into())]),
    );
    for service in &board.services {
        let _ = write!(
            html,
            "<section><h2>{prefix} {name}</h2><h3>{calling}</h3><p>",
            prefix = escape(&service.prefix),
            name = escape(&i18n.tr(lang, &service.name_key)),
            calling = tr("status-now-calling", &[]),
        );
        if service.calling.is_empty() {
            html.push_str(&tr("status-none-calling", &[]));
        }
        for call in &service.calling {
            let _ = write!(html, "<span class=\"num\">{}</span>", escape(&call.number));
            if let Some(counter) = &call.counter {
                let _ = write!(
                    html,
                    "{} ",
                    tr("status-counter", &[("counter", counter.as_str().into())])
                );
            }
        }
        let _ = write!(
            html,
            "</p><p>{waiting}</p><p>{wait}</p></section>",
            waiting = tr("status-waiting", &[("count", service.waiting.into())]),
            // As on the board: nobody waiting is no wait, not "about 0 minutes".
            wait = if service.waiting == 0 {
                tr("board-no-wait", &[])
            } else {
                tr(
                    "status-estimated-wait",
                    &[("minutes", service.estimated_wait_minutes.into())],
                )
            },
        );
    }
    let _ = write!(
        html,
        "<nav aria-label=\"{}\">{}: ",
        tr("status-language", &[]),
        tr("status-language", &[])
    );
    for other in i18n.languages() {
        let _ = write!(
            html,
            "<a href=\"?lang={code}\" hreflang=\"{code}\" lang=\"{code}\">{name}</a>",
            code = escape(other.code()),
            name = escape(other.native_name())
        );
    }
    let _ = write!(
        html,
        "</nav><p><small>{}</small></p></body></html>",
        tr("status-no-personal-data", &[])
    );
    html
}

/// Prometheus text exposition format, version 0.0.4.
pub async fn metrics(State(s): State<AppState>) -> Response {
    let Ok(_turn) = s.0.public_pages.acquire().await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let m = &s.0.metrics;
    let mut out = String::with_capacity(2048);
    let counters = [
        (
            "madoguchi_tickets_issued_total",
            "Tickets issued by the hub (kiosk and walk-in).",
            &m.tickets_issued,
        ),
        (
            "madoguchi_tickets_offline_total",
            "Tickets issued offline from leases and registered.",
            &m.tickets_offline,
        ),
        (
            "madoguchi_records_stored_total",
            "Records stored.",
            &m.records_stored,
        ),
        (
            "madoguchi_records_duplicate_total",
            "Record pushes that were already stored.",
            &m.records_duplicate,
        ),
        (
            "madoguchi_records_refused_total",
            "Records refused.",
            &m.records_refused,
        ),
        (
            "madoguchi_records_purged_total",
            "Records deleted by retention.",
            &m.records_purged,
        ),
        ("madoguchi_calls_total", "Call-next requests.", &m.calls),
        (
            "madoguchi_http_client_errors_total",
            "Answers with a 4xx status.",
            &m.client_errors,
        ),
        (
            "madoguchi_pin_verifications_total",
            "Argon2 PIN verifications run (refused attempts run none).",
            &m.pin_verifications,
        ),
    ];
    for (name, help, value) in counters {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
            value.load(Ordering::Relaxed)
        );
    }
    match s.status_snapshot().await {
        Ok(snapshot) => {
            let board = &snapshot.board;
            let _ = writeln!(
                out,
                "# HELP madoguchi_waiting Residents waiting per service.\n# TYPE madoguchi_waiting gauge"
            );
            for service in &board.services {
                let _ = writeln!(
                    out,
                    "madoguchi_waiting{{service=\"{}\"}} {}",
                    service.prefix, service.waiting
                );
            }
            let _ = writeln!(
                out,
                "# HELP madoguchi_estimated_wait_minutes Estimated wait per service.\n# TYPE madoguchi_estimated_wait_minutes gauge"
            );
            for service in &board.services {
                let _ = writeln!(
                    out,
                    "madoguchi_estimated_wait_minutes{{service=\"{}\"}} {}",
                    service.prefix, service.estimated_wait_minutes
                );
            }
        }
        Err(_) => {
            let _ = writeln!(out, "# the store did not answer");
        }
    }
    if let Some(rss) = resident_memory_bytes() {
        let _ = writeln!(
            out,
            "# HELP process_resident_memory_bytes Resident memory size.\n# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes {rss}"
        );
    }
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response()
}

/// Resident set size of this process (Linux), for `/metrics` and the bench.
pub fn resident_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn language_from_query_then_header() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, "en-US,en;q=0.9".parse().unwrap());
        let mut q = HashMap::new();
        assert_eq!(page_lang(&q, &headers).code(), "en");
        q.insert("lang".into(), "ja".into());
        assert_eq!(page_lang(&q, &headers).code(), "ja");
        assert_eq!(page_lang(&HashMap::new(), &HeaderMap::new()).code(), "ja");
    }
}
