package vn.congso.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links put into e-mails: the platform's public base URL ({@code congso.base-url}) plus a page and a token. */
@Component
class EmailLinks {

    static final String VERIFY_PAGE = "/xac-thuc-email";
    static final String RESET_PAGE = "/dat-lai-mat-khau";

    private final String baseUrl;

    EmailLinks(@Value("${congso.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String verify(String token) {
        return baseUrl + VERIFY_PAGE + "?token=" + token;
    }

    String reset(String token) {
        return baseUrl + RESET_PAGE + "?token=" + token;
    }
}
