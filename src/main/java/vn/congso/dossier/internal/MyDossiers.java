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

    MyDossiers(DossierRepository dossiers, DossierFiles files, DueDates dueDates) {
        this.dossiers = dossiers;
        this.files = files;
        this.dueDates = dueDates;
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
