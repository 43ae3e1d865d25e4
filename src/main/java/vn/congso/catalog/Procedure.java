package vn.congso.catalog;

import java.time.LocalDate;
import java.util.List;

import vn.congso.calendar.Duration;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AgencyKind;

/**
 * One version of a procedure, valid from {@code validFrom} to {@code validTo}. For commune-level procedures the
 * competent agency is usually a kind ("the commune People's Committee") rather than one agency.
 */
public record Procedure(
        long versionId,
        long procedureId,
        String code,
        int versionNo,
        LocalDate validFrom,
        LocalDate validTo,
        String name,
        String nameEn,
        Field field,
        AdminLevel level,
        AgencyRef competentAgency,
        AgencyKind competentAgencyKind,
        String competentAuthority,
        List<AgencyRef> implementingAgencies,
        List<String> subjects,
        String description,
        String eligibility,
        String howToApply,
        Duration timeLimit,
        String timeLimitNote,
        String cutoff,
        List<Fee> fees,
        List<Component> components,
        String resultName,
        boolean resultIsDocument,
        OnlineServiceType onlineType,
        boolean eligibleForFull,
        List<String> legalBasis,
        String formDefinition) {

    public long totalFeeVnd() {
        return fees.stream().mapToLong(Fee::amountVnd).sum();
    }

    public boolean canApplyOnline() {
        return onlineType != OnlineServiceType.NONE;
    }
}
