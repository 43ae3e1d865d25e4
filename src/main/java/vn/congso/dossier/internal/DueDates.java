package vn.congso.dossier.internal;

import java.time.Instant;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import vn.congso.calendar.Duration;
import vn.congso.calendar.WorkingCalendar;

/** Due dates of dossiers, computed on the working calendar of the competent agency. */
@Component
class DueDates {

    private final WorkingCalendar calendar;

    DueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Instant due(Instant from, Duration limit, Long agencyId, LocalTime cutoff) {
        return calendar.due(from, limit, agencyId, cutoff).due();
    }
}
