-- Work SQL cannot do, left for the program when it opens the store (see crate::store):
-- * the audit log's digests of edited values and reject reasons were plain
--   SHA-256 (a name or a date is found again by trying candidates); they are
--   keyed from now on (audit.key), and the old ones are blanked once, the log
--   re-chained and the blanking recorded in the log with the former head;
-- * one VACUUM, for what retention deleted before secure_delete was on.
CREATE TABLE pending_tasks (task TEXT PRIMARY KEY);
INSERT INTO pending_tasks (task) VALUES ('audit-blank-unkeyed-digests'), ('vacuum');
