package vn.congso.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.Procedure;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.identity.Account;
import vn.congso.identity.AccountKind;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;
import vn.congso.shared.Problems;

/**
 * The officers' pages of the back office: the workspace with its queues, a dossier's page with the actions allowed
 * now, walk-in intake and the tracking book (Form 07). Every page goes through the same services as the API
 * ({@link Inbox}, {@link Desk}, {@link BackOffice}, {@link Paperwork}), so the scope stays filtered in SQL; refusals
 * from them come back on the page as an error summary with their 4xx status, a dossier outside the scope is a 404.
 */
@Controller
class OfficerPages {

    /** The order in which action forms appear on the dossier page. */
    static final List<Command.Action> ACTION_ORDER = List.of(Command.Action.ACCEPT, Command.Action.FORWARD, Command.Action.ISSUE_RESULT,
            Command.Action.RETURN_RESULT, Command.Action.RECEIVE_SUPPLEMENT, Command.Action.CONFIRM_PAYMENT, Command.Action.REQUEST_SUPPLEMENT,
            Command.Action.REQUEST_PAYMENT, Command.Action.TRANSFER, Command.Action.RETURN, Command.Action.EXTEND, Command.Action.PROPOSE_STOP,
            Command.Action.STOP, Command.Action.REFUSE, Command.Action.WITHDRAW);

    private static final Set<String> FILE_TYPES = Set.of("pdf", "jpg", "jpeg", "png");

    /** A hand-over row with the names of the agencies. */
    record HandoverRow(TaskRepository.Handover h, String from, String to) {
    }

    /** A link to one of forms 01–06. */
    record FormLink(int number, String href) {
    }

    /** A line of the applicant's form data. */
    record DataRow(String label, String value) {
    }

    private final Scopes scopes;
    private final Inbox inbox;
    private final BackOffice backOffice;
    private final Desk desk;
    private final Paperwork paperwork;
    private final Dossiers dossiers;
    private final Identity identity;
    private final Organization organization;
    private final Catalog catalog;
    private final Problems problems;
    private final JsonMapper json;
    private final Clock clock;

    OfficerPages(Scopes scopes, Inbox inbox, BackOffice backOffice, Desk desk, Paperwork paperwork, Dossiers dossiers, Identity identity,
                 Organization organization, Catalog catalog, Problems problems, JsonMapper json, Clock clock) {
        this.scopes = scopes;
        this.inbox = inbox;
        this.backOffice = backOffice;
        this.desk = desk;
        this.paperwork = paperwork;
        this.dossiers = dossiers;
        this.identity = identity;
        this.organization = organization;
        this.catalog = catalog;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
    }

    // ----- workspace ------------------------------------------------------------------------------------------------

    @GetMapping("/can-bo")
    String workspace(@RequestParam(required = false) String queue, @RequestParam(required = false) String q,
                     @RequestParam(required = false) Integer page, Model model) {
        Scope scope = scopes.current();
        Inbox.Queue selected = queue(queue, scope);
        Paging paging = Paging.of(page == null || page < 1 ? 1 : page, 20);
        PageResult<Inbox.Row> rows = inbox.list(scope, selected, q, paging);
        model.addAttribute("queues", Inbox.Queue.values());
        model.addAttribute("queue", selected);
        model.addAttribute("counts", inbox.counts(scope));
        model.addAttribute("rows", rows);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("receptionist", scope.has(Role.RECEPTIONIST));
        return "workflow/workspace";
    }

