package vn.congso.kpi.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.catalog.ProcedureSummary;
import vn.congso.kpi.internal.Results.GroupResult;
import vn.congso.kpi.internal.Results.IndicatorResult;
import vn.congso.kpi.internal.Results.PackResult;
import vn.congso.kpi.internal.Results.Status;

/**
 * Evaluates a pack for a filter: gathers every condition its indicators need, runs one aggregate query per period
 * basis (plus one on feedback), then turns counts into ratios, statuses and points by each indicator's rule.
 */
@Component
class Evaluator {

    private final Packs packs;
    private final FactQueries queries;
    private final Catalog catalog;
    private final KpiSettings settings;

    Evaluator(Packs packs, FactQueries queries, Catalog catalog, KpiSettings settings) {
        this.packs = packs;
        this.queries = queries;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The pack over the filter's agencies taken together. */
    PackResult evaluate(String pack, Filter filter, Long unit, String unitName, Locale locale) {
        Counts counts = count(pack, filter, false);
        return score(pack, counts.total(), filter, unit, unitName, locale, counts.catalog);
    }

    /** The pack per group of agencies: {@code groupOf} maps a fact's agency to its group (null = left out). */
    Map<Long, PackResult> evaluateGrouped(String pack, Filter filter, Function<Long, Long> groupOf, Map<Long, String> names, Locale locale) {
        Counts counts = count(pack, filter, true);
        Map<Long, Tally[]> grouped = new LinkedHashMap<>();
        names.keySet().forEach(g -> grouped.put(g, new Tally[] {new Tally(), new Tally(), new Tally(), new Tally()}));
        counts.perAgency.forEach((slot, byAgency) -> byAgency.forEach((agency, tally) -> {
            Long g = groupOf.apply(agency);
            if (g != null && grouped.containsKey(g)) {
                grouped.get(g)[slot].merge(tally);
            }
        }));
        Map<Long, PackResult> out = new LinkedHashMap<>();
        grouped.forEach((g, tallies) -> out.put(g, score(pack, tallies, filter, g, names.get(g), locale, counts.catalog)));
        return out;
    }

    private record Counts(Map<Integer, Map<Long, Tally>> perAgency, Map<String, Long> catalog) {
        Tally[] total() {
            Tally[] t = {new Tally(), new Tally(), new Tally(), new Tally()};
            perAgency.forEach((slot, byAgency) -> byAgency.values().forEach(t[slot]::merge));
            return t;
        }
    }

    /** Slots 0..2: the period bases; slot 3: feedback. */
    private Counts count(String pack, Filter filter, boolean byAgency) {
        List<Indicator> indicators = packs.indicators(pack, filter.to());
        Map<Indicator.Basis, Map<String, String>> conditions = new EnumMap<>(Indicator.Basis.class);
        Map<Indicator.Basis, Map<String, String>> procedureConditions = new EnumMap<>(Indicator.Basis.class);
        Map<String, String> feedback = new LinkedHashMap<>();
        Map<String, Long> catalogCounts = new HashMap<>();
        for (Indicator i : indicators) {
            if (!i.measurable(settings.sources())) {
                continue;
            }
            for (Indicator.Measure m : new Indicator.Measure[] {i.numerator(), i.denominator()}) {
                if (m == null) {
                    continue;
                }
                if (i.source() == Indicator.Source.FEEDBACK) {
                    if (m.all() != null) {
                        feedback.put(key(m.all()), Predicate.all(m.all()));
                    }
                    continue;
                }
                Map<String, String> c = conditions.computeIfAbsent(i.basis(), b -> new LinkedHashMap<>());
                if (m.all() != null) {
                    c.put(key(m.all()), Predicate.all(m.all()));
                }
                m.minus().forEach(set -> c.put(key(set), Predicate.all(set)));
                if (m.dossierProcedures() != null) {
                    procedureConditions.computeIfAbsent(i.basis(), b -> new LinkedHashMap<>()).put(key(m.dossierProcedures()),
                            Predicate.all(m.dossierProcedures()));
                }
                if (m.procedures() != null) {
                    catalogCounts.put(String.join(",", m.procedures()), catalogCount(m.procedures(), filter));
                }
            }
        }
        Map<Integer, Map<Long, Tally>> perAgency = new HashMap<>();
        for (Indicator.Basis basis : Indicator.Basis.values()) {
            Map<String, String> c = conditions.getOrDefault(basis, Map.of());
            Map<String, String> pc = procedureConditions.getOrDefault(basis, Map.of());
            if (!c.isEmpty() || !pc.isEmpty()) {
                perAgency.put(basis.ordinal(), queries.dossiers(basis, c, pc, filter, byAgency));
            }
        }
        if (!feedback.isEmpty()) {
            perAgency.put(3, queries.feedback(feedback, filter, byAgency));
        }
        return new Counts(perAgency, catalogCounts);
    }

    private long catalogCount(List<String> words, Filter filter) {
        List<ProcedureSummary> all = catalog.all(filter.to());
        return all.stream().filter(p -> filter.procedureCode() == null || p.code().equals(filter.procedureCode()))
                .filter(p -> !words.contains("ONLINE_OFFERED") || p.onlineType() != OnlineServiceType.NONE)
                .filter(p -> !words.contains("FEE_BEARING") || p.totalFeeVnd() > 0).count();
    }

    static String key(List<Predicate> words) {
        return words.isEmpty() ? "ALL" : String.join("&", words.stream().map(Enum::name).toList());
    }

    private PackResult score(String pack, Tally[] tallies, Filter filter, Long unit, String unitName, Locale locale, Map<String, Long> catalogCounts) {
        Packs.Pack definition = packs.pack(pack).orElseThrow();
        List<Indicator> indicators = packs.indicators(pack, filter.to());
        Set<String> sources = settings.sources();
        Map<String, long[]> raw = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (!i.measurable(sources) || i.numerator() == null || i.denominator() == null) {
                continue;
            }
            Tally t = i.source() == Indicator.Source.FEEDBACK ? tallies[3] : tallies[i.basis().ordinal()];
            long den = value(i.denominator(), t, catalogCounts, 0);
            long num = value(i.numerator(), t, catalogCounts, den);
            raw.put(i.code(), new long[] {num, den});
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator i : indicators) {
            results.add(result(i, raw, locale));
        }
        List<GroupResult> groups = new ArrayList<>();
        double total = 0;
        double maxTotal = 0;
        double measuredMax = 0;
        boolean scored = false;
        for (Packs.Group g : definition.groups()) {
            List<IndicatorResult> members = results.stream().filter(r -> r.group().equals(g.code())).toList();
            boolean hasPoints = members.stream().anyMatch(r -> r.maxPoints() != null);
            if (!hasPoints) {
                groups.add(new GroupResult(g.code(), g.name(locale), null, null, null));
                continue;
            }
            scored = true;
            double points = round(members.stream().filter(r -> r.points() != null).mapToDouble(IndicatorResult::points).sum());
            double max = g.maxPoints() != null ? g.maxPoints() : members.stream().mapToDouble(r -> r.maxPoints() == null ? 0 : r.maxPoints()).sum();
            double measured = members.stream().filter(r -> r.points() != null).mapToDouble(IndicatorResult::maxPoints).sum();
            groups.add(new GroupResult(g.code(), g.name(locale), points, max, round(measured)));
            total += points;
            maxTotal += max;
            measuredMax += measured;
        }
        return new PackResult(pack, definition.name(locale), unit, unitName, filter.procedureCode(), filter.from(), filter.to(), filter.asOf(),
                results, groups, scored ? round(total) : null, scored ? maxTotal : null, scored ? round(measuredMax) : null);
    }

