package vn.congso.dossier.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.catalog.Procedure;
import vn.congso.dossier.DossierView;
import vn.congso.identity.CurrentUser;
import vn.congso.shared.ApiException;

/** An applicant's own dossiers and files; the owner is part of every query, so others' dossiers are "not found". */
@Service
@Transactional(readOnly = true)
class MyDossiers {

    private final DossierRepository dossiers;
    private final DossierFiles files;
    private final DueDates dueDates;
    private final DossierLifecycle lifecycle;

    MyDossiers(DossierRepository dossiers, DossierFiles files, DueDates dueDates, DossierLifecycle lifecycle) {
        this.dossiers = dossiers;
        this.files = files;
        this.dueDates = dueDates;
        this.lifecycle = lifecycle;
    }

    /**
     * The applicant answers a supplement request online: the files are attached, then the dossier goes back to
     * reception (before acceptance) or processing resumes and the clock runs again.
     */
    @Transactional
    DossierView supplement(CurrentUser user, String code, List<org.springframework.web.multipart.MultipartFile> uploads, String note) {
        DossierView d = get(user, code);
        if (d.status() != vn.congso.dossier.DossierStatus.SUPPLEMENT_REQUESTED
                && d.status() != vn.congso.dossier.DossierStatus.RECEPTION_SUPPLEMENT) {
            throw ApiException.conflict("dossier.no-supplement-asked");
        }
        List<org.springframework.web.multipart.MultipartFile> chosen = uploads == null ? List.of()
                : uploads.stream().filter(f -> f != null && f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty() && (note == null || note.isBlank())) {
            throw ApiException.invalid(List.of(vn.congso.shared.FieldProblem.of("files", "application.file-choose")));
        }
        vn.congso.dossier.Actor actor = new vn.congso.dossier.Actor(user.accountId(), d.applicant().name(), "APPLICANT");
        for (var f : chosen) {
            lifecycle.attach(d.id(), f, null, "SUPPLEMENT", false, actor);
        }
        String text = note == null || note.isBlank() ? "Bổ sung trực tuyến" : vn.congso.shared.VietnameseText.clean(note);
        return lifecycle.act(d.id(), d.version(), new vn.congso.dossier.DossierAction.SupplementProvided(
                text.length() > 2000 ? text.substring(0, 2000) : text), actor);
    }

    record Download(DossierRepository.StoredFileRef file, InputStream content) {
    }

    List<DossierView> list(CurrentUser user, int limit, long offset) {
        return dossiers.ofApplicant(applicant(user), limit, offset);
    }

    long count(CurrentUser user) {
        return dossiers.countOfApplicant(applicant(user));
    }

    DossierView get(CurrentUser user, String code) {
        long id = dossiers.idOwnedBy(code, applicant(user)).orElseThrow(() -> ApiException.notFound("dossier.not-found"));
        return dossiers.view(id).orElseThrow();
    }

    Download file(CurrentUser user, String filePublicId) {
        DossierRepository.StoredFileRef f = dossiers.fileOfApplicant(filePublicId, applicant(user))
                .orElseThrow(() -> ApiException.notFound("file.not-found"));
        return new Download(f, files.open(f));
    }

    /** When the result would be due if the dossier were accepted now (an estimate for the confirmation page). */
    Instant estimate(DossierView d, Procedure p) {
        return dueDates.due(d.submittedAt(), p.timeLimit(), d.competentAgencyId(), p.cutoff() == null ? null : LocalTime.parse(p.cutoff()));
    }

    private static long applicant(CurrentUser user) {
        if (user == null || !user.isApplicant()) {
            throw ApiException.forbidden("application.applicants-only");
        }
        return user.accountId();
    }
}
