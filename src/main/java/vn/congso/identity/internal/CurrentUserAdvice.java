package vn.congso.identity.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;

/** Puts the signed-in user (or null) into every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    private final Identity identity;

    CurrentUserAdvice(Identity identity) {
        this.identity = identity;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return identity.current().orElse(null);
    }
}
