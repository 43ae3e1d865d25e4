package vn.congso.identity;

import java.util.Optional;

/**
 * Accounts known to an external identity provider (e-ID). A provider's stable subject (for VNeID through DVCQG
 * the {@code TechID} claim) points at one local account; dossiers reference the account id, so linking never
 * changes who owns a dossier. How a VNeID login finds or links its account is decided in
 * {@code docs/adr/0003-eid-accounts.md} and summarised in this module's package documentation.
 */
public interface ExternalIdentities {

    /** The account the provider's subject is linked to, if any. */
    Optional<Long> accountFor(String provider, String subject);

    /**
     * Links the provider's subject to the account and returns the account id. Linking the same pair again is
     * harmless; a subject already linked to another account is refused ({@code ApiException} 409
     * {@code external-identity.linked-elsewhere}), and so is an unknown account (404 {@code account.not-found}).
     */
    long link(String provider, String subject, long accountId);
}
