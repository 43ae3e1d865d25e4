package vn.congso.organization;

/** An internal unit of an agency (phòng, bộ phận) that officers belong to. */
public record AgencyUnit(long id, long agencyId, String code, String name, String nameEn) {
}
