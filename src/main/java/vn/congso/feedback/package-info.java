/**
 * What people think of the service (Decision 766, satisfaction group): a rating of each returned dossier
 * (once, online from the e-mail link or on a tablet at the counter) and feedback/complaints (phản ánh, kiến
 * nghị) about a procedure or a dossier, routed to the competent agency and handled against the 766 deadlines
 * (reject ≤ 2, first supplement request ≤ 5, answer ≤ 15 working days from receipt; publish ≤ 2 working days
 * after answering). Other modules learn what happened from the events {@link vn.congso.feedback.DossierRated},
 * {@link vn.congso.feedback.FeedbackReceived}, {@link vn.congso.feedback.FeedbackHandled} and
 * {@link vn.congso.feedback.FeedbackReacted}, published in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package vn.congso.feedback;
