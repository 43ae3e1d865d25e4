package vn.congso.organization.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congso.shared.RevisionCache;

/** This node's copy of units and agencies (see {@link OrganizationService}), forgotten when an import bumps the revision. */
@Component
class OrganizationCache {

    final RevisionCache cache;

    OrganizationCache(OrganizationRepository repository, @Value("${congso.organization.cache-check-ms:1000}") long checkEveryMillis) {
        this.cache = new RevisionCache("organization", repository::revision, checkEveryMillis, 50_000);
    }
}
