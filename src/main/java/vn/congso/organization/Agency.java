package vn.congso.organization;

import java.time.LocalDate;

/** An agency with its electronic identifier ({@code code}, e.g. {@code 000.00.01.H66}) and place in the tree. */
public record Agency(
        long id,
        String code,
        String name,
        String nameEn,
        String shortName,
        AgencyKind kind,
        AdminLevel level,
        Long parentId,
        Long adminUnitId,
        String address,
        String phone,
        String email,
        LocalDate validFrom,
        LocalDate validTo) {
}
