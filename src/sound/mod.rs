//! The waiting-room chime: synthesized in code, played on a thread of its own.
//!
//! [`chime`] makes the soft two-tone "pin-pon" (ピンポーン) that Japanese
//! offices play before a number is called: A5 then F5, a major third down,
//! each with a short raised-cosine attack and an exponential decay, a little
//! second harmonic for a bell-like colour, and a fade to silence at the end.
//! No asset ships, so nothing can go missing or be swapped at an office.
//!
//! [`Chime`] is a handle to a player thread fed by a channel: [`Chime::ring`]
//! never blocks the caller (the board's UI thread). The thread checks the
//! default audio output at start-up (rodio over cpal/ALSA, cargo feature
//! `sound`) and opens it only while a chime plays. When there is no output
//! (a PC without a sound device, CI, Xvfb) or the crate was built without the
//! feature, it logs once and the board stays silent: a missing speaker must
//! never stop the numbers showing.
//! Rings that pile up while a chime plays are merged into one, so a burst of
//! calls does not queue a long run of chimes.

use std::f32::consts::PI;
use std::sync::mpsc;
use std::time::Duration;

/// Sample rate of the synthesized chime (the mixer resamples to the device's).
pub const SAMPLE_RATE: u32 = 44_100;
/// Length of the whole chime.
pub const LENGTH: Duration = Duration::from_millis(800);
/// Highest absolute sample value: a soft chime, well below full scale.
pub const PEAK: f32 = 0.5;
/// The output stays open this much past a sound, so the device's buffer
/// drains before the stream is closed (the chime's and speech's).
pub const TAIL: Duration = Duration::from_millis(200);

/// The default audio output (speech uses the chime's way of opening it).
#[cfg(feature = "sound")]
pub(crate) use player::open as open_output;

/// The first ("pin") and second ("pon") tone: frequency in Hz, start and
/// decay time constant in seconds.
const PIN: Tone = Tone {
    freq: 880.0,
    start: 0.0,
    decay: 0.16,
};
const PON: Tone = Tone {
    freq: 698.46,
    start: 0.30,
    decay: 0.22,
};
/// Rise time of each tone: long enough that the onset does not click.
const ATTACK: f32 = 0.012;
/// The end fades to exact silence over this long.
const FADE_OUT: f32 = 0.08;
/// Weight of the second harmonic.
const OVERTONE: f32 = 0.2;

struct Tone {
    freq: f32,
    start: f32,
    decay: f32,
}

impl Tone {
    fn at(&self, t: f32) -> f32 {
        let dt = t - self.start;
        if dt < 0.0 {
            return 0.0;
        }
        let rise = if dt < ATTACK {
            0.5 - 0.5 * (PI * dt / ATTACK).cos()
        } else {
            1.0
        };
        let envelope = rise * (-dt / self.decay).exp();
        let phase = 2.0 * PI * self.freq * dt;
        envelope * (phase.sin() + OVERTONE * (2.0 * phase).sin())
    }
}

/// The pin-pon as mono samples at `sample_rate`, [`LENGTH`] long, peaking
/// at [`PEAK`], starting and ending at silence.
pub fn chime(sample_rate: u32) -> Vec<f32> {
    let rate = sample_rate.max(1) as f32;
    let n = (LENGTH.as_secs_f32() * rate).round() as usize;
    let fade_from = n.saturating_sub((FADE_OUT * rate) as usize);
    let mut samples: Vec<f32> = (0..n)
        .map(|i| {
            let t = i as f32 / rate;
            let fade = if i >= fade_from && n > fade_from + 1 {
                let x = (i - fade_from) as f32 / (n - 1 - fade_from) as f32;
                0.5 + 0.5 * (PI * x).cos()
            } else {
                1.0
            };
            fade * (PIN.at(t) + PON.at(t))
        })
        .collect();
    let loudest = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    if loudest > 0.0 {
        let gain = PEAK / loudest;
        samples.iter_mut().for_each(|s| *s *= gain);
    }
    samples
}

/// A handle to the chime player (see the module docs). Cloning shares the
/// player; [`Chime::off`] is a silent one (tests, `--mute`).
#[derive(Debug, Clone, Default)]
pub struct Chime {
    ring: Option<mpsc::Sender<()>>,
}

impl Chime {
    /// A chime that never sounds.
    pub fn off() -> Chime {
        Chime::default()
    }

    /// Starts the player thread on the default audio output. Without an
    /// output, or without the `sound` feature, logs once and stays silent.
    pub fn start() -> Chime {
        #[cfg(feature = "sound")]
        {
            let (ring, rings) = mpsc::channel();
            match std::thread::Builder::new()
                .name("madoguchi-chime".into())
                .spawn(move || player::run(rings))
            {
                Ok(_) => Chime { ring: Some(ring) },
                Err(e) => {
                    tracing::warn!(error = %e, "cannot start the chime thread; the board stays silent");
                    Chime::off()
                }
            }
        }
        #[cfg(not(feature = "sound"))]
        {
            tracing::info!("built without the `sound` feature; the board stays silent");
            Chime::off()
        }
    }

