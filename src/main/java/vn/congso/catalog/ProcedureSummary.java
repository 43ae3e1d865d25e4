package vn.congso.catalog;

import vn.congso.calendar.Duration;
import vn.congso.organization.AdminLevel;

/** A procedure in a result list. */
public record ProcedureSummary(
        String code,
        String name,
        String nameEn,
        String field,
        String fieldName,
        AdminLevel level,
        OnlineServiceType onlineType,
        String agency,
        Duration timeLimit,
        long totalFeeVnd) {
}
