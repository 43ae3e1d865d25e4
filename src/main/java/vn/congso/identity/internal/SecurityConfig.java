package vn.congso.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.shared.PublicEndpoints;
import vn.congso.shared.Problems;

/**
 * The security rules of every request. Default deny: only paths that modules declare as
 * {@link PublicEndpoints} are open; every other path needs a signed-in user, and each use case checks the role
 * and the scope (in its SQL). Pages use the browser session (kept in the database, so any node serves any
 * request) with CSRF tokens in a cookie, so anonymous visitors never get a session. API clients may also send
 * HTTP Basic credentials (a standard scheme, but the password hash is computed on every call) or, better, a bearer
 * token from {@code POST /api/v1/auth/tokens} (docs/adr/0004-api-tokens.md); OIDC bearer tokens come with the e-ID issue.
 */
@Configuration
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    static final String LOGIN_PAGE = "/dang-nhap";

    @Bean
    SecurityFilterChain security(HttpSecurity http, List<PublicEndpoints> publicEndpoints, Problems problems, JsonMapper json,
                                 ApiTokens tokens, AccountService service) throws Exception {
        List<String> getPatterns = new ArrayList<>(List.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                "/error", "/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info",
                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", LOGIN_PAGE));
        List<String> anyPatterns = new ArrayList<>(List.of("/error"));
        publicEndpoints.forEach(p -> {
            getPatterns.addAll(p.getPatterns());
            anyPatterns.addAll(p.anyMethodPatterns());
        });
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null);
        http
                .authorizeHttpRequests(auth -> {
                    getPatterns.forEach(p -> auth.requestMatchers(HttpMethod.GET, p).permitAll());
                    getPatterns.forEach(p -> auth.requestMatchers(HttpMethod.HEAD, p).permitAll());
                    anyPatterns.forEach(p -> auth.requestMatchers(p).permitAll());
                    auth.requestMatchers("/api/v1/admin/**").hasRole("PROVINCE_ADMIN");
                    auth.anyRequest().authenticated();
                })
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(request -> carriesOwnCredentials(request) || (isApi(request) && !hasSessionCookie(request))))
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/?signedOut").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint(problems, json)))
                .addFilterBefore(new BearerTokenFilter(tokens, service,
                                (request, response, e) -> write(response, HttpStatus.UNAUTHORIZED, "auth.invalid-token", problems, json, request)),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(apiEntryPoint(problems, json), SecurityConfig::isApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true)
                        .accessDeniedHandler(deniedHandler(problems, json)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self'; object-src 'none'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The one way passwords are checked, for pages (form login) and the API (HTTP Basic). */
    @Bean
    AuthenticationProvider passwordLogin(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        return new CongsoAuthenticationProvider(users, encoder, attempts);
    }

    /**
     * A wrong password, a locked account and a blocked address all show the same generic message; only a right
     * password on an account whose e-mail is not confirmed shows "please confirm your e-mail". No session is
     * created for a failed login.
     */
    static AuthenticationFailureHandler loginFailureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        handler.setExceptionMappings(Map.of(EmailNotConfirmedException.class.getName(), LOGIN_PAGE + "?unverified"));
        handler.setAllowSessionCreation(false);
        return handler;
    }


    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Requests that authenticate themselves (Basic, Bearer) carry no ambient browser credentials to forge. */
    static boolean carriesOwnCredentials(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        return auth != null && (auth.startsWith("Basic ") || auth.startsWith("Bearer "));
    }

    /** An API call without the session cookie has no ambient credentials a forged request could ride on. */
    static boolean hasSessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie c : request.getCookies()) {
            if ("SESSION".equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static AuthenticationEntryPoint apiEntryPoint(Problems problems, JsonMapper json) {
        return (request, response, e) -> write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", problems, json, request);
    }

    private static AccessDeniedHandler deniedHandler(Problems problems, JsonMapper json) {
        return (request, response, e) -> {
            if (isApi(request)) {
                String code = e instanceof org.springframework.security.web.csrf.CsrfException ? "csrf" : "forbidden";
                write(response, HttpStatus.FORBIDDEN, code, problems, json, request);
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
        };
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, Problems problems, JsonMapper json,
                              HttpServletRequest request) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problems.of(status, code, new Object[0], List.of(), request.getRequestURI()));
    }
}
