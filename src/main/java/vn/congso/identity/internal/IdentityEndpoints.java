package vn.congso.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

/** Pages and API calls open to anonymous visitors: login, registration, e-mail confirmation, forgotten password. */
@Configuration
class IdentityEndpoints {

    @Bean
    PublicEndpoints identityPublicEndpoints() {
        return PublicEndpoints.of(
                List.of(SecurityConfig.LOGIN_PAGE, RegistrationPages.START, RegistrationPages.DETAILS, RegistrationPages.SENT,
                        EmailVerificationPages.VERIFY, EmailVerificationPages.RESEND, PasswordPages.FORGOT, PasswordPages.FORGOT_SENT,
                        PasswordPages.RESET),
                List.of(RegistrationPages.DETAILS, RegistrationPages.PASSWORD, EmailVerificationPages.RESEND, PasswordPages.FORGOT,
                        PasswordPages.RESET, "/api/v1/accounts", "/api/v1/accounts/password-reset",
                        "/api/v1/accounts/password-reset/confirm", ApiTokenApi.PATH));
    }
}
