package vn.congso.kpi.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congso.dossier.Dossiers;

/**
 * Rebuilds every dossier fact from the dossiers (after a correction, a new indicator word or a lost event), batch
 * by batch; facts of dossiers that no longer exist are removed. Ratings and feedback facts come from events and stay.
 */
@Component
class Recomputation {

    private static final Logger log = LoggerFactory.getLogger(Recomputation.class);
    private static final int BATCH = 500;

    private final Dossiers dossiers;
    private final DossierFacts facts;
    private final JdbcClient jdbc;

    Recomputation(Dossiers dossiers, DossierFacts facts, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    /** Returns how many dossiers were rewritten. */
    long run() {
        long after = 0;
        long count = 0;
        List<Long> ids;
        while (!(ids = dossiers.idsAfter(after, BATCH)).isEmpty()) {
            jdbc.sql("DELETE FROM kpi_dossier_fact WHERE dossier_id > :a AND dossier_id < :b AND dossier_id NOT IN (:ids)")
                    .param("a", after).param("b", ids.get(ids.size() - 1)).param("ids", ids).update();
            for (long id : ids) {
                if (facts.refresh(id)) {
                    count++;
                }
            }
            after = ids.get(ids.size() - 1);
        }
        jdbc.sql("DELETE FROM kpi_dossier_fact WHERE dossier_id > :a").param("a", after).update();
        log.info("KPI facts recomputed for {} dossiers", count);
        return count;
    }
}
