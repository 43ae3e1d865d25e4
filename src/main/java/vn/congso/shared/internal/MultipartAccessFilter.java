package vn.congso.shared.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes whether anything before the dispatcher asked a multipart request for its parameters or parts (the CSRF
 * check of a page form does): the servlet container then reads the body itself, and {@link InMemoryMultipartResolver}
 * must use the container's parts instead of reading the body a second time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MultipartAccessFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
        chain.doFilter(multipart ? new Watched(request) : request, response);
    }

    /** A multipart request that remembers whether its parameters or parts were asked for. */
    static final class Watched extends HttpServletRequestWrapper {

        private boolean bodyRead;

        Watched(HttpServletRequest request) {
            super(request);
        }

        /** Whether the container was asked to read the body (for parameters or parts). */
        boolean bodyRead() {
            return bodyRead;
        }

        @Override
        public String getParameter(String name) {
            bodyRead = true;
            return super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            bodyRead = true;
            return super.getParameterMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            bodyRead = true;
            return super.getParameterNames();
        }

        @Override
        public String[] getParameterValues(String name) {
            bodyRead = true;
            return super.getParameterValues(name);
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            bodyRead = true;
            return super.getParts();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            bodyRead = true;
            return super.getPart(name);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            bodyRead = true;
            return super.getInputStream();
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            bodyRead = true;
            return super.getReader();
        }
    }
}
