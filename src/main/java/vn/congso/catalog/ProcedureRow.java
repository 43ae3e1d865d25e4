package vn.congso.catalog;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.congso.calendar.DurationUnit;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AgencyKind;

/**
 * One procedure in an import file (JSON, or one CSV line). Importing a code that exists with a later
 * {@code validFrom} creates a new version and closes the previous one the day before.
 */
public record ProcedureRow(
        String code,
        String name,
        String nameEn,
        String field,
        AdminLevel level,
        String competentAgency,
        AgencyKind competentAgencyKind,
        String competentAuthority,
        List<String> implementingAgencies,
        List<String> subjects,
        String description,
        String eligibility,
        String howToApply,
        TimeLimit timeLimit,
        String cutoff,
        List<FeeRow> fees,
        List<ComponentRow> components,
        String resultName,
        Boolean resultIsDocument,
        OnlineServiceType onlineType,
        Boolean eligibleForFull,
        List<String> legalBasis,
        LocalDate validFrom,
        JsonNode form) {

    /** The time limit as stated by law. */
    public record TimeLimit(Integer amount, DurationUnit unit, String note) {
    }

    public record FeeRow(String name, Long amountVnd, String note) {
    }

    public record ComponentRow(String code, String name, Integer originals, Integer copies, Boolean mandatory,
                               String templateName, String templateUrl, String note) {
    }
}
