package vn.congso.kpi.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Counts of facts matching each condition, and the distinct procedures matching some: summable across agencies. */
final class Tally {

    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Set<String>> procedures = new HashMap<>();

    void add(String key, long count) {
        counts.merge(key, count, Long::sum);
    }

    void addProcedure(String key, String procedureCode) {
        procedures.computeIfAbsent(key, k -> new HashSet<>()).add(procedureCode);
    }

    long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    long procedures(String key) {
        return procedures.getOrDefault(key, Set.of()).size();
    }

    void merge(Tally other) {
        other.counts.forEach(this::add);
        other.procedures.forEach((k, v) -> procedures.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    }
}
