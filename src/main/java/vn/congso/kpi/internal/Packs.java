package vn.congso.kpi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator packs. The files {@code kpi/pack-*.json} are loaded into {@code kpi_pack} / {@code kpi_indicator} at
 * start: a new {@code validFrom} adds a version, the same one replaces it (the file is the configuration); the
 * evaluation picks, per indicator, the latest version valid at the end of the period.
 */
@Component
class Packs implements InitializingBean {

    /** A pack and its groups (Decision 766: six groups with their maximum points). */
    record Pack(String code, String nameVi, String nameEn, List<Group> groups) {
        String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    record Group(String code, String nameVi, String nameEn, Double maxPoints) {
        String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Map<String, Pack> packs = Map.of();
    private volatile List<Indicator> indicators = List.of();

    Packs(JdbcClient jdbc, JsonMapper json, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:kpi/pack-*.json");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                JsonNode root = json.readTree(in);
                tx.executeWithoutResult(s -> store(root));
            }
        }
        reload();
    }

    private void store(JsonNode root) {
        String code = root.get("code").asString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM kpi_pack WHERE code = :c AND NOT EXISTS (SELECT 1 FROM kpi_indicator WHERE pack_code = :c)").param("c", code).update();
        int updated = jdbc.sql("UPDATE kpi_pack SET name_vi = :vi, name_en = :en, groups_json = :g, loaded_at = :t WHERE code = :c")
                .param("vi", root.get("name").get("vi").asString()).param("en", root.get("name").get("en").asString())
                .param("g", root.get("groups").toString()).param("t", now).param("c", code).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO kpi_pack (code, name_vi, name_en, groups_json, loaded_at) VALUES (:c, :vi, :en, :g, :t)")
                    .param("vi", root.get("name").get("vi").asString()).param("en", root.get("name").get("en").asString())
                    .param("g", root.get("groups").toString()).param("t", now).param("c", code).update();
        }
        int order = 0;
        for (JsonNode i : root.get("indicators")) {
            LocalDate validFrom = LocalDate.parse(i.get("validFrom").asString());
            String definition = i.toString();
            int changed = jdbc.sql("""
                    UPDATE kpi_indicator SET definition = :d, sort_order = :o, group_code = :g, loaded_at = :t
                    WHERE pack_code = :p AND code = :c AND valid_from = :v
                    """).param("d", definition).param("o", order).param("g", i.get("group").asString()).param("t", now)
                    .param("p", code).param("c", i.get("code").asString()).param("v", validFrom).update();
            if (changed == 0) {
                jdbc.sql("""
                        INSERT INTO kpi_indicator (pack_code, code, valid_from, sort_order, group_code, definition, loaded_at)
                        VALUES (:p, :c, :v, :o, :g, :d, :t)
                        """).param("d", definition).param("o", order).param("g", i.get("group").asString()).param("t", now)
                        .param("p", code).param("c", i.get("code").asString()).param("v", validFrom).update();
            }
            order++;
        }
    }

    void reload() {
        Map<String, Pack> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM kpi_pack ORDER BY code").query((rs, n) -> {
            List<Group> groups = new ArrayList<>();
            for (JsonNode g : json.readTree(rs.getString("groups_json"))) {
                groups.add(new Group(g.get("code").asString(), g.get("name").get("vi").asString(), g.get("name").get("en").asString(),
                        g.has("maxPoints") ? g.get("maxPoints").asDouble() : null));
            }
            return new Pack(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), List.copyOf(groups));
        }).list().forEach(p -> loaded.put(p.code(), p));
        List<Indicator> all = jdbc.sql("SELECT * FROM kpi_indicator ORDER BY pack_code, sort_order, valid_from")
                .query((rs, n) -> parse(rs.getString("pack_code"), rs.getInt("sort_order"), json.readTree(rs.getString("definition")))).list();
        packs = Map.copyOf(loaded);
        indicators = List.copyOf(all);
    }

    List<Pack> all() {
        return packs.values().stream().sorted(Comparator.comparing(Pack::code).reversed()).toList();
    }

    Optional<Pack> pack(String code) {
        return Optional.ofNullable(code == null ? null : packs.get(code));
    }

    /** The pack's indicators, each in the latest version valid on {@code asOf}, in the pack's order. */
    List<Indicator> indicators(String pack, LocalDate asOf) {
        Map<String, Indicator> current = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (i.pack().equals(pack) && !i.validFrom().isAfter(asOf)) {
                Indicator before = current.get(i.code());
                if (before == null || before.validFrom().isBefore(i.validFrom())) {
                    current.put(i.code(), i);
                }
            }
        }
        return current.values().stream().sorted(Comparator.comparingInt(Indicator::order)).toList();
    }

    Optional<Indicator> indicator(String code, LocalDate asOf) {
        String pack = indicators.stream().filter(i -> i.code().equals(code)).map(Indicator::pack).findFirst().orElse(null);
        return pack == null ? Optional.empty() : indicators(pack, asOf).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    static Indicator parse(String pack, int order, JsonNode i) {
        JsonNode name = i.get("name");
        Indicator.Scoring scoring = null;
        if (i.has("scoring")) {
            JsonNode s = i.get("scoring");
            scoring = new Indicator.Scoring(Indicator.Scoring.Rule.valueOf(s.get("rule").asString()), s.get("maxPoints").asDouble(),
                    s.has("threshold") ? s.get("threshold").asDouble() : null, s.has("factor") ? s.get("factor").asDouble() : null,
                    s.has("noData") ? Indicator.Scoring.NoData.valueOf(s.get("noData").asString()) : Indicator.Scoring.NoData.NONE);
        }
        List<String> requires = new ArrayList<>();
        if (i.has("requires")) {
            i.get("requires").forEach(r -> requires.add(r.asString()));
        }
        return new Indicator(pack, i.get("code").asString(), i.get("group").asString(), LocalDate.parse(i.get("validFrom").asString()), order,
                name.get("vi").asString(), name.get("en").asString(), Indicator.Source.valueOf(i.get("source").asString().toUpperCase(Locale.ROOT)),
                List.copyOf(requires), i.has("basis") ? Indicator.Basis.valueOf(i.get("basis").asString()) : Indicator.Basis.RECEPTION,
                measure(i.get("numerator")), measure(i.get("denominator")), scoring, i.has("target") ? i.get("target").asDouble() : null,
                i.has("multiplyBy") ? i.get("multiplyBy").asString() : null, i.has("drillDown") ? i.get("drillDown").asString() : "numerator");
    }

    private static Indicator.Measure measure(JsonNode m) {
        if (m == null || m.isNull()) {
            return null;
        }
        List<List<Predicate>> minus = new ArrayList<>();
        if (m.has("denominatorMinus")) {
            m.get("denominatorMinus").forEach(set -> minus.add(words(set)));
        }
        List<String> procedures = null;
        if (m.has("procedures")) {
            procedures = new ArrayList<>();
            for (JsonNode p : m.get("procedures")) {
                procedures.add(p.asString());
            }
        }
        return new Indicator.Measure(m.has("all") ? words(m.get("all")) : null, List.copyOf(minus), procedures,
                m.has("dossierProcedures") ? words(m.get("dossierProcedures")) : null);
    }

    private static List<Predicate> words(JsonNode set) {
        List<Predicate> words = new ArrayList<>();
        set.forEach(w -> words.add(Predicate.valueOf(w.asString())));
        return List.copyOf(words);
    }
}