    private static long value(Indicator.Measure m, Tally t, Map<String, Long> catalogCounts, long denominator) {
        if (m.procedures() != null) {
            return catalogCounts.getOrDefault(String.join(",", m.procedures()), 0L);
        }
        if (m.dossierProcedures() != null) {
            return t.procedures(key(m.dossierProcedures()));
        }
        if (!m.minus().isEmpty()) {
            long v = denominator;
            for (List<Predicate> set : m.minus()) {
                v -= t.count(key(set));
            }
            return v;
        }
        return t.count(key(m.all()));
    }

    private IndicatorResult result(Indicator i, Map<String, long[]> raw, Locale locale) {
        Double max = i.scoring() == null ? null : i.scoring().maxPoints();
        String name = i.name(locale);
        long[] nd = raw.get(i.code());
        if (nd == null) {
            return new IndicatorResult(i.code(), name, i.group(), null, null, null, i.target(), null, max, Status.NOT_MEASURED, i.basis().name(), null);
        }
        long num = nd[0];
        long den = nd[1];
        if (den == 0) {
            Double points = i.scoring() == null ? null : i.scoring().pointsWithoutData();
            return new IndicatorResult(i.code(), name, i.group(), num, den, null, i.target(), points, max, Status.NO_DATA, i.basis().name(),
                    i.drillDown());
        }
        double ratio = Math.max(0, (double) num / den);
        if (i.multiplyBy() != null) {
            long[] other = raw.get(i.multiplyBy());
            // Decision 766 §3.3: the online ratio is multiplied by the sync ratio, once synchronization is measured
            if (other != null && other[1] > 0) {
                ratio = ratio * other[0] / other[1];
            }
        }
        ratio = Math.round(ratio * 10000) / 10000.0;
        Double points = i.scoring() == null ? null : i.scoring().points(ratio);
        Status status = i.target() == null ? Status.MEASURED : ratio >= i.target() ? Status.ON_TARGET : Status.BELOW_TARGET;
        return new IndicatorResult(i.code(), name, i.group(), num, den, ratio, i.target(), points, max, status, i.basis().name(), i.drillDown());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
