package vn.congso.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.feedback.FeedbackHandled;
import vn.congso.notification.Notifications;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/**
 * What officers do with the feedback routed to their agency: reject it, ask the sender for more information
 * (once), answer it, publish the answer. Each stage records whether it met its Decision 766 deadline and publishes
 * {@link FeedbackHandled}; the sender gets an e-mail when it is answered. Feedback outside the officer's scope is
 * as if it did not exist (404), decided in the SQL.
 */
@Service
class FeedbackHandling {

    enum Action { REJECT, REQUEST_SUPPLEMENT, ANSWER, PUBLISH }

    /** The queues of the officer's page: open, answered but not yet published, finished. */
    enum Queue {
        OPEN(List.of("RECEIVED", "SUPPLEMENT_REQUESTED")), TO_PUBLISH(List.of("ANSWERED")), DONE(List.of("REJECTED", "PUBLISHED"));

        final List<String> statuses;

        Queue(List<String> statuses) {
            this.statuses = statuses;
        }
    }

    private final FeedbackRepository repository;
    private final FeedbackDeadlines deadlines;
    private final OfficerScopes scopes;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    FeedbackHandling(FeedbackRepository repository, FeedbackDeadlines deadlines, OfficerScopes scopes, Notifications notifications,
                     ApplicationEventPublisher events, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${congso.base-url}") String baseUrl) {
        this.repository = repository;
        this.deadlines = deadlines;
        this.scopes = scopes;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    PageResult<FeedbackItem> queue(Queue queue, Paging paging) {
        return repository.queue(scopes.current(), queue.statuses, paging);
    }

    Map<String, Long> counts() {
        return repository.counts(scopes.current());
    }

    FeedbackItem get(String code) {
        return find(scopes.current(), code);
    }

    /** The deadline state of the stage due next, now (null when nothing is due from the agency). */
    FeedbackDeadlines.DueState dueState(FeedbackItem item) {
        Instant due = item.nextDue();
        return due == null ? null : deadlines.state(clock.instant(), due, item.agencyId());
    }

    @Transactional
    FeedbackItem act(String code, Action action, String rawText, Long expectedVersion) {
        OfficerScope scope = scopes.current();
        FeedbackItem item = find(scope, code);
        if (action == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("action", "feedback.action.unknown")));
        }
        String text = Texts.multiline(rawText);
        if (action != Action.PUBLISH) {
            List<FieldProblem> problems = new ArrayList<>();
            Texts.length(problems, "text", text, 2, PublicFeedback.MAX_CONTENT, true);
            if (!problems.isEmpty()) {
                throw ApiException.invalid(problems);
            }
        }
        if (expectedVersion != null && expectedVersion != item.version()) {
            throw ApiException.conflict("feedback.changed");
        }
        Instant now = clock.instant();
        Map<String, Object> columns = new HashMap<>();
        FeedbackStatus to;
        boolean onTime;
        String stage;
        switch (action) {
            case REJECT -> {
                require(item.status().open());
                onTime = !now.isAfter(item.rejectDueAt());
                to = FeedbackStatus.REJECTED;
                stage = "REJECTED";
                columns.put("rejected_at", now);
                columns.put("reject_reason", text);
                columns.put("reject_on_time", onTime);
            }
            case REQUEST_SUPPLEMENT -> {
                require(item.status() == FeedbackStatus.RECEIVED);
                if (item.supplementRequestedAt() != null) {
                    throw ApiException.conflict("feedback.supplement.once");
                }
                onTime = !now.isAfter(item.supplementDueAt());
                to = FeedbackStatus.SUPPLEMENT_REQUESTED;
                stage = "SUPPLEMENT_REQUESTED";
                columns.put("supplement_requested_at", now);
                columns.put("supplement_request", text);
                columns.put("supplement_on_time", onTime);
            }
            case ANSWER -> {
                require(item.status() == FeedbackStatus.RECEIVED);
                onTime = !now.isAfter(item.answerDueAt());
                to = FeedbackStatus.ANSWERED;
                stage = "ANSWERED";
                columns.put("answered_at", now);
                columns.put("answer", text);
                columns.put("answer_on_time", onTime);
                columns.put("answered_by", scope.name());
                columns.put("publish_due_at", deadlines.publish(now, item.agencyId()));
            }
            case PUBLISH -> {
                require(item.status() == FeedbackStatus.ANSWERED);
                onTime = !now.isAfter(item.publishDueAt());
                to = FeedbackStatus.PUBLISHED;
                stage = "PUBLISHED";
                columns.put("published_at", now);
                columns.put("publish_on_time", onTime);
            }
            default -> throw new IllegalStateException();
        }
        if (!repository.update(item.id(), item.version(), to.name(), columns)) {
            throw ApiException.conflict("feedback.changed");
        }
        events.publishEvent(new FeedbackHandled(item.id(), item.agencyId(), stage, onTime, now));
        FeedbackItem after = repository.byCode(item.code()).orElseThrow();
        if (action == Action.ANSWER || action == Action.REQUEST_SUPPLEMENT) {
            tellSender(after, action);
        }
        return after;
    }

    /** The sender hears of the answer (or of the request for more information) by e-mail, in their language. */
    private void tellSender(FeedbackItem f, Action action) {
        if (f.senderEmail() == null) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", f.senderName());
        model.put("code", f.code());
        model.put("title", f.title());
        model.put("answered", action == Action.ANSWER);
        model.put("text", action == Action.ANSWER ? f.answer() : f.supplementRequest());
        model.put("at", Formats.dateTime(action == Action.ANSWER ? f.answeredAt() : f.supplementRequestedAt()));
        model.put("trackingUrl", baseUrl + "/phan-anh/theo-doi/" + f.code() + "?kiemTra=" + f.checkCode());
        notifications.email(f.senderEmail(), f.language(), "feedback-answered", model,
                "feedback:" + f.id() + ":" + action + ":email:" + f.senderEmail().toLowerCase(Locale.ROOT));
    }

    private FeedbackItem find(OfficerScope scope, String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            throw ApiException.notFound("feedback.not-found");
        }
        return repository.byCodeInScope(code.strip().toUpperCase(Locale.ROOT), scope)
                .orElseThrow(() -> ApiException.notFound("feedback.not-found"));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw ApiException.conflict("feedback.action.not-allowed");
        }
    }
}
