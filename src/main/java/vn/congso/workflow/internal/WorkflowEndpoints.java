package vn.congso.workflow.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

@Configuration
class WorkflowEndpoints {

    @Bean
    PublicEndpoints workflowPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/processes/**");
    }
}
