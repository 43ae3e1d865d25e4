package vn.congso.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The versions valid on a day plus a word index: every distinct folded word of the search texts with the
     * entries containing it. A query word matches an entry when it is part of one of the entry's words, so a
     * search reads the (small) vocabulary instead of every text.
     */
    record Snapshot(LocalDate on, long revision, List<Entry> entries, String[] vocabulary, BitSet[] postings,
                            Map<String, BitSet> wordCache) {

        /**
         * The entries containing a query word. Answers are kept for at most {@link #CACHED_WORDS} words per snapshot,
         * so that a stream of made-up words (anyone can search) cannot grow the heap; beyond that a word is matched
         * against the vocabulary each time, which is what the first search of any word costs anyway.
         */
        BitSet matching(String word) {
            BitSet cached = wordCache.get(word);
            if (cached != null) {
                return cached;
            }
            BitSet union = new BitSet(entries.size());
            for (int i = 0; i < vocabulary.length; i++) {
                if (vocabulary[i].contains(word)) {
                    union.or(postings[i]);
                }
            }
            if (wordCache.size() < CACHED_WORDS) {
                wordCache.putIfAbsent(word, union);
            }
            return union;
        }
    }

    /** How many query words' matches a snapshot keeps (about 1.3 KB each for 10,000 procedures). */
    static final int CACHED_WORDS = 4096;

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

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.entry.nameFolded()).thenComparing(s -> s.entry.summary().code());

    /** A page of results and how many matched in all. */
    record Found(List<Entry> page, int total) {
    }

    /**
     * Matching entries, best first: the whole phrase in the name, then a name starting with it, then each word in
     * the name; only the requested page is sorted out of the matches.
     */
    Found search(Query q, LocalDate on, long offset, int limit) {
        Snapshot snap = snapshot(on);
        BitSet candidates = null;
        for (String w : q.words()) {
            BitSet m = snap.matching(w);
            if (candidates == null) {
                candidates = (BitSet) m.clone();
            } else {
                candidates.and(m);
            }
        }
        String phrase = String.join(" ", q.words());
        int wanted = (int) Math.min(Integer.MAX_VALUE - 1, offset + limit);
        PriorityQueue<Scored> top = new PriorityQueue<>(Math.max(1, Math.min(wanted, 1024)) + 1, BEST_FIRST.reversed());
        int total = 0;
        List<Entry> all = snap.entries();
        for (int i = candidates == null ? 0 : candidates.nextSetBit(0); i >= 0 && i < all.size();
             i = candidates == null ? i + 1 : candidates.nextSetBit(i + 1)) {
            Entry e = all.get(i);
            if (!matchesFilters(e, q)) {
                continue;
            }
            total++;
            Scored s = new Scored(e, score(e, q.words(), phrase));
            if (top.size() < wanted) {
                top.add(s);
            } else if (BEST_FIRST.compare(s, top.peek()) < 0) {
                top.poll();
                top.add(s);
            }
        }
        List<Scored> best = new ArrayList<>(top);
        best.sort(BEST_FIRST);
        List<Entry> page = best.stream().skip(offset).map(Scored::entry).toList();
        return new Found(page, total);
    }

    List<Entry> entries(LocalDate on) {
        return snapshot(on).entries();
    }

    private Snapshot snapshot(LocalDate on) {
        Snapshot current = snapshot;
        long now = clock.millis();
        if (current == null || !current.on().equals(on) || now - lastCheck >= checkEveryMillis) {
            lastCheck = now;
            long revision = repository.revision();
            if (current == null || !current.on().equals(on) || current.revision() != revision) {
                current = rebuild(on, revision);
            }
        }
        return current;
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
        Map<String, BitSet> index = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String word : entries.get(i).searchText().split(" ")) {
                if (!word.isEmpty()) {
                    index.computeIfAbsent(word, w -> new BitSet()).set(i);
                }
            }
        }
        String[] vocabulary = index.keySet().toArray(new String[0]);
        BitSet[] postings = new BitSet[vocabulary.length];
        for (int i = 0; i < vocabulary.length; i++) {
            postings[i] = index.get(vocabulary[i]);
        }
        Snapshot built = new Snapshot(on, revision, List.copyOf(entries), vocabulary, postings, new ConcurrentHashMap<>());
        snapshot = built;
        return built;
    }

    private static boolean matchesFilters(Entry e, Query q) {
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
