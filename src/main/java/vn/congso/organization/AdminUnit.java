package vn.congso.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit as decided: valid from {@code validFrom} to {@code validTo} (inclusive, open when null),
 * with the units it replaced and the units that replaced it.
 */
public record AdminUnit(
        long id,
        String code,
        String name,
        AdminLevel level,
        String kind,
        Long parentId,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String decision,
        List<String> predecessorKeys,
        List<String> successorKeys) {

    /** A stable reference to one version of a unit: {@code code@validFrom}, e.g. {@code 66@2025-07-01}. */
    public String key() {
        return code + "@" + validFrom;
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
