package vn.congso.identity.internal;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.identity.Identity;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/**
 * Bearer tokens for mobile and third-party apps (docs/adr/0004-api-tokens.md): the password is checked once, by the
 * same rules as the login page (lockout, address limit, confirmed e-mail), and the app then sends the token.
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RequestMapping(ApiTokenApi.PATH)
@Tag(name = "Authentication", description = "Bearer tokens for API clients: exchange a login and password once, then send "
        + "Authorization: Bearer <token>")
class ApiTokenApi {

    static final String PATH = "/api/v1/auth/tokens";

    private final ProviderManager passwords;
    private final ApiTokens tokens;
    private final Identity identity;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenApi(AuthenticationProvider passwordLogin, ApplicationEventPublisher events, ApiTokens tokens, Identity identity) {
        this.passwords = new ProviderManager(passwordLogin);
        this.passwords.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        this.tokens = tokens;
        this.identity = identity;
    }

    @Schema(name = "TokenRequest")
    record TokenRequest(@Schema(description = "e-mail, username or personal identification number") String login, String password,
                        @Schema(description = "optional name of the app, shown to the account holder") String client) {
    }

    @Schema(name = "Token")
    record TokenView(@Schema(description = "id to revoke the token with") String id,
                     @Schema(description = "the bearer token; shown only once") String token, String tokenType, Instant expiresAt) {
    }

    @PostMapping
    @Operation(summary = "Exchange a login and password for a bearer token",
            description = "Send the token as Authorization: Bearer <token> on later calls (no CSRF token needed). It expires after "
                    + "congso.api-tokens.lifetime (12 hours by default); ask for a new one with the password then. Wrong passwords "
                    + "count towards the same lockout as the login page.")
    @ApiResponse(responseCode = "201", description = "Issued")
    @ApiResponse(responseCode = "401", description = "Wrong login or password, locked account or blocked address (problem JSON)")
    ResponseEntity<TokenView> issue(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
        if (body == null || blank(body.login()) || blank(body.password())) {
            throw ApiException.invalid(List.of(FieldProblem.of("login", "required"), FieldProblem.of("password", "required")));
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.login(), body.password());
        attempt.setDetails(details.buildDetails(request));
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (EmailNotConfirmedException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "auth.email-not-confirmed");
        } catch (AuthenticationException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "auth.bad-credentials");
        }
        long accountId = ((CongsoPrincipal) signedIn.getPrincipal()).user().accountId();
        String client = blank(body.client()) ? null : body.client().strip();
        ApiTokens.Issued issued = tokens.issue(accountId, client == null ? null : client.substring(0, Math.min(100, client.length())));
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
                .body(new TokenView(issued.id(), issued.token(), "Bearer", issued.expiresAt()));
    }

    @DeleteMapping("/current")
    @Operation(summary = "Revoke the bearer token this request is signed with (sign out of the app)")
    @ApiResponse(responseCode = "204", description = "Revoked; the token is refused from now on")
    ResponseEntity<Void> revokeCurrent(HttpServletRequest request) {
        Object id = request.getAttribute(BearerTokenFilter.TOKEN_ID);
        if (id == null) {
            throw ApiException.badRequest("auth.not-a-token");
        }
        return revoke(id.toString());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of my tokens by its id (for example a lost phone's), signed in any way")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No live token with this id belongs to the signed-in account")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        long accountId = identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated")).accountId();
        if (!tokens.revoke(accountId, id)) {
            throw ApiException.notFound("auth.token-not-found");
        }
        return ResponseEntity.noContent().build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
