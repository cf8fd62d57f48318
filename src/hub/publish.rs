//! Wait anywhere, the hub's side: the signed snapshot of the office's
//! queue, pushed outward at each change and every `interval_seconds` to
//! the `[publish]` targets (`docs/wait-anywhere.md`).
//!
//! The hub only ever connects out: a relay gets `POST BASE/publish`, a
//! directory gets its files rewritten ([`StaticDir`]). Each target has its
//! own task holding only the newest snapshot (a `watch`), so a target that
//! is down or slow costs one snapshot of memory, is tried again with the
//! next one, and never holds up the hub or the other targets.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::{broadcast, watch};

use super::AppState;
use crate::config::hub::{HubConfig, PublishConfig};
use crate::i18n::{I18n, Lang};
use crate::publish::static_dir::StaticDir;
use crate::publish::{
    Called, Names, PageFiles, PublishingKey, ServiceNow, SignedSnapshot, Snapshot, TicketNow,
    TicketState, snapshot,
};
use crate::queue::VisitState;
use crate::store::{self, hub as db};

/// How long a relay may take to take a snapshot.
pub const PUSH_TIMEOUT: Duration = Duration::from_secs(5);
/// Least time between two snapshots: a burst of changes (a morning rush
/// of tickets) makes one snapshot, not one each, and leaves the database
/// thread to the counters. Well within the 2 s budget of a call.
pub const MIN_GAP: Duration = Duration::from_millis(150);

/// Where snapshots go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A relay's public root; the snapshot is posted to `ROOT/publish`.
    Relay(String),
    /// A directory of static files.
    Directory(PathBuf),
}

impl Target {
    /// A target as `hub.toml` or `--publish` writes it: a URL or a path.
    /// Plain `http://` only to this machine (tests, a relay beside the hub).
    pub fn parse(text: &str) -> anyhow::Result<Target> {
        if let Some(rest) = text.strip_prefix("http://") {
            let host = rest.split('/').next().unwrap_or_default();
            let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
            let loopback = matches!(host, "localhost" | "[::1]")
                || host
                    .parse::<std::net::Ipv4Addr>()
                    .is_ok_and(|ip| ip.is_loopback());
            anyhow::ensure!(
                loopback,
                "publish target {text}: plain http:// only on loopback; use https://"
            );
            Ok(Target::Relay(text.trim_end_matches('/').to_owned()))
        } else if text.starts_with("https://") {
            Ok(Target::Relay(text.trim_end_matches('/').to_owned()))
        } else {
            Ok(Target::Directory(PathBuf::from(text)))
        }
    }
}

/// The office's publisher: its key, names, and where the pages are.
pub struct Publisher {
    key: PublishingKey,
    config: PublishConfig,
    office_name: Names,
    /// Service code → name in every language.
    service_names: Vec<(String, Names)>,
    time_zone: String,
    tz: chrono_tz::Tz,
    targets: Vec<Target>,
    sequence: AtomicU64,
}

impl Publisher {
    /// The publisher of `config` with `key`; `None` when publishing is off.
    pub fn new(config: &HubConfig, key: PublishingKey) -> anyhow::Result<Option<Publisher>> {
        let publish = &config.publish;
        if publish.is_off() {
            return Ok(None);
        }
        anyhow::ensure!(
            crate::publish::is_office_id(&publish.office),
            "[publish] office = {:?}: lowercase letters, digits and hyphens only",
            publish.office
        );
        let targets = publish
            .targets
            .iter()
            .map(|t| Target::parse(t))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let i18n = I18n::embedded();
        let mut office_name = publish.office_names.clone();
        office_name.insert("ja".into(), config.office_name.clone());
        let service_names = config
            .services
            .iter()
            .map(|s| {
                let names = Lang::all()
                    .map(|lang| (lang.code().to_owned(), i18n.tr(&lang, &s.name_key)))
                    .collect();
                (s.prefix.clone(), names)
            })
            .collect();
        Ok(Some(Publisher {
            key,
            config: publish.clone(),
            office_name,
            service_names,
            time_zone: config.timezone.clone(),
            tz: config.tz(),
            targets,
            sequence: AtomicU64::new(0),
        }))
    }

