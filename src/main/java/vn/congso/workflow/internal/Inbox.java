package vn.congso.workflow.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.congso.calendar.WorkingCalendar;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;
import vn.congso.shared.VietnameseText;

/**
 * The officer's queues (UX.md): waiting at the desk, mine, my unit's, due soon, overdue, done — each sorted by due
 * date, each filtered by the officer's scope in its SQL, with counts for the navigation.
 */
@Service("officerInbox")
class Inbox {

    enum Queue {
        RECEPTION, MINE, UNIT, AGENCY, DUE_SOON, OVERDUE, DONE
    }

    /** How an open task stands against the dossier's due date. */
    enum DueState {
        WAITING_RECEPTION, WITHIN_TIME, DUE_SOON, OVERDUE
    }

    record Row(Task task, DueState dueState) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int soonHours;

    Inbox(JdbcClient jdbc, WorkingCalendar calendar, Clock clock, @Value("${congso.workflow.due-soon-hours:8}") int soonHours) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.soonHours = soonHours;
    }

    PageResult<Row> list(Scope scope, Queue queue, String text, Paging paging) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, queue, text, now, params);
        String order = queue == Queue.DONE ? " ORDER BY completed_at DESC, id DESC" : " ORDER BY sort_due_at, id";
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Task> tasks = jdbc.sql("SELECT * FROM task WHERE " + where + order + " LIMIT :limit OFFSET :offset").params(params)
                .query(TaskRepository::task).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM task WHERE " + where).params(params).query(Long.class).single();
        List<Row> rows = new ArrayList<>();
        for (Task t : tasks) {
            rows.add(new Row(t, dueState(t, now)));
        }
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }

    /** Counts per queue for the left navigation. */
    Map<Queue, Long> counts(Scope scope) {
        Instant now = clock.instant();
        Map<Queue, Long> counts = new LinkedHashMap<>();
        for (Queue q : Queue.values()) {
            if (q == Queue.DONE) {
                continue;
            }
            Map<String, Object> params = new HashMap<>();
            String where = where(scope, q, null, now, params);
            counts.put(q, jdbc.sql("SELECT COUNT(*) FROM task WHERE " + where).params(params).query(Long.class).single());
        }
        return counts;
    }

    DueState dueState(Task t, Instant now) {
        if (t.kind() == Task.Kind.RECEPTION) {
            return DueState.WAITING_RECEPTION;
        }
        Instant due = t.sortDueAt();
        if (now.isAfter(due)) {
            return DueState.OVERDUE;
        }
        return calendar.isDueWithinWorkingMinutes(now, due, soonHours * 60L, t.agencyId()) ? DueState.DUE_SOON : DueState.WITHIN_TIME;
    }

    private String where(Scope scope, Queue queue, String text, Instant now, Map<String, Object> p) {
        StringBuilder w = new StringBuilder();
        String inScope = scope.all() ? "1 = 1" : "agency_id IN (:ag)";
        if (!scope.all()) {
            p.put("ag", scope.agencyIds());
        }
        switch (queue) {
            case RECEPTION -> w.append("kind = 'RECEPTION' AND status = 'OPEN' AND ")
                    .append(scope.all() ? "1 = 1" : "(desk_agency_id IN (:ag) OR agency_id IN (:ag))");
            case MINE -> {
                w.append("assignee_id = :me AND status IN ('OPEN', 'WAITING')");
                p.put("me", scope.officerId());
            }
            case UNIT -> {
                w.append("status = 'OPEN' AND kind <> 'RECEPTION' AND ").append(inScope);
                if (scope.unitId() != null && !scope.all()) {
                    w.append(" AND unit_id = :unit");
                    p.put("unit", scope.unitId());
                }
            }
            case AGENCY -> w.append("status IN ('OPEN', 'WAITING') AND kind <> 'RECEPTION' AND ").append(inScope);
            case DUE_SOON -> {
                w.append("status = 'OPEN' AND kind <> 'RECEPTION' AND sort_due_at >= :now AND sort_due_at <= :soon AND ").append(inScope);
                p.put("now", Timestamp.from(now));
                p.put("soon", Timestamp.from(calendar.addWorkingMinutes(now, soonHours * 60L, scope.agencyId())));
            }
            case OVERDUE -> {
                w.append("status IN ('OPEN', 'WAITING') AND kind <> 'RECEPTION' AND sort_due_at < :now AND ").append(inScope);
                p.put("now", Timestamp.from(now));
            }
            case DONE -> {
                w.append("status IN ('DONE', 'CANCELLED') AND completed_by = :me");
                p.put("me", scope.officerId());
            }
        }
        if (text != null && !text.isBlank()) {
            String t = VietnameseText.clean(text);
            w.append(" AND (dossier_code = :code OR LOWER(applicant_name) LIKE :name)");
            p.put("code", t.toUpperCase(java.util.Locale.ROOT));
            p.put("name", "%" + t.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return w.toString();
    }
}
