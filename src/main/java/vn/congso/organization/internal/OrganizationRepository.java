package vn.congso.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.AgencyUnit;

/** SQL for units and agencies. "Valid on d" means valid_from ≤ d ≤ valid_to (open end when null). */
@Repository
class OrganizationRepository {

    private static final String VALID_ON = " valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d) ";
    private static final String UNIT_SELECT = """
            SELECT u.id, u.code, u.name, u.level, u.kind, u.parent_id, p.code AS parent_code, u.valid_from, u.valid_to, u.decision
            FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id
            """;

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM organization_revision WHERE id = 1").query(Long.class).single();
    }

    void bumpRevision() {
        jdbc.sql("UPDATE organization_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    Optional<Agency> agency(long id) {
        return jdbc.sql("SELECT * FROM agency WHERE id = :id").param("id", id).query(OrganizationRepository::agency).optional();
    }

    Optional<Agency> agencyByCode(String code) {
        return jdbc.sql("SELECT * FROM agency WHERE code = :code").param("code", code).query(OrganizationRepository::agency).optional();
    }

    List<Agency> agencies(LocalDate asOf) {
        return jdbc.sql("SELECT * FROM agency WHERE " + VALID_ON + " ORDER BY CASE level WHEN 'PROVINCE' THEN 0 ELSE 1 END, name_folded")
                .param("d", asOf).query(OrganizationRepository::agency).list();
    }

    List<Agency> agencies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM agency WHERE id IN (:ids) ORDER BY name_folded").param("ids", ids)
                .query(OrganizationRepository::agency).list();
    }

    List<Agency> allAgencies() {
        return jdbc.sql("SELECT * FROM agency ORDER BY id").query(OrganizationRepository::agency).list();
    }

    List<Long> children(Collection<Long> parentIds) {
        return jdbc.sql("SELECT id FROM agency WHERE parent_id IN (:ids)").param("ids", parentIds).query(Long.class).list();
    }

    List<AgencyUnit> units(long agencyId) {
        return jdbc.sql("SELECT * FROM agency_unit WHERE agency_id = :a ORDER BY code").param("a", agencyId)
                .query(OrganizationRepository::unit).list();
    }

    Optional<AgencyUnit> unit(long id) {
        return jdbc.sql("SELECT * FROM agency_unit WHERE id = :id").param("id", id).query(OrganizationRepository::unit).optional();
    }

    List<AdminUnit> adminUnits(LocalDate asOf, AdminLevel level) {
        String sql = UNIT_SELECT + " WHERE u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)"
                + (level == null ? "" : " AND u.level = :level")
                + " ORDER BY CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, u.name_folded";
        var spec = jdbc.sql(sql).param("d", asOf);
        if (level != null) {
            spec = spec.param("level", level.name());
        }
        return withLinks(spec.query(this::unitRow).list());
    }

    List<AdminUnit> allAdminUnits() {
        return withLinks(jdbc.sql(UNIT_SELECT + " ORDER BY u.id").query(this::unitRow).list());
    }

    Optional<AdminUnit> adminUnit(long id) {
        return withLinks(jdbc.sql(UNIT_SELECT + " WHERE u.id = :id").param("id", id).query(this::unitRow).list()).stream().findFirst();
    }

    Optional<AdminUnit> adminUnit(String code, LocalDate asOf) {
        return withLinks(jdbc.sql(UNIT_SELECT + " WHERE u.code = :code AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)")
                .param("code", code).param("d", asOf).query(this::unitRow).list()).stream().findFirst();
    }

    List<Long> successorIds(long unitId) {
        return jdbc.sql("SELECT successor_id FROM admin_unit_succession WHERE predecessor_id = :id").param("id", unitId)
                .query(Long.class).list();
    }

    Optional<Agency> agencyOfUnit(long adminUnitId, AgencyKind kind, LocalDate asOf) {
        return jdbc.sql("SELECT * FROM agency WHERE admin_unit_id = :u AND kind = :k AND " + VALID_ON + " ORDER BY id")
                .param("u", adminUnitId).param("k", kind.name()).param("d", asOf)
                .query(OrganizationRepository::agency).optional();
    }

    /** Adds predecessor and successor keys to units in two queries, not one per unit. */
    private List<AdminUnit> withLinks(List<UnitRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(UnitRow::id).toList();
        Map<Long, List<String>> predecessors = new HashMap<>();
        Map<Long, List<String>> successors = new HashMap<>();
        jdbc.sql("""
                SELECT s.successor_id, s.predecessor_id, p.code AS p_code, p.valid_from AS p_from, n.code AS n_code, n.valid_from AS n_from
                FROM admin_unit_succession s
                JOIN admin_unit p ON p.id = s.predecessor_id
                JOIN admin_unit n ON n.id = s.successor_id
                WHERE s.successor_id IN (:ids) OR s.predecessor_id IN (:ids)
                ORDER BY p.code, n.code
                """).param("ids", ids).query(rs -> {
            long successor = rs.getLong("successor_id");
            long predecessor = rs.getLong("predecessor_id");
            predecessors.computeIfAbsent(successor, k -> new ArrayList<>())
                    .add(rs.getString("p_code") + "@" + rs.getDate("p_from").toLocalDate());
            successors.computeIfAbsent(predecessor, k -> new ArrayList<>())
                    .add(rs.getString("n_code") + "@" + rs.getDate("n_from").toLocalDate());
        });
        return rows.stream().map(r -> new AdminUnit(r.id, r.code, r.name, r.level, r.kind, r.parentId, r.parentCode,
                r.validFrom, r.validTo, r.decision,
                List.copyOf(predecessors.getOrDefault(r.id, List.of())),
                List.copyOf(successors.getOrDefault(r.id, List.of())))).toList();
    }

    private UnitRow unitRow(ResultSet rs, int n) throws SQLException {
        return new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                AdminLevel.valueOf(rs.getString("level")), rs.getString("kind"),
                (Long) rs.getObject("parent_id", Long.class), rs.getString("parent_code"),
                rs.getDate("valid_from").toLocalDate(), date(rs.getDate("valid_to")), rs.getString("decision"));
    }

    private record UnitRow(long id, String code, String name, AdminLevel level, String kind, Long parentId,
                           String parentCode, LocalDate validFrom, LocalDate validTo, String decision) {
    }

    static Agency agency(ResultSet rs, int n) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("short_name"), AgencyKind.valueOf(rs.getString("kind")), AdminLevel.valueOf(rs.getString("level")),
                rs.getObject("parent_id", Long.class), rs.getObject("admin_unit_id", Long.class),
                rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                rs.getDate("valid_from").toLocalDate(), date(rs.getDate("valid_to")));
    }

    static AgencyUnit unit(ResultSet rs, int n) throws SQLException {
        return new AgencyUnit(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"));
    }

    static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
