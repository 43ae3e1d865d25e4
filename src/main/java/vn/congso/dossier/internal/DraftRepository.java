package vn.congso.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Drafts and their files. Every read names the owner, so one applicant never loads another's draft. */
@Repository
class DraftRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    static String openKey(long accountId, String procedureCode) {
        return accountId + ":" + procedureCode;
    }

    Optional<Draft> owned(String publicId, long accountId) {
        return jdbc.sql("SELECT * FROM draft WHERE public_id = :p AND account_id = :a").param("p", publicId).param("a", accountId)
                .query(this::draft).optional();
    }

    Optional<Draft> ownedForUpdate(String publicId, long accountId) {
        return jdbc.sql("SELECT * FROM draft WHERE public_id = :p AND account_id = :a FOR UPDATE").param("p", publicId)
                .param("a", accountId).query(this::draft).optional();
    }

    Optional<Draft> openFor(long accountId, String procedureCode) {
        return jdbc.sql("SELECT * FROM draft WHERE open_key = :k").param("k", openKey(accountId, procedureCode))
                .query(this::draft).optional();
    }

    List<Draft> openOf(long accountId) {
        return jdbc.sql("SELECT * FROM draft WHERE account_id = :a AND status = 'OPEN' ORDER BY updated_at DESC")
                .param("a", accountId).query(this::draft).list();
    }

    Draft insert(long accountId, String procedureCode, long versionId, Long communeUnitId, Long receivingAgencyId,
                 Long competentAgencyId, ObjectNode data, String currentPage, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String publicId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO draft (public_id, account_id, procedure_code, procedure_version_id, open_key, commune_unit_id,
                    receiving_agency_id, competent_agency_id, data, current_page, status, created_at, updated_at, version)
                VALUES (:p, :a, :code, :v, :k, :commune, :receiving, :competent, :data, :page, 'OPEN', :now, :now, 0)
                """).param("p", publicId).param("a", accountId).param("code", procedureCode).param("v", versionId)
                .param("k", openKey(accountId, procedureCode)).param("commune", communeUnitId).param("receiving", receivingAgencyId)
                .param("competent", competentAgencyId).param("data", json.writeValueAsString(data)).param("page", currentPage)
                .param("now", Timestamp.from(now)).update(keys, "id");
        return owned(publicId, accountId).orElseThrow();
    }

    /** Saves data and position; fails with 409 when someone saved in between (another tab, another device). */
    void save(Draft d, ObjectNode data, String currentPage, Long communeUnitId, Long receivingAgencyId, Long competentAgencyId,
              Instant now) {
        int updated = jdbc.sql("""
                UPDATE draft SET data = :data, current_page = :page, commune_unit_id = :commune, receiving_agency_id = :receiving,
                       competent_agency_id = :competent, updated_at = :now, expiry_warned_at = NULL, version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'
                """).param("data", json.writeValueAsString(data)).param("page", currentPage).param("commune", communeUnitId)
                .param("receiving", receivingAgencyId).param("competent", competentAgencyId).param("now", Timestamp.from(now))
                .param("id", d.id()).param("version", d.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("draft " + d.publicId() + " changed");
        }
    }

    void touch(long draftId, Instant now) {
        jdbc.sql("UPDATE draft SET updated_at = :now, expiry_warned_at = NULL, version = version + 1 WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", draftId).update();
    }

    void close(long draftId, Draft.Status status, Long dossierId, Instant now) {
        jdbc.sql("UPDATE draft SET status = :s, open_key = NULL, dossier_id = :d, updated_at = :now, version = version + 1 WHERE id = :id")
                .param("s", status.name()).param("d", dossierId).param("now", Timestamp.from(now)).param("id", draftId).update();
    }

    List<DraftFile> files(long draftId) {
        return jdbc.sql("""
                SELECT f.id, f.public_id, df.component_code, f.display_name, f.content_type, f.size_bytes, f.sha256, df.added_at
                FROM draft_file df JOIN stored_file f ON f.id = df.file_id WHERE df.draft_id = :d ORDER BY df.added_at, f.id
                """).param("d", draftId).query((rs, n) -> new DraftFile(rs.getLong("id"), rs.getString("public_id"),
                rs.getString("component_code"), rs.getString("display_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("added_at").toInstant())).list();
    }

    void addFile(long draftId, long fileId, String componentCode, Instant now) {
        jdbc.sql("INSERT INTO draft_file (draft_id, file_id, component_code, added_at) VALUES (:d, :f, :c, :now)")
                .param("d", draftId).param("f", fileId).param("c", componentCode).param("now", Timestamp.from(now)).update();
    }

    boolean removeFile(long draftId, String filePublicId) {
        return jdbc.sql("DELETE FROM draft_file WHERE draft_id = :d AND file_id IN (SELECT id FROM stored_file WHERE public_id = :p)")
                .param("d", draftId).param("p", filePublicId).update() > 0;
    }

    /** Open drafts untouched since {@code before}, not yet warned. */
    List<Draft> staleUnwarned(Instant before, int limit) {
        return jdbc.sql("SELECT * FROM draft WHERE status = 'OPEN' AND updated_at < :b AND expiry_warned_at IS NULL ORDER BY updated_at LIMIT :l")
                .param("b", Timestamp.from(before)).param("l", limit).query(this::draft).list();
    }

    /** Open drafts untouched since {@code before} whose applicant was warned no later than {@code warnedBefore}. */
    List<Draft> expired(Instant before, Instant warnedBefore, int limit) {
        return jdbc.sql("""
                        SELECT * FROM draft WHERE status = 'OPEN' AND updated_at < :b AND expiry_warned_at IS NOT NULL AND expiry_warned_at <= :w
                        ORDER BY updated_at LIMIT :l""")
                .param("b", Timestamp.from(before)).param("w", Timestamp.from(warnedBefore)).param("l", limit).query(this::draft).list();
    }

    void markWarned(long draftId, Instant now) {
        jdbc.sql("UPDATE draft SET expiry_warned_at = :now WHERE id = :id").param("now", Timestamp.from(now)).param("id", draftId).update();
    }

    private Draft draft(ResultSet rs, int n) throws SQLException {
        return new Draft(rs.getLong("id"), rs.getString("public_id"), rs.getLong("account_id"), rs.getString("procedure_code"),
                rs.getLong("procedure_version_id"), rs.getObject("commune_unit_id", Long.class),
                rs.getObject("receiving_agency_id", Long.class), rs.getObject("competent_agency_id", Long.class),
                (ObjectNode) json.readTree(rs.getString("data")), rs.getString("current_page"), Draft.Status.valueOf(rs.getString("status")),
                rs.getObject("dossier_id", Long.class), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
