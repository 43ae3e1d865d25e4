package vn.congso.workflow.internal;

/** What an officer may do at a step of a process (see docs/processes.md). */
enum StepAction {
    FORWARD, RETURN, TRANSFER, REQUEST_SUPPLEMENT, REQUEST_PAYMENT, PROPOSE_STOP, STOP, EXTEND, ISSUE_RESULT, RETURN_RESULT
}
