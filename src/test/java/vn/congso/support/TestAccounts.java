package vn.congso.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Citizen accounts made for one test (unique login and e-mail), inserted as identity stores them, so a test can
 * sign in with HTTP Basic: {@code new Http(port).basic(a.login(), a.password())}.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Congso@Test2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public record TestAccount(long id, String login, String password, String email, String fullName) {
    }

    /** A new enabled citizen account with a unique login and e-mail. */
    public TestAccount citizen(String fullName) {
        String login = ("t" + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet()).toLowerCase(Locale.ROOT);
        String email = login + "@test.congso.local";
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (kind, login, email, password_hash, full_name, full_name_folded, enabled, assurance_level, email_verified_at,
                    failed_logins, created_at, updated_at, version)
                VALUES ('CITIZEN', :login, :email, :hash, :name, :folded, TRUE, 1, :now, 0, :now, :now, 0)
                """)
                .param("login", login).param("email", email).param("hash", encoder.encode(PASSWORD))
                .param("name", fullName).param("folded", vn.congso.shared.VietnameseText.fold(fullName)).param("now", now)
                .update(keys, "id");
        return new TestAccount(keys.getKey().longValue(), login, PASSWORD, email, fullName);
    }
}
