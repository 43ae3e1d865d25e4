package vn.congso.kpi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congso.calendar.WorkingCalendar;
import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/**
 * What will cost points if nobody acts (Decision 766): dossiers due within N working hours, dossiers with a second
 * supplement request (already counted overdue), finished dossiers of document-result procedures without an
 * e-result, online-eligible procedures that receive most of their dossiers at the counter this month, and feedback
 * close to its answer deadline.
 */
@Component
class EarlyWarnings {

    enum Kind {
        DUE_SOON, SECOND_SUPPLEMENT, NO_E_RESULT, COUNTER_HEAVY, FEEDBACK_DUE
    }

    /** A warning: how many things, and for procedures at the counter, which ones ({@code procedure → [counter, all]}). */
    record Warning(Kind kind, long count, Map<String, long[]> procedures) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final KpiSettings settings;
    private final Clock clock;

    EarlyWarnings(JdbcClient jdbc, WorkingCalendar calendar, KpiSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    private record Condition(String table, String sql, Map<String, Object> params) {
    }

    private Condition condition(Kind kind) {
        Instant now = clock.instant();
        return switch (kind) {
            case DUE_SOON -> new Condition("kpi_dossier_fact f",
                    "f.finished_at IS NULL AND f.received_at IS NOT NULL AND NOT f.paused AND NOT f.second_supplement AND f.due_at >= :now AND f.due_at <= :soon",
                    Map.of("now", Timestamp.from(now), "soon", Timestamp.from(calendar.addWorkingMinutes(now, settings.warningHours() * 60L, null))));
            case SECOND_SUPPLEMENT -> new Condition("kpi_dossier_fact f", "f.finished_at IS NULL AND f.second_supplement", Map.of());
            case NO_E_RESULT -> new Condition("kpi_dossier_fact f",
                    "f.finished_at IS NOT NULL AND f.status IN ('DECIDED', 'RETURNED') AND f.result_is_document AND NOT f.e_result "
                            + "AND f.finished_at >= :since", Map.of("since", Timestamp.from(monthStart().minusMonths(1).atStartOfDay(Formats.ZONE).toInstant())));
            case FEEDBACK_DUE -> new Condition("kpi_feedback_fact f", "f.closed_at IS NULL AND f.deadline_at <= :soon",
                    Map.of("soon", Timestamp.from(calendar.addWorkingMinutes(now, settings.feedbackWarningDays() * 8L * 60, null))));
            case COUNTER_HEAVY -> throw new IllegalArgumentException("not a dossier list");
        };
    }

    private LocalDate monthStart() {
        return LocalDate.now(clock.withZone(Formats.ZONE)).withDayOfMonth(1);
    }

    /** The warnings for a unit now; only those with something to act on. */
    List<Warning> forUnit(LeaderScopes.Unit unit) {
        List<Warning> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Warning w = kind == Kind.COUNTER_HEAVY ? counterHeavy(unit) : count(kind, unit);
            if (w.count() > 0) {
                out.add(w);
            }
        }
        return out;
    }

    private Warning count(Kind kind, LeaderScopes.Unit unit) {
        Condition c = condition(kind);
        Map<String, Object> params = new LinkedHashMap<>(c.params());
        String where = scoped(c.sql(), unit, params);
        long n = jdbc.sql("SELECT COUNT(*) FROM " + c.table() + " WHERE " + where).params(params).query(Long.class).single();
        return new Warning(kind, n, Map.of());
    }

    /** Online-eligible procedures whose dossiers this month came mostly (more than half) to the counter. */
    private Warning counterHeavy(LeaderScopes.Unit unit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", monthStart());
        String where = scoped("f.submit_day >= :from AND f.online_eligible", unit, params);
        Map<String, long[]> procedures = new LinkedHashMap<>();
        jdbc.sql("SELECT f.procedure_code, SUM(CASE WHEN f.channel = 1 THEN 1 ELSE 0 END) AS counter, COUNT(*) AS total FROM kpi_dossier_fact f WHERE "
                        + where + " GROUP BY f.procedure_code ORDER BY counter DESC, f.procedure_code").params(params)
                .query((rs, n) -> {
                    long counter = rs.getLong("counter");
                    long total = rs.getLong("total");
                    if (counter * 2 > total) {
                        procedures.put(rs.getString("procedure_code"), new long[] {counter, total});
                    }
                    return null;
                }).list();
        return new Warning(Kind.COUNTER_HEAVY, procedures.size(), procedures);
    }

    private static String scoped(String sql, LeaderScopes.Unit unit, Map<String, Object> params) {
        if (unit.agencies() == null) {
            return sql;
        }
        params.put("agencies", unit.agencies());
        return sql + " AND f.agency_id IN (:agencies)";
    }

    /** The dossiers (or, for feedback, nothing personal: code and deadline) behind a warning. */
    PageResult<Dashboard.DossierRow> dossiers(Kind kind, LeaderScopes.Unit unit, Paging paging) {
        if (kind == Kind.COUNTER_HEAVY || kind == Kind.FEEDBACK_DUE) {
            throw ApiException.badRequest("kpi.no-drill-down", kind.name());
        }
        Condition c = condition(kind);
        Map<String, Object> params = new LinkedHashMap<>(c.params());
        String where = scoped(c.sql(), unit, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM kpi_dossier_fact f WHERE " + where).params(params).query(Long.class).single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Dashboard.DossierRow> rows = jdbc.sql("SELECT * FROM kpi_dossier_fact f WHERE " + where
                + " ORDER BY f.due_at NULLS LAST, f.dossier_id LIMIT :limit OFFSET :offset").params(params).query(Dashboard::row).list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }
}
