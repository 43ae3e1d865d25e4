-- The calendar audit trail is append-only: updates and deletes are silently ignored on PostgreSQL.
CREATE RULE work_calendar_audit_no_update AS ON UPDATE TO work_calendar_audit DO INSTEAD NOTHING;
CREATE RULE work_calendar_audit_no_delete AS ON DELETE TO work_calendar_audit DO INSTEAD NOTHING;
