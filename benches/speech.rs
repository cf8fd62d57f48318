//! Speech measures (`cargo bench --bench speech`; needs the engines and the
//! voice that `scripts/setup.sh` installs).
//!
//! Printed:
//! 1. call latency: from the board's `called` event (update and perform, as
//!    the iced runtime runs them) to the first sample of the call in
//!    Japanese, less the chime before it: the budget is 500 ms after the
//!    chime ends. Played on a [`Recorder`] at real speed, so the chime
//!    takes its 800 ms as on a speaker; `SPEECH_BENCH_CALLS` calls
//!    (default 10), p50/p99/max.
//! 2. real-time factor per language: synthesis time over the length of the
//!    sound, for the board's call and the scan screen's instruction
//!    (median of `SPEECH_BENCH_RUNS`, default 5; below 1 is faster than
//!    speech).
//! 3. resident memory (`VmRSS`) of a board process before and after its
//!    speech queue has started and said a call (the engines run as
//!    processes of their own and are not counted).

use std::time::{Duration, Instant};

use chrono::Utc;
use madoguchi::hub::api::HubEvent;
use madoguchi::hub::resident_memory_bytes;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::speech::queue::{Part, Recorder, Speaker};
use madoguchi::speech::{Engines, spoken};
use madoguchi::sync::board::BoardClient;
use madoguchi::sync::clerk::Feed;
use madoguchi::ui::board::{self, Board, BoardOptions};

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn mib(bytes: Option<u64>) -> String {
    bytes.map_or("?".into(), |b| format!("{:.1} MiB", b as f64 / 1_048_576.0))
}

fn main() {
    let engines = Engines::installed();
    if let Some(missing) = Lang::all().find_map(|lang| engines.unavailable(lang)) {
        eprintln!("speech bench: {missing} (run `bash scripts/setup.sh`)");
        std::process::exit(1);
    }
    let i18n = I18n::embedded();
    let before = resident_memory_bytes();
    let latencies = call_latency(&engines);
    let after = resident_memory_bytes();

    println!("## Call latency (event to the call's first sample, after the chime)");
    println!("| calls | p50 | p99 | max | budget |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| {} | {:.0} ms | {:.0} ms | {:.0} ms | 500 ms |",
        latencies.len(),
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
    );

    println!("\n## Synthesis real-time factor (synthesis time / sound length)");
    println!("| language | engine voice | call RTF | screen RTF | call length |");
    println!("| --- | --- | --- | --- | --- |");
    let runs = env_count("SPEECH_BENCH_RUNS", 5).max(1);
    for lang in Lang::all() {
        let call = spoken::call_text(&i18n, lang, "A-004", "2", false);
        let screen = format!(
            "{}。 {}",
            i18n.tr(&lang, "kiosk-scan-heading"),
            i18n.tr(&lang, "kiosk-scan-guidance")
        );
        let (call_rtf, length) = rtf(&engines, lang, &call, runs);
        let (screen_rtf, _) = rtf(&engines, lang, &screen, runs);
        println!(
            "| {} | {:?} | {call_rtf:.3} | {screen_rtf:.3} | {:.2} s |",
            lang.code(),
            madoguchi::speech::Voice::for_lang(lang),
            length.as_secs_f64()
        );
    }

    println!("\n## Board memory (VmRSS)");
    println!(
        "| board, before speech | with speech loaded, after {} calls |",
        latencies.len()
    );
    println!("| --- | --- |");
    println!("| {} | {} |", mib(before), mib(after));
}

/// Median real-time factor of `runs` syntheses, and the sound's length.
fn rtf(engines: &Engines, lang: Lang, text: &str, runs: usize) -> (f64, Duration) {
    let mut factors = Vec::new();
    let mut length = Duration::ZERO;
    for _ in 0..runs {
        let started = Instant::now();
        let wav = match engines.synthesize(lang, text) {
            Ok(wav) => wav,
            Err(error) => {
                eprintln!("{}: {error}", lang.code());
                return (f64::NAN, Duration::ZERO);
            }
        };
        length = wav.duration();
        factors.push(started.elapsed().as_secs_f64() / length.as_secs_f64().max(1e-6));
    }
    factors.sort_by(f64::total_cmp);
    (factors[factors.len() / 2], length)
}

/// One board, its speech queue on a real-time [`Recorder`]; each call is
/// fed as the event stream feeds it, and measured once said.
fn call_latency(engines: &Engines) -> Vec<Duration> {
    let recorder = Recorder::new(1.0);
    let mut options = BoardOptions::new(BoardClient::new("http://127.0.0.1:9", "unused"));
    options.speaker = Speaker::start(engines.clone(), Box::new(recorder.clone()), 1.0);
    let mut board = Board::new(options, Utc::now());
    let calls = env_count("SPEECH_BENCH_CALLS", 10).max(1);
    let mut latencies = Vec::new();
    for i in 0..calls {
        let already = recorder.played().len();
        let event = HubEvent::Called {
            number: format!("A-{:03}", i + 1),
            service: "A".into(),
            counter: Some("2".into()),
            recall: false,
            lang: None,
        };
        let at = Instant::now();
        for effect in board.update(board::Message::Feed(Feed::Event(event))) {
            // The fetch's future is dropped: no hub here, only the voice is measured.
            drop(board.perform(effect));
        }
        let played = recorder.wait_for(already + 2, Duration::from_secs(60));
        let (Some(chime), Some(call)) = (played.get(already), played.get(already + 1)) else {
            eprintln!("call {i}: not said");
            continue;
        };
        assert!(matches!(chime.part, Part::Chime) && matches!(call.part, Part::Say { .. }));
        let chime_length = chime.ended.saturating_duration_since(chime.started);
        latencies.push(
            call.started
                .saturating_duration_since(at)
                .saturating_sub(chime_length),
        );
    }
    latencies.sort();
    latencies
}
