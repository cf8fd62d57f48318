//! The clerk console through iced_test's simulator against a real hub on
//! loopback: log-in by typing, calls by keyboard shortcut, the record panel,
//! edits, confirmation and the audit log, and the board following it all.

mod hub_support;
mod ui_support;

use hub_support::TestHub;
use madoguchi::hub::api::{Role, Source};
use madoguchi::ui::clerk::{Stage, desk, login, record, search};
use serde_json::json;
use ui_support::{ClerkHarness, board_for, clean_record, named, next_event};

#[test]
fn login_then_call_next_moves_the_visit_and_the_board() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec]})));

    let (mut board, mut events) = board_for(&rt, &hub);
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    assert!(matches!(clerk.clerk.stage(), Stage::Desk(_)), "logged in");
    assert!(clerk.sees("A-001"), "the waiting visit is listed");
    assert!(clerk.sees("1番窓口 ・ 職員 c1"));

    // F1 calls the next visit.
    clerk.key(named(iced::keyboard::key::Named::F1));
    let desk = clerk.desk();
    let current = desk.current().expect("a visit is called");
    assert_eq!(current.number, "A-001");
    assert_eq!(current.state, madoguchi::queue::VisitState::Called);
    assert_eq!(
        desk.records().len(),
        1,
        "the application came with the number"
    );
    assert!(clerk.sees("呼び出し中"));
    // The hub agrees.
    let visits = rt.block_on(clerk.session().waiting(&["A".into()])).unwrap();
    assert_eq!(visits[0].state, madoguchi::queue::VisitState::Called);
    assert_eq!(visits[0].counter.as_deref(), Some("1"));

    // The board learns it from the event stream.
    let called = next_event(&rt, &mut events, |e| {
        matches!(e, madoguchi::hub::api::HubEvent::Called { .. })
    });
    board.feed(&rt, called);
    assert_eq!(board.board.newest(), Some("A-001"));
    let state = board.board.state().expect("board loaded");
    assert_eq!(state.recent_calls[0].number, "A-001");
    assert_eq!(state.recent_calls[0].counter.as_deref(), Some("1"));
    assert!(board.sees("A-001") && board.sees("1番窓口"));

    // Recall by R, then Space is refused while the counter is busy.
    clerk.key(iced::keyboard::Key::Character("r".into()));
    assert_eq!(clerk.desk().current().unwrap().recalls, 1);
    clerk.key(named(iced::keyboard::key::Named::Space));
    assert!(clerk.sees("A-001 の対応を先に終えてください"));
    rt.block_on(hub.stop());
}

#[test]
fn one_enter_confirms_a_clean_qr_application_and_the_audit_log_has_it() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    let id = rec.id;
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec]})));

    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    // The form: catalogue labels, 和暦 dates, sources.
    assert!(clerk.sees("住民票の写し"), "procedure heading");
    assert!(clerk.sees("山田 花子"));
    assert!(clerk.sees("昭和60年4月1日（1985年）"), "birth date in 和暦");
    assert!(
        clerk.desk().layout().is_clean(),
        "{:?}",
        clerk.desk().layout()
    );

    let before = clerk.keystrokes;
    clerk.key(named(iced::keyboard::key::Named::Enter));
    assert_eq!(clerk.keystrokes - before, 1);
    let desk = clerk.desk();
    assert!(
        desk.current().is_none(),
        "the visit is finished with its last record"
    );
    let record = rt.block_on(clerk.session().record(id)).unwrap();
    assert_eq!(record.status, madoguchi::hub::api::RecordStatus::Confirmed);

    let conn = madoguchi::store::hub::open(hub.dir.path()).unwrap();
    let mut stmt = conn
        .prepare("SELECT action, actor FROM audit_log ORDER BY seq")
        .unwrap();
    let entries: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let by_clerk: Vec<&str> = entries
        .iter()
        .filter(|(_, actor)| actor.starts_with("clerk:c1@"))
        .map(|(action, _)| action.as_str())
        .collect();
    assert!(by_clerk.contains(&"record.confirmed"), "{entries:?}");
    assert!(
        by_clerk.iter().any(|a| a.starts_with("visit.")),
        "the call and finish are logged too: {entries:?}"
    );
    assert!(matches!(
        madoguchi::store::audit::verify(&conn).unwrap(),
        madoguchi::store::audit::Verification::Intact { .. }
    ));
    rt.block_on(hub.stop());
}

