package vn.congso.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Moves one-time links back in time (the platform's clock is the system clock in tests). */
final class TokenClock {

    private TokenClock() {
    }

    static void expire(JdbcClient jdbc, String token) {
        int changed = jdbc.sql("UPDATE account_token SET expires_at = :t WHERE token_hash = :h")
                .param("t", Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)))).param("h", sha256(token)).update();
        if (changed != 1) {
            throw new AssertionError("token not found");
        }
    }

    static void issuedMinutesAgo(JdbcClient jdbc, String email, int minutes) {
        jdbc.sql("UPDATE account_token SET created_at = :t WHERE account_id = (SELECT id FROM account WHERE email = :e)")
                .param("t", Timestamp.from(Instant.now().minus(Duration.ofMinutes(minutes)))).param("e", email).update();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
