package vn.congso.kpi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

/** A reporting period in local dates, inclusive; {@code asOf} is its end, or now when the period is not over. */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3 * 366 + 1;

    /** From the query: {@code from}/{@code to} (YYYY-MM-DD) or {@code month} (YYYY-MM); default: this month so far. */
    static Period parse(String from, String to, String month, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate f = null;
        LocalDate t = null;
        if (month != null && !month.isBlank() && (from == null || from.isBlank()) && (to == null || to.isBlank())) {
            try {
                YearMonth m = YearMonth.parse(month.strip());
                return new Period(m.atDay(1), m.atEndOfMonth());
            } catch (DateTimeParseException e) {
                throw ApiException.invalid(List.of(FieldProblem.of("month", "kpi.month")));
            }
        }
        try {
            f = from == null || from.isBlank() ? today.withDayOfMonth(1) : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("from", "kpi.date"));
        }
        try {
            t = to == null || to.isBlank() ? (f != null && f.isAfter(today) ? f : today) : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("to", "kpi.date"));
        }
        if (problems.isEmpty() && f.isAfter(t)) {
            problems.add(FieldProblem.of("to", "kpi.period-order"));
        }
        if (problems.isEmpty() && f.plusDays(MAX_DAYS).isBefore(t)) {
            problems.add(FieldProblem.of("to", "kpi.period-length"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new Period(f, t);
    }

    static Period month(YearMonth m) {
        return new Period(m.atDay(1), m.atEndOfMonth());
    }

    Instant asOf(Clock clock) {
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        Instant now = clock.instant();
        return end.isBefore(now) ? end : now;
    }

    /** The calendar month the period ends in (for the trend). */
    YearMonth month() {
        return YearMonth.from(to);
    }
}
