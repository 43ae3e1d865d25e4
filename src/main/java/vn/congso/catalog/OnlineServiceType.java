package vn.congso.catalog;

/**
 * How far a procedure can be done online (Decree 42/2022 classification kept as data): FULL (toàn trình: submit,
 * pay and receive online, formerly "level 4"), PARTIAL (một phần, formerly "level 3"), NONE.
 */
public enum OnlineServiceType {
    FULL, PARTIAL, NONE
}