    private static Inbox.Queue queue(String name, Scope scope) {
        if (name == null || name.isBlank()) {
            return scope.has(Role.RECEPTIONIST) ? Inbox.Queue.RECEPTION : Inbox.Queue.MINE;
        }
        try {
            return Inbox.Queue.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(FieldProblem.of("queue", "type-mismatch", "queue")));
        }
    }

    // ----- dossier page ---------------------------------------------------------------------------------------------

    @GetMapping("/can-bo/ho-so/{code}")
    String dossier(@PathVariable String code, Model model) {
        return page(code, scopes.current(), model);
    }

    private String page(String code, Scope scope, Model model) {
        Desk.View v = desk.view(code, scope);
        DossierView d = v.dossier();
        Instant now = clock.instant();
        model.addAttribute("v", v);
        model.addAttribute("d", d);
        model.addAttribute("myTask", v.myTask());
        model.addAttribute("dueState", v.myTask() == null || v.myTask().kind() == Task.Kind.RECEPTION ? null : inbox.dueState(v.myTask(), now));
        model.addAttribute("claimable", v.myTask() != null && v.myTask().assigneeId() == null
                && (v.myTask().status() == Task.Status.OPEN || v.myTask().status() == Task.Status.WAITING));
        model.addAttribute("heldByOther", v.myTask() != null && v.myTask().assigneeId() != null && v.myTask().assigneeId() != scope.officerId());
        model.addAttribute("actions", ACTION_ORDER.stream().filter(v.allowed()::contains).toList());
        model.addAttribute("receiver", agencyName(d.receivingAgencyId()));
        model.addAttribute("competent", d.competentAgencyId() == null ? null : agencyName(d.competentAgencyId()));
        model.addAttribute("handovers", handovers(v.handovers()));
        model.addAttribute("forms", forms(d));
        model.addAttribute("data", data(d));
        var componentCodes = d.components().stream().map(DossierView.ComponentView::code).collect(Collectors.toSet());
        model.addAttribute("otherFiles", d.files().stream().filter(f -> f.componentCode() == null || !componentCodes.contains(f.componentCode())).toList());
        Task reassignable = reassignable(v, scope);
        model.addAttribute("reassignTask", reassignable);
        model.addAttribute("officers", reassignable == null ? List.of() : officers(reassignable));
        if (v.allowed().contains(Command.Action.TRANSFER)) {
            model.addAttribute("agencies", organization.agencies(today()).stream().filter(a -> a.id() != d.receivingAgencyId())
                    .sorted(Comparator.comparing(Agency::name)).toList());
        }
        return "workflow/dossier";
    }

    /** A head of unit or agency leader may give the current task to another officer. */
    private Task reassignable(Desk.View v, Scope scope) {
        if (!scope.has(Role.HEAD_OF_UNIT) && !scope.has(Role.AGENCY_LEADER)) {
            return null;
        }
        return v.tasks().stream().filter(t -> t.status() == Task.Status.OPEN || t.status() == Task.Status.WAITING)
                .filter(t -> scope.all() || scope.agencyIds().contains(t.agencyId()))
                .filter(t -> scope.has(Role.AGENCY_LEADER) || t.unitId() == null || t.unitId().equals(scope.unitId()))
                .reduce((a, b) -> b).orElse(null);
    }

    private List<Account> officers(Task t) {
        Map<Long, Account> out = new LinkedHashMap<>();
        for (Role role : List.of(t.role(), Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.AGENCY_LEADER, Role.RECEPTIONIST)) {
            identity.officers(t.agencyId(), role).forEach(a -> out.putIfAbsent(a.id(), a));
        }
        return out.values().stream().sorted(Comparator.comparing(Account::fullName)).toList();
    }

    private List<HandoverRow> handovers(List<TaskRepository.Handover> list) {
        return list.stream().map(h -> new HandoverRow(h, h.fromAgencyId() == null ? "" : agencyName(h.fromAgencyId()),
                h.toAgencyId() == null ? "" : agencyName(h.toAgencyId()))).toList();
    }

    private static List<FormLink> forms(DossierView d) {
        List<FormLink> out = new ArrayList<>();
        boolean received = d.receivedAt() != null;
        if (received) {
            out.add(link(d, 1));
        }
        if (d.history().stream().anyMatch(h -> h.from() != h.to() && (h.to().name().equals("SUPPLEMENT_REQUESTED")
                || h.to().name().equals("RECEPTION_SUPPLEMENT")))) {
            out.add(link(d, 2));
        }
        if (d.history().stream().anyMatch(h -> h.to().name().equals("REFUSED"))) {
            out.add(link(d, 3));
        }
        if (d.extensionCount() > 0) {
            out.add(link(d, 4));
        }
        if (d.history().stream().anyMatch(h -> h.to().name().equals("STOPPED"))) {
            out.add(link(d, 5));
        }
        if (received) {
            out.add(link(d, 6));
        }
        return out;
    }

    private static FormLink link(DossierView d, int n) {
        return new FormLink(n, "/can-bo/ho-so/" + d.code() + "/mau-0" + n + ".pdf");
    }

    /** The applicant's answers, labelled from the procedure's form definition when it has one. */
    private List<DataRow> data(DossierView d) {
        List<DataRow> out = new ArrayList<>();
        JsonNode labels = null;
        try {
            Procedure p = catalog.version(d.procedureVersionId()).orElse(null);
            if (p != null && p.formDefinition() != null && !p.formDefinition().isBlank()) {
                labels = json.readTree(p.formDefinition()).path("ui").path("fields");
            }
            flatten("", json.readTree(d.data() == null ? "{}" : d.data()), labels, out);
        } catch (RuntimeException e) {
            out.clear();
        }
        return out;
    }

    private void flatten(String prefix, JsonNode node, JsonNode labels, List<DataRow> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), labels, out);
            }
            return;
        }
        String value;
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.isValueNode() ? n.asString() : n.toString()));
            value = String.join(", ", parts);
        } else {
            value = node.asString();
        }
        String label = prefix;
        if (labels != null) {
            JsonNode l = labels.path(prefix).path("label");
            String lang = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
            if (l.has(lang)) {
                label = l.get(lang).asString();
            } else if (l.has("vi")) {
                label = l.get("vi").asString();
            }
        }
        out.add(new DataRow(label, value));
    }

    // ----- claiming, reassigning, acting ----------------------------------------------------------------------------

    @PostMapping("/can-bo/ho-so/{code}/nhan")
    String claim(@PathVariable String code, @RequestParam(required = false) Long task, @RequestParam(required = false) Long version,
                 Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        Desk.View v = desk.view(code, scope);
        try {
            backOffice.claim(requireTask(task, v), requireVersion(version), scope);
            return "redirect:/can-bo/ho-so/" + v.dossier().code() + "?claimed";
        } catch (ApiException e) {
            return failed(e, v.dossier().code(), scope, null, model, response);
        }
    }

    @PostMapping("/can-bo/ho-so/{code}/giao-lai")
    String reassign(@PathVariable String code, @RequestParam(required = false) Long task, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) Long officer, Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        Desk.View v = desk.view(code, scope);
        try {
            if (officer == null) {
                throw ApiException.invalid(List.of(FieldProblem.of("officer", "required")));
            }
            Account a = identity.account(officer).filter(x -> x.kind() == AccountKind.OFFICER)
                    .orElseThrow(() -> ApiException.invalid(List.of(FieldProblem.of("officer", "task.officer-unknown"))));
            backOffice.reassign(requireTask(task, v), requireVersion(version), a.id(), a.fullName(), a.agencyId(), scope);
            return "redirect:/can-bo/ho-so/" + v.dossier().code() + "?reassigned";
        } catch (ApiException e) {
            return failed(e, v.dossier().code(), scope, "REASSIGN", model, response);
        }
    }

    @PostMapping("/can-bo/ho-so/{code}/thao-tac")
    String act(@PathVariable String code, @RequestParam(required = false) Long task, @RequestParam(required = false) Long version,
               @RequestParam(required = false) String action, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String items, @RequestParam(required = false) String newDueDate,
               @RequestParam(required = false) String newDueTime, @RequestParam(required = false) String transferAgency,
               @RequestParam(required = false) String transferHours, @RequestParam(required = false) String amount,
               @RequestParam(required = false) String resultCode, @RequestParam(required = false) MultipartFile file,
               Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        Desk.View v = desk.view(code, scope);
        Command.Action a = null;
        try {
            a = action(action);
            long id = requireTask(task, v);
            long ver = requireVersion(version);
            boolean hasFile = file != null && !file.isEmpty();
            if (hasFile) {
                checkFileType(file, "file");
            }
            Command c = new Command(a, blankToNull(reason), lines(items), a == Command.Action.EXTEND ? newDue(newDueDate, newDueTime) : null,
                    blankToNull(transferAgency), null, a == Command.Action.TRANSFER ? integer(transferHours, "transferHours") : null,
                    a == Command.Action.REQUEST_PAYMENT ? money(amount) : null, blankToNull(resultCode));
            if (a == Command.Action.REQUEST_SUPPLEMENT && c.items().isEmpty()) {
                throw ApiException.invalid(List.of(FieldProblem.of("items", "workflow.items-required")));
            }
            if (hasFile && a == Command.Action.ISSUE_RESULT) {
                if (!v.allowed().contains(a)) {
                    throw ApiException.conflict("task.action-not-allowed", a.name());
                }
                desk.attach(v.dossier().code(), file, null, "RESULT", scope);
            }
            backOffice.act(id, ver, c, scope);
            return "redirect:/can-bo/ho-so/" + v.dossier().code() + "?done=" + a.name();
        } catch (ApiException e) {
            return failed(e, v.dossier().code(), scope, a == null ? null : a.name(), model, response);
        }
    }

    @PostMapping("/can-bo/ho-so/{code}/tep")
    String attach(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String component, @RequestParam(defaultValue = "DIGITIZED") String kind,
                  Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        Desk.View v = desk.view(code, scope);
        try {
            if (file == null || file.isEmpty()) {
                throw ApiException.invalid(List.of(FieldProblem.of("file", "required")));
            }
            checkFileType(file, "file");
            desk.attach(v.dossier().code(), file, blankToNull(component), kind, scope);
            return "redirect:/can-bo/ho-so/" + v.dossier().code() + "?attached";
        } catch (ApiException e) {
            return failed(e, v.dossier().code(), scope, "ATTACH", model, response);
        }
    }

    /** The refusal goes back on the dossier's page; a dossier outside the scope stays a plain 404. */
    private String failed(ApiException e, String code, Scope scope, String failedAction, Model model, HttpServletResponse response) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        if (e.fieldProblems().isEmpty()) {
            errors.add(Map.of("field", "", "message", problems.message("problem." + e.code(), e.args(), e.code(), locale)));
        } else {
            for (FieldProblem p : e.fieldProblems()) {
                errors.add(Map.of("field", p.field(), "message", problems.resolve(p, locale)));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("failedAction", failedAction);
        response.setStatus(e.status().is4xxClientError() ? e.status().value() : HttpStatus.BAD_REQUEST.value());
        return page(code, scope, model);
    }

    private static long requireTask(Long task, Desk.View v) {
        if (task == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("task", "required")));
        }
        return task;
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("version", "required")));
        }
        return version;
    }

    private static Command.Action action(String name) {
        try {
            return Command.Action.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(FieldProblem.of("action", "required")));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> lines(String items) {
        if (items == null) {
            return List.of();
        }
        return items.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The new appointment of an extension: a date (yyyy-MM-dd from the date input) and a time, 17:00 when none. */
    private static Instant newDue(String date, String time) {
        if (date == null || date.isBlank()) {
            throw ApiException.invalid(List.of(FieldProblem.of("newDueDate", "required")));
        }
        LocalDate day;
        try {
            day = parseDate(date.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(List.of(FieldProblem.of("newDueDate", "workflow.date-invalid")));
        }
        LocalTime at;
        try {
            at = time == null || time.isBlank() ? LocalTime.of(17, 0) : LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(List.of(FieldProblem.of("newDueTime", "workflow.time-invalid")));
        }
        return day.atTime(at).atZone(Formats.ZONE).toInstant();
    }

    /** yyyy-MM-dd (date inputs) or dd/MM/yyyy (typed); impossible dates such as 30/02 are refused. */
    static LocalDate parseDate(String s) {
        if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] p = s.split("/");
            try {
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException("invalid date", s, 0);
            }
        }
        return LocalDate.parse(s);
    }

    private static Integer integer(String s, String field) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(List.of(FieldProblem.of(field, "type-mismatch", field)));
        }
    }

    private static Long money(String s) {
        String digits = s == null ? "" : s.replaceAll("[\\s.,đ]", "");
        if (!digits.matches("\\d{1,13}") || Long.parseLong(digits) <= 0) {
            throw ApiException.invalid(List.of(FieldProblem.of("amount", "workflow.amount-invalid")));
        }
        return Long.parseLong(digits);
    }

    private static void checkFileType(MultipartFile file, String field) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.contains(ext)) {
            throw ApiException.invalid(List.of(FieldProblem.of(field, "file.type")));
        }
    }

    // ----- files and forms ------------------------------------------------------------------------------------------

    @GetMapping("/can-bo/ho-so/{code}/tep/{file}")
    ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String file) {
        Desk.View v = desk.view(code, scopes.current());
        Dossiers.FileContent f = dossiers.file(v.dossier().id(), file).orElseThrow(() -> ApiException.notFound("file.not-found"));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(f.contentType())).contentLength(f.size())
                .header("Content-Disposition", org.springframework.http.ContentDisposition.inline()
                        .filename(f.displayName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store")
                .body(new InputStreamResource(f.content()));
    }

    @GetMapping("/can-bo/ho-so/{code}/mau-0{number}.pdf")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable int number) {
        Desk.View v = desk.view(code, scopes.current());
        return WorkflowApi.pdf(paperwork.form(number, v.dossier()), "mau-0" + number + "-" + v.dossier().code() + ".pdf");
    }

    // ----- walk-in and postal intake --------------------------------------------------------------------------------

    @GetMapping("/can-bo/tiep-nhan/moi")
    String intakeForm(@RequestParam(required = false) String thuTuc, Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        if (!scope.has(Role.RECEPTIONIST)) {
            throw ApiException.forbidden("task.not-your-role");
        }
        model.addAttribute("form", Map.of());
        if (thuTuc != null && !thuTuc.isBlank()) {
            Procedure p = catalog.procedure(thuTuc.strip(), today()).orElse(null);
            if (p == null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", List.of(Map.of("field", "thuTuc", "message",
                        problems.message("field.workflow.procedure-unknown", new Object[] {thuTuc.strip()}, "", LocaleContextHolder.getLocale()))));
            } else {
                model.addAttribute("procedure", p);
            }
        }
        return intakeView(model);
    }

    private String intakeView(Model model) {
        model.addAttribute("channels", List.of(Channel.IN_PERSON, Channel.POSTAL));
        model.addAttribute("communes", organization.adminUnits(today(), AdminLevel.COMMUNE).stream()
                .sorted(Comparator.comparing(AdminUnit::name)).toList());
        return "workflow/intake";
    }

    @PostMapping("/can-bo/tiep-nhan/moi")
    String intake(@RequestParam Map<String, String> form, @RequestParam(name = "components", required = false) List<String> components,
                  MultipartRequest multipart, Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        if (!scope.has(Role.RECEPTIONIST)) {
            throw ApiException.forbidden("task.not-your-role");
        }
        Procedure p = catalog.procedure(form.getOrDefault("procedureCode", "").strip(), today()).orElse(null);
        try {
            if (p == null) {
                throw ApiException.invalid(List.of(FieldProblem.of("thuTuc", "workflow.procedure-unknown", form.getOrDefault("procedureCode", ""))));
            }
            List<FieldProblem> bad = new ArrayList<>();
            if (blankToNull(form.get("applicantName")) == null) {
                bad.add(FieldProblem.of("applicantName", "required"));
            }
            Channel channel;
            try {
                channel = Channel.valueOf(form.getOrDefault("channel", "IN_PERSON"));
            } catch (IllegalArgumentException e) {
                channel = null;
                bad.add(FieldProblem.of("channel", "required"));
            }
            Map<String, MultipartFile> files = new LinkedHashMap<>();
            for (var c : p.components()) {
                MultipartFile f = multipart == null ? null : multipart.getFile("file_" + c.code());
                if (f != null && !f.isEmpty()) {
                    try {
                        checkFileType(f, "file_" + c.code());
                        files.put(c.code(), f);
                    } catch (ApiException e) {
                        bad.addAll(e.fieldProblems());
                    }
                }
            }
            Long commune = null;
            try {
                commune = desk.communeByCode(form.get("commune"));
            } catch (ApiException e) {
                bad.addAll(e.fieldProblems());
            }
            if (!bad.isEmpty()) {
                throw ApiException.invalid(bad);
            }
            List<String> codes = new ArrayList<>(components == null ? List.of() : components);
            files.keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
            DossierView d = desk.intake(new Dossiers.Intake(p.code(), channel, 0, commune, form.get("applicantName").strip(),
                    blankToNull(form.get("personalId")), blankToNull(form.get("phone")), blankToNull(form.get("email")),
                    blankToNull(form.get("address")), "{}", codes), true, scope);
            for (Map.Entry<String, MultipartFile> f : files.entrySet()) {
                desk.attach(d.code(), f.getValue(), f.getKey(), "DIGITIZED", scope);
            }
            return "redirect:/can-bo/ho-so/" + d.code() + "?received";
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT && e.status() != HttpStatus.PAYLOAD_TOO_LARGE) {
                throw e;
            }
            Locale locale = LocaleContextHolder.getLocale();
            List<Map<String, String>> errors = e.fieldProblems().isEmpty()
                    ? List.of(Map.of("field", "", "message", problems.message("problem." + e.code(), e.args(), e.code(), locale)))
                    : e.fieldProblems().stream().map(fp -> Map.of("field", fp.field(), "message", problems.resolve(fp, locale))).toList();
            response.setStatus(e.status().value());
            model.addAttribute("errors", errors);
            model.addAttribute("form", form);
            model.addAttribute("chosen", components == null ? List.of() : components);
            if (p != null) {
                model.addAttribute("procedure", p);
            }
            return intakeView(model);
        }
    }

    // ----- tracking book (Form 07) ----------------------------------------------------------------------------------

    @GetMapping("/can-bo/so-theo-doi")
    Object trackingBook(@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String format,
                        Model model, HttpServletResponse response) {
        Scope scope = scopes.current();
        List<Agency> agencies = organization.agencies(scope.all() ? organization.agencies(today()).stream().map(Agency::id).toList()
                : scope.agencyIds()).stream().sorted(Comparator.comparing(Agency::name)).toList();
        model.addAttribute("agencies", agencies);
        LocalDate today = today();
        model.addAttribute("agency", agency == null ? agencies.stream().filter(a -> a.id() == (scope.agencyId() == null ? -1 : scope.agencyId()))
                .map(Agency::code).findFirst().orElse("") : agency);
        model.addAttribute("from", from == null ? today.withDayOfMonth(1).toString() : from);
        model.addAttribute("to", to == null ? today.toString() : to);
        model.addAttribute("format", format == null ? "pdf" : format);
        if (format == null) {
            return "workflow/book";
        }
        List<FieldProblem> bad = new ArrayList<>();
        Agency a = agencies.stream().filter(x -> x.code().equals(agency)).findFirst().orElse(null);
        if (a == null) {
            bad.add(FieldProblem.of("agency", "workflow.agency-out-of-scope"));
        }
        LocalDate f = date(from, "from", bad);
        LocalDate t = date(to, "to", bad);
        if (f != null && t != null && (t.isBefore(f) || f.plusDays(366).isBefore(t))) {
            bad.add(FieldProblem.of("to", "form.period"));
        }
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"pdf".equalsIgnoreCase(format)) {
            bad.add(FieldProblem.of("format", "form.format"));
        }
        if (!bad.isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("errors", bad.stream().map(p -> Map.of("field", p.field(), "message", problems.resolve(p, locale))).toList());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "workflow/book";
        }
        byte[] bytes = paperwork.trackingBook(a, f, t, xlsx);
        String name = "so-theo-doi-" + a.code() + "-" + f + "-" + t + (xlsx ? ".xlsx" : ".pdf");
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(xlsx
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf"))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
                .header("Cache-Control", "private, no-store").body(bytes);
    }

    private static LocalDate date(String s, String field, List<FieldProblem> bad) {
        if (s == null || s.isBlank()) {
            bad.add(FieldProblem.of(field, "required"));
            return null;
        }
        try {
            return parseDate(s.strip());
        } catch (DateTimeParseException e) {
            bad.add(FieldProblem.of(field, "workflow.date-invalid"));
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private String agencyName(long id) {
        return organization.agency(id).map(Agency::name).orElse("");
    }
}
