package vn.congso.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.catalog.AgencyRef;
import vn.congso.catalog.Catalog;
import vn.congso.catalog.Procedure;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.feedback.FeedbackReacted;
import vn.congso.feedback.FeedbackReceived;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;
import vn.congso.shared.VietnameseText;

/**
 * What anyone does with feedback: file it (about a procedure, or about a dossier with its check code), follow it
 * with the feedback code and its own check code, answer a request for more information, read published answers
 * and react to them once (per account, or per browser for anonymous readers).
 */
@Service
class PublicFeedback {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_TITLE = 200;
    static final int MAX_CONTENT = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final FeedbackRepository repository;
    private final FeedbackDeadlines deadlines;
    private final Catalog catalog;
    private final Dossiers dossiers;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicFeedback(FeedbackRepository repository, FeedbackDeadlines deadlines, Catalog catalog, Dossiers dossiers, Identity identity,
                   ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** What the feedback is about and where it goes, as the form shows it before sending. */
    record Subject(String procedureCode, String procedureName, Long dossierId, String dossierCode, String check, Long agencyId) {
    }

    /** Resolves the subject of a form: an unknown procedure, or a dossier with a wrong check code, is not found. */
    Subject subject(String procedureCode, String dossierCode, String check) {
        if (dossierCode != null && !dossierCode.isBlank()) {
            DossierView d = dossierCode.length() > 60 ? null : dossiers.byCode(dossierCode.strip().toUpperCase(Locale.ROOT)).orElse(null);
            boolean byCheck = d != null && check != null && Texts.same(d.checkCode(), check.strip().toUpperCase(Locale.ROOT));
            boolean owner = d != null && d.applicant() != null && identity.current().map(CurrentUser::accountId)
                    .filter(id -> id.equals(d.applicant().accountId())).isPresent();
            if (!byCheck && !owner) {
                throw ApiException.notFound("feedback.dossier.not-found");
            }
            return new Subject(d.procedureCode(), d.procedureName(), d.id(), d.code(), d.checkCode(), Ratings.agencyOf(d));
        }
        if (procedureCode != null && !procedureCode.isBlank() && procedureCode.length() <= 40) {
            Procedure p = catalog.procedure(procedureCode.strip(), LocalDate.now(clock.withZone(Formats.ZONE)))
                    .orElseThrow(() -> ApiException.notFound("feedback.procedure.not-found"));
            Long agency = p.competentAgency() != null ? Long.valueOf(p.competentAgency().id())
                    : p.implementingAgencies().stream().findFirst().map(AgencyRef::id).orElse(null);
            boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage()) && p.nameEn() != null && !p.nameEn().isBlank();
            return new Subject(p.code(), en ? p.nameEn() : p.name(), null, null, null, agency);
        }
        throw ApiException.invalid(List.of(FieldProblem.of("subject", "feedback.subject.required")));
    }

