package vn.congso.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as every module sees them. Officers carry their agency and unit; queries that list or
 * load dossiers put these into their WHERE clause.
 */
public record CurrentUser(long accountId, AccountKind kind, String login, String displayName, String email,
                          Long agencyId, Long unitId, Set<Role> roles, int assuranceLevel) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOfficer() {
        return kind == AccountKind.OFFICER;
    }

    public boolean isApplicant() {
        return kind == AccountKind.CITIZEN || kind == AccountKind.BUSINESS;
    }
}