#[test]
fn an_edit_shows_the_new_value_with_its_source_and_problems_block_enter() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let mut rec = clean_record(ticket["number"].as_str());
    // A phone number the resident mistyped.
    rec.fields.get_mut("applicant.phone").unwrap().value = json!("03-12");
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]})));

    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    let layout = clerk.desk().layout();
    assert_eq!(layout.errors, 1, "{layout:?}");
    assert!(layout.row("applicant.phone").unwrap().has_error());

    // Enter alone does not confirm an application with problems.
    clerk.key(named(iced::keyboard::key::Named::Enter));
    assert!(clerk.sees_part("要確認の項目が1件あります"));
    assert!(clerk.desk().current().is_some());

    // E opens the field with the problem; type the right number; Enter saves.
    clerk.key(iced::keyboard::Key::Character("e".into()));
    assert!(matches!(
        clerk.desk().mode(),
        record::Mode::Editing { key, .. } if key == "applicant.phone"
    ));
    clerk.clear_and_type(record::EDIT_INPUT, "03-1234-5678");
    clerk.submit(record::EDIT_INPUT);
    let desk = clerk.desk();
    assert_eq!(*desk.mode(), record::Mode::Normal);
    let row = desk.layout().row("applicant.phone").unwrap();
    assert_eq!(row.value, "03-1234-5678");
    assert_eq!(row.source, Some(Source::Clerk));
    assert!(desk.layout().is_clean());
    assert!(clerk.sees("03-1234-5678") && clerk.sees("職員修正"));
    // The hub logged the change with the clerk and the old value.
    let stored = rt.block_on(clerk.session().record(rec.id)).unwrap();
    assert_eq!(stored.changes[0].clerk, "clerk:c1@station-1");
    assert_eq!(
        stored.changes[0].old.as_ref().map(|o| o.value.clone()),
        Some(json!("03-12"))
    );
    // Now one Enter confirms.
    clerk.key(named(iced::keyboard::key::Named::Enter));
    assert!(clerk.desk().current().is_none());
    rt.block_on(hub.stop());
}

#[test]
fn wrong_pin_is_refused_and_english_is_available() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "1111");
    assert!(matches!(clerk.clerk.stage(), Stage::Login(_)));
    assert!(clerk.sees_part("ID"), "still on the log-in screen");
    clerk.tap("English");
    assert!(clerk.sees("Log in") || clerk.sees_part("Log in"));
    let Stage::Login(state) = clerk.clerk.stage() else {
        unreachable!()
    };
    assert!(state.error.is_some());
    assert!(state.pin.is_empty(), "a refused PIN is not kept");
    let _ = login::ID_INPUT;
    rt.block_on(hub.stop());
}

#[test]
fn walk_in_and_transfer_by_keyboard() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    // W then 1: a walk-in number for the first service.
    clerk.key(iced::keyboard::Key::Character("w".into()));
    clerk.key(iced::keyboard::Key::Character("1".into()));
    assert!(clerk.sees("番号 A-001 を発行しました"));
    clerk.key(named(iced::keyboard::key::Named::F1));
    assert_eq!(clerk.desk().current().unwrap().number, "A-001");
    assert!(clerk.sees("この番号には申請データがありません。窓口で聞き取ってください。"));
    // T then 2: transfer to B; the number keeps its history.
    clerk.key(iced::keyboard::Key::Character("t".into()));
    clerk.key(iced::keyboard::Key::Character("2".into()));
    assert!(clerk.desk().current().is_none());
    let moved = rt.block_on(clerk.session().waiting(&["B".into()])).unwrap();
    assert_eq!(moved[0].number, "A-001");
    assert_eq!(moved[0].service, "B");
    rt.block_on(hub.stop());
}

#[test]
fn search_by_number_opens_the_record() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]})));

    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    clerk.type_into(search::SEARCH_INPUT, "a-1");
    clerk.submit(search::SEARCH_INPUT);
    let results = clerk.desk().results();
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0].id, rec.id);
    clerk.tap_part("A-001 ");
    let desk = clerk.desk();
    assert_eq!(desk.record().map(|r| r.id), Some(rec.id));
    assert!(
        desk.current().is_none(),
        "opening a record does not call anyone"
    );
    assert!(clerk.sees("山田 花子"));
    rt.block_on(hub.stop());
}

