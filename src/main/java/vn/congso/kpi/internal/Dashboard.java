package vn.congso.kpi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congso.kpi.internal.Results.PackResult;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/**
 * The questions the dashboard and the API ask, scoped to the leader: a pack's results for a unit and period, the
 * 12-month trend, the ranking of the units below, and the dossiers behind a number.
 */
@Component
class Dashboard {

    /** Trend and ranking read these indicators of the programme and 766 packs. */
    static final List<String> HEADLINE = List.of("766.2.1", "P.03", "P.04");

    private final Packs packs;
    private final Evaluator evaluator;
    private final LeaderScopes scopes;
    private final JdbcClient jdbc;
    private final Clock clock;

    Dashboard(Packs packs, Evaluator evaluator, LeaderScopes scopes, JdbcClient jdbc, Clock clock) {
        this.packs = packs;
        this.evaluator = evaluator;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Packs.Pack pack(String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalid(List.of(FieldProblem.of("pack", "kpi.pack-required")));
        }
        return packs.pack(code.strip()).orElseThrow(() -> ApiException.invalid(List.of(FieldProblem.of("pack", "kpi.pack-unknown", code))));
    }

    Filter filter(LeaderScopes.Unit unit, String procedure, Period period) {
        return new Filter(unit.agencies(), procedure == null || procedure.isBlank() ? null : procedure.strip(), period.from(), period.to(),
                period.asOf(clock));
    }

    PackResult results(String pack, LeaderScopes.Unit unit, String procedure, Period period, Locale locale) {
        return evaluator.evaluate(pack(pack).code(), filter(unit, procedure, period), unit.id(), unit.name(), locale);
    }

    /** One point per month, the 12 months ending with the period's month. */
    record TrendPoint(String month, Map<String, Double> ratios, Double total766) {
    }

