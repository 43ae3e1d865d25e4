package vn.congso.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/** What other modules and the pages ask the catalogue. */
public interface Catalog {

    PageResult<ProcedureSummary> search(ProcedureQuery query, Paging paging);

    /** The version of the procedure valid on the date. */
    Optional<Procedure> procedure(String code, LocalDate on);

    /** A specific version (what a dossier was received under). */
    Optional<Procedure> version(long versionId);

    List<Field> fields();

    /** Versions valid on the date, for every procedure (small: a province has a few thousand). */
    List<ProcedureSummary> all(LocalDate on);
}
