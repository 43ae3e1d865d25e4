package vn.congso.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.Organization;
import vn.congso.shared.Formats;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "Administrative units and agencies, effective-dated")
class OrganizationApi {

    private final Organization organization;
    private final Clock clock;

    OrganizationApi(Organization organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agencies valid on a date (default today), optionally of one kind or level")
    List<Agency> agencies(
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) AdminLevel level) {
        return organization.agencies(asOf == null ? today() : asOf).stream()
                .filter(a -> kind == null || a.kind() == kind)
                .filter(a -> level == null || a.level() == level)
                .toList();
    }

    @GetMapping("/admin-units")
    @Operation(summary = "Administrative units valid on a date (default today); across the 01/07/2025 merger the answer changes")
    List<AdminUnit> adminUnits(
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) AdminLevel level) {
        return organization.adminUnits(asOf == null ? today() : asOf, level);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
