package vn.congso.workflow.internal;

import java.util.List;
import java.util.Set;

import vn.congso.identity.Role;

/**
 * What an officer may see: the agencies whose dossiers they work on (their own; a leader also the agencies below;
 * the province administrator all), their unit and roles. Queries put {@code agencyIds} in their WHERE clause.
 */
record Scope(long officerId, String officerName, Long agencyId, Long unitId, List<Long> agencyIds, Set<Role> roles, boolean all) {

    boolean has(Role role) {
        return roles.contains(role);
    }
}
