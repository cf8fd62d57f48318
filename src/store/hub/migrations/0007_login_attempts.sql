-- PIN attempts per clerk station, counted like a clerk's (a station that
-- guesses for many clerk ids locks itself), and wrong enrollment codes.
ALTER TABLE devices ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN locked_until TEXT;
CREATE TABLE enroll_failures (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL
);
CREATE INDEX enroll_failures_at ON enroll_failures(at);
