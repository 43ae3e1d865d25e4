package vn.congso.kpi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;

/**
 * Turns the signed-in leader into a scope and a requested unit into the agencies whose facts count. A unit is an
 * agency id; none means the leader's own (the province for province leaders). Outside the scope: 403.
 */
@Component
class LeaderScopes {

    private final Identity identity;
    private final Organization organization;
    private final Clock clock;

    LeaderScopes(Identity identity, Organization organization, Clock clock) {
        this.identity = identity;
        this.organization = organization;
        this.clock = clock;
    }

    LeaderScope current() {
        CurrentUser user = identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
        return of(user);
    }

    LeaderScope of(CurrentUser user) {
        if (!user.isOfficer() || !(user.has(Role.PROVINCE_ADMIN) || user.has(Role.AGENCY_LEADER) || user.has(Role.HEAD_OF_UNIT))) {
            throw ApiException.forbidden("kpi.leaders-only");
        }
        if (user.has(Role.PROVINCE_ADMIN)) {
            return new LeaderScope(user.accountId(), true, user.agencyId(), List.of());
        }
        Agency own = user.agencyId() == null ? null : organization.agency(user.agencyId()).orElse(null);
        if (own == null) {
            throw ApiException.forbidden("kpi.leaders-only");
        }
        if (own.kind() == AgencyKind.PROVINCIAL_PC && user.has(Role.AGENCY_LEADER)) {
            return new LeaderScope(user.accountId(), true, own.id(), List.of());
        }
        return new LeaderScope(user.accountId(), false, own.id(), organization.agencyWithDescendants(own.id()));
    }

    /** A resolved unit: its id and name (null id = the whole province) and the agencies to filter by (null = all). */
    record Unit(Long id, String name, List<Long> agencies) {
    }

    Unit unit(LeaderScope scope, Long requested, Locale locale) {
        if (requested == null) {
            if (scope.all()) {
                return province(locale);
            }
            return resolve(organization.agency(scope.agencyId()).orElseThrow(), locale);
        }
        Agency agency = organization.agency(requested).orElseThrow(() -> ApiException.notFound("kpi.unit-not-found", requested));
        if (!scope.covers(agency.id())) {
            throw ApiException.forbidden("kpi.unit-out-of-scope");
        }
        if (agency.kind() == AgencyKind.PROVINCIAL_PC && agency.parentId() == null && scope.all()) {
            return province(locale);
        }
        return resolve(agency, locale);
    }

    Unit province(Locale locale) {
        return new Unit(null, organization.agencies(today()).stream().filter(a -> a.kind() == AgencyKind.PROVINCIAL_PC && a.parentId() == null)
                .findFirst().map(a -> name(a, locale)).orElse("—"), null);
    }

    private Unit resolve(Agency agency, Locale locale) {
        return new Unit(agency.id(), name(agency, locale), organization.agencyWithDescendants(agency.id()));
    }

    static String name(Agency a, Locale locale) {
        return "en".equals(locale.getLanguage()) && a.nameEn() != null && !a.nameEn().isBlank() ? a.nameEn() : a.name();
    }

    /** The units a leader can pick: the province (when allowed), then the agencies in scope, by name. */
    Map<Long, String> choices(LeaderScope scope, Locale locale) {
        Map<Long, String> out = new LinkedHashMap<>();
        List<Agency> agencies = organization.agencies(today()).stream()
                .filter(a -> a.kind() != AgencyKind.COMMUNE_CENTRE && a.kind() != AgencyKind.PAC_CENTRE || scope.all())
                .filter(a -> scope.covers(a.id())).toList();
        agencies.stream().filter(a -> a.kind() == AgencyKind.PROVINCIAL_PC).forEach(a -> out.put(a.id(), name(a, locale)));
        agencies.stream().filter(a -> a.kind() != AgencyKind.PROVINCIAL_PC).sorted(Comparator.comparing(Agency::kind).thenComparing(Agency::code))
                .forEach(a -> out.put(a.id(), name(a, locale)));
        return out;
    }

    /**
     * The units a ranking compares under a unit: for the province, its departments, centres, branches and communes
     * (every top-level agency but the province itself); under an agency, the agencies directly below it.
     * Returns each fact agency's ranking unit.
     */
    Map<Long, Long> rankingUnits(Unit unit, Map<Long, String> names, Locale locale) {
        List<Agency> all = organization.agencies(today());
        Map<Long, Agency> byId = new LinkedHashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        Long province = all.stream().filter(a -> a.kind() == AgencyKind.PROVINCIAL_PC && a.parentId() == null).map(Agency::id).findFirst()
                .orElse(null);
        Long top = unit.id() == null ? province : unit.id();
        Map<Long, Long> groupOf = new LinkedHashMap<>();
        for (Agency a : all) {
            Agency cursor = a;
            Long group = null;
            while (cursor != null) {
                if (top != null && top.equals(cursor.parentId())) {
                    group = cursor.id();
                    break;
                }
                if (cursor.parentId() == null) {
                    // top-level agencies outside the province's tree (vertical branches) rank beside its departments
                    group = unit.id() == null && (province == null || cursor.id() != province) ? Long.valueOf(cursor.id()) : null;
                    break;
                }
                cursor = byId.get(cursor.parentId());
            }
            if (group != null) {
                groupOf.put(a.id(), group);
                names.putIfAbsent(group, name(byId.get(group), locale));
            }
        }
        return groupOf;
    }

    Optional<Agency> agency(long id) {
        return organization.agency(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
