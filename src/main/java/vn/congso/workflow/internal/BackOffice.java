package vn.congso.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.calendar.DurationUnit;
import vn.congso.calendar.WorkingCalendar;
import vn.congso.catalog.Catalog;
import vn.congso.dossier.Actor;
import vn.congso.dossier.DossierAction;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierStatusChanged;
import vn.congso.dossier.DossierSubmitted;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.identity.Role;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

import static vn.congso.workflow.internal.Command.Action;

/**
 * The one-stop desk and the processing steps. An officer acts on a task only when it is in their scope, their
 * role fits the step, and they have claimed it; the action must be allowed at the step; the dossier then checks
 * its own state. Every action is audited; every hand-over between units or agencies is a row of Form 06.
 */
@Service
class BackOffice {

    static final String RECEPTION_STEP = "tiep-nhan";

    private final TaskRepository tasks;
    private final Processes processes;
    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final Clock clock;

    BackOffice(TaskRepository tasks, Processes processes, Dossiers dossiers, Catalog catalog, Organization organization,
               WorkingCalendar calendar, Clock clock) {
        this.tasks = tasks;
        this.processes = processes;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ----- reacting to dossiers -------------------------------------------------------------------------------------

    /** A new dossier waits at the desk of the agency that received it (and is visible to the competent agency). */
    @EventListener
    void submitted(DossierSubmitted e) {
        long agency = e.competentAgencyId() == null ? e.receivingAgencyId() : e.competentAgencyId();
        tasks.insert(new TaskRepository.NewTask(e.dossierId(), e.code(), e.procedureCode(), e.procedureName(), e.applicant().name(), null,
                Task.Kind.RECEPTION, RECEPTION_STEP, 0, "Tiếp nhận hồ sơ", agency, e.receivingAgencyId(), null, Role.RECEPTIONIST,
                Task.Status.OPEN, e.submittedAt(), null, e.submittedAt(), DossierStatus.SUBMITTED, e.channel().code(), null, null));
    }

    /** Keeps the inbox's copy fresh, and puts a task back to work when what it waited for has arrived. */
    @EventListener
    void statusChanged(DossierStatusChanged e) {
        if (e.from() == null) {
            return;
        }
        tasks.refreshDossier(e.dossierId(), e.to(), e.appointment());
        boolean resumed = (e.from() == DossierStatus.SUPPLEMENT_REQUESTED && e.to() == DossierStatus.IN_PROGRESS)
                || (e.from() == DossierStatus.RECEPTION_SUPPLEMENT && e.to() == DossierStatus.SUBMITTED)
                || (e.from() == DossierStatus.AWAITING_PAYMENT && e.to() == DossierStatus.IN_PROGRESS);
        if (resumed) {
            for (Task t : tasks.activeOfDossier(e.dossierId())) {
                if (t.status() == Task.Status.WAITING && t.kind() != Task.Kind.TRANSFER && !hasOpenTransfer(t)) {
                    tasks.update(t, Map.of("status", Task.Status.OPEN));
                }
            }
        }
    }

    private boolean hasOpenTransfer(Task parent) {
        return tasks.activeOfDossier(parent.dossierId()).stream()
                .anyMatch(t -> t.kind() == Task.Kind.TRANSFER && parent.id() == (t.parentTaskId() == null ? -1 : t.parentTaskId()));
    }

    // ----- claiming -------------------------------------------------------------------------------------------------

    @Transactional
    Task claim(long taskId, long version, Scope scope) {
        Task t = visible(taskId, scope);
        if (t.version() != version) {
            throw ApiException.conflict("concurrent-change");
        }
        if (t.status() == Task.Status.DONE || t.status() == Task.Status.CANCELLED) {
            throw ApiException.conflict("task.closed");
        }
        if (!eligible(t, scope)) {
            throw ApiException.forbidden("task.not-your-role");
        }
        if (t.assigneeId() != null && t.assigneeId() != scope.officerId()) {
            throw ApiException.conflict("task.held", t.assigneeName());
        }
        tasks.update(t, Map.of("assignee_id", scope.officerId(), "assignee_name", scope.officerName()));
        audit(t, scope, "CLAIM", null, null, null);
        tasks.received(t.dossierId(), t.agencyId(), scope.officerName(), clock.instant());
        return tasks.get(taskId).orElseThrow();
    }

    /** A head of unit (or the agency's leader) gives a task to another officer of the agency. */
    @Transactional
    Task reassign(long taskId, long version, long officerId, String officerName, Long officerAgency, Scope scope) {
        Task t = visible(taskId, scope);
        if (t.version() != version) {
            throw ApiException.conflict("concurrent-change");
        }
        boolean head = scope.has(Role.AGENCY_LEADER) || (scope.has(Role.HEAD_OF_UNIT) && (t.unitId() == null || t.unitId().equals(scope.unitId())));
        if (!head || !scope.agencyIds().contains(t.agencyId()) && !scope.all()) {
            throw ApiException.forbidden("task.reassign-heads-only");
        }
        if (officerAgency == null || officerAgency != t.agencyId() && !officerAgency.equals(t.deskAgencyId())) {
            throw ApiException.invalid(List.of(FieldProblem.of("officer", "task.officer-other-agency")));
        }
        tasks.update(t, Map.of("assignee_id", officerId, "assignee_name", officerName));
        audit(t, scope, "REASSIGN", null, null, officerName);
        return tasks.get(taskId).orElseThrow();
    }

    // ----- acting ---------------------------------------------------------------------------------------------------

    /** What the officer can do on the task now (for the page: show only these). */
    Set<Action> allowed(Task t, Scope scope) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        if (!eligible(t, scope) || t.assigneeId() == null || t.assigneeId() != scope.officerId()) {
            return out;
        }
        if (t.status() == Task.Status.WAITING) {
            if (t.dossierStatus() == DossierStatus.AWAITING_PAYMENT) {
                out.add(Action.CONFIRM_PAYMENT);
            }
            if (t.dossierStatus() == DossierStatus.SUPPLEMENT_REQUESTED || t.dossierStatus() == DossierStatus.RECEPTION_SUPPLEMENT) {
                out.add(Action.RECEIVE_SUPPLEMENT);
            }
            if (t.kind() != Task.Kind.TRANSFER) {
                out.add(Action.WITHDRAW);
            }
            return out;
        }
        if (t.status() != Task.Status.OPEN) {
            return out;
        }
        switch (t.kind()) {
            case RECEPTION -> out.addAll(List.of(Action.ACCEPT, Action.REFUSE, Action.REQUEST_SUPPLEMENT, Action.WITHDRAW));
            case TRANSFER -> out.add(Action.FORWARD);
            case STEP -> {
                ProcessDefinition.Step step = processes.get(t.processId()).step(t.stepId());
                for (StepAction a : step.actions()) {
                    out.add(Action.valueOf(a.name()));
                }
                out.add(Action.WITHDRAW);
            }
        }
        return out;
    }