    /// Whether this handle may sound at all (false when off or muted).
    pub fn is_on(&self) -> bool {
        self.ring.is_some()
    }

    /// Asks for one chime and returns at once. If the player has stopped
    /// (no audio output), the request is dropped.
    pub fn ring(&self) {
        if let Some(ring) = &self.ring {
            let _ = ring.send(());
        }
    }
}

#[cfg(feature = "sound")]
mod player {
    use std::num::NonZero;
    use std::sync::mpsc::Receiver;

    use rodio::buffer::SamplesBuffer;
    use rodio::{DeviceSinkBuilder, MixerDeviceSink};

    use super::{LENGTH, SAMPLE_RATE, TAIL, chime};

    /// Opens the default output, a library panic included as "no output".
    pub(crate) fn open() -> Result<MixerDeviceSink, String> {
        match std::panic::catch_unwind(DeviceSinkBuilder::open_default_sink) {
            Ok(Ok(mut sink)) => {
                sink.log_on_drop(false);
                Ok(sink)
            }
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("the audio library panicked".into()),
        }
    }

    /// Plays a chime per ring until every [`super::Chime`] is dropped.
    ///
    /// The output is opened once at start to find out whether there is one
    /// (no output: said once, the thread ends, later rings are dropped), then
    /// opened for each chime and closed after it: an idle board holds no
    /// audio device and spends no CPU on streaming silence, and a speaker
    /// plugged back in is found at the next call.
    pub(super) fn run(rings: Receiver<()>) {
        match open() {
            Ok(probe) => drop(probe),
            Err(reason) => {
                tracing::warn!(%reason, "no audio output; the board stays silent");
                return;
            }
        }
        tracing::info!("chime ready on the default audio output");
        let samples = chime(SAMPLE_RATE);
        let (mono, rate) = (
            NonZero::<u16>::MIN,
            NonZero::new(SAMPLE_RATE).unwrap_or(NonZero::<u32>::MIN),
        );
        let mut failing = false;
        while rings.recv().is_ok() {
            // Rings that came while the last chime played become this one.
            let mut merged = 0u32;
            while rings.try_recv().is_ok() {
                merged += 1;
            }
            match open() {
                Ok(sink) => {
                    failing = false;
                    tracing::debug!(merged, "chime");
                    sink.mixer()
                        .add(SamplesBuffer::new(mono, rate, samples.clone()));
                    std::thread::sleep(LENGTH + TAIL);
                }
                Err(reason) => {
                    // Once per outage, not once per call.
                    if !failing {
                        tracing::warn!(%reason, "audio output lost; calls are shown without a chime");
                    }
                    failing = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Vec<f32> {
        chime(SAMPLE_RATE)
    }

    /// Magnitude of `freq` in `part` (Goertzel), normalized by length.
    fn strength(part: &[f32], freq: f32) -> f32 {
        let w = 2.0 * PI * freq / SAMPLE_RATE as f32;
        let (mut s1, mut s2) = (0.0f32, 0.0f32);
        for &x in part {
            let s = x + 2.0 * w.cos() * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        (s1 * s1 + s2 * s2 - 2.0 * w.cos() * s1 * s2).sqrt() / part.len() as f32
    }

    #[test]
    fn lasts_eight_tenths_of_a_second() {
        let s = samples();
        assert_eq!(s.len(), 35_280);
        assert_eq!(chime(48_000).len(), 38_400);
    }

    #[test]
    fn stays_below_full_scale_and_is_audible() {
        let peak = samples().iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!(peak < 1.0, "peak {peak}");
        assert!(
            (peak - PEAK).abs() < 1e-4,
            "normalized to {PEAK}, got {peak}"
        );
    }

    #[test]
    fn starts_and_ends_at_silence_without_clicks() {
        let s = samples();
        assert!(s[0].abs() < 1e-4, "first sample {}", s[0]);
        assert!(
            s[s.len() - 1].abs() < 1e-4,
            "last sample {}",
            s[s.len() - 1]
        );
        // The first millisecond rises gently.
        assert!(s[..44].iter().all(|x| x.abs() < 0.05));
        // No jump anywhere, the second tone's onset included: the largest
        // step is what the sines themselves make (2π·f/rate·amplitude).
        let step = s.windows(2).fold(0.0f32, |m, w| m.max((w[1] - w[0]).abs()));
        assert!(step < 0.12, "largest step {step}");
    }

    #[test]
    fn pin_then_pon() {
        let s = samples();
        let rate = SAMPLE_RATE as f32;
        let early = &s[..(0.25 * rate) as usize];
        let late = &s[(0.40 * rate) as usize..(0.65 * rate) as usize];
        assert!(strength(early, PIN.freq) > 4.0 * strength(early, PON.freq));
        assert!(strength(late, PON.freq) > 4.0 * strength(late, PIN.freq));
    }

    #[test]
    fn an_off_chime_never_sounds_and_ringing_it_is_harmless() {
        let off = Chime::off();
        assert!(!off.is_on());
        off.ring();
    }
}
