package vn.congso.dossier.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congso.dossier.DossierView;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Problems;

/**
 * The citizen's online application (GOV.UK patterns, UX.md): start → where (commune-level) → one page per group of
 * questions → documents → check answers → declaration → confirmation. Every page saves to the server.
 */
@Controller
class ApplicationPages {

    static final String DRAFT = "/ho-so/nhap/";

    private final Applications applications;
    private final Identity identity;
    private final Organization organization;
    private final MessageSource messages;
    private final Problems problems;

    ApplicationPages(Applications applications, Identity identity, Organization organization, MessageSource messages, Problems problems) {
        this.applications = applications;
        this.identity = identity;
        this.organization = organization;
        this.messages = messages;
        this.problems = problems;
    }

    private CurrentUser user() {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    private static String lang() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
    }

    @GetMapping("/nop-ho-so/{code}")
    String start(@PathVariable String code, Model model) {
        CurrentUser user = user();
        if (!user.isApplicant()) {
            throw ApiException.forbidden("application.applicants-only");
        }
        var procedure = applications.onlineProcedure(code);
        Optional<Draft> existing = applications.openDraft(user, procedure.code());
        if (existing.isEmpty()) {
            Draft created = applications.create(user, procedure.code(), false);
            return "redirect:" + DRAFT + created.publicId();
        }
        model.addAttribute("procedure", procedure);
        model.addAttribute("draft", existing.get());
        return "dossier/resume";
    }

    @PostMapping("/nop-ho-so/{code}")
    String startChoice(@PathVariable String code, @RequestParam(defaultValue = "resume") String action) {
        CurrentUser user = user();
        Draft draft = applications.create(user, code, "restart".equals(action));
        return "redirect:" + DRAFT + draft.publicId();
    }

    @GetMapping(DRAFT + "{id}")
    String resume(@PathVariable String id) {
        Applications.Session s = applications.session(user(), id);
        if (!s.draft().isOpen()) {
            throw ApiException.conflict("draft.closed");
        }
        String step = s.draft().currentPage() != null && s.flow().has(s.draft().currentPage()) ? s.draft().currentPage() : s.flow().first();
        return "redirect:" + DRAFT + id + "/" + step;
    }

    @GetMapping(DRAFT + "{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam(required = false) String back, Model model) {
        CurrentUser user = user();
        Applications.Session s = applications.session(user, id);
        if (!s.draft().isOpen()) {
            throw ApiException.conflict("draft.closed");
        }
        if (!s.flow().has(step)) {
            throw ApiException.notFound("draft.page-not-found", step);
        }
        applications.moveTo(user, id, step);
        return render(applications.session(user, id), step, List.of(), back, model);
    }

    private String render(Applications.Session s, String step, List<FieldProblem> errors, String back, Model model) {
        String lang = lang();
        model.addAttribute("s", s);
        model.addAttribute("step", step);
        model.addAttribute("stepNo", s.flow().number(step));
        model.addAttribute("stepCount", s.flow().count());
        model.addAttribute("base", DRAFT + s.draft().publicId());
        model.addAttribute("back", back);
        String previous = s.flow().before(step);
        model.addAttribute("backLink", "check".equals(back) ? DRAFT + s.draft().publicId() + "/" + ApplicationFlow.CHECK
                : previous == null ? "/thu-tuc/" + s.procedure().code() : DRAFT + s.draft().publicId() + "/" + previous);
        model.addAttribute("errors", errors.stream().map(e -> new ErrorLink("#" + anchor(e.field()), message(e))).toList());
        model.addAttribute("procedureName", pick(s.procedure().name(), s.procedure().nameEn()));
        switch (step) {
            case ApplicationFlow.WHERE -> {
                model.addAttribute("communes", communes());
                model.addAttribute("selected", s.commune() == null ? null : s.commune().code());
                return "dossier/where";
            }
            case ApplicationFlow.DOCUMENTS -> {
                model.addAttribute("components", s.procedure().components());
                model.addAttribute("files", s.files());
                model.addAttribute("filesByComponent", s.files().stream().collect(java.util.stream.Collectors.groupingBy(DraftFile::componentCode)));
                model.addAttribute("componentErrors", errorsByField(errors));
                return "dossier/documents";
            }
            case ApplicationFlow.CHECK -> {
                List<PageAnswers> sections = new ArrayList<>();
                Map<String, String> names = communeNames();
                String yes = messages.getMessage("application.yes", null, LocaleContextHolder.getLocale());
                String no = messages.getMessage("application.no", null, LocaleContextHolder.getLocale());
                for (FormDefinition.Page page : s.form().pages()) {
                    sections.add(new PageAnswers(page.id(), page.title() == null ? page.id() : page.title().in(lang),
                            FormView.answers(s.form(), page, s.draft().data(), lang, c -> names.getOrDefault(c, c), yes, no)));
                }
                model.addAttribute("sections", sections);
                model.addAttribute("components", s.procedure().components());
                model.addAttribute("files", s.files());
                model.addAttribute("problems", errors.isEmpty() ? applications.problems(s, lang).stream()
                        .map(e -> new ErrorLink(stepOf(s, e.field()), message(e))).toList() : List.of());
                return "dossier/check";
            }
            case ApplicationFlow.DECLARATION -> {
                return "dossier/declaration";
            }
            default -> {
                FormDefinition.Page page = s.form().page(step);
                model.addAttribute("page", page);
                model.addAttribute("pageTitle", page.title() == null ? "" : page.title().in(lang));
                model.addAttribute("pageDescription", page.description() == null ? null : page.description().in(lang));
                model.addAttribute("fields", FormView.fields(s.form(), page, s.draft().data(), errors, lang, communes()));
                return "dossier/page";
            }
        }
    }

