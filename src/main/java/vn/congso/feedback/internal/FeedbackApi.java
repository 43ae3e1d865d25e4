package vn.congso.feedback.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

/** Feedback (phản ánh, kiến nghị) and satisfaction ratings for anyone, signed in or not. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Feedback and complaints (PAKN), published answers, reactions, dossier satisfaction ratings")
class FeedbackApi {

    private final PublicFeedback feedback;
    private final Ratings ratings;
    private final FeedbackViews views;

    FeedbackApi(PublicFeedback feedback, Ratings ratings, FeedbackViews views) {
        this.feedback = feedback;
        this.ratings = ratings;
        this.views = views;
    }

    /** A rating: the dossier code, its check code (or a signed-in applicant's own dossier), the answer and a comment. */
    record RatingRequest(String dossierCode, String check, String rating, String comment) {
    }

    record RatingView(String dossierCode, String rating, String comment, String channel, java.time.Instant at) {
    }

    record ReactionRequest(Boolean like) {
    }

    record SupplementRequest(String check, String content) {
    }

    @PostMapping("/feedback")
    @Operation(summary = "File feedback about a procedure (procedureCode) or a dossier (dossierCode + check); answers its code and check code")
    ResponseEntity<FeedbackViews.SenderView> file(@RequestBody FeedbackInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.sender(feedback.file(input)));
    }

    @GetMapping("/feedback/{code}")
    @Operation(summary = "With check: the sender's view of their feedback. Without: a published answer (404 until published)")
    Object one(@PathVariable String code, @RequestParam(required = false) String check) {
        if (check != null) {
            return views.sender(feedback.track(code, check));
        }
        return views.published(feedback.publishedOne(code));
    }

    @GetMapping("/feedback")
    @Operation(summary = "Published answers, newest first; q searches title and content without diacritics")
    PageResult<FeedbackViews.PublishedView> published(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size) {
        return feedback.published(q, Paging.of(page, size)).map(views::published);
    }

    @PostMapping("/feedback/{code}/supplement")
    @Operation(summary = "The sender supplies the information the agency asked for (the answer deadline resumes)")
    FeedbackViews.SenderView supplement(@PathVariable String code, @RequestBody SupplementRequest body) {
        return views.sender(feedback.supplement(code, body.check(), body.content()));
    }

    @PostMapping("/feedback/{code}/reactions")
    @Operation(summary = "Like or dislike a published answer: once per account or per anonymous browser (cookie), not changeable (409)")
    ResponseEntity<FeedbackViews.PublishedView> react(@PathVariable String code, @RequestBody ReactionRequest body, HttpServletRequest request,
                                                      HttpServletResponse response) {
        if (body == null || body.like() == null) {
            throw ApiException.invalid(java.util.List.of(FieldProblem.of("like", "feedback.required")));
        }
        String reactor = feedback.reactor(ReaderCookie.readOrCreate(request, response));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.published(feedback.react(code, reactor, body.like())));
    }

    @PostMapping("/ratings")
    @Operation(summary = "Rate a returned dossier once: SATISFIED, ACCEPTABLE or DISSATISFIED (409 before the result is returned or when rated)")
    ResponseEntity<RatingView> rate(@RequestBody RatingRequest body) {
        if (body == null) {
            throw ApiException.badRequest("body.unreadable");
        }
        Ratings.Rating r = ratings.rateOnline(body.dossierCode(), body.check(), body.rating(), body.comment());
        return ResponseEntity.status(HttpStatus.CREATED).body(new RatingView(r.dossierCode(), r.rating().name(), r.comment(), r.channel(), r.at()));
    }
}
