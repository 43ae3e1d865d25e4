package vn.congso.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.shared.PublicEndpoints;

@Configuration
class CalendarEndpoints {

    @Bean
    PublicEndpoints calendarPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/calendar/due-date", "/api/v1/calendar/days-off");
    }
}
