package vn.congso.organization;

/** Levels of administrative units; districts exist only in history (abolished on 01/07/2025). */
public enum AdminLevel {
    PROVINCE, DISTRICT, COMMUNE
}
