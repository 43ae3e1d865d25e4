package vn.congso.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The delivery job: every {@code congso.notification.poll-ms} one node (cluster lock) takes the due PENDING messages
 * in batches and delivers them, ten per SMTP connection over up to {@code congso.notification.connections}
 * connections at once; a round goes on while batches come full, up to two minutes. A failure is recorded with its error and retried after an exponential back-off
 * ({@link RetryPolicy}); after the last attempt the message is FAILED and stays in the table for an operator.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_BATCHES_PER_ROUND = 200;
    private static final int PER_CONNECTION = 10;
    /** Well inside the lock's 5 minutes, so another node never takes over messages this one is still sending. */
    private static final Duration MAX_ROUND = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final Courier courier;
    private final RetryPolicy retry;
    private final Clock clock;
    private final int batchSize;
    /** Threads sending groups over their own SMTP connections at the same time; null for one at a time. */
    private final ExecutorService senders;

    @Autowired
    OutboxDelivery(Outbox outbox, Courier courier, RetryPolicy retry, Clock clock, NotificationProperties properties) {
        this(outbox, courier, retry, clock, properties.batchSize(), properties.connections());
    }

    OutboxDelivery(Outbox outbox, Courier courier, RetryPolicy retry, Clock clock, int batchSize) {
        this(outbox, courier, retry, clock, batchSize, 1);
    }

    OutboxDelivery(Outbox outbox, Courier courier, RetryPolicy retry, Clock clock, int batchSize, int connections) {
        this.outbox = outbox;
        this.courier = courier;
        this.retry = retry;
        this.clock = clock;
        this.batchSize = batchSize;
        this.senders = connections <= 1 ? null : Executors.newFixedThreadPool(connections, r -> {
            Thread t = new Thread(r, "outbox-sender");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(fixedDelayString = "${congso.notification.poll-ms:2000}")
    @SchedulerLock(name = "notification-outbox")
    public void deliverDue() {
        Instant deadline = clock.instant().plus(MAX_ROUND);
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            if (clock.instant().isAfter(deadline)) {
                return; // a slow server: the rest waits for the next round
            }
            List<OutboxMessage> due = outbox.due(clock.instant(), batchSize);
            // a few messages per SMTP connection (one connection per message cost more than the message; a hung
            // server holds at most one small group past the round's deadline), and a few connections at once: one
            // message at a time waits on the server's answers, not on this machine
            List<List<OutboxMessage>> groups = new ArrayList<>();
            for (int from = 0; from < due.size(); from += PER_CONNECTION) {
                groups.add(due.subList(from, Math.min(due.size(), from + PER_CONNECTION)));
            }
            if (groups.size() <= 1 || senders == null) {
                groups.forEach(g -> deliverGroup(g, deadline));
            } else {
                List<Future<?>> running = new ArrayList<>();
                for (List<OutboxMessage> g : groups) {
                    running.add(senders.submit(() -> deliverGroup(g, deadline)));
                }
                for (Future<?> f : running) {
                    try {
                        f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (ExecutionException e) {
                        log.error("Outbox delivery of a group failed", e.getCause());
                    }
                }
            }
            if (due.size() < batchSize) {
                return;
            }
        }
    }

    private void deliverGroup(List<OutboxMessage> group, Instant deadline) {
        if (clock.instant().isAfter(deadline)) {
            return;
        }
        for (Courier.Outcome o : courier.deliverAll(group)) {
            record(o);
        }
    }

    @PreDestroy
    void stop() {
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    void deliver(OutboxMessage m) {
        Courier.Outcome outcome;
        try {
            outcome = new Courier.Outcome(m, courier.deliver(m), null);
        } catch (RuntimeException e) {
            outcome = new Courier.Outcome(m, null, e);
        }
        record(outcome);
    }

    private void record(Courier.Outcome o) {
        OutboxMessage m = o.message();
        if (o.error() != null) {
            RuntimeException e = o.error();
            int failures = m.attempts() + 1;
            var next = retry.nextAttempt(failures, clock.instant());
            if (next.isPresent()) {
                log.warn("Outbox message {} ({} to {}) failed, attempt {} of {}; next at {}: {}", m.id(), m.channel(),
                        m.recipient(), failures, retry.maxAttempts(), next.get(), e.toString());
            } else {
                log.error("Outbox message {} ({} to {}) given up after {} attempts: {}", m.id(), m.channel(), m.recipient(),
                        failures, e.toString());
            }
            outbox.failed(m, describe(e), next, clock.instant());
            return;
        }
        outbox.delivered(m, o.status(), clock.instant());
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            s.append(" ← ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return s.toString();
    }
}
