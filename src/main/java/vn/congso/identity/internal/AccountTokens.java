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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links: 32 random bytes sent to the person (base64url), of which only the SHA-256 is stored, so a copy
 * of the database opens no account. A token is used once and expires after its purpose's validity.
 */
@Component
class AccountTokens {

    /** Why a link was refused; each has its own message. */
    enum Refusal { UNKNOWN, USED, EXPIRED }

    /** A stored token that is still usable. */
    record Token(String hash, long accountId, TokenPurpose purpose, String newEmail) {
    }

    /** Either the token or why it cannot be used. */
    record Lookup(Token token, Refusal refusal) {
        boolean usable() {
            return token != null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the account; returns the secret to put in the link. */
    String issue(long accountId, TokenPurpose purpose, String newEmail) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO account_token (token_hash, account_id, purpose, created_at, expires_at, new_email)
                VALUES (:hash, :account, :purpose, :now, :expires, :email)
                """)
                .param("hash", hash(token)).param("account", accountId).param("purpose", purpose.name())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(purpose.validity())))
                .param("email", newEmail).update();
        return token;
    }

    /** Whether a token of this purpose was issued to the account within {@code window} (to throttle e-mails). */
    boolean issuedWithin(long accountId, TokenPurpose purpose, Duration window) {
        return jdbc.sql("SELECT COUNT(*) FROM account_token WHERE account_id = :a AND purpose = :p AND created_at > :since")
                .param("a", accountId).param("p", purpose.name()).param("since", Timestamp.from(clock.instant().minus(window)))
                .query(Long.class).single() > 0;
    }

    /** The new address of the account's latest e-mail change still waiting for confirmation. */
    Optional<String> pendingEmail(long accountId) {
        return jdbc.sql("""
                SELECT new_email FROM account_token WHERE account_id = :a AND purpose = :p AND used_at IS NULL AND expires_at > :now
                ORDER BY created_at DESC LIMIT 1
                """).param("a", accountId).param("p", TokenPurpose.CHANGE_EMAIL.name()).param("now", Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    Lookup find(String token, TokenPurpose... purposes) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Lookup(null, Refusal.UNKNOWN);
        }
        record Row(long accountId, String purpose, Timestamp expiresAt, Timestamp usedAt, String newEmail) {
        }
        String hash = hash(token.strip());
        Optional<Row> row = jdbc.sql("SELECT account_id, purpose, expires_at, used_at, new_email FROM account_token WHERE token_hash = :h")
                .param("h", hash)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3), rs.getTimestamp(4), rs.getString(5)))
                .optional();
        if (row.isEmpty()) {
            return new Lookup(null, Refusal.UNKNOWN);
        }
        TokenPurpose purpose = TokenPurpose.valueOf(row.get().purpose());
        if (!java.util.List.of(purposes).contains(purpose)) {
            return new Lookup(null, Refusal.UNKNOWN);
        }
        if (row.get().usedAt() != null) {
            return new Lookup(null, Refusal.USED);
        }
        if (!row.get().expiresAt().toInstant().isAfter(clock.instant())) {
            return new Lookup(null, Refusal.EXPIRED);
        }
        return new Lookup(new Token(hash, row.get().accountId(), purpose, row.get().newEmail()), null);
    }

    /** Marks the token used; false when another request used it first (or it expired meanwhile). */
    boolean use(Token token) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("UPDATE account_token SET used_at = :now WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("now", now).param("h", token.hash()).update() == 1;
    }

    /** Ends every unused token of a purpose for the account (after a password reset, the other reset links). */
    void useAll(long accountId, TokenPurpose purpose) {
        jdbc.sql("UPDATE account_token SET used_at = :now WHERE account_id = :a AND purpose = :p AND used_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("a", accountId).param("p", purpose.name()).update();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
