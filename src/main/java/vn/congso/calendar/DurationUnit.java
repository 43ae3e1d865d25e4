package vn.congso.calendar;

/**
 * Units in which the law states time limits (DOMAIN.md §5): working hours and working days count through the
 * working calendar; calendar days follow Civil Code Art. 147–148; months count to the same day of a later month.
 */
public enum DurationUnit {
    WORKING_HOURS, WORKING_DAYS, DAYS, MONTHS
}
