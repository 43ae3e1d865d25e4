package vn.congso.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.congso.identity.Account;
import vn.congso.identity.AccountKind;
import vn.congso.identity.Role;
import vn.congso.shared.VietnameseText;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with the secrets and counters that only login needs. */
    record Stored(Account account, String passwordHash, boolean enabled, int failedLogins, Instant lockedUntil) {
    }

    Optional<Stored> byLogin(String login) {
        return jdbc.sql("""
                SELECT * FROM account WHERE login = :l OR email = :l OR personal_id = :l
                ORDER BY CASE WHEN login = :l THEN 0 WHEN email = :l THEN 1 ELSE 2 END LIMIT 1
                """).param("l", login).query(AccountRepository::stored).optional();
    }

    Optional<Stored> byId(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id).query(AccountRepository::stored).optional();
    }

    Set<Role> roles(long accountId, AccountKind kind) {
        return roles(kind, jdbc.sql("SELECT role FROM officer_role WHERE account_id = :a").param("a", accountId).query(String.class).list());
    }

    /** An account's roles: applicants apply; officers have the roles granted to them in {@code officer_role}. */
    static Set<Role> roles(AccountKind kind, List<String> officerRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (kind != AccountKind.OFFICER) {
            roles.add(Role.APPLICANT);
        }
        officerRoles.forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    List<Account> officers(long agencyId, Role role) {
        return jdbc.sql("""
                SELECT a.* FROM account a JOIN officer_role r ON r.account_id = a.id
                WHERE a.agency_id = :agency AND r.role = :role AND a.enabled = TRUE ORDER BY a.full_name_folded
                """).param("agency", agencyId).param("role", role.name())
                .query((rs, n) -> account(rs)).list();
    }

    void recordFailure(long id, int failures, Instant lockedUntil) {
        jdbc.sql("UPDATE account SET failed_logins = :f, locked_until = :l WHERE id = :id")
                .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil)).param("id", id).update();
    }

    void recordSuccess(long id) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = :id AND (failed_logins > 0 OR locked_until IS NOT NULL)")
                .param("id", id).update();
    }

    /** Inserts a registered account (e-mail not yet confirmed) and returns its id. */
    long insert(NewAccount a, String passwordHash, int assuranceLevel, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                INSERT INTO account (kind, login, email, password_hash, full_name, full_name_folded, personal_id, date_of_birth,
                    phone, address, admin_unit_id, business_name, tax_code, representative, enabled, assurance_level,
                    failed_logins, preferred_language, created_at, updated_at, version)
                VALUES (:kind, :email, :email, :hash, :name, :folded, :pid, :dob, :phone, :address, :commune, :business, :tax,
                    :rep, TRUE, :level, 0, :lang, :now, :now, 0)
                """)
                .param("kind", a.kind().name()).param("email", a.email()).param("hash", passwordHash)
                .param("name", a.fullName()).param("folded", VietnameseText.fold(a.fullName())).param("pid", a.personalId())
                .param("dob", a.dateOfBirth()).param("phone", a.phone()).param("address", a.address())
                .param("commune", a.communeId()).param("business", a.businessName()).param("tax", a.taxCode())
                .param("rep", a.representative()).param("level", assuranceLevel).param("lang", a.language()).param("now", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether another account already uses the address as login or e-mail. */
    boolean emailTaken(String email, long exceptAccountId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE (login = :e OR email = :e) AND id <> :id")
                .param("e", email).param("id", exceptAccountId).query(Long.class).single() > 0;
    }

    boolean personalIdTaken(String personalId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE personal_id = :p").param("p", personalId).query(Long.class).single() > 0;
    }

    Optional<Stored> byEmail(String email) {
        return jdbc.sql("SELECT * FROM account WHERE email = :e").param("e", email).query(AccountRepository::stored).optional();
    }

    void markEmailVerified(long id, Instant now) {
        jdbc.sql("UPDATE account SET email_verified_at = :now, updated_at = :now, version = version + 1 WHERE id = :id AND email_verified_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** A new password also lifts a login lock: the person proved they hold the account's e-mail or old password. */
    void setPassword(long id, String passwordHash, Instant now) {
        jdbc.sql("""
                UPDATE account SET password_hash = :hash, failed_logins = 0, locked_until = NULL, updated_at = :now,
                    version = version + 1 WHERE id = :id
                """).param("hash", passwordHash).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void updateContact(long id, String phone, String address, Long communeId, String language, Instant now) {
        jdbc.sql("""
                UPDATE account SET phone = :phone, address = :address, admin_unit_id = :commune, preferred_language = :lang,
                    updated_at = :now, version = version + 1 WHERE id = :id
                """).param("phone", phone).param("address", address).param("commune", communeId).param("lang", language)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The confirmed new e-mail becomes the login too (local accounts log in with their e-mail). */
    void changeEmail(long id, String email, Instant now) {
        jdbc.sql("""
                UPDATE account SET email = :e, login = CASE WHEN login = email THEN :e ELSE login END,
                    email_verified_at = :now, updated_at = :now, version = version + 1 WHERE id = :id
                """).param("e", email).param("now", Timestamp.from(now)).param("id", id).update();
    }

    static Stored stored(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Stored(account(rs), rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant());
    }

    static Account account(ResultSet rs) throws SQLException {
        java.sql.Date dob = rs.getDate("date_of_birth");
        return new Account(rs.getLong("id"), AccountKind.valueOf(rs.getString("kind")), rs.getString("login"), rs.getString("email"),
                rs.getString("full_name"), rs.getString("personal_id"), dob == null ? null : dob.toLocalDate(), rs.getString("phone"),
                rs.getString("address"), rs.getObject("admin_unit_id", Long.class), rs.getString("business_name"),
                rs.getString("tax_code"), rs.getString("representative"), rs.getObject("agency_id", Long.class),
                rs.getObject("unit_id", Long.class), rs.getTimestamp("email_verified_at") != null, rs.getInt("assurance_level"),
                rs.getString("preferred_language"));
    }
}
