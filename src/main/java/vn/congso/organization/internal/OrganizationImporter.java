package vn.congso.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.AdminUnitRow;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyRow;
import vn.congso.organization.OrganizationImport;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.VietnameseText;

/**
 * Validates and writes units and agencies. Units are identified by code and start date, agencies by their
 * electronic identifier; importing the same file twice changes nothing.
 */
@Service
class OrganizationImporter implements OrganizationImport {

    private final JdbcClient jdbc;
    private final OrganizationRepository repository;
    private final OrganizationCache cache;

    OrganizationImporter(JdbcClient jdbc, OrganizationRepository repository, OrganizationCache cache) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.cache = cache;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldProblem> check(List<AdminUnitRow> units, List<AgencyRow> agencies) {
        List<FieldProblem> problems = new ArrayList<>();
        UnitIndex index = new UnitIndex(units, repository.allAdminUnits());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            AdminUnitRow u = units.get(i);
            String at = "adminUnits[" + i + "]";
            if (blank(u.code()) || u.code().length() > 16) {
                problems.add(FieldProblem.of(at + ".code", "import.code", u.code()));
            }
            if (blank(u.name())) {
                problems.add(FieldProblem.of(at + ".name", "import.required", "name"));
            }
            if (u.level() == null) {
                problems.add(FieldProblem.of(at + ".level", "import.required", "level"));
            }
            if (u.validFrom() == null) {
                problems.add(FieldProblem.of(at + ".validFrom", "import.required", "validFrom"));
                continue;
            }
            if (u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
                problems.add(FieldProblem.of(at + ".validTo", "import.dates", u.validFrom(), u.validTo()));
            }
            if (!keys.add(u.code() + "@" + u.validFrom())) {
                problems.add(FieldProblem.of(at + ".code", "import.duplicate", u.code() + "@" + u.validFrom()));
            }
            if (!blank(u.parent())) {
                Optional<Ref> parent = index.find(u.parent(), u.validFrom());
                if (parent.isEmpty()) {
                    problems.add(FieldProblem.of(at + ".parent", "import.unknown-unit", u.parent()));
                } else if (u.level() != null && parent.get().level().ordinal() >= u.level().ordinal()) {
                    problems.add(FieldProblem.of(at + ".parent", "import.parent-level", u.parent()));
                }
            }
            for (String p : nullToEmpty(u.predecessors())) {
                if (index.find(p, u.validFrom().minusDays(1)).isEmpty()) {
                    problems.add(FieldProblem.of(at + ".predecessors", "import.unknown-unit", p));
                }
            }
        }
        Set<String> fileAgencies = new HashSet<>();
        agencies.forEach(a -> {
            if (a.code() != null) {
                fileAgencies.add(a.code());
            }
        });
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyRow a = agencies.get(i);
            String at = "agencies[" + i + "]";
            if (blank(a.code()) || a.code().length() > 32) {
                problems.add(FieldProblem.of(at + ".code", "import.code", a.code()));
            } else if (!seen.add(a.code())) {
                problems.add(FieldProblem.of(at + ".code", "import.duplicate", a.code()));
            }
            if (blank(a.name())) {
                problems.add(FieldProblem.of(at + ".name", "import.required", "name"));
            }
            if (a.kind() == null) {
                problems.add(FieldProblem.of(at + ".kind", "import.required", "kind"));
            }
            if (a.level() == null || a.level() == AdminLevel.DISTRICT) {
                problems.add(FieldProblem.of(at + ".level", "import.agency-level", a.level()));
            }
            if (a.validFrom() == null) {
                problems.add(FieldProblem.of(at + ".validFrom", "import.required", "validFrom"));
            } else if (a.validTo() != null && a.validTo().isBefore(a.validFrom())) {
                problems.add(FieldProblem.of(at + ".validTo", "import.dates", a.validFrom(), a.validTo()));
            }
            if (!blank(a.parent())) {
                if (a.parent().equals(a.code())) {
                    problems.add(FieldProblem.of(at + ".parent", "import.self-parent", a.parent()));
                } else if (!fileAgencies.contains(a.parent()) && repository.agencyByCode(a.parent()).isEmpty()) {
                    problems.add(FieldProblem.of(at + ".parent", "import.unknown-agency", a.parent()));
                }
            }
            if (!blank(a.adminUnit()) && a.validFrom() != null && index.find(a.adminUnit(), a.validFrom()).isEmpty()) {
                problems.add(FieldProblem.of(at + ".adminUnit", "import.unknown-unit", a.adminUnit()));
            }
            Set<String> unitCodes = new HashSet<>();
            List<AgencyRow.UnitRow> inner = nullToEmpty(a.units());
            for (int j = 0; j < inner.size(); j++) {
                AgencyRow.UnitRow u = inner.get(j);
                if (blank(u.code()) || blank(u.name())) {
                    problems.add(FieldProblem.of(at + ".units[" + j + "]", "import.required", "code, name"));
                } else if (!unitCodes.add(u.code())) {
                    problems.add(FieldProblem.of(at + ".units[" + j + "].code", "import.duplicate", u.code()));
                }
            }
        }
        return problems;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Counts write(List<AdminUnitRow> units, List<AgencyRow> agencies) {
        // every node forgets its cached units and agencies: this one after the commit, the others on the new revision
        cache.cache.changedInThisTransaction();
        repository.bumpRevision();
        List<AdminUnitRow> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparing((AdminUnitRow u) -> u.level().ordinal()).thenComparing(AdminUnitRow::validFrom));
        Map<String, Long> written = new HashMap<>();
        UnitIndex index = new UnitIndex(List.of(), repository.allAdminUnits());
        for (AdminUnitRow u : ordered) {
            Long parentId = blank(u.parent()) ? null : index.find(u.parent(), u.validFrom()).map(Ref::id).orElseThrow();
            Optional<Long> existing = jdbc.sql("SELECT id FROM admin_unit WHERE code = :c AND valid_from = :f")
                    .param("c", u.code()).param("f", u.validFrom()).query(Long.class).optional();
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                jdbc.sql("""
                        UPDATE admin_unit SET name = :name, name_folded = :folded, level = :level, kind = :kind, parent_id = :parent,
                               valid_to = :to, decision = :decision WHERE id = :id
                        """).params(unitParams(u, parentId)).param("id", id).update();
            } else {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO admin_unit (code, name, name_folded, level, kind, parent_id, valid_from, valid_to, decision)
                        VALUES (:code, :name, :folded, :level, :kind, :parent, :from, :to, :decision)
                        """).params(unitParams(u, parentId)).param("code", u.code()).param("from", u.validFrom())
                        .update(keys, "id");
                id = keys.getKey().longValue();
            }
            written.put(u.code() + "@" + u.validFrom(), id);
            index.put(new Ref(id, u.code(), u.validFrom(), u.validTo(), u.level()));
        }
        for (AdminUnitRow u : ordered) {
            long successor = written.get(u.code() + "@" + u.validFrom());
            for (String p : nullToEmpty(u.predecessors())) {
                long predecessor = index.find(p, u.validFrom().minusDays(1)).map(Ref::id).orElseThrow();
                int exists = jdbc.sql("SELECT COUNT(*) FROM admin_unit_succession WHERE predecessor_id = :p AND successor_id = :s")
                        .param("p", predecessor).param("s", successor).query(Integer.class).single();
                if (exists == 0) {
                    jdbc.sql("INSERT INTO admin_unit_succession (predecessor_id, successor_id) VALUES (:p, :s)")
                            .param("p", predecessor).param("s", successor).update();
                }
            }
        }
        for (AgencyRow a : parentsFirst(agencies)) {
            Long parentId = blank(a.parent()) ? null : repository.agencyByCode(a.parent()).map(Agency::id).orElseThrow();
            Long unitId = blank(a.adminUnit()) ? null : index.find(a.adminUnit(), a.validFrom()).map(Ref::id).orElseThrow();
            Optional<Agency> existing = repository.agencyByCode(a.code());
            long id;
            var params = new HashMap<String, Object>();
            params.put("code", a.code());
            params.put("name", VietnameseText.clean(a.name()));
            params.put("nameEn", a.nameEn());
            params.put("short", a.shortName());
            params.put("folded", VietnameseText.fold(a.name()));
            params.put("kind", a.kind().name());
            params.put("level", a.level().name());
            params.put("parent", parentId);
            params.put("unit", unitId);
            params.put("address", a.address());
            params.put("phone", a.phone());
            params.put("email", a.email());
            params.put("from", a.validFrom());
            params.put("to", a.validTo());
            if (existing.isPresent()) {
                id = existing.get().id();
                jdbc.sql("""
                        UPDATE agency SET name = :name, name_en = :nameEn, short_name = :short, name_folded = :folded, kind = :kind,
                               level = :level, parent_id = :parent, admin_unit_id = :unit, address = :address, phone = :phone,
                               email = :email, valid_from = :from, valid_to = :to WHERE id = :id
                        """).params(params).param("id", id).update();
            } else {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO agency (code, name, name_en, short_name, name_folded, kind, level, parent_id, admin_unit_id,
                                            address, phone, email, valid_from, valid_to)
                        VALUES (:code, :name, :nameEn, :short, :folded, :kind, :level, :parent, :unit, :address, :phone, :email, :from, :to)
                        """).params(params).update(keys, "id");
                id = keys.getKey().longValue();
            }
            for (AgencyRow.UnitRow u : nullToEmpty(a.units())) {
                int updated = jdbc.sql("UPDATE agency_unit SET name = :n, name_en = :e WHERE agency_id = :a AND code = :c")
                        .param("n", u.name()).param("e", u.nameEn()).param("a", id).param("c", u.code()).update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO agency_unit (agency_id, code, name, name_en) VALUES (:a, :c, :n, :e)")
                            .param("n", u.name()).param("e", u.nameEn()).param("a", id).param("c", u.code()).update();
                }
            }
        }
        return new Counts(units.size(), agencies.size());
    }

    private static Map<String, Object> unitParams(AdminUnitRow u, Long parentId) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", VietnameseText.clean(u.name()));
        p.put("folded", VietnameseText.fold(u.name()));
        p.put("level", u.level().name());
        p.put("kind", u.kind());
        p.put("parent", parentId);
        p.put("to", u.validTo());
        p.put("decision", u.decision());
        return p;
    }

    private static List<AgencyRow> parentsFirst(List<AgencyRow> agencies) {
        Map<String, AgencyRow> byCode = new HashMap<>();
        agencies.forEach(a -> byCode.put(a.code(), a));
        List<AgencyRow> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (AgencyRow a : agencies) {
            visit(a, byCode, done, out, new HashSet<>());
        }
        return out;
    }

    private static void visit(AgencyRow a, Map<String, AgencyRow> byCode, Set<String> done, List<AgencyRow> out, Set<String> path) {
        if (done.contains(a.code()) || !path.add(a.code())) {
            return;
        }
        AgencyRow parent = a.parent() == null ? null : byCode.get(a.parent());
        if (parent != null) {
            visit(parent, byCode, done, out, path);
        }
        done.add(a.code());
        out.add(a);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private record Ref(Long id, String code, LocalDate from, LocalDate to, AdminLevel level) {
        boolean validOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    /** Finds a unit by "code@from" or by code valid on a date, among file rows and stored units. */
    private static final class UnitIndex {
        private final List<Ref> refs = new ArrayList<>();

        UnitIndex(List<AdminUnitRow> rows, List<AdminUnit> stored) {
            stored.forEach(u -> refs.add(new Ref(u.id(), u.code(), u.validFrom(), u.validTo(), u.level())));
            rows.stream().filter(r -> r.code() != null && r.validFrom() != null && r.level() != null)
                    .forEach(r -> refs.add(new Ref(null, r.code(), r.validFrom(), r.validTo(), r.level())));
        }

        void put(Ref ref) {
            refs.removeIf(r -> r.code.equals(ref.code) && r.from.equals(ref.from));
            refs.add(ref);
        }

        Optional<Ref> find(String reference, LocalDate on) {
            String ref = reference.strip();
            int at = ref.indexOf('@');
            if (at > 0) {
                String code = ref.substring(0, at);
                LocalDate from;
                try {
                    from = LocalDate.parse(ref.substring(at + 1));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
                return refs.stream().filter(r -> r.code.equals(code) && r.from.equals(from))
                        .max(Comparator.comparing(r -> r.id == null ? 0 : 1));
            }
            return refs.stream().filter(r -> r.code.equals(ref) && r.validOn(on))
                    .max(Comparator.comparing(r -> r.id == null ? 0 : 1));
        }
    }
}
