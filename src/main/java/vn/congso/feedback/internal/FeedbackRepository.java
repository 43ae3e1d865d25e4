package vn.congso.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;
import vn.congso.shared.VietnameseText;

/** The feedback table. Officers' queries take the scope's agencies into their WHERE clause. */
@Repository
class FeedbackRepository {

    private static final String COLUMNS = """
            id, code, check_code, procedure_code, procedure_name, dossier_id, dossier_code, agency_id, sender_name, sender_email,
            sender_phone, sender_account_id, language, title, content, status, received_at, reject_due_at, supplement_due_at,
            answer_due_at, publish_due_at, rejected_at, reject_reason, reject_on_time, supplement_requested_at, supplement_request,
            supplement_on_time, supplemented_at, supplement, answered_at, answer, answer_on_time, answered_by, published_at,
            publish_on_time, likes, dislikes, version""";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewFeedback(String code, String checkCode, String procedureCode, String procedureName, Long dossierId, String dossierCode,
                       Long agencyId, String senderName, String senderEmail, String senderPhone, Long senderAccountId, String language,
                       String title, String content, Instant receivedAt, Instant rejectDue, Instant supplementDue, Instant answerDue) {
    }

    long insert(NewFeedback f) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feedback_item (code, check_code, procedure_code, procedure_name, dossier_id, dossier_code, agency_id, sender_name,
                    sender_email, sender_phone, sender_account_id, language, title, content, search_text, status, received_at, reject_due_at,
                    supplement_due_at, answer_due_at, likes, dislikes, version)
                VALUES (:code, :check, :procedure, :procedureName, :dossierId, :dossierCode, :agency, :name, :email, :phone, :account, :lang,
                    :title, :content, :search, 'RECEIVED', :received, :rejectDue, :supplementDue, :answerDue, 0, 0, 0)""")
                .param("code", f.code()).param("check", f.checkCode()).param("procedure", f.procedureCode())
                .param("procedureName", f.procedureName()).param("dossierId", f.dossierId()).param("dossierCode", f.dossierCode())
                .param("agency", f.agencyId()).param("name", f.senderName()).param("email", f.senderEmail()).param("phone", f.senderPhone())
                .param("account", f.senderAccountId()).param("lang", f.language()).param("title", f.title()).param("content", f.content())
                .param("search", search(f.title() + " " + f.content())).param("received", ts(f.receivedAt()))
                .param("rejectDue", ts(f.rejectDue())).param("supplementDue", ts(f.supplementDue())).param("answerDue", ts(f.answerDue()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_item WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    Optional<FeedbackItem> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_item WHERE code = :code").param("code", code).query(this::map).optional();
    }

    /** A feedback the officer's scope covers; others are as if they did not exist. */
    Optional<FeedbackItem> byCodeInScope(String code, OfficerScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_item WHERE code = :code AND (:all = TRUE OR agency_id IN (:agencies))")
                .param("code", code).param("all", scope.all()).param("agencies", scope.agencyIds())
                .query(this::map).optional();
    }

    /** The officer's queue: open feedback (or the statuses asked for), the earliest deadline first. */
    PageResult<FeedbackItem> queue(OfficerScope scope, List<String> statuses, Paging paging) {
        String where = " WHERE status IN (:statuses) AND (:all = TRUE OR agency_id IN (:agencies))";
        Map<String, Object> params = Map.of("statuses", statuses, "all", scope.all(), "agencies", scope.agencyIds());
        long total = jdbc.sql("SELECT COUNT(*) FROM feedback_item" + where).params(params).query(Long.class).single();
        List<FeedbackItem> items = jdbc.sql("SELECT " + COLUMNS + " FROM feedback_item" + where
                        + " ORDER BY COALESCE(publish_due_at, answer_due_at), id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset()).query(this::map).list();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** Counts per status within the officer's scope. */
    Map<String, Long> counts(OfficerScope scope) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM feedback_item WHERE (:all = TRUE OR agency_id IN (:agencies)) GROUP BY status")
                .param("all", scope.all()).param("agencies", scope.agencyIds())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** Published answers, newest first, optionally matching every folded word of {@code q}. */
    PageResult<FeedbackItem> published(String q, Paging paging) {
        List<String> words = VietnameseText.words(q).stream().limit(8).toList();
        StringBuilder where = new StringBuilder(" WHERE status = 'PUBLISHED'");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND search_text LIKE :w").append(i);
        }
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM feedback_item" + where).params(params).query(Long.class).single();
        List<FeedbackItem> items = jdbc.sql("SELECT " + COLUMNS + " FROM feedback_item" + where
                        + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset()).query(this::map).list();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** Applies a stage's columns if the version still matches; false when someone else changed it first. */
    boolean update(long id, long version, String status, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE feedback_item SET status = :status, version = version + 1");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" WHERE id = :id AND version = :version");
        Map<String, Object> params = new java.util.HashMap<>();
        columns.forEach((k, v) -> params.put(k, v instanceof Instant i ? ts(i) : v));
        return jdbc.sql(sql.toString()).params(params).param("status", status).param("id", id).param("version", version).update() == 1;
    }

    /** Records a person's reaction once; false when they already reacted. */
    boolean react(long feedbackId, String reactor, boolean like, Instant at) {
        if (reaction(feedbackId, reactor).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO feedback_reaction (feedback_id, reactor, is_like, reacted_at) VALUES (:id, :reactor, :like, :at)")
                    .param("id", feedbackId).param("reactor", reactor).param("like", like).param("at", ts(at)).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false; // the same person in two tabs at once: the primary key keeps one
        }
        jdbc.sql("UPDATE feedback_item SET " + (like ? "likes = likes + 1" : "dislikes = dislikes + 1") + " WHERE id = :id")
                .param("id", feedbackId).update();
        return true;
    }

    Optional<Boolean> reaction(long feedbackId, String reactor) {
        return jdbc.sql("SELECT is_like FROM feedback_reaction WHERE feedback_id = :id AND reactor = :reactor")
                .param("id", feedbackId).param("reactor", reactor).query(Boolean.class).optional();
    }

    private static String search(String text) {
        String folded = VietnameseText.fold(text);
        return " " + (folded.length() > 5200 ? folded.substring(0, 5200) : folded) + " ";
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long l = rs.getLong(column);
        return rs.wasNull() ? null : l;
    }

    private FeedbackItem map(ResultSet rs, int row) throws SQLException {
        return new FeedbackItem(rs.getLong("id"), rs.getString("code"), rs.getString("check_code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), longOrNull(rs, "dossier_id"), rs.getString("dossier_code"), longOrNull(rs, "agency_id"),
                rs.getString("sender_name"), rs.getString("sender_email"), rs.getString("sender_phone"), longOrNull(rs, "sender_account_id"),
                rs.getString("language"), rs.getString("title"), rs.getString("content"), FeedbackStatus.valueOf(rs.getString("status")),
                instant(rs, "received_at"), instant(rs, "reject_due_at"), instant(rs, "supplement_due_at"), instant(rs, "answer_due_at"),
                instant(rs, "publish_due_at"), instant(rs, "rejected_at"), rs.getString("reject_reason"), bool(rs, "reject_on_time"),
                instant(rs, "supplement_requested_at"), rs.getString("supplement_request"), bool(rs, "supplement_on_time"),
                instant(rs, "supplemented_at"), rs.getString("supplement"), instant(rs, "answered_at"), rs.getString("answer"),
                bool(rs, "answer_on_time"), rs.getString("answered_by"), instant(rs, "published_at"), bool(rs, "publish_on_time"),
                rs.getInt("likes"), rs.getInt("dislikes"), rs.getLong("version"));
    }
}
