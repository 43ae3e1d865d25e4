package vn.congso.kpi.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.congso.feedback.DossierRated;
import vn.congso.feedback.FeedbackHandled;
import vn.congso.feedback.FeedbackReacted;
import vn.congso.feedback.FeedbackReceived;

/**
 * Feeds the satisfaction group of Decision 766 from the feedback module: ratings, complaints about dossiers, feedback
 * handled on time or late, likes and dislikes of published answers. Delivered after commit from the event publication
 * registry (retried when it fails), so the dashboard follows the feedback desk within seconds.
 */
@Component
class FeedbackFactListener {

    private final FeedbackFactStore store;

    FeedbackFactListener(FeedbackFactStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(DossierRated event) {
        store.recordRating(event.dossierId(), event.agencyId(), event.rating(), event.at());
    }

    @ApplicationModuleListener
    void on(FeedbackReceived event) {
        store.recordFeedbackReceived(event.feedbackId(), event.code(), event.agencyId(), event.procedureCode(), event.dossierId(), event.at());
    }

    @ApplicationModuleListener
    void on(FeedbackHandled event) {
        store.recordFeedbackHandled(event.feedbackId(), event.agencyId(), event.stage(), event.onTime(), event.at());
    }

    @ApplicationModuleListener
    void on(FeedbackReacted event) {
        store.recordReaction(event.feedbackId(), event.agencyId(), event.like(), event.at());
    }
}
