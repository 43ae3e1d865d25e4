package vn.congso.organization;

/** What kind of body an agency is; decides where a procedure of a given level is handled. */
public enum AgencyKind {
    /** Ủy ban nhân dân tỉnh. */
    PROVINCIAL_PC,
    /** Sở, ban, ngành cấp tỉnh. */
    DEPARTMENT,
    /** Trung tâm Phục vụ hành chính công tỉnh. */
    PAC_CENTRE,
    /** Ủy ban nhân dân xã, phường, đặc khu. */
    COMMUNE_PC,
    /** Trung tâm Phục vụ hành chính công xã (one-stop desk of a commune). */
    COMMUNE_CENTRE,
    /** Cơ quan ngành dọc đặt tại địa phương (police, tax, social insurance, ...). */
    VERTICAL_BRANCH
}
