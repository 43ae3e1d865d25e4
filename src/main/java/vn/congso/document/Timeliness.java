package vn.congso.document;

/** The result column of Forms 06 and 07: before, on or after the due time. */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE
}