    List<TrendPoint> trend(LeaderScopes.Unit unit, String procedure, Period period, Locale locale) {
        List<TrendPoint> points = new ArrayList<>();
        YearMonth last = period.month();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            Period p = Period.month(m);
            Filter f = filter(unit, procedure, p);
            if (f.from().atStartOfDay(vn.congso.shared.Formats.ZONE).toInstant().isAfter(clock.instant())) {
                continue;
            }
            PackResult r766 = evaluator.evaluate("766", f, unit.id(), unit.name(), locale);
            PackResult program = evaluator.evaluate("program", f, unit.id(), unit.name(), locale);
            Map<String, Double> ratios = new LinkedHashMap<>();
            for (String code : HEADLINE) {
                Results.IndicatorResult r = r766.indicator(code) != null ? r766.indicator(code) : program.indicator(code);
                ratios.put(code, r == null ? null : r.ratio());
            }
            points.add(new TrendPoint(m.toString(), ratios, r766.total()));
        }
        return points;
    }

    /** A unit in the ranking, with the headline ratios and the 766 total. */
    record Ranked(long unit, String name, Map<String, Double> ratios, Map<String, Long> denominators, Double total766) {
    }

    List<Ranked> ranking(LeaderScopes.Unit unit, String procedure, Period period, Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Long> groupOf = scopes.rankingUnits(unit, names, locale);
        Filter filter = filter(unit, procedure, period);
        Map<Long, PackResult> r766 = evaluator.evaluateGrouped("766", filter, groupOf::get, names, locale);
        Map<Long, PackResult> program = evaluator.evaluateGrouped("program", filter, groupOf::get, names, locale);
        List<Ranked> out = new ArrayList<>();
        for (Map.Entry<Long, String> e : names.entrySet()) {
            Map<String, Double> ratios = new LinkedHashMap<>();
            Map<String, Long> dens = new LinkedHashMap<>();
            for (String code : HEADLINE) {
                Results.IndicatorResult r = r766.get(e.getKey()).indicator(code) != null ? r766.get(e.getKey()).indicator(code)
                        : program.get(e.getKey()).indicator(code);
                ratios.put(code, r == null ? null : r.ratio());
                dens.put(code, r == null ? null : r.denominator());
            }
            if (dens.values().stream().anyMatch(d -> d != null && d > 0)) {
                out.add(new Ranked(e.getKey(), e.getValue(), ratios, dens, r766.get(e.getKey()).total()));
            }
        }
        out.sort(Comparator.comparing((Ranked r) -> r.total766() == null ? -1 : r.total766()).reversed().thenComparing(Ranked::name));
        return out;
    }

    /** A dossier behind a number: no personal data, only what the officers' list shows. */
    record DossierRow(long id, String code, String procedureCode, long agencyId, int channel, String status, Instant submittedAt,
                      Instant receivedAt, Instant dueAt, Instant finishedAt, String timeliness, boolean secondSupplement, boolean eResult,
                      String rating) {
    }

    enum Part {
        NUMERATOR, DENOMINATOR, MISSING
    }

    PageResult<DossierRow> dossiers(String indicatorCode, LeaderScopes.Unit unit, String procedure, Period period, String part, Paging paging) {
        Filter filter = filter(unit, procedure, period);
        Indicator i = packs.indicator(indicatorCode, period.to()).orElseThrow(() -> ApiException.notFound("kpi.indicator-not-found", indicatorCode));
        if (i.source() != Indicator.Source.DOSSIER || i.denominator() == null || i.denominator().all() == null) {
            throw ApiException.badRequest("kpi.no-drill-down", indicatorCode);
        }
        Part which;
        try {
            which = part == null || part.isBlank() ? Part.valueOf(i.drillDown().toUpperCase(Locale.ROOT)) : Part.valueOf(part.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(FieldProblem.of("part", "kpi.part")));
        }
        String den = Predicate.all(i.denominator().all());
        String num = i.numerator().all() != null ? Predicate.all(i.numerator().all())
                : "NOT (" + String.join(" OR ", i.numerator().minus().stream().map(s -> "(" + Predicate.all(s) + ")").toList()) + ")";
        String condition = switch (which) {
            case NUMERATOR -> "(" + den + ") AND (" + num + ")";
            case DENOMINATOR -> den;
            case MISSING -> "(" + den + ") AND NOT (" + num + ")";
        };
        String column = i.basis().column;
        StringBuilder where = new StringBuilder(" WHERE f." + column + " >= :from AND f." + column + " <= :to AND " + condition);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        if (condition.contains(":asOf")) {
            params.put("asOf", java.sql.Timestamp.from(filter.asOf()));
        }
        if (filter.agencies() != null) {
            where.append(" AND f.agency_id IN (:agencies)");
            params.put("agencies", filter.agencies());
        }
        if (filter.procedureCode() != null) {
            where.append(" AND f.procedure_code = :procedure");
            params.put("procedure", filter.procedureCode());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM kpi_dossier_fact f" + where).params(params).query(Long.class).single();
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        pageParams.put("limit", paging.size());
        pageParams.put("offset", paging.offset());
        List<DossierRow> rows = jdbc.sql("SELECT * FROM kpi_dossier_fact f" + where
                        + " ORDER BY f.due_at NULLS LAST, f.dossier_id LIMIT :limit OFFSET :offset").params(pageParams)
                .query(Dashboard::row).list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }

    static DossierRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DossierRow(rs.getLong("dossier_id"), rs.getString("code"), rs.getString("procedure_code"), rs.getLong("agency_id"),
                rs.getInt("channel"), rs.getString("status"), instant(rs, "submitted_at"), instant(rs, "received_at"), instant(rs, "due_at"),
                instant(rs, "finished_at"), rs.getString("timeliness"), rs.getBoolean("second_supplement"), rs.getBoolean("e_result"),
                rs.getString("rating"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(vn.congso.shared.Formats.ZONE));
    }
}
