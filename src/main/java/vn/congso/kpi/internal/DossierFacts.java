package vn.congso.kpi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.catalog.Procedure;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.shared.Formats;

/**
 * The dossier facts (one row per dossier in {@code kpi_dossier_fact}): rewritten from the dossier as it is now
 * whenever it changes, and all at once by a recomputation. A dossier counts for its competent agency, else for the
 * agency that received it.
 */
@Component
class DossierFacts {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Clock clock;

    DossierFacts(JdbcClient jdbc, Dossiers dossiers, Catalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Rewrites the facts of one dossier; false when the dossier does not exist. */
    @Transactional
    boolean refresh(long dossierId) {
        Optional<DossierView> found = dossiers.get(dossierId);
        if (found.isEmpty()) {
            jdbc.sql("DELETE FROM kpi_dossier_fact WHERE dossier_id = :d").param("d", dossierId).update();
            return false;
        }
        write(found.get());
        return true;
    }

    private void write(DossierView d) {
        Instant now = clock.instant();
        Optional<Procedure> procedure = catalog.version(d.procedureVersionId());
        boolean feeBearing = procedure.map(p -> p.totalFeeVnd() > 0).orElse(false);
        boolean onlineEligible = procedure.map(p -> p.onlineType() != OnlineServiceType.NONE).orElse(false);
        Instant processingAt = d.history().stream().filter(h -> h.to() == DossierStatus.IN_PROGRESS).map(DossierView.HistoryEntry::at)
                .findFirst().orElse(d.receivedAt());
        DossierView.Facts facts = d.facts() == null ? DossierView.Facts.NONE : d.facts();
        Instant finished = d.decidedAt() != null ? d.decidedAt() : d.returnedAt() != null ? d.returnedAt()
                : d.status() == DossierStatus.STOPPED || d.status() == DossierStatus.REFUSED || d.status() == DossierStatus.WITHDRAWN
                ? facts.endedAt() : null;
        jdbc.sql("DELETE FROM kpi_dossier_fact WHERE dossier_id = :d").param("d", d.id()).update();
        jdbc.sql("""
                INSERT INTO kpi_dossier_fact (dossier_id, code, procedure_code, procedure_version_id, agency_id, receiving_agency_id,
                    competent_agency_id, commune_unit_id, channel, status, dvcqg_status, submitted_at, received_at, processing_at, finished_at,
                    due_at, submit_day, reception_day, processing_day, paused, timeliness, second_supplement, supplement_requested, fee_bearing,
                    online_payment, online_eligible, result_is_document, component_count, digitized_components, vault_components, vneid_verified,
                    e_result, synced, source_database, rating, complaint, refreshed_at)
                VALUES (:id, :code, :pc, :pv, :agency, :recv, :comp, :commune, :channel, :status, :dvcqg, :submitted, :received, :processing,
                    :finished, :due, :submitDay, :receptionDay, :processingDay, :paused, :timeliness, :second, :supplement, :fee, :paid, :eligible,
                    :doc, :components, :digitized, :vault, :vneid, :eresult, :synced, :source,
                    (SELECT f.rating FROM kpi_dossier_feedback f WHERE f.dossier_id = :id),
                    COALESCE((SELECT f.complaint FROM kpi_dossier_feedback f WHERE f.dossier_id = :id), FALSE), :now)
                """)
                .param("id", d.id()).param("code", d.code()).param("pc", d.procedureCode()).param("pv", d.procedureVersionId())
                .param("agency", d.competentAgencyId() != null ? d.competentAgencyId() : d.receivingAgencyId())
                .param("recv", d.receivingAgencyId()).param("comp", d.competentAgencyId()).param("commune", d.communeUnitId())
                .param("channel", d.channel().code()).param("status", d.status().name()).param("dvcqg", d.dvcqgStatus())
                .param("submitted", ts(d.submittedAt())).param("received", ts(d.receivedAt())).param("processing", ts(processingAt))
                .param("finished", ts(finished)).param("due", ts(d.effectiveDueAt()))
                .param("submitDay", day(d.submittedAt())).param("receptionDay", day(d.receivedAt())).param("processingDay", day(processingAt))
                .param("paused", d.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .param("timeliness", dossiers.timeliness(d, now).name())
                // Decision 766: a second supplement request counts the dossier as overdue
                .param("second", d.supplementCount() >= 2).param("supplement", d.supplementCount() >= 1)
                .param("fee", feeBearing).param("paid", facts.onlinePayment()).param("eligible", onlineEligible)
                .param("doc", d.resultIsDocument()).param("components", d.components().size())
                .param("digitized", d.components().stream().filter(DossierView.ComponentView::digitized).count())
                .param("vault", d.components().stream().filter(DossierView.ComponentView::fromVault).count())
                .param("vneid", facts.vneidVerified()).param("eresult", facts.hasElectronicResult()).param("synced", facts.syncedToDvcqgAt() != null)
                .param("source", facts.sourceDatabase()).param("now", ts(now)).update();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static LocalDate day(Instant i) {
        return i == null ? null : LocalDate.ofInstant(i, Formats.ZONE);
    }
}
