//! The speech queue: utterances are synthesized on one thread and played
//! one after another on a second, so calls never overlap, the next part is
//! ready when the one before ends, and the caller (a UI thread) never waits.
//!
//! An utterance is a list of [`Part`]s: the board's chime, then the call in
//! Japanese, then in the resident's language. Where the sound goes is an
//! [`Output`]: the default audio device ([`DeviceOutput`], cargo feature
//! `sound`, the same rodio output as the chime's) or, in tests and the
//! benchmark, a [`Recorder`] that keeps what was played and when. A part
//! that cannot be synthesized (engine or voice missing) is logged and
//! skipped: the board still shows and chimes.

use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use super::{Engines, Wav};
use crate::i18n::Lang;

/// One piece of an utterance.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// The board's pin-pon ([`crate::sound::chime`]).
    Chime,
    /// `text` spoken in `lang`.
    Say { lang: Lang, text: String },
}

/// What is said at once, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Utterance {
    pub parts: Vec<Part>,
}

impl Utterance {
    pub fn say(lang: Lang, text: impl Into<String>) -> Utterance {
        Utterance {
            parts: vec![Part::Say {
                lang,
                text: text.into(),
            }],
        }
    }
}

/// Where played sound goes. `play` returns when the sound has ended.
pub trait Output: Send + 'static {
    fn play(&mut self, part: &Part, wav: &Wav);
}

/// A handle to the speech thread. Cloning shares it; [`Speaker::off`] says
/// nothing (`--mute`, tests of other things).
#[derive(Debug, Clone, Default)]
pub struct Speaker {
    queue: Option<mpsc::Sender<Utterance>>,
}

impl Speaker {
    pub fn off() -> Speaker {
        Speaker::default()
    }

    /// Starts the threads that synthesize with `engines` and play on
    /// `output` at `volume` (0 silent … 1 as synthesized). Synthesis runs
    /// ahead of playback: the next part is made while the chime (or the
    /// part before) plays; one player plays the parts in order.
    pub fn start(engines: Engines, output: Box<dyn Output>, volume: f32) -> Speaker {
        let (queue, utterances) = mpsc::channel();
        let (sounds, to_play) = mpsc::channel();
        let volume = volume.clamp(0.0, 1.0);
        let synthesizer = std::thread::Builder::new()
            .name("madoguchi-speech".into())
            .spawn(move || synthesize_all(&engines, volume, &utterances, &sounds));
        let player = std::thread::Builder::new()
            .name("madoguchi-speech-player".into())
            .spawn(move || play_all(output, &to_play));
        match (synthesizer, player) {
            (Ok(_), Ok(_)) => Speaker { queue: Some(queue) },
            (Err(error), _) | (_, Err(error)) => {
                tracing::warn!(%error, "cannot start the speech threads; nothing is said");
                Speaker::off()
            }
        }
    }

    /// The default audio device, or none when there is no `sound` feature.
    pub fn on_device(engines: Engines, volume: f32) -> Speaker {
        #[cfg(feature = "sound")]
        {
            Speaker::start(engines, Box::new(DeviceOutput), volume)
        }
        #[cfg(not(feature = "sound"))]
        {
            let _ = (engines, volume);
            tracing::info!("built without the `sound` feature; nothing is said");
            Speaker::off()
        }
    }

    pub fn is_on(&self) -> bool {
        self.queue.is_some()
    }

    /// Queues `utterance` behind those not yet played and returns at once.
    pub fn say(&self, utterance: Utterance) {
        if let Some(queue) = &self.queue {
            let _ = queue.send(utterance);
        }
    }
}

fn synthesize_all(
    engines: &Engines,
    volume: f32,
    utterances: &mpsc::Receiver<Utterance>,
    sounds: &mpsc::Sender<(Part, Wav)>,
) {
    let chime = Wav {
        samples: crate::sound::chime(crate::sound::SAMPLE_RATE),
        rate: crate::sound::SAMPLE_RATE,
    };
    while let Ok(utterance) = utterances.recv() {
        for part in utterance.parts {
            let mut wav = match &part {
                Part::Chime => chime.clone(),
                Part::Say { lang, text } => match engines.synthesize(*lang, text) {
                    Ok(wav) => wav,
                    Err(error) => {
                        tracing::warn!(%error, lang = lang.code(), "not said");
                        continue;
                    }
                },
            };
            wav.samples.iter_mut().for_each(|s| *s *= volume);
            if sounds.send((part, wav)).is_err() {
                return;
            }
        }
    }
}