#[test]
fn an_expired_session_goes_back_to_log_in() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    hub.clock.advance(chrono::Duration::minutes(601));
    clerk.key(named(iced::keyboard::key::Named::F1));
    let Stage::Login(state) = clerk.clerk.stage() else {
        panic!("still at the desk")
    };
    assert_eq!(
        state.error.as_ref().map(|e| e.key.as_str()),
        Some("clerk-session-expired")
    );
    assert!(clerk.sees("ログインの有効期限が切れました。もう一度ログインしてください"));
    rt.block_on(hub.stop());
}

#[test]
fn logging_out_ends_the_session_at_the_hub() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    let session = clerk.session();
    clerk.tap("ログアウト");
    assert!(matches!(clerk.clerk.stage(), Stage::Login(_)));
    assert!(clerk.clerk.session().is_none());
    let refused = rt.block_on(session.waiting(&["A".into()])).unwrap_err();
    assert_eq!(refused.message().key, "hub-error-unauthorized");
    rt.block_on(hub.stop());
}

#[test]
fn reject_with_a_reason_then_no_show_the_next() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, first) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(first["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]})));

    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    clerk.key(iced::keyboard::Key::Character("x".into()));
    // An empty reason is not sent.
    clerk.submit(record::REJECT_INPUT);
    assert!(clerk.sees("差し戻しの理由を入力してください"));
    clerk.type_into(record::REJECT_INPUT, "本人確認書類なし");
    clerk.submit(record::REJECT_INPUT);
    let stored = rt.block_on(clerk.session().record(rec.id)).unwrap();
    assert_eq!(stored.status, madoguchi::hub::api::RecordStatus::Rejected);
    assert_eq!(stored.reject_reason.as_deref(), Some("本人確認書類なし"));
    assert!(clerk.sees("差し戻し理由: 本人確認書類なし"));
    // A rejection leaves the visit open; F finishes it, F1 calls the next,
    // who is not there.
    clerk.key(iced::keyboard::Key::Character("f".into()));
    clerk.key(named(iced::keyboard::key::Named::F1));
    assert_eq!(clerk.desk().current().unwrap().number, "A-002");
    clerk.key(iced::keyboard::Key::Character("n".into()));
    assert!(clerk.desk().current().is_none());
    assert!(clerk.sees("A-002 を不在にしました"));
    let conn = madoguchi::store::hub::open(hub.dir.path()).unwrap();
    let actions: Vec<String> = conn
        .prepare("SELECT action FROM audit_log WHERE actor LIKE 'clerk:c1@%' ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        actions,
        [
            "clerk.login",
            "visit.call",
            "record.rejected",
            "visit.finish",
            "visit.call",
            "visit.no_show"
        ]
    );
    rt.block_on(hub.stop());
}

#[test]
fn a_kiosk_staff_call_appears_on_the_console_and_answering_clears_and_audits_it() {
    use madoguchi::hub::api::HubEvent;
    use madoguchi::i18n::Lang;
    use madoguchi::ui::kiosk::service::{HubTicketService, TicketService};

    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    // The kiosk side: the real service over the sync client and its device token.
    let token = rt.block_on(hub.device("kiosk-entrance", Role::Kiosk));
    let outbox_dir = tempfile::tempdir().unwrap();
    let outbox = madoguchi::sync::Outbox::open(outbox_dir.path()).unwrap();
    let client =
        madoguchi::sync::SyncClient::new(&hub.base, &token, outbox, chrono_tz::Asia::Tokyo);
    let kiosk = HubTicketService::new(client, rt.handle().clone(), &hub.base, Vec::new());
    assert!(kiosk.can_call_staff(), "the kiosk shows its call button");

    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    assert!(clerk.desk().staff_calls().is_empty());
    let mut events: ui_support::Events = Box::pin(madoguchi::sync::clerk::feed(clerk.session()));
    let first = rt.block_on(futures_util::StreamExt::next(&mut events));
    assert_eq!(first, Some(madoguchi::sync::clerk::Feed::Connected));

    rt.block_on(kiosk.call_staff("kiosk-entrance".into(), Lang::parse("vi").unwrap(), None))
        .expect("the hub takes the call");
    let event = next_event(&rt, &mut events, |e| {
        matches!(e, HubEvent::StaffCall { .. })
    });
    clerk.send(madoguchi::ui::clerk::Message::Feed(event));
    let calls = clerk.desk().staff_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(
        (calls[0].kiosk.as_str(), calls[0].lang.as_str()),
        ("kiosk-entrance", "vi")
    );
    assert!(clerk.sees("kiosk-entrance"), "kiosk name on the panel");
    assert!(clerk.sees_part("Tiếng Việt"), "the resident's language");
    assert!(clerk.sees("職員の呼び出し（1件）"));

    clerk.tap("対応する");
    assert!(
        clerk.desk().staff_calls().is_empty(),
        "answered calls leave the list"
    );
    assert!(!clerk.sees_part("職員の呼び出し"), "the panel is gone");
    assert!(clerk.sees("kiosk-entrance へ向かってください"));
    let open = rt.block_on(clerk.session().staff_calls()).unwrap();
    assert!(open.is_empty(), "the hub agrees");
    // Every console learns it from the stream.
    let answered = next_event(&rt, &mut events, |e| {
        matches!(e, HubEvent::StaffCallAnswered { .. })
    });
    assert!(matches!(
        answered,
        madoguchi::sync::clerk::Feed::Event(HubEvent::StaffCallAnswered { ref clerk, .. }) if clerk == "clerk:c1@station-1"
    ));

    let conn = madoguchi::store::hub::open(hub.dir.path()).unwrap();
    let actor: String = conn
        .query_row(
            "SELECT actor FROM audit_log WHERE action = 'staff_call.answer'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(actor, "clerk:c1@station-1");

    // A kiosk calling about itself says why: the console shows it.
    let note = "番号札プリンター: 用紙がありません";
    rt.block_on(kiosk.call_staff("kiosk-entrance".into(), Lang::ja(), Some(note.into())))
        .expect("the hub takes the call");
    let event = next_event(&rt, &mut events, |e| {
        matches!(e, HubEvent::StaffCall { .. })
    });
    clerk.send(madoguchi::ui::clerk::Message::Feed(event));
    assert_eq!(clerk.desk().staff_calls()[0].note.as_deref(), Some(note));
    assert!(clerk.sees(note), "the reason under the kiosk's name");
    rt.block_on(hub.stop());
}

#[test]
fn the_export_panel_saves_both_csv_files_and_charts_the_day() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec]})));

    let exports = tempfile::tempdir().unwrap();
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.clerk.set_export_dir(exports.path().join("exports"));
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    clerk.key(named(iced::keyboard::key::Named::Enter));
    // The hub's day is 2025-04-01 (its clock); the console starts on its own
    // today, so step back to the hub's day by setting the console's clock.
    let hub_day = hub_support::morning();
    clerk.send(madoguchi::ui::clerk::Message::Tick(hub_day));
    clerk.tap("出力・統計");
    let panel = clerk.desk().export().expect("export panel open");
    assert_eq!(panel.day.to_string(), "2025-04-01");
    let stats = panel.stats.as_ref().expect("numbers loaded");
    assert_eq!(stats.total_visits, 1);
    assert!(clerk.sees("2025-04-01 の出力と統計"));
    assert!(clerk.sees("窓口別の来庁数") && clerk.sees("使用言語"));
    assert!(clerk.sees("QR事前申請の利用: 来庁の100%"));
    assert!(clerk.sees_part("平均0分"), "wait average shown");
    assert!(clerk.sees("日本語"), "language bar label");

    clerk.tap("受付記録CSV");
    let path = exports
        .path()
        .join("exports")
        .join("records-2025-04-01.csv");
    let saved = std::fs::read(&path).expect("records CSV written");
    assert!(saved.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(saved).unwrap();
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .contains("number,service,procedures,confirmed_at,clerk")
    );
    let row = lines.next().expect("the confirmed record");
    assert!(
        row.starts_with("A-001,A,juminhyo-utsushi,2025-04-01 10:00:00,c1,"),
        "{row}"
    );
    assert!(row.contains("山田 花子"));
    assert!(clerk.sees(&format!("保存しました: {}", path.display())));

    clerk.tap("統計CSV");
    let stats_path = exports.path().join("exports").join("stats-2025-04-01.csv");
    let stats_text = std::fs::read_to_string(&stats_path).expect("stats CSV written");
    assert!(stats_text.contains("visits,A,1\r\n"), "{stats_text}");
    assert!(clerk.sees(&format!("保存しました: {}", stats_path.display())));

    // Back to the queue.
    clerk.tap("受付に戻る");
    assert!(clerk.desk().export().is_none());
    rt.block_on(hub.stop());
}

