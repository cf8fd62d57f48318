//! The resident's pre-application page as a static folder: `madoguchi site
//! build` writes it, the hub and the demo serve it at `/preapp/`.
//!
//! The page (HTML, CSS, JavaScript in `assets/web/`) is bundled by
//! `assets/web/build.mjs` when cargo builds this crate (see `build.rs`) and
//! embedded in the binary ([`page`]). What the page knows of this office is
//! exported from Rust into one file, `data.js`, loaded by a script tag before
//! the page's own module, so the page makes no request after it has loaded:
//!
//! ```text
//! DIR/index.html  the page; its Content-Security-Policy allows only its own files and no connection
//! DIR/app.js      the page's code (one ES module)
//! DIR/app.css     its styles
//! DIR/data.js     globalThis.MADOGUCHI_SITE = { …SiteData… };
//! DIR/postal/NNN.json  the towns of the codes starting with NNN, when built with postal data
//! ```
//!
//! The one exception to "no request after load": once the resident has typed
//! a whole postal code, the page fetches that code's `postal/NNN.json` from
//! its own origin ([`postal`]; the policy's `connect-src 'self'`).
//!
//! # `data.js` (schema version 1)
//!
//! One JSON object ([`SiteData`]), assigned to `globalThis.MADOGUCHI_SITE`:
//!
//! | key | type | what |
//! | --- | --- | --- |
//! | `schema` | 1 | this layout; a page refuses other numbers |
//! | `office` | object | `name` (text shown as it is), `public_key` (`office.pub` line), `public_key_raw` (hex of the 32 X25519 bytes the encoder seals to), `key_id` (hex, 7 bytes) |
//! | `preapp` | object | `format_version` (1), `validity_days` (14, as `preapp encode`), `max_qr_version` (parts are split above it), `tables` ([`crate::preapp::cbor::CodeTables`]: `languages`, `procedures`, `fields`, `member_fields`, `values`, `prefectures`, index = code) |
//! | `languages` | array | the offered languages in button order: `code` (`ja`, `ja-x-easy`, …), `native_name`, `fluent_locale` (plural rules) |
//! | `default_language` | string | the kiosk's default; the page prefers the phone's language when offered |
//! | `messages` | object | language code → the text of its `.ftl` files the page uses ([`MESSAGE_FILES`]), concatenated, for `@fluent/bundle` |
//! | `services` | array | queues of the office: `prefix` (`A`), `name` (fluent key), `titles` (language → the name), `counters` (desk names) |
//! | `catalog` | object | [`CatalogExport`], below |
//! | `postal` | bool | whether `postal/NNN.json` files are beside the page ([`postal`]) |
//!
//! `catalog`:
//!
//! - `offer`: `bundles` and `procedures`, the ids the kiosk's `[offer]` lists, in menu order.
//! - `procedures`: every procedure the offer reaches, in catalogue order ([`ProcedureExport`]):
//!   `id`, `service` (queue prefix), `name` and `documents` (fluent keys: what to bring),
//!   `fee` (`yen`, `copies`: answer key whose count multiplies it, `choice`: `{field, yen: {option: yen}}`),
//!   `fields`, `rules`. As in the loaded Rust model, fees and rules name answer keys
//!   (`juminhyo-utsushi.copies`), not the file's short field ids.
//! - a field ([`FieldExport`]): `id` (the form's own id), `key` (the answer key the
//!   payload carries: `applicant.name`, `juminhyo-utsushi.copies`), `shared` (answered
//!   once for a bundle), `label`, `help` (fluent keys), `required`, `kind` and the kind's
//!   settings: `text` {`script`: kanji|kana|latin|name|digits|any, `max_len`},
//!   `reading` {`kana`: katakana|hiragana|either, `max_len`}, `date` {`not_future`},
//!   `postal`, `address` (answer keys `KEY.prefecture|city|town|building`), `phone`,
//!   `choice` {`options`: [{`value`, `label`}]}, `count` {`min`, `max`},
//!   `yes-no` (values `yes`/`no`), `household` {`min`, `max`, `relationships`}
//!   (members with the parts of `member_parts`).
//! - a rule ([`Rule`], serialized as the domain defines it), `rule` and its settings, fields named by answer key:
//!   `notify-window` {`field`, `before_days`, `after_days`} (a warning),
//!   `date-order` {`earlier`, `later`, `message`?} (an error),
//!   `required-if` {`field`, `when`, `equals`}, `warn-if` {`field`, `equals`, `message`},
//!   `household-has` {`relationship`, `min`, `max_age`?}.
//! - `bundles`: life events ([`BundleExport`]): `id`, `service`, `name`, `procedures`
//!   (ids, in form order), `optional` (ids the resident may leave out), `transcribe`
//!   ([{`from`, `to`}] answer keys: copy when `to` is unanswered), `preset`
//!   ({answer key: value} the life event decides).
//! - `address_parts`, `member_parts`, `relationships`, `sexes`, `prefectures`: the
//!   domain's fixed lists; labels are `fields-address-PART`, `fields-member-PART`,
//!   `fields-relationship-VALUE`, `fields-sex-VALUE`.

