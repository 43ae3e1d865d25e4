package vn.congso.catalog;

import java.util.List;

import vn.congso.organization.AdminUnitRow;
import vn.congso.organization.AgencyRow;
import vn.congso.shared.FieldProblem;

/**
 * Loads fields, administrative units, agencies and procedures from one file, all or nothing: every row is
 * checked first, and when any row is wrong nothing is written and every bad row is reported.
 */
public interface CatalogImport {

    Result importJson(byte[] json);

    Result importProceduresCsv(byte[] csv);

    Result importFile(File file);

    /** The content of an import file. */
    record File(List<FieldRow> fields, List<AdminUnitRow> adminUnits, List<AgencyRow> agencies, List<ProcedureRow> procedures) {
        public File {
            fields = fields == null ? List.of() : fields;
            adminUnits = adminUnits == null ? List.of() : adminUnits;
            agencies = agencies == null ? List.of() : agencies;
            procedures = procedures == null ? List.of() : procedures;
        }
    }

    /** What happened: counts when imported, the problems (and nothing written) otherwise. */
    record Result(boolean imported, int fields, int adminUnits, int agencies, int procedures, int newVersions,
                  List<FieldProblem> problems) {
    }
}
