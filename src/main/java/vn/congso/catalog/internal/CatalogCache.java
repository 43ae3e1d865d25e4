package vn.congso.catalog.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congso.shared.RevisionCache;

/**
 * This node's assembled procedure versions (and which version of a code is current on a day), forgotten when an
 * import bumps {@code catalog_revision}. Before, one online submission assembled the same version nine times, six
 * queries each.
 */
@Component
class CatalogCache {

    final RevisionCache cache;

    CatalogCache(CatalogRepository repository, @Value("${congso.catalog.index-check-ms:1000}") long checkEveryMillis) {
        this.cache = new RevisionCache("catalog", repository::revision, checkEveryMillis, 20_000);
    }
}