#[test]
fn an_unreachable_hub_is_told_in_the_clerks_words_not_the_kiosks() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let mut clerk = ClerkHarness::start(&rt, &hub);
    rt.block_on(hub.stop());
    let reply = rt.block_on(
        clerk
            .clerk
            .perform(madoguchi::ui::clerk::Effect::LoadServices),
    );
    clerk.send(reply);
    let Stage::Login(state) = clerk.clerk.stage() else {
        panic!("still at log-in");
    };
    assert_eq!(
        state.error.as_ref().map(|e| e.key.as_str()),
        Some("clerk-error-unreachable")
    );
    assert!(clerk.sees("ハブにつながりません。ネットワークとハブの電源を確認してください"));
    assert!(!clerk.sees_part("この端末に保存され"), "no kiosk wording");
}

#[test]
fn a_postal_code_typed_in_the_address_fills_prefecture_city_and_town() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start_with_postal());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]})));

    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    let edit = |key: &str| {
        madoguchi::ui::clerk::Message::Desk(desk::Message::Record(record::Message::Edit(
            key.into(),
        )))
    };

    // A code of several towns: the clerk picks one.
    clerk.send(edit("applicant.address.city"));
    clerk.clear_and_type(record::EDIT_INPUT, "068-0546");
    assert!(clerk.sees_part("複数あります"));
    clerk.tap("北海道 夕張市 南部菊水町");
    assert!(matches!(
        clerk.desk().mode(),
        record::Mode::Editing { key, text, .. }
            if key == "applicant.address.town" && text == "南部菊水町"
    ));
    clerk.key(named(iced::keyboard::key::Named::Escape));
    // An unknown code fills nothing.
    clerk.send(edit("applicant.address.city"));
    clerk.clear_and_type(record::EDIT_INPUT, "0000000");
    assert!(clerk.sees_part("0000000 は見つかりませんでした"));
    clerk.key(named(iced::keyboard::key::Named::Escape));

    // One town: typed in the prefecture's box, it fills the address and
    // the edit moves to the town, where the clerk adds 番地.
    clerk.send(edit("applicant.address.prefecture"));
    clerk.clear_and_type(record::EDIT_INPUT, "1110031");
    match clerk.desk().mode() {
        record::Mode::Editing {
            key, text, filled, ..
        } => {
            assert_eq!(
                (key.as_str(), text.as_str()),
                ("applicant.address.town", "千束")
            );
            assert_eq!(filled["applicant.address.prefecture"], "東京都");
            assert_eq!(filled["applicant.address.city"], "台東区");
            assert_eq!(filled["applicant.postal"], "111-0031");
        }
        other => panic!("{other:?}"),
    }
    assert!(clerk.sees("台東区") && clerk.sees_part("郵便番号から"));
    // Nothing is stored before the clerk saves.
    let stored = rt.block_on(clerk.session().record(rec.id)).unwrap();
    assert_eq!(
        stored.fields["applicant.address.city"].value,
        json!("新宿区")
    );
    clerk.type_into(record::EDIT_INPUT, "3-20-5");
    clerk.submit(record::EDIT_INPUT);

    let desk = clerk.desk();
    assert_eq!(*desk.mode(), record::Mode::Normal);
    let value = |key: &str| desk.layout().row(key).unwrap().value.clone();
    assert_eq!(value("applicant.address.prefecture"), "東京都");
    assert_eq!(value("applicant.address.city"), "台東区");
    assert_eq!(value("applicant.address.town"), "千束3-20-5");
    assert_eq!(value("applicant.postal"), "111-0031");
    assert_eq!(
        desk.layout().row("applicant.address.city").unwrap().source,
        Some(Source::Clerk)
    );
    // One audited edit; the prefecture did not change, so it is not in it.
    let stored = rt.block_on(clerk.session().record(rec.id)).unwrap();
    let mut changed: Vec<&str> = stored.changes.iter().map(|c| c.field.as_str()).collect();
    changed.sort_unstable();
    assert_eq!(
        changed,
        [
            "applicant.address.city",
            "applicant.address.town",
            "applicant.postal"
        ]
    );
    assert!(
        stored
            .changes
            .iter()
            .all(|c| c.clerk == "clerk:c1@station-1")
    );

    // The postal field beside the address does the same: a new code there
    // fills the address, and the edit moves to its town.
    clerk.send(edit("applicant.postal"));
    clerk.clear_and_type(record::EDIT_INPUT, "160-0023");
    match clerk.desk().mode() {
        record::Mode::Editing {
            key, text, filled, ..
        } => {
            assert_eq!(
                (key.as_str(), text.as_str()),
                ("applicant.address.town", "西新宿")
            );
            assert_eq!(filled["applicant.address.city"], "新宿区");
            assert_eq!(filled["applicant.postal"], "160-0023");
        }
        other => panic!("{other:?}"),
    }
    clerk.type_into(record::EDIT_INPUT, "2-8-1");
    clerk.submit(record::EDIT_INPUT);
    let desk = clerk.desk();
    let value = |key: &str| desk.layout().row(key).unwrap().value.clone();
    assert_eq!(value("applicant.postal"), "160-0023");
    assert_eq!(value("applicant.address.city"), "新宿区");
    assert_eq!(value("applicant.address.town"), "西新宿2-8-1");
    rt.block_on(hub.stop());
}

