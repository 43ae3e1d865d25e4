/**
 * Who is using the platform: citizens and businesses (local accounts in the embedded mode, e-ID later) and
 * officers with roles scoped to an agency and unit. Owns login, the security rules of every request, and the
 * {@link vn.congso.identity.CurrentUser} other modules use to filter what a person may see in their SQL.
 * <p>
 * Local accounts log in with their e-mail (or personal identification number) once the e-mail is confirmed; the
 * module publishes {@link vn.congso.identity.EmailVerificationRequested} and
 * {@link vn.congso.identity.PasswordResetRequested}, which the notification module turns into e-mails.
 * <p>
 * e-ID rule (docs/adr/0003-eid-accounts.md): a VNeID login through DVCQG's OpenID Connect is found by its
 * {@code TechID} in {@link vn.congso.identity.ExternalIdentities} (provider {@code VNEID}). A first VNeID login whose
 * {@code SoDinhDanh} equals the personal id of a local account links to that account once the person proves they
 * hold it (its password, or a link sent to its confirmed e-mail); the account's assurance level is raised to the
 * level VNeID asserts (1 or 2), never lowered. Dossiers reference the account id, so linking never changes or moves
 * a dossier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.congso.identity;
