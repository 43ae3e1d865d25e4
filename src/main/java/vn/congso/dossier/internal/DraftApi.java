package vn.congso.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;

import vn.congso.dossier.DossierView;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Problems;

/** Drafts for mobile and third-party apps: the same use cases as the pages, as JSON. */
@RestController
@RequestMapping("/api/v1/drafts")
@Tag(name = "Applications", description = "Server-side drafts of online applications and their submission")
class DraftApi {

    private final Applications applications;
    private final Identity identity;
    private final Problems problems;

    DraftApi(Applications applications, Identity identity, Problems problems) {
        this.applications = applications;
        this.identity = identity;
        this.problems = problems;
    }

    record CreateDraft(String procedureCode, Boolean restart) {
    }

    record SaveDraft(JsonNode data, String currentPage, Long version) {
    }

    record ChooseCommune(String commune, Long version) {
    }

    record Submit(Boolean declared) {
    }

    record FileInfo(String id, String component, String name, String contentType, long size, String sha256, Instant addedAt) {
        static FileInfo of(DraftFile f) {
            return new FileInfo(f.publicId(), f.componentCode(), f.displayName(), f.contentType(), f.size(), f.sha256(), f.addedAt());
        }
    }

    record DraftInfo(String id, String procedureCode, long procedureVersionId, String procedureName, String status, String currentPage,
                     List<String> steps, String commune, JsonNode data, List<FileInfo> files, long version, Instant createdAt,
                     Instant updatedAt, boolean resumed) {
        static DraftInfo of(Applications.Session s, boolean resumed) {
            return new DraftInfo(s.draft().publicId(), s.procedure().code(), s.procedure().versionId(), s.procedure().name(),
                    s.draft().status().name(), s.draft().currentPage(), s.flow().steps(), s.commune() == null ? null : s.commune().code(),
                    s.draft().data(), s.files().stream().map(FileInfo::of).toList(), s.draft().version(), s.draft().createdAt(),
                    s.draft().updatedAt(), resumed);
        }
    }

    private CurrentUser user() {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    private static String lang() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
    }

    @PostMapping
    @Operation(summary = "Start an application, or get the open draft of the same procedure (resumed = true) unless restart = true")
    ResponseEntity<DraftInfo> create(@RequestBody CreateDraft body) {
        if (body == null || body.procedureCode() == null || body.procedureCode().isBlank()) {
            throw ApiException.invalid(List.of(FieldProblem.of("procedureCode", "required")));
        }
        CurrentUser user = user();
        boolean existed = !Boolean.TRUE.equals(body.restart()) && applications.openDraft(user, body.procedureCode().strip()).isPresent();
        Draft draft = applications.create(user, body.procedureCode().strip(), Boolean.TRUE.equals(body.restart()));
        DraftInfo info = DraftInfo.of(applications.session(user, draft.publicId()), existed);
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(info);
    }

    @GetMapping
    @Operation(summary = "My open drafts, most recent first")
    List<DraftInfo> mine() {
        return applications.openDrafts(user()).stream().map(s -> DraftInfo.of(s, false)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A draft: data, current step, files and version (for optimistic locking)")
    DraftInfo get(@PathVariable String id) {
        return DraftInfo.of(applications.session(user(), id), false);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the draft's data (validated at submission); 409 when version is stale")
    DraftInfo save(@PathVariable String id, @RequestBody SaveDraft body) {
        CurrentUser user = user();
        applications.replaceData(user, id, body == null ? null : body.data(), body == null ? null : body.currentPage(),
                body == null ? null : body.version());
        return DraftInfo.of(applications.session(user, id), false);
    }

    @PutMapping(path = "/{id}/commune", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "For commune-level procedures: the commune (code) whose centre receives the dossier")
    DraftInfo commune(@PathVariable String id, @RequestBody ChooseCommune body) {
        CurrentUser user = user();
        List<FieldProblem> errors = applications.chooseCommune(user, id, body == null ? null : body.commune(), body == null ? null : body.version());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return DraftInfo.of(applications.session(user, id), false);
    }

    @GetMapping("/{id}/problems")
    @Operation(summary = "Everything that still keeps the draft from being submitted, with messages")
    List<Map<String, String>> problems(@PathVariable String id) {
        Applications.Session s = applications.session(user(), id);
        return applications.problems(s, lang()).stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", problems.resolve(p, LocaleContextHolder.getLocale())))
                .toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard a draft")
    ResponseEntity<Void> discard(@PathVariable String id) {
        applications.discard(user(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file for a component (PDF, JPEG or PNG; checked by content)")
    ResponseEntity<FileInfo> upload(@PathVariable String id, @Parameter(description = "component code, e.g. TP1") @RequestParam String component,
                                    @RequestPart("file") MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(FileInfo.of(applications.addFile(user(), id, component, file)));
    }

    @DeleteMapping("/{id}/files/{file}")
    @Operation(summary = "Remove a file from a draft")
    ResponseEntity<Void> removeFile(@PathVariable String id, @PathVariable String file) {
        applications.removeFile(user(), id, file);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit: creates the dossier (status 1) with its code. Retries with the same Idempotency-Key return the same dossier")
    ResponseEntity<DossierView> submit(@PathVariable String id, @RequestHeader("Idempotency-Key") String key,
                                       @RequestBody(required = false) Submit body) {
        CurrentUser user = user();
        boolean replay = applications.submitted(user, id);
        DossierView dossier = applications.submit(user, id, key, body != null && Boolean.TRUE.equals(body.declared()), lang());
        return ResponseEntity.status(replay ? HttpStatus.OK : HttpStatus.CREATED).body(dossier);
    }
}
