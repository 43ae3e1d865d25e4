package vn.congso.dossier;

/**
 * DOMAIN.md §5 classification. Finished dossiers (end = first of decided, returned, stopped/refused/withdrawn):
 * EARLY (end before due), ON_TIME (end at due), OVERDUE (end after due). Open ones, against now or a period end:
 * WITHIN_TIME or OVERDUE. Decision 766: a second supplement request makes the dossier OVERDUE whatever the dates.
 */
public enum Timeliness {
    EARLY, ON_TIME, OVERDUE, WITHIN_TIME, NOT_STARTED;

    public boolean isLate() {
        return this == OVERDUE;
    }
}
