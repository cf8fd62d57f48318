//! Speech through the real engines (Open JTalk for Japanese and やさしい日本語,
//! espeak-ng for the rest): the board's call and recall and the kiosk's
//! screens in all twelve languages give sound (not silence, a length that
//! fits the text, no error), and `madoguchi speak` writes it as a WAV file.
//! Skipped with a printed reason when the engines are absent, except under
//! `MADOGUCHI_REQUIRE_SPEECH` (set by .ci/run).

mod speech_support;

use std::process::Command;
use std::time::Duration;

use madoguchi::i18n::{I18n, Lang};
use madoguchi::speech::{Wav, spoken};

/// What each kiosk screen on the QR path says: its title, its instruction
/// and its choices.
const SCREENS: &[(&str, &[&str])] = &[
    (
        "welcome",
        &[
            "kiosk-welcome-heading",
            "kiosk-welcome-attract",
            "kiosk-welcome-start",
            "kiosk-welcome-choose-language",
        ],
    ),
    (
        "choose",
        &[
            "kiosk-choose-heading",
            "kiosk-choose-qr",
            "kiosk-choose-make",
            "kiosk-choose-number",
            "kiosk-choose-staff",
        ],
    ),
    (
        "scan",
        &[
            "kiosk-scan-heading",
            "kiosk-scan-guidance",
            "kiosk-scan-back",
        ],
    ),
    (
        "review",
        &[
            "kiosk-review-heading",
            "kiosk-review-back",
            "kiosk-review-confirm",
        ],
    ),
    ("ticket", &["kiosk-ticket-heading", "kiosk-ticket-done"]),
];

/// Sound, not silence, and about as long as the text: speech runs at a few
/// to some twenty characters a second, whatever the language.
fn assert_spoken(wav: &Wav, text: &str, what: &str) {
    let chars = text.chars().filter(|c| !c.is_whitespace()).count() as f64;
    let seconds = wav.duration().as_secs_f64();
    assert!(wav.rms() > 0.01, "{what}: silent (rms {})", wav.rms());
    assert!(
        seconds >= 0.3 && seconds >= chars / 40.0,
        "{what}: {seconds:.2} s is too short for {chars} characters"
    );
    assert!(
        seconds <= 2.0 + chars * 0.4,
        "{what}: {seconds:.2} s is too long for {chars} characters"
    );
}

#[test]
fn the_board_call_and_recall_are_spoken_in_every_language() {
    let Some(engines) = speech_support::engines("board call synthesis") else {
        return;
    };
    let i18n = I18n::embedded();
    for lang in Lang::all() {
        for recall in [false, true] {
            let text = spoken::call_text(&i18n, lang, "A-004", "2", recall);
            let wav = engines
                .synthesize(lang, &text)
                .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            assert_spoken(&wav, &text, &format!("{} call {text}", lang.code()));
        }
    }
}

#[test]
fn every_kiosk_screen_is_spoken_in_every_language() {
    let Some(engines) = speech_support::engines("kiosk screen synthesis") else {
        return;
    };
    let i18n = I18n::embedded();
    for lang in Lang::all() {
        for (screen, keys) in SCREENS {
            let text: Vec<String> = keys.iter().map(|key| i18n.tr(&lang, key)).collect();
            let text = text.join("。 ");
            let wav = engines
                .synthesize(lang, &text)
                .unwrap_or_else(|e| panic!("{} {screen}: {e}", lang.code()));
            assert_spoken(&wav, &text, &format!("{} {screen}", lang.code()));
        }
        let ticket = spoken::ticket_text(&i18n, lang, "A-004");
        let wav = engines.synthesize(lang, &ticket).expect("ticket number");
        assert_spoken(&wav, &ticket, &format!("{} ticket number", lang.code()));
    }
}

/// Mandarin reads every hanzi: espeak-ng's phonemes of the board's call,
/// recall and ticket, and of every kiosk screen (make-it-here's too), never
/// switch to English, as Debian's `cmn` voice does for each hanzi missing
/// from its dictionary (「号」 came out as "h a o" spelled in English).
#[test]
fn mandarin_phonemes_spell_out_no_hanzi() {
    let Some(engines) = speech_support::engines("Mandarin phonemes") else {
        return;
    };
    let i18n = I18n::embedded();
    let make = [
        "make-pick-heading",
        "make-pick-events",
        "make-pick-certificates",
        "make-forms-heading",
        "make-back",
        "make-next",
        "make-skip",
        "make-add-person",
    ];
    for code in ["zh-Hans", "zh-Hant"] {
        let lang = Lang::parse(code).expect("a language");
        let mut texts = vec![
            spoken::call_text(&i18n, lang, "A-004", "2", false),
            spoken::call_text(&i18n, lang, "B-120", "12", true),
            spoken::ticket_text(&i18n, lang, "A-004"),
        ];
        let screens = SCREENS.iter().map(|(_, keys)| *keys).chain([&make[..]]);
        for keys in screens {
            let text: Vec<String> = keys.iter().map(|key| i18n.tr(&lang, key)).collect();
            texts.push(text.join("。"));
        }
        for text in texts {
            let phonemes = engines
                .phonemes(lang, &text)
                .unwrap_or_else(|e| panic!("{code} {text}: {e}"))
                .expect("espeak-ng speaks Mandarin");
            assert!(!phonemes.is_empty(), "{code} {text}: no phonemes");
            assert!(
                !phonemes.contains("(en)"),
                "{code} {text}: spelled out in English: {phonemes}"
            );
        }
    }
}

#[test]
fn speak_writes_the_call_as_a_wav_file() {
    if speech_support::engines("madoguchi speak").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("call.wav");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .arg("speak")
            .args(args)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    let output = run(&["--lang", "ja", "--call", "A-004", "--counter", "2"]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "Aの4番の方、2番窓口へお越しください。"
    );
    let wav = Wav::parse(&std::fs::read(&out).unwrap()).unwrap();
    assert!(wav.duration() > Duration::from_secs(1) && wav.rms() > 0.01);

    let output = run(&[
        "--lang",
        "en",
        "--text",
        "Please hold the code to the scanner.",
    ]);
    assert!(output.status.success(), "{output:?}");

    let output = run(&["--lang", "xx", "--text", "hello"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("xx"));
}
