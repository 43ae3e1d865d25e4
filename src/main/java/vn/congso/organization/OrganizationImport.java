package vn.congso.organization;

import java.util.List;

import vn.congso.shared.FieldProblem;

/**
 * Loads administrative units and agencies from an import file. {@link #check} finds every problem without
 * writing; {@link #write} must only be called with rows that passed and inside the caller's transaction, so a
 * larger import (with the catalog) is all-or-nothing.
 */
public interface OrganizationImport {

    List<FieldProblem> check(List<AdminUnitRow> units, List<AgencyRow> agencies);

    Counts write(List<AdminUnitRow> units, List<AgencyRow> agencies);

    /** How many rows were created or updated. */
    record Counts(int units, int agencies) {
    }
}
