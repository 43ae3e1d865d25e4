package vn.congso.kpi.internal;

/**
 * The fixed vocabulary indicator definitions are written in: each word is a condition on one dossier fact
 * ({@code f}) or one feedback fact ({@code g}). {@code :asOf} is the end of the period (or now, when earlier):
 * dossiers still open then are judged against their due date at that moment (DOMAIN.md §5).
 */
enum Predicate {
    RECEIVED("f.received_at IS NOT NULL"),
    ONLINE("f.channel = 2"),
    COUNTER("f.channel = 1"),
    ONLINE_ELIGIBLE("f.online_eligible"),
    FINISHED("(f.finished_at IS NOT NULL AND f.finished_at <= :asOf)"),
    OPEN("(f.finished_at IS NULL OR f.finished_at > :asOf)"),
    // Decision 766: a second supplement request counts the dossier as overdue
    ON_TIME("(f.received_at IS NOT NULL AND NOT f.second_supplement AND ("
            + "(f.finished_at IS NOT NULL AND f.finished_at <= :asOf AND f.timeliness IN ('EARLY', 'ON_TIME'))"
            + " OR ((f.finished_at IS NULL OR f.finished_at > :asOf) AND (f.paused OR f.due_at IS NULL OR f.due_at >= :asOf))))"),
    OVERDUE(null),
    SECOND_SUPPLEMENT("f.second_supplement"),
    RESULT_DOCUMENT("f.result_is_document"),
    E_RESULT("f.e_result"),
    // Decision 766 §3.3: online = channel 2 and, where the result is a document, an e-result
    ONLINE_COUNTED("(f.channel = 2 AND (NOT f.result_is_document OR f.e_result))"),
    // Decision 766 §4.2: files attached to the components and, when finished with a document result, an e-result
    DIGITIZED("(f.digitized_components > 0 AND (NOT f.result_is_document OR f.finished_at IS NULL OR f.e_result))"),
    FROM_VAULT("f.vault_components > 0"),
    REUSED("f.vault_components > 0"),
    POPULATION_DATA("(f.vneid_verified OR f.vault_components > 0 OR f.source_database IS NOT NULL)"),
    VNEID("f.vneid_verified"),
    SYNCED("f.synced"),
    FEE_BEARING("f.fee_bearing"),
    PAID_ONLINE("f.online_payment"),
    RATED("f.rating IS NOT NULL"),
    SATISFIED("f.rating IN ('SATISFIED', 'ACCEPTABLE')"),
    COMPLAINT_OR_DISLIKE("(f.complaint OR f.rating = 'DISSATISFIED')"),
    FEEDBACK_ON_TIME("(NOT g.late AND ((g.closed_at IS NOT NULL AND g.closed_at <= :asOf) OR g.deadline_at IS NULL OR g.deadline_at >= :asOf))"),
    // Decision 766 §5.3: not rated unsatisfied (more dislikes than likes) and not overdue
    FEEDBACK_SATISFIED("(g.dislikes <= g.likes AND NOT g.late AND ((g.closed_at IS NOT NULL AND g.closed_at <= :asOf) OR g.deadline_at IS NULL OR g.deadline_at >= :asOf))"),
    FEEDBACK_CLOSED("(g.closed_at IS NOT NULL AND g.closed_at <= :asOf)");

    private final String sql;

    Predicate(String sql) {
        this.sql = sql;
    }

    String sql() {
        return this == OVERDUE ? "(f.received_at IS NOT NULL AND NOT " + ON_TIME.sql + ")" : sql;
    }

    boolean onFeedback() {
        return name().startsWith("FEEDBACK_");
    }

    /** The conjunction of the words, {@code 1 = 1} when there are none. */
    static String all(java.util.List<Predicate> words) {
        return words.isEmpty() ? "1 = 1" : String.join(" AND ", words.stream().map(Predicate::sql).toList());
    }
}