    /// The page of a ticket with public id `id`, when there is a public root.
    pub fn page_url(&self, id: &str, lang: &str) -> Option<String> {
        let root = self.config.public_root()?;
        Some(crate::publish::page_url(&root, id, lang))
    }

    /// When a ticket of `day` stops being published: the office's midnight.
    pub fn expires_at(&self, day: NaiveDate) -> DateTime<Utc> {
        let next = day
            .succ_opt()
            .unwrap_or(day)
            .and_time(chrono::NaiveTime::MIN);
        next.and_local_timezone(self.tz)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| next.and_utc())
    }

    fn next_sequence(&self, at: DateTime<Utc>) -> u64 {
        // Above the last one, and above any an earlier run of the hub sent
        // (they were made earlier): the milliseconds of the clock.
        let floor = at.timestamp_millis().max(0) as u64;
        let mut current = self.sequence.load(Ordering::Acquire);
        loop {
            let next = floor.max(current + 1);
            match self
                .sequence
                .compare_exchange(current, next, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return next,
                Err(seen) => current = seen,
            }
        }
    }

    fn names_of(&self, code: &str) -> Names {
        self.service_names
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| Names::from([("ja".to_owned(), code.to_owned())]))
    }
}

/// The office's snapshot now: the board's numbers and the public tickets.
pub async fn snapshot(state: &AppState, publisher: &Publisher) -> store::Result<Snapshot> {
    let board = state.current_board().await?;
    let day = board.day;
    let now = state.0.clock.now();
    let tickets = state
        .db()
        .call(move |c| db::public_tickets(c, day, now))
        .await?;
    let services = board
        .services
        .iter()
        .map(|s| ServiceNow {
            code: s.prefix.clone(),
            name: publisher.names_of(&s.prefix),
            waiting: s.waiting,
            estimated_wait_minutes: s.estimated_wait_minutes,
            called: s
                .calling
                .iter()
                .take(snapshot::CALLED_PER_SERVICE)
                .map(|c| Called {
                    number: c.number.clone(),
                    counter: c.counter.clone(),
                })
                .collect(),
        })
        .collect();
    let tickets = tickets
        .into_iter()
        .map(|t| {
            let state = match t.state {
                VisitState::Waiting => TicketState::Waiting,
                VisitState::Called | VisitState::Serving => TicketState::Called,
                VisitState::Done | VisitState::NoShow | VisitState::Transferred => {
                    TicketState::Done
                }
            };
            let called = state == TicketState::Called;
            (
                t.id,
                TicketNow {
                    number: t.number,
                    service: t.service,
                    lang: t.lang,
                    state,
                    ahead: t.ahead,
                    estimated_wait_minutes: t.estimated_wait_minutes,
                    counter: if called { t.counter } else { None },
                    expires_at: t.expires_at,
                },
            )
        })
        .collect();
    Ok(Snapshot {
        v: snapshot::VERSION,
        office: publisher.config.office.clone(),
        office_name: publisher.office_name.clone(),
        time_zone: publisher.time_zone.clone(),
        generated_at: now,
        sequence: publisher.next_sequence(now),
        stale_after_seconds: publisher.config.stale_after_seconds,
        services,
        tickets,
    })
}

/// What a target task is given: the newest snapshot, signed, and its parsed form.
type Latest = Option<Arc<(SignedSnapshot, Snapshot)>>;

