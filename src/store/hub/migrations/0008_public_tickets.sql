-- Public ticket ids (wait anywhere): 128 random bits, base64url, the only
-- name a ticket has outside the office. One per ticket number of a day; the
-- ticket's page language; gone at the office's day end.
CREATE TABLE public_tickets (
    public_id TEXT PRIMARY KEY,
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    seq INTEGER NOT NULL,
    lang TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    UNIQUE (day, prefix, seq)
);
CREATE INDEX public_tickets_expires ON public_tickets(expires_at);
-- A public ticket finds its newest visit (after transfers) by number: the
-- unique index on numbers covers first visits only. Not led by `day`, so
-- the day's other queries keep the plans they had.
CREATE INDEX visits_by_number ON visits(prefix, seq, day);