fn play_all(mut output: Box<dyn Output>, sounds: &mpsc::Receiver<(Part, Wav)>) {
    while let Ok((part, wav)) = sounds.recv() {
        output.play(&part, &wav);
    }
}

/// The default audio output, opened for each part and closed after it (as
/// the chime does: an idle board holds no device).
#[cfg(feature = "sound")]
pub struct DeviceOutput;

#[cfg(feature = "sound")]
impl Output for DeviceOutput {
    fn play(&mut self, _part: &Part, wav: &Wav) {
        use std::num::NonZero;
        let sink = match crate::sound::open_output() {
            Ok(sink) => sink,
            Err(reason) => {
                tracing::warn!(%reason, "no audio output; not said");
                return;
            }
        };
        let player = rodio::Player::connect_new(sink.mixer());
        let rate = NonZero::new(wav.rate).unwrap_or(NonZero::<u32>::MIN);
        player.append(rodio::buffer::SamplesBuffer::new(
            NonZero::<u16>::MIN,
            rate,
            wav.samples.clone(),
        ));
        player.sleep_until_end();
        std::thread::sleep(crate::sound::TAIL);
    }
}

/// One played part, as a [`Recorder`] saw it.
#[derive(Debug, Clone)]
pub struct Played {
    pub part: Part,
    pub wav: Wav,
    pub started: Instant,
    pub ended: Instant,
}

/// An [`Output`] that keeps what it was given, taking `pace` × the sound's
/// length to "play" it (0: no time), so order and overlap can be checked.
#[derive(Debug, Clone)]
pub struct Recorder {
    played: Arc<Mutex<Vec<Played>>>,
    pace: f64,
}

impl Recorder {
    pub fn new(pace: f64) -> Recorder {
        Recorder {
            played: Arc::default(),
            pace,
        }
    }

    /// What has been played so far.
    pub fn played(&self) -> Vec<Played> {
        self.played.lock().map(|p| p.clone()).unwrap_or_default()
    }

    /// Waits until `count` parts have been played, or `timeout`.
    pub fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Played> {
        let until = Instant::now() + timeout;
        loop {
            let played = self.played();
            if played.len() >= count || Instant::now() >= until {
                return played;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Output for Recorder {
    fn play(&mut self, part: &Part, wav: &Wav) {
        let started = Instant::now();
        std::thread::sleep(wav.duration().mul_f64(self.pace));
        let played = Played {
            part: part.clone(),
            wav: wav.clone(),
            started,
            ended: Instant::now(),
        };
        if let Ok(mut list) = self.played.lock() {
            list.push(played);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_off_speaker_says_nothing_and_saying_is_harmless() {
        let off = Speaker::off();
        assert!(!off.is_on());
        off.say(Utterance::say(Lang::ja(), "テスト"));
    }

    #[test]
    fn chimes_play_in_order_without_overlap_and_at_the_volume() {
        let recorder = Recorder::new(0.05);
        let speaker = Speaker::start(Engines::installed(), Box::new(recorder.clone()), 0.5);
        for _ in 0..2 {
            speaker.say(Utterance {
                parts: vec![Part::Chime],
            });
        }
        let played = recorder.wait_for(2, Duration::from_secs(10));
        assert_eq!(played.len(), 2);
        assert!(played[0].ended <= played[1].started);
        let peak = played[0]
            .wav
            .samples
            .iter()
            .fold(0f32, |m, s| m.max(s.abs()));
        assert!(
            (peak - crate::sound::PEAK * 0.5).abs() < 1e-3,
            "peak {peak}"
        );
    }

    #[test]
    fn a_part_that_cannot_be_said_is_skipped() {
        let recorder = Recorder::new(0.0);
        let engines = Engines {
            espeak: "/nonexistent/espeak-ng".into(),
            ..Engines::installed()
        };
        let speaker = Speaker::start(engines, Box::new(recorder.clone()), 1.0);
        let en = Lang::parse("en").expect("en");
        speaker.say(Utterance {
            parts: vec![
                Part::Say {
                    lang: en,
                    text: "Hello".into(),
                },
                Part::Chime,
            ],
        });
        let played = recorder.wait_for(1, Duration::from_secs(10));
        assert_eq!(played.len(), 1);
        assert_eq!(played[0].part, Part::Chime);
    }
}
