/**
 * The public catalogue of administrative procedures (DOMAIN.md §2): versioned procedures with their field,
 * level, competent and implementing agencies, time limit, fees, dossier components, result, online-service type
 * and legal basis; fields (lĩnh vực) as reference data; Vietnamese search that ignores diacritics, case and
 * Unicode normal form; import from JSON and CSV that is all-or-nothing. A dossier keeps the version it was
 * received under, so later edits never re-time or re-price it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package vn.congso.catalog;
