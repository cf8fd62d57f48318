//! A day's numbers for the office (no personal data).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Visits of one service on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceCount {
    pub service: String,
    pub name_key: String,
    pub visits: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageCount {
    pub lang: String,
    pub count: u32,
}

/// `GET /api/v1/stats/daily`: a day's numbers (no personal data).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DailyStats {
    pub day: NaiveDate,
    /// Residents (a transferred visit counts once, in the queue it ended in).
    pub total_visits: u32,
    pub visits: Vec<ServiceCount>,
    /// Visits called at least once: the samples of the waits.
    pub called: u32,
    /// Minutes from ticket to first call, one decimal.
    pub wait_average_minutes: Option<f64>,
    /// 90th percentile (nearest rank) of the same.
    pub wait_p90_minutes: Option<f64>,
    /// Visits whose number came with an application from a QR pre-application.
    pub qr_visits: u32,
    /// `qr_visits / total_visits` (0 to 1); none without visits.
    pub qr_share: Option<f64>,
    /// Languages of the day's applications, most used first.
    pub languages: Vec<LanguageCount>,
}
