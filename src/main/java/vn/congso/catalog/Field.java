package vn.congso.catalog;

/** A field (lĩnh vực) of procedures, e.g. HT "Hộ tịch". */
public record Field(long id, String code, String name, String nameEn) {
}
