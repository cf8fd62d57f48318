//! `/preapp/` on the hub (and so in the demo): the same folder `site build`
//! writes, made at start from the hub's configuration and the office public
//! key in its data folder (`office.pub`, from `madoguchi keygen`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::extract::Path as UrlPath;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::{SiteInput, files, site_data};
use crate::config::hub::HubConfig;
use crate::config::kiosk::KioskConfig;
use crate::preapp::PublicKey;

/// The public key file the hub looks for in its data folder.
pub const OFFICE_PUB: &str = "office.pub";

/// The same policy as the page's meta element, also as a header: its own
/// files, and from them only its own postal files ([`super::postal`]).
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The site for a hub: its office and services, the shipped kiosk's offer
/// and languages, the shipped catalogue, and `office_key`.
pub fn hub_site(
    config: &HubConfig,
    office_key: &PublicKey,
) -> Result<BTreeMap<String, Vec<u8>>, super::page::PageMissing> {
    let kiosk = KioskConfig::shipped("");
    let catalog = config
        .catalog()
        .unwrap_or_else(|_| crate::domain::Catalog::embedded());
    let mut data = site_data(&SiteInput::from_configs(
        &catalog, &kiosk, config, office_key,
    ));
    // The hub answers `postal/NNN.json` from its index (404 while it has none).
    data.postal = true;
    files(&data)
}

/// Routes `/preapp/…` for a hub whose data folder is `data_dir`. Without an
/// office key or an embedded page, `/preapp/` says what is missing.
pub fn router(config: &HubConfig, data_dir: &Path) -> Router {
    let key_path = data_dir.join(OFFICE_PUB);
    let key = std::fs::read_to_string(&key_path)
        .ok()
        .and_then(|text| PublicKey::from_text(&text).ok());
    let site = match key {
        Some(key) => hub_site(config, &key).map_err(|missing| missing.to_string()),
        None => Err(format!(
            "no office public key at {} (run `madoguchi keygen --out {}`)",
            key_path.display(),
            data_dir.display()
        )),
    };
    if let Err(reason) = &site {
        tracing::warn!(%reason, "the resident's page is not served at /preapp/");
    }
    let site = Arc::new(site);
    let index = {
        let site = site.clone();
        move || {
            let site = site.clone();
            async move { file(&site, "index.html") }
        }
    };
    Router::new()
        .route("/preapp", get(|| async { Redirect::permanent("/preapp/") }))
        .route("/preapp/", get(index))
        .route(
            "/preapp/{*path}",
            get(move |UrlPath(path): UrlPath<String>| {
                let site = site.clone();
                async move { file(&site, &path) }
            }),
        )
}

/// The `Content-Type` of a page file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

fn file(site: &Result<BTreeMap<String, Vec<u8>>, String>, path: &str) -> Response {
    match site {
        Err(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("The pre-application page is not available: {reason}\n"),
        )
            .into_response(),
        Ok(files) => match files.get(path) {
            Some(bytes) => (
                [
                    (header::CONTENT_TYPE, content_type(path)),
                    (header::CONTENT_SECURITY_POLICY, POLICY),
                    (header::CACHE_CONTROL, "no-cache"),
                    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                ],
                bytes.clone(),
            )
                .into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        },
    }
}

/// A new office key pair for a throwaway office (the demo): `office.pub` is
/// written in `hub_dir`, so its hub serves `/preapp/` sealed to it; the
/// caller gives the secret key to its kiosk.
pub fn throwaway_office_key(hub_dir: &Path) -> std::io::Result<crate::preapp::SecretKey> {
    let key = crate::preapp::SecretKey::generate();
    std::fs::create_dir_all(hub_dir)?;
    std::fs::write(hub_dir.join(OFFICE_PUB), key.public().to_text() + "\n")?;
    Ok(key)
}
