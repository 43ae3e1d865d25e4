package vn.congso.identity.internal;

/** The contact details a person may change themselves (not the name, personal id or tax code). */
record ContactForm(String phone, String email, String address, Long communeId, String preferredLanguage) {
}
