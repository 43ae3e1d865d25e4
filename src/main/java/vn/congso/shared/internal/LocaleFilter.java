package vn.congso.shared.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers produced before the dispatcher (security refusals) speak the same language as the pages: the
 * platform's locale rules apply from the first filter on, not the servlet container's default locale.
 */
@Component
@Order(-104) // after Spring's RequestContextFilter (-105), before security (-100)
class LocaleFilter extends OncePerRequestFilter {

    private final LocaleResolver resolver;

    LocaleFilter(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocaleContextHolder.setLocale(resolver.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
