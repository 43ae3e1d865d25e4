package vn.congso.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * One administrative unit in an import file. {@code parent} and {@code predecessors} refer to other units by
 * {@code code@validFrom} or by bare code (then the version valid on the day before/at this row's start is meant).
 */
public record AdminUnitRow(
        String code,
        String name,
        AdminLevel level,
        String kind,
        String parent,
        LocalDate validFrom,
        LocalDate validTo,
        String decision,
        List<String> predecessors) {
}
