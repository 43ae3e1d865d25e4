package vn.congso.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.feedback.DossierRated;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/**
 * Satisfaction ratings of returned dossiers (Decision 766): once per dossier, never edited, only after the result
 * was returned (status 10). Online the applicant proves the dossier is theirs with the check code of the receipt
 * (as on the tracking page) or by being signed in as its applicant; at the counter an officer of the dossier's
 * agency opens it and the applicant taps the answer.
 */
@Service
class Ratings {

    static final int MAX_COMMENT = 1000;

    /** A rating as recorded. */
    record Rating(long dossierId, String dossierCode, Satisfaction rating, String comment, String channel, Instant at) {
    }

    /** The dossier to rate and its rating if it already has one. */
    record Target(DossierView dossier, Optional<Rating> rating) {

        boolean returned() {
            return dossier.status() == DossierStatus.RETURNED;
        }
    }

    private final Dossiers dossiers;
    private final Identity identity;
    private final OfficerScopes scopes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(Dossiers dossiers, Identity identity, OfficerScopes scopes, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.identity = identity;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The dossier an applicant may rate: with its check code, or their own when signed in; otherwise not found. */
    Target online(String code, String check) {
        DossierView d = find(code).orElseThrow(Ratings::notFound);
        boolean byCheck = check != null && !check.isBlank() && Texts.same(d.checkCode(), check.strip().toUpperCase(Locale.ROOT));
        boolean owner = identity.current().map(CurrentUser::accountId)
                .filter(id -> d.applicant() != null && id.equals(d.applicant().accountId())).isPresent();
        if (!byCheck && !owner) {
            throw notFound();
        }
        return new Target(d, rating(d.id()));
    }

    /** The dossier an officer opens at the counter: only one of their agency's. */
    Target counter(String code) {
        OfficerScope scope = scopes.current();
        DossierView d = find(code).orElseThrow(Ratings::notFound);
        if (!scope.covers(d.receivingAgencyId()) && !scope.covers(d.competentAgencyId())) {
            throw notFound();
        }
        return new Target(d, rating(d.id()));
    }

    @Transactional
    Rating rateOnline(String code, String check, String rating, String comment) {
        return rate(online(code, check), rating, comment, "ONLINE", identity.current().map(CurrentUser::accountId).orElse(null), null);
    }

    @Transactional
    Rating rateAtCounter(String code, String rating, String comment) {
        Target target = counter(code);
        return rate(target, rating, comment, "COUNTER", null, scopes.current().accountId());
    }

    private Rating rate(Target target, String rawRating, String rawComment, String channel, Long accountId, Long officerId) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Satisfaction> satisfaction = Satisfaction.parse(rawRating);
        if (satisfaction.isEmpty()) {
            problems.add(FieldProblem.of("rating", "feedback.rating.choose"));
        }
        String comment = Texts.multiline(rawComment);
        Texts.length(problems, "comment", comment, 0, MAX_COMMENT, false);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        DossierView d = target.dossier();
        if (!target.returned()) {
            throw ApiException.conflict("feedback.rating.not-returned");
        }
        if (target.rating().isPresent()) {
            throw ApiException.conflict("feedback.rating.already");
        }
        Instant now = clock.instant();
        Long agencyId = agencyOf(d);
        try {
            jdbc.sql("""
                    INSERT INTO feedback_rating (dossier_id, dossier_code, agency_id, rating, comment, channel, account_id, officer_id, rated_at)
                    VALUES (:dossier, :code, :agency, :rating, :comment, :channel, :account, :officer, :at)""")
                    .param("dossier", d.id()).param("code", d.code()).param("agency", agencyId)
                    .param("rating", satisfaction.get().name()).param("comment", comment).param("channel", channel)
                    .param("account", accountId).param("officer", officerId).param("at", java.sql.Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("feedback.rating.already");
        }
        events.publishEvent(new DossierRated(d.id(), d.code(), agencyId, satisfaction.get().name(), channel, now));
        return new Rating(d.id(), d.code(), satisfaction.get(), comment, channel, now);
    }

    /** Whether the dossier has been rated (for the links on the dossier pages). */
    boolean rated(long dossierId) {
        return rating(dossierId).isPresent();
    }

    private Optional<Rating> rating(long dossierId) {
        return jdbc.sql("SELECT dossier_id, dossier_code, rating, comment, channel, rated_at FROM feedback_rating WHERE dossier_id = :id")
                .param("id", dossierId)
                .query((rs, n) -> new Rating(rs.getLong(1), rs.getString(2), Satisfaction.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    private Optional<DossierView> find(String code) {
        if (code == null || code.isBlank() || code.length() > 60) {
            return Optional.empty();
        }
        return dossiers.byCode(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The agency a dossier's satisfaction counts for: the competent one, else the one that received it. */
    static Long agencyOf(DossierView d) {
        return d.competentAgencyId() != null ? d.competentAgencyId() : Long.valueOf(d.receivingAgencyId());
    }

    private static ApiException notFound() {
        return ApiException.notFound("feedback.rating.not-found");
    }
}
