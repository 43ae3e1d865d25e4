package vn.congso.kpi.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.kpi.internal.Results.PackResult;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/**
 * The leaders' dashboard ({@code /lanh-dao/chi-so}): programme targets and the Decision 766 score for a unit and a
 * period, the 12-month trend, the ranking of the units below, early warnings, every number linked to its
 * dossiers, every table exportable as CSV and XLSX.
 */
@Controller
class DashboardPages {

    private final Dashboard dashboard;
    private final LeaderScopes scopes;
    private final DashboardTables tables;
    private final EarlyWarnings warnings;
    private final JsonMapper json;
    private final KpiSettings settings;
    private final Clock clock;

    DashboardPages(Dashboard dashboard, LeaderScopes scopes, DashboardTables tables, EarlyWarnings warnings, JsonMapper json, KpiSettings settings,
                   Clock clock) {
        this.settings = settings;
        this.dashboard = dashboard;
        this.scopes = scopes;
        this.tables = tables;
        this.warnings = warnings;
        this.json = json;
        this.clock = clock;
    }

    /** The filter as read from the page's query; bad dates fall back to this month and are listed as errors. */
    private record Query(LeaderScopes.Unit unit, Period period, String procedure, List<FieldProblem> errors, String qs) {
    }

    private Query query(LeaderScope scope, Long unit, String month, String from, String to, String procedure, Locale locale) {
        List<FieldProblem> errors = new ArrayList<>();
        Period period;
        try {
            period = Period.parse(from, to, month, clock);
        } catch (ApiException e) {
            errors.addAll(e.fieldProblems());
            period = Period.parse(null, null, null, clock);
        }
        LeaderScopes.Unit u = scopes.unit(scope, unit, locale);
        Map<String, String> params = new LinkedHashMap<>();
        if (u.id() != null) {
            params.put("unit", u.id().toString());
        }
        params.put("from", period.from().toString());
        params.put("to", period.to().toString());
        String p = procedure == null || procedure.isBlank() ? null : procedure.strip();
        if (p != null) {
            params.put("procedure", p);
        }
        StringBuilder qs = new StringBuilder();
        params.forEach((k, v) -> qs.append(qs.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return new Query(u, period, p, errors, qs.toString());
    }

    @GetMapping("/lanh-dao/chi-so")
    String dashboard(@RequestParam(required = false) Long unit, @RequestParam(required = false) String month,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String procedure, Model model, Locale locale) {
        LeaderScope scope = scopes.current();
        Query q = query(scope, unit, month, from, to, procedure, locale);
        PackResult program = dashboard.results("program", q.unit(), q.procedure(), q.period(), locale);
        PackResult r766 = dashboard.results("766", q.unit(), q.procedure(), q.period(), locale);
        List<Dashboard.TrendPoint> trend = dashboard.trend(q.unit(), q.procedure(), q.period(), locale);
        List<Dashboard.Ranked> ranking = dashboard.ranking(q.unit(), q.procedure(), q.period(), locale);
        model.addAttribute("errors", q.errors());
        model.addAttribute("unit", q.unit());
        model.addAttribute("units", scopes.choices(scope, locale));
        model.addAttribute("period", q.period());
        model.addAttribute("procedure", q.procedure());
        model.addAttribute("qs", q.qs());
        model.addAttribute("program", program);
        model.addAttribute("r766", r766);
        model.addAttribute("trend", trend);
        model.addAttribute("ranking", ranking);
        model.addAttribute("headline", Dashboard.HEADLINE);
        model.addAttribute("warnings", warnings.forUnit(q.unit()));
        model.addAttribute("warningHours", settings.warningHours());
        model.addAttribute("chartData", chartData(r766, trend, ranking, locale));
        return "kpi/dashboard";
    }

    private String chartData(PackResult r766, List<Dashboard.TrendPoint> trend, List<Dashboard.Ranked> ranking, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", r766.total());
        data.put("maxTotal", r766.maxTotal());
        data.put("groups", r766.groups().stream().map(g -> Map.of("name", g.name(), "points", g.points() == null ? 0 : g.points(),
                "max", g.maxPoints() == null ? 0 : g.maxPoints())).toList());
        Table trendTable = tables.trend(trend, locale);
        data.put("trend", Map.of("months", trend.stream().map(Dashboard.TrendPoint::month).toList(),
                "series", seriesOf(trendTable)));
        Table rankingTable = tables.ranking(ranking, locale);
        data.put("ranking", Map.of("names", ranking.stream().map(Dashboard.Ranked::name).toList(),
                "label", rankingTable.headers().get(rankingTable.headers().size() - 1),
                "values", ranking.stream().map(r -> r.total766() == null ? 0 : r.total766()).toList()));
        // the JSON sits in a <script type="application/json">: no "<" may close it early
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    private static List<Map<String, Object>> seriesOf(Table trend) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c = 1; c < trend.headers().size() - 1; c++) {
            List<Object> values = new ArrayList<>();
            for (List<Object> row : trend.rows()) {
                Object v = row.get(c);
                values.add(v instanceof Number ? v : null);
            }
            series.add(Map.of("name", trend.headers().get(c), "data", values));
        }
        return series;
    }

    @GetMapping("/lanh-dao/chi-so/xuat")
    ResponseEntity<byte[]> export(@RequestParam String table, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @RequestParam(required = false) String procedure, Locale locale) {
        LeaderScope scope = scopes.current();
        Query q = query(scope, unit, null, from, to, procedure, locale);
        if (!q.errors().isEmpty()) {
            throw ApiException.invalid(q.errors());
        }
        Table t = switch (table) {
            case "program" -> tables.indicators(dashboard.results("program", q.unit(), q.procedure(), q.period(), locale), locale);
            case "766" -> tables.indicators(dashboard.results("766", q.unit(), q.procedure(), q.period(), locale), locale);
            case "groups" -> tables.groups(dashboard.results("766", q.unit(), q.procedure(), q.period(), locale), locale);
            case "trend" -> tables.trend(dashboard.trend(q.unit(), q.procedure(), q.period(), locale), locale);
            case "ranking" -> tables.ranking(dashboard.ranking(q.unit(), q.procedure(), q.period(), locale), locale);
            default -> throw ApiException.invalid(List.of(FieldProblem.of("table", "kpi.table")));
        };
        return file(t, format, q.period());
    }

    @GetMapping("/lanh-dao/chi-so/{indicator}/ho-so")
    String dossiers(@PathVariable String indicator, @RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String procedure,
                    @RequestParam(required = false) String part, @RequestParam(required = false) Integer page, Model model, Locale locale) {
        LeaderScope scope = scopes.current();
        Query q = query(scope, unit, null, from, to, procedure, locale);
        if (!q.errors().isEmpty()) {
            throw ApiException.invalid(q.errors());
        }
        PageResult<Dashboard.DossierRow> rows = dashboard.dossiers(indicator, q.unit(), q.procedure(), q.period(), part, Paging.of(page, 50));
        PackResult pack = dashboard.results(indicator.startsWith("P.") ? "program" : "766", q.unit(), q.procedure(), q.period(), locale);
        model.addAttribute("indicator", pack.indicator(indicator));
        model.addAttribute("part", part == null || part.isBlank() ? pack.indicator(indicator).drillDown() : part.strip().toLowerCase(Locale.ROOT));
        model.addAttribute("rows", rows);
        model.addAttribute("unit", q.unit());
        model.addAttribute("period", q.period());
        model.addAttribute("qs", q.qs());
        return "kpi/dossiers";
    }

    @GetMapping("/lanh-dao/chi-so/canh-bao/{kind}")
    String warning(@PathVariable String kind, @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer page,
                   Model model, Locale locale) {
        LeaderScope scope = scopes.current();
        Query q = query(scope, unit, null, null, null, null, locale);
        EarlyWarnings.Kind k;
        try {
            k = EarlyWarnings.Kind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("kpi.warning-not-found", kind);
        }
        model.addAttribute("warning", k);
        model.addAttribute("part", "");
        model.addAttribute("rows", warnings.dossiers(k, q.unit(), Paging.of(page, 50)));
        model.addAttribute("unit", q.unit());
        model.addAttribute("period", q.period());
        model.addAttribute("qs", q.qs());
        return "kpi/dossiers";
    }

    @GetMapping("/lanh-dao/chi-so/{indicator}/ho-so/xuat")
    ResponseEntity<byte[]> exportDossiers(@PathVariable String indicator, @RequestParam(defaultValue = "csv") String format,
                                          @RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to, @RequestParam(required = false) String procedure,
                                          @RequestParam(required = false) String part, Locale locale) {
        LeaderScope scope = scopes.current();
        Query q = query(scope, unit, null, from, to, procedure, locale);
        if (!q.errors().isEmpty()) {
            throw ApiException.invalid(q.errors());
        }
        List<Dashboard.DossierRow> all = new ArrayList<>();
        // at most 10,000 rows: the export of a drill-down, not of the database
        for (int page = 1; page <= 100; page++) {
            PageResult<Dashboard.DossierRow> rows = dashboard.dossiers(indicator, q.unit(), q.procedure(), q.period(), part, new Paging(page, 100));
            all.addAll(rows.items());
            if (!rows.hasNext()) {
                break;
            }
        }
        return file(tables.dossiers(indicator, all, locale), format, q.period());
    }

    private static ResponseEntity<byte[]> file(Table t, String format, Period period) {
        String name = "chi-so-" + t.name() + "-" + period.from() + "-" + period.to();
        return switch (format) {
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build().toString())
                    .body(TableExports.csv(t));
            case "xlsx" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
                    .body(TableExports.xlsx(t));
            default -> throw ApiException.invalid(List.of(FieldProblem.of("format", "kpi.format")));
        };
    }
}
