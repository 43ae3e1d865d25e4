package vn.congso.dossier.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.dossier.DossierView;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/** An applicant's dossiers and files, and public tracking. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossiers", description = "My dossiers, their files, and public tracking")
class DossierApi {

    private final MyDossiers mine;
    private final Tracking tracking;
    private final Identity identity;
    private final Receipts receipts;
    private final Applications applications;
    private final JsonMapper json;

    DossierApi(MyDossiers mine, Tracking tracking, Identity identity, Receipts receipts, Applications applications, JsonMapper json) {
        this.receipts = receipts;
        this.applications = applications;
        this.json = json;
        this.mine = mine;
        this.tracking = tracking;
        this.identity = identity;
    }

    private CurrentUser user() {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    @GetMapping("/dossiers")
    @Operation(summary = "My dossiers, newest first (summaries)")
    PageResult<DossierView> dossiers(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        CurrentUser user = user();
        return new PageResult<>(mine.list(user, paging.size(), paging.offset()), paging.page(), paging.size(), mine.count(user));
    }

    /** The {@code application} part of a one-request application. */
    record Application(String procedureCode, String commune, JsonNode data, Boolean declared) {
    }

    @PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Apply in one request, without a draft (for apps and connected systems)",
            description = """
                    multipart/form-data with a part `application` (JSON: procedureCode, commune for commune-level procedures
                    (defaults to the account's commune), data as the procedure's form asks, declared: true) and one part per
                    document, named by its component code (e.g. TP1; PDF, JPEG or PNG, checked by content; a component may
                    have several). Everything is checked together: 400 lists every problem, and nothing is kept of a refused
                    request. The Idempotency-Key header is required: a retry with the same key returns the same dossier
                    (200) instead of a second one (201).""")
    ResponseEntity<DossierView> apply(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      MultipartHttpServletRequest request) {
        CurrentUser user = user();
        Application body = application(request.getParameter("application"), request.getFile("application"));
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>(request.getMultiFileMap());
        files.remove("application");
        Applications.Submitted done = applications.submitDirect(user,
                new Applications.DirectApplication(body.procedureCode(), body.commune(), body.data(), Boolean.TRUE.equals(body.declared())),
                files, key, "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi");
        return ResponseEntity.status(done.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(done.dossier());
    }

    /** The JSON of the application part, sent as a form field or as a part with its own content type. */
    private Application application(String field, MultipartFile part) {
        try {
            byte[] bytes = field != null ? field.getBytes(java.nio.charset.StandardCharsets.UTF_8) : part != null ? part.getBytes() : null;
            if (bytes == null || bytes.length == 0) {
                throw ApiException.invalid(List.of(FieldProblem.of("application", "required")));
            }
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiException.invalid(List.of(FieldProblem.of("application", "draft.data-object")));
            }
            return json.treeToValue(node, Application.class);
        } catch (JacksonException | java.io.IOException e) {
            throw ApiException.invalid(List.of(FieldProblem.of("application", "draft.data-object")));
        }
    }

    @GetMapping("/dossiers/{code}")
    @Operation(summary = "One of my dossiers with its components, files and history")
    DossierView dossier(@PathVariable String code) {
        return mine.get(user(), code);
    }

    @GetMapping("/dossiers/{code}/receipt.pdf")
    @Operation(summary = "The submission receipt (PDF with a QR code that opens tracking)")
    ResponseEntity<byte[]> receipt(@PathVariable String code) {
        DossierView d = mine.get(user(), code);
        return MyDossiersPages.pdf(receipts.submissionReceipt(d), "bien-nhan-" + d.code() + ".pdf");
    }

    @org.springframework.web.bind.annotation.PostMapping(path = "/dossiers/{code}/supplement",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer a supplement request: upload the missing documents (the clock resumes)")
    DossierView supplement(@PathVariable String code,
                           @org.springframework.web.bind.annotation.RequestPart(name = "files", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> files,
                           @RequestParam(required = false) String note) {
        return mine.supplement(user(), code, files, note);
    }

    @GetMapping("/files/{file}")
    @Operation(summary = "Download one of my files")
    ResponseEntity<InputStreamResource> file(@PathVariable String file) {
        MyDossiers.Download d = mine.file(user(), file);
        return MyDossiersPages.download(d.file(), d.content());
    }

    @GetMapping("/tracking/{code}")
    @Operation(summary = "Public tracking: status, timeline and appointment for a code plus its check value; no personal data")
    Tracking.View track(@PathVariable String code, @RequestParam(required = false) String check) {
        return tracking.track(code, check);
    }
}
