package vn.congso.kpi.internal;

import java.util.List;

/**
 * What a leader may see: the whole province ({@code all}), or their agency and the agencies below it. A commune
 * chairman sees the commune; a department director the department; the province's leaders and the administrator
 * everything.
 */
record LeaderScope(long accountId, boolean all, Long agencyId, List<Long> agencies) {

    boolean covers(long agency) {
        return all || agencies.contains(agency);
    }
}
