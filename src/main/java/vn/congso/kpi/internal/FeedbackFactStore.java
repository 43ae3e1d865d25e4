package vn.congso.kpi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.calendar.WorkingCalendar;

/**
 * The feedback facts: dossier ratings and complaints (Decision 766 §5.4), and feedback (phản ánh, kiến nghị) with
 * its answer deadline of 15 working days, the stages handled on time or late, and likes/dislikes of the published
 * answer (§5.2, §5.3). Fed by the feedback module's events (DossierRated, FeedbackReceived, FeedbackHandled,
 * FeedbackReacted); every method is idempotent enough to be replayed.
 */
@Component
class FeedbackFactStore {

    /** Stages that close a feedback: answered, rejected or published. */
    private static final Set<String> CLOSING = Set.of("ANSWER", "ANSWERED", "REJECT", "REJECTED", "PUBLISH", "PUBLISHED", "CLOSED");
    static final int ANSWER_WORKING_DAYS = 15;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    FeedbackFactStore(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Transactional
    void recordRating(long dossierId, Long agencyId, String rating, Instant at) {
        String value = rating == null ? null : rating.strip().toUpperCase(Locale.ROOT);
        int n = jdbc.sql("UPDATE kpi_dossier_feedback SET rating = :r, rated_at = :t, agency_id = COALESCE(agency_id, :a) WHERE dossier_id = :d")
                .param("r", value).param("t", Timestamp.from(at)).param("a", agencyId).param("d", dossierId).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO kpi_dossier_feedback (dossier_id, agency_id, rating, rated_at, complaint) VALUES (:d, :a, :r, :t, FALSE)")
                    .param("r", value).param("t", Timestamp.from(at)).param("a", agencyId).param("d", dossierId).update();
        }
        jdbc.sql("UPDATE kpi_dossier_fact SET rating = :r WHERE dossier_id = :d").param("r", value).param("d", dossierId).update();
    }

    @Transactional
    void recordComplaint(long dossierId, Long agencyId, Instant at) {
        int n = jdbc.sql("UPDATE kpi_dossier_feedback SET complaint = TRUE, complaint_at = COALESCE(complaint_at, :t) WHERE dossier_id = :d")
                .param("t", Timestamp.from(at)).param("d", dossierId).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO kpi_dossier_feedback (dossier_id, agency_id, complaint, complaint_at) VALUES (:d, :a, TRUE, :t)")
                    .param("t", Timestamp.from(at)).param("a", agencyId).param("d", dossierId).update();
        }
        jdbc.sql("UPDATE kpi_dossier_fact SET complaint = TRUE WHERE dossier_id = :d").param("d", dossierId).update();
    }

    /** A feedback arrived: its answer is due 15 working days later (DOMAIN.md §6); about a dossier, it is a complaint. */
    @Transactional
    void recordFeedbackReceived(long feedbackId, String code, Long agencyId, String procedureCode, Long dossierId, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM kpi_feedback_fact WHERE feedback_id = :f").param("f", feedbackId).query(Long.class).single() > 0) {
            return;
        }
        Instant deadline;
        try {
            deadline = calendar.addWorkingMinutes(at, ANSWER_WORKING_DAYS * 8L * 60, agencyId);
        } catch (RuntimeException unknownAgency) {
            // an agency without its own calendar (or not known yet) follows the province's
            deadline = calendar.addWorkingMinutes(at, ANSWER_WORKING_DAYS * 8L * 60, null);
        }
        jdbc.sql("""
                INSERT INTO kpi_feedback_fact (feedback_id, code, agency_id, procedure_code, dossier_id, received_at, received_day, deadline_at,
                    late, likes, dislikes) VALUES (:f, :c, :a, :p, :d, :t, :day, :deadline, FALSE, 0, 0)
                """).param("f", feedbackId).param("c", code).param("a", agencyId).param("p", procedureCode).param("d", dossierId)
                .param("t", Timestamp.from(at)).param("day", DossierFacts.day(at)).param("deadline", Timestamp.from(deadline)).update();
        if (dossierId != null) {
            recordComplaint(dossierId, agencyId, at);
        }
    }

    @Transactional
    void recordFeedbackHandled(long feedbackId, Long agencyId, String stage, boolean onTime, Instant at) {
        String s = stage == null ? "UNKNOWN" : stage.strip().toUpperCase(Locale.ROOT);
        jdbc.sql("INSERT INTO kpi_feedback_handling (feedback_id, agency_id, stage, on_time, at) VALUES (:f, :a, :s, :o, :t)")
                .param("f", feedbackId).param("a", agencyId).param("s", s).param("o", onTime).param("t", Timestamp.from(at)).update();
        jdbc.sql("""
                UPDATE kpi_feedback_fact SET late = (late OR :late), closed_at = CASE WHEN :closing AND closed_at IS NULL THEN :t ELSE closed_at END
                WHERE feedback_id = :f
                """).param("late", !onTime).param("closing", CLOSING.contains(s)).param("t", Timestamp.from(at)).param("f", feedbackId).update();
    }

    @Transactional
    void recordReaction(long feedbackId, Long agencyId, boolean like, Instant at) {
        jdbc.sql(like ? "UPDATE kpi_feedback_fact SET likes = likes + 1 WHERE feedback_id = :f"
                : "UPDATE kpi_feedback_fact SET dislikes = dislikes + 1 WHERE feedback_id = :f").param("f", feedbackId).update();
    }
}
