package vn.congso.identity;

import java.time.LocalDate;

/**
 * The details an account holds. Individuals: full name as on the ID card, 12-digit personal identification
 * number, date of birth, phone, e-mail, address. Businesses: name, tax code and representative.
 */
public record Account(long id, AccountKind kind, String login, String email, String fullName, String personalId,
                      LocalDate dateOfBirth, String phone, String address, Long adminUnitId, String businessName,
                      String taxCode, String representative, Long agencyId, Long unitId, boolean emailVerified,
                      int assuranceLevel) {
}
