package vn.congso.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierView;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.VietnameseText;

/**
 * Public tracking by dossier code plus a check value (the code printed on the receipt, or the last 4 digits of the
 * applicant's phone). It shows status, timeline and appointment, never personal data. Wrong check values are
 * counted per dossier; after {@code congso.tracking.max-failures} the code is locked for a while, so the check
 * value cannot be guessed. The counter is written outside any transaction so a refusal still counts.
 */
@Service
class Tracking {

    /** What anyone holding the code and the check value may see. */
    record View(String code, String procedureName, DossierStatus status, int dvcqgStatus, Instant submittedAt, Instant receivedAt,
                Instant appointment, String receivingAgency, List<Event> timeline) {
    }

    record Event(Instant at, DossierStatus status, int dvcqgStatus) {
    }

    private final DossierRepository dossiers;
    private final Organization organization;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    Tracking(DossierRepository dossiers, Organization organization, Clock clock,
             @Value("${congso.tracking.max-failures:10}") int maxFailures, @Value("${congso.tracking.lock-minutes:15}") int lockMinutes) {
        this.dossiers = dossiers;
        this.organization = organization;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    View track(String rawCode, String rawCheck) {
        String code = rawCode == null ? "" : VietnameseText.clean(rawCode).toUpperCase(Locale.ROOT);
        String check = rawCheck == null ? "" : rawCheck.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.length() > 60 || check.isEmpty() || check.length() > 12) {
            throw ApiException.notFound("tracking.not-found");
        }
        DossierRepository.TrackingState state = dossiers.trackingState(code).orElseThrow(() -> ApiException.notFound("tracking.not-found"));
        Instant now = clock.instant();
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "tracking.locked");
        }
        if (!matches(state, check)) {
            int failures = state.failures() + 1;
            dossiers.trackingFailed(state.id(), failures >= maxFailures ? 0 : failures, failures >= maxFailures ? now.plus(lock) : null);
            throw ApiException.notFound("tracking.not-found");
        }
        dossiers.trackingSucceeded(state.id());
        DossierView d = dossiers.view(state.id()).orElseThrow();
        String receiver = organization.agency(d.receivingAgencyId()).map(Agency::name).orElse("");
        return new View(d.code(), d.procedureName(), d.status(), d.dvcqgStatus(), d.submittedAt(), d.receivedAt(), d.effectiveDueAt(),
                receiver, d.history().stream().map(h -> new Event(h.at(), h.to(), h.to().dvcqgCode())).toList());
    }

    private static boolean matches(DossierRepository.TrackingState state, String check) {
        if (check.equals(state.checkCode())) {
            return true;
        }
        String phone = state.phone() == null ? "" : VietnameseText.digits(state.phone());
        return check.length() == 4 && check.chars().allMatch(Character::isDigit) && phone.length() >= 8 && phone.endsWith(check);
    }
}
