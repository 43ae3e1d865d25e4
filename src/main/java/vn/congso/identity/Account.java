package vn.congso.identity;

import java.time.LocalDate;

/**
 * The details an account holds. Individuals: full name as on the ID card, 12-digit personal identification
 * number, date of birth, phone, e-mail, address. Businesses: name, tax code and representative; {@code fullName}
 * is then the contact person. {@code preferredLanguage} ({@code vi} or {@code en}) is the language of the e-mails
 * and letters the person receives. {@code assuranceLevel}: 1 for a local account (identity as declared, e-mail
 * confirmed), 2 once a VNeID level-2 login is linked (see {@link ExternalIdentities}).
 */
public record Account(long id, AccountKind kind, String login, String email, String fullName, String personalId,
                      LocalDate dateOfBirth, String phone, String address, Long adminUnitId, String businessName,
                      String taxCode, String representative, Long agencyId, Long unitId, boolean emailVerified,
                      int assuranceLevel, String preferredLanguage) {

    /** The name to greet or list: the business name for businesses, the person's name otherwise. */
    public String displayName() {
        return kind == AccountKind.BUSINESS && businessName != null ? businessName : fullName;
    }
}
