package vn.congso.dossier;

import java.time.Instant;

/**
 * A file was attached to a dossier (supplement, digitized paper, result): the dossier's status did not move but
 * its digitization facts may have. Published in the transaction, delivered after commit.
 */
public record DossierFilesChanged(long dossierId, String code, String kind, boolean digitized, Instant at) {
}
