package vn.congso.feedback.internal;

import java.util.Locale;
import java.util.Optional;

/** The three answers of the satisfaction survey (Hài lòng / Chấp nhận được / Không hài lòng). */
enum Satisfaction {
    SATISFIED, ACCEPTABLE, DISSATISFIED;

    static Optional<Satisfaction> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
