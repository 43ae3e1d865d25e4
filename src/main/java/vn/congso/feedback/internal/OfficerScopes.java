package vn.congso.feedback.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;

/** Turns the signed-in officer into an {@link OfficerScope}; anyone else is refused. */
@Component
class OfficerScopes {

    private final Identity identity;
    private final Organization organization;

    OfficerScopes(Identity identity, Organization organization) {
        this.identity = identity;
        this.organization = organization;
    }

    OfficerScope current() {
        CurrentUser user = identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
        if (!user.isOfficer()) {
            throw ApiException.forbidden("feedback.officers-only");
        }
        boolean all = user.has(Role.PROVINCE_ADMIN);
        List<Long> agencies;
        if (user.agencyId() == null) {
            agencies = List.of(-1L);
        } else if (user.has(Role.AGENCY_LEADER) || all) {
            agencies = organization.agencyWithDescendants(user.agencyId());
        } else {
            agencies = List.of(user.agencyId());
        }
        return new OfficerScope(user.accountId(), user.displayName(), agencies, all);
    }
}
