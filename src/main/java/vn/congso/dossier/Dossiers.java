package vn.congso.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;

/**
 * What other modules (the back office) do with dossiers. The dossier enforces its own rules: an action not allowed
 * in the current state is refused with 409, and every change names the version it expects (optimistic locking:
 * two officers acting at once, one wins, the other gets 409). Authorization is the caller's: it must only pass
 * dossiers the officer may see, as decided in its own scoped queries.
 */
public interface Dossiers {

    Optional<DossierView> get(long id);

    Optional<DossierView> byCode(String code);

    /** Applies an action; returns the dossier as it is afterwards. */
    DossierView act(long id, long expectedVersion, DossierAction action, Actor actor);

    /** Walk-in or postal intake by an officer on behalf of an applicant (channel 1 or 3), status 1. */
    DossierView intake(Intake intake, Actor actor);

    /** Attaches a file (supplement, digitized paper, result) to a dossier. */
    DossierView.FileView attach(long id, MultipartFile file, String componentCode, String kind, boolean digitized, Actor actor);

    /** Where a dossier stands against its due date, now or at the end of a period (DOMAIN.md §5). */
    Timeliness timeliness(DossierView dossier, Instant at);

    /** The due date as it stands at {@code at}: the effective due shifted by a pause still running. */
    Instant dueAt(DossierView dossier, Instant at);

    /** A file of the dossier, with its content (the caller closes the stream). */
    Optional<FileContent> file(long dossierId, String filePublicId);

    /** Dossiers received (or, online, submitted) by the agencies in a period, oldest first: the tracking book (Form 07). */
    List<DossierView> received(java.util.Collection<Long> agencyIds, Instant from, Instant to, int limit);

    /** Every dossier id greater than {@code afterId}, ascending, at most {@code limit} (for full recomputations). */
    List<Long> idsAfter(long afterId, int limit);

    record FileContent(String displayName, String contentType, long size, java.io.InputStream content) {
    }

    /** What an officer types in for a walk-in applicant. */
    record Intake(String procedureCode, Channel channel, long receivingAgencyId, Long communeUnitId, String applicantName,
                  String personalId, String phone, String email, String address, String data, List<String> componentCodes) {
    }
}
