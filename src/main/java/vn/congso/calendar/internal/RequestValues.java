package vn.congso.calendar.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import vn.congso.calendar.DurationUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

/**
 * Reads the calendar's request parameters as text and refuses bad ones with a stable code per problem
 * ({@code problem.<code>} and {@code field.<code>} in calendar*.properties), never a 500.
 */
final class RequestValues {

    private static final int MAX_TEXT = 100;

    private RequestValues() {
    }

    /** ISO-8601 with offset ({@code 2026-02-12T09:00:00+07:00}, {@code ...Z}) or without (read in Vietnam time). */
    static Instant instant(String field, String value) {
        String text = trim(value);
        if (text == null) {
            throw refuse(field, "calendar.time.invalid", "");
        }
        // A '+' sent unencoded in a query string arrives as a space.
        String repaired = text.length() > 19 && text.charAt(text.length() - 6) == ' '
                ? text.substring(0, text.length() - 6) + "+" + text.substring(text.length() - 5) : text;
        try {
            return OffsetDateTime.parse(repaired).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(repaired).atZone(Formats.ZONE).toInstant();
            } catch (DateTimeException e2) {
                throw refuse(field, "calendar.time.invalid", shorten(text));
            }
        }
    }

    static int amount(String value, DurationUnit unit) {
        String text = trim(value);
        int max = WorkingCalendarService.maxAmount(unit);
        try {
            int amount = Integer.parseInt(text == null ? "" : text);
            if (amount < 0 || amount > max) {
                throw refuse("amount", "calendar.amount.invalid", amount, max);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw refuse("amount", "calendar.amount.invalid", shorten(text == null ? "" : text), max);
        }
    }

    static DurationUnit unit(String value) {
        String text = trim(value);
        if (text != null) {
            try {
                return DurationUnit.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                // refused below
            }
        }
        throw refuse("unit", "calendar.unit.invalid", shorten(text == null ? "" : text));
    }

    static LocalTime cutoff(String value) {
        String text = trim(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeException e) {
            throw refuse("cutoff", "calendar.cutoff.invalid", shorten(text));
        }
    }

    static int year(String value) {
        String text = trim(value);
        try {
            int year = Integer.parseInt(text == null ? "" : text);
            if (!ResolvedCalendar.inRange(year)) {
                throw refuse("year", "calendar.year.invalid", String.valueOf(year), ResolvedCalendar.MIN_YEAR, ResolvedCalendar.MAX_YEAR);
            }
            return year;
        } catch (NumberFormatException e) {
            throw refuse("year", "calendar.year.invalid", shorten(text == null ? "" : text), ResolvedCalendar.MIN_YEAR,
                    ResolvedCalendar.MAX_YEAR);
        }
    }

    static Integer optionalYear(String value) {
        return trim(value) == null ? null : year(value);
    }

    /** An agency by id or electronic code (e.g. 000.00.01.H66); null when not given. */
    static Long agency(String value, Organization organization) {
        String text = trim(value);
        if (text == null) {
            return null;
        }
        Optional<Agency> agency = Optional.empty();
        if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
            agency = organization.agency(Long.parseLong(text));
        }
        if (agency.isEmpty() && text.length() <= 32) {
            agency = organization.agencyByCode(text);
        }
        return agency.map(Agency::id).orElseThrow(() -> refuse("agency", "calendar.agency.unknown", shorten(text)));
    }

    static Long version(String value) {
        String text = trim(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw refuse("version", "calendar.version.invalid", shorten(text));
        }
    }

    static ApiException refuse(String field, String code, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, List.of(FieldProblem.of(field, code, args)), args);
    }

    private static String trim(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    private static String shorten(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
