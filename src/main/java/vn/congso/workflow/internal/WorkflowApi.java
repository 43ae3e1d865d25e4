package vn.congso.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;

import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.identity.Account;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/** The back office as an API: inbox, dossier detail, claim, actions, intake, files, forms and the tracking book. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Back office", description = "One-stop reception and processing by officers")
class WorkflowApi {

    private final StepNames stepNames;
    private final Scopes scopes;
    private final Inbox inbox;
    private final BackOffice backOffice;
    private final Desk desk;
    private final Paperwork paperwork;
    private final Processes processes;
    private final Dossiers dossiers;
    private final Identity identity;
    private final Organization organization;
    private final java.time.Clock clock;

    WorkflowApi(Scopes scopes, Inbox inbox, BackOffice backOffice, Desk desk, Paperwork paperwork, Processes processes, Dossiers dossiers,
                Identity identity, Organization organization, java.time.Clock clock, StepNames stepNames) {
        this.stepNames = stepNames;
        this.clock = clock;
        this.scopes = scopes;
        this.inbox = inbox;
        this.backOffice = backOffice;
        this.desk = desk;
        this.paperwork = paperwork;
        this.processes = processes;
        this.dossiers = dossiers;
        this.identity = identity;
        this.organization = organization;
    }

    /** A task as the inbox lists it. */
    record TaskView(long id, long version, String dossierCode, String procedureCode, String procedureName, String applicantName, String kind,
                    String stepId, int stepNo, String stepName, String role, String status, Long assigneeId, String assigneeName,
                    Instant startedAt, Instant stepDueAt, Instant dueAt, String dueState, String dossierStatus, int channel) {
        static TaskView of(Task t, Inbox.DueState state, String stepName) {
            return new TaskView(t.id(), t.version(), t.dossierCode(), t.procedureCode(), t.procedureName(), t.applicantName(), t.kind().name(),
                    t.stepId(), t.stepNo(), stepName, t.role().name(), t.status().name(), t.assigneeId(), t.assigneeName(), t.startedAt(),
                    t.stepDueAt(), t.kind() == Task.Kind.RECEPTION ? null : t.sortDueAt(), state == null ? null : state.name(),
                    t.dossierStatus().name(), t.channel());
        }
    }

    record DossierDetail(DossierView dossier, String timeliness, Instant dueNow, List<TaskView> tasks, List<TaskRepository.Handover> handovers,
                         List<TaskRepository.Audit> audit, List<Desk.StepView> process, TaskView myTask, Set<Command.Action> allowed) {
    }

    record VersionBody(Long version) {
    }

    record ReassignBody(Long version, Long officerId) {
    }

    record ActionBody(Long version, Command.Action action, String reason, List<String> items, Instant newDue, String transferAgency,
                      String transferUnit, Integer transferHours, Long amountVnd, String resultCode) {
    }

    record IntakeBody(String procedureCode, Channel channel, String commune, String applicantName, String personalId, String phone,
                      String email, String address, JsonNode data, List<String> components, Boolean accept) {
    }

    @GetMapping("/officer/inbox")
    @Operation(summary = "A queue of my scope, sorted by due date: RECEPTION, MINE, UNIT, AGENCY, DUE_SOON, OVERDUE, DONE")
    PageResult<TaskView> inbox(@RequestParam(defaultValue = "MINE") Inbox.Queue queue, @RequestParam(required = false) String q,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.list(scopes.current(), queue, q, Paging.of(page, size)).map(r -> TaskView.of(r.task(), r.dueState(), stepNames.of(r.task())));
    }

    @GetMapping("/officer/inbox/counts")
    @Operation(summary = "How many tasks each queue holds")
    Map<Inbox.Queue, Long> counts() {
        return inbox.counts(scopes.current());
    }

    @GetMapping("/officer/dossiers/{code}")
    @Operation(summary = "A dossier in my scope: data, documents, history, hand-overs, process and what I may do now")
    DossierDetail dossier(@PathVariable String code) {
        Scope scope = scopes.current();
        Desk.View v = desk.view(code, scope);
        Instant now = clock.instant();
        return new DossierDetail(v.dossier(), v.timeliness().name(), v.dueNow(),
                v.tasks().stream().map(t -> TaskView.of(t, null, stepNames.of(t))).toList(), v.handovers(), v.audits(), v.steps(),
                v.myTask() == null ? null : TaskView.of(v.myTask(), inbox.dueState(v.myTask(), now), stepNames.of(v.myTask())), v.allowed());
    }

    @PostMapping("/officer/tasks/{id}/claim")
    @Operation(summary = "Take a task before acting (explicit claim); 409 when someone else holds it or it changed")
    TaskView claim(@PathVariable long id, @RequestBody VersionBody body) {
        Task t = backOffice.claim(id, requireVersion(body == null ? null : body.version()), scopes.current());
        return TaskView.of(t, null, stepNames.of(t));
    }

    @PostMapping("/officer/tasks/{id}/reassign")
    @Operation(summary = "Head of unit or agency leader gives a task to another officer of the agency")
    TaskView reassign(@PathVariable long id, @RequestBody ReassignBody body) {
        if (body == null || body.officerId() == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("officerId", "required")));
        }
        Account officer = identity.account(body.officerId()).filter(a -> a.kind() == vn.congso.identity.AccountKind.OFFICER)
                .orElseThrow(() -> ApiException.invalid(List.of(FieldProblem.of("officerId", "task.officer-unknown"))));
        Task t = backOffice.reassign(id, requireVersion(body.version()), officer.id(), officer.fullName(), officer.agencyId(), scopes.current());
        return TaskView.of(t, null, stepNames.of(t));
    }

    @PostMapping("/officer/tasks/{id}/actions")
    @Operation(summary = "Act on a claimed task (ACCEPT, REFUSE, REQUEST_SUPPLEMENT, FORWARD, RETURN, TRANSFER, ISSUE_RESULT, ...)")
    DossierView act(@PathVariable long id, @RequestBody ActionBody body) {
        if (body == null || body.action() == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("action", "required")));
        }
        return backOffice.act(id, requireVersion(body.version()), new Command(body.action(), body.reason(),
                body.items() == null ? List.of() : body.items(), body.newDue(), body.transferAgency(), body.transferUnit(),
                body.transferHours(), body.amountVnd(), body.resultCode()), scopes.current());
    }

    @PostMapping("/officer/intake")
    @Operation(summary = "Walk-in or postal intake at my desk (channel IN_PERSON or POSTAL), accepted at once unless accept = false")
    ResponseEntity<DossierView> intake(@RequestBody IntakeBody body) {
        if (body == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("procedureCode", "required")));
        }
        DossierView d = desk.intake(new Dossiers.Intake(body.procedureCode(), body.channel(), 0, desk.communeByCode(body.commune()),
                body.applicantName(), body.personalId(), body.phone(), body.email(), body.address(),
                body.data() == null ? "{}" : body.data().toString(), body.components()), body.accept() == null || body.accept(), scopes.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(d);
    }

    @PostMapping(path = "/officer/dossiers/{code}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file: SUPPLEMENT brought to the desk, DIGITIZED paper component, or RESULT")
    ResponseEntity<DossierView.FileView> attach(@PathVariable String code, @RequestPart("file") MultipartFile file,
                                                @RequestParam(required = false) String component, @RequestParam(defaultValue = "DIGITIZED") String kind) {
        return ResponseEntity.status(HttpStatus.CREATED).body(desk.attach(code, file, component, kind, scopes.current()));
    }

    @GetMapping("/officer/dossiers/{code}/files/{file}")
    @Operation(summary = "Download a file of a dossier in my scope")
    ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String file) {
        Desk.View v = desk.view(code, scopes.current());
        Dossiers.FileContent f = dossiers.file(v.dossier().id(), file).orElseThrow(() -> ApiException.notFound("file.not-found"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType())).contentLength(f.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.displayName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(f.content()));
    }

    @GetMapping("/officer/dossiers/{code}/forms/{number}.pdf")
    @Operation(summary = "Forms 01–06 of a dossier as PDF (Circular 03/2025 Annex I)")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable int number) {
        Desk.View v = desk.view(code, scopes.current());
        return pdf(paperwork.form(number, v.dossier()), "mau-0" + number + "-" + v.dossier().code() + ".pdf");
    }

    @GetMapping("/officer/tracking-book")
    @Operation(summary = "Form 07: the tracking book of an agency in my scope for a period, PDF or XLSX")
    ResponseEntity<byte[]> trackingBook(@RequestParam(required = false) String agency,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(defaultValue = "pdf") String format) {
        Scope scope = scopes.current();
        Agency a = agency == null ? organization.agency(scope.agencyId() == null ? -1 : scope.agencyId())
                .orElseThrow(() -> ApiException.notFound("dossier.agency-not-found"))
                : organization.agencyByCode(agency).orElseThrow(() -> ApiException.notFound("dossier.agency-not-found"));
        if (!scope.all() && !scope.agencyIds().contains(a.id())) {
            throw ApiException.forbidden("forbidden");
        }
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw ApiException.invalid(List.of(FieldProblem.of("to", "form.period")));
        }
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"pdf".equalsIgnoreCase(format)) {
            throw ApiException.invalid(List.of(FieldProblem.of("format", "form.format")));
        }
        byte[] bytes = paperwork.trackingBook(a, from, to, xlsx);
        String name = "so-theo-doi-" + a.code() + "-" + from + "-" + to + (xlsx ? ".xlsx" : ".pdf");
        return ResponseEntity.ok().contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    @GetMapping("/processes/{procedureCode}")
    @Operation(summary = "The internal process (quy trình nội bộ) of a procedure: every version")
    List<Map<String, Object>> process(@PathVariable String procedureCode) {
        return processes.versions(procedureCode).stream().map(p -> Map.<String, Object>of("procedure", p.procedureCode(), "version", p.versionNo(),
                "validFrom", p.validFrom(), "decision", p.decision() == null ? "" : p.decision(), "steps", p.steps(),
                "totalWorkingHours", p.totalMinutes() / 60)).toList();
    }

    @PostMapping("/admin/processes")
    @Operation(summary = "A new version of a procedure's internal process; checked (units, roles, result step, fits the time limit)")
    ResponseEntity<Map<String, Object>> newProcess(@RequestBody JsonNode process) {
        Scope scope = scopes.current();
        if (!scope.has(Role.PROVINCE_ADMIN)) {
            throw ApiException.forbidden("forbidden");
        }
        ProcessDefinition p = processes.save(process, scope.officerName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("procedure", p.procedureCode(), "version", p.versionNo(),
                "validFrom", p.validFrom(), "totalWorkingHours", p.totalMinutes() / 60));
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("version", "required")));
        }
        return version;
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(bytes);
    }
}
