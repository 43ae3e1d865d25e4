package vn.congso.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.congso.dossier.DossierStatus;
import vn.congso.identity.Role;

/** Tasks, hand-overs and the audit. Every list names the officer's scope in its WHERE clause. */
@Repository
class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new task is made of. */
    record NewTask(long dossierId, String dossierCode, String procedureCode, String procedureName, String applicantName, Long processId,
                   Task.Kind kind, String stepId, int stepNo, String stepName, long agencyId, Long deskAgencyId, Long unitId, Role role,
                   Task.Status status, Instant startedAt, Instant stepDueAt, Instant sortDueAt, DossierStatus dossierStatus, int channel,
                   Long parentTaskId, String note) {
    }

    long insert(NewTask t) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Map<String, Object> p = new HashMap<>();
        p.put("dossierId", t.dossierId());
        p.put("code", t.dossierCode());
        p.put("procedureCode", t.procedureCode());
        p.put("procedureName", t.procedureName());
        p.put("applicant", t.applicantName());
        p.put("process", t.processId());
        p.put("kind", t.kind().name());
        p.put("stepId", t.stepId());
        p.put("stepNo", t.stepNo());
        p.put("stepName", t.stepName());
        p.put("agency", t.agencyId());
        p.put("desk", t.deskAgencyId());
        p.put("unit", t.unitId());
        p.put("role", t.role().name());
        p.put("status", t.status().name());
        p.put("started", Timestamp.from(t.startedAt()));
        p.put("stepDue", t.stepDueAt() == null ? null : Timestamp.from(t.stepDueAt()));
        p.put("sortDue", Timestamp.from(t.sortDueAt()));
        p.put("dossierStatus", t.dossierStatus().name());
        p.put("channel", t.channel());
        p.put("parent", t.parentTaskId());
        p.put("note", t.note());
        jdbc.sql("""
                INSERT INTO task (dossier_id, dossier_code, procedure_code, procedure_name, applicant_name, process_id, kind, step_id, step_no,
                    step_name, agency_id, desk_agency_id, unit_id, role, status, started_at, step_due_at, sort_due_at, dossier_status, channel,
                    parent_task_id, note, version)
                VALUES (:dossierId, :code, :procedureCode, :procedureName, :applicant, :process, :kind, :stepId, :stepNo, :stepName, :agency,
                    :desk, :unit, :role, :status, :started, :stepDue, :sortDue, :dossierStatus, :channel, :parent, :note, 0)
                """).params(p).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Task> get(long id) {
        return jdbc.sql("SELECT * FROM task WHERE id = :id").param("id", id).query(TaskRepository::task).optional();
    }

    /** A task visible to the scope (its agency or its desk agency is in the scope). */
    Optional<Task> visible(long id, Scope scope) {
        if (scope.all()) {
            return get(id);
        }
        return jdbc.sql("SELECT * FROM task WHERE id = :id AND (agency_id IN (:ag) OR desk_agency_id IN (:ag))")
                .param("id", id).param("ag", scope.agencyIds()).query(TaskRepository::task).optional();
    }

    List<Task> ofDossier(long dossierId) {
        return jdbc.sql("SELECT * FROM task WHERE dossier_id = :d ORDER BY id").param("d", dossierId).query(TaskRepository::task).list();
    }

    /** Whether any task of the dossier is in the scope: the officer may see the dossier. */
    Optional<Long> dossierInScope(String code, Scope scope) {
        if (scope.all()) {
            return jdbc.sql("SELECT dossier_id FROM task WHERE dossier_code = :c LIMIT 1").param("c", code).query(Long.class).optional();
        }
        return jdbc.sql("SELECT dossier_id FROM task WHERE dossier_code = :c AND (agency_id IN (:ag) OR desk_agency_id IN (:ag)) LIMIT 1")
                .param("c", code).param("ag", scope.agencyIds()).query(Long.class).optional();
    }

    List<Task> activeOfDossier(long dossierId) {
        return jdbc.sql("SELECT * FROM task WHERE dossier_id = :d AND status IN ('OPEN', 'WAITING') ORDER BY id").param("d", dossierId)
                .query(TaskRepository::task).list();
    }

    /** Changes a task if it still has the version the caller read; otherwise someone acted first (409). */
    void update(Task t, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("UPDATE task SET version = version + 1");
        Map<String, Object> params = new HashMap<>();
        set.forEach((column, value) -> {
            sql.append(", ").append(column).append(" = :").append(column);
            params.put(column, value instanceof Instant i ? Timestamp.from(i) : value instanceof Enum<?> e ? e.name() : value);
        });
        sql.append(" WHERE id = :id AND version = :version");
        params.put("id", t.id());
        params.put("version", t.version());
        if (jdbc.sql(sql.toString()).params(params).update() == 0) {
            throw new OptimisticLockingFailureException("task " + t.id() + " changed");
        }
    }

    /** Keeps the inbox's copy of the dossier fresh. */
    void refreshDossier(long dossierId, DossierStatus status, Instant dueAt) {
        if (dueAt != null) {
            jdbc.sql("UPDATE task SET dossier_status = :s, sort_due_at = :due WHERE dossier_id = :d AND status IN ('OPEN', 'WAITING') AND kind <> 'RECEPTION'")
                    .param("s", status.name()).param("due", Timestamp.from(dueAt)).param("d", dossierId).update();
        }
        jdbc.sql("UPDATE task SET dossier_status = :s WHERE dossier_id = :d AND status IN ('OPEN', 'WAITING')")
                .param("s", status.name()).param("d", dossierId).update();
    }

    void handover(long dossierId, Long fromAgency, Long fromUnit, String fromName, Long toAgency, Long toUnit, String toStep, Instant at,
                  String result, String note) {
        jdbc.sql("""
                INSERT INTO handover (dossier_id, from_agency_id, from_unit_id, from_name, to_agency_id, to_unit_id, to_step, delivered_at, result, note)
                VALUES (:d, :fa, :fu, :fn, :ta, :tu, :ts, :at, :r, :n)
                """).param("d", dossierId).param("fa", fromAgency).param("fu", fromUnit).param("fn", fromName).param("ta", toAgency)
                .param("tu", toUnit).param("ts", toStep).param("at", Timestamp.from(at)).param("r", result).param("n", note).update();
    }

    /** The receiving side of the latest hand-over to an agency: who took it, when. */
    void received(long dossierId, Long toAgency, String name, Instant at) {
        jdbc.sql("""
                UPDATE handover SET received_at = :at, received_name = :n WHERE id = (SELECT MAX(id) FROM handover WHERE dossier_id = :d
                   AND received_at IS NULL AND (to_agency_id = :a OR :a IS NULL))
                """).param("at", Timestamp.from(at)).param("n", name).param("d", dossierId).param("a", toAgency).update();
    }

    /** One row of Form 06. */
    record Handover(long id, Long fromAgencyId, Long fromUnitId, String fromName, Long toAgencyId, Long toUnitId, String toStep,
                    Instant deliveredAt, Instant receivedAt, String receivedName, String result, String note) {
    }

    List<Handover> handovers(long dossierId) {
        return jdbc.sql("SELECT * FROM handover WHERE dossier_id = :d ORDER BY id").param("d", dossierId)
                .query((rs, n) -> new Handover(rs.getLong("id"), rs.getObject("from_agency_id", Long.class), rs.getObject("from_unit_id", Long.class),
                        rs.getString("from_name"), rs.getObject("to_agency_id", Long.class), rs.getObject("to_unit_id", Long.class),
                        rs.getString("to_step"), instant(rs, "delivered_at"), instant(rs, "received_at"), rs.getString("received_name"),
                        rs.getString("result"), rs.getString("note"))).list();
    }

    void audit(long dossierId, Long taskId, Instant at, Long actorId, String actorName, String actorRole, String action, DossierStatus from,
               DossierStatus to, String stepId, String reason) {
        jdbc.sql("""
                INSERT INTO workflow_audit (dossier_id, task_id, at, actor_id, actor_name, actor_role, action, from_status, to_status, step_id, reason)
                VALUES (:d, :t, :at, :aid, :an, :ar, :action, :from, :to, :step, :reason)
                """).param("d", dossierId).param("t", taskId).param("at", Timestamp.from(at)).param("aid", actorId).param("an", actorName)
                .param("ar", actorRole).param("action", action).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("step", stepId).param("reason", reason).update();
    }

    /** One line of the audit. */
    record Audit(Instant at, String actorName, String actorRole, String action, String fromStatus, String toStatus, String stepId, String reason) {
    }

    List<Audit> audits(long dossierId) {
        return jdbc.sql("SELECT * FROM workflow_audit WHERE dossier_id = :d ORDER BY id").param("d", dossierId)
                .query((rs, n) -> new Audit(instant(rs, "at"), rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("action"),
                        rs.getString("from_status"), rs.getString("to_status"), rs.getString("step_id"), rs.getString("reason"))).list();
    }

    static Task task(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("dossier_id"), rs.getString("dossier_code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("applicant_name"), rs.getObject("process_id", Long.class),
                Task.Kind.valueOf(rs.getString("kind")), rs.getString("step_id"), rs.getInt("step_no"), rs.getString("step_name"),
                rs.getLong("agency_id"), rs.getObject("desk_agency_id", Long.class), rs.getObject("unit_id", Long.class),
                Role.valueOf(rs.getString("role")), rs.getObject("assignee_id", Long.class), rs.getString("assignee_name"),
                Task.Status.valueOf(rs.getString("status")), instant(rs, "started_at"), instant(rs, "step_due_at"), instant(rs, "sort_due_at"),
                DossierStatus.valueOf(rs.getString("dossier_status")), rs.getInt("channel"), rs.getObject("parent_task_id", Long.class),
                rs.getString("note"), instant(rs, "completed_at"), rs.getString("completed_name"), rs.getString("outcome"), rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
