package vn.congso.kpi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.kpi.internal.Results.PackResult;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/** The KPI API for leaders (scoped to their unit) and the administrator's recomputation. */
@RestController
@Tag(name = "KPI")
class KpiApi {

    private final Packs packs;
    private final Dashboard dashboard;
    private final LeaderScopes scopes;
    private final Recomputation recomputation;
    private final KpiSettings settings;
    private final Clock clock;

    KpiApi(Packs packs, Dashboard dashboard, LeaderScopes scopes, Recomputation recomputation, KpiSettings settings, Clock clock) {
        this.packs = packs;
        this.dashboard = dashboard;
        this.scopes = scopes;
        this.recomputation = recomputation;
        this.settings = settings;
        this.clock = clock;
    }

    record PackView(String code, String name, List<GroupView> groups, List<IndicatorView> indicators) {
    }

    record GroupView(String code, String name, Double maxPoints) {
    }

    record IndicatorView(String code, String name, String group, String source, List<String> requires, boolean measured, String basis,
                         Double target, String scoringRule, Double maxPoints, Double threshold, LocalDate validFrom) {
    }

    @GetMapping("/api/v1/kpi/packs")
    @Operation(summary = "The indicator packs (programme targets, Decision 766) with their current indicator versions")
    List<PackView> packs(Locale locale) {
        scopes.current();
        LocalDate today = dashboard.today();
        return packs.all().stream().map(p -> new PackView(p.code(), p.name(locale),
                p.groups().stream().map(g -> new GroupView(g.code(), g.name(locale), g.maxPoints())).toList(),
                packs.indicators(p.code(), today).stream().map(i -> new IndicatorView(i.code(), i.name(locale), i.group(), i.source().name(),
                        i.requires(), i.measurable(settings.sources()), i.basis().name(), i.target(),
                        i.scoring() == null ? null : i.scoring().rule().name(), i.scoring() == null ? null : i.scoring().maxPoints(),
                        i.scoring() == null ? null : i.scoring().threshold(), i.validFrom())).toList())).toList();
    }

    @GetMapping("/api/v1/kpi/results")
    @Operation(summary = "A pack's indicators for a unit (agency id; default the caller's) and a period (from/to YYYY-MM-DD, or month YYYY-MM)")
    PackResult results(@RequestParam(required = false) String pack, @RequestParam(required = false) Long unit,
                       @RequestParam(required = false) String procedure, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String month, Locale locale) {
        LeaderScope scope = scopes.current();
        Period period = Period.parse(from, to, month, clock);
        dashboard.pack(pack);
        return dashboard.results(pack, scopes.unit(scope, unit, locale), procedure, period, locale);
    }

    @GetMapping("/api/v1/kpi/results/{indicator}/dossiers")
    @Operation(summary = "The dossiers behind an indicator: part=numerator, denominator or missing (in the denominator, not the numerator)")
    PageResult<Dashboard.DossierRow> dossiers(@PathVariable String indicator, @RequestParam(required = false) Long unit,
                                              @RequestParam(required = false) String procedure, @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to, @RequestParam(required = false) String month,
                                              @RequestParam(required = false) String part, @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size, Locale locale) {
        LeaderScope scope = scopes.current();
        Period period = Period.parse(from, to, month, clock);
        Paging paging = Paging.of(page, size);
        return dashboard.dossiers(indicator, scopes.unit(scope, unit, locale), procedure, period, part, paging);
    }

    @GetMapping("/api/v1/kpi/trend")
    @Operation(summary = "The 12 months ending with the period: headline ratios and the Decision 766 total")
    List<Dashboard.TrendPoint> trend(@RequestParam(required = false) Long unit, @RequestParam(required = false) String procedure,
                                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String month, Locale locale) {
        LeaderScope scope = scopes.current();
        Period period = Period.parse(from, to, month, clock);
        return dashboard.trend(scopes.unit(scope, unit, locale), procedure, period, locale);
    }

    @GetMapping("/api/v1/kpi/ranking")
    @Operation(summary = "The units directly below a unit, ranked by their Decision 766 total")
    List<Dashboard.Ranked> ranking(@RequestParam(required = false) Long unit, @RequestParam(required = false) String procedure,
                                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String month, Locale locale) {
        LeaderScope scope = scopes.current();
        Period period = Period.parse(from, to, month, clock);
        return dashboard.ranking(scopes.unit(scope, unit, locale), procedure, period, locale);
    }

    @PostMapping("/api/v1/admin/kpi/recompute")
    @Operation(summary = "Rebuild every dossier fact from the dossiers (province administrator)")
    Map<String, Long> recompute() {
        return Map.of("dossiers", recomputation.run());
    }
}
