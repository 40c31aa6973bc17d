-- 008: the audit log by time.
--
-- "What changed since an instant" (HSDS `modified_after`, city-wide) reads the entries at or
-- after it through this index, so its cost follows the number of changes since, not the size of
-- the log. `at` is written in one format (`YYYY-MM-DDTHH:MM:SSZ`, UTC), so text order is time
-- order.
CREATE INDEX audit_log_at ON audit_log(at);
