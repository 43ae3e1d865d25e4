package vn.congso.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

@Configuration
class IdentityEndpoints {

    @Bean
    PublicEndpoints identityPublicEndpoints() {
        return PublicEndpoints.get(SecurityConfig.LOGIN_PAGE);
    }
}
