package vn.congso.catalog;

/** The agency a procedure names, as shown to users. */
public record AgencyRef(long id, String code, String name, String nameEn) {
}
