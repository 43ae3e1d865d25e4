-- Issue 4 (back office over 1,000,000 dossiers): the processing queues of the inbox (UNIT, AGENCY, DUE_SOON,
-- OVERDUE) read open processing tasks in due-date order; for leaders whose scope spans many agencies the
-- per-agency indexes make PostgreSQL collect and sort every open task. Open and waiting tasks are a few per cent of
-- all tasks, so a partial index in sort order finds the first page without sorting, and the count reads only
-- this index. Reception tasks are left out: the RECEPTION queue has its own desk index, and an index holding
-- them would tempt the planner into walking every open task for a desk with none waiting.
-- A repeatable migration: it runs after every versioned one (the task table comes with V60) and takes no version
-- number from the workflow range; it is written to be harmless when it runs again.
DROP INDEX IF EXISTS task_open_due;
CREATE INDEX IF NOT EXISTS task_open_work_due ON task (sort_due_at, id) INCLUDE (agency_id, unit_id)
    WHERE status IN ('OPEN', 'WAITING') AND kind <> 'RECEPTION';
-- The same tasks by agency: an agency's (or a commune's) leader reads a few hundred open tasks of one or two
-- agencies; without it the count of the AGENCY queue walked the whole province's open tasks in due-date order
-- (3 ms and 17,000 buffers over 1,000,000 dossiers) instead of the agency's few hundred (0.1 ms).
CREATE INDEX IF NOT EXISTS task_open_work_agency ON task (agency_id, sort_due_at, id)
    WHERE status IN ('OPEN', 'WAITING') AND kind <> 'RECEPTION';
