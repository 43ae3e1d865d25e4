package vn.congso.identity.internal;

import java.time.LocalDate;

import vn.congso.identity.AccountKind;

/** A registration that passed every rule, in canonical form (see {@link RegistrationRules}). */
record NewAccount(AccountKind kind, String fullName, String personalId, LocalDate dateOfBirth, String phone, String email,
                  String address, Long communeId, String businessName, String taxCode, String representative,
                  String language) {
}
