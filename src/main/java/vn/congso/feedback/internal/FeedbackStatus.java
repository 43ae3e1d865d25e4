package vn.congso.feedback.internal;

/** Where a feedback stands: waiting for the agency, waiting for the sender, rejected, answered, answer published. */
enum FeedbackStatus {
    RECEIVED, SUPPLEMENT_REQUESTED, REJECTED, ANSWERED, PUBLISHED;

    boolean open() {
        return this == RECEIVED || this == SUPPLEMENT_REQUESTED;
    }
}
