package vn.congso.feedback.internal;

import java.util.List;

/**
 * The agencies whose feedback and counter ratings an officer handles: their own agency, a leader also the agencies
 * below it, the province administrator all (and feedback routed to no agency). Queries put these in their WHERE clause.
 */
record OfficerScope(long accountId, String name, List<Long> agencyIds, boolean all) {

    boolean covers(Long agencyId) {
        return all || agencyId != null && agencyIds.contains(agencyId);
    }
}
