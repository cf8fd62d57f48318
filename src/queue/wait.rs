//! Estimated wait per service.
//!
//! The estimate is `people ahead × minutes per resident ÷ open counters`,
//! rounded up. Minutes per resident is the median of the service's most
//! recent service times of the day (called → done), which resists the odd
//! 90-minute family move; until the day has [`MIN_SAMPLES`] of them, the
//! configured default is mixed in so the first residents of the morning get
//! a plausible number. A counter is open when it called someone for the
//! service within [`OPEN_COUNTER_WINDOW_MINUTES`]; with none, one is assumed
//! (the office is open, someone will call).

/// Service times looked at.
pub const RECENT_SAMPLES: usize = 20;
/// Samples needed before the configured default is ignored.
pub const MIN_SAMPLES: usize = 5;
/// A counter that called within this many minutes counts as open.
pub const OPEN_COUNTER_WINDOW_MINUTES: i64 = 30;

/// Minutes per resident from recent service times (newest first) and a default.
pub fn minutes_per_resident(recent_minutes: &[f64], default_minutes: f64) -> f64 {
    let mut samples: Vec<f64> = recent_minutes
        .iter()
        .copied()
        .filter(|m| m.is_finite() && *m >= 0.0)
        .take(RECENT_SAMPLES)
        .collect();
    if samples.is_empty() {
        return default_minutes;
    }
    samples.sort_by(f64::total_cmp);
    let mid = samples.len() / 2;
    let median = if samples.len().is_multiple_of(2) {
        (samples[mid - 1] + samples[mid]) / 2.0
    } else {
        samples[mid]
    };
    if samples.len() >= MIN_SAMPLES {
        median
    } else {
        // Weighted towards the default while evidence is thin.
        let weight = samples.len() as f64 / MIN_SAMPLES as f64;
        median * weight + default_minutes * (1.0 - weight)
    }
}

/// Estimated minutes until someone with `ahead` people before them is called.
pub fn estimate_minutes(ahead: usize, per_resident: f64, open_counters: usize) -> u32 {
    let counters = open_counters.max(1) as f64;
    let minutes = (ahead as f64 * per_resident / counters).ceil();
    if minutes.is_finite() && minutes > 0.0 {
        minutes.min(u32::MAX as f64) as u32
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_until_evidence_then_median() {
        assert_eq!(minutes_per_resident(&[], 8.0), 8.0);
        // Two samples of 4 minutes: 40% evidence, 60% default.
        assert!((minutes_per_resident(&[4.0, 4.0], 8.0) - 6.4).abs() < 1e-9);
        // Outlier does not move the median.
        assert_eq!(
            minutes_per_resident(&[5.0, 5.0, 90.0, 5.0, 6.0, 4.0], 8.0),
            5.0
        );
    }

    #[test]
    fn more_counters_shorter_wait() {
        assert_eq!(estimate_minutes(0, 6.0, 1), 0);
        assert_eq!(estimate_minutes(5, 6.0, 1), 30);
        assert_eq!(estimate_minutes(5, 6.0, 2), 15);
        assert_eq!(estimate_minutes(5, 6.0, 0), 30);
        assert_eq!(estimate_minutes(1, 6.0, 4), 2);
    }
}
