package vn.congso.dossier.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
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

    DossierApi(MyDossiers mine, Tracking tracking, Identity identity, Receipts receipts) {
        this.receipts = receipts;
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
