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

    /** A new officer of an agency (by electronic code) and unit (by code), with one role. */
    public TestAccount officer(String fullName, String agencyCode, String unitCode, String role) {
        long agencyId = jdbc.sql("SELECT id FROM agency WHERE code = :c").param("c", agencyCode).query(Long.class).single();
        Long unitId = unitCode == null ? null : jdbc.sql("SELECT id FROM agency_unit WHERE agency_id = :a AND code = :c")
                .param("a", agencyId).param("c", unitCode).query(Long.class).single();
        String login = ("o" + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet()).toLowerCase(Locale.ROOT);
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (kind, login, email, password_hash, full_name, full_name_folded, agency_id, unit_id, enabled,
                    assurance_level, email_verified_at, failed_logins, created_at, updated_at, version)
                VALUES ('OFFICER', :login, :email, :hash, :name, :folded, :agency, :unit, TRUE, 2, :now, 0, :now, :now, 0)
                """)
                .param("login", login).param("email", login + "@officer.congso.local").param("hash", encoder.encode(PASSWORD))
                .param("name", fullName).param("folded", vn.congso.shared.VietnameseText.fold(fullName)).param("agency", agencyId)
                .param("unit", unitId).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO officer_role (account_id, role) VALUES (:a, :r)").param("a", id).param("r", role).update();
        return new TestAccount(id, login, PASSWORD, login + "@officer.congso.local", fullName);
    }
}
