package vn.congso.notification.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;

/** The account of the signed-in user: every in-app query is filtered by it. */
@Component
class SignedIn {

    private final Identity identity;

    SignedIn(Identity identity) {
        this.identity = identity;
    }

    long accountId() {
        return identity.current().map(CurrentUser::accountId)
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }
}
