package vn.congso.kpi.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.congso.dossier.DossierFilesChanged;
import vn.congso.dossier.DossierStatusChanged;
import vn.congso.dossier.DossierSubmitted;

/**
 * Keeps the dossier facts fresh: every dossier event (delivered after commit from the event publication registry,
 * retried when it fails) rewrites that dossier's facts, so the dashboard is seconds behind the desk.
 */
@Component
class FactListener {

    private final DossierFacts facts;

    FactListener(DossierFacts facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted event) {
        facts.refresh(event.dossierId());
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        facts.refresh(event.dossierId());
    }

    @ApplicationModuleListener
    void on(DossierFilesChanged event) {
        facts.refresh(event.dossierId());
    }
}
