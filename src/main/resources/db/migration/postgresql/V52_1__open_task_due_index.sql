-- Issue 4 (back office over 1,000,000 dossiers): the inbox queues of leaders whose scope spans many agencies
-- (OVERDUE, AGENCY) read the open tasks in due-date order. Open and waiting tasks are a few per cent of all tasks,
-- so a partial index in sort order finds the first page without sorting, and the count reads only this index.
-- (A workflow table's index, numbered in the range given to this change so that merges do not collide.)
CREATE INDEX task_open_due ON task (sort_due_at, id) INCLUDE (agency_id, kind, unit_id) WHERE status IN ('OPEN', 'WAITING');
