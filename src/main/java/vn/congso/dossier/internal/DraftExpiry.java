package vn.congso.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congso.catalog.Catalog;
import vn.congso.dossier.DraftExpiring;
import vn.congso.identity.Identity;

/**
 * Drafts untouched for {@code congso.drafts.expire-after} (default 30 days) expire; {@code warn-before} earlier
 * (default 7 days) the applicant gets an e-mail saying when. The warning always comes first: a draft expires only
 * once its applicant was warned at least {@code warn-before} ago. Runs on one node at a time (cluster lock).
 */
@Component
class DraftExpiry {

    private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);
    private static final int BATCH = 200;

    private final DraftRepository drafts;
    private final Catalog catalog;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration expireAfter;
    private final Duration warnBefore;
    private final String baseUrl;

    DraftExpiry(DraftRepository drafts, Catalog catalog, Identity identity, ApplicationEventPublisher events, TransactionTemplate tx,
                Clock clock, @Value("${congso.drafts.expire-after:30d}") Duration expireAfter,
                @Value("${congso.drafts.warn-before:7d}") Duration warnBefore, @Value("${congso.base-url}") String baseUrl) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.identity = identity;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.expireAfter = expireAfter;
        this.warnBefore = warnBefore;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${congso.drafts.expiry-cron:0 15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "draft-expiry", lockAtMostFor = "PT30M")
    void run() {
        int warned = warn();
        int expired = expire();
        if (warned + expired > 0) {
            log.info("Drafts: {} expiry warnings, {} expired", warned, expired);
        }
    }

    int warn() {
        Instant now = clock.instant();
        int count = 0;
        for (Draft d : drafts.staleUnwarned(now.minus(expireAfter).plus(warnBefore), BATCH)) {
            tx.executeWithoutResult(status -> {
                var account = identity.account(d.accountId()).orElse(null);
                var procedure = catalog.version(d.procedureVersionId()).orElse(null);
                if (account != null && account.email() != null && procedure != null) {
                    events.publishEvent(new DraftExpiring(d.accountId(), account.email(), account.preferredLanguage(), procedure.name(),
                            baseUrl + ApplicationPages.DRAFT + d.publicId(), expiresAt(d, now)));
                }
                drafts.markWarned(d.id(), now);
            });
            count++;
        }
        return count;
    }

    /**
     * When a draft warned now expires: normally {@code expire-after} after its last change, but never sooner than
     * {@code warn-before} after the warning (a draft found late, e.g. after downtime, is not warned and closed at once).
     */
    private Instant expiresAt(Draft d, Instant now) {
        Instant normal = d.updatedAt().plus(expireAfter);
        Instant earliest = now.plus(warnBefore);
        return normal.isAfter(earliest) ? normal : earliest;
    }

    int expire() {
        Instant now = clock.instant();
        int count = 0;
        for (Draft d : drafts.expired(now.minus(expireAfter), now.minus(warnBefore), BATCH)) {
            tx.executeWithoutResult(status -> drafts.close(d.id(), Draft.Status.EXPIRED, null, now));
            count++;
        }
        return count;
    }
}
