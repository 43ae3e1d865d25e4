package vn.congso.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.catalog.Procedure;
import vn.congso.catalog.ProcedureQuery;
import vn.congso.catalog.ProcedureSummary;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/** Public catalogue pages: home with search, results with filters, and the GOV.UK-style start page. */
@Controller
class CatalogPages {

    private static final int PAGE_SIZE = 20;

    private final Catalog catalog;
    private final Organization organization;
    private final Clock clock;

    CatalogPages(Catalog catalog, Organization organization, Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("fields", catalog.fields());
        PageResult<ProcedureSummary> online = catalog.search(
                new ProcedureQuery(null, null, null, null, OnlineServiceType.FULL, today()), new Paging(1, 6));
        model.addAttribute("online", online);
        return "catalog/home";
    }

    @GetMapping("/thu-tuc")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) String field,
                  @RequestParam(required = false) String agency,
                  @RequestParam(required = false) AdminLevel level,
                  @RequestParam(required = false) OnlineServiceType online,
                  @RequestParam(required = false) Integer page,
                  Model model) {
        int pageNo = page == null || page < 1 ? 1 : page;
        PageResult<ProcedureSummary> results = catalog.search(new ProcedureQuery(q, field, agency, level, online, today()),
                new Paging(pageNo, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("agency", agency);
        model.addAttribute("level", level);
        model.addAttribute("online", online);
        model.addAttribute("results", results);
        model.addAttribute("fields", catalog.fields());
        List<Agency> agencies = organization.agencies(today()).stream()
                .toList();
        model.addAttribute("agencies", agencies);
        model.addAttribute("levels", AdminLevel.values());
        model.addAttribute("onlineTypes", OnlineServiceType.values());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/thu-tuc");
        if (q != null && !q.isBlank()) {
            base.queryParam("q", q);
        }
        if (field != null && !field.isBlank()) {
            base.queryParam("field", field);
        }
        if (agency != null && !agency.isBlank()) {
            base.queryParam("agency", agency);
        }
        if (level != null) {
            base.queryParam("level", level);
        }
        if (online != null) {
            base.queryParam("online", online);
        }
        model.addAttribute("pageBase", base.build().encode().toUriString());
        return "catalog/search";
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        Procedure p = catalog.procedure(code, today()).orElseThrow(() -> ApiException.notFound("procedure.not-found", code));
        model.addAttribute("p", p);
        return "catalog/procedure";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
