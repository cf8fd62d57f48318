-- When a lease stops counting against its kiosk's limit (see
-- config lease_valid_hours); older leases count until their day ends.
ALTER TABLE number_leases ADD COLUMN expires_at TEXT;
CREATE INDEX number_leases_device ON number_leases(device_id, day, prefix);