    @Transactional
    DossierView act(long taskId, long version, Command c, Scope scope) {
        Task t = visible(taskId, scope);
        if (t.version() != version) {
            throw ApiException.conflict("concurrent-change");
        }
        if (!eligible(t, scope)) {
            throw ApiException.forbidden("task.not-your-role");
        }
        if (t.assigneeId() == null || t.assigneeId() != scope.officerId()) {
            throw ApiException.conflict("task.claim-first");
        }
        if (!allowed(t, scope).contains(c.action())) {
            throw ApiException.conflict("task.action-not-allowed", c.action().name());
        }
        DossierView d = dossiers.get(t.dossierId()).orElseThrow();
        Actor actor = new Actor(scope.officerId(), scope.officerName(), roleFor(t, scope).name());
        Instant now = clock.instant();
        DossierStatus before = d.status();
        DossierView after = d;
        switch (c.action()) {
            case ACCEPT -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.Accept(), actor);
                close(t, "ACCEPTED", now, scope);
                startProcess(after, t, scope, now);
            }
            case REFUSE -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.Refuse(c.reason()), actor);
                close(t, "REFUSED", now, scope);
            }
            case REQUEST_SUPPLEMENT -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.RequestSupplement(c.reason(), c.items()), actor);
                tasks.update(t, Map.of("status", Task.Status.WAITING, "note", truncate(c.reason())));
            }
            case RECEIVE_SUPPLEMENT -> after = dossiers.act(d.id(), d.version(), new DossierAction.SupplementProvided(
                    c.reason() == null ? "Bổ sung tại Bộ phận Một cửa" : c.reason()), actor);
            case WITHDRAW -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.Withdraw(c.reason()), actor);
                cancelAll(d.id(), now, scope, "WITHDRAWN");
            }
            case FORWARD, PROPOSE_STOP -> {
                if (t.kind() == Task.Kind.TRANSFER) {
                    close(t, "DONE", now, scope);
                    tasks.handover(d.id(), t.agencyId(), t.unitId(), scope.officerName(), null, null, "Trả lại sau phối hợp", now,
                            result(t, now), null);
                    Task parent = tasks.get(t.parentTaskId()).orElseThrow();
                    if (parent.status() == Task.Status.WAITING && !waitingForApplicant(after)) {
                        tasks.update(parent, Map.of("status", Task.Status.OPEN));
                    }
                } else {
                    if (c.action() == Action.PROPOSE_STOP && (c.reason() == null || c.reason().isBlank())) {
                        throw ApiException.invalid(List.of(FieldProblem.of("reason", "dossier.reason-required")));
                    }
                    if (d.status() == DossierStatus.RECEIVED) {
                        after = dossiers.act(d.id(), d.version(), new DossierAction.StartProcessing(t.stepName()), actor);
                    }
                    next(t, after, scope, now, c.action() == Action.PROPOSE_STOP ? "Đề xuất dừng xử lý: " + c.reason() : c.reason());
                }
            }
            case RETURN -> {
                ProcessDefinition process = processes.get(t.processId());
                int i = process.index(t.stepId());
                if (i <= 0) {
                    throw ApiException.conflict("task.no-previous-step");
                }
                close(t, "RETURNED", now, scope);
                createStep(after, process, i - 1, t, now, c.reason(), scope);
            }
            case TRANSFER -> {
                Agency target = organization.agencyByCode(c.transferAgency() == null ? "" : c.transferAgency().strip())
                        .orElseThrow(() -> ApiException.invalid(List.of(FieldProblem.of("transferAgency", "task.transfer-agency"))));
                int hours = c.transferHours() == null ? 0 : c.transferHours();
                if (hours < 1 || hours > 2000) {
                    throw ApiException.invalid(List.of(FieldProblem.of("transferHours", "task.transfer-hours")));
                }
                Long unit = c.transferUnit() == null ? null : unitId(target.id(), c.transferUnit());
                Instant subDue = calendar.addWorkingMinutes(calendar.nextWorkingMoment(now, target.id()), hours * 60L, target.id());
                tasks.update(t, Map.of("status", Task.Status.WAITING));
                tasks.insert(new TaskRepository.NewTask(d.id(), d.code(), d.procedureCode(), d.procedureName(), d.applicant().name(),
                        t.processId(), Task.Kind.TRANSFER, t.stepId(), t.stepNo(), StepNames.TRANSFER_PREFIX + t.stepName(), target.id(), null, unit,
                        Role.SPECIALIST, Task.Status.OPEN, now, subDue, subDue, d.status(), d.channel().code(), t.id(), truncate(c.reason())));
                tasks.handover(d.id(), t.agencyId(), t.unitId(), scope.officerName(), target.id(), unit, "Phối hợp liên thông", now, null,
                        truncate(c.reason()));
            }
            case REQUEST_PAYMENT -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.RequestPayment(c.amountVnd() == null ? 0 : c.amountVnd(),
                        c.reason()), actor);
                tasks.update(t, Map.of("status", Task.Status.WAITING));
            }
            case CONFIRM_PAYMENT -> after = dossiers.act(d.id(), d.version(), new DossierAction.PaymentReceived(false), actor);
            case STOP -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.Stop(c.reason()), actor);
                cancelAll(d.id(), now, scope, "STOPPED");
            }
            case EXTEND -> after = dossiers.act(d.id(), d.version(), new DossierAction.Extend(c.newDue(), c.reason()), actor);
            case ISSUE_RESULT -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.Decide(c.resultCode(), null), actor);
                next(t, after, scope, now, c.reason());
            }
            case RETURN_RESULT -> {
                after = dossiers.act(d.id(), d.version(), new DossierAction.ReturnResult(c.reason()), actor);
                close(t, "RETURNED_RESULT", now, scope);
            }
        }
        audit(t, scope, c.action().name(), before, after.status(), c.reason() == null ? null : truncate(c.reason()));
        return after;
    }

    private static boolean waitingForApplicant(DossierView d) {
        return d.status() == DossierStatus.SUPPLEMENT_REQUESTED || d.status() == DossierStatus.AWAITING_PAYMENT;
    }

    /** Acceptance starts the internal process in force that day (or a two-step default when the procedure has none). */
    private void startProcess(DossierView d, Task reception, Scope scope, Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        ProcessDefinition process = processes.current(d.procedureCode(), today)
                .orElseGet(() -> processes.createDefault(catalog.version(d.procedureVersionId()).orElseThrow()));
        createStep(d, process, 0, reception, now, null, scope);
    }

    /** Completes a step and hands the dossier to the next one. */
    private void next(Task t, DossierView d, Scope scope, Instant now, String note) {
        ProcessDefinition process = processes.get(t.processId());
        int i = process.index(t.stepId());
        close(t, "FORWARDED", now, scope);
        if (i + 1 < process.steps().size()) {
            createStep(d, process, i + 1, t, now, note, scope);
        }
    }

    private void createStep(DossierView d, ProcessDefinition process, int index, Task from, Instant now, String note, Scope scope) {
        ProcessDefinition.Step step = process.steps().get(index);
        Agency agency = stepAgency(step, d);
        Long unit = step.unit() == null ? null : unitId(agency.id(), step.wardUnit() != null && processes.isWard(agency) ? step.wardUnit() : step.unit());
        long minutes = step.duration().unit() == DurationUnit.WORKING_HOURS ? step.duration().amount() * 60L
                : step.duration().amount() * calendar.dailyWorkingMinutes(agency.id());
        Instant stepDue = calendar.addWorkingMinutes(calendar.nextWorkingMoment(now, agency.id()), minutes, agency.id());
        Instant sortDue = d.effectiveDueAt() == null ? stepDue : d.effectiveDueAt();
        tasks.insert(new TaskRepository.NewTask(d.id(), d.code(), d.procedureCode(), d.procedureName(), d.applicant().name(), process.id(),
                Task.Kind.STEP, step.id(), index + 1, step.nameVi(), agency.id(), step.agency().equals("RECEIVING") ? d.receivingAgencyId() : null,
                unit, step.role(), Task.Status.OPEN, now, stepDue, sortDue, d.status(), d.channel().code(), null, truncate(note)));
        tasks.handover(d.id(), from.agencyId(), from.unitId(), scope.officerName(), agency.id(), unit, step.nameVi(), now,
                from.kind() == Task.Kind.RECEPTION ? null : result(from, now), truncate(note));
    }

    private Agency stepAgency(ProcessDefinition.Step step, DossierView d) {
        return switch (step.agency()) {
            case "RECEIVING" -> organization.agency(d.receivingAgencyId()).orElseThrow();
            case "COMPETENT" -> organization.agency(d.competentAgencyId() == null ? d.receivingAgencyId() : d.competentAgencyId()).orElseThrow();
            default -> organization.agencyByCode(step.agency()).orElseThrow(() -> ApiException.conflict("workflow.step-agency", step.agency()));
        };
    }

    private Long unitId(long agencyId, String code) {
        return organization.units(agencyId).stream().filter(u -> u.code().equals(code)).findFirst().map(AgencyUnit::id).orElse(null);
    }

    /** Form 06 "result" of a hand-over: was the step done within its own time. */
    private static String result(Task t, Instant at) {
        if (t.stepDueAt() == null) {
            return null;
        }
        return at.isBefore(t.stepDueAt()) ? "EARLY" : at.equals(t.stepDueAt()) ? "ON_TIME" : "LATE";
    }

    private void close(Task t, String outcome, Instant now, Scope scope) {
        Map<String, Object> set = new HashMap<>();
        set.put("status", Task.Status.DONE);
        set.put("completed_at", now);
        set.put("completed_by", scope.officerId());
        set.put("completed_name", scope.officerName());
        set.put("outcome", outcome);
        Task fresh = tasks.get(t.id()).orElseThrow();
        tasks.update(fresh, set);
    }

    private void cancelAll(long dossierId, Instant now, Scope scope, String outcome) {
        for (Task open : tasks.activeOfDossier(dossierId)) {
            Map<String, Object> set = new HashMap<>();
            set.put("status", Task.Status.CANCELLED);
            set.put("completed_at", now);
            set.put("completed_by", scope.officerId());
            set.put("completed_name", scope.officerName());
            set.put("outcome", outcome);
            tasks.update(open, set);
        }
    }

    private void audit(Task t, Scope scope, String action, DossierStatus from, DossierStatus to, String reason) {
        tasks.audit(t.dossierId(), t.id(), clock.instant(), scope.officerId(), scope.officerName(), roleFor(t, scope).name(), action, from, to,
                t.stepId(), reason);
    }

    // ----- who may do what ------------------------------------------------------------------------------------------

    Task visible(long taskId, Scope scope) {
        return tasks.visible(taskId, scope).orElseThrow(() -> ApiException.notFound("task.not-found"));
    }

    /** The officer's role fits the task's (a leader may do a specialist's work), in the task's agency and unit. */
    boolean eligible(Task t, Scope scope) {
        boolean inAgency = scope.all() || scope.agencyIds().contains(t.agencyId())
                || (t.deskAgencyId() != null && scope.agencyIds().contains(t.deskAgencyId()));
        if (!inAgency) {
            return false;
        }
        return switch (t.role()) {
            case RECEPTIONIST -> scope.has(Role.RECEPTIONIST);
            case SPECIALIST -> (scope.has(Role.SPECIALIST) && sameUnit(t, scope)) || (scope.has(Role.HEAD_OF_UNIT) && sameUnit(t, scope))
                    || leaderOf(t, scope);
            case HEAD_OF_UNIT -> (scope.has(Role.HEAD_OF_UNIT) && sameUnit(t, scope)) || leaderOf(t, scope);
            case AGENCY_LEADER -> leaderOf(t, scope);
            default -> false;
        };
    }

    private static boolean sameUnit(Task t, Scope scope) {
        return t.unitId() == null || t.unitId().equals(scope.unitId());
    }

    private static boolean leaderOf(Task t, Scope scope) {
        return scope.has(Role.AGENCY_LEADER) && (scope.agencyIds().contains(t.agencyId()));
    }

    private static Role roleFor(Task t, Scope scope) {
        if (scope.roles().contains(t.role())) {
            return t.role();
        }
        return scope.roles().stream().filter(r -> r != Role.APPLICANT).findFirst().orElse(t.role());
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 2000) : s;
    }

}
