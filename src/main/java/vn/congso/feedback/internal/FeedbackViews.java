package vn.congso.feedback.internal;

import java.time.Instant;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.congso.organization.Agency;
import vn.congso.organization.Organization;

/** Feedback as each audience may see it: the sender (with the check code), the public (no personal data), officers. */
@Component
class FeedbackViews {

    /** What the sender sees with the feedback code and check code. */
    record SenderView(String code, String check, String status, String procedureCode, String procedureName, String dossierCode,
                      String agencyName, String title, String content, Instant receivedAt, String supplementRequest,
                      Instant supplementRequestedAt, String supplement, String rejectReason, String answer, Instant answeredAt,
                      Instant publishedAt) {
    }

    /** A published answer as everyone sees it: no name, e-mail or phone of the sender. */
    record PublishedView(String code, String procedureCode, String procedureName, String agencyName, String title, String content,
                         Instant receivedAt, String answer, Instant answeredAt, Instant publishedAt, int likes, int dislikes) {
    }

    /** What the officer handling it sees: the sender's contact, every deadline and whether each stage was on time. */
    record OfficerView(String code, long version, String status, String procedureCode, String procedureName, String dossierCode,
                       Long agencyId, String agencyName, String senderName, String senderEmail, String senderPhone, String title,
                       String content, Instant receivedAt, Instant rejectDueAt, Instant supplementDueAt, Instant answerDueAt,
                       Instant publishDueAt, Instant nextDueAt, String dueState, Instant rejectedAt, String rejectReason,
                       Boolean rejectOnTime, Instant supplementRequestedAt, String supplementRequest, Boolean supplementOnTime,
                       Instant supplementedAt, String supplement, Instant answeredAt, String answer, Boolean answerOnTime,
                       String answeredBy, Instant publishedAt, Boolean publishOnTime, int likes, int dislikes) {
    }

    private final Organization organization;

    FeedbackViews(Organization organization) {
        this.organization = organization;
    }

    String agencyName(Long agencyId) {
        if (agencyId == null) {
            return null;
        }
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return organization.agency(agencyId).map(a -> en && a.nameEn() != null && !a.nameEn().isBlank() ? a.nameEn() : a.name())
                .orElse(null);
    }

    SenderView sender(FeedbackItem f) {
        return new SenderView(f.code(), f.checkCode(), f.status().name(), f.procedureCode(), f.procedureName(), f.dossierCode(),
                agencyName(f.agencyId()), f.title(), f.content(), f.receivedAt(), f.supplementRequest(), f.supplementRequestedAt(),
                f.supplement(), f.rejectReason(), f.answer(), f.answeredAt(), f.publishedAt());
    }

    PublishedView published(FeedbackItem f) {
        return new PublishedView(f.code(), f.procedureCode(), f.procedureName(), agencyName(f.agencyId()), f.title(), f.content(),
                f.receivedAt(), f.answer(), f.answeredAt(), f.publishedAt(), f.likes(), f.dislikes());
    }

    OfficerView officer(FeedbackItem f, FeedbackDeadlines.DueState state) {
        return new OfficerView(f.code(), f.version(), f.status().name(), f.procedureCode(), f.procedureName(), f.dossierCode(),
                f.agencyId(), agencyName(f.agencyId()), f.senderName(), f.senderEmail(), f.senderPhone(), f.title(), f.content(),
                f.receivedAt(), f.rejectDueAt(), f.supplementDueAt(), f.answerDueAt(), f.publishDueAt(), f.nextDue(),
                state == null ? null : state.name(), f.rejectedAt(), f.rejectReason(), f.rejectOnTime(), f.supplementRequestedAt(),
                f.supplementRequest(), f.supplementOnTime(), f.supplementedAt(), f.supplement(), f.answeredAt(), f.answer(),
                f.answerOnTime(), f.answeredBy(), f.publishedAt(), f.publishOnTime(), f.likes(), f.dislikes());
    }
}
