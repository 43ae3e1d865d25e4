-- Issue 4 (back office over 1,000,000 dossiers): the inbox queues of leaders whose scope spans many agencies
-- (OVERDUE, AGENCY) read the open tasks in due-date order. Open and waiting tasks are a few per cent of all tasks,
-- so a partial index in sort order finds the first page without sorting, and the count reads only this index.
-- A repeatable migration: it runs after every versioned one (the task table comes with V60) and takes no version
-- number from the workflow range; IF NOT EXISTS keeps a re-run harmless.
CREATE INDEX IF NOT EXISTS task_open_due ON task (sort_due_at, id) INCLUDE (agency_id, kind, unit_id) WHERE status IN ('OPEN', 'WAITING');