pub mod cli;
pub mod page;
pub mod postal;
pub mod serve;
pub mod wait_page;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::config::hub::{HubConfig, ServiceConfig};
use crate::config::kiosk::KioskConfig;
use crate::domain::answers::{ADDRESS_PARTS, MEMBER_PARTS};
use crate::domain::validate::{PREFECTURES, RELATIONSHIPS, SEXES};
use crate::domain::{Catalog, Field, FieldKind, Procedure, Rule};
use crate::i18n::{self, I18n, Lang};
use crate::preapp::cbor::{self, CodeTables};
use crate::preapp::{PublicKey, limits};

/// Layout version of `data.js`.
pub const SCHEMA_VERSION: u32 = 1;
/// The locale files the page reads (`locales/<lang>/<name>.ftl`), when present.
pub const MESSAGE_FILES: &[&str] = &[
    "core.ftl",
    "fields.ftl",
    "procedures.ftl",
    "validation.ftl",
    "make.ftl",
    "preapp.ftl",
    "web.ftl",
];
/// Days a payload made on the page stays valid (the default of `preapp encode`).
pub const VALIDITY_DAYS: u32 = 14;

/// Everything the page knows of the office: the contents of `data.js`.
#[derive(Debug, Clone, Serialize)]
pub struct SiteData {
    pub schema: u32,
    pub office: OfficeExport,
    pub preapp: PreappExport,
    pub languages: Vec<LanguageExport>,
    pub default_language: String,
    pub messages: BTreeMap<String, String>,
    pub services: Vec<ServiceExport>,
    pub catalog: CatalogExport,
    /// Whether the page can fetch `postal/NNN.json` (set by whoever writes or serves them).
    pub postal: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct OfficeExport {
    pub name: String,
    pub public_key: String,
    pub public_key_raw: String,
    pub key_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PreappExport {
    pub format_version: u8,
    pub validity_days: u32,
    pub max_qr_version: u8,
    pub tables: CodeTables,
}

#[derive(Debug, Clone, Serialize)]
pub struct LanguageExport {
    pub code: String,
    pub native_name: String,
    pub fluent_locale: String,
}

impl LanguageExport {
    /// A shipped language as a page names it, or `None` for an unknown one.
    pub fn of(lang: &Lang) -> Option<LanguageExport> {
        let info = i18n::LANGUAGES.iter().find(|i| i.code == lang.code())?;
        Some(LanguageExport {
            code: info.code.to_owned(),
            native_name: info.native_name.to_owned(),
            fluent_locale: info.fluent_locale.to_owned(),
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceExport {
    pub prefix: String,
    /// Fluent key of the name (`hub-service-certificates`).
    pub name: String,
    /// The name in each offered language (the hub's messages are not shipped to the page).
    pub titles: BTreeMap<String, String>,
    pub counters: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogExport {
    pub offer: OfferExport,
    pub procedures: Vec<ProcedureExport>,
    pub bundles: Vec<BundleExport>,
    pub address_parts: Vec<String>,
    pub member_parts: Vec<String>,
    pub relationships: Vec<String>,
    pub sexes: Vec<String>,
    pub prefectures: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OfferExport {
    pub bundles: Vec<String>,
    pub procedures: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProcedureExport {
    pub id: String,
    pub service: String,
    pub name: String,
    pub documents: Vec<String>,
    pub fee: FeeExport,
    pub fields: Vec<FieldExport>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeeExport {
    pub yen: u32,
    pub copies: Option<String>,
    pub choice: Option<FeeChoiceExport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeeChoiceExport {
    pub field: String,
    pub yen: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldExport {
    pub id: String,
    pub key: String,
    pub shared: bool,
    pub label: String,
    pub help: Option<String>,
    pub required: bool,
    #[serde(flatten)]
    pub kind: KindExport,
}

#[derive(Debug, Clone, Serialize)]
pub struct OptionExport {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KindExport {
    Text {
        script: String,
        max_len: usize,
    },
    Reading {
        kana: String,
        max_len: usize,
    },
    Date {
        not_future: bool,
    },
    Postal,
    Address,
    Phone,
    Choice {
        options: Vec<OptionExport>,
    },
    Count {
        min: u32,
        max: u32,
    },
    YesNo,
    Household {
        min: u32,
        max: u32,
        relationships: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct TranscribeExport {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BundleExport {
    pub id: String,
    pub service: String,
    pub name: String,
    pub procedures: Vec<String>,
    pub optional: Vec<String>,
    pub transcribe: Vec<TranscribeExport>,
    pub preset: BTreeMap<String, String>,
}

/// What a site is made from.
#[derive(Debug, Clone)]
pub struct SiteInput<'a> {
    /// The catalogue as the kiosk loads it (shipped, or with its folder laid over).
    pub catalog: &'a Catalog,
    /// The kiosk's `[offer]`: bundle ids and procedure ids, in menu order.
    pub offer_bundles: &'a [String],
    pub offer_procedures: &'a [String],
    pub languages: &'a [Lang],
    pub default_language: Lang,
    pub office_name: &'a str,
    pub services: &'a [ServiceConfig],
    pub office_key: &'a PublicKey,
}

impl<'a> SiteInput<'a> {
    /// What a kiosk configuration offers, with a hub's office and services.
    pub fn from_configs(
        catalog: &'a Catalog,
        kiosk: &'a KioskConfig,
        hub: &'a HubConfig,
        office_key: &'a PublicKey,
    ) -> Self {
        SiteInput {
            catalog,
            offer_bundles: &kiosk.offer.bundles,
            offer_procedures: &kiosk.offer.procedures,
            languages: &kiosk.languages.offered,
            default_language: kiosk.languages.default,
            office_name: &hub.office_name,
            services: &hub.services,
            office_key,
        }
    }
}

fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    items.into_iter().map(str::to_owned).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The value of a serde enum (`Script::Kanji` → `kanji`), as the catalogue spells it.
fn spelled(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

fn field_export(field: &Field) -> FieldExport {
    let kind = match &field.kind {
        FieldKind::Text { script, max_len } => KindExport::Text {
            script: spelled(script),
            max_len: *max_len,
        },
        FieldKind::Reading { kana, max_len } => KindExport::Reading {
            kana: spelled(kana),
            max_len: *max_len,
        },
        FieldKind::Date { not_future } => KindExport::Date {
            not_future: *not_future,
        },
        FieldKind::Postal => KindExport::Postal,
        FieldKind::Address => KindExport::Address,
        FieldKind::Phone => KindExport::Phone,
        FieldKind::Choice { options } => KindExport::Choice {
            options: options
                .iter()
                .map(|o| OptionExport {
                    value: o.value.clone(),
                    label: o.label.clone(),
                })
                .collect(),
        },
        FieldKind::Count { min, max } => KindExport::Count {
            min: *min,
            max: *max,
        },
        FieldKind::YesNo => KindExport::YesNo,
        FieldKind::Household {
            min,
            max,
            relationships,
        } => KindExport::Household {
            min: *min,
            max: *max,
            relationships: relationships.clone(),
        },
    };
    FieldExport {
        id: field.id.clone(),
        key: field.key.clone(),
        shared: field.shared,
        label: field.label.clone(),
        help: field.help.clone(),
        required: field.required,
        kind,
    }
}

fn procedure_export(p: &Procedure) -> ProcedureExport {
    ProcedureExport {
        id: p.id.clone(),
        service: p.service.clone(),
        name: p.name.clone(),
        documents: p.documents.clone(),
        fee: FeeExport {
            yen: p.fee.yen,
            copies: p.fee.copies.clone(),
            choice: p.fee.choice.as_ref().map(|c| FeeChoiceExport {
                field: c.field.clone(),
                yen: c.yen.clone(),
            }),
        },
        fields: p.fields.iter().map(field_export).collect(),
        rules: p.rules.clone(),
    }
}

/// The catalogue as the page sees it: what the offer reaches.
pub fn catalog_export(
    catalog: &Catalog,
    bundles: &[String],
    procedures: &[String],
) -> CatalogExport {
    let offered = catalog.restricted(procedures, bundles);
    let known = |ids: &[String], has: &dyn Fn(&str) -> bool| -> Vec<String> {
        ids.iter().filter(|id| has(id)).cloned().collect()
    };
    CatalogExport {
        offer: OfferExport {
            bundles: known(bundles, &|id| offered.bundle(id).is_some()),
            procedures: known(procedures, &|id| offered.procedure(id).is_some()),
        },
        procedures: offered
            .procedures()
            .iter()
            .map(|p| procedure_export(p))
            .collect(),
        bundles: offered
            .bundles()
            .iter()
            .map(|b| BundleExport {
                id: b.id.clone(),
                service: b.service.clone(),
                name: b.name.clone(),
                procedures: b.procedures.iter().map(|p| p.id.clone()).collect(),
                optional: b.optional.clone(),
                transcribe: b
                    .transcribe
                    .iter()
                    .map(|(from, to)| TranscribeExport {
                        from: from.clone(),
                        to: to.clone(),
                    })
                    .collect(),
                preset: b.preset.iter().cloned().collect(),
            })
            .collect(),
        address_parts: strings(ADDRESS_PARTS),
        member_parts: strings(MEMBER_PARTS),
        relationships: strings(RELATIONSHIPS),
        sexes: strings(SEXES),
        prefectures: strings(PREFECTURES),
    }
}

/// The `.ftl` text of one language the page reads ([`MESSAGE_FILES`]).
pub fn messages(lang: &Lang) -> String {
    messages_of(lang, MESSAGE_FILES)
}

/// The shipped `.ftl` text of `files` in one language, concatenated for `@fluent/bundle`.
pub fn messages_of(lang: &Lang, files: &[&str]) -> String {
    files
        .iter()
        .filter_map(|file| i18n::embedded_source(lang, file))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The contents of `data.js`.
pub fn site_data(input: &SiteInput) -> SiteData {
    let i18n = I18n::embedded();
    let languages: Vec<LanguageExport> = input
        .languages
        .iter()
        .filter_map(LanguageExport::of)
        .collect();
    SiteData {
        schema: SCHEMA_VERSION,
        office: OfficeExport {
            name: input.office_name.to_owned(),
            public_key: input.office_key.to_text(),
            public_key_raw: hex(&input.office_key.to_bytes()),
            key_id: hex(&input.office_key.key_id()),
        },
        preapp: PreappExport {
            format_version: crate::preapp::codec::VERSION,
            validity_days: VALIDITY_DAYS,
            max_qr_version: limits::DEFAULT_MAX_QR_VERSION,
            tables: cbor::code_tables(),
        },
        messages: input
            .languages
            .iter()
            .map(|lang| (lang.code().to_owned(), messages(lang)))
            .collect(),
        languages,
        default_language: input.default_language.code().to_owned(),
        services: input
            .services
            .iter()
            .map(|s| ServiceExport {
                prefix: s.prefix.clone(),
                name: s.name_key.clone(),
                titles: input
                    .languages
                    .iter()
                    .map(|lang| (lang.code().to_owned(), i18n.tr(lang, &s.name_key)))
                    .collect(),
                counters: s.counters.clone(),
            })
            .collect(),
        catalog: catalog_export(input.catalog, input.offer_bundles, input.offer_procedures),
        postal: false,
    }
}

/// `data.js`: the data as one script, so the page reads it with no request of its own.
pub fn data_js(data: &SiteData) -> String {
    global_script("MADOGUCHI_SITE", data)
}

/// A script that sets `globalThis.NAME` to `value` as JSON.
pub fn global_script(name: &str, value: &impl Serialize) -> String {
    // serde_json escapes nothing that would end a script element; `</` is
    // written `<\/` so no value can close it.
    let json = serde_json::to_string(value)
        .expect("page data is plain JSON")
        .replace("</", "<\\/");
    format!("globalThis.{name} = {json};\n")
}

/// The site's files: the embedded page and `data.js`, by path.
pub fn files(data: &SiteData) -> Result<BTreeMap<String, Vec<u8>>, page::PageMissing> {
    let mut files = page::files()?;
    files.insert("data.js".into(), data_js(data).into_bytes());
    Ok(files)
}

/// Writes the site into `dir` (created if missing; files of the same name replaced).
pub fn write(dir: &Path, files: &BTreeMap<String, Vec<u8>>) -> std::io::Result<()> {
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}
