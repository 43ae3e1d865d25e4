package vn.congso.feedback.internal;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/** Officers handle the feedback routed to their agency and record counter ratings. */
@RestController
@RequestMapping("/api/v1/officer")
@Tag(name = "Feedback handling", description = "The agency's feedback queue, handling stages with deadlines, counter ratings")
class OfficerFeedbackApi {

    private final FeedbackHandling handling;
    private final Ratings ratings;
    private final FeedbackViews views;

    OfficerFeedbackApi(FeedbackHandling handling, Ratings ratings, FeedbackViews views) {
        this.handling = handling;
        this.ratings = ratings;
        this.views = views;
    }

    /** A handling stage: REJECT, REQUEST_SUPPLEMENT, ANSWER (each with a text) or PUBLISH; version optional. */
    record ActionRequest(String action, String text, Long version) {
    }

    record CounterRating(String dossierCode, String rating, String comment) {
    }

    @GetMapping("/feedback")
    @Operation(summary = "My agency's feedback: queue OPEN (default), TO_PUBLISH or DONE, earliest deadline first")
    PageResult<FeedbackViews.OfficerView> queue(@RequestParam(required = false) String queue, @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        return handling.queue(queue(queue), Paging.of(page, size)).map(f -> views.officer(f, handling.dueState(f)));
    }

    @GetMapping("/feedback/counts")
    @Operation(summary = "How many feedback items of my agency are in each status")
    Map<String, Long> counts() {
        return handling.counts();
    }

    @GetMapping("/feedback/{code}")
    @Operation(summary = "One feedback of my agency with its deadlines (404 for another agency's)")
    FeedbackViews.OfficerView one(@PathVariable String code) {
        FeedbackItem f = handling.get(code);
        return views.officer(f, handling.dueState(f));
    }

    @PostMapping("/feedback/{code}/actions")
    @Operation(summary = "Reject, request more information (once), answer or publish; records whether the stage was on time")
    FeedbackViews.OfficerView act(@PathVariable String code, @RequestBody ActionRequest body) {
        if (body == null) {
            throw ApiException.badRequest("body.unreadable");
        }
        FeedbackItem f = handling.act(code, action(body.action()), body.text(), body.version());
        return views.officer(f, handling.dueState(f));
    }

    @PostMapping("/ratings")
    @Operation(summary = "Record a rating given at the counter (channel COUNTER) for a returned dossier of my agency")
    ResponseEntity<FeedbackApi.RatingView> rate(@RequestBody CounterRating body) {
        if (body == null) {
            throw ApiException.badRequest("body.unreadable");
        }
        Ratings.Rating r = ratings.rateAtCounter(body.dossierCode(), body.rating(), body.comment());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new FeedbackApi.RatingView(r.dossierCode(), r.rating().name(), r.comment(), r.channel(), r.at()));
    }

    static FeedbackHandling.Queue queue(String value) {
        if (value == null || value.isBlank()) {
            return FeedbackHandling.Queue.OPEN;
        }
        try {
            return FeedbackHandling.Queue.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(java.util.List.of(FieldProblem.of("queue", "feedback.queue.unknown")));
        }
    }

    static FeedbackHandling.Action action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FeedbackHandling.Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(java.util.List.of(FieldProblem.of("action", "feedback.action.unknown")));
        }
    }
}
