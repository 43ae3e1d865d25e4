package vn.congso.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

@Configuration
class CatalogEndpoints {

    @Bean
    PublicEndpoints catalogPublicEndpoints() {
        return PublicEndpoints.get("/", "/thu-tuc", "/thu-tuc/**", "/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/fields");
    }
}
