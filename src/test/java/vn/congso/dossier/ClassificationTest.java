package vn.congso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.support.CongsoTest;

/** DOMAIN.md §5 classification on real dossiers whose dates are set precisely. */
@CongsoTest
class ClassificationTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");   // Monday 09:00 in Vietnam
    static final Instant DUE = Instant.parse("2026-03-05T02:00:00Z");        // Thursday 09:00
    static final Actor DESK = new Actor(null, "Bàn tiếp nhận", "RECEPTIONIST");

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcClient jdbc;

    private DossierView dossier(Map<String, Object> columns) {
        long agency = jdbc.sql("SELECT id FROM agency WHERE code = '000.01.01.H66'").query(Long.class).single();
        long commune = jdbc.sql("SELECT id FROM admin_unit WHERE code = '24133' AND valid_to IS NULL").query(Long.class).single();
        DossierView d = dossiers.intake(new Dossiers.Intake("1.001193", Channel.IN_PERSON, agency, commune, "Phân Loại " + System.nanoTime(),
                null, null, null, null, "{}", List.of()), DESK);
        d = dossiers.act(d.id(), d.version(), new DossierAction.Accept(), DESK);
        Map<String, Object> set = new HashMap<>(Map.of("received_at", RECEIVED, "due_at", DUE, "effective_due_at", DUE));
        set.putAll(columns);
        StringBuilder sql = new StringBuilder("UPDATE dossier SET version = version");
        Map<String, Object> params = new HashMap<>();
        set.forEach((k, v) -> {
            sql.append(", ").append(k).append(" = :").append(k);
            params.put(k, v instanceof Instant i ? Timestamp.from(i) : v);
        });
        params.put("id", d.id());
        jdbc.sql(sql + " WHERE id = :id").params(params).update();
        return dossiers.get(d.id()).orElseThrow();
    }

    @Test
    void finishedDossiersAreEarlyOnTimeOrOverdueByTheirFirstEndEvent() {
        assertThat(dossiers.timeliness(dossier(Map.of("status", "DECIDED", "decided_at", DUE.minusSeconds(3600))), Instant.now()))
                .isEqualTo(Timeliness.EARLY);
        assertThat(dossiers.timeliness(dossier(Map.of("status", "DECIDED", "decided_at", DUE)), Instant.now())).isEqualTo(Timeliness.ON_TIME);
        assertThat(dossiers.timeliness(dossier(Map.of("status", "DECIDED", "decided_at", DUE.plusSeconds(60))), Instant.now()))
                .isEqualTo(Timeliness.OVERDUE);
        // decided on time but returned late: the decision (9) ends processing, not the return (10)
        assertThat(dossiers.timeliness(dossier(Map.of("status", "RETURNED", "decided_at", DUE.minusSeconds(60),
                "returned_at", DUE.plusSeconds(86_400))), Instant.now())).isEqualTo(Timeliness.EARLY);
        // returned without a recorded decision: the return ends it
        assertThat(dossiers.timeliness(dossier(Map.of("status", "RETURNED", "returned_at", DUE.plusSeconds(60))), Instant.now()))
                .isEqualTo(Timeliness.OVERDUE);
        // stopped (8) before the due date
        assertThat(dossiers.timeliness(dossier(Map.of("status", "STOPPED", "ended_at", DUE.minusSeconds(60))), Instant.now()))
                .isEqualTo(Timeliness.EARLY);
    }

    @Test
    void openDossiersAreWithinTimeOrOverdueAtTheMomentAsked() {
        DossierView open = dossier(Map.of("status", "IN_PROGRESS"));
        assertThat(dossiers.timeliness(open, DUE.minusSeconds(1))).isEqualTo(Timeliness.WITHIN_TIME);
        assertThat(dossiers.timeliness(open, DUE)).isEqualTo(Timeliness.WITHIN_TIME);
        assertThat(dossiers.timeliness(open, DUE.plusSeconds(1))).isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void aSecondSupplementRequestCountsTheDossierOverdue() {
        DossierView twice = dossier(Map.of("status", "DECIDED", "decided_at", DUE.minusSeconds(86_400), "supplement_count", 2));
        assertThat(dossiers.timeliness(twice, Instant.now())).isEqualTo(Timeliness.OVERDUE);
        DossierView once = dossier(Map.of("status", "DECIDED", "decided_at", DUE.minusSeconds(86_400), "supplement_count", 1));
        assertThat(dossiers.timeliness(once, Instant.now())).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void anExtensionMovesTheDueDateUsedForClassification() {
        Instant extended = DUE.plusSeconds(3 * 86_400);
        DossierView d = dossier(Map.of("status", "DECIDED", "decided_at", DUE.plusSeconds(86_400), "extended_due_at", extended,
                "effective_due_at", extended, "extension_count", 1));
        assertThat(dossiers.timeliness(d, Instant.now())).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void aRunningPauseIsNotCountedAgainstTheApplicantsDossier() {
        // paused on Wednesday 09:00 (one working day before due); asked on the next Monday: still within time
        DossierView paused = dossier(Map.of("status", "SUPPLEMENT_REQUESTED", "paused_since", Instant.parse("2026-03-04T02:00:00Z"),
                "supplement_count", 1));
        assertThat(dossiers.timeliness(paused, Instant.parse("2026-03-09T02:00:00Z"))).isEqualTo(Timeliness.WITHIN_TIME);
        assertThat(dossiers.dueAt(paused, Instant.parse("2026-03-09T02:00:00Z"))).isAfter(DUE);
    }

    @Test
    void theApologyAndExtensionIsAllowedOnceAndNoLaterThanOneWorkingDayBeforeTheDueDate() {
        Instant farDue = Instant.now().plusSeconds(20 * 86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        DossierView d = dossier(Map.of("status", "IN_PROGRESS", "due_at", farDue, "effective_due_at", farDue, "received_at", Instant.now()));
        DossierView extended = dossiers.act(d.id(), d.version(), new DossierAction.Extend(farDue.plusSeconds(5 * 86_400), "Cần xác minh thêm"), DESK);
        assertThat(extended.effectiveDueAt()).isEqualTo(farDue.plusSeconds(5 * 86_400));
        assertThat(extended.dueAt()).isEqualTo(farDue);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(vn.congso.shared.ApiException.class,
                () -> dossiers.act(d.id(), extended.version(), new DossierAction.Extend(farDue.plusSeconds(9 * 86_400), "Lần hai"), DESK)).code())
                .isEqualTo("dossier.extension-once");

        Instant soon = Instant.now().plusSeconds(2 * 3600);
        DossierView late = dossier(Map.of("status", "IN_PROGRESS", "due_at", soon, "effective_due_at", soon, "received_at", Instant.now()));
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(vn.congso.shared.ApiException.class,
                () -> dossiers.act(late.id(), late.version(), new DossierAction.Extend(soon.plusSeconds(86_400), "Muộn"), DESK)).code())
                .isEqualTo("dossier.extension-too-late");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(vn.congso.shared.ApiException.class,
                () -> dossiers.act(late.id(), late.version() + 5, new DossierAction.Stop("x"), DESK)).code())
                .isEqualTo("concurrent-change");
    }
}
