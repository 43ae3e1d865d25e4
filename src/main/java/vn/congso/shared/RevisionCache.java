package vn.congso.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A per-node cache of reference data that changes only through imports (procedures, agencies, units), kept honest
 * by a revision counter in the database that every import bumps:
 * <ul>
 *   <li>every node reads the counter at most every {@code checkEveryMillis} and forgets everything when it moved,
 *       so an import on another node is seen within that time (as the search index does);</li>
 *   <li>the importing node forgets at once, after its import commits ({@link #changedInThisTransaction()});</li>
 *   <li>inside the importing transaction nothing is read from or written to the cache, so rows that may still roll
 *       back are never kept;</li>
 *   <li>at most {@code maxEntries} values are kept (it is emptied when full), so lookups of made-up keys cannot
 *       grow the heap.</li>
 * </ul>
 * Values must be immutable. A loader answering {@code null} (or an empty optional) is asked again next time.
 */
public final class RevisionCache {

    private final String name;
    private final LongSupplier revision;
    private final long checkEveryMillis;
    private final int maxEntries;
    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    /** Bumped on every clear, so a value loaded before a clear is not kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile long seenRevision = Long.MIN_VALUE;
    private volatile long lastCheck = Long.MIN_VALUE;

    /**
     * @param revision reads the revision counter from the database
     * @param checkEveryMillis how stale another node's import may be seen here (elapsed time, not the business clock)
     */
    public RevisionCache(String name, LongSupplier revision, long checkEveryMillis, int maxEntries) {
        this.name = name;
        this.revision = revision;
        this.checkEveryMillis = checkEveryMillis;
        this.maxEntries = maxEntries;
    }

    /** The cached value of the key, or the loader's answer (kept unless null or an empty optional). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> loader) {
        if (changingHere()) {
            return loader.get();
        }
        checkRevision();
        Object cached = values.get(key);
        if (cached != null) {
            return (T) cached;
        }
        long before = generation.get();
        T loaded = loader.get();
        if (loaded != null && !(loaded instanceof java.util.Optional<?> o && o.isEmpty())) {
            if (values.size() >= maxEntries) {
                clear();
                before = generation.get();
            }
            values.putIfAbsent(key, loaded);
            if (generation.get() != before) {
                values.remove(key, loaded);
            }
        }
        return loaded;
    }

    /**
     * To be called by an import before it writes: until the current transaction ends, this cache is bypassed in
     * that transaction, and it is emptied once the transaction has ended (committed or not).
     */
    public void changedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            clear();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(RevisionCache.this);
                clear();
            }
        });
    }

    /** Forgets everything now. */
    public void clear() {
        generation.incrementAndGet();
        values.clear();
        lastCheck = Long.MIN_VALUE;
    }

    /** How many values are kept (for tests and metrics). */
    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return "RevisionCache[" + name + ", " + values.size() + " values, revision " + seenRevision + "]";
    }

    private boolean changingHere() {
        return TransactionSynchronizationManager.hasResource(this);
    }

    private void checkRevision() {
        long now = System.nanoTime() / 1_000_000;
        long last = lastCheck;
        if (last != Long.MIN_VALUE && now - last < checkEveryMillis) {
            return;
        }
        lastCheck = now;
        long current = revision.getAsLong();
        if (current != seenRevision) {
            generation.incrementAndGet();
            values.clear();
            seenRevision = current;
        }
    }
}