/// Publishes until the hub closes: a snapshot at each event (the events
/// of the same [`MIN_GAP`] coalesced into one) and every `interval_seconds`.
pub(crate) async fn run(state: AppState, publisher: Arc<Publisher>, pages: Arc<PageFiles>) {
    let (latest, _) = watch::channel::<Latest>(None);
    let http = reqwest::Client::builder()
        .timeout(PUSH_TIMEOUT)
        .build()
        .unwrap_or_default();
    for target in &publisher.targets {
        let rx = latest.subscribe();
        match target {
            Target::Relay(root) => {
                tokio::spawn(push_to_relay(rx, http.clone(), format!("{root}/publish")));
            }
            Target::Directory(dir) => {
                tokio::spawn(write_directory(
                    rx,
                    dir.clone(),
                    publisher.config.office.clone(),
                    pages.clone(),
                ));
            }
        }
    }
    let mut events = state.0.events.subscribe();
    let mut closing = state.0.closing.subscribe();
    let every = Duration::from_secs(publisher.config.interval_seconds.max(1).into());
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last = tokio::time::Instant::now();
    loop {
        let changed = tokio::select! {
            _ = tick.tick() => false,
            event = events.recv() => match event {
                Err(broadcast::error::RecvError::Closed) => break,
                _ => true,
            },
            _ = async { let _ = closing.wait_for(|c| *c).await; } => break,
        };
        if changed {
            tokio::time::sleep_until(last + MIN_GAP).await;
            // Everything that happened meanwhile is in the one snapshot.
            while events.try_recv().is_ok() {}
        }
        last = tokio::time::Instant::now();
        match snapshot(&state, &publisher).await {
            Ok(snapshot) => {
                let signed = publisher.key.sign(&snapshot);
                latest.send_replace(Some(Arc::new((signed, snapshot))));
                tick.reset();
            }
            Err(error) => tracing::warn!(%error, "snapshot not made; next at the next change"),
        }
    }
}

async fn push_to_relay(mut rx: watch::Receiver<Latest>, http: reqwest::Client, url: String) {
    let mut failing = false;
    while rx.changed().await.is_ok() {
        let Some(latest) = rx.borrow_and_update().clone() else {
            continue;
        };
        let result = http.post(&url).json(&latest.0).send().await;
        match result {
            Ok(response) if response.status().is_success() => {
                if std::mem::take(&mut failing) {
                    tracing::info!(%url, "relay reached again");
                }
            }
            Ok(response) => {
                let status = response.status();
                let reason = response.text().await.unwrap_or_default();
                tracing::warn!(%url, %status, %reason, "relay refused the snapshot");
            }
            Err(error) => {
                if !std::mem::replace(&mut failing, true) {
                    tracing::warn!(%url, %error, "relay unreachable; trying again with the next snapshot");
                }
            }
        }
    }
}

async fn write_directory(
    mut rx: watch::Receiver<Latest>,
    root: PathBuf,
    office: String,
    pages: Arc<PageFiles>,
) {
    let mut dir: Option<StaticDir> = None;
    while rx.changed().await.is_ok() {
        let Some(latest) = rx.borrow_and_update().clone() else {
            continue;
        };
        let (at, office, pages, taken) = (root.clone(), office.clone(), pages.clone(), dir.take());
        let done = tokio::task::spawn_blocking(move || {
            let mut dir = match taken {
                Some(dir) => dir,
                None => StaticDir::open(&at, &office)?,
            };
            dir.write(&latest.1, &pages)?;
            Ok::<_, std::io::Error>(dir)
        })
        .await;
        match done {
            Ok(Ok(written)) => dir = Some(written),
            Ok(Err(error)) => {
                tracing::warn!(dir = %root.display(), %error, "static files not written; trying again with the next snapshot")
            }
            Err(error) => tracing::error!(%error, "static writer failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_relays_or_directories() {
        assert_eq!(
            Target::parse("https://wait.example.jp/").unwrap(),
            Target::Relay("https://wait.example.jp".into())
        );
        assert!(Target::parse("http://127.0.0.1:9000").is_ok());
        assert!(Target::parse("http://localhost:9000/x").is_ok());
        assert!(Target::parse("http://relay.example.jp").is_err());
        assert_eq!(
            Target::parse("/srv/wait").unwrap(),
            Target::Directory("/srv/wait".into())
        );
    }

    #[test]
    fn tickets_expire_at_the_offices_midnight() {
        let mut config = HubConfig::sample();
        config.publish.office = "honcho".into();
        config.publish.targets = vec!["/tmp/x".into()];
        let publisher = Publisher::new(&config, PublishingKey::generate())
            .unwrap()
            .unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        // Midnight in Tokyo is 15:00 UTC the day before.
        assert_eq!(
            publisher.expires_at(day).to_rfc3339(),
            "2026-12-06T15:00:00+00:00"
        );
        let at = Utc::now();
        let a = publisher.next_sequence(at);
        assert!(publisher.next_sequence(at) > a);
        assert!(publisher.page_url("x", "en").is_none());
    }
}
