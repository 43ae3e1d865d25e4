package vn.congso.catalog.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.catalog.AgencyRef;
import vn.congso.catalog.Catalog;
import vn.congso.catalog.Field;
import vn.congso.catalog.Procedure;
import vn.congso.catalog.ProcedureQuery;
import vn.congso.catalog.ProcedureSummary;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.RevisionCache;
import vn.congso.shared.Paging;
import vn.congso.shared.VietnameseText;

@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class CatalogService implements Catalog {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 8;

    private final CatalogRepository repository;
    private final Organization organization;
    private final SearchIndex index;
    private final RevisionCache versions;

    CatalogService(CatalogRepository repository, Organization organization, SearchIndex index, CatalogCache cache) {
        this.repository = repository;
        this.organization = organization;
        this.index = index;
        this.versions = cache.cache;
    }

    private record CurrentKey(String code, LocalDate on) {
    }

    @Override
    public PageResult<ProcedureSummary> search(ProcedureQuery query, Paging paging) {
        SearchIndex.Found found = index.search(translate(query), query.on(), paging.offset(), paging.size());
        return new PageResult<>(found.page().stream().map(SearchIndex.Entry::summary).toList(), paging.page(), paging.size(), found.total());
    }

    @Override
    public List<ProcedureSummary> all(LocalDate on) {
        return index.entries(on).stream().map(SearchIndex.Entry::summary).toList();
    }

    private SearchIndex.Query translate(ProcedureQuery q) {
        String text = q.text() == null ? "" : q.text();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid(List.of(FieldProblem.of("q", "catalog.query-too-long", MAX_QUERY_LENGTH)));
        }
        List<String> words = new LinkedHashSet<>(VietnameseText.words(text)).stream().limit(MAX_WORDS).toList();
        String field = blankToNull(q.field());
        if (field != null && repository.fieldByCode(field).isEmpty()) {
            throw ApiException.invalid(List.of(FieldProblem.of("field", "catalog.unknown-field", field)));
        }
        Agency agency = null;
        String agencyParam = blankToNull(q.agency());
        if (agencyParam != null) {
            Optional<Agency> found = agencyParam.chars().allMatch(Character::isDigit) && agencyParam.length() < 12
                    ? organization.agency(Long.parseLong(agencyParam)) : organization.agencyByCode(agencyParam);
            agency = found.orElseThrow(() -> ApiException.invalid(List.of(FieldProblem.of("agency", "catalog.unknown-agency", agencyParam))));
        }
        return new SearchIndex.Query(words, field, agency == null ? null : agency.id(), agency == null ? null : agency.kind().name(),
                q.level() == null ? null : q.level().name(), q.online() == null ? null : q.online().name());
    }

    @Override
    public Optional<Procedure> procedure(String code, LocalDate on) {
        if (code == null || code.isBlank() || code.length() > 32) {
            return Optional.empty();
        }
        String c = code.strip();
        Optional<Long> versionId = versions.get(new CurrentKey(c, on), () -> repository.current(c, on).map(CatalogRepository.VersionRow::id));
        return versionId.flatMap(this::version);
    }

    @Override
    public Optional<Procedure> version(long versionId) {
        // a version is assembled from six queries; procedures change only through imports, which bump the revision
        return versions.get(versionId, () -> repository.version(versionId).map(this::assemble));
    }

    @Override
    public List<Field> fields() {
        return repository.fields();
    }

    private Procedure assemble(CatalogRepository.VersionRow v) {
        Field field = repository.field(v.fieldId()).orElseThrow();
        List<Long> implementing = repository.implementingAgencies(v.id());
        Set<Long> ids = new HashSet<>(implementing);
        if (v.competentAgencyId() != null) {
            ids.add(v.competentAgencyId());
        }
        Map<Long, AgencyRef> refs = organization.agencies(ids).stream()
                .collect(Collectors.toMap(Agency::id, a -> new AgencyRef(a.id(), a.code(), a.name(), a.nameEn())));
        return new Procedure(v.id(), v.procedureId(), v.code(), v.versionNo(), v.validFrom(), v.validTo(), v.name(), v.nameEn(),
                field, v.level(), v.competentAgencyId() == null ? null : refs.get(v.competentAgencyId()), v.competentAgencyKind(),
                v.competentAuthority(), implementing.stream().map(refs::get).filter(r -> r != null).toList(), v.subjects(),
                v.description(), v.eligibility(), v.howToApply(), v.timeLimit(), v.timeLimitNote(), v.cutoff(),
                repository.fees(v.id()), repository.components(v.id()), v.resultName(), v.resultIsDocument(), v.onlineType(),
                v.eligibleForFull(), v.legalBasis(), v.formDefinition());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
