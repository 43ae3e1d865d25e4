package vn.congso.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congso.catalog.ProcedureSummary;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;

/**
 * The catalogue's search index: the versions valid on a day, with folded text, held in memory. A province has a
 * few thousand procedures (tens of thousands at most), so a scan of folded strings answers in well under a
 * millisecond. Every node rebuilds its copy when the catalogue revision (bumped by each import) changes, checked
 * at most every {@code congso.catalog.index-check-ms}, or when the day changes.
 */
@Component
class SearchIndex {

    /** One searchable version. */
    record Entry(ProcedureSummary summary, String nameFolded, String searchText, String fieldCode, Long competentAgencyId,
                 String competentAgencyKind, Set<Long> implementingAgencies) {
    }

    /** The conditions of a search, already folded and resolved. */
    record Query(List<String> words, String fieldCode, Long agencyId, String agencyKind, String level, String online) {
    }

    private record Snapshot(LocalDate on, long revision, List<Entry> entries) {
    }

    private final CatalogRepository repository;
    private final Organization organization;
    private final Clock clock;
    private final long checkEveryMillis;
    private volatile Snapshot snapshot;
    private volatile long lastCheck;

    SearchIndex(CatalogRepository repository, Organization organization, Clock clock,
                @Value("${congso.catalog.index-check-ms:1000}") long checkEveryMillis) {
        this.repository = repository;
        this.organization = organization;
        this.clock = clock;
        this.checkEveryMillis = checkEveryMillis;
    }

    /** Matching entries, best first: the whole phrase in the name, then a name starting with it, then each word in the name. */
    List<Entry> search(Query q, LocalDate on) {
        String phrase = String.join(" ", q.words());
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries(on)) {
            if (matches(e, q)) {
                scored.add(new Scored(e, score(e, q.words(), phrase)));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.entry.nameFolded()).thenComparing(s -> s.entry.summary().code()));
        return scored.stream().map(Scored::entry).toList();
    }

    List<Entry> entries(LocalDate on) {
        Snapshot current = snapshot;
        long now = clock.millis();
        if (current == null || !current.on().equals(on) || now - lastCheck >= checkEveryMillis) {
            lastCheck = now;
            long revision = repository.revision();
            if (current == null || !current.on().equals(on) || current.revision() != revision) {
                current = rebuild(on, revision);
            }
        }
        return current.entries();
    }

    /** Forget the snapshot (after an import on this node, so its own users see the change at once). */
    void invalidate() {
        snapshot = null;
    }

    private synchronized Snapshot rebuild(LocalDate on, long revision) {
        Snapshot current = snapshot;
        if (current != null && current.on().equals(on) && current.revision() == revision) {
            return current;
        }
        List<CatalogRepository.IndexRow> rows = repository.indexRows(on);
        Map<Long, Set<Long>> implementing = repository.implementingAgencies(on);
        Map<Long, Agency> agencies = organization.agencies(rows.stream().map(CatalogRepository.IndexRow::competentAgencyId)
                .filter(id -> id != null).collect(Collectors.toSet())).stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        List<Entry> entries = new ArrayList<>(rows.size());
        for (CatalogRepository.IndexRow r : rows) {
            Agency agency = r.competentAgencyId() == null ? null : agencies.get(r.competentAgencyId());
            ProcedureSummary summary = new ProcedureSummary(r.code(), r.name(), r.nameEn(), r.fieldCode(), r.fieldName(), r.level(),
                    r.online(), agency != null ? agency.name() : r.competentAuthority(), r.timeLimit(), r.totalFee());
            entries.add(new Entry(summary, r.nameFolded(), r.searchText(), r.fieldCode(), r.competentAgencyId(),
                    r.competentAgencyKind(), implementing.getOrDefault(r.versionId(), Set.of())));
        }
        Snapshot built = new Snapshot(on, revision, List.copyOf(entries));
        snapshot = built;
        return built;
    }

    private static boolean matches(Entry e, Query q) {
        ProcedureSummary s = e.summary();
        if (q.fieldCode() != null && !q.fieldCode().equals(e.fieldCode())) {
            return false;
        }
        if (q.level() != null && !q.level().equals(s.level().name())) {
            return false;
        }
        if (q.online() != null && !q.online().equals(s.onlineType().name())) {
            return false;
        }
        if (q.agencyId() != null && !q.agencyId().equals(e.competentAgencyId()) && !e.implementingAgencies().contains(q.agencyId())
                && !(e.competentAgencyId() == null && q.agencyKind() != null && q.agencyKind().equals(e.competentAgencyKind()))) {
            return false;
        }
        for (String w : q.words()) {
            if (!e.searchText().contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static int score(Entry e, List<String> words, String phrase) {
        if (words.isEmpty()) {
            return 0;
        }
        int score = 0;
        if (e.nameFolded().contains(phrase)) {
            score += 1000;
        }
        if (e.nameFolded().startsWith(phrase)) {
            score += 300;
        }
        for (String w : words) {
            if (e.nameFolded().contains(w)) {
                score += 100;
            }
        }
        return score;
    }

    private record Scored(Entry entry, int score) {
    }

}
