//! `madoguchi hub` subcommands through `hub::cli::run` (the path main.rs takes).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use madoguchi::cli::CommonArgs;
use madoguchi::hub::cli::{AuditAction, ClerkAction, HubAction, HubCommand, run, run_with_input};

fn common(dir: &Path, config: Option<PathBuf>) -> CommonArgs {
    CommonArgs {
        config: Some(
            config.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("config/hub.toml")),
        ),
        data_dir: Some(dir.to_owned()),
    }
}

fn cmd(action: HubAction) -> HubCommand {
    HubCommand {
        listen: None,
        insecure: false,
        publish: Vec::new(),
        action: Some(action),
    }
}

#[test]
fn enroll_clerk_and_audit_commands() {
    let dir = tempfile::tempdir().unwrap();
    let c = common(dir.path(), None);
    let enroll = HubAction::Enroll {
        name: "kiosk-1".into(),
        role: "kiosk".into(),
        hub_url: None,
    };
    assert_eq!(run(&c, cmd(enroll)).unwrap(), ExitCode::SUCCESS);
    // The PIN comes on stdin, never on the command line.
    let add = |id: &str| {
        cmd(HubAction::Clerk {
            action: ClerkAction::Add { id: id.into() },
        })
    };
    assert_eq!(
        run_with_input(&c, add("c1"), &mut "2468\n".as_bytes()).unwrap(),
        ExitCode::SUCCESS
    );
    assert_eq!(
        run_with_input(&c, add("c2"), &mut "12\n".as_bytes()).unwrap(),
        ExitCode::from(2)
    );
    let disable = |id: &str| {
        cmd(HubAction::Clerk {
            action: ClerkAction::Disable { id: id.into() },
        })
    };
    assert_eq!(run(&c, disable("c1")).unwrap(), ExitCode::SUCCESS);
    assert_eq!(run(&c, disable("nobody")).unwrap(), ExitCode::from(2));
    assert_eq!(run(&c, cmd(HubAction::Devices)).unwrap(), ExitCode::SUCCESS);
    assert_eq!(
        run(&c, cmd(HubAction::Revoke { id: 1 })).unwrap(),
        ExitCode::SUCCESS
    );
    assert_eq!(
        run(&c, cmd(HubAction::Revoke { id: 1 })).unwrap(),
        ExitCode::from(2)
    );
    let verify = || {
        cmd(HubAction::Audit {
            action: AuditAction::Verify,
        })
    };
    assert_eq!(run(&c, verify()).unwrap(), ExitCode::SUCCESS);

    let conn = madoguchi::store::hub::open(dir.path()).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update")
        .unwrap();
    conn.execute(
        "UPDATE audit_log SET detail = '{\"name\":\"evil\",\"role\":\"kiosk\"}' WHERE seq = 1",
        [],
    )
    .unwrap();
    assert_eq!(run(&c, verify()).unwrap(), ExitCode::from(1));
}

#[test]
fn broken_configuration_is_reported_not_run() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("hub.toml");
    std::fs::write(&config, "office_name = \"x\"\nlease_block_size = 0\n[[services]]\nprefix = \"A\"\nname_key = \"hub-service-tax\"\n").unwrap();
    let c = common(dir.path(), Some(config));
    assert_eq!(
        run(
            &c,
            HubCommand {
                listen: None,
                insecure: false,
                publish: Vec::new(),
                action: None
            }
        )
        .unwrap(),
        ExitCode::from(2)
    );
}
