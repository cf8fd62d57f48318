CREATE TABLE staff_calls (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    kiosk TEXT NOT NULL,
    lang TEXT NOT NULL,
    note TEXT,
    day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    answered_at TEXT,
    answered_by TEXT
);
CREATE INDEX staff_calls_open ON staff_calls(day) WHERE answered_at IS NULL;
CREATE INDEX staff_calls_created ON staff_calls(created_at);