    @PostMapping(DRAFT + "{id}/" + ApplicationFlow.WHERE)
    String where(@PathVariable String id, @RequestParam(required = false) String commune, @RequestParam(required = false) Long version,
                 @RequestParam(required = false) String back, @RequestParam(defaultValue = "continue") String action, Model model) {
        CurrentUser user = user();
        List<FieldProblem> errors = applications.chooseCommune(user, id, commune, version);
        if ("save-exit".equals(action) && errors.stream().allMatch(e -> e.code().equals("application.commune-required"))) {
            return "redirect:/ho-so?saved";
        }
        if (!errors.isEmpty()) {
            return render(applications.session(user, id), ApplicationFlow.WHERE, errors, back, model);
        }
        return next(id, ApplicationFlow.WHERE, back, applications.session(user, id), action);
    }

    @PostMapping(DRAFT + "{id}/{step}")
    String save(@PathVariable String id, @PathVariable String step, @RequestParam MultiValueMap<String, String> params,
                @RequestParam(required = false) Long version, @RequestParam(required = false) String back,
                @RequestParam(defaultValue = "continue") String action, Model model) {
        CurrentUser user = user();
        Applications.Session s = applications.session(user, id);
        if (ApplicationFlow.DOCUMENTS.equals(step)) {
            List<FieldProblem> missing = "continue".equals(action) ? applications.problems(s, lang()).stream()
                    .filter(p -> p.field().startsWith("component-")).toList() : List.of();
            if (!missing.isEmpty()) {
                return render(s, step, missing, back, model);
            }
            return next(id, step, back, s, action);
        }
        if (ApplicationFlow.CHECK.equals(step)) {
            return "redirect:" + DRAFT + id + "/" + ApplicationFlow.DECLARATION;
        }
        if (s.form().page(step) == null) {
            throw ApiException.notFound("draft.page-not-found", step);
        }
        Map<String, List<String>> values = new LinkedHashMap<>(params);
        if (action.startsWith("add:") || action.startsWith("remove:")) {
            editRepeat(values, action);
            applications.savePage(user, id, step, values, version, false, lang());
            return "redirect:" + DRAFT + id + "/" + step + (back == null ? "" : "?back=" + back);
        }
        boolean validate = "continue".equals(action);
        List<FieldProblem> errors = applications.savePage(user, id, step, values, version, validate, lang());
        if (!errors.isEmpty()) {
            return render(applications.session(user, id), step, errors, back, model);
        }
        return next(id, step, back, s, action);
    }

    /** Autosave from the page's script (htmx): saves what was typed, answers 204. */
    @PostMapping(DRAFT + "{id}/{step}/luu")
    ResponseEntity<Void> autosave(@PathVariable String id, @PathVariable String step, @RequestParam MultiValueMap<String, String> params) {
        applications.autosave(user(), id, step, new LinkedHashMap<>(params));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(DRAFT + "{id}/" + ApplicationFlow.DOCUMENTS + "/{component}")
    String upload(@PathVariable String id, @PathVariable String component, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(required = false) String back, Model model) {
        CurrentUser user = user();
        List<FieldProblem> errors = new ArrayList<>();
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty() || !f.getOriginalFilename().isEmpty()).toList();
        if (chosen.isEmpty()) {
            errors.add(FieldProblem.of("component-" + component, "application.file-choose"));
        }
        for (MultipartFile file : chosen) {
            try {
                applications.addFile(user, id, component, file);
            } catch (ApiException e) {
                if (e.status().is5xxServerError() || e.status() == HttpStatus.NOT_FOUND) {
                    throw e;
                }
                String detail = e.fieldProblems().isEmpty() ? problems.of(e, null).getDetail() : message(e.fieldProblems().get(0));
                errors.add(new FieldProblem("component-" + component, e.code(), file.getOriginalFilename() + ": " + detail));
            }
        }
        if (!errors.isEmpty()) {
            return render(applications.session(user, id), ApplicationFlow.DOCUMENTS, errors, back, model);
        }
        return "redirect:" + DRAFT + id + "/" + ApplicationFlow.DOCUMENTS + (back == null ? "" : "?back=" + back) + "#component-" + component;
    }

