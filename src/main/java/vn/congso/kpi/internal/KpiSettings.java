package vn.congso.kpi.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the KPI module. {@code congso.kpi.sources} lists the data sources that exist: an indicator that
 * requires another one (DVCQG synchronization, the data vault, VNeID, the integration platform, the office system,
 * …) is shown as "not measured" instead of a number. {@code congso.kpi.warning-hours} is the "due soon" horizon of
 * the early warnings.
 */
@Component
class KpiSettings {

    private final Set<String> sources;
    private final int warningHours;
    private final int feedbackWarningDays;

    KpiSettings(@Value("${congso.kpi.sources:dossier,catalog,feedback}") String sources,
                @Value("${congso.kpi.warning-hours:8}") int warningHours,
                @Value("${congso.kpi.feedback-warning-days:2}") int feedbackWarningDays) {
        this.sources = Arrays.stream(sources.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.warningHours = warningHours;
        this.feedbackWarningDays = feedbackWarningDays;
    }

    Set<String> sources() {
        return sources;
    }

    int warningHours() {
        return warningHours;
    }

    int feedbackWarningDays() {
        return feedbackWarningDays;
    }
}
