package vn.congso.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A span of working time on a weekday, e.g. Monday 07:30–11:30. The end is exclusive and after the start. */
public record WorkingWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    public WorkingWindow {
        if (day == null || start == null || end == null) {
            throw new IllegalArgumentException("day, start and end are required");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a working window must end after it starts");
        }
    }

    public static WorkingWindow of(DayOfWeek day, String start, String end) {
        return new WorkingWindow(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }

    public boolean overlaps(WorkingWindow other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
