package vn.congso.catalog;

/** A procedure got a new version (or its first) through an import or the admin API. */
public record ProcedureChanged(String code, long versionId, int versionNo) {
}