    @PostMapping(DRAFT + "{id}/" + ApplicationFlow.DOCUMENTS + "/xoa/{file}")
    String removeFile(@PathVariable String id, @PathVariable String file, @RequestParam(required = false) String back) {
        applications.removeFile(user(), id, file);
        return "redirect:" + DRAFT + id + "/" + ApplicationFlow.DOCUMENTS + (back == null ? "" : "?back=" + back);
    }

    @PostMapping(DRAFT + "{id}/huy")
    String discard(@PathVariable String id, RedirectAttributes redirect) {
        applications.discard(user(), id);
        return "redirect:/ho-so?discarded";
    }

    @PostMapping(DRAFT + "{id}/" + ApplicationFlow.DECLARATION)
    String submit(@PathVariable String id, @RequestParam(required = false) Boolean declared, Model model) {
        CurrentUser user = user();
        try {
            DossierView dossier = applications.submit(user, id, "draft:" + id, Boolean.TRUE.equals(declared), lang());
            return "redirect:/ho-so/" + dossier.code() + "/da-nop";
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Applications.Session s = applications.session(user, id);
            boolean declaration = e.fieldProblems().stream().anyMatch(p -> p.field().equals("declaration"));
            return render(s, declaration ? ApplicationFlow.DECLARATION : ApplicationFlow.CHECK, declaration ? e.fieldProblems() : List.of(),
                    null, model);
        }
    }

    private String next(String id, String step, String back, Applications.Session s, String action) {
        if ("save-exit".equals(action)) {
            return "redirect:/ho-so?saved";
        }
        if ("check".equals(back)) {
            return "redirect:" + DRAFT + id + "/" + ApplicationFlow.CHECK;
        }
        return "redirect:" + DRAFT + id + "/" + s.flow().after(step);
    }

    /** {@code add:children} appends an empty item; {@code remove:children:1} drops item 1 and renumbers. */
    static void editRepeat(Map<String, List<String>> values, String action) {
        String[] parts = action.split(":");
        String path = parts[1];
        if (parts[0].equals("add")) {
            int max = -1;
            for (String key : values.keySet()) {
                if (key.startsWith(path + "[")) {
                    max = Math.max(max, Integer.parseInt(key.substring(path.length() + 1, key.indexOf(']', path.length()))));
                }
            }
            values.put(path + "[" + (max + 1) + "].__new", List.of("1"));
            return;
        }
        int remove = Integer.parseInt(parts[2]);
        Map<String, List<String>> renumbered = new LinkedHashMap<>();
        values.forEach((key, v) -> {
            if (key.startsWith(path + "[")) {
                int close = key.indexOf(']', path.length());
                int index = Integer.parseInt(key.substring(path.length() + 1, close));
                if (index == remove) {
                    return;
                }
                renumbered.put(path + "[" + (index > remove ? index - 1 : index) + key.substring(close), v);
            } else {
                renumbered.put(key, v);
            }
        });
        values.clear();
        values.putAll(renumbered);
    }

    private List<FormView.Option> communes() {
        return organization.adminUnits(applications.today(), AdminLevel.COMMUNE).stream()
                .map(u -> new FormView.Option(u.code(), u.name(), false)).toList();
    }

    private Map<String, String> communeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        organization.adminUnits(applications.today(), AdminLevel.COMMUNE).forEach((AdminUnit u) -> names.put(u.code(), u.name()));
        return names;
    }

    private String message(FieldProblem p) {
        return p.message() != null ? p.message() : problems.resolve(p, LocaleContextHolder.getLocale());
    }

    private static String anchor(String field) {
        return field.startsWith("component-") ? field : field.equals("commune") ? "commune" : field.equals("declaration") ? "declared"
                : FormView.id(field);
    }

    /** Where a submission problem is fixed: the page holding the field. */
    private String stepOf(Applications.Session s, String field) {
        String base = DRAFT + s.draft().publicId() + "/";
        if (field.equals("commune")) {
            return base + ApplicationFlow.WHERE + "?back=check";
        }
        if (field.startsWith("component-")) {
            return base + ApplicationFlow.DOCUMENTS + "?back=check#" + field;
        }
        String generic = vn.congso.dossier.internal.form.FormValidator.generic(field);
        for (FormDefinition.Page page : s.form().pages()) {
            if (vn.congso.dossier.internal.form.FormValidator.pageScope(page).test(generic)) {
                return base + page.id() + "?back=check#" + FormView.id(field);
            }
        }
        return base + ApplicationFlow.CHECK;
    }

    private Map<String, String> errorsByField(List<FieldProblem> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach(e -> out.merge(e.field(), message(e), (a, b) -> a + " " + b));
        return out;
    }

    private static String pick(String vi, String en) {
        return "en".equals(lang()) && en != null && !en.isBlank() ? en : vi;
    }

    /** An error in the summary: where it is, what it says. */
    record ErrorLink(String href, String message) {
    }

    /** The answers of one page on "check your answers". */
    record PageAnswers(String pageId, String title, List<FormView.Answer> answers) {
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
