package vn.congso.feedback.internal;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * The anonymous reader's id for "one reaction per browser": a random id in a long-lived, HTTP-only cookie, set the
 * first time it is needed. It identifies a browser, not a person, and carries nothing else.
 */
final class ReaderCookie {

    static final String NAME = "congso_reader";

    private ReaderCookie() {
    }

    static String read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (NAME.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** The browser's id, minting one (and setting the cookie) when it has none. */
    static String readOrCreate(HttpServletRequest request, HttpServletResponse response) {
        String id = read(request);
        if (id != null && id.matches("[0-9a-f-]{36}")) {
            return id;
        }
        id = UUID.randomUUID().toString();
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, id).path("/").httpOnly(true).sameSite("Lax")
                .maxAge(Duration.ofDays(365)).build().toString());
        return id;
    }
}
