package vn.congso.workflow.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.congso.calendar.Duration;
import vn.congso.identity.Role;

/** One version of a procedure's internal process: the ordered steps after the desk accepts a dossier. */
record ProcessDefinition(long id, String procedureCode, int versionNo, LocalDate validFrom, String decision, List<Step> steps,
                         long totalMinutes) {

    /**
     * A step: who acts ({@code agency} is RECEIVING, COMPETENT or an agency code; {@code unit} an internal unit code,
     * {@code wardUnit} its name in wards when it differs), how long it may take, and the actions allowed.
     */
    record Step(String id, String nameVi, String nameEn, String agency, String unit, String wardUnit, Role role, Duration duration,
                Set<StepAction> actions) {

        String name(String language) {
            return "en".equals(language) && nameEn != null ? nameEn : nameVi;
        }
    }

    Step step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    int index(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