#[test]
fn a_service_running_out_of_numbers_is_told_in_the_notice_line() {
    use madoguchi::hub::api::HubEvent;

    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut config = madoguchi::config::hub::HubConfig::sample();
    config.low_numbers_threshold = 990;
    let hub = rt.block_on(TestHub::start_with(config));
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    // A lease of 50 leaves 949 numbers of A: under 990, so the board the
    // console reads at log-in says A runs low.
    let (status, _) = rt.block_on(hub.post(&kiosk, "/api/v1/leases", json!({"service": "A"})));
    assert_eq!(status, 200);
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.log_in("c1", "2468");
    assert!(
        clerk.sees_part("A の今日の番号が残りわずかです"),
        "the notice at log-in"
    );
    assert!(clerk.sees_part("あと 949 件"));

    // A ticket takes one more: the hub tells every console on the stream.
    let mut events: ui_support::Events = Box::pin(madoguchi::sync::clerk::feed(clerk.session()));
    let first = rt.block_on(futures_util::StreamExt::next(&mut events));
    assert_eq!(first, Some(madoguchi::sync::clerk::Feed::Connected));
    let (status, _) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    assert_eq!(status, 200);
    let event = next_event(
        &rt,
        &mut events,
        |e| matches!(e, HubEvent::NumbersLow { service, left: 948 } if service == "A"),
    );
    clerk.send(madoguchi::ui::clerk::Message::Feed(event));
    assert!(clerk.sees_part("あと 948 件"), "the notice follows the hub");
    rt.block_on(hub.stop());
}

