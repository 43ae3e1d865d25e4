package vn.congso.dossier.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

@Configuration
class DossierEndpoints {

    @Bean
    PublicEndpoints dossierPublicEndpoints() {
        return PublicEndpoints.get("/tra-cuu", "/api/v1/tracking/**");
    }
}
