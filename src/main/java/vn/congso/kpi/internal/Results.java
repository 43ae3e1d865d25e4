package vn.congso.kpi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an evaluation answers (the API's JSON and the dashboard's model). */
final class Results {

    private Results() {
    }

    /**
     * Where an indicator stands. NOT_MEASURED: its data source does not exist yet (no number). NO_DATA: nothing to
     * count in the period (denominator 0, distinct from a ratio of 0). Otherwise against its target, or MEASURED.
     */
    enum Status {
        ON_TARGET, BELOW_TARGET, MEASURED, NO_DATA, NOT_MEASURED
    }

    record IndicatorResult(String code, String name, String group, Long numerator, Long denominator, Double ratio, Double target,
                           Double points, Double maxPoints, Status status, String basis, String drillDown) {

        public boolean linkable() {
            return numerator != null && denominator != null && drillDown != null;
        }
    }

    record GroupResult(String code, String name, Double points, Double maxPoints, Double measuredMaxPoints) {
    }

    record PackResult(String pack, String name, Long unit, String unitName, String procedure, LocalDate from, LocalDate to, Instant asOf,
                      List<IndicatorResult> indicators, List<GroupResult> groups, Double total, Double maxTotal, Double measuredMaxTotal) {

        IndicatorResult indicator(String code) {
            return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
        }
    }
}
