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
import org.springframework.transaction.annotation.Transactional;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.AgencyUnit;
import vn.congso.organization.Organization;

@Service
@Transactional(readOnly = true)
class OrganizationService implements Organization {

    private final OrganizationRepository repository;

    OrganizationService(OrganizationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Agency> agency(long id) {
        return repository.agency(id);
    }

    @Override
    public Optional<Agency> agencyByCode(String code) {
        return code == null ? Optional.empty() : repository.agencyByCode(code.strip());
    }

    @Override
    public List<Agency> agencies(LocalDate asOf) {
        return repository.agencies(asOf);
    }

    @Override
    public List<Agency> agencies(Collection<Long> ids) {
        return repository.agencies(ids);
    }

    @Override
    public List<Long> agencyWithDescendants(long agencyId) {
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
        return repository.units(agencyId);
    }

    @Override
    public Optional<AgencyUnit> unit(long unitId) {
        return repository.unit(unitId);
    }

    @Override
    public List<AdminUnit> adminUnits(LocalDate asOf, AdminLevel level) {
        return repository.adminUnits(asOf, level);
    }

    @Override
    public Optional<AdminUnit> adminUnit(long id) {
        return repository.adminUnit(id);
    }

    @Override
    public Optional<AdminUnit> adminUnit(String code, LocalDate asOf) {
        return repository.adminUnit(code, asOf);
    }

    @Override
    public List<AdminUnit> currentSuccessors(long unitId, LocalDate asOf) {
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
        return found;
    }

    @Override
    public Optional<Agency> communeAgency(long adminUnitId, AgencyKind kind, LocalDate asOf) {
        return repository.agencyOfUnit(adminUnitId, kind, asOf);
    }
}
