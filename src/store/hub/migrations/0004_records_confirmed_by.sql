ALTER TABLE records ADD COLUMN confirmed_by TEXT;
UPDATE records SET confirmed_by = (
    SELECT a.actor FROM audit_log a
    WHERE a.action = 'record.confirmed' AND a.subject = 'record:' || records.id
    ORDER BY a.seq DESC LIMIT 1
) WHERE status = 'confirmed';
CREATE INDEX records_day_status ON records(day, status);
