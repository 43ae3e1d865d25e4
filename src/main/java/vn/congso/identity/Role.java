package vn.congso.identity;

/**
 * What a person may do. Citizens and businesses act on their own dossiers; officer roles are scoped to the
 * officer's agency (and unit).
 */
public enum Role {
    APPLICANT,
    /** Cán bộ tiếp nhận tại Bộ phận Một cửa. */
    RECEPTIONIST,
    /** Chuyên viên xử lý. */
    SPECIALIST,
    /** Trưởng phòng / lãnh đạo đơn vị. */
    HEAD_OF_UNIT,
    /** Lãnh đạo cơ quan. */
    AGENCY_LEADER,
    /** Quản trị hệ thống cấp tỉnh. */
    PROVINCE_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
