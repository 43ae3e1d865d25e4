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
import org.springframework.stereotype.Repository;

import vn.congso.identity.Account;
import vn.congso.identity.AccountKind;
import vn.congso.identity.Role;

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
        return jdbc.sql("SELECT * FROM account WHERE login = :l OR personal_id = :l ORDER BY CASE WHEN login = :l THEN 0 ELSE 1 END LIMIT 1").param("l", login).query(AccountRepository::stored).optional();
    }

    Optional<Stored> byId(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id).query(AccountRepository::stored).optional();
    }

    Set<Role> roles(long accountId, AccountKind kind) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (kind != AccountKind.OFFICER) {
            roles.add(Role.APPLICANT);
        }
        jdbc.sql("SELECT role FROM officer_role WHERE account_id = :a").param("a", accountId)
                .query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
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

    private static Stored stored(ResultSet rs, int n) throws SQLException {
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
                rs.getObject("unit_id", Long.class), rs.getTimestamp("email_verified_at") != null, rs.getInt("assurance_level"));
    }
}
