package vn.congso.organization;

import java.time.LocalDate;
import java.util.List;

/** One agency in an import file; {@code parent} is the parent's code, {@code adminUnit} a unit code or key. */
public record AgencyRow(
        String code,
        String name,
        String nameEn,
        String shortName,
        AgencyKind kind,
        AdminLevel level,
        String parent,
        String adminUnit,
        String address,
        String phone,
        String email,
        LocalDate validFrom,
        LocalDate validTo,
        List<UnitRow> units) {

    /** An internal unit (phòng) of the agency. */
    public record UnitRow(String code, String name, String nameEn) {
    }
}
