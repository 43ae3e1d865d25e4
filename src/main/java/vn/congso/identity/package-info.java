/**
 * Who is using the platform: citizens and businesses (local accounts in the embedded mode, e-ID later) and
 * officers with roles scoped to an agency and unit. Owns login, the security rules of every request, and the
 * {@link vn.congso.identity.CurrentUser} other modules use to filter what a person may see in their SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.congso.identity;
