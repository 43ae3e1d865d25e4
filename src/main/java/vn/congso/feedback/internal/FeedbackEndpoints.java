package vn.congso.feedback.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

/**
 * Anyone may file feedback, follow it, read and react to published answers, and rate a dossier with its check code.
 * The officers' pages and API ({@code /can-bo/...}, {@code /api/v1/officer/...}) need a signed-in officer.
 */
@Configuration
class FeedbackEndpoints {

    @Bean
    PublicEndpoints feedbackPublicEndpoints() {
        return PublicEndpoints.of(List.of("/phan-anh", "/phan-anh/**", "/danh-gia/**", "/api/v1/feedback", "/api/v1/feedback/**"),
                List.of("/phan-anh/gui", "/phan-anh/*/phan-hoi", "/phan-anh/theo-doi/*/bo-sung", "/danh-gia/*", "/api/v1/feedback",
                        "/api/v1/feedback/*/reactions", "/api/v1/feedback/*/supplement", "/api/v1/ratings"));
    }
}
