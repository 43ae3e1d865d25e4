package vn.congso.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules ask about administrative units and agencies. */
public interface Organization {

    Optional<Agency> agency(long id);

    Optional<Agency> agencyByCode(String code);

    /** Agencies valid on the date, ordered by level then name. */
    List<Agency> agencies(LocalDate asOf);

    List<Agency> agencies(Collection<Long> ids);

    /** The agency and every agency below it in the tree (for leaders' scope). */
    List<Long> agencyWithDescendants(long agencyId);

    List<AgencyUnit> units(long agencyId);

    Optional<AgencyUnit> unit(long unitId);

    /** Units valid on the date; level may be null for all levels. */
    List<AdminUnit> adminUnits(LocalDate asOf, AdminLevel level);

    Optional<AdminUnit> adminUnit(long id);

    /** The version of a unit code valid on the date. */
    Optional<AdminUnit> adminUnit(String code, LocalDate asOf);

    /** Units that (directly or through a chain of successions) replaced the unit, valid on the date. */
    List<AdminUnit> currentSuccessors(long unitId, LocalDate asOf);

    /** The commune People's Committee (or service centre) of a commune-level unit, valid on the date. */
    Optional<Agency> communeAgency(long adminUnitId, AgencyKind kind, LocalDate asOf);
}
