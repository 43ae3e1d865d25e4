package vn.congso.identity;

import java.util.List;
import java.util.Optional;

/** What other modules ask about people. */
public interface Identity {

    /** The signed-in user of the current request, if any. */
    Optional<CurrentUser> current();

    Optional<Account> account(long id);

    /** Officers of an agency holding a role (for notifications and assignment). */
    List<Account> officers(long agencyId, Role role);
}
