package vn.congso.kpi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.congso.kpi.internal.Results.IndicatorResult;
import vn.congso.kpi.internal.Results.PackResult;
import vn.congso.shared.Formats;

/** The dashboard's tables in exportable form: the same rows the page shows, numbers as numbers. */
@Component
class DashboardTables {

    private final MessageSource messages;

    DashboardTables(MessageSource messages) {
        this.messages = messages;
    }

    private String m(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    Table indicators(PackResult r, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorResult i : r.indicators()) {
            rows.add(List.of(i.code(), i.name(), opt(i.numerator()), opt(i.denominator()), opt(percent(i.ratio())), opt(percent(i.target())),
                    opt(i.points()), opt(i.maxPoints()), m("kpi.status." + i.status(), locale)));
        }
        return new Table(r.pack(), r.name(), List.of(m("kpi.col.code", locale), m("kpi.col.indicator", locale), m("kpi.col.numerator", locale),
                m("kpi.col.denominator", locale), m("kpi.col.ratio", locale), m("kpi.col.target", locale), m("kpi.col.points", locale),
                m("kpi.col.maxPoints", locale), m("kpi.col.status", locale)), rows);
    }

    Table groups(PackResult r, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        r.groups().forEach(g -> rows.add(List.of(g.name(), opt(g.points()), opt(g.maxPoints()), opt(g.measuredMaxPoints()))));
        rows.add(List.of(m("kpi.col.total", locale), opt(r.total()), opt(r.maxTotal()), opt(r.measuredMaxTotal())));
        return new Table("groups", m("kpi.groups.title", locale), List.of(m("kpi.col.group", locale), m("kpi.col.points", locale),
                m("kpi.col.maxPoints", locale), m("kpi.col.measuredMax", locale)), rows);
    }

    Table trend(List<Dashboard.TrendPoint> trend, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.TrendPoint p : trend) {
            List<Object> row = new ArrayList<>();
            row.add(p.month());
            Dashboard.HEADLINE.forEach(c -> row.add(opt(percent(p.ratios().get(c)))));
            row.add(opt(p.total766()));
            rows.add(row);
        }
        return new Table("trend", m("kpi.trend.title", locale), headline(m("kpi.col.month", locale), locale), rows);
    }

    Table ranking(List<Dashboard.Ranked> ranking, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Dashboard.Ranked r : ranking) {
            List<Object> row = new ArrayList<>();
            row.add(n++ + ". " + r.name());
            Dashboard.HEADLINE.forEach(c -> row.add(opt(percent(r.ratios().get(c)))));
            row.add(opt(r.total766()));
            rows.add(row);
        }
        return new Table("ranking", m("kpi.ranking.title", locale), headline(m("kpi.col.unit", locale), locale), rows);
    }

    Table dossiers(String indicator, List<Dashboard.DossierRow> rows, Locale locale) {
        List<List<Object>> out = new ArrayList<>();
        for (Dashboard.DossierRow d : rows) {
            out.add(List.of(d.code(), d.procedureCode(), m("kpi.channel." + d.channel(), locale), m("status." + d.status(), locale),
                    Formats.dateTime(d.receivedAt()), Formats.dateTime(d.dueAt()), Formats.dateTime(d.finishedAt()),
                    m("kpi.timeliness." + d.timeliness(), locale)));
        }
        return new Table("dossiers-" + indicator, indicator, List.of(m("kpi.col.dossier", locale), m("kpi.col.procedure", locale),
                m("kpi.col.channel", locale), m("kpi.col.dossierStatus", locale), m("kpi.col.received", locale), m("kpi.col.due", locale),
                m("kpi.col.finished", locale), m("kpi.col.timeliness", locale)), out);
    }

    private List<String> headline(String first, Locale locale) {
        List<String> h = new ArrayList<>();
        h.add(first);
        Dashboard.HEADLINE.forEach(c -> h.add(m("kpi.headline." + c, locale)));
        h.add(m("kpi.col.total766", locale));
        return h;
    }

    /** A ratio as a percentage with one decimal (0.6543 → 65.4), null stays null. */
    static Double percent(Double ratio) {
        return ratio == null ? null : Math.round(ratio * 1000) / 10.0;
    }

    private static Object opt(Object v) {
        return v == null ? "" : v;
    }
}
