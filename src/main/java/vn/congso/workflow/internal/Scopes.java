package vn.congso.workflow.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;

/** Turns the signed-in officer into the scope every back-office query filters by. */
@Component
class Scopes {

    private final Identity identity;
    private final Organization organization;

    Scopes(Identity identity, Organization organization) {
        this.identity = identity;
        this.organization = organization;
    }

    Scope current() {
        CurrentUser user = identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
        if (!user.isOfficer()) {
            throw ApiException.forbidden("workflow.officers-only");
        }
        return of(user);
    }

    Scope of(CurrentUser user) {
        boolean all = user.has(Role.PROVINCE_ADMIN);
        List<Long> agencies;
        if (user.agencyId() == null) {
            agencies = List.of(-1L);
        } else if (user.has(Role.AGENCY_LEADER) || all) {
            agencies = organization.agencyWithDescendants(user.agencyId());
        } else {
            agencies = List.of(user.agencyId());
        }
        return new Scope(user.accountId(), user.displayName(), user.agencyId(), user.unitId(), agencies, user.roles(), all);
    }
}
