package vn.congso.calendar;

/** A time limit as the law states it: an amount and a unit, e.g. 5 working days. */
public record Duration(int amount, DurationUnit unit) {

    public Duration {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
    }

    public static Duration of(int amount, DurationUnit unit) {
        return new Duration(amount, unit);
    }
}
