package vn.congso.workflow.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;
import vn.congso.calendar.WorkingCalendar;
import vn.congso.catalog.Catalog;
import vn.congso.catalog.Procedure;
import vn.congso.identity.Role;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.AgencyUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

/**
 * Internal processes as versioned data. A new version is checked before it is stored: steps, agencies, units and
 * roles exist, a result is issued before the last step and the last step returns it, and the steps' durations fit
 * the procedure's time limit (DAYS limits count 5 working days per 7 days, MONTHS 22 working days per month).
 */
@Service
class Processes {

    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<Role> OFFICER_ROLES = EnumSet.of(Role.RECEPTIONIST, Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.AGENCY_LEADER);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Catalog catalog;
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Map<Long, ProcessDefinition> byId = new ConcurrentHashMap<>();

    Processes(JdbcClient jdbc, JsonMapper json, Catalog catalog, Organization organization, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalog = catalog;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The version in force on a day. */
    Optional<ProcessDefinition> current(String procedureCode, LocalDate on) {
        return jdbc.sql("SELECT id FROM process_definition WHERE procedure_code = :c AND valid_from <= :d ORDER BY version_no DESC LIMIT 1")
                .param("c", procedureCode).param("d", on).query(Long.class).optional().map(this::get);
    }

    ProcessDefinition get(long id) {
        return byId.computeIfAbsent(id, k -> jdbc.sql("SELECT * FROM process_definition WHERE id = :id").param("id", k)
                .query((rs, n) -> parse(rs.getLong("id"), rs.getString("procedure_code"), rs.getInt("version_no"),
                        rs.getDate("valid_from").toLocalDate(), rs.getString("decision"), json.readTree(rs.getString("definition")),
                        rs.getLong("total_minutes"))).single());
    }

    List<ProcessDefinition> versions(String procedureCode) {
        return jdbc.sql("SELECT id FROM process_definition WHERE procedure_code = :c ORDER BY version_no").param("c", procedureCode)
                .query(Long.class).list().stream().map(this::get).toList();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM process_definition").query(Long.class).single() > 0;
    }

    /** Checks and stores a new version; the JSON is one process as in demo/processes.json. */
    @Transactional
    ProcessDefinition save(JsonNode process, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        ProcessDefinition parsed = check(process, "", problems);
        if (!problems.isEmpty()) {
            throw new ApiException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "process.rejected", problems, problems.size());
        }
        Optional<Integer> latest = jdbc.sql("SELECT MAX(version_no) FROM process_definition WHERE procedure_code = :c")
                .param("c", parsed.procedureCode()).query(Integer.class).optional();
        Optional<LocalDate> latestFrom = jdbc.sql("SELECT MAX(valid_from) FROM process_definition WHERE procedure_code = :c")
                .param("c", parsed.procedureCode()).query(java.sql.Date.class).optional().map(java.sql.Date::toLocalDate);
        if (latestFrom.isPresent() && parsed.validFrom().isBefore(latestFrom.get())) {
            throw ApiException.invalid(List.of(FieldProblem.of("validFrom", "process.version-order", latestFrom.get())));
        }
        int version = latest.orElse(0) + 1;
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO process_definition (procedure_code, version_no, valid_from, decision, definition, total_minutes, created_at, created_by)
                VALUES (:c, :v, :f, :d, :def, :t, :now, :by)
                """).param("c", parsed.procedureCode()).param("v", version).param("f", parsed.validFrom()).param("d", parsed.decision())
                .param("def", json.writeValueAsString(process.path("steps"))).param("t", parsed.totalMinutes())
                .param("now", Timestamp.from(clock.instant())).param("by", by).update(keys, "id");
        return get(keys.getKey().longValue());
    }

    /**
     * A procedure without a published process still gets handled: the competent agency's specialist processes it
     * (all actions allowed) and the desk returns the result. Stored as version 1 so dossiers can refer to it.
     */
    @Transactional
    ProcessDefinition createDefault(Procedure procedure) {
        long limit = limitMinutes(procedure.timeLimit(), calendar.dailyWorkingMinutes(null));
        long desk = Math.min(240, Math.max(60, limit / 10));
        var steps = json.createArrayNode();
        var work = steps.addObject();
        work.put("id", "xu-ly");
        work.putObject("name").put("vi", "Thẩm định, xử lý và ban hành kết quả").put("en", "Review, decide and issue the result");
        work.put("agency", "COMPETENT").put("role", "SPECIALIST");
        work.putObject("duration").put("amount", Math.max(1, (limit - desk) / 60)).put("unit", "WORKING_HOURS");
        var actions = work.putArray("actions");
        for (StepAction a : StepAction.values()) {
            if (a != StepAction.RETURN_RESULT && a != StepAction.FORWARD && a != StepAction.RETURN && a != StepAction.PROPOSE_STOP) {
                actions.add(a.name());
            }
        }
        var back = steps.addObject();
        back.put("id", "tra-ket-qua");
        back.putObject("name").put("vi", "Trả kết quả").put("en", "Return the result");
        back.put("agency", "RECEIVING").put("role", "RECEPTIONIST");
        back.putObject("duration").put("amount", Math.max(1, desk / 60)).put("unit", "WORKING_HOURS");
        back.putArray("actions").add("RETURN_RESULT");
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO process_definition (procedure_code, version_no, valid_from, decision, definition, total_minutes, created_at, created_by)
                VALUES (:c, 1, :f, NULL, :def, :t, :now, 'default')
                """).param("c", procedure.code()).param("f", procedure.validFrom()).param("def", json.writeValueAsString(steps))
                .param("t", limit).param("now", Timestamp.from(clock.instant())).update(keys, "id");
        return get(keys.getKey().longValue());
    }

    /** Every problem of a process definition, with paths like {@code steps[2].unit}. */
    ProcessDefinition check(JsonNode p, String at, List<FieldProblem> problems) {
        String code = p.path("procedure").asString("");
        LocalDate validFrom = null;
        try {
            validFrom = LocalDate.parse(p.path("validFrom").asString(""));
        } catch (java.time.DateTimeException e) {
            problems.add(FieldProblem.of(at + "validFrom", "process.valid-from"));
        }
        LocalDate on = validFrom == null ? LocalDate.now(clock.withZone(Formats.ZONE)) : validFrom;
        Procedure procedure = catalog.procedure(code, on).orElse(null);
        if (procedure == null) {
            problems.add(FieldProblem.of(at + "procedure", "process.unknown-procedure", code));
        }
        JsonNode stepsNode = p.path("steps");
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            problems.add(FieldProblem.of(at + "steps", "process.no-steps"));
            return null;
        }
        List<ProcessDefinition.Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long daily = calendar.dailyWorkingMinutes(null);
        long total = 0;
        for (int i = 0; i < stepsNode.size(); i++) {
            JsonNode s = stepsNode.get(i);
            String sat = at + "steps[" + i + "]";
            String id = s.path("id").asString("");
            if (!STEP_ID.matcher(id).matches() || !ids.add(id)) {
                problems.add(FieldProblem.of(sat + ".id", "process.step-id", id));
            }
            String nameVi = s.path("name").isString() ? s.path("name").asString() : s.path("name").path("vi").asString(null);
            String nameEn = s.path("name").path("en").asString(null);
            if (nameVi == null || nameVi.isBlank()) {
                problems.add(FieldProblem.of(sat + ".name", "process.step-name"));
            }
            Role role = null;
            try {
                role = Role.valueOf(s.path("role").asString("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (role == null || !OFFICER_ROLES.contains(role)) {
                problems.add(FieldProblem.of(sat + ".role", "process.step-role", s.path("role").asString("")));
            }
            String agency = s.path("agency").asString("");
            String unit = s.path("unit").asString(null);
            String wardUnit = s.path("wardUnit").asString(null);
            if (procedure != null) {
                checkUnit(procedure, agency, unit, wardUnit, sat, on, problems);
            }
            Duration duration = null;
            try {
                DurationUnit unitOfTime = DurationUnit.valueOf(s.path("duration").path("unit").asString(""));
                int amount = s.path("duration").path("amount").asInt(0);
                if ((unitOfTime != DurationUnit.WORKING_HOURS && unitOfTime != DurationUnit.WORKING_DAYS) || amount < 1 || amount > 2000) {
                    throw new IllegalArgumentException();
                }
                duration = Duration.of(amount, unitOfTime);
                total += unitOfTime == DurationUnit.WORKING_HOURS ? amount * 60L : amount * daily;
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(sat + ".duration", "process.step-duration"));
            }
            Set<StepAction> actions = EnumSet.noneOf(StepAction.class);
            for (JsonNode a : s.path("actions")) {
                try {
                    actions.add(StepAction.valueOf(a.asString("")));
                } catch (IllegalArgumentException e) {
                    problems.add(FieldProblem.of(sat + ".actions", "process.step-action", a.asString("")));
                }
            }
            if (actions.isEmpty()) {
                problems.add(FieldProblem.of(sat + ".actions", "process.step-action", ""));
            }
            steps.add(new ProcessDefinition.Step(id, nameVi, nameEn, agency, unit, wardUnit, role, duration, Set.copyOf(actions)));
        }
        ProcessDefinition.Step last = steps.get(steps.size() - 1);
        if (!last.actions().contains(StepAction.RETURN_RESULT)) {
            problems.add(FieldProblem.of(at + "steps[" + (steps.size() - 1) + "].actions", "process.last-step"));
        }
        if (steps.subList(0, steps.size() - 1).stream().noneMatch(st -> st.actions().contains(StepAction.ISSUE_RESULT))) {
            problems.add(FieldProblem.of(at + "steps", "process.no-result-step"));
        }
        if (procedure != null) {
            long limit = limitMinutes(procedure.timeLimit(), daily);
            if (total > limit) {
                problems.add(FieldProblem.of(at + "steps", "process.too-long", total / 60, limit / 60));
            }
        }
        return new ProcessDefinition(0, code, 0, validFrom, p.path("decision").asString(null), List.copyOf(steps), total);
    }

    static long limitMinutes(Duration limit, long daily) {
        return switch (limit.unit()) {
            case WORKING_HOURS -> limit.amount() * 60L;
            case WORKING_DAYS -> limit.amount() * daily;
            case DAYS -> (limit.amount() * 5L / 7L) * daily;
            case MONTHS -> limit.amount() * 22L * daily;
        };
    }

    private void checkUnit(Procedure procedure, String agency, String unit, String wardUnit, String at, LocalDate on, List<FieldProblem> problems) {
        List<Agency> agencies;
        if ("RECEIVING".equals(agency)) {
            agencies = procedure.level() == AdminLevel.COMMUNE
                    ? organization.agencies(on).stream().filter(a -> a.kind() == AgencyKind.COMMUNE_CENTRE).toList()
                    : organization.agencies(on).stream().filter(a -> a.kind() == AgencyKind.PAC_CENTRE && a.level() == AdminLevel.PROVINCE).toList();
        } else if ("COMPETENT".equals(agency)) {
            agencies = procedure.competentAgency() != null
                    ? organization.agency(procedure.competentAgency().id()).map(List::of).orElse(List.of())
                    : organization.agencies(on).stream().filter(a -> a.kind() == procedure.competentAgencyKind()).toList();
        } else {
            agencies = organization.agencyByCode(agency).map(List::of).orElse(List.of());
        }
        if (agencies.isEmpty()) {
            problems.add(FieldProblem.of(at + ".agency", "process.step-agency", agency));
            return;
        }
        if (unit == null) {
            return;
        }
        for (Agency a : agencies) {
            String wanted = wardUnit != null && isWard(a) ? wardUnit : unit;
            if (organization.units(a.id()).stream().map(AgencyUnit::code).noneMatch(wanted::equals)) {
                problems.add(FieldProblem.of(at + ".unit", "process.step-unit", wanted, a.code()));
                return;
            }
        }
    }

    /** Wards (phường) name some units differently from communes (xã). */
    boolean isWard(Agency agency) {
        return agency.adminUnitId() != null && organization.adminUnit(agency.adminUnitId())
                .map(u -> "PHUONG".equals(u.kind())).orElse(false);
    }

    private ProcessDefinition parse(long id, String code, int version, LocalDate from, String decision, JsonNode stepsNode, long total) {
        List<ProcessDefinition.Step> steps = new ArrayList<>();
        for (Iterator<JsonNode> it = stepsNode.iterator(); it.hasNext(); ) {
            JsonNode s = it.next();
            Set<StepAction> actions = EnumSet.noneOf(StepAction.class);
            s.path("actions").forEach(a -> actions.add(StepAction.valueOf(a.asString())));
            steps.add(new ProcessDefinition.Step(s.path("id").asString(),
                    s.path("name").isString() ? s.path("name").asString() : s.path("name").path("vi").asString(),
                    s.path("name").path("en").asString(null), s.path("agency").asString(), s.path("unit").asString(null),
                    s.path("wardUnit").asString(null), Role.valueOf(s.path("role").asString()),
                    Duration.of(s.path("duration").path("amount").asInt(), DurationUnit.valueOf(s.path("duration").path("unit").asString())),
                    Set.copyOf(actions)));
        }
        return new ProcessDefinition(id, code, version, from, decision, List.copyOf(steps), total);
    }
}
