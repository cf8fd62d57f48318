//! The CLI end to end: keygen, encode to PNG, decode the PNG back.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::ExitCode;

use madoguchi::preapp::cli::{DecodeArgs, EncodeArgs, KeygenArgs, decode_to, encode_to, keygen_to};
use madoguchi::preapp::{Form, PreApplication};

fn fixture_path(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/preapp/{name}.json"))
}

fn keygen(dir: &Path) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let args = KeygenArgs {
        out: dir.to_path_buf(),
        force: false,
        lang: "ja".into(),
    };
    assert_eq!(
        keygen_to(&args, &mut out, &mut err).unwrap(),
        ExitCode::SUCCESS
    );
    let line: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(line["key_id"].as_str().unwrap().len(), 14);
    // A second run does not overwrite the office key.
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        keygen_to(&args, &mut out, &mut err).unwrap(),
        ExitCode::FAILURE
    );
    assert!(String::from_utf8(err).unwrap().contains("上書きしません"));
}

fn encode_args(input: &Path, recipient: Option<&Path>, out: &Path, max_version: u8) -> EncodeArgs {
    EncodeArgs {
        input: input.to_path_buf(),
        recipient: recipient.map(Path::to_path_buf),
        expires_days: 14,
        out: Some(out.to_path_buf()),
        text: false,
        max_version,
        lang: "ja".into(),
    }
}

fn decode_args(key: Option<&Path>, files: Vec<std::path::PathBuf>) -> DecodeArgs {
    DecodeArgs {
        key: key.map(Path::to_path_buf),
        reject_plain: false,
        text: vec![],
        files,
        lang: "en".into(),
    }
}

#[cfg(unix)]
#[test]
fn keygen_writes_an_owner_only_private_key() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path());
    let mode = std::fs::metadata(dir.path().join("office.key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let public = std::fs::read_to_string(dir.path().join("office.pub")).unwrap();
    assert!(public.starts_with("madoguchi-office-public-key-v1:"));
}

#[test]
fn both_fixtures_survive_encode_png_decode() {
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path());
    let key = dir.path().join("office.key");
    let public = dir.path().join("office.pub");
    // One part each at the default cap; the household also split into parts.
    for (name, max_version) in [
        ("juminhyo", 20),
        ("tennyu-household-4", 20),
        ("tennyu-household-4", 8),
    ] {
        let out_png = dir.path().join(format!("{name}-{max_version}.png"));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let args = encode_args(&fixture_path(name), Some(&public), &out_png, max_version);
        assert_eq!(
            encode_to(&args, &mut out, &mut err).unwrap(),
            ExitCode::SUCCESS,
            "{}",
            String::from_utf8_lossy(&err)
        );
        let line: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let parts = line["parts"].as_array().unwrap();
        let files: Vec<std::path::PathBuf> = parts
            .iter()
            .map(|p| p["file"].as_str().unwrap().into())
            .collect();
        for part in parts {
            assert_eq!(part["ec"], "M");
            assert!(part["version"].as_u64().unwrap() <= u64::from(max_version));
        }
        if max_version == 8 {
            assert!(files.len() > 1 && files[0].to_string_lossy().ends_with("-1.png"));
        }
        // Any order of files.
        let mut files = files;
        files.reverse();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            decode_to(&decode_args(Some(&key), files.clone()), &mut out, &mut err).unwrap(),
            ExitCode::SUCCESS,
            "{}",
            String::from_utf8_lossy(&err)
        );
        let app: PreApplication = serde_json::from_slice(&out).unwrap();
        let input: Form =
            serde_json::from_str(&std::fs::read_to_string(fixture_path(name)).unwrap()).unwrap();
        assert_eq!(app.form, input);

        // Without the key: a translated reason and a failure status.
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            decode_to(&decode_args(None, files.clone()), &mut out, &mut err).unwrap(),
            ExitCode::FAILURE
        );
        assert!(String::from_utf8(err).unwrap().contains("no key"));
        if files.len() > 1 {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let some = files[1..].to_vec();
            assert_eq!(
                decode_to(&decode_args(Some(&key), some), &mut out, &mut err).unwrap(),
                ExitCode::FAILURE
            );
            let total = files.len();
            assert!(
                String::from_utf8(err)
                    .unwrap()
                    .contains(&format!("{} of {total} QR codes read", total - 1))
            );
        }
    }
}

