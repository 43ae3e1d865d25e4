package vn.congso.dossier.internal;

import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-agency per-day counter behind dossier codes. Each number is taken in its own short transaction
 * (the row lock is held for one UPDATE, not for the whole submission), so numbers are unique across threads and
 * nodes sharing the database; a submission that fails afterwards leaves a gap, which the rules tolerate.
 */
@Component
class DossierSequence {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    DossierSequence(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int next(long agencyId, LocalDate day) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Integer taken = own.execute(status -> {
                int updated = jdbc.sql("UPDATE dossier_sequence SET last_value = last_value + 1 WHERE agency_id = :a AND seq_day = :d")
                        .param("a", agencyId).param("d", day).update();
                return updated == 0 ? null : jdbc.sql("SELECT last_value FROM dossier_sequence WHERE agency_id = :a AND seq_day = :d")
                        .param("a", agencyId).param("d", day).query(Integer.class).single();
            });
            if (taken != null) {
                return taken;
            }
            try {
                own.executeWithoutResult(status -> jdbc.sql("INSERT INTO dossier_sequence (agency_id, seq_day, last_value) VALUES (:a, :d, 1)")
                        .param("a", agencyId).param("d", day).update());
                return 1;
            } catch (DuplicateKeyException raced) {
                // another thread or node created the day's row first: take the next number from it
            }
        }
        throw new IllegalStateException("could not allocate a dossier number for agency " + agencyId + " on " + day);
    }
}
