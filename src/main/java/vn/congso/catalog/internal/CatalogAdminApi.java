package vn.congso.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.catalog.CatalogImport;
import vn.congso.shared.ApiException;

@RestController
@RequestMapping("/api/v1/admin/catalog")
@Tag(name = "Catalog administration")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class CatalogAdminApi {

    private final CatalogImport importer;

    CatalogAdminApi(CatalogImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import fields, units, agencies and procedures from JSON; all or nothing")
    ResponseEntity<CatalogImport.Result> importJson(@RequestBody byte[] body) {
        return answer(importer.importJson(body));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "application/csv"})
    @Operation(summary = "Import procedures from CSV (header row; see README); all or nothing")
    ResponseEntity<CatalogImport.Result> importCsv(@RequestBody byte[] body) {
        return answer(importer.importProceduresCsv(body));
    }

    private static ResponseEntity<CatalogImport.Result> answer(CatalogImport.Result result) {
        if (!result.imported()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "import.rejected", result.problems(), result.problems().size());
        }
        return ResponseEntity.ok(result);
    }
}
