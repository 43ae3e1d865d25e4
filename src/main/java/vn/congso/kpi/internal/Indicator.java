package vn.congso.kpi.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of an indicator as configured in a pack file (resources {@code kpi/pack-*.json}, loaded into
 * {@code kpi_indicator}): what it counts, over which facts, by which period basis, and how a ratio becomes points.
 */
record Indicator(String pack, String code, String group, LocalDate validFrom, int order, String nameVi, String nameEn, Source source,
                 List<String> requires, Basis basis, Measure numerator, Measure denominator, Scoring scoring, Double target,
                 String multiplyBy, String drillDown) {

    /** Where the numbers come from; NONE = not available yet (shown as "not measured"). */
    enum Source {
        DOSSIER, FEEDBACK, CATALOG, NONE
    }

    /** Which date puts a dossier into a period (Decision 766 differs by indicator). */
    enum Basis {
        /** Valid reception (the clock starts). */
        RECEPTION("reception_day"),
        /** First processing step (status 4), else reception. */
        PROCESSING_START("processing_day"),
        /** First arrival at the province: online submission or walk-in intake. */
        FIRST_RECEIPT("submit_day");

        final String column;

        Basis(String column) {
            this.column = column;
        }
    }

    /**
     * A count: dossiers (or feedback) matching every word of {@code all}; or the denominator minus each of
     * {@code minus} (Decision 766 §5.4: 100 % − overdue ratio − complaint ratio); or catalogue procedures matching
     * {@code procedures}; or distinct procedures having dossiers matching {@code dossierProcedures}.
     */
    record Measure(List<Predicate> all, List<List<Predicate>> minus, List<String> procedures, List<Predicate> dossierProcedures) {
    }

    /** How a ratio becomes points: LINEAR max × ratio; FULL_AT_THRESHOLD; CAPPED min(max, factor × max × ratio). */
    record Scoring(Rule rule, double maxPoints, Double threshold, Double factor, NoData noData) {

        enum Rule {
            LINEAR, FULL_AT_THRESHOLD, CAPPED
        }

        /** Points when the denominator is 0: none (excluded from the total), zero, or full marks. */
        enum NoData {
            NONE, ZERO, FULL
        }

        double points(double ratio) {
            double r = Math.max(0, ratio);
            double p = switch (rule) {
                case LINEAR -> maxPoints * Math.min(1, r);
                case FULL_AT_THRESHOLD -> r >= threshold ? maxPoints : maxPoints * r / threshold;
                case CAPPED -> Math.min(maxPoints, maxPoints * (factor == null ? 1 : factor) * r);
            };
            return Math.round(p * 100) / 100.0;
        }

        Double pointsWithoutData() {
            return switch (noData) {
                case NONE -> null;
                case ZERO -> 0.0;
                case FULL -> maxPoints;
            };
        }
    }

    String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    boolean measurable(java.util.Set<String> sources) {
        return source != Source.NONE && sources.containsAll(requires);
    }
}
