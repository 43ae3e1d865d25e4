package vn.congso.kpi.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Aggregate SQL over the facts: one pass per period basis computes every condition a pack needs as a
 * {@code SUM(CASE ...)}, optionally grouped by agency (for rankings); the indexes on (basis day, agency) keep a
 * province month to one range scan.
 */
@Component
class FactQueries {

    static final long ALL = 0L;

    private final JdbcClient jdbc;

    FactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per condition key ({@code conditions}: key → SQL) on dossier facts; per agency when {@code byAgency}. */
    Map<Long, Tally> dossiers(Indicator.Basis basis, Map<String, String> conditions, Map<String, String> procedureConditions, Filter filter,
                              boolean byAgency) {
        return run("kpi_dossier_fact f", "f", basis.column, conditions, procedureConditions, filter, byAgency);
    }

    Map<Long, Tally> feedback(Map<String, String> conditions, Filter filter, boolean byAgency) {
        return run("kpi_feedback_fact g", "g", "received_day", conditions, Map.of(), filter, byAgency);
    }

    private Map<Long, Tally> run(String table, String alias, String dayColumn, Map<String, String> conditions,
                                 Map<String, String> procedureConditions, Filter filter, boolean byAgency) {
        Map<Long, Tally> result = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE " + alias + "." + dayColumn + " >= :from AND " + alias + "." + dayColumn + " <= :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        if (filter.agencies() != null) {
            where.append(" AND ").append(alias).append(".agency_id IN (:agencies)");
            params.put("agencies", filter.agencies().isEmpty() ? List.of(-1L) : filter.agencies());
        }
        if (filter.procedureCode() != null) {
            where.append(" AND ").append(alias).append(".procedure_code = :procedure");
            params.put("procedure", filter.procedureCode());
        }
        String group = byAgency ? alias + ".agency_id" : "0";
        if (!conditions.isEmpty()) {
            List<String> keys = new ArrayList<>(conditions.keySet());
            StringBuilder sql = new StringBuilder("SELECT " + group + " AS grp, COUNT(*) AS total");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(", SUM(CASE WHEN ").append(conditions.get(keys.get(i))).append(" THEN 1 ELSE 0 END) AS c").append(i);
            }
            sql.append(" FROM ").append(table).append(where);
            if (byAgency) {
                sql.append(" GROUP BY ").append(group);
            }
            Map<String, Object> p = withAsOf(params, filter, sql);
            jdbc.sql(sql.toString()).params(p).query((rs, n) -> {
                Tally t = result.computeIfAbsent(rs.getLong("grp"), k -> new Tally());
                for (int i = 0; i < keys.size(); i++) {
                    t.add(keys.get(i), rs.getLong("c" + i));
                }
                return null;
            }).list();
        }
        for (Map.Entry<String, String> c : procedureConditions.entrySet()) {
            StringBuilder sql = new StringBuilder("SELECT DISTINCT " + group + " AS grp, " + alias + ".procedure_code AS pc FROM " + table + where
                    + " AND " + c.getValue());
            Map<String, Object> p = withAsOf(params, filter, sql);
            jdbc.sql(sql.toString()).params(p).query((rs, n) -> {
                result.computeIfAbsent(rs.getLong("grp"), k -> new Tally()).addProcedure(c.getKey(), rs.getString("pc"));
                return null;
            }).list();
        }
        return result;
    }

    private static Map<String, Object> withAsOf(Map<String, Object> params, Filter filter, CharSequence sql) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        if (sql.toString().contains(":asOf")) {
            p.put("asOf", Timestamp.from(filter.asOf()));
        }
        return p;
    }
}
