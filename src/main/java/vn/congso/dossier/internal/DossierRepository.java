package vn.congso.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.congso.dossier.Applicant;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierView;

/** Dossier rows, components, files and history. Callers pass the access condition; nothing is loaded unfiltered. */
@Repository
class DossierRepository {

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new dossier is made of. */
    record NewDossier(String code, String publicId, String procedureCode, long procedureVersionId, String procedureName,
                      boolean resultIsDocument, Channel channel, DossierStatus status, Applicant applicant, String applicantFolded,
                      long receivingAgencyId, Long competentAgencyId, Long communeUnitId, String data, String checkCode,
                      Instant submittedAt, boolean vneidVerified) {
    }

    long insert(NewDossier d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(d.submittedAt());
        jdbc.sql("""
                INSERT INTO dossier (code, public_id, procedure_code, procedure_version_id, procedure_name, result_is_document, channel,
                    status, dvcqg_status, applicant_account_id, applicant_name, applicant_folded, applicant_personal_id, applicant_phone,
                    applicant_email, applicant_address, applicant_language, receiving_agency_id, competent_agency_id, commune_unit_id,
                    data, check_code, submitted_at, paused_minutes, supplement_count, extension_count, online_payment, vneid_verified,
                    tracking_failures, created_at, updated_at, version)
                VALUES (:code, :publicId, :procedureCode, :versionId, :procedureName, :resultIsDocument, :channel, :status, :dvcqg,
                    :accountId, :name, :folded, :personalId, :phone, :email, :address, :language, :receiving, :competent, :commune,
                    :data, :check, :at, 0, 0, 0, FALSE, :vneid, 0, :at, :at, 0)
                """)
                .params(Map.ofEntries(
                        Map.entry("code", d.code()), Map.entry("publicId", d.publicId()), Map.entry("procedureCode", d.procedureCode()),
                        Map.entry("versionId", d.procedureVersionId()), Map.entry("procedureName", d.procedureName()),
                        Map.entry("resultIsDocument", d.resultIsDocument()), Map.entry("channel", d.channel().code()),
                        Map.entry("status", d.status().name()), Map.entry("dvcqg", d.status().dvcqgCode()),
                        Map.entry("name", d.applicant().name()), Map.entry("folded", d.applicantFolded()),
                        Map.entry("language", d.applicant().language()), Map.entry("receiving", d.receivingAgencyId()),
                        Map.entry("data", d.data()), Map.entry("check", d.checkCode()), Map.entry("at", at),
                        Map.entry("vneid", d.vneidVerified())))
                .param("accountId", d.applicant().accountId()).param("personalId", d.applicant().personalId())
                .param("phone", d.applicant().phone()).param("email", d.applicant().email()).param("address", d.applicant().address())
                .param("competent", d.competentAgencyId()).param("commune", d.communeUnitId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void addComponent(long dossierId, String code, String name, boolean mandatory, boolean digitized) {
        jdbc.sql("INSERT INTO dossier_component (dossier_id, component_code, name, mandatory, digitized, from_vault) VALUES (:d, :c, :n, :m, :g, FALSE)")
                .param("d", dossierId).param("c", code).param("n", name).param("m", mandatory).param("g", digitized).update();
    }

    void addFile(long dossierId, long fileId, String componentCode, String kind, Instant at, Long by) {
        jdbc.sql("INSERT INTO dossier_file (dossier_id, file_id, component_code, kind, added_at, added_by) VALUES (:d, :f, :c, :k, :at, :by)")
                .param("d", dossierId).param("f", fileId).param("c", componentCode).param("k", kind).param("at", Timestamp.from(at))
                .param("by", by).update();
    }

    void addHistory(long dossierId, Instant at, Long actorId, String actorName, String actorRole, DossierStatus from, DossierStatus to,
                    String reason, String step) {
        jdbc.sql("""
                INSERT INTO dossier_status_history (dossier_id, at, actor_id, actor_name, actor_role, from_status, to_status, dvcqg_from,
                    dvcqg_to, reason, step) VALUES (:d, :at, :actor, :name, :role, :from, :to, :dfrom, :dto, :reason, :step)
                """).param("d", dossierId).param("at", Timestamp.from(at)).param("actor", actorId).param("name", actorName)
                .param("role", actorRole).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("dfrom", from == null ? null : from.dvcqgCode()).param("dto", to.dvcqgCode()).param("reason", reason)
                .param("step", step).update();
    }

    Optional<Long> idOwnedBy(String code, long accountId) {
        return jdbc.sql("SELECT id FROM dossier WHERE code = :c AND applicant_account_id = :a").param("c", code).param("a", accountId)
                .query(Long.class).optional();
    }

    Optional<Long> idByCode(String code) {
        return jdbc.sql("SELECT id FROM dossier WHERE code = :c").param("c", code).query(Long.class).optional();
    }

    Optional<DossierView> view(long id) {
        return jdbc.sql("SELECT * FROM dossier WHERE id = :id").param("id", id).query(this::row).optional()
                .map(d -> withDetails(d, id));
    }

    /** Summary rows of an applicant's dossiers, newest first (no components/files/history). */
    List<DossierView> ofApplicant(long accountId, int limit, long offset) {
        return jdbc.sql("SELECT * FROM dossier WHERE applicant_account_id = :a ORDER BY submitted_at DESC, id DESC LIMIT :l OFFSET :o")
                .param("a", accountId).param("l", limit).param("o", offset).query(this::row).list();
    }

    /** Dossier ids after {@code afterId}, ascending (for recomputations that walk every dossier). */
    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM dossier WHERE id > :a ORDER BY id LIMIT :l").param("a", afterId).param("l", limit).query(Long.class).list();
    }

    long countOfApplicant(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE applicant_account_id = :a").param("a", accountId).query(Long.class).single();
    }

    private DossierView withDetails(DossierView d, long id) {
        List<DossierView.ComponentView> components = jdbc.sql("SELECT * FROM dossier_component WHERE dossier_id = :d ORDER BY component_code")
                .param("d", id).query((rs, n) -> new DossierView.ComponentView(rs.getString("component_code"), rs.getString("name"),
                        rs.getBoolean("mandatory"), rs.getBoolean("digitized"), rs.getBoolean("from_vault"))).list();
        List<DossierView.FileView> files = jdbc.sql("""
                SELECT f.public_id, df.component_code, f.display_name, f.content_type, f.size_bytes, df.kind, df.added_at
                FROM dossier_file df JOIN stored_file f ON f.id = df.file_id WHERE df.dossier_id = :d ORDER BY df.added_at, f.id
                """).param("d", id).query((rs, n) -> new DossierView.FileView(rs.getString("public_id"), rs.getString("component_code"),
                rs.getString("display_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("kind"),
                rs.getTimestamp("added_at").toInstant())).list();
        List<DossierView.HistoryEntry> history = history(id);
        return new DossierView(d.id(), d.code(), d.procedureCode(), d.procedureVersionId(), d.procedureName(), d.status(), d.channel(),
                d.applicant(), d.receivingAgencyId(), d.competentAgencyId(), d.communeUnitId(), d.data(), d.submittedAt(), d.receivedAt(),
                d.dueAt(), d.effectiveDueAt(), d.decidedAt(), d.returnedAt(), d.supplementCount(), d.extensionCount(),
                d.resultIsDocument(), d.checkCode(), d.version(), components, files, history, d.facts());
    }

    List<DossierView.HistoryEntry> history(long dossierId) {
        return jdbc.sql("SELECT * FROM dossier_status_history WHERE dossier_id = :d ORDER BY at, id").param("d", dossierId)
                .query((rs, n) -> new DossierView.HistoryEntry(rs.getTimestamp("at").toInstant(),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), rs.getString("actor_name"), rs.getString("actor_role"),
                        rs.getString("reason"), rs.getString("step"))).list();
    }

    /** A stored file the account may download: its own upload, or a file of one of its dossiers. */
    Optional<StoredFileRef> fileOfApplicant(String filePublicId, long accountId) {
        return jdbc.sql("""
                SELECT f.* FROM stored_file f WHERE f.public_id = :p AND (f.owner_id = :a
                   OR EXISTS (SELECT 1 FROM dossier_file df JOIN dossier d ON d.id = df.dossier_id
                              WHERE df.file_id = f.id AND d.applicant_account_id = :a))
                """).param("p", filePublicId).param("a", accountId).query(DossierRepository::file).optional();
    }

    /** A file of a dossier whose receiving or competent agency is one of {@code agencies} (officers). */
    Optional<StoredFileRef> fileOfAgencies(String filePublicId, List<Long> agencies) {
        if (agencies.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT f.* FROM stored_file f WHERE f.public_id = :p
                   AND EXISTS (SELECT 1 FROM dossier_file df JOIN dossier d ON d.id = df.dossier_id
                               WHERE df.file_id = f.id AND (d.receiving_agency_id IN (:ag) OR d.competent_agency_id IN (:ag)))
                """).param("p", filePublicId).param("ag", agencies).query(DossierRepository::file).optional();
    }

    /** A stored file's location and metadata. */
    record StoredFileRef(long id, String publicId, String storageKey, String displayName, String contentType, long size, String sha256) {
    }

    static StoredFileRef file(ResultSet rs, int n) throws SQLException {
        return new StoredFileRef(rs.getLong("id"), rs.getString("public_id"), rs.getString("storage_key"), rs.getString("display_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"));
    }

    Optional<StoredFileRef> fileOfDossier(long dossierId, String filePublicId) {
        return jdbc.sql("""
                SELECT f.* FROM stored_file f JOIN dossier_file df ON df.file_id = f.id WHERE df.dossier_id = :d AND f.public_id = :p
                """).param("d", dossierId).param("p", filePublicId).query(DossierRepository::file).optional();
    }

    List<DossierView> receivedBy(java.util.Collection<Long> agencyIds, Instant from, Instant to, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM dossier WHERE (receiving_agency_id IN (:ag) OR competent_agency_id IN (:ag))
                  AND submitted_at >= :from AND submitted_at < :to ORDER BY submitted_at, id LIMIT :l
                """).param("ag", agencyIds).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("l", limit)
                .query(this::row).list();
    }

    /** Tracking: counts wrong check values and locks the code for a while after too many. */
    record TrackingState(long id, String checkCode, String phone, int failures, Instant lockedUntil) {
    }

    Optional<TrackingState> trackingState(String code) {
        return jdbc.sql("SELECT id, check_code, applicant_phone, tracking_failures, tracking_locked_until FROM dossier WHERE code = :c")
                .param("c", code).query((rs, n) -> new TrackingState(rs.getLong("id"), rs.getString("check_code"),
                        rs.getString("applicant_phone"), rs.getInt("tracking_failures"),
                        rs.getTimestamp("tracking_locked_until") == null ? null : rs.getTimestamp("tracking_locked_until").toInstant()))
                .optional();
    }

    void trackingFailed(long id, int failures, Instant lockedUntil) {
        jdbc.sql("UPDATE dossier SET tracking_failures = :f, tracking_locked_until = :l WHERE id = :id").param("f", failures)
                .param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil)).param("id", id).update();
    }

    void trackingSucceeded(long id) {
        jdbc.sql("UPDATE dossier SET tracking_failures = 0, tracking_locked_until = NULL WHERE id = :id AND tracking_failures > 0")
                .param("id", id).update();
    }

    private DossierView row(ResultSet rs, int n) throws SQLException {
        Applicant applicant = new Applicant(rs.getObject("applicant_account_id", Long.class), rs.getString("applicant_name"),
                rs.getString("applicant_personal_id"), rs.getString("applicant_phone"), rs.getString("applicant_email"),
                rs.getString("applicant_address"), rs.getString("applicant_language"));
        int channel = rs.getInt("channel");
        return new DossierView(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_code"), rs.getLong("procedure_version_id"),
                rs.getString("procedure_name"), DossierStatus.valueOf(rs.getString("status")),
                Channel.values()[channel - 1], applicant, rs.getLong("receiving_agency_id"), rs.getObject("competent_agency_id", Long.class),
                rs.getObject("commune_unit_id", Long.class), rs.getString("data"), instant(rs, "submitted_at"), instant(rs, "received_at"),
                instant(rs, "due_at"), instant(rs, "effective_due_at"), instant(rs, "decided_at"), instant(rs, "returned_at"),
                rs.getInt("supplement_count"), rs.getInt("extension_count"), rs.getBoolean("result_is_document"), rs.getString("check_code"),
                rs.getLong("version"), List.of(), List.of(), List.of(),
                new DossierView.Facts(rs.getBoolean("online_payment"), rs.getBoolean("vneid_verified"), rs.getString("e_result_code"),
                        rs.getString("e_result_url"), rs.getString("source_database"), instant(rs, "synced_to_dvcqg_at"), instant(rs, "ended_at")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

}
