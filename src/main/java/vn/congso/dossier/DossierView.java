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
        List<HistoryEntry> history,
        Facts facts) {

    public int dvcqgStatus() {
        return status.dvcqgCode();
    }

    /**
     * The per-dossier facts Decision 766 reads (DOMAIN.md §6): paid online, VNeID-verified account, electronic result
     * code and link, source database, when it was synchronized to DVCQG, and when processing ended (stop, refusal or
     * withdrawal; decided/returned have their own fields).
     */
    public record Facts(boolean onlinePayment, boolean vneidVerified, String eResultCode, String eResultUrl, String sourceDatabase,
                        Instant syncedToDvcqgAt, Instant endedAt) {

        public static final Facts NONE = new Facts(false, false, null, null, null, null, null);

        public boolean hasElectronicResult() {
            return eResultCode != null && !eResultCode.isBlank() && eResultUrl != null && !eResultUrl.isBlank();
        }
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
