CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'board', 'clerk-station')),
    token_hash TEXT UNIQUE,
    code_hash TEXT UNIQUE,
    code_expires_at TEXT,
    created_at TEXT NOT NULL,
    enrolled_at TEXT,
    revoked_at TEXT
);
CREATE TABLE clerks (
    id TEXT PRIMARY KEY,
    pin_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
CREATE TABLE clerk_sessions (
    token_hash TEXT PRIMARY KEY,
    clerk_id TEXT NOT NULL REFERENCES clerks(id),
    device_id INTEGER NOT NULL REFERENCES devices(id),
    counter TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE services (
    prefix TEXT PRIMARY KEY,
    name_key TEXT NOT NULL,
    default_minutes INTEGER NOT NULL,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE counters (
    id TEXT NOT NULL,
    service TEXT NOT NULL REFERENCES services(prefix),
    PRIMARY KEY (id, service)
);
CREATE TABLE number_seq (
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (day, prefix)
);
CREATE TABLE number_leases (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX number_leases_day ON number_leases(day, prefix);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    seq INTEGER NOT NULL,
    service TEXT NOT NULL,
    state TEXT NOT NULL,
    origin TEXT NOT NULL,
    device_id INTEGER,
    counter TEXT,
    issued_at TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    called_at TEXT,
    started_at TEXT,
    finished_at TEXT,
    recalls INTEGER NOT NULL DEFAULT 0,
    transferred_from INTEGER REFERENCES visits(id)
);
CREATE UNIQUE INDEX visits_number ON visits(day, prefix, seq) WHERE transferred_from IS NULL;
CREATE INDEX visits_queue ON visits(day, service, state, queued_at);
CREATE INDEX visits_counter ON visits(day, counter, state);
CREATE INDEX visits_open ON visits(day) WHERE state IN ('waiting', 'called', 'serving');
CREATE TABLE visit_events (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    counter TEXT,
    actor TEXT NOT NULL
);
CREATE INDEX visit_events_visit ON visit_events(visit_id);
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    device_id INTEGER,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    day TEXT NOT NULL,
    number TEXT,
    lang TEXT NOT NULL,
    procedures TEXT NOT NULL,
    fields TEXT NOT NULL,
    kana TEXT NOT NULL DEFAULT '',
    preapp TEXT NOT NULL,
    status TEXT NOT NULL,
    reject_reason TEXT,
    updated_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE INDEX records_number ON records(number, day);
CREATE INDEX records_kana ON records(kana);
CREATE INDEX records_completed ON records(completed_at) WHERE completed_at IS NOT NULL;
CREATE TABLE record_changes (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    clerk TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT NOT NULL
);
CREATE INDEX record_changes_record ON record_changes(record_id);
