package vn.congso.kpi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congso.identity.Account;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.notification.Notifications;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.Organization;
import vn.congso.shared.Formats;

/**
 * Mails each agency leader the early warnings of their unit (the province's leaders: the whole province), once a
 * working day. Runs on one node at a time (cluster lock); the per-day record keeps a second run, on this node or
 * another, from sending twice.
 */
@Component
class WarningMails {

    private static final Logger log = LoggerFactory.getLogger(WarningMails.class);

    private final EarlyWarnings warnings;
    private final LeaderScopes scopes;
    private final Organization organization;
    private final Identity identity;
    private final Notifications notifications;
    private final MessageSource messages;
    private final KpiSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String baseUrl;

    WarningMails(EarlyWarnings warnings, LeaderScopes scopes, Organization organization, Identity identity, Notifications notifications,
                 MessageSource messages, KpiSettings settings, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
                 @Value("${congso.base-url}") String baseUrl) {
        this.warnings = warnings;
        this.scopes = scopes;
        this.organization = organization;
        this.identity = identity;
        this.notifications = notifications;
        this.messages = messages;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${congso.kpi.warnings-cron:0 30 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "kpi-early-warnings", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run();
    }

    /** One pass; returns how many e-mails were queued. */
    int run() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        int sent = 0;
        for (Agency agency : organization.agencies(today)) {
            if (agency.kind() == AgencyKind.COMMUNE_CENTRE) {
                continue;
            }
            for (Account leader : identity.officers(agency.id(), Role.AGENCY_LEADER)) {
                if (leader.email() == null || leader.email().isBlank()) {
                    continue;
                }
                Locale locale = Locale.forLanguageTag("en".equals(leader.preferredLanguage()) ? "en" : "vi");
                LeaderScopes.Unit unit = agency.kind() == AgencyKind.PROVINCIAL_PC && agency.parentId() == null
                        ? scopes.province(locale) : new LeaderScopes.Unit(agency.id(), LeaderScopes.name(agency, locale),
                        organization.agencyWithDescendants(agency.id()));
                List<EarlyWarnings.Warning> list = warnings.forUnit(unit);
                if (list.isEmpty()) {
                    continue;
                }
                Integer done = tx.execute(status -> {
                    try {
                        jdbc.sql("INSERT INTO kpi_warning_sent (account_id, kind, sent_day) VALUES (:a, 'DAILY', :d)")
                                .param("a", leader.id()).param("d", today).update();
                    } catch (DuplicateKeyException already) {
                        return 0;
                    }
                    List<String> lines = new ArrayList<>();
                    for (EarlyWarnings.Warning w : list) {
                        lines.add(messages.getMessage("kpi.warning." + w.kind(), new Object[] {w.count(), settings.warningHours()}, locale));
                    }
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("name", leader.fullName());
                    model.put("unitName", unit.name());
                    model.put("lines", lines);
                    model.put("link", baseUrl + "/lanh-dao/chi-so" + (unit.id() == null ? "" : "?unit=" + unit.id()));
                    return notifications.email(leader.email(), locale.getLanguage(), "kpi-warnings", model,
                            "kpi-warnings:" + leader.id() + ":" + today) ? 1 : 0;
                });
                sent += done == null ? 0 : done;
            }
        }
        if (sent > 0) {
            log.info("KPI early warnings mailed: {}", sent);
        }
        return sent;
    }
}
