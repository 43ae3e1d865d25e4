package vn.congso.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.Field;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.catalog.Procedure;
import vn.congso.catalog.ProcedureQuery;
import vn.congso.catalog.ProcedureSummary;
import vn.congso.organization.AdminLevel;
import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog", description = "Public catalogue of administrative procedures")
class CatalogApi {

    private final Catalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    CatalogApi(Catalog catalog, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/procedures")
    @Operation(summary = "Search procedures", description = "Diacritic- and case-insensitive search; name matches rank first. size ≤ 100.")
    PageResult<ProcedureSummary> procedures(
            @Parameter(description = "Free text, with or without diacritics") @RequestParam(required = false) String q,
            @Parameter(description = "Field code, e.g. HT") @RequestParam(required = false) String field,
            @Parameter(description = "Agency id or electronic code") @RequestParam(required = false) String agency,
            @RequestParam(required = false) AdminLevel level,
            @RequestParam(required = false) OnlineServiceType online,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return catalog.search(new ProcedureQuery(q, field, agency, level, online, today()), paging);
    }

    @GetMapping("/procedures/{code}")
    @Operation(summary = "A procedure: the version valid today, or on the given date")
    ProcedureView procedure(@PathVariable String code,
                            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Procedure p = catalog.procedure(code, on == null ? today() : on)
                .orElseThrow(() -> ApiException.notFound("procedure.not-found", code));
        JsonNode form = p.formDefinition() == null ? null : json.readTree(p.formDefinition());
        return new ProcedureView(p, form);
    }

    @GetMapping("/fields")
    @Operation(summary = "Fields (lĩnh vực)")
    List<Field> fields() {
        return catalog.fields();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /** A procedure with its form definition as JSON rather than text. */
    record ProcedureView(Procedure procedure, JsonNode form) {
    }
}
