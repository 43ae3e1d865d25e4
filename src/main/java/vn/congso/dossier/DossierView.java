package vn.congso.dossier;

import java.time.Instant;
import java.util.List;

/** A dossier as its applicant, or an officer entitled to it, sees it. */
public record DossierView(
        long id,
        String code,
        String procedureCode,
        long procedureVersionId,
        String procedureName,
        DossierStatus status,
        Channel channel,
        Applicant applicant,
        long receivingAgencyId,
        Long competentAgencyId,
        Long communeUnitId,
        String data,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant effectiveDueAt,
        Instant decidedAt,
        Instant returnedAt,
        int supplementCount,
        int extensionCount,
        boolean resultIsDocument,
        String checkCode,
        long version,
        List<ComponentView> components,
        List<FileView> files,
        List<HistoryEntry> history) {

    public int dvcqgStatus() {
        return status.dvcqgCode();
    }

    /** A dossier component and whether it was digitized or taken from the data vault. */
    public record ComponentView(String code, String name, boolean mandatory, boolean digitized, boolean fromVault) {
    }

    /** A file attached to a dossier; {@code kind} is APPLICANT, SUPPLEMENT, DIGITIZED or RESULT. */
    public record FileView(String publicId, String componentCode, String displayName, String contentType, long size, String kind,
                           Instant addedAt) {
    }

    /** One line of the append-only status history. */
    public record HistoryEntry(Instant at, DossierStatus from, DossierStatus to, String actorName, String actorRole, String reason,
                               String step) {
    }
}
