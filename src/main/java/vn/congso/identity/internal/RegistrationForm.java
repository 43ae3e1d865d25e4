package vn.congso.identity.internal;

/**
 * What a person types to open an account, as typed (pages and API). {@code kind} is {@code CITIZEN} or
 * {@code BUSINESS}; for a business {@code fullName} is the contact person. {@code dateOfBirth} is
 * {@code dd/MM/yyyy} (or ISO {@code yyyy-MM-dd} from API clients).
 */
record RegistrationForm(String kind, String fullName, String personalId, String dateOfBirth, String phone, String email,
                        String address, Long communeId, String businessName, String taxCode, String representative,
                        String password, String preferredLanguage) {

    RegistrationForm withPassword(String newPassword) {
        return new RegistrationForm(kind, fullName, personalId, dateOfBirth, phone, email, address, communeId, businessName,
                taxCode, representative, newPassword, preferredLanguage);
    }

    boolean isBusiness() {
        return "BUSINESS".equals(kind);
    }
}
