package vn.congso.kpi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.congso.shared.Formats;
import vn.congso.shared.PublicEndpoints;

/**
 * The public transparency page ({@code /minh-bach}, no login): for every agency and commune, this month and last
 * month, the on-time, online and satisfaction ratios and the number of dossiers. Aggregates only, no personal
 * data; computed at most once a minute per language.
 */
@Controller
class TransparencyPage {

    private static final long FRESH_SECONDS = 60;

    private final Dashboard dashboard;
    private final LeaderScopes scopes;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Instant at, List<MonthFigures> months) {
    }

    record MonthFigures(YearMonth month, List<Dashboard.Ranked> units) {
    }

    TransparencyPage(Dashboard dashboard, LeaderScopes scopes, Clock clock) {
        this.dashboard = dashboard;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Bean
    static PublicEndpoints kpiPublicEndpoints() {
        return PublicEndpoints.get("/minh-bach");
    }

    @GetMapping("/minh-bach")
    String page(Model model, Locale locale) {
        model.addAttribute("months", figures(locale));
        model.addAttribute("headline", Dashboard.HEADLINE);
        return "kpi/transparency";
    }

    List<MonthFigures> figures(Locale locale) {
        Instant now = clock.instant();
        String key = locale.getLanguage();
        Cached c = cache.get(key);
        if (c == null || c.at().plusSeconds(FRESH_SECONDS).isBefore(now)) {
            YearMonth current = YearMonth.now(clock.withZone(Formats.ZONE));
            LeaderScopes.Unit province = scopes.province(locale);
            List<MonthFigures> months = List.of(current, current.minusMonths(1)).stream().map(m -> new MonthFigures(m,
                    dashboard.ranking(province, null, Period.month(m), locale).stream().sorted(Comparator.comparing(Dashboard.Ranked::name)).toList()))
                    .toList();
            c = new Cached(now, months);
            cache.put(key, c);
        }
        return c.months();
    }
}
