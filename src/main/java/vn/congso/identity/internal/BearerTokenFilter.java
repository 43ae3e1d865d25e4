package vn.congso.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} issued by {@link ApiTokens}: one
 * lookup of the token's hash with its account and roles, then the same checks as for any login (disabled or locked
 * accounts are refused). The
 * request stays stateless: nothing is written to a session. A token that is unknown, expired or revoked answers
 * 401 with a problem JSON, whatever the path.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_ID = BearerTokenFilter.class.getName() + ".tokenId";

    private final ApiTokens tokens;
    private final AccountService service;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokens tokens, AccountService service, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.service = service;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CongsoPrincipal> principal = tokens.check(header.substring(7).strip())
                .map(valid -> {
                    request.setAttribute(TOKEN_ID, valid.id());
                    return service.principal(valid.account(), AccountRepository.roles(valid.account().account().kind(), valid.officerRoles()));
                })
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            entryPoint.commence(request, response, new BadCredentialsException("invalid bearer token"));
            return;
        }
        CongsoPrincipal p = principal.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