#[test]
fn the_record_shown_is_saved_as_pdf_and_printed_through_cups() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec]})));

    let forms = tempfile::tempdir().unwrap();
    let mut clerk = ClerkHarness::start(&rt, &hub);
    clerk.clerk.set_paper(None, forms.path().join("forms"));
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    // P prints; without a printer the console says how to set one up.
    clerk.key(iced::keyboard::Key::Character("p".into()));
    assert!(clerk.sees("プリンターが設定されていません（madoguchi clerk --printer）。"));

    clerk.tap("PDFで保存");
    let path = forms.path().join("forms").join("A-001-form.pdf");
    let pdf = std::fs::read(&path).expect("the form saved");
    assert!(pdf.starts_with(b"%PDF"));
    assert!(clerk.sees(&format!("保存しました: {}", path.display())));
    clerk.tap("控えをPDFで保存");
    assert!(
        forms
            .path()
            .join("forms")
            .join("A-001-copy-ja.pdf")
            .exists()
    );

    let queue = "madoguchi-test";
    let cups = std::process::Command::new("lpstat")
        .args(["-p", queue])
        .output()
        .is_ok_and(|o| o.status.success());
    if !cups {
        assert!(
            std::env::var("MADOGUCHI_REQUIRE_CUPS").is_err(),
            "MADOGUCHI_REQUIRE_CUPS is set but the CUPS queue {queue} is not there"
        );
        eprintln!("skipped printing: no CUPS queue {queue}; .ci/run makes one");
    } else {
        clerk
            .clerk
            .set_paper(Some(queue.into()), forms.path().join("forms"));
        clerk.key(iced::keyboard::Key::Character("p".into()));
        assert!(clerk.sees("madoguchi-test で印刷しました"));
        clerk.clerk.set_paper(
            Some("madoguchi-no-such-queue".into()),
            forms.path().join("forms"),
        );
        clerk.tap("印刷 (P)");
        assert!(clerk.sees_part("印刷できませんでした"));
    }
    rt.block_on(hub.stop());
}
