package vn.congso.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;
import vn.congso.catalog.Component;
import vn.congso.catalog.Fee;
import vn.congso.catalog.Field;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AgencyKind;

/** SQL of the catalogue. */
@Repository
class CatalogRepository {

    static final String CURRENT = " v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to >= :d) ";

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the in-memory search index holds of a version valid on a day. */
    record IndexRow(long versionId, String code, String name, String nameEn, String nameFolded, String searchText,
                    String fieldCode, String fieldName, AdminLevel level, OnlineServiceType online, Long competentAgencyId,
                    String competentAgencyKind, String competentAuthority, Duration timeLimit, long totalFee) {
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM catalog_revision WHERE id = 1").query(Long.class).single();
    }

    void bumpRevision() {
        jdbc.sql("UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    List<IndexRow> indexRows(LocalDate on) {
        return jdbc.sql("""
                SELECT v.id, p.code, v.name, v.name_en, v.name_folded, v.search_text, f.code AS field_code, f.name AS field_name,
                       v.level, v.online_type, v.competent_agency_id, v.competent_agency_kind, v.competent_authority,
                       v.time_limit_amount, v.time_limit_unit, v.total_fee_vnd
                FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id JOIN field f ON f.id = v.field_id
                WHERE """ + CURRENT + " ORDER BY v.name_folded, p.code").param("d", on)
                .query((rs, n) -> new IndexRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        rs.getString("name_folded"), rs.getString("search_text"), rs.getString("field_code"), rs.getString("field_name"),
                        AdminLevel.valueOf(rs.getString("level")), OnlineServiceType.valueOf(rs.getString("online_type")),
                        rs.getObject("competent_agency_id", Long.class), rs.getString("competent_agency_kind"),
                        rs.getString("competent_authority"),
                        Duration.of(rs.getInt("time_limit_amount"), DurationUnit.valueOf(rs.getString("time_limit_unit"))),
                        rs.getLong("total_fee_vnd"))).list();
    }

    /** Implementing agencies of the versions valid on a day, by version id. */
    Map<Long, java.util.Set<Long>> implementingAgencies(LocalDate on) {
        Map<Long, java.util.Set<Long>> out = new HashMap<>();
        jdbc.sql("SELECT i.version_id, i.agency_id FROM procedure_implementing_agency i JOIN procedure_version v ON v.id = i.version_id WHERE "
                + CURRENT).param("d", on).query(rs -> {
            out.computeIfAbsent(rs.getLong("version_id"), k -> new java.util.HashSet<>()).add(rs.getLong("agency_id"));
        });
        return out;
    }

    /** The full stored version. */
    record VersionRow(long id, long procedureId, String code, int versionNo, LocalDate validFrom, LocalDate validTo,
                      String name, String nameEn, long fieldId, AdminLevel level, Long competentAgencyId,
                      AgencyKind competentAgencyKind, String competentAuthority, List<String> subjects,
                      String description, String eligibility, String howToApply, Duration timeLimit, String timeLimitNote,
                      String cutoff, String resultName, boolean resultIsDocument, OnlineServiceType onlineType,
                      boolean eligibleForFull, List<String> legalBasis, String formDefinition, String contentHash) {
    }

    private static final String VERSION_SELECT = "SELECT v.*, p.code FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id ";

    Optional<VersionRow> current(String code, LocalDate on) {
        return jdbc.sql(VERSION_SELECT + " WHERE p.code = :code AND " + CURRENT).param("code", code).param("d", on)
                .query(CatalogRepository::version).optional();
    }

    Optional<VersionRow> version(long id) {
        return jdbc.sql(VERSION_SELECT + " WHERE v.id = :id").param("id", id).query(CatalogRepository::version).optional();
    }

    Optional<VersionRow> latest(String code) {
        return jdbc.sql(VERSION_SELECT + " WHERE p.code = :code ORDER BY v.version_no DESC LIMIT 1").param("code", code)
                .query(CatalogRepository::version).optional();
    }

    List<Fee> fees(long versionId) {
        return jdbc.sql("SELECT name, amount_vnd, note FROM procedure_fee WHERE version_id = :v ORDER BY ord").param("v", versionId)
                .query((rs, n) -> new Fee(rs.getString("name"), rs.getLong("amount_vnd"), rs.getString("note"))).list();
    }

    List<Component> components(long versionId) {
        return jdbc.sql("SELECT * FROM procedure_component WHERE version_id = :v ORDER BY ord").param("v", versionId)
                .query((rs, n) -> new Component(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("originals"),
                        rs.getInt("copies"), rs.getBoolean("mandatory"), rs.getString("template_name"),
                        rs.getString("template_url"), rs.getString("note"))).list();
    }

    List<Long> implementingAgencies(long versionId) {
        return jdbc.sql("SELECT agency_id FROM procedure_implementing_agency WHERE version_id = :v ORDER BY agency_id")
                .param("v", versionId).query(Long.class).list();
    }

    List<Field> fields() {
        return jdbc.sql("SELECT * FROM field ORDER BY name_folded").query(CatalogRepository::field).list();
    }

    Optional<Field> field(long id) {
        return jdbc.sql("SELECT * FROM field WHERE id = :id").param("id", id).query(CatalogRepository::field).optional();
    }

    Optional<Field> fieldByCode(String code) {
        return jdbc.sql("SELECT * FROM field WHERE code = :c").param("c", code).query(CatalogRepository::field).optional();
    }

    static Field field(ResultSet rs, int n) throws SQLException {
        return new Field(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"));
    }

    private static VersionRow version(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("competent_agency_kind");
        String subjects = rs.getString("subjects");
        String legal = rs.getString("legal_basis");
        java.sql.Date to = rs.getDate("valid_to");
        return new VersionRow(rs.getLong("id"), rs.getLong("procedure_id"), rs.getString("code"), rs.getInt("version_no"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("name"), rs.getString("name_en"), rs.getLong("field_id"), AdminLevel.valueOf(rs.getString("level")),
                rs.getObject("competent_agency_id", Long.class), kind == null ? null : AgencyKind.valueOf(kind),
                rs.getString("competent_authority"), split(subjects, ","), rs.getString("description"),
                rs.getString("eligibility"), rs.getString("how_to_apply"),
                Duration.of(rs.getInt("time_limit_amount"), DurationUnit.valueOf(rs.getString("time_limit_unit"))),
                rs.getString("time_limit_note"), rs.getString("cutoff_time"), rs.getString("result_name"),
                rs.getBoolean("result_is_document"), OnlineServiceType.valueOf(rs.getString("online_type")),
                rs.getBoolean("eligible_for_full"), split(legal, "\n"), rs.getString("form_definition"),
                rs.getString("content_hash"));
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