    /** Files a feedback; returns it with its code and check code. */
    @Transactional
    FeedbackItem file(FeedbackInput input) {
        Subject subject = subject(input.procedureCode(), input.dossierCode(), input.check());
        List<FieldProblem> problems = new ArrayList<>();
        String name = VietnameseText.clean(input.name());
        Texts.length(problems, "name", name == null || name.isEmpty() ? null : name, 2, MAX_NAME, true);
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(FieldProblem.of("email", "feedback.email.invalid"));
        }
        String phone = phone(input.phone());
        if (input.phone() != null && !input.phone().isBlank() && phone == null) {
            problems.add(FieldProblem.of("phone", "feedback.phone.invalid"));
        }
        if (email == null && (input.phone() == null || input.phone().isBlank())) {
            problems.add(FieldProblem.of("email", "feedback.contact.required"));
        }
        String title = VietnameseText.clean(input.title());
        Texts.length(problems, "title", title == null || title.isEmpty() ? null : title, 5, MAX_TITLE, true);
        String content = Texts.multiline(input.content());
        Texts.length(problems, "content", content, 10, MAX_CONTENT, true);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Instant now = clock.instant();
        FeedbackDeadlines.OnReceipt due = deadlines.onReceipt(now, subject.agencyId());
        String code = newCode(now);
        Long account = identity.current().map(CurrentUser::accountId).orElse(null);
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
        long id = repository.insert(new FeedbackRepository.NewFeedback(code, Texts.random(6), subject.procedureCode(), subject.procedureName(),
                subject.dossierId(), subject.dossierCode(), subject.agencyId(), name, email, phone, account, language, title, content, now,
                due.reject(), due.firstSupplement(), due.answer()));
        events.publishEvent(new FeedbackReceived(id, code, subject.agencyId(), subject.procedureCode(), subject.dossierCode(),
                subject.dossierId(), now));
        return repository.byCode(code).orElseThrow();
    }

    /** The sender's view: the feedback with its check code; a wrong check is as if it did not exist. */
    FeedbackItem track(String code, String check) {
        FeedbackItem item = find(code).orElseThrow(PublicFeedback::notFound);
        if (check == null || !Texts.same(item.checkCode(), check.strip().toUpperCase(Locale.ROOT))) {
            throw notFound();
        }
        return item;
    }

    /** The sender supplies what the agency asked for: the answer clock resumes, shifted by the time it waited. */
    @Transactional
    FeedbackItem supplement(String code, String check, String text) {
        FeedbackItem item = track(code, check);
        String supplement = Texts.multiline(text);
        List<FieldProblem> problems = new ArrayList<>();
        Texts.length(problems, "supplement", supplement, 1, MAX_CONTENT, true);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (item.status() != FeedbackStatus.SUPPLEMENT_REQUESTED) {
            throw ApiException.conflict("feedback.supplement.not-requested");
        }
        Instant now = clock.instant();
        Instant answerDue = deadlines.answerAfterPause(item.answerDueAt(), item.supplementRequestedAt(), now, item.agencyId());
        if (!repository.update(item.id(), item.version(), FeedbackStatus.RECEIVED.name(),
                Map.of("supplemented_at", now, "supplement", supplement, "answer_due_at", answerDue))) {
            throw ApiException.conflict("feedback.changed");
        }
        return repository.byCode(item.code()).orElseThrow();
    }

    PageResult<FeedbackItem> published(String q, Paging paging) {
        return repository.published(q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q, paging);
    }

    FeedbackItem publishedOne(String code) {
        return find(code).filter(i -> i.status() == FeedbackStatus.PUBLISHED).orElseThrow(PublicFeedback::notFound);
    }

    /** The reactor key of a signed-in account, else of the anonymous browser's id (null when it has none). */
    String reactor(String browserId) {
        Optional<CurrentUser> user = identity.current();
        if (user.isPresent()) {
            return "a:" + user.get().accountId();
        }
        return browserId == null || !browserId.matches("[0-9a-f-]{36}") ? null : "b:" + browserId;
    }

    Optional<Boolean> reaction(FeedbackItem item, String reactor) {
        return reactor == null ? Optional.empty() : repository.reaction(item.id(), reactor);
    }

    /** One like or dislike per person, never changed: a second one is refused with 409. */
    @Transactional
    FeedbackItem react(String code, String reactor, boolean like) {
        FeedbackItem item = publishedOne(code);
        if (reactor == null) {
            throw ApiException.badRequest("feedback.reaction.no-id");
        }
        Instant now = clock.instant();
        if (!repository.react(item.id(), reactor, like, now)) {
            throw ApiException.conflict("feedback.reaction.already");
        }
        events.publishEvent(new FeedbackReacted(item.id(), item.agencyId(), like, now));
        return repository.byCode(item.code()).orElseThrow();
    }

    private Optional<FeedbackItem> find(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return repository.byCode(code.strip().toUpperCase(Locale.ROOT));
    }

    private String newCode(Instant now) {
        String day = CODE_DATE.format(now.atZone(Formats.ZONE));
        for (int i = 0; i < 10; i++) {
            String code = "PA" + day + "-" + Texts.random(5);
            if (!repository.codeExists(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free feedback code");
    }

    /** Vietnamese numbers typed any way ("0912 345 678", "+84 912 345 678") as 0xxxxxxxxx; null when not a number. */
    static String phone(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 30) {
            return null;
        }
        String digits = VietnameseText.digits(raw);
        if (raw.strip().startsWith("+84") || digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[0-9]{9,10}") ? digits : null;
    }

    private static ApiException notFound() {
        return ApiException.notFound("feedback.not-found");
    }
}
