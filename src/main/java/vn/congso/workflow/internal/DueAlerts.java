package vn.congso.workflow.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congso.calendar.WorkingCalendar;
import vn.congso.identity.Account;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.notification.Notifications;
import vn.congso.shared.Formats;

/**
 * Tells officers and their heads of unit about dossiers due within {@code congso.workflow.due-soon-hours} working
 * hours and about overdue ones: an e-mail and an in-app notice per task, at most once a day per task and kind.
 * Runs on one node at a time (cluster lock); the per-day record also keeps a second run from repeating itself.
 */
@Component
class DueAlerts {

    private static final Logger log = LoggerFactory.getLogger(DueAlerts.class);

    enum Kind {
        DUE_SOON, OVERDUE
    }

    private final JdbcClient jdbc;
    private final Identity identity;
    private final Notifications notifications;
    private final WorkingCalendar calendar;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int soonHours;
    private final String baseUrl;

    DueAlerts(JdbcClient jdbc, Identity identity, Notifications notifications, WorkingCalendar calendar, TransactionTemplate tx, Clock clock,
              @Value("${congso.workflow.due-soon-hours:8}") int soonHours, @Value("${congso.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.notifications = notifications;
        this.calendar = calendar;
        this.tx = tx;
        this.clock = clock;
        this.soonHours = soonHours;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${congso.workflow.alerts-cron:0 0 7,13 * * MON-SAT}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "workflow-due-alerts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run();
    }

    /** One pass; returns how many alerts were sent. */
    int run() {
        Instant now = clock.instant();
        Instant soon = calendar.addWorkingMinutes(now, soonHours * 60L, null);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<Task> due = jdbc.sql("""
                SELECT * FROM task WHERE status IN ('OPEN', 'WAITING') AND kind <> 'RECEPTION' AND sort_due_at <= :soon
                ORDER BY sort_due_at LIMIT 5000
                """).param("soon", Timestamp.from(soon)).query(TaskRepository::task).list();
        int sent = 0;
        for (Task t : due) {
            Kind kind = t.sortDueAt().isBefore(now) ? Kind.OVERDUE : Kind.DUE_SOON;
            Integer done = tx.execute(status -> {
                try {
                    jdbc.sql("INSERT INTO alert_sent (task_id, kind, alert_day) VALUES (:t, :k, :d)")
                            .param("t", t.id()).param("k", kind.name()).param("d", today).update();
                } catch (DuplicateKeyException already) {
                    return 0;
                }
                return notify(t, kind);
            });
            sent += done == null ? 0 : done;
        }
        if (sent > 0) {
            log.info("Due-date alerts sent: {}", sent);
        }
        return sent;
    }

    private int notify(Task t, Kind kind) {
        Set<Account> recipients = new LinkedHashSet<>();
        if (t.assigneeId() != null) {
            identity.account(t.assigneeId()).ifPresent(recipients::add);
        } else {
            identity.officers(t.agencyId(), t.role()).stream().filter(a -> t.unitId() == null || t.unitId().equals(a.unitId()))
                    .forEach(recipients::add);
        }
        identity.officers(t.agencyId(), Role.HEAD_OF_UNIT).stream().filter(a -> t.unitId() == null || t.unitId().equals(a.unitId()))
                .forEach(recipients::add);
        String link = baseUrl + "/can-bo/ho-so/" + t.dossierCode();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("code", t.dossierCode());
        model.put("procedureName", t.procedureName());
        model.put("stepName", t.stepName());
        model.put("dueAt", Formats.dateTime(t.sortDueAt()));
        model.put("overdue", kind == Kind.OVERDUE);
        model.put("link", link);
        int count = 0;
        for (Account a : recipients) {
            String key = "due-alert:" + t.id() + ":" + kind + ":" + LocalDate.now(clock.withZone(Formats.ZONE)) + ":" + a.id();
            model.put("name", a.fullName());
            if (a.email() != null) {
                notifications.email(a.email(), a.preferredLanguage(), "task-due-alert", Map.copyOf(model), key);
            }
            notifications.inApp(a.id(), (kind == Kind.OVERDUE ? "Quá hạn: " : "Sắp đến hạn: ") + t.dossierCode(),
                    t.procedureName() + " — " + t.stepName() + " — hạn " + Formats.dateTime(t.sortDueAt()), link, key + ":app");
            count++;
        }
        return count;
    }
}
