/**
 * The back office: each procedure's internal process (quy trình nội bộ) as versioned data, the one-stop desk's
 * reception queue, officers' tasks and inboxes with an explicit claim before acting, the actions of each step
 * (forward, return, transfer to another agency, supplement, payment, stop, extension, result), the hand-overs of
 * Form 06, the audit of every action and the due-date alerts. Dossier state changes go through
 * {@link vn.congso.dossier.Dossiers}; who may see and do what is decided here, in the SQL of the inbox and task queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package vn.congso.workflow;
