package vn.congso.kpi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds dossier facts by hand (a small DSL: {@code fact(agency).receivedOn(day).finished(at).onTime()...insert()}). */
final class FactRows {

    private static final AtomicLong IDS = new AtomicLong(880_000_000L + (System.nanoTime() % 1_000_000) * 100);
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    FactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Row fact(long agency) {
        return new Row(agency);
    }

    static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    final class Row {
        final Map<String, Object> v = new LinkedHashMap<>();

        Row(long agency) {
            long id = IDS.incrementAndGet();
            v.put("dossier_id", id);
            v.put("code", "T-" + id);
            v.put("procedure_code", "T.PROC");
            v.put("procedure_version_id", 1L);
            v.put("agency_id", agency);
            v.put("receiving_agency_id", agency);
            v.put("competent_agency_id", agency);
            v.put("commune_unit_id", null);
            v.put("channel", 1);
            v.put("status", "IN_PROGRESS");
            v.put("dvcqg_status", 4);
            v.put("paused", false);
            v.put("timeliness", "WITHIN_TIME");
            v.put("second_supplement", false);
            v.put("supplement_requested", false);
            v.put("fee_bearing", false);
            v.put("online_payment", false);
            v.put("online_eligible", true);
            v.put("result_is_document", false);
            v.put("component_count", 1);
            v.put("digitized_components", 0);
            v.put("vault_components", 0);
            v.put("vneid_verified", false);
            v.put("e_result", false);
            v.put("synced", false);
            v.put("source_database", null);
            v.put("rating", null);
            v.put("complaint", false);
            receivedOn("2026-10-05T09:00");
        }

        Row receivedOn(String localDateTime) {
            Instant t = at(localDateTime);
            v.put("submitted_at", Timestamp.from(t));
            v.put("received_at", Timestamp.from(t));
            v.put("processing_at", Timestamp.from(t));
            LocalDate day = LocalDate.ofInstant(t, ZONE);
            v.put("submit_day", day);
            v.put("reception_day", day);
            v.put("processing_day", day);
            v.put("due_at", Timestamp.from(t.plusSeconds(10 * 86400)));
            return this;
        }

        Row notReceived() {
            v.put("received_at", null);
            v.put("processing_at", null);
            v.put("reception_day", null);
            v.put("processing_day", null);
            v.put("due_at", null);
            v.put("status", "SUBMITTED");
            v.put("timeliness", "NOT_STARTED");
            return this;
        }

        Row online() {
            v.put("channel", 2);
            return this;
        }

        Row due(String localDateTime) {
            v.put("due_at", Timestamp.from(at(localDateTime)));
            return this;
        }

        Row finished(String localDateTime, String timeliness) {
            v.put("finished_at", Timestamp.from(at(localDateTime)));
            v.put("status", "RETURNED");
            v.put("timeliness", timeliness);
            return this;
        }

        Row paused() {
            v.put("paused", true);
            v.put("status", "SUPPLEMENT_REQUESTED");
            return this;
        }

        Row set(String column, Object value) {
            v.put(column, value);
            return this;
        }

        Row document(boolean eResult) {
            v.put("result_is_document", true);
            v.put("e_result", eResult);
            return this;
        }

        long insert() {
            v.put("refreshed_at", Timestamp.from(Instant.now()));
            String columns = String.join(", ", v.keySet());
            String values = String.join(", ", v.keySet().stream().map(k -> ":" + k).toList());
            jdbc.sql("INSERT INTO kpi_dossier_fact (" + columns + ") VALUES (" + values + ")").params(v).update();
            return (Long) v.get("dossier_id");
        }
    }
}
