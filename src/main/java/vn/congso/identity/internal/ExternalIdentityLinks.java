package vn.congso.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.identity.ExternalIdentities;
import vn.congso.shared.ApiException;

/** The links between an e-ID provider's subjects and local accounts ({@code account_external_identity}). */
@Service
@Transactional
class ExternalIdentityLinks implements ExternalIdentities {

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Clock clock;

    ExternalIdentityLinks(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> accountFor(String provider, String subject) {
        return jdbc.sql("SELECT account_id FROM account_external_identity WHERE provider = :p AND subject = :s")
                .param("p", provider).param("s", subject).query(Long.class).optional();
    }

    @Override
    public long link(String provider, String subject, long accountId) {
        if (provider == null || provider.isBlank() || subject == null || subject.isBlank()) {
            throw ApiException.badRequest("external-identity.invalid");
        }
        Optional<Long> existing = accountFor(provider, subject);
        if (existing.isPresent()) {
            if (existing.get() != accountId) {
                throw ApiException.conflict("external-identity.linked-elsewhere");
            }
            return accountId;
        }
        if (accounts.byId(accountId).isEmpty()) {
            throw ApiException.notFound("account.not-found");
        }
        try {
            jdbc.sql("INSERT INTO account_external_identity (provider, subject, account_id, linked_at) VALUES (:p, :s, :a, :now)")
                    .param("p", provider).param("s", subject).param("a", accountId).param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("external-identity.linked-elsewhere");
        }
        return accountId;
    }
}
