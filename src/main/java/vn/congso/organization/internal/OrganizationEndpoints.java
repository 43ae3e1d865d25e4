package vn.congso.organization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

@Configuration
class OrganizationEndpoints {

    @Bean
    PublicEndpoints organizationPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/agencies", "/api/v1/admin-units");
    }
}
