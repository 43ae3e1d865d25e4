package vn.congso.catalog;

/** A field (lĩnh vực) in an import file. */
public record FieldRow(String code, String name, String nameEn) {
}
