package vn.congso.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients (docs/adr/0004-api-tokens.md): 256 random bits, shown to the client once, stored
 * only as their SHA-256 with an expiry ({@code congso.api-tokens.lifetime}, 12 hours by default) and revocable.
 * A token is checked by one lookup on its unique hash; it carries no data of its own, so revoking it or disabling
 * the account takes effect on the next request, on every node.
 */
@Component
class ApiTokens {

    /** Marks Congso's own tokens, so they are told apart from OIDC access tokens when the e-ID issue adds those. */
    static final String PREFIX = "cso_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${congso.api-tokens.lifetime:PT12H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record Issued(String id, String token, Instant expiresAt) {
    }


    @Transactional
    Issued issue(long accountId, String clientName) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("""
                INSERT INTO api_token (public_id, token_hash, account_id, client_name, created_at, expires_at)
                VALUES (:id, :hash, :account, :name, :now, :expires)
                """).param("id", id).param("hash", sha256(token)).param("account", accountId).param("name", clientName)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        return new Issued(id, token, expires);
    }

    /** An unexpired, unrevoked token's id, and its account with the account's officer roles. */
    record Valid(String id, AccountRepository.Stored account, java.util.List<String> officerRoles) {
    }

    /**
     * The unexpired, unrevoked token with this value, with its account and roles: one statement, since every API
     * request carrying a token asks it.
     */
    Optional<Valid> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT t.public_id AS token_id, a.*,
                       ARRAY(SELECT r.role FROM officer_role r WHERE r.account_id = a.id ORDER BY r.role) AS officer_roles
                FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now
                """).param("hash", sha256(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Valid(rs.getString("token_id"), AccountRepository.stored(rs, n), roles(rs.getArray("officer_roles"))))
                .optional();
    }

    private static java.util.List<String> roles(java.sql.Array array) throws java.sql.SQLException {
        java.util.List<String> roles = new java.util.ArrayList<>();
        if (array != null) {
            for (Object role : (Object[]) array.getArray()) {
                roles.add(role.toString());
            }
            array.free();
        }
        return roles;
    }

    /** Revokes one of the account's tokens; false when the account has no such live token. */
    @Transactional
    boolean revoke(long accountId, String id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE public_id = :id AND account_id = :account AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("account", accountId).update() == 1;
    }

    /** Expired and revoked tokens are kept a day for support questions, then deleted. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "api-token-purge", lockAtMostFor = "PT10M")
    @Transactional
    public void purge() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        jdbc.sql("DELETE FROM api_token WHERE expires_at < :c OR revoked_at < :c").param("c", cutoff).update();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
