package vn.congso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * What an officer (or the applicant, or the system) does to a dossier. The dossier decides whether the action is
 * allowed in its current state; the workflow decides who may ask for it.
 */
public sealed interface DossierAction {

    /** Accept at the one-stop desk (status 2): the clock starts; the due date comes from the procedure's time limit. */
    record Accept() implements DossierAction {
    }

    /** Refuse at reception (status 3, Form 03). */
    record Refuse(String reason) implements DossierAction {
    }

    /** Ask for more documents: before acceptance (Form 02, no clock) or during processing (status 5, clock paused). */
    record RequestSupplement(String reason, List<String> items) implements DossierAction {
    }

    /** The applicant (or the desk) supplied what was asked: back to reception, or processing resumes with the clock. */
    record SupplementProvided(String note) implements DossierAction {
    }

    /** A processing unit starts work (status 4). */
    record StartProcessing(String step) implements DossierAction {
    }

    /** Taxes or fees must be paid first (status 6). */
    record RequestPayment(long amountVnd, String reason) implements DossierAction {
    }

    record PaymentReceived(boolean online) implements DossierAction {
    }

    /** Apology and extension (Form 04): once, no later than one working day before the due date. */
    record Extend(Instant newDue, String reason) implements DossierAction {
    }

    /** Stop processing (status 8, Form 05). */
    record Stop(String reason) implements DossierAction {
    }

    /** The result is decided (status 9); an electronic result has a code (e-result). */
    record Decide(String resultCode, String resultUrl) implements DossierAction {
    }

    /** The result is handed over (status 10). */
    record ReturnResult(String how) implements DossierAction {
    }

    /** Withdrawn at the applicant's request (status 7). */
    record Withdraw(String reason) implements DossierAction {
    }
}
