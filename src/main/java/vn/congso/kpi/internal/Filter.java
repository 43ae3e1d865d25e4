package vn.congso.kpi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluation covers: the agencies whose facts count ({@code null} = the whole province), optionally one
 * procedure, and the period [from, to] in local dates. {@code asOf} is the period end, or now when earlier.
 */
record Filter(List<Long> agencies, String procedureCode, LocalDate from, LocalDate to, Instant asOf) {

    Filter withPeriod(LocalDate from, LocalDate to, Instant asOf) {
        return new Filter(agencies, procedureCode, from, to, asOf);
    }
}
