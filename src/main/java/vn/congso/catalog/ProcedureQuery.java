package vn.congso.catalog;

import java.time.LocalDate;

import vn.congso.organization.AdminLevel;

/**
 * A catalogue search: free text (any Vietnamese spelling), field code, agency (id or electronic code), level,
 * online-service type, and the date whose versions are searched.
 */
public record ProcedureQuery(String text, String field, String agency, AdminLevel level, OnlineServiceType online, LocalDate on) {
}
