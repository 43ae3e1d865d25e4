package vn.congso.identity.internal;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.identity.Account;
import vn.congso.identity.AccountKind;
import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;

/**
 * Citizen and business accounts over the API. Only {@code /me}: a signed-in client reads and changes its own
 * account and no other. Registration and the password reset are open to anonymous clients.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Citizen and business accounts: registration, own details, password reset")
class AccountApi {

    private final Registration registration;
    private final PasswordReset reset;
    private final MyAccount myAccount;
    private final Identity identity;

    AccountApi(Registration registration, PasswordReset reset, MyAccount myAccount, Identity identity) {
        this.registration = registration;
        this.reset = reset;
        this.myAccount = myAccount;
        this.identity = identity;
    }

    /** An account as its owner sees it; never a password or a login counter. */
    @Schema(name = "Account")
    record AccountView(long id, AccountKind kind, String email, String fullName, String personalId, LocalDate dateOfBirth,
                       String phone, String address, Long communeId, String businessName, String taxCode,
                       String representative, boolean emailVerified, int assuranceLevel, String preferredLanguage,
                       @Schema(description = "New e-mail address waiting for its owner to follow the confirmation link") String pendingEmail) {

        static AccountView of(Account a, String pendingEmail) {
            return new AccountView(a.id(), a.kind(), a.email(), a.fullName(), a.personalId(), a.dateOfBirth(), a.phone(), a.address(),
                    a.adminUnitId(), a.businessName(), a.taxCode(), a.representative(), a.emailVerified(), a.assuranceLevel(),
                    a.preferredLanguage(), pendingEmail);
        }
    }

    @Schema(name = "PasswordResetRequest")
    record ResetRequest(String email) {
    }

    @Schema(name = "PasswordResetConfirmation")
    record ResetConfirmation(String token, String newPassword) {
    }

    @Schema(name = "PasswordChange")
    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping
    @Operation(summary = "Register a citizen or business account",
            description = "kind CITIZEN: fullName, personalId (12 digits; spaces, dots and full-width digits accepted), dateOfBirth "
                    + "(dd/MM/yyyy or yyyy-MM-dd; at least 14 years old), phone (Vietnamese mobile), email, address, optional communeId. "
                    + "kind BUSINESS: businessName, taxCode (10 digits or 0123456789-001), representative, fullName of the contact person, "
                    + "phone, email. password: 8+ characters with a letter and a digit, not the e-mail. preferredLanguage vi|en "
                    + "(default: the request's language). The e-mail must be confirmed through the link sent to it before login.")
    @ApiResponse(responseCode = "201", description = "Created; a confirmation link was sent to the e-mail address")
    @ApiResponse(responseCode = "400", description = "Validation failed: errors[] lists each field with a code and a message")
    @ApiResponse(responseCode = "409", description = "The e-mail address or the personal identification number already has an account")
    ResponseEntity<AccountView> register(@RequestBody RegistrationForm form) {
        Account account = registration.register(form, FormErrors.language());
        return ResponseEntity.created(URI.create("/api/v1/accounts/me")).body(AccountView.of(account, null));
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    AccountView me() {
        MyAccount.View view = myAccount.view(me(identity));
        return AccountView.of(view.account(), view.pendingEmail());
    }

    @PatchMapping("/me")
    @Operation(summary = "Change own contact details",
            description = "Fields present are changed, absent (null) ones kept: phone, address, communeId, preferredLanguage, email. "
                    + "A new e-mail becomes the login only after its owner follows the link sent to it (pendingEmail until then). "
                    + "The name, personal identification number and tax code cannot be changed here.")
    AccountView change(@RequestBody ContactForm change) {
        MyAccount.View view = myAccount.changeContact(me(identity), change, false);
        return AccountView.of(view.account(), view.pendingEmail());
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change own password (the current one is required)")
    @ApiResponse(responseCode = "204", description = "Changed")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        myAccount.changePassword(me(identity), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password-reset")
    @Operation(summary = "Ask for a password reset link",
            description = "Always 202 for a well-formed address, whether or not it has an account; the link is valid for one hour.")
    @ApiResponse(responseCode = "202", description = "If the address has an account, a link was sent to it")
    ResponseEntity<Void> requestReset(@RequestBody ResetRequest request) {
        var problems = reset.request(request.email());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @PostMapping("/password-reset/confirm")
    @Operation(summary = "Set a new password with the token from the reset link",
            description = "400 account.token.unknown / account.token.used / account.token.expired when the link cannot be used; "
                    + "400 validation.failed (field newPassword) when the password breaks the rules.")
    @ApiResponse(responseCode = "204", description = "Password changed; the token is used up")
    ResponseEntity<Void> confirmReset(@RequestBody ResetConfirmation confirmation) {
        reset.confirm(confirmation.token(), confirmation.newPassword(), "newPassword");
        return ResponseEntity.noContent().build();
    }

    private static long me(Identity identity) {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated")).accountId();
    }
}
