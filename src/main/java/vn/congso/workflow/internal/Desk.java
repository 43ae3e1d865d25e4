package vn.congso.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.congso.dossier.Actor;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.dossier.Timeliness;
import vn.congso.identity.Role;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

/**
 * What an officer's dossier page needs, loaded only after the dossier is found in the officer's scope: the dossier,
 * its tasks, hand-overs, audit, the process with the current step, and what this officer may do now.
 */
@Service
class Desk {

    /** A process step as drawn on the dossier page: done, current or to come. */
    record StepView(String id, String name, String role, String state) {
    }

    record View(DossierView dossier, List<Task> tasks, List<TaskRepository.Handover> handovers, List<TaskRepository.Audit> audits,
                List<StepView> steps, Task myTask, Set<Command.Action> allowed, Timeliness timeliness, Instant dueNow) {
    }

    private final TaskRepository tasks;
    private final Processes processes;
    private final BackOffice backOffice;
    private final Dossiers dossiers;
    private final Organization organization;
    private final Clock clock;
    private final StepNames stepNames;

    Desk(TaskRepository tasks, Processes processes, BackOffice backOffice, Dossiers dossiers, Organization organization, Clock clock,
         StepNames stepNames) {
        this.stepNames = stepNames;
        this.tasks = tasks;
        this.processes = processes;
        this.backOffice = backOffice;
        this.dossiers = dossiers;
        this.organization = organization;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    View view(String code, Scope scope) {
        long id = tasks.dossierInScope(code == null ? "" : code.strip(), scope).orElseThrow(() -> ApiException.notFound("dossier.not-found"));
        DossierView d = dossiers.get(id).orElseThrow();
        List<Task> all = tasks.ofDossier(id);
        Task mine = all.stream().filter(t -> t.status() == Task.Status.OPEN || t.status() == Task.Status.WAITING)
                .filter(t -> backOffice.eligible(t, scope)).reduce((a, b) -> b).orElse(null);
        Set<Command.Action> allowed = mine == null ? Set.of() : backOffice.allowed(mine, scope);
        Instant now = clock.instant();
        return new View(d, all, tasks.handovers(id), tasks.audits(id), steps(all), mine, allowed, dossiers.timeliness(d, now),
                dossiers.dueAt(d, now));
    }

    /** The process picture: every step of the dossier's process, marked done / current / to come. */
    private List<StepView> steps(List<Task> all) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Long processId = all.stream().map(Task::processId).filter(p -> p != null).reduce((a, b) -> b).orElse(null);
        List<StepView> out = new ArrayList<>();
        boolean received = all.stream().anyMatch(t -> t.kind() == Task.Kind.RECEPTION && t.status() == Task.Status.DONE);
        boolean receptionOpen = all.stream().anyMatch(t -> t.kind() == Task.Kind.RECEPTION
                && (t.status() == Task.Status.OPEN || t.status() == Task.Status.WAITING));
        out.add(new StepView(BackOffice.RECEPTION_STEP, stepNames.reception(locale), Role.RECEPTIONIST.name(),
                receptionOpen ? "current" : received ? "done" : "todo"));
        if (processId == null) {
            return out;
        }
        ProcessDefinition process = processes.get(processId);
        String current = all.stream().filter(t -> t.kind() == Task.Kind.STEP && (t.status() == Task.Status.OPEN || t.status() == Task.Status.WAITING))
                .map(Task::stepId).reduce((a, b) -> b).orElse(null);
        int currentIndex = current == null ? -1 : process.index(current);
        boolean finished = all.stream().noneMatch(t -> t.status() == Task.Status.OPEN || t.status() == Task.Status.WAITING);
        for (int i = 0; i < process.steps().size(); i++) {
            ProcessDefinition.Step s = process.steps().get(i);
            String state = finished ? "done" : i < currentIndex ? "done" : i == currentIndex ? "current" : "todo";
            if (finished && all.stream().noneMatch(t -> s.id().equals(t.stepId()) && t.status() == Task.Status.DONE)) {
                state = "todo";
            }
            out.add(new StepView(s.id(), stepNames.of(s, locale), s.role().name(), state));
        }
        return out;
    }

    /** Walk-in or postal intake at the desk; with {@code accept} the dossier is received in the same step. */
    @Transactional
    DossierView intake(Dossiers.Intake in, boolean accept, Scope scope) {
        if (!scope.has(Role.RECEPTIONIST) || scope.agencyId() == null) {
            throw ApiException.forbidden("task.not-your-role");
        }
        Dossiers.Intake atMyDesk = new Dossiers.Intake(in.procedureCode(), in.channel() == null ? Channel.IN_PERSON : in.channel(),
                scope.agencyId(), communeOf(in), in.applicantName(), in.personalId(), in.phone(), in.email(), in.address(), in.data(),
                in.componentCodes());
        DossierView d = dossiers.intake(atMyDesk, new Actor(scope.officerId(), scope.officerName(), Role.RECEPTIONIST.name()));
        if (!accept) {
            return d;
        }
        Task reception = tasks.ofDossier(d.id()).stream().filter(t -> t.kind() == Task.Kind.RECEPTION).findFirst().orElseThrow();
        Task claimed = backOffice.claim(reception.id(), reception.version(), scope);
        return backOffice.act(claimed.id(), claimed.version(), Command.of(Command.Action.ACCEPT), scope);
    }

    private Long communeOf(Dossiers.Intake in) {
        if (in.communeUnitId() != null) {
            return in.communeUnitId();
        }
        return null;
    }

    Long communeByCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        return organization.adminUnit(code.strip(), today).filter(u -> u.level() == AdminLevel.COMMUNE).map(AdminUnit::id)
                .orElseThrow(() -> ApiException.invalid(List.of(FieldProblem.of("commune", "application.commune-unknown"))));
    }

    /** A file upload by an officer: supplement brought to the desk, digitized paper component, or the result. */
    @Transactional
    DossierView.FileView attach(String code, MultipartFile file, String component, String kind, Scope scope) {
        View v = view(code, scope);
        if (v.myTask() == null) {
            throw ApiException.forbidden("task.not-your-role");
        }
        boolean digitized = "DIGITIZED".equals(kind);
        if (!List.of("SUPPLEMENT", "DIGITIZED", "RESULT").contains(kind)) {
            throw ApiException.invalid(List.of(FieldProblem.of("kind", "task.file-kind")));
        }
        return dossiers.attach(v.dossier().id(), file, component == null || component.isBlank() ? null : component, kind, digitized,
                new Actor(scope.officerId(), scope.officerName(), v.myTask().role().name()));
    }
}
