package vn.congso.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.identity.AccountKind;
import vn.congso.identity.Role;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.Formats;
import vn.congso.shared.VietnameseText;

/** Creates the demo accounts listed in the README (demo/accounts.json) on first start only. */
@Component
@ConditionalOnProperty(name = "congso.demo.enabled", havingValue = "true")
@Order(20)
class DemoAccountsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

    record DemoAccount(String login, String password, AccountKind kind, String fullName, String email, String personalId,
                       LocalDate dateOfBirth, String phone, String address, String businessName, String taxCode,
                       String representative, String agency, String unit, List<Role> roles, Integer assuranceLevel,
                       String commune, String preferredLanguage) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PasswordEncoder encoder;
    private final Organization organization;
    private final Clock clock;

    DemoAccountsLoader(JdbcClient jdbc, JsonMapper json, PasswordEncoder encoder, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.encoder = encoder;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single() > 0) {
            return;
        }
        List<DemoAccount> demo;
        try (InputStream in = new ClassPathResource("demo/accounts.json").getInputStream()) {
            demo = json.readValue(in, new TypeReference<List<DemoAccount>>() { });
        }
        Timestamp now = Timestamp.from(clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        for (DemoAccount a : demo) {
            Long agencyId = null;
            Long unitId = null;
            if (a.agency() != null) {
                Agency agency = organization.agencyByCode(a.agency())
                        .orElseThrow(() -> new IllegalStateException("Demo account " + a.login() + ": unknown agency " + a.agency()));
                agencyId = agency.id();
                if (a.unit() != null) {
                    unitId = organization.units(agency.id()).stream().filter(u -> u.code().equals(a.unit())).findFirst()
                            .map(AgencyUnit::id)
                            .orElseThrow(() -> new IllegalStateException("Demo account " + a.login() + ": unknown unit " + a.unit()));
                }
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO account (kind, login, email, password_hash, full_name, full_name_folded, personal_id, date_of_birth,
                        phone, address, admin_unit_id, business_name, tax_code, representative, agency_id, unit_id, email_verified_at,
                        enabled, assurance_level, failed_logins, preferred_language, created_at, updated_at, version)
                    VALUES (:kind, :login, :email, :hash, :name, :folded, :pid, :dob, :phone, :address, :commune, :business, :tax, :rep,
                        :agency, :unit, :now, TRUE, :level, 0, :lang, :now, :now, 0)
                    """)
                    .param("kind", a.kind().name()).param("login", a.login().toLowerCase(java.util.Locale.ROOT))
                    .param("email", a.email() == null ? null : a.email().toLowerCase(java.util.Locale.ROOT))
                    .param("hash", encoder.encode(a.password()))
                    .param("name", VietnameseText.clean(a.fullName())).param("folded", VietnameseText.fold(a.fullName()))
                    .param("pid", a.personalId()).param("dob", a.dateOfBirth()).param("phone", a.phone()).param("address", a.address())
                    .param("commune", commune(a.commune(), today))
                    .param("lang", "en".equals(a.preferredLanguage()) ? "en" : "vi")
                    .param("business", a.businessName()).param("tax", a.taxCode()).param("rep", a.representative())
                    .param("agency", agencyId).param("unit", unitId).param("now", now)
                    .param("level", a.assuranceLevel() == null ? 1 : a.assuranceLevel())
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            for (Role role : a.roles() == null ? List.<Role>of() : a.roles()) {
                jdbc.sql("INSERT INTO officer_role (account_id, role) VALUES (:a, :r)").param("a", id).param("r", role.name()).update();
            }
        }
        log.info("Demo accounts created: {}", demo.size());
    }

    /** The commune-level unit named (e.g. "Phường Buôn Ma Thuột") valid today, if the demo province has it. */
    private Long commune(String name, LocalDate today) {
        if (name == null) {
            return null;
        }
        String folded = VietnameseText.fold(name);
        return organization.adminUnits(today, AdminLevel.COMMUNE).stream()
                .filter(u -> VietnameseText.fold(u.name()).equals(folded))
                .map(AdminUnit::id).findFirst().orElse(null);
    }
}
