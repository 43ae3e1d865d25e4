package vn.congso.workflow.internal;

import java.time.Instant;

import vn.congso.dossier.DossierStatus;
import vn.congso.identity.Role;

/**
 * A piece of work on a dossier for an agency (and unit, and role): reception at the one-stop desk, a step of the
 * process, or another agency's part of an inter-agency dossier. Claimed by one officer before they act.
 */
record Task(long id, long dossierId, String dossierCode, String procedureCode, String procedureName, String applicantName,
            Long processId, Kind kind, String stepId, int stepNo, String stepName, long agencyId, Long deskAgencyId, Long unitId,
            Role role, Long assigneeId, String assigneeName, Status status, Instant startedAt, Instant stepDueAt, Instant sortDueAt,
            DossierStatus dossierStatus, int channel, Long parentTaskId, String note, Instant completedAt, String completedName,
            String outcome, long version) {

    enum Kind {
        RECEPTION, STEP, TRANSFER
    }

    /** OPEN: someone must act; WAITING: on hold (applicant supplement, payment, another agency); DONE; CANCELLED. */
    enum Status {
        OPEN, WAITING, DONE, CANCELLED
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }
}