#[test]
fn text_mode_and_plain_payloads() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = encode_args(
        &fixture_path("juminhyo"),
        None,
        &dir.path().join("x.png"),
        20,
    );
    args.text = true;
    args.out = None;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        encode_to(&args, &mut out, &mut err).unwrap(),
        ExitCode::SUCCESS
    );
    let line: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(line["encrypted"], false);
    let text = line["parts"][0]["text"].as_str().unwrap().to_string();
    assert!(!dir.path().join("x.png").exists());

    let mut decode = decode_args(None, vec![]);
    decode.text = vec![text.clone()];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        decode_to(&decode, &mut out, &mut err).unwrap(),
        ExitCode::SUCCESS
    );
    decode.reject_plain = true;
    decode.lang = "ja".into();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        decode_to(&decode, &mut out, &mut err).unwrap(),
        ExitCode::FAILURE
    );
    assert!(
        String::from_utf8(err)
            .unwrap()
            .contains("暗号化されていない")
    );
}

#[test]
fn unreadable_inputs_give_reasons_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.png");
    std::fs::write(&junk, b"not an image").unwrap();
    let blank = dir.path().join("blank.png");
    image::GrayImage::from_pixel(64, 64, image::Luma([255]))
        .save(&blank)
        .unwrap();
    for (file, expect) in [(junk, "Cannot read the image"), (blank, "No QR code found")] {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            decode_to(&decode_args(None, vec![file]), &mut out, &mut err).unwrap(),
            ExitCode::FAILURE
        );
        assert!(String::from_utf8(err).unwrap().contains(expect));
    }
    let bad_form = dir.path().join("form.json");
    std::fs::write(
        &bad_form,
        r#"{"language":"ja","procedures":[],"fields":{}}"#,
    )
    .unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let args = encode_args(&bad_form, None, &dir.path().join("o.png"), 20);
    assert_eq!(
        encode_to(&args, &mut out, &mut err).unwrap(),
        ExitCode::FAILURE
    );
    assert!(String::from_utf8(err).unwrap().contains("procedures"));
}

/// The clap types as `main` will mount them.
#[derive(Debug, clap::Parser)]
struct TestCli {
    #[command(subcommand)]
    command: TestCommand,
}

#[derive(Debug, clap::Subcommand)]
enum TestCommand {
    Keygen(KeygenArgs),
    #[command(subcommand)]
    Preapp(madoguchi::preapp::cli::PreappCommand),
}

#[test]
fn command_lines_parse_as_documented() {
    use clap::{CommandFactory, Parser};
    use madoguchi::preapp::cli::PreappCommand;
    TestCli::command().debug_assert();
    let parse = |line: &str| TestCli::try_parse_from(line.split_whitespace());
    assert!(matches!(
        parse("m keygen --out keys").unwrap().command,
        TestCommand::Keygen(KeygenArgs { force: false, .. })
    ));
    match parse(
        "m preapp encode --input f.json --recipient office.pub --expires-days 7 --out qr.png",
    )
    .unwrap()
    .command
    {
        TestCommand::Preapp(PreappCommand::Encode(args)) => {
            assert_eq!(args.expires_days, 7);
            assert_eq!(
                args.max_version,
                madoguchi::preapp::limits::DEFAULT_MAX_QR_VERSION
            );
            assert!(!args.text);
        }
        other => panic!("{other:?}"),
    }
    assert!(parse("m preapp encode --input f.json --text").is_ok());
    assert!(
        parse("m preapp encode --input f.json").is_err(),
        "--out or --text is required"
    );
    match parse("m preapp decode --key office.key a.png b.png")
        .unwrap()
        .command
    {
        TestCommand::Preapp(PreappCommand::Decode(args)) => assert_eq!(args.files.len(), 2),
        other => panic!("{other:?}"),
    }
    match parse("m preapp decode --text MG1P:AAA MG1P:BBB")
        .unwrap()
        .command
    {
        TestCommand::Preapp(PreappCommand::Decode(args)) => assert_eq!(args.text.len(), 2),
        other => panic!("{other:?}"),
    }
    assert!(
        parse("m preapp decode").is_err(),
        "files or --text is required"
    );
}
