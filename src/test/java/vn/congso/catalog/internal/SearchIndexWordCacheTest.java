package vn.congso.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/** Anyone can search, so the per-word match cache must not grow with every made-up word it is asked for. */
class SearchIndexWordCacheTest {

    @Test
    void madeUpWordsDoNotGrowTheCacheBeyondItsBoundAndStillMatch() {
        BitSet xay = new BitSet();
        xay.set(0);
        BitSet dung = new BitSet();
        dung.set(0);
        dung.set(1);
        ConcurrentHashMap<String, BitSet> cache = new ConcurrentHashMap<>();
        SearchIndex.Snapshot snapshot = new SearchIndex.Snapshot(LocalDate.of(2026, 11, 28), 1, List.of(), new String[] {"xay", "dung"},
                new BitSet[] {xay, dung}, cache);

        for (int i = 0; i < SearchIndex.CACHED_WORDS * 3; i++) {
            assertThat(snapshot.matching("zz" + i).isEmpty()).isTrue();
        }
        assertThat(cache).hasSize(SearchIndex.CACHED_WORDS);

        // Past the bound, words are still matched, just not kept.
        assertThat(snapshot.matching("dun").cardinality()).isEqualTo(2);
        assertThat(snapshot.matching("xa").cardinality()).isEqualTo(1);
        assertThat(cache).doesNotContainKey("dun");
    }
}
