package vn.congso.workflow.internal;

import java.time.Instant;
import java.util.List;

/**
 * An officer's action on a task, with what it needs: a reason (refusal, supplement, stop, extension, withdrawal),
 * the items to supplement, the new due date of an extension, the agency and hours of a transfer, the amount of a
 * payment request, the e-result code when a result is issued.
 */
record Command(Action action, String reason, List<String> items, Instant newDue, String transferAgency, String transferUnit,
               Integer transferHours, Long amountVnd, String resultCode) {

    enum Action {
        ACCEPT, REFUSE, REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, WITHDRAW,
        FORWARD, RETURN, TRANSFER, REQUEST_PAYMENT, CONFIRM_PAYMENT, PROPOSE_STOP, STOP, EXTEND, ISSUE_RESULT, RETURN_RESULT
    }

    static Command of(Action action) {
        return new Command(action, null, List.of(), null, null, null, null, null, null);
    }

    static Command of(Action action, String reason) {
        return new Command(action, reason, List.of(), null, null, null, null, null, null);
    }
}
