package vn.congso.dossier.internal;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.Catalog;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;

/** "Hồ sơ của tôi": drafts first, then dossiers being processed, then finished ones; a dossier's page; its files. */
@Controller
class MyDossiersPages {

    private final Applications applications;
    private final MyDossiers mine;
    private final Identity identity;
    private final Organization organization;
    private final Catalog catalog;
    private final Forms forms;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Duration expireAfter;
    private final Receipts receipts;

    MyDossiersPages(Receipts receipts, Applications applications, MyDossiers mine, Identity identity, Organization organization, Catalog catalog, Forms forms,
                    JsonMapper json, MessageSource messages, @Value("${congso.drafts.expire-after:30d}") Duration expireAfter) {
        this.receipts = receipts;
        this.applications = applications;
        this.mine = mine;
        this.identity = identity;
        this.organization = organization;
        this.catalog = catalog;
        this.forms = forms;
        this.json = json;
        this.messages = messages;
        this.expireAfter = expireAfter;
    }

    private CurrentUser user() {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    @GetMapping("/ho-so")
    String list(Model model) {
        CurrentUser user = user();
        if (!user.isApplicant()) {
            throw ApiException.forbidden("application.applicants-only");
        }
        model.addAttribute("drafts", applications.openDrafts(user));
        List<DossierView> all = mine.list(user, 200, 0);
        model.addAttribute("open", all.stream().filter(d -> !d.status().isTerminal()).toList());
        model.addAttribute("finished", all.stream().filter(d -> d.status().isTerminal()).toList());
        model.addAttribute("expireAfter", expireAfter);
        return "dossier/mine";
    }

    @GetMapping("/ho-so/{code}/da-nop")
    String submitted(@PathVariable String code, Model model) {
        DossierView d = mine.get(user(), code);
        model.addAttribute("d", d);
        model.addAttribute("receiver", organization.agency(d.receivingAgencyId()).map(Agency::name).orElse(""));
        var procedure = catalog.version(d.procedureVersionId()).orElseThrow();
        model.addAttribute("timeLimit", procedure.timeLimit());
        model.addAttribute("estimate", mine.estimate(d, procedure));
        return "dossier/submitted";
    }

    @GetMapping("/ho-so/{code}")
    String detail(@PathVariable String code, Model model) {
        DossierView d = mine.get(user(), code);
        model.addAttribute("d", d);
        model.addAttribute("receiver", organization.agency(d.receivingAgencyId()).map(Agency::name).orElse(""));
        String lang = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
        var procedure = catalog.version(d.procedureVersionId()).orElseThrow();
        List<ApplicationPages.PageAnswers> sections = new ArrayList<>();
        if (procedure.formDefinition() != null) {
            FormDefinition form = forms.of(procedure);
            Map<String, String> names = new LinkedHashMap<>();
            organization.adminUnits(applications.today(), AdminLevel.COMMUNE).forEach(u -> names.put(u.code(), u.name()));
            String yes = messages.getMessage("application.yes", null, LocaleContextHolder.getLocale());
            String no = messages.getMessage("application.no", null, LocaleContextHolder.getLocale());
            var data = json.readTree(d.data());
            for (FormDefinition.Page page : form.pages()) {
                sections.add(new ApplicationPages.PageAnswers(page.id(), page.title() == null ? page.id() : page.title().in(lang),
                        FormView.answers(form, page, data, lang, c -> names.getOrDefault(c, c), yes, no)));
            }
        }
        model.addAttribute("sections", sections);
        return "dossier/detail";
    }

    @org.springframework.web.bind.annotation.PostMapping("/ho-so/{code}/bo-sung")
    String supplement(@PathVariable String code,
                      @org.springframework.web.bind.annotation.RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
                      @org.springframework.web.bind.annotation.RequestParam(required = false) String note, Model model) {
        try {
            mine.supplement(user(), code, files, note);
            return "redirect:/ho-so/" + code + "?supplemented";
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.PAYLOAD_TOO_LARGE) {
                throw e;
            }
            model.addAttribute("supplementError", e.fieldProblems().isEmpty() ? e.code()
                    : messages.getMessage("field." + e.fieldProblems().get(0).code(), e.fieldProblems().get(0).args(), e.code(),
                    LocaleContextHolder.getLocale()));
            return detail(code, model);
        }
    }

    @GetMapping("/ho-so/{code}/bien-nhan.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String code) {
        DossierView d = mine.get(user(), code);
        return pdf(receipts.submissionReceipt(d), "bien-nhan-" + d.code() + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }

    @GetMapping("/ho-so/tep/{file}")
    ResponseEntity<InputStreamResource> file(@PathVariable String file) {
        MyDossiers.Download download = mine.file(user(), file);
        return download(download.file(), download.content());
    }

    static ResponseEntity<InputStreamResource> download(DossierRepository.StoredFileRef f, InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .contentLength(f.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.displayName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content));
    }
}
