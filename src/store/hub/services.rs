//! Services (queues) and the counters that serve them, as configured.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::config::hub::HubConfig;
use crate::i18n::Message;
use crate::store::{Result, StoreError};

/// Makes the services and counters tables match the configuration; removed
/// services stay (old visits refer to them) but are marked inactive.
pub fn sync_services(conn: &Connection, config: &HubConfig) -> Result<()> {
    conn.execute("UPDATE services SET active = 0", [])?;
    conn.execute("DELETE FROM counters", [])?;
    for (position, service) in config.services.iter().enumerate() {
        conn.execute(
            "INSERT INTO services (prefix, name_key, default_minutes, position, active) VALUES (?1, ?2, ?3, ?4, 1)
             ON CONFLICT (prefix) DO UPDATE SET name_key = ?2, default_minutes = ?3, position = ?4, active = 1",
            params![service.prefix, service.name_key, service.default_service_minutes, position as i64],
        )?;
        for counter in &service.counters {
            conn.execute(
                "INSERT OR IGNORE INTO counters (id, service) VALUES (?1, ?2)",
                params![counter, service.prefix],
            )?;
        }
    }
    Ok(())
}

/// A service as the other modules need it.
#[derive(Debug, Clone)]
pub(super) struct ServiceRow {
    pub prefix: String,
    pub name_key: String,
    pub default_minutes: u32,
}

fn service_from_row(r: &Row) -> rusqlite::Result<ServiceRow> {
    Ok(ServiceRow {
        prefix: r.get(0)?,
        name_key: r.get(1)?,
        default_minutes: r.get(2)?,
    })
}

/// The configured services, in the configuration's order.
pub(super) fn active_services(conn: &Connection) -> Result<Vec<ServiceRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT prefix, name_key, default_minutes FROM services WHERE active = 1 ORDER BY position",
    )?;
    let rows = stmt.query_map([], service_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A configured service; refused as unknown when it is not (or no longer) configured.
pub(super) fn service_row(conn: &Connection, prefix: &str) -> Result<ServiceRow> {
    conn.prepare_cached(
        "SELECT prefix, name_key, default_minutes FROM services WHERE prefix = ?1 AND active = 1",
    )?
    .query_row([prefix], service_from_row)
    .optional()?
    .ok_or_else(|| {
        StoreError::Invalid(Message::new("hub-error-unknown-service").arg("service", prefix))
    })
}

/// Services a counter serves according to the configuration.
pub fn counter_services(conn: &Connection, counter: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.service FROM counters c JOIN services s ON s.prefix = c.service
         WHERE c.id = ?1 AND s.active = 1 ORDER BY s.position",
    )?;
    let rows = stmt.query_map([counter], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
