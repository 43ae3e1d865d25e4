package vn.congso.dossier.internal;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/** A server-side draft of an online application; it belongs to one account and resumes on any device. */
record Draft(long id, String publicId, long accountId, String procedureCode, long procedureVersionId, Long communeUnitId,
             Long receivingAgencyId, Long competentAgencyId, ObjectNode data, String currentPage, Status status, Long dossierId,
             Instant createdAt, Instant updatedAt, long version) {

    enum Status {
        OPEN, SUBMITTED, DISCARDED, EXPIRED
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }
}
