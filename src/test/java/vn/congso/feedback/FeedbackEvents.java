package vn.congso.feedback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only listener: keeps the events the feedback module publishes, so tests can check their fields. */
@Component
public class FeedbackEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void rated(DossierRated e) {
        events.add(e);
    }

    @EventListener
    void received(FeedbackReceived e) {
        events.add(e);
    }

    @EventListener
    void handled(FeedbackHandled e) {
        events.add(e);
    }

    @EventListener
    void reacted(FeedbackReacted e) {
        events.add(e);
    }

    public List<DossierRated> rated(String dossierCode) {
        return of(DossierRated.class).stream().filter(e -> e.dossierCode().equals(dossierCode)).toList();
    }

    public List<FeedbackReceived> received(String code) {
        return of(FeedbackReceived.class).stream().filter(e -> e.code().equals(code)).toList();
    }

    public List<FeedbackHandled> handled(long feedbackId) {
        return of(FeedbackHandled.class).stream().filter(e -> e.feedbackId() == feedbackId).toList();
    }

    public List<FeedbackReacted> reacted(long feedbackId) {
        return of(FeedbackReacted.class).stream().filter(e -> e.feedbackId() == feedbackId).toList();
    }

    private <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
