package vn.congso.organization.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.AgencyUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.RevisionCache;

/**
 * Units and agencies as other modules ask for them, from a per-node {@link RevisionCache}: they change only through
 * imports, which bump {@code organization_revision}; before, a single online submission read the same agencies
 * and units from the database about forty times.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class OrganizationService implements Organization {

    private final OrganizationRepository repository;
    private final RevisionCache cache;

    OrganizationService(OrganizationRepository repository, OrganizationCache cache) {
        this.repository = repository;
        this.cache = cache.cache;
    }

    private record Key(String what, Object a, Object b, Object c) {
        static Key of(String what, Object a) {
            return new Key(what, a, null, null);
        }
    }

    @Override
    public Optional<Agency> agency(long id) {
        return cache.get(Key.of("agency", id), () -> repository.agency(id));
    }

    @Override
    public Optional<Agency> agencyByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        return cache.get(Key.of("agencyByCode", c), () -> repository.agencyByCode(c));
    }

    @Override
    public List<Agency> agencies(LocalDate asOf) {
        return cache.get(Key.of("agencies", asOf), () -> List.copyOf(repository.agencies(asOf)));
    }

    @Override
    public List<Agency> agencies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> key = Set.copyOf(ids);
        return cache.get(Key.of("agenciesById", key), () -> List.copyOf(repository.agencies(key)));
    }

    @Override
    public List<Long> agencyWithDescendants(long agencyId) {
        return cache.get(Key.of("descendants", agencyId), () -> descendants(agencyId));
    }

    private List<Long> descendants(long agencyId) {
        Set<Long> all = new LinkedHashSet<>();
        all.add(agencyId);
        List<Long> frontier = List.of(agencyId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long child : repository.children(frontier)) {
                if (all.add(child)) {
                    next.add(child);
                }
            }
            frontier = next;
        }
        return List.copyOf(all);
    }

    @Override
    public List<AgencyUnit> units(long agencyId) {
        return cache.get(Key.of("units", agencyId), () -> List.copyOf(repository.units(agencyId)));
    }

    @Override
    public Optional<AgencyUnit> unit(long unitId) {
        return cache.get(Key.of("unit", unitId), () -> repository.unit(unitId));
    }

    @Override
    public List<AdminUnit> adminUnits(LocalDate asOf, AdminLevel level) {
        return cache.get(new Key("adminUnits", asOf, level, null), () -> List.copyOf(repository.adminUnits(asOf, level)));
    }

    @Override
    public Optional<AdminUnit> adminUnit(long id) {
        return cache.get(Key.of("adminUnit", id), () -> repository.adminUnit(id));
    }

    @Override
    public Optional<AdminUnit> adminUnit(String code, LocalDate asOf) {
        if (code == null || code.length() > 32) {
            return repository.adminUnit(code, asOf);
        }
        return cache.get(new Key("adminUnitByCode", code, asOf, null), () -> repository.adminUnit(code, asOf));
    }

    @Override
    public List<AdminUnit> currentSuccessors(long unitId, LocalDate asOf) {
        return cache.get(new Key("successors", unitId, asOf, null), () -> successors(unitId, asOf));
    }

    private List<AdminUnit> successors(long unitId, LocalDate asOf) {
        List<AdminUnit> found = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>(repository.successorIds(unitId));
        while (!queue.isEmpty()) {
            long id = queue.poll();
            if (!seen.add(id)) {
                continue;
            }
            repository.adminUnit(id).ifPresent(unit -> {
                if (unit.validOn(asOf)) {
                    found.add(unit);
                } else {
                    queue.addAll(repository.successorIds(unit.id()));
                }
            });
        }
        return List.copyOf(found);
    }

    @Override
    public Optional<Agency> communeAgency(long adminUnitId, AgencyKind kind, LocalDate asOf) {
        return cache.get(new Key("communeAgency", adminUnitId, kind, asOf), () -> repository.agencyOfUnit(adminUnitId, kind, asOf));
    }
}
