package vn.congso.dossier.internal;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;

import javax.sql.DataSource;


import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-agency per-day counter behind dossier codes. Each number is taken in its own short transaction
 * (the row lock is held for one UPDATE, not for the whole submission), so numbers are unique across threads and
 * nodes sharing the database; a submission that fails afterwards leaves a gap, which the rules tolerate.
 * <p>
 * On PostgreSQL the counter's transaction commits without waiting for its WAL flush ({@code synchronous_commit
 * off} for that transaction only): every submission in a province goes through a few such rows, and waiting for
 * the disk while holding the row made them queue behind each other. Safe: a number is only used by a dossier whose
 * own (synchronous) commit comes later and flushes the WAL up to and including this increment; if the server
 * crashes before that, no dossier carries the number and handing it out again is correct. The unique dossier code
 * is the backstop either way.
 */
@Component
class DossierSequence {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final boolean postgres;

    DossierSequence(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int next(long agencyId, LocalDate day) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Integer taken = own.execute(status -> {
                if (postgres) {
                    jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
                    return jdbc.sql("UPDATE dossier_sequence SET last_value = last_value + 1 WHERE agency_id = :a AND seq_day = :d "
                            + "RETURNING last_value").param("a", agencyId).param("d", day).query(Integer.class).optional().orElse(null);
                }
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

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            return false; // the plain, always-correct path
        }
    }
}
